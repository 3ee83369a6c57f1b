"""Moderators' decisions as training rows (training/reviews.py): labels from the codes held true,
split by conversation, weighted, deduplicated; and a real (small) training run that takes them."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest

from training.datasets import read_csv, write_csv
from training.escalation.task import TASK as ESCALATION
from training.pipeline import train
from training.reviews import reviewed_dataset
from training.tone import corpus
from training.tone.task import TASK as TONE

SEEDS = Path(__file__).resolve().parents[2] / "data" / "tone" / "seeds"


def _row(i: int, text: str, codes: list[str], conversation: str, author: str = "seller", market: str = "fr") -> dict:
    return {
        "id": f"m-{i}",
        "conversation_id": conversation,
        "seller_id": "s-1",
        "market": market,
        "author": author,
        "sent_at": f"2026-11-{1 + i % 28:02d}T10:00:00Z",
        "text": text,
        "codes": codes,
        "decision": "confirm",
        "reviewer": "ann",
        "verdict_action": "flag",
        "verdict_codes": ";".join(codes),
    }


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("project")
    seeds = root / "seeds"
    seeds.mkdir()
    for language in ("en", "fr"):
        (seeds / f"{language}.txt").write_text(
            (SEEDS / f"{language}.txt").read_text(encoding="utf-8"), encoding="utf-8"
        )
    write_csv(root / "data" / "tone" / "corpus.csv", corpus.build_rows(seeds))
    return root


@pytest.fixture(scope="module")
def export(root, tmp_path_factory) -> Path:
    corpus_text = read_csv(root / "data" / "tone" / "corpus.csv", TONE.labels).texts[0]
    rows = [
        _row(
            i,
            f"Vous êtes vraiment pénible avec vos questions numéro {i}, lisez l'annonce.",
            ["tone.discourteous"],
            f"c-{i % 12}",
        )
        for i in range(40)
    ]
    rows += [
        _row(100 + i, f"Merci pour votre message {i}, le colis part demain matin.", [], f"c-{i % 12}")
        for i in range(40)
    ]
    rows += [
        _row(200, corpus_text, ["tone.discourteous"], "c-x"),  # already in the corpus: left out
        _row(201, "Où est mon colis ?", ["escalation.no_response"], "c-y", author="buyer"),  # not tone's
        _row(202, "Merci pour votre message 3, le colis part demain matin.", ["tone.discourteous"], "c-3"),
    ]
    path = tmp_path_factory.mktemp("reviews") / "reviews.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_reviews_become_weighted_rows_split_by_conversation(root, export) -> None:
    corpus_data = read_csv(root / "data" / "tone" / "corpus.csv", TONE.labels)
    rows = reviewed_dataset(export, TONE, corpus_data, weight=3.0)
    assert len(rows) == 80  # 40 + 40 seller replies; the corpus text and the buyer message left out
    labels = dict(zip(rows.texts, (TONE.labels[i] for i in rows.labels)))
    assert labels["Vous êtes vraiment pénible avec vos questions numéro 0, lisez l'annonce."] == "discourteous"
    # Reviewed twice: the latest decision (discourteous) is the row's label, once.
    assert labels["Merci pour votre message 3, le colis part demain matin."] == "discourteous"
    assert labels["Merci pour votre message 4, le colis part demain matin."] == "courteous"
    assert set(rows.languages) == {"fr"} and np.all(rows.weights == 3.0)
    by_group: dict[str, set] = {}
    for group, split in zip(rows.groups, rows.splits):
        by_group.setdefault(group, set()).add(split)
    assert len(by_group) == 12 and all(len(s) == 1 for s in by_group.values())  # a thread in one split
    assert len({s for splits in by_group.values() for s in splits}) > 1  # and the threads spread over splits


def test_escalation_labels_are_the_held_category(root, export) -> None:
    corpus_data = read_csv(root / "data" / "tone" / "corpus.csv", TONE.labels)
    rows = reviewed_dataset(export, ESCALATION, corpus_data)
    assert [ESCALATION.labels[i] for i in rows.labels] == ["no_response"]  # the one buyer message


def test_training_takes_the_reviews(root, export, tmp_path) -> None:
    small = dataclasses.replace(
        TONE, candidates=({},), params={**TONE.params, "calibration_folds": 3, "min_rows_per_language": 300}
    )
    plain = train(small, root, tmp_path, seed=7, version="plain", promote=False)
    reviewed = train(
        small, root, tmp_path, seed=7, version="reviewed", promote=False, reviews=export, reviews_weight=2.0
    )
    assert reviewed.card["reviews"]["rows"] == 80 and reviewed.card["reviews"]["weight"] == 2.0
    assert any(f["file"].endswith("reviews.jsonl") for f in reviewed.card["data"])
    assert sum(reviewed.card["splits"].values()) == sum(plain.card["splits"].values()) + 80
    assert reviewed.card["fingerprint"] != plain.card["fingerprint"]
    again = train(small, root, tmp_path, seed=7, promote=False, reviews=export, reviews_weight=1.0)
    assert again.version != "reviewed"  # another weight is another model, not "identical"
