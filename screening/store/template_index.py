"""The template check's fingerprints in the history database (rule R5, screening/checks/template/).

One fingerprint per seller message: its placeholder text and MinHash band keys (fingerprint.py
there). They are written in the same transaction as the message, so a lookup never misses an
acknowledged message, and read back by the check at each call (`candidates`): every process
sharing the database sees a reply once it is committed. Both backends keep them beside
`messages`; what differs is how band keys are looked up:

- SQLite (`SqliteFingerprints`): a `fingerprint_bands` table, one row per (key, fingerprint), and
  listeners (an in-memory band index, screening/checks/template/index.py) told of every added and
  removed fingerprint after the commit;
- PostgreSQL (`PostgresFingerprints`): the same `fingerprint_bands` table (since schema 5; before,
  a GIN index on the `band_keys` array column, which read every fingerprint of the seller that
  shares a band, whatever its age, ~2 ms a reply at 1M messages). The array column stays: it is
  what `unlink` deletes the band rows by.

The stores own the connection and the transactions; the methods here run inside them (`db` is
the store's connection). Their schema steps are part of the stores' MIGRATIONS, which never change
once shipped (tests/store/test_history_existing_database.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Protocol, Sequence

from screening.core.types import Message

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np

# --- schema ------------------------------------------------------------------------------------------

# SQLite 1 -> 2 begins with this table (the stores' migration adds its own index and `meta` after it).
# AUTOINCREMENT: a fingerprint id is never reused, so an index entry whose row was erased can never
# point at another message. seller/conversation are copied so start-up is one scan.
SQLITE_FINGERPRINTS_TABLE = """
    CREATE TABLE fingerprints (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        message_id TEXT NOT NULL UNIQUE REFERENCES messages (id) ON DELETE CASCADE,
        seller_id TEXT NOT NULL,
        conversation_id TEXT,
        sent_epoch INTEGER NOT NULL,
        norm TEXT NOT NULL,
        bands BLOB NOT NULL
    );
