"""Hostile input: every bad value is a 4xx naming the field, never a 500; limits hold.

Bodies are sent as raw JSON text so lone surrogates (`\\ud800`, what a JavaScript client sends
after cutting a string inside an emoji) reach the server exactly as a client would send them.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta, timezone

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.limits import DropQueryString
from api.settings import Settings

RECENT = (datetime.now(timezone.utc) - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    settings = Settings(
        history_path=tmp_path_factory.mktemp("hostile") / "history.sqlite3",
        max_body_bytes=64 * 1024,
        admin_token="s3cret",
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as test_client:
        yield test_client


def _post(client: TestClient, path: str, body: object):
    # json.dumps escapes lone surrogates as \\udXXX (valid JSON text), as a browser would send them.
    return client.post(path, content=json.dumps(body).encode(), headers={"content-type": "application/json"})


def _message(**fields) -> dict:
    return {"text": "Bonjour, le colis part demain.", "market": "fr", **fields}


BAD = [
    # path, body, status, field the error names
    ("/v1/screen", {"message": _message(text="ok \ud800")}, 422, "message.text"),  # lone surrogate in text
    ("/v1/screen", {"message": _message(id="m-\udc00")}, 422, "message.id"),  # lone surrogate in id
    ("/v1/screen", {"message": _message(seller_id="s\ud83d")}, 422, "message.seller_id"),  # cut emoji in seller_id
    (
        "/v1/screen",
        {"message": _message(conversation_id="\ud800")},
        422,
        "message.conversation_id",
    ),  # and conversation_id
    ("/v1/screen", {"message": _message(market="f\ud800")}, 422, "message.market"),  # and market
    ("/v1/screen", {"message": _message(text="ok\u0000")}, 422, "message.text"),  # NUL in text
    ("/v1/screen", {"message": _message(id="a\u0000b")}, 422, "message.id"),  # NUL in an id
    ("/v1/screen", {"message": _message(text="\u200b\u200c\u200d\ufeff")}, 422, "message.text"),  # invisible only
    ("/v1/screen", {"message": _message(text="\u0301\u0301 \u00a0")}, 422, "message.text"),  # marks and spaces only
    ("/v1/screen", {"message": _message(id=True)}, 422, "message.id"),  # bool is not an id
    ("/v1/screen", {"message": _message(seller_id=False)}, 422, "message.seller_id"),  # nor a seller id
    ("/v1/screen", {"message": _message(text=5)}, 422, "message.text"),  # a number is not text
    ("/v1/screen", {"message": _message(), "record": 0}, 422, "record"),  # 0 is not a bool
    ("/v1/screen", {"message": _message(), "record": "false"}, 422, "record"),  # nor is a string
    ("/v1/screen", {"message": _message(sent_at="0001-01-01T00:00:00+01:00")}, 422, "message.sent_at"),  # overflowed
    ("/v1/screen", {"message": _message(sent_at="9999-12-31T23:30:00-01:00")}, 422, "message.sent_at"),  # overflowed
    ("/v1/screen", {"message": _message(sent_at="1999-12-31T22:59:59-01:00")}, 422, "message.sent_at"),  # 1999 in UTC
    ("/v1/screen", {"message": _message(sent_at="2100-12-31T23:30:00-01:00")}, 422, "message.sent_at"),  # 2101 in UTC
    ("/v1/screen", {"message": _message(sent_at="2026-13-01")}, 422, "message.sent_at"),  # not a date
    ("/v1/screen", {"message": _message(), "context": [_message(sent_at="0001-01-01")]}, 422, "context[0].sent_at"),
    ("/v1/screen/batch", {"messages": [_message(), _message(text="\ud800")]}, 422, "messages[1].text"),
    ("/v1/screen/batch", {"messages": [_message(sent_at="9999-12-31T23:59:59Z")]}, 422, "messages[0].sent_at"),
    ("/v1/messages", {"messages": [_message(id="ok"), _message(id="\ud800")]}, 422, "messages[1].id"),
    ("/v1/messages", {"messages": [_message(sent_at="0001-01-01T00:00:00+01:00")]}, 422, "messages[0].sent_at"),
    (
        "/v1/conversations/assess",
        {"messages": [_message(sent_at=RECENT)], "now": "9999-12-31T23:30:00-01:00"},
        422,
        "now",
    ),
    ("/v1/conversations/assess", {"messages": [_message(sent_at="9990-01-01T00:00:00Z")]}, 422, "messages[0].sent_at"),
    ("/v1/conversations/assess", {"messages": [_message(sent_at="1000-01-01T00:00:00Z")]}, 422, "messages[0].sent_at"),
    ("/v1/conversations/assess", {"messages": [_message(sent_at=RECENT)], "now": "x\ud800"}, 422, "now"),
    ("/v1/absences/validate", {"market": "fr", "start": "0001-01-01", "end": "0001-01-10"}, 422, "start"),
    ("/v1/absences/validate", {"market": "fr", "start": "9999-12-01", "end": "9999-12-31"}, 422, "start"),
    (
        "/v1/absences/validate",
        {"market": "fr", "start": "2026-08-03", "end": "2026-08-14", "announced_on": "9999-12-31T23:30:00-01:00"},
        422,
        "announced_on",
    ),
    ("/v1/absences/validate", {"market": "f\ud800", "start": "2026-08-03", "end": "2026-08-14"}, 422, "market"),
    (
        "/v1/absences/validate",
        {"market": "fr", "seller_id": "\u0000", "start": "2026-08-03", "end": "2026-08-14"},
        422,
        "seller_id",
    ),
]


@pytest.mark.parametrize("path, body, status, field", BAD)
def test_bad_input_is_a_4xx_naming_the_field(client, path, body, status, field):
    response = _post(client, path, body)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["field"] == field
    assert error["code"] == "invalid_field"


GOOD_EDGES = [
    # path, body: values at the edges of what is accepted
    (
        "/v1/screen",
        {"message": _message(sent_at="2000-01-01T00:30:00+01:00", id="edge-1"), "record": False},
    ),  # 1999-12-31T23:30Z: out
    (
        "/v1/screen",
        {"message": _message(sent_at="2000-01-01T00:00:00Z", id="edge-2"), "record": False},
    ),  # first instant
    ("/v1/screen", {"message": _message(sent_at="2100-12-31T23:59:59Z", id="edge-3"), "record": False}),  # last second
    ("/v1/screen", {"message": _message(text="ok 😀", id=7), "record": False}),  # an integer id, an emoji
    ("/v1/absences/validate", {"market": "fr", "start": "2100-12-01", "end": "2100-12-31"}),  # last month
]


@pytest.mark.parametrize("path, body", GOOD_EDGES[1:])
def test_edges_of_the_accepted_range_are_accepted(client, path, body):
    assert _post(client, path, body).status_code == 200


def test_an_offset_can_move_a_time_out_of_the_range(client):
    # 2000-01-01T00:30+01:00 is 1999-12-31T23:30Z: outside, and said so.
    response = _post(client, *GOOD_EDGES[0])
    assert response.status_code == 422
    assert "2000-01-01T00:00:00Z to 2100-12-31T23:59:59Z" in response.json()["error"]["message"]


LONG = "x" * 1_000_000


@pytest.mark.parametrize(
    "path, body, field",
    [
        ("/v1/screen", {"message": _message(market="y" * 30_000)}, "message.market"),  # unknown market, 30 KB
        ("/v1/screen", {"message": _message(sent_at="2" * 30_000)}, "message.sent_at"),  # not a time, 30 KB
        ("/v1/absences/validate", {"market": "z" * 30_000, "start": "2026-08-03", "end": "2026-08-14"}, "market"),
    ],
)
def test_errors_echo_a_bounded_part_of_the_value(client, path, body, field):
    response = _post(client, path, body)
    assert response.status_code == 422
    assert response.json()["error"]["field"] == field
    assert len(response.content) < 2_000


@pytest.mark.parametrize(
    "content, status, code",
    [
        (b'{"message": {"text": ', 400, "malformed_json"),  # cut JSON
        (b'{"message": {"text": "\xff\xfe", "market": "fr"}}', 400, "malformed_json"),  # not UTF-8
        (b"[" * 100_000 + b"]" * 100_000, 413, "body_too_large"),  # deep nesting, over the body limit
        (b"[" * 5_000 + b"]" * 5_000, 400, "malformed_json"),  # deep nesting under the limit
        (json.dumps({"messages": [_message(id=f"b{i}") for i in range(3_000)]}).encode(), 413, "body_too_large"),
    ],
)
def test_bodies_that_cannot_be_read(client, content, status, code):
    response = client.post("/v1/screen/batch", content=content, headers={"content-type": "application/json"})
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code
    assert response.json()["error"]["field"] == "body"


def test_a_chunked_body_over_the_limit_is_refused():
    # No Content-Length: the limit counts the bytes as they arrive.
    settings = Settings(history_path=":memory:", max_body_bytes=4096)
    with TestClient(create_app(settings)) as small:
        chunks = (b'{"messages": [' + b",".join([b'{"text": "a", "market": "fr"}'] * 400) + b"]}",)
        response = small.post("/v1/messages", content=iter(chunks), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_records_older_than_the_retention_window_are_counted_not_stored(client):
    old = (datetime.now(timezone.utc) - timedelta(days=400)).strftime("%Y-%m-%dT%H:%M:%SZ")
    body = {
        "messages": [
            _message(id="ret-old", sent_at=old, conversation_id="ret"),
            _message(id="ret-new", sent_at=RECENT, conversation_id="ret"),
        ]
    }
    answer = _post(client, "/v1/messages", body).json()
    assert answer == {"received": 2, "imported": 1, "expired": 1, "duplicates": 0}
    stored = [m.id for m in client.app.state.history.conversation("ret")]
    assert stored == ["ret-new"]


def test_stored_context_is_the_last_messages_only(client):
    start = datetime.now(timezone.utc) - timedelta(days=2)
    records = [
        _message(
            id=f"ctx-{i}",
            conversation_id="long",
            seller_id="s-long",
            sent_at=(start + timedelta(minutes=i)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        for i in range(60)
    ]
    assert _post(client, "/v1/messages", {"messages": records}).json()["imported"] == 60
    history = client.app.state.history
    until = start + timedelta(minutes=30)
    last = history.conversation("long", until=until, last=5)
    assert [m.id for m in last] == [f"ctx-{i}" for i in range(26, 31)]


def test_access_log_drops_query_strings():
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5", "DELETE", "/v1/history?seller_id=s-secret", "1.1", 200),
        None,
    )
    assert DropQueryString().filter(record)
    assert "s-secret" not in record.getMessage()
    assert "/v1/history" in record.getMessage()


def test_readyz_is_not_ready_when_a_configured_model_is_missing(tmp_path):
    # A models directory without the escalation model: the check runs on rules only, and says so.
    import shutil

    from api.settings import PROJECT_ROOT

    models = tmp_path / "models"
    for check in ("tone", "relevance"):
        shutil.copytree(PROJECT_ROOT / "models" / check, models / check)
    settings = Settings(history_path=":memory:", models_dir=models)
    with TestClient(create_app(settings)) as partial:
        response = partial.get("/readyz")
        assert response.status_code == 503
        assert any("escalation" in path for path in response.json()["missing_models"])
        assert partial.get("/healthz").status_code == 200
