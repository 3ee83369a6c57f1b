"""Relevance check: time per seller reply with its buyer's question as context.

    python -m bench relevance

Pairs: ordinary traffic (data/traffic: each seller reply after its buyer's message, so abstentions
on follow-ups and thanks are timed too) and the development pairs (data/relevance/dev/writers,
a third of them ignoring replies, which pay for the span). Timed: the whole check
(`inspect`, with the conversation context) and the model alone (`probability`). The machine is
shared: read p50 next to the host reference. Target: <= 1 ms per pair at p50.
"""

from __future__ import annotations

import json
import statistics
import time
from datetime import timedelta
from pathlib import Path

from bench import host_reference_us
from screening.checks.base import CheckContext, CheckResources
from screening.checks.relevance import RelevanceCheck
from screening.evaluation import read_labelled
from screening.core.policy import Policy
from screening.core.types import Message, parse_timestamp

ROOT = Path(__file__).resolve().parents[1]


def _traffic_pairs() -> list[tuple[Message, tuple[Message, ...]]]:
    """Each traffic seller message with the earlier messages of its conversation."""
    pairs, earlier = [], {}
    items = sorted(
        read_labelled(ROOT / "data" / "traffic" / "messages.jsonl"),
        key=lambda i: (str(i.record.get("sent_at", "")), i.position),
    )
    for item in items:
        record = item.record
        message = Message(
            text=item.text,
            market=record["market"],
            author=record.get("author", "seller"),
            conversation_id=record.get("conversation_id"),
            sent_at=parse_timestamp(record["sent_at"]),
        )
        before = earlier.setdefault(message.conversation_id, [])
        if message.author == "seller":
            pairs.append((message, tuple(before)))
        before.append(message)
    return pairs


def _dev_pairs() -> list[tuple[Message, tuple[Message, ...]]]:
    pairs = []
    markets = {"fr": "fr", "de": "de", "es": "es", "it": "it", "nl": "nl", "pl": "pl", "pt": "pt", "en": "uk"}
    for path in sorted((ROOT / "data" / "relevance" / "dev" / "writers").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            market = markets[item["lang"]]
            buyer = Message(text=item["buyer"], market=market, author="buyer")
            reply = Message(text=item["reply"], market=market, sent_at=buyer.sent_at + timedelta(minutes=30))
            pairs.append((reply, (buyer,)))
    return pairs


def main(argv: list[str]) -> None:
    policy = Policy.load()
    started = time.perf_counter()
    check = RelevanceCheck.build(CheckResources(policy=policy, models_dir=ROOT / "models"))
    build_s = time.perf_counter() - started
    pairs = _traffic_pairs() + _dev_pairs()
    contexts = [CheckContext(policy=policy.for_market(m.market), conversation=before) for m, before in pairs]
    for (message, _), context in list(zip(pairs, contexts))[:100]:  # warm-up: caches, first calls
        check.inspect(message, context)

    def timed(fn) -> list[float]:
        times = []
        for (message, before), context in zip(pairs, contexts):
            t0 = time.perf_counter()
            fn(message, before, context)
            times.append((time.perf_counter() - t0) * 1000)
        return sorted(times)

    whole = timed(lambda m, b, c: check.inspect(m, c))
    with_buyer = [(m, b) for m, b in pairs if b and b[-1].author == "buyer"]
    model_only = []
    for message, before in with_buyer:
        t0 = time.perf_counter()
        check.model.probability(before[-1].text, message.text)
        model_only.append((time.perf_counter() - t0) * 1000)
    model_only.sort()
    flagged = sum(bool(check.inspect(m, c)) for (m, _), c in zip(pairs, contexts))

    def row(name: str, ms: list[float]) -> str:
        pick = lambda q: ms[min(len(ms) - 1, int(q * len(ms)))]  # noqa: E731
        return f"{name:<34} {statistics.mean(ms):>7.3f} {pick(0.5):>7.3f} {pick(0.95):>7.3f} {pick(0.99):>7.3f}"

    card = json.loads((ROOT / "models" / "relevance" / check.version / "card.json").read_text())
    print(
        f"model {check.version}  artifact {card['artifact']['bytes'] / 1e6:.2f} MB  build (load + verify) "
        f"{build_s:.2f} s"
    )
    print(
        f"host reference {host_reference_us():.1f} us; replies: {len(pairs)} (traffic seller replies + development "
        f"pairs), {len(with_buyer)} after a buyer message, {flagged} flagged"
    )
    print(f"{'time per reply (ms)':<34} {'mean':>7} {'p50':>7} {'p95':>7} {'p99':>7}")
    print(row("whole check (inspect)", whole))
    print(row("model only (probability)", model_only))


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
