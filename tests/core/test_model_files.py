"""screening/core/model_files.py: the one loader of model artifacts, and its refusals."""

from __future__ import annotations

import json

import joblib
import pytest

from screening.core.model_files import ModelError, default_version, load_model, sha256_file


def _store(root, version="v1", artifact=None, card=None, default="v1"):
    folder = root / "demo" / version
    folder.mkdir(parents=True)
    joblib.dump(artifact if artifact is not None else {"weights": [1, 2, 3]}, folder / "model.joblib")
    if card is None:
        card = {"artifact": {"file": "model.joblib", "sha256": sha256_file(folder / "model.joblib")}}
    (folder / "card.json").write_text(json.dumps(card) if isinstance(card, dict) else card)
    if default is not None:
        (root / "demo" / "DEFAULT").write_text(default + "\n")
    return folder


def test_loads_the_default_version(tmp_path):
    _store(tmp_path)
    loaded = load_model(tmp_path, "demo")
    assert (loaded.version, loaded.artifact) == ("v1", {"weights": [1, 2, 3]})


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        # No DEFAULT pointer: says how to get one.
        (lambda r: _store(r, default=None), "DEFAULT does not exist; train one"),
        # DEFAULT names a folder that is not there: lists the known versions.
        (lambda r: _store(r, default="v9"), "known demo versions: v1"),
        # A pointer that tries to leave models/ is not a version name.
        (lambda r: _store(r, default="../../etc"), "not a valid folder name"),
        # The card's hash does not match: refused before unpickling, naming the file.
        (
            lambda r: _store(r, card={"artifact": {"file": "model.joblib", "sha256": "0" * 64}}),
            r"model\.joblib does not match its card",
        ),
        # A card without the artifact entry.
        (lambda r: _store(r, card={"version": "v1"}), "needs an 'artifact' entry"),
        # A card that is not JSON.
        (lambda r: _store(r, card="{not json"), "is not valid JSON"),
        # An artifact path that escapes the version folder.
        (lambda r: _store(r, card={"artifact": {"file": "../x.joblib", "sha256": "0" * 64}}), "plain file name"),
    ],
)
def test_refusals_name_the_problem(tmp_path, setup, message):
    setup(tmp_path)
    with pytest.raises(ModelError, match=message):
        load_model(tmp_path, "demo")


def test_hash_is_checked_before_unpickling(tmp_path, monkeypatch):
    _store(tmp_path, card={"artifact": {"file": "model.joblib", "sha256": "0" * 64}})
    calls = []
    monkeypatch.setattr(joblib, "load", lambda *a, **k: calls.append(a))
    with pytest.raises(ModelError):
        load_model(tmp_path, "demo")
    assert calls == []  # a file we cannot vouch for is never unpickled


def test_explicit_version_overrides_default(tmp_path):
    _store(tmp_path, "v1")
    _store(tmp_path, "v2", artifact={"weights": [9]}, default="v1")
    assert load_model(tmp_path, "demo", "v2").artifact == {"weights": [9]}
    assert default_version(tmp_path, "demo") == "v1"
