"""The review queue and the decisions in the history store, the same on both backends (SQLite
file and the session's PostgreSQL server): what waits, filters and pages, append-only decisions
that keep the verdict they answered, erasure and retention."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from screening import Message
from screening.review.reviews import QueuedVerdict, ReviewError, sampled, validate

NOW = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(days=1)


def _entry(
    i: int,
    action: str = "flag",
    codes: tuple[str, ...] = ("tone.discourteous",),
    market: str = "fr",
    seller: str = "s-1",
    conversation: str | None = None,
    sent_at: datetime | None = None,
) -> QueuedVerdict:
    message = Message(
        id=f"m-{i}",
        text=f"message {i} text",
        market=market,
        seller_id=seller,
        conversation_id=conversation or f"c-{i}",
        sent_at=sent_at or NOW + timedelta(minutes=i),
    )
    findings = tuple(
        {"check": c.split(".")[0], "code": c, "score": 0.9, "start": 0, "end": 7, "detail": ""} for c in codes
    )
    return QueuedVerdict(
        message=message,
        action=action,
        codes=codes,
        findings=findings,
        explanation="expl",
        model_versions={"tone": "2026.12.5"},
        policy_version="2026.11.1",
        screened_at=NOW + timedelta(minutes=i),
        sampled=action == "allow",
    )


def test_queue_keeps_the_first_verdict_and_reads_it_back(open_store) -> None:
    store = open_store()
    first = _entry(1, action="block", codes=("contact.phone",))
    assert store.queue_verdicts([first, _entry(2)]) == 2
    assert store.queue_verdicts([_entry(1, codes=("tone.discourteous",))]) == 0  # a re-screen does not move it
    back = store.queued("m-1")
    assert back == first  # message, action, codes, findings, versions, times: every field
    assert store.queued("m-unknown") is None


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({}, ["m-0", "m-1", "m-2", "m-3", "m-4"]),  # oldest first
        ({"market": "de"}, ["m-2"]),
        ({"check": "contact"}, ["m-1", "m-2"]),
        ({"code": "contact.phone"}, ["m-1"]),
        ({"code": "contact.email"}, ["m-2"]),
        ({"check": "tone", "market": "fr"}, ["m-0", "m-3"]),
        ({"check": "escalation"}, []),
    ],
)
def test_queue_filters(open_store, filters: dict, expected: list[str]) -> None:
    store = open_store()
    store.queue_verdicts(
        [
            _entry(0),
            _entry(1, action="block", codes=("contact.phone",)),
            _entry(2, action="block", codes=("contact.email",), market="de"),
            _entry(3, codes=("tone.discourteous", "template.repeated")),
            _entry(4, action="allow", codes=()),
        ]
    )
    assert [e.message.id for e in store.queue(**filters)] == expected
    assert store.queue_count(**filters) == len(expected)


def test_queue_pages_and_drops_reviewed_messages(open_store) -> None:
    store = open_store()
    store.queue_verdicts([_entry(i) for i in range(120)])
    assert [e.message.id for e in store.queue(limit=3, offset=50)] == ["m-50", "m-51", "m-52"]
    entry = store.queued("m-0")
    store.add_review(validate(entry, "m-0", "confirm", None, "ann", None), entry)
    assert store.queue_count() == 119
    assert store.queue(limit=1)[0].message.id == "m-1"


def test_a_decision_keeps_the_verdict_it_answered(open_store) -> None:
    store = open_store()
    store.queue_verdicts([_entry(1, action="block", codes=("contact.phone",))])
    entry = store.queued("m-1")
    review = store.add_review(validate(entry, "m-1", "override", [], "ann", "a tracking number"), entry)
    assert (review.decision, review.codes, review.reviewer, review.note) == ("override", (), "ann", "a tracking number")
    assert (review.verdict_action, review.verdict_codes) == ("block", ("contact.phone",))
    assert review.model_versions == {"tone": "2026.12.5"} and review.policy_version == "2026.11.1"
    second = store.add_review(validate(entry, "m-1", "confirm", None, "bob", None), entry)  # a second opinion
    assert second.id > review.id
    assert [(r.reviewer, r.codes) for r in store.reviews()] == [("ann", ()), ("bob", ("contact.phone",))]
    assert store.reviews()[0].message.text == "message 1 text"


def test_decisions_are_append_only(open_store, history_location: str) -> None:
    store = open_store()
    store.queue_verdicts([_entry(1)])
    entry = store.queued("m-1")
    store.add_review(validate(entry, "m-1", "confirm", None, "ann", None), entry)
    with pytest.raises(Exception, match="append-only"):
        with store._review_transaction() as execute:
            execute("UPDATE reviews SET codes = ?", ('["contact.phone"]',))
    assert store.reviews()[0].codes == ("tone.discourteous",)


def test_reviews_since_market_and_check(open_store) -> None:
    store = open_store()
    store.queue_verdicts([_entry(1), _entry(2, market="de", action="block", codes=("contact.url",)), _entry(3)])
    times = {}
    for i, decision, codes in [(1, "confirm", None), (2, "override", []), (3, "override", ["contact.phone"])]:
        entry = store.queued(f"m-{i}")
        review = validate(entry, f"m-{i}", decision, codes, "ann", None)
        review = type(review)(**{**review.__dict__, "reviewed_at": NOW + timedelta(hours=i)})
        times[i] = store.add_review(review, entry).reviewed_at
    assert [r.message_id for r in store.reviews(since=times[1])] == ["m-2", "m-3"]  # strictly after
    assert [r.message_id for r in store.reviews(market="de")] == ["m-2"]
    assert [r.message_id for r in store.reviews(check="contact")] == ["m-2", "m-3"]  # either side named it
    assert [r.message_id for r in store.reviews(check="tone")] == ["m-1", "m-3"]


def test_erasure_takes_the_queue_and_the_decisions(open_store) -> None:
    store = open_store()
    store.add([_entry(1).message])
    store.queue_verdicts([_entry(1), _entry(2, action="block", codes=("contact.phone",)), _entry(3, seller="s-2")])
    entry = store.queued("m-2")
    store.add_review(validate(entry, "m-2", "confirm", None, "ann", None), entry)
    erasure = store.erase(seller_id="s-1")
    assert (erasure.deleted, erasure.review_verdicts) == (1, 2)  # the blocked one was only in the queue
    assert store.queued("m-1") is None and store.queued("m-2") is None and store.reviews() == []
    assert [e.message.id for e in store.queue()] == ["m-3"]


def test_retention_purges_queued_texts(open_store) -> None:
    store = open_store(retention_days=30)
    store.queue_verdicts([_entry(1), _entry(2, sent_at=NOW - timedelta(days=40))])
    entry = store.queued("m-2")
    store.add_review(validate(entry, "m-2", "confirm", None, "ann", None), entry)
    store.purge_expired()
    assert [e.message.id for e in store.queue()] == ["m-1"]
    kept = store.reviews()
    assert len(kept) == 1 and kept[0].message is None  # the decision stays, its text is gone
    assert kept[0].labelled_record() is None


@pytest.mark.parametrize(
    "decision, codes, field, words",
    [
        ("maybe", None, "decision", "confirm, override"),
        ("confirm", ["contact.phone"], "codes", "override"),  # not the verdict's codes
        ("override", None, "codes", "empty list"),
        ("override", ["tone.discourteous"], "codes", "confirm"),  # the verdict's own codes
        ("override", ["tone.rude"], "codes[0]", "tone.discourteous"),  # names the allowed codes
    ],
)
def test_a_bad_decision_names_the_field(decision, codes, field, words) -> None:
    with pytest.raises(ReviewError) as raised:
        validate(_entry(1), "m-1", decision, codes, "ann", None)
    assert raised.value.field == field and words in raised.value.message


def test_the_allowed_sample_is_deterministic() -> None:
    chosen = [i for i in range(10_000) if sampled(f"m-{i}", 0.02)]
    assert chosen == [i for i in range(10_000) if sampled(f"m-{i}", 0.02)]
    assert 150 < len(chosen) < 250  # about 2 %
    assert not any(sampled(f"m-{i}", 0.0) for i in range(1000))


def test_shadow_rows_carry_the_latest_decision_and_go_with_erasure(open_store) -> None:
    store = open_store()
    store.queue_verdicts([_entry(1), _entry(2)])
    rows = [
        {
            "message_id": f"m-{i}",
            "check": "tone",
            "candidate": "2026.11.1",
            "current": "2026.12.5",
            "market": "fr",
            "seller_id": "s-1",
            "conversation_id": f"c-{i}",
            "current_codes": ["tone.discourteous"],
            "candidate_codes": [] if i == 1 else ["tone.discourteous"],
            "screened_at": NOW,
        }
        for i in (1, 2)
    ]
    assert store.add_shadow(rows) == 2 and store.add_shadow(rows[:1]) == 0  # the first comparison stays
    entry = store.queued("m-1")
    store.add_review(validate(entry, "m-1", "override", [], "ann", None), entry)
    back = {r["message_id"]: r for r in store.shadow_rows(check="tone")}
    assert back["m-1"]["reviewed_codes"] == [] and back["m-2"]["reviewed_codes"] is None
    assert (back["m-1"]["candidate_codes"], back["m-1"]["current_codes"]) == ([], ["tone.discourteous"])
    store.erase(conversation_id="c-1")
    assert [r["message_id"] for r in store.shadow_rows()] == ["m-2"]


def test_the_conversation_after_a_message(open_store) -> None:
    store = open_store()
    base = NOW.replace(second=0)
    store.add(
        [
            Message(
                id=f"k-{i}",
                text=f"t {i}",
                market="fr",
                conversation_id="c-k",
                sent_at=base + timedelta(seconds=i * 0.5),
            )
            for i in range(8)
        ]
    )  # sub-second steps
    assert [m.id for m in store.conversation_after("c-k", base + timedelta(seconds=1), 3)] == ["k-3", "k-4", "k-5"]
    assert store.conversation_after("c-k", base + timedelta(seconds=9), 3) == []
