"""Invitations to leave the platform that are made of words, not of an address: messaging apps and
social networks, other marketplaces, off-platform payment, requests for the buyer's details.

A name alone is not enough ("WhatsApp works fine on this phone", "lo spedisco subito"): a finding
needs evidence that the seller proposes the channel: an invitation with a preposition ("écrivez-moi
sur Telegram"), a handle ("snap: jean.dupont", "@marco_phones"), a possessive ("mon insta"), or a
question ("vous avez WhatsApp ?"). Negated or forbidding sentences ("please don't contact me on
WhatsApp", "ne passez pas par Leboncoin") are reminders of the rule, not violations.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Callable

from screening.checks.contact import lexicon as lx
from screening.checks.contact.hints import GATE_PREFIXES as HINT_PREFIXES, GATE_WORDS as HINT_WORDS, find_hints
from screening.checks.contact.visits import GATE_PREFIXES as VISIT_PREFIXES, GATE_WORDS as VISIT_WORDS, find_visits
from screening.checks.contact.identifiers import ACCOUNT_WORDS, IBAN, NATIONAL_ACCOUNT, iban_shaped, iban_valid
from screening.text.gates import PrefixIndex


@dataclass(frozen=True, slots=True)
class ChannelHit:
    code: str  # social | marketplace | payment | details_request
    start: int
    end: int
    score: float
    detail: str
    pattern: str = ""  # which recognizer fired: its family (social, payment, ...), iban or bank_account


# A detector of one family: (text, sentence start, sentence end, the patterns) -> its hits.
_Detector = Callable[[str, int, int, dict[str, Any]], list[ChannelHit]]


def _alternation(names: dict[str, str]) -> tuple[re.Pattern[str], dict[str, str]]:
    groups = {f"g{i}": name for i, name in enumerate(names)}
    pattern = "|".join(f"(?P<g{i}>{regex})" for i, regex in enumerate(names.values()))
    return re.compile(r"(?<![a-z0-9@._\-])(?:" + pattern + r")(?![a-z0-9])"), groups


@lru_cache(maxsize=64)
def _negation(languages: tuple[str, ...]) -> re.Pattern[str]:
    # The market's own languages only: English "no" is Portuguese "in the".
    words = (
        "|".join(lx.NEGATIONS[lang] for lang in sorted(set(languages)) if lang in lx.NEGATIONS) or lx.NEGATIONS["en"]
    )
    return re.compile(r"(?<![a-z])(?:" + words + r")(?![a-z])")


@lru_cache(maxsize=64)
def _asked_before(languages: tuple[str, ...]) -> re.Pattern[str]:
    """ "Do you have <app>?" in the market's smaller languages (their words are others' words: Dutch "van")."""
    words = "|".join(lx.HAVE_YOU[lang] for lang in sorted(set(languages)) if lang in lx.HAVE_YOU)
    return re.compile(r"(?<![a-z])(?:" + (words or "(?!)") + r")\s+$")


@lru_cache(maxsize=64)
def _prep_before(languages: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(lx.PREPOSITIONS[lang] for lang in sorted(set(languages) | {"en"}) if lang in lx.PREPOSITIONS)
    return re.compile(
        r"(?<![a-z])(?:" + words + r")\s+(?:(?:the|le|la|l'|der|die|dem|den|el|il|lo|het|de|o|a|this)\s+)?$"
    )


@lru_cache(maxsize=64)
def _on_platform(platform_names: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(n.lower()) for n in platform_names)
    return re.compile(r"(?<![a-z])(?:" + lx.ON_PLATFORM + (f"|{names}" if names else "") + r")")


@lru_cache(maxsize=64)
def _off_platform(platform_names: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(n.lower()) for n in platform_names)
    named = (
        (
            r"|(?<![a-z])(?:"
            + lx.OFF_PLATFORM_BEFORE_NAME
            + r")\s+(?:(?:la|le|het|de|the|die|der|il|lo|o|a)\s+)?(?:"
            + names
            + r")"
        )
        if names
        else ""
    )
    return re.compile(lx.OFF_PLATFORM + named)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    platforms, platform_names = _alternation(lx.PLATFORMS)
    markets, market_names = _alternation(lx.MARKETPLACES)
    return {
        "platforms": platforms,
        "platform_names": platform_names,
        "markets": markets,
        "market_names": market_names,
        "invite": re.compile(r"(?<![a-z])(?:" + lx.INVITATIONS + r")(?![a-z])"),
        "past": re.compile(r"(?<![a-z])(?:" + lx.PAST_MARKERS + r")(?![a-z])"),
        "deal": re.compile(r"(?<![a-z])(?:" + lx.DEAL_MARKERS + r")(?![a-z])"),
        "reported": re.compile(r"(?<![a-z])(?:" + lx.REPORTED_REQUEST + r")(?![a-z])"),
        "stay": re.compile(r"(?<![a-z])(?:" + lx.STAY_ON_PLATFORM + r")(?![a-z])"),
        "cash_pickup": re.compile(lx.CASH_PICKUP),
        "negation_after": re.compile(r"(?<![a-z])(?:" + lx.NEGATION_AFTER + r")(?![a-z])"),
        "nfc": re.compile(r"(?<![a-z])(?:" + lx.NFC_PAYMENT + r")(?![a-z])"),
        "checkout_broken": re.compile(r"(?<![a-z])(?:" + lx.CHECKOUT_BROKEN + r")(?![a-z])"),
        "cash_paid": re.compile(r"(?<![a-z])(?:" + lx.CASH_WORDS + r")(?![a-z])"),
        "pay_verbs": re.compile(r"(?<![a-z])(?:" + lx.PAY_VERBS + r")(?![a-z])"),
        "refusal": re.compile(lx.REFUSALS),
        "to_my_number": re.compile(
            r"na (?:moj )?(?:telefon|numer)|to my (?:number|phone)|au (?:0|numero)|sur mon numero|"
            r"an meine (?:nummer|handynummer)|al (?:mio )?numero|op mijn nummer|para o (?:meu )?numero"
        ),
        "there": re.compile(
            r"(?<![a-z])(?:there|la-bas|dort|dorthin|alli|ahi|li|daar|tam|la|ali|aí|" + lx.THERE_MORE + r")(?![a-z])"
        ),
        "no_longer_selling": re.compile(lx.NO_LONGER_SELLING),
        "fee_evasion": re.compile(lx.FEE_EVASION),
        "third_party": re.compile(lx.THIRD_PARTY_NEEDS),
        "write_it": re.compile(lx.WRITE_IT_HERE),
        "then_number": re.compile(r"\s*(?:[:,\-]|au|at|on|al|am|op|na|no|sur|unter|pod|ao|al numero)?\s*[+0-9(]"),
        # No look-behind: German and Dutch compounds end in the feature word ("Frontkamera").
        "feature": re.compile(r"(?:" + lx.FEATURE_WORDS + r")(?![a-z])"),
        "point_of_sale": re.compile(r"(?<![a-z])(?:" + lx.POINT_OF_SALE + r")(?![a-z])"),
        "proposal": re.compile(r"(?<![a-z])(?:" + lx.PROPOSAL_WORDS + r")(?![a-z])"),
        "need": re.compile(r"(?<![a-z])(?:" + lx.NEED_WORDS + r")(?![a-z])"),
        "reach_you": re.compile(lx.REACH_YOU),
        "reach_verb": re.compile(r"(?<![a-z])" + lx._REACH_VERB),
        "community": re.compile(r"(?<![a-z])(?:" + lx.COMMUNITY + r")(?![a-z])"),
        "possessive_before": re.compile(
            r"(?<![a-z])(?:" + lx.POSSESSIVES + r")\s+(?:(?:compte|account|profil|profile|pseudo|nick|id|handle)\s+)?$"
        ),
        "question_before": re.compile(
            r"(?<![a-z])(?:(?:do )?you have|have you got|vous avez|avez-vous|tu as|as-tu|hast du|haste|hasch|"
            r"haben sie|tienes|tiene usted|tiene|ce l'ha|ce l'hai|hai|ha|heb je|heeft u|masz|ma pan|ma pani|tem|tens)\s+(?:un |une |a |an )?$"
        ),
        "handle_after": re.compile(
            r"\s*(?:[:=]|\(|\bis\b|\best\b|\bist\b|\bes\b|\be\b|c'est|come|as|als|como|jako)?\s*"
            r"(?P<handle>@?[a-z0-9_][a-z0-9_.\-]{2,30})"
        ),
        "at_handle": re.compile(r"(?<![a-z0-9._%+\-])@[a-z0-9_][a-z0-9_.]{2,30}"),
        "platform_verb_after": re.compile(r"(?:[- ](?:me|moi|mich|mir|mij|mnie|nous)\b|e[- ]moi\b)"),
        "id_handle": re.compile(
            r"(?<![a-z])(?:id|user ?name|username|pseudo|nick|benutzername|nutzername|usuario|"
            r"utente|nome utente|gebruikersnaam|login|nazwa|utilizador)\s*(?:[:=]|\bis\b|\best\b|\bist\b|\bes\b|\be\b|c'est)\s*"
            r"(?P<handle>@?[a-z0-9_][a-z0-9_.\-]{2,30})"
        ),
        # Nouns that name contact details whatever the article: "me das un teléfono de contacto".
        "contact_noun_phrase": re.compile(
            r"(?:telefono|numero|number|nummer|numer) de contact\w*|contact (?:number|details)|"
            r"contatto diretto|contact direct|direkten kontakt|contacto directo|direct contact|"
            r"bezposredni kontakt|contacto direto|kontakt do siebie|adresa de (?:e-?)?mail|"
            r"(?:phone|telephone|telefon|handy)\s?(?:number|nummer)|telefono de contacto|numero di telefono|"
            r"numero de telefone|numero de telemovel|numer telefonu|telefoonnummer|telefonnummer|handynummer"
        ),
        "owner": re.compile(r"(?<![a-z])(?:" + lx.OWNER + r")(?![a-z])"),
        "second_person": re.compile(r"(?<![a-z])(?:" + lx.SECOND_PERSON + r")(?![a-z])"),
        "detail_verb": re.compile(r"(?<![a-z])(?:" + lx.DETAIL_VERBS + r")(?![a-z])"),
        "detail_noun": re.compile(r"(?<![a-z])(?:" + lx.DETAIL_NOUNS + r")(?![a-z])"),
        "name_noun": re.compile(r"(?<![a-z])(?:" + lx.NAME_NOUNS + r")(?![a-z])"),
        "which": re.compile(r"(?<![a-z])(?:" + lx.WHICH + r")(?![a-z])"),
        "not_contact": re.compile(lx.NOT_CONTACT_NOUN_CONTEXT),
        "give_me_contact": re.compile(r"(?<![a-z])" + lx.GIVE_ME_CONTACT),
        "device_after": re.compile(
            r"\s*(?:model|modele|modell|modelo|modello|marque|brand|marke|marca|case|coque|"
            r"hulle|screen|ecran|display|pantalla|schermo|scherm|ekran|tela|version|settings|"
            r"reglages|einstellungen|zurück|back|works?|fonctionne|funktioniert|funciona|funziona)"
        ),
        # Apps take case endings in Polish ("Revolutem", "BLIKIEM").
        "payment_apps": re.compile(r"(?<![a-z])(?:" + lx.PAYMENT_APPS + r")[a-z]{0,3}(?![a-z])"),
        "paypal_private": re.compile(lx.PAYPAL_PRIVATE),
        "paypal_direct": re.compile(lx.PAYPAL_DIRECT),
        "bank": re.compile(r"(?<![a-z])(?:" + lx.BANK_TRANSFER + r")(?![a-z])"),
        "direct": re.compile(r"(?<![a-z])(?:" + lx.DIRECT_PAYMENT + r")"),
        "off_platform": re.compile(lx.OFF_PLATFORM),
        "send_words": re.compile(r"(?<![a-z])(?:" + lx.SEND_WORDS + r")(?![a-z])"),
        "pay_words": re.compile(r"(?<![a-z])(?:" + lx.PAY_WORDS + r")"),
        "transfer_words": re.compile(r"(?<![a-z])(?:" + lx.TRANSFER_WORDS + r")(?![a-z])"),
        "own_account": re.compile(r"(?<![a-z])(?:" + lx.OWN_ACCOUNT + r")(?![a-z])"),
        "directly_ours": re.compile(
            r"(?<![a-z])(?:(?:"
            + lx.DIRECTLY
            + r")\s+(?:[a-z']+\s+){0,2}?(?:"
            + lx.SELLER_SIDE
            + r")|(?:"
            + lx.SELLER_SIDE
            + r")\s+(?:[a-z']+\s+){0,1}?(?:"
            + lx.DIRECTLY
            + r"))(?![a-z])"
        ),
        "own_shop": re.compile(r"(?<![a-z])(?:" + lx.OWN_SHOP + r")(?![a-z])"),
        "order_verb": re.compile(r"(?<![a-z])(?:" + lx.ORDER_VERBS + r")"),
        "printed": re.compile(r"(?<![a-z])(?:" + lx.PRINTED + r")(?![a-z])"),
        "documents": re.compile(r"(?<![a-z])(?:" + lx.DOCUMENTS + r")(?![a-z])"),
        "pointer": re.compile(
            r"(?<![a-z])(?:"
            + lx.FIRST_PERSON_POSSESSIVES
            + r")\s+(?:[a-z]+\s+)?(?:(?P<phone>"
            + lx.DOCUMENT_PHONE_NOUNS
            + r")|(?P<mail>"
            + lx.DOCUMENT_MAIL_NOUNS
            + r")|(?P<app>"
            + lx.DOCUMENT_APP_NOUNS
            + r"))(?![a-z])"
        ),
        "reference_after": re.compile(lx.REFERENCE_AFTER_NOUN),
        # A dot ends a sentence only before a space: "valentina.anjos", "wa.me" stay whole.
        "sentence": re.compile(r"(?:[^.!?;\n]|\.(?=\S))+"),
    }


_CLAUSE_BREAK = re.compile(r"[,;:!?]|\s[-–—]\s|(?<![a-z])(?:but|mais|aber|pero|ma|maar|ale|mas|men)(?![a-z])")


def _clause_start(text: str, start: int, end: int) -> int:
    """`start`, or the end of the last clause break in text[start:end] (a comma, "but"...)."""
    breaks = [found.end() for found in _CLAUSE_BREAK.finditer(text, start, end)]
    return breaks[-1] if breaks else start


def _negated(p: dict, text: str, start: int, end: int) -> bool:
    return p["negation"].search(text, max(0, start), max(0, end)) is not None


@lru_cache(maxsize=1)
def _gates() -> tuple[PrefixIndex, tuple[tuple[str, _Detector, tuple[str, ...]], ...]]:
    index = PrefixIndex(
        {
            "social": (lx.GATE_PLATFORM_PREFIXES, lx.GATE_PLATFORM_WORDS),
            "marketplace": (lx.GATE_MARKET_PREFIXES, ()),
            "payment": (lx.GATE_PAYMENT_PREFIXES, lx.GATE_PAYMENT_WORDS),
            "details": (lx.GATE_DETAIL_PREFIXES, lx.GATE_DETAIL_WORDS),
            "direct": (lx.GATE_DIRECT_PREFIXES, ()),
            "documents": (lx.GATE_DOCUMENT_PREFIXES, ()),
            "visits": (VISIT_PREFIXES, VISIT_WORDS),
            "hints": (HINT_PREFIXES, HINT_WORDS),
        }
    )
    detectors = (
        ("social", _social, ()),
        ("marketplace", _marketplaces, lx.GATE_MARKET_PHRASES),
        ("payment", _payments, lx.GATE_PAYMENT_PHRASES),
        ("details", _detail_requests, lx.GATE_DETAIL_PHRASES),
        ("direct", _direct_orders, ()),
        ("documents", _document_pointers, ()),
        ("visits", _visits, ()),
        ("hints", _hints, ()),
    )
    return index, detectors


def find_channels(
    text: str,
    languages: tuple[str, ...] = ("en",),
    platform_names: tuple[str, ...] = (),
    words: frozenset[str] | None = None,
) -> list[ChannelHit]:
    """Findings in a normalise()d text (lower case, accents folded); offsets are into `text`.
    `languages` are the market's (negation words differ by language); `platform_names` are the
    platform's own names, next to which a payment method is the platform's checkout."""
    p = dict(_patterns())
    p["negation"] = _negation(tuple(languages))
    p["prep_before"] = _prep_before(tuple(languages))
    p["asked_before"] = _asked_before(tuple(languages))
    # The Greek question mark is ";" (U+037E, folded to ";" by NFKC).
    p["qmarks"] = ("?", ";") if "el" in languages else ("?",)
    p["on_platform"] = _on_platform(tuple(platform_names))
    p["off_platform"] = _off_platform(tuple(platform_names))
    hits: list[ChannelHit] = []
    text, spelled = _join_spelled_names(text)
    p["spelled"] = frozenset(start for start, _ in spelled)
    if words is None or spelled:
        words = frozenset(_WORDS.findall(text))
    index, families = _gates()
    present = index.families_in(words)
    detectors = [
        (name, detector)
        for name, detector, phrases in families
        if name in present or any(phrase in text for phrase in phrases)
    ]
    if detectors:
        quoted = [m.span() for m in _QUOTED_LINE.finditer(text)]  # in order, never overlapping
        quoted_starts = [q_start for q_start, _ in quoted]
        for sentence in p["sentence"].finditer(text):
            s_start, s_end = sentence.span()
            q = bisect.bisect_right(quoted_starts, s_start) - 1
            if s_end - s_start < 3 or (q >= 0 and s_start < quoted[q][1]):
                continue  # too short, or a quoted line ("> vous avez WhatsApp ?"): the buyer's words
            for name, detector in detectors:
                hits.extend(replace(hit, pattern=name) for hit in detector(text, s_start, s_end, p))
    if _IBAN_START.search(text):
        hits.extend(replace(hit, pattern="iban") for hit in _ibans(text))
    if "-" in text or "/" in text:
        hits.extend(replace(hit, pattern="bank_account") for hit in _national_accounts(text))
    return [_whole_words(text, hit, spelled) for hit in hits]


# A channel name spelled letter by letter with one repeated separator: "s i g n a l", "w.h.a.t.s.a.p.p",
# "t-e-l-e-g-r-a-m". Bounded at 16 letters, so the scan is linear.
_SPELLED_NAME = re.compile(r"(?<![a-z0-9])[a-z](?P<sep>[ .\-_*+,|]{1,2})[a-z](?:(?P=sep)[a-z]){2,14}(?![a-z0-9])")


def _join_spelled_names(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with spelled-out channel names joined ("signal" then spaces, same length, so every
    offset stays valid), and the spans that were joined."""
    spans: list[tuple[int, int]] = []
    pieces: list[str] = []
    last = 0
    for match in _SPELLED_NAME.finditer(text):
        step = len(match.group("sep")) + 1
        letters = match.group(0)[::step]
        # The longest name the run starts with: "b i z u m y listo" holds "bizum" and the word "y".
        length = next((k for k in range(len(letters), 2, -1) if letters[:k] in lx.SPELLED_CHANNEL_NAMES), 0)
        if not length:
            continue
        end = match.start() + (length - 1) * step + 1
        pieces.append(text[last : match.start()])
        pieces.append(letters[:length].ljust(end - match.start()))
        last = end
        spans.append((match.start(), end))
    if not spans:
        return text, spans
    pieces.append(text[last:])
    return "".join(pieces), spans


