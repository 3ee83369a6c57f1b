"""Invitations to leave the platform that are made of words, not of an address: messaging apps and
social networks, other marketplaces, off-platform payment, requests for the buyer's details.

A name alone is not enough ("WhatsApp works fine on this phone", "lo spedisco subito"): a finding
needs evidence that the seller proposes the channel: an invitation with a preposition ("écrivez-moi
sur Telegram"), a handle ("snap: jean.dupont", "@marco_phones"), a possessive ("mon insta"), or a
question ("vous avez WhatsApp ?"). Negated or forbidding sentences ("please don't contact me on
WhatsApp", "ne passez pas par Leboncoin") are reminders of the rule, not violations.

Each family is a recognizer (recognizer.py) with named patterns; `find_channels` opens the gates
of the families a text can hold, reads it sentence by sentence (quoted lines are the buyer's
words), then runs the text recognizers (account numbers).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from screening.checks.contact import lexicon as lx
from screening.checks.contact.channels.accounts import IbanRecognizer, NationalAccountRecognizer
from screening.checks.contact.channels.calls import CallRecognizer
from screening.checks.contact.channels.described import DescribedChannelRecognizer
from screening.checks.contact.channels.details import DetailRequestRecognizer
from screening.checks.contact.channels.direct_orders import DirectOrderRecognizer
from screening.checks.contact.channels.documents import DocumentPointerRecognizer
from screening.checks.contact.channels.home_visits import HomeVisitRecognizer
from screening.checks.contact.channels.marketplaces import MarketplaceRecognizer
from screening.checks.contact.channels.patterns import market_patterns, shared_patterns
from screening.checks.contact.channels.payments import PaymentRecognizer
from screening.checks.contact.channels.recognizer import (
    ChannelHit,
    NamedPattern,
    Recognizer,
    Sentence,
    SentenceRecognizer,
    TextRecognizer,
)
from screening.checks.contact.channels.social import SocialRecognizer
from screening.checks.contact.channels.spelled import join_spelled_names, whole_words
from screening.text.gates import PrefixIndex

# In the order they read each sentence (the order of their hits).
SENTENCE_RECOGNIZERS: tuple[SentenceRecognizer, ...] = (
    SocialRecognizer(),
    MarketplaceRecognizer(),
    PaymentRecognizer(),
    DetailRequestRecognizer(),
    DirectOrderRecognizer(),
    DocumentPointerRecognizer(),
    HomeVisitRecognizer(),
    DescribedChannelRecognizer(),
    CallRecognizer(),
)
TEXT_RECOGNIZERS: tuple[TextRecognizer, ...] = (IbanRecognizer(), NationalAccountRecognizer())
RECOGNIZERS: tuple[Recognizer, ...] = (*SENTENCE_RECOGNIZERS, *TEXT_RECOGNIZERS)

_WORDS = re.compile(r"[a-z0-9α-ως]+")
_QUOTED_LINE = re.compile(r"(?m)^[ \t]*>[^\n]*")


@lru_cache(maxsize=1)
def _gates() -> PrefixIndex:
    return PrefixIndex({r.name: (r.gate_prefixes, r.gate_words) for r in SENTENCE_RECOGNIZERS})


def find_channels(
    text: str,
    languages: tuple[str, ...] = ("en",),
    platform_names: tuple[str, ...] = (),
    words: frozenset[str] | None = None,
) -> list[ChannelHit]:
    """Findings in a normalise()d text (lower case, accents folded); offsets are into `text`.
    `languages` are the market's (negation words differ by language); `platform_names` are the
    platform's own names, next to which a payment method is the platform's checkout."""
    patterns = market_patterns(tuple(languages), tuple(platform_names))
    hits: list[ChannelHit] = []
    text, spelled = join_spelled_names(text)
    if words is None or spelled:
        words = frozenset(_WORDS.findall(text))
    present = _gates().families_in(words)
    recognizers = [
        r
        for r in SENTENCE_RECOGNIZERS
        if (r.name in present or any(phrase in text for phrase in r.gate_phrases)) and r.may_hit_text(text, patterns)
    ]
    if recognizers:
        spelled_starts = frozenset(start for start, _ in spelled)
        quoted = [m.span() for m in _QUOTED_LINE.finditer(text)]  # in order, never overlapping
        quoted_starts = [q_start for q_start, _ in quoted]
        sentences = [found.span() for found in patterns.sentence.finditer(text)]
        for k, (s_start, s_end) in enumerate(sentences):
            q = bisect.bisect_right(quoted_starts, s_start) - 1
            if s_end - s_start < 3 or (q >= 0 and s_start < quoted[q][1]):
                continue  # too short, or a quoted line ("> vous avez WhatsApp ?"): the buyer's words
            sentence = Sentence(text, s_start, s_end, patterns, spelled_starts)
            found_here = [hit for recognizer in recognizers for hit in recognizer.find(sentence)]
            following = text[sentences[k + 1][0] : sentences[k + 1][1]] if k + 1 < len(sentences) else ""
            if found_here and not turned_down(text[s_start:s_end], following, text[s_end : s_end + 1] == "?"):
                hits.extend(found_here)
    for text_recognizer in TEXT_RECOGNIZERS:
        if text_recognizer.may_hold(text):
            hits.extend(text_recognizer.find(text))
    return [whole_words(text, hit, spelled) for hit in hits]


def warm_up(languages: tuple[str, ...], platform_names: tuple[str, ...]) -> None:
    """Build a market's patterns and the recognizers' prefilters (asked of an empty text, each
    builds its own), which find_channels otherwise builds on the market's first reply: ~50 ms."""
    patterns = market_patterns(tuple(languages), tuple(platform_names))
    for recognizer in SENTENCE_RECOGNIZERS:
        recognizer.may_hit_text("", patterns)


