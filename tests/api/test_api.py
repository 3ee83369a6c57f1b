"""The HTTP API of docs/formats.md §4 through FastAPI's test client (in-process, real app, real policy,
real models, a real SQLite file per test module)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    settings = Settings(history_path=tmp_path_factory.mktemp("api") / "history.sqlite3")
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def test_health_and_readiness(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz").json()
    assert ready["status"] == "ready"
    assert "contact" in ready["checks"]


def test_openapi_docs_are_served(client):
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/v1/screen", "/v1/screen/batch", "/v1/messages"} <= set(paths)


def test_screen_blocks_a_phone_number_with_evidence(client):
    text = "Bonjour, appelez-moi au 06 12 34 56 78 pour finaliser."
    response = client.post("/v1/screen", json={"message": {"id": "m-1", "text": text, "market": "fr"}})
    assert response.status_code == 200
    verdict = response.json()
    assert verdict["id"] == "m-1"
    assert verdict["action"] == "block"
    assert verdict["rules"] == ["R4"]
    phone = next(f for f in verdict["findings"] if f["code"] == "contact.phone")
    assert text[phone["start"] : phone["end"]] == "06 12 34 56 78"
    assert "plateforme" in verdict["explanation"]  # French market: French explanation
    assert verdict["elapsed_ms"] >= 0


def _utf16_slice(text: str, start: int, end: int) -> str:
    """What JavaScript's text.slice(start, end) returns: offsets counted in UTF-16 code units."""
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


UTF16_CASES = [
    # (text, evidence): findings after characters outside the BMP, where the two offsets differ
    ("🙂🙂 Appelez-moi au 06 12 34 56 78 !", "06 12 34 56 78"),  # two emoji before a phone: +2 units
    (
        "👍🏽 Merci ! 📦 Écrivez à paul.martin@gmail.com",
        "paul.martin@gmail.com",
    ),  # skin tone modifier: 2 astral characters
    ("Appelez-moi au 06 12 34 56 78", "06 12 34 56 78"),  # no emoji: both offsets are equal
    (
        "𝐁𝐨𝐧𝐣𝐨𝐮𝐫 ! mon mail ｊｅａｎ＠ｇｍａｉｌ．ｃｏｍ",
        "ｊｅａｎ＠ｇｍａｉｌ．ｃｏｍ",
    ),  # mathematical bold letters are astral too
]


@pytest.mark.parametrize("text,evidence", UTF16_CASES)
def test_findings_carry_utf16_offsets_for_javascript(client, text, evidence):
    verdict = client.post("/v1/screen", json={"message": {"id": "m-u16", "text": text, "market": "fr"}}).json()
    found = [f for f in verdict["findings"] if text[f["start"] : f["end"]] == evidence]
    assert found, verdict["findings"]
    for finding in found:
        assert _utf16_slice(text, finding["start_utf16"], finding["end_utf16"]) == evidence
        astral_before = sum(ord(c) > 0xFFFF for c in text[: finding["start"]])
        assert finding["start_utf16"] - finding["start"] == astral_before


def test_batch_verdicts_carry_utf16_offsets(client):
    text = "🚀 bel me op 06-12345678"
    verdict = client.post(
        "/v1/screen/batch", json={"messages": [{"id": "b-u16", "text": text, "market": "nl"}]}
    ).json()["verdicts"][0]
    phone = next(f for f in verdict["findings"] if f["code"] == "contact.phone")
    assert _utf16_slice(text, phone["start_utf16"], phone["end_utf16"]) == "06-12345678"


def test_openapi_documents_both_offsets(client):
    finding = client.get("/openapi.json").json()["components"]["schemas"]["FindingOut"]["properties"]
    assert {"start", "end", "start_utf16", "end_utf16"} <= set(finding)
    assert "UTF-16" in finding["start_utf16"]["description"]


def test_screen_allows_an_ordinary_reply(client):
    verdict = client.post(
        "/v1/screen",
        json={
            "message": {
                "text": "Bonjour, votre commande n° 2026031512345 part demain avec Colissimo. Bonne journée !",
                "market": "fr",
            }
        },
    ).json()
    assert verdict["action"] == "allow"
    assert verdict["findings"] == []


def test_batch_returns_one_verdict_per_message_in_order(client):
    messages = [
        {"id": "a", "text": "Merci, bonne journée", "market": "fr"},
        {"id": "b", "text": "schreib mir an max.muster@gmx.de", "market": "de"},
        {"id": "c", "text": "add me on WhatsApp", "market": "uk"},
    ]
    verdicts = client.post("/v1/screen/batch", json={"messages": messages}).json()["verdicts"]
    assert [v["id"] for v in verdicts] == ["a", "b", "c"]
    assert [v["action"] for v in verdicts] == ["allow", "block", "block"]


def test_messages_import_deduplicates_by_id(client):
    # A time inside the retention window (older records are not stored: tests/api/test_hostile.py).
    sent_at = (datetime.now(timezone.utc) - timedelta(days=1)).isoformat()
    records = [
        {
            "id": f"h-{i}",
            "text": f"réponse {i}",
            "market": "fr",
            "seller_id": "s-1",
            "conversation_id": "c-1",
            "sent_at": sent_at,
        }
        for i in range(3)
    ]
    first = client.post("/v1/messages", json={"messages": records}).json()
    again = client.post("/v1/messages", json={"messages": records}).json()
    assert first == {"received": 3, "imported": 3, "expired": 0, "duplicates": 0}
    assert again == {"received": 3, "imported": 0, "expired": 0, "duplicates": 3}


