"""Sealed sets: evaluation data nobody fitted, tuned or wrote rules on, with a hash manifest.

A sealed folder (`data/<check>/sealed/`, `data/traffic/`) holds the writers' raw files, the
assembled `messages.jsonl` and `MANIFEST.sha256` (`sha256  relative/path`, as `sha256sum` writes
it). The manifest proves a set did not change after its figures were published: `verify` names
every file that differs, and `screening evaluate` warns when the set it reads fails it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Callable, Iterable

MANIFEST = "MANIFEST.sha256"
_DATA_SUFFIXES = (".jsonl", ".csv", ".tsv", ".txt", ".parquet")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def data_files(folder: Path) -> list[Path]:
    return sorted(p for p in Path(folder).rglob("*") if p.is_file() and p.suffix in _DATA_SUFFIXES)


def write_manifest(folder: Path) -> Path:
    folder = Path(folder)
    lines = [f"{_sha256(p)}  {p.relative_to(folder).as_posix()}" for p in data_files(folder)]
    target = folder / MANIFEST
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def verify(folder: Path) -> list[str]:
    """Problems with `folder`'s manifest (empty = every listed file is there, unchanged, and no
    data file is missing from it)."""
    folder = Path(folder)
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return [f"{manifest} does not exist"]
    listed: dict[str, str] = {}
    for line in manifest.read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, _, name = line.partition("  ")
            listed[name.strip()] = digest.strip()
    problems = []
    for name, digest in listed.items():
        path = folder / name
        if not path.is_file():
            problems.append(f"{path} is listed in {manifest} but missing")
        elif _sha256(path) != digest:
            problems.append(f"{path} changed since {manifest} was written")
    for path in data_files(folder):
        if path.relative_to(folder).as_posix() not in listed:
            problems.append(f"{path} is not listed in {manifest}")
    return problems


def build(folder: Path, to_records: Callable[[str, int, dict[str, Any]], Iterable[dict[str, Any]]]) -> int:
    """Assemble `folder`/messages.jsonl from the writers' files (`folder`/writers/*.jsonl, in name
    order) and rewrite the manifest. `to_records(writer, line_number, item)` turns one writer line
    into the labelled records it stands for. Deterministic: the same files give the same bytes."""
    folder = Path(folder)
    rows: list[dict[str, Any]] = []
    for path in sorted((folder / "writers").glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                rows.extend(to_records(path.stem, number, json.loads(line)))
    with open(folder / "messages.jsonl", "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    write_manifest(folder)
    print(f"wrote {folder / 'messages.jsonl'}: {len(rows)} records")
    return len(rows)


def sealed_folder_of(path: Path) -> Path | None:
    """The folder holding the manifest that covers `path`, if any (the file's folder or a parent)."""
    for folder in [Path(path).resolve().parent, *Path(path).resolve().parents][:3]:
        if (folder / MANIFEST).is_file():
            return folder
    return None


__all__ = ["MANIFEST", "build", "data_files", "sealed_folder_of", "verify", "write_manifest"]
