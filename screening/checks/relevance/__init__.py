"""The relevance check (rule R5: each answer fits the buyer's situation): `relevance.ignores_question`.

lexicon.yaml  topics a buyer asks about, question and request words, kinds of answer (8 languages)
lexicon.py    loads it into compiled patterns; the folding the features use
questions.py  does the buyer's message ask anything? (the check abstains when not)
features.py   what the model reads in a (buyer, reply) pair (shared with training/)
model.py      the exported linear model, scored in plain Python, calibrated
check.py      RelevanceCheck: one finding on a reply that ignores the buyer's question
"""

from screening.checks.relevance.check import RelevanceCheck
from screening.checks.relevance.model import ARTIFACT_FORMAT, RelevanceModel

__all__ = ["ARTIFACT_FORMAT", "RelevanceCheck", "RelevanceModel"]
