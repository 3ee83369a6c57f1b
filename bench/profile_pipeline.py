"""cProfile of the pipeline on ordinary traffic (data/traffic/messages.jsonl), one message at a time
(`Screener.screen`, the API's path) and in ordered batches (`screen_in_order`, the rescore path).

    python -m bench.profile_pipeline                  # both, top 35 by own time and by cumulative time
    python -m bench.profile_pipeline --mode single --top 50 --repeat 2
    python -m bench.profile_pipeline --per-check      # time of each check, single and batch

The data is read for timing only. The verdicts are not looked at here (bench/verdict_fingerprint.py).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _items(screener, path: Path):
    from screening.evaluation import read_labelled
    from screening.evaluation.runner import in_sent_order

    return in_sent_order(screener, read_labelled(path))


def run(mode: str, items, screener, history) -> None:
    from screening.core.types import Action

    def record(message, verdict):
        if verdict.action is not Action.BLOCK:
            history.add([message])

    if mode == "single":
        for message, context in items:
            record(message, screener.screen(message, conversation=context))
    else:
        for start in range(0, len(items), 64):
            screener.screen_in_order(items[start : start + 64], record=record)


def per_check(items, screener) -> None:
    from screening.checks.base import CheckContext

    contexts = [(m, CheckContext(policy=screener.policy.for_market(m.market), conversation=tuple(c))) for m, c in items]
    for name, check in sorted(screener.checks.items()):
        wanted = [(m, c) for m, c in contexts if name in screener._names(m)]
        started = time.perf_counter()
        for m, c in wanted:
            check.inspect(m, c)
        single = time.perf_counter() - started
        started = time.perf_counter()
        for s in range(0, len(wanted), 64):
            check.inspect_batch(wanted[s : s + 64])
        batch = time.perf_counter() - started
        print(
            f"{name:<11} {len(wanted):>5} msgs  single {1000 * single / max(len(wanted), 1):6.3f} ms/msg"
            f"  batch {1000 * batch / max(len(wanted), 1):6.3f} ms/msg"
        )


def profile_rescore(size: int, top: int) -> None:
    import tempfile

    from bench.bench_template import synthetic_history
    from screening.batch.rescore import rescore
    from screening.batch.rescore_partition import ScreenerSpec, process_state

    with tempfile.TemporaryDirectory(prefix="profile_rescore_") as work:
        source, target = Path(work) / "history.jsonl", Path(work) / "verdicts.jsonl"
        synthetic_history(source, size, max(size // 25, 1))
        spec = ScreenerSpec()
        process_state(spec)
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        summary = rescore(None, source, target, progress=False, spec=spec)
        profiler.disable()
        seconds = time.perf_counter() - started
    print(
        f"\n##### rescore: {summary.screened} messages in {seconds:.1f} s under the profiler "
        f"({summary.screened / seconds:.0f} msg/s)"
    )
    for key in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(key).print_stats(top)
        text = out.getvalue()
        print(text[text.find("   ncalls") :])


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="profile_pipeline")
    parser.add_argument("--mode", default="single,batch")
    parser.add_argument("--top", type=int, default=35)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--per-check", action="store_true")
    parser.add_argument(
        "--rescore",
        type=int,
        default=0,
        help="profile `rescore` (one process) over this many messages of bench rescore's synthetic history",
    )
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "traffic" / "messages.jsonl")
    args = parser.parse_args(argv)

    if args.rescore:
        profile_rescore(args.rescore, args.top)
        return
    from screening.evaluation.runner import evaluation_screener

    screener, history = evaluation_screener()
    items = _items(screener, args.data)
    if args.per_check:
        per_check(items, screener)  # warm-up too
        per_check(items, screener)
        return
    for mode in args.mode.split(","):
        screener, history = evaluation_screener()
        run(mode, items[:200], screener, history)  # warm-up
        screener, history = evaluation_screener()
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        for _ in range(args.repeat):
            run(mode, items, screener, history)
        profiler.disable()
        seconds = time.perf_counter() - started
        print(
            f"\n##### {mode}: {len(items) * args.repeat} messages in {seconds:.1f} s "
            f"({1000 * seconds / len(items) / args.repeat:.2f} ms/msg under the profiler)"
        )
        print_profile(profiler, args.top)


def print_profile(profiler: cProfile.Profile, top: int) -> None:
    """The profile's `top` functions by own time, then by cumulative time (tables only)."""
    for key in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(key).print_stats(top)
        text = out.getvalue()
        print(text[text.find("   ncalls") :])


if __name__ == "__main__":
    main(sys.argv[1:])
