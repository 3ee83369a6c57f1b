"""The endpoints of docs/formats.md §4."""

from __future__ import annotations

from typing import Annotated, Any, AsyncIterator

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from pydantic import TypeAdapter

from api.errors import ApiError
from api.observability import note
from api.schemas import (
    ERROR_RESPONSES,
    BatchRequest,
    BatchResponse,
    ImportResponse,
    MessageRecord,
    ScreenBatchRequest,
    ScreenRequest,
    VerdictOut,
    with_utf16_offsets,
)
from screening.core.conversation_context import CONTEXT_LIMIT, should_record
from screening.core.service_settings import Settings
from screening.store.history import History
from screening.core.pipeline import Screener
from screening.review.reviews import queue_entry
from screening.core.types import Message, RecordError

router = APIRouter(responses=ERROR_RESPONSES)


# The dependencies that only read app.state are `async def`: FastAPI runs a sync dependency in the
# thread pool, one hand-off per dependency and request (three on /v1/screen: a sixth of the event
# loop's work per request in the bench http profile); these answer on the loop at once.
async def get_screener(request: Request) -> Screener:
    screener: Screener = request.app.state.screener
    return screener


async def get_history(request: Request) -> History:
    history: History = request.app.state.history
    return history


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def cpu_slot(request: Request) -> AsyncIterator[None]:
    """Holds one of `settings.screening_threads` slots while a request computes: more threads
    computing at once than cores only take the GIL from each other and from the event loop that
    answers the probes; the others wait here without holding it. Awaited on the event loop (an
    asyncio semaphore): as a sync dependency FastAPI ran its enter and exit in the thread pool, two
    thread hand-offs per request (~5% of a screen's CPU in the bench http profile)."""
    slots = getattr(request.app.state, "cpu_slots", None)
    if slots is None:  # an app whose state a test set by hand
        yield
        return
    async with slots:
        yield