def _whole_words(text: str, hit: ChannelHit, spelled: list[tuple[int, int]]) -> ChannelHit:
    """A span never stops inside a word ("paypal amici e fami" covers "famiglia") nor inside a
    spelled-out name (it covers "w.h.a.t.s.a.p.p", not "w.h.a.t")."""
    start, end = hit.start, hit.end
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    for s_start, s_end in spelled:
        if s_start <= start < s_end or s_start < end <= s_end:
            start, end = min(start, s_start), max(end, s_end)
    if (start, end) == (hit.start, hit.end):
        return hit
    return replace(hit, start=start, end=end)


_WORDS = re.compile(r"[a-z0-9α-ως]+")
_QUOTED_LINE = re.compile(r"(?m)^[ \t]*>[^\n]*")
# Quick test for an IBAN's country+check-digits start ("de89", "fr76") before the full pattern.
_IBAN_START = re.compile(r"\b[a-z]{2}\d{2}")


def _ibans(text: str) -> list[ChannelHit]:
    hits = []
    named = None  # whether the text speaks of moving money (looked up once)
    for match in IBAN.finditer(text):
        candidate = match.group(0)
        # The pattern may take a following short word as a last group ("... 6260 y"): drop it.
        for _ in range(3):
            if iban_valid(candidate):
                hits.append(
                    ChannelHit(
                        "payment", match.start(), match.start() + len(candidate), 0.97, "bank account number (IBAN)"
                    )
                )
                break
            if iban_shaped(candidate):
                # A mistyped or made-up check digit is still an account offered, when money is to move
                # to it ("IBAN DE89..." alone, with a wrong check digit, is no offer).
                if named is None:
                    named = _MONEY_MOVES.search(text) is not None
                if named:
                    hits.append(
                        ChannelHit(
                            "payment",
                            match.start(),
                            match.start() + len(candidate),
                            0.9,
                            "bank account number (IBAN shape)",
                        )
                    )
                break
            if " " not in candidate:
                break
            candidate = candidate.rsplit(" ", 1)[0]
    return hits