"""
# SQLite 2 -> 3: the band keys, looked up in the database (not an in-memory index): every process,
# and a CLI import into a running server's file, sees a write once committed. One row per (band
# key salted with the seller, fingerprint); the primary key serves the lookup (key, time window)
# and the deletes, which name whole keys (`unlink` recomputes them from the fingerprint): no
# second index or foreign key, each would be 20 more index entries per message on import. The
# sketch version is forgotten so that the next open fills the table (`rebuild`).
SQLITE_BANDS_MIGRATION = """
    CREATE TABLE fingerprint_bands (
        key INTEGER NOT NULL,
        sent_epoch INTEGER NOT NULL,
        fingerprint_id INTEGER NOT NULL,
        PRIMARY KEY (key, sent_epoch, fingerprint_id)
    ) WITHOUT ROWID;
    DELETE FROM meta WHERE key = 'sketch_version';
    """
# PostgreSQL 0 -> 1 ends with this table. The SQL comment is the shipped text, kept as it was
# (band_keys has since moved here from screening.store.history).
POSTGRES_FINGERPRINTS_TABLE = """    -- One fingerprint per seller message (the template check): placeholder text and the band keys
    -- salted with the seller (screening.store.history.band_keys), looked up with && through GIN.
    CREATE TABLE fingerprints (
        id bigserial PRIMARY KEY,
        message_id text NOT NULL UNIQUE REFERENCES messages (id) ON DELETE CASCADE,
        seller_id text NOT NULL,
        conversation_id text,
        sent_epoch bigint NOT NULL,
        norm text NOT NULL,
        band_keys bigint[] NOT NULL
    );
    CREATE INDEX fingerprints_band_keys ON fingerprints USING gin (band_keys);
    """

# PostgreSQL 4 -> 5: the band keys in a B-tree table, as SQLite's: a lookup descends the primary
# key once per band key and reads only the keys of the time window (the GIN index it replaces
# fetched every fingerprint of the seller sharing a band, of any age, from the heap). Filled from
# the array column, the key added after the rows (faster than row by row), and the GIN index
# dropped (it cost ~20 entries per message written). No foreign key: its cascade would need a
# second index on fingerprint_id (20 more entries per message); `unlink` deletes a message's band
# rows by their keys before the message goes, as SQLite's does. DISTINCT: two bands of one
# fingerprint may carry the same key.
POSTGRES_BANDS_MIGRATION = """
    CREATE TABLE fingerprint_bands (
        key bigint NOT NULL,
        sent_epoch bigint NOT NULL,
        fingerprint_id bigint NOT NULL
    );
    INSERT INTO fingerprint_bands
        SELECT DISTINCT k, f.sent_epoch, f.id FROM fingerprints AS f, unnest(f.band_keys) AS k;
    ALTER TABLE fingerprint_bands ADD PRIMARY KEY (key, sent_epoch, fingerprint_id);
    DROP INDEX fingerprints_band_keys;
    ANALYZE fingerprint_bands;
    """

# --- what the check and the band index read ----------------------------------------------------------


@dataclass(frozen=True)
class FingerprintBatch:
    """Fingerprints as arrays, for the template index: row i is one seller message."""

    ids: "np.ndarray"  # int64 fingerprint ids, ascending
    sellers: Sequence[str]
    sent_epochs: "np.ndarray"  # int64 seconds since 1970 (UTC)
    bands: "np.ndarray"  # (n, BANDS) uint64
    norms: Sequence[str]  # the placeholder texts the check compares

    def __len__(self) -> int:
        return len(self.sellers)


@dataclass(frozen=True, slots=True)
class StoredFingerprint:
    """What the template check reads back to confirm a candidate."""

    id: int
    message_id: str
    conversation_id: str | None
    norm: str


class HistoryListener(Protocol):
    def history_loaded(self, batches: Iterable[FingerprintBatch]) -> None: ...

    def history_added(self, batch: FingerprintBatch) -> None: ...

    def history_removed(self, fingerprint_ids: Sequence[int]) -> None: ...


# --- rows ------------------------------------------------------------------------------------------


def band_keys(seller_id: str, bands: "bytes | np.ndarray") -> list[int]:
    """The stored band keys of a fingerprint: each band key XOR a 64-bit hash of the seller (so a
    lookup only meets that seller's messages; templates are counted per seller), as signed 64-bit
    integers (SQLite INTEGER, PostgreSQL bigint). `bands` is the stored blob or the sketch's array."""
    import numpy as np

    from screening.checks.template.index import seller_salt

    values = np.frombuffer(bands, dtype="<u8") if isinstance(bands, (bytes, memoryview)) else bands
    return (values.astype(np.uint64) ^ seller_salt(seller_id)).view(np.int64).tolist()


_FEW = 4  # up to this many messages, fingerprints come one by one through the cache; more, vectorised


def fingerprint_rows(messages: Sequence[Message]) -> list[tuple]:
    """(message_id, seller_id, conversation_id, sent_epoch, norm, bands) for the seller messages
    among `messages` (only those are compared by the template check)."""
    import numpy as np

    from screening.checks.template.fingerprint import fingerprint, fingerprint_many

    messages = [m for m in messages if m.author == "seller" and m.seller_id]
    if not messages:
        return []
    if len(messages) <= _FEW:
        # A reply just screened (POST /v1/screen records it): the template check's fingerprint.
        found = [fingerprint(m.text) for m in messages]
    else:
        # Vectorised, and remembered: a rescore batch's replies were fingerprinted by the check.
        found = fingerprint_many([m.text for m in messages], remember=False)
    norms = [normalised.text for normalised, _ in found]
    bands = np.stack([b for _, b in found]).astype("<u8")
    return [
        (m.id, m.seller_id, m.conversation_id, int(m.sent_at.timestamp()), norm, bands[i].tobytes())
        for i, (m, norm) in enumerate(zip(messages, norms))
    ]


def _sketch_version() -> int:
    from screening.checks.template.sketch import SKETCH_VERSION

    return SKETCH_VERSION


# --- SQLite ----------------------------------------------------------------------------------------


class SqliteFingerprints:
    """The fingerprint and band-key tables of an SQLite history, and the listeners told of their
    changes. `db` is the store's connection; writes run inside the store's transaction."""

    def __init__(self) -> None:
        self.listeners: list[HistoryListener] = []

    def up_to_date(self, db) -> bool:
        """Whether the stored fingerprints were made by this sketch version (`meta`)."""
        row = db.execute("SELECT value FROM meta WHERE key = 'sketch_version'").fetchone()
        return row is not None and int(row[0]) == _sketch_version()

    def rebuild(self, db, seller_messages: Iterable[Sequence[Message]]) -> int:
        """Fingerprint again every seller message (given in batches) and record the sketch version.
        Returns how many messages were read."""
        db.execute("DELETE FROM fingerprint_bands")
        db.execute("DELETE FROM fingerprints")
        refreshed = 0
        for messages in seller_messages:
            self.insert(db, fingerprint_rows(messages))
            refreshed += len(messages)
        db.execute("INSERT OR REPLACE INTO meta VALUES ('sketch_version', ?)", (str(_sketch_version()),))
        return refreshed

    def insert(self, db, rows: Sequence[tuple]) -> None:
        """Insert fingerprint rows (`fingerprint_rows`) and their band keys."""
        if not rows:
            return
        last_id = self.last_id(db)
        db.executemany(
            "INSERT INTO fingerprints (message_id, seller_id, conversation_id, sent_epoch, norm, bands) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
        added = db.execute(
            "SELECT id, seller_id, sent_epoch, bands FROM fingerprints WHERE id > ? ORDER BY id", (last_id,)
        ).fetchall()
        db.executemany(
            "INSERT OR IGNORE INTO fingerprint_bands VALUES (?, ?, ?)",
            ((key, epoch, fid) for fid, seller, epoch, blob in added for key in band_keys(seller, blob)),
        )

    def unlink(self, db, messages_where: str, params: tuple) -> list[int]:
        """Before the messages selected by `messages_where` (a WHERE clause on `messages`) are
        deleted: delete their band keys (their fingerprint rows go by cascade with the messages).
        Returns the ids of those fingerprints, for `tell_removed` after the commit."""
        removed = db.execute(
            f"SELECT id, seller_id, sent_epoch, bands FROM fingerprints "
            f"WHERE message_id IN (SELECT id FROM messages {messages_where})",
            params,
        ).fetchall()
        db.executemany(
            "DELETE FROM fingerprint_bands WHERE key = ? AND sent_epoch = ? AND fingerprint_id = ?",
            ((key, epoch, fid) for fid, seller, epoch, blob in removed for key in band_keys(seller, blob)),
        )
        return [row[0] for row in removed]

    def last_id(self, db) -> int:
        return db.execute("SELECT coalesce(max(id), 0) FROM fingerprints").fetchone()[0]

    # --- listeners (after the store's commit) ------------------------------------------------------

    def tell_added(self, db, after_id: int) -> None:
        """Hand the listeners the fingerprints with ids above `after_id` (just committed)."""
        if not self.listeners:
            return
        batch = self.batch(db, "WHERE id > ? ORDER BY id", (after_id,))
        for listener in self.listeners:
            listener.history_added(batch)

    def tell_removed(self, fingerprint_ids: Sequence[int]) -> None:
        if fingerprint_ids:
            for listener in self.listeners:
                listener.history_removed(fingerprint_ids)

    # --- reading -----------------------------------------------------------------------------------

    def candidates(
        self, db, seller_id: str, bands: "np.ndarray", since_epoch: int, until_epoch: int, limit: int
    ) -> list[StoredFingerprint]:
        """The seller's fingerprints sharing a band with `bands`, sent in [since, until]: most shared
        bands first, then most recent; at most `limit`."""
        keys = band_keys(seller_id, bands)
        rows = db.execute(
            f"SELECT f.id, f.message_id, f.conversation_id, f.norm FROM ("
            f"  SELECT fingerprint_id, count(*) AS shared, max(sent_epoch) AS sent FROM fingerprint_bands"
            f"  WHERE key IN ({','.join('?' * len(keys))}) AND sent_epoch BETWEEN ? AND ?"
            f"  GROUP BY fingerprint_id) AS c "
            f"JOIN fingerprints AS f ON f.id = c.fingerprint_id WHERE f.seller_id = ? "
            f"ORDER BY c.shared DESC, c.sent DESC, f.id DESC LIMIT ?",
            (*keys, int(since_epoch), int(until_epoch), seller_id, int(limit)),
        ).fetchall()
        return [StoredFingerprint(*row) for row in rows]

    def read(self, db, ids: Sequence[int]) -> list[StoredFingerprint]:
        """The fingerprints with these ids that still exist (erased ones are simply absent)."""
        out: list[StoredFingerprint] = []
        for start in range(0, len(ids), 500):  # SQLite's default limit on bound parameters is 999
            chunk = [int(i) for i in ids[start : start + 500]]
            out.extend(
                StoredFingerprint(*row)
                for row in db.execute(
                    f"SELECT id, message_id, conversation_id, norm FROM fingerprints WHERE id IN "
                    f"({','.join('?' * len(chunk))})",
                    chunk,
                )
            )
        return out

    def batch(self, db, where: str, params: tuple) -> FingerprintBatch:
        """The fingerprints selected by `where` (on `fingerprints`), as arrays."""
        import numpy as np

        from screening.checks.template.sketch import BANDS

        rows = db.execute(f"SELECT id, seller_id, sent_epoch, bands, norm FROM fingerprints {where}", params).fetchall()
        return FingerprintBatch(
            ids=np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows)),
            sellers=[r[1] for r in rows],
            sent_epochs=np.fromiter((r[2] for r in rows), dtype=np.int64, count=len(rows)),
            bands=np.frombuffer(b"".join(r[3] for r in rows), dtype="<u8").astype(np.uint64).reshape(len(rows), BANDS),
            norms=[r[4] for r in rows],
        )


