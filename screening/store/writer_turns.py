"""Writers of one SQLite history file take turns through a kernel lock, not SQLite's busy handler.

SQLite lets one writer at a time into a WAL database. A connection that finds the write lock
taken waits in its busy handler, which polls by sleeping 1, 2, 5, 10... ms: far longer than a
recorded reply holds the lock (~0.5 ms). Under `serve --workers 2`, about half the requests of
each worker found the other worker writing and slept 1-5 ms each time, with the request's
thread and its CPU slot idle meanwhile (strace of `bench http`: ~45 sleeps/s per worker, 3 ms on
average): throughput lost, and latency added to the tail.

Here each store holds an exclusive `flock` on a file beside the database (`<database>-writers`)
from just before BEGIN IMMEDIATE until after COMMIT or ROLLBACK. A writer that finds it taken
sleeps in the kernel and is woken the moment it is released; BEGIN IMMEDIATE then finds SQLite's
lock free. The flock only orders the stores of this program: any other writer (the sqlite3
shell, an older version) is still waited for by SQLite's busy handler, as before. The kernel
drops the lock of a process that dies, so a killed writer never blocks the others.

`fcntl.flock` releases the GIL while it waits, so the event loop and the other threads of the
process go on. Where the file cannot be made (a read-only folder) or there is no file (an
in-memory database), writers just rely on SQLite's own lock.
"""

from __future__ import annotations

import fcntl
import logging
import os
import threading
from contextlib import contextmanager
from typing import Iterator

log = logging.getLogger(__name__)

SUFFIX = "-writers"


class WriterTurns:
    """One process's (one store's) place in the queue of writers to a database file."""

    def __init__(self, database_path: str):
        self._fd: int | None = None
        # flock is held per open file: threads of this store take turns through this lock first
        # (the store's own lock already serialises them; this keeps the class safe on its own).
        self._threads = threading.Lock()
        if database_path == ":memory:" or database_path.startswith("file:"):
            return
        try:
            self._fd = os.open(database_path + SUFFIX, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            log.warning("history_writer_turns_unavailable reason=%s", type(exc).__name__)

    @property
    def enabled(self) -> bool:
        return self._fd is not None

    @contextmanager
    def turn(self) -> Iterator[None]:
        """Hold the file's writer lock for the duration of the block."""
        if self._fd is None:
            yield
            return
        with self._threads:
            fcntl.flock(self._fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(self._fd, fcntl.LOCK_UN)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
