"""Error responses: always `{"error": {"code", "message"}}` (docs/formats.md §4), 4xx for bad input, never 500."""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("api")


class ApiError(Exception):
    """An error meant for the caller: status, stable code, and a message naming field and fix."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field


def error_body(code: str, message: str, field: str | None = None, **extra: Any) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message}
    if field is not None:
        error["field"] = field
    error.update(extra)
    return {"error": error}


# pydantic adds the member of a union it tried to a location ("id", "function-after[...]"; "id",
# "int"): not a field name, so left out of the field the error names.
_UNION_TAG = re.compile(r"^(?:str|int|float|bool|date|datetime|none|.*\[.*\])$")


def _location(loc: tuple[int | str, ...]) -> str:
    # ('body', 'messages', 3, 'text') -> 'messages[3].text'
    out = ""
    for index, part in enumerate(loc):
        if part == "body" or (index > 1 and isinstance(part, str) and _UNION_TAG.match(part)):
            continue
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "body"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(status_code=exc.status, content=error_body(exc.code, exc.message, exc.field))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            detail = next(e for e in errors if e.get("type") == "json_invalid")
            reason = (detail.get("ctx") or {}).get("error", "invalid JSON")
            return JSONResponse(
                status_code=400,
                content=error_body(
                    "malformed_json", f"the request body is not valid JSON ({reason}); send a JSON object", "body"
                ),
            )
        first = errors[0]
        field = _location(tuple(first.get("loc", ())))
        problems = "; ".join(f"{_location(tuple(e.get('loc', ())))}: {e.get('msg')}" for e in errors[:5])
        return JSONResponse(status_code=422, content=error_body("invalid_field", problems, field))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
            # FastAPI's words for a body that is not UTF-8, or JSON nested too deep to parse.
            return JSONResponse(
                status_code=400,
                content=error_body(
                    "malformed_json",
                    "the request body could not be parsed: send a JSON object in UTF-8, "
                    "nested at most a few levels deep",
                    "body",
                ),
            )
        code = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized", 403: "forbidden"}.get(
            exc.status_code, "http_error"
        )
        return JSONResponse(
            status_code=exc.status_code,
            content=error_body(code, str(exc.detail)),
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # A bug, not bad input: log the type and path only (bodies hold personal data).
        log.error("unhandled_error path=%s error=%s", request.url.path, type(exc).__name__, exc_info=exc)
        return JSONResponse(status_code=500, content=error_body("internal_error", "internal error; it has been logged"))