_MONEY_MOVES = re.compile(
    r"(?<![a-z])(?:" + lx.TRANSFER_WORDS + "|" + lx.PAY_VERBS + r"|καταθεσ\w*|tilisiirr\w*|tilille)(?![a-z])"
)


def _national_accounts(text: str) -> list[ChannelHit]:
    """Hungarian and Czech account numbers, beside a word for an account or a transfer."""
    hits = []
    for match in NATIONAL_ACCOUNT.finditer(text):
        if ACCOUNT_WORDS.search(text, max(0, match.start() - 60), min(len(text), match.end() + 40)):
            hits.append(ChannelHit("payment", match.start(), match.end(), 0.9, "bank account number"))
    return hits


def _social(text: str, s_start: int, s_end: int, p: dict) -> list[ChannelHit]:
    hits = []
    invitations = list(p["invite"].finditer(text, s_start, s_end))
    # Searches over the whole sentence or clause are made once per range, not once per mention: a
    # sentence repeating "insta whatsapp telegram" 2,000 times made them quadratic (4 s).
    searched: dict[tuple[str, int, int], bool] = {}

    def seen_in(name: str, start: int, end: int) -> bool:
        key = (name, start, end)
        if key not in searched:
            searched[key] = p[name].search(text, start, end) is not None
        return searched[key]

    question_mark = "?" in text[s_start : min(len(text), s_end + 1)]
    for match in p["platforms"].finditer(text, s_start, s_end):
        name = p["platform_names"][match.lastgroup]
        m_start, m_end = match.span()
        if m_end + 1 < len(text) and text[m_end] == "." and text[m_end + 1].isalnum():
            continue  # "discord.gg/...", "t.me": part of a link (contact.url)
        community = p["community"].search(text, max(s_start, m_start - 22), min(s_end, m_end + 22))
        if (
            m_end + 1 < len(text)
            and text[m_end] == "-"
            and text[m_end + 1].isalpha()
            and not invitations
            and not p["community"].match(text, m_end + 1)
        ):
            continue  # "WhatsApp-Videoanrufe": a compound noun, the app as a feature
        spelled = m_start in p["spelled"]  # spelled letter by letter to get past a filter: deliberate
        ambiguous = name in lx.AMBIGUOUS_PLATFORMS and match.group(0) not in lx.UNAMBIGUOUS_FORMS and not spelled
        before = text[max(s_start, m_start - 25) : m_start]
        evidence_start, evidence_end = m_start, m_end
        strong = spelled
        handle = p["handle_after"].match(text, m_end, s_end)
        if handle is not None and not _looks_like_handle(handle.group("handle"), handle.group(0)):
            handle = None
        if handle is not None:
            strong, evidence_end = True, handle.end()
        near = p["at_handle"].search(text, max(s_start, m_start - 40), min(s_end, m_end + 40))
        if near:
            strong = True
            evidence_start, evidence_end = min(evidence_start, near.start()), max(evidence_end, near.end())
        id_handle = p["id_handle"].search(text, m_end, min(s_end, m_end + 40))
        if id_handle:
            strong, evidence_end = True, id_handle.end()
        possessive = p["possessive_before"].search(before) is not None
        question = (
            p["question_before"].search(before) is not None or p["asked_before"].search(before) is not None
        ) and any(q in text[m_end : m_end + 15] for q in p["qmarks"])
        if (
            possessive
            or question
            or p["platform_verb_after"].match(text, m_end, s_end)
            or p["then_number"].match(text, m_end, s_end)
        ):  # "WhatsApp au 06 18 52 66 28"
            strong = True
        # "You asked for my Telegram, I'd rather stay here": the buyer's request, declined.
        if (
            possessive
            and not handle
            and not near
            and (
                p["reported"].search(text, max(s_start, m_start - 30), m_start)
                or seen_in("stay", s_start, min(len(text), s_end + 60))
            )
        ):
            continue
        invitation = _closest(invitations, m_start, m_end, reach=60)
        prep = p["prep_before"].search(before) is not None
        # The clause around the mention (commas split clauses): "MANDA MENSAGEM NO MESSENGER, aqui nao
        # recebo notificacoes" proposes Messenger; the feature word belongs to the next clause.
        clause_start = max(s_start, text.rfind(",", s_start, m_start) + 1)
        comma = text.find(",", m_end, s_end)
        clause_end = comma if comma != -1 else s_end
        feature = seen_in("feature", clause_start, clause_end)
        if community and not feature:
            strong = True  # "our Facebook page", "un canal de Telegram": a place of the seller's there
        proposal = question_mark or seen_in("proposal", s_start, s_end)
        if ambiguous:
            found = (
                strong
                and (near or prep or possessive or handle or question or community)
                or ((prep or seen_in("there", s_start, s_end)) and (invitation is not None or proposal) and not feature)
            )
        else:
            there = seen_in("there", s_start, s_end)
            found = (
                strong
                or (invitation is not None and (prep or there or match.group(0) in lx.MESSAGE_WORDS))
                or (prep and not feature)
            )  # "on continue sur Telegram ?", "über WhatsApp", "TE ESCRIBO POR TELEGRAM"
        if not found:
            continue
        if invitation is not None:
            evidence_start, evidence_end = min(evidence_start, invitation.start()), max(evidence_end, invitation.end())
        # A negation just before the invitation or between it and the platform: a reminder of the rule.
        # Only in the invitation's own clause: "Can't upload videos here, add me on Snap" says no to
        # the platform and yes to the other channel.
        if _negated(
            p,
            text,
            _clause_start(text, max(s_start, min(evidence_start, m_start) - 30), min(evidence_start, m_start)),
            m_start,
        ):
            continue
        score = 0.95 if strong else 0.9
        hits.append(ChannelHit("social", evidence_start, evidence_end, score, f"invitation to continue on {name}"))
    return hits


