"""The answer words of each candidate language: yes, no, thanks. A closed class, as the articles
are, and the words a short reply is made of ("Oui.", "Nee, helaas.", "Tak, dzięki")."""

from __future__ import annotations

_WORDS = {
    "ca": "sí no gràcies",
    "cs": "ano ne děkuji díky",
    "da": "ja nej tak",
    "de": "ja nein danke doch",
    "el": "ναι όχι ευχαριστώ",
    "en": "yes no thanks",
    "es": "sí no gracias",
    "et": "jah ei aitäh tänan",
    "fi": "kyllä ei kiitos",
    "fr": "oui non merci",
    "hr": "da ne hvala",
    "hu": "igen nem köszönöm",
    "it": "sì no grazie",
    "lb": "jo neen merci",
    "nb": "ja nei takk",
    "nl": "ja nee dank bedankt",
    "pl": "tak nie dzięki dziękuję",
    "pt": "sim não obrigado obrigada",
    "ro": "da nu mulțumesc",
    "sk": "áno nie ďakujem",
    "sl": "da ne hvala",
    "sv": "ja nej tack",
}

ANSWER_WORDS: dict[str, frozenset[str]] = {language: frozenset(words.split()) for language, words in _WORDS.items()}

__all__ = ["ANSWER_WORDS"]
