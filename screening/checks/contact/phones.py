"""Phone numbers of every market, however written, validated with libphonenumber (`phonenumbers`).

Pre-filter, then bound: number runs come from screening.text.numbers (digits, leetspeak, spelled
words); only windows of 8 to 15 digits reach libphonenumber, at most MAX_VALIDATIONS per message,
so a 20,000-character wall of digits costs milliseconds, not seconds.

Why a bare valid-number test is not enough: libphonenumber accepts "2026031512" as a German
number (area code 202) and most 9-digit strings as Spanish or Portuguese ones. So a national number
must start with its country's trunk prefix where there is one (0 in FR, DE, NL...), numbers that are
introduced as references (order, tracking, IMEI...) or sit in dates, prices and quantities are
skipped, and the score says how sure we are: the market's own numbers and obfuscated ones score
high (block), a plain digit string only valid abroad scores low (flag).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneMetadata

from screening.checks.contact.identifiers import (
    imei_grouping,
    looks_like_imei,
    protected_spans,
    reference_after,
    reference_before,
)
from screening.text.numbers import NumberRun

# The markets' regions (docs/formats.md §5), in the order foreign numbers are tried.
REGIONS = (
    "FR",
    "DE",
    "ES",
    "IT",
    "NL",
    "BE",
    "PL",
    "PT",
    "GB",
    "CH",
    "AT",
    "IE",
    "LU",
    "SE",
    "FI",
    "DK",
    "CZ",
    "SK",
    "GR",
    "RO",
    "HU",
    "US",
)
MIN_DIGITS = 8  # Denmark's 8-digit numbers are the shortest national numbers of the markets
MAX_DIGITS = 15  # E.164
MAX_VALIDATIONS = 120  # libphonenumber calls per message
MAX_WINDOWS = 400  # candidate windows looked at per message, whatever their fate

# Words that announce a phone number near it (accent-folded, lower case).
_PHONE_CUES = re.compile(
    r"\b(?:tel|tele?phone|telefon\w*|telefoon\w*|telefono|telemovel|phone|portable|mobile?|mobil|handy|"
    r"movil|cellulare|cell|gsm|komorka|numero|number|nummer|numer|appel\w*|call|ring|anruf\w*|ruf|"
    r"llam\w*|chiam\w*|bel|zadzwon\w*|liga|ligue|sms|text|whats\s?app|joignable|erreichbar|contact\w*|"
    r"kontakt\w*|contatt\w*|contacto|bereikbaar)\b"
)


@dataclass(frozen=True, slots=True)
class PhoneHit:
    start: int  # offsets in the view the runs came from
    end: int
    score: float
    detail: str
    pattern: str = ""  # which reading fired: international, market, foreign, country_code or disguised


@lru_cache(maxsize=None)
def _trunk_prefix(region: str) -> str:
    metadata = PhoneMetadata.metadata_for_region(region)
    return (metadata.national_prefix or "") if metadata else ""


@lru_cache(maxsize=4096)
def _valid_national(digits: str, region: str) -> bool:
    prefix = _trunk_prefix(region)
    # Where a country dials national numbers with a trunk prefix, a number written without it is
    # not a national number of that country (US '1' is optional in practice).
    if prefix and prefix != "1" and not digits.startswith(prefix):
        return False
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number_for_region(number, region)


@lru_cache(maxsize=4096)
def _valid_international(digits: str) -> str | None:
    """The region of a valid number written with its country code, or None."""
    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.region_code_for_number(number)


class _Budget:
    def __init__(self, limit: int, windows: int = MAX_WINDOWS):
        self.left = limit
        self.windows = windows

    def spend(self) -> bool:
        self.left -= 1
        return self.left >= 0

    def look(self) -> bool:
        """Count one candidate window; False once the message has had its share."""
        self.windows -= 1
        return self.windows >= 0 and self.left > 0


def _judge(digits: str, plus: bool, region: str, budget: _Budget) -> tuple[str, str] | None:
    """(kind, region) when `digits` is a valid phone number: kind is international, market,
    foreign or country_code (international written without + or 00)."""
    if plus or digits.startswith("00"):
        if not budget.spend():
            return None
        found = _valid_international(digits[2:] if digits.startswith("00") else digits)
        return ("international", found) if found else None
    if not budget.spend():
        return None
    if _valid_national(digits, region):
        return ("market", region)
    for other in REGIONS:
        if other == region:
            continue
        prefix = _trunk_prefix(other)
        if prefix and prefix != "1" and not digits.startswith(prefix):
            continue  # cheap rejection before spending a validation
        if not budget.spend():
            return None
        if _valid_national(digits, other):
            return ("foreign", other)
    if len(digits) >= 10 and digits[0] != "0" and budget.spend():
        found = _valid_international(digits)
        if found:
            return ("country_code", found)
    return None


def _score(kind: str, run_obfuscated: bool, separated: bool, cued: bool, region: str, found: str) -> float:
    if run_obfuscated:
        return 0.97  # spelling a number out or in leetspeak is a deliberate dodge
    base = {"international": 0.97, "market": 0.95, "foreign": 0.75, "country_code": 0.7}[kind]
    if kind == "foreign" and _trunk_prefix(found) not in ("", "1"):
        base = 0.88  # a trunk-prefixed number (0...) is hard to mistake for an id
    if cued:
        base += 0.1
    if separated and kind in ("foreign", "country_code"):
        base += 0.05
    return min(base, 0.99)


def _glued_to_identifier(text: str, start: int) -> bool:
    """'SWP-2026-144977', 'REF/20261234', 'A2403-...': digits hanging off a word are an id."""
    if start == 0:
        return False
    before = text[start - 1]
    if before.isalpha():
        return True
    return before in "-_/#" and start >= 2 and text[start - 2].isalnum()


def _drop_stray_words(run: NumberRun) -> list[NumberRun]:
    """A lone number word among digits ("am 03.04.2026 um 13", "the one 0612...") is a word, not a
    digit: unless the run spells at least two groups or four digits, split it at its words."""
    spelled = [g for g in run.groups if g.spelled]
    if not spelled or len(spelled) >= 2 or sum(len(g.digits) for g in spelled) >= 4:
        return [run]
    parts: list[NumberRun] = []
    current: list = []
    for group in run.groups:
        if group.spelled:
            if current:
                parts.append(NumberRun(tuple(current), run.plus if not parts and current[0] is run.groups[0] else None))
            current = []
        else:
            current.append(group)
    if current:
        parts.append(NumberRun(tuple(current), run.plus if not parts and current[0] is run.groups[0] else None))
    return parts


def _protected(text: str, start: int, end: int) -> bool:
    """Whether [start, end) touches a date, time, price, quantity, tracking number or IBAN.
    Looked up around the window only (a margin covers the longest such pattern), so a long text
    is never scanned whole for this."""
    low = max(0, start - 40)
    return any(s < end - low and start - low < e for s, e in protected_spans(text[low : end + 40]))


def find_phones(text: str, runs: list[NumberRun], region: str) -> list[PhoneHit]:
    """Phone numbers among `runs` (found in `text`, a normalised view)."""
    hits: list[PhoneHit] = []
    budget = _Budget(MAX_VALIDATIONS)
    for run in [part for whole in runs for part in _drop_stray_words(whole)]:
        total = sum(len(g.digits) for g in run.groups)
        if total < MIN_DIGITS or budget.left <= 0:
            continue
        if total > MAX_DIGITS and _blocks_of_four(run):
            continue  # "6200 1234 5678 9012 3456": a parcel, card or account number, no phone inside
        groups = run.groups
        i = 0
        while i < len(groups) and budget.left > 0 and budget.windows > 0:
            found = _best_window(text, run, i, region, budget)
            if found is None:
                i += 1
                continue
            hit, next_index = found
            hits.append(hit)
            i = next_index
    return hits


def _blocks_of_four(run: NumberRun) -> bool:
    """Whether a run is written in blocks of four digits or more, all of one length, as parcel,
    card and account numbers are (phone numbers are grouped in twos and threes, or not at all)."""
    lengths = {len(g.digits) for g in run.groups}
    return run.plus is None and len(run.groups) >= 4 and len(lengths) == 1 and min(lengths) >= 4


def _best_window(text: str, run: NumberRun, i: int, region: str, budget: _Budget) -> tuple[PhoneHit, int] | None:
    """The longest valid phone number starting at group i, and the index after it."""
    ends: list[tuple[int, str]] = []
    digits = ""
    for j in range(i, len(run.groups)):
        digits += run.groups[j].digits
        if len(digits) > MAX_DIGITS:
            break
        if len(digits) >= MIN_DIGITS:
            ends.append((j, digits))
    for j, window in reversed(ends):
        if not budget.look():
            return None
        hit = _try(text, run, i, j, window, region, budget)
        if hit is not None:
            return hit, j + 1
    return None


def _span(run: NumberRun, i: int, j: int) -> tuple[int, int]:
    """The span of groups i to j. A number dictated in pieces ("starts with 06, ends with 78, the
    middle is 12 34 56") has its groups in the order of the number, not of the text: the span runs
    from the first to the last of them in the text."""
    groups = run.groups[i : j + 1]
    start = run.plus if (i == 0 and run.plus is not None) else min(g.start for g in groups)
    return start, max(g.end for g in groups)


_YEAR = re.compile(r"19[5-9]\d|20[0-4]\d")


def _not_a_phone(text: str, run: NumberRun, i: int, j: int, digits: str) -> bool:
    """Digits that are an id, an IMEI, a reference, a date, a price...: never a phone, valid or not."""
    groups = run.groups[i : j + 1]
    start, end = _span(run, i, j)
    # One unbroken digit string longer than a national number is an id, not a phone, unless
    # written with its international prefix.
    if len(groups) == 1 and len(digits) > 11 and not (run.plus is not None or digits.startswith("00")):
        return True
    if (
        looks_like_imei(digits)
        or looks_like_imei(run.digits)
        or imei_grouping(tuple(len(g.digits) for g in run.groups), run.digits)
    ):
        return True
    if _glued_to_identifier(text, start):
        return True
    if len(groups) > 1 and all(_YEAR.fullmatch(g.digits) and not (g.spelled or g.leet) for g in groups):
        return True  # "iPhone SE (2020 y 2022)", "2019-2021": years, written as years
    return (
        reference_before(text, run.start)
        or reference_before(text, start)
        or reference_after(text, end)
        or _protected(text, start, end)
    )


def _try(text: str, run: NumberRun, i: int, j: int, digits: str, region: str, budget: _Budget) -> PhoneHit | None:
    groups = run.groups[i : j + 1]
    start, end = _span(run, i, j)
    obfuscated = any(g.spelled or g.leet for g in groups)
    if _not_a_phone(text, run, i, j, digits):
        return None
    judged = _judge(digits, i == 0 and run.plus is not None, region, budget)
    if judged is None:
        return None
    kind, found = judged
    cued = _PHONE_CUES.search(text, max(0, start - 40), start) is not None
    score = _score(kind, obfuscated, len(groups) > 1, cued, region, found)
    if start > 0 and text[start - 1] == "(" and ")" in text[start:end]:
        start -= 1  # "(415) 867-5309": the bracket belongs to the number
    how = (
        "spelled out or disguised"
        if obfuscated
        else {
            "international": "in international format",
            "market": "national format",
            "foreign": "national format",
            "country_code": "with its country code",
        }[kind]
    )
    return PhoneHit(start, end, score, f"{found} phone number, {how}", "disguised" if obfuscated else kind)


def phone_in_pieces(
    text: str, run: NumberRun, region: str, announced: bool, fill_zeros: bool = False
) -> PhoneHit | None:
    """The phone number a number dictated in pieces makes as a whole (assembled_numbers.py), `run`
    holding its groups in the order of the number. Judged as any number (libphonenumber); when its
    digits are no valid number but the words say it is one (`announced`: "my number starts with ...
    ends with ..."), eight digits or more make one, the rule for numbers assembled over replies.
    `fill_zeros`: its last group stands for "the rest is zeros", as many as make a number."""
    if fill_zeros:
        return _filled_with_zeros(text, run, region)
    digits = run.digits
    last = len(run.groups) - 1
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        return None
    hit = _try(text, run, 0, last, digits, region, _Budget(MAX_VALIDATIONS))
    if hit is not None or not announced or _not_a_phone(text, run, 0, last, digits):
        return hit
    start, end = _span(run, 0, last)
    return PhoneHit(start, end, 0.85, "phone number dictated in pieces, announced as one", "pieces")


# "the rest is zeros": tried with up to this many (a national number has at most 11 digits).
MAX_REST_ZEROS = 8


def _filled_with_zeros(text: str, run: NumberRun, region: str) -> PhoneHit | None:
    """The number whose last group is "the rest is zeros": with the fewest zeros that make a number of
    the market, else of another country."""
    *groups, rest = run.groups
    filled = [NumberRun((*groups, replace(rest, digits="0" * n)), run.plus) for n in range(1, MAX_REST_ZEROS + 1)]
    filled = [f for f in filled if MIN_DIGITS <= len(f.digits) <= MAX_DIGITS]
    national = [f for f in filled if _valid_national(f.digits, region)]
    for candidate in national[:1] + filled:
        hit = phone_in_pieces(text, candidate, region, False)
        if hit is not None:
            return hit
    return None
