"""Reading message records and writing verdicts in the batch formats of docs/formats.md §1: JSONL, CSV, Parquet.

A malformed line or row never stops a run: it comes out as a RawRecord with an `error`, and the
caller writes an error verdict for it.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterator, Sequence

FORMATS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}
RECORD_FIELDS = ("id", "conversation_id", "seller_id", "market", "author", "sent_at", "text")
REQUIRED_FIELDS = ("text", "market")
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


class FormatError(ValueError):
    """A file whose format cannot be told from its name, or that cannot be read at all."""


@dataclass(frozen=True, slots=True)
class RawRecord:
    position: int  # 1-based line (JSONL), row (CSV, Parquet)
    data: dict[str, Any] | None
    error: str | None = None

    @property
    def id(self) -> str:
        value = (self.data or {}).get("id")
        if value in (None, "") or (isinstance(value, str) and _UNSTORABLE.search(value)):
            # No id, or one that cannot be written as UTF-8 (a lone surrogate): the position names it.
            return f"record-{self.position}"
        return str(value)


def format_of(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix == ".gz":  # history.jsonl.gz, export.csv.gz: the format is the suffix before .gz
        suffix = Path(Path(path).stem).suffix.lower()
        if FORMATS.get(suffix) == "parquet":
            raise FormatError(f"{path}: a gzipped Parquet file is not read (Parquet compresses its own pages)")
    if suffix not in FORMATS:
        raise FormatError(
            f"{path}: unknown file type {suffix or '(none)'}; use one of {', '.join(sorted(FORMATS))}"
            " (JSONL and CSV may be gzipped: .jsonl.gz, .csv.gz)"
        )
    return FORMATS[suffix]


def is_gzipped(path: str | Path) -> bool:
    return Path(path).suffix.lower() == ".gz"


def open_text(path: str | Path):
    """The file as text (UTF-8, undecodable bytes replaced), gunzipped on the fly for .gz."""
    if is_gzipped(path):
        return gzip.open(path, "rt", encoding="utf-8", errors="replace", newline="")
    return Path(path).open(encoding="utf-8", errors="replace", newline="")


def readable_format(path: str | Path) -> str:
    """The file's format (see FORMATS), or FormatError when the name says none or it is missing."""
    kind = format_of(path)
    if not Path(path).exists():
        raise FormatError(f"{path}: no such file")
    return kind


def check_readable(path: str | Path) -> None:
    """FormatError now, before any work, for a file of unknown type, missing, or (CSV, Parquet)
    without the required columns."""
    kind = readable_format(path)
    if kind == "csv":
        with open_text(path) as handle:
            check_columns(path, next(csv.reader(handle), []))
    elif kind == "parquet":
        next(_read_parquet(Path(path)), None)


def read_records(path: str | Path) -> Iterator[RawRecord]:
    kind = readable_format(path)
    if kind == "jsonl":
        yield from _read_jsonl(Path(path))
    elif kind == "csv":
        yield from _read_csv(Path(path))
    else:
        yield from _read_parquet(Path(path))


def _read_jsonl(path: Path) -> Iterator[RawRecord]:
    for number, line in read_jsonl_lines(path):
        yield parse_jsonl_line(number, line)


def read_jsonl_lines(path: str | Path) -> Iterator[tuple[int, str]]:
    """(line number, line) of every non-blank line, unparsed: a history import hands whole chunks
    of lines to worker processes, which parse them with `parse_jsonl_line` in parallel."""
    with open_text(path) as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield number, line


