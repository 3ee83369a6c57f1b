"""Judging one partition of a rescore: its records in `sent_at` order, each against the history
before it, in batches; verdicts to a Parquet part file that the final merge puts in order.

The same function runs in the calling process (one worker), in a local process pool (`--workers`)
and on Dask workers (`--engine dask`): `judge_partition_task` takes only picklable arguments and
builds (once per process) the screener, its history store and the conversation memory.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from screening.core.conversation_context import should_record
from screening.store.conversation_memory import SpillingConversationMemory
from screening.batch.records import RawRecord
from screening.batch.rescore_staging import read_partition
from screening.core.types import Message, RecordError

log = logging.getLogger(__name__)

# Messages screened per call of the batch checks: big enough for vectorised scoring, small enough
# that a batch's messages and verdicts are a few MB.
BATCH = 256
PROGRESS_EVERY_SECONDS = 2.0
# Messages a process judges between two releases of the checks' caches (spaCy's vocabulary grows
# with every new string): rebuilding costs a few seconds, this many messages take minutes.
RELEASE_CACHES_EVERY = 200_000
# Conversations whose recent messages stay in memory (the others wait in a scratch SQLite file).
HOT_CONVERSATIONS = 5_000


@dataclass(frozen=True)
class ScreenerSpec:
    """How a worker process builds its screener (picklable: it travels to Dask workers)."""

    policy: str | None = None
    models_dir: str | None = None
    record_history: bool = True  # a history store per process, as `screening rescore` does
    # One rescore run: a process that serves several runs (a long-lived Dask cluster) starts each
    # with a fresh history, never one holding the previous run's messages.
    run: str = ""

    def load_policy(self):
        from screening.core.policy import Policy

        return Policy.load(self.policy) if self.policy else Policy.load()

    def build(self, history: Any = None, reuse: Any = None):
        """The screener over `history`; `reuse`: the screener of an earlier run of the same spec (its
        models are kept: a Dask worker, or a process that rescores again, loads them once)."""
        from screening.core.pipeline import Screener

        policy = reuse.policy if reuse is not None else self.load_policy()
        return Screener.create(
            policy, models_dir=Path(self.models_dir) if self.models_dir else None, history=history, reuse=reuse
        )

    def inputs(self) -> tuple:
        """What the checks are built from: the policy file's bytes and each model's DEFAULT pointer
        (a version folder never changes; a pointer or the policy may between two runs)."""
        from screening.core.model_files import DEFAULT_POINTER
        from screening.core.policy import DEFAULT_POLICY_PATH

        models = Path(self.models_dir) if self.models_dir else Path(__file__).resolve().parents[2] / "models"
        pointers = tuple(sorted((p.parent.name, p.read_bytes()) for p in models.glob(f"*/{DEFAULT_POINTER}")))
        return (self.models_dir, Path(self.policy or DEFAULT_POLICY_PATH).read_bytes(), pointers)


@dataclass
class PartitionState:
    """What one process judges with: built once, shared by every partition the process runs (the
    partitions' sellers are disjoint, and the history and conversation memory are keyed by seller
    and conversation, so they never see each other's messages)."""

    screener: Any
    history: Any
    conversations: Any
    scratch: Path | None = None  # removed by close()
    judged_since_release: int = 0
    inputs: tuple = ()  # ScreenerSpec.inputs() the screener was built from

    def close(self) -> None:
        for store in (self.history, self.conversations):
            if store is not None:
                store.close()
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)


@dataclass
class PartitionResult:
    index: int
    records: int = 0
    screened: int = 0
    errors: int = 0
    skipped: int = 0
    actions: Counter = field(default_factory=Counter)
    codes: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "records": self.records,
            "screened": self.screened,
            "errors": self.errors,
            "skipped": self.skipped,
            "actions": dict(self.actions),
            "codes": dict(self.codes),
            "seconds": self.seconds,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "PartitionResult":
        return cls(
            data["index"],
            data["records"],
            data["screened"],
            data["errors"],
            data["skipped"],
            Counter(data["actions"]),
            Counter(data["codes"]),
            data["seconds"],
        )


_PROCESS_STATE: dict[ScreenerSpec, PartitionState] = {}


def process_state(spec: ScreenerSpec) -> PartitionState:
    """This process's screener, history and conversation memory, built at its first partition. The
    history and memory are SQLite files in a scratch folder local to the process (removed at exit):
    memory stays flat however many records pass through."""
    state = _PROCESS_STATE.get(spec)
    if state is None:
        reuse, inputs = None, spec.inputs()
        for old in list(_PROCESS_STATE):  # an earlier run's state: its files go, its models stay if the same
            previous = _PROCESS_STATE.pop(old)
            previous.close()
            if previous.inputs == inputs:
                reuse = previous.screener
        scratch = Path(tempfile.mkdtemp(prefix="rescore-worker-"))
        atexit.register(shutil.rmtree, scratch, ignore_errors=True)
        history = None
        if spec.record_history:
            from screening.store.history import HistoryStore

            history = HistoryStore(scratch / "history.sqlite3")
            # A scratch store, rebuilt by a rerun: no journal, no sync, no zeroing of deleted rows,
            # 16 MB of page cache (the file grows with the history; memory must not).
            for pragma in ("journal_mode=OFF", "synchronous=OFF", "secure_delete=OFF", "cache_size=-16384"):
                history._db.execute(f"PRAGMA {pragma}")
        conversations = SpillingConversationMemory(str(scratch / "conversations.sqlite3"), hot=HOT_CONVERSATIONS)
        state = _PROCESS_STATE[spec] = PartitionState(
            spec.build(history, reuse), history, conversations, scratch, inputs=inputs
        )
    return state


