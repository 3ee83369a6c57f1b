"""Per-market policy: which checks run, which findings lead to flag or block, what the seller is told.

Checks observe, the policy decides (STYLE.md). The policy is a YAML file in the repo
(screening/config/policy.yaml by default); it is validated with pydantic when loaded, so a bad
config stops the service at start with a message naming the file and the field.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from screening.core.settings import SectionSettings, settings_models, validate_section
from screening.core.types import Action, Finding

S = TypeVar("S", bound=SectionSettings)

DEFAULT_POLICY_PATH = Path(__file__).parent.parent / "config" / "policy.yaml"


class PolicyError(RuntimeError):
    """The policy file cannot be used; the message names the file and the problem."""


# --- config file schema (pydantic at the edge) -------------------------------------------------


class _ActionRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    codes: str = Field(description="fnmatch pattern over finding codes, e.g. 'contact.*'")
    block: float | None = Field(default=None, ge=0, le=1)
    flag: float | None = Field(default=None, ge=0, le=1)


class _Explanations(BaseModel):
    model_config = ConfigDict(extra="forbid")
    allow: str
    flag: str
    block: str
    takeover: str
    review: str
    checks: dict[str, str]
    error: str


class _MarketConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    languages: list[str]
    region: str
    timezone: str
    checks: dict[str, list[str]] | None = None
    actions: list[_ActionRule] = []
    settings: dict[str, dict[str, Any]] = {}

    @field_validator("languages")
    @classmethod
    def _non_empty(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("a market needs at least one language")
        return value


class _Calibration(BaseModel):
    """What `screening calibrate` aims at (it proposes thresholds; it never changes this file)."""

    model_config = ConfigDict(extra="forbid")
    # code pattern -> the precision a flag threshold must keep on moderators' decisions (most
    # specific pattern wins, as for `rules`)
    precision: dict[str, float] = {}
    min_decisions: int = 30  # fewer decisions on a code in a market: no proposal

    @field_validator("precision")
    @classmethod
    def _in_range(cls, value: dict[str, float]) -> dict[str, float]:
        bad = {k: v for k, v in value.items() if not 0.0 < v <= 1.0}
        if bad:
            raise ValueError(f"precision targets must be in (0, 1], got {bad}")
        return value


class _PolicyFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: str
    checks: dict[str, list[str]]
    actions: list[_ActionRule]
    rules: dict[str, list[str]]
    settings: dict[str, dict[str, Any]] = {}
    markets: dict[str, _MarketConfig]
    explanations: dict[str, _Explanations]
    calibration: "_Calibration | None" = None

    @field_validator("explanations")
    @classmethod
    def _needs_english(cls, value: dict[str, _Explanations]) -> dict[str, _Explanations]:
        if "en" not in value:
            raise ValueError("explanations must include 'en', the fallback language")
        return value


# --- the policy the library uses ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActionRule:
    codes: str
    block: float | None
    flag: float | None

    def action_for(self, score: float) -> Action:
        if self.block is not None and score >= self.block:
            return Action.BLOCK
        if self.flag is not None and score >= self.flag:
            return Action.FLAG
        return Action.ALLOW


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    rules: tuple[str, ...]
    decisive: tuple[Finding, ...]  # the findings that raised the action above allow


@dataclass(frozen=True)
class MarketPolicy:
    """Everything the pipeline needs to know about one market."""

    market: str
    languages: tuple[str, ...]
    region: str
    timezone: str
    checks_by_author: Mapping[str, tuple[str, ...]]
    action_rules: tuple[ActionRule, ...]
    rule_ids: Mapping[str, tuple[str, ...]]
    # section -> its values, defaults filled in (validated at load; see screening/core/settings.py).
    settings: Mapping[str, Mapping[str, Any]]
    explanations: _Explanations = field(repr=False)
    # The explanations in each of the market's languages that has them (be: fr, nl, de).
    explanations_by_language: Mapping[str, _Explanations] = field(default_factory=dict, repr=False)
    # settings_of's typed sections, made once per MarketPolicy (dataclasses.replace starts afresh).
    _typed: dict[type[SectionSettings], SectionSettings] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @property
    def language(self) -> str:
        """The market's main language: the one explanations are written in."""
        return self.languages[0]

    def checks_for(self, author: str) -> tuple[str, ...]:
        return self.checks_by_author.get(author, ())

    def settings_for(self, check: str) -> Mapping[str, Any]:
        """A section's values as a plain mapping (to override some with dataclasses.replace)."""
        return self.settings.get(check, {})

    def settings_of(self, model: type[S]) -> S:
        """The market's `settings.<model.section>`, typed, its defaults filled in."""
        typed = self._typed.get(model)
        if typed is None:
            where = f"settings.{model.section} of market {self.market}"
            typed = self._typed[model] = validate_section(model, self.settings_for(model.section), where)
        assert isinstance(typed, model)
        return typed

    def rule_for(self, code: str) -> ActionRule:
        for rule in self.action_rules:
            if fnmatch.fnmatchcase(code, rule.codes):
                return rule
        return ActionRule(codes="*", block=None, flag=None)

    def rules_for(self, code: str) -> tuple[str, ...]:
        # The most specific pattern wins (longest), so 'escalation.locked_device' beats 'escalation.*'.
        matches = [p for p in self.rule_ids if fnmatch.fnmatchcase(code, p)]
        if not matches:
            return ()
        return self.rule_ids[max(matches, key=len)]

    def decide(self, findings: Iterable[Finding]) -> Decision:
        action = Action.ALLOW
        rules: list[str] = []
        decisive: list[Finding] = []
        for finding in findings:
            finding_action = self.rule_for(finding.code).action_for(finding.score)
            if finding_action is Action.ALLOW:
                continue
            decisive.append(finding)
            if finding_action.rank > action.rank:
                action = finding_action
            for rule_id in self.rules_for(finding.code):
                if rule_id not in rules:
                    rules.append(rule_id)
        return Decision(action=action, rules=tuple(sorted(rules, key=_rule_sort_key)), decisive=tuple(decisive))

    def explain(self, decision: Decision, author: str = "seller", language: str | None = None) -> str:
        """A short text for the writer, in `language` when it is one of the market's languages with
        explanations, else in the market's main language. On a buyer's message it says what the
        platform does with the conversation instead."""
        texts = self.explanations_by_language.get(language or "", self.explanations)
        if decision.action is Action.ALLOW:
            return texts.allow
        if author == "buyer":
            parts = [texts.takeover if decision.action is Action.BLOCK else texts.review]
        else:
            parts = [texts.block if decision.action is Action.BLOCK else texts.flag]
        seen: set[str] = set()
        for finding in decision.decisive:
            check = finding.check
            if check in seen:
                continue
            seen.add(check)
            if finding.code.endswith(".error"):
                parts.append(texts.error)
            elif check in texts.checks:
                parts.append(texts.checks[check])
        return " ".join(parts)


