"""Stable splits (adding rows moves nothing) and the promotion gate's rule."""

from __future__ import annotations

from collections import Counter

import pytest

from training.datasets import hash_split
from training.gate import decide, sign_test_p


def test_adding_groups_moves_no_existing_group():
    before = {f"w1.fr.{i:04d}": hash_split(f"w1.fr.{i:04d}") for i in range(2000)}
    # A new writer and more lines of the old one: the old groups keep their split.
    after = {
        g: hash_split(g)
        for g in list(before) + [f"w1.fr.{i:04d}" for i in range(2000, 2400)] + [f"w9.de.{i:04d}" for i in range(500)]
    }
    assert all(after[g] == split for g, split in before.items())


def test_split_shares_follow_the_fractions():
    shares = Counter(hash_split(f"g{i}", (0.15, 0.15)) for i in range(20000))
    assert shares["test"] / 20000 == pytest.approx(0.15, abs=0.01)
    assert shares["validation"] / 20000 == pytest.approx(0.15, abs=0.01)


def test_salt_changes_the_split():
    groups = [f"g{i}" for i in range(200)]
    assert [hash_split(g, salt="a") for g in groups] != [hash_split(g, salt="b") for g in groups]


def _figures(version: str, macro_f1: float, ffr: float, flagged: tuple[str, ...] = ()) -> dict:
    return {
        "version": version,
        "sealed": {"macro_f1": macro_f1},
        "traffic": {"false_flag_rate": ffr, "flagged_ids": list(flagged)},
    }


_SIX = tuple(f"m{i}" for i in range(6))


@pytest.mark.parametrize(
    ("new", "current", "promoted", "why"),
    [
        # Better on both: promoted.
        (_figures("n", 0.93, 0.002), _figures("c", 0.90, 0.010), True, "no worse"),
        # Equal on both: promoted (not worse).
        (_figures("n", 0.90, 0.010), _figures("c", 0.90, 0.010), True, "no worse"),
        # Lower sealed macro-F1 without the per-message figures (older cards): refused, even with
        # fewer false flags.
        (_figures("n", 0.89, 0.000), _figures("c", 0.90, 0.010), False, "sealed macro-F1 is lower"),
        # More false flags on traffic without the flagged messages to compare: refused.
        (_figures("n", 0.95, 0.011), _figures("c", 0.90, 0.010), False, "more false flags"),
        # One more flagged message of the same traffic (6 shared + 1 new): within noise, promoted.
        (_figures("n", 0.95, 0.0042, _SIX + ("m9",)), _figures("c", 0.90, 0.0036, _SIX), True, "within noise"),
        # Six new flagged messages, none fewer: p = 1/64, significantly more, refused.
        (
            _figures("n", 0.95, 0.0072, _SIX + tuple(f"x{i}" for i in range(6))),
            _figures("c", 0.90, 0.0036, _SIX),
            False,
            "significantly more",
        ),
        # Differences below the 4th decimal do not decide.
        (_figures("n", 0.900049, 0.01), _figures("c", 0.90, 0.01), True, "no worse"),
        # No default yet: promoted.
        (_figures("n", 0.5, 0.5), None, True, "no current default"),
    ],
)
def test_gate_decision(new, current, promoted, why):
    decision, reason = decide(new, current)
    assert decision is promoted and why in reason


def _paired_figures(
    version: str, macro_f1: float, wrong: tuple[str, ...], flagged: tuple[str, ...], long_flagged: tuple[str, ...]
) -> dict:
    return {
        "version": version,
        "sealed": {"macro_f1": macro_f1, "wrong_ids": list(wrong)},
        "traffic": {"false_flag_rate": len(flagged) / 1000, "flagged": len(flagged), "flagged_ids": list(flagged)},
        "long_traffic": {
            "false_flag_rate": len(long_flagged) / 240,
            "flagged": len(long_flagged),
            "flagged_ids": list(long_flagged),
        },
    }


_WRONG = tuple(f"s{i}" for i in range(40))
_LONG = tuple(f"l{i}" for i in range(18))


@pytest.mark.parametrize(
    ("new", "promoted", "why"),
    [
        # 3 more sealed messages wrong (p = 0.125), 9 fewer long replies flagged: promoted.
        (
            _paired_figures("n", 0.969, _WRONG + ("a", "b", "c"), ("t1", "t2"), _LONG[:9]),
            True,
            "lower within noise for fewer false flags",
        ),
        # The same sealed loss with as many ordinary messages flagged: refused.
        (
            _paired_figures("n", 0.969, _WRONG + ("a", "b", "c"), ("t1", "t2"), _LONG),
            False,
            "no fewer ordinary messages are flagged",
        ),
        # Five more sealed messages wrong and none fewer (p = 1/32): refused whatever the traffic.
        (
            _paired_figures("n", 0.965, _WRONG + tuple("abcde"), (), ()),
            False,
            "significantly lower",
        ),
        # Sealed no lower, six more long replies flagged and none fewer (p = 1/64): refused.
        (
            _paired_figures("n", 0.975, _WRONG, ("t1", "t2"), _LONG + tuple(f"x{i}" for i in range(6))),
            False,
            "significantly more false flags on long ordinary replies",
        ),
        # Sealed no lower, one more long reply flagged: within noise, promoted.
        (_paired_figures("n", 0.975, _WRONG, ("t1", "t2"), _LONG + ("x1",)), True, "long ordinary replies: difference"),
    ],
)
def test_gate_pairs_the_sealed_set_and_the_long_replies(new, promoted, why):
    current = _paired_figures("c", 0.972, _WRONG, ("t1", "t2"), _LONG)
    decision, reason = decide(new, current)
    assert decision is promoted and why in reason


def test_gate_refuses_a_version_above_the_traffic_target_whatever_the_default():
    decision, reason = decide(_figures("n", 0.99, 0.006), None, traffic_limit=0.005)
    assert decision is False and "above the target" in reason
    assert decide(_figures("n", 0.99, 0.005), None, traffic_limit=0.005)[0] is True


@pytest.mark.parametrize(
    ("only_new", "only_current", "expected"),
    [
        (0, 0, 1.0),
        (1, 0, 0.5),
        (3, 0, 0.125),
        (5, 0, 1 / 32),
        (3, 1, 5 / 16),
        (0, 4, 1.0),
    ],
)
def test_sign_test(only_new, only_current, expected):
    assert sign_test_p(only_new, only_current) == pytest.approx(expected)
