"""Shared text tools. Every transformation keeps a map back to the original text, so a finding
found in normalised text reports offsets into the text the seller wrote.

- view.TextView: a transformed string plus, for each character, its offset in the original.
- normalize.normalize(): NFKC, full-width and homoglyph folding, accents folded, lower case; and
  the other, offset-preserving folds the trained models' features use (fold_case, fold_accents,
  fold_latin) and a duplicate key (fold_key), each written once there with why they differ.
- numbers.find_number_runs(): digits, leetspeak digits and spelled-out numbers (8 languages) as
  digit strings with their spans.
- patterns: regexes for e-mails, URLs, dates, prices, units, shared by the checks.
"""

from screening.text.normalize import normalize
from screening.text.view import TextView

__all__ = ["TextView", "normalize"]
