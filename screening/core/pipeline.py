"""The Screener: runs the checks a market's policy names on a message and lets the policy decide."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from screening.checks.base import Check, CheckContext, CheckResources, registered_checks
from screening.core.policy import MarketPolicy, Policy
from screening.core.types import Action, Finding, Message, RecordError, Verdict

log = logging.getLogger(__name__)


class Screener:
    """Judges messages. Build it once (models load here, not at import) and reuse it."""

    def __init__(self, policy: Policy, checks: Mapping[str, Check], only: Iterable[str] | None = None):
        # `only`: run just these checks (evaluating one check); by default every check the policy names.
        self.only = frozenset(only) if only is not None else None
        wanted = policy.all_checks() if self.only is None else policy.all_checks() & self.only
        missing = sorted(wanted - set(checks))
        if missing:
            raise ValueError(f"the policy {policy.source} names checks that are not built: {', '.join(missing)}")
        self.policy = policy
        self.checks = dict(checks)

    @classmethod
    def create(
        cls,
        policy: Policy | None = None,
        *,
        models_dir: Path | None = None,
        history: Any = None,
        model_versions: Mapping[str, str] | None = None,
        only: Iterable[str] | None = None,
        reuse: "Screener | None" = None,
    ) -> "Screener":
        """Build every check the policy names (or just `only`) from the registry.

        `model_versions` ({"tone": "2026.12.1"}) loads those versions instead of each check's DEFAULT.
        `reuse`: a screener built from the same policy and models; its checks that do not read the
        history are taken as they are (no model is loaded again), the others are built over `history`.
        """
        policy = policy or Policy.load()
        resources = CheckResources(
            policy=policy,
            history=history,
            model_versions=dict(model_versions or {}),
            **({"models_dir": models_dir} if models_dir else {}),
        )
        registry = registered_checks()
        unknown = sorted((policy.all_checks() | set(only or ())) - set(registry))
        if unknown:
            raise ValueError(
                f"the policy {policy.source} names unknown checks {', '.join(unknown)}; "
                f"known checks: {', '.join(sorted(registry))}"
            )
        names = sorted(policy.all_checks() if only is None else policy.all_checks() & set(only))
        kept = reuse.checks if reuse is not None else {}
        checks = {
            name: kept[name] if name in kept and not kept[name].reads_history else registry[name].build(resources)
            for name in names
        }
        return cls(policy, checks, only=only)

    @property
    def known_markets(self) -> frozenset[str]:
        return self.policy.markets

    @property
    def model_versions(self) -> dict[str, str]:
        versions: dict[str, str] = {}
        for check in self.checks.values():
            versions.update(check.model_versions)
        return versions

    def message_from_record(self, record: Mapping[str, Any]) -> Message:
        """Validate a docs/formats.md §1 record against this policy's markets (raises RecordError)."""
        return Message.from_record(record, known_markets=self.known_markets, known_locales=self.policy.languages)

    def screen(self, message: Message, conversation: Sequence[Message] = ()) -> Verdict:
        started = time.perf_counter()
        market_policy = self.policy.for_market(message.market)
        context = CheckContext(policy=market_policy, conversation=tuple(conversation))
        found = {name: self._run_check(self.checks[name], message, context) for name in self._names(message)}
        return self._verdict(message, market_policy, found, started)

    def screen_in_order(
        self,
        items: Sequence[tuple[Message, Sequence[Message]]],
        record: Callable[[Message, Verdict], None] | None = None,
        before_history: Callable[[Message], None] | None = None,
    ) -> list[Verdict]:
        """(message, earlier messages of its conversation) in time order -> their verdicts, the same
        as `screen` one by one with `record(message, verdict)` after each (rescoring records every
        message into the history the next ones are judged against). Checks that do not read the
        history score the whole batch in one call (`inspect_batch`); the history's checks run
        message by message, after the earlier messages were recorded: `before_history(message)`
        is called first, so a recorder that defers its writes can make those this message needs."""
        started = time.perf_counter()
        contexts = [CheckContext(policy=self.policy.for_market(m.market), conversation=tuple(c)) for m, c in items]
        names = [self._names(message) for message, _ in items]
        batched: dict[str, dict[int, list[Finding]]] = {}
        for name, check in self.checks.items():
            if check.reads_history:
                continue
            wanted = [i for i, own in enumerate(names) if name in own]
            if wanted:
                batch_found = self._run_batch(check, [(items[i][0], contexts[i]) for i in wanted])
                batched[name] = dict(zip(wanted, batch_found))
        for name, check in self.checks.items():
            if check.reads_history:
                wanted = [i for i, own in enumerate(names) if name in own]
                if wanted:
                    try:
                        check.prepare_batch([(items[i][0], contexts[i]) for i in wanted])
                    except Exception:  # noqa: BLE001 - an optimisation only: the check still runs per message
                        log.warning("prepare_batch_failed check=%s", name, exc_info=True)
        shared_s = (time.perf_counter() - started) / max(len(items), 1)  # batch work, shared evenly
        verdicts = []
        for i, (message, _) in enumerate(items):
            own_start = time.perf_counter() - shared_s
            if before_history is not None and any(n not in batched for n in names[i]):
                before_history(message)
            found = {
                name: batched[name][i] if name in batched else self._run_check(self.checks[name], message, contexts[i])
                for name in names[i]
            }
            verdict = self._verdict(message, contexts[i].policy, found, own_start)
            if record is not None:
                record(message, verdict)
            verdicts.append(verdict)
        return verdicts

    def warm_up(self) -> None:
        """Every check builds ahead what it would build on a market's first message (Check.warm_up)."""
        for check in self.checks.values():
            check.warm_up(self.policy)

    def release_caches(self) -> None:
        """Every check drops what it remembers between messages (see Check.release_caches)."""
        for check in self.checks.values():
            check.release_caches()

    def _names(self, message: Message) -> list[str]:
        """The checks the market's policy runs on this author's messages, in the policy's order."""
        market_policy = self.policy.for_market(message.market)
        return [name for name in market_policy.checks_for(message.author) if self.only is None or name in self.only]

    def _verdict(
        self, message: Message, market_policy: MarketPolicy, found: Mapping[str, list[Finding]], started: float
    ) -> Verdict:
        findings: list[Finding] = []
        versions: dict[str, str] = {}
        for name, own in found.items():  # the policy's order: the sort below is stable on ties
            versions.update(self.checks[name].model_versions)
            findings.extend(own)
        findings.sort(key=lambda f: (f.start if f.start is not None else -1, f.code))
        decision = market_policy.decide(findings)
        return Verdict(
            id=message.id,
            action=decision.action,
            findings=tuple(findings),
            explanation=market_policy.explain(decision, message.author, self._writer_language(message, market_policy)),
            rules=decision.rules,
            model_versions=versions,
            elapsed_ms=(time.perf_counter() - started) * 1000.0,
        )

    def _writer_language(self, message: Message, market_policy: MarketPolicy) -> str | None:
        """The language to explain in: the record's `locale` when the market has it, else (in a
        market of several languages) the one the message is written in, else None (the market's
        first language)."""
        if message.locale in market_policy.languages:
            return message.locale
        detector = self.checks.get("language")
        if len(market_policy.languages) > 1 and detector is not None and hasattr(detector, "written_language"):
            written: str | None = detector.written_language(message.text, market_policy.languages)
            return written
        return None

    def screen_many(self, messages: Iterable[Message]) -> list[Verdict]:
        return [self.screen(message) for message in messages]

    def error_verdict(self, record_id: str, error: RecordError) -> Verdict:
        """The verdict for a record that could not be screened: flagged, never silently allowed."""
        return Verdict(
            id=record_id,
            action=Action.FLAG,
            explanation=f"Invalid record: {error}",
            error={"code": "invalid_record", "field": error.field, "message": str(error)},
        )

    @classmethod
    def _run_batch(cls, check: Check, items: Sequence[tuple[Message, CheckContext]]) -> list[list[Finding]]:
        try:
            return [list(found) for found in check.inspect_batch(items)]
        except Exception:  # noqa: BLE001 - one message must not fail its batch: each alone, as `screen`
            return [cls._run_check(check, message, context) for message, context in items]

    @staticmethod
    def _run_check(check: Check, message: Message, context: CheckContext) -> list[Finding]:
        try:
            return list(check.inspect(message, context))
        except Exception as exc:  # noqa: BLE001 - one failing check must never take the service down
            # Never log message text: only ids and the error type, with the traceback.
            log.error(
                "check_failed check=%s message_id=%s error=%s",
                check.name,
                message.id,
                type(exc).__name__,
                exc_info=True,
            )
            return [
                Finding(
                    check=check.name,
                    code=f"{check.name}.error",
                    score=1.0,
                    detail=f"the {check.name} check failed ({type(exc).__name__}); a person should review",
                )
            ]
