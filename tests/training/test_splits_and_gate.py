"""Stable splits (adding rows moves nothing) and the promotion gate's rule."""

from __future__ import annotations

from collections import Counter

import pytest

from training.datasets import hash_split
from training.gate import decide


def test_adding_groups_moves_no_existing_group():
    before = {f"w1.fr.{i:04d}": hash_split(f"w1.fr.{i:04d}") for i in range(2000)}
    # A new writer and more lines of the old one: the old groups keep their split.
    after = {g: hash_split(g) for g in list(before) + [f"w1.fr.{i:04d}" for i in range(2000, 2400)]
             + [f"w9.de.{i:04d}" for i in range(500)]}
    assert all(after[g] == split for g, split in before.items())


def test_split_shares_follow_the_fractions():
    shares = Counter(hash_split(f"g{i}", (0.15, 0.15)) for i in range(20000))
    assert shares["test"] / 20000 == pytest.approx(0.15, abs=0.01)
    assert shares["validation"] / 20000 == pytest.approx(0.15, abs=0.01)


def test_salt_changes_the_split():
    groups = [f"g{i}" for i in range(200)]
    assert [hash_split(g, salt="a") for g in groups] != [hash_split(g, salt="b") for g in groups]


def _figures(version: str, macro_f1: float, ffr: float) -> dict:
    return {"version": version, "sealed": {"macro_f1": macro_f1}, "traffic": {"false_flag_rate": ffr}}


@pytest.mark.parametrize(("new", "current", "promoted", "why"), [
    # Better on both: promoted.
    (_figures("n", 0.93, 0.002), _figures("c", 0.90, 0.010), True, "no worse"),
    # Equal on both: promoted (not worse).
    (_figures("n", 0.90, 0.010), _figures("c", 0.90, 0.010), True, "no worse"),
    # Lower sealed macro-F1, even with fewer false flags: refused.
    (_figures("n", 0.89, 0.000), _figures("c", 0.90, 0.010), False, "sealed macro-F1 is lower"),
    # More false flags on traffic, even with a better sealed score: refused.
    (_figures("n", 0.95, 0.011), _figures("c", 0.90, 0.010), False, "more false flags"),
    # Differences below the 4th decimal do not decide.
    (_figures("n", 0.900049, 0.01), _figures("c", 0.90, 0.01), True, "no worse"),
    # No default yet: promoted.
    (_figures("n", 0.5, 0.5), None, True, "no current default"),
])
def test_gate_decision(new, current, promoted, why):
    decision, reason = decide(new, current)
    assert decision is promoted and why in reason
