"""The history's WAL is checkpointed by a thread of its own (screening/store/wal_checkpoint.py), never
inside a request's COMMIT: the log still gets copied into the file, a store that is not a WAL
falls back to SQLite's own checkpoints, and closing the store stops the thread."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

from screening.store.history import HistoryStore
from screening.core.types import Message

RECENT = datetime.now(timezone.utc) - timedelta(days=1)


def _reply(i: int) -> Message:
    return Message(
        id=f"m-{i}",
        text=f"Bonjour, votre commande {i} part demain matin. Cordialement",
        market="fr",
        seller_id=f"s-{i % 7}",
        conversation_id=f"c-{i}",
        sent_at=RECENT,
    )


def _wait_for(condition, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def test_the_thread_checkpoints_what_the_store_commits(tmp_path):
    path = tmp_path / "h.sqlite3"
    store = HistoryStore(path)
    assert store._checkpointer is not None
    assert store._db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    before = path.stat().st_size
    for i in range(200):
        store.add([_reply(i)])
    # Only a checkpoint writes pages into the database file itself: the thread did.
    assert _wait_for(lambda: path.stat().st_size > before)
    thread = store._checkpointer._thread
    store.close()
    assert thread is None or not thread.is_alive()
    reopened = HistoryStore(path)
    assert reopened.count() == 200
    reopened.close()


def test_a_store_without_wal_checkpoints_as_sqlite_does(tmp_path):
    store = HistoryStore(tmp_path / "h.sqlite3")
    store._db.execute("PRAGMA journal_mode=OFF")  # as the rescore's scratch store
    store.add([_reply(1)])
    assert _wait_for(lambda: store._checkpointer._disabled)
    store.add([_reply(2)])
    assert store._db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    assert store.count() == 2
    store.close()


def test_in_memory_store_has_no_checkpointer():
    store = HistoryStore(":memory:")
    assert store._checkpointer is None
    store.add([_reply(1)])
    assert store.count() == 1
    store.close()
