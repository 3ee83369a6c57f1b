"""The review queue and the decisions, in the history store (both backends; docs/formats.md §7).

Two tables next to `messages`:

    review_verdicts  one row per screened message waiting for (or having had) review: the message
                     (text included: a blocked message is never in `messages`), the verdict and
                     its decisive codes. First verdict of an id wins (a re-screen does not move it).
    reviews          the decisions, append-only: the store has no path that updates a row, and a
                     trigger refuses an UPDATE. Each row copies the verdict it answered (action,
                     codes, model versions, policy version), so a later verdict cannot change what
                     a decision meant.

The SQL is written once, with `?` placeholders (the PostgreSQL backend turns them into `%s`);
times are stored as text in reviews.stamp's fixed format on both (text order = time order), JSON
as text. A backend provides `_review_transaction()` (a context manager yielding an `execute(sql,
params) -> rows` inside one transaction) and `_review_read(sql, params) -> rows`.

Personal data: erasure of a seller or conversation deletes their queued verdicts and their
decisions (the note may hold anything); the retention purge deletes queued verdicts sent before
the window (decisions stay, without the text: the export leaves them out).
"""

from __future__ import annotations

import json
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any, Callable, Iterable, Sequence

from screening.review.reviews import NewReview, QueuedVerdict, Review, stamp
from screening.core.types import Message, parse_timestamp

SQLITE_MIGRATION = """
    CREATE TABLE review_verdicts (
        message_id TEXT PRIMARY KEY,
        conversation_id TEXT,
        seller_id TEXT,
        market TEXT NOT NULL,
        author TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        text TEXT NOT NULL,
        action TEXT NOT NULL,
        codes TEXT NOT NULL,
        findings TEXT NOT NULL,
        explanation TEXT NOT NULL,
        model_versions TEXT NOT NULL,
        policy_version TEXT NOT NULL,
        screened_at TEXT NOT NULL,
        sampled INTEGER NOT NULL
    );
    CREATE INDEX review_verdicts_screened ON review_verdicts (screened_at, message_id);
    CREATE INDEX review_verdicts_seller ON review_verdicts (seller_id, sent_at);
    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        message_id TEXT NOT NULL,
        decision TEXT NOT NULL,
        codes TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        note TEXT NOT NULL,
        reviewed_at TEXT NOT NULL,
        market TEXT NOT NULL,
        seller_id TEXT,
        conversation_id TEXT,
        verdict_action TEXT NOT NULL,
        verdict_codes TEXT NOT NULL,
        model_versions TEXT NOT NULL,
        policy_version TEXT NOT NULL
    );
    CREATE INDEX reviews_message ON reviews (message_id);
    CREATE INDEX reviews_time ON reviews (reviewed_at, id);
    CREATE TRIGGER reviews_append_only BEFORE UPDATE ON reviews
        BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
"""

POSTGRES_MIGRATION = SQLITE_MIGRATION.replace(
    "id INTEGER PRIMARY KEY AUTOINCREMENT", "id bigserial PRIMARY KEY"
).replace(
    """    CREATE TRIGGER reviews_append_only BEFORE UPDATE ON reviews
        BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
""",
    """    CREATE FUNCTION reviews_append_only() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'reviews are append-only'; END $$;
    CREATE TRIGGER reviews_append_only BEFORE UPDATE ON reviews
        FOR EACH ROW EXECUTE FUNCTION reviews_append_only();
""",
)

_VERDICT_COLUMNS = (
    "message_id, conversation_id, seller_id, market, author, sent_at, text, action, codes, findings, "
    "explanation, model_versions, policy_version, screened_at, sampled"
)
_REVIEW_COLUMNS = (
    "id, message_id, decision, codes, reviewer, note, reviewed_at, market, seller_id, conversation_id, "
    "verdict_action, verdict_codes, model_versions, policy_version"
)
# Not reviewed yet: no decision names the message.
_WAITING = "NOT EXISTS (SELECT 1 FROM reviews AS r WHERE r.message_id = v.message_id)"


def _verdict_row(entry: QueuedVerdict) -> tuple:
    m = entry.message
    return (
        m.id,
        m.conversation_id,
        m.seller_id,
        m.market,
        m.author,
        stamp(m.sent_at),
        m.text,
        entry.action,
        json.dumps(list(entry.codes)),
        json.dumps([dict(f) for f in entry.findings], ensure_ascii=False),
        entry.explanation,
        json.dumps(dict(entry.model_versions)),
        entry.policy_version,
        stamp(entry.screened_at),
        int(entry.sampled),
    )


