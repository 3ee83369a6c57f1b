"""`screening check` prints the verdict the API would send: with `policy_version` (docs/formats.md §8)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

from screening.core.policy import Policy

ROOT = Path(__file__).resolve().parents[1]


def _check(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "screening.cli", *args, "check", "--market", "fr", "Merci, à demain"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_check_prints_the_version_of_the_policy_it_used(tmp_path: Path) -> None:
    shipped = _check()
    assert shipped["policy_version"] == Policy.load().version and shipped["policy_version"]
    # Another policy file: its own version is printed, not the shipped one.
    config = yaml.safe_load((ROOT / "screening" / "config" / "policy.yaml").read_text(encoding="utf-8"))
    config["version"] = "test-9.9.9"
    other = tmp_path / "policy.yaml"
    other.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    assert _check("--policy", str(other))["policy_version"] == "test-9.9.9"
