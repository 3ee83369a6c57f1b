"""Chooses the check's `model_weight` (policy settings.escalation) and which rule categories run,
on development data only (never the test split, never the sealed set).

    .venv/bin/python -m training.escalation.combination [--folds 4] [--seed 0] [--rules r9|all|none] [--weights W ...]

The model is refitted in `folds` folds over the dev groups (train + validation rows of
data/escalation/corpus.csv, a situation never in two folds); each dev message gets the check's
model evidence (best of the whole message and its sentences, EscalationCheck._model_evidence) from
a model that never saw it. For each weight the check's combination, max(rule score, weight x
probability) at min_score, is applied to that evidence. The buyer messages of the ordinary
conversations (data/tone/dev/traffic, scored by every fold's model averaged: they are not in the
corpus) count as ordinary too. The rule: the largest weight whose escalations stay <= 1% of the
ordinary dev messages (most of them hard negatives written to look like complaints: questions about
the same topics, problems already solved) and <= 2% (the traffic target) of the ordinary
conversations' buyer messages, genuine complaints among them included (their writers put some
there: 14 of the 38 flagged at weight 0.65 were an order not received after a week, 64 GB instead
of 128, three unanswered messages...). A looser rule (3% / 2.5%, weight 0.65) was tried once:
the promotion gate refused the model under it (ordinary traffic 3.7% flagged, models/escalation/
2026.12.1), so the literal target stands.

Since the ordinary conversations' buyer messages became training rows (data/escalation/build.py,
groups "traffic-..."), the averaged score above has seen them; the honest traffic estimate is
their out-of-fold evidence, printed as its own column and excluded from "dev ordinary". A second
choice is printed by the product's targets alone: the largest weight whose out-of-fold
conversations stay <= 2% escalated while the dev messages' precision stays >= 95%.
Prints counts only, never message text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import numpy as np

from screening.checks.escalation.check import EscalationCheck
from screening.checks.escalation.settings import EscalationSettings
from screening.checks.escalation import RuleDetector
from screening.checks.escalation.lexicon import CATEGORIES
from screening.evaluation.metrics import Counts
from training.escalation.task import LABELS, TASK

WEIGHTS = tuple(round(0.40 + 0.05 * i, 2) for i in range(13))  # 0.40 .. 1.00
MAX_FALSE_ESCALATIONS = 0.01
MAX_TRAFFIC_FALSE_ESCALATIONS = 0.02
MIN_PRECISION = 0.95  # the sealed target, out of fold on the dev messages (written problems and hard negatives)
# Per category (settings.escalation.model_weights): a category's weight may rise above the common
# one while it adds at most this many out-of-fold false escalations of the ordinary conversations'
# buyer messages (of ~2,500: 0.08 points each); the categories that block (R9) stop at R9_MAX_WEIGHT,
# since a false block takes a conversation away from the seller.
MAX_EXTRA_FALSE_PER_CATEGORY = 2
R9 = ("locked_device", "counterfeit", "dangerous")
R9_MAX_WEIGHT = 0.65
RULE_SETS = {"all": CATEGORIES, "r9": ("locked_device", "counterfeit", "dangerous"), "none": ()}


def conversation_buyer_messages(root: Path) -> list[str]:
    texts = []
    for path in sorted((root / "data" / "tone" / "dev" / "traffic").glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record.get("author") == "buyer":
                    texts.append(record["text"])
    return texts


def _evidence_matrix(check: EscalationCheck, texts: list[str]) -> np.ndarray:
    """(n, categories) model evidence, columns in CATEGORIES order."""
    evidence = check._model_evidence(texts)
    return np.array([[e.get(c, (0.0, 0, 0))[0] for c in CATEGORIES] for e in evidence]).reshape(
        len(texts), len(CATEGORIES)
    )


def out_of_fold(root: Path, folds: int, seed: int, params: dict, extra: list[str]):
    """Dev texts, their label indices, out-of-fold evidence and the evidence on `extra` texts."""
    data = TASK.load(root)
    aux = data.split("aux")
    dev = data.split("train", "validation")
    fold_of = np.array([int(hashlib.sha256(f"esc-oof|{g}".encode()).hexdigest(), 16) % folds for g in dev.groups])
    evidence = np.zeros((len(dev), len(CATEGORIES)))
    extra_evidence = np.zeros((len(extra), len(CATEGORIES)))
    for fold in range(folds):
        held = fold_of == fold
        fitted = TASK.fit(dev.subset(~held).concat(aux), params, seed)
        check = EscalationCheck(RuleDetector(categories=()), TASK.model(TASK.export(fitted)))
        evidence[held] = _evidence_matrix(check, [t for t, h in zip(dev.texts, held) if h])
        if extra:
            extra_evidence += _evidence_matrix(check, extra) / folds
    return dev.texts, dev.labels, evidence, extra_evidence, np.asarray(dev.groups)


def rule_matrix(detector: RuleDetector, texts: list[str]) -> np.ndarray:
    scores = np.zeros((len(texts), len(CATEGORIES)))
    for i, text in enumerate(texts):
        for hit in detector.detect(text):
            scores[i, CATEGORIES.index(hit.category)] = hit.score
    return scores


def guards(detector: RuleDetector, texts: list[str]) -> np.ndarray:
    """The model evidence is already guarded (EscalationCheck._model_evidence)."""
    return np.ones(len(texts))


def flagged(rules: np.ndarray, evidence: np.ndarray, guard: np.ndarray, weight: float, min_score: float) -> np.ndarray:
    """(n, categories) booleans: the categories the check reports."""
    return np.maximum(rules, weight * guard[:, None] * evidence) >= min_score


def per_category(truth: np.ndarray, found: np.ndarray) -> tuple[float, dict[str, tuple[float, float]]]:
    """Macro-F1 and (precision, recall) per category; a message may report several categories."""
    out, f1s = {}, []
    for k, category in enumerate(CATEGORIES):
        label = LABELS.index(category)
        tp = int(np.sum(found[:, k] & (truth == label)))
        fp = int(np.sum(found[:, k] & (truth != label)))
        fn = int(np.sum(~found[:, k] & (truth == label)))
        counts = Counts(tp, fp, fn)
        out[category] = (counts.precision, counts.recall)
        f1s.append(counts.f1_from_counts)
    return float(np.mean(f1s)), out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m training.escalation.combination")
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rules", choices=sorted(RULE_SETS), default="r9", help="rule categories the check runs")
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a training parameter (JSON value), e.g. --param C=10",
    )
    parser.add_argument("--root", type=Path, default=Path("."))
    parser.add_argument(
        "--weights", type=float, nargs="+", default=WEIGHTS, help="model weights to compare (default 0.40 .. 1.00)"
    )
    args = parser.parse_args(argv)
    params = {**TASK.params, **{k: json.loads(v) for k, v in (p.split("=", 1) for p in args.param)}}
    extra = conversation_buyer_messages(args.root)
    texts, truth, evidence, extra_evidence, groups = out_of_fold(args.root, args.folds, args.seed, params, extra)
    # The ordinary conversations' buyer messages in the corpus (data/escalation/build.py, group
    # "traffic-..."): each scored by the fold model that never saw it, the honest traffic estimate.
    conversation = np.char.startswith(groups.astype(str), "traffic-")
    detector = RuleDetector(categories=RULE_SETS[args.rules])
    rules, guard = rule_matrix(detector, texts), guards(detector, texts)
    extra_rules, extra_guard = rule_matrix(detector, extra), guards(detector, extra)
    ordinary = (truth == 0) & ~conversation
    print(
        f"dev messages={len(texts)} ordinary={int(ordinary.sum())} conversation buyer messages={len(extra)} "
        f"folds={args.folds} rules={args.rules} params={json.dumps(params)}"
    )
    print(
        "weight  macro-F1  false escalations (dev ordinary, conversations, conversations in the corpus out of fold)  "
        "precision  recall per category"
    )
    chosen, chosen_by_traffic = None, None
    false_by_category: dict[float, np.ndarray] = {}
    for weight in (0.0, *args.weights):
        found = flagged(rules, evidence, guard, weight, EscalationSettings().min_score)
        false_by_category[weight] = found[conversation].sum(axis=0)
        macro, categories = per_category(truth, found)
        false = int(np.sum(found[ordinary].any(axis=1)))
        false_extra = int(
            np.sum(
                flagged(extra_rules, extra_evidence, extra_guard, weight, EscalationSettings().min_score).any(axis=1)
            )
        )
        false_conversation = int(np.sum(found[conversation].any(axis=1)))
        reported = found.any(axis=1) & ~conversation
        precision = float(np.sum(reported & (truth != 0)) / max(1, np.sum(reported)))
        recalls = " ".join(f"{c[:6]} {r:.2f}" for c, (_, r) in categories.items())
        print(
            f"{weight:6.2f}  {macro:8.3f}  {false:4}/{int(ordinary.sum())}  {false_extra:3}/{len(extra)}  "
            f"{false_conversation:3}/{int(conversation.sum())}  {precision:.3f}  {recalls}"
        )
        if (
            weight
            and false_conversation <= MAX_TRAFFIC_FALSE_ESCALATIONS * conversation.sum()
            and precision >= MIN_PRECISION
        ):
            chosen_by_traffic = weight
        if (
            weight
            and false <= MAX_FALSE_ESCALATIONS * ordinary.sum()
            and false_extra <= MAX_TRAFFIC_FALSE_ESCALATIONS * len(extra)
        ):
            chosen = weight
    print(
        f"chosen model_weight: {chosen} (largest with false escalations <= {MAX_FALSE_ESCALATIONS:.0%} of dev "
        f"ordinary messages and <= {MAX_TRAFFIC_FALSE_ESCALATIONS:.0%} of conversation buyer messages)"
    )
    print(
        f"by the product's targets: {chosen_by_traffic} (largest with the corpus's ordinary conversations' buyer "
        f"messages, out of fold, escalated <= {MAX_TRAFFIC_FALSE_ESCALATIONS:.0%} and dev precision >= {MIN_PRECISION:.0%})"
    )
    base = chosen_by_traffic or EscalationSettings().model_weight
    if base in false_by_category:
        per_category_weights = per_category_choice(false_by_category, base)
        weights = np.array([per_category_weights[c] for c in CATEGORIES])
        found = np.maximum(rules, guard[:, None] * evidence * weights[None, :]) >= EscalationSettings().min_score
        macro, categories = per_category(truth, found)
        print(
            f"per category (common weight {base}; each at most {MAX_EXTRA_FALSE_PER_CATEGORY} more ordinary "
            f"conversations' buyer messages, R9 at most {R9_MAX_WEIGHT}): {json.dumps(per_category_weights)}"
        )
        print(
            f"   with them: macro-F1 {macro:.3f}, conversations escalated {int(found[conversation].any(axis=1).sum())}"
            f"/{int(conversation.sum())}, recall " + " ".join(f"{c[:6]} {r:.2f}" for c, (_, r) in categories.items())
        )


def per_category_choice(false_by_category: dict[float, np.ndarray], base: float) -> dict[str, float]:
    """For each category the largest weight (>= base) whose out-of-fold false escalations of the
    ordinary conversations exceed the base weight's by at most MAX_EXTRA_FALSE_PER_CATEGORY."""
    out = {}
    for k, category in enumerate(CATEGORIES):
        best = base
        for weight in sorted(w for w in false_by_category if w > base):
            if category in R9 and weight > R9_MAX_WEIGHT:
                break
            if false_by_category[weight][k] - false_by_category[base][k] > MAX_EXTRA_FALSE_PER_CATEGORY:
                break
            best = weight
        out[category] = best
    return out


if __name__ == "__main__":
    main()
