"""What a rescore reads: files, folders, globs (JSONL, CSV, Parquet; JSONL/CSV may be .gz), or a
history store (`--from-history`).

Every source turns into RawRecords (screening/batch/records.py), so a broken line or row becomes an
error verdict exactly as it always has, whatever the source. Records are streamed, never listed.
"""

from __future__ import annotations

import glob
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from screening.batch.records import FORMATS, FormatError, RawRecord, check_readable, format_of, read_records


@dataclass(frozen=True)
class Source:
    """One thing records come from: a file, or a history store (`history` is its location)."""

    name: str  # shown in error verdicts and the report: the file path, or the store without password
    path: Path | None = None
    history: str | None = None

    def records(self) -> Iterator[RawRecord]:
        if self.history is not None:
            return history_records(self.history)
        assert self.path is not None  # a Source is a file or a store
        return read_records(self.path)


def expand_inputs(specs: Sequence[str | Path]) -> list[Source]:
    """The files named by `specs` in a stable order: a file as is, a folder's record files (all
    depths, a Parquet dataset included), a glob's matches. FormatError when a spec names nothing
    readable, before any work starts."""
    sources: list[Source] = []
    for spec in specs:
        text = str(spec)
        if any(char in text for char in "*?["):
            matches = sorted(Path(p) for p in glob.glob(text, recursive=True) if Path(p).is_file())
            if not matches:
                raise FormatError(f"{text}: the pattern matches no file")
            files = matches
        elif Path(text).is_dir():
            files = sorted(p for p in Path(text).rglob("*") if p.is_file() and _is_record_file(p))
            if not files:
                raise FormatError(
                    f"{text}: the folder holds no record file ({', '.join(sorted(FORMATS))}, .jsonl.gz, .csv.gz)"
                )
        else:
            files = [Path(text)]
        for path in files:
            check_readable(path)  # unknown type, missing file, CSV/Parquet without required columns
            sources.append(Source(str(path), path=path))
    return sources


def _is_record_file(path: Path) -> bool:
    if path.name.startswith((".", "_")):  # _SUCCESS, .crc and other dataset bookkeeping
        return False
    try:
        format_of(path)
    except FormatError:
        return False
    return True


def history_records(location: str, batch: int = 10_000) -> Iterator[RawRecord]:
    """Every message of a history store as a record (the store's own order; rescore sorts). The
    store is read in batches by id, so a store of millions of rows is never in memory at once."""
    from screening.store.history import is_postgres_url

    if is_postgres_url(location):
        yield from _postgres_records(location, batch)
        return
    import sqlite3

    if not Path(location).exists():
        raise FormatError(f"{location}: no such history file")
    db = sqlite3.connect(f"file:{location}?mode=ro", uri=True)
    try:
        yield from _paged(
            lambda after: db.execute(
                "SELECT id, conversation_id, seller_id, market, author, sent_at, text FROM messages "
                "WHERE id > ? ORDER BY id LIMIT ?",
                (after, batch),
            ).fetchall()
        )
    except sqlite3.Error as exc:
        raise FormatError(f"{location}: not a readable history store ({exc})") from None
    finally:
        db.close()


def _postgres_records(url: str, batch: int) -> Iterator[RawRecord]:
    import psycopg

    with psycopg.connect(url) as db:
        yield from _paged(
            lambda after: db.execute(
                "SELECT id, conversation_id, seller_id, market, author, sent_at, text FROM messages "
                "WHERE id > %s ORDER BY id LIMIT %s",
                (after, batch),
            ).fetchall()
        )


def _paged(fetch) -> Iterator[RawRecord]:
    fields = ("id", "conversation_id", "seller_id", "market", "author", "sent_at", "text")
    after, position = "", 0
    while rows := fetch(after):
        for row in rows:
            position += 1
            yield RawRecord(position, dict(zip(fields, row)))
        after = rows[-1][0]


__all__ = ["Source", "expand_inputs", "history_records"]