BAD_INPUT = [
    # (body or raw bytes, expected status, expected error code, words the message must contain)
    ({"message": {"text": "", "market": "fr"}}, 422, "invalid_field", ["message.text", "empty"]),  # empty text
    ({"message": {"text": "   ", "market": "fr"}}, 422, "invalid_field", ["message.text", "empty"]),  # blank text
    ({"message": {"text": 42, "market": "fr"}}, 422, "invalid_field", ["message.text", "string"]),  # non-string text
    ({"message": {"text": None, "market": "fr"}}, 422, "invalid_field", ["message.text"]),  # null text
    ({"message": {"market": "fr"}}, 422, "invalid_field", ["message.text", "required"]),  # missing text
    (
        {"message": {"text": "hi", "market": "zz"}},
        422,
        "invalid_field",
        ["message.market", "fr", "de", "us"],
    ),  # unknown market, lists known ones
    ({"message": {"text": "hi"}}, 422, "invalid_field", ["message.market"]),  # missing market
    ({"message": {"text": "x" * 20_001, "market": "fr"}}, 422, "invalid_field", ["message.text", "20000"]),  # too long
    (
        {"message": {"text": "hi", "market": "fr", "author": "robot"}},
        422,
        "invalid_field",
        ["author"],
    ),  # unknown author
    (
        {"message": {"text": "hi", "market": "fr", "sent_at": "yesterday"}},
        422,
        "invalid_field",
        ["sent_at", "ISO-8601"],
    ),  # bad time
    ({"message": "hi"}, 422, "invalid_field", ["message"]),  # message must be an object
    ([1, 2], 422, "invalid_field", []),  # body must be an object
    (b"{not json", 400, "malformed_json", ["JSON"]),  # malformed JSON
]


@pytest.mark.parametrize("body,status,code,words", BAD_INPUT)
def test_bad_input_gets_a_clear_4xx(client, body, status, code, words):
    if isinstance(body, bytes):
        response = client.post("/v1/screen", content=body, headers={"content-type": "application/json"})
    else:
        response = client.post("/v1/screen", json=body)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"] == code
    for word in words:
        assert word in error["message"]


def test_batch_over_the_limit_is_refused(client):
    messages = [{"text": "ok", "market": "fr"}] * 1001
    response = client.post("/v1/screen/batch", json={"messages": messages})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "batch_too_large"
    assert "1000" in response.json()["error"]["message"]


def test_bad_record_in_an_import_writes_nothing(client):
    before = client.get("/readyz").status_code
    records = [{"id": "ok-1", "text": "fine", "market": "fr"}, {"id": "bad", "text": "x", "market": "mars"}]
    response = client.post("/v1/messages", json={"messages": records})
    assert response.status_code == 422
    assert "messages[1].market" in response.json()["error"]["message"]
    # The valid record of the refused request was not stored: importing it now counts it as new.
    assert client.post("/v1/messages", json={"messages": records[:1]}).json()["imported"] == 1
    assert before == 200


def test_unknown_path_is_a_json_404(client):
    response = client.get("/v1/nothing")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_conversation_context_comes_from_the_history_when_not_sent(client):
    # The buyer wrote in English on the French market (imported history); an English reply in the
    # same conversation is acceptable (R3: the buyer's language), in another conversation it is not.
    # Times inside the retention window: older ones are not stored.
    day = (datetime.now(timezone.utc) - timedelta(days=1)).date().isoformat()
    buyer = {
        "id": "ctx-b1",
        "conversation_id": "ctx-1",
        "seller_id": "s-ctx",
        "market": "fr",
        "author": "buyer",
        "sent_at": f"{day}T09:00:00Z",
        "text": "Hello, I live in Lyon but I do not speak French. Is the battery of this phone still good?",
    }
    assert client.post("/v1/messages", json={"messages": [buyer]}).json()["imported"] == 1
    reply = {
        "market": "fr",
        "seller_id": "s-ctx",
        "sent_at": f"{day}T10:00:00Z",
        "text": "Hello, yes the battery is at ninety percent and the phone ships tomorrow morning with tracking.",
    }
    same = client.post("/v1/screen", json={"message": {**reply, "id": "ctx-r1", "conversation_id": "ctx-1"}}).json()
    other = client.post("/v1/screen", json={"message": {**reply, "id": "ctx-r2", "conversation_id": "ctx-2"}}).json()
    assert "language.wrong_language" not in [f["code"] for f in same["findings"]]
    assert "language.wrong_language" in [f["code"] for f in other["findings"]]


def test_batch_messages_of_one_conversation_are_context_for_each_other(client):
    messages = [
        {
            "id": "bc-r",
            "conversation_id": "bc-1",
            "market": "de",
            "author": "seller",
            "sent_at": "2026-03-03T10:00:00Z",
            "text": "Hello, the phone is fully unlocked and the battery health is at ninety one percent.",
        },
        {
            "id": "bc-b",
            "conversation_id": "bc-1",
            "market": "de",
            "author": "buyer",
            "sent_at": "2026-03-03T09:00:00Z",
            "text": "Hi, sorry I only speak English. Is the phone unlocked for all networks?",
        },
    ]
    verdicts = client.post("/v1/screen/batch", json={"messages": messages}).json()["verdicts"]
    assert [v["id"] for v in verdicts] == ["bc-r", "bc-b"]  # request order kept
    assert "language.wrong_language" not in [f["code"] for f in verdicts[0]["findings"]]
