"""What every registered check must do, whatever it looks for (in the spirit of scikit-learn's
check_estimator): findings of its own name with codes the policy knows, scores in 0..1, spans inside
the text, the same answer twice, the same answer one by one and in a batch, nothing on empty text,
and a 20,000-character message answered within a time budget."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest

from screening.checks.base import CheckContext, registered_checks
from screening.evaluation.runner import evaluation_screener
from screening.core.types import MAX_TEXT_LENGTH, Message

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)

# Ordinary and offending texts of both authors and several markets: every check gets some it flags.
SAMPLES = [
    ("fr", "seller", "Bonjour, oui il est disponible et part demain."),
    ("fr", "seller", "Appelez-moi au 06 12 34 56 78 ou écrivez à jean.dupont@gmail.com"),
    ("de", "seller", "Können Sie nicht lesen? Steht doch alles in der Beschreibung, Sie Idiot."),
    ("uk", "seller", "Thank you for your message. This is an automatic reply, we will answer within 24 hours."),
    ("it", "seller", "Hello, the phone ships tomorrow with a charger and a case."),
    ("es", "buyer", "El móvil me pide el Apple ID del dueño anterior y no puedo usarlo."),
    ("pl", "buyer", "Bateria się wybrzuszyła i tylna klapka odstaje, boję się go ładować."),
    ("pt", "buyer", "Olá, ainda está disponível?"),
    ("nl", "seller", "🙂🙂 Bel me op 06 12 34 56 78!"),
    ("be", "seller", "x"),
    # One exchange (the same conversation): checks that read the conversation (relevance) get the
    # buyer's question as context for the seller's reply that ignores it.
    ("uk", "buyer", "When will my order be shipped? I paid on Monday."),
    ("uk", "seller", "Thank you so much for your purchase, we hope you will enjoy your new phone!"),
]
# Samples that belong to one conversation (index -> conversation id); the others are one each.
CONVERSATIONS = {10: "conv-exchange", 11: "conv-exchange"}
LONG = ("Bonjour, le téléphone est en parfait état, batterie 91 %, écran sans rayure. " * 400)[:MAX_TEXT_LENGTH]
# The longest text allowed, dense with what the checks look for (numbers, addresses, links, insults).
LONG_DENSE = ("Appelez le 06 12 34 56 78, jean.dupont@gmail.com, www.monshop.fr, espèce d'idiot ! " * 300)[
    :MAX_TEXT_LENGTH
]
# A 20,000-character message within this many seconds per check: 40 times the per-check target of
# bench/bench_adversarial.py (50 ms; the slowest check takes ~0.2 s here on its first long text), so
# a busy CI machine passes and a check gone quadratic (seconds on 20,000 characters) does not.
LONG_BUDGET_S = 2.0


@pytest.fixture(scope="module")
def setup():
    screener, _history = evaluation_screener()
    return screener


def _messages() -> list[Message]:
    out = []
    for i, (market, author, text) in enumerate(SAMPLES):
        out.append(
            Message(
                text=text,
                market=market,
                id=f"c{i}",
                author=author,
                conversation_id=CONVERSATIONS.get(i, f"conv{i}"),
                seller_id=f"s{i % 3}",
                sent_at=T0 + timedelta(minutes=i),
            )
        )
    return out


def _context(screener, message: Message) -> CheckContext:
    """The policy of the message's market and the samples sent before it in its conversation."""
    earlier = tuple(
        m for m in _messages() if m.conversation_id == message.conversation_id and m.sent_at < message.sent_at
    )
    return CheckContext(policy=screener.policy.for_market(message.market), conversation=earlier)


def test_every_registered_check_is_built_by_the_policy(setup):
    assert set(registered_checks()) == set(setup.checks)


@pytest.mark.parametrize("name", sorted(registered_checks()))
def test_findings_are_well_formed_and_known_to_the_policy(setup, name):
    check = setup.checks[name]
    found_any = False
    for message in _messages():
        policy = setup.policy.for_market(message.market)
        for finding in check.inspect(message, _context(setup, message)):
            found_any = True
            assert finding.check == name
            assert finding.code.startswith(f"{name}.") and finding.code != f"{name}."
            assert 0.0 <= finding.score <= 1.0
            assert (finding.start is None) == (finding.end is None)
            if finding.start is not None:
                assert 0 <= finding.start < finding.end <= len(message.text), (finding, message.text)
            assert policy.rules_for(finding.code), f"{finding.code} has no rule in the policy"
    if name != "template":  # the template check needs a seller's history before it finds anything
        assert found_any, f"no sample makes {name} find anything: the samples no longer exercise it"


@pytest.mark.parametrize("name", sorted(registered_checks()))
def test_the_same_message_gets_the_same_findings(setup, name):
    check = setup.checks[name]
    for message in _messages():
        assert check.inspect(message, _context(setup, message)) == check.inspect(message, _context(setup, message))


@pytest.mark.parametrize("name", sorted(registered_checks()))
def test_a_batch_answers_as_one_by_one(setup, name):
    check = setup.checks[name]
    items = [(m, _context(setup, m)) for m in _messages()]
    assert check.inspect_batch(items) == [check.inspect(m, c) for m, c in items]


@pytest.mark.parametrize("name", sorted(registered_checks()))
@pytest.mark.parametrize("author", ["seller", "buyer"])
def test_empty_and_blank_texts_give_nothing(setup, name, author):
    check = setup.checks[name]
    for text in ("", " ", "\u200b", "\n\n"):
        message = Message(text=text, market="fr", author=author)
        assert check.inspect(message, _context(setup, message)) == []


@pytest.mark.parametrize("name", sorted(registered_checks()))
@pytest.mark.parametrize("author", ["seller", "buyer"])
@pytest.mark.parametrize(
    "text",
    [
        LONG,  # ordinary words, repeated up to the limit
        LONG_DENSE,  # a finding every few words, up to the limit
    ],
    ids=["ordinary", "dense"],
)
def test_the_longest_message_allowed_is_answered_within_budget(setup, name, author, text):
    check = setup.checks[name]
    message = Message(text=text, market="fr", author=author)
    context = _context(setup, message)
    check.inspect(Message(text="Bonjour, merci.", market="fr", author=author), context)  # first use is not timed
    started = time.perf_counter()
    found = check.inspect(message, context)
    elapsed = time.perf_counter() - started
    for finding in found:
        assert finding.start is None or 0 <= finding.start < finding.end <= len(text)
    assert elapsed < LONG_BUDGET_S, f"{name} took {elapsed:.2f} s on {len(text):,} characters"