def _entry(row: Sequence[Any]) -> QueuedVerdict:
    message = Message(
        id=row[0],
        conversation_id=row[1],
        seller_id=row[2],
        market=row[3],
        author=row[4],
        sent_at=parse_timestamp(row[5]),
        text=row[6],
    )
    return QueuedVerdict(
        message=message,
        action=row[7],
        codes=tuple(json.loads(row[8])),
        findings=tuple(json.loads(row[9])),
        explanation=row[10],
        model_versions=json.loads(row[11]),
        policy_version=row[12],
        screened_at=parse_timestamp(row[13]),
        sampled=bool(row[14]),
    )


def _review(row: Sequence[Any], message: Message | None = None) -> Review:
    return Review(
        id=int(row[0]),
        message_id=row[1],
        decision=row[2],
        codes=tuple(json.loads(row[3])),
        reviewer=row[4],
        note=row[5],
        reviewed_at=parse_timestamp(row[6]),
        market=row[7],
        seller_id=row[8],
        conversation_id=row[9],
        verdict_action=row[10],
        verdict_codes=tuple(json.loads(row[11])),
        model_versions=json.loads(row[12]),
        policy_version=row[13],
        message=message,
    )


def _code_pattern(code: str) -> str:
    return f'%"{code}"%'  # codes are a JSON list of strings: the quoted code matches it exactly


def _check_pattern(check: str) -> str:
    return f'%"{check}.%'


