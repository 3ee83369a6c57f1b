"""Operations (docs/formats.md §8): request ids, JSON log lines, Prometheus metrics.

- Every response carries `X-Request-ID`: the client's when it sent a usable one (printable ASCII,
  at most 128 characters: it goes into logs), else a new one.
- One JSON log line per request (`"event": "request"`): request id, method, route (the route's path,
  never the query string, which carries seller ids of erasures), status, latency, the key's name,
  and for verdicts the action and codes. Never message text, e-mails, numbers or keys: the line is
  built from those fields only, and exceptions are logged by type and traceback, without their
  message (it may quote input).
- `GET /metrics`: requests by route, method and status; latency histograms by route; verdicts by
  action; findings by code and action; check errors by check; history size. With several workers
  (`serve --workers N`) the workers write their values to files in PROMETHEUS_MULTIPROC_DIR (set by
  `serve`) and a scrape, whichever worker answers it, adds them all up (prometheus-client's
  multiprocess mode).
"""

from __future__ import annotations

import contextvars
import json
import logging
import os
import re
import time
import traceback
import uuid
from collections import Counter as Tally
from datetime import datetime, timezone
from typing import Any, Callable, Iterable

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("api.request")

REQUEST_ID_HEADER = "X-Request-ID"
_USABLE_ID = re.compile(r"^[\x21-\x7e]{1,128}$")
request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)

# Latency buckets (seconds) around the service's figures: screening p50 ~7 ms, p99 ~35 ms, batches
# of 1,000 up to seconds.
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.0075, 0.01, 0.015, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)


class Metrics:
    """The service's metrics, in a registry of their own (one per app, so several apps in one
    process, as in the tests, do not collide)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "screening_http_requests_total",
            "HTTP requests by route, method and status",
            ("route", "method", "status"),
            registry=self.registry,
        )
        self.latency = Histogram(
            "screening_http_request_duration_seconds",
            "HTTP request latency by route",
            ("route", "method"),
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.verdicts = Counter("screening_verdicts_total", "verdicts by action", ("action",), registry=self.registry)
        self.findings = Counter(
            "screening_findings_total",
            "findings by code and the verdict's action",
            ("code", "action"),
            registry=self.registry,
        )
        self.check_errors = Counter(
            "screening_check_errors_total",
            "checks that raised (a <check>.error finding) by check",
            ("check",),
            registry=self.registry,
        )
        # Workers share one store: the most recent reading of any worker is the size.
        self.history_size = Gauge(
            "screening_history_messages",
            "messages in the history store",
            registry=self.registry,
            multiprocess_mode="mostrecent",
        )
        self._count: Callable[[], int] | None = None
        self._every = 0.0
        self._counted_at = float("-inf")

    def watch_history(self, count: Callable[[], int], every: float = 10.0) -> None:
        """The gauge reads the store when scraped, at most every `every` seconds (a COUNT over a
        large table is not free)."""
        self._count, self._every = count, every

    def _refresh_history(self) -> None:
        now = time.monotonic()
        if self._count is None or now - self._counted_at < self._every:
            return
        self._counted_at = now
        try:
            self.history_size.set(float(self._count()))
        except Exception:  # a store that cannot answer now keeps the last value
            log.warning("history_count_failed")

    def observe_verdicts(self, verdicts: Iterable[dict[str, Any]]) -> dict[str, Any]:
        """Counts verdicts (as sent to the caller) and returns the fields the request's log line gets."""
        actions: Tally[str] = Tally()
        codes: Tally[str] = Tally()
        for verdict in verdicts:
            action = verdict["action"]
            actions[action] += 1
            self.verdicts.labels(action).inc()
            for finding in verdict["findings"]:
                code = finding["code"]
                codes[code] += 1
                self.findings.labels(code, action).inc()
                if code.endswith(".error"):
                    self.check_errors.labels(finding["check"]).inc()
        if sum(actions.values()) == 1:
            return {"action": next(iter(actions)), "codes": sorted(codes)}
        return {"actions": dict(actions), "codes": dict(sorted(codes.items()))}

    def expose(self) -> Response:
        self._refresh_history()
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            registry = CollectorRegistry()
            MultiProcessCollector(registry)  # type: ignore[no-untyped-call]  # prometheus_client leaves it unannotated
            return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
        return Response(generate_latest(self.registry), media_type=CONTENT_TYPE_LATEST)


def note(request: Request, **fields: Any) -> None:
    """Adds fields to the request's log line (action, codes...)."""
    request.scope.setdefault("state", {}).setdefault("log_fields", {}).update(fields)


class Observe:
    """Outermost pure ASGI middleware: request id in and out, metrics and one log line per request
    (401/403/413 refusals of the inner middleware included)."""

    def __init__(self, app: ASGIApp, metrics: Metrics, routes: Callable[[], set[str]]):
        self.app = app
        self.metrics = metrics
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        sent_id = dict(scope.get("headers") or ()).get(b"x-request-id", b"").decode("latin-1")
        request_id = sent_id if _USABLE_ID.match(sent_id) else uuid.uuid4().hex
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            path = scope["path"]
            route = path if path in self.routes() else "unmatched"
            method = scope["method"]
            self.metrics.requests.labels(route, method, str(status)).inc()
            self.metrics.latency.labels(route, method).observe(elapsed)
            fields = {
                "event": "request",
                "method": method,
                "route": route,
                "status": status,
                "latency_ms": round(elapsed * 1000, 2),
            }
            if state.get("api_key"):
                fields["key"] = state["api_key"]
            fields.update(state.get("log_fields") or {})
            log.info("request", extra={"fields": fields})
            request_id_var.reset(token)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, request id, event, and the record's fields.
    An exception is written as its type and traceback frames, not its message (it may quote input)."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            # With --workers N, which worker wrote the line (its requests, its start and stop).
            "pid": record.process,
        }
        request_id = request_id_var.get()
        if request_id:
            out["request_id"] = request_id
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            out.update(fields)
        else:
            out["event"] = record.getMessage()
        if record.exc_info and record.exc_info[0] is not None:
            out["exc_type"] = record.exc_info[0].__name__
            out["traceback"] = "".join(traceback.format_tb(record.exc_info[2]))
        return json.dumps(out, ensure_ascii=False, default=str)


def json_log_config(level: str = "INFO") -> dict[str, Any]:
    """logging.dictConfig for `screening serve`: every logger (uvicorn's, the API's, the library's)
    writes JSON lines to stderr. uvicorn's access log is off: Observe writes one line per request
    with the route instead of the raw path."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
        "root": {"handlers": ["stderr"], "level": level},
        "loggers": {
            "uvicorn": {"handlers": [], "level": level, "propagate": True},
            "uvicorn.error": {"handlers": [], "level": level, "propagate": True},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        },
    }
