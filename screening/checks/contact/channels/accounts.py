"""Bank account numbers offered for a payment: IBANs anywhere in the text, and Hungarian and Czech
national account numbers beside a word for an account or a transfer."""

from __future__ import annotations

import re
from typing import ClassVar

from screening.checks.contact import lexicon as lx
from screening.checks.contact.channels.recognizer import ChannelHit, NamedPattern, TextRecognizer
from screening.checks.contact.identifiers import (
    ACCOUNT_WORDS,
    IBAN,
    NATIONAL_ACCOUNT,
    NRB_SHAPED,
    iban_shaped,
    iban_valid,
)

# Quick test for an IBAN's country+check-digits start ("de89", "fr76") before the full pattern.
_IBAN_START = re.compile(r"\b[a-z]{2}\d{2}")

_MONEY_MOVES = re.compile(
    r"(?<![a-z])(?:"
    + lx.TRANSFER_WORDS
    + "|"
    + lx.PAY_VERBS
    + r"|καταθεσ\w*|tilisiir\w*|tilille\w*|overmaa?k\w*)(?![a-z])"
)

# "My account", "the money": words that make an IBAN-shaped number the place to pay.
_MY_ACCOUNT = re.compile(
    r"(?<![a-z])(?:account|konto|kontot|kontoen|rekening\w*|ucet|uctu|tili\w*|cuenta|conto|compte|conta|"
    r"rachun\w*|szamla\w*|peniaze|penize|pieniadze|pengar|penge|rahat|penzt|bani|χρηματα)(?![a-z])"
)


class IbanRecognizer(TextRecognizer):
    name = "iban"
    patterns: ClassVar[tuple[NamedPattern, ...]] = (
        NamedPattern("iban_valid", "payment", 0.97, "bank account number (IBAN)"),
        # A mistyped or made-up check digit is still an account offered, when money is to move to
        # it ("IBAN DE89..." alone, with a wrong check digit, is no offer).
        NamedPattern("iban_shape", "payment", 0.9, "bank account number (IBAN shape)"),
    )

    def may_hold(self, text: str) -> bool:
        return _IBAN_START.search(text) is not None

    def find(self, text: str) -> list[ChannelHit]:
        hits = []
        money_moves = None  # whether the text speaks of moving money (looked up once)
        for match in IBAN.finditer(text):
            rule, length = _iban_reading(match.group(0))
            if rule == "iban_shape":
                if money_moves is None:
                    # Money to move, or "my account": an IBAN-shaped number given as where to pay.
                    money_moves = _MONEY_MOVES.search(text) is not None or _MY_ACCOUNT.search(text) is not None
                if not money_moves:
                    continue
            if rule:
                hits.append(self.hit(rule, match.start(), match.start() + length))
        return hits


def _iban_reading(candidate: str) -> tuple[str, int]:
    """("iban_valid" or "iban_shape", the IBAN's length), or ("", 0) for no IBAN. The pattern may
    take a following short word as a last group ("... 6260 y"): up to two are dropped."""
    for _ in range(3):
        if iban_valid(candidate):
            return "iban_valid", len(candidate)
        if iban_shaped(candidate):
            return "iban_shape", len(candidate)
        if " " not in candidate:
            break
        candidate = candidate.rsplit(" ", 1)[0]
    return "", 0


class NationalAccountRecognizer(TextRecognizer):
    name = "bank_account"
    patterns: ClassVar[tuple[NamedPattern, ...]] = (
        NamedPattern("national_account", "payment", 0.9, "bank account number"),
    )

    def may_hold(self, text: str) -> bool:
        return "-" in text or "/" in text or NRB_SHAPED.search(text) is not None

    def find(self, text: str) -> list[ChannelHit]:
        hits = []
        for match in NATIONAL_ACCOUNT.finditer(text):
            start, end = max(0, match.start() - 60), min(len(text), match.end() + 40)
            if not ACCOUNT_WORDS.search(text, start, end):
                continue
            if _REFUND.search(text, start, end):
                continue  # "Zwrot na rachunek ...": the buyer's account, for a refund
            hits.append(self.hit("national_account", match.start(), match.end()))
        return hits


# Money going back to the buyer: the account named is theirs.
_REFUND = re.compile(
    r"(?<![a-z])(?:zwrot\w*|zwroc\w*|refund\w*|rembours\w*|erstatt\w*|ruckerstatt\w*|reembols\w*|rimbors\w*|"
    r"terugbetal\w*|terugstort\w*|visszatérít\w*|vratk\w*|vraceni|devolu\w*)"
)
