"""Datasets for training: one row per example, with the split it belongs to written in the data.

A corpus file (CSV, UTF-8, header) has the columns

    text, label, language, group, split      required; split is train | validation | test | aux
    weight, category, hard_negative          optional (1.0, "", false)

`group` ties near-variants of one sentence together; `assign_splits` gives every group exactly one
split, so variants never straddle train and test. `aux` rows (public auxiliary data) may be used
for fitting only, never for thresholds or metrics.
"""

from __future__ import annotations

import csv
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np

SPLITS = ("train", "validation", "test", "aux")
# Ordinary conversations (the traffic format: {"lang", "market", "n", "author", "kind", "text"}) by
# writers who never saw any model's data: the tone development conversations and the traffic sets
# already studied (development data). Their messages are the ordinary negatives the escalation,
# relevance and tone models learn from. data/traffic_2, traffic_3 and traffic_4 stay out: the
# promotion gates and the README measure there.
ORDINARY_TRAFFIC = (
    ("data/tone/dev/traffic", "o*.jsonl"),
    ("data/traffic/writers", "t*.jsonl"),
    ("data/traffic_dev/writers", "t*.jsonl"),
    ("data/traffic_dev2/writers", "t*.jsonl"),
    ("data/traffic_dev3/writers", "t*.jsonl"),
    # Studied sets retired to development data in the fourteenth session: their buyers' short
    # thanks and pre-sale questions on risky topics are the hard negatives the models lacked.
    ("data/traffic_dev4/writers", "t*.jsonl"),
    ("data/traffic_dev5/writers", "t*.jsonl"),
    ("data/traffic_5/writers", "t*.jsonl"),
    # Four more writers of ordinary traffic (t32-t35), measured unseen when written.
    ("data/traffic_dev6/writers", "t*.jsonl"),
    # Three more (t42-t44, fifteenth session), measured unseen when written.
    ("data/traffic_dev7/writers", "t*.jsonl"),
    # Listed in the seventeenth session while its escalation rules were written, so development
    # data since (data/traffic_11 is the sealed set written afterwards). traffic_2 stays out: the
    # promotion gates measure ordinary traffic on it.
    ("data/traffic_3/writers", "t*.jsonl"),
    ("data/traffic_4/writers", "t*.jsonl"),
    ("data/traffic_6/writers", "t*.jsonl"),
    ("data/traffic_7/writers", "t*.jsonl"),
    ("data/traffic_8/writers", "t*.jsonl"),
    ("data/traffic_9/writers", "t*.jsonl"),
    ("data/traffic_10/writers", "t*.jsonl"),
    # Two writers (t48, t49) of the eighteenth session, measured unseen when written, then studied.
    ("data/traffic_dev8/writers", "t*.jsonl"),
)
# The languages the writers' corpora and so the models cover; the checks abstain on the others, so
# ordinary messages in the smaller markets' languages teach nothing they use.
TRAINED_LANGUAGES = frozenset({"de", "en", "es", "fr", "it", "nl", "pl", "pt"})


def ordinary_traffic_files(root: Path | str = ".") -> list[Path]:
    """The files of ORDINARY_TRAFFIC under `root`, in a fixed order."""
    return [path for folder, pattern in ORDINARY_TRAFFIC for path in sorted((Path(root) / folder).glob(pattern))]


REQUIRED_COLUMNS = ("text", "label", "language", "group", "split")


class DatasetError(ValueError):
    """A corpus file cannot be used; names the file, the row and the problem."""


@dataclass(frozen=True)
class Dataset:
    """Parallel columns; `labels` are indices into the task's label names."""

    texts: list[str]
    labels: np.ndarray
    languages: list[str]
    groups: list[str]
    splits: np.ndarray
    weights: np.ndarray
    categories: list[str]
    hard_negative: np.ndarray
    files: tuple[Path, ...] = field(default=())  # source files, hashed into the model card

    def __len__(self) -> int:
        return len(self.texts)

    def subset(self, mask: np.ndarray) -> "Dataset":
        index = np.flatnonzero(mask)
        return replace(
            self,
            texts=[self.texts[i] for i in index],
            labels=self.labels[index],
            languages=[self.languages[i] for i in index],
            groups=[self.groups[i] for i in index],
            splits=self.splits[index],
            weights=self.weights[index],
            categories=[self.categories[i] for i in index],
            hard_negative=self.hard_negative[index],
        )

    def split(self, *names: str) -> "Dataset":
        return self.subset(np.isin(self.splits, names))

    def concat(self, other: "Dataset") -> "Dataset":
        return Dataset(
            texts=self.texts + other.texts,
            labels=np.concatenate([self.labels, other.labels]),
            languages=self.languages + other.languages,
            groups=self.groups + other.groups,
            splits=np.concatenate([self.splits, other.splits]),
            weights=np.concatenate([self.weights, other.weights]),
            categories=self.categories + other.categories,
            hard_negative=np.concatenate([self.hard_negative, other.hard_negative]),
            files=tuple(dict.fromkeys(self.files + other.files)),
        )

    def counts(self) -> dict[str, int]:
        return {name: int((self.splits == name).sum()) for name in SPLITS if (self.splits == name).any()}