# --- PostgreSQL ------------------------------------------------------------------------------------

_POSTGRES_INSERT_FINGERPRINT = (
    "INSERT INTO fingerprints (message_id, seller_id, conversation_id, sent_epoch, norm, band_keys) "
    "VALUES (%s, %s, %s, %s, %s, %s::bigint[])"
)
# The fingerprints of the messages a statement's `added` CTE inserted (RETURNING id), and their
# band rows, as two more CTEs of that statement (PostgresHistoryStore's recording: one round trip).
# Its parameters come from `postgres_fingerprint_params`; fingerprint n's band keys are
# keys[(n - 1) * bands + 1 : n * bands].
POSTGRES_FINGERPRINTS_OF_ADDED = """
    fingerprinted AS (
        INSERT INTO fingerprints (message_id, seller_id, conversation_id, sent_epoch, norm, band_keys)
        SELECT f.message_id, f.seller_id, f.conversation_id, f.sent_epoch, f.norm,
               (%(keys)s::bigint[])[(f.n - 1) * %(bands)s + 1 : f.n * %(bands)s]
        FROM unnest(%(f_ids)s::text[], %(f_sellers)s::text[], %(f_conversations)s::text[],
                    %(f_epochs)s::bigint[], %(f_norms)s::text[]) WITH ORDINALITY
             AS f (message_id, seller_id, conversation_id, sent_epoch, norm, n)
        WHERE f.message_id IN (SELECT id FROM added)
        RETURNING id, sent_epoch, band_keys
    ), banded AS (
        INSERT INTO fingerprint_bands
        SELECT DISTINCT k, fp.sent_epoch, fp.id FROM fingerprinted AS fp, unnest(fp.band_keys) AS k
    )"""
