"""The store of sent messages on a PostgreSQL server (`SCREENING_HISTORY_URL=postgresql://...`).

Same behaviour as the embedded SQLite store (screening/store/history.py; `History` there is the shared
interface), for N processes or replicas sharing one history: every write is a committed
transaction that the others read at once (template candidates are looked up in the database at
each call: screening/store/template_index.py, PostgresFingerprints).

Erasure (`erase`): the rows are deleted in one transaction, then read again; the answer says
`rows_absent` (no row of the seller or conversation is left: a fresh query after the commit) and
nothing about files: dead tuples stay in the table's pages until VACUUM reuses them, and the
server's WAL and backups are the database operator's (`wal_truncated` and `verified_absent` are
null, meaning not checked by this service).
"""

from __future__ import annotations

import logging
import threading
import time
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Callable, Iterator, Sequence
from urllib.parse import urlsplit, urlunsplit

from screening.store.history import _PURGE_EVERY_SECONDS, Erasure, HistoryError, RetentionWriter
from screening.store.review_store import POSTGRES_MIGRATION, ReviewTables
from screening.store.shadow_store import POSTGRES_MIGRATION as SHADOW_MIGRATION
from screening.store.shadow_store import ShadowTables
from screening.store.template_index import (
    POSTGRES_BANDS_MIGRATION,
    POSTGRES_FINGERPRINTS_TABLE,
    POSTGRES_FINGERPRINTS_OF_ADDED,
    PostgresFingerprints,
    StoredFingerprint,
    postgres_fingerprint_params,
)
from screening.core.types import Message, parse_timestamp

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np

log = logging.getLogger(__name__)

# MIGRATIONS[i] moves the schema from version i to i+1 (table screening_schema). Applied under an
# advisory lock: two workers starting at once do not both migrate.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE messages (
        id text PRIMARY KEY,
        conversation_id text,
        seller_id text,
        market text NOT NULL,
        author text NOT NULL,
        sent_at timestamptz NOT NULL,
        text text NOT NULL
    );
    CREATE INDEX messages_seller_time ON messages (seller_id, sent_at);
    CREATE INDEX messages_conversation_time ON messages (conversation_id, sent_at);
    CREATE INDEX messages_sent_at ON messages (sent_at);
"""
    # and one fingerprint per seller message, for the template check (template_index.py).
    + POSTGRES_FINGERPRINTS_TABLE,
    # 1 -> 2: the review queue and the moderators' decisions (screening/store/review_store.py).
    POSTGRES_MIGRATION,
    # 2 -> 3: shadow verdicts, a candidate model version beside the default (screening/store/shadow_store.py).
    SHADOW_MIGRATION,
    # 3 -> 4: which sketch version the fingerprints were computed with (as SQLite's `meta`): a
    # database without the row was fingerprinted by an older version, so the next open recomputes
    # every fingerprint (_refresh_fingerprints).
    """
    CREATE TABLE screening_meta (key text PRIMARY KEY, value text NOT NULL);
    """,
    # 4 -> 5: the band keys in their own B-tree table (template_index.py). Once, under the
    # migration lock: 20 s for bench http's 1,000,000 messages (10,000,000 band rows, 884 MB).
    POSTGRES_BANDS_MIGRATION,
)
_SCHEMA_LOCK = 0x5C5EE11  # pg_advisory_xact_lock key for migrations
_ASK_FROM = 4  # up to this many messages are written without looking their ids up first (unseen)
# Messages (history.message_row) and their fingerprints written by one statement: the messages not
# already stored, then their fingerprints and band rows (template_index).
_MESSAGE_FIELDS = ("ids", "conversations", "sellers", "markets", "authors", "sent_at", "texts")
_RECORD = f"""
    WITH added AS (
        INSERT INTO messages
        SELECT * FROM unnest(%(ids)s::text[], %(conversations)s::text[], %(sellers)s::text[],
                             %(markets)s::text[], %(authors)s::text[], %(sent_at)s::timestamptz[], %(texts)s::text[])
        ON CONFLICT (id) DO NOTHING RETURNING id
    ), {POSTGRES_FINGERPRINTS_OF_ADDED}
    SELECT id FROM added
