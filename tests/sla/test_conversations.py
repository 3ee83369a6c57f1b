"""Conversation assessment (R1, R6, R8, R9), the `screening sla` report and the HTTP endpoints."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from screening.sla.conversations import ConversationAssessor
from screening.core.policy import DEFAULT_POLICY_PATH, Policy
from screening.core.types import Message, parse_timestamp

QUESTION = "Bonjour, quand ma commande sera-t-elle expédiée ?"
ANSWER = "Bonjour, elle part demain."


def msg(
    mid: str,
    author: str,
    sent_at: str,
    text: str | None = None,
    market: str = "fr",
    conversation: str = "c1",
    seller: str = "s1",
) -> Message:
    text = text or (QUESTION if author == "buyer" else ANSWER)
    return Message(
        text=text,
        market=market,
        id=mid,
        conversation_id=conversation,
        seller_id=seller,
        author=author,
        sent_at=parse_timestamp(sent_at),
    )


@pytest.fixture(scope="module")
def assessor(policy) -> ConversationAssessor:
    return ConversationAssessor.create(policy)


# Times are UTC; Paris is UTC+1 in March, UTC+2 in July. 2026-03-06 is a Friday, 14 July a Tuesday.
@pytest.mark.parametrize(
    "messages, now, delays, breached, open_left",
    [
        # Answered the same day: one delay, no breach, nothing open.
        (
            [msg("b1", "buyer", "2026-03-03T08:00Z"), msg("s1", "seller", "2026-03-03T11:30Z")],
            "2026-03-04T00:00Z",
            [3.5],
            False,
            None,
        ),
        # Friday afternoon -> Monday afternoon is exactly 24 business hours: on time (the limit is "more than").
        (
            [msg("b1", "buyer", "2026-03-06T14:00Z"), msg("s1", "seller", "2026-03-09T14:00Z")],
            "2026-03-10T00:00Z",
            [24.0],
            False,
            None,
        ),
        # One minute later breaches.
        (
            [msg("b1", "buyer", "2026-03-06T14:00Z"), msg("s1", "seller", "2026-03-09T14:01Z")],
            "2026-03-10T00:00Z",
            [pytest.approx(24 + 1 / 60)],
            True,
            None,
        ),
        # Monday -> Wednesday over 14 July: 24 business hours, on time thanks to the holiday.
        (
            [msg("b1", "buyer", "2026-07-13T10:00Z"), msg("s1", "seller", "2026-07-15T10:00Z")],
            "2026-07-16T00:00Z",
            [24.0],
            False,
            None,
        ),
        # Three buyer messages in a row wait together from the first one.
        (
            [
                msg("b1", "buyer", "2026-03-03T08:00Z"),
                msg("b2", "buyer", "2026-03-03T12:00Z"),
                msg("b3", "buyer", "2026-03-04T07:00Z"),
                msg("s1", "seller", "2026-03-04T10:00Z"),
            ],
            "2026-03-05T00:00Z",
            [26.0],
            True,
            None,
        ),
        # A platform message does not stop the seller's clock; the thread is still open.
        (
            [
                msg("b1", "buyer", "2026-03-03T08:00Z"),
                msg("p1", "platform", "2026-03-03T09:00Z", "Nous relançons le vendeur."),
            ],
            "2026-03-03T20:00Z",
            [],
            False,
            12.0,
        ),
        # Answered, then a new buyer message left open: one delay and 24 - 2 business hours left.
        (
            [
                msg("b1", "buyer", "2026-03-03T08:00Z"),
                msg("s1", "seller", "2026-03-03T09:00Z"),
                msg("b2", "buyer", "2026-03-03T10:00Z"),
            ],
            "2026-03-03T12:00Z",
            [1.0],
            False,
            22.0,
        ),
        # Open over a weekend: Friday 15:00 -> Tuesday 00:00 local, 33 business hours waited: breached.
        ([msg("b1", "buyer", "2026-03-06T14:00Z")], "2026-03-09T23:00Z", [], True, -9.0),
        # A seller message before any buyer message is not a reply to anything.
        (
            [
                msg("s0", "seller", "2026-03-02T08:00Z"),
                msg("b1", "buyer", "2026-03-03T08:00Z"),
                msg("s1", "seller", "2026-03-03T09:00Z"),
            ],
            "2026-03-04T00:00Z",
            [1.0],
            False,
            None,
        ),
    ],
)
def test_reply_delays_and_breach(assessor, messages, now, delays, breached, open_left):
    result = assessor.assess(list(reversed(messages)), now=parse_timestamp(now))  # input order does not matter
    assert [r.business_hours for r in result.replies] == delays
    assert result.breached is breached
    assert (result.time_left_hours if result.open_wait else None) == (
        pytest.approx(open_left) if open_left is not None else None
    )
    codes = [f.code for f in result.findings]
    assert ("sla.breached" in codes) is breached
    if breached:
        # The policy decides: sla.* flags, citing R1 and R6; the takeover reason is R8 with the waiting ids.
        assert result.action.value == "flag" and result.rules == ("R1", "R6")
        reason = next(r for r in result.takeover_reasons if r.code == "sla.breached")
        assert (reason.rule, reason.message_ids[0]) == ("R8", "b1")


@pytest.mark.parametrize(
    "now, near",
    [
        # 3 business hours left (limit 24, near_breach 4): near breach.
        ("2026-03-04T05:00Z", True),
        # 10 hours left: not yet.
        ("2026-03-03T22:00Z", False),
        # Already late: breached, not "near".
        ("2026-03-04T09:00Z", False),
    ],
)
def test_near_breach(assessor, now, near):
    result = assessor.assess([msg("b1", "buyer", "2026-03-03T08:00Z")], now=parse_timestamp(now))
    assert result.near_breach is near
    # The deadline is 24 business hours after the buyer message.
    assert result.deadline == parse_timestamp("2026-03-04T08:00Z")


@pytest.mark.parametrize(
    "text, takeover, now_, code, rule",
    [
        # Locked device (R9): the policy blocks, i.e. the platform takes over at once.
        (
            "Le téléphone est verrouillé par le compte iCloud de l'ancien propriétaire.",
            True,
            True,
            "escalation.locked_device",
            "R9",
        ),
        # Swollen battery (R9): at once as well.
        ("The battery is swollen and the screen lifts off.", True, True, "escalation.dangerous", "R9"),
        # A refused return (R8): takeover recommended, for review.
        (
            "Vous refusez mon retour alors que je suis dans le délai de rétractation.",
            True,
            False,
            "escalation.return_refused",
            "R8",
        ),
        # A question that only mentions a topic: no takeover.
        ("Comment désactiver Localiser mon iPhone avant la reprise ?", False, False, None, None),
    ],
)
def test_takeover_from_buyer_messages(assessor, text, takeover, now_, code, rule):
    messages = [msg("b1", "buyer", "2026-03-03T08:00Z", text), msg("s1", "seller", "2026-03-03T09:00Z")]
    result = assessor.assess(messages, now=parse_timestamp("2026-03-03T10:00Z"))
    assert result.takeover is takeover
    assert result.takeover_now is now_
    if takeover:
        reason = result.takeover_reasons[0]
        assert (reason.code, reason.rule, reason.message_ids) == (code, rule, ("b1",))


def test_sla_limit_comes_from_the_policy(tmp_path: Path):
    # A market whose policy allows 48 business hours does not breach at 30.
    raw = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))
    raw["markets"]["fr"]["settings"] = {"sla": {"reply_within_business_hours": 48}}
    path = tmp_path / "policy.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    assessor = ConversationAssessor.create(Policy.load(path), escalation=False)
    messages = [msg("b1", "buyer", "2026-03-03T08:00Z"), msg("s1", "seller", "2026-03-04T14:00Z")]
    result = assessor.assess(messages, now=parse_timestamp("2026-03-05T00:00Z"))
    assert result.replies[0].business_hours == pytest.approx(30.0)
    assert (result.breached, result.limit_hours) == (False, 48.0)


# --- the report (screening sla) ------------------------------------------------------------------


def _history(path: Path) -> None:
    rows = [
        # s1: one reply in 1 h, one in 48 h (breach), one open thread near breach.
        msg("a1", "buyer", "2026-03-03T08:00Z", conversation="ca", seller="s1"),
        msg("a2", "seller", "2026-03-03T09:00Z", conversation="ca", seller="s1"),
        msg("b1", "buyer", "2026-03-06T14:00Z", conversation="cb", seller="s1"),
        msg("b2", "seller", "2026-03-10T14:00Z", conversation="cb", seller="s1"),
        msg("c1", "buyer", "2026-03-11T08:00Z", conversation="cc", seller="s1"),
        # s2 (Germany): one reply in 2 h, and a locked-device complaint (takeover now).
        msg(
            "d1",
            "buyer",
            "2026-03-03T08:00Z",
            "Das iPhone hat eine Aktivierungssperre.",
            market="de",
            conversation="cd",
            seller="s2",
        ),
        msg("d2", "seller", "2026-03-03T10:00Z", "Wir prüfen das.", market="de", conversation="cd", seller="s2"),
    ]
    with path.open("w", encoding="utf-8") as handle:
        for message in rows:
            handle.write(json.dumps(message.to_record(), ensure_ascii=False) + "\n")
        handle.write("not json\n")  # a broken line is skipped, never fatal


def test_sla_report(tmp_path: Path):
    from screening.cli import main

    history = tmp_path / "history.jsonl"
    _history(history)
    out = tmp_path / "report"
    assert main(["sla", str(history), "--output", str(out), "--now", "2026-03-12T05:00:00Z"]) == 0
    sellers = {row["seller_id"]: row for row in csv.DictReader((out / "sellers.csv").open(encoding="utf-8"))}
    # s1: delays 1 and 48 -> median 24.5, p90 43.3; 1 breach of 3 waits; the open thread has 3 h left.
    assert sellers["s1"]["replies"] == "2"
    assert sellers["s1"]["median_business_hours"] == "24.50"
    assert sellers["s1"]["p90_business_hours"] == "43.30"
    assert (sellers["s1"]["breaches"], sellers["s1"]["breach_rate"]) == ("1", "0.3333")
    assert (sellers["s1"]["open_threads"], sellers["s1"]["open_near_breach"]) == ("1", "1")
    assert sellers["s1"]["takeover_candidates"] == "1"
    # s2: no breach, but a takeover now for the locked device.
    assert (sellers["s2"]["breaches"], sellers["s2"]["takeover_now"]) == ("0", "1")
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "data:image/png;base64," in page and "R9 escalation.locked_device [d1]" in page
    # No message text ends up in the report (personal data).
    assert "Aktivierungssperre" not in page and "Aktivierungssperre" not in (out / "conversations.csv").read_text()


def test_sla_report_bad_input(tmp_path: Path, capsys):
    from screening.cli import main

    # A file type the reader does not know: exit code 2 and one line naming the problem.
    assert main(["sla", str(tmp_path / "history.txt"), "--output", str(tmp_path / "r")]) == 2
    assert "unknown file type" in capsys.readouterr().err


# --- the HTTP endpoints ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(assessor):
    from api.app import create_app
    from api.settings import Settings

    app = create_app(Settings(history_path=":memory:"))
    # No lifespan: these endpoints need only the assessor (and settings), not every model.
    app.state.assessor = assessor
    app.state.settings = Settings(history_path=":memory:")
    return TestClient(app)


def test_assess_endpoint(client):
    body = {
        "now": "2026-03-12T05:00:00Z",
        "messages": [
            json.loads(json.dumps(m.to_record()))
            for m in [
                msg("b1", "buyer", "2026-03-06T14:00Z", conversation="c1"),
                msg("s1", "seller", "2026-03-10T14:00Z", conversation="c1"),
                msg("x1", "buyer", "2026-03-11T08:00Z", conversation="c2"),
            ]
        ],
    }
    response = client.post("/v1/conversations/assess", json=body)
    assert response.status_code == 200
    c1, c2 = response.json()["conversations"]
    assert (c1["conversation_id"], c1["breached"], c1["replies"][0]["business_hours"]) == ("c1", True, 48.0)
    assert c1["takeover"]["recommended"] and c1["takeover"]["reasons"][0]["rule"] == "R8"
    assert (c2["open"], c2["time_left_business_hours"], c2["near_breach"]) == (True, 3.0, True)
    assert c2["deadline"] == "2026-03-12T08:00:00Z"


@pytest.mark.parametrize(
    "body, status, field",
    [
        # sent_at is required to measure anything.
        ({"messages": [{"text": "hi", "market": "fr", "author": "buyer"}]}, 422, "messages[0].sent_at"),
        # An unknown market names the field and the allowed values.
        ({"messages": [{"text": "hi", "market": "xx", "sent_at": "2026-03-03T08:00:00Z"}]}, 422, "messages[0].market"),
        # A bad `now`.
        ({"messages": [{"text": "hi", "market": "fr", "sent_at": "2026-03-03T08:00:00Z"}], "now": "soon"}, 422, "now"),
        # No messages at all.
        ({"messages": []}, 422, "messages"),
    ],
)
def test_assess_endpoint_errors(client, body, status, field):
    response = client.post("/v1/conversations/assess", json=body)
    assert response.status_code == status
    assert response.json()["error"]["field"] == field


@pytest.mark.parametrize(
    "body, status, expected",
    [
        # Six business days announced 14 days ahead: ok.
        (
            {"market": "fr", "start": "2026-03-09", "end": "2026-03-16", "announced_on": "2026-02-23"},
            200,
            {"ok": True, "business_days": 6, "rule": None},
        ),
        # Announced 13 days ahead: R7 with the last valid date.
        (
            {"market": "fr", "start": "2026-03-09", "end": "2026-03-16", "announced_on": "2026-02-24"},
            200,
            {"ok": False, "rule": "R7", "announce_by": "2026-02-23"},
        ),
        # Unknown market: 422 naming the field.
        ({"market": "xx", "start": "2026-03-09", "end": "2026-03-16"}, 422, {"field": "market"}),
        # End before start: 422 naming `end`.
        ({"market": "fr", "start": "2026-03-16", "end": "2026-03-09"}, 422, {"field": "end"}),
        # Not a date: 422 from the schema, naming `start`.
        ({"market": "fr", "start": "next monday", "end": "2026-03-09"}, 422, {"field": "start"}),
    ],
)
def test_absence_endpoint(client, body, status, expected):
    response = client.post("/v1/absences/validate", json=body)
    assert response.status_code == status
    data = response.json() if status == 200 else response.json()["error"]
    assert {k: data[k] for k in expected} == expected
