"""The `screening` command (docs/formats.md §3).

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
from types import SimpleNamespace
from typing import Any, Callable

log = logging.getLogger("screening")


class UsageError(Exception):
    """Bad input from the user: printed as one line, exit code 2, no traceback."""


def _build_screener(args: argparse.Namespace, history=None):
    from screening.core.pipeline import Screener

    return Screener.create(_load_policy(args), models_dir=args.settings.models_dir, history=history)


# --- check ---------------------------------------------------------------------------------------


def _add_check(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="screen one message and print its verdict as JSON")
    p.add_argument("text", nargs="?", help="the message text (read from stdin when omitted)")
    p.add_argument("--market", required=True, help="market code, e.g. fr, de, be (docs/formats.md §5)")
    p.add_argument("--author", default="seller", choices=["seller", "buyer", "platform"])
    p.add_argument("--id", dest="message_id", default=None)
    p.add_argument("--exit-code", action="store_true", help="exit 1 when the action is not allow")


def _run_check(args: argparse.Namespace) -> int:
    from screening.core.types import RecordError

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
    # As the API answers (docs/formats.md §8): the policy's version beside the models' versions, so a
    # verdict printed here can be compared with one served.
    print(json.dumps({**verdict.to_dict(), "policy_version": screener.policy.version}, ensure_ascii=False, indent=2))
    return 1 if args.exit_code and verdict.action.value != "allow" else 0


# --- rescore -------------------------------------------------------------------------------------


def _add_rescore(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "rescore", help="screen a history (files, folders, globs, .gz, Parquet datasets) in sent_at order"
    )
    p.add_argument(
        "input",
        nargs="*",
        help="records: .jsonl, .csv (either may be .gz), .parquet files, folders "
        "(every record file in them, a Parquet dataset) or globs (quoted: 'exports/2025-*.jsonl.gz')",
    )
    p.add_argument(
        "--from-history",
        default=None,
        metavar="STORE",
        help="rescore the messages of a history store (SQLite file or postgresql:// URL) instead of files",
    )
    p.add_argument("--output", "-o", required=True, help="verdicts file: .jsonl, .csv or .parquet (typed columns)")
    p.add_argument("--resume", action="store_true", help="skip ids already in OUTPUT (JSONL/CSV) and append")
    p.add_argument("--shard", default=None, help="K/N: only this shard of sellers (for running N machines)")
    p.add_argument("--workers", type=int, default=1, help="processes judging partitions of sellers (default 1)")
    p.add_argument(
        "--engine",
        default="local",
        choices=["local", "dask"],
        help="local processes, or Dask distributed (a LocalCluster of --workers unless --scheduler)",
    )
    p.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="with --engine dask: an existing cluster's scheduler (tcp://host:8786); workers must see "
        "the work folder (--work-dir on a shared file system)",
    )
    p.add_argument(
        "--partitions",
        type=int,
        default=None,
        help="partitions of sellers (default 1 in one process, 4 per worker otherwise)",
    )
    p.add_argument(
        "--work-dir",
        default=None,
        help="staging and part files (kept, so a rerun resumes finished "
        "partitions); default a temporary folder next to OUTPUT, removed at the end",
    )
    p.add_argument(
        "--only-changed",
        default=None,
        metavar="PREVIOUS",
        help="write only the verdicts whose action or codes differ from PREVIOUS (a former output)",
    )
    p.add_argument("--report", default=None, metavar="DIR", help="write DIR/summary.json and DIR/report.html")
    p.add_argument("--no-progress", action="store_true", help="no progress bar or progress lines")


def _run_rescore(args: argparse.Namespace) -> int:
    from screening.store.history import HistoryError
    from screening.batch.records import FormatError
    from screening.batch.rescore import Shard, rescore
    from screening.batch.rescore_inputs import expand_inputs
    from screening.batch.rescore_partition import ScreenerSpec

    try:
        if bool(args.input) == bool(args.from_history):
            raise ValueError("give the records to rescore: files, folders or globs, or --from-history STORE (not both)")
        if args.partitions is not None and args.partitions < 1:
            raise ValueError(f"--partitions must be at least 1, got {args.partitions}")
        if args.input:
            expand_inputs(args.input)  # a wrong file is refused before the models load
        shard = Shard.parse(args.shard) if args.shard else None
        settings = args.settings
        spec = ScreenerSpec(
            policy=str(settings.policy_path) if settings.policy_path else None, models_dir=str(settings.models_dir)
        )
        # Each judging process (this one, or every worker) builds its screener from `spec`, with a
        # fresh history on disk in which the file's own earlier messages are recorded as they are
        # judged (templates are counted in it).
        summary = rescore(
            None,
            args.input,
            args.output,
            resume=args.resume,
            shard=shard,
            progress=False if args.no_progress else None,
            workers=args.workers,
            engine=args.engine,
            scheduler=args.scheduler,
            spec=spec,
            from_history=args.from_history,
            only_changed=args.only_changed,
            report=args.report,
            work_dir=args.work_dir,
            partitions=args.partitions,
        )
    except (FormatError, ValueError, HistoryError) as error:
        raise UsageError(str(error)) from None
    for line in summary.lines():
        print(line, file=sys.stderr)
    print(json.dumps(summary.as_dict()), file=sys.stderr)
    if summary.records and summary.errors == summary.records:
        # Every record was an error (e.g. a JSONL export whose keys are named differently): a run
        # that produced no verdict must not look like a finished one to a scheduler. A resumed run
        # whose records were all judged before (skipped) did finish.
        print(
            f"screening: no record of {' '.join(args.input) or args.from_history} could be screened "
            f"({summary.errors} errors); see the error verdicts in the output",
            file=sys.stderr,
        )
        return 1
    return 0


# --- serve ---------------------------------------------------------------------------------------


def _add_serve(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="start the HTTP API (uvicorn)")
    p.add_argument("--host", default=os.environ.get("SCREENING_HOST", "127.0.0.1"))
    p.add_argument("--port", type=int, default=int(os.environ.get("SCREENING_PORT", "8000")))
    p.add_argument("--workers", type=int, default=1)
    p.add_argument(
        "--insecure",
        action="store_true",
        help="allow open mode (no SCREENING_API_KEYS_FILE) on an address other than loopback",
    )


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    # Each worker builds its Settings from the environment (api.app.create_app): the options given
    # here reach it that way.
    settings = args.settings
    if settings.policy_path:
        os.environ["SCREENING_POLICY_PATH"] = str(settings.policy_path)
    os.environ["SCREENING_MODELS_DIR"] = str(settings.models_dir)
    # docs/formats.md §6: with no keys file the service is open, so only reachable from this machine
    # unless the operator says otherwise.
    keys_file = settings.api_keys_file
    if not keys_file and not _is_loopback(args.host) and not args.insecure:
        raise UsageError(
            f"no SCREENING_API_KEYS_FILE: the API would be open to anyone who reaches {args.host}; "
            "create keys with `screening keys add NAME --scopes screen --file keys.yaml` and set "
            "SCREENING_API_KEYS_FILE, listen on 127.0.0.1, or pass --insecure"
        )
    if keys_file:
        from api.access import KeyRing, KeysFileError

        try:
            KeyRing.load(keys_file)  # a bad keys file stops here, naming it, before the port is taken
        except KeysFileError as error:
            raise UsageError(str(error)) from None
    else:
        print(
            "screening serve: open mode: no SCREENING_API_KEYS_FILE, every endpoint answers without a key",
            file=sys.stderr,
        )
    # The port first: a server that cannot listen must not open, migrate or purge the history.
    import socket

    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    with socket.socket(family) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((args.host, args.port))
        except OSError as error:
            raise UsageError(
                f"cannot listen on {args.host}:{args.port} ({error.strerror}); "
                "choose another --port or stop what uses it"
            ) from None
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR") == "":
        del os.environ["PROMETHEUS_MULTIPROC_DIR"]  # empty would mean files in the current folder
    if args.workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        # Each worker writes its metrics here; a scrape adds up every worker's (api.observability).
        # Set before any worker imports prometheus_client; a fresh folder, so no stale counts.
        import atexit
        import shutil
        import tempfile

        metrics_dir = tempfile.mkdtemp(prefix="screening-metrics-")
        atexit.register(shutil.rmtree, metrics_dir, ignore_errors=True)
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
    from api.limits import HeaderLimitsHttpTools
    from api.observability import json_log_config

    # timeout_keep_alive: an idle connection is closed 5 s after a response; HeaderLimitsHttpTools:
    # the request line and headers within SCREENING_HEADER_TIMEOUT (10 s), and at most 16 KB; uvloop
    # and httptools are uvicorn's C event loop and parser. The body's size and pace are
    # api.limits.BodyLimit's job. Logs: JSON lines, one per request from api.observability.Observe
    # (uvicorn's access log is off). On SIGTERM, requests in flight get up to 30 s to finish.
    uvicorn.run(
        "api.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level="info",
        log_config=json_log_config(),
        access_log=False,
        timeout_keep_alive=5,
        http=HeaderLimitsHttpTools,
        loop="uvloop",
        timeout_graceful_shutdown=30,
    )
    return 0


# --- keys ----------------------------------------------------------------------------------------


def _add_keys(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("keys", help="API keys (docs/formats.md §6)")
    keys_sub = p.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    add = keys_sub.add_parser("add", help="make a key, print it once, store its sha256 and scopes in the keys file")
    add.add_argument("name", help="who uses the key (appears in logs), e.g. helpdesk")
    add.add_argument(
        "--scopes", required=True, help="comma-separated: screen, history:write, history:erase, review, admin"
    )
    add.add_argument(
        "--file",
        default=None,
        help="keys file (default: $SCREENING_API_KEYS_FILE); created if missing",
    )


def _run_keys(args: argparse.Namespace) -> int:
    from api.access import KeysFileError, add_key

    keys_file = Path(args.file) if args.file else args.settings.api_keys_file
    if not keys_file:
        raise UsageError("name the keys file with --file or SCREENING_API_KEYS_FILE")
    scopes = [s.strip() for s in args.scopes.split(",") if s.strip()]
    try:
        key = add_key(keys_file, args.name, scopes)
    except KeysFileError as error:
        raise UsageError(str(error)) from None
    print(key)
    print(
        f"key {args.name!r} with scopes {', '.join(scopes)} added to {keys_file}; the key is shown only now",
        file=sys.stderr,
    )
    return 0


# --- history -------------------------------------------------------------------------------------


def _add_history_db(p: argparse.ArgumentParser) -> None:
    """`--db`, the history store the command reads: the same default as the API's (Settings)."""
    p.add_argument(
        "--db",
        default=None,
        help="history database: an SQLite file or a postgresql:// URL (default: $SCREENING_HISTORY_URL, "
        "else $SCREENING_HISTORY_PATH or var/history.sqlite3, as the API)",
    )