class Policy:
    """All markets' policies, loaded from one YAML file."""

    def __init__(
        self,
        markets: Mapping[str, MarketPolicy],
        version: str,
        source: str,
        precision_targets: Mapping[str, float] | None = None,
        min_decisions: int = 30,
    ):
        self._markets = dict(markets)
        self.version = version
        self.source = source
        self.precision_targets = dict(precision_targets or {})
        self.min_decisions = min_decisions

    def precision_target(self, code: str) -> float | None:
        """The calibration's precision target for a code (most specific pattern), None if unset."""
        matches = [p for p in self.precision_targets if fnmatch.fnmatchcase(code, p)]
        return self.precision_targets[max(matches, key=len)] if matches else None

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Policy":
        path = Path(path) if path else DEFAULT_POLICY_PATH
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise PolicyError(f"policy file {path} does not exist") from None
        except yaml.YAMLError as exc:
            raise PolicyError(f"policy file {path} is not valid YAML: {exc}") from None
        try:
            config = _PolicyFile.model_validate(raw)
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors())
            raise PolicyError(f"policy file {path} is invalid: {problems}") from None
        calibration = config.calibration or _Calibration()
        return cls(
            _build_markets(config, path),
            version=config.version,
            source=str(path),
            precision_targets=calibration.precision,
            min_decisions=calibration.min_decisions,
        )

    @property
    def markets(self) -> frozenset[str]:
        return frozenset(self._markets)

    def for_market(self, market: str) -> MarketPolicy:
        try:
            return self._markets[market]
        except KeyError:
            raise KeyError(f"unknown market {market!r}; known markets: {', '.join(sorted(self._markets))}") from None

    @property
    def languages(self) -> frozenset[str]:
        """Every market's languages: the locales a record may carry."""
        return frozenset(lang for market in self._markets.values() for lang in market.languages)

    def all_checks(self) -> frozenset[str]:
        names: set[str] = set()
        for market in self._markets.values():
            for checks in market.checks_by_author.values():
                names.update(checks)
        return frozenset(names)


def _build_markets(config: _PolicyFile, path: Path) -> dict[str, MarketPolicy]:
    markets: dict[str, MarketPolicy] = {}
    for code, market in config.markets.items():
        language = market.languages[0]
        explanations = config.explanations.get(language, config.explanations["en"])
        settings = _market_settings(config.settings, market.settings, path, code)
        checks = {**config.checks, **(market.checks or {})}
        markets[code] = MarketPolicy(
            market=code,
            languages=tuple(market.languages),
            region=market.region,
            timezone=market.timezone,
            checks_by_author={author: tuple(names) for author, names in checks.items()},
            # Market overrides come first: first matching rule wins.
            action_rules=tuple(ActionRule(r.codes, r.block, r.flag) for r in [*market.actions, *config.actions]),
            rule_ids={pattern: tuple(ids) for pattern, ids in config.rules.items()},
            settings=settings,
            explanations=explanations,
            explanations_by_language={
                lang: config.explanations[lang] for lang in market.languages if lang in config.explanations
            },
        )
    if not markets:
        raise PolicyError(f"policy file {path} defines no markets")
    return markets


def _market_settings(
    shared: Mapping[str, Mapping[str, Any]], own: Mapping[str, Mapping[str, Any]], path: Path, market: str
) -> dict[str, dict[str, Any]]:
    """Every section's values for one market (its own merged over the shared ones, defaults filled
    in), each validated against its settings model: a bad one stops the load naming file and market."""
    models = settings_models()
    # The shared sections first, so a mistake there is named as such (not as the first market's).
    for where, sections in ((f"policy file {path}", shared), (f"policy file {path}, market {market}", own)):
        unknown = sorted(set(sections) - set(models))
        if unknown:
            raise PolicyError(
                f"{where}: unknown settings section(s) {', '.join(unknown)}; allowed: {', '.join(sorted(models))}"
            )
        for name, values in sections.items():
            _validated(models[name], values, f"{where}, settings.{name}")
    return {
        name: _validated(
            model,
            {**shared.get(name, {}), **own.get(name, {})},
            f"policy file {path}, market {market}, settings.{name}",
        ).model_dump()
        for name, model in models.items()
    }


def _validated(model: type[S], values: Mapping[str, Any], where: str) -> S:
    try:
        return validate_section(model, values, where)
    except ValueError as exc:
        raise PolicyError(str(exc)) from None


def _rule_sort_key(rule_id: str) -> tuple[int, str]:
    digits = "".join(ch for ch in rule_id if ch.isdigit())
    return (int(digits) if digits else 0, rule_id)
