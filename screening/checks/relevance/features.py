"""What the relevance model reads in a (buyer message, seller reply) pair; shared with training/.

Two kinds of features (training/relevance/task.py fits a logistic regression on both):
- dense, language-independent signals: the topics the buyer asks about and the topics the reply
  talks about (lexicon.yaml) and how they agree, shared content words, and the kind of answer the
  reply gives (a number, yes/no, a polite no, a promise to check, a question back, thanks only);
- hashed sparse features: the reply's character n-grams (templates and slogans read alike in
  every conversation) and crosses of the buyer's topics with the reply's topics, answer cues and
  words (what answers a delivery question: "tomorrow", a weekday, a carrier).
Hashes are crc32 (stable across processes, unlike hash()), so an exported model scores the same
pair the same way everywhere.
"""

from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from screening.checks.relevance.lexicon import Lexicon, fold, load_lexicon
from screening.checks.relevance.questions import question_types

# Training's Dataset holds one text per row: a pair travels as buyer + separator + reply.
PAIR_SEPARATOR = "\x1e"
HASH_BITS = 18
CHAR_NGRAMS = (3, 5)
# Words shorter than this are function words in every one of the eight languages (mostly).
CONTENT_WORD_MIN = 4
PREFIX = 5  # a word's first letters stand for it (livraison/livrer, Lieferung/liefern)
# Feature blocks; a model records the ones it was trained with (params "blocks").
BLOCKS = ("dense", "reply_chars", "topic_cross", "word_cross")

DENSE_NAMES = (
    "buyer_topics",
    "reply_topics",
    "shared_topics",
    "any_shared",
    "asked_topic_not_addressed",
    "reply_other_topics",
    "reply_no_topic",
    "shared_words",
    "shared_words_share",
    "reply_words_log",
    "reply_digits",
    "reply_question",
    "reply_yes_no",
    "reply_polite_no",
    "reply_promise",
    "reply_generic",
    "reply_generic_only",
    "buyer_questions",
    "buyer_words_log",
    "buyer_several_topics",
    "reply_answers_nothing",
    "asked_topic_and_reply_answers_nothing",
    "reply_time",
    "when_without_time",
    "how_much_without_number",
    "yes_no_without_yes_no",
    "shared_char_grams",
    "reply_on_another_topic",
)

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_DIGIT = re.compile(r"\d")


def join_pair(buyer: str, reply: str) -> str:
    return f"{buyer}{PAIR_SEPARATOR}{reply}"


def split_pair(text: str) -> tuple[str, str]:
    buyer, _, reply = text.partition(PAIR_SEPARATOR)
    return buyer, reply


@dataclass(frozen=True)
class PairFeatures:
    dense: list[float]
    hashed: dict[int, float]  # column -> value (already normalised per block)
    buyer_topics: frozenset[str]
    reply_topics: frozenset[str]


def _hash(key: str) -> int:
    return zlib.crc32(key.encode("utf-8")) & ((1 << HASH_BITS) - 1)


def _add_block(out: dict[int, float], keys: Sequence[str]) -> None:
    """Binary features of one block, l2-normalised so long replies do not outweigh short ones."""
    if keys:
        _add_columns(out, {_hash(k) for k in keys})


def _add_columns(out: dict[int, float], columns: set[int]) -> None:
    """The block of these (distinct) hashed columns: 1/sqrt(their number) each."""
    if not columns:
        return
    value = 1.0 / math.sqrt(len(columns))
    for column in columns:
        out[column] = out.get(column, 0.0) + value


@lru_cache(maxsize=8192)
def _char_gram_columns(word: str) -> tuple[int, ...]:
    """The hashed columns of a reply word's character n-grams (the word padded with a space each
    side). Kept per word: replies repeat their words, and hashing every gram of every reply was a
    quarter of this check's time."""
    padded = f" {word} "
    low, high = CHAR_NGRAMS
    return tuple(
        {_hash(f"c:{padded[i : i + n]}") for n in range(low, high + 1) for i in range(max(len(padded) - n + 1, 1))}
    )


def _shared_grams(folded_buyer: str, folded_reply: str, n: int = 4) -> float:
    """Share of the reply's character 4-grams (inside words) that the buyer's message has too: topic
    overlap beyond the lexicon, in any language."""

    def grams(text: str) -> set[str]:
        return {word[i : i + n] for word in _WORD.findall(text) if len(word) >= n for i in range(len(word) - n + 1)}

    reply = grams(folded_reply)
    return len(reply & grams(folded_buyer)) / len(reply) if reply else 0.0


