"""Buyer-message escalation (rules R8, R9): the lexicon per language and the rule detector.

The check itself is screening/checks/escalation.py; this package holds what it is built from.
"""

from screening.escalation.lexicon import CATEGORIES, LANGUAGES
from screening.escalation.rules import Hit, RuleDetector

__all__ = ["CATEGORIES", "LANGUAGES", "Hit", "RuleDetector"]
