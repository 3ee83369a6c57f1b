"""Rescoring a history: every record judged against the history before it, in `sent_at` order.

For data staff: one verdict per input record (same id), bad records become error verdicts and the
run goes on, `--resume` skips ids already in the output, `--shard K/N` splits the sellers across
machines. How a run goes, with memory flat in the number of records:

1. stage (screening/batch/rescore_staging.py): the inputs (files, folders, globs, .gz, Parquet datasets,
   or a history store) are read once into DuckDB on disk and written as partitions, each a set of
   sellers in `sent_at` order (a seller's whole history, buyers' messages included, is in one);
2. judge (screening/batch/rescore_partition.py): each partition in order, in batches, against a history
   store and a conversation memory kept in scratch SQLite files; in this process, in N local
   processes (`workers`) or on Dask (`engine="dask"`): the same task function everywhere;
3. merge (screening/batch/rescore_output.py): the parts into OUTPUT in input order, so the output is the
   same whoever judged what; `only_changed` keeps the verdicts that differ from a previous run;
4. report (screening/batch/rescore_report.py): summary JSON and an HTML page, when asked.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Sequence

from screening.batch.records import format_of, read_verdict_ids
from screening.batch.rescore_inputs import Source, expand_inputs
from screening.batch.rescore_partition import (
    PartitionResult,
    PartitionState,
    ScreenerSpec,
    judge_partition,
    judge_partition_task,
)
from screening.batch.rescore_staging import StagePlan, shard_of, stage

log = logging.getLogger(__name__)

ENGINES = ("local", "dask")


@dataclass
class RescoreSummary:
    records: int = 0
    screened: int = 0
    errors: int = 0
    skipped: int = 0
    allow: int = 0
    flag: int = 0
    block: int = 0
    written: int = 0  # verdicts written to OUTPUT (fewer with only_changed)
    seconds: float = 0.0
    judging_seconds: float = 0.0  # summed over partitions: the judging alone, without model loading
    codes: dict[str, int] = field(default_factory=dict)  # messages with each finding code

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def add(self, result: PartitionResult) -> None:
        self.records += result.records
        self.screened += result.screened
        self.errors += result.errors
        self.skipped += result.skipped
        self.judging_seconds += result.seconds
        for action in ("allow", "flag", "block"):
            setattr(self, action, getattr(self, action) + result.actions.get(action, 0))
        self.codes = dict(sorted((Counter(self.codes) + result.codes).items()))

    def lines(self) -> list[str]:
        """The end-of-run summary, by action and by code, as plain lines."""
        rate = self.screened / self.seconds if self.seconds else 0.0
        out = [
            f"rescore: {self.records:,} records, {self.screened:,} screened, {self.errors:,} errors, "
            f"{self.skipped:,} skipped, {self.written:,} written in {self.seconds:,.1f} s ({rate:,.0f} msg/s)",
            f"  by action: allow {self.allow:,} · flag {self.flag:,} · block {self.block:,}",
        ]
        for code, count in sorted(self.codes.items(), key=lambda item: (-item[1], item[0])):
            out.append(f"  {code:<34} {count:>10,}")
        return out


@dataclass(frozen=True)
class Shard:
    index: int  # 0-based
    count: int

    @classmethod
    def parse(cls, text: str) -> "Shard":
        try:
            k, n = (int(part) for part in text.split("/"))
        except ValueError:
            raise ValueError(f"--shard must look like K/N (for example 1/4), got {text!r}") from None
        if n < 1 or not 1 <= k <= n:
            raise ValueError(f"--shard K/N needs 1 <= K <= N, got {text!r}")
        return cls(k - 1, n)

    @property
    def label(self) -> str:
        return f"{self.index + 1}/{self.count}"

    def owns(self, record: dict) -> bool:
        return shard_of(record, self.count) == self.index


def _refuse_bad_options(
    engine: str, workers: int, scheduler: str | None, output: Path, only_changed: str | Path | None, resume: bool
) -> None:
    """Every option error, raised before anything is read: not after hours of judging."""
    if engine not in ENGINES:
        raise ValueError(f"--engine must be one of {', '.join(ENGINES)}, got {engine!r}")
    if workers < 1:
        raise ValueError(f"--workers must be at least 1, got {workers}")
    if scheduler and engine != "dask":
        raise ValueError("--scheduler needs --engine dask")
    format_of(output)  # an unknown output type
    if only_changed is not None:
        format_of(only_changed)
        if not Path(only_changed).exists():
            from screening.batch.records import FormatError

            raise FormatError(f"{only_changed}: no such file (--only-changed names a previous run's output)")
    if resume and format_of(output) == "parquet" and output.exists():
        raise ValueError("appending to a Parquet file is not possible; write JSONL or CSV to resume")


def _judge_in_process(
    screener: Any, history: Any, spec: ScreenerSpec, work: Path, todo: list, done_ids: set[str]
) -> tuple[Any, list[PartitionResult]]:
    """Judge the `todo` (partition, output) pairs in this process; the screener that judged them
    (the caller's, or one built from `spec`) and their results."""
    state = _in_process_state(screener, history, spec, work)
    try:
        return state.screener, [
            judge_partition(state, part.path, out, done_ids, index=part.index) for part, out in todo
        ]
    finally:
        if state.scratch is None:  # this run's own memory (the caller's screener)
            state.conversations.close()


def rescore(
    screener: Any,
    input_path: str | Path | Sequence[str | Path],
    output_path: str | Path,
    *,
    resume: bool = False,
    shard: Shard | None = None,
    progress: bool | None = None,
    history: Any = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    spec: ScreenerSpec | None = None,
    from_history: str | None = None,
    only_changed: str | Path | None = None,
    report: str | Path | None = None,
    work_dir: str | Path | None = None,
    partitions: int | None = None,
) -> RescoreSummary:
    """Screen the inputs into `output_path` (see the module docstring).

    In this process (`workers=1`, engine "local"), `screener` judges and each message is recorded
    into `history` (the store the screener's checks were built with; None: nothing recorded, only
    the file's conversations are remembered). With `workers` > 1 or engine "dask", each worker
    process builds its own screener from `spec` (the shipped policy and models by default) with a
    fresh history store: `screener` is then only used for what the merge needs (policy version)."""
    started = time.perf_counter()
    output = Path(output_path)
    _refuse_bad_options(engine, workers, scheduler, output, only_changed, resume)
    sources = (
        [Source(_without_password(from_history), history=from_history)]
        if from_history
        else expand_inputs([input_path] if isinstance(input_path, (str, Path)) else list(input_path))
    )
    in_process = workers == 1 and engine == "local"
    spec = replace(spec or ScreenerSpec(), run=uuid.uuid4().hex)  # a fresh history in every process
    count = partitions or (1 if in_process else workers * 4)  # several per worker: even load, resumable units
    own_work = work_dir is None
    work = Path(work_dir) if work_dir else Path(tempfile.mkdtemp(prefix=".rescore-", dir=output.parent))
    work.mkdir(parents=True, exist_ok=True)
    done_ids: set[str] = set()
    if resume:
        _drop_torn_last_line(output)
        done_ids = read_verdict_ids(output)
    summary = RescoreSummary()
    show = _Progress(progress, work)
    try:
        show.phase("staging")
        plan = StagePlan.of(sources, count, shard.label if shard else None)
        if not plan.staged_in(work / "staged"):
            for stale in work.glob("verdicts-*"):  # judged from other inputs: never reused
                stale.unlink()
        parts = stage(
            sources, work / "staged", count, owns=shard.owns if shard else None, on_record=show.staged, plan=plan
        )
        show.start(sum(p.records for p in parts))
        outs = [work / f"verdicts-{p.index:04d}.parquet" for p in parts]
        todo = [(p, out) for p, out in zip(parts, outs) if not out.exists()]  # finished parts of a resumed run
        results = [
            PartitionResult.from_dict(_read_json(out.with_suffix(".summary.json")))
            for p, out in zip(parts, outs)
            if out.exists()
        ]
        if in_process:
            screener, judged = _judge_in_process(screener, history, spec, work, todo, done_ids)
            results += judged
        else:
            results += [
                PartitionResult.from_dict(r)
                for r in _run_elsewhere(engine, workers, scheduler, spec, todo, frozenset(done_ids))
            ]
        for result in results:
            summary.add(result)
        show.phase("writing")
        con = _connect(work)
        try:
            if only_changed:
                from screening.batch.rescore_output import load_previous

                load_previous(con, only_changed)
            if done_ids:
                import pyarrow as pa

                done_table = pa.table({"id": sorted(done_ids)})  # noqa: F841 - read by DuckDB below
                con.execute("CREATE TABLE done AS SELECT id FROM done_table")
            from screening.batch.rescore_output import merge

            policy = screener.policy if screener is not None else spec.load_policy()
            policy_version = getattr(policy, "version", None)
            summary.written = merge(
                con,
                outs,
                output,
                append=resume and output.exists(),
                only_changed=bool(only_changed),
                policy_version=policy_version,
                skip_done=bool(done_ids),
            )
            summary.seconds = time.perf_counter() - started
            if report:
                from screening.batch.rescore_report import write_report

                write_report(con, outs, Path(report), summary, previous=bool(only_changed))
        finally:
            con.close()
    finally:
        show.stop()
    if own_work:
        shutil.rmtree(work, ignore_errors=True)
    log.info(
        "rescore_done records=%d screened=%d errors=%d skipped=%d seconds=%.2f",
        summary.records,
        summary.screened,
        summary.errors,
        summary.skipped,
        summary.seconds,
    )
    return summary


def _in_process_state(screener: Any, history: Any, spec: ScreenerSpec | None, work: Path) -> PartitionState:
    from screening.store.conversation_memory import SpillingConversationMemory

    if screener is None:
        from screening.batch.rescore_partition import process_state

        assert spec is not None  # without a screener of its own, the caller names one to build
        return process_state(spec)
    from screening.batch.rescore_partition import HOT_CONVERSATIONS

    return PartitionState(
        screener, history, SpillingConversationMemory(str(work / "conversations.sqlite3"), hot=HOT_CONVERSATIONS)
    )


def _run_elsewhere(engine: str, workers: int, scheduler: str | None, spec: ScreenerSpec, todo, done_ids) -> list[dict]:
    """Every partition through `judge_partition_task`, on local processes or Dask workers."""
    if not todo:
        return []
    args = [(spec, str(part.path), str(out), done_ids) for part, out in todo]
    if engine == "local":
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: this process has DuckDB and SQLite threads and handles a fork would copy.
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            return list(pool.map(judge_partition_task, *zip(*args)))
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler is None:
        # Processes, one thread each: the checks are pure Python, threads would share one GIL.
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        with Client(scheduler or cluster) as client:
            futures = client.map(judge_partition_task, *zip(*args), pure=False)
            return client.gather(futures)
    finally:
        if cluster is not None:
            cluster.close()


def _connect(work: Path):
    from screening.batch.rescore_output import connect

    return connect(work)


def _read_json(path: Path) -> dict:
    import json

    return json.loads(path.read_text())


def _without_password(location: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    if "://" not in location:
        return location
    parts = urlsplit(location)
    host = parts.hostname or ""
    netloc = (f"{parts.username}@" if parts.username else "") + host + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


class _Progress:
    """Progress on stderr: a bar on a terminal; plain lines every PLAIN_EVERY seconds otherwise (a
    scheduler's log). Counts come from the partitions' progress files, so every engine reports."""

    PLAIN_EVERY = 10.0

    def __init__(self, enabled: bool | None, work: Path):
        # A bar only when both outputs are a terminal: with either one redirected (a cron job, a
        # scheduler capturing stdout) the run is being logged, and a log wants lines.
        self.tty = os.isatty(1) and os.isatty(2)
        self.enabled = enabled if enabled is not None else True
        self.work = work
        self.total = 0
        self._staged = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._started = time.monotonic()
        self._last_plain = time.monotonic()

    def phase(self, name: str) -> None:
        if self.enabled and not self.tty:
            print(f"rescore: {name}", file=sys.stderr, flush=True)

    def staged(self, count: int) -> None:
        self._staged += count
        if self.enabled and not self.tty and time.monotonic() - self._last_plain > self.PLAIN_EVERY:
            print(f"rescore: staged {self._staged:,} records", file=sys.stderr, flush=True)
            self._last_plain = time.monotonic()

    def start(self, total: int) -> None:
        self.total = total
        self._started = time.monotonic()
        if self.enabled:
            self._thread = threading.Thread(target=self._run, daemon=True)
            self._thread.start()

    def _done(self) -> int:
        done = 0
        for path in self.work.glob("verdicts-*.progress"):
            try:
                done += int(path.read_text() or 0)
            except (OSError, ValueError):
                continue  # being rewritten right now
        return done

    def _run(self) -> None:
        bar = None
        if self.tty:
            from tqdm import tqdm

            bar = tqdm(total=self.total, unit="msg", desc="rescore", smoothing=0.05)
        while True:
            stopping = self._stop.wait(1.0 if bar else self.PLAIN_EVERY)
            done = self._done()
            if bar is not None:
                bar.update(done - bar.n)
            else:
                elapsed = time.monotonic() - self._started
                rate = done / elapsed if elapsed else 0.0
                share = f" ({done / self.total:.0%})" if self.total else ""
                print(
                    f"rescore: {done:,} / {self.total:,} records{share}, {rate:,.0f} msg/s", file=sys.stderr, flush=True
                )
            if stopping:
                break
        if bar is not None:
            bar.close()

    def stop(self) -> None:
        if self._thread is not None:
            self._stop.set()
            self._thread.join()


def _drop_torn_last_line(path: Path) -> None:
    """A run killed mid-write can leave half a line; cut it so appending stays valid."""
    if not path.exists() or path.stat().st_size == 0 or format_of(path) == "parquet":
        return
    with path.open("rb+") as handle:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(max(0, size - 1))
        if handle.read(1) == b"\n":
            return
        data = path.read_bytes()
        cut = data.rfind(b"\n") + 1
        handle.truncate(cut)


__all__ = ["ENGINES", "RescoreSummary", "Shard", "rescore"]