def judge_partition_task(spec: ScreenerSpec, part: str, out: str, done_ids: frozenset[str] = frozenset()) -> dict:
    """The unit of work of every engine: judge the staged partition `part` into `out`."""
    return judge_partition(process_state(spec), Path(part), Path(out), done_ids).as_dict()


def judge_partition(
    state: PartitionState, part: Path, out: Path, done_ids: Iterable[str] = frozenset(), index: int | None = None
) -> PartitionResult:
    """Judge every record of `part` (a staged partition) into the Parquet file `out`, written under
    a temporary name and renamed when complete: a partition whose `out` exists is finished, and a
    resumed run skips it."""
    from screening.batch.rescore_output import PartWriter

    started = time.perf_counter()
    done_ids = frozenset(done_ids)
    result = PartitionResult(index if index is not None else _index_of(part))
    progress = out.with_suffix(".progress")
    last_report = time.monotonic()
    tmp = out.with_name(out.name + ".tmp")
    with PartWriter(tmp) as writer:
        for rows in read_partition(part, BATCH):
            _judge_batch(state, rows, writer, done_ids, result)
            state.judged_since_release += len(rows)
            if state.judged_since_release >= RELEASE_CACHES_EVERY:
                state.screener.release_caches()
                state.judged_since_release = 0
            if time.monotonic() - last_report > PROGRESS_EVERY_SECONDS:
                progress.write_text(str(result.records))
                last_report = time.monotonic()
    os.replace(tmp, out)
    progress.write_text(str(result.records))
    result.seconds = time.perf_counter() - started
    out.with_suffix(".summary.json").write_text(json.dumps(result.as_dict()))
    log.info(
        "rescore_partition_done partition=%d records=%d screened=%d errors=%d seconds=%.2f",
        result.index,
        result.records,
        result.screened,
        result.errors,
        result.seconds,
    )
    return result


def _judge_batch(
    state: PartitionState, rows: list[tuple[RawRecord, int, int | None]], writer, done_ids, result: PartitionResult
) -> None:
    screener, history, conversations = state.screener, state.history, state.conversations
    # In order: invalid records become error verdicts; valid ones take their conversation's
    # earlier messages now (the batch's own earlier messages included), as one-by-one would.
    pending: list[tuple[int, Message, tuple[Message, ...]]] = []
    outcomes: list[Any] = [None] * len(rows)
    for i, (record, _, _) in enumerate(rows):
        result.records += 1
        try:
            if record.error is not None:
                raise RecordError("record", record.error)
            message = screener.message_from_record(record.data)
        except RecordError as error:
            result.errors += 1
            if record.id not in done_ids:
                verdict = screener.error_verdict(record.id, error).to_dict()
                verdict["error"]["position"] = record.position  # line (JSONL) or row (CSV, Parquet)
                outcomes[i] = (verdict, None)
            continue
        pending.append((i, message, conversations.earlier(message)))
        conversations.remember(message)

    recorder = DeferredRecorder(history)

    # Runs of messages to judge, cut at the ones an earlier run judged (--resume): those are only
    # recorded, at their place in time, so the history stays what one uninterrupted run sees.
    run: list[tuple[int, Message, tuple[Message, ...]]] = []
    for item in [*pending, None]:
        if item is not None and item[1].id not in done_ids:
            run.append(item)
            continue
        if run:
            verdicts = screener.screen_in_order(
                [(m, c) for _, m, c in run], record=recorder.record, before_history=recorder.before
            )
            for (i, message, _), verdict in zip(run, verdicts):
                verdict = verdict.to_dict()
                result.screened += 1
                result.actions[verdict["action"]] += 1
                result.codes.update({f["code"] for f in verdict["findings"]})
                outcomes[i] = (verdict, message)
            run = []
        if item is not None:
            result.skipped += 1
            recorder.add(item[1])
    recorder.flush()
    for (record_, file_index, ts), outcome in zip(rows, outcomes):
        if outcome is not None:
            writer.write(outcome[0], outcome[1], record_, file_index, ts)


class DeferredRecorder:
    """Records judged messages into the history by the API's rule (should_record), in fewer
    transactions: writes wait until a message of the same seller is about to be judged against
    the history (the template check reads only its own seller's messages), or the batch ends. What
    each message is judged against is the same as with one write per message."""

    def __init__(self, history: Any):
        self.history = history
        self._pending: list[Message] = []
        self._sellers: set[str | None] = set()

    def record(self, message: Message, verdict) -> None:
        if should_record(verdict):
            self.add(message)

    def add(self, message: Message) -> None:
        if self.history is not None:
            self._pending.append(message)
            self._sellers.add(message.seller_id)

    def before(self, message: Message) -> None:
        if message.seller_id in self._sellers:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            self.history.add(self._pending)  # one transaction; the first of a repeated id wins, as before
            self._pending, self._sellers = [], set()


def _index_of(part: Path) -> int:
    digits = "".join(ch for ch in part.stem if ch.isdigit())
    return int(digits) if digits else 0


__all__ = [
    "BATCH",
    "PartitionResult",
    "PartitionState",
    "ScreenerSpec",
    "judge_partition",
    "judge_partition_task",
    "process_state",
]
