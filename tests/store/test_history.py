"""The history store (issue 4): round-trip, dedup, retention, erasure, restart, migration, a real
`kill -9` during `screening history import`, and the API paths that write to it."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from screening import Message
from screening.cli import main as cli_main
from screening.store.history import MIGRATIONS, HistoryError, HistoryStore
from screening.store.history_import import import_file
from screening.core.policy import DEFAULT_POLICY_PATH
from screening.checks.template.index import index_for
from screening.checks.template.placeholders import normalise
from screening.checks.template.sketch import sketch

ROOT = Path(__file__).resolve().parents[2]
# Recent, so that the default 180-day retention of the CLI and the API keeps these messages.
NOW = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0) - timedelta(days=2)
DAY = NOW.strftime("%Y-%m-%d")
TEMPLATE = (
    "Bonjour {name},\nMerci pour votre commande n° {order}. Votre iPhone a été contrôlé et sera expédié "
    "sous 48 heures avec son chargeur.\nCordialement,\nJean"
)


def _msg(i: int, **fields) -> Message:
    values = {
        "text": f"Message numéro {i}, le colis part demain.",
        "market": "fr",
        "id": f"m-{i}",
        "conversation_id": f"c-{i}",
        "seller_id": "s-1",
        "sent_at": NOW - timedelta(hours=i),
    }
    values.update(fields)
    return Message(**values)


# --- round-trip and dedup --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        _msg(1),  # a plain seller message comes back field for field
        _msg(2, text='Ελληνικά, émojis 📱 et "guillemets"\nsur deux lignes'),  # any Unicode and newlines survive
        _msg(3, author="buyer"),  # buyer messages are history too (the conversation), just not fingerprinted
        _msg(4, sent_at=NOW.replace(second=30, microsecond=123456)),  # sub-second times survive
    ],
)
def test_round_trip(message: Message) -> None:
    store = HistoryStore()
    assert store.add([message]) == 1
    assert store.conversation(message.conversation_id) == [message]
    assert store.by_seller("s-1") == [message]


@pytest.mark.parametrize(
    "second, expected_text",
    [
        (_msg(1), _msg(1).text),  # the same record twice: stored once
        (_msg(1, text="Texte corrigé ensuite, plus long que le premier."), _msg(1).text),  # same id: first one kept
    ],
)
def test_reimport_does_not_duplicate(second: Message, expected_text: str) -> None:
    store = HistoryStore()
    store.add([_msg(1)])
    assert store.add([second]) == 0
    assert store.count() == 1
    assert store.by_seller("s-1")[0].text == expected_text
    assert len(next(store.fingerprint_batches())) == 1  # no second fingerprint either


# --- retention -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "age_days, retention_days, kept",
    [
        (10, 180, True),  # well inside the window
        (179, 180, True),  # one day before the limit
        (181, 180, False),  # just past the limit: purged
        (40, 30, False),  # a shorter configured window purges sooner
        (400, None, True),  # no retention configured: nothing is purged
    ],
)
def test_retention(age_days: int, retention_days: int | None, kept: bool) -> None:
    store = HistoryStore(retention_days=retention_days)
    store.add([_msg(1, sent_at=datetime.now(timezone.utc) - timedelta(days=age_days))])
    store.purge_expired()
    assert store.count() == (1 if kept else 0)
    assert (len(list(store.fingerprint_batches())) == 1) is kept  # fingerprints go with their message


def test_retention_applies_when_opening(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    now = datetime.now(timezone.utc)
    HistoryStore(path).add([_msg(1, sent_at=now - timedelta(days=200)), _msg(2, sent_at=now)])
    assert HistoryStore(path, retention_days=180).count() == 1


# --- erasure ---------------------------------------------------------------------------------------


class _Recorder:
    def __init__(self) -> None:
        self.removed: list[int] = []

    def history_loaded(self, batches) -> None:
        pass

    def history_added(self, batch) -> None:
        pass

    def history_removed(self, ids) -> None:
        self.removed.extend(ids)


@pytest.mark.parametrize(
    "who, deleted, fingerprints, left",
    [
        ({"seller_id": "s-1"}, 4, 3, {"m-4"}),  # every message of the seller's threads, buyer's included
        ({"conversation_id": "c-1"}, 2, 1, {"m-2", "m-3", "m-4"}),  # one conversation, both authors
        ({"seller_id": "s-unknown"}, 0, 0, {"m-1", "m-1b", "m-2", "m-3", "m-4"}),  # unknown id: nothing, no error
    ],
)
def test_forget(tmp_path: Path, who: dict, deleted: int, fingerprints: int, left: set[str]) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    recorder = _Recorder()
    store.subscribe(recorder)
    marker = "Zyxwvutsrq-unique-marker"
    store.add(
        [
            _msg(1, text=f"{marker} dans un long message du vendeur"),
            _msg(2),
            _msg(3),
            _msg(4, seller_id="s-2"),
            _msg(5, id="m-1b", conversation_id="c-1", author="buyer"),
        ]
    )
    assert store.forget(**who) == deleted
    remaining = {m.id for s in ("s-1", "s-2") for m in store.by_seller(s)}
    assert remaining == left
    assert len(recorder.removed) == fingerprints  # the index is told (buyer messages have no fingerprint)
    if "m-1" not in left:  # erased text is gone from the file and its WAL, not just unlinked
        raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
        assert marker.encode() not in raw


@pytest.mark.parametrize(
    "who",
    [
        {},  # neither: refuses rather than erase everything
        {"seller_id": "s-1", "conversation_id": "c-1"},  # both: ambiguous
    ],
)
def test_forget_needs_exactly_one_id(who: dict) -> None:
    with pytest.raises(ValueError, match="exactly one"):
        HistoryStore().forget(**who)


# --- restart and migration -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "messages",
    [
        3,  # a few
        1200,  # more than one fingerprint batch read at start
    ],
)
def test_restart_keeps_messages_and_index(tmp_path: Path, messages: int) -> None:
    path = tmp_path / "h.sqlite3"
    first = HistoryStore(path)
    first.add([_msg(i, text=TEMPLATE.format(name="Marie", order=i)) for i in range(messages)])
    first.close()
    again = HistoryStore(path)
    assert again.count() == messages
    index = index_for(again)
    assert len(index) == messages
    found = index.candidates(
        "s-1", sketch(normalise(TEMPLATE.format(name="Paul", order=9)).text).bands, 0, 2**40, limit=10
    )
    assert len(found.ids) == min(10, messages)  # the reloaded index finds them


def test_migrates_a_version_1_database(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(f"BEGIN; {MIGRATIONS[0]}; PRAGMA user_version = 1; COMMIT;")
    db.execute(
        "INSERT INTO messages VALUES ('m-1', 'c-1', 's-1', 'fr', 'seller', '2026-03-02T09:15:00Z', ?)",
        (TEMPLATE.format(name="Marie", order=1),),
    )
    db.execute("INSERT INTO messages VALUES ('m-2', 'c-1', 's-1', 'fr', 'buyer', '2026-03-02T09:16:00Z', 'Merci')")
    db.commit()
    db.close()
    store = HistoryStore(path)
    assert store.schema_version == len(MIGRATIONS)
    assert store.count() == 2
    assert [f.message_id for f in store.fingerprints([1, 2])] == ["m-1"]  # seller messages get fingerprints


def test_refuses_a_newer_database(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.close()
    with pytest.raises(RuntimeError, match="newer than this program knows"):
        HistoryStore(path)


# --- import files and the CLI ----------------------------------------------------------------------


def _write_jsonl(path: Path, records: list) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write((record if isinstance(record, str) else json.dumps(record, ensure_ascii=False)) + "\n")
    return path


def _record(i: int, **fields) -> dict:
    record = _msg(i).to_record()
    record.update(fields)
    return record


@pytest.mark.parametrize(
    "bad, field",
    [
        ("{not json", "record"),  # a torn line is reported by position and skipped
        (_record(90, market="xx"), "market"),  # unknown market
        (_record(91, text=""), "text"),  # empty text
    ],
)
def test_import_skips_bad_records(tmp_path: Path, bad, field: str, caplog) -> None:
    path = _write_jsonl(tmp_path / "in.jsonl", [_record(1), bad, _record(2)])
    store = HistoryStore()
    summary = import_file(store, path, known_markets=frozenset({"fr", "de"}), batch_size=1)
    assert (summary.records, summary.imported, summary.errors, summary.committed) == (3, 2, 1, 3)
    assert f"field={field}" in caplog.text and "position=2" in caplog.text
    assert "colis" not in caplog.text  # never the text itself


def test_cli_import_twice_then_forget(tmp_path: Path, capsys) -> None:
    db = tmp_path / "h.sqlite3"
    path = _write_jsonl(tmp_path / "in.jsonl", [_record(i) for i in range(5)])
    assert cli_main(["history", "--db", str(db), "import", str(path), "--batch-size", "2"]) == 0
    acks = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [a["committed"] for a in acks] == [2, 4, 5]
    assert cli_main(["history", "--db", str(db), "import", str(path)]) == 0  # re-import: nothing new
    assert json.loads(capsys.readouterr().out.splitlines()[-1]) == {"committed": 5, "imported": 0}
    assert cli_main(["history", "--db", str(db), "forget", "--conversation", "c-3"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "deleted": 1,
        "wal_truncated": True,
        "verified_absent": True,
        "texts_checked": 1,
    }
    assert HistoryStore(db).count() == 4


def _stat(pid: int) -> list[str] | None:
    """State, parent, ... of a process from /proc (None when it is gone)."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def _alive(pid: int) -> bool:
    stat = _stat(pid)
    return stat is not None and stat[0] != "Z"


