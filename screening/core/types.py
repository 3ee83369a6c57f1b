"""The records that flow through the library: Message in, Finding and Verdict out.

Frozen dataclasses inside the library; pydantic lives only at the edges (api/, config files).
Field names follow docs/formats.md §1-§2 (the platform's contract) exactly: other systems build against them.
"""

from __future__ import annotations

import enum
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Mapping

MAX_TEXT_LENGTH = 20_000
AUTHORS = ("seller", "buyer", "platform")
# Times a record may carry, after its offset is applied (UTC). Outside this range the calendars
# would be built for centuries (a year 9990 cost 24 s and 510 MB) and datetime arithmetic overflows.
EARLIEST = datetime(2000, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(2100, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc)
TIME_RANGE = "2000-01-01T00:00:00Z to 2100-12-31T23:59:59Z"
# A lone surrogate (a JavaScript client cutting a string inside an emoji) cannot be stored or
# written as UTF-8; NUL ends strings in C libraries. Both are refused in every string field.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
# Characters that show nothing: format (zero-width space, joiners, BOM), controls, combining marks
# without a base, separators. A text made only of these (and spaces) is empty to a reader.
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Cc", "Mn", "Me", "Zs", "Zl", "Zp"})


class Action(str, enum.Enum):
    """What the helpdesk does with a message. Ordered: a stronger action wins."""

    ALLOW = "allow"
    FLAG = "flag"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return _ACTION_RANK[self]


_ACTION_RANK = {Action.ALLOW: 0, Action.FLAG: 1, Action.BLOCK: 2}


class RecordError(ValueError):
    """A record that cannot be screened. Names the field, the bad value's problem and what is allowed."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True, slots=True)
class Message:
    """One message of a buyer<->seller conversation (docs/formats.md §1)."""

    text: str
    market: str
    id: str = field(default_factory=lambda: f"m-{uuid.uuid4().hex[:12]}")
    conversation_id: str | None = None
    seller_id: str | None = None
    author: str = "seller"
    sent_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    # The writer's own language (ISO 639-1), for the explanation they read; None: not given.
    locale: str | None = None

    @classmethod
    def from_record(
        cls,
        record: Mapping[str, Any],
        known_markets: frozenset[str] | None = None,
        known_locales: frozenset[str] | None = None,
    ) -> "Message":
        """Build a Message from a docs/formats.md §1 record, raising RecordError that names the bad field."""
        text = record.get("text")
        if not isinstance(text, str):
            raise RecordError("text", f"must be a string, got {_type_name(text)}")
        if not text.strip():
            raise RecordError("text", "must not be empty")
        if len(text) > MAX_TEXT_LENGTH:
            raise RecordError("text", f"has {len(text)} characters; at most {MAX_TEXT_LENGTH} are allowed")
        for name in ("text", "market", "author", "id", "conversation_id", "seller_id", "sent_at"):
            check_storable(record.get(name), name)
        if not visible(text):
            raise RecordError("text", "has no visible character (only spaces, zero-width or control characters)")
        market = record.get("market")
        if not isinstance(market, str) or not market:
            raise RecordError("market", f"is required (a market code such as 'fr'), got {_type_name(market)}")
        market = market.strip().lower()
        if known_markets is not None and market not in known_markets:
            raise RecordError(
                "market", f"unknown market {shown(market)}; known markets: {', '.join(sorted(known_markets))}"
            )
        author = record.get("author") or "seller"
        if author not in AUTHORS:
            raise RecordError("author", f"unknown author {shown(author)}; allowed: {', '.join(AUTHORS)}")
        kwargs: dict[str, Any] = {"text": text, "market": market, "author": author}
        for name in ("id", "conversation_id", "seller_id"):
            value = record.get(name)
            if value is None or value == "":
                continue
            if isinstance(value, bool) or not isinstance(value, (str, int)):
                raise RecordError(name, f"must be a string, got {_type_name(value)}")
            kwargs[name] = str(value)
        sent_at = record.get("sent_at")
        if sent_at not in (None, ""):
            kwargs["sent_at"] = parse_timestamp(sent_at)
        locale = record.get("locale")
        if locale not in (None, ""):
            kwargs["locale"] = _parse_locale(locale, known_locales)
        return cls(**kwargs)

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "conversation_id": self.conversation_id,
            "seller_id": self.seller_id,
            "market": self.market,
            "author": self.author,
            "sent_at": format_timestamp(self.sent_at),
            "text": self.text,
        }


def _parse_locale(value: Any, known: frozenset[str] | None) -> str:
    if not isinstance(value, str):
        raise RecordError("locale", f"must be a language code string, got {_type_name(value)}")
    locale = value.strip().lower()
    if known is not None and locale not in known:
        raise RecordError("locale", f"unknown locale {shown(locale)}; allowed: {', '.join(sorted(known))}")
    if known is None and not (len(locale) == 2 and locale.isascii() and locale.isalpha()):
        raise RecordError("locale", f"{shown(locale)} is not an ISO 639-1 language code such as 'nl'")
    return locale


def parse_timestamp(value: Any, field_name: str = "sent_at") -> datetime:
    """ISO-8601 string or datetime -> aware UTC datetime. Naive times are UTC (docs/formats.md §1).
    Accepted: TIME_RANGE (after the offset is applied); anything else is a RecordError."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        check_storable(value, field_name)
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            raise RecordError(
                field_name, f"{shown(value)} is not an ISO-8601 time such as 2026-03-02T09:15:00Z"
            ) from None
    else:
        raise RecordError(field_name, f"must be an ISO-8601 string, got {_type_name(value)}")
    utc: datetime | None
    try:
        utc = moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)
    except (OverflowError, ValueError):  # 0001-01-01T00:00+01:00 lies before year 1 in UTC
        utc = None
    if utc is None or not EARLIEST <= utc <= LATEST:
        raise RecordError(
            field_name,
            f"{shown(value if isinstance(value, str) else str(value))} is outside the accepted range {TIME_RANGE}",
        )
    return utc