def pair_features(
    buyer: str, reply: str, blocks: Sequence[str] = BLOCKS, lexicon: Lexicon | None = None
) -> PairFeatures:
    lexicon = lexicon or load_lexicon()
    fb, fr = fold(buyer), fold(reply)
    b_topics, r_topics = lexicon.topics_in(fb), lexicon.topics_in(fr)
    shared = b_topics & r_topics
    b_words = _WORD.findall(fb)
    r_words = _WORD.findall(fr)
    b_content = {w[:PREFIX] for w in b_words if len(w) >= CONTENT_WORD_MIN}
    r_prefixes = {w[:PREFIX] for w in r_words if len(w) >= CONTENT_WORD_MIN}
    shared_words = len(b_content & r_prefixes)
    cues = {name: bool(pattern.search(fr)) for name, pattern in lexicon.answer.items() if name != "yes_no"}
    asked_kinds = question_types(buyer, lexicon)
    # yes/no counts only at the reply's start ("Oui, ...", "Nee, helaas"): elsewhere "no"/"si"/"nie"
    # are ordinary words.
    cues["yes_no"] = bool(
        lexicon.answer["yes_no"].match(" ".join(r_words[:3]))
        or any(lexicon.answer["yes_no"].fullmatch(w) for w in r_words[:3])
    )
    generic = len(lexicon.answer["generic"].findall(fr))
    digits = bool(_DIGIT.search(reply))
    question = "?" in reply or "¿" in reply
    generic_only = (
        generic > 0 and not r_topics and not digits and not cues["yes_no"] and not cues["promise"] and not question
    )
    # Nothing in the reply could be an answer: no topic, number, yes/no, refusal, promise or question.
    answers_nothing = (
        not r_topics and not digits and not question and not any(cues[k] for k in ("yes_no", "polite_no", "promise"))
    )
    dense = [
        len(b_topics),
        len(r_topics),
        len(shared),
        float(bool(shared)),
        float(bool(b_topics) and not shared),
        len(r_topics - b_topics),
        float(not r_topics),
        min(shared_words, 5),
        shared_words / len(b_content) if b_content else 0.0,
        math.log1p(len(r_words)),
        float(digits),
        float(question),
        float(cues["yes_no"]),
        float(cues["polite_no"]),
        float(cues["promise"]),
        min(generic, 3),
        float(generic_only),
        min(buyer.count("?"), 3),
        math.log1p(len(b_words)),
        float(len(b_topics) > 1),
        float(answers_nothing),
        float(answers_nothing and bool(b_topics)),
        float(cues["time"]),
        float("when" in asked_kinds and not cues["time"] and not digits),
        float("how_much" in asked_kinds and not digits),
        float(asked_kinds == {"yes_no"} and not cues["yes_no"] and not cues["polite_no"]),
        _shared_grams(fb, fr),
        float(bool(b_topics) and bool(r_topics) and not shared),
    ]
    hashed: dict[int, float] = {}
    if "reply_chars" in blocks:
        columns: set[int] = set()
        for word in r_words:
            columns.update(_char_gram_columns(word))
        _add_columns(hashed, columns)
    asked = sorted(b_topics) or ["none"]
    if "topic_cross" in blocks:
        said = sorted(r_topics) or ["none"]
        answer_kinds = [name for name, present in cues.items() if present]
        answer_kinds += ["digits"] * digits + ["question"] * question + ["generic_only"] * generic_only
        kinds = sorted(asked_kinds) or ["statement"]
        _add_block(
            hashed,
            [f"t:{b}|{r}" for b in asked for r in said]
            + [f"k:{b}|{k}" for b in asked for k in answer_kinds or ["plain"]]
            + [f"q:{q}|{k}" for q in kinds for k in answer_kinds or ["plain"]],
        )
    if "word_cross" in blocks:
        _add_block(hashed, [f"w:{b}|{w}" for b in asked for w in r_prefixes])
    return PairFeatures(dense=[float(v) for v in dense], hashed=hashed, buyer_topics=b_topics, reply_topics=r_topics)


__all__ = [
    "BLOCKS",
    "DENSE_NAMES",
    "HASH_BITS",
    "PAIR_SEPARATOR",
    "PairFeatures",
    "join_pair",
    "pair_features",
    "split_pair",
]
