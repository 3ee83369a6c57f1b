"""`POST /v1/screen/batch` records what it judges and counts it for the batch's later messages, on
both history backends (the app in-process; SQLite file, or the session's PostgreSQL server)."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta, timezone
from typing import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings

NOW = datetime.now(timezone.utc).replace(second=0, microsecond=0) - timedelta(days=1)
TEMPLATE = (
    "Bonjour {name},\nMerci pour votre commande n° {order}. Votre iPhone a été contrôlé et sera expédié "
    "sous 48 heures avec son chargeur. Vous recevrez le numéro de suivi dès l'envoi.\nCordialement,\nJean"
)
_sellers = itertools.count(1)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def client(request: pytest.FixtureRequest, tmp_path_factory) -> Iterator[TestClient]:
    if request.param == "sqlite":
        settings = Settings(history_path=tmp_path_factory.mktemp("batch") / "history.sqlite3")
    else:
        import psycopg

        server = request.getfixturevalue("postgres_server")
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute("CREATE DATABASE batch_history")
        settings = Settings(history_url=f"{server}/batch_history")
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def _replies(seller: str, count: int, **fields) -> list[dict]:
    return [
        {
            "id": f"{seller}-m{i}",
            "conversation_id": f"{seller}-c{i}",
            "seller_id": seller,
            "market": "fr",
            "author": "seller",
            "sent_at": (NOW + timedelta(minutes=i)).isoformat(),
            "text": TEMPLATE.format(name=f"Client{i}", order=4000 + i),
            **fields,
        }
        for i in range(count)
    ]


def _repeated(verdict: dict) -> bool:
    return any(f["code"] == "template.repeated" for f in verdict["findings"])


def test_identical_replies_in_one_batch_count_as_a_template(client: TestClient) -> None:
    seller = f"s-batch-{next(_sellers)}"
    # Sent in reverse order in the request: judged in sent_at order, answered in request order.
    records = list(reversed(_replies(seller, 6)))
    verdicts = client.post("/v1/screen/batch", json={"messages": records}).json()["verdicts"]
    assert [v["id"] for v in verdicts] == [r["id"] for r in records]
    by_time = list(reversed(verdicts))
    # The first two are new; from the third on, the seller has sent it to N = 2 other conversations.
    assert [_repeated(v) for v in by_time] == [False, False, True, True, True, True]
    assert [v["action"] for v in by_time[2:]] == ["flag"] * 4
    # And they were recorded: the next single reply is a template too, and re-importing is a no-op.
    later = _replies(seller, 8)[7]
    assert _repeated(client.post("/v1/screen", json={"message": later}).json())
    imported = client.post("/v1/messages", json={"messages": records}).json()
    assert imported["imported"] == 0 and imported["duplicates"] == 6


def test_record_false_writes_nothing(client: TestClient) -> None:
    seller = f"s-batch-{next(_sellers)}"
    records = _replies(seller, 3)
    client.post("/v1/screen/batch", json={"messages": records, "record": False}).raise_for_status()
    imported = client.post("/v1/messages", json={"messages": records}).json()
    assert imported["imported"] == 3  # none of them had been stored


def test_blocked_messages_are_not_recorded(client: TestClient) -> None:
    seller = f"s-batch-{next(_sellers)}"
    records = _replies(seller, 2)
    records[1]["text"] = "Bonjour, appelez-moi au 06 12 34 56 78 pour finaliser."
    verdicts = client.post("/v1/screen/batch", json={"messages": records}).json()["verdicts"]
    assert [v["action"] for v in verdicts] == ["allow", "block"]
    imported = client.post("/v1/messages", json={"messages": records}).json()
    assert imported["imported"] == 1 and imported["duplicates"] == 1  # only the allowed one was stored


def test_a_bad_record_rejects_the_whole_batch(client: TestClient) -> None:
    seller = f"s-batch-{next(_sellers)}"
    records = _replies(seller, 3)
    records[2]["market"] = "mars"
    response = client.post("/v1/screen/batch", json={"messages": records})
    assert response.status_code == 422 and response.json()["error"]["field"] == "messages[2].market"
    imported = client.post("/v1/messages", json={"messages": records[:2]}).json()
    assert imported["imported"] == 2  # nothing was written by the refused batch