def platform_named(text: str) -> str | None:
    """The messaging app or social network a text names (the first one), or None. Reads the text
    as the contact check does (normalised: lower case, accents folded)."""
    from screening.text import normalize

    match = _patterns()["platforms"].search(normalize(text).text)
    return None if match is None else _patterns()["platform_names"][match.lastgroup]


def _looks_like_handle(handle: str, whole: str) -> bool:
    # "snap: jean.dupont", "insta @marco_88", "telegram is jean_phones": an explicit marker, or a
    # token shaped like a user name (digits, underscore, dot), not an ordinary next word.
    if handle.startswith("@"):
        return True
    marked = ":" in whole or "=" in whole
    shaped = bool(re.search(r"[_.\d]", handle)) and not handle.replace(".", "").isdigit()
    return (marked and len(handle) >= 3 and handle not in _COMMON_AFTER) or shaped


_COMMON_AFTER = frozenset(
    {
        "merci",
        "thanks",
        "danke",
        "gracias",
        "grazie",
        "dank",
        "dzieki",
        "obrigado",
        "the",
        "les",
        "le",
        "la",
        "der",
        "die",
        "das",
        "and",
        "et",
        "und",
        "y",
        "e",
        "en",
    }
)


def _closest(matches: list[re.Match[str]], start: int, end: int, reach: int) -> re.Match[str] | None:
    # `matches` are in text order and do not overlap: only the ones around [start, end) can be
    # closest (the first after it, those overlapping it and the last before it), found by bisection
    # so a sentence with thousands of mentions stays linear.
    after = bisect.bisect_left(matches, end, key=lambda m: m.start())
    first = after
    while first > 0 and matches[first - 1].end() > start:
        first -= 1
    best = None
    best_distance = reach + 1
    for match in matches[max(0, first - 1) : after + 1]:
        distance = start - match.end() if match.end() <= start else match.start() - end if match.start() >= end else 0
        if 0 <= distance < best_distance:
            best, best_distance = match, distance
    return best


