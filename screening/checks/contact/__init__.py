"""The contact check (rule R4): anything that takes the buyer off the platform, in any disguise.

Codes: contact.email, contact.phone, contact.url, contact.social, contact.marketplace,
contact.payment, contact.details_request. Every finding carries the span of the evidence in the
ORIGINAL text and says in `detail` what was found (never the value itself) and which recognizer
fired, as "; pattern=<name>" at its end (email.written, email.disguised, url.link, phone.<reading>,
phone.begun, parcel.<kind>, channel.<recognizer>.<named pattern>), so a false flag is traced to one
pattern.

The work is in small modules: disguises (undo [at]/[dot]/spaced letters), emails, phones
(libphonenumber, bounded), links, channels/ (one recognizer class per family: apps, marketplaces,
payment, details requests...; each declares its named patterns with their codes and scores, and a
hit says which one fired), identifiers (IMEI, IBAN, tracking and order numbers that must not read
as phones).
"""

from __future__ import annotations

import bisect

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

import logging

from screening.checks.base import Check, CheckContext, CheckResources, register
from screening.checks.contact.impostors import impostor_spans, within
from screening.checks.contact.offer_model import ContactOfferModel
from screening.checks.contact.requested_references import REFERENCE_NOUNS
from screening.checks.contact.assembled_numbers import DictatedNumber, dictated_in_pieces
from screening.checks.contact.begun_numbers import BEGUN_DETAIL, find_begun_numbers
from screening.checks.contact.channels import find_channels
from screening.checks.contact.disguises import deobfuscate
from screening.checks.contact.emails import find_emails
from screening.checks.contact import lexicon as lx
from screening.checks.contact.identifiers import public_line_before
from screening.checks.contact.links import find_links
from screening.checks.contact.parcel_leads import find_parcel_leads
from screening.checks.contact.phones import PhoneHit, find_phones, phone_in_pieces
from screening.checks.contact.settings import ContactSettings
from screening.checks.contact.requested_references import offers_a_call, reference_requested
from screening.checks.contact.split import earlier_replies, split_findings
from screening.text.confusables import fold_lookalikes, lookalike_table
from screening.text.normalize import normalize
from screening.text.sentences import sentence_spans
from screening.text.view import TextView
from screening.text.numbers import find_number_runs
from screening.core.types import Finding, Message

if TYPE_CHECKING:
    from screening.core.policy import Policy

log = logging.getLogger(__name__)

# Words of the gates: Latin after folding, and Greek (kept by normalize(scripts=False)).
# After the seller's own number or address: "and yours?", "send yours too", "und deine?".
_YOURS_ASKED = re.compile(
    r"(?<![a-z])(?:(?:and|und|et|y|e|en|i|a) (?:yours|deine?[sn]?|ihre?[sn]?|le tien|la tienne|le votre|la votre|toi|"
    r"el tuyo|la tuya|el suyo|la suya|il tuo|la tua|il suo|la sua|de jouwe|het jouwe|jij|twoj|twoje|pana|pani|o teu|o seu|"
    r"a tua|a sua)\s*\?|send (?:me )?yours|yours too|schick(?:e|en sie)? (?:mir )?(?:deine?[sn]?|ihre?[sn]?)|"
    r"(?:envoie|laisse|donne)(?:z)?(?:-moi)? (?:le tien|la tienne|le votre|la votre)|manda(?:me)? (?:el tuyo|la tuya|o teu|a tua|il tuo|la tua)|"
    # "send me a text with yours", "a message avec le vôtre", "un SMS col tuo"
    r"(?:with|mit|avec|con|col|com|met) (?:yours|ihrer|ihrem|deiner|deinem|le votre|le tien|la votre|la tienne|"
    r"el tuyo|el suyo|la tuya|il tuo|la tua|il suo|o teu|o seu|de jouwe|het jouwe|je eigen\w*|uw eigen\w*|tuo|tua|tuyo|teu)|"
    r"your own (?:number|e-?mail|mail|details)|(?:je|uw) eigen (?:nummer|e-?mail\w*|mail\w*|gsm\w*)|"
    r"(?:napisz|podaj|daj|wyslij|zostaw)\w* (?:mi )?(?:tez )?swoj\w*|swoj\w* (?:numer|mail|e-mail)\w* (?:tez )?(?:podaj|daj|napisz|zostaw)\w*)"
)
# When the seller gives an address, a request around it is theirs ("send me a mail at jean@...")
# unless it names the buyer's own: "call me on 06..., or leave me your number".
_BUYERS_OWN = re.compile(
    r"(?<![a-z])(?:your|yours|ur|votre|vos|ton|ta|tes|ihre?[nrms]?|dein\w*|tu|tus|tuyo|tuya|tuo|tua|il suo|la sua|"
    r"uw|jouw|je eigen\w*|twoj\w*|swoj\w*|teu|o seu|a sua|(?:geef|stuur|wat is|laat) je)(?![a-z])"
)
_WORDS = re.compile(r"[a-z0-9α-ως]+")
# The offer model reads replies of at least this many words of two letters or more: out of fold on
# the development data (training/contact/crossval.py) shorter ones were order codes and pieces of
# numbers ("R5000XYZ", "+40") and no offer the rules missed.
MODEL_MIN_WORDS = 3
_LETTER_WORDS = re.compile(r"[^\W\d_]{2,}")


