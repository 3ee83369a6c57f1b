"""Typed settings per policy section (screening/core/settings.py): defaults declared once in each
section's model, every market's `settings` validated against it when the policy loads."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from screening.checks.base import registered_checks
from screening.checks.contact.settings import ContactSettings
from screening.checks.escalation.settings import EscalationSettings
from screening.checks.language.settings import LanguageSettings
from screening.checks.relevance.settings import RelevanceSettings
from screening.checks.template.settings import TemplateSettings
from screening.checks.tone.settings import ToneSettings
from screening.core.policy import DEFAULT_POLICY_PATH, Policy, PolicyError
from screening.core.settings import settings_models
from screening.sla.settings import AbsenceSettings, SlaSettings


def _load(tmp_path: Path, shared: dict | None = None, market: dict | None = None) -> Policy:
    raw = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))
    for section, values in (shared or {}).items():
        raw["settings"].setdefault(section, {}).update(values)
    if market is not None:
        raw["markets"]["de"]["settings"] = market
    path = tmp_path / "policy.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return Policy.load(path)


def test_every_check_declares_its_settings():
    # Adding a check = one folder with its settings model; the policy can then configure it.
    assert set(registered_checks()) <= set(settings_models())


@pytest.mark.parametrize(
    "model, values",
    [
        # The shipped policy writes out the values each check uses; they are read through the models.
        (ContactSettings, {"split_window_minutes": 10.0, "split_window_messages": 3}),
        (TemplateSettings, {"similarity": 0.85, "min_conversations": 2, "autoresponder_threshold": 0.9}),
        (LanguageSettings, {"detector": "lingua", "extra_languages": ("nb", "hr", "et", "sl"), "min_words": 4}),
        (EscalationSettings, {"min_score": 0.5, "model_weight": 0.55}),
        (RelevanceSettings, {"min_probability": 0.70}),
        (ToneSettings, {"min_score": 0.5}),
        (SlaSettings, {"reply_within_business_hours": 24.0, "near_breach_business_hours": 4.0}),
        (AbsenceSettings, {"max_business_days_without_notice": 5, "notice_days": 14}),
    ],
)
def test_the_shipped_policy_reads_as_typed_settings(model, values):
    typed = Policy.load().for_market("fr").settings_of(model)
    for key, value in values.items():
        assert getattr(typed, key) == value


def test_defaults_fill_what_the_policy_leaves_out():
    # The shipped policy holds only what differs from the defaults; the rest comes from the models.
    raw = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))
    assert "relevance" not in raw["settings"] and "sla" not in raw["settings"]
    market = Policy.load().for_market("fr")
    assert market.settings_of(RelevanceSettings) == RelevanceSettings()  # the one place defaults live
    assert market.settings_for("sla") == SlaSettings().model_dump()


def test_the_shipped_policy_repeats_no_default():
    """A value equal to its default is written once, in the settings model (with why it was chosen)."""
    from screening.core.settings import settings_models

    raw = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))
    models = settings_models()
    repeated = [
        f"{section}.{key}"
        for section, values in raw["settings"].items()
        for key, value in values.items()
        if value not in ([], None) and models[section].model_fields[key].default == value
    ]
    assert repeated == []


def test_a_market_overrides_one_key(tmp_path):
    policy = _load(tmp_path, market={"tone": {"min_score": 0.7}})
    assert policy.for_market("de").settings_of(ToneSettings).min_score == 0.7
    assert policy.for_market("de").settings_of(RelevanceSettings) == policy.for_market("fr").settings_of(
        RelevanceSettings
    )  # the rest is shared
    assert policy.for_market("fr").settings_of(ToneSettings).min_score == 0.5


@pytest.mark.parametrize(
    "shared, market, words",
    [
        # a misspelt key names the allowed ones
        ({"tone": {"min_scor": 0.6}}, None, ["policy.yaml, settings.tone", "unknown key 'min_scor'", "min_score"]),
        # a key a former version declared says why it went and to delete it
        (
            {"tone": {"max_spans": 3}},
            None,
            ["settings.tone", "key 'max_spans' is no longer used", "one finding per reply", "delete it"],
        ),
        # a market's own mistake is named with that market
        (None, {"escalation": {"model_weight": "high"}}, ["market de, settings.escalation", "model_weight = 'high'"]),
        # out of range: a probability above 1
        ({"relevance": {"min_probability": 1.5}}, None, ["settings.relevance", "min_probability = 1.5", "less than"]),
        # a count that must be whole
        ({"template": {"min_conversations": 2.5}}, None, ["settings.template", "min_conversations = 2.5"]),
        # negative notice
        ({"absences": {"notice_days": -1}}, None, ["settings.absences", "notice_days = -1", "greater than"]),
        # a list where a number is expected
        ({"contact": {"split_window_minutes": [10]}}, None, ["settings.contact", "split_window_minutes"]),
        # a value outside a closed set
        ({"language": {"lingua_accuracy": "medium"}}, None, ["settings.language", "'low' or 'high'"]),
        # a section no check or module reads
        (
            {"spelling": {"strict": True}},
            None,
            ["policy.yaml: unknown settings section(s) spelling", "allowed: absences"],
        ),
    ],
)
def test_bad_settings_stop_the_load_naming_file_market_and_key(tmp_path, shared, market, words):
    with pytest.raises(PolicyError) as error:
        _load(tmp_path, shared, market)
    message = str(error.value)
    assert str(tmp_path / "policy.yaml") in message
    for word in words:
        assert word in message, message