def _marketplaces(text: str, s_start: int, s_end: int, p: dict) -> list[ChannelHit]:
    hits = []
    for match in p["markets"].finditer(text, s_start, s_end):
        name = p["market_names"][match.lastgroup]
        before = text[max(s_start, match.start() - 20) : match.start()]
        ambiguous = (
            name in lx.AMBIGUOUS_MARKETPLACES or match.group(0) in lx.AMBIGUOUS_MARKET_FORMS
        ) and match.start() not in p["spelled"]
        listing_before = re.search(
            r"(?:annuncio|annonce|anzeige|inserat|anuncio|advertentie|ogloszenie|listing|ad)\s+$", before
        )
        if ambiguous and "." not in match.group(0) and not p["prep_before"].search(before) and not listing_before:
            continue
        if _negated(p, text, max(s_start, match.start() - 30), match.start()):
            continue
        clause_end = min(s_end, match.end() + 40)
        if p["no_longer_selling"].search(text, s_start, s_end) and not p["deal"].search(text, s_start, s_end):
            continue  # "Auf Kleinanzeigen verkaufe ich nicht mehr"
        if p["past"].search(text, s_start, clause_end) and not p["deal"].search(text, s_start, s_end):
            continue  # "I got the case on eBay years ago": where something came from, not a deal
        hits.append(
            ChannelHit("marketplace", match.start(), match.end(), 0.9, f"mentions another marketplace ({name})")
        )
    return hits