_FINGERPRINT_FIELDS = ("f_ids", "f_sellers", "f_conversations", "f_epochs", "f_norms")


def postgres_fingerprint_params(rows: Sequence[tuple]) -> dict:
    """The parameters of POSTGRES_FINGERPRINTS_OF_ADDED for fingerprint rows (`fingerprint_rows`,
    one per message id), their band keys salted with the seller."""
    per_row = [band_keys(seller, blob) for _, seller, _, _, _, blob in rows]
    bands = len(per_row[0]) if per_row else 0
    if any(len(keys) != bands for keys in per_row):
        raise ValueError("fingerprints of one sketch expected: their band counts differ")
    return {
        **{name: [row[i] for row in rows] for i, name in enumerate(_FINGERPRINT_FIELDS)},
        "keys": [key for keys in per_row for key in keys],
        "bands": bands,
    }


# The band rows of the fingerprints of the messages selected by a WHERE clause on `messages`
# (their fingerprints go by cascade with the messages). Returns the (key, fingerprint id) deleted.
_POSTGRES_UNLINK = (
    "DELETE FROM fingerprint_bands AS b USING fingerprints AS f, unnest(f.band_keys) AS k "
    "WHERE f.message_id IN (SELECT id FROM messages {where}) "
    "AND b.key = k AND b.sent_epoch = f.sent_epoch AND b.fingerprint_id = f.id "
    "RETURNING b.key, b.fingerprint_id"
)


