"""Conversation assessment and absence notices (rules R1, R6, R7, R8, R9).

POST /v1/conversations/assess   {"messages": [<record>...], "now": "..."} -> {"conversations": [...]}
POST /v1/absences/validate      {"market", "start", "end", "announced_on"} -> ok or the violated rule
"""

from __future__ import annotations

import threading
from datetime import datetime, timezone
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field

from api.errors import ApiError
from api.routes import CpuSlot
from api.schemas import ERROR_RESPONSES, TIME_DESCRIPTION, Day, MessageRecord, Moment, Text
from screening.sla.absences import validate_absence
from screening.sla.settings import AbsenceSettings
from screening.sla.conversations import ConversationAssessor
from screening.core.types import Message, RecordError, parse_timestamp, shown

router = APIRouter(responses=ERROR_RESPONSES)
_build_lock = threading.Lock()


def get_assessor(request: Request) -> ConversationAssessor:
    """The app's assessor: set in app.state (tests, or the lifespan), else built once from the
    screener's policy and escalation check on first use."""
    assessor = getattr(request.app.state, "assessor", None)
    if assessor is None:
        with _build_lock:
            assessor = getattr(request.app.state, "assessor", None)
            if assessor is None:
                screener = request.app.state.screener
                assessor = ConversationAssessor.create(
                    screener.policy, escalation=screener.checks.get("escalation") or True
                )
                request.app.state.assessor = assessor
    return assessor


AssessorDep = Annotated[ConversationAssessor, Depends(get_assessor)]


class AssessRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "messages": [
                        {
                            "id": "m-1",
                            "conversation_id": "c-77",
                            "seller_id": "s-12",
                            "market": "fr",
                            "author": "buyer",
                            "sent_at": "2026-07-10T08:00:00Z",
                            "text": "Bonjour, le téléphone est bloqué iCloud.",
                        },
                        {
                            "id": "m-2",
                            "conversation_id": "c-77",
                            "seller_id": "s-12",
                            "market": "fr",
                            "author": "seller",
                            "sent_at": "2026-07-15T08:00:00Z",
                            "text": "Bonjour, nous regardons.",
                        },
                    ],
                    "now": "2026-07-16T12:00:00Z",
                }
            ]
        },
    )
    messages: list[MessageRecord] = Field(
        description="records of one or more conversations (grouped by conversation_id)"
    )
    now: Text | None = Field(
        default=None, description="time open threads are measured at; default now; " + TIME_DESCRIPTION
    )


class AssessResponse(BaseModel):
    conversations: list[dict[str, Any]]


class AbsenceRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "market": "fr",
                    "seller_id": "s-12",
                    "start": "2026-08-03",
                    "end": "2026-08-14",
                    "announced_on": "2026-07-24",
                }
            ]
        },
    )
    market: Text = Field(description="market code (docs/formats.md §5): its business days and holidays count")
    start: Day = Field(description="first day away (the seller's local date), 2000-01-01 to 2100-12-31")
    end: Day = Field(description="last day away, included, 2000-01-01 to 2100-12-31")
    announced_on: Day | Moment | None = Field(
        default=None,
        description="when the platform was told (a date, or a time: " + TIME_DESCRIPTION + "); default today",
    )
    seller_id: Text | None = None


@router.post(
    "/v1/conversations/assess",
    response_model=AssessResponse,
    tags=["conversations"],
    dependencies=[CpuSlot],
    summary="Reply delays in business hours, deadline breaches and takeover recommendation (R1, R8, R9)",
)
def assess(body: AssessRequest, assessor: AssessorDep, request: Request) -> dict[str, Any]:
    settings = request.app.state.settings
    if len(body.messages) > settings.max_batch:
        raise ApiError(
            422,
            "batch_too_large",
            f"messages has {len(body.messages)} records; at most "
            f"{settings.max_batch} are allowed per request, split by conversation",
            "messages",
        )
    if not body.messages:
        raise ApiError(422, "invalid_field", "messages: send at least one record", "messages")
    try:
        now = parse_timestamp(body.now, "now") if body.now else datetime.now(timezone.utc)
    except RecordError as error:
        raise ApiError(422, "invalid_field", f"now: {error.message}", "now") from None
    messages = [_to_message(assessor, record, i) for i, record in enumerate(body.messages)]
    return {"conversations": [a.to_dict() for a in assessor.assess_many(messages, now=now)]}


@router.post(
    "/v1/absences/validate",
    tags=["conversations"],
    summary="Check an absence notice against rule R7 (over 5 business days: 14 days' notice)",
)
def validate(body: AbsenceRequest, assessor: AssessorDep) -> dict[str, Any]:
    market = body.market.strip().lower()
    if market not in assessor.calendar.markets:
        raise ApiError(
            422,
            "invalid_field",
            f"market: unknown market {shown(body.market)}; known markets: "
            f"{', '.join(sorted(assessor.calendar.markets))}",
            "market",
        )
    clock = assessor.calendar.for_market(market)
    announced = body.announced_on or datetime.now(timezone.utc)
    try:
        result = validate_absence(
            clock, body.start, body.end, announced, assessor.policy.for_market(market).settings_of(AbsenceSettings)
        )
    except RecordError as error:
        raise ApiError(422, "invalid_field", f"{error.field}: {error.message}", error.field) from None
    out = result.to_dict()
    out["seller_id"] = body.seller_id
    return out


def _to_message(assessor: ConversationAssessor, record: MessageRecord, index: int) -> Message:
    data = record.model_dump()
    # The clock needs real times: a missing sent_at would silently mean "now".
    if not data.get("sent_at"):
        raise ApiError(
            422,
            "invalid_field",
            f"messages[{index}].sent_at: is required to measure reply delays (ISO-8601, e.g. 2026-03-02T09:15:00Z)",
            f"messages[{index}].sent_at",
        )
    try:
        return Message.from_record(data, known_markets=assessor.policy.markets)
    except RecordError as error:
        raise ApiError(
            422,
            "invalid_field",
            f"messages[{index}].{error.field}: {error.message}",
            f"messages[{index}].{error.field}",
        ) from None
