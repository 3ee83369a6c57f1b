"""The store of sent messages: an embedded SQLite database file by default.

Why SQLite: one file, no server, durable (WAL + synchronous=NORMAL survives a killed process; a
transaction acknowledged before a `kill -9` is on disk), and fast enough for millions of rows.
The schema is versioned: MIGRATIONS[i] moves the database from version i to i+1 (PRAGMA user_version).

Besides the messages, the store keeps one *fingerprint* per seller message for the template check,
written in the same transaction as the message: their tables, upkeep and lookups are
screening/store/template_index.py (SqliteFingerprints here).

Personal data: the retention window (`retention_days`) purges old messages, `forget` erases a
seller's or a conversation's messages; `secure_delete` overwrites erased content in the file and
the WAL is checkpointed so no copy stays behind.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Protocol, Sequence

from screening.store.review_store import SQLITE_MIGRATION, ReviewTables
from screening.store.shadow_store import SQLITE_MIGRATION as SHADOW_MIGRATION
from screening.store.shadow_store import ShadowTables
from screening.review.reviews import NewReview, QueuedVerdict, Review
from screening.core.types import Message, format_timestamp, parse_timestamp
from screening.store.template_index import (
    SQLITE_BANDS_MIGRATION,
    SQLITE_FINGERPRINTS_TABLE,
    FingerprintBatch,
    HistoryListener,
    SqliteFingerprints,
    StoredFingerprint,
    fingerprint_rows,
)
from screening.store.wal_checkpoint import WalCheckpointer
from screening.store.writer_turns import WriterTurns

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np

log = logging.getLogger(__name__)

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
    # 1 -> 2: template fingerprints of seller messages (template_index.py), the retention index,
    # and `meta` (which sketch version made the fingerprints).
    SQLITE_FINGERPRINTS_TABLE
    + """    CREATE INDEX messages_sent_at ON messages (sent_at);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 2 -> 3: the template check's band keys (template_index.py).
    SQLITE_BANDS_MIGRATION,
    # 3 -> 4: the review queue and the moderators' decisions (screening/store/review_store.py).
    SQLITE_MIGRATION,
    # 4 -> 5: shadow verdicts, a candidate model version beside the default (screening/store/shadow_store.py).
    SHADOW_MIGRATION,
)

_MESSAGE_COLUMNS = "id, conversation_id, seller_id, market, author, sent_at, text"
_PURGE_EVERY_SECONDS = 3600.0
# Several writers share the file (the server's workers, a CLI import): each waits this long for
# the write lock (SQLite's busy handler), and a write transaction that still finds the database
# busy is retried, so a client never sees "database is locked".
BUSY_TIMEOUT_SECONDS = 30.0
_WRITE_RETRIES = 5
# Erasure: how long `forget` keeps trying to checkpoint the WAL while a reader holds it open.
ERASURE_WAIT_SECONDS = 5.0
ERASURE_CHECKED = 100  # erased texts searched for in the files after an erasure


class HistoryError(RuntimeError):
    """The history file cannot be used; the message names the file."""


@dataclass(frozen=True, slots=True)
class AddResult:
    imported: int  # new rows stored
    expired: int  # older than the retention window: refused, never stored


@dataclass(frozen=True, slots=True)
class Erasure:
    """What `forget` did, and only what it verified."""

    deleted: int
    # The WAL was checkpointed and truncated (no copy of an erased page left in it). None: not
    # this service's to check (PostgreSQL: the server's WAL).
    wal_truncated: bool | None
    # The erased texts searched for in the database, WAL and shm files were not found (None: not
    # searched, for an in-memory store, when nothing was deleted, or on a PostgreSQL server).
    verified_absent: bool | None
    texts_checked: int = 0  # how many erased texts were searched (see _absent_from_files)
    # PostgreSQL: a query after the commit found no row of the seller/conversation left.
    rows_absent: bool | None = None
    review_verdicts: int = 0  # queued verdicts (with their texts) deleted beside the messages

    def to_dict(self) -> dict:
        out = {
            "deleted": self.deleted,
            "wal_truncated": self.wal_truncated,
            "verified_absent": self.verified_absent,
            "texts_checked": self.texts_checked,
        }
        if self.rows_absent is not None:
            out["rows_absent"] = self.rows_absent
        if self.review_verdicts:
            out["review_verdicts"] = self.review_verdicts
        return out