def _payments(text: str, s_start: int, s_end: int, p: dict) -> list[ChannelHit]:
    hits: list[ChannelHit] = []
    sentence = text[s_start:s_end]
    if p["refusal"].search(sentence):
        return hits  # "Przelewów poza platformą nie przyjmuję": a refusal is a reminder of the rule
    if "?" in text[s_end : s_end + 1]:
        answer = p["sentence"].match(text, min(len(text), s_end + 1)) or p["sentence"].match(
            text, min(len(text), s_end + 2)
        )
        if answer is not None and p["refusal"].search(answer.group(0)):
            return hits  # "Paying outside the platform? Then you are not protected.": the question is refused
    for match in p["paypal_private"].finditer(text, s_start, s_end):
        if not _negated(p, text, max(s_start, match.start() - 30), match.start()):
            hits.append(
                ChannelHit(
                    "payment", match.start(), match.end(), 0.95, "PayPal payment between friends, outside the platform"
                )
            )
    on_platform = p["on_platform"].search(sentence)
    evasion = (
        p["fee_evasion"].search(sentence) or p["cash_pickup"].search(sentence) or p["checkout_broken"].search(sentence)
    )
    if (
        on_platform
        and not evasion
        and not p["off_platform"].search(sentence)
        and not _negated(p, text, s_start + on_platform.start() - 20, s_start + on_platform.start())
    ):
        return hits  # "pay by card or PayPal at Swapiphone's checkout": the platform's own payment
    for match in p["paypal_direct"].finditer(text, s_start, s_end):
        if not _negated(p, text, max(s_start, match.start() - 30), match.start()):
            hits.append(ChannelHit("payment", match.start(), match.end(), 0.92, "PayPal payment outside the platform"))
    if "?" in text[s_end : s_end + 1]:
        # "Do you have Twint? Then pay me there": a question about an app is answered by the next sentence.
        following = p["sentence"].match(text, min(len(text), s_end + 1))
        if following is None and s_end + 2 <= len(text):
            following = p["sentence"].match(text, s_end + 2)
        if following is not None and not p["refusal"].search(following.group(0)):
            sentence = sentence + " " + following.group(0)
    money = p["nfc"].sub(" ", sentence) if p["nfc"].search(sentence) else sentence  # "Apple Pay works": a feature
    # Pay words outside the apps' own names ("Payconiq" starts like "pay").
    money_words = p["pay_words"].search(p["payment_apps"].sub(" ", money)) is not None
    for match in p["payment_apps"].finditer(text, s_start, s_end):
        proposes = money_words or p["send_words"].search(sentence) or p["to_my_number"].search(sentence)
        if p["feature"].search(sentence) and not proposes:
            continue  # "Bizum y WhatsApp funcionan": the app works on the phone
        if (p["nfc"].search(sentence) or p["point_of_sale"].search(sentence)) and not (
            p["send_words"].search(sentence) or p["to_my_number"].search(sentence)
        ):
            continue  # "NFC works, I pay with Payconiq at the till": paying in shops with the phone
        is_name = match.group(0) in lx.PAYMENT_APPS_THAT_ARE_NAMES
        by_app = (
            p["prep_before"].search(text[max(s_start, match.start() - 12) : match.start()]) is not None
            or match.start() in p["spelled"]
        )  # "par Lydia", "b i z u m"
        if not (
            p["pay_words"].search(money)
            or ((by_app or not is_name) and (p["direct"].search(sentence) or p["send_words"].search(sentence)))
        ):
            continue  # "ma collègue Lydia": a name, unless money is being talked about
        if not _negated(p, text, max(s_start, match.start() - 30), match.start()):
            hits.append(ChannelHit("payment", match.start(), match.end(), 0.9, "payment app outside the platform"))
    for match in p["bank"].finditer(text, s_start, s_end):
        window_start, window_end = max(s_start, match.start() - 50), min(s_end, match.end() + 50)
        direct = p["direct"].search(text, window_start, window_end)
        if direct is None or _negated(p, text, max(s_start, match.start() - 30), match.start()):
            continue
        start, end = min(match.start(), direct.start()), max(match.end(), direct.end())
        hits.append(ChannelHit("payment", start, end, 0.88, "direct payment outside the platform"))
    for match in p["own_account"].finditer(text, s_start, s_end):
        # "Przelej na moje konto", "pay into my own account": the seller's account beside a payment word.
        if not p["transfer_words"].search(sentence):
            continue
        if _negated(p, text, max(s_start, match.start() - 30), match.start()):
            continue
        hits.append(ChannelHit("payment", match.start(), match.end(), 0.88, "payment to the seller's own account"))
    for match in p["off_platform"].finditer(text, s_start, s_end):
        if (
            p["pay_words"].search(sentence)
            and not _negated(p, text, max(s_start, match.start() - 30), match.start())
            and not p["negation_after"].search(text, match.end(), min(s_end, match.end() + 30))
        ):
            hits.append(ChannelHit("payment", match.start(), match.end(), 0.9, "deal outside the platform"))
    # "Cash on collection? No, only through the platform": a question answered by a refusal.
    answered_no = "?" in text[s_end : s_end + 1] and _ANSWER_NO.match(text, s_end + 1) is not None
    for match in [] if answered_no else p["cash_paid"].finditer(text, s_start, s_end):
        # "platíte v hotovosti", "betal kontant": paying cash is paying outside the platform.
        if (
            p["pay_verbs"].search(sentence)
            and not _negated(p, text, max(s_start, match.start() - 30), match.start())
            and not p["negation_after"].search(text, match.end(), min(s_end, match.end() + 30))
        ):
            hits.append(ChannelHit("payment", match.start(), match.end(), 0.88, "cash payment, outside the platform"))
    for match in p["cash_pickup"].finditer(text, s_start, s_end):
        if not _negated(p, text, max(s_start, match.start() - 20), match.start()):
            hits.append(
                ChannelHit("payment", match.start(), match.end(), 0.88, "cash payment at pickup, outside the platform")
            )
    for match in p["fee_evasion"].finditer(text, s_start, s_end):
        if p["markets"].search(sentence):
            continue  # "relisted on eBay without the fees": the marketplace finding says it
        if p["pay_words"].search(sentence) or p["cash_pickup"].search(sentence) or "€" in sentence:
            hits.append(ChannelHit("payment", match.start(), match.end(), 0.88, "deal that avoids the platform's fee"))
    return hits