def _children(pid: int) -> set[int]:
    return {
        int(p.name)
        for p in Path("/proc").iterdir()
        if p.name.isdigit() and (stat := _stat(int(p.name))) and int(stat[1]) == pid
    }


@pytest.mark.parametrize(
    "kill_after_acks, batch_size",
    [
        (1, 500),  # killed right after the first committed batch
        (4, 500),  # killed later, in the middle of a long import
        (2, 2000),  # batches big enough for worker processes: they must not outlive the importer
    ],
)
def test_kill_9_during_import_keeps_what_was_acknowledged(
    tmp_path: Path, kill_after_acks: int, batch_size: int
) -> None:
    db = tmp_path / "h.sqlite3"
    path = _write_jsonl(
        tmp_path / "big.jsonl",
        [
            _record(i, id=f"big-{i}", conversation_id=f"c-{i % 997}", text=TEMPLATE.format(name="Marie", order=i))
            for i in range(20_000)
        ],
    )
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "screening.cli",
            "history",
            "--db",
            str(db),
            "import",
            str(path),
            "--batch-size",
            str(batch_size),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    acknowledged = 0
    workers: set[int] = set()
    try:
        for _ in range(kill_after_acks):
            line = process.stdout.readline()
            assert line, "the import ended before it could be killed"
            acknowledged = json.loads(line)["committed"]
        workers = _children(process.pid)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    assert acknowledged < 20_000  # the kill really happened mid-import
    store = HistoryStore(db)
    assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.count() >= acknowledged
    assert len(index_for(store)) == store.count()  # every message that survived has its fingerprint
    if batch_size >= 1000 and (os.cpu_count() or 1) > 1:
        assert workers, "the import should have used worker processes"
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers), "worker processes outlived the importer"


