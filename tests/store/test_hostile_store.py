"""The history store and the file commands under faults: erasure with a reader open,
records that cannot be stored, files whose columns are wrong."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from screening.store.history import HistoryStore
from screening.store.history_import import import_file
from screening.batch.records import FormatError, read_records
from screening.core.types import Message

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Erase-me: jean.secret@example.org 06 12 34 56 78"
RECENT = datetime.now(timezone.utc) - timedelta(days=1)


def _fill(store: HistoryStore) -> None:
    store.add(
        [
            Message(
                id=f"e-{i}",
                text=f"{SECRET} #{i}",
                market="fr",
                seller_id="s-erase",
                conversation_id=f"c-{i}",
                sent_at=RECENT,
            )
            for i in range(100)
        ]
    )
    store.add(
        [
            Message(id=f"k-{i}", text=f"Kept reply {i}", market="fr", seller_id="s-keep", sent_at=RECENT)
            for i in range(20)
        ]
    )


def _bytes_of_secret(path: Path) -> int:
    needle = SECRET.encode()
    total = 0
    for suffix in ("", "-wal", "-shm"):
        file = Path(str(path) + suffix)
        if file.exists():
            total += file.read_bytes().count(needle)
    return total


@pytest.mark.parametrize(
    "reader_closes_after, wait, truncated_at_once",
    [
        (0.5, 10.0, True),  # the reader closes while erase retries: verified within the same call
        (None, 0.3, False),  # the reader stays past the wait: the answer says not verified...
    ],
)
def test_erasure_with_a_reader_open(tmp_path, reader_closes_after, wait, truncated_at_once):
    path = tmp_path / "h.sqlite3"
    store = HistoryStore(path)
    _fill(store)
    reader = sqlite3.connect(path, check_same_thread=False)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM messages").fetchone()[0] == 120  # holds a snapshot
    if reader_closes_after is not None:
        threading.Timer(reader_closes_after, reader.close).start()
    erasure = store.erase(seller_id="s-erase", wait=wait)
    assert erasure.deleted == 100
    assert erasure.wal_truncated is truncated_at_once
    assert erasure.verified_absent is truncated_at_once
    assert erasure.texts_checked == 100
    if not truncated_at_once:
        # ...and the next write, once the reader is gone, finishes the checkpoint.
        reader.close()
        store.add([Message(id="later", text="a later reply", market="fr", seller_id="s-keep", sent_at=RECENT)])
    assert _bytes_of_secret(path) == 0
    assert store.count() == 21 if not truncated_at_once else 20
    store.close()


@pytest.mark.parametrize(
    "line, field",
    [
        ({"id": "bad-1", "text": "ok \ud800", "market": "fr"}, "text"),  # lone surrogate in text
        ({"id": "bad-\udc00", "text": "ok", "market": "fr"}, "id"),  # in the id
        ({"id": "bad-3", "text": "ok\u0000", "market": "fr"}, "text"),  # NUL
        ({"id": "bad-4", "text": "\u200b\u200b", "market": "fr"}, "text"),  # invisible only
        ({"id": "bad-5", "text": "ok", "market": "fr", "sent_at": "0001-01-01T00:00:00+01:00"}, "sent_at"),  # overflow
    ],
)
def test_history_import_skips_a_bad_record_and_keeps_the_batch(tmp_path, line, field):
    path = tmp_path / "in.jsonl"
    good = [{"id": f"g-{i}", "text": f"reply {i}", "market": "fr", "sent_at": RECENT.isoformat()} for i in range(5)]
    records = good[:2] + [line] + good[2:]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    store = HistoryStore(tmp_path / "h.sqlite3", retention_days=180)
    summary = import_file(store, path, workers=1)
    assert (summary.imported, summary.errors) == (5, 1)
    assert store.count() == 5
    store.close()


@pytest.mark.parametrize(
    "header, command",
    [
        ("msg_id,body,country\n1,hello,fr\n", "rescore"),  # columns named differently
        ("id,text\n1,hello\n", "rescore"),  # market missing
        ("msg_id,body,country\n1,hello,fr\n", "history import"),  # the import refuses it too
    ],
)
def test_a_file_without_the_required_columns_is_refused_at_once(tmp_path, header, command):
    path = tmp_path / "in.csv"
    path.write_text(header, encoding="utf-8")
    with pytest.raises(FormatError) as error:
        list(read_records(path))
    message = str(error.value)
    assert str(path) in message and "missing required column" in message and "expected" in message
    if command == "rescore":
        args = ["rescore", str(path), "--output", str(tmp_path / "out.jsonl"), "--no-progress"]
    else:
        args = ["history", "--db", str(tmp_path / "h.sqlite3"), "import", str(path)]
    result = subprocess.run([sys.executable, "-m", "screening.cli", *args], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode != 0
    assert "missing required column" in result.stderr and str(path) in result.stderr


def test_a_parquet_file_without_the_required_columns_is_refused(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "in.parquet"
    pq.write_table(pa.table({"body": ["hello"], "country": ["fr"]}), path)
    with pytest.raises(FormatError, match="found|has body, country"):
        list(read_records(path))


def test_rescore_turns_a_surrogate_record_into_an_error_verdict_and_resume_moves_past_it(tmp_path):
    records = [
        {"id": "r-1", "text": "Merci, le colis part demain.", "market": "fr"},
        {"id": "r-\ud800", "text": "ok", "market": "fr"},
        {"id": "r-3", "text": "Bonne journée \udc00", "market": "fr"},
        {"id": "r-4", "text": "Le téléphone est en parfait état.", "market": "fr"},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "screening.cli", "rescore", str(source), "--output", str(output), "--no-progress"]
    first = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    verdicts = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert sorted(v["id"] for v in verdicts) == ["r-1", "r-3", "r-4", "record-2"]
    errors = {v["id"]: v["error"] for v in verdicts if v.get("error")}
    assert errors["record-2"]["position"] == 2 and errors["record-2"]["field"] == "id"
    assert errors["r-3"]["position"] == 3 and errors["r-3"]["field"] == "text"
    again = subprocess.run(command + ["--resume"], cwd=ROOT, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert len(output.read_text(encoding="utf-8").splitlines()) == 4  # nothing written twice


def test_serve_refuses_a_port_in_use_before_touching_the_history(tmp_path):
    import socket

    history = tmp_path / "never.sqlite3"
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "screening.cli", "serve", "--port", str(port)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            env={**__import__("os").environ, "SCREENING_HISTORY_PATH": str(history)},
        )
    assert result.returncode != 0
    assert f"127.0.0.1:{port}" in result.stderr
    assert not history.exists()


def test_a_history_file_that_is_not_a_database_is_named(tmp_path):
    from screening.store.history import HistoryError

    path = tmp_path / "not-a-db.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(HistoryError, match=str(path)):
        HistoryStore(path)
