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
    "fr": ("reponse automatique", "message automatique", "genere automatiquement", "envoye automatiquement",
           "ne pas repondre a ce message", "ne repondez pas a ce message", "merci de ne pas repondre",
           "je suis actuellement absent", "absent du bureau"),
    "de": ("automatische antwort", "automatische nachricht", "automatisch generiert", "automatisch erstellt",
           "automatisch versendet", "antworten sie nicht auf diese", "bitte nicht auf diese nachricht antworten",
           "abwesenheitsnotiz", "nicht im Büro", "außerhalb des Büros"),
    "es": ("respuesta automatica", "mensaje automatico", "generado automaticamente", "enviado automaticamente",
           "no responda a este mensaje", "por favor, no responda", "por favor no responda", "fuera de la oficina"),
    "ca": ("resposta automatica", "missatge automatic", "no respongueu a aquest missatge"),
    "it": ("risposta automatica", "messaggio automatico", "generato automaticamente", "inviato automaticamente",
           "non rispondere a questo messaggio", "si prega di non rispondere", "fuori ufficio"),
    "nl": ("automatisch antwoord", "automatisch bericht", "automatisch gegenereerd", "automatisch verzonden",
           "antwoord niet op dit bericht", "reageer niet op dit bericht", "afwezigheidsbericht", "niet op kantoor"),
    "pl": ("automatyczna odpowiedź", "wiadomość automatyczna", "automatycznie wygenerowana",
           "wygenerowana automatycznie", "nie odpowiadaj na tę wiadomość", "nie odpowiadaj na tą wiadomość",
           "prosimy nie odpowiadać", "proszę nie odpowiadać", "poza biurem"),
    "pt": ("resposta automatica", "mensagem automatica", "gerada automaticamente", "enviada automaticamente",
           "nao responda a esta mensagem", "por favor nao responda", "fora do escritorio"),
    "sv": ("automatiskt svar", "autosvar", "automatiskt meddelande", "svara inte pa detta meddelande",
           "franvaromeddelande"),
    "fi": ("automaattinen vastaus", "automaattinen viesti", "ala vastaa tahan viestiin", "poissaoloviesti"),
    "da": ("automatisk svar", "automatisk besked", "svar venligst ikke på denne", "fraværsmeddelelse"),
    "cs": ("automaticka odpoved", "automaticka zprava", "automaticky generovana", "neodpovidejte na tuto zpravu"),
    "sk": ("automaticka odpoved", "automaticka sprava", "automaticky generovana", "neodpovedajte na tuto spravu"),
    "el": ("αυτοματη απαντηση", "αυτοματοποιημενη απαντηση", "αυτοματο μηνυμα", "μην απαντησετε σε αυτο το μηνυμα"),
    "ro": ("raspuns automat", "mesaj automat", "generat automat", "nu raspundeti la acest mesaj"),
    "hu": ("automatikus valasz", "automatikus uzenet", "automatikusan generalt", "ne valaszoljon erre az uzenetre"),
}
# fmt: on


# The autoresponder model (autoresponder_model.py) was trained on words folded this way, and the
# phrases above are written folded: fold_latin, not normalize(), so neither moves when the search
# normaliser changes.
fold = fold_latin


def _phrase_pattern(phrase: str) -> str:
    words = [re.escape(w) for w in fold(phrase).split()]
    return r"[\s\-]+".join(words)


_PATTERN = re.compile(
    r"(?<!\w)(?:"
    + "|".join(sorted({_phrase_pattern(p) for ps in PHRASES.values() for p in ps}, key=len, reverse=True))
    + r")(?!\w)"
)


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int


def find_autoresponder(text: str) -> Match | None:
    """The first autoresponder phrase in `text`, or None."""
    folded = fold(unicodedata.normalize("NFC", text))
    if len(folded) != len(text):  # NFC changed the length (decomposed input): offsets cover the whole text
        match = _PATTERN.search(folded)
        return Match(0, len(text)) if match else None
    match = _PATTERN.search(folded)
    return Match(match.start(), match.end()) if match else None
