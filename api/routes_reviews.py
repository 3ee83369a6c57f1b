"""The review endpoints (docs/formats.md §7), scope `review`: append a decision, export decisions, list
the queue. The console (api/console.py) reads and writes the same store through the same checks."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from api.errors import ApiError
from api.routes import HistoryDep, ScreenerDep
from api.schemas import ERROR_RESPONSES, ErrorBody, Text
from screening.store.history import History
from screening.review.reviews import ALL_CODES, CHECKS, DECISIONS, MAX_NOTE, MAX_REVIEWER, ReviewError, validate
from screening.core.types import RecordError, parse_timestamp

router = APIRouter(responses=ERROR_RESPONSES)
NDJSON = "application/x-ndjson"
MAX_PAGE = 500
MAX_EXPORT = 10_000


class ReviewRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    message_id: Text = Field(min_length=1, max_length=200, description="the screened message's id (GET /v1/queue)")
    decision: Literal["confirm", "override"] = Field(
        description="confirm: the verdict's codes hold; override: `codes` hold instead"
    )
    codes: list[Text] | None = Field(
        default=None,
        max_length=len(ALL_CODES),
        description="the codes that hold true (empty = nothing wrong); with confirm optional (the verdict's own)",
    )
    reviewer: Text = Field(min_length=1, max_length=MAX_REVIEWER)
    note: Text | None = Field(default=None, max_length=MAX_NOTE)


class VerdictAnswered(BaseModel):
    action: str
    codes: list[str]
    model_versions: dict[str, str]
    policy_version: str


class ReviewOut(BaseModel):
    review_id: int
    message_id: str
    decision: str
    codes: list[str]
    reviewer: str
    note: str
    reviewed_at: str
    market: str
    seller_id: str | None
    conversation_id: str | None
    verdict: VerdictAnswered
    message: dict[str, Any] | None = Field(
        default=None, description="the reviewed message while it is kept (retention window)"
    )


class ReviewsOut(BaseModel):
    reviews: list[ReviewOut]


class QueueItem(BaseModel):
    message: dict[str, Any]
    action: str
    codes: list[str]
    findings: list[dict[str, Any]]
    explanation: str
    model_versions: dict[str, str]
    policy_version: str
    screened_at: str
    sampled: bool


class QueueOut(BaseModel):
    total: int
    offset: int
    items: list[QueueItem]


def check_filters(screener: Any, market: str | None, check: str | None, code: str | None) -> None:
    """422 naming the parameter and the allowed values (shared with the console)."""
    if market is not None and market not in screener.known_markets:
        raise ApiError(
            422,
            "invalid_field",
            f"market: unknown market {market[:20]!r}; known markets: {', '.join(sorted(screener.known_markets))}",
            "market",
        )
    if check is not None and check not in CHECKS:
        raise ApiError(
            422, "invalid_field", f"check: unknown check {check[:20]!r}; allowed: {', '.join(CHECKS)}", "check"
        )
    if code is not None and code not in ALL_CODES:
        raise ApiError(
            422, "invalid_field", f"code: unknown code {code[:60]!r}; allowed: {', '.join(ALL_CODES)}", "code"
        )


def store_review(
    history: History, message_id: str, decision: str, codes: list[str] | None, reviewer: str, note: str | None
) -> dict[str, Any]:
    """Validate a decision against the verdict it answers and append it (API and console)."""
    entry = history.queued(message_id)
    try:
        review = validate(entry, message_id, decision, codes, reviewer, note)
    except ReviewError as error:
        raise ApiError(
            error.status, "not_found" if error.status == 404 else "invalid_field", error.message, error.field
        ) from None
    assert entry is not None  # validate() raised the 404 when no verdict of that id is queued
    return history.add_review(review, entry).to_dict()


@router.post(
    "/v1/reviews",
    status_code=201,
    response_model=ReviewOut,
    tags=["reviews"],
    summary="Append a moderator's decision on a screened message",
    responses={404: {"model": ErrorBody, "description": "no screened verdict with this message_id"}},
)
def post_review(body: ReviewRequest, history: HistoryDep) -> dict[str, Any]:
    return store_review(history, body.message_id, body.decision, body.codes, body.reviewer, body.note)


@router.get(
    "/v1/reviews",
    response_model=ReviewsOut,
    tags=["reviews"],
    summary="Export decisions (JSON, or JSON lines with Accept: application/x-ndjson)",
    responses={200: {"content": {NDJSON: {"schema": {"type": "string"}}}}},
)
def get_reviews(
    request: Request,
    history: HistoryDep,
    screener: ScreenerDep,
    since: Annotated[str | None, Query(max_length=64, description="ISO-8601: decisions reviewed after this")] = None,
    market: Annotated[str | None, Query(max_length=20)] = None,
    check: Annotated[str | None, Query(max_length=20, description=f"one of {', '.join(CHECKS)}")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_EXPORT)] = MAX_EXPORT,
) -> Response:
    check_filters(screener, market, check, None)
    moment: datetime | None = None
    if since is not None:
        try:
            moment = parse_timestamp(since, "since")
        except RecordError as error:
            raise ApiError(422, "invalid_field", f"since: {error.message}", "since") from None
    reviews = [r.to_dict() for r in history.reviews(since=moment, market=market, check=check, limit=limit)]
    if NDJSON in request.headers.get("accept", ""):
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in reviews)
        return Response(body, media_type=NDJSON)
    return JSONResponse({"reviews": reviews})


@router.get("/v1/queue", response_model=QueueOut, tags=["reviews"], summary="Verdicts waiting for review, oldest first")
def get_queue(
    history: HistoryDep,
    screener: ScreenerDep,
    market: Annotated[str | None, Query(max_length=20)] = None,
    check: Annotated[str | None, Query(max_length=20, description=f"one of {', '.join(CHECKS)}")] = None,
    code: Annotated[str | None, Query(max_length=60, description="a code such as contact.phone")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> dict[str, Any]:
    check_filters(screener, market, check, code)
    items = history.queue(market=market, check=check, code=code, limit=limit, offset=offset)
    return {
        "total": history.queue_count(market=market, check=check, code=code),
        "offset": offset,
        "items": [item.to_dict() for item in items],
    }


__all__ = ["DECISIONS", "check_filters", "router", "store_review"]
