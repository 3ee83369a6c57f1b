"""`screening rescore` throughput: what data staff get when they rescore a history file.

    .venv/bin/python -m bench rescore                              # 5,000 seller replies, one process
    .venv/bin/python -m bench.bench_rescore --workers 2            # 2 local worker processes
    .venv/bin/python -m bench.bench_rescore --workers 2 --engine dask
    .venv/bin/python -m bench.bench_rescore --size 20000
    .venv/bin/python -m bench.bench_rescore --former              # and the former rescore, same file, same load

The file is bench_template's synthetic history (seller replies in eight languages of ~330
characters, ~60% from each seller's templates, Faker names and numbers) with --size messages from
--sellers sellers. Timed apart: starting the judging processes (every check and model is built in
each), then the rescore itself (staging in DuckDB, judging in sent_at order with the history
recorded as it goes, merging into the output). Printed: messages per second (end to end, and
judging only: the time after the models were loaded), per-message time p50/p99 (the verdicts'
`elapsed_ms`: a batch's shared work is split evenly over its messages), the verdict mix, the peak
resident memory of the processes, and the reference loop that shows how fast the host is now.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench import host_reference_us


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _former(source: Path, target: Path) -> tuple[float, float]:
    """(msg/s, CPU ms per message) of the former rescore, kept as the tests' reference."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    import legacy_rescore

    from screening.store.history import HistoryStore
    from screening.core.pipeline import Screener
    from screening.core.policy import Policy

    history = HistoryStore(":memory:")
    screener = Screener.create(Policy.load(), history=history)
    cpu_before = _cpu_seconds()
    summary = legacy_rescore.rescore(screener, source, target, progress=False, history=history)
    return summary.screened / summary.seconds, (_cpu_seconds() - cpu_before) * 1000 / summary.screened


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench_rescore")
    parser.add_argument("--size", type=int, default=5_000, help="messages in the synthetic file")
    parser.add_argument("--sellers", type=int, default=200)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--engine", default="local", choices=["local", "dask"])
    parser.add_argument(
        "--former",
        action="store_true",
        help="also time the former in-memory rescore (tests/legacy_rescore.py) on the same file, "
        "in this process, for a comparison under the same load",
    )
    args = parser.parse_args(argv)

    from bench.bench_template import synthetic_history
    from screening.batch.rescore import rescore
    from screening.batch.rescore_partition import ScreenerSpec, process_state

    with tempfile.TemporaryDirectory(prefix="bench_rescore_") as work:
        source, target = Path(work) / "history.jsonl", Path(work) / "verdicts.jsonl"
        synthetic_history(source, args.size, args.sellers)
        spec = ScreenerSpec()
        started = time.perf_counter()
        if args.workers == 1 and args.engine == "local":
            process_state(spec)  # build every check now, so the rate below is judging only
        build_s = time.perf_counter() - started
        cpu_before = _cpu_seconds()
        summary = rescore(None, source, target, progress=False, workers=args.workers, engine=args.engine, spec=spec)
        cpu = _cpu_seconds() - cpu_before
        verdicts = [json.loads(line) for line in target.open(encoding="utf-8")]
        former = _former(source, Path(work) / "former.jsonl") if args.former else None
    # With workers, the models load inside the run: the judging time is the slowest partition's.
    judging = summary.seconds if args.workers == 1 and args.engine == "local" else None
    elapsed = sorted(v["elapsed_ms"] for v in verdicts)
    peak_mb = (
        max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        / 1024
    )
    where = "one process" if judging else f"{args.workers} workers ({args.engine})"
    rows = [
        ("messages", f"{summary.screened:,}", f"{args.sellers:,} sellers"),
        ("start (build every check)", f"{build_s:.1f} s" if judging else "in the run", "once per process"),
        (
            f"rescore rate, {where}",
            f"{summary.screened / summary.seconds:,.0f} msg/s",
            "staging + judging + merge" + ("" if judging else ", model loading of the workers included"),
        ),
        (
            "judging rate",
            f"{summary.screened * args.workers / summary.judging_seconds:,.0f} msg/s",
            "partitions' judging time over the workers, without start-up, staging or merge",
        ),
        (
            "per message p50 / p99",
            f"{statistics.median(elapsed):.2f} / {elapsed[int(len(elapsed) * 0.99) - 1]:.2f} ms",
            "the verdicts' elapsed_ms",
        ),
        ("verdicts allow / flag / block", f"{summary.allow:,} / {summary.flag:,} / {summary.block:,}", ""),
        ("peak memory (largest process)", f"{peak_mb:,.0f} MB", "ru_maxrss"),
        (
            "CPU time per message",
            f"{cpu * 1000 / summary.screened:.2f} ms",
            "user+sys of this process and its finished children: less sensitive to other load than the rates",
        ),
        ("host reference", f"{host_reference_us():.1f} us", "sum(range(1000)); ~15 fast, ~30 slow"),
        ("load average (1 min)", f"{os.getloadavg()[0]:.1f}", "other work on this 2-core host slows every rate"),
    ]
    if former is not None:
        rows.insert(
            -2,
            (
                "former rescore, one process",
                f"{former[0]:,.0f} msg/s",
                f"CPU {former[1]:.2f} ms per message; records listed and sorted in memory",
            ),
        )
    for name, value, note in rows:
        print(f"{name:<32} {value:>18}  {note}")


if __name__ == "__main__":
    main(sys.argv[1:])
