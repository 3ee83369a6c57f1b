"""The shared greeting lexicon (screening/text/greetings.yaml) and what each check reads from it."""

from __future__ import annotations

import pytest

from screening.text.greetings import USES, greetings


@pytest.mark.parametrize(
    "use, entry, tagged",
    [
        ("word", "cordialement", True),  # a sign-off word: a sentence of these is not the main body
        ("name", "sehr geehrter", True),  # a name follows it in a template
        ("name", "cordialement", False),  # a closing, not a greeting a name follows
        ("opener", "dzien dobry", True),  # escalation reads folded text: the folded spelling
        ("opener", "dzień dobry", False),  # ... and not the accented one
        ("opener+name", "dear", True),  # "dear Sir, why ..." opens a question
        ("opener", "dear", False),  # "dear" alone does not
    ],
)
def test_entries_count_where_tagged(use, entry, tagged):
    assert (entry in greetings(use)) is tagged


@pytest.mark.parametrize("use", USES)
def test_every_use_has_entries_in_lower_case(use):
    entries = greetings(use)
    assert entries and all(entry == entry.lower() for entry in entries)


def test_an_unknown_use_is_refused_with_the_allowed_ones():
    with pytest.raises(ValueError, match="opener"):
        greetings("salutation")