def _is_busy(error: sqlite3.OperationalError) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


class History(Protocol):
    """What the service, the CLI and the checks use of a history store; two backends implement it:
    HistoryStore (embedded SQLite, the default) and history_postgres.PostgresHistoryStore."""

    path: str  # the SQLite file, or the PostgreSQL URL without its password
    retention_days: int | None

    def add(self, messages: Iterable[Message]) -> int: ...

    def add_counted(self, messages: Iterable[Message]) -> AddResult: ...

    def add_rows(self, messages: Sequence[tuple], fingerprints: Sequence[tuple]) -> int: ...

    def stored_ids(self, ids: Sequence[str]) -> set[str]: ...

    def worker_id_reader(self) -> "Callable[[list[str]], set[str]] | None":
        """`stored_ids` for another process (history import's workers): a picklable callable that
        opens its own connection there, or None when the workers should not look (add_rows decides)."""
        ...

    def retention_cutoff(self, now: datetime | None = None) -> datetime | None: ...

    def purge_expired(self, now: datetime | None = None) -> int: ...

    def erase(self, *, seller_id: str | None = None, conversation_id: str | None = None) -> Erasure: ...

    def forget(self, *, seller_id: str | None = None, conversation_id: str | None = None) -> int: ...

    def count(self) -> int: ...

    def conversation(
        self, conversation_id: str, until: datetime | None = None, last: int | None = None
    ) -> list[Message]: ...

    def by_seller(self, seller_id: str, since: datetime | None = None) -> list[Message]: ...

    def conversation_after(self, conversation_id: str, after: datetime, first: int) -> list[Message]: ...

    def template_candidates(
        self, seller_id: str, bands: "np.ndarray", since_epoch: int, until_epoch: int, limit: int
    ) -> list[StoredFingerprint]: ...

    # The review queue and decisions (docs/formats.md §7; screening/store/review_store.ReviewTables).
    def queue_verdicts(self, entries: Iterable[QueuedVerdict]) -> int: ...

    def add_review(self, review: NewReview, entry: QueuedVerdict) -> Review: ...

    def queued(self, message_id: str) -> QueuedVerdict | None: ...

    def queue(
        self,
        *,
        market: str | None = None,
        check: str | None = None,
        code: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[QueuedVerdict]: ...

    def queue_count(self, *, market: str | None = None, check: str | None = None, code: str | None = None) -> int: ...

    def queue_markets(self) -> list[str]: ...

    def reviews(
        self,
        *,
        since: datetime | None = None,
        market: str | None = None,
        check: str | None = None,
        seller_id: str | None = None,
        message_id: str | None = None,
        limit: int | None = None,
    ) -> list[Review]: ...

    def seller_verdicts(self, seller_id: str, since: datetime) -> list[QueuedVerdict]: ...

    # Shadow verdicts (screening/store/shadow_store.ShadowTables).
    def add_shadow(self, rows: Sequence[dict]) -> int: ...

    def shadow_rows(self, *, check: str | None = None, since: datetime | None = None) -> list[dict]: ...

    def close(self) -> None: ...


def is_postgres_url(location: str | Path) -> bool:
    return str(location).startswith(("postgresql://", "postgres://"))


def open_history(location: str | Path, retention_days: int | None = None) -> History:
    """The history at `location`: a postgresql:// URL (a server shared by many processes) or an
    SQLite file path (':memory:' for none kept)."""
    if is_postgres_url(location):
        from screening.store.history_postgres import PostgresHistoryStore

        return PostgresHistoryStore(str(location), retention_days=retention_days)
    return HistoryStore(location, retention_days=retention_days)


class RetentionWriter:
    """The write path both stores share: messages outside the retention window are counted, never
    stored; ids already stored are skipped; the rest go to the backend's `add_rows` in one
    transaction with their fingerprints. Needs `retention_days`, `unseen` and `add_rows`."""

    retention_days: int | None

    def add(self, messages: Iterable[Message]) -> int:
        """Insert messages; ids already stored are left as they are. Returns how many were new.
        All of `messages` is one transaction: when this returns, they are stored."""
        return self.add_counted(messages).imported

    def add_counted(self, messages: Iterable[Message]) -> AddResult:
        """`add`, also counting the messages older than the retention window (never stored: the
        purge would delete them, and until then they would be used)."""
        messages = list(messages)
        kept = self.within_retention(messages)
        fresh = self.unseen(kept)  # type: ignore[attr-defined]
        if not fresh:
            return AddResult(0, len(messages) - len(kept))
        return AddResult(
            self.add_rows([message_row(m) for m in fresh], fingerprint_rows(fresh)),  # type: ignore[attr-defined]
            len(messages) - len(kept),
        )

    def retention_cutoff(self, now: datetime | None = None) -> datetime | None:
        """Messages sent before this are outside the retention window (None: no window)."""
        if not self.retention_days:
            return None
        return (now or datetime.now(timezone.utc)) - timedelta(days=self.retention_days)

    def within_retention(self, messages: Sequence[Message]) -> list[Message]:
        cutoff = self.retention_cutoff()
        return list(messages) if cutoff is None else [m for m in messages if m.sent_at >= cutoff]


class HistoryStore(RetentionWriter, ReviewTables, ShadowTables):
    """Sent messages, by seller and conversation. Safe to share between threads."""

    def __init__(self, path: str | Path = ":memory:", retention_days: int | None = None):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.retention_days = retention_days
        self._lock = threading.RLock()
        self._fingerprints = SqliteFingerprints()
        self._last_purge = 0.0
        self._checkpoint_pending = False  # an erasure whose WAL checkpoint a reader held off
        self._checkpointer: WalCheckpointer | None = None
        self._writer_turns = WriterTurns(self.path)
        try:
            self._db = sqlite3.connect(
                self.path, check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS
            )
            self._db.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
            self._setup_when_free()
            # Checkpoints in a thread of their own, not inside a request's COMMIT (wal_checkpoint.py).
            self._checkpointer = WalCheckpointer.attach(self._db, self.path)
        except sqlite3.Error as exc:
            raise HistoryError(f"history database {self.path}: {exc}") from None

    def _setup_when_free(self) -> None:
        """`_setup`, retried while another process sets the same new file up: two workers started
        together both switch a fresh database to WAL, and SQLite answers that switch with "database
        is locked" at once, without waiting out busy_timeout."""
        deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
        while True:
            try:
                self._setup()
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() >= deadline:
                    raise
                time.sleep(0.05)

    def _setup(self) -> None:
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        # Erased rows are overwritten with zeros, not just unlinked (GDPR erasure).
        self._db.execute("PRAGMA secure_delete=ON")
        # 64 MB of page cache (the default is 2 MB): at a million rows the four indexes of `messages`
        # no longer fit in 2 MB and every import batch re-reads their pages.
        self._db.execute("PRAGMA cache_size=-65536")
        self._migrate()
        self._refresh_fingerprints()
        if self.retention_days:
            self.purge_expired()

    @property
    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        """Bring the schema to the newest version in one write transaction. The version is read
        again once the write lock is held: two processes opening a new file at once (the workers of
        `serve --workers 2`) would otherwise both see version 0 and the second would fail on
        "table messages already exists"."""
        with self._lock:
            if self._check_version() == len(MIGRATIONS):
                return
            with self._write_transaction():
                version = self._check_version()
                for target, script in enumerate(MIGRATIONS[version:], start=version + 1):
                    for statement in _statements(script):  # executescript would commit first
                        self._db.execute(statement)
                    self._db.execute(f"PRAGMA user_version = {target}")
                    log.info("history_migrated path=%s version=%d", self.path, target)

    def _check_version(self) -> int:
        version = self.schema_version
        if version > len(MIGRATIONS):
            raise RuntimeError(
                f"history database {self.path} has schema version {version}, newer than this "
                f"program knows ({len(MIGRATIONS)}); upgrade screening"
            )
        return version

    def _refresh_fingerprints(self) -> None:
        """Fingerprint seller messages stored before fingerprints existed, or with an older sketch."""
        with self._lock:
            if self._fingerprints.up_to_date(self._db):
                return
            with self._write_transaction():
                refreshed = self._fingerprints.rebuild(self._db, self._seller_messages())
        if refreshed:
            log.info("history_fingerprints_rebuilt path=%s messages=%d", self.path, refreshed)

    def _seller_messages(self) -> Iterator[list[Message]]:
        """Every seller message, 10,000 at a time (inside the caller's transaction)."""
        cursor = self._db.execute(f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE author = 'seller'")
        while rows := cursor.fetchmany(10_000):
            yield [_message(r) for r in rows]

    # --- listeners -------------------------------------------------------------------------------

    def subscribe(self, listener: HistoryListener, replay: bool = False) -> None:
        """Tell `listener` of every fingerprint added or removed from now on (after each commit).

        With `replay`, first hand it every stored fingerprint (`history_loaded`), under the same
        lock, so nothing added in between is missed or seen twice.
        """
        with self._lock:
            if replay:
                listener.history_loaded(self.fingerprint_batches())
            self._fingerprints.listeners.append(listener)

    def unsubscribe(self, listener: HistoryListener) -> None:
        with self._lock:
            if listener in self._fingerprints.listeners:
                self._fingerprints.listeners.remove(listener)

    # --- writing ---------------------------------------------------------------------------------

    # add, add_counted, retention_cutoff, within_retention: RetentionWriter. All of a call's
    # messages are one transaction; fingerprints are computed outside the lock, new messages only.

    def add_rows(self, messages: Sequence[tuple], fingerprints: Sequence[tuple]) -> int:
        """Insert prepared rows (`message_row`, `fingerprint_rows`) in one transaction; ids already
        stored, or repeated in `messages` (the first wins), are skipped with their fingerprints.
        Returns how many messages were new. The history import prepares rows in worker processes."""
        fresh: dict[str, tuple] = {}
        for row in messages:
            fresh.setdefault(row[0], row)
        cutoff = self.retention_cutoff()
        if cutoff is not None:  # rows carry sent_at as UTC ISO text (message_row)
            fresh = {i: row for i, row in fresh.items() if parse_timestamp(row[5]) >= cutoff}
        with self._lock:
            with self._write_transaction():
                for stored in self._stored_ids(list(fresh)):
                    del fresh[stored]
                self._db.executemany("INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, ?)", fresh.values())
                last_id = self._fingerprints.last_id(self._db)
                rows = [row for row in fingerprints if row[0] in fresh]
                self._fingerprints.insert(self._db, rows)
            if rows:
                self._fingerprints.tell_added(self._db, last_id)
            if self.retention_days and time.monotonic() - self._last_purge > _PURGE_EVERY_SECONDS:
                self.purge_expired()
            return len(fresh)

    def template_candidates(
        self, seller_id: str, bands: "np.ndarray", since_epoch: int, until_epoch: int, limit: int
    ) -> list[StoredFingerprint]:
        """The seller's fingerprints sharing a band with `bands`, sent in [since, until]: most shared
        bands first, then most recent; at most `limit`. Read from the database at each call, so a
        message committed by any process or import is a candidate at once."""
        with self._lock:
            return self._fingerprints.candidates(self._db, seller_id, bands, since_epoch, until_epoch, limit)

    def unseen(self, messages: Sequence[Message]) -> list[Message]:
        """The messages whose ids are not stored yet (the first of each id)."""
        fresh: dict[str, Message] = {}
        for message in messages:
            fresh.setdefault(message.id, message)
        with self._lock:
            stored = self._stored_ids(list(fresh))
        return [m for i, m in fresh.items() if i not in stored]

    def stored_ids(self, ids: Sequence[str]) -> set[str]:
        """The ids among `ids` that are stored."""
        with self._lock:
            return self._stored_ids(ids)

    def _stored_ids(self, ids: Sequence[str]) -> set[str]:
        return stored_ids_in(self._db, ids)

    def worker_id_reader(self) -> "SqliteIdReader | None":
        """A reader of this file for worker processes (WAL lets them read while this one writes);
        None in memory, which no other process can see."""
        return SqliteIdReader(str(Path(self.path).resolve())) if self.path not in (":memory:", "") else None

    def purge_expired(self, now: datetime | None = None) -> int:
        """Delete messages older than the retention window. Returns how many were deleted."""
        if not self.retention_days:
            return 0
        now = now or datetime.now(timezone.utc)
        cutoff = format_timestamp(now - timedelta(days=self.retention_days))
        with self._lock:
            self._last_purge = time.monotonic()
            deleted = self._delete("WHERE sent_at < ?", (cutoff,), erase=False)
            self.purge_review_verdicts(now - timedelta(days=self.retention_days))
        if deleted:
            log.info("history_purged path=%s messages=%d retention_days=%d", self.path, deleted, self.retention_days)
        return deleted

    def forget(self, *, seller_id: str | None = None, conversation_id: str | None = None) -> int:
        """Erase every message of one seller or one conversation (right to erasure). Returns the count."""
        return self.erase(seller_id=seller_id, conversation_id=conversation_id).deleted

    def erase(
        self, *, seller_id: str | None = None, conversation_id: str | None = None, wait: float = ERASURE_WAIT_SECONDS
    ) -> Erasure:
        """`forget`, reporting what was verified: with `secure_delete` the rows' bytes are zeroed in
        the pages; the WAL still holds older copies of those pages until it is checkpointed and
        truncated, which a reader's open transaction prevents. So the checkpoint is retried for up to
        `wait` seconds (and again after every later write until it succeeds), then the database,
        WAL and shm files are searched for the erased texts."""
        if (seller_id is None) == (conversation_id is None):
            raise ValueError("forget needs exactly one of seller_id or conversation_id")
        column, value = (
            ("seller_id", seller_id) if seller_id is not None else ("conversation_id", conversation_id or "")
        )
        with self._lock:
            texts = [r[0] for r in self._db.execute(f"SELECT text FROM messages WHERE {column} = ?", (value,))]
            texts += self.review_texts(column, value)  # a blocked message's text is only there
            deleted = self._delete(f"WHERE {column} = ?", (value,), erase=True)
            queued = self.erase_reviews(column, value)
            self.erase_shadow(column, value)
            on_disk = (deleted or queued) and self.path != ":memory:"
            truncated = self._checkpoint(wait=wait) if on_disk else deleted == queued == 0
            absent, checked = self._absent_from_files(texts) if on_disk else (None, 0)
        # Ids only: the seller/conversation id is the operator's request, not message content.
        log.info(
            "history_forgotten path=%s by=%s messages=%d wal_truncated=%s verified_absent=%s texts_checked=%d",
            self.path,
            column,
            deleted,
            truncated,
            absent,
            checked,
        )
        return Erasure(deleted, truncated, absent, checked, review_verdicts=queued)

    def _checkpoint(self, wait: float) -> bool:
        """PRAGMA wal_checkpoint(TRUNCATE) until it completes (no reader in the way) or `wait`
        seconds pass. Remembered when it fails, and retried after the next write."""
        deadline = time.monotonic() + wait
        while True:
            # The checkpoint waits for readers through the busy handler: short waits here, so the
            # whole call keeps to `wait` rather than BUSY_TIMEOUT_SECONDS.
            self._db.execute("PRAGMA busy_timeout=100")
            try:
                busy, _, _ = self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc):
                    raise
                busy = 1
            finally:
                self._db.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
            wal = Path(self.path + "-wal")
            if not busy and (not wal.exists() or wal.stat().st_size == 0):
                self._checkpoint_pending = False
                return True
            if time.monotonic() >= deadline:
                self._checkpoint_pending = True
                return False
            time.sleep(0.05)

    def _absent_from_files(self, texts: Sequence[str]) -> tuple[bool, int]:
        """Whether none of the erased texts (as UTF-8 bytes) is in the database, WAL or shm file,
        and how many texts were searched: the ERASURE_CHECKED longest of at least 8 bytes (a
        shorter one, "ok", could be any other row's bytes; each text is one pass over the files,
        memory-mapped)."""
        import mmap

        needles = sorted({t.encode("utf-8") for t in texts if len(t.encode("utf-8")) >= 8}, key=len, reverse=True)[
            :ERASURE_CHECKED
        ]
        for suffix in ("", "-wal", "-shm"):
            path = Path(self.path + suffix)
            if not path.exists() or path.stat().st_size == 0:
                continue
            with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
                if any(data.find(needle) != -1 for needle in needles):
                    return False, len(needles)
        return True, len(needles)

    @contextmanager
    def _write_transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT around the block (ROLLBACK when it raises), in this store's turn
        among the writers of the file (writer_turns.py), then the WAL checkpoint is due. The
        caller holds the store's lock."""
        with self._writer_turns.turn():
            self._begin_write()
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        self._committed()

    def _begin_write(self) -> None:
        """BEGIN IMMEDIATE: take the write lock at the start (a deferred transaction that reads
        first cannot upgrade when another writer committed meanwhile: SQLITE_BUSY at once, which
        the busy timeout does not cover). Retried when the database stays busy."""
        for attempt in range(_WRITE_RETRIES):
            try:
                self._db.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc) or attempt == _WRITE_RETRIES - 1:
                    raise HistoryError(f"history database {self.path}: {exc}") from None
                log.warning("history_busy path=%s attempt=%d", self.path, attempt + 1)
                time.sleep(0.1 * (attempt + 1))

    def _delete(self, where: str, params: tuple, erase: bool) -> int:
        with self._write_transaction():
            removed = self._fingerprints.unlink(self._db, where, params)
            cursor = self._db.execute(f"DELETE FROM messages {where}", params)
            deleted = cursor.rowcount
        self._fingerprints.tell_removed(removed)
        return deleted

    @contextmanager
    def _review_transaction(self) -> Iterator[Callable[[str, Sequence], list]]:
        """One write transaction for review_store.ReviewTables."""
        with self._lock, self._write_transaction():
            yield lambda sql, params: self._db.execute(sql, tuple(params)).fetchall()

    def _review_read(self, sql: str, params: Sequence) -> list:
        with self._lock:
            return self._db.execute(sql, tuple(params)).fetchall()

    # --- reading ---------------------------------------------------------------------------------

    def count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM messages").fetchone()[0]

    def conversation(
        self, conversation_id: str, until: datetime | None = None, last: int | None = None
    ) -> list[Message]:
        """The conversation's messages in time order; with `until` and `last`, only the `last`
        ones sent up to `until` are read (a bounded read per request, however long the thread)."""
        if until is None or last is None:
            return list(self._select("WHERE conversation_id = ? ORDER BY sent_at, id", (conversation_id,)))
        # sent_at is ISO text: "…:00.5Z" sorts before "…:00Z", so the bound is the next whole second
        # and the exact test is made on the parsed times.
        bound = format_timestamp(until.replace(microsecond=0) + timedelta(seconds=1))
        rows = list(
            self._select(
                "WHERE conversation_id = ? AND sent_at <= ? ORDER BY sent_at DESC, id DESC LIMIT ?",
                (conversation_id, bound, 2 * last + 2),
            )
        )
        rows.reverse()
        return [m for m in rows if m.sent_at <= until][-last:]

    def conversation_after(self, conversation_id: str, after: datetime, first: int) -> list[Message]:
        """The first `first` messages of the conversation sent after `after` (the review console
        shows what came next)."""
        # ISO text order is not time order within a second (see `conversation`: "…:01.5Z" sorts
        # before "…:01Z"): read from the second before and keep the later ones.
        bound = format_timestamp(after.replace(microsecond=0) - timedelta(seconds=1))
        rows = self._select(
            "WHERE conversation_id = ? AND sent_at >= ? ORDER BY sent_at, id LIMIT ?",
            (conversation_id, bound, first + 50),
        )
        return sorted((m for m in rows if m.sent_at > after), key=lambda m: (m.sent_at, m.id))[:first]

    def by_seller(self, seller_id: str, since: datetime | None = None) -> list[Message]:
        if since is None:
            return list(self._select("WHERE seller_id = ? ORDER BY sent_at, id", (seller_id,)))
        return list(
            self._select(
                "WHERE seller_id = ? AND sent_at >= ? ORDER BY sent_at, id", (seller_id, format_timestamp(since))
            )
        )

    def fingerprint_batches(self, size: int = 100_000) -> Iterator[FingerprintBatch]:
        """Every fingerprint, in id order, `size` at a time (the template index loads from this)."""
        last_id = 0
        while True:
            with self._lock:
                batch = self._fingerprints.batch(self._db, "WHERE id > ? ORDER BY id LIMIT ?", (last_id, size))
            if not len(batch):
                return
            yield batch
            last_id = int(batch.ids[-1])

    def fingerprints(self, ids: Sequence[int]) -> list[StoredFingerprint]:
        """The fingerprints with these ids that still exist (erased ones are simply absent); the
        template check reads the message and conversation of the near-duplicates it confirmed."""
        if not ids:
            return []
        with self._lock:
            return self._fingerprints.read(self._db, ids)

    def _select(self, where: str, params: tuple) -> Iterator[Message]:
        with self._lock:
            rows = self._db.execute(f"SELECT {_MESSAGE_COLUMNS} FROM messages {where}", params).fetchall()
        for row in rows:
            yield _message(row)

    def _committed(self) -> None:
        """After a write transaction (under the lock): an erasure's checkpoint that a reader held off
        is tried again first (before the checkpoint thread is woken, whose copy would make it wait),
        then the WAL checkpoint follows, off this thread."""
        if self._checkpoint_pending:
            self._checkpoint(wait=0.0)
        if self._checkpointer is not None:
            self._checkpointer.wrote(self._db)

    def close(self) -> None:
        with self._lock:
            self._fingerprints.listeners.clear()
            if self._checkpointer is not None:
                self._checkpointer.close()
            self._db.close()
            self._writer_turns.close()


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a migration script, one at a time (a trigger's body, with its own
    semicolons, stays whole: sqlite3.complete_statement decides where a statement ends)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip().strip(";").strip():
                yield pending
            pending = ""
    if pending.strip().strip(";").strip():
        yield pending


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


@dataclass(frozen=True)
class SqliteIdReader:
    """Which ids an SQLite history file holds, read by another process through its own read-only
    connection (made on first use there, then kept: one per process and file). Picklable."""

    path: str

    def __call__(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        reader = _ID_READERS.get(self.path)
        if reader is None:
            reader = _ID_READERS[self.path] = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        return stored_ids_in(reader, ids)


_ID_READERS: dict[str, sqlite3.Connection] = {}  # SqliteIdReader's connections in this process


def stored_ids_in(db: sqlite3.Connection, ids: Sequence[str]) -> set[str]:
    """The ids among `ids` that the `messages` table of `db` holds."""
    stored: set[str] = set()
    for start in range(0, len(ids), 500):  # SQLite's default limit on bound parameters is 999
        chunk = ids[start : start + 500]
        stored.update(
            r[0] for r in db.execute(f"SELECT id FROM messages WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        )
    return stored


def message_row(message: Message) -> tuple:
    """The `messages` table's row of a message (sent_at as UTC ISO text, which sorts by time)."""
    return (
        message.id,
        message.conversation_id,
        message.seller_id,
        message.market,
        message.author,
        format_timestamp(message.sent_at),
        message.text,
    )
