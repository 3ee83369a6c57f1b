"""`screening history import FILE`: a JSONL/CSV/Parquet file of message records into the history.

The file is cut into batches of `batch_size` records; each batch is one transaction, acknowledged
(`on_commit`) once it is on disk, so everything acknowledged survives a crash, even `kill -9`.
Re-importing a file adds nothing: ids are unique.

Where the time goes: parsing and validating a record is ~20 µs, fingerprinting a seller reply for
the template check (normalise + MinHash sketch) ~150-200 µs, writing it ~40-80 µs. So worker
processes do everything but the writing: each takes a whole batch (raw JSONL lines, or records
for CSV/Parquet), and hands back ready-to-insert rows; this process only reads lines and writes,
in file order. Workers skip the fingerprints of ids the database already has, asking through the
store's `worker_id_reader` (on SQLite a read-only connection of their own; WAL lets it read while
this process writes), so a re-import costs parsing only.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator, Sequence

from screening.store.history import History, message_row
from screening.store.template_index import fingerprint_rows
from screening.batch.records import RawRecord, parse_jsonl_line, read_jsonl_lines, read_records, readable_format
from screening.core.types import Message, RecordError

log = logging.getLogger(__name__)

# Below this many records in a batch, a worker process costs more than it saves.
_PARALLEL_FROM = 1000


@dataclass
class ImportSummary:
    records: int = 0  # records read from the file
    imported: int = 0  # new to the history
    duplicates: int = 0  # ids already stored, left unchanged
    errors: int = 0  # records that are not valid messages (skipped, reported by position)
    expired: int = 0  # older than the history's retention window: skipped, never stored
    committed: int = 0  # records acknowledged: on disk, whatever happens next

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class PreparedBatch:
    """One batch of the file, parsed, validated and fingerprinted, ready for HistoryStore.add_rows."""

    records: int  # lines/rows of the file in this batch
    valid: int  # of which valid messages (stored before or not)
    messages: list[tuple] = field(default_factory=list)  # message_row of each valid message not stored yet
    fingerprints: list[tuple] = field(default_factory=list)  # fingerprint_rows of those
    errors: list[tuple[int, str]] = field(default_factory=list)  # (position, field) of invalid records
    expired: int = 0  # valid, but older than the retention window (not stored)


def import_file(
    store: History,
    path: str | Path,
    *,
    known_markets: frozenset[str] | None = None,
    batch_size: int = 5000,
    on_commit: Callable[[ImportSummary], None] | None = None,
    workers: int | None = None,
) -> ImportSummary:
    """Import `path` into `store` (see the module docstring); `workers` defaults to the CPU count.

    Raises FormatError for a file that cannot be read at all; a bad record is counted in `errors`,
    logged by position and field (never its content) and skipped.
    """
    workers = (os.cpu_count() or 1) if workers is None else workers
    # How a worker process learns which ids are stored (None: it does not ask; add_rows decides).
    id_reader = store.worker_id_reader()
    summary = ImportSummary()
    in_order: deque[Future | PreparedBatch] = deque()
    pool: ProcessPoolExecutor | None = None

    def commit_oldest() -> None:
        oldest = in_order.popleft()
        batch = oldest.result() if isinstance(oldest, Future) else oldest
        added = store.add_rows(batch.messages, batch.fingerprints)
        for position, field_name in batch.errors:
            # The position and field only: the record itself is personal data.
            log.warning("history_import_bad_record position=%d field=%s", position, field_name)
        summary.records += batch.records
        summary.errors += len(batch.errors)
        summary.imported += added
        summary.expired += batch.expired
        summary.duplicates += batch.valid - batch.expired - added
        summary.committed += batch.records
        log.info(
            "history_import_progress committed=%d imported=%d errors=%d",
            summary.committed,
            summary.imported,
            summary.errors,
        )
        if on_commit is not None:
            on_commit(summary)

    try:
        for raw_lines, items in _batches(path, batch_size):
            if workers > 1 and len(items) >= _PARALLEL_FROM:
                if pool is None:
                    pool = ProcessPoolExecutor(
                        workers,
                        # Spawned, not forked: a fork copies this process's SQLite state while another
                        # thread (the WAL checkpointer, a server's requests) may hold one of SQLite's
                        # locks, and the worker's own connection then waits on it for ever.
                        mp_context=multiprocessing.get_context("spawn"),
                        initializer=_die_with_parent,
                        initargs=(os.getpid(),),
                    )
                in_order.append(
                    pool.submit(
                        _prepare_in_worker, items, raw_lines, known_markets, id_reader, store.retention_cutoff()
                    )
                )
            else:
                in_order.append(
                    prepare_batch(items, raw_lines, known_markets, store.stored_ids, store.retention_cutoff())
                )
            # With workers: enough batches ahead to keep each busy while this process writes.
            # Without: a batch prepared here is written at once (no reason to hold it back).
            while len(in_order) > (2 * workers if pool is not None else 0):
                commit_oldest()
        while in_order:
            commit_oldest()
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return summary


def _batches(path: str | Path, size: int) -> Iterator[tuple[bool, list]]:
    """(raw_lines, items) of `size` records: JSONL stays unparsed lines (parsing is the workers'
    job), CSV and Parquet come as RawRecords (their readers are not line-splittable)."""
    raw_lines = readable_format(path) == "jsonl"
    source: Iterator = read_jsonl_lines(path) if raw_lines else read_records(path)
    batch: list = []
    for item in source:
        batch.append(item)
        if len(batch) >= size:
            yield raw_lines, batch
            batch = []
    if batch:
        yield raw_lines, batch


def prepare_batch(
    items: Sequence,
    raw_lines: bool,
    known_markets: frozenset[str] | None,
    stored_ids: Callable[[list[str]], set[str]],
    cutoff: datetime | None = None,
) -> PreparedBatch:
    """Parse, validate and fingerprint one batch. `stored_ids` says which ids the history already
    has: their fingerprints are not computed (only an optimisation: add_rows checks again)."""
    records: list[RawRecord] = [parse_jsonl_line(*item) for item in items] if raw_lines else list(items)
    batch = PreparedBatch(records=len(records), valid=0)
    messages: list[Message] = []
    for record in records:
        try:
            if record.error is not None:
                raise RecordError("record", record.error)
            messages.append(Message.from_record(record.data or {}, known_markets=known_markets))
        except RecordError as error:
            batch.errors.append((record.position, error.field))
    batch.valid = len(messages)
    if cutoff is not None:
        kept = [m for m in messages if m.sent_at >= cutoff]
        batch.expired, messages = len(messages) - len(kept), kept
    stored = stored_ids([m.id for m in messages])
    new = [m for m in messages if m.id not in stored]
    batch.messages = [message_row(m) for m in new]
    batch.fingerprints = fingerprint_rows(new)
    return batch


def _prepare_in_worker(
    items: Sequence,
    raw_lines: bool,
    known_markets: frozenset[str] | None,
    id_reader: Callable[[list[str]], set[str]] | None,
    cutoff: datetime | None = None,
) -> PreparedBatch:
    return prepare_batch(items, raw_lines, known_markets, id_reader or _none_stored, cutoff)


def _none_stored(ids: list[str]) -> set[str]:
    return set()


def _die_with_parent(parent: int) -> None:
    """Worker start-up: a `kill -9` of the importer must not leave its workers behind (Linux)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: workers then end when their task pipe closes
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
