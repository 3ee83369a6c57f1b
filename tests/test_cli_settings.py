"""The `screening` command reads the models folder, the policy and the history through the service
settings the API uses (screening/core/service_settings.py), its options over the environment: a
`--models-dir` is honoured by every sub-command that loads models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screening import cli

CHECKS_WITH_MODELS = ("escalation", "relevance", "template", "tone")
RECORD = {
    "id": "m1",
    "conversation_id": "c1",
    "seller_id": "s1",
    "market": "fr",
    "author": "buyer",
    "text": "Bonjour, le téléphone est-il débloqué ?",
    "sent_at": "2026-03-02T09:00:00Z",
}


def _unset(monkeypatch, *names: str) -> None:
    """Unset `names` for one test; undone afterwards even when the command sets them (serve does):
    monkeypatch.delenv alone restores nothing for a variable that was not set."""
    for name in names:
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)


@pytest.fixture()
def broken_models(tmp_path: Path) -> Path:
    """A models folder whose every DEFAULT names a version that is not there: a command that loads
    a model from it stops, naming the folder; one that read the project's models/ would not."""
    folder = tmp_path / "other-models"
    for check in CHECKS_WITH_MODELS:
        (folder / check).mkdir(parents=True)
        (folder / check / "DEFAULT").write_text("1999.01.1\n", encoding="utf-8")
    return folder


@pytest.fixture()
def records(tmp_path: Path) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["check", "--market", "fr", "Bonjour"],  # one message
        ["rescore", "{records}", "-o", "{tmp}/verdicts.jsonl", "--no-progress"],  # a history file
        ["evaluate", "tone", "--data", "{records}"],  # a check on labelled data
        ["evaluate", "tone", "--split", "test", "--output", "{tmp}/report"],  # training's test split
        ["sla", "{records}", "-o", "{tmp}/sla"],  # reply deadlines (its escalation model)
    ],
)
def test_models_dir_is_honoured_by_every_command_that_loads_models(
    tmp_path, broken_models, records, command, capsys, monkeypatch
):
    _unset(monkeypatch, "SCREENING_MODELS_DIR", "SCREENING_POLICY_PATH")
    argv = [part.format(records=records, tmp=tmp_path) for part in command]
    assert cli.main(["--models-dir", str(broken_models), *argv]) == 2
    assert str(broken_models) in capsys.readouterr().err


def test_the_environment_names_the_models_dir_when_the_option_does_not(
    broken_models, records, tmp_path, capsys, monkeypatch
):
    # The API's variable, read through the same settings.
    monkeypatch.setenv("SCREENING_MODELS_DIR", str(broken_models))
    assert cli.main(["sla", str(records), "-o", str(tmp_path / "sla")]) == 2
    assert str(broken_models) in capsys.readouterr().err


def test_serve_hands_the_options_to_the_api_settings(broken_models, tmp_path, monkeypatch):
    # uvicorn's workers build their Settings from the environment: the options must reach it.
    import uvicorn

    from screening.core.service_settings import Settings

    _unset(monkeypatch, "SCREENING_MODELS_DIR", "SCREENING_POLICY_PATH", "SCREENING_API_KEYS_FILE")
    seen: list[Settings] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: seen.append(Settings()))
    policy = tmp_path / "policy.yaml"
    policy.write_text((Path(cli.__file__).parent / "config" / "policy.yaml").read_text(encoding="utf-8"))
    argv = ["--models-dir", str(broken_models), "--policy", str(policy), "serve", "--port", "0"]
    assert cli.main(argv) == 0
    assert seen[0].models_dir == broken_models and seen[0].policy_path == policy


@pytest.mark.parametrize(
    "db, location",
    [
        ("{tmp}/h.sqlite3", "{tmp}/h.sqlite3"),  # a file: the SQLite store
        ("postgresql://u@localhost/db", "postgresql://u@localhost/db"),  # a URL: PostgreSQL
    ],
)
def test_db_option_overrides_the_environment(tmp_path, monkeypatch, db, location):
    monkeypatch.setenv("SCREENING_HISTORY_URL", "postgresql://elsewhere/db")
    args = cli.build_parser().parse_args(["history", "--db", db.format(tmp=tmp_path), "forget", "--seller", "s"])
    assert cli.settings_from(args).history_location == location.format(tmp=tmp_path)


@pytest.mark.parametrize(
    "options, expected",
    [
        ([], "{root}/models"),  # training reads and writes the models of --root by default
        (["--models-dir", "{tmp}/elsewhere"], "{tmp}/elsewhere"),  # unless a models folder is named
    ],
)
def test_training_uses_the_models_of_its_root_unless_told_otherwise(tmp_path, monkeypatch, options, expected):
    _unset(monkeypatch, "SCREENING_MODELS_DIR")
    root = tmp_path / "project"
    argv = [o.format(tmp=tmp_path) for o in options] + ["train", "tone", "--root", str(root)]
    args = cli.build_parser().parse_args(argv)
    args.settings = cli.settings_from(args)
    assert cli._training_setup(args)[2] == Path(expected.format(root=root, tmp=tmp_path))