"""
_COLUMNS = "id, conversation_id, seller_id, market, author, sent_at, text"


def _fetch(cursor) -> list:
    """The rows of a statement; none for one that returns no rows (a DELETE without RETURNING)."""
    return cursor.fetchall() if cursor.description is not None else []


def redacted(url: str) -> str:
    """The URL without its password (for logs and error messages)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


class PostgresHistoryStore(RetentionWriter, ReviewTables, ShadowTables):
    """Sent messages on a PostgreSQL server. Safe to share between threads (one connection, a lock)."""

    def __init__(self, url: str, retention_days: int | None = None):
        import psycopg

        self.url = url
        self.path = redacted(url)  # what logs and errors name
        self.retention_days = retention_days
        self._lock = threading.RLock()
        self._last_purge = 0.0
        self._connection = None
        self._fingerprints = PostgresFingerprints()
        try:
            self._connect()
            self._migrate()
            self._refresh_fingerprints()
        except psycopg.Error as exc:
            raise HistoryError(f"history database {self.path}: {str(exc).strip()}") from None
        if self.retention_days:
            self.purge_expired()

    def _connect(self):
        import psycopg

        self._connection = psycopg.connect(self.url, autocommit=True, options="-c TimeZone=UTC")
        return self._connection

    @property
    def _db(self):
        """The connection; a new one when the last was lost (a server restart, a failover, an
        idle timeout): the request that met the loss failed, the next ones work."""
        connection = self._connection
        if connection is None or connection.broken:
            log.warning("history_reconnect path=%s", self.path)
            connection = self._connect()
        return connection

    def _migrate(self) -> None:
        with self._lock, self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
            self._db.execute("CREATE TABLE IF NOT EXISTS screening_schema (version integer NOT NULL)")
            row = self._db.execute("SELECT version FROM screening_schema").fetchone()
            version = 0 if row is None else row[0]
            if row is None:
                self._db.execute("INSERT INTO screening_schema VALUES (0)")
            if version > len(MIGRATIONS):
                raise HistoryError(
                    f"history database {self.path} has schema version {version}, newer than this "
                    f"program knows ({len(MIGRATIONS)}); upgrade screening"
                )
            for target, script in enumerate(MIGRATIONS[version:], start=version + 1):
                self._db.execute(script)
                self._db.execute("UPDATE screening_schema SET version = %s", (target,))
                log.info("history_migrated path=%s version=%d", self.path, target)

    def _refresh_fingerprints(self) -> None:
        """Recompute every seller message's fingerprint when they were made by another sketch
        version (the placeholder text or the band keys changed), in one transaction under the
        schema lock, so two workers starting at once do it once."""
        with self._lock:
            if self._fingerprints.up_to_date(self._db):
                return
            with self._db.transaction():
                self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
                if self._fingerprints.up_to_date(self._db):
                    return  # another worker did it while this one waited for the lock
                refreshed = self._fingerprints.rebuild(self._db, self._seller_messages())
        if refreshed:
            log.info("history_fingerprints_rebuilt path=%s messages=%d", self.path, refreshed)

    def _seller_messages(self) -> Iterator[list[Message]]:
        """Every seller message, 10,000 at a time, through a server-side cursor (inside the
        caller's transaction)."""
        with self._db.cursor(name="refresh_fingerprints") as messages:
            messages.execute(f"SELECT {_COLUMNS} FROM messages WHERE author = 'seller'")
            while batch := messages.fetchmany(10_000):
                yield [_message(r) for r in batch]

    @property
    def schema_version(self) -> int:
        with self._lock:
            return self._db.execute("SELECT version FROM screening_schema").fetchone()[0]

    # --- writing ---------------------------------------------------------------------------------

    # add, add_counted, retention_cutoff, within_retention: history.RetentionWriter.

    def add_rows(self, messages: Sequence[tuple], fingerprints: Sequence[tuple]) -> int:
        """As HistoryStore.add_rows: one transaction; ids already stored (by any process) or repeated
        are skipped with their fingerprints (ON CONFLICT DO NOTHING decides, so two writers racing
        on one id store it once)."""
        fresh: dict[str, tuple] = {}
        for row in messages:
            fresh.setdefault(row[0], row)
        cutoff = self.retention_cutoff()
        if cutoff is not None:
            fresh = {i: row for i, row in fresh.items() if parse_timestamp(row[5]) >= cutoff}
        if not fresh:
            return 0
        rows = list(fresh.values())
        prints: dict[str, tuple] = {}
        for row in fingerprints:
            if row[0] in fresh:
                prints.setdefault(row[0], row)
        params = {
            **{name: [row[i] for row in rows] for i, name in enumerate(_MESSAGE_FIELDS)},
            **postgres_fingerprint_params(list(prints.values())),
        }
        with self._lock:
            # One statement: atomic without BEGIN and COMMIT, one round trip to the server where
            # the message, its fingerprint and the transaction took four.
            inserted = {r[0] for r in self._db.execute(_RECORD, params).fetchall()}
        if self.retention_days and time.monotonic() - self._last_purge > _PURGE_EVERY_SECONDS:
            self.purge_expired()
        return len(inserted)

    def unseen(self, messages: Sequence[Message]) -> list[Message]:
        """The messages whose ids are not stored yet (only so that the known ones are not
        fingerprinted: add_rows skips them anyway). A few, as a reply screened and recorded, are
        all returned without asking the server: their fingerprints are already made (the check's)."""
        fresh: dict[str, Message] = {}
        for message in messages:
            fresh.setdefault(message.id, message)
        if len(fresh) <= _ASK_FROM:
            return list(fresh.values())
        stored = self.stored_ids(list(fresh))
        return [m for i, m in fresh.items() if i not in stored]

    def stored_ids(self, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        with self._lock:
            return {r[0] for r in self._db.execute("SELECT id FROM messages WHERE id = ANY(%s::text[])", (list(ids),))}

    def worker_id_reader(self) -> None:
        """None: history import's workers fingerprint every row of a batch and add_rows skips the
        stored ids on the server (a connection per worker is not opened for this)."""
        return None

    def purge_expired(self, now: datetime | None = None) -> int:
        if not self.retention_days:
            return 0
        cutoff = (now or datetime.now(timezone.utc)) - timedelta(days=self.retention_days)
        with self._lock:
            self._last_purge = time.monotonic()
            with self._db.transaction():
                self._fingerprints.unlink(self._db, "WHERE sent_at < %s", (cutoff,))
                deleted = self._db.execute("DELETE FROM messages WHERE sent_at < %s", (cutoff,)).rowcount
            self.purge_review_verdicts(cutoff)
        if deleted:
            log.info("history_purged path=%s messages=%d retention_days=%d", self.path, deleted, self.retention_days)
        return deleted

    def forget(self, *, seller_id: str | None = None, conversation_id: str | None = None) -> int:
        return self.erase(seller_id=seller_id, conversation_id=conversation_id).deleted

    def erase(self, *, seller_id: str | None = None, conversation_id: str | None = None, wait: float = 0.0) -> Erasure:
        """Delete every message (and fingerprint) of one seller or conversation, then check with a
        fresh query that none is left (see the module docstring for what is not checked)."""
        if (seller_id is None) == (conversation_id is None):
            raise ValueError("forget needs exactly one of seller_id or conversation_id")
        column, value = (
            ("seller_id", seller_id) if seller_id is not None else ("conversation_id", conversation_id or "")
        )
        with self._lock:
            with self._db.transaction():
                unlinked = self._fingerprints.unlink(self._db, f"WHERE {column} = %s", (value,))
                deleted = self._db.execute(f"DELETE FROM messages WHERE {column} = %s", (value,)).rowcount
                # Fingerprints go by cascade; a seller's are also matched by their own column.
                self._db.execute(f"DELETE FROM fingerprints WHERE {column} = %s", (value,))
            queued = self.erase_reviews(column, value)
            self.erase_shadow(column, value)
            left = self._db.execute(
                f"SELECT (SELECT count(*) FROM messages WHERE {column} = %s) "
                f"+ (SELECT count(*) FROM fingerprints WHERE {column} = %s) "
                f"+ (SELECT count(*) FROM review_verdicts WHERE {column} = %s) "
                f"+ (SELECT count(*) FROM reviews WHERE {column} = %s)",
                (value,) * 4,
            ).fetchone()[0] + self._fingerprints.left_over(self._db, unlinked)
        log.info("history_forgotten path=%s by=%s messages=%d rows_absent=%s", self.path, column, deleted, left == 0)
        return Erasure(deleted, None, None, 0, rows_absent=left == 0, review_verdicts=queued)

    @contextmanager
    def _review_transaction(self) -> Iterator[Callable[[str, Sequence], list]]:
        """One transaction for review_store.ReviewTables (its SQL uses `?` placeholders)."""
        with self._lock, self._db.transaction():
            yield lambda sql, params: _fetch(self._db.execute(sql.replace("?", "%s"), tuple(params)))

    def _review_read(self, sql: str, params: Sequence) -> list:
        with self._lock:
            return _fetch(self._db.execute(sql.replace("?", "%s"), tuple(params)))

    # --- reading ---------------------------------------------------------------------------------

    def count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM messages").fetchone()[0]

    def conversation(
        self, conversation_id: str, until: datetime | None = None, last: int | None = None
    ) -> list[Message]:
        if until is None or last is None:
            return self._select("WHERE conversation_id = %s ORDER BY sent_at, id", (conversation_id,))
        rows = self._select(
            "WHERE conversation_id = %s AND sent_at <= %s ORDER BY sent_at DESC, id DESC LIMIT %s",
            (conversation_id, until, last),
        )
        rows.reverse()
        return rows

    def conversation_after(self, conversation_id: str, after: datetime, first: int) -> list[Message]:
        return self._select(
            "WHERE conversation_id = %s AND sent_at > %s ORDER BY sent_at, id LIMIT %s", (conversation_id, after, first)
        )

    def by_seller(self, seller_id: str, since: datetime | None = None) -> list[Message]:
        if since is None:
            return self._select("WHERE seller_id = %s ORDER BY sent_at, id", (seller_id,))
        return self._select("WHERE seller_id = %s AND sent_at >= %s ORDER BY sent_at, id", (seller_id, since))

    def template_candidates(
        self, seller_id: str, bands: "np.ndarray", since_epoch: int, until_epoch: int, limit: int
    ) -> list[StoredFingerprint]:
        """As HistoryStore.template_candidates: most shared bands first, then most recent."""
        with self._lock:
            return self._fingerprints.candidates(self._db, seller_id, bands, since_epoch, until_epoch, limit)

    def fingerprints(self, ids: Sequence[int]) -> list[StoredFingerprint]:
        if not ids:
            return []
        with self._lock:
            return self._fingerprints.read(self._db, ids)

    def _select(self, where: str, params: tuple) -> list[Message]:
        with self._lock:
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM messages {where}", params).fetchall()
        return [_message(r) for r in rows]

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()


def _message(row: tuple) -> Message:
    return Message(
        id=row[0],
        conversation_id=row[1],
        seller_id=row[2],
        market=row[3],
        author=row[4],
        sent_at=parse_timestamp(row[5]),
        text=row[6],
    )
