"""Rescoring a history file: every record judged against the history before it, in `sent_at` order.

For data staff: one verdict per input record (same id), a progress bar on a terminal, bad records
become error verdicts and the run goes on, `--resume` skips ids already in the output, and
`--shard K/N` splits a big file across machines by seller (a seller's whole history stays in one
shard, so template and language memory stay correct).
"""

from __future__ import annotations

import logging
import os
import time
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from screening.store.conversation_memory import ConversationMemory
from screening.store.history import HistoryStore
from screening.core.pipeline import Screener
from screening.batch.records import RawRecord, VerdictWriter, format_of, read_records, read_verdict_ids
from screening.core.types import Message, RecordError, parse_timestamp

log = logging.getLogger(__name__)

_UNKNOWN_TIME = datetime.max.replace(tzinfo=timezone.utc)


@dataclass
class RescoreSummary:
    records: int = 0
    screened: int = 0
    errors: int = 0
    skipped: int = 0
    allow: int = 0
    flag: int = 0
    block: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, float | int]:
        return dict(self.__dict__)


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

    def owns(self, record: dict) -> bool:
        key = str(record.get("seller_id") or record.get("conversation_id") or record.get("id") or "")
        return zlib.crc32(key.encode("utf-8", "surrogatepass")) % self.count == self.index


def rescore(
    screener: Screener,
    input_path: str | Path,
    output_path: str | Path,
    *,
    resume: bool = False,
    shard: Shard | None = None,
    progress: bool | None = None,
    on_verdict: Callable[[Message, dict], None] | None = None,
    history: HistoryStore | None = None,
) -> RescoreSummary:
    """Screen `input_path` into `output_path`. With `history` (a fresh store, the one the screener's
    checks were built with), each message is recorded after it is judged, unless blocked, as the
    API does: so each message is judged against the file's own earlier messages."""
    started = time.perf_counter()
    summary = RescoreSummary()
    format_of(output_path)  # fail before reading anything if the output type is unknown
    done_ids: set[str] = set()
    if resume:
        _drop_torn_last_line(Path(output_path))
        done_ids = read_verdict_ids(output_path)

    raw = [r for r in read_records(input_path) if shard is None or r.data is None or shard.owns(r.data)]
    summary.records = len(raw)
    ordered = sorted(raw, key=_sent_at_key)

    conversations = ConversationMemory()
    with VerdictWriter(output_path, append=resume and Path(output_path).exists()) as writer:
        for record in _with_progress(ordered, progress):
            record_id = record.id
            try:
                if record.error is not None:
                    raise RecordError("record", record.error)
                message = screener.message_from_record(record.data)
            except RecordError as error:
                summary.errors += 1
                if record_id not in done_ids:
                    verdict = screener.error_verdict(record_id, error).to_dict()
                    verdict["error"]["position"] = record.position  # line (JSONL) or row (CSV, Parquet)
                    writer.write(verdict)
                continue
            earlier = conversations.earlier(message)
            blocked = False
            if record_id in done_ids:
                summary.skipped += 1
            else:
                verdict = screener.screen(message, conversation=earlier).to_dict()
                writer.write(verdict)
                summary.screened += 1
                setattr(summary, verdict["action"], getattr(summary, verdict["action"]) + 1)
                blocked = verdict["action"] == "block"
                if on_verdict is not None:
                    on_verdict(message, verdict)
            if history is not None and not blocked:
                history.add([message])
            conversations.remember(message)
    summary.seconds = time.perf_counter() - started
    log.info(
        "rescore_done records=%d screened=%d errors=%d skipped=%d seconds=%.2f",
        summary.records,
        summary.screened,
        summary.errors,
        summary.skipped,
        summary.seconds,
    )
    return summary


def _sent_at_key(record: RawRecord) -> tuple[datetime, int]:
    # Unparseable times sort last; the record still gets its (error) verdict there.
    try:
        value = (record.data or {}).get("sent_at")
        moment = parse_timestamp(value) if value not in (None, "") else _UNKNOWN_TIME
    except RecordError:
        moment = _UNKNOWN_TIME
    return (moment, record.position)


def _with_progress(records: list[RawRecord], progress: bool | None):
    if progress is None:
        progress = os.isatty(2)
    if not progress:
        return records
    from tqdm import tqdm

    return tqdm(records, unit="msg", desc="rescore", smoothing=0.05)


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


__all__ = ["RescoreSummary", "Shard", "rescore"]
