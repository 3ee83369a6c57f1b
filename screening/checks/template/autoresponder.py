"""Phrases that only an automated reply writes, in the markets' languages (docs/formats.md §5).

Phrases are written in their usual spelling; both they and the text are matched accent-folded, and
the folded text keeps every character's position, so a finding's offsets point into the original.
Each phrase says outright that the text is automated, or is an out-of-office notice: wording an
individual answer to a buyer does not use (rule R5).
Sources: the standard wording of mail clients' automatic replies (Outlook, Gmail, Thunderbird) in
each language, and the "do not reply" footers of order-notification mails.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from screening.text.normalize import fold_latin

# The phrase table keeps its hand layout (one language per entry), so ruff format leaves it.
# fmt: off
PHRASES: dict[str, tuple[str, ...]] = {
    "en": ("automated reply", "automatic reply", "auto-reply", "autoreply", "auto reply", "automated response",
           "automatic response", "this is an automated message", "this message was generated automatically",
           "do not reply to this message", "please do not reply", "do not reply to this email",
           "out of office", "this mailbox is not monitored"),
    "fr": ("reponse automatique", "message automatique", "ne pas repondre a ce message", "ne repondez pas a ce message",
           "merci de ne pas repondre", "je suis actuellement absent", "absent du bureau"),
    "de": ("automatische antwort", "automatische nachricht", "antworten sie nicht auf diese",
           "bitte nicht auf diese nachricht antworten", "abwesenheitsnotiz", "nicht im Büro", "außerhalb des Büros"),
    "es": ("respuesta automatica", "mensaje automatico", "no responda a este mensaje", "por favor, no responda",
           "por favor no responda", "fuera de la oficina"),
    "ca": ("resposta automatica", "missatge automatic", "no respongueu a aquest missatge"),
    "it": ("risposta automatica", "messaggio automatico", "non rispondere a questo messaggio",
           "si prega di non rispondere", "fuori ufficio"),
    "nl": ("automatisch antwoord", "automatisch bericht", "antwoord niet op dit bericht", "reageer niet op dit bericht",
           "afwezigheidsbericht", "niet op kantoor"),
    "pl": ("automatyczna odpowiedź", "wiadomość automatyczna", "nie odpowiadaj na tę wiadomość",
           "nie odpowiadaj na tą wiadomość", "prosimy nie odpowiadać", "proszę nie odpowiadać", "poza biurem"),
    "pt": ("resposta automatica", "mensagem automatica", "nao responda a esta mensagem", "por favor nao responda",
           "fora do escritorio"),
    "sv": ("automatiskt svar", "autosvar", "automatiskt meddelande", "svara inte pa detta meddelande",
           "franvaromeddelande"),
    "fi": ("automaattinen vastaus", "automaattinen viesti", "ala vastaa tahan viestiin", "poissaoloviesti"),
    "da": ("automatisk svar", "automatisk besked", "svar venligst ikke på denne", "fraværsmeddelelse"),
    "cs": ("automaticka odpoved", "automaticka zprava", "neodpovidejte na tuto zpravu"),
    "sk": ("automaticka odpoved", "automaticka sprava", "neodpovedajte na tuto spravu"),
    "el": ("αυτοματη απαντηση", "αυτοματοποιημενη απαντηση", "αυτοματο μηνυμα", "μην απαντησετε σε αυτο το μηνυμα"),
    "ro": ("raspuns automat", "mesaj automat", "nu raspundeti la acest mesaj"),
    "hu": ("automatikus valasz", "automatikus uzenet", "ne valaszoljon erre az uzenetre"),
}

# "Generated / sent automatically" says a notice is automatic when it is said of the message ("this
# message was generated automatically"), but ordinary answers say it of the documents the platform
# makes ("the return label is created automatically", "the invoice is sent automatically"). These
# participles count only in a sentence that names a message or a reply (MESSAGE_WORDS, word starts;
# not "e-mail": the platform sends invoices by e-mail).
PARTICIPLES: dict[str, tuple[str, ...]] = {
    "fr": ("genere automatiquement", "envoye automatiquement"),
    "de": ("automatisch generiert", "automatisch erstellt", "automatisch versendet"),
    "es": ("generado automaticamente", "enviado automaticamente"),
    "it": ("generato automaticamente", "inviato automaticamente"),
    "nl": ("automatisch gegenereerd", "automatisch verzonden"),
    "pl": ("automatycznie wygenerowana", "wygenerowana automatycznie"),
    "pt": ("gerada automaticamente", "enviada automaticamente"),
    "cs": ("automaticky generovana",),
    "sk": ("automaticky generovana",),
    "ro": ("generat automat",),
    "hu": ("automatikusan generalt",),
}
MESSAGE_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("message", "reponse"),
    "de": ("nachricht", "antwort", "mitteilung"),
    "es": ("mensaje", "respuesta"),
    "it": ("messaggio", "risposta"),
    "nl": ("bericht", "antwoord"),
    "pl": ("wiadomos", "odpowiedz"),
    "pt": ("mensage", "resposta"),
    "cs": ("zprav", "odpoved"),
    "sk": ("sprav", "odpoved"),
    "ro": ("mesaj", "raspuns"),
    "hu": ("uzenet", "valasz"),
}
# fmt: on


# The autoresponder model (autoresponder_model.py) was trained on words folded this way, and the
# phrases above are written folded: fold_latin, not normalize(), so neither moves when the search
# normaliser changes.
fold = fold_latin


def _phrase_pattern(phrase: str) -> str:
    words = [re.escape(w) for w in fold(phrase).split()]
    return r"[\s\-]+".join(words)


def _any_phrase_of(table: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """One pattern for every phrase of `table`, whole words, longest first."""
    phrases = sorted({_phrase_pattern(p) for ps in table.values() for p in ps}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(phrases) + r")(?!\w)")


_PATTERN = _any_phrase_of(PHRASES)
_PARTICIPLE = _any_phrase_of(PARTICIPLES)
_MESSAGE_WORD = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted({re.escape(fold(w)) for ws in MESSAGE_WORDS.values() for w in ws})) + r")"
)
_SENTENCE_END = re.compile(r"[.!?\n]")


def _said_of_a_message(folded: str, start: int, end: int) -> bool:
    """Whether the sentence around folded[start:end] names a message or a reply."""
    sentence_start = max(folded.rfind(mark, 0, start) for mark in ".!?\n") + 1
    after = _SENTENCE_END.search(folded, end)
    return _MESSAGE_WORD.search(folded, sentence_start, after.start() if after else len(folded)) is not None


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int


def _first_phrase(folded: str) -> tuple[int, int] | None:
    """(start, end) of the first phrase, or of a participle said of a message, in folded text."""
    found = []
    if (phrase := _PATTERN.search(folded)) is not None:
        found.append(phrase.span())
    participle = next((m for m in _PARTICIPLE.finditer(folded) if _said_of_a_message(folded, *m.span())), None)
    if participle is not None:
        found.append(participle.span())
    return min(found) if found else None


def find_autoresponder(text: str) -> Match | None:
    """The first autoresponder phrase in `text`, or None."""
    folded = fold(unicodedata.normalize("NFC", text))
    span = _first_phrase(folded)
    if span is None:
        return None
    if len(folded) != len(text):  # NFC changed the length (decomposed input): offsets cover the whole text
        return Match(0, len(text))
    return Match(*span)