def _detail_requests(text: str, s_start: int, s_end: int, p: dict) -> list[ChannelHit]:
    hits: list[ChannelHit] = []
    for give in p["give_me_contact"].finditer(text, s_start, s_end):
        # "Give me a number where I can call you": a contact asked for, whoever's noun it is.
        if p["not_contact"].search(text[give.start() : min(s_end, give.end() + 18)]):
            continue
        if p["on_platform"].search(text, s_start, s_end) or _negated(
            p, text, max(s_start, give.start() - 16), give.start()
        ):
            continue
        hits.append(ChannelHit("details_request", give.start(), give.end(), 0.86, "asks for a contact of the buyer's"))
    if (
        p["detail_noun"].search(text, s_start, s_end) is None
        and p["reach_verb"].search(text, s_start, s_end) is None
        and p["name_noun"].search(text, s_start, s_end) is None
    ):
        return hits  # every rule below needs a contact noun or a verb of reaching someone
    # "The courier needs a mobile number for you, can you type it here?", "Vous auriez un numéro où
    # je peux vous joindre ?": a contact noun, the buyer as its owner, and an ask around it.
    for count, noun in enumerate(p["detail_noun"].finditer(text, s_start, s_end)):
        if count >= 12:
            break  # bounded: a sentence listing dozens of numbers is no request
        # Cheapest required test first: the buyer must own the detail.
        if p["owner"].search(text, max(s_start, noun.start() - 20), min(s_end, noun.end() + 25)) is None:
            continue
        question_after = "?" in text[noun.end() : min(len(text), noun.end() + 40)]
        ask = (
            p["third_party"].search(text, max(s_start, noun.start() - 60), noun.start())
            or (
                question_after
                and (
                    p["second_person"].search(text, max(s_start, noun.start() - 20), noun.start())
                    or p["which"].search(text, max(s_start, noun.start() - 20), noun.start())
                    or p["contact_noun_phrase"].match(text, noun.start())
                )
            )
            or p["write_it"].search(text, s_start, min(len(text), s_end + 80))
            or (
                "?" in text[s_start : min(len(text), s_end + 80)]
                and p["reach_verb"].search(text, noun.end(), min(s_end, noun.end() + 30))
            )
        )
        if not ask:
            continue
        around = text[max(s_start, noun.start() - 18) : min(s_end, noun.end() + 18)]
        if p["not_contact"].search(around) or p["device_after"].match(text, noun.end(), s_end):
            continue
        on_platform = p["on_platform"].search(text, max(s_start, noun.start() - 30), min(s_end, noun.end() + 30))
        if not on_platform and not _negated(p, text, max(s_start, noun.start() - 30), noun.start()):
            hits.append(
                ChannelHit(
                    "details_request", noun.start(), noun.end(), 0.86, "asks for the buyer's personal contact details"
                )
            )
    for reach in p["reach_you"].finditer(text, s_start, s_end):
        if not _negated(p, text, max(s_start, reach.start() - 16), reach.start()):
            hits.append(
                ChannelHit(
                    "details_request",
                    reach.start(),
                    reach.end(),
                    0.88,
                    "asks how to reach the buyer outside the platform",
                )
            )
    for need in p["need"].finditer(text, s_start, s_end):
        window_end = min(s_end, need.end() + 50)
        noun = p["detail_noun"].search(text, need.end(), window_end) or p["detail_noun"].search(
            text, max(s_start, need.start() - 50), need.start()
        )
        if noun is None or not p["second_person"].search(text, max(s_start, need.start() - 50), window_end):
            continue
        around = text[max(s_start, noun.start() - 18) : min(s_end, noun.end() + 18)]
        if p["not_contact"].search(around) or p["device_after"].match(text, noun.end(), s_end):
            continue
        if not _negated(p, text, max(s_start, need.start() - 16), need.start()):
            hits.append(
                ChannelHit(
                    "details_request",
                    min(need.start(), noun.start()),
                    max(need.end(), noun.end()),
                    0.88,
                    "asks for the buyer's personal contact details",
                )
            )
    app_named = None
    for verb in p["detail_verb"].finditer(text, s_start, s_end):
        noun = p["detail_noun"].search(text, verb.end(), min(s_end, verb.end() + 40))
        if noun is None:
            # "Leave me your name on Messenger": a name is a contact detail once an app is named.
            if app_named is None:
                app_named = p["platforms"].search(text, max(0, s_start - 80), min(len(text), s_end + 80)) is not None
            noun = p["name_noun"].search(text, verb.end(), min(s_end, verb.end() + 30)) if app_named else None
            if noun is None:
                continue
        # The owner may follow the noun ("το email σου", "numarul tau") or be its suffix ("szamod").
        if not (
            p["owner"].search(text, verb.start(), min(s_end, noun.end() + 12))
            or verb.group(0).endswith(("your", "votre", "ton"))
            or p["contact_noun_phrase"].match(text, noun.start())
            or p["second_person"].match(text, noun.start())
            or _ARTICLE_GAP.fullmatch(text, verb.end(), noun.start())
        ):  # "dajte mi cislo", "give us a number"
            continue  # "send me an e-mail" invites a message; it does not ask for the buyer's details
        around = text[max(s_start, noun.start() - 18) : min(s_end, noun.end() + 18)]
        if p["not_contact"].search(around) or p["device_after"].match(text, noun.end(), s_end):
            continue
        if _negated(p, text, max(s_start, verb.start() - 16), verb.start()):
            continue
        hits.append(
            ChannelHit(
                "details_request", verb.start(), noun.end(), 0.88, "asks for the buyer's personal contact details"
            )
        )
    return hits