# The seller turns down the channel the buyer proposed (lexicon.TURNED_DOWN, NO_ANSWER).
_NO = lx.NO_ANSWER
_TURNED_DOWN = re.compile(r"(?<![a-z])(?:" + lx.TURNED_DOWN + r")")
_STARTS_WITH_NO = re.compile(r"\s*" + _NO)


def turned_down(sentence: str, following: str = "", asked: bool = False) -> bool:
    """Whether the seller turns down the channel a (normalised) sentence names: in the sentence
    itself; when the sentence is a question (`asked`), by a no that opens the next one; or when it
    restates the buyer's proposal and the next one declines it."""
    if _TURNED_DOWN.search(sentence) or _reported_then_declined(sentence, following):
        return True
    return asked and _STARTS_WITH_NO.match(following) is not None


_REPORTED_PROPOSAL = re.compile(r"(?<![a-z])(?:" + lx.REPORTED_PROPOSAL + r")(?![a-z])")
_DECLINED_AFTER_PROPOSAL = re.compile(r"(?<![a-z])(?:" + lx.DECLINED_AFTER_PROPOSAL + r")(?![a-z])")


def _reported_then_declined(sentence: str, following: str) -> bool:
    """Whether a (normalised) sentence reports the buyer's proposal ("Sie schlagen vor, per
    Überweisung zu zahlen", "thank you for your proposal to ...") and the next one declines it
    ("Das können wir leider nicht", "we prefer to keep everything here"): the seller names the
    channel to turn it down."""
    return _REPORTED_PROPOSAL.search(sentence) is not None and _DECLINED_AFTER_PROPOSAL.search(following) is not None


def platform_named(text: str) -> str | None:
    """The messaging app or social network a text names (the first one), or None. Reads the text
    as the contact check does (normalised: lower case, accents folded)."""
    from screening.text import normalize

    shared = shared_patterns()
    folded = normalize(text).text
    match = shared["platforms"].search(folded) or shared["platforms"].search(_unleet(folded))
    return None if match is None else shared["platform_names"][match.lastgroup]


# Digits written for the letters they look like inside a word ("1nsta", "t3legram", "sn4p"): the
# way a network's name is kept from a filter. Only words with letters and digits are rewritten, so
# "iPhone 13" or "128 GB" stay as they are.
_LEET_WORD = re.compile(r"(?<![\w])(?=[\w]*[a-z])(?=[\w]*[013457])[a-z0-9]+(?![\w])")
_LEET = str.maketrans("013457", "oieast")


def _unleet(folded: str) -> str:
    return _LEET_WORD.sub(lambda m: m.group(0).translate(_LEET), folded)


__all__ = [
    "ChannelHit",
    "NamedPattern",
    "RECOGNIZERS",
    "Recognizer",
    "find_channels",
    "platform_named",
]
