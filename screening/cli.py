"""The `screening` command (CONTRACT §3).

Each sub-command is a pair: `_add_<name>(subparsers)` declares its arguments, `_run_<name>(args)`
does the work and returns the exit code. Register new ones in COMMANDS at the bottom.
Exit codes: 0 ok, 1 the message was blocked/flagged (check only, with --exit-code), 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import Callable

log = logging.getLogger("screening")


class UsageError(Exception):
    """Bad input from the user: printed as one line, exit code 2, no traceback."""


def _build_screener(args: argparse.Namespace):
    from screening.pipeline import Screener
    from screening.policy import Policy

    policy = Policy.load(args.policy) if getattr(args, "policy", None) else Policy.load()
    return Screener.create(policy, models_dir=Path(args.models_dir) if getattr(args, "models_dir", None) else None)


# --- check ---------------------------------------------------------------------------------------


def _add_check(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="screen one message and print its verdict as JSON")
    p.add_argument("text", nargs="?", help="the message text (read from stdin when omitted)")
    p.add_argument("--market", required=True, help="market code, e.g. fr, de, be (CONTRACT §5)")
    p.add_argument("--author", default="seller", choices=["seller", "buyer", "platform"])
    p.add_argument("--id", dest="message_id", default=None)
    p.add_argument("--exit-code", action="store_true", help="exit 1 when the action is not allow")


def _run_check(args: argparse.Namespace) -> int:
    from screening.types import RecordError

    text = args.text if args.text is not None else sys.stdin.read()
    screener = _build_screener(args)
    record = {"text": text, "market": args.market, "author": args.author}
    if args.message_id:
        record["id"] = args.message_id
    try:
        message = screener.message_from_record(record)
    except RecordError as error:
        raise UsageError(str(error)) from None
    verdict = screener.screen(message)
    print(json.dumps(verdict.to_dict(), ensure_ascii=False, indent=2))
    return 1 if args.exit_code and verdict.action.value != "allow" else 0


# --- rescore -------------------------------------------------------------------------------------


def _add_rescore(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rescore", help="screen a history file (JSONL/CSV/Parquet) in sent_at order")
    p.add_argument("input", help="records file: .jsonl, .csv or .parquet")
    p.add_argument("--output", "-o", required=True, help="verdicts file: .jsonl, .csv or .parquet")
    p.add_argument("--resume", action="store_true", help="skip ids already in OUTPUT (JSONL/CSV) and append")
    p.add_argument("--shard", default=None, help="K/N: only this shard of sellers (for running N machines)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")


def _run_rescore(args: argparse.Namespace) -> int:
    from screening.records import FormatError
    from screening.rescore import Shard, rescore

    try:
        shard = Shard.parse(args.shard) if args.shard else None
        screener = _build_screener(args)
        summary = rescore(screener, args.input, args.output, resume=args.resume, shard=shard,
                          progress=False if args.no_progress else None)
    except (FormatError, ValueError) as error:
        raise UsageError(str(error)) from None
    print(json.dumps(summary.as_dict()), file=sys.stderr)
    return 0


# --- serve ---------------------------------------------------------------------------------------


def _add_serve(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="start the HTTP API (uvicorn)")
    p.add_argument("--host", default=os.environ.get("SCREENING_HOST", "127.0.0.1"))
    p.add_argument("--port", type=int, default=int(os.environ.get("SCREENING_PORT", "8000")))
    p.add_argument("--workers", type=int, default=1)


def _run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    if args.policy:
        os.environ["SCREENING_POLICY_PATH"] = args.policy
    if args.models_dir:
        os.environ["SCREENING_MODELS_DIR"] = args.models_dir
    uvicorn.run("api.app:create_app", factory=True, host=args.host, port=args.port, workers=args.workers,
                log_level="info")
    return 0


# --- entry point ---------------------------------------------------------------------------------

COMMANDS: dict[str, tuple[Callable, Callable]] = {
    "check": (_add_check, _run_check),
    "rescore": (_add_rescore, _run_rescore),
    "serve": (_add_serve, _run_serve),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="screening", description="Screen marketplace messages against the platform's rules.")
    parser.add_argument("--policy", default=None, help="policy YAML (default: the one shipped with screening)")
    parser.add_argument("--models-dir", default=None, help="models folder (default: ./models of the project)")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add, _ in COMMANDS.values():
        add(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s %(message)s", stream=sys.stderr)
    from screening.policy import PolicyError

    try:
        return COMMANDS[args.command][1](args)
    except (UsageError, PolicyError) as error:
        print(f"screening {args.command}: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
