"""A channel of the seller's pointed at on paper: "my number is on the delivery note", "mon e-mail
est sur la facture". The finding's code is the channel's (phone, email, social)."""

from __future__ import annotations

import re
from typing import ClassVar

from screening.checks.contact import lexicon as lx
from screening.checks.contact.channels.recognizer import ChannelHit, NamedPattern, Sentence, SentenceRecognizer

# The buyer's own payment card: a number on it, or of it, is the bank's ("call your bank on the number
# on the back of your card", "a foto mostra o número completo do cartão").
_BUYERS_CARD = re.compile(
    r"(?<![a-z])(?:your|votre|ta|ihrer|ihre|deiner|deine|tu|su|la sua|tua|uw|je|jouw|pani|pana|twojej|twoja|"
    r"seu|sua|do|du|della|der)\s+(?:card|carte|karte|tarjeta|carta|kaart|karty|karta|cartao)(?![a-z])"
)

# How far after a sentence a call asked for still belongs to its number (about the next sentence).
_NEXT_SENTENCE = 60

# The named group of the pointer pattern that matched -> the named pattern that fired.
_POINTER_RULES = {"phone": "number_on_document", "mail": "email_on_document", "app": "app_on_document"}


class DocumentPointerRecognizer(SentenceRecognizer):
    name = "documents"
    patterns: ClassVar[tuple[NamedPattern, ...]] = (
        NamedPattern("number_on_document", "phone", 0.86, "points to the seller's number on a printed document"),
        NamedPattern("email_on_document", "email", 0.86, "points to the seller's e-mail on a printed document"),
        NamedPattern("app_on_document", "social", 0.86, "points to the seller's messaging app on a printed document"),
    )
    gate_prefixes = lx.GATE_DOCUMENT_PREFIXES

    def find(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        hits = []
        for count, pointer in enumerate(p.pointer.finditer(text, s_start, s_end)):
            if count >= 8:
                break
            if p.reference_after.match(text, pointer.end()):
                continue  # "mon numéro de commande est sur la facture": a reference
            window_start, window_end = max(s_start, pointer.start() - 50), min(s_end, pointer.end() + 50)
            document = p.documents.search(text, window_start, window_end)
            if document is None or p.negated(text, max(s_start, pointer.start() - 20), pointer.start()):
                continue
            if _BUYERS_CARD.search(text, max(s_start, document.start() - 14), document.end()):
                continue  # "the number on the back of your card", "o número do cartão": the bank's
            kind = next(group for group in _POINTER_RULES if pointer.group(group))
            start, end = min(pointer.start(), document.start()), max(pointer.end(), document.end())
            hits.append(self.hit(_POINTER_RULES[kind], start, end))
        # The call may be asked in the next sentence: "The number is on the receipt. Call any time."
        if not hits and p.document_call.search(text, s_start, min(len(text), s_end + _NEXT_SENTENCE)):
            hits += self._number_with_article(sentence)
        return hits

    def _number_with_article(self, sentence: Sentence) -> list[ChannelHit]:
        """ "Die Nummer steht auf der Originalschachtel, einfach anrufen": the number pointed at with
        an article, a call or a text asked for in the sentence."""
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        for pointer in p.article_pointer.finditer(text, s_start, s_end):
            if p.reference_after.match(text, pointer.end()):
                continue
            document = p.documents.search(text, pointer.end(), min(s_end, pointer.end() + 60))
            if document is None or p.negated(text, max(s_start, pointer.start() - 20), pointer.start()):
                continue
            if _BUYERS_CARD.search(text, max(s_start, document.start() - 14), document.end()):
                continue
            return [self.hit("number_on_document", pointer.start(), document.end())]
        return []