def parse_jsonl_line(number: int, line: str) -> RawRecord:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return RawRecord(number, None, f"line {number} is not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(data, dict):
        return RawRecord(number, None, f"line {number} is a JSON {type(data).__name__}, expected an object")
    return RawRecord(number, data)


def check_columns(path: str | Path, found: Sequence[str]) -> None:
    """FormatError at once when a CSV or Parquet file lacks a required column (a file whose columns
    are named differently would otherwise give one error per record and look like a finished run)."""
    missing = [name for name in REQUIRED_FIELDS if name not in found]
    if missing:
        raise FormatError(
            f"{path}: missing required column(s) {', '.join(missing)}; the file has "
            f"{', '.join(map(str, found)) or 'no columns'}; expected {', '.join(RECORD_FIELDS)} "
            f"(at least {', '.join(REQUIRED_FIELDS)})"
        )


def _read_csv(path: Path) -> Iterator[RawRecord]:
    with open_text(path) as handle:
        reader = csv.DictReader(handle)
        check_columns(path, reader.fieldnames or [])
        for number, row in enumerate(reader, start=1):
            if None in row:  # more cells than header columns
                yield RawRecord(
                    number,
                    None,
                    f"row {number} has more cells than the header's {len(reader.fieldnames or [])} columns",
                )
                continue
            yield RawRecord(number, {k: v for k, v in row.items() if k is not None})


def _read_parquet(path: Path) -> Iterator[RawRecord]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for a bad file
        raise FormatError(f"{path}: not a readable Parquet file ({type(exc).__name__})") from None
    check_columns(path, parquet.schema_arrow.names)
    number = 0
    for batch in parquet.iter_batches(batch_size=10_000):
        for row in batch.to_pylist():
            number += 1
            yield RawRecord(number, row)


class VerdictWriter:
    """Writes verdict dicts to JSONL, CSV or Parquet, chosen by the output file's extension.

    Parquet has typed columns (screening/batch/verdict_table.py): findings as a list of structs, codes and
    rules as lists, the record's seller, conversation, market, author and time next to the verdict
    (`meta`, given by rescore), so data staff query it without parsing JSON."""

    CSV_COLUMNS = ("id", "action", "rules", "findings", "explanation", "model_versions", "elapsed_ms", "error")

    def __init__(self, path: str | Path, append: bool = False):
        self.path = Path(path)
        self.kind = format_of(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._rows: list[dict[str, Any]] = []
        self._parquet_writer: Any = None  # pyarrow.parquet.ParquetWriter, opened at the first rows
        self._handle: IO[str] | None = None  # JSONL and CSV
        mode = "a" if append else "w"
        if self.kind == "jsonl":
            self._handle = self.path.open(mode, encoding="utf-8")
        elif self.kind == "csv":
            fresh = not append or not self.path.exists() or self.path.stat().st_size == 0
            self._handle = self.path.open(mode, encoding="utf-8", newline="")
            self._csv = csv.DictWriter(self._handle, fieldnames=self.CSV_COLUMNS)
            if fresh:
                self._csv.writeheader()
        else:
            if append:
                raise FormatError("appending to a Parquet file is not possible; write JSONL or CSV to resume")

    def write(self, verdict: dict[str, Any], meta: dict[str, Any] | None = None) -> None:
        if self.kind == "jsonl":
            assert self._handle is not None  # opened in __init__ for JSONL
            self._handle.write(json.dumps(verdict, ensure_ascii=False) + "\n")
        elif self.kind == "csv":
            self._csv.writerow(self._flat(verdict))
        else:
            from screening.batch.verdict_table import typed_row

            self._rows.append(typed_row(verdict, meta))
            if len(self._rows) >= 10_000:
                self._flush_parquet()

    def flush(self) -> None:
        if self._handle is not None:
            self._handle.flush()

    @classmethod
    def _flat(cls, verdict: dict[str, Any]) -> dict[str, Any]:
        # Nested values are JSON text so every format has the same flat columns.
        return {
            "id": verdict["id"],
            "action": verdict["action"],
            "rules": ",".join(verdict.get("rules", [])),
            "findings": json.dumps(verdict.get("findings", []), ensure_ascii=False),
            "explanation": verdict.get("explanation", ""),
            "model_versions": json.dumps(verdict.get("model_versions", {})),
            "elapsed_ms": verdict.get("elapsed_ms", 0.0),
            "error": json.dumps(verdict["error"], ensure_ascii=False) if verdict.get("error") else "",
        }

    def _flush_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self._rows:
            return
        table = pa.Table.from_pylist(self._rows, schema=_verdict_schema())
        if self._parquet_writer is None:
            self._parquet_writer = pq.ParquetWriter(self.path, table.schema)
        self._parquet_writer.write_table(table)
        self._rows = []

    def close(self) -> None:
        if self.kind == "parquet":
            self._flush_parquet()
            if self._parquet_writer is None:  # no rows: still write a valid, empty file
                import pyarrow.parquet as pq

                pq.write_table(_verdict_schema().empty_table(), self.path)
            else:
                self._parquet_writer.close()
        elif self._handle is not None:
            self._handle.close()

    def __enter__(self) -> "VerdictWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _verdict_schema():
    from screening.batch.verdict_table import VERDICT_SCHEMA

    return VERDICT_SCHEMA


def read_verdict_ids(path: str | Path) -> set[str]:
    """Ids already written to a JSONL or CSV verdict file (for --resume). A torn last line is ignored."""
    path = Path(path)
    if not path.exists():
        return set()
    ids: set[str] = set()
    if format_of(path) == "jsonl":
        with path.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                try:
                    ids.add(str(json.loads(line)["id"]))
                except (json.JSONDecodeError, KeyError, TypeError):
                    continue
    elif format_of(path) == "csv":
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            for row in csv.DictReader(handle):
                if row.get("id") and row.get("action"):
                    ids.add(row["id"])
    return ids
