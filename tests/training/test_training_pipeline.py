"""The training pipeline end to end on a small fixture, the card, promotion, the CLI."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest

from screening.core.model_files import default_version, load_model, sha256_file
from training.datasets import from_rows, write_csv
from training.pipeline import evaluate, train
from training.task import Task
from training.tone import corpus
from training.tone.task import TASK as TONE

SEEDS = Path(__file__).resolve().parents[2] / "data" / "tone" / "seeds"


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    """A project root whose data/tone/corpus.csv is built from the en and fr seed files only."""
    root = tmp_path_factory.mktemp("project")
    seeds = root / "seeds"
    seeds.mkdir()
    for language in ("en", "fr"):
        (seeds / f"{language}.txt").write_text(
            (SEEDS / f"{language}.txt").read_text(encoding="utf-8"), encoding="utf-8"
        )
    write_csv(root / "data" / "tone" / "corpus.csv", corpus.build_rows(seeds))
    return root


# One candidate and 3 calibration folds keep the fixture fast; the shipped task compares several.
# The fixture has ~380 training rows per language, so that is enough to count as trained here.
# The shipped task's fixed threshold was chosen out of fold for models fitted on the whole corpus;
# the fixture's small model chooses its own on validation, as the pipeline does without one.
SMALL_TONE = dataclasses.replace(
    TONE,
    candidates=({},),
    params={**TONE.params, "calibration_folds": 3, "min_rows_per_language": 300},
    fixed_threshold=None,
)


@pytest.fixture(scope="module")
def trained(root, tmp_path_factory):
    models = tmp_path_factory.mktemp("models")
    return models, train(SMALL_TONE, root, models, seed=7, version="t1")


def test_train_writes_a_complete_card(root, trained):
    models, result = trained
    card = json.loads((models / "tone" / "t1" / "card.json").read_text())
    assert card["artifact"]["sha256"] == sha256_file(models / "tone" / "t1" / "model.joblib")
    assert [d["file"] for d in card["data"]] == ["data/tone/corpus.csv"]
    assert card["data"][0]["sha256"] == sha256_file(root / "data" / "tone" / "corpus.csv")
    assert set(card["metrics"]["test"]["languages"]) == {"en", "fr"}
    assert set(card["thresholds"]) == {"en", "fr"}
    assert card["seed"] == 7 and card["params"]["C"] == TONE.params["C"]
    assert {"python", "scikit-learn", "spacy"} <= set(card["libraries"])
    assert card["promotion"]["promoted"] and default_version(models, "tone") == "t1"
    for name in ("report.md", "pr_curve.png", "confusion.png"):
        assert (models / "tone" / "t1" / name).stat().st_size > 0
    # Learns something real even from 2 languages: well above chance on the held-out split.
    assert card["metrics"]["test"]["overall"]["macro_f1"] > 0.6


def test_training_twice_on_identical_inputs_makes_no_new_version(root, trained):
    models, first = trained
    again = train(SMALL_TONE, root, models, seed=7, version="t1-again")
    assert again.version == "t1" and not again.promoted and "identical" in again.promotion_reason
    assert not (models / "tone" / "t1-again").exists()
    assert default_version(models, "tone") == "t1"


@pytest.mark.parametrize(
    "check, word_list",
    [
        ("template", "screening/checks/template/notice_cues.yaml"),
        ("relevance", "screening/checks/relevance/lexicon.yaml"),
    ],
)
def test_the_fingerprint_covers_the_word_lists_features_read(check, word_list):
    """A lexicon edit changes the features as much as a code edit: retraining after one must not be
    skipped as "identical"."""
    from training.pipeline import CODE_ROOT, fingerprinted_code

    files = {p.relative_to(CODE_ROOT).as_posix() for p in fingerprinted_code(check)}
    assert word_list in files
    assert f"screening/checks/{check}/__init__.py" in files and "training/pipeline.py" in files
    assert not any(name.startswith("screening/checks/tone/") for name in files) or check == "tone"


def test_same_seed_same_artifact(root, trained):
    """Another seed is another version; the same seed in a fresh folder gives the same bytes."""
    models, first = trained
    other = train(SMALL_TONE, root, models, seed=8, version="t1-seed8", promote=False)
    assert other.version == "t1-seed8" and default_version(models, "tone") == "t1"
    fresh = models.parent / (models.name + "-fresh")
    again = train(SMALL_TONE, root, fresh, seed=7, version="t1", promote=False)
    assert again.card["artifact"]["sha256"] == first.card["artifact"]["sha256"]


@pytest.mark.parametrize(
    "variant", [{}, {"classes": "binary", "tokenizer": "spacy"}, {"classes": "binary", "nb": True, "lr_blend": 0.5}]
)
def test_exported_scorer_matches_the_fitted_estimator(root, variant):
    """What screening/ runs (ToneModel on the plain artifact) equals the sklearn estimators' decision,
    for the task's model and the other shapes the artifact can take."""
    from scipy import sparse

    from screening.checks.tone.view import tone_view
    from training.tone.task import _signal_matrix, export, fit, load, model

    data = load(root)
    fitted = fit(data.split("train"), {**SMALL_TONE.params, **variant}, seed=0)
    sample = data.split("test")
    views = [tone_view(text) for text in sample.texts]
    docs = list(zip(views, sample.languages))
    X = sparse.hstack(
        [
            fitted.char_vectorizer.transform(docs),
            fitted.word_vectorizer.transform(docs),
            _signal_matrix(views, sample.languages),
        ]
    ).tocsr()
    a, b = fitted.calibration
    expected = 1.0 / (1.0 + np.exp(a * fitted.classifier.decision_function(X) + b))
    actual = model(export(fitted)).predict_proba(sample.texts, sample.languages)[:, 1]
    np.testing.assert_allclose(actual, expected, atol=1e-4)  # float32 weights in the artifact


