"""A rescore's outputs: each partition's part file, then the merge of all parts into OUTPUT in the
one order of the input (`sent_at`, file, line), whichever worker judged what.

Part files are Parquet: the merge key (file, pos, ts), the record's fields, the action and codes
(so `--only-changed` and the report are DuckDB queries), and the verdict as JSON text (so the
output is the verdict dict `screen` made, to the byte, in every format).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from screening.batch.records import RawRecord, VerdictWriter, format_of, open_text

PART_SCHEMA = pa.schema(
    [
        ("file", pa.int32()),
        ("pos", pa.int64()),
        ("ts", pa.int64()),
        ("id", pa.string()),
        ("seller", pa.string()),
        ("conversation", pa.string()),
        ("market", pa.string()),
        ("author", pa.string()),
        ("sent_at", pa.timestamp("us", tz="UTC")),
        ("action", pa.string()),
        ("codes", pa.list_(pa.string())),
        ("invalid", pa.bool_()),
        ("verdict", pa.string()),
    ]
)
_ROWS_PER_GROUP = 10_000


class PartWriter:
    def __init__(self, path: Path):
        self.path = path
        self._rows: list[dict[str, Any]] = []
        self._writer = pq.ParquetWriter(path, PART_SCHEMA)

    def write(self, verdict: dict[str, Any], message, record: RawRecord, file_index: int, ts: int | None) -> None:
        from screening.batch.verdict_table import _text

        data = record.data if isinstance(record.data, dict) else {}
        self._rows.append(
            {
                "file": file_index,
                "pos": record.position,
                "ts": ts,
                "id": verdict["id"],
                # A valid message's own fields; a bad record's raw ones, as text (they may be anything).
                "seller": message.seller_id if message else _text(data.get("seller_id")),
                "conversation": message.conversation_id if message else _text(data.get("conversation_id")),
                "market": message.market if message else _text(data.get("market")),
                "author": message.author if message else _text(data.get("author")),
                "sent_at": message.sent_at if message else None,
                "action": verdict["action"],
                "codes": sorted({f["code"] for f in verdict["findings"]}),
                "invalid": "error" in verdict,  # an error verdict: the record could not be screened
                # ASCII JSON: a lone surrogate in a detail survives as an escape (Arrow strings are UTF-8).
                "verdict": json.dumps(verdict),
            }
        )
        if len(self._rows) >= _ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=PART_SCHEMA))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()

    def __enter__(self) -> "PartWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(work: Path):
    """A DuckDB connection whose sorts spill to work/spill past the memory limit."""
    import duckdb

    from screening.batch.rescore_staging import MEMORY_LIMIT

    con = duckdb.connect()
    con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
    con.execute(f"SET temp_directory = '{work / 'spill'}'")
    return con


def load_previous(con, path: str | Path) -> None:
    """A previous run's output (JSONL, CSV or Parquet, old flat or typed columns) as the DuckDB table
    `previous(id, action, codes)`, streamed in batches."""
    path = Path(path)
    kind = format_of(path)
    if not path.exists():
        from screening.batch.records import FormatError

        raise FormatError(f"{path}: no such file (--only-changed names a previous run's output)")
    con.execute("CREATE TABLE previous (id VARCHAR, action VARCHAR, codes VARCHAR[])")
    schema = pa.schema([("id", pa.string()), ("action", pa.string()), ("codes", pa.list_(pa.string()))])
    for rows in _chunks(_previous_rows(path, kind), _ROWS_PER_GROUP):
        batch = pa.Table.from_pylist(rows, schema=schema)  # noqa: F841 - read by DuckDB below
        con.execute("INSERT INTO previous SELECT * FROM batch")


def _previous_rows(path: Path, kind: str) -> Iterator[dict[str, Any]]:
    def codes_of(findings: Any) -> list[str]:
        if isinstance(findings, str):  # CSV, and Parquet before typed columns: JSON text
            try:
                findings = json.loads(findings or "[]")
            except json.JSONDecodeError:
                findings = []
        return sorted({f["code"] for f in findings or [] if isinstance(f, dict) and "code" in f})

    if kind == "jsonl":
        with open_text(path) as handle:
            for line in handle:
                try:
                    verdict = json.loads(line)
                    yield {
                        "id": str(verdict["id"]),
                        "action": verdict["action"],
                        "codes": codes_of(verdict.get("findings")),
                    }
                except (json.JSONDecodeError, KeyError, TypeError):
                    continue  # a torn last line
    elif kind == "csv":
        import csv

        with open_text(path) as handle:
            for row in csv.DictReader(handle):
                if row.get("id") and row.get("action"):
                    yield {"id": row["id"], "action": row["action"], "codes": codes_of(row.get("findings"))}
    else:
        parquet = pq.ParquetFile(path)
        for batch in parquet.iter_batches(batch_size=_ROWS_PER_GROUP, columns=["id", "action", "findings"]):
            for row in batch.to_pylist():
                yield {"id": row["id"], "action": row["action"], "codes": codes_of(row["findings"])}


def merge(
    con,
    parts: Sequence[Path],
    output: Path,
    *,
    append: bool,
    only_changed: bool,
    policy_version: str | None,
    skip_done: bool = False,
    on_row: Callable[[], None] | None = None,
) -> int:
    """Write every part's verdicts to `output` in input order (`sent_at`, file, line); with
    `only_changed`, only those whose action or codes differ from `previous` (or that are new);
    with `skip_done`, not those whose id is in the table `done` (already in OUTPUT: --resume).
    Returns how many verdicts were written."""
    files = ", ".join(f"'{p}'" for p in parts)
    joins, where = [], []
    if only_changed:
        joins.append("LEFT JOIN previous AS p ON p.id = v.id")
        where.append("(p.id IS NULL OR p.action <> v.action OR p.codes <> v.codes)")
    if skip_done:
        where.append("v.id NOT IN (SELECT id FROM done)")
    changed = " ".join(joins) + (" WHERE " + " AND ".join(where) if where else "")
    query = (
        f"SELECT v.verdict, v.seller, v.conversation, v.market, v.author, v.sent_at "
        f"FROM read_parquet([{files}]) AS v {changed} ORDER BY v.ts ASC NULLS LAST, v.file, v.pos"
    )
    written = 0
    with VerdictWriter(output, append=append) as writer:
        if not parts:
            return 0
        reader = con.sql(query).to_arrow_reader(_ROWS_PER_GROUP)
        for batch in reader:
            columns = batch.to_pydict()
            for verdict, seller, conversation, market, author, sent_at in zip(
                columns["verdict"],
                columns["seller"],
                columns["conversation"],
                columns["market"],
                columns["author"],
                columns["sent_at"],
            ):
                verdict = json.loads(verdict)
                if policy_version is not None:
                    verdict["policy_version"] = policy_version  # docs/formats.md §8, next to model_versions
                writer.write(
                    verdict,
                    {
                        "seller": seller,
                        "conversation": conversation,
                        "market": market,
                        "author": author,
                        "sent_at": sent_at.astimezone(timezone.utc) if isinstance(sent_at, datetime) else None,
                        "policy_version": policy_version,
                    },
                )
                written += 1
                if on_row is not None:
                    on_row()
    return written


def _chunks(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


__all__ = ["PART_SCHEMA", "PartWriter", "connect", "load_previous", "merge"]
