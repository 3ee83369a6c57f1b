"""WAL checkpoints of the SQLite history in a thread of their own, off the request's path.

SQLite copies the write-ahead log back into the database file (a checkpoint) inside the COMMIT
that takes the log past 1,000 pages. With 1,000,000 messages a recorded reply dirties ~30 pages
spread over the file (its band keys are random: screening/store/history.py), so every ~30th request paid
for copying 1,000 pages and syncing the file: 20-40 ms, the p99 of the pre-send path (and
~0.3-0.6 ms a request on average). Here the store's connection never checkpoints on its own
(`PRAGMA wal_autocheckpoint=0`); after each commit it wakes this thread, which runs a PASSIVE
checkpoint on a connection of its own, at most every INTERVAL seconds (the commits in between are
copied together). The sqlite3 module releases the GIL while SQLite works, so the copy runs beside
the next request.

What is on disk, and when a commit is durable, do not change: WAL mode with synchronous=NORMAL, a
commit is in the log when it returns; only who copies the log into the file, and when. An erasure
still runs its own TRUNCATE checkpoint (HistoryStore._checkpoint). A store whose journal is not a
WAL (the rescore's scratch store turns it off) stops the thread at its first wake-up.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time

log = logging.getLogger(__name__)


class WalCheckpointer:
    INTERVAL = 0.2  # seconds between two checkpoints under steady writes (SQLite's 1,000 pages at ~150 writes/s)
    IDLE = 5.0  # the thread (and its connection) ends after this long without a write; the next starts it again

    def __init__(self, path: str):
        self.path = path
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._disabled = False  # not a WAL database, or the thread failed
        self._restored = False  # the store's connection checkpoints on its own again

    @classmethod
    def attach(cls, db: sqlite3.Connection, path: str) -> "WalCheckpointer | None":
        """Take checkpoints off `db` (the store's connection, in WAL mode); None for an in-memory
        database or one not in WAL mode (nothing to checkpoint: SQLite's default is kept)."""
        if path == ":memory:" or str(db.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
            return None
        db.execute("PRAGMA wal_autocheckpoint=0")
        return cls(path)

    def wrote(self, db: sqlite3.Connection) -> None:
        """A transaction was committed on `db` (the store's connection, under the store's lock): a
        checkpoint follows within INTERVAL seconds. When the thread cannot checkpoint (not a WAL
        database, or it failed), `db` checkpoints on its own again, as SQLite does by default."""
        if self._disabled:
            if not self._restored:
                self._restored = True
                db.execute("PRAGMA wal_autocheckpoint=1000")
            return
        if self._closed:
            return
        self._wake.set()
        if self._thread is None:
            with self._lock:
                if self._thread is None and not self._closed:
                    self._thread = threading.Thread(target=self._run, name="history-wal-checkpoint", daemon=True)
                    self._thread.start()

    def close(self) -> None:
        """Stop the thread (before the store's connection closes: that last close checkpoints)."""
        with self._lock:
            self._closed = True
            thread = self._thread
        self._wake.set()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=10.0)

    def _run(self) -> None:
        db: sqlite3.Connection | None = None
        last = 0.0
        try:
            while True:
                if not self._wake.wait(self.IDLE):
                    with self._lock:
                        if not self._wake.is_set():
                            self._thread = None  # idle: the next write starts a new thread
                            return
                if self._closed:
                    return
                pause = last + self.INTERVAL - time.monotonic()
                if pause > 0:
                    time.sleep(pause)  # the commits meanwhile are copied by the same checkpoint
                self._wake.clear()
                if self._closed:
                    return
                if db is None:
                    db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
                    if str(db.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                        self._disabled = True
                        return
                try:
                    db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                except sqlite3.Error as exc:  # the next write tries again; the log just grows meanwhile
                    log.warning("history_checkpoint_failed path=%s error=%s", self.path, type(exc).__name__)
                last = time.monotonic()
        except Exception:  # noqa: BLE001 - never take the store down; SQLite's own checkpoint takes over
            log.exception("history_checkpointer_stopped path=%s", self.path)
            self._disabled = True
        finally:
            with self._lock:
                if self._thread is threading.current_thread():
                    self._thread = None
            if db is not None:
                db.close()
