"""The pipeline and the policy: checks observe, the policy decides; a failing check never takes
the service down; explanations in the market's language; a bad policy file stops the start."""

from __future__ import annotations

from pathlib import Path

import pytest

from screening import Action, Finding, Message, Policy, Screener
from screening.checks.base import Check, CheckContext, CheckResources
from screening.checks.contact import ContactCheck
from screening.core.policy import DEFAULT_POLICY_PATH, PolicyError


class Exploding(Check):
    name = "exploding"

    def inspect(self, message, context):
        raise RuntimeError("model file vanished")


def policy_with(tmp_path: Path, replace: dict[str, str]) -> Policy:
    text = DEFAULT_POLICY_PATH.read_text(encoding="utf-8")
    for old, new in replace.items():
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return Policy.load(path)


def test_a_failing_check_becomes_an_error_finding_routed_to_flag(tmp_path, caplog):
    policy = policy_with(
        tmp_path,
        {
            "seller: [language, contact, template, tone, relevance]": "seller: [contact, exploding]",
            "buyer: [escalation]": "buyer: []",
        },
    )
    screener = Screener(
        policy, {"contact": ContactCheck.build(CheckResources(policy=policy)), "exploding": Exploding()}
    )
    verdict = screener.screen(Message(text="Merci, à demain", market="fr"))
    assert verdict.action is Action.FLAG
    assert [f.code for f in verdict.findings] == ["exploding.error"]
    assert "vérification automatique" in verdict.explanation
    # Logged with the check name and message id, never the text.
    assert "check_failed" in caplog.text and "Merci" not in caplog.text
    # The other checks still ran: a phone is still blocked.
    blocked = screener.screen(Message(text="appelez le 06 12 34 56 78", market="fr"))
    assert blocked.action is Action.BLOCK
    assert {f.code for f in blocked.findings} == {"contact.phone", "exploding.error"}


DECISIONS = [
    # (market, code, score, expected action, expected rules)
    ("fr", "contact.phone", 0.95, Action.BLOCK, ("R4",)),  # certain contact detail blocks
    ("fr", "contact.phone", 0.6, Action.FLAG, ("R4",)),  # weaker signal flags
    ("fr", "contact.phone", 0.3, Action.ALLOW, ()),  # below every threshold
    ("de", "tone.discourteous", 0.9, Action.FLAG, ("R2",)),  # tone flags, never blocks
    ("it", "escalation.locked_device", 0.8, Action.BLOCK, ("R9",)),  # R9 takeover at once
    ("it", "escalation.quality_issue", 0.8, Action.FLAG, ("R8",)),  # other escalations flag
    ("es", "language.error", 1.0, Action.FLAG, ("R3",)),  # a crashed check flags
]


@pytest.mark.parametrize("market,code,score,action,rules", DECISIONS)
def test_policy_decides(policy, market, code, score, action, rules):
    decision = policy.for_market(market).decide([Finding(code.split(".")[0], code, score)])
    assert decision.action is action
    assert decision.rules == rules


def test_market_override_comes_before_the_defaults(tmp_path):
    policy = policy_with(
        tmp_path,
        {
            "  nl: {languages: [nl], region: NL, timezone: Europe/Amsterdam}": "  nl: {languages: [nl], region: NL, timezone: Europe/Amsterdam,"
            " actions: [{codes: 'contact.url', flag: 0.5}]}"
        },
    )
    finding = [Finding("contact", "contact.url", 0.95)]
    assert policy.for_market("nl").decide(finding).action is Action.FLAG
    assert policy.for_market("be").decide(finding).action is Action.BLOCK


@pytest.mark.parametrize(
    "market,words",
    [
        ("fr", "plateforme"),
        ("be", "plateforme"),
        ("de", "Plattform"),
        ("ch", "Plattform"),
        ("es", "plataforma"),
        ("it", "piattaforma"),
        ("nl", "platform"),
        ("pl", "platformy"),
        ("pt", "plataforma"),
        ("uk", "platform"),
        ("se", "plattformen"),
        ("fi", "alustan"),
        ("dk", "platformen"),
        ("cz", "platformy"),
        ("sk", "platformy"),
        ("gr", "πλατφόρμας"),
        ("ro", "platformei"),
        ("hu", "platform"),
        ("us", "platform"),
    ],
)
def test_explanations_speak_the_markets_language(policy, market, words):
    decision = policy.for_market(market).decide([Finding("contact", "contact.email", 0.99)])
    assert words in policy.for_market(market).explain(decision)


@pytest.mark.parametrize(
    "replace,words",
    [
        ({"\nchecks:\n": "\nchecks: [1\n"}, ["not valid YAML"]),  # broken YAML (any version)
        (
            {
                "  fr: {languages: [fr], region: FR, timezone: Europe/Paris}": "  fr: {languages: [], region: FR, timezone: Europe/Paris}"
            },
            ["markets.fr.languages", "at least one language"],
        ),  # a market without a language
        (
            {'  - {codes: "contact.*", block: 0.85, flag: 0.5}': '  - {codes: "contact.*", block: 7, flag: 0.5}'},
            ["actions", "block"],
        ),  # threshold out of range
    ],
)
def test_a_bad_policy_file_is_named_with_its_problem(tmp_path, replace, words):
    with pytest.raises(PolicyError) as error:
        policy_with(tmp_path, replace)
    assert str(tmp_path / "policy.yaml") in str(error.value)
    for word in words:
        assert word in str(error.value)


def test_unknown_check_in_the_policy_stops_the_start(tmp_path):
    policy = policy_with(
        tmp_path, {"seller: [language, contact, template, tone, relevance]": "seller: [contact, spelling]"}
    )
    with pytest.raises(ValueError, match="unknown checks spelling"):
        Screener.create(policy)


def test_buyer_messages_get_the_buyer_checks_only(policy):
    checks = policy.for_market("fr")
    assert checks.checks_for("buyer") == ("escalation",)
    assert "contact" in checks.checks_for("seller")
    assert checks.checks_for("platform") == ()


def test_the_check_context_carries_the_market(policy):
    context = CheckContext(policy=policy.for_market("ch"))
    assert context.policy.languages == ("de", "fr", "it")
    assert context.policy.region == "CH"


def test_a_blocked_buyer_message_tells_the_seller_the_platform_takes_over(policy):
    market = policy.for_market("de")
    decision = market.decide([Finding("escalation", "escalation.locked_device", 0.9)])
    assert decision.action is Action.BLOCK
    assert market.explain(decision, author="buyer").startswith("Die Plattform übernimmt")
    assert market.explain(decision, author="seller").startswith("Ihre Nachricht kann nicht gesendet werden")