def check_storable(value: Any, field_name: str) -> None:
    """RecordError when a string holds a lone surrogate or a NUL character (see _UNSTORABLE)."""
    if isinstance(value, str) and _UNSTORABLE.search(value):
        raise RecordError(field_name, "contains a lone surrogate or a NUL character; send valid UTF-8 text")


def visible(text: str) -> bool:
    """Whether `text` has at least one character a reader sees (see _INVISIBLE_CATEGORIES)."""
    return any(not ch.isspace() and unicodedata.category(ch) not in _INVISIBLE_CATEGORIES for ch in text)


def shown(value: Any, limit: int = 40) -> str:
    """`value` as quoted in an error message, cut to `limit` characters: errors never echo a
    client's value at any length (a 1 MB value made a 1 MB error)."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + f"... ({len(str(value))} characters)"


def format_timestamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class Finding:
    """What one check observed: a stable code, a score and where in the ORIGINAL text (docs/formats.md §2)."""

    check: str
    code: str
    score: float
    start: int | None = None
    end: int | None = None
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "code": self.code,
            "score": round(float(self.score), 4),
            "start": self.start,
            "end": self.end,
            "detail": self.detail,
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """The policy's decision on one message, with the evidence behind it (docs/formats.md §2)."""

    id: str
    action: Action
    findings: tuple[Finding, ...] = ()
    explanation: str = ""
    rules: tuple[str, ...] = ()
    model_versions: Mapping[str, str] = field(default_factory=dict)
    elapsed_ms: float = 0.0
    error: Mapping[str, str] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "action": self.action.value,
            "findings": [f.to_dict() for f in self.findings],
            "explanation": self.explanation,
            "rules": list(self.rules),
            "model_versions": dict(self.model_versions),
            "elapsed_ms": round(self.elapsed_ms, 3),
        }
        if self.error is not None:
            out["error"] = dict(self.error)
        return out


def _type_name(value: Any) -> str:
    return "nothing" if value is None else type(value).__name__


__all__ = [
    "Action",
    "Finding",
    "Message",
    "RecordError",
    "Verdict",
    "MAX_TEXT_LENGTH",
    "TIME_RANGE",
    "check_storable",
    "format_timestamp",
    "parse_timestamp",
]
