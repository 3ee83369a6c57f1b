"""Tools of the template check (rule R5): placeholder normalisation, MinHash sketches, the band index."""

from screening.template.normalise import Normalised, normalise
from screening.template.sketch import Sketch, sketch, sketch_many

__all__ = ["Normalised", "Sketch", "normalise", "sketch", "sketch_many"]