ScreenerDep = Annotated[Screener, Depends(get_screener)]
CpuSlot = Depends(cpu_slot)
HistoryDep = Annotated[History, Depends(get_history)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def _to_message(screener: Screener, record: MessageRecord, field: str) -> Message:
    try:
        return screener.message_from_record(record.model_dump())
    except RecordError as error:
        raise ApiError(
            422, "invalid_field", f"{field}.{error.field}: {error.message}", f"{field}.{error.field}"
        ) from None


def _stored_context(history: History, message: Message) -> list[Message]:
    """The conversation's earlier messages from the history, when the caller sent no context."""
    if not message.conversation_id:
        return []
    # Only the last messages are read (a conversation of 6,636 stored rows cost 40-63 ms a request).
    earlier = [
        m
        for m in history.conversation(message.conversation_id, until=message.sent_at, last=CONTEXT_LIMIT + 1)
        if m.id != message.id and m.sent_at <= message.sent_at
    ]
    return earlier[-CONTEXT_LIMIT:]


def _answer(request: Request, screener: Screener, verdicts: list[Any], texts: list[str]) -> list[dict[str, Any]]:
    """Verdicts as sent: each with the policy's version (docs/formats.md §8) and UTF-16 offsets beside
    the code-point ones (JavaScript clients), counted in the metrics and summarised (action,
    codes: never text) in the request's log line."""
    out = [
        with_utf16_offsets({**verdict.to_dict(), "policy_version": screener.policy.version}, text)
        for verdict, text in zip(verdicts, texts)
    ]
    metrics = getattr(request.app.state, "metrics", None)
    if metrics is not None:
        note(request, **metrics.observe_verdicts(out))
    return out


def _queue_for_review(
    history: History, screener: Screener, settings: Settings, messages: list[Message], verdicts: list[Any]
) -> None:
    """Flagged and blocked verdicts, and a sample of allowed ones, wait for a moderator (docs/formats.md
    §7). Not with `record: false`: the caller asked that nothing of the message be kept."""
    entries = [
        queue_entry(m, v, screener.policy.for_market(m.market), screener.policy.version, settings.review_sample_rate)
        for m, v in zip(messages, verdicts)
    ]
    history.queue_verdicts(e for e in entries if e is not None)


def _shadow(request: Request, history: History, judged: list[tuple[Message, list[Message], Any]]) -> None:
    """Shadow mode (screening/review/shadow.py): the candidate versions judge the same messages with the
    same context; only the comparison is stored, nothing of it is answered or acted on."""
    shadow = getattr(request.app.state, "shadow", None)
    if shadow is None:
        return
    history.add_shadow(
        [row for message, context, verdict in judged for row in shadow.compare(message, context, verdict)]
    )


def _check_batch_size(count: int, settings: Settings, field: str) -> None:
    if count > settings.max_batch:
        raise ApiError(
            422,
            "batch_too_large",
            f"{field} has {count} messages; at most {settings.max_batch} are allowed per request, split the batch",
            field,
        )


_VERDICT_JSON = TypeAdapter(VerdictOut)
_BATCH_JSON = TypeAdapter(BatchResponse)


def _json(adapter: TypeAdapter[Any], content: dict[str, Any]) -> Response:
    """`content` validated and written by the route's response model, as FastAPI would (the same
    bytes: pydantic's JSON of the model), but here, in the route's worker thread: FastAPI validates
    a sync route's answer in the thread pool, a second hand-off per request, then serialises it on
    the event loop (together ~10% of the loop's work per /v1/screen in the bench http profile)."""
    return Response(
        content=adapter.dump_json(adapter.validate_python(content), by_alias=True), media_type="application/json"
    )


@router.post(
    "/v1/screen",
    response_model=VerdictOut,
    tags=["screening"],
    dependencies=[CpuSlot],
    summary="Screen one message (pre-send check)",
)
def screen(
    body: ScreenRequest, screener: ScreenerDep, history: HistoryDep, settings: SettingsDep, request: Request
) -> Response:
    message = _to_message(screener, body.message, "message")
    _check_batch_size(len(body.context), settings, "context")
    context = [_to_message(screener, record, f"context[{i}]") for i, record in enumerate(body.context)]
    context.sort(key=lambda m: m.sent_at)
    if not context:
        context = _stored_context(history, message)
    verdict = screener.screen(message, conversation=context)
    if should_record(verdict, requested=body.record):
        history.add([message])
    if body.record:
        _queue_for_review(history, screener, settings, [message], [verdict])
        _shadow(request, history, [(message, context, verdict)])
    return _json(_VERDICT_JSON, _answer(request, screener, [verdict], [message.text])[0])


@router.post(
    "/v1/screen/batch",
    response_model=BatchResponse,
    tags=["screening"],
    dependencies=[CpuSlot],
    summary="Screen up to 1,000 messages",
)
def screen_batch(
    body: ScreenBatchRequest, screener: ScreenerDep, history: HistoryDep, settings: SettingsDep, request: Request
) -> Response:
    _check_batch_size(len(body.messages), settings, "messages")
    # Validate all first: a bad record rejects the request before anything is judged or written.
    messages = [_to_message(screener, record, f"messages[{i}]") for i, record in enumerate(body.messages)]
    # Judged in sent_at order, each against the history and the batch's earlier messages: those of
    # its conversation are its context, and each one judged is recorded at once (unless `record`
    # is false or it was blocked), as /v1/screen does, so the template check counts it for the
    # later ones (six identical replies to six conversations are a template, one batch or six
    # requests). Verdicts come back in the request's order.
    verdicts: list[Any] = [None] * len(messages)
    seen: dict[str, list[Message]] = {}
    judged = []  # (message, context, verdict) for shadow mode
    for index in sorted(range(len(messages)), key=lambda i: messages[i].sent_at):
        message = messages[index]
        key = message.conversation_id
        if key is None:
            context: list[Message] = []
            verdict = screener.screen(message)
        else:
            if key not in seen:
                seen[key] = _stored_context(history, message)
            context = seen[key][-CONTEXT_LIMIT:]
            verdict = screener.screen(message, conversation=context)
            seen[key].append(message)
        judged.append((message, context, verdict))
        if should_record(verdict, requested=body.record):
            history.add([message])
        verdicts[index] = verdict
    if body.record:
        _queue_for_review(history, screener, settings, messages, verdicts)
        _shadow(request, history, judged)
    return _json(_BATCH_JSON, {"verdicts": _answer(request, screener, verdicts, [m.text for m in messages])})


@router.post(
    "/v1/messages",
    response_model=ImportResponse,
    tags=["history"],
    dependencies=[CpuSlot],
    summary="Import sent messages into the history (no screening)",
)
def import_messages(
    body: BatchRequest, screener: ScreenerDep, history: HistoryDep, settings: SettingsDep
) -> dict[str, Any]:
    _check_batch_size(len(body.messages), settings, "messages")
    # Validate all first: a bad record rejects the request before anything is written.
    messages = [_to_message(screener, record, f"messages[{i}]") for i, record in enumerate(body.messages)]
    result = history.add_counted(messages)
    return {
        "received": len(messages),
        "imported": result.imported,
        "expired": result.expired,
        "duplicates": len(messages) - result.imported - result.expired,
    }


# Both probes are `async def`: they answer on the event loop itself, never waiting behind the
# screening requests that fill the worker threads.
@router.get("/healthz", tags=["operations"], summary="Liveness")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/readyz",
    tags=["operations"],
    summary="Readiness: policy and models loaded",
    responses={503: {"description": "starting, or a configured model is missing"}},
)
async def readyz(request: Request) -> JSONResponse:
    screener: Screener | None = getattr(request.app.state, "screener", None)
    if screener is None:
        return JSONResponse(status_code=503, content={"status": "starting"})
    missing = sorted(getattr(request.app.state, "missing_models", ()))
    if missing:
        return JSONResponse(status_code=503, content={"status": "not_ready", "missing_models": missing})
    return JSONResponse(
        content={
            "status": "ready",
            "policy_version": screener.policy.version,
            "checks": sorted(screener.checks),
            "model_versions": screener.model_versions,
        }
    )
