"""Writers of one SQLite history take turns through a lock file beside it (screening/store/writer_turns.py):
a writer that finds the turn taken waits until it is released (in the kernel, not in SQLite's
sleeping busy handler), in another process too, and nothing written is lost."""

from __future__ import annotations

import fcntl
import multiprocessing
import os
import threading
import time
from datetime import datetime, timedelta, timezone

from screening.core.types import Message
from screening.store.history import HistoryStore
from screening.store.writer_turns import SUFFIX, WriterTurns

RECENT = datetime.now(timezone.utc) - timedelta(days=1)


def _reply(i: int, seller: str = "s-1") -> Message:
    return Message(
        id=f"{seller}-m-{i}",
        text=f"Bonjour, votre commande {i} part demain matin. Cordialement",
        market="fr",
        seller_id=seller,
        conversation_id=f"{seller}-c-{i}",
        sent_at=RECENT,
    )


def _taken_elsewhere(path: str) -> bool:
    """Whether another open file holds the writers' lock (a non-blocking try from a new descriptor)."""
    fd = os.open(path + SUFFIX, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def test_a_store_holds_the_turn_only_while_it_writes(tmp_path):
    path = str(tmp_path / "h.sqlite3")
    store = HistoryStore(path)
    assert os.path.exists(path + SUFFIX)
    seen_during: list[bool] = []
    original = store._begin_write

    def begin_and_look() -> None:
        seen_during.append(_taken_elsewhere(path))
        original()

    store._begin_write = begin_and_look  # type: ignore[method-assign]
    store.add([_reply(1)])
    assert seen_during == [True]
    assert not _taken_elsewhere(path)
    store.close()


def test_the_turn_is_released_when_the_write_fails(tmp_path):
    path = str(tmp_path / "h.sqlite3")
    store = HistoryStore(path)
    store._db.execute("CREATE TRIGGER refuse BEFORE INSERT ON messages BEGIN SELECT RAISE(ABORT, 'no'); END")
    try:
        store.add([_reply(1)])
    except Exception:  # noqa: BLE001 - the refusal itself is not what is tested
        pass
    assert not _taken_elsewhere(path)
    assert store.count() == 0
    store.close()


def _add_after_signal(path: str, started, done_at) -> None:
    store = HistoryStore(path)
    started.set()
    store.add([_reply(1, seller="other-process")])
    done_at.value = time.time()
    store.close()


def test_a_writer_in_another_process_waits_for_the_turn(tmp_path):
    path = str(tmp_path / "h.sqlite3")
    HistoryStore(path).close()  # created and migrated before the other process opens it
    holder = WriterTurns(path)
    context = multiprocessing.get_context("spawn")
    started, done_at = context.Event(), context.Value("d", 0.0)
    with holder.turn():
        child = context.Process(target=_add_after_signal, args=(path, started, done_at))
        child.start()
        assert started.wait(60)
        time.sleep(0.5)  # the child's add is now waiting
        released_at = time.time()
    child.join(60)
    assert child.exitcode == 0
    assert done_at.value >= released_at  # it could not write while the turn was held here
    store = HistoryStore(path)
    assert store.count() == 1
    store.close()
    holder.close()


def test_threads_of_two_stores_on_one_file_lose_nothing(tmp_path):
    path = str(tmp_path / "h.sqlite3")
    stores = [HistoryStore(path), HistoryStore(path)]

    def write(store: HistoryStore, seller: str) -> None:
        for i in range(40):
            store.add([_reply(i, seller=seller)])

    threads = [threading.Thread(target=write, args=(s, f"s-{n}")) for n, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert stores[0].count() == 80
    for store in stores:
        store.close()


def test_without_a_file_writers_rely_on_sqlite_alone(tmp_path):
    assert not WriterTurns(":memory:").enabled
    unwritable = WriterTurns(str(tmp_path / "missing" / "h.sqlite3"))  # its folder does not exist
    assert not unwritable.enabled
    with unwritable.turn():
        pass
    memory = HistoryStore(":memory:")
    memory.add([_reply(1)])
    assert memory.count() == 1
    memory.close()
