"""The RE2 prefilter (screening/text/prefilter.py): a pattern it rules out for a text never matches
in that text, nor in any part of it searched with pos/endpos."""

from __future__ import annotations

import re

import pytest

from screening.text.prefilter import Prefilter, Unsupported, relaxed


def _maybe(pattern: str, text: str, flags: int = 0) -> bool:
    return Prefilter([re.compile(pattern, flags)]).may_match(text)


@pytest.mark.parametrize(
    "pattern, text",
    [
        (r"(?<![a-z])cash(?![a-z])", "cashback"),  # look-arounds dropped: wider
        (r"\bbar\b", "barzahlung"),
        (r"^virement$", "un virement bancaire"),
        (r"(a)\1", "ab"),  # a back-reference reads as any text
        (r"pay(?=pal)", "pay"),
        (r"(?>ab|a)c", "abc"),  # atomic group read as a plain one
        (r"x{2,30}y", "xxy"),  # a long count read as "at least"
        (r"(x)?(?(1)a|b)", "b"),  # a conditional reads as either branch
    ],
)
def test_relaxed_patterns_let_through_what_the_original_may_consume(pattern, text):
    assert _maybe(pattern, text)


@pytest.mark.parametrize(
    "pattern, text",
    [
        (r"(?<![a-z])(?:virement|bank transfer|uberweisung)(?![a-z])", "merci pour votre commande"),
        (r"paypal[^.!?\n]{0,25}friends", "paypal. friends"),  # the class still excludes the stop
        (r"\d{4}", "no digits here"),
        (r"[α-ω]+ στο viber", "call me on viber"),
    ],
)
def test_relaxed_patterns_still_rule_out_texts_without_their_characters(pattern, text):
    assert not _maybe(pattern, text)


def test_a_match_at_endpos_is_not_ruled_out_by_the_text_after_it():
    # "cash(?![a-z])" searched up to endpos 4 of "cashback" matches in Python: the whole text must
    # be a "maybe" for it.
    pattern = re.compile(r"cash(?![a-z])")
    assert pattern.search("cashback", 0, 4) is not None
    assert Prefilter([pattern]).may_match("cashback")


@pytest.mark.parametrize("escape", [r"\w", r"\W", r"\d", r"\D", r"\s", r"\S"])
def test_categories_are_exact_over_ascii_and_wider_beyond(escape):
    python = re.compile(escape)
    prefilter = Prefilter([re.compile(escape)])
    for code in range(128):
        assert prefilter.may_match(chr(code)) == (python.match(chr(code)) is not None), (escape, code)
    for char in "éß\u00a0\u0663λЖ\u3000\U0001f600":  # accented, NBSP, Arabic digit, Greek, Cyrillic, emoji
        if python.match(char):
            assert prefilter.may_match(char), (escape, char)


def test_negated_class_with_a_category_lets_every_non_ascii_character_through():
    pattern = re.compile(r"[^.!?\n\d]")
    prefilter = Prefilter([pattern])
    assert not prefilter.may_match("..!?7")
    assert prefilter.may_match("\u0663")  # not matched by Python either way: wider is allowed
    assert prefilter.may_match("é")


def test_case_insensitive_patterns_are_always_a_maybe():
    with pytest.raises(Unsupported):
        relaxed(re.compile("iban", re.IGNORECASE))
    prefilter = Prefilter([re.compile("iban", re.IGNORECASE), re.compile("paypal")])
    assert prefilter.candidates("nothing here") == frozenset({0})
    assert prefilter.candidates("paypal") == frozenset({0, 1})


def test_candidates_name_each_pattern_that_may_match():
    patterns = [re.compile("twint"), re.compile(r"\d{5}"), re.compile("iban")]
    prefilter = Prefilter(patterns)
    assert prefilter.candidates("twint 12345") == frozenset({0, 1})
    assert prefilter.candidates("") == frozenset()
    assert not prefilter.may_match("ordinary reply")


def test_the_probe_string_is_never_a_candidate():
    prefilter = Prefilter([re.compile("twint")])
    assert prefilter.candidates("\x00\x00prefilter-probe\x00\x00") == frozenset()


def test_every_contact_pattern_is_relaxed_and_never_rules_out_a_text_it_matches():
    # The contact check's patterns (two markets' worth: ~180 each, most shared), on a sample of the
    # texts of data/: a pattern that matches a text is always among the text's candidates. The
    # patterns the check prefilters are tested on every sentence of data/ (tests/test_fast_paths.py).
    import importlib
    import pkgutil

    import screening.checks.contact.channels as channels
    from screening.checks.contact.channels.patterns import market_patterns
    from screening.core.policy import Policy
    from screening.text import normalize
    from tests.test_fast_paths import data_texts

    modules = [
        importlib.import_module(f"{channels.__name__}.{m.name}") for m in pkgutil.iter_modules(channels.__path__)
    ]
    policy = Policy.load()
    texts = [normalize(text, scripts=False).text for text in data_texts()[::331]]  # ~480 of them: time
    checked = 0
    for languages in (tuple(policy.for_market("fr").languages), tuple(policy.for_market("pl").languages)):
        p = market_patterns(languages, ("swapiphone",))
        found = [getattr(p, name) for name in p.__slots__ if isinstance(getattr(p, name, None), re.Pattern)]
        found += [value for module in modules for value in vars(module).values() if isinstance(value, re.Pattern)]
        patterns = list({id(pattern): pattern for pattern in found}.values())
        for pattern in patterns:
            relaxed(pattern)  # every one of them is relaxed (none is left a "maybe")
        prefilter = Prefilter(patterns)
        for text in texts:
            maybe = prefilter.candidates(text)
            for i, pattern in enumerate(patterns):
                if i not in maybe:
                    assert pattern.search(text) is None, (languages, pattern.pattern[:80], text[:120])
                    checked += 1
    assert checked > 40_000
