"""The escalation check: does a buyer's message call for the platform to take over (rules R8, R9)?

Codes (CONTRACT §2): escalation.locked_device, .counterfeit, .dangerous (R9, the policy takes over at
once), .not_as_described, .quality_issue, .return_refused, .no_response (R8, flagged for review).
One finding per category found, its span on the phrase that shows it, in the original text.

Two observers, combined per category as max(rule score, model_weight x model probability):
- the rule lexicon of screening/escalation/ (fr, de, es, it, nl, pl, pt, en, all run on every
  message: a buyer may write in any language); a question that only mentions a topic ("how do I
  turn off Find My iPhone before trade-in?") scores below `min_score`;
- the trained model models/escalation/DEFAULT (screening train escalation), when there is one. It
  can add a category the rules missed (no span: the whole message) but never remove one.
Settings (policy `settings.escalation`): min_score, model_weight. Accuracy: data/escalation/README.md.
"""

from __future__ import annotations

import logging
from typing import Sequence

from screening.checks.base import Check, CheckContext, CheckResources, register
from screening.escalation import RuleDetector
from screening.escalation.rules import GUARDED_FACTOR
from screening.escalation.model import EscalationModel
from screening.types import Finding, Message

log = logging.getLogger(__name__)

RULES_VERSION = "2026.12.1"  # rounds 7-8 (data/escalation/README.md) + question clauses without a question word
DEFAULT_MIN_SCORE = 0.5
# The model alone reaches min_score only when it is this sure: 0.5 / 0.55 = 0.91 probability
# (policy.yaml says how the weight was chosen).
DEFAULT_MODEL_WEIGHT = 0.55

_DETAILS = {
    "locked_device": "buyer reports a device locked (iCloud/Activation Lock, Apple ID, Google FRP, passcode, carrier lock or blacklisted IMEI)",
    "counterfeit": "buyer reports a counterfeit or non-genuine device or part",
    "dangerous": "buyer reports a dangerous device (swollen battery, overheating, smoke, burning smell, sparks)",
    "not_as_described": "buyer reports the item differs from the listing (grade, capacity, colour or model)",
    "quality_issue": "buyer reports a defect after delivery",
    "return_refused": "buyer reports a refused return, refund or warranty claim",
    "no_response": "buyer reports the seller does not answer",
}


@register
class EscalationCheck(Check):
    name = "escalation"

    def __init__(self, detector: RuleDetector | None = None, model: EscalationModel | None = None,
                 model_version: str | None = None):
        self.detector = detector or RuleDetector()
        self.model = model
        self.model_versions = {"escalation_rules": RULES_VERSION}
        if model is not None:
            self.model_versions["escalation"] = model_version or "unversioned"

    @classmethod
    def build(cls, resources: CheckResources) -> "EscalationCheck":
        from screening.models import DEFAULT_POINTER, load_model

        pointer = resources.models_dir / "escalation" / DEFAULT_POINTER
        if not pointer.exists():
            # The rules stand on their own; a model that exists but fails its hash check still
            # stops the service (load_model raises), as for every model.
            log.warning("escalation_model_missing pointer=%s mode=rules_only", pointer)
            check = cls(RuleDetector())
            check.missing_models = (str(pointer),)
            return check
        loaded = load_model(resources.models_dir, "escalation", resources.model_version("escalation"))
        return cls(RuleDetector(), EscalationModel(loaded.artifact), loaded.version)

    def inspect(self, message: Message, context: CheckContext) -> list[Finding]:
        return self.inspect_batch([(message, context)])[0]

    def inspect_batch(self, items: Sequence[tuple[Message, CheckContext]]) -> list[list[Finding]]:
        """`inspect` for many messages: the model scores them in one pass (the conversation
        assessor uses this; ~3x less time per message than one by one)."""
        probabilities: list[dict[str, float]] = [{} for _ in items]
        if self.model is not None and items:
            matrix = self.model.predict_proba([message.text for message, _ in items])
            probabilities = [dict(zip(self.model.labels, row.tolist())) for row in matrix]
        return [self._combine(message, context, probs) for (message, context), probs in zip(items, probabilities)]

    def _combine(self, message: Message, context: CheckContext, probabilities: dict[str, float]) -> list[Finding]:
        settings = context.policy.settings_for(self.name)
        min_score = float(settings.get("min_score", DEFAULT_MIN_SCORE))
        weight = float(settings.get("model_weight", DEFAULT_MODEL_WEIGHT))
        hits = {hit.category: hit for hit in self.detector.detect(message.text)}
        # A message made only of questions about a topic reports nothing: the model's scores are
        # cut like the rules' matches inside such questions are (GUARDED_FACTOR).
        guard = GUARDED_FACTOR if probabilities and self.detector.asks_only(message.text) else 1.0
        findings = []
        for category in _DETAILS:
            hit = hits.get(category)
            rule_score = hit.score if hit else 0.0
            model_score = weight * guard * probabilities.get(category, 0.0)
            score = max(rule_score, model_score)
            if score < min_score:
                continue
            if hit is not None and rule_score >= model_score:
                findings.append(self.finding(category, score, hit.start, hit.end, detail=(
                    f"{_DETAILS[category]} ({hit.language} phrasing, {hit.matches} cue(s))")))
            else:
                findings.append(self.finding(category, score, detail=(
                    f"{_DETAILS[category]} (model, probability {probabilities[category]:.2f})")))
        return findings
