"""The rule-based escalation detector: lexicon matches with spans into the original text.

How it stays fast with ~700 phrasings in eight languages: every phrasing's possible first
characters (up to three, e.g. "bloqueo de activacion" -> "blo") are worked out from the regex once;
at each word start of the message only the phrasings indexed under that word's first 1-3
characters are tried. A message is therefore matched against a handful of regexes, not all of them.

A match scores its phrasing's weight; more distinct matches of a category add a little; a match
inside a question that only asks about the topic ("how do I turn off Find My iPhone before
trade-in?") is cut to GUARDED_FACTOR of its score.
"""

from __future__ import annotations

import re

# Python's regex parser: the prefixes of a phrasing are read off its parsed pattern.
from re import _constants as sre_constants, _parser as sre_parser  # type: ignore[attr-defined]
from dataclasses import dataclass
from functools import lru_cache

from screening.checks.escalation.lexicon import (
    AVOIDANCE_MARKERS,
    DENIABLE_CATEGORIES,
    DENIALS,
    OWN_CODES,
    FEAR_MARKERS,
    INDIRECT_QUESTION_MARKERS,
    LISTING_PLACES,
    LISTING_SAYS_MARKERS,
    CATEGORIES,
    EITHER_OR_MARKERS,
    FIRST_PERSON,
    HYPOTHETICAL_MARKERS,
    LANGUAGES,
    LEXICON,
    QUESTION_OPENINGS,
    WHY_OPENINGS,
)
from screening.checks.escalation.presale import speaks_of_a_purchase
from screening.checks.escalation.silence import PROMISE_LEXICON, SILENCE_LEXICON
from screening.checks.escalation.symptoms import SYMPTOM_LEXICON
from screening.text import normalize
from screening.text.greetings import greetings

# A question sentence keeps this share of a match's score: 0.9 * 0.3 = 0.27, below any sensible
# min_score, so a question alone never escalates; a complaint elsewhere in the message still does.
GUARDED_FACTOR = 0.3
# "Defective" is context in a refused return or a listing dispute ("you refuse my return although
# the phone is defective"): when a more specific category is also found, quality_issue gives way by
# this much, so the specific one ranks first (both are still reported).
CONTEXT_CATEGORY = "quality_issue"
CONTEXT_PENALTY = 0.05
# Each further distinct match of the same category (another phrase, another sentence) adds this.
EXTRA_MATCH_BONUS = 0.05
MAX_SCORE = 0.99

_GAP_CLAUSE = r"\W+(?:\w+\W+){0,12}?"
_GAP_LONG = r"\W+(?:\w+\W+){0,8}?"
_GAP_SHORT = r"\W+(?:\w+\W+){0,4}?"
_SENTENCE_END = re.compile(r"[.!?;\n]+|[¿¡]")
# What ends a clause, for the words a negation may stand in before a symptom (RuleDetector._denied).
_CLAUSE_MARKS = (",", ";", ":", ".", "!", "?", "\n", "¿", "¡")
_WORD = re.compile(r"[\w']+")


def _greeting() -> str:
    """A greeting a buyer's question may open with: the lexicon's "opener" entries, and its
    "opener+name" entries followed by a word (screening/text/greetings.yaml)."""
    openers = [re.escape(entry) for entry in greetings("opener")]
    openers += [re.escape(entry) + r" \w+" for entry in greetings("opener+name")]
    return "(?:" + "|".join(openers) + r")\W*"


# Where a clause ends: what follows may report ("I'd like to know if it was sent, since nobody
# answers").
_CLAUSE_END = re.compile(r"[,;:]|\s[-–]\s")
# "but", "and", "while" between the listing's two statements (one place of the listing, then another):
# what follows must point at the listing too (RuleDetector.quotes_listing).
_CONTRAST = re.compile(
    r"[,;]?\s(?:but|mais|aber|pero|ma|maar|ale|mas|and|et|und|y|e|en|i|a|whereas|while|tandis que|mentre"
    r"|terwijl|enquanto|podczas gdy|wahrend|mientras)\s"
)
_LISTING_PLACE = re.compile(r"(?<!\w)(?:" + LISTING_PLACES + ")")


