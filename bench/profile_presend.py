"""The pre-send path in process: POST /v1/screen's route function over a large history, without
the network, the event loop or the middleware (issue P10's "pre-send path, in process").

    python -m bench.profile_presend                        # bench http's cached 1M history
    python -m bench.profile_presend --messages 100000      # a smaller one (built and cached first)
    python -m bench.profile_presend --profile --top 40     # cProfile of the measured requests
    python -m bench.profile_presend --by-check             # each check's own time, mean and p99

The history is bench http's (bench/http_history.py, cached under var/bench_http/sqlite-N/); a copy
is opened for each run so the recorded requests never change the cache. The requests are bench
http's bodies (70% seller replies to stored conversations, 15% buyer follow-ups, 15% replies that
open a conversation; recorded, as the API's default). Each is parsed (ScreenRequest, as FastAPI
does), then api.routes.screen runs it as the service does: stored context read, screened,
recorded, queued for review, answered as JSON bytes. Printed: wall p50/p99 per request, the
pipeline's own `elapsed_ms` p50/p99, and CPU ms per request.
"""

from __future__ import annotations

import argparse
import cProfile
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from types import SimpleNamespace

from bench.profile_pipeline import print_profile

ROOT = Path(__file__).resolve().parents[1]


def _cached_history(messages: int, sellers: int) -> Path:
    import json

    from bench.bench_http import CACHE, _fill, _fresh

    cache = CACHE / f"sqlite-{messages}"
    if not _fresh(cache / "meta.json", messages):
        shutil.rmtree(cache, ignore_errors=True)
        cache.mkdir(parents=True)
        meta = _fill(str(cache / "history.sqlite3"), messages, sellers, cache)
        (cache / "meta.json").write_text(json.dumps(meta))
    return cache / "history.sqlite3"


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="profile_presend")
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--sellers", type=int, default=2_000)
    parser.add_argument("--requests", type=int, default=1_000)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--by-check", action="store_true", help="time each check of each request")
    args = parser.parse_args(argv)

    from api.observability import Metrics
    from api.routes import screen
    from api.schemas import ScreenRequest
    from api.settings import Settings
    from bench.http_history import request_bodies
    from screening.store.history import open_history
    from screening.core.pipeline import Screener
    from screening.core.policy import Policy

    cached = _cached_history(args.messages, args.sellers)
    with tempfile.TemporaryDirectory(prefix="presend_", dir=ROOT / "var") as work:
        path = Path(work) / "history.sqlite3"
        shutil.copyfile(cached, path)
        settings = Settings(history_path=path)
        started = time.perf_counter()
        policy = Policy.load(settings.policy_path)
        history = open_history(settings.history_location, retention_days=settings.retention_days)
        screener = Screener.create(policy, models_dir=settings.models_dir, history=history)
        print(f"history {args.messages:,} messages; start-up {time.perf_counter() - started:.1f} s", flush=True)
        import gc

        gc.collect()
        gc.freeze()  # as the service's lifespan does
        request = SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(metrics=Metrics(), shadow=None)), scope={})
        bodies = request_bodies(args.warmup + args.requests, args.messages, args.sellers, uuid.uuid4().hex[:8])

        def one(raw: bytes) -> tuple[float, float]:
            t0 = time.perf_counter()
            body = ScreenRequest.model_validate_json(raw)
            response = screen(body, screener, history, settings, request)
            wall = (time.perf_counter() - t0) * 1000
            elapsed = float(response.body.split(b'"elapsed_ms":', 1)[1].split(b",", 1)[0].split(b"}", 1)[0])
            return wall, elapsed

        for raw in bodies[: args.warmup]:
            one(raw)
        by_check = _time_checks(screener) if args.by_check else None
        profiler = cProfile.Profile() if args.profile else None
        walls, elapsed = [], []
        cpu0 = time.process_time()
        if profiler:
            profiler.enable()
        for raw in bodies[args.warmup :]:
            w, e = one(raw)
            walls.append(w)
            elapsed.append(e)
        if profiler:
            profiler.disable()
        cpu = (time.process_time() - cpu0) * 1000 / args.requests
        history.close()
    note = " (under the profiler)" if profiler else ""
    print(
        f"{args.requests} requests{note}: wall p50 {statistics.median(walls):.2f} ms, p99 {_pct(walls, 0.99):.2f} ms; "
        f"elapsed_ms p50 {statistics.median(elapsed):.2f}, p99 {_pct(elapsed, 0.99):.2f}; CPU {cpu:.2f} ms/request"
    )
    if by_check is not None:
        _print_by_check(by_check, args.requests)
    if profiler:
        print_profile(profiler, args.top)


def _time_checks(screener) -> dict[str, list[float]]:
    """Wrap the screener's per-check call so each check's own wall time is kept (ms), per call."""
    timings: dict[str, list[float]] = {}
    run_check = screener._run_check

    def timed(check, message, context):
        t0 = time.perf_counter()
        try:
            return run_check(check, message, context)
        finally:
            timings.setdefault(check.name, []).append((time.perf_counter() - t0) * 1000)

    screener._run_check = timed
    return timings


def _print_by_check(timings: dict[str, list[float]], requests: int) -> None:
    print(f"{'check':<14} {'calls':>6} {'ms/request':>11} {'mean':>7} {'p99':>7} {'max':>7}")
    for name, values in sorted(timings.items(), key=lambda kv: -sum(kv[1])):
        print(
            f"{name:<14} {len(values):>6} {sum(values) / requests:>11.3f} {statistics.fmean(values):>7.3f} "
            f"{_pct(values, 0.99):>7.3f} {max(values):>7.3f}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