def _add_history(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("history", help="the sent-message history: import a file, forget a seller or conversation")
    _add_history_db(p)
    actions = p.add_subparsers(dest="history_command", required=True, metavar="ACTION")
    imp = actions.add_parser("import", help="import sent messages (JSONL/CSV/Parquet); re-imported ids are skipped")
    imp.add_argument("file", help="records file: .jsonl, .csv or .parquet (docs/formats.md §1)")
    imp.add_argument("--batch-size", type=int, default=5000, help="records per committed transaction")
    imp.add_argument(
        "--workers",
        type=int,
        default=None,
        help="processes that parse and fingerprint batches (default: one per CPU; 1 = none)",
    )
    forget = actions.add_parser("forget", help="erase every message of one seller or one conversation")
    who = forget.add_mutually_exclusive_group(required=True)
    who.add_argument("--seller", help="seller id")
    who.add_argument("--conversation", help="conversation id")


def _run_history(args: argparse.Namespace) -> int:
    from screening.store.history import open_history
    from screening.store.history_import import import_file
    from screening.batch.records import FormatError

    from screening.store.history import HistoryError

    settings = args.settings
    try:
        store = open_history(settings.history_location, retention_days=settings.retention_days)
    except HistoryError as error:  # names the file
        raise UsageError(str(error)) from None
    try:
        if args.history_command == "forget":
            # What was verified, as the API answers (see HistoryStore.erase).
            print(json.dumps(store.erase(seller_id=args.seller, conversation_id=args.conversation).to_dict()))
            return 0
        if args.batch_size < 1:
            raise UsageError(f"--batch-size must be at least 1, got {args.batch_size}")
        if args.workers is not None and args.workers < 1:
            raise UsageError(f"--workers must be at least 1, got {args.workers}")
        policy = _load_policy(args)

        def acknowledge(progress) -> None:  # one line per committed batch: what a crash cannot undo
            print(json.dumps({"committed": progress.committed, "imported": progress.imported}), flush=True)

        try:
            summary = import_file(
                store,
                args.file,
                known_markets=policy.markets,
                batch_size=args.batch_size,
                on_commit=acknowledge,
                workers=args.workers,
            )
        except FormatError as error:
            raise UsageError(str(error)) from None
        print(json.dumps(summary.as_dict()), file=sys.stderr)
        return 0
    finally:
        store.close()


def _open_history_db(args: argparse.Namespace):
    """The history store named by --db (the review, calibration and shadow commands), or a usage error."""
    from screening.store.history import HistoryError, open_history

    try:
        return open_history(args.settings.history_location)
    except HistoryError as error:
        raise UsageError(str(error)) from None


def _since(args: argparse.Namespace):
    """--since as a timestamp (None when not given), or a usage error naming the option."""
    from screening.core.types import RecordError, parse_timestamp

    try:
        return parse_timestamp(args.since, "--since") if args.since else None
    except RecordError as error:
        raise UsageError(str(error)) from None


def _load_policy(args: argparse.Namespace):
    from screening.core.policy import Policy

    return Policy.load(args.settings.policy_path)


# --- train / evaluate ----------------------------------------------------------------------------


def _training() -> SimpleNamespace:
    """The CLI's one way into training/ (`train`, `evaluate --split`): imported here, on demand, so
    nothing else in screening/ depends on training/ and the other commands never load it."""
    from training.metrics import markdown_table
    from training.pipeline import evaluate, train
    from training.task import get_task

    return SimpleNamespace(markdown_table=markdown_table, evaluate=evaluate, train=train, get_task=get_task)


def _add_train(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="train a check's model from data/ into models/<check>/<version>/")
    p.add_argument("task", help="the check whose model to train, e.g. tone")
    p.add_argument("--seed", type=int, default=0, help="random seed (same seed + data = same artifact)")
    p.add_argument("--version", default=None, help="version folder name (default: YYYY.MM.N, the next free)")
    p.add_argument("--root", default=None, help="project root holding data/ (default: this project)")
    p.add_argument("--no-promote", action="store_true", help="never make the new version the default")
    p.add_argument(
        "--reviews",
        default=None,
        help="moderators' decisions (`screening reviews export` file) "
        "added to data/ as labelled rows, split by conversation",
    )
    p.add_argument("--reviews-weight", type=float, default=None, help="weight of a reviewed row (default 2)")


def _run_train(args: argparse.Namespace) -> int:
    training = _training()
    task, root, models_dir = _training_setup(args)
    try:
        result = training.train(
            task,
            root,
            models_dir,
            seed=args.seed,
            version=args.version,
            promote=not args.no_promote,
            reviews=Path(args.reviews) if args.reviews else None,
            reviews_weight=args.reviews_weight,
        )
    except ValueError as error:
        raise UsageError(str(error)) from None
    print(f"{task.name} {result.version} written to {result.path}")
    print(training.markdown_table(result.card["metrics"]["test"], task.positive))
    print(("promoted to default: " if result.promoted else "NOT promoted: ") + result.promotion_reason)
    return 0


def _add_evaluate(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "evaluate",
        help="measure a check on labelled data (its sealed set by default), "
        "or ordinary traffic's false flags ('evaluate traffic')",
    )
    p.add_argument("task", help="a check (tone, contact, language, template, escalation) or 'traffic'")
    p.add_argument(
        "--data",
        default=None,
        help="labelled JSONL/CSV/Parquet: records plus 'codes' (or 'label'); default: "
        "data/<check>/sealed/messages.jsonl, data/traffic/messages.jsonl for traffic",
    )
    p.add_argument("--model", default=None, help="model version to load instead of models/<check>/DEFAULT")
    p.add_argument("--list", action="store_true", help="list every miss and false flag (traffic: always listed)")
    p.add_argument("--json", default=None, help="also write the full report as JSON to this file")
    p.add_argument(
        "--split",
        choices=["test"],
        default=None,
        help="instead: the model's own test split from data/ (training pipeline report with images)",
    )
    p.add_argument(
        "--output", default=None, help="with --split: report folder (default: var/reports/<check>/<version>/)"
    )
    p.add_argument("--root", default=None, help="project root holding data/ (default: this project)")


def _run_evaluate(args: argparse.Namespace) -> int:
    if args.split:
        return _run_evaluate_split(args)
    from screening.checks.base import registered_checks
    from screening.evaluation import LabelError, read_labelled, screen_labelled
    from screening.evaluation.reports import check_report, format_check_report, format_traffic_report, traffic_report
    from screening.evaluation.runner import evaluation_screener
    from screening.evaluation.sealed import sealed_folder_of, verify
    from screening.core.model_files import ModelError
    from screening.batch.records import FormatError

    checks = sorted(registered_checks())
    if args.task != "traffic" and args.task not in checks:
        raise UsageError(f"unknown check {args.task!r}; use one of {', '.join(checks)} or 'traffic'")
    root = Path(args.root) if args.root else _PROJECT_ROOT
    default = root / "data" / ("traffic" if args.task == "traffic" else f"{args.task}/sealed") / "messages.jsonl"
    data = Path(args.data) if args.data else default
    versions = {args.task: args.model} if args.model and args.task != "traffic" else {}
    try:
        screener, history = evaluation_screener(
            only=None if args.task == "traffic" else [args.task],
            model_versions=versions,
            models_dir=args.settings.models_dir,
            policy=_load_policy(args),
        )
    except ModelError as error:
        raise UsageError(str(error)) from None
    try:
        items = read_labelled(data)
    except (LabelError, FormatError) as error:
        raise UsageError(str(error)) from None
    folder = sealed_folder_of(data)
    for problem in verify(folder) if folder else []:
        print(f"warning: sealed set: {problem}", file=sys.stderr)
    outcomes = screen_labelled(screener, items, history)
    if args.task == "traffic":
        report = traffic_report(outcomes, screener.policy)
        text = format_traffic_report(report)
    else:
        report = check_report(outcomes, args.task, screener.policy)
        text = format_check_report(report, list_errors=args.list)
    report["data"] = str(data)
    report["model_versions"] = screener.model_versions
    print(f"data: {data}  models: {json.dumps(screener.model_versions)}")
    print(text)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def _run_evaluate_split(args: argparse.Namespace) -> int:
    from screening.core.model_files import ModelError

    training = _training()
    task, root, models_dir = _training_setup(args)
    try:
        result = training.evaluate(
            task, root, models_dir, version=args.model, out_dir=Path(args.output) if args.output else None
        )
    except ModelError as error:
        raise UsageError(str(error)) from None
    print(f"{task.name} {result.version}, test split of its training data (tuned figures, not sealed)")
    print(training.markdown_table(result.metrics, task.positive))
    print(f"report: {result.report}")
    return 0


_PROJECT_ROOT = Path(__file__).resolve().parents[1]


def _training_setup(args: argparse.Namespace):
    try:
        task = _training().get_task(args.task)
    except KeyError as error:
        raise UsageError(error.args[0]) from None
    root = Path(args.root) if args.root else _PROJECT_ROOT
    # The models of --root unless a models folder was named (--models-dir, $SCREENING_MODELS_DIR).
    settings = args.settings
    return task, root, settings.models_dir if "models_dir" in settings.model_fields_set else root / "models"


# --- sla -----------------------------------------------------------------------------------------


def _add_sla(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sla", help="reply deadlines per seller (R1, R6, R8): CSV + HTML report of a history file")
    p.add_argument("history", help="records file: .jsonl, .csv or .parquet (docs/formats.md §1)")
    p.add_argument("--output", "-o", required=True, help="report folder: sellers.csv, conversations.csv, report.html")
    p.add_argument("--now", default=None, help="ISO-8601 time open threads are measured at (default: now)")
    p.add_argument("--no-chart", action="store_true", help="skip the delay chart in report.html")


def _run_sla(args: argparse.Namespace) -> int:
    from screening.sla.business_hours import CalendarError
    from screening.sla.conversations import ConversationAssessor
    from screening.batch.records import FormatError
    from screening.sla.report import write_report
    from screening.core.types import RecordError, parse_timestamp

    try:
        now = parse_timestamp(args.now, "--now") if args.now else None
        assessor = ConversationAssessor.create(_load_policy(args), models_dir=args.settings.models_dir)
        summary = write_report(assessor, args.history, args.output, now=now, chart=not args.no_chart)
    except (FormatError, RecordError, CalendarError) as error:
        raise UsageError(str(error)) from None
    print(json.dumps(summary.as_dict()), file=sys.stderr)
    return 0


# --- reviews -------------------------------------------------------------------------------------


def _add_reviews(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reviews", help="moderators' decisions (docs/formats.md §7): export them as labelled data")
    _add_history_db(p)
    actions = p.add_subparsers(dest="reviews_command", required=True, metavar="ACTION")
    export = actions.add_parser(
        "export",
        help="write reviewed messages with the codes that hold (JSONL or CSV), "
        "readable by `screening evaluate CHECK --data FILE` and training",
    )
    export.add_argument("--output", "-o", required=True, help="file to write: .jsonl or .csv")
    export.add_argument("--since", default=None, help="ISO-8601: only decisions made after this")
    export.add_argument("--market", default=None, help="only this market")
    export.add_argument("--check", default=None, help="only decisions where this check or the moderator named a code")
    export.add_argument("--all", action="store_true", help="every decision (default: the latest on each message)")


def _run_reviews(args: argparse.Namespace) -> int:
    from screening.review.export import export_reviews
    from screening.review.reviews import CHECKS

    if args.check is not None and args.check not in CHECKS:
        raise UsageError(f"--check: unknown check {args.check!r}; use one of {', '.join(CHECKS)}")
    since = _since(args)
    store = _open_history_db(args)
    try:
        summary = export_reviews(
            store, args.output, since=since, market=args.market, check=args.check, latest_only=not args.all
        )
    except ValueError as error:
        raise UsageError(str(error)) from None
    finally:
        store.close()
    print(json.dumps(summary.as_dict()), file=sys.stderr)
    return 0


# --- calibrate -----------------------------------------------------------------------------------


def _add_calibrate(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "calibrate",
        help="propose per-market flag thresholds from moderators' decisions, as a policy diff (changes nothing)",
    )
    _add_history_db(p)
    p.add_argument("--days", type=int, default=90, help="decisions of the last DAYS days")
    p.add_argument("--output", "-o", required=True, help="the policy diff to write (apply with `git apply`)")
    p.add_argument("--json", default=None, help="also write the proposals as JSON to this file")


def _run_calibrate(args: argparse.Namespace) -> int:
    from datetime import datetime, timedelta, timezone

    from screening.core.calibration import format_proposals, observations, policy_diff, propose

    if args.days < 1:
        raise UsageError(f"--days must be at least 1, got {args.days}")
    policy = _load_policy(args)
    store = _open_history_db(args)
    try:
        since = datetime.now(timezone.utc) - timedelta(days=args.days)
        proposals = propose(policy, observations(store.reviews(since=since), store.queued))
    finally:
        store.close()
    source = Path(policy.source)
    try:
        shown_path = source.resolve().relative_to(_PROJECT_ROOT).as_posix()
    except ValueError:
        shown_path = source.name
    diff = policy_diff(source.read_text(encoding="utf-8"), proposals, shown_path)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(diff, encoding="utf-8")
    print(format_proposals(proposals))
    changing = sum(p.changes for p in proposals)
    print(
        f"{changing} proposal(s) written to {args.output} as a diff of {shown_path}; nothing was changed"
        + (f" (apply: git apply {args.output})" if changing else "")
    )
    if args.json:
        Path(args.json).write_text(json.dumps([p.to_dict() for p in proposals], indent=1) + "\n", encoding="utf-8")
    return 0


# --- shadow --------------------------------------------------------------------------------------


def _add_shadow(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("shadow", help="shadow mode: where a candidate model version disagrees with the default")
    _add_history_db(p)
    actions = p.add_subparsers(dest="shadow_command", required=True, metavar="ACTION")
    report = actions.add_parser("report", help="disagreements per check and code, with the moderators' decisions")
    report.add_argument("--check", default=None, help="only this check")
    report.add_argument("--since", default=None, help="ISO-8601: only messages screened after this")
    report.add_argument("--json", default=None, help="also write the report as JSON to this file")


def _run_shadow(args: argparse.Namespace) -> int:
    from screening.review.shadow import format_shadow_report, shadow_report

    since = _since(args)
    store = _open_history_db(args)
    try:
        report = shadow_report(store.shadow_rows(check=args.check, since=since))
    finally:
        store.close()
    print(format_shadow_report(report))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


# --- entry point ---------------------------------------------------------------------------------

COMMANDS: dict[str, tuple[Callable, Callable]] = {
    "check": (_add_check, _run_check),
    "rescore": (_add_rescore, _run_rescore),
    "serve": (_add_serve, _run_serve),
    "keys": (_add_keys, _run_keys),
    "train": (_add_train, _run_train),
    "evaluate": (_add_evaluate, _run_evaluate),
    "history": (_add_history, _run_history),
    "sla": (_add_sla, _run_sla),
    "reviews": (_add_reviews, _run_reviews),
    "shadow": (_add_shadow, _run_shadow),
    "calibrate": (_add_calibrate, _run_calibrate),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="screening", description="Screen marketplace messages against the platform's rules."
    )
    # These options (and --db) override the environment's SCREENING_* settings (service_settings.py).
    parser.add_argument(
        "--policy",
        default=None,
        help="policy YAML (default: $SCREENING_POLICY_PATH, else the one shipped with screening)",
    )
    parser.add_argument(
        "--models-dir",
        default=None,
        help="models folder (default: $SCREENING_MODELS_DIR, else ./models of the project)",
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add, _ in COMMANDS.values():
        add(sub)
    return parser


def settings_from(args: argparse.Namespace):
    """The service settings (the API's: the environment's SCREENING_* values), with the command's
    options over them: --policy, --models-dir and --db (an SQLite file or a postgresql:// URL)."""
    from pydantic import ValidationError

    from screening.core.service_settings import Settings

    given: dict[str, Any] = {}
    if args.policy:
        given["policy_path"] = args.policy
    if args.models_dir:
        given["models_dir"] = args.models_dir
    db = getattr(args, "db", None)
    if db and db.startswith(("postgresql://", "postgres://")):
        given["history_url"] = db
    elif db:
        # A file named here wins over $SCREENING_HISTORY_URL (history_location prefers the URL).
        given.update(history_url=None, history_path=db)
    try:
        return Settings(**given)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors())
        raise UsageError(f"settings (options or SCREENING_* environment variables): {problems}") from None


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
        stream=sys.stderr,
    )
    from screening.core.model_files import ModelError
    from screening.core.policy import PolicyError

    try:
        args.settings = settings_from(args)
        return COMMANDS[args.command][1](args)
    except (UsageError, PolicyError, ModelError) as error:
        print(f"screening {args.command}: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
