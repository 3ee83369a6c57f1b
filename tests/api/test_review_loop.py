"""The feedback loop end to end, every step the real code path: messages screened by
the service (with a candidate tone version in shadow mode) → decided by a moderator → exported →
a tone model retrained with the decisions → evaluated on them → the shadow report, which shows
where the candidate disagreed and whom the moderator agreed with."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from screening import Message, Policy, Screener
from screening.cli import main as cli
from training.datasets import write_csv
from training.pipeline import train
from training.tone import corpus
from training.tone.task import TASK as TONE

CANDIDATE = "2026.11.1"  # an older tone version as the candidate: it disagrees on some replies
SEEDS = Path(__file__).resolve().parents[2] / "data" / "tone" / "seeds"
REPLIES = [
    "Vous êtes vraiment stupide, lisez l'annonce",
    "Merci, le colis part demain.",
    "Encore vous ? Je vous ai déjà répondu trois fois.",
    "Franchement, vous m'agacez avec vos questions.",
    "Je ne vais pas répéter.",
    "Débrouillez-vous.",
    "Bonjour, oui il est disponible.",
    "Vous savez lire ?",
    "Faites un effort, tout est dans l'annonce.",
    "Pas de négociation, merci de ne plus insister.",
]


@pytest.fixture(scope="module")
def loop(tmp_path_factory):
    folder = tmp_path_factory.mktemp("loop")
    settings = Settings(history_path=folder / "history.sqlite3", shadow=f"tone:{CANDIDATE}", review_sample_rate=1.0)
    with TestClient(create_app(settings)) as client:
        for i, text in enumerate(REPLIES):
            response = client.post(
                "/v1/screen",
                json={
                    "message": {
                        "id": f"l-{i}",
                        "text": text,
                        "market": "fr",
                        "seller_id": "s-loop",
                        "conversation_id": f"c-{i % 4}",
                    }
                },
            )
            assert response.status_code == 200
        yield client, folder


def _tone(version: str | None = None) -> Screener:
    return Screener.create(Policy.load(), only=["tone"], model_versions={"tone": version} if version else None)


def test_flag_review_export_retrain_evaluate_shadow(loop, tmp_path, capsys) -> None:
    client, folder = loop
    # Flag: with a sample rate of 1 every reply waits (allowed ones too).
    queue = client.get("/v1/queue", params={"limit": 100}).json()
    assert queue["total"] == len(REPLIES)
    # Review: the moderator finds "Je ne vais pas répéter." firm, not rude, and agrees with the rest.
    for item in queue["items"]:
        firm = item["message"]["text"] == "Je ne vais pas répéter."
        body = {"decision": "override", "codes": []} if firm else {"decision": "confirm"}
        answer = client.post("/v1/reviews", json={"message_id": item["message"]["id"], "reviewer": "ann", **body})
        assert answer.status_code == 201, answer.text
    # Export.
    export = tmp_path / "reviews.jsonl"
    assert cli(["reviews", "--db", str(folder / "history.sqlite3"), "export", "--output", str(export)]) == 0
    rows = [json.loads(line) for line in export.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(REPLIES)
    assert next(r for r in rows if r["text"] == "Je ne vais pas répéter.")["codes"] == []
    # Retrain a (small) tone model with the decisions.
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    for language in ("en", "fr"):
        (root / "seeds" / f"{language}.txt").write_text(
            (SEEDS / f"{language}.txt").read_text(encoding="utf-8"), encoding="utf-8"
        )
    write_csv(root / "data" / "tone" / "corpus.csv", corpus.build_rows(root / "seeds"))
    small = dataclasses.replace(
        TONE, candidates=({},), params={**TONE.params, "calibration_folds": 3, "min_rows_per_language": 300}
    )
    models = tmp_path / "models"
    result = train(small, root, models, seed=3, version="2026.12.90", promote=False, reviews=export)
    assert result.card["reviews"]["rows"] == len(REPLIES)
    # Evaluate the retrained version on the decisions (the export is labelled data as it is).
    capsys.readouterr()
    assert (
        cli(
            [
                "--models-dir",
                str(models),
                "evaluate",
                "tone",
                "--data",
                str(export),
                "--model",
                "2026.12.90",
                "--json",
                str(tmp_path / "eval.json"),
            ]
        )
        == 0
    )
    report = json.loads((tmp_path / "eval.json").read_text(encoding="utf-8"))
    assert report["model_versions"]["tone"] == "2026.12.90" and str(export) == report["data"]
    # Shadow report: each reply compared; disagreements are those where the two versions' tone
    # codes differ, judged here directly through the library.
    current, candidate = _tone(), _tone(CANDIDATE)
    differ = {
        f"l-{i}"
        for i, text in enumerate(REPLIES)
        if current.screen(Message(text=text, market="fr")).action
        != candidate.screen(Message(text=text, market="fr")).action
    }
    assert differ  # the fixture must exercise a disagreement
    capsys.readouterr()
    assert cli(["shadow", "--db", str(folder / "history.sqlite3"), "report", "--json", str(tmp_path / "s.json")]) == 0
    printed = capsys.readouterr().out
    (group,) = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert (group["check"], group["candidate"], group["compared"]) == ("tone", CANDIDATE, len(REPLIES))
    assert group["current"] == current.model_versions["tone"]
    assert group["disagreements"] == len(differ) and group["reviewed"] == len(differ)
    assert group["current_right"] + group["candidate_right"] + group["neither_right"] == len(differ)
    assert f"vs candidate {CANDIDATE}" in printed and "tone.discourteous" in printed


def test_shadow_verdicts_never_change_the_answer(loop) -> None:
    client, _ = loop
    text = "Encore vous ? Je vous ai déjà répondu trois fois."  # the candidate allows it, the default flags
    answer = client.post("/v1/screen", json={"message": {"text": text, "market": "fr", "seller_id": "s-x"}}).json()
    assert answer["action"] == _tone().screen(Message(text=text, market="fr")).action.value
    assert answer["model_versions"]["tone"] != CANDIDATE


def test_a_shadow_version_that_does_not_exist_stops_the_service(tmp_path) -> None:
    settings = Settings(history_path=tmp_path / "h.sqlite3", shadow="tone:1999.01.1")
    with pytest.raises(Exception, match="1999.01.1"):
        with TestClient(create_app(settings)):
            pass
