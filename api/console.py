"""The moderators' review console, `GET /review` (docs/formats.md §7), server-rendered (Jinja2 templates
in api/templates, one small script and style sheet in api/static served from here: no asset from
the internet). Scope `review` (api/access.py; a browser sends the key as the Basic password).

Pages: the queue (filtered by market, check, code; 50 a page: a page costs the same at 1,000 or
100,000 waiting items), one message (spans highlighted, the conversation before it, the
explanation the seller saw, confirm / override with the keyboard), a seller (rates per code per
week, inline SVG), the models (agreement with the moderators per code and market, 30 days).

The console writes decisions through api.routes_reviews.store_review, the same checks as
POST /v1/reviews. Its forms post only from the console itself: a request whose Origin or
Sec-Fetch-Site says another site is refused (a browser holding Basic credentials would otherwise
send them with a form posted from anywhere).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterable, Mapping
from urllib.parse import parse_qs, urlencode, urlsplit

import jinja2
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from api.charts import line_chart
from api.errors import ApiError
from api.routes import HistoryDep, ScreenerDep
from api.routes_reviews import check_filters, store_review
from screening.review.stats import agreement, seller_rates
from screening.review.reviews import CHECKS, KNOWN_CODES, QueuedVerdict

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50
CONTEXT_MESSAGES = 8  # earlier messages of the conversation shown above the one under review
LATER_MESSAGES = 4  # and the ones that came after it
HERE = Path(__file__).resolve().parent
STATIC = {"console.css": "text/css; charset=utf-8", "console.js": "text/javascript; charset=utf-8"}
_templates = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True
)


def render(name: str, status: int = 200, **values: Any) -> HTMLResponse:
    return HTMLResponse(_templates.get_template(name).render(**values), status_code=status)


def _filters(market: str | None, check: str | None, code: str | None) -> dict[str, str]:
    """The filters as query parameters (empty ones left out)."""
    return {k: v for k, v in (("market", market), ("check", check), ("code", code)) if v}


def _blank(value: str | None) -> str | None:
    return value or None  # an empty select in a form is "any"


def highlight(text: str, findings: Iterable[Mapping[str, Any]]) -> list[tuple[str, list[str]]]:
    """The text cut at the findings' spans (code-point offsets, docs/formats.md §2): (piece, codes covering
    it); overlapping spans cover a piece together."""
    spans = [
        (int(f["start"]), int(f["end"]), str(f["code"]))
        for f in findings
        if f.get("start") is not None and f.get("end") is not None and 0 <= f["start"] < f["end"] <= len(text)
    ]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    return [(text[a:b], sorted({c for s, e, c in spans if s <= a and b <= e})) for a, b in zip(cuts, cuts[1:])]


# The order of the code boxes (keys 1-9 reach the first nine): the verdict's own codes first,
# then the checks a seller reply gets, most often decided first.
_SELLER_CHECKS = ("contact", "tone", "template", "language")


def _codes_for(entry: QueuedVerdict) -> list[str]:
    """The codes a moderator can hold for this message: those the verdict named, then the others of
    the checks its author gets."""
    checks = ["escalation"] if entry.message.author == "buyer" else list(_SELLER_CHECKS)
    codes = [code for check in checks for code in KNOWN_CODES[check]]
    return list(entry.codes) + [c for c in codes if c not in entry.codes]


def _reviewer(request: Request) -> str | None:
    """With a keys file, the key's name is the reviewer (authenticated); in open mode the name typed
    in the form, remembered in a cookie."""
    key: str | None = request.scope.get("state", {}).get("api_key")
    return key


@router.get("/review", response_class=HTMLResponse)
def queue_page(
    request: Request,
    history: HistoryDep,
    screener: ScreenerDep,
    market: str | None = None,
    check: str | None = None,
    code: str | None = None,
    page: int = 1,
    done: str | None = None,
) -> Response:
    market, check, code = _blank(market), _blank(check), _blank(code)
    check_filters(screener, market, check, code)
    page = max(1, min(page, 1_000_000))
    total = history.queue_count(market=market, check=check, code=code)
    items = history.queue(market=market, check=check, code=code, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    filters = _filters(market, check, code)
    return render(
        "queue.html",
        items=items,
        total=total,
        page=page,
        pages=max(1, -(-total // PAGE_SIZE)),
        filters=filters,
        query=urlencode(filters),
        markets=sorted(screener.known_markets),
        checks=CHECKS,
        codes=[c for cs in KNOWN_CODES.values() for c in cs],
        done=done,
    )


@router.get("/review/item/{message_id}", response_class=HTMLResponse)
def item_page(
    request: Request,
    message_id: str,
    history: HistoryDep,
    screener: ScreenerDep,
    market: str | None = None,
    check: str | None = None,
    code: str | None = None,
) -> Response:
    market, check, code = _blank(market), _blank(check), _blank(code)
    check_filters(screener, market, check, code)
    entry = history.queued(message_id)
    if entry is None:
        raise ApiError(404, "not_found", "no screened verdict with this id waits for review", "message_id")
    return _item(request, history, entry, _filters(market, check, code))


def _item(
    request: Request,
    history: Any,
    entry: QueuedVerdict,
    filters: dict[str, str],
    error: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    message = entry.message
    conversation, later = [], []
    if message.conversation_id:
        conversation = [
            m
            for m in history.conversation(message.conversation_id, until=message.sent_at, last=CONTEXT_MESSAGES + 1)
            if m.id != message.id
        ]
        conversation = conversation[-CONTEXT_MESSAGES:]
        later = [
            m
            for m in history.conversation_after(message.conversation_id, message.sent_at, LATER_MESSAGES + 1)
            if m.id != message.id
        ][:LATER_MESSAGES]
    earlier = history.reviews(message_id=message.id)
    return render(
        "item.html",
        status=status,
        entry=entry,
        message=message,
        pieces=highlight(message.text, entry.findings),
        conversation=conversation,
        later=later,
        codes=_codes_for(entry),
        filters=filters,
        query=urlencode(filters),
        error=error,
        key_reviewer=_reviewer(request),
        reviewer=request.cookies.get("reviewer", ""),
        earlier=earlier,
    )


def _same_origin(request: Request) -> bool:
    site = request.headers.get("sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    return origin is None or origin == "null" or urlsplit(origin).netloc == request.headers.get("host")


@router.post("/review/item/{message_id}")
async def decide(request: Request, message_id: str, history: HistoryDep, screener: ScreenerDep) -> Response:
    if not _same_origin(request):
        raise ApiError(403, "forbidden", "the console's forms are accepted from the console's own pages only", "origin")
    form = parse_qs((await request.body()).decode("utf-8", errors="replace"), keep_blank_values=True)
    first = {k: v[0] for k, v in form.items()}
    filters = _filters(_blank(first.get("market")), _blank(first.get("check")), _blank(first.get("code")))
    check_filters(screener, filters.get("market"), filters.get("check"), filters.get("code"))
    reviewer = _reviewer(request) or first.get("reviewer", "").strip()
    decision = first.get("decision", "")
    codes = form.get("codes", []) if decision == "override" else None
    try:
        await run_in_threadpool(store_review, history, message_id, decision, codes, reviewer, first.get("note") or None)
    except ApiError as error:
        if error.status == 404:
            raise
        entry = await run_in_threadpool(history.queued, message_id)
        assert entry is not None  # store_review answered 404 (raised above) when no verdict is queued
        return await run_in_threadpool(_item, request, history, entry, filters, error.message, 422)
    following = await run_in_threadpool(
        lambda: history.queue(
            market=filters.get("market"), check=filters.get("check"), code=filters.get("code"), limit=1
        )
    )
    query = urlencode({**filters, "done": message_id})
    target = f"/review/item/{following[0].message.id}?{query}" if following else f"/review?{query}"
    response = RedirectResponse(target, status_code=303)
    if not _reviewer(request):
        response.set_cookie("reviewer", reviewer, max_age=30 * 86400, httponly=True, samesite="strict")
    return response


@router.get("/review/seller/{seller_id}", response_class=HTMLResponse)
def seller_page(seller_id: str, history: HistoryDep, weeks: int = 12) -> Response:
    weeks = max(2, min(weeks, 104))
    now = datetime.now(timezone.utc)
    since = now - timedelta(weeks=weeks)
    verdicts = history.seller_verdicts(seller_id, since)
    rates = seller_rates(
        verdicts, history.by_seller(seller_id, since=since), history.reviews(seller_id=seller_id), now, weeks
    )
    labels = [w.strftime("%d %b") for w in rates.weeks]
    chart = (
        line_chart(
            labels, {code: rates.rates(code) for code in rates.counts}, title=f"rates per code, seller {seller_id}"
        )
        if rates.counts
        else ""
    )
    return render(
        "seller.html",
        seller_id=seller_id,
        rates=rates,
        labels=labels,
        chart=chart,
        weeks=weeks,
        waiting=[v for v in verdicts][-20:],
    )


@router.get("/review/models", response_class=HTMLResponse)
def models_page(history: HistoryDep, screener: ScreenerDep, days: int = 30) -> Response:
    days = max(1, min(days, 365))
    rows = agreement(history.reviews(since=datetime.now(timezone.utc) - timedelta(days=days)))
    return render(
        "models.html",
        rows=rows,
        days=days,
        model_versions=screener.model_versions,
        policy_version=screener.policy.version,
    )


@router.get("/review/static/{name}")
def static(name: str) -> Response:
    if name not in STATIC:
        raise ApiError(404, "not_found", f"no such console file; there are {', '.join(STATIC)}", "name")
    return Response(
        (HERE / "static" / name).read_bytes(), media_type=STATIC[name], headers={"cache-control": "max-age=3600"}
    )
