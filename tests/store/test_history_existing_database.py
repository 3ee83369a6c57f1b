"""A history database written by an earlier release keeps working: same schema, no migration, no
re-fingerprinting, and the template check reads its fingerprints.

data/history_schema5.sqlite3 was written by the store as it was before the template fingerprints
moved to screening/store/template_index.py (schema version 5): seller s-1 sent one template to
conversations c-0, c-1 and c-2 (fingerprints 1-3, 2026-11-20 09:00-09:02 UTC), the buyer answered
in c-0, seller s-2 sent one unrelated reply (fingerprint 4). Then VACUUMed with 1 kB pages to keep
it small (the schema and rows are what the store wrote).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from screening import Message
from screening.checks.base import CheckContext, CheckResources
from screening.checks.template.check import TemplateCheck
from screening.checks.template.sketch import BANDS
from screening.store import history, history_postgres
from screening.store.history import HistoryStore

FIXTURE = Path(__file__).parent / "data" / "history_schema5.sqlite3"
SENT = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
TEMPLATE = (
    "Bonjour {name},\nMerci pour votre commande n° {order}. Votre iPhone a été contrôlé et sera expédié "
    "sous 48 heures avec son chargeur. Vous recevrez le numéro de suivi dès l'envoi.\nCordialement,\nJean"
)


@pytest.fixture
def old_store(tmp_path: Path):
    path = tmp_path / "history.sqlite3"
    shutil.copyfile(FIXTURE, path)  # opening switches the file to WAL: never the committed copy
    _mark_current_sketch(path)
    store = HistoryStore(path)
    yield store
    store.close()


def _mark_current_sketch(path: Path) -> None:
    """The file's fingerprints were made by sketch version 2; a later version rebuilds them on open
    (tests/store/test_history_backends.py tests that). Their placeholder texts read the same under
    every version since (checked here); sketch version 4 changed the band keys (a reply's words are
    shingles too), so the copy's band keys are written as this version makes them, as the rebuild
    would, and the file is marked as made by this version: what these tests read is an existing
    database kept as it is, its schema, ids and rows."""
    from screening.checks.template.sketch import SKETCH_VERSION
    from screening.store.template_index import band_keys, fingerprint_rows

    db = sqlite3.connect(path)
    columns = "id, conversation_id, seller_id, market, author, sent_at, text"
    messages = [
        Message(id=i, conversation_id=c, seller_id=s, market=m, author=a, sent_at=datetime.fromisoformat(t), text=x)
        for i, c, s, m, a, t, x in db.execute(f"SELECT {columns} FROM messages ORDER BY id")
    ]
    stored = db.execute("SELECT message_id, norm FROM fingerprints ORDER BY message_id").fetchall()
    current = fingerprint_rows(messages)
    assert [(row[0], row[4]) for row in current] == stored
    db.execute("DELETE FROM fingerprint_bands")
    for message_id, seller_id, _, sent_epoch, _, bands in current:
        (fingerprint_id,) = db.execute("SELECT id FROM fingerprints WHERE message_id = ?", (message_id,)).fetchone()
        db.execute("UPDATE fingerprints SET bands = ? WHERE id = ?", (bands, fingerprint_id))
        db.executemany(
            "INSERT OR IGNORE INTO fingerprint_bands (key, sent_epoch, fingerprint_id) VALUES (?, ?, ?)",
            [(key, sent_epoch, fingerprint_id) for key in band_keys(seller_id, bands)],
        )
    db.execute("UPDATE meta SET value = ? WHERE key = 'sketch_version'", (str(SKETCH_VERSION),))
    db.commit()
    db.close()


def _schema(db: sqlite3.Connection) -> list[tuple]:
    return db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()


def test_an_existing_database_has_the_schema_a_new_one_gets(old_store: HistoryStore, tmp_path: Path) -> None:
    fresh = HistoryStore(tmp_path / "fresh.sqlite3")
    assert old_store.schema_version == fresh.schema_version == 5
    assert _schema(old_store._db) == _schema(fresh._db)  # every table, index and its SQL text
    fresh.close()


def test_an_existing_database_is_not_fingerprinted_again(old_store: HistoryStore) -> None:
    assert old_store.count() == 5
    stored = old_store.fingerprints([1, 2, 3, 4, 5])
    assert [f.message_id for f in stored] == ["m-0", "m-1", "m-2", "m-s2"]  # the ids it was written with
    assert old_store._db.execute("SELECT count(*) FROM fingerprint_bands").fetchone()[0] == 4 * BANDS


@pytest.mark.parametrize(
    "erase, flagged",
    [
        (None, True),  # three earlier conversations with the template: repeated (N = 2)
        ({"conversation_id": "c-0"}, True),  # one erased, two left: still repeated
        ({"seller_id": "s-1"}, False),  # the seller erased: its fingerprints and band keys are gone
    ],
)
def test_the_template_check_reads_an_existing_database(old_store: HistoryStore, policy, erase, flagged) -> None:
    if erase:
        old_store.forget(**erase)
    reply = Message(
        id="m-new",
        conversation_id="c-7",
        seller_id="s-1",
        market="fr",
        author="seller",
        sent_at=SENT + timedelta(hours=1),
        text=TEMPLATE.format(name="Hugo", order=4007),
    )
    check = TemplateCheck.build(CheckResources(policy=policy, history=old_store))
    found = [
        f for f in check.inspect(reply, CheckContext(policy=policy.for_market("fr"))) if f.code == "template.repeated"
    ]
    assert bool(found) is flagged
    fingerprints = old_store._db.execute("SELECT count(*) FROM fingerprints").fetchone()[0]
    bands = old_store._db.execute("SELECT count(*) FROM fingerprint_bands").fetchone()[0]
    assert bands == BANDS * fingerprints  # no band key outlives its fingerprint


def test_a_new_message_in_an_existing_database_is_fingerprinted(old_store: HistoryStore) -> None:
    old_store.add(
        [
            Message(
                id="m-9",
                conversation_id="c-8",
                seller_id="s-1",
                market="fr",
                text="Il est parti hier.",
                sent_at=datetime.now(timezone.utc),
            )
        ]
    )
    assert [f.message_id for f in old_store.fingerprints([5])] == ["m-9"]  # AUTOINCREMENT continues after 4


# The migration steps a release shipped are never edited (a database that ran them is not migrated
# again): a new step is appended. Digests of repr() of the shipped steps.
@pytest.mark.parametrize(
    "migrations, shipped, digest",
    [
        (history.MIGRATIONS, 5, "9421f0cc98f1254f642a8406869ae2f37c94bd4bea5ef36fddf6694b6d93208a"),  # SQLite 0 -> 5
        (
            history_postgres.MIGRATIONS,
            4,
            "507fd24b7b8976d77e1d52e1bec329fd8e25636dcbee2b509ff393aae34528f2",
        ),  # PG 0 -> 4
    ],
)
def test_shipped_migration_steps_are_unchanged(migrations: tuple[str, ...], shipped: int, digest: str) -> None:
    assert hashlib.sha256(repr(tuple(migrations[:shipped])).encode()).hexdigest() == digest
