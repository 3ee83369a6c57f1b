"""Tone check: time per message, single and in batches of 1,000, plus the card's figures.

    python -m bench tone

Messages: the seller replies of ordinary traffic (data/traffic, mostly short, in 17 languages, so
abstentions are timed too) and the sealed tone set (data/tone/sealed, half of it discourteous,
so those pay for span extraction). Batches use ToneCheck.inspect_many (one vectorised scoring
pass, spans only for what is reported). The machine is shared: read p50 and the host reference.
Targets: single message <= 1 ms, batches of 1,000 <= 0.3 ms per message.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from bench import host_reference_us
from screening.checks.base import CheckContext, CheckResources
from screening.checks.tone import ToneCheck
from screening.evaluation import read_labelled
from screening.core.policy import Policy
from screening.core.types import Message

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> None:
    policy = Policy.load()
    started = time.perf_counter()
    check = ToneCheck.build(CheckResources(policy=policy, models_dir=ROOT / "models"))
    build_s = time.perf_counter() - started
    items = [
        i for i in read_labelled(ROOT / "data" / "traffic" / "messages.jsonl") if i.record.get("author") == "seller"
    ]
    items += read_labelled(ROOT / "data" / "tone" / "sealed" / "messages.jsonl")
    messages = [Message(text=i.text, market=i.record["market"]) for i in items]
    contexts = {m.market: CheckContext(policy=policy.for_market(m.market)) for m in messages}
    for message in messages[:100]:  # warm-up: caches, first calls
        check.inspect(message, contexts[message.market])

    def single(fn) -> list[float]:
        times = []
        for message in messages:
            t0 = time.perf_counter()
            fn(message)
            times.append((time.perf_counter() - t0) * 1000)
        return sorted(times)

    whole = single(lambda m: check.inspect(m, contexts[m.market]))
    language = {m.market: check.language_of(m, contexts[m.market]) or "en" for m in messages}
    score_only = single(lambda m: check.model.analyse(m.text, language[m.market]))
    flagged = sum(bool(check.inspect(m, contexts[m.market])) for m in messages)

    def batch_ms(pool: list[Message], fn) -> float:
        batch = [pool[i % len(pool)] for i in range(1000)]
        batch_contexts = [contexts[m.market] for m in batch]
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            fn(batch, batch_contexts)
            runs.append((time.perf_counter() - t0) * 1000 / len(batch))
        return statistics.median(runs)

    courteous = [m for m, i in zip(messages, items) if not i.codes]
    batches = [
        (
            "batch: score only (mix)",
            batch_ms(
                messages, lambda b, c: check.model.probabilities([m.text for m in b], [language[m.market] for m in b])
            ),
        ),
        ("batch: whole check (mix)", batch_ms(messages, check.inspect_many)),
        ("batch: whole check (courteous)", batch_ms(courteous, check.inspect_many)),
        (
            "batch: inspect() one by one (mix)",
            batch_ms(messages, lambda b, c: [check.inspect(m, x) for m, x in zip(b, c)]),
        ),
    ]

    def row(name: str, ms: list[float]) -> str:
        pick = lambda q: ms[min(len(ms) - 1, int(q * len(ms)))]  # noqa: E731
        return f"{name:<34} {statistics.mean(ms):>7.3f} {pick(0.5):>7.3f} {pick(0.95):>7.3f} {pick(0.99):>7.3f}"

    card = json.loads((check_path := ROOT / "models" / "tone" / check.version / "card.json").read_text())
    print(
        f"model {check.version}  artifact {card['artifact']['bytes'] / 1e6:.2f} MB  build (load + verify + "
        f"word tokenizers: spaCy artifacts build one per policy language) {build_s:.2f} s  ({check_path.parent})"
    )
    print(
        f"host reference {host_reference_us():.1f} us; messages: {len(messages)} (traffic seller replies + sealed set), "
        f"mean {statistics.mean(len(m.text) for m in messages):.0f} chars, {flagged} flagged"
    )
    print(f"{'time per message (ms)':<34} {'mean':>7} {'p50':>7} {'p95':>7} {'p99':>7}")
    print(row("single: whole check (with spans)", whole))
    print(row("single: score only", score_only))
    print(f"{'batches of 1,000 (ms per message)':<34} {'median of 3 runs; target <= 0.3':>31}")
    for name, ms in batches:
        print(f"{name:<34} {ms:>7.3f}")
    sealed = card["metrics"].get("sealed")
    if sealed:
        print(
            f"card: sealed set F1 {sealed['sealed']['f1']:.3f} (macro {sealed['sealed']['macro_f1']:.3f}), traffic "
            f"false flags {sealed['traffic']['false_flag_rate']:.2%}"
        )


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
