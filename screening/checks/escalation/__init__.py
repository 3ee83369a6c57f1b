"""The escalation check (rules R8, R9): buyer messages that need a person, not a template.

lexicon.py  the phrases per category and language, with their guards
rules.py    RuleDetector: the lexicon matched over a message, with hypothetical/avoidance guards
model.py    the exported character n-gram model, scored in plain Python
check.py    EscalationCheck: rules and model combined into one finding per category
"""

from screening.checks.escalation.lexicon import CATEGORIES, LANGUAGES
from screening.checks.escalation.rules import Hit, RuleDetector
from screening.checks.escalation.check import EscalationCheck

__all__ = ["CATEGORIES", "LANGUAGES", "EscalationCheck", "Hit", "RuleDetector"]