@pytest.mark.parametrize(
    "workers",
    [
        1,  # serial
        2,  # fingerprints made in worker processes: the same rows must come out
    ],
)
def test_import_with_workers_stores_the_same_fingerprints(tmp_path: Path, workers: int) -> None:
    path = _write_jsonl(
        tmp_path / "in.jsonl", [_record(i, text=TEMPLATE.format(name=f"N{i}", order=i)) for i in range(2500)]
    )
    serial, other = HistoryStore(), HistoryStore()
    import_file(serial, path, batch_size=1200, workers=1)
    summary = import_file(other, path, batch_size=1200, workers=workers)
    assert (summary.imported, summary.committed) == (2500, 2500)
    first, second = next(serial.fingerprint_batches()), next(other.fingerprint_batches())
    assert first.bands.tolist() == second.bands.tolist()
    assert [f.norm for f in serial.fingerprints(list(range(1, 2501)))] == [
        f.norm for f in other.fingerprints(list(range(1, 2501)))
    ]


def _big_file(tmp_path: Path, kind: str, records: list[dict]) -> Path:
    """The same records as JSONL, CSV or Parquet."""
    path = tmp_path / f"in.{kind}"
    if kind == "jsonl":
        return _write_jsonl(path, records)
    columns = ["id", "conversation_id", "seller_id", "market", "author", "sent_at", "text"]
    if kind == "csv":
        import csv

        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            writer.writerows(records)
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(records), path)
    return path