def from_rows(
    rows: Sequence[Mapping[str, object]], labels: Sequence[str], files: Iterable[Path] = (), source: str = "rows"
) -> Dataset:
    """Build a Dataset from dict rows (columns as in the module docstring)."""
    index = {name: i for i, name in enumerate(labels)}
    texts, ys, languages, groups, splits, weights, categories, hard = [], [], [], [], [], [], [], []
    for n, row in enumerate(rows, start=2):
        missing = [c for c in REQUIRED_COLUMNS if row.get(c) in (None, "")]
        if missing:
            raise DatasetError(f"{source} row {n}: missing {', '.join(missing)}")
        if row["label"] not in index:
            raise DatasetError(f"{source} row {n}: label {row['label']!r} is not one of {', '.join(labels)}")
        if row["split"] not in SPLITS:
            raise DatasetError(f"{source} row {n}: split {row['split']!r} is not one of {', '.join(SPLITS)}")
        texts.append(str(row["text"]))
        ys.append(index[row["label"]])
        languages.append(str(row["language"]))
        groups.append(str(row["group"]))
        splits.append(str(row["split"]))
        weights.append(float(row.get("weight") or 1.0))
        categories.append(str(row.get("category") or ""))
        hard.append(str(row.get("hard_negative") or "").lower() in ("1", "true", "yes"))
    _check_groups(groups, splits, source)
    return Dataset(
        texts=texts,
        labels=np.array(ys, dtype=int),
        languages=languages,
        groups=groups,
        splits=np.array(splits, dtype=object),
        weights=np.array(weights, dtype=float),
        categories=categories,
        hard_negative=np.array(hard, dtype=bool),
        files=tuple(files),
    )


def read_csv(path: Path, labels: Sequence[str]) -> Dataset:
    path = Path(path)
    try:
        with open(path, newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
    except FileNotFoundError:
        raise DatasetError(f"corpus file {path} does not exist") from None
    return from_rows(rows, labels, files=(path,), source=str(path))


def write_csv(path: Path, rows: Sequence[Mapping[str, object]]) -> None:
    columns = list(REQUIRED_COLUMNS) + ["weight", "category", "hard_negative"]
    extra = [c for c in rows[0] if c not in columns] if rows else []
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns + extra, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def assign_splits(
    groups: Iterable[str],
    strata: Mapping[str, str] | None = None,
    fractions: tuple[float, float] = (0.2, 0.2),
    salt: str = "splits-v1",
) -> dict[str, str]:
    """group -> 'train' | 'validation' | 'test', deterministic, never splitting a group.

    Within each stratum (e.g. the category) groups are ordered by a salted sha256 of their id; the
    first round(test * n) (at least 1 when n >= 3) go to test, the next to validation, the rest to
    train. The order depends only on ids and salt, so adding a group does not move the others'.
    """
    strata = strata or {}
    by_stratum: dict[str, list[str]] = defaultdict(list)
    for group in dict.fromkeys(groups):
        by_stratum[strata.get(group, "")].append(group)
    out: dict[str, str] = {}
    test_fraction, validation_fraction = fractions
    for members in by_stratum.values():
        members.sort(key=lambda g: hashlib.sha256(f"{salt}:{g}".encode()).hexdigest())
        n = len(members)
        n_test = max(1, round(test_fraction * n)) if n >= 3 else 0
        n_validation = max(1, round(validation_fraction * n)) if n >= 3 else 0
        for i, group in enumerate(members):
            out[group] = "test" if i < n_test else "validation" if i < n_test + n_validation else "train"
    return out


def hash_split(group: str, fractions: tuple[float, float] = (0.15, 0.15), salt: str = "splits-v2") -> str:
    """'test' | 'validation' | 'train' for one group, from a salted sha256 of its id alone.

    Unlike `assign_splits` (ranks within a stratum), a group's split never depends on the other
    groups: adding rows, writers or languages moves no existing row between splits.
    """
    test_fraction, validation_fraction = fractions
    position = int(hashlib.sha256(f"{salt}:{group}".encode()).hexdigest()[:12], 16) / float(16**12)
    if position < test_fraction:
        return "test"
    if position < test_fraction + validation_fraction:
        return "validation"
    return "train"


def _check_groups(groups: Sequence[str], splits: Sequence[str], source: str) -> None:
    seen: dict[str, str] = {}
    for group, split in zip(groups, splits):
        if split == "aux":
            continue
        if seen.setdefault(group, split) != split:
            raise DatasetError(
                f"{source}: group {group!r} is in both {seen[group]} and {split}; near-variants must stay in one split"
            )
