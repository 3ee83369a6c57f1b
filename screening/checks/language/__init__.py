"""The language check (rule R3): replies in the market's language.

cleaner.py     a reply cut down to its main body (greetings, sign-offs, quotes, names masked)
detectors.py   the language detectors behind one interface
alphabets.py   alphabet vetoes (a reply in another script)
evaluation.py  the evaluation data loaders
check.py       LanguageCheck
"""

from screening.checks.language.check import LanguageCheck

__all__ = ["LanguageCheck"]
