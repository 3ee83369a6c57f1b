"""POST /v1/screen, the pre-send call the helpdesk makes for every reply, by the shortest way.

FastAPI's router, dependency solving and body validation cost ~0.5 ms of CPU a request on this
route (bench/framework_cost.py: 0.95 ms for the whole HTTP stack against 0.11 ms for a bare ASGI
app on uvicorn), 6-7% of a screened reply's CPU, paid by every helpdesk call. This pure ASGI
middleware sits inside Observe, Access and BodyLimit (request id, metrics, log line, key check,
body limits all apply as before) and answers a well-formed request itself: it reads the body,
validates it with the route's own model (ScreenRequest), takes a CPU slot and runs the route's
own function (api.routes.screen) in the thread pool, as FastAPI does.

Anything else goes to FastAPI unchanged: other paths and methods, a body that is not JSON or that
the model refuses (replayed, so FastAPI writes the same 400/422 it always has), a service that is
not ready. An ApiError raised by the route gets the app's own error body; other exceptions reach
ServerErrorMiddleware and the app's 500 handler, as from the router. The OpenAPI schema still
describes the route (it is still FastAPI's). tests/api/test_screen_shortcut.py compares the two
ways on the same requests.
"""

from __future__ import annotations

from contextlib import nullcontext
from typing import Any

from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import ApiError, error_body
from api.schemas import ScreenRequest

SCREEN_PATH = "/v1/screen"


class ScreenShortcut:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != SCREEN_PATH or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        state: Any = scope["app"].state if "app" in scope else None
        if state is None or getattr(state, "screener", None) is None or not _sends_json(scope):
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive)
        try:
            parsed = ScreenRequest.model_validate_json(body)
        except ValidationError:
            # FastAPI answers it, with the error bodies it always wrote.
            await self.app(scope, _replay(body, receive), send)
            return
        from api.routes import screen

        request = Request(scope, receive)
        async with getattr(state, "cpu_slots", None) or nullcontext():  # api.routes.cpu_slot
            try:
                response: Any = await run_in_threadpool(
                    screen, parsed, state.screener, state.history, state.settings, request
                )
            except ApiError as exc:  # the app's own handler for it (api/errors.py)
                response = JSONResponse(status_code=exc.status, content=error_body(exc.code, exc.message, exc.field))
        await response(scope, receive, send)


def _sends_json(scope: Scope) -> bool:
    for name, value in scope.get("headers") or ():
        if name == b"content-type":
            return bool(value.split(b";", 1)[0].strip().lower() == b"application/json")
    return False


async def _read_body(receive: Receive) -> bytes:
    """The whole body (BodyLimit's receive refuses one too large or too slow, as for FastAPI)."""
    parts = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break  # the client went away: an empty body, which the model refuses
        parts.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(parts)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive that gives `body` once, then whatever the connection says (a disconnect)."""
    given = False

    async def replayed() -> Message:
        nonlocal given
        if not given:
            given = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


__all__ = ["SCREEN_PATH", "ScreenShortcut"]