def _direct_orders(text: str, s_start: int, s_end: int, p: dict) -> list[ChannelHit]:
    """ "Next time order directly from us", a QR code on a card to the seller's shop: a sale taken off
    the platform. Reported as contact.marketplace (another place to buy)."""
    evidence = p["directly_ours"].search(text, s_start, s_end) or p["own_shop"].search(text, s_start, s_end)
    if evidence is None:
        return []
    printed = p["printed"].search(text, s_start, s_end)
    if p["order_verb"].search(text, s_start, s_end) is None and printed is None:
        return []  # "we ship directly from our warehouse": no sale is offered
    if p["on_platform"].search(text, s_start, s_end) or p["refusal"].search(text, s_start, s_end):
        return []  # "our shop on Swapiphone", "we cannot take orders directly"
    if p["past"].search(text, s_start, s_end):
        return []  # "it was bought directly from us and refurbished": where the phone came from
    if _negated(p, text, max(s_start, evidence.start() - 30), evidence.start()):
        return []
    start, end = evidence.span()
    if printed is not None and abs(printed.start() - start) < 80:
        start, end = min(start, printed.start()), max(end, printed.end())
    return [ChannelHit("marketplace", start, end, 0.88, "invitation to order directly from the seller")]


def _visits(text: str, s_start: int, s_end: int, p: dict) -> list[ChannelHit]:
    """ "Your address? I'll bring it round and you pay me at the door" (screening.checks.contact.visits)."""
    return [
        ChannelHit(code, start, end, score, detail)
        for code, start, end, score, detail in find_visits(text, s_start, s_end)
        if not _negated(p, text, max(s_start, start - 30), start)
    ]


def _hints(text: str, s_start: int, s_end: int, p: dict) -> list[ChannelHit]:
    """ "The app with the paper plane, same name as here" (screening.checks.contact.hints)."""
    return [
        ChannelHit(code, start, end, score, detail)
        for code, start, end, score, detail in find_hints(text, s_start, s_end)
        if not _negated(p, text, max(s_start, start - 30), start)
    ]


_ANSWER_NO = re.compile(r"\s*(?:no|non|nein|nee|nie|nao|ne|nu|nem|nej|ei|οχι|δεν)(?![a-z])")


# Between "give me" and a contact noun, nothing or an indefinite article: "mi lasci un recapito".
_ARTICLE_GAP = re.compile(r"\s*(?:(?:a|an|un|una|uno|une|ein|eine|einen|een|um|uma|jakis|jakies)\s+)?")


_POINTER_CODES = {"phone": "phone", "mail": "email", "app": "social"}


def _document_pointers(text: str, s_start: int, s_end: int, p: dict) -> list[ChannelHit]:
    """ "My number is on the delivery note": a channel of the seller's, pointed at on paper."""
    hits = []
    for count, pointer in enumerate(p["pointer"].finditer(text, s_start, s_end)):
        if count >= 8:
            break
        if p["reference_after"].match(text, pointer.end()):
            continue  # "mon numéro de commande est sur la facture": a reference
        window_start, window_end = max(s_start, pointer.start() - 50), min(s_end, pointer.end() + 50)
        document = p["documents"].search(text, window_start, window_end)
        if document is None or _negated(p, text, max(s_start, pointer.start() - 20), pointer.start()):
            continue
        kind = next(name for name in _POINTER_CODES if pointer.group(name))
        start, end = min(pointer.start(), document.start()), max(pointer.end(), document.end())
        hits.append(
            ChannelHit(
                _POINTER_CODES[kind],
                start,
                end,
                0.86,
                f"points to the seller's {'e-mail' if kind == 'mail' else 'number' if kind == 'phone' else 'messaging app'} on a printed document",
            )
        )
    return hits