# Where the rules' lexicons read a reason a channel named is no offer, they have judged the reply
# and the model does not overrule them: a refusal ("we don't accept transfers"), staying here
# ("let's keep it here", "write it in the chat", "reply here"), the platform's own checkout or
# messaging, an app as a feature of the phone ("WhatsApp works fine on it"), a reference asked for
# (the order, tracking or IMEI number), the same phone dearer elsewhere or warned against, a price
# here compared, a channel turned down ("Bizum directo no", "geht leider nicht"). Out of fold on the
# development data (training/contact/crossval.py) these replies held about as many of the model's
# false flags as of its finds; rule R4 says refusals, references and such names are no offers.
def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])(?:" + "|".join(patterns) + r")(?![a-z])")


_EXCUSED = _words(
    lx.REFUSALS,
    lx.STAY_ON_PLATFORM,
    lx.WRITE_IT_HERE,
    lx.ANSWER_HERE,
    lx.NOT_CONTACT_NOUN_CONTEXT,
    REFERENCE_NOUNS,
    lx.DEARER_THERE,
    lx.TURNED_DOWN,
    lx.WITHOUT_PAPERS,
    lx.PRICED_HERE,
)
# Two reasons hold only in their own context: the platform named places the deal on it unless its
# cut is named as the cost to avoid; a word of what the phone does ("works", "camera") makes an app
# a feature only when an app, a payment app, a site or a mail provider is named.
_ON_PLATFORM = _words(lx.ON_PLATFORM)
_PLATFORM_CUT = _words(lx.PLATFORM_CUT)
_FEATURE = _words(lx.FEATURE_WORDS)
_APP_NAMED = _words(*lx.PLATFORMS.values(), *sorted(lx.SPELLED_CHANNEL_NAMES))


def offer_sentence(model: ContactOfferModel, text: str) -> tuple[int, int]:
    """The span of the sentence of `text` the model reads an offer in most (the whole text when it
    has one sentence)."""
    spans = sentence_spans(text)
    if len(spans) <= 1:
        return (spans[0][0], spans[0][1]) if spans else (0, len(text))
    by_sentence = model.offer_probabilities([text[a:b] for a, b in spans])
    return spans[int(by_sentence.argmax())]


