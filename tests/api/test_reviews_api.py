"""The review endpoints and console pages (docs/formats.md §7) with the app in-process, on both history
backends: what the screening routes queue, decisions and their errors, the export in JSON and
JSON lines, the queue's filters, the console's pages (highlighted spans, decisions by form)."""

from __future__ import annotations

import json
from typing import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from screening.review.reviews import sampled

PHONE = "Appelez-moi au 06 12 34 56 78, c'est plus simple."
EMAIL = "Écrivez-moi : jean [at] gmail [dot] com"
RUDE = "Vous êtes vraiment stupide, lisez l'annonce"
POLITE = "Merci, le colis part demain matin."
# Ids of allowed messages in and out of the 2 % sample (screening.review.reviews.sampled).
IN_SAMPLE = next(f"ok-{i}" for i in range(1000) if sampled(f"ok-{i}", 0.02))
OUT_OF_SAMPLE = next(f"ok-{i}" for i in range(1000) if not sampled(f"ok-{i}", 0.02))


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def client(request: pytest.FixtureRequest, tmp_path_factory) -> Iterator[TestClient]:
    if request.param == "sqlite":
        settings = Settings(history_path=tmp_path_factory.mktemp("reviews") / "history.sqlite3")
    else:
        import psycopg

        server = request.getfixturevalue("postgres_server")
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute("CREATE DATABASE reviews_api")
        settings = Settings(history_url=f"{server}/reviews_api")
    with TestClient(create_app(settings)) as test_client:
        _screen(
            test_client,
            [
                ("r-phone", PHONE, "fr"),
                ("r-email", EMAIL, "be"),
                ("r-rude", RUDE, "fr"),
                (IN_SAMPLE, POLITE, "fr"),
                (OUT_OF_SAMPLE, POLITE, "fr"),
            ],
        )
        yield test_client


def _screen(client: TestClient, messages: list[tuple[str, str, str]], **extra) -> list[dict]:
    verdicts = []
    for message_id, text, market in messages:
        response = client.post(
            "/v1/screen",
            json={
                "message": {
                    "id": message_id,
                    "text": text,
                    "market": market,
                    "seller_id": "s-review",
                    "conversation_id": f"c-{message_id}",
                },
                **extra,
            },
        )
        assert response.status_code == 200, response.text
        verdicts.append(response.json())
    return verdicts


def _queue(client: TestClient, **params) -> dict:
    response = client.get("/v1/queue", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_flagged_blocked_and_sampled_allowed_verdicts_wait(client) -> None:
    queue = _queue(client)
    waiting = {item["message"]["id"]: item for item in queue["items"]}
    assert {"r-phone", "r-email", "r-rude", IN_SAMPLE} <= set(waiting)
    assert OUT_OF_SAMPLE not in waiting  # allowed and not sampled
    assert waiting["r-phone"]["action"] == "block" and waiting["r-phone"]["codes"] == ["contact.phone"]
    assert waiting[IN_SAMPLE]["action"] == "allow" and waiting[IN_SAMPLE]["sampled"] is True
    phone = next(f for f in waiting["r-phone"]["findings"] if f["code"] == "contact.phone")
    assert PHONE[phone["start"] : phone["end"]].replace(" ", "") == "0612345678"  # the span travels with it
    assert waiting["r-phone"]["message"]["text"] == PHONE  # blocked: not in the history, kept for review
    assert waiting["r-phone"]["explanation"]


def test_record_false_queues_nothing(client) -> None:
    _screen(client, [("r-private", PHONE, "fr")], record=False)
    assert "r-private" not in {i["message"]["id"] for i in _queue(client, limit=500)["items"]}


def test_batch_verdicts_are_queued_too(client) -> None:
    response = client.post(
        "/v1/screen/batch",
        json={
            "messages": [
                {"id": "rb-1", "text": PHONE, "market": "fr", "seller_id": "s-batch"},
                {"id": "rb-2", "text": POLITE + " ", "market": "fr", "seller_id": "s-batch"},
            ]
        },
    )
    assert response.status_code == 200
    ids = {i["message"]["id"] for i in _queue(client, limit=500)["items"]}
    assert "rb-1" in ids and ("rb-2" in ids) == sampled("rb-2", 0.02)


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"market": "be"}, {"r-email"}),
        ({"code": "contact.phone"}, {"r-phone", "rb-1"}),
        ({"check": "tone"}, {"r-rude"}),
    ],
)
def test_queue_filters(client, params, expected) -> None:
    assert {i["message"]["id"] for i in _queue(client, **params)["items"]} == expected


@pytest.mark.parametrize(
    "params, field, words",
    [
        ({"market": "xx"}, "market", "known markets: at, be"),
        ({"check": "spelling"}, "check", "contact"),
        ({"code": "contact.fax"}, "code", "contact.phone"),
        ({"limit": 0}, "query.limit", "greater than or equal to 1"),
    ],
)
def test_bad_queue_parameters_name_the_field(client, params, field, words) -> None:
    response = client.get("/v1/queue", params=params)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["field"] == field and words in error["message"]