@pytest.mark.parametrize(
    "kind",
    [
        "jsonl",  # raw lines go to the workers, which parse them
        "csv",  # parsed rows go to the workers
        "parquet",
    ],
)
def test_parallel_import_reports_bad_records_and_keeps_the_first_of_a_repeated_id(
    tmp_path: Path, kind: str, caplog
) -> None:
    records = [_record(i, id=f"p-{i}", text=TEMPLATE.format(name=f"N{i}", order=i)) for i in range(3000)]
    records[1500]["market"] = "xx"  # invalid, in the second batch: reported by its position
    records[2500]["id"] = "p-10"  # the id of a record of the first batch: the first one is kept
    records[2500]["text"] = "Un autre texte pour le même identifiant."
    path = _big_file(tmp_path, kind, records)
    store = HistoryStore(tmp_path / "h.sqlite3")
    acks: list[int] = []
    summary = import_file(
        store,
        path,
        known_markets=frozenset({"fr"}),
        batch_size=1000,
        workers=2,
        on_commit=lambda s: acks.append(s.committed),
    )
    assert summary.as_dict() == {
        "records": 3000,
        "imported": 2998,
        "duplicates": 1,
        "errors": 1,
        "expired": 0,
        "committed": 3000,
    }
    assert acks == [1000, 2000, 3000]  # one acknowledgement per batch, in file order
    assert "position=1501 field=market" in caplog.text
    assert store.conversation("c-10")[0].text == records[10]["text"]
    assert len(index_for(store)) == 2998  # one fingerprint per stored seller message


def test_reimport_skips_fingerprinting_stored_ids(tmp_path: Path, monkeypatch) -> None:
    path = _write_jsonl(
        tmp_path / "in.jsonl", [_record(i, text=TEMPLATE.format(name=f"N{i}", order=i)) for i in range(1200)]
    )
    store = HistoryStore(tmp_path / "h.sqlite3")
    import_file(store, path, batch_size=1200, workers=1)
    import screening.store.history_import as importer

    fingerprinted: list[int] = []
    real = importer.fingerprint_rows
    monkeypatch.setattr(importer, "fingerprint_rows", lambda ms: fingerprinted.append(len(ms)) or real(ms))
    summary = import_file(store, path, batch_size=1200, workers=1)
    assert (summary.imported, summary.duplicates) == (0, 1200)
    assert fingerprinted == [0]  # the stored ids were recognised before any normalising


# --- the API ---------------------------------------------------------------------------------------


def _template_only_policy(path: Path, block: bool) -> Path:
    """The real policy with only the template check, so other checks do not enter these tests."""
    raw = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))
    raw["checks"] = {"seller": ["template"], "buyer": [], "platform": []}
    for market in raw["markets"].values():
        market.pop("checks", None)
    if block:  # a variant where template findings block, to see that blocked replies are not recorded
        raw["actions"].insert(0, {"codes": "template.*", "block": 0.5})
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def _client(tmp_path: Path, block: bool = False, token: str | None = "s3cret") -> TestClient:
    settings = Settings(
        history_path=tmp_path / "h.sqlite3",
        admin_token=token,
        policy_path=_template_only_policy(tmp_path / f"policy-{block}.yaml", block),
    )
    return TestClient(create_app(settings))


def _screen(client: TestClient, i: int, record: bool = True, text: str | None = None) -> dict:
    message = {
        "id": f"m-{i}",
        "conversation_id": f"c-{i}",
        "seller_id": "s-1",
        "market": "fr",
        "sent_at": f"{DAY}T09:{i:02d}:00Z",
        "text": text or TEMPLATE.format(name=f"Client{i}", order=i),
    }
    response = client.post("/v1/screen", json={"message": message, "record": record})
    assert response.status_code == 200
    return response.json()


