"""The template check on very long replies (a seller re-sending a 20,000-character text): still
found, and confirmed on at most COMPARED_CHARS characters of each text (the comparison costs
length x length per pair and holds the GIL; bench adversarial measured 400-700 ms per reply
before the bound)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from rapidfuzz import process

from screening import Message, Policy
from screening.checks.template import check as template_module
from screening.checks.base import CheckContext, CheckResources
from screening.checks.template.check import COMPARED_CHARS, TemplateCheck
from screening.store.history import HistoryStore

NOW = datetime.now(timezone.utc).replace(microsecond=0)
LONG = " ".join(
    f"Le modèle {chr(97 + i % 26)}{chr(97 + i // 26 % 26)} est testé et garanti douze mois." for i in range(400)
)


def _reply(i: int, text: str) -> Message:
    return Message(
        id=f"m-{i}",
        text=text,
        market="fr",
        seller_id="s-long",
        conversation_id=f"c-{i}",
        sent_at=NOW - timedelta(minutes=100 - i),
    )


@pytest.mark.parametrize("tail_changed", [False, True])
def test_a_long_reply_sent_to_many_conversations_is_found_on_bounded_comparisons(
    monkeypatch: pytest.MonkeyPatch, tail_changed: bool
) -> None:
    assert len(LONG) > 5 * COMPARED_CHARS
    policy = Policy.load()
    store = HistoryStore(":memory:")
    store.add([_reply(i, LONG) for i in range(40)])
    check = TemplateCheck.build(CheckResources(policy=policy, history=store))
    compared: list[int] = []
    extract = process.extract

    def spy(query, choices, **kwargs):
        compared.extend([len(query), *map(len, choices)])
        return extract(query, choices, **kwargs)

    monkeypatch.setattr(template_module.process, "extract", spy)
    # A different ending past the compared part: the same template by its first 2,000 characters.
    text = LONG[:-500] + " Autre fin." * 40 if tail_changed else LONG
    found = check.inspect(_reply(99, text), CheckContext(policy=policy.for_market("fr")))
    assert [f.code for f in found] == ["template.repeated"]
    assert "40 other conversations" in found[0].detail
    assert compared and max(compared) == COMPARED_CHARS
