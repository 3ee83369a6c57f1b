"""The template check's codes on a seller's new reply after earlier replies: the table tests of the
repeated-reply rules (test_template_recall, _reworded, _signature) read them this way."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from screening import Message, Policy
from screening.checks.base import CheckContext, CheckResources
from screening.checks.template.check import TemplateCheck
from screening.store.history import HistoryStore

NOW = datetime(2026, 5, 11, 18, 0, tzinfo=timezone.utc)


def codes_after(policy: Policy, market: str, earlier: list[str], new: str, changed: dict | None = None) -> list[str]:
    """The codes `new` gets after one seller sent each of `earlier` to a conversation of its own,
    a day apart, with the market's `settings.template` overridden by `changed`."""
    store = HistoryStore()
    check = TemplateCheck.build(CheckResources(policy=policy, history=store))
    store.add(
        [
            Message(
                text=text,
                market=market,
                id=f"m-{i}",
                conversation_id=f"c-{i}",
                seller_id="s-1",
                sent_at=NOW - timedelta(days=len(earlier) - i),
            )
            for i, text in enumerate(earlier)
        ]
    )
    context = policy.for_market(market)
    if changed:
        settings = {**context.settings, "template": {**context.settings_for("template"), **changed}}
        context = replace(context, settings=settings)
    message = Message(text=new, market=market, id="m-new", conversation_id="c-new", seller_id="s-1", sent_at=NOW)
    return [f.code for f in check.inspect(message, CheckContext(policy=context))]
