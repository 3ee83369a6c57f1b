"""training/datasets.py: group-aware splits and corpus validation."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from training.datasets import DatasetError, assign_splits, from_rows, read_csv

CORPUS = Path(__file__).resolve().parents[2] / "data" / "tone" / "corpus.csv"
LABELS = ("courteous", "discourteous")


def test_split_is_deterministic_and_keeps_strata_balanced():
    groups = [f"g{i}" for i in range(40)]
    strata = {g: "a" if i < 20 else "b" for i, g in enumerate(groups)}
    first = assign_splits(groups, strata, fractions=(0.2, 0.2), salt="s")
    assert first == assign_splits(list(reversed(groups)), strata, fractions=(0.2, 0.2), salt="s")
    for stratum in ("a", "b"):
        counts = Counter(split for g, split in first.items() if strata[g] == stratum)
        assert counts == {"train": 12, "validation": 4, "test": 4}


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        # A label outside the task's labels.
        ([{"text": "x", "label": "rude", "language": "en", "group": "g", "split": "train"}], "label 'rude'"),
        # A split name that does not exist.
        ([{"text": "x", "label": "courteous", "language": "en", "group": "g", "split": "dev"}], "split 'dev'"),
        # A required column left empty.
        ([{"text": "", "label": "courteous", "language": "en", "group": "g", "split": "train"}], "missing text"),
        # Near-variants (one group) in two splits: the leak the group column exists to prevent.
        (
            [
                {"text": "a", "label": "courteous", "language": "en", "group": "g", "split": "train"},
                {"text": "b", "label": "courteous", "language": "en", "group": "g", "split": "test"},
            ],
            "both train and test",
        ),
    ],
)
def test_bad_rows_are_refused(rows, message):
    with pytest.raises(DatasetError, match=message):
        from_rows(rows, LABELS)


def test_committed_tone_corpus_meets_the_issue():
    """At least 1,500 replies per language from several sources, short replies and hard negatives
    in every language, every split present; and the corpus is what its sources generate."""
    data = read_csv(CORPUS, LABELS)  # also proves no group straddles splits (read_csv checks it)
    with open(CORPUS, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for language in ("fr", "de", "es", "it", "nl", "pl", "pt", "en"):
        mine = [r for r in rows if r["language"] == language]
        assert len(mine) >= 1500
        assert len({r["source"] for r in mine}) >= 4  # seeds, ordinary traffic, several writers
        courteous = [r for r in mine if r["label"] == "courteous"]
        assert sum(len(r["text"].split()) <= 6 for r in courteous) >= 200
        assert sum(r["hard_negative"] == "true" for r in courteous) >= 150
        assert {r["split"] for r in mine} == {"train", "validation", "test"}
    by_group = {}
    for group, split in zip(data.groups, data.splits):
        assert by_group.setdefault(group, split) == split


def test_committed_corpus_is_regenerated_from_its_sources(tmp_path, monkeypatch):
    from training.datasets import write_csv
    from training.tone import corpus

    monkeypatch.chdir(CORPUS.parents[2])
    write_csv(tmp_path / "corpus.csv", corpus.all_rows())
    assert (tmp_path / "corpus.csv").read_bytes() == CORPUS.read_bytes()


def test_native_seed_sentences_share_groups_across_languages():
    """seeds/native/: line k of a section is one group in every language (loose equivalents never
    straddle splits), and every language has native sentences in test, validation and train."""
    with open(CORPUS, newline="", encoding="utf-8") as handle:
        native = [r for r in csv.DictReader(handle) if r["group"].startswith("native.")]
    languages_per_group: dict[str, set[str]] = {}
    for row in native:
        languages_per_group.setdefault(row["group"], set()).add(row["language"])
    assert all(len(languages) == 8 for languages in languages_per_group.values())
    for language in ("fr", "de", "es", "it", "nl", "pl", "pt", "en"):
        assert {r["split"] for r in native if r["language"] == language} == {"train", "validation", "test"}
