"""Rescore memory: flat in the number of records (the former rescore grew ~7.5 KB per record).

    .venv/bin/python -m bench rescore_memory                                   # defaults below
    .venv/bin/python -m bench.bench_rescore_memory --stage-sizes 100000,1000000 --judge-sizes 10000,40000

Each measurement runs in a fresh process and prints its peak resident memory (ru_maxrss):
- staging: the whole out-of-core ordering (records read, staged in DuckDB, every partition written
  in sent_at order) for each of --stage-sizes records: the part of a run whose work grows with the
  history, at sizes where judging would take hours;
- judging: a complete `rescore()` in one process (models, history store, conversation memory,
  merge) for each of --judge-sizes records; the growth between the two, per record, is the figure
  to compare with the former 7.5 KB. Bounded caches (spaCy's vocabulary until it is released,
  5,000 hot conversations, 16 MB of SQLite pages, the tone model's word cache) fill during the
  first ~10,000 records, so the sizes compared are larger than that (a few minutes of judging).
The synthetic history is bench_template's (seller replies of ~330 characters).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _child(kind: str, size: int, sellers: int) -> None:
    from bench.bench_template import synthetic_history

    with tempfile.TemporaryDirectory(prefix="bench_rescore_memory_") as work:
        source = Path(work) / "history.jsonl"
        synthetic_history(source, size, sellers)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        if kind == "stage":
            from screening.batch.rescore_inputs import expand_inputs
            from screening.batch.rescore_staging import stage

            parts = stage(expand_inputs([source]), Path(work) / "staged", partitions=8)
            records = sum(p.records for p in parts)
        else:
            from screening.batch.rescore import rescore

            records = rescore(None, source, Path(work) / "verdicts.parquet", progress=False).records
        seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"records": records, "peak_mb": peak / 1024, "before_mb": before / 1024, "seconds": seconds}))


def _measure(kind: str, size: int, sellers: int) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "bench.bench_rescore_memory", "--child", kind, str(size), str(sellers)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench_rescore_memory")
    parser.add_argument("--stage-sizes", default="100000,1000000")
    parser.add_argument("--judge-sizes", default="10000,40000")
    parser.add_argument("--sellers", type=int, default=2000)
    parser.add_argument("--child", nargs=3, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], int(args.child[1]), int(args.child[2]))
        return
    from bench import host_reference_us

    for kind, sizes in (("stage", args.stage_sizes), ("judge", args.judge_sizes)):
        results = [_measure(kind, int(size), args.sellers) for size in sizes.split(",") if size]
        for r in results:
            label = "staging (DuckDB, 8 partitions)" if kind == "stage" else "whole rescore, one process"
            print(
                f"{label:<32} {r['records']:>10,} records  peak {r['peak_mb']:>7,.0f} MB  "
                f"({r['seconds']:,.1f} s; {r['before_mb']:,.0f} MB before the run, file generation included)"
            )
        if len(results) > 1:
            grow = (
                (results[-1]["peak_mb"] - results[0]["peak_mb"])
                * 1024
                / (results[-1]["records"] - results[0]["records"])
            )
            print(
                f"{'':<32} growth {grow:,.2f} KB per record between {results[0]['records']:,} and "
                f"{results[-1]['records']:,}"
            )
    print(f"{'host reference':<32} {host_reference_us():.1f} us  sum(range(1000)); ~15 fast, ~30 slow")


if __name__ == "__main__":
    main(sys.argv[1:])
