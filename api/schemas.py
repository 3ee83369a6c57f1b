"""Request and response bodies (docs/formats.md §1, §2, §4). pydantic checks types; the library checks meaning
(known market, text length), so the API, the CLI and batch files share one set of rules."""

from __future__ import annotations

import bisect
import re

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr

from screening.core.types import MAX_TEXT_LENGTH, TIME_RANGE, RecordError, check_storable, parse_timestamp


def _storable(value: str) -> str:
    try:
        check_storable(value, "value")
    except RecordError as error:
        raise ValueError(error.message) from None
    return value


# Every string field of a request: strictly a string (no number or bool turned into one), with no
# lone surrogate and no NUL (refused with 422 naming the field, never a 500 at storage).
Text = Annotated[StrictStr, AfterValidator(_storable)]
# Dates of the calendars (absences): the range the business-hours tables are built for.
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2100, 12, 31)
Day = Annotated[
    date,
    Field(
        ge=FIRST_DAY,
        le=LAST_DAY,
        json_schema_extra={"formatMinimum": FIRST_DAY.isoformat(), "formatMaximum": LAST_DAY.isoformat()},
    ),
]
TIME_DESCRIPTION = f"ISO-8601; naive times are UTC; accepted range {TIME_RANGE} (after the offset)"


def _in_range(value: datetime) -> datetime:
    try:
        parse_timestamp(value, "value")
    except RecordError as error:
        raise ValueError(error.message) from None
    return value


# A time parsed by pydantic (absences): the same accepted range as records' sent_at.
Moment = Annotated[datetime, AfterValidator(_in_range)]


class ErrorDetail(BaseModel):
    code: str
    message: str
    field: str | None = None
    missing_scope: str | None = Field(default=None, description="on 403: the scope the key lacks")


class ErrorBody(BaseModel):
    """Every error (docs/formats.md §4)."""

    error: ErrorDetail


# Declared on every route, so the OpenAPI document describes the errors the service really sends.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in (
        (400, "malformed JSON"),
        (413, "request body too large"),
        (415, "not a JSON body"),
        (422, "a field is invalid: the error names it and what is allowed"),
    )
}


class MessageRecord(BaseModel):
    """A message record (docs/formats.md §1). Only `text` and `market` are required."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "id": "m-1842",
                    "conversation_id": "c-77",
                    "seller_id": "s-12",
                    "market": "fr",
                    "author": "seller",
                    "sent_at": "2026-03-02T09:15:00Z",
                    "text": "Bonjour, le téléphone part demain.",
                }
            ]
        },
    )

    # Lengths stated in the document; checked by the library (one message for API, CLI and files).
    text: Text = Field(
        description="the message text, 1 to 20,000 characters, at least one visible",
        json_schema_extra={"minLength": 1, "maxLength": MAX_TEXT_LENGTH},
    )
    market: Text = Field(description="market code (docs/formats.md §5), e.g. fr, be, de")
    id: Text | StrictInt | None = None
    conversation_id: Text | StrictInt | None = None
    seller_id: Text | StrictInt | None = None
    author: Literal["seller", "buyer", "platform"] = "seller"
    sent_at: Text | None = Field(default=None, description=TIME_DESCRIPTION)
    locale: Text | None = Field(
        default=None,
        description=(
            "the writer's language (ISO 639-1, one of the markets' languages): the explanation is written in it "
            "when the market has it, else in the language the message is written in, else the market's first"
        ),
    )


class ScreenRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    message: MessageRecord
    context: list[MessageRecord] = Field(default_factory=list, description="earlier records of the conversation")
    record: StrictBool = Field(
        default=True, description="record the message into the seller's history (unless blocked)"
    )


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    messages: list[MessageRecord]


class ScreenBatchRequest(BatchRequest):
    record: StrictBool = Field(
        default=True,
        description="record each message into its seller's history (unless "
        "blocked), so later messages of the batch count it",
    )


class FindingOut(BaseModel):
    check: str
    code: str
    score: float
    start: int | None = Field(
        description="offset of the evidence in the original text, in Unicode code points "
        "(Python, Rust chars); null = the whole message"
    )
    end: int | None = Field(description="end of the evidence (exclusive), in code points; null = the whole message")
    start_utf16: int | None = Field(
        description="`start` in UTF-16 code units, for JavaScript/Java strings "
        "(text.slice(start_utf16, end_utf16)); differs from `start` after an "
        "emoji or another character outside the Basic Multilingual Plane"
    )
    end_utf16: int | None = Field(description="`end` in UTF-16 code units")
    detail: str


class VerdictOut(BaseModel):
    id: str
    action: Literal["allow", "flag", "block"]
    findings: list[FindingOut]
    explanation: str
    rules: list[str]
    model_versions: dict[str, str]
    policy_version: str = Field(description="version of the policy that decided the action (docs/formats.md §8)")
    elapsed_ms: float


class BatchResponse(BaseModel):
    verdicts: list[VerdictOut]


class ImportResponse(BaseModel):
    received: int
    imported: int = Field(description="records new to the history")
    expired: int = Field(default=0, description="records older than the retention window: not stored")
    duplicates: int = Field(description="records whose id was already stored (left unchanged)")


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def with_utf16_offsets(verdict: dict[str, Any], text: str) -> dict[str, Any]:
    """The verdict with `start_utf16`/`end_utf16` beside the code-point offsets of each finding.

    A character outside the BMP (most emoji) is one code point but two UTF-16 units, so a
    JavaScript client slicing with `start` would cut the wrong characters after one. Done here,
    at the API boundary: the checks keep one kind of offset.
    """
    astral = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
    for finding in verdict["findings"]:
        for key in ("start", "end"):
            value = finding.get(key)
            finding[key + "_utf16"] = None if value is None else value + bisect.bisect_left(astral, value)
    return verdict