def test_evaluate_reads_the_stored_version(root, trained, tmp_path):
    models, result = trained
    evaluation = evaluate(SMALL_TONE, root, models, version="t1", out_dir=tmp_path / "report")
    assert evaluation.metrics["overall"] == result.card["metrics"]["test"]["overall"]
    assert (tmp_path / "report" / "pr_curve.png").exists()


# --- the promotion rule, on a toy task: also shows the pipeline is not tone-specific -------------


def _toy_task(noise: float) -> Task:
    """A keyword 'model' whose quality is set by `noise` (share of predictions flipped)."""

    class Scorer:
        def __init__(self, artifact):
            self.artifact = artifact

        def predict_proba(self, texts, languages):
            p = np.array([1.0 if "rude" in t else 0.0 for t in texts])
            flip = np.arange(len(p)) % 100 < self.artifact["noise"] * 100
            p = np.where(flip, 1.0 - p, p)
            return np.column_stack([1 - p, p])

    def load(root):
        rows = [
            {
                "text": ("rude " if i % 2 else "kind ") + str(i),
                "label": "bad" if i % 2 else "good",
                "language": "en",
                "group": f"g{i}",
                "split": ("train", "validation", "test")[i % 3],
            }
            for i in range(300)
        ]
        return from_rows(rows, ("good", "bad"))

    # `noise` is a parameter, so versions with different noise are different trainings.
    return Task(
        name="toy",
        labels=("good", "bad"),
        load=load,
        fit=lambda data, params, seed: None,
        export=lambda fitted: {"noise": noise},
        model=Scorer,
        positive="bad",
        params={"noise": noise},
    )


@pytest.mark.parametrize(
    ("current_noise", "new_noise", "promoted"),
    [
        # Better than the current default: promoted.
        (0.10, 0.00, True),
        # Slightly worse, within one point of macro-F1: still promoted (the rule's tolerance).
        (0.00, 0.005, True),
        # More than one point worse on the same test split: the default stays.
        (0.00, 0.10, False),
    ],
)
def test_promotion_rule(tmp_path, current_noise, new_noise, promoted):
    train(_toy_task(current_noise), tmp_path, tmp_path / "models", version="current")
    result = train(_toy_task(new_noise), tmp_path, tmp_path / "models", version="new")
    assert result.promoted is promoted
    assert default_version(tmp_path / "models", "toy") == ("new" if promoted else "current")
    if not promoted:
        assert "default left unchanged" in result.promotion_reason


