"""Limits on what one request may cost, and an access log that keeps no query strings.

- Body size: at most `max_body_bytes` (SCREENING_MAX_BODY_BYTES) are read; a larger body is
  refused with 413 before it is parsed (200,000 small records took 1.5 s and 140 MB to parse
  before the batch limit could say no).
- Body pace: the whole body must arrive within `body_timeout` seconds (a client that sends one
  byte a second holds a connection and a worker otherwise).
- Headers: the request line and headers must arrive within SCREENING_HEADER_TIMEOUT seconds,
  and be at most 16 KB (HeaderLimitsHttpTools, the protocol `screening serve` runs).
- The access log drops query strings: they carry seller and conversation ids of erasures.
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import os
import socket
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


class BodyLimit:
    """Pure ASGI middleware: counts the body as it streams in, so a lying Content-Length or a
    chunked body cannot get past it."""

    def __init__(self, app: ASGIApp, max_body_bytes: int, body_timeout: float):
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.body_timeout = body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body_bytes:
            await self._refuse(send, 413, "body_too_large", self._too_large())
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.body_timeout
        received = 0
        refusal: _Refused | None = None

        async def limited_receive() -> Message:
            nonlocal received, refusal
            try:
                message = await asyncio.wait_for(receive(), timeout=max(0.0, deadline - loop.time()))
            except asyncio.TimeoutError:
                refusal = _Refused(
                    408, "body_timeout", f"the request body did not arrive within {self.body_timeout:.0f} s"
                )
                raise refusal from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    refusal = _Refused(413, "body_too_large", self._too_large())
                    raise refusal
            return message

        sent = False

        async def guarded_send(message: Message) -> None:
            # The app turns a failed body read into its own error (FastAPI: 400 "error parsing the
            # body"); when the failure was ours, our answer replaces the app's.
            nonlocal sent
            if refusal is not None:
                if not sent:
                    sent = True
                    await self._refuse(send, refusal.status, refusal.code, refusal.message)
                return
            sent = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except _Refused:
            pass
        if refusal is not None and not sent:
            await self._refuse(send, refusal.status, refusal.code, refusal.message)

    def _too_large(self) -> str:
        return f"the request body is larger than {self.max_body_bytes:,} bytes; split the batch"

    @staticmethod
    async def _refuse(send: Send, status: int, code: str, message: str) -> None:
        body = json.dumps({"error": {"code": code, "message": message, "field": "body"}}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class _Refused(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class DropQueryString(logging.Filter):
    """uvicorn's access record args are (client, method, path, http version, status): the path
    loses everything after '?'."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str) and "?" in args[2]:
            record.args = args[:2] + (args[2].split("?", 1)[0],) + args[3:]
        return True


def uvicorn_log_config() -> dict[str, Any]:
    """uvicorn's own logging config, with DropQueryString on the access log."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["drop_query_string"] = {"()": DropQueryString}
    config["handlers"]["access"].setdefault("filters", []).append("drop_query_string")
    return config


def _no_delay(transport: asyncio.Transport) -> None:
    """TCP_NODELAY on the connection. asyncio sets it only on sockets whose `proto` reads
    IPPROTO_TCP; with `--workers N` uvicorn binds the workers' shared socket itself with
    `socket.socket(family)`, whose `proto` (and its connections') reads 0. Those connections kept
    Nagle's algorithm, so a response written in two parts (h11 writes the headers, then the body)
    waited for the client's delayed ACK: ~40 ms added to every request with 2 workers (bench http,
    one client: 56 ms a request against 11 ms with 1 worker; 12.6 ms with this)."""
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:  # the peer already went away
            pass


def _header_timeout() -> float:
    return float(os.environ.get("SCREENING_HEADER_TIMEOUT", "10"))


MAX_HEADER_BYTES = 16 * 1024


class HeaderLimitsHttpTools(HttpToolsProtocol):
    """uvicorn's httptools protocol (its C parser, with uvloop: ~0.1 ms less CPU a request than
    h11's pure Python one on asyncio, bench/framework_cost.py) with two limits uvicorn leaves out:
    - a deadline for the request line and headers: a connection that sends nothing, or trickles
      its headers (slowloris), is closed after SCREENING_HEADER_TIMEOUT seconds (uvicorn itself
      times out only idle keep-alive connections, after a response);
    - at most MAX_HEADER_BYTES of request line and headers: more is answered 431 and the
      connection closed (llhttp, the parser, has no limit of its own).
    A request's headers are complete when uvicorn starts its cycle (self.cycle changes)."""

    _header_timer: asyncio.TimerHandle | None = None
    _cycle_at_arm: Any = None
    _header_bytes = 0  # of the request being parsed (its line and complete headers)
    _pending_bytes = 0  # received since the last request's headers were complete

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        _no_delay(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.transport.is_closing():
            return
        if self.cycle is not self._cycle_at_arm:  # a request's headers are complete
            self._disarm()
        elif self._header_timer is not None:
            # Still waiting for this request's headers: the parser keeps an unfinished header line
            # to itself, so the bytes are counted here too (after parsing, so a chunk that completes
            # the headers and carries body bytes is never held against them).
            self._pending_bytes += len(data)
            if self._pending_bytes > MAX_HEADER_BYTES:
                self._disarm()
                self._refuse_headers()

    # The parser's callbacks: the request line and each header as they complete.
    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._header_bytes = 0

    def on_url(self, url: bytes) -> None:
        self._count_header_bytes(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count_header_bytes(len(name) + len(value) + 4)
        super().on_header(name, value)

    def _count_header_bytes(self, size: int) -> None:
        self._header_bytes += size
        if self._header_bytes > MAX_HEADER_BYTES:
            # The parser turns a callback's exception into its own error, which uvicorn answers
            # with send_400_response (below).
            raise _HeadersTooLarge

    def send_400_response(self, msg: str) -> None:
        if self._header_bytes > MAX_HEADER_BYTES:
            self._disarm()
            self._refuse_headers()
        else:
            super().send_400_response(msg)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and (self.cycle is None or self.cycle.response_complete):
            self._arm()  # the next request's headers get the same deadline

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._cycle_at_arm = self.cycle
        self._pending_bytes = 0
        self._header_timer = self.loop.call_later(_header_timeout(), self._headers_too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self.cycle is self._cycle_at_arm and not self.transport.is_closing():
            self.transport.close()

    def _refuse_headers(self) -> None:
        body = json.dumps(
            {
                "error": {
                    "code": "headers_too_large",
                    "message": f"the request line and headers are larger than {MAX_HEADER_BYTES:,} bytes",
                    "field": "headers",
                }
            }
        ).encode()
        self.transport.write(
            b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: application/json\r\n"
            + b"content-length: %d\r\nconnection: close\r\n\r\n" % len(body)
            + body
        )
        self.transport.close()


class _HeadersTooLarge(Exception):
    pass