@dataclass(frozen=True, slots=True)
class Hit:
    """The best evidence for one category in one message."""

    category: str
    score: float
    start: int  # offsets into the ORIGINAL text
    end: int
    language: str  # the lexicon language of the best match
    matches: int  # distinct matches found for the category
    guarded: bool  # the best match sits in a question about the topic


def expand(pattern: str) -> str:
    """The lexicon's notation (see lexicon.py) to a Python regex, matched at word starts."""
    pattern = pattern.replace("~~~", _GAP_CLAUSE).replace("~~", _GAP_LONG).replace("~", _GAP_SHORT)
    pattern = pattern.replace(" ?", r"\s*").replace(" ", r"\s+")
    return pattern


@dataclass(frozen=True)
class _Phrase:
    regex: re.Pattern[str]
    category: str
    language: str
    weight: float


# A sentence that ends "??" or "?!" without a question word is outrage at what the buyer found
# ("Unknown part warning??"), not a question about a topic: it is read as a statement.
_OUTRAGE = re.compile(r"\?[?!]+|![?!]*\?[?!]*")


# A fear marker opens a sentence when at most this many words come before it ("Bit worried about").
FEAR_LEAD_WORDS = 4
# Words before an indirect question's marker: "Hello, before I order, I'd like to know...".
INDIRECT_LEAD_WORDS = 4


@dataclass(frozen=True)
class _Compiled:
    # Phrasings by the 1-3 characters their matches start with; `anywhere`: no such prefix known.
    index: dict[str, tuple[_Phrase, ...]]
    anywhere: tuple[_Phrase, ...]
    # Matches at a position when one of `anywhere` does: tried first, so a word start where none
    # matches (almost all of them) costs one match instead of one per phrasing.
    anywhere_any: re.Pattern[str] | None
    question: re.Pattern[str]
    hypothetical: re.Pattern[str]
    either_or: re.Pattern[str]
    first_person: re.Pattern[str]
    why: re.Pattern[str]
    avoidance: re.Pattern[str]
    fear: re.Pattern[str]
    indirect: re.Pattern[str]
    listing_says: re.Pattern[str]
    # language -> its negations (lexicon.DENIALS), which deny a dangerous symptom
    denial: dict[str, re.Pattern[str]]
    # language -> the buyer's own code or password (lexicon.OWN_CODES), which no lock of another is
    own_code: dict[str, re.Pattern[str]]


PREFIX_LENGTH = 3
_PREFIX_CAP = 512
# A look-ahead, so chunks may overlap ("s not": the word "not" must get its own chunk).
_WORD_START = re.compile(r"(?<!\w)(?=(\w.{0,%d}))" % (PREFIX_LENGTH - 1), re.DOTALL)
_SPACES = str.maketrans("\t\n\r\f\v", "     ")


# A prefix being built: (text, open). Open prefixes may still grow, closed ones are final.
_Prefixes = set[tuple[str, bool]]


def _prefixes(pattern: str) -> frozenset[str] | None:
    """Strings of up to PREFIX_LENGTH characters one of which every match of `pattern` starts with;
    None when that cannot be said (a match may start with any character)."""
    result = _prefix_sequence(sre_parser.parse(pattern), {("", True)})
    if result is None or any(text == "" for text, _ in result):
        return None
    return frozenset(text for text, _ in result)


def _prefix_sequence(items, state: _Prefixes) -> _Prefixes | None:
    """The prefixes after the parsed regex items `items`, one after the other; None when too many."""
    for op, av in items:
        grown = _prefix_item(op, av, state)
        if grown is None or len(grown) > _PREFIX_CAP:
            return None
        state = grown
    return state


