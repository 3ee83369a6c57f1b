"""The store of sent messages: an embedded SQLite database file by default.

Why SQLite: one file, no server, durable (WAL + synchronous=NORMAL survives a killed process; a
transaction acknowledged before a `kill -9` is on disk), and fast enough for millions of rows.
The schema is versioned: MIGRATIONS[i] moves the database from version i to i+1 (PRAGMA user_version).
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime
from pathlib import Path
from typing import Iterable, Iterator

from screening.types import Message, format_timestamp, parse_timestamp

MIGRATIONS: tuple[str, ...] = (
    # 0 -> 1: the messages table, keyed by the record id so re-imports do not duplicate.
    """
    CREATE TABLE messages (
        id TEXT PRIMARY KEY,
        conversation_id TEXT,
        seller_id TEXT,
        market TEXT NOT NULL,
        author TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX messages_seller_time ON messages (seller_id, sent_at);
    CREATE INDEX messages_conversation_time ON messages (conversation_id, sent_at);
    """,
)


class HistoryStore:
    """Sent messages, by seller and conversation. Safe to share between threads."""

    def __init__(self, path: str | Path = ":memory:"):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    @property
    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        with self._lock:
            version = self.schema_version
            if version > len(MIGRATIONS):
                raise RuntimeError(
                    f"history database {self.path} has schema version {version}, newer than this "
                    f"program knows ({len(MIGRATIONS)}); upgrade screening"
                )
            for target, script in enumerate(MIGRATIONS[version:], start=version + 1):
                self._db.executescript(f"BEGIN; {script}; PRAGMA user_version = {target}; COMMIT;")

    def add(self, messages: Iterable[Message]) -> int:
        """Insert messages; ids already stored are left as they are. Returns how many were new."""
        rows = [
            (m.id, m.conversation_id, m.seller_id, m.market, m.author, format_timestamp(m.sent_at), m.text)
            for m in messages
        ]
        if not rows:
            return 0
        with self._lock:
            before = self._db.total_changes
            self._db.execute("BEGIN")
            try:
                self._db.executemany("INSERT OR IGNORE INTO messages VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            return self._db.total_changes - before

    def count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM messages").fetchone()[0]

    def conversation(self, conversation_id: str) -> list[Message]:
        return list(self._select("WHERE conversation_id = ? ORDER BY sent_at, id", (conversation_id,)))

    def by_seller(self, seller_id: str, since: datetime | None = None) -> list[Message]:
        if since is None:
            return list(self._select("WHERE seller_id = ? ORDER BY sent_at, id", (seller_id,)))
        return list(self._select("WHERE seller_id = ? AND sent_at >= ? ORDER BY sent_at, id",
                                 (seller_id, format_timestamp(since))))

    def _select(self, where: str, params: tuple) -> Iterator[Message]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT id, conversation_id, seller_id, market, author, sent_at, text FROM messages {where}", params
            ).fetchall()
        for row in rows:
            yield Message(id=row[0], conversation_id=row[1], seller_id=row[2], market=row[3], author=row[4],
                          sent_at=parse_timestamp(row[5]), text=row[6])

    def close(self) -> None:
        with self._lock:
            self._db.close()