def body_end(text: str) -> int | None:
    """Where the reply's sign-off block (closing, name, shop signature:
    screening/checks/template/placeholders.without_signoff) begins in `text`; None when it has none,
    or when Unicode normalisation changes the text (the cut's offsets would not be `text`'s).

    The offer model reads what the seller says, not who they are: a shop's signature ("HandyWerk
    Winterthur · seit 2017 · Mo–Fr 8–17 Uhr") reads to it like an invitation to the shop, and stands
    under every reply of that seller. A channel written in the signature (a number, an address, a
    handle) is still the rules' to find: they read the whole text. A signature set apart as the
    last paragraph with no closing above it counts too (signature_line.py)."""
    from screening.checks.contact.signature_line import signature_line_start
    from screening.checks.template.placeholders import without_signoff

    if unicodedata.normalize("NFKC", text) != text:
        return None
    body = without_signoff(text)
    end = len(text) - len(text.lstrip()) + len(body)
    if body and end < len(text.rstrip()):
        return end
    return signature_line_start(text)  # a signature line set apart, with no closing above it


def excused(sentence: str) -> bool:
    """Whether the rules' lexicons read, in the sentence of an offer, a reason it is none (_EXCUSED).
    Read in that sentence only: a long reply mentions "the rest", an invoice or the camera
    elsewhere."""
    text = normalize(sentence).text
    return (
        _EXCUSED.search(text) is not None
        or (_ON_PLATFORM.search(text) is not None and _PLATFORM_CUT.search(text) is None)
        or (_FEATURE.search(text) is not None and _APP_NAMED.search(text) is not None)
    )


