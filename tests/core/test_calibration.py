"""`screening calibrate`: thresholds proposed from moderators' decisions (both history backends),
written as a policy diff that applies to the shipped policy and changes nothing by itself."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

from screening import Message, Policy
from screening.core.calibration import observations, propose
from screening.cli import main as cli
from screening.review.reviews import QueuedVerdict, validate

NOW = datetime.now(timezone.utc) - timedelta(days=1)
POLICY = Path(__file__).resolve().parents[2] / "screening" / "config" / "policy.yaml"


def _decide(store, i: int, score: float, rude: bool, market: str = "fr") -> None:
    action = "flag" if score >= 0.5 else "allow"
    entry = QueuedVerdict(
        message=Message(
            id=f"m-{i}", text=f"reply {i}", market=market, seller_id="s-1", conversation_id=f"c-{i}", sent_at=NOW
        ),
        action=action,
        codes=("tone.discourteous",) if action == "flag" else (),
        findings=(
            {"check": "tone", "code": "tone.discourteous", "score": score, "start": None, "end": None, "detail": ""},
        ),
        explanation="",
        model_versions={"tone": "2026.12.5"},
        policy_version="p",
        screened_at=NOW,
        sampled=action == "allow",
    )
    store.queue_verdicts([entry])
    held = ("tone.discourteous",) if rude else ()
    decision = "confirm" if held == entry.codes else "override"
    store.add_review(
        validate(entry, entry.message.id, decision, None if decision == "confirm" else list(held), "ann", None), entry
    )


# fr: 100 flagged replies scored 0.50..0.995; below 0.70 the moderators find a third rude, from
# 0.70 up all but one in twenty.
FR = [(round(0.5 + i * 0.005, 3), (i % 3 == 0) if 0.5 + i * 0.005 < 0.70 else (i % 20 != 0)) for i in range(100)]


def _precision(threshold: float) -> float:
    held = [rude for score, rude in FR if score >= threshold]
    return sum(held) / len(held)


def _fill(store) -> None:
    for i, (score, rude) in enumerate(FR):
        _decide(store, i, score, rude)
    for i in range(5):  # de: too few decisions for a proposal
        _decide(store, 200 + i, 0.6, False, market="de")


def test_proposals_keep_the_precision_target(open_store) -> None:
    store = open_store()
    _fill(store)
    proposals = {(p.market, p.code): p for p in propose(Policy.load(), observations(store.reviews(), store.queued))}
    fr = proposals[("fr", "tone.discourteous")]
    assert fr.current_flag == 0.5 and fr.target == 0.90 and fr.decisions == 100
    assert 0.5 < fr.proposed_flag <= 0.70 and fr.changes
    # The lowest threshold that keeps the target: the next lower score would not.
    assert _precision(fr.proposed_flag) >= 0.90 > _precision(round(fr.proposed_flag - 0.005, 3))
    assert abs(fr.precision_proposed - _precision(fr.proposed_flag)) < 1e-9 and fr.precision_current < 0.90
    kept = sum(score >= fr.proposed_flag for score, _ in FR) / len(FR)
    assert fr.flagged_current == 1.0 and abs(fr.flagged_proposed - kept) < 1e-9
    de = proposals[("de", "tone.discourteous")]
    assert de.proposed_flag is None and not de.changes  # 5 decisions < min_decisions


def test_calibrate_writes_a_diff_that_applies_and_changes_nothing(tmp_path: Path, capsys) -> None:
    from screening.store.history import open_history

    db = tmp_path / "history.sqlite3"
    store = open_history(db)
    _fill(store)
    store.close()
    before = POLICY.read_bytes()
    diff = tmp_path / "policy.diff"
    assert cli(["calibrate", "--db", str(db), "--output", str(diff), "--json", str(tmp_path / "p.json")]) == 0
    assert POLICY.read_bytes() == before  # nothing applied
    assert "nothing was changed" in capsys.readouterr().out
    text = diff.read_text(encoding="utf-8")
    proposed = next(p for p in json.loads((tmp_path / "p.json").read_text()) if p["market"] == "fr")["proposed_flag"]
    assert (
        '+  fr: {languages: [fr], region: FR, timezone: Europe/Paris, actions: [{codes: "tone.discourteous", '
        f"flag: {proposed:g}}}]}}"
    ) in text
    # Applied to a copy, the diff gives a policy that loads and flags from 0.70 in fr only.
    copy = tmp_path / "project"
    (copy / "screening" / "config").mkdir(parents=True)
    shutil.copy(POLICY, copy / "screening" / "config" / "policy.yaml")
    done = subprocess.run(
        ["git", "apply", "--unsafe-paths", "--directory", ".", str(diff)], cwd=copy, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    patched = Policy.load(copy / "screening" / "config" / "policy.yaml")
    assert patched.for_market("fr").rule_for("tone.discourteous").flag == proposed
    assert patched.for_market("de").rule_for("tone.discourteous").flag == 0.5
