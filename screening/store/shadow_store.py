"""Shadow verdicts in the history store (shadow mode; both backends).

One row per message a candidate model version scored beside the default (screening/review/shadow.py):
the decisive codes of that check under each version. No text: a row is ids and codes, and the
report joins the moderators' decisions (review_store) for the outcome. Erasure of a seller or a
conversation deletes their rows. Same SQL conventions and backend hooks as review_store.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Callable, Sequence

from screening.review.reviews import stamp

SQLITE_MIGRATION = """
    CREATE TABLE shadow_verdicts (
        message_id TEXT NOT NULL,
        check_name TEXT NOT NULL,
        candidate TEXT NOT NULL,
        current TEXT NOT NULL,
        market TEXT NOT NULL,
        seller_id TEXT,
        conversation_id TEXT,
        current_codes TEXT NOT NULL,
        candidate_codes TEXT NOT NULL,
        screened_at TEXT NOT NULL,
        PRIMARY KEY (message_id, check_name, candidate)
    );
    CREATE INDEX shadow_verdicts_time ON shadow_verdicts (screened_at);
"""
POSTGRES_MIGRATION = SQLITE_MIGRATION

_COLUMNS = (
    "message_id, check_name, candidate, current, market, seller_id, conversation_id, current_codes, "
    "candidate_codes, screened_at"
)


class ShadowTables:
    """The shadow methods of a history store (mixed into both backends)."""

    _review_transaction: Callable[..., Any]
    _review_read: Callable[[str, Sequence[Any]], list]

    def add_shadow(self, rows: Sequence[dict[str, Any]]) -> int:
        """Store shadow comparisons (dicts with the columns above; codes as lists). A message
        scored again by the same candidate keeps its first row."""
        if not rows:
            return 0
        added = 0
        with self._review_transaction() as execute:
            for row in rows:
                values = (
                    row["message_id"],
                    row["check"],
                    row["candidate"],
                    row["current"],
                    row["market"],
                    row.get("seller_id"),
                    row.get("conversation_id"),
                    json.dumps(sorted(row["current_codes"])),
                    json.dumps(sorted(row["candidate_codes"])),
                    stamp(row["screened_at"]),
                )
                added += len(
                    execute(
                        f"INSERT INTO shadow_verdicts ({_COLUMNS}) VALUES ({', '.join('?' * 10)}) "
                        f"ON CONFLICT DO NOTHING RETURNING message_id",
                        values,
                    )
                )
        return added

    def shadow_rows(self, *, check: str | None = None, since: datetime | None = None) -> list[dict[str, Any]]:
        """Every shadow comparison (oldest first), with the latest decision on the message, if any."""
        where, params = ["1 = 1"], []
        if check:
            where.append("s.check_name = ?")
            params.append(check)
        if since is not None:
            where.append("s.screened_at > ?")
            params.append(stamp(since))
        rows = self._review_read(
            f"SELECT s.message_id, s.check_name, s.candidate, s.current, s.market, s.current_codes, "
            f"s.candidate_codes, (SELECT r.codes FROM reviews AS r WHERE r.message_id = s.message_id "
            f"ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1) FROM shadow_verdicts AS s "
            f"WHERE {' AND '.join(where)} ORDER BY s.screened_at, s.message_id",
            params,
        )
        return [
            {
                "message_id": r[0],
                "check": r[1],
                "candidate": r[2],
                "current": r[3],
                "market": r[4],
                "current_codes": json.loads(r[5]),
                "candidate_codes": json.loads(r[6]),
                "reviewed_codes": None if r[7] is None else json.loads(r[7]),
            }
            for r in rows
        ]

    def erase_shadow(self, column: str, value: str) -> int:
        assert column in ("seller_id", "conversation_id")
        with self._review_transaction() as execute:
            return len(execute(f"DELETE FROM shadow_verdicts WHERE {column} = ? RETURNING message_id", (value,)))


__all__ = ["POSTGRES_MIGRATION", "SQLITE_MIGRATION", "ShadowTables"]
