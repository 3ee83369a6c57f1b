"""The adversarial corpus of bench/bench_adversarial.py through the whole pipeline.

Timings are the benchmark's job (`python -m bench adversarial`); here each hostile text must come
out as a verdict with no `<check>.error` finding, as a seller reply and as a buyer message, and the
texts must really be as long as a message may be.
"""

from __future__ import annotations

import pytest

from bench.bench_adversarial import corpus
from screening.core.types import MAX_TEXT_LENGTH, Message

CORPUS = corpus(MAX_TEXT_LENGTH)


def test_the_corpus_is_made_of_texts_of_the_longest_length():
    assert len(CORPUS) >= 30
    assert {len(text) for _, text in CORPUS} == {MAX_TEXT_LENGTH}


@pytest.mark.parametrize("label, text", CORPUS, ids=[label for label, _ in CORPUS])
@pytest.mark.parametrize("author", ["seller", "buyer"])
def test_hostile_text_gets_a_verdict_without_check_errors(screener, label, text, author):
    verdict = screener.screen(
        Message(text=text, market="fr", author=author, seller_id="s-adv", conversation_id="c-adv")
    )
    assert verdict.action.value in ("allow", "flag", "block")
    assert [f.code for f in verdict.findings if f.code.endswith(".error")] == []
    assert all(f.start is None or 0 <= f.start <= f.end <= len(text) for f in verdict.findings)