class ReviewTables:
    """The review methods of a history store (mixed into both backends)."""

    _review_transaction: Callable[[], AbstractContextManager[Callable[[str, Sequence[Any]], list]]]
    _review_read: Callable[[str, Sequence[Any]], list]

    # --- writing ---------------------------------------------------------------------------------

    def queue_verdicts(self, entries: Iterable[QueuedVerdict]) -> int:
        """Put screened verdicts in the review queue (one transaction); an id already queued keeps
        its first verdict. Returns how many were new."""
        rows = [_verdict_row(e) for e in entries]
        if not rows:
            return 0
        added = 0
        with self._review_transaction() as execute:
            for row in rows:
                added += len(
                    execute(
                        f"INSERT INTO review_verdicts ({_VERDICT_COLUMNS}) VALUES "
                        f"({', '.join('?' * len(row))}) ON CONFLICT (message_id) DO NOTHING "
                        f"RETURNING message_id",
                        row,
                    )
                )
        return added

    def add_review(self, review: NewReview, entry: QueuedVerdict) -> Review:
        """Append one decision on `entry` (validated by screening.review.reviews.validate)."""
        m = entry.message
        row = (
            review.message_id,
            review.decision,
            json.dumps(list(review.codes)),
            review.reviewer,
            review.note,
            stamp(review.reviewed_at),
            m.market,
            m.seller_id,
            m.conversation_id,
            entry.action,
            json.dumps(list(entry.codes)),
            json.dumps(dict(entry.model_versions)),
            entry.policy_version,
        )
        with self._review_transaction() as execute:
            stored = execute(
                f"INSERT INTO reviews ({_REVIEW_COLUMNS.split(', ', 1)[1]}) VALUES "
                f"({', '.join('?' * len(row))}) RETURNING {_REVIEW_COLUMNS}",
                row,
            )
        return _review(stored[0], m)

    def erase_reviews(self, column: str, value: str) -> int:
        """Erasure (see the module docstring): the queued verdicts and the decisions of one seller
        or conversation. `column` is seller_id or conversation_id. Returns the verdicts deleted."""
        assert column in ("seller_id", "conversation_id")
        with self._review_transaction() as execute:
            execute(f"DELETE FROM reviews WHERE {column} = ?", (value,))
            return len(execute(f"DELETE FROM review_verdicts WHERE {column} = ? RETURNING message_id", (value,)))

    def purge_review_verdicts(self, cutoff: datetime) -> int:
        with self._review_transaction() as execute:
            return len(execute("DELETE FROM review_verdicts WHERE sent_at < ? RETURNING message_id", (stamp(cutoff),)))

    def review_texts(self, column: str, value: str) -> list[str]:
        """The texts erasure will delete (the SQLite store searches its files for them afterwards)."""
        assert column in ("seller_id", "conversation_id")
        return [r[0] for r in self._review_read(f"SELECT text FROM review_verdicts WHERE {column} = ?", (value,))]

    # --- reading ---------------------------------------------------------------------------------

    def queued(self, message_id: str) -> QueuedVerdict | None:
        rows = self._review_read(f"SELECT {_VERDICT_COLUMNS} FROM review_verdicts WHERE message_id = ?", (message_id,))
        return _entry(rows[0]) if rows else None

    def _queue_where(self, market: str | None, check: str | None, code: str | None) -> tuple[str, list]:
        where, params = [_WAITING], []
        if market:
            where.append("v.market = ?")
            params.append(market)
        if check:
            where.append("v.codes LIKE ?")
            params.append(_check_pattern(check))
        if code:
            where.append("v.codes LIKE ?")
            params.append(_code_pattern(code))
        return " AND ".join(where), params

    def queue(
        self,
        *,
        market: str | None = None,
        check: str | None = None,
        code: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[QueuedVerdict]:
        """Verdicts waiting for review, oldest first (one page)."""
        where, params = self._queue_where(market, check, code)
        rows = self._review_read(
            f"SELECT {_VERDICT_COLUMNS} FROM review_verdicts AS v WHERE {where} "
            f"ORDER BY v.screened_at, v.message_id LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [_entry(r) for r in rows]

    def queue_count(self, *, market: str | None = None, check: str | None = None, code: str | None = None) -> int:
        where, params = self._queue_where(market, check, code)
        return int(self._review_read(f"SELECT count(*) FROM review_verdicts AS v WHERE {where}", params)[0][0])

    def queue_markets(self) -> list[str]:
        """Markets that have something waiting (the console's filter)."""
        return [
            r[0]
            for r in self._review_read(
                f"SELECT DISTINCT v.market FROM review_verdicts AS v WHERE {_WAITING} ORDER BY v.market", ()
            )
        ]

    def reviews(
        self,
        *,
        since: datetime | None = None,
        market: str | None = None,
        check: str | None = None,
        seller_id: str | None = None,
        message_id: str | None = None,
        limit: int | None = None,
    ) -> list[Review]:
        """Decisions reviewed after `since`, oldest first, each with its message while kept."""
        where: list[str] = ["1 = 1"]
        params: list[Any] = []
        if since is not None:
            where.append("r.reviewed_at > ?")
            params.append(stamp(since))
        if market:
            where.append("r.market = ?")
            params.append(market)
        if check:
            where.append("(r.codes LIKE ? OR r.verdict_codes LIKE ?)")
            params += [_check_pattern(check)] * 2
        if seller_id:
            where.append("r.seller_id = ?")
            params.append(seller_id)
        if message_id:
            where.append("r.message_id = ?")
            params.append(message_id)
        columns = ", ".join(f"r.{c}" for c in _REVIEW_COLUMNS.split(", "))
        sql = (
            f"SELECT {columns}, v.author, v.sent_at, v.text FROM reviews AS r "
            f"LEFT JOIN review_verdicts AS v ON v.message_id = r.message_id "
            f"WHERE {' AND '.join(where)} ORDER BY r.reviewed_at, r.id"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        out = []
        for row in self._review_read(sql, params):
            head, (author, sent_at, text) = row[:14], row[14:]
            message = (
                None
                if text is None
                else Message(
                    id=head[1],
                    conversation_id=head[9],
                    seller_id=head[8],
                    market=head[7],
                    author=author,
                    sent_at=parse_timestamp(sent_at),
                    text=text,
                )
            )
            out.append(_review(head, message))
        return out

    def seller_verdicts(self, seller_id: str, since: datetime) -> list[QueuedVerdict]:
        """The seller's queued verdicts of messages sent since `since` (the seller page)."""
        return [
            _entry(r)
            for r in self._review_read(
                f"SELECT {_VERDICT_COLUMNS} FROM review_verdicts WHERE seller_id = ? AND sent_at >= ? "
                f"ORDER BY sent_at, message_id",
                (seller_id, stamp(since)),
            )
        ]


__all__ = ["POSTGRES_MIGRATION", "ReviewTables", "SQLITE_MIGRATION"]