class PostgresFingerprints:
    """The fingerprint and band-key tables of a PostgreSQL history. `db` is the store's psycopg
    connection; writes run inside the store's transaction."""

    def up_to_date(self, db) -> bool:
        """Whether the stored fingerprints were made by this sketch version (`screening_meta`)."""
        row = db.execute("SELECT value FROM screening_meta WHERE key = 'sketch_version'").fetchone()
        return row is not None and int(row[0]) == _sketch_version()

    def rebuild(self, db, seller_messages: Iterable[Sequence[Message]]) -> int:
        """As SqliteFingerprints.rebuild. In bulk, as the migration to the band table: the band rows
        are made from the new fingerprints at the end, their primary key built after them (bench
        http's 1,000,000 messages: 187 s row by row, 102 s so, most of it the fingerprinting).
        TRUNCATE, not DELETE: no dead rows left behind, and the sequence goes on (an id is never
        reused)."""
        db.execute("TRUNCATE fingerprint_bands, fingerprints")
        db.execute("ALTER TABLE fingerprint_bands DROP CONSTRAINT fingerprint_bands_pkey")
        refreshed = 0
        for messages in seller_messages:
            rows = fingerprint_rows(messages)
            if rows:
                with db.cursor() as cursor:
                    cursor.executemany(
                        _POSTGRES_INSERT_FINGERPRINT,
                        [
                            (mid, seller, conversation, epoch, norm, band_keys(seller, blob))
                            for mid, seller, conversation, epoch, norm, blob in rows
                        ],
                    )
            refreshed += len(messages)
        db.execute(
            "INSERT INTO fingerprint_bands "
            "SELECT DISTINCT k, f.sent_epoch, f.id FROM fingerprints AS f, unnest(f.band_keys) AS k"
        )
        db.execute("ALTER TABLE fingerprint_bands ADD PRIMARY KEY (key, sent_epoch, fingerprint_id)")
        db.execute("ANALYZE fingerprint_bands")
        db.execute(
            "INSERT INTO screening_meta VALUES ('sketch_version', %s) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(_sketch_version()),),
        )
        return refreshed

    def candidates(
        self, db, seller_id: str, bands: "np.ndarray", since_epoch: int, until_epoch: int, limit: int
    ) -> list[StoredFingerprint]:
        """As SqliteFingerprints.candidates (the same query: most shared bands first, then most
        recent)."""
        keys = band_keys(seller_id, bands)
        rows = db.execute(
            "SELECT f.id, f.message_id, f.conversation_id, f.norm FROM ("
            "  SELECT fingerprint_id, count(*) AS shared, max(sent_epoch) AS sent FROM fingerprint_bands"
            "  WHERE key = ANY(%(keys)s::bigint[]) AND sent_epoch BETWEEN %(since)s AND %(until)s"
            "  GROUP BY fingerprint_id) AS c "
            "JOIN fingerprints AS f ON f.id = c.fingerprint_id WHERE f.seller_id = %(seller)s "
            "ORDER BY c.shared DESC, c.sent DESC, f.id DESC LIMIT %(limit)s",
            {
                "keys": keys,
                "seller": seller_id,
                "since": int(since_epoch),
                "until": int(until_epoch),
                "limit": int(limit),
            },
        ).fetchall()
        return [StoredFingerprint(*row) for row in rows]

    def read(self, db, ids: Sequence[int]) -> list[StoredFingerprint]:
        return [
            StoredFingerprint(*row)
            for row in db.execute(
                "SELECT id, message_id, conversation_id, norm FROM fingerprints WHERE id = ANY(%s::bigint[]) ORDER BY id",
                ([int(i) for i in ids],),
            )
        ]

    def unlink(self, db, messages_where: str, params: tuple) -> list[tuple[int, int]]:
        """Before the messages selected by `messages_where` (a WHERE clause on `messages`, `%s`
        placeholders) are deleted: delete their band rows. Returns the (key, fingerprint id) pairs
        deleted, for `left_over`."""
        return [(row[0], row[1]) for row in db.execute(_POSTGRES_UNLINK.format(where=messages_where), params)]

    def left_over(self, db, unlinked: Sequence[tuple[int, int]]) -> int:
        """How many of these (key, fingerprint id) band rows are still stored (an erasure's check),
        looked up by key through the primary key."""
        if not unlinked:
            return 0
        keys, ids = zip(*unlinked)
        return db.execute(
            "SELECT count(*) FROM fingerprint_bands AS b "
            "JOIN unnest(%s::bigint[], %s::bigint[]) AS u (key, fingerprint_id) "
            "ON b.key = u.key AND b.fingerprint_id = u.fingerprint_id",
            (list(keys), list(ids)),
        ).fetchone()[0]


class Fingerprints(Protocol):
    """What both stores ask of their fingerprint tables (SqliteFingerprints, PostgresFingerprints)."""

    def up_to_date(self, db) -> bool: ...

    def rebuild(self, db, seller_messages: Iterable[Sequence[Message]]) -> int: ...

    def candidates(
        self, db, seller_id: str, bands: "np.ndarray", since_epoch: int, until_epoch: int, limit: int
    ) -> list[StoredFingerprint]: ...

    def read(self, db, ids: Sequence[int]) -> list[StoredFingerprint]: ...
