"""Out-of-core ordering for a rescore: records are staged in a DuckDB database on disk, then each
partition (a set of sellers) is written as one Parquet file in `sent_at` order.

Why DuckDB: its sort spills to disk past `memory_limit`, so ordering ten million records needs the
same memory as ordering ten thousand. Why the records are parsed in Python first: a broken line,
an unreadable time or an odd Parquet type must give the very error verdict it always gave (field
and position), which only the record reader of screening/batch/records.py knows how to name.

The order is the one rescore always used: `sent_at` (unreadable or missing times last), then the
input file, then the line or row in it.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import zlib
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from screening.batch.records import RawRecord
from screening.batch.rescore_inputs import Source
from screening.core.types import RecordError, parse_timestamp

# DuckDB may hold this much before its sort spills to the work folder.
MEMORY_LIMIT = "256MB"
_BATCH = 10_000
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Partition:
    index: int
    path: Path  # Parquet: rid, file, pos, ts, payload, error; in sent_at order
    records: int


@dataclass(frozen=True)
class StagePlan:
    """What was staged, so a resumed run with the same inputs reuses it."""

    sources: tuple[str, ...]
    partitions: int
    shard: str | None
    # Size and modification time of each input file: a changed file is staged again.
    stamps: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(cls, sources: Sequence[Source], partitions: int, shard: str | None) -> "StagePlan":
        stamps = tuple(
            (s.path.stat().st_size, s.path.stat().st_mtime_ns) if s.path is not None else (0, 0) for s in sources
        )
        return cls(tuple(s.name for s in sources), partitions, shard, stamps)

    def staged_in(self, work: Path) -> bool:
        """Whether work/ holds the finished partitions of this very plan."""
        done = work / "staged.json"
        return done.exists() and json.loads(done.read_text())["plan"] == self.key()

    def key(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


def shard_key(data: dict[str, Any]) -> str:
    """The seller a record belongs to (its conversation or id when it names none): every message
    of a seller, buyers' messages included, goes to the same shard and partition."""
    return str(data.get("seller_id") or data.get("conversation_id") or data.get("id") or "")


def shard_of(data: dict[str, Any], count: int) -> int:
    """--shard K/N's split (crc32, as it always was)."""
    return zlib.crc32(shard_key(data).encode("utf-8", "surrogatepass")) % count


