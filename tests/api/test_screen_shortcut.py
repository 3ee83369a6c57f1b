"""POST /v1/screen answered by api/screen_shortcut.py is answered as FastAPI's route answers it: the
same requests sent to an app with the shortcut and to one without it (each its own history) get
the same status, error body or verdict (but its elapsed_ms), and the same history afterwards."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from fastapi.testclient import TestClient

from api.access import add_key
from api.app import create_app
from api.screen_shortcut import ScreenShortcut
from api.settings import Settings

NOW = datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _record(i: int, text: str, **fields) -> dict:
    return {
        "id": f"m-{i}",
        "conversation_id": fields.pop("conversation_id", "c-1"),
        "seller_id": "s-1",
        "market": "fr",
        "author": "seller",
        "sent_at": NOW,
        "text": text,
        **fields,
    }


# (body as sent, content type): well-formed requests first, then every way of being refused.
REQUESTS: list[tuple[bytes, str]] = [
    (json.dumps({"message": _record(1, "Bonjour, le colis part demain matin.")}).encode(), "application/json"),
    (
        json.dumps({"message": _record(2, "Appelez-moi au 06 12 34 56 78 pour finaliser.")}).encode(),
        "application/json; charset=utf-8",
    ),
    (
        json.dumps(
            {
                "message": _record(3, "Oui, il est débloqué tout opérateur."),
                "context": [_record(90, "Bonjour, il est débloqué ?", author="buyer")],
                "record": False,
            }
        ).encode(),
        "application/json",
    ),
    (json.dumps({"message": _record(4, "Merci pour votre message.", author="buyer")}).encode(), "application/json"),
    # Refused by the model (FastAPI's 422), by the route (ApiError 422), or not JSON at all (400).
    (json.dumps({"message": {"id": "m-5", "market": "fr"}}).encode(), "application/json"),
    (json.dumps({"message": _record(6, "Bonjour", market="xx")}).encode(), "application/json"),
    (json.dumps({"message": _record(7, "Bonjour", sent_at="yesterday")}).encode(), "application/json"),
    (b'{"message": {"id": "m-8", "text": "Bonjour"', "application/json"),
    (b"\xff\xfe not utf-8", "application/json"),
    (b"[]", "application/json"),
    (b"", "application/json"),
    (json.dumps({"message": _record(9, "Bonjour, à demain.")}).encode(), "text/plain"),
    (json.dumps({"message": _record(10, "x" * 20_001)}).encode(), "application/json"),
    (
        json.dumps(
            {"message": _record(11, "Bonjour"), "context": [_record(100 + k, "ok") for k in range(1001)]}
        ).encode(),
        "application/json",
    ),
]


def _app(folder, keys, shortcut: bool):
    app = create_app(Settings(history_path=folder / "history.sqlite3", api_keys_file=keys))
    if not shortcut:
        app.user_middleware = [m for m in app.user_middleware if m.cls is not ScreenShortcut]
    return app


@pytest.fixture(scope="module")
def clients(tmp_path_factory):
    keys = tmp_path_factory.mktemp("keys") / "keys.yaml"
    key = add_key(keys, "helpdesk", ["screen"])
    with (
        TestClient(_app(tmp_path_factory.mktemp("with"), keys, True)) as with_shortcut,
        TestClient(_app(tmp_path_factory.mktemp("without"), keys, False)) as without,
    ):
        yield with_shortcut, without, key


def _answer(client: TestClient, body: bytes, content_type: str, key: str | None) -> tuple[int, object]:
    headers = {"content-type": content_type}
    if key is not None:
        headers["authorization"] = f"Bearer {key}"
    response = client.post("/v1/screen", content=body, headers=headers)
    assert response.headers.get("x-request-id")
    payload = response.json()
    if isinstance(payload, dict):
        payload.pop("elapsed_ms", None)
    return response.status_code, payload


@pytest.mark.parametrize("index", range(len(REQUESTS)))
def test_the_shortcut_answers_as_the_route(clients, index):
    with_shortcut, without, key = clients
    body, content_type = REQUESTS[index]
    assert _answer(with_shortcut, body, content_type, key) == _answer(without, body, content_type, key)


def test_well_formed_requests_are_screened_and_refusals_keep_their_codes(clients):
    with_shortcut, _, key = clients
    statuses = [_answer(with_shortcut, body, kind, key)[0] for body, kind in REQUESTS]
    assert statuses[:4] == [200, 200, 200, 200]
    assert all(400 <= status < 500 for status in statuses[4:]), statuses


def test_keys_are_still_required(clients):
    with_shortcut, without, _ = clients
    body, content_type = REQUESTS[0]
    for client in (with_shortcut, without):
        assert _answer(client, body, content_type, None)[0] == 401
        assert _answer(client, body, content_type, "not-a-key")[0] == 401


def test_both_record_the_same_history(clients):
    with_shortcut, without, key = clients
    stored = []
    for client in (with_shortcut, without):
        history = client.app.state.history
        stored.append(sorted((m.id, m.text) for m in history.conversation("c-1")))
    assert stored[0] == stored[1]
    assert ("m-1", "Bonjour, le colis part demain matin.") in stored[0]
    assert all(message_id != "m-3" for message_id, _ in stored[0])  # record: false


def test_the_shortcut_answers_well_formed_requests_itself(clients, monkeypatch):
    """The shortcut calls api.routes.screen by name; FastAPI's router holds the function it was
    given. A wrapper under that name counts only the shortcut's calls."""
    import api.routes

    with_shortcut, without, key = clients
    calls = []
    route = api.routes.screen

    def counted(*args):
        calls.append(args[0].message.id)
        return route(*args)

    monkeypatch.setattr(api.routes, "screen", counted)
    body = json.dumps({"message": _record(50, "Bonjour, merci pour votre commande."), "record": False}).encode()
    assert _answer(with_shortcut, body, "application/json", key)[0] == 200
    assert _answer(without, body, "application/json", key)[0] == 200
    assert calls == ["m-50"]
    refused = json.dumps({"message": {"id": "m-51"}}).encode()
    assert _answer(with_shortcut, refused, "application/json", key)[0] == 422
    assert calls == ["m-50"]
