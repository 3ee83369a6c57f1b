"""The history store's behaviour, the same on both backends (`open_store`, `history_location`:
the embedded SQLite file and a real PostgreSQL server started by the session, tests/conftest.py)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from screening import Message
from screening.checks.base import CheckContext, CheckResources
from screening.checks.template.check import TemplateCheck
from screening.store.history_import import import_file

NOW = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0) - timedelta(days=2)
TEMPLATE = (
    "Bonjour {name},\nMerci pour votre commande n° {order}. Votre iPhone a été contrôlé et sera expédié "
    "sous 48 heures avec son chargeur. Vous recevrez le numéro de suivi dès l'envoi.\nCordialement,\nJean"
)


def _reply(i: int, seller: str = "s-1", conversation: str | None = None, **fields) -> Message:
    values = {
        "text": TEMPLATE.format(name=f"Client{i}", order=4000 + i),
        "market": "fr",
        "id": f"m-{i}",
        "conversation_id": conversation or f"c-{i}",
        "seller_id": seller,
        "author": "seller",
        "sent_at": NOW + timedelta(minutes=i),
    }
    return Message(**{**values, **fields})


def _repeated(store, policy, message: Message) -> list:
    check = TemplateCheck.build(CheckResources(policy=policy, history=store))
    return [
        f for f in check.inspect(message, CheckContext(policy=policy.for_market("fr"))) if f.code == "template.repeated"
    ]


def test_records_once_and_reads_back_exactly(open_store) -> None:
    store = open_store()
    messages = [
        _reply(1),
        _reply(2, author="buyer", seller="s-1"),
        _reply(3, sent_at=NOW.replace(second=30, microsecond=123456)),
    ]  # sub-second time survives
    assert store.add(messages) == 3
    assert store.add(messages + [_reply(1)]) == 0  # re-imported ids are not duplicated
    assert store.count() == 3
    assert store.stored_ids(["m-1", "m-9"]) == {"m-1"}
    back = {m.id: m for m in store.by_seller("s-1")}
    assert back["m-3"] == messages[2]  # every field, the time to the microsecond, in UTC
    assert back["m-2"].author == "buyer"


@pytest.mark.parametrize(
    "until_minute, last, expected",
    [
        (None, None, list(range(30))),  # the whole conversation, oldest first
        (20, 5, [16, 17, 18, 19, 20]),  # the last 5 sent up to minute 20, in time order
        (0, 5, [0]),  # nothing before the first one
    ],
)
def test_context_reads_the_last_messages_of_a_conversation(open_store, until_minute, last, expected) -> None:
    store = open_store()
    store.add(
        [_reply(i, conversation="c-long", text=f"message {i}") for i in range(30)]
        + [_reply(100 + i, conversation="c-other") for i in range(5)]
    )
    until = None if until_minute is None else NOW + timedelta(minutes=until_minute)
    assert [m.id for m in store.conversation("c-long", until=until, last=last)] == [f"m-{i}" for i in expected]


@pytest.mark.parametrize(
    "earlier, erase, flagged",
    [
        ([_reply(0), _reply(1)], None, True),  # two other conversations: a template (N = 2)
        ([_reply(0)], None, False),  # one other conversation: not yet
        ([_reply(0), _reply(1, conversation="c-9")], None, False),  # the same conversation does not count
        ([_reply(0, seller="s-2"), _reply(1, seller="s-3")], None, False),  # other sellers' replies do not count
        ([_reply(0, sent_at=NOW - timedelta(days=40)), _reply(1, sent_at=NOW - timedelta(days=41))], None, False),
        # outside the 30-day window
        ([_reply(0), _reply(1)], {"seller_id": "s-1"}, False),  # the seller erased: candidates gone at once
        ([_reply(0), _reply(1)], {"conversation_id": "c-0"}, False),  # one conversation erased: 1 left, below N
    ],
)
def test_template_candidates_come_from_the_store(open_store, policy, earlier, erase, flagged) -> None:
    store = open_store()
    store.add(earlier)
    if erase:
        store.forget(**erase)
    assert bool(_repeated(store, policy, _reply(9))) is flagged


def test_a_write_through_one_store_is_a_candidate_in_another_at_once(history_location: str, open_store, policy) -> None:
    # Two stores on one database are what two processes see: no in-memory index to bring up to date.
    reader, writer = open_store(), open_store()
    assert _repeated(reader, policy, _reply(9)) == []  # the reader looked before the writes
    writer.add([_reply(0), _reply(1)])
    found = _repeated(reader, policy, _reply(9))
    assert len(found) == 1 and "to 2 other conversations" in found[0].detail


def test_retention_refuses_and_purges_old_messages(open_store) -> None:
    store = open_store(retention_days=30)
    result = store.add_counted([_reply(1), _reply(2, sent_at=NOW - timedelta(days=40))])
    assert (result.imported, result.expired) == (1, 1)  # the old one is never stored
    assert store.purge_expired(now=NOW + timedelta(days=29)) == 0  # still inside the window
    assert store.purge_expired(now=NOW + timedelta(days=31)) == 1  # now outside: deleted
    assert store.count() == 0
    assert store.template_candidates("s-1", _sketch(_reply(1)), 0, 2**40, 10) == []  # its fingerprint too


def _sketch(message: Message):
    from screening.checks.template.placeholders import normalise
    from screening.checks.template.sketch import sketch

    return sketch(normalise(message.text).text).bands


def test_template_candidates_come_most_shared_bands_first_then_newest(open_store) -> None:
    """Both stores rank candidates by the number of bands they share with the reply, then by time
    (newest first), and cut at the limit after ranking."""
    import numpy as np

    sentences = [
        "Votre iPhone a été contrôlé et sera expédié sous 48 heures avec son chargeur.",
        "Vous recevrez le numéro de suivi dès l'envoi du colis par La Poste.",
        "La batterie est à 91 % et l'écran ne présente aucune rayure visible.",
        "Le retour est gratuit pendant trente jours si le téléphone ne convient pas.",
        "Nous restons disponibles ici pour toute autre question sur la commande.",
    ]
    # Replies sharing more or fewer sentences with the query, the ones sharing most sent first (so
    # that ranking by time alone would give another order), two of each.
    texts = [" ".join(sentences[:k]) + f" Merci, à bientôt. Réf {k}{j}." for k in (5, 4, 3, 2, 1) for j in (0, 1)]
    store = open_store()
    stored = [_reply(i, text=text, sent_at=NOW + timedelta(minutes=i)) for i, text in enumerate(texts)]
    store.add(stored)
    query = _reply(99, text=" ".join(sentences) + " Merci, à bientôt.")
    bands = _sketch(query)
    shared = {m.id: len(set(bands.tolist()) & set(_sketch(m).tolist())) for m in stored}
    ranked = sorted((m for m in stored if shared[m.id]), key=lambda m: (-shared[m.id], -m.sent_at.timestamp()))
    assert len({shared[m.id] for m in ranked}) >= 3  # the ranking has something to rank
    assert [m.id for m in ranked[:4]] != [m.id for m in sorted(ranked, key=lambda m: m.sent_at, reverse=True)[:4]]
    found = store.template_candidates("s-1", bands, 0, 2**40, 4)
    assert [f.message_id for f in found] == [m.id for m in ranked[:4]]
    assert np.all(np.diff([shared[f.message_id] for f in found]) <= 0)


@pytest.mark.parametrize(
    "who, deleted, left",
    [
        ({"seller_id": "s-1"}, 3, {"m-4"}),  # every message of the seller, buyer ones included
        ({"conversation_id": "c-1"}, 2, {"m-3", "m-4"}),  # one thread, both sides
        ({"seller_id": "s-unknown"}, 0, {"m-1", "m-2", "m-3", "m-4"}),  # nothing to erase
    ],
)
def test_erasure(open_store, history_location: str, who: dict, deleted: int, left: set[str]) -> None:
    store = open_store()
    store.add([_reply(1), _reply(2, conversation="c-1", author="buyer"), _reply(3), _reply(4, seller="s-2")])
    erasure = store.erase(**who)
    assert erasure.deleted == deleted
    assert {m.id for s in ("s-1", "s-2") for m in store.by_seller(s)} == left
    answer = erasure.to_dict()
    if history_location.startswith("postgresql://"):
        # What is verified on a server: no row left (a query after the commit); its files and WAL
        # are the server's, not searched (null, never a claim).
        assert answer["rows_absent"] is True
        assert answer["wal_truncated"] is None and answer["verified_absent"] is None
    elif deleted:
        assert answer["wal_truncated"] is True and answer["verified_absent"] is True  # the file searched
    assert all(f.message_id in left for f in store.template_candidates("s-1", _sketch(_reply(1)), 0, 2**40, 50))


@pytest.mark.parametrize("workers", [1, 2])  # 2: rows prepared in worker processes
def test_import_file(open_store, tmp_path: Path, policy, workers: int) -> None:
    store = open_store()
    records = [_reply(i).to_record() for i in range(600)] + [{"id": "bad", "market": "fr"}]
    source = tmp_path / "sent.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in records), encoding="utf-8")
    summary = import_file(store, source, known_markets=policy.markets, batch_size=250, workers=workers)
    assert (summary.imported, summary.errors, summary.duplicates) == (600, 1, 0)
    again = import_file(store, source, known_markets=policy.markets, batch_size=250, workers=workers)
    assert (again.imported, again.duplicates) == (0, 600)  # re-imported ids are not duplicated
    assert store.count() == 600
    found = _repeated(store, policy, _reply(900))
    assert len(found) == 1 and "other conversations" in found[0].detail  # imported replies are candidates


def test_import_workers_ask_the_store_which_ids_it_has(open_store, tmp_path: Path, policy) -> None:
    # Batches of 1,000+ records go to worker processes; what they know of the stored ids comes from
    # the store's own interface (worker_id_reader), never from a connection history_import opens.
    store = open_store()
    store.add([_reply(i) for i in range(0, 1200, 2)])
    reader = store.worker_id_reader()
    if reader is not None:  # SQLite: a picklable reader of the file; PostgreSQL: add_rows decides
        assert reader([_reply(i).id for i in range(4)]) == {_reply(0).id, _reply(2).id}
    source = tmp_path / "sent.jsonl"
    lines = (json.dumps(_reply(i).to_record(), ensure_ascii=False, default=str) + "\n" for i in range(1200))
    source.write_text("".join(lines), encoding="utf-8")
    summary = import_file(store, source, known_markets=policy.markets, batch_size=1200, workers=2)
    assert (summary.imported, summary.duplicates) == (600, 600)
    assert store.count() == 1200


def test_postgresql_store_reconnects_after_losing_its_connection(postgres_url: str, postgres_server: str) -> None:
    import psycopg

    from screening.store.history import open_history

    store = open_history(postgres_url)
    try:
        store.add([_reply(1)])
        pid = store._db.info.backend_pid
        with psycopg.connect(f"{postgres_server}/postgres", autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))  # what a server restart does to it
        with pytest.raises(psycopg.OperationalError):
            store.count()  # the call that meets the loss fails (never a silent wrong answer)
        assert store.count() == 1  # the next one reconnects
        assert store.add([_reply(2)]) == 1
    finally:
        store.close()


@pytest.mark.parametrize(
    "remove",
    [
        {"seller_id": "s-1"},  # erasure by seller
        {"conversation_id": "c-2"},  # erasure by conversation
        None,  # the retention purge
    ],
)
def test_band_rows_go_with_their_fingerprints(open_store, remove: dict | None) -> None:
    from screening.checks.template.sketch import BANDS

    store = open_store(retention_days=30)
    store.add([_reply(1), _reply(2), _reply(3, seller="s-2"), _reply(4, author="buyer")])
    if remove is None:
        store.purge_expired(now=NOW + timedelta(days=31))
    else:
        store.erase(**remove)
    fingerprints = store._db.execute("SELECT count(*) FROM fingerprints").fetchone()[0]
    bands = store._db.execute("SELECT count(*) FROM fingerprint_bands").fetchone()[0]
    assert fingerprints < 3  # something was removed
    assert bands == BANDS * fingerprints  # no band row left without its fingerprint


def _fingerprints_made_by_an_older_version(store) -> None:
    """Make the stored fingerprints look as an older sketch version left them: other placeholder
    texts and band keys, the version row of that time (or none at all: before it was recorded)."""
    if hasattr(store, "_connection"):  # PostgreSQL
        store._db.execute("UPDATE fingerprints SET norm = 'old', band_keys = '{1,2,3}'")
        store._db.execute("UPDATE fingerprint_bands SET key = key + 1")
        store._db.execute("DELETE FROM screening_meta")
    else:
        store._db.execute("UPDATE fingerprints SET norm = 'old'")
        store._db.execute("UPDATE fingerprint_bands SET key = key + 1")
        store._db.execute("UPDATE meta SET value = '1' WHERE key = 'sketch_version'")


def test_fingerprints_of_an_older_sketch_version_are_rebuilt_on_open(open_store, policy) -> None:
    from screening.checks.template.placeholders import normalise

    store = open_store()
    store.add([_reply(0), _reply(1), _reply(2, author="buyer")])
    _fingerprints_made_by_an_older_version(store)
    assert _repeated(store, policy, _reply(9)) == []  # stale fingerprints: the template is missed
    store.close()
    reopened = open_store()  # what a service upgraded over an old database does at start
    assert {f.norm for f in reopened.fingerprints(range(1, 100))} == {normalise(_reply(0).text).text}
    assert len(_repeated(reopened, policy, _reply(9))) == 1  # seller replies only, found again


def _postgresql_database_of_schema_4(url: str, messages: list[Message]) -> None:
    """A database as the releases of schema 4 left it: their migration steps, then the messages and
    their fingerprints written as those releases wrote them (band keys in the GIN-indexed array)."""
    import psycopg

    from screening.store.history_postgres import MIGRATIONS
    from screening.store.template_index import _sketch_version, band_keys, fingerprint_rows

    with psycopg.connect(url, autocommit=True) as db:
        db.execute("CREATE TABLE screening_schema (version integer NOT NULL)")
        for script in MIGRATIONS[:4]:
            db.execute(script)
        db.execute("INSERT INTO screening_schema VALUES (4)")
        db.execute("INSERT INTO screening_meta VALUES ('sketch_version', %s)", (str(_sketch_version()),))
        for m in messages:
            db.execute(
                "INSERT INTO messages VALUES (%s, %s, %s, %s, %s, %s, %s)",
                (m.id, m.conversation_id, m.seller_id, m.market, m.author, m.sent_at, m.text),
            )
        for mid, seller, conversation, epoch, norm, blob in fingerprint_rows(messages):
            db.execute(
                "INSERT INTO fingerprints (message_id, seller_id, conversation_id, sent_epoch, norm, band_keys) "
                "VALUES (%s, %s, %s, %s, %s, %s::bigint[])",
                (mid, seller, conversation, epoch, norm, band_keys(seller, blob)),
            )


def test_postgresql_database_of_schema_4_gets_the_band_table(postgres_url: str, policy) -> None:
    # The band keys move from the array's GIN index to their own table, each fingerprint's keys
    # once; what the template check finds does not change.
    from screening.checks.template.sketch import BANDS
    from screening.store.history_postgres import MIGRATIONS, PostgresHistoryStore

    _postgresql_database_of_schema_4(postgres_url, [_reply(0), _reply(1), _reply(2, author="buyer")])
    store = PostgresHistoryStore(postgres_url)
    try:
        assert store.schema_version == len(MIGRATIONS) == 5
        assert store._db.execute("SELECT count(*) FROM fingerprint_bands").fetchone()[0] == 2 * BANDS
        indexes = {r[0] for r in store._db.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'fingerprints'")}
        assert "fingerprints_band_keys" not in indexes  # no longer written to on every reply
        found = _repeated(store, policy, _reply(9))
        assert len(found) == 1 and "to 2 other conversations" in found[0].detail
        store.erase(conversation_id=_reply(0).conversation_id)  # the migrated rows go as written ones do
        assert store._db.execute("SELECT count(*) FROM fingerprint_bands").fetchone()[0] == BANDS
    finally:
        store.close()


def test_postgresql_database_of_schema_3_gets_the_sketch_version_table(postgres_url: str, policy) -> None:
    # A database made before screening_meta existed: the migrations add it and the open refreshes.
    from screening.store.history_postgres import MIGRATIONS, PostgresHistoryStore

    _postgresql_database_of_schema_4(postgres_url, [_reply(0), _reply(1)])
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as db:
        db.execute("UPDATE fingerprints SET norm = 'old', band_keys = '{1,2,3}'")
        db.execute("DROP TABLE screening_meta")
        db.execute("UPDATE screening_schema SET version = 3")
    reopened = PostgresHistoryStore(postgres_url)
    try:
        assert reopened.schema_version == len(MIGRATIONS) == 5
        assert len(_repeated(reopened, policy, _reply(9))) == 1
    finally:
        reopened.close()