def partition_of(data: dict[str, Any] | None, count: int) -> int:
    """The local partition; a different hash from the shard's, so the sellers of one shard still
    spread over every partition."""
    if count == 1 or data is None:
        return 0
    digest = hashlib.blake2b(shard_key(data).encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little") % count


def sent_at_micros(data: dict[str, Any] | None) -> int | None:
    """The sort time in microseconds since 1970 (UTC), None when missing or unreadable (sorted last;
    the record still gets its verdict there)."""
    try:
        value = (data or {}).get("sent_at")
        if value in (None, ""):
            return None
        moment = parse_timestamp(value)
    except (RecordError, TypeError):
        return None
    return (moment - _EPOCH) // timedelta(microseconds=1)  # exact, where float seconds would round


def stage(
    sources: Sequence[Source],
    work: Path,
    partitions: int,
    owns: Callable[[dict], bool] | None = None,
    on_record: Callable[[int], None] | None = None,
    plan: StagePlan | None = None,
) -> list[Partition]:
    """Read every source into work/staged.duckdb, then write work/part-K.parquet per partition.
    `owns`: keep only the records of this shard (records without data go to every shard, as
    before). Reused when work/ already holds the partitions of the same plan (a resumed run)."""
    import duckdb

    plan = plan or StagePlan.of(sources, partitions, None)
    done = work / "staged.json"
    if plan.staged_in(work):
        return [Partition(p["index"], work / p["file"], p["records"]) for p in json.loads(done.read_text())["parts"]]
    work.mkdir(parents=True, exist_ok=True)
    done.unlink(missing_ok=True)
    database = work / "staged.duckdb"
    database.unlink(missing_ok=True)
    con = duckdb.connect(str(database))
    try:
        con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
        con.execute(f"SET temp_directory = '{work / 'spill'}'")
        con.execute(
            "CREATE TABLE staged (rid VARCHAR, file INTEGER, pos BIGINT, ts BIGINT, part INTEGER, "
            "payload BLOB, error VARCHAR)"
        )
        for rows in _batches(sources, partitions, owns, on_record):  # noqa: B007 - DuckDB reads `rows` by name
            con.execute("INSERT INTO staged SELECT * FROM rows")
        out = []
        for index in range(partitions):
            path = work / f"part-{index:04d}.parquet"
            con.execute(
                f"COPY (SELECT rid, file, pos, ts, payload, error FROM staged WHERE part = {index} "
                f"ORDER BY ts ASC NULLS LAST, file, pos) TO '{path}' (FORMAT parquet, ROW_GROUP_SIZE 10000)"
            )
            row = con.execute(f"SELECT count(*) FROM staged WHERE part = {index}").fetchone()
            assert row is not None  # count(*) always answers one row
            count = row[0]
            out.append(Partition(index, path, count))
    finally:
        con.close()
    database.unlink(missing_ok=True)  # the partitions hold everything now
    done.write_text(
        json.dumps(
            {"plan": plan.key(), "parts": [{"index": p.index, "file": p.path.name, "records": p.records} for p in out]}
        )
    )
    return out


def _batches(sources: Sequence[Source], partitions: int, owns, on_record) -> Iterator[Any]:
    import pyarrow as pa

    schema = pa.schema(
        [
            ("rid", pa.string()),
            ("file", pa.int32()),
            ("pos", pa.int64()),
            ("ts", pa.int64()),
            ("part", pa.int32()),
            ("payload", pa.binary()),
            ("error", pa.string()),
        ]
    )
    columns: dict[str, list] = {name: [] for name in schema.names}
    for file_index, source in enumerate(sources):
        for record in source.records():
            if owns is not None and record.data is not None and not owns(record.data):
                continue
            _append(columns, record, file_index, partitions)
            if len(columns["rid"]) >= _BATCH:
                yield pa.Table.from_pydict(columns, schema=schema)
                if on_record is not None:
                    on_record(len(columns["rid"]))
                columns = {name: [] for name in schema.names}
    if columns["rid"]:
        yield pa.Table.from_pydict(columns, schema=schema)
        if on_record is not None:
            on_record(len(columns["rid"]))


def _append(columns: dict[str, list], record: RawRecord, file_index: int, partitions: int) -> None:
    columns["rid"].append(record.id)
    columns["file"].append(file_index)
    columns["pos"].append(record.position)
    columns["ts"].append(sent_at_micros(record.data))
    columns["part"].append(partition_of(record.data, partitions))
    # Pickled, not JSON: a Parquet row's datetime, bytes or decimal reaches the record check as it
    # was read, so its verdict (or its error) is the one a direct read would give.
    columns["payload"].append(
        pickle.dumps(record.data, protocol=pickle.HIGHEST_PROTOCOL) if record.data is not None else None
    )
    columns["error"].append(record.error)


def read_partition(path: Path, batch: int) -> Iterator[list[tuple[RawRecord, int, int | None]]]:
    """The staged records of one partition in order, `batch` at a time, as (RawRecord, file, ts)."""
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    for chunk in parquet.iter_batches(batch_size=batch):
        rows = chunk.to_pydict()
        yield [
            (RawRecord(pos, pickle.loads(payload) if payload is not None else None, error), file, ts)
            for pos, payload, error, file, ts in zip(
                rows["pos"], rows["payload"], rows["error"], rows["file"], rows["ts"]
            )
        ]


__all__ = [
    "MEMORY_LIMIT",
    "Partition",
    "StagePlan",
    "partition_of",
    "read_partition",
    "sent_at_micros",
    "shard_of",
    "stage",
]
