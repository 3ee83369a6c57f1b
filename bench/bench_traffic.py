"""Ordinary traffic: the share of compliant messages not allowed, and the time per message.

    python -m bench traffic            # data/traffic/messages.jsonl (sealed; see data/traffic/README.md)
    python -m bench traffic FILE       # any labelled file of ordinary messages

The same report as `screening evaluate traffic` (screening/evaluation), plus the whole pipeline's
time per message over the set (conversation context and template history included). Every
message of the set is compliant, so every one not allowed is a false flag. Targets (issue P6):
all checks together <= 1% in every market language, tone <= 0.5%, 0 on greetings and thanks of up
to 3 words.
"""

from __future__ import annotations

import time
from pathlib import Path

from bench import host_reference_us
from screening.evaluation import read_labelled, screen_labelled
from screening.evaluation.reports import format_traffic_report, traffic_report
from screening.evaluation.runner import evaluation_screener

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> None:
    data = Path(argv[0]) if argv else ROOT / "data" / "traffic" / "messages.jsonl"
    items = read_labelled(data)
    started = time.perf_counter()
    screener, history = evaluation_screener()
    build_s = time.perf_counter() - started
    started = time.perf_counter()
    outcomes = screen_labelled(screener, items, history)
    total_s = time.perf_counter() - started
    elapsed = sorted(o.verdict.elapsed_ms for o in outcomes if o.verdict is not None)
    report = traffic_report(outcomes, screener.policy)
    print(f"data {data}  models {screener.model_versions}  host reference {host_reference_us():.1f} us")
    print(
        f"build {build_s:.1f} s; {len(items)} messages in {total_s:.1f} s; pipeline per message p50 "
        f"{elapsed[len(elapsed) // 2]:.2f} ms, p99 {elapsed[int(0.99 * (len(elapsed) - 1))]:.2f} ms"
    )
    print(format_traffic_report(report, list_messages=False))


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
