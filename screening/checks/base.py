"""What every check is: a named observer that turns a message into Findings.

A check never decides allow/flag/block (the policy does, see screening/core/policy.py). Adding a check
means one folder, screening/checks/<name>/, whose package imports its class decorated with
`@register` (and is named in screening/checks/__init__.py), one test file and one entry in the policy
config; tests/checks/test_check_contract.py holds it to the contract at once. Nothing else changes.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, ClassVar, Mapping, Sequence

from screening.core.types import Finding, Message

if TYPE_CHECKING:  # pragma: no cover - typing only
    from screening.store.history import HistoryStore
    from screening.core.policy import MarketPolicy, Policy


@dataclass(frozen=True)
class CheckContext:
    """What a check may know besides the message itself."""

    policy: "MarketPolicy"
    # Earlier messages of the same conversation, oldest first (request `context`, or file history
    # when rescoring).
    conversation: Sequence[Message] = ()


@dataclass(frozen=True)
class CheckResources:
    """Long-lived things checks are built from, made once at start (never at import time)."""

    policy: "Policy"
    models_dir: Path = field(default_factory=lambda: Path(__file__).resolve().parents[2] / "models")
    history: "HistoryStore | None" = None
    # check -> model version to load instead of models/<check>/DEFAULT (evaluating a candidate).
    model_versions: Mapping[str, str] = field(default_factory=dict)

    def model_version(self, check: str) -> str | None:
        return self.model_versions.get(check)


class Check(abc.ABC):
    """One rule's observer. Subclasses set `name` and implement `inspect`."""

    name: ClassVar[str]
    # Versions of the models behind this check, reported in Verdict.model_versions.
    model_versions: dict[str, str] = {}
    # Model files the check was configured to load but did not find (it runs without them, e.g. on
    # rules only); the service reports itself not ready while any is missing.
    missing_models: tuple[str, ...] = ()
    # True for a check that reads the history store (template): in an ordered batch it runs message
    # by message, after the earlier messages were recorded; the others score the batch at once.
    reads_history: ClassVar[bool] = False

    @classmethod
    def build(cls, resources: CheckResources) -> "Check":
        """Make the check from shared resources; override to load models or connect stores."""
        return cls()

    @abc.abstractmethod
    def inspect(self, message: Message, context: CheckContext) -> list[Finding]:
        """Return what this check observes in `message`; an empty list means nothing to report."""

    def inspect_batch(self, items: Sequence[tuple[Message, CheckContext]]) -> list[list[Finding]]:
        """`inspect` for many messages, same findings; checks whose models score many texts at once
        (tone, escalation) override it."""
        return [self.inspect(message, context) for message, context in items]

    def prepare_batch(self, items: Sequence[tuple[Message, CheckContext]]) -> None:  # noqa: B027 - optional hook
        """Called by an ordered batch (Screener.screen_in_order) before a check that reads the
        history judges its messages one by one: work that does not depend on the history may be
        done here for the whole batch. Findings must not change. Nothing by default."""

    def warm_up(self, policy: "Policy") -> None:  # noqa: B027 - an optional hook, not abstract
        """Build ahead what the check otherwise builds on the first message of each market (the
        service calls it beside its first requests, so none of them waits for it). Findings must
        not change. Nothing by default."""

    def release_caches(self) -> None:  # noqa: B027 - an optional hook, not abstract
        """Drop what the check remembers between messages (a long rescore calls this now and then,
        so memory stays flat); verdicts do not change. Nothing by default."""

    def finding(
        self, code: str, score: float, start: int | None = None, end: int | None = None, detail: str = ""
    ) -> Finding:
        """A Finding of this check; `code` is the part after '<check>.'."""
        return Finding(check=self.name, code=f"{self.name}.{code}", score=score, start=start, end=end, detail=detail)


_REGISTRY: dict[str, type[Check]] = {}


def register(cls: type[Check]) -> type[Check]:
    """Class decorator: make a check available to the policy under `cls.name`."""
    if cls.name in _REGISTRY and _REGISTRY[cls.name] is not cls:
        raise RuntimeError(f"two checks are registered under the name {cls.name!r}")
    _REGISTRY[cls.name] = cls
    return cls


def registered_checks() -> dict[str, type[Check]]:
    # Importing the package registers every built-in check.
    import screening.checks  # noqa: F401

    return dict(_REGISTRY)


CheckFactory = Callable[[CheckResources], Check]