def _prefix_item(op, av, state: _Prefixes) -> _Prefixes | None:
    """The prefixes after one parsed regex item (`op`, its argument `av`)."""
    if not any(is_open for _, is_open in state):
        return state
    if op is sre_constants.LITERAL:
        return _extend(state, [chr(av)])
    if op is sre_constants.IN:
        return _prefix_class(av, state)
    if op is sre_constants.BRANCH:
        return _prefix_branches(av[1], state)
    if op is sre_constants.SUBPATTERN:
        return _prefix_sequence(av[-1], state)
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        return _prefix_repeat(av, state)
    if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return state
    return _close(state)


def _prefix_class(members, state: _Prefixes) -> _Prefixes:
    """A character class: each of its characters grows the open prefixes, when there are few."""
    if members == [
        (sre_constants.CATEGORY, sre_constants.CATEGORY_SPACE)
    ]:  # the lexicon's spaces: read as " " (see _WORD_START)
        return _extend(state, [" "])
    chars = []
    for kind, value in members:
        if kind is sre_constants.LITERAL:
            chars.append(chr(value))
        elif kind is sre_constants.RANGE and value[1] - value[0] < 32:
            chars.extend(chr(x) for x in range(value[0], value[1] + 1))
        else:
            return _close(state)
    return _extend(state, chars)


def _prefix_branches(branches, state: _Prefixes) -> _Prefixes | None:
    """An alternation: the prefixes of every branch."""
    out: _Prefixes = set()
    for branch in branches:
        result = _prefix_sequence(branch, state)
        if result is None:
            return None
        out |= result
    return out


def _prefix_repeat(av, state: _Prefixes) -> _Prefixes | None:
    """A repetition: after one repetition more may follow, so the prefixes stop there (a shorter
    prefix is still true); an optional one also leaves the prefixes before it."""
    low, _, sub = av
    once = _prefix_sequence(sub, state)
    if once is None:
        return None
    return (state | _close(once)) if low == 0 else _close(once)


def _extend(state: _Prefixes, chars) -> _Prefixes:
    out = set()
    for text, is_open in state:
        if not is_open:
            out.add((text, False))
            continue
        for ch in chars:
            grown = text + ch
            out.add((grown, len(grown) < PREFIX_LENGTH))
    return out


def _close(state: _Prefixes) -> _Prefixes:
    return {(text, False) for text, _ in state}


# The phrase tables a RuleDetector can look for: buyers' complaints (lexicon.py), the symptoms of a
# defect that count only beside a complaint (symptoms.py), and a seller's silence that counts only
# with the wait told (silence.py).
LEXICONS = {
    "complaints": LEXICON,
    "symptoms": SYMPTOM_LEXICON,
    "silences": SILENCE_LEXICON,
    "promises": PROMISE_LEXICON,
}


