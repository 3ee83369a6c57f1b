"""Writes screening/checks/language/common_words.json: per language, the words its sellers' replies
use often, from the tone corpus (data/tone/corpus.csv, replies written in eight languages).

    .venv/bin/python -m training.language.common_words

Why: a short reply is judged by its function words (screening/checks/language/function_words.py),
and spaCy's stop-word lists hold some content words that other languages use every day: French
"retour" is Dutch for a return, "via" and "hier" are Dutch, "sim" is everyone's SIM card. A word
written often in the market's own language is no sign of another language, whatever list it is in.
Only words that are the function words of some market's language are kept: the file stays small.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from pathlib import Path

from screening.checks.language.function_words import function_words
from screening.text.words import WORD, fold_word

CORPUS = Path("data/tone/corpus.csv")
OUTPUT = Path("screening/checks/language/common_words.json")
# A word counts as a language's own when this many of its replies use it.
MIN_REPLIES = 5


def market_languages() -> list[str]:
    """Every language a market of the default policy speaks: the languages a detector may name."""
    from screening.core.policy import Policy

    policy = Policy.load(None)
    return sorted({language for market in policy.markets for language in policy.for_market(market).languages})


def common_words(corpus: Path = CORPUS) -> dict[str, list[str]]:
    replies_with: dict[str, Counter[str]] = defaultdict(Counter)
    with corpus.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            replies_with[row["language"]].update({fold_word(word) for word in WORD.findall(row["text"])})
    languages = sorted(replies_with)
    listed = set().union(*(function_words(language) for language in market_languages()))
    return {
        language: sorted(
            word for word, count in replies_with[language].items() if count >= MIN_REPLIES and word in listed
        )
        for language in languages
    }


def main() -> None:
    words = common_words()
    OUTPUT.write_text(json.dumps(words, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT}: " + ", ".join(f"{language} {len(w)}" for language, w in words.items()))


if __name__ == "__main__":
    main()
