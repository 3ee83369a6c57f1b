"""The compiled patterns every channel recognizer reads, built once per market (lazily, then cached)
and a few helpers they share (negation before a span, clause start, closest invitation).

Most patterns are the same for every market; the negations, prepositions, "do you have" questions
and the platform's own names differ by market, so `market_patterns` adds those to the shared ones.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from screening.checks.contact import lexicon as lx
from screening.checks.contact.hints import SAME_HANDLE


@dataclass(frozen=True, slots=True)
class ChannelPatterns:
    """The patterns of one market. Field names are the names recognizers use for them."""

    platforms: re.Pattern[str]
    platform_names: dict[str, str]
    markets: re.Pattern[str]
    market_names: dict[str, str]
    invite: re.Pattern[str]
    past: re.Pattern[str]
    deal: re.Pattern[str]
    reported: re.Pattern[str]
    stay: re.Pattern[str]
    cash_pickup: re.Pattern[str]
    negation_after: re.Pattern[str]
    nfc: re.Pattern[str]
    checkout_broken: re.Pattern[str]
    cash_paid: re.Pattern[str]
    pay_verbs: re.Pattern[str]
    refusal: re.Pattern[str]
    to_my_number: re.Pattern[str]
    there: re.Pattern[str]
    no_longer_selling: re.Pattern[str]
    fee_evasion: re.Pattern[str]
    third_party: re.Pattern[str]
    write_it: re.Pattern[str]
    then_number: re.Pattern[str]
    feature: re.Pattern[str]
    in_app: re.Pattern[str]
    calls_in_app: re.Pattern[str]
    speaker_object: re.Pattern[str]
    point_of_sale: re.Pattern[str]
    proposal: re.Pattern[str]
    need: re.Pattern[str]
    reach_you: re.Pattern[str]
    reach_verb: re.Pattern[str]
    community: re.Pattern[str]
    possessive_before: re.Pattern[str]
    question_before: re.Pattern[str]
    handle_after: re.Pattern[str]
    at_handle: re.Pattern[str]
    platform_verb_after: re.Pattern[str]
    id_handle: re.Pattern[str]
    same_handle: re.Pattern[str]
    your_postal: re.Pattern[str]
    home_address: re.Pattern[str]
    off_order: re.Pattern[str]
    contact_noun_phrase: re.Pattern[str]
    owner: re.Pattern[str]
    second_person: re.Pattern[str]
    detail_verb: re.Pattern[str]
    detail_noun: re.Pattern[str]
    name_noun: re.Pattern[str]
    which: re.Pattern[str]
    have_you_asked: re.Pattern[str]
    not_contact: re.Pattern[str]
    give_me_contact: re.Pattern[str]
    device_after: re.Pattern[str]
    payment_apps: re.Pattern[str]
    app_offer: re.Pattern[str]
    paypal_private: re.Pattern[str]
    paypal_direct: re.Pattern[str]
    bank: re.Pattern[str]
    direct: re.Pattern[str]
    send_words: re.Pattern[str]
    pay_words: re.Pattern[str]
    transfer_words: re.Pattern[str]
    own_account: re.Pattern[str]
    directly_ours: re.Pattern[str]
    own_shop: re.Pattern[str]
    order_verb: re.Pattern[str]
    shop_deal: re.Pattern[str]
    link_like: re.Pattern[str]
    printed: re.Pattern[str]
    documents: re.Pattern[str]
    pointer: re.Pattern[str]
    article_pointer: re.Pattern[str]
    document_call: re.Pattern[str]
    reference_after: re.Pattern[str]
    sentence: re.Pattern[str]
    # Per market: its languages' negations, prepositions and "do you have" questions, and the
    # platform's own names (on_platform, off_platform).
    negation: re.Pattern[str]
    prep_before: re.Pattern[str]
    asked_before: re.Pattern[str]
    on_platform: re.Pattern[str]
    off_platform: re.Pattern[str]
    qmarks: tuple[str, ...]
    case_ending: re.Pattern[str] | None  # Finnish/Hungarian markets: "whatsappissa" = "on WhatsApp"

    def negated(self, text: str, start: int, end: int) -> bool:
        """Whether a negation stands in text[start:end] (both clipped at 0)."""
        return self.negation.search(text, max(0, start), max(0, end)) is not None


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
        r"(?<![a-z])(?:(?:" + words + r")\s+(?:(?:the|le|la|l'|der|die|dem|den|el|il|lo|het|de|o|a|this)\s+)?|"
        # an elided preposition and article: "sull'Amazzone", "nell'app"
        r"(?:sull|nell|dall|sur l|dans l)')$"
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
def _shared() -> dict[str, Any]:
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
            r"(?<![a-z])(?:there|la-bas|dort|dorthin|alli|ahi|li|daar|tam|la|ali|aí|" + lx.THERE_MORE + r"|"
            # "on TikTok, where we post every phone": the app as the place the conversation goes
            r"where|wo|donde|dove|waar|gdzie|onde)(?![a-z])"
        ),
        "no_longer_selling": re.compile(lx.NO_LONGER_SELLING),
        "fee_evasion": re.compile(lx.FEE_EVASION),
        "third_party": re.compile(lx.THIRD_PARTY_NEEDS),
        "write_it": re.compile(lx.WRITE_IT_HERE),
        "then_number": re.compile(r"\s*(?:[:,\-]|au|at|on|al|am|op|na|no|sur|unter|pod|ao|al numero)?\s*[+0-9(]"),
        # No look-behind: German and Dutch compounds end in the feature word ("Frontkamera").
        "feature": re.compile(r"(?:" + lx.FEATURE_WORDS + r")(?![a-z])"),
        "in_app": re.compile(r"(?<![a-z])(?:" + lx.IN_APP_WORDS + r")(?![a-z])"),
        "calls_in_app": re.compile(r"(?<![a-z])(?:" + lx.CALLS_IN_THE_APP + r")(?![a-z])"),
        "speaker_object": re.compile(r"(?<![a-z])(?:" + lx.SPEAKER_OBJECT + r")(?![a-z])"),
        "point_of_sale": re.compile(r"(?<![a-z])(?:" + lx.POINT_OF_SALE + r")(?![a-z])"),
        "proposal": re.compile(r"(?<![a-z])(?:" + lx.PROPOSAL_WORDS + r")(?![a-z])"),
        "need": re.compile(r"(?<![a-z])(?:" + lx.NEED_WORDS + r")(?![a-z])"),
        "reach_you": re.compile(r"(?<![a-z])" + lx.REACH_YOU),
        "reach_verb": re.compile(r"(?<![a-z])" + lx._REACH_VERB),
        "community": re.compile(r"(?<![a-z])(?:" + lx.COMMUNITY + r")(?![a-z])"),
        "your_postal": re.compile(r"(?<![a-z])" + lx.YOUR_POSTAL),
        "home_address": re.compile(r"(?<![a-z])(?:" + lx.HOME_ADDRESS + r")(?![a-z])"),
        "off_order": re.compile(r"(?<![a-z])(?:" + lx.OFF_ORDER + "|" + lx.OFF_PLATFORM + r")(?![a-z])"),
        # "on Insta, same name as here": the handle given by reference.
        "same_handle": re.compile(r"(?<![a-z])(?:" + SAME_HANDLE + r")(?![a-z])"),
        "possessive_before": re.compile(
            r"(?<![a-z])(?:" + lx.POSSESSIVES + r")\s+(?:(?:compte|account|profil|profile|pseudo|nick|id|handle)\s+)?$"
        ),
        "question_before": re.compile(
            r"(?<![a-z])(?:(?:do )?you have|have you got|vous avez|avez-vous|tu as|t'as|as-tu|hast du|haste|hasch|"
            r"haben sie|tienes|tiene usted|tiene|ce l'ha|ce l'hai|hai|ha|heb je|heeft u|masz|ma pan|ma pani|tem|tens|"
            # "do you use Signal?": the buyer's account on the app asked about
            r"(?:do )?you use|got|vous utilisez|utilisez-vous|tu utilises|nutzt du|nutzen sie|benutzt du|usas|usa usted|"
            r"utilizas|usi|utilizzi|gebruik je|gebruikt u|uzywasz|korzystasz z|usa|utilizas)\s+(?:un |une |a |an )?$"
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
        "have_you_asked": re.compile(r"(?<![a-z])(?:" + lx.HAVE_YOU_ASKED.replace(" ", r"\s+") + r")(?![a-z])"),
        "not_contact": re.compile(lx.NOT_CONTACT_NOUN_CONTEXT),
        "give_me_contact": re.compile(r"(?<![a-z])" + lx.GIVE_ME_CONTACT),
        "device_after": re.compile(
            r"\s*(?:model|modele|modell|modelo|modello|marque|brand|marke|marca|case|coque|"
            r"hulle|screen|ecran|display|pantalla|schermo|scherm|ekran|tela|version|settings|"
            r"reglages|einstellungen|zurück|back|works?|fonctionne|funktioniert|funciona|funziona)"
        ),
        # Apps take case endings in Polish ("Revolutem", "BLIKIEM").
        "payment_apps": re.compile(r"(?<![a-z])(?:" + lx.PAYMENT_APPS + r")[a-z]{0,3}(?![a-z])"),
        "app_offer": re.compile(r"(?<![a-z])(?:" + lx.APP_OFFER + r")(?![a-z])"),
        "paypal_private": re.compile(lx.PAYPAL_PRIVATE),
        "paypal_direct": re.compile(lx.PAYPAL_DIRECT),
        "bank": re.compile(r"(?<![a-z])(?:" + lx.BANK_TRANSFER + r")(?![a-z])"),
        "direct": re.compile(r"(?<![a-z])(?:" + lx.DIRECT_PAYMENT + r")"),
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
        "own_shop": re.compile(r"(?<![a-z])(?!" + lx.NOT_OWN_SHOP + r")(?:" + lx.OWN_SHOP + r")(?![a-z])"),
        "order_verb": re.compile(r"(?<![a-z])(?:" + lx.ORDER_VERBS + r")"),
        "shop_deal": re.compile(r"(?<![a-z])(?:" + lx.SHOP_DEAL_WORDS + r")"),
        "link_like": re.compile(
            r"https?://|www\.|[a-z0-9-]\.(?:com|shop|store|eu|fr|de|es|it|nl|pl|pt|be|ch|at|uk|ie)(?![a-z])"
        ),
        "printed": re.compile(r"(?<![a-z])(?:" + lx.PRINTED + r")(?![a-z])"),
        "documents": re.compile(r"(?<![a-z])(?:" + lx.DOCUMENTS + r")(?![a-z])"),
        "pointer": re.compile(
            r"(?<![a-z])(?:"
            + lx.FIRST_PERSON_POSSESSIVES
            # "our stock number is on the sticker": a reference, not the seller's line
            + r")\s+(?:(?!(?:"
            + lx.REFERENCE_QUALIFIERS
            + r")\s)[a-z]+\s+)?(?:(?P<phone>"
            + lx.DOCUMENT_PHONE_NOUNS
            + r")|(?P<mail>"
            + lx.DOCUMENT_MAIL_NOUNS
            + r")|(?P<app>"
            + lx.DOCUMENT_APP_NOUNS
            + r"))(?![a-z])"
        ),
        "article_pointer": re.compile(
            r"(?<![a-z])(?:(?:"
            + lx.DOCUMENT_ARTICLES
            + r")\s+(?:"
            + lx.DOCUMENT_NUMBER_NOUNS
            + r")|"
            + lx.DOCUMENT_BARE_POINTERS
            + r")(?![a-z])"
        ),
        "document_call": re.compile(r"(?<![a-z])(?:" + lx.DOCUMENT_CALL_VERBS + r")(?![a-z])"),
        "reference_after": re.compile(lx.REFERENCE_AFTER_NOUN),
        # A dot ends a sentence only before a space: "valentina.anjos", "wa.me" stay whole.
        "sentence": re.compile(r"(?:[^.!?;\n]|\.(?=\S))+"),
    }


# Finnish and Hungarian say "on WhatsApp" with a case ending on the name itself ("WhatsAppissa",
# "Telegramiin", "Messengeren", "Viberen"; accents folded). In their markets a name with one of
# these endings carries its own preposition.
_CASE_ENDINGS = {
    "fi": r"i?(?:ssa|sta|iin|in|lla|lta|lle|hin)",
    "hu": r"(?:on|en|ra|re|rol|bol|ban|ben|hoz|hez)",
}
_NAMES_TAKING_ENDINGS = r"(?:whats ?app|telegram|messenger|viber|signal|insta(?:gram)?|snap(?:chat)?|facebook|discord|skype|threema|wechat|tiktok)"


def _case_ending(languages: tuple[str, ...]) -> re.Pattern[str] | None:
    endings = "|".join(_CASE_ENDINGS[lang] for lang in sorted(set(languages) & set(_CASE_ENDINGS)))
    return re.compile(_NAMES_TAKING_ENDINGS + "(?:" + endings + ")$") if endings else None


@lru_cache(maxsize=64)
def market_patterns(languages: tuple[str, ...], platform_names: tuple[str, ...]) -> ChannelPatterns:
    """The patterns for a market's `languages` and the platform's own names (built once each)."""
    return ChannelPatterns(
        **_shared(),
        case_ending=_case_ending(languages),
        negation=_negation(languages),
        prep_before=_prep_before(languages),
        asked_before=_asked_before(languages),
        on_platform=_on_platform(platform_names),
        off_platform=_off_platform(platform_names),
        # The Greek question mark is ";" (U+037E, folded to ";" by NFKC).
        qmarks=("?", ";") if "el" in languages else ("?",),
    )


def shared_patterns() -> dict[str, Any]:
    """The patterns that do not depend on the market (for callers outside a market: platform_named)."""
    return _shared()


_CLAUSE_BREAK = re.compile(r"[,;:!?]|\s[-–—]\s|(?<![a-z])(?:but|mais|aber|pero|ma|maar|ale|mas|men)(?![a-z])")


def clause_start(text: str, start: int, end: int) -> int:
    """`start`, or the end of the last clause break in text[start:end] (a comma, "but"...)."""
    breaks = [found.end() for found in _CLAUSE_BREAK.finditer(text, start, end)]
    return breaks[-1] if breaks else start


def closest(matches: list[re.Match[str]], start: int, end: int, reach: int) -> re.Match[str] | None:
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


_PROTECTION_LOST = re.compile(r"(?<![a-z])(?:" + lx.PROTECTION_LOST + r")")
_BUT = re.compile(r"(?<![a-z])(?:but|mais|aber|pero|ma|maar|ale|mas|however|toch|doch|jednak)(?![a-z])")
_NEXT_SENTENCE = re.compile(r"[.!?;\s]{0,3}((?:[^.!?;\n]|\.(?=\S))+)")


def protection_lost_after(text: str, end: int) -> bool:
    """Whether the sentence after the one ending at `end` says the buyer protection would be lost
    ("Non posso accettare contanti a mano. Perderebbe la protezione della piattaforma."): the deal
    just named is warned against. Not when it goes on with a "but" (a loss conceded for a deal)."""
    following = _NEXT_SENTENCE.match(text, end)
    if following is None:
        return False
    said = following.group(1)
    return _PROTECTION_LOST.search(said) is not None and _BUT.search(said) is None


def protection_lost_within(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (the rest of the sentence after a bypass) says the buyer protection
    would be lost there ("... fuera de la plataforma perderías la garantía"), without a "but"."""
    return _PROTECTION_LOST.search(text, start, end) is not None and _BUT.search(text, start, end) is None