@lru_cache(maxsize=8)
def _compile(
    languages: tuple[str, ...],
    categories: tuple[str, ...] = CATEGORIES,
    lexicon: str = "complaints",
) -> _Compiled:
    index: dict[str, list[_Phrase]] = {}
    anywhere: list[_Phrase] = []
    for category in categories:
        for language in languages:
            for weight, pattern in LEXICONS[lexicon].get(category, {}).get(language, ()):
                regex = expand(pattern)
                phrase = _Phrase(re.compile(regex), category, language, weight)
                prefixes = _prefixes(regex)
                if prefixes is None:
                    anywhere.append(phrase)
                    continue
                for prefix in prefixes:
                    index.setdefault(prefix, []).append(phrase)
    openings = "|".join(QUESTION_OPENINGS[lang] for lang in languages if lang in QUESTION_OPENINGS)
    question = re.compile(r"\W*" + f"(?:{_greeting()})?" + r"(?:" + openings.replace(" ", r"\s+") + r")(?!\w)")
    markers = "|".join(HYPOTHETICAL_MARKERS[lang] for lang in languages if lang in HYPOTHETICAL_MARKERS)
    hypothetical = re.compile(r"(?<!\w)(?:" + markers.replace(" ", r"\s+") + ")")
    either_or = re.compile(
        r"(?<!\w)(?:"
        + "|".join(EITHER_OR_MARKERS[lang] for lang in languages if lang in EITHER_OR_MARKERS).replace(" ", r"\s+")
        + r")(?!\w)"
    )
    first_person = re.compile(
        r"(?<!\w)(?:" + "|".join(FIRST_PERSON[lang] for lang in languages if lang in FIRST_PERSON) + r")(?!\w)"
    )
    why = re.compile(
        r"\W*(?:" + "|".join(WHY_OPENINGS[lang] for lang in languages if lang in WHY_OPENINGS) + r")(?!\w)"
    )
    avoidance = re.compile(
        r"\W*(?:"
        + "|".join(AVOIDANCE_MARKERS[lang] for lang in languages if lang in AVOIDANCE_MARKERS).replace(" ", r"\s+")
        + r")(?!\w)"
    )
    fear = re.compile(
        r"(?<!\w)(?:"
        + "|".join(FEAR_MARKERS[lang] for lang in languages if lang in FEAR_MARKERS).replace(" ", r"\s+")
        + r")(?!\w)"
    )
    # A few words may lead in ("Hello, before I order, I'd like to know..."): INDIRECT_LEAD_WORDS.
    indirect = re.compile(
        r"\W*"
        + f"(?:{_greeting()})?"
        + r"(?:[\w'-]+\W+){0,%d}?(?:" % INDIRECT_LEAD_WORDS
        + "|".join(INDIRECT_QUESTION_MARKERS[lang] for lang in languages if lang in INDIRECT_QUESTION_MARKERS).replace(
            " ", r"\s+"
        )
        + r")(?!\w)"
    )
    listing_says = re.compile(
        r"\W*"
        + f"(?:{_greeting()})?"
        + r"(?:[\w'-]+\W+){0,2}?(?:"
        + "|".join(LISTING_SAYS_MARKERS[lang] for lang in languages if lang in LISTING_SAYS_MARKERS)
        + r")(?![\w'])"
    )
    # Plain alternation is safe: these phrasings have no back-references or named groups.
    anywhere_any = re.compile("|".join(f"(?:{p.regex.pattern})" for p in anywhere)) if anywhere else None
    return _Compiled(
        {k: tuple(v) for k, v in index.items()},
        tuple(anywhere),
        anywhere_any,
        question,
        hypothetical,
        either_or,
        first_person,
        why,
        avoidance,
        fear,
        indirect,
        listing_says,
        {lang: re.compile(r"(?<!\w)(?:" + DENIALS[lang] + r")(?!\w)") for lang in languages if lang in DENIALS},
        {
            lang: re.compile(r"(?<![\w'])(?:" + OWN_CODES[lang] + r")(?![\w'])")
            for lang in languages
            if lang in OWN_CODES
        },
    )


