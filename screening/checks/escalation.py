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
from screening.text.sentences import sentence_spans
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
            return cls(RuleDetector())
        loaded = load_model(resources.models_dir, "escalation", resources.model_version("escalation"))
        return cls(RuleDetector(), EscalationModel(loaded.artifact), loaded.version)

    def inspect(self, message: Message, context: CheckContext) -> list[Finding]:
        return self.inspect_batch([(message, context)])[0]

    def inspect_batch(self, items: Sequence[tuple[Message, CheckContext]]) -> list[list[Finding]]:
        """`inspect` for many messages: the model scores all of them, and each of their sentences,
        in one pass (the conversation assessor and rescoring use this)."""
        texts = [message.text for message, _ in items]
        if self.model is None or not items:
            return [self._combine(message, context, None) for message, context in items]
        return [self._combine(message, context, evidence)
                for (message, context), evidence in zip(items, self._model_evidence(texts))]

    def _model_evidence(self, texts: Sequence[str]) -> list[dict[str, tuple[float, int, int]]]:
        """Per text, per category: (probability, start, end): the best of the whole message and of
        each of its sentences, with the span of the sentence that carries it. A message may report
        two problems in two sentences ("the screen flickers. And you refuse the return."); scored
        whole, each would get half the probability."""
        assert self.model is not None
        pieces: list[str] = []
        owners: list[tuple[int, int, int]] = []  # (text index, start, end) of each piece
        for index, text in enumerate(texts):
            spans = sentence_spans(text)
            whole = (spans[0][0], spans[-1][1]) if spans else (0, len(text))
            pieces.append(text)
            owners.append((index, *whole))
            if len(spans) > 1:
                for start, end in spans:
                    pieces.append(text[start:end])
                    owners.append((index, start, end))
        matrix = self.model.predict_proba(pieces)
        evidence: list[dict[str, tuple[float, int, int]]] = [{} for _ in texts]
        for (index, start, end), row in zip(owners, matrix):
            best = evidence[index]
            for label, probability in zip(self.model.labels, row.tolist()):
                if label in _DETAILS and (label not in best or probability > best[label][0]):
                    best[label] = (probability, start, end)
        return evidence

    def _combine(self, message: Message, context: CheckContext,
                 evidence: dict[str, tuple[float, int, int]] | None) -> list[Finding]:
        settings = context.policy.settings_for(self.name)
        min_score = float(settings.get("min_score", DEFAULT_MIN_SCORE))
        weight = float(settings.get("model_weight", DEFAULT_MODEL_WEIGHT))
        hits = {hit.category: hit for hit in self.detector.detect(message.text)}
        # A message made only of questions about a topic reports nothing: the model's scores are
        # cut like the rules' matches inside such questions are (GUARDED_FACTOR).
        guard = GUARDED_FACTOR if evidence and self.detector.asks_only(message.text) else 1.0
        findings = []
        for category in _DETAILS:
            hit = hits.get(category)
            rule_score = hit.score if hit else 0.0
            probability, start, end = (evidence or {}).get(category, (0.0, 0, len(message.text)))
            model_score = weight * guard * probability
            score = max(rule_score, model_score)
            if score < min_score:
                continue
            if hit is not None and rule_score >= model_score:
                findings.append(self.finding(category, score, hit.start, hit.end, detail=(
                    f"{_DETAILS[category]} ({hit.language} phrasing, {hit.matches} cue(s))")))
            else:
                findings.append(self.finding(category, score, start, end, detail=(
                    f"{_DETAILS[category]} (model, probability {probability:.2f})")))
        return findings
