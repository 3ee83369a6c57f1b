"""`screening rescore` throughput: what data staff get when they rescore a history file.

    .venv/bin/python -m bench rescore                       # 5,000 seller replies
    .venv/bin/python -m bench.bench_rescore --size 20000

The file is bench_template's synthetic history (seller replies in eight languages, ~60% from each
seller's templates, Faker names and numbers) with --size messages from --sellers sellers. Timed:
building the screener (every check and model, as `screening rescore` does at start), then
`rescore()` itself (sent_at order, each reply judged against the file's earlier replies and
recorded). Printed: messages per second of one process, per-message time p50/p99 (the verdicts'
`elapsed_ms`), the verdict mix, and the reference loop that shows how fast the host is right now.
`--shard K/N` splits a file by seller over N processes or machines; with this per-process rate,
N processes on N free cores scale it linearly (shards share nothing).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench import host_reference_us


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench_rescore")
    parser.add_argument("--size", type=int, default=5_000, help="messages in the synthetic file")
    parser.add_argument("--sellers", type=int, default=200)
    args = parser.parse_args(argv)

    from bench.bench_template import synthetic_history
    from screening.history import HistoryStore
    from screening.pipeline import Screener
    from screening.policy import Policy
    from screening.rescore import rescore

    with tempfile.TemporaryDirectory(prefix="bench_rescore_") as work:
        source, target = Path(work) / "history.jsonl", Path(work) / "verdicts.jsonl"
        synthetic_history(source, args.size, args.sellers)
        started = time.perf_counter()
        history = HistoryStore(":memory:")
        screener = Screener.create(Policy.load(), history=history)
        build_s = time.perf_counter() - started
        summary = rescore(screener, source, target, progress=False, history=history)
        verdicts = [json.loads(line) for line in target.open(encoding="utf-8")]
    elapsed = sorted(v["elapsed_ms"] for v in verdicts)
    rows = [
        ("messages", f"{summary.screened:,}", f"{args.sellers:,} sellers"),
        ("start (build every check)", f"{build_s:.1f} s", "once per process"),
        ("rescore rate, one process", f"{summary.screened / summary.seconds:,.0f} msg/s",
         "sent_at order, history recorded as it goes"),
        ("per message p50 / p99", f"{statistics.median(elapsed):.2f} / {elapsed[int(len(elapsed) * 0.99) - 1]:.2f} ms",
         "the verdicts' elapsed_ms"),
        ("verdicts allow / flag / block", f"{summary.allow:,} / {summary.flag:,} / {summary.block:,}", ""),
        ("host reference", f"{host_reference_us():.1f} us", "sum(range(1000)); ~15 fast, ~30 slow"),
    ]
    for name, value, note in rows:
        print(f"{name:<32} {value:>18}  {note}")


if __name__ == "__main__":
    main(sys.argv[1:])
