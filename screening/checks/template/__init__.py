"""The template check (rule R5): the same reply pasted across conversations, and autoresponders.

placeholders.py         a reply with its variable parts (names, numbers, dates) replaced by placeholders
sketch.py               MinHash sketches of a normalised reply
fingerprint.py          placeholders + sketch: what the history stores for each reply
index.py                the band index over the stored fingerprints of one seller
similarity.py           shingle overlap for paraphrases
autoresponder.py        autoresponder phrases; autoresponder_model.py the exported model
check.py                TemplateCheck
"""

from screening.checks.template.placeholders import Normalised, normalise
from screening.checks.template.sketch import Sketch, sketch, sketch_many
from screening.checks.template.check import TemplateCheck

__all__ = ["Normalised", "Sketch", "TemplateCheck", "normalise", "sketch", "sketch_many"]