@pytest.mark.parametrize(
    "body, status, field, words",
    [
        ({"message_id": "nope", "decision": "confirm", "reviewer": "ann"}, 404, "message_id", "GET /v1/queue"),
        ({"message_id": "r-rude", "decision": "maybe", "reviewer": "ann"}, 422, "decision", "'confirm' or 'override'"),
        ({"message_id": "r-rude", "decision": "override", "reviewer": "ann"}, 422, "codes", "empty list"),
        (
            {"message_id": "r-rude", "decision": "override", "codes": ["tone.rude"], "reviewer": "ann"},
            422,
            "codes[0]",
            "tone.discourteous",
        ),
        (
            {"message_id": "r-rude", "decision": "confirm", "codes": ["contact.url"], "reviewer": "ann"},
            422,
            "codes",
            "override",
        ),
        ({"message_id": "r-rude", "decision": "confirm"}, 422, "reviewer", "Field required"),
        ({"message_id": "r-rude", "decision": "confirm", "reviewer": "ann", "extra": 1}, 422, "extra", "not permitted"),
    ],
)
def test_bad_decisions_are_4xx_naming_the_field(client, body, status, field, words) -> None:
    response = client.post("/v1/reviews", json=body)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["field"] == field and words in error["message"]


def test_decisions_are_stored_and_exported(client) -> None:
    confirm = client.post("/v1/reviews", json={"message_id": "r-phone", "decision": "confirm", "reviewer": "ann"})
    assert confirm.status_code == 201
    stored = confirm.json()
    assert stored["codes"] == ["contact.phone"] and stored["verdict"]["action"] == "block"
    assert stored["verdict"]["policy_version"] and isinstance(stored["verdict"]["model_versions"], dict)
    override = client.post(
        "/v1/reviews",
        json={
            "message_id": "r-rude",
            "decision": "override",
            "codes": [],
            "reviewer": "bob",
            "note": "irony between regulars",
        },
    )
    assert override.status_code == 201
    assert "r-phone" not in {i["message"]["id"] for i in _queue(client)["items"]}  # decided: no longer waits

    exported = client.get("/v1/reviews").json()["reviews"]
    assert [(r["message_id"], r["decision"], r["codes"]) for r in exported][-2:] == [
        ("r-phone", "confirm", ["contact.phone"]),
        ("r-rude", "override", []),
    ]
    lines = client.get("/v1/reviews", headers={"accept": "application/x-ndjson"})
    assert lines.headers["content-type"].startswith("application/x-ndjson")
    rows = [json.loads(line) for line in lines.text.splitlines()]
    assert rows == exported
    assert rows[-1]["message"]["text"] == RUDE and rows[-1]["verdict"]["codes"] == ["tone.discourteous"]
    since = client.get("/v1/reviews", params={"since": rows[-2]["reviewed_at"]}).json()["reviews"]
    assert [r["message_id"] for r in since] == ["r-rude"]
    assert [r["message_id"] for r in client.get("/v1/reviews", params={"check": "contact"}).json()["reviews"]] == [
        "r-phone"
    ]
    bad = client.get("/v1/reviews", params={"since": "yesterday"})
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "since"


def test_console_queue_and_message_pages(client) -> None:
    page = client.get("/review", params={"market": "be"})
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "r-email" in page.text and "r-rude" not in page.text
    item = client.get("/review/item/r-email")
    assert item.status_code == 200
    finding = next(f for f in _queue(client, market="be")["items"][0]["findings"] if f["code"] == "contact.email")
    marked = EMAIL[finding["start"] : finding["end"]]
    assert f'<mark data-codes="contact.email" title="contact.email">{marked}</mark>' in item.text.replace("&#39;", "'")
    assert "/review/static/console.js" in item.text and "http" not in item.text.split("<body")[0]  # no remote asset
    assert client.get("/review/item/nope").status_code == 404
    assert client.get("/review", params={"check": "spelling"}).status_code == 422


def test_console_form_decides_and_moves_on(client) -> None:
    answer = client.post(
        "/review/item/r-email",
        data={"decision": "override", "codes": ["contact.url"], "reviewer": "carol", "market": "be"},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/review?market=be&done=r-email")  # nothing else waits in be
    stored = client.get("/v1/reviews", params={"market": "be"}).json()["reviews"]
    assert [(r["decision"], r["codes"], r["reviewer"]) for r in stored] == [("override", ["contact.url"], "carol")]
    again = client.post(
        "/review/item/r-email", data={"decision": "override", "codes": ["contact.email"], "reviewer": "carol"}
    )
    assert again.status_code == 422 and "confirm" in again.text  # shown on the page, nothing stored
    forged = client.post(
        "/review/item/r-email",
        data={"decision": "confirm", "reviewer": "x"},
        headers={"origin": "https://elsewhere.example", "sec-fetch-site": "cross-site"},
    )
    assert forged.status_code == 403
    assert len(client.get("/v1/reviews", params={"market": "be"}).json()["reviews"]) == 1


def test_seller_and_model_pages(client) -> None:
    seller = client.get("/review/seller/s-review")
    assert seller.status_code == 200 and "<svg" in seller.text and "contact.phone" in seller.text
    models = client.get("/review/models")
    assert models.status_code == 200 and "contact.phone" in models.text and "tone.discourteous" in models.text