@pytest.mark.parametrize(
    "record, block, text, flagged_third, stored",
    [
        (True, False, None, True, 3),  # recorded: the 3rd use sees the first two conversations
        (False, False, None, False, 0),  # "record": false leaves the history alone
        (True, True, "Ceci est une réponse automatique, merci de votre patience, nous revenons vers vous.", None, 0),
        # blocked replies are never recorded
    ],
)
def test_screen_records_into_history(
    tmp_path: Path, record: bool, block: bool, text: str | None, flagged_third: bool | None, stored: int
) -> None:
    with _client(tmp_path, block=block) as client:
        verdicts = [_screen(client, i, record=record, text=text) for i in range(3)]
        codes = [{f["code"] for f in v["findings"]} for v in verdicts]
        if flagged_third is not None:
            assert ("template.repeated" in codes[2]) is flagged_third
            assert "template.repeated" not in codes[1]
        assert client.app.state.history.count() == stored


def test_imported_messages_count_as_history(tmp_path: Path) -> None:
    with _client(tmp_path) as client:
        records = [_record(i, text=TEMPLATE.format(name="Anne", order=i), sent_at=f"{DAY}T08:00:00Z") for i in range(2)]
        assert client.post("/v1/messages", json={"messages": records}).json()["imported"] == 2
        verdict = _screen(client, 7)
        assert [f["code"] for f in verdict["findings"]] == ["template.repeated"]
        assert "2 other conversations" in verdict["findings"][0]["detail"]


@pytest.mark.parametrize(
    "token, header, query, status, code",
    [
        (None, "Bearer s3cret", "seller_id=s-1", 404, "not_found"),  # no token configured: endpoint disabled
        ("s3cret", None, "seller_id=s-1", 401, "unauthorized"),  # no token sent
        ("s3cret", "Bearer wrong", "seller_id=s-1", 401, "unauthorized"),  # wrong token
        ("s3cret", "Bearer s3cret", "", 422, "invalid_field"),  # neither id
        ("s3cret", "Bearer s3cret", "seller_id=s-1&conversation_id=c-1", 422, "invalid_field"),  # both ids
        ("s3cret", "Bearer s3cret", "conversation_id=c%00-1", 422, "invalid_field"),  # a NUL: no id holds one
        ("s3cret", "Bearer s3cret", "seller_id=s-1", 200, None),  # the seller's 3 messages are erased
        ("s3cret", "Bearer s3cret", "conversation_id=c-1", 200, None),  # one conversation's message is erased
    ],
)
def test_delete_history_endpoint(tmp_path: Path, token, header, query, status, code) -> None:
    with _client(tmp_path, token=token) as client:
        for i in range(3):
            _screen(client, i)
        headers = {"Authorization": header} if header else {}
        # Screened messages in the review queue (the allowed ones sampled) are erased with them.
        queued = sum(
            client.app.state.history.queued(m.id) is not None
            for m in client.app.state.history.by_seller("s-1")
            if "seller" in query or m.conversation_id == "c-1"
        )
        response = client.delete(f"/v1/history?{query}", headers=headers)
        assert response.status_code == status
        if code:
            assert response.json()["error"]["code"] == code
            assert client.app.state.history.count() == 3
        else:
            expected = 3 if "seller" in query else 1
            assert response.json() == {
                "deleted": expected,
                "wal_truncated": True,
                "verified_absent": True,
                "texts_checked": expected,
                **({"review_verdicts": queued} if queued else {}),
            }
            assert client.app.state.history.count() == 3 - expected


def test_a_new_database_being_set_up_by_another_process_is_waited_for(tmp_path, monkeypatch):
    # Two workers started together both switch a fresh file to WAL; SQLite answers the loser with
    # "database is locked" at once, without waiting out busy_timeout. The store tries again.
    calls = []
    setup = HistoryStore._setup

    def busy_once(self):
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.OperationalError("database is locked")
        setup(self)

    monkeypatch.setattr(HistoryStore, "_setup", busy_once)
    store = HistoryStore(tmp_path / "history.sqlite3")
    assert len(calls) == 2 and store.schema_version > 0


def test_other_setup_errors_are_not_retried(tmp_path, monkeypatch):
    calls = []

    def broken(self):
        calls.append(1)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(HistoryStore, "_setup", broken)
    with pytest.raises(HistoryError, match="disk I/O error"):
        HistoryStore(tmp_path / "history.sqlite3")
    assert len(calls) == 1