class RuleDetector:
    """Finds escalation categories in a buyer message. Stateless and thread-safe; build once."""

    def __init__(
        self,
        languages: tuple[str, ...] = LANGUAGES,
        categories: tuple[str, ...] = CATEGORIES,
        lexicon: str = "complaints",
    ):
        """`lexicon`: a name in LEXICONS, the phrases looked for."""
        if lexicon not in LEXICONS:
            raise ValueError(f"unknown escalation lexicon {lexicon!r}; known: {', '.join(LEXICONS)}")
        unknown = [lang for lang in languages if lang not in LANGUAGES]
        if unknown:
            raise ValueError(f"no escalation lexicon for {', '.join(unknown)}; available: {', '.join(LANGUAGES)}")
        unknown = [category for category in categories if category not in CATEGORIES]
        if unknown:
            raise ValueError(f"unknown escalation categories {', '.join(unknown)}; known: {', '.join(CATEGORIES)}")
        self.languages = tuple(languages)
        self.categories = tuple(categories)
        self._compiled = _compile(self.languages, self.categories, lexicon)

    def detect(self, text: str) -> list[Hit]:
        """The best hit per category found in `text` (any score; the caller applies min_score)."""
        return self._scan(text)[0]

    def denied_spans(self, text: str) -> list[tuple[int, int]]:
        """The spans of `text` (original offsets) where a symptom of a DENIABLE_CATEGORIES
        category is denied ("the battery isn't swollen"): no hit, and the model's reading of
        them is guarded (escalation check)."""
        return self._scan(text)[1]

    def _scan(self, text: str) -> tuple[list[Hit], list[tuple[int, int]]]:
        view = normalize(text)
        folded = view.text
        compiled = self._compiled
        # (category) -> [(score, start, end, language, guarded)], non-overlapping, left to right.
        found: dict[str, list[tuple[float, int, int, str, bool]]] = {}
        questions: list[tuple[int, int]] | None = None
        by_chunk: dict[str, list[_Phrase]] = {}  # the indexed candidates of each chunk, found once
        denied: list[tuple[int, int]] = []
        for word in _WORD_START.finditer(folded.translate(_SPACES)):
            start = word.start()
            chunk = word.group(1)
            indexed = by_chunk.get(chunk)
            if indexed is None:
                indexed = by_chunk[chunk] = [
                    p for k in range(1, len(chunk) + 1) for p in compiled.index.get(chunk[:k], ())
                ]
            if compiled.anywhere_any is not None and compiled.anywhere_any.match(folded, start):
                candidates = [*compiled.anywhere, *indexed]
            else:
                candidates = indexed
            if not candidates:
                continue
            best_here: dict[str, tuple[float, int, str]] = {}
            for phrase in candidates:
                held = best_here.get(phrase.category)
                if held is not None and held[0] >= phrase.weight:
                    continue
                match = phrase.regex.match(folded, start)
                if match:
                    best_here[phrase.category] = (phrase.weight, match.end(), phrase.language)
            for category, (weight, end, language) in best_here.items():
                previous = found.setdefault(category, [])
                if previous and start < previous[-1][2]:
                    continue  # inside the previous match of this category
                if category in DENIABLE_CATEGORIES and self._denied(category, folded, start, end, language):
                    denied.append(view.to_original(start, end))  # "the battery isn't swollen"
                    continue
                if questions is None:
                    questions = self._question_spans(folded)
                    questions += self._reasons_beside(folded, questions)
                guarded = any(q_start <= start < q_end for q_start, q_end in questions)
                previous.append((weight * (GUARDED_FACTOR if guarded else 1.0), start, end, language, guarded))
        hits = []
        for category in CATEGORIES:
            matches = found.get(category)
            if not matches:
                continue
            best = max(matches, key=lambda f: (f[0], -f[1]))
            others = sum(1 for f in matches if not f[4]) - (0 if best[4] else 1)
            score = best[0] if best[4] else min(MAX_SCORE, best[0] + EXTRA_MATCH_BONUS * max(0, others))
            if category == CONTEXT_CATEGORY and any(
                c != category and any(not f[4] for f in m) for c, m in found.items()
            ):
                score -= CONTEXT_PENALTY
            start, end = view.to_original(best[1], best[2])
            hits.append(Hit(category, round(score, 4), start, end, best[3], len(matches), best[4]))
        return hits, denied

    def _denied(self, category: str, folded: str, start: int, end: int, language: str) -> bool:
        """Whether the match [start, end) of `category` reports nothing: a dangerous symptom
        denied by a negation of `language` inside it or among the two words of its clause before
        it (lexicon.DENIALS); a lock that asks for the buyer's own code, named inside it or in the
        six words after it in its sentence, not after a negation (lexicon.OWN_CODES)."""
        if category == "locked_device":
            return self._own_code(folded, start, end, language)
        denial = self._compiled.denial.get(language)
        if denial is None:
            return False
        clause_start = max(folded.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
        before = [m.start() for m in _WORD.finditer(folded, clause_start, start)][-2:]
        return denial.search(folded, before[0] if before else start, end) is not None

    def _own_code(self, folded: str, start: int, end: int, language: str) -> bool:
        own = self._compiled.own_code.get(language)
        denial = self._compiled.denial.get(language)
        if own is None or denial is None:
            return False
        sentence_end = _SENTENCE_END.search(folded, end)
        stop = sentence_end.start() if sentence_end else len(folded)
        after = [m.end() for m in _WORD.finditer(folded, end, stop)][:6]
        for found in own.finditer(folded, start, after[-1] if after else end):
            before = [m.start() for m in _WORD.finditer(folded, start, found.start())][-3:]
            if not before or denial.search(folded, before[0], found.start()) is None:
                return True
        return False

    def asks_only(self, text: str) -> bool:
        """Whether every sentence of `text` is a question about a topic (see _question_spans):
        a message that reports nothing. The trained model's scores are guarded on such messages
        as the rules' matches are (escalation check)."""
        folded = normalize(text).text
        spans = self._question_spans(folded)
        position = 0
        for match in _SENTENCE_END.finditer(folded + "\n"):
            start, end = position, match.start()
            position = match.end()
            if match.group(0) in "¿¡" or not re.search(r"[^\W\d_]", folded[start:end]):
                continue
            # The sentence's last letter must lie in a question span (a guarded clause ends it).
            last = max(i for i in range(start, end) if folded[i].isalpha())
            if not any(q_start <= last < q_end for q_start, q_end in spans):
                return False
        return bool(spans)

    def statement_end(self, sentence: str) -> int:
        """How much of `sentence` (one sentence with its terminator) states something: its length
        when it is no question about the topic, 0 when all of it is, and the offset where the
        question clause starts in "My Face ID stopped working, is that normal?"."""
        view = normalize(sentence)
        folded = view.text
        letters = [i for i, c in enumerate(folded) if c.isalpha()]
        if not letters:
            return len(sentence)
        last = letters[-1]
        for q_start, q_end in self._question_spans(folded):
            if q_start <= last < q_end:
                if not any(c.isalpha() for c in folded[:q_start]):
                    return 0
                return view.to_original(q_start, q_start + 1)[0]
        return len(sentence)

    def outraged(self, sentence: str) -> bool:
        """Whether `sentence` (with its terminator) ends "??" or "?!" without opening with a question
        word: outrage at what the buyer found, read as a statement."""
        folded = normalize(sentence).text.rstrip()
        ending = re.search(r"[?!]+$", folded)
        return bool(ending and _OUTRAGE.fullmatch(ending.group(0)) and not self._compiled.question.match(folded))

    def asks_why(self, sentence: str) -> bool:
        """Whether `sentence` opens with "why" (lexicon.WHY_OPENINGS): an accusation, not a question."""
        return bool(self._compiled.why.match(normalize(sentence).text))

    def asks_indirectly(self, sentence: str) -> bool:
        """Whether `sentence` is a question put as a statement ("I'd like to know whether it is
        unlocked."): lexicon.INDIRECT_QUESTION_MARKERS, not about "why"."""
        return self._indirect_question_end(normalize(sentence).text) is not None

    def _indirect_question_end(self, folded: str) -> int | None:
        """Where the clause that asks ends, when `folded` (one sentence) is an indirect question."""
        match = self._compiled.indirect.match(folded)
        if match is None or self._compiled.why.match(folded, match.end()):
            return None
        # A comma right after the marker opens what is asked ("Ich möchte wissen, ob ...").
        complement = match.end() + len(folded[match.end() :]) - len(folded[match.end() :].lstrip(" ,:"))
        clause_end = _CLAUSE_END.search(folded, complement)
        return clause_end.start() if clause_end else len(folded)

    def quotes_listing(self, sentence: str) -> bool:
        """Whether `sentence` tells what the listing says, and only that (lexicon.LISTING_SAYS_MARKERS)."""
        return self._quotes_listing(normalize(sentence).text)

    def _quotes_listing(self, folded: str) -> bool:
        match = self._compiled.listing_says.match(folded)
        if match is None:
            return False
        parts = _CONTRAST.split(folded[match.end() :])
        # Each "but …" points at the listing, or follows a place of it ("…, in the description but 64").
        return all(
            _LISTING_PLACE.search(part[:60]) or _LISTING_PLACE.search(before[-40:])
            for before, part in zip(parts, parts[1:])
        )

    def avoids(self, sentence: str) -> bool:
        """Whether `sentence` opens by saying what the buyer wants to avoid (lexicon.AVOIDANCE_MARKERS)."""
        return bool(self._compiled.avoidance.match(normalize(sentence).text))

    def fears(self, sentence: str) -> bool:
        """Whether `sentence` opens, within its first words, by saying what the buyer fears might
        happen (lexicon.FEAR_MARKERS): "Bit worried about the battery swelling."."""
        folded = normalize(sentence).text
        match = self._compiled.fear.search(folded)
        return match is not None and len(folded[: match.start()].split()) <= FEAR_LEAD_WORDS

    def _reasons_beside(self, folded: str, questions: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Beside a question about the topic, the sentences that open by saying what the buyer
        wants to avoid (a phone locked to someone else's account), fears or
        must check, or what the listing says: the question's reason or context, guarded as it is
        (the model's reading does the same, check.py)."""
        if not questions:
            return []
        spans = []
        position = 0
        for match in _SENTENCE_END.finditer(folded + "\n"):
            start, end = position, match.start()
            position = match.end()
            if self._compiled.avoidance.match(folded, start, end):
                # Only its own clause: "I don't want it anymore, the phone is locked" reports.
                clause_end = min(
                    [c for c in (folded.find(",", start, end), folded.find(":", start, end)) if c != -1] or [end]
                )
                spans.append((start, clause_end))
            # A listing quoted after a purchase is compared with what came: only before one is it
            # context (the purchase words are read only when a sentence quotes the listing).
            if self._quotes_listing(folded[start:end]) and not speaks_of_a_purchase(folded):
                spans.append((start, end))
                continue
            fear = self._compiled.fear.search(folded, start, end)
            if fear is not None:
                # What the buyer fears, to the sentence's end: "the battery is swollen and I'm
                # scared it will burn" still reports before the marker.
                spans.append((fear.start(), end))
        return spans

    def _question_spans(self, folded: str) -> list[tuple[int, int]]:
        """Spans of question sentences that open with a question word (Spanish ¿ ends the previous
        sentence, so "¿cómo ...?" opens with "como") or carry a pre-purchase / what-if marker, and
        of question clauses without either that ask about the topic (see lexicon.FIRST_PERSON)."""
        spans = []
        position = 0
        for match in _SENTENCE_END.finditer(folded + "\n"):
            start, end = position, match.start()
            position = match.end()
            terminator = match.group(0)
            if terminator in "¿¡":
                continue
            sentence = folded[start:end]
            if not sentence.strip():
                continue
            if self._compiled.either_or.search(sentence):
                spans.append((start, end))  # "real or fake?", with or without its question mark
                continue
            if "?" not in terminator:
                asked = self._indirect_question_end(sentence)
                if asked is not None:
                    spans.append((start, start + asked))
                continue
            if self._compiled.question.match(sentence) or self._compiled.hypothetical.search(sentence):
                spans.append((start, end))
                continue
            if _OUTRAGE.fullmatch(terminator.strip()):
                continue  # "Unknown part warning??", "Play Store on an iPhone?!": outrage, no question
            # No question word: only the clause that carries the "?" asks, and only about the
            # topic if the buyer does not speak of their own case and does not ask "why".
            cut = max(sentence.rfind(c) for c in ",;:")
            clause_start = start + cut + 1 if cut >= 0 else start
            clause = folded[clause_start:end]
            # A clause that opens with a question word asks, whatever pronoun it holds ("so I'd
            # rather ask: is the colour real?"; Polish "i" is "and", not "I").
            opens_question = cut >= 0 and self._compiled.question.match(clause) and not self._compiled.why.match(clause)
            if opens_question or (
                not self._compiled.first_person.search(clause) and not self._compiled.why.match(clause)
            ):
                spans.append((clause_start, end))
        return spans


__all__ = ["Hit", "RuleDetector", "expand"]
