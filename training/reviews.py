"""Moderators' decisions as training data: `screening train TASK --reviews FILE`.

FILE is what `screening reviews export` writes (any labelled file that
screening/evaluation/labelled.py reads: records plus `codes`). Each reviewed message becomes one
row of the task's Dataset, next to data/:

- label: from the codes the moderator held true for the task's check (tone: discourteous when a
  tone code holds, else courteous; escalation: the category of the escalation code, else none);
  only messages the check screens (escalation: buyers; the other checks: sellers);
- language: the market's main language (the policy), as the check is run for that market;
- split: by conversation (hash_split of "review:<conversation>"), so one thread never straddles
  train and test, and a conversation keeps its split as more decisions arrive;
- weight: --reviews-weight (default 2: a moderator's decision on real traffic counts more than a
  written example);
- deduplicated: a text already in the corpus, or reviewed twice, is one row (the corpus row, or the
  latest decision: the export is in decision order).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from screening.text.normalize import fold_key
from training.datasets import Dataset, DatasetError, hash_split

DEFAULT_WEIGHT = 2.0


_key = fold_key


def _label(task: Any, codes: frozenset[str]) -> str:
    held = sorted(c.split(".", 1)[1] for c in codes if c.startswith(task.name + "."))
    if task.positive is not None:
        return task.positive if held else next(label for label in task.labels if label != task.positive)
    known = [reason for reason in held if reason in task.labels]
    return known[0] if known else task.labels[0]


def reviewed_dataset(
    path: Path, task: Any, corpus: Dataset, weight: float = DEFAULT_WEIGHT, policy: Any = None
) -> Dataset:
    """The reviewed messages of `path` as rows for `task`, minus texts `corpus` already has."""
    from screening.evaluation.labelled import LabelError, read_labelled
    from screening.core.policy import Policy
    from screening.batch.records import FormatError

    if weight <= 0:
        raise DatasetError(f"--reviews-weight must be positive, got {weight}")
    policy = policy or Policy.load()
    try:
        items = read_labelled(path)
    except (LabelError, FormatError) as error:
        raise DatasetError(str(error)) from None
    author = "buyer" if task.name == "escalation" else "seller"
    seen = {_key(t) for t in corpus.texts}
    rows: dict[str, tuple[str, str, str, str]] = {}
    for item in items:
        record = item.record
        if (record.get("author") or "seller") != author or record.get("market") not in policy.markets:
            continue
        key = _key(item.text)
        if not key or key in seen:
            continue
        group = f"review:{record.get('conversation_id') or record.get('id')}"
        rows.pop(key, None)  # the latest decision on a text wins
        rows[key] = (item.text, _label(task, item.codes), policy.for_market(record["market"]).language, group)
    chosen = list(rows.values())
    return Dataset(
        texts=[r[0] for r in chosen],
        labels=np.array([task.labels.index(r[1]) for r in chosen], dtype=int),
        languages=[r[2] for r in chosen],
        groups=[r[3] for r in chosen],
        splits=np.array([hash_split(r[3]) for r in chosen], dtype=object),
        weights=np.full(len(chosen), float(weight)),
        categories=["review"] * len(chosen),
        hard_negative=np.zeros(len(chosen), dtype=bool),
        files=(Path(path),),
    )


__all__ = ["DEFAULT_WEIGHT", "reviewed_dataset"]