@dataclass(frozen=True)
class _AllowList:
    """The platform's own channels (policy `settings.contact`), which are not off-platform."""

    domains: tuple[str, ...]
    emails: frozenset[str]
    phones: frozenset[str]
    platform_names: tuple[str, ...]

    @classmethod
    def from_settings(cls, settings: ContactSettings) -> "_AllowList":
        return cls(
            domains=tuple(d.lower().lstrip(".") for d in settings.allowed_domains),
            emails=frozenset(e.lower() for e in settings.allowed_emails),
            phones=frozenset("".join(ch for ch in p if ch.isdigit()) for p in settings.allowed_phones),
            platform_names=tuple(n.lower() for n in settings.platform_names),
        )

    def domain_allowed(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def named_in(self, text: str) -> bool:
        """Whether a normalised text names the platform or one of its allowed domains or addresses."""
        return (
            any(name in text for name in self.platform_names)
            or any(domain in text for domain in self.domains)
            or any(email in text for email in self.emails)
        )

    def email_allowed(self, address: str) -> bool:
        address = address.lower()
        return address in self.emails or self.domain_allowed(address.rsplit("@", 1)[-1])


# Channels a warning about an impostor names as where the impostor wrote or asked to be paid (an
# address or a number written out is still the finding it is).
_WHERE_AN_IMPOSTOR_WROTE = frozenset({"social", "payment", "marketplace", "details_request"})


@register
class ContactCheck(Check):
    name = "contact"

    def __init__(self, model: ContactOfferModel | None = None, model_version: str | None = None) -> None:
        self._allow_lists: dict[int, _AllowList] = {}
        lookalike_table()  # built here, not on the first message (about 0.1 s)
        self.model = model
        self.model_versions = {} if model is None else {"contact": model_version or "unversioned"}

    @classmethod
    def build(cls, resources: CheckResources) -> "ContactCheck":
        from screening.core.model_files import DEFAULT_POINTER, load_model

        pointer = resources.models_dir / "contact" / DEFAULT_POINTER
        version = resources.model_version("contact")
        # A version asked for by name loads without a DEFAULT (the promotion gate measures the
        # first version before there is one).
        if version is None and not pointer.exists():
            # The rules stand on their own; a model that exists but fails its hash check still
            # stops the service (load_model raises), as for every model.
            log.warning("contact_model_missing pointer=%s mode=rules_only", pointer)
            check = cls()
            check.missing_models = (str(pointer),)
            return check
        loaded = load_model(resources.models_dir, "contact", version)
        return cls(ContactOfferModel(loaded.artifact), loaded.version)

    def warm_up(self, policy: "Policy") -> None:
        from screening.checks.contact.channels import warm_up

        for market in sorted(policy.markets):
            context = CheckContext(policy=policy.for_market(market), conversation=())
            warm_up(tuple(context.policy.languages), self._allow_list(context).platform_names)

    def _allow_list(self, context: CheckContext) -> _AllowList:
        settings = context.policy.settings_of(ContactSettings)
        key = id(settings)
        if key not in self._allow_lists:
            self._allow_lists[key] = _AllowList.from_settings(settings)
        return self._allow_lists[key]

    def inspect(self, message: Message, context: CheckContext) -> list[Finding]:
        findings = self.rule_findings(message, context)
        if findings or self.model is None:
            return findings
        offer = self._model_finding(message.text, context)
        return [offer] if offer is not None else []

    def inspect_batch(self, items: Sequence[tuple[Message, CheckContext]]) -> list[list[Finding]]:
        """`inspect` for many replies: the rules one by one, then the offer model reads every reply
        the rules found nothing in with one sparse pass (`HashedTfidf.many`: the same tf-idf rows
        as one by one, to rounding) instead of one look-up per reply."""
        found = [self.rule_findings(message, context) for message, context in items]
        if self.model is None:
            return found
        unread = [i for i, findings in enumerate(found) if not findings and self._model_reads(*items[i])]
        if unread:
            probabilities = self.model.offer_probabilities([items[i][0].text for i in unread])
            for i, probability in zip(unread, probabilities.tolist()):
                offer = self._model_finding(items[i][0].text, items[i][1], probability)
                found[i] = [offer] if offer is not None else []
        return found

    def _model_reads(self, message: Message, context: CheckContext) -> bool:
        return context.policy.settings_of(ContactSettings).model_weight > 0 and self.model_may_read(
            message.text, context
        )

    def _model_finding(self, text: str, context: CheckContext, probability: float | None = None) -> Finding | None:
        """The offer model's finding on a reply the rules found nothing in: its code is the kind of
        channel the model reads, its span the sentence it reads the offer in most. The model does
        not read a reply of fewer than MODEL_MIN_WORDS words (a code, a fragment of a number: its
        few n-grams read as anything), nor one that names the platform or its own channels (the
        policy's platform names, allowed domains and addresses: there the seller speaks of the
        platform, "pay at Swapiphone's checkout"); and it does not report an offer whose sentence
        holds a reason the rules' lexicons read as no offer (_EXCUSED): the rules have judged it."""
        assert self.model is not None
        settings = context.policy.settings_of(ContactSettings)
        if probability is None:  # else read by inspect_batch, which asked _model_reads first
            if settings.model_weight <= 0 or not self.model_may_read(text, context):
                return None
            probability = float(self.model.offer_probabilities([text])[0])
        threshold = settings.model_threshold if settings.model_threshold is not None else self.model.threshold
        if probability < threshold:
            return None
        read = text
        signed_from = body_end(text)
        if signed_from is not None:  # read without the sign-off block (body_end)
            read = text[:signed_from]
            if len(_LETTER_WORDS.findall(read)) < MODEL_MIN_WORDS:
                return None
            probability = float(self.model.offer_probabilities([read])[0])
            if probability < threshold:
                return None
        start, end = offer_sentence(self.model, read)
        if excused(read[start:end]) or impostor_spans(normalize(read[start:end]).text):
            return None  # ... or it names where an impostor wrote the buyer (impostors.py)
        code, _ = self.model.code_of(read)
        return self._named(
            code,
            round(settings.model_weight * probability, 4),
            start,
            end,
            f"reads as an invitation to continue off the platform (model, probability {probability:.2f})",
            "model.offer",
        )

    def model_may_read(self, text: str, context: CheckContext) -> bool:
        """Whether the offer model reads this reply (when the rules found nothing in it)."""
        if len(_LETTER_WORDS.findall(text)) < MODEL_MIN_WORDS:
            return False
        return not self._allow_list(context).named_in(normalize(text).text)

    def rule_findings(self, message: Message, context: CheckContext) -> list[Finding]:
        """What the rules find: the reply alone, and joined to the same seller's replies just before
        it (contact details split over several replies)."""
        own = self._inspect_one(message, context)
        if not context.conversation:
            return own
        settings = context.policy.settings_of(ContactSettings)
        earlier = earlier_replies(
            message, context.conversation, settings.split_window_minutes, settings.split_window_messages
        )
        if not earlier:
            return own
        # Numbers in pieces after the buyer asked for the tracking code or the IMEI are that reference.
        languages = None if reference_requested(message, context.conversation) else tuple(context.policy.languages)
        split = split_findings(message, earlier, lambda m: self._inspect_one(m, context), own, languages)
        return _without_duplicates(own + split) if split else own

    def _inspect_one(self, message: Message, context: CheckContext) -> list[Finding]:
        """The findings of one message read on its own."""
        original = message.text
        allow = self._allow_list(context)
        plain = normalize(original, scripts=False)  # Greek stays Greek; look-alikes are folded below
        folded = fold_lookalikes(plain.text)  # small capitals, Armenian o...: one character for one
        if folded is not plain.text:
            plain = TextView(folded, plain.origin, plain.original_length)
        words = frozenset(_WORDS.findall(plain.text))  # shared by the cheap gates of each detector
        compact = deobfuscate(plain, words, original)
        findings: list[Finding] = []

        all_emails = find_emails(plain, compact, words)
        for hit in all_emails:
            if allow.email_allowed(hit.address):
                continue
            how = "disguised" if hit.disguised else "written out"
            findings.append(
                self._named(
                    "email",
                    0.98,
                    hit.start,
                    hit.end,
                    f"e-mail address, {how}",
                    "email.disguised" if hit.disguised else "email.written",
                )
            )
        email_spans = [(e.start, e.end) for e in all_emails]

        links = find_links(compact, original, email_spans)
        for link in links:
            if not allow.domain_allowed(link.host):
                findings.append(self._named("url", 0.95, link.start, link.end, link.detail, "url.link"))
        # Digits inside an address or a link (wa.me/3465...) belong to it, not to a separate phone.
        address_spans = email_spans + [(h.start, h.end) for h in links]

        findings.extend(self._phones(message, context, plain, words, address_spans, allow))

        for begun in find_begun_numbers(plain.text, words):
            start, end = plain.to_original(begun.start, begun.end)
            findings.append(self._named("phone", 0.85, start, end, BEGUN_DETAIL, "phone.begun"))

        for lead in find_parcel_leads(plain.text, words):
            start, end = plain.to_original(lead.start, lead.end)
            findings.append(self._named(lead.kind, 0.85, start, end, lead.detail, f"parcel.{lead.kind}"))

        has_address = any(f.code in ("contact.email", "contact.phone") for f in findings)
        if has_address:
            # "My number is 06..., and yours?": an address given in exchange for the buyer's.
            yours = _YOURS_ASKED.search(plain.text)
            if yours is not None:
                start, end = plain.to_original(yours.start(), yours.end())
                findings.append(
                    self._named(
                        "details_request", 0.86, start, end, "asks for the buyer's contact in exchange", "yours_asked"
                    )
                )
        impostor = impostor_spans(plain.text)
        for channel in find_channels(plain.text, context.policy.languages, allow.platform_names, words):
            if channel.code in _WHERE_AN_IMPOSTOR_WROTE and within(impostor, channel.start, channel.end):
                continue  # "the profile on Instagram that wrote to you is fake": a warning (impostors.py)
            if (
                channel.code == "details_request"
                and has_address
                and not _BUYERS_OWN.search(plain.text, channel.start, channel.end)
            ):
                continue  # "send me a mail at jean@..." gives an address; it does not ask for one
            if channel.pattern == "calls" and any(f.code == "contact.phone" for f in findings):
                continue  # "call me on 06...": the number written is the finding
            start, end = plain.to_original(channel.start, channel.end)
            # The recognizer and the named pattern of it that fired ("channel.payment.paypal_private").
            pattern = f"channel.{channel.pattern}.{channel.rule}" if channel.rule else f"channel.{channel.pattern}"
            findings.append(self._named(channel.code, channel.score, start, end, channel.detail, pattern))
        return _without_duplicates(findings)

    def _phones(
        self,
        message: Message,
        context: CheckContext,
        plain: TextView,
        words: frozenset[str],
        address_spans: list[tuple[int, int]],
        allow: _AllowList,
    ) -> list[Finding]:
        """Phone numbers written out (digits or number words) in the normalised text, whole or
        dictated in pieces ("07 then 555 then triple zero one 2")."""
        languages = tuple(context.policy.languages)
        runs = find_number_runs(plain.text, min_digits=8, words=words, languages=languages)
        dictated = dictated_in_pieces(plain.text, words, languages)
        if (not runs and not dictated) or (
            reference_requested(message, context.conversation) and not offers_a_call(plain.text)
        ):
            return []  # none, or the tracking code, IMEI or order number the buyer asked for
        region = context.policy.region
        phones = find_phones(plain.text, runs, region) if runs else []
        phones += [hit for hit in (_in_pieces(plain.text, d, region) for d in dictated) if hit is not None]
        found = []
        for phone in phones:
            start, end = plain.to_original(phone.start, phone.end)
            if _inside(start, end, address_spans):
                continue
            if public_line_before(plain.text, phone.start):
                continue  # the courier's or the brand's customer line, not the seller's
            digits = "".join(ch for ch in plain.text[phone.start : phone.end] if ch.isdigit())
            if digits and any(digits.endswith(p) or p.endswith(digits) for p in allow.phones):
                continue
            found.append(self._named("phone", phone.score, start, end, phone.detail, f"phone.{phone.pattern}"))
        return found

    def _named(self, code: str, score: float, start: int, end: int, detail: str, pattern: str) -> Finding:
        """A finding whose detail ends with the name of the recognizer that fired (STYLE.md)."""
        return self.finding(code, score, start, end, f"{detail}; pattern={pattern}")


def _in_pieces(text: str, dictated: DictatedNumber, region: str) -> PhoneHit | None:
    """The phone number a number dictated in pieces makes, named as such."""
    hit = phone_in_pieces(text, dictated.run, region, dictated.announced, dictated.rest_zeros)
    if hit is None:
        return None
    detail = hit.detail if hit.pattern == "pieces" else f"{hit.detail}, dictated in pieces"
    return PhoneHit(hit.start, hit.end, hit.score, detail, "pieces")


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _without_duplicates(findings: list[Finding]) -> list[Finding]:
    """One finding per code and span: overlapping hits of one code keep the strongest."""
    kept: list[Finding] = []
    # Per code, the kept spans in order: they never overlap, so ends are in order too and the only
    # kept span that can overlap a new one is the last that starts before it ends (bisection: a
    # text with a thousand addresses made this loop quadratic).
    spans: dict[str, tuple[list[int], list[int]]] = {}
    for finding in sorted(findings, key=lambda f: (f.code, -f.score, f.start or 0)):
        if finding.start is not None and finding.end is not None:  # a Finding has both or neither
            starts, ends = spans.setdefault(finding.code, ([], []))
            i = bisect.bisect_left(starts, finding.end) - 1
            if i >= 0 and finding.start < ends[i]:
                continue
            starts.insert(i + 1, finding.start)
            ends.insert(i + 1, finding.end)
        kept.append(finding)
    return sorted(kept, key=lambda f: (f.start if f.start is not None else -1, f.code))