# --- the CLI ---------------------------------------------------------------------------------------


def test_cli_train_then_evaluate(root, tmp_path, capsys):
    from screening.cli import main

    models = tmp_path / "models"
    assert main(["--models-dir", str(models), "train", "tone", "--root", str(root), "--version", "c1"]) == 0
    out = capsys.readouterr().out
    assert "| **all** |" in out and "promoted to default" in out
    assert load_model(models, "tone").version == "c1"
    assert (
        main(
            [
                "--models-dir",
                str(models),
                "evaluate",
                "tone",
                "--split",
                "test",
                "--root",
                str(root),
                "--model",
                "c1",
                "--output",
                str(tmp_path / "r"),
            ]
        )
        == 0
    )
    assert (tmp_path / "r" / "report.md").exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        # An unknown task lists the known ones.
        (["train", "nope"], "no training task 'nope'; known tasks: "),
        # An unknown version lists the stored ones.
        (["evaluate", "tone", "--model", "0000.1.1"], "known tone versions"),
    ],
)
def test_cli_errors_name_the_fix(argv, message, capsys):
    from screening.cli import main

    assert main(argv) == 2
    assert message in capsys.readouterr().err


# --- the promotion gate end to end: sealed set and traffic through the production pipeline -------


def test_gate_refuses_a_version_worse_on_the_sealed_set(root, tmp_path):
    """With a sealed set and traffic in the project, the gate measures both versions through the
    service's code; a model that can no longer find anything is refused and the default stays."""
    import shutil

    gated = tmp_path / "project"
    shutil.copytree(root, gated)
    sealed = [
        {"text": t, "market": "uk", "codes": ["tone.discourteous"]}
        for t in (
            # only the model can find these: no name called, no phrase of the tone rules
            "You are a complete idiot, honestly.",
            "What a stupid question, look at the pictures before you buy.",
            "SHUT UP AND READ THE LISTING!!!",
        )
    ]
    sealed += [
        {"text": t, "market": "uk", "codes": []}
        for t in (
            "Thanks, it ships tomorrow morning.",
            "Sorry for the delay, the parcel left today.",
            "Yes, the battery is at 91%.",
        )
    ]
    traffic = [{"text": t, "market": "uk", "codes": []} for t in ("Hi", "Sent today.", "Thank you very much!")]
    for relative, rows in ((SMALL_TONE.sealed_data, sealed), (SMALL_TONE.traffic_data, traffic)):
        (gated / relative).parent.mkdir(parents=True, exist_ok=True)
        (gated / relative).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    models = tmp_path / "models"
    good = train(SMALL_TONE, gated, models, seed=7, version="good")
    assert good.promoted and good.card["metrics"]["sealed"]["sealed"]["recall"] > 0
    # Almost no regularisation budget: the SVM learns next to nothing and finds no rude reply.
    useless = dataclasses.replace(SMALL_TONE, params={**SMALL_TONE.params, "C": 1e-6})
    bad = train(useless, gated, models, seed=7, version="bad")
    assert not bad.promoted and "refused" in bad.promotion_reason
    assert bad.card["promotion"]["current"]["version"] == "good"
    assert default_version(models, "tone") == "good"


def test_a_fixed_threshold_replaces_the_validation_choice(root, trained, tmp_path):
    models, _ = trained
    chosen_on_validation = json.loads((models / "tone" / "t1" / "card.json").read_text())["default_threshold"]
    fixed = 0.42 if abs(chosen_on_validation - 0.42) > 0.05 else 0.62
    train(dataclasses.replace(SMALL_TONE, fixed_threshold=fixed), root, tmp_path / "models", seed=7, version="f1")
    card = json.loads((tmp_path / "models" / "tone" / "f1" / "card.json").read_text())
    assert card["thresholds"] == {"en": fixed, "fr": fixed} and card["default_threshold"] == fixed
    # the same data, seed and parameters: only the threshold rule differs, so it is another model
    assert card["fingerprint"] != json.loads((models / "tone" / "t1" / "card.json").read_text())["fingerprint"]
