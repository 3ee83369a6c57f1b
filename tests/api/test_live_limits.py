"""Limits that only a real server shows: a body that never finishes arriving, the access
log, erasure through the endpoint while another connection reads the file."""

from __future__ import annotations

import socket
import time
import sqlite3
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

import httpx
import pytest

from tests.api.conftest import running_server

TOKEN = "live-admin"
SECRET = "Texte à effacer: marie.secret@example.org"


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    directory = tmp_path_factory.mktemp("limits")
    env = {
        "SCREENING_HISTORY_PATH": str(directory / "history.sqlite3"),
        "SCREENING_ADMIN_TOKEN": TOKEN,
        "SCREENING_BODY_TIMEOUT": "2",
        "SCREENING_HEADER_TIMEOUT": "2",
    }
    with running_server(env, directory / "server.log") as base:
        yield base, directory


def _raw_request(base: str, head: bytes, body: bytes, timeout: float = 20.0) -> bytes:
    address = urlsplit(base)
    with socket.create_connection((address.hostname, address.port), timeout=timeout) as sock:
        sock.sendall(head + body)
        received = b""
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                return received
            received += chunk
            if b"\r\n\r\n" in received and b'"error"' in received:
                return received


@pytest.mark.parametrize(
    "declared, sent, status",
    [
        (1000, b'{"message": {"text": "hel', b"408"),  # the body stops arriving: 408 after SCREENING_BODY_TIMEOUT
        (64 * 1024 * 1024, b"{", b"413"),  # declares more than the limit: refused before reading
    ],
)
def test_bodies_that_never_arrive_or_are_too_large(live, declared, sent, status):
    base, _ = live
    head = (
        f"POST /v1/screen HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {declared}\r\n\r\n"
    ).encode()
    answer = _raw_request(base, head, sent)
    assert answer.split(b" ", 2)[1] == status
    assert b'"field":"body"' in answer.replace(b" ", b"")


@pytest.mark.parametrize(
    "sent",
    [
        b"",  # connects and sends nothing
        b"POST /v1/screen HTTP/1.1\r\nHost: x\r\nContent-Ty",  # headers that stop half-way (slowloris)
    ],
)
def test_a_connection_whose_headers_do_not_arrive_is_closed(live, sent):
    base, _ = live
    address = urlsplit(base)
    with socket.create_connection((address.hostname, address.port), timeout=30) as sock:
        sock.sendall(sent)
        assert sock.recv(65536) == b""  # closed by the server (SCREENING_HEADER_TIMEOUT=2), not by us
    # The server still answers afterwards.
    assert httpx.get(f"{base}/healthz").status_code == 200


_LARGE_BODY = b'{"message": {"text": "' + b"x" * 60_000 + b'"}}'
_SMALL_HEAD = b"POST /v1/screen HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"


@pytest.mark.parametrize(
    "sent, status",
    [
        # 20 KB in one header, complete: refused, the error names the headers.
        (b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: " + b"a" * 20_000 + b"\r\n\r\n", b"431"),
        # 36 KB in many small headers, complete.
        (b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + b"X-Many: b\r\n" * 3_000 + b"\r\n", b"431"),
        # A header line that never ends: refused once 16 KB have come, not held until the deadline.
        (b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Endless: " + b"c" * 20_000, b"431"),
        # Small headers and a 60 KB body in the same packets: the body never counts as headers
        # (422: the body reaches the app, which finds the record incomplete).
        (_SMALL_HEAD + f"Content-Length: {len(_LARGE_BODY)}\r\n\r\n".encode() + _LARGE_BODY, b"422"),
    ],
)
def test_request_line_and_headers_are_at_most_16_kb(live, sent, status):
    base, _ = live
    answer = _raw_request(base, sent, b"")
    assert answer.split(b" ", 2)[1] == status
    if status == b"431":
        assert b'"field": "headers"' in answer
    assert httpx.get(f"{base}/healthz").status_code == 200


def test_access_log_has_no_query_string(live):
    base, directory = live
    response = httpx.delete(
        f"{base}/v1/history", params={"seller_id": "s-private-42"}, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.status_code == 200
    # One JSON line per request (api.observability): the route, never the query string. The line
    # is written once the answer has gone out, so the client can read the log a moment before it.
    line = '"method": "DELETE", "route": "/v1/history", "status": 200'
    deadline = time.monotonic() + 10
    log = (directory / "server.log").read_text(errors="replace")
    while line not in log and time.monotonic() < deadline:
        time.sleep(0.05)
        log = (directory / "server.log").read_text(errors="replace")
    assert line in log
    assert "s-private-42" not in log


def test_erasure_through_the_endpoint_with_a_reader_open(live):
    base, directory = live
    sent_at = (datetime.now(timezone.utc) - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    records = [
        {
            "id": f"er-{i}",
            "seller_id": "s-erase",
            "conversation_id": f"ec-{i}",
            "market": "fr",
            "sent_at": sent_at,
            "text": f"{SECRET} {i}",
        }
        for i in range(50)
    ]
    assert httpx.post(f"{base}/v1/messages", json={"messages": records}).json()["imported"] == 50
    database = directory / "history.sqlite3"
    reader = sqlite3.connect(database)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM messages").fetchone()  # a read transaction holds the WAL
    erased = httpx.delete(
        f"{base}/v1/history", params={"seller_id": "s-erase"}, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60
    ).json()
    assert erased["deleted"] == 50
    # The reader kept the WAL for the whole request: the answer must not claim what it could not check.
    assert erased["wal_truncated"] is False and erased["verified_absent"] is False
    assert erased["texts_checked"] == 50
    reader.close()
    # The next write completes the checkpoint: then no byte of the erased texts is left anywhere.
    later = [{"id": "er-later", "seller_id": "s-other", "market": "fr", "sent_at": sent_at, "text": "Merci !"}]
    assert httpx.post(f"{base}/v1/messages", json={"messages": later}).json()["imported"] == 1
    for suffix in ("", "-wal", "-shm"):
        path = directory / f"history.sqlite3{suffix}"
        if path.exists():
            assert SECRET.encode() not in path.read_bytes(), suffix
