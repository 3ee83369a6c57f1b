"""Whether a buyer's chaser comes before the seller's time to answer has run out.

Rule R1 gives a seller 24 business hours to answer. A buyer who writes "I asked yesterday and
still no reply" or "sorry to chase, I wrote this morning" is impatient, not yet the victim of a
seller who does not answer: the platform has nothing to take over. The no_response category is
read with that in mind: when the message places the unanswered message within the last day and
says nothing of a longer wait (days, a week, since Monday, the third message) nor of a promise or
deadline already missed ("the tracking you promised yesterday", "the deadline ended yesterday"),
its evidence counts as little as a question's (rules.GUARDED_FACTOR).

Per language, since the same word can be a day in one and something else in another (French
"hier" is yesterday, German and Dutch "hier" is here). Written for normalize()d text (lower case,
accents folded).
"""

from __future__ import annotations

import re

# The unanswered message was sent within the last day (this morning, yesterday, hours ago, "a few
# hours without news"; a single digit there, since "48 hours without" is two days). Not
# "today": it mostly gives the date a long wait ends on ("I wrote on the 3rd, today is the 17th").
_RECENT = {
    "en": r"yesterday|this (?:morning|afternoon)|earlier today|last night|(?:an|one|two|three|a few|a couple of|\d+) hours? ago|(?:a few|two|three|\d) hours? (?:without|with no)",
    "fr": r"hier|ce matin|cet apres-midi|tout a l'heure|il y a (?:une|deux|trois|quelques|\d+) heures?|(?:quelques|deux|trois|\d) heures? sans",
    "de": r"gestern|heute (?:morgen|fruh|vormittag|mittag)|vorhin|vor (?:einer|zwei|drei|ein paar|\d+) stunden?|(?:ein paar|zwei|drei|\d) stunden ohne",
    "es": r"ayer|anoche|esta (?:manana|tarde)|hace (?:una|un par de|dos|tres|unas|\d+) horas?|(?:unas|algunas|dos|tres|\d) horas sin",
    "it": r"ieri|stamattina|stamane|questa mattina|oggi pomeriggio|(?:un'ora|un ora|due ore|tre ore|qualche ora|\d+ ore) fa|(?:qualche ora|poche ore|due ore|tre ore|\d ore) senza",
    "nl": r"gisteren|gisteravond|vanochtend|vanmorgen|vanmiddag|(?:een|twee|drie|paar|\d+) uur geleden|(?:een paar|enkele|twee|drie|\d) uur zonder",
    "pl": r"wczoraj|(?:dzis |dzisiaj )?rano|(?:godzine|dwie godziny|trzy godziny|kilka godzin|\d+ godzin\w*) temu|(?:kilka godzin|dwie godziny|trzy godziny|\d godzin\w*) bez",
    "pt": r"ontem|esta manha|(?:hoje )?de manha|ha (?:uma|duas|tres|umas|\d+) horas?|(?:algumas|umas|duas|tres|\d) horas sem",
}

# A longer wait, a chase of several messages, a date, or a promise or deadline already missed: past
# the seller's time whatever else is said.
_PAST_DUE = {
    "en": r"days?|weeks?|months?|since|monday|tuesday|wednesday|thursday|friday|saturday|sunday|times|messages"
    r"|promised|supposed to|deadline|due|expired|said (?:you|he|she|they) would|the \d+(?:st|nd|rd|th)?",
    "fr": r"jours?|semaines?|mois|depuis|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|avant-hier|fois"
    r"|messages|promis|devait|deviez|delai|date limite|expire|le \d+",
    "de": r"tage\w*|woche\w*|monat\w*|seit|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|vorgestern|mal|nachrichten|versprochen|sollte|solltest|sollten|wollten|wolltest|frist\w*|abgelaufen|am \d+",
    "es": r"dias|semanas?|mes|meses|desde|lunes|martes|miercoles|jueves|viernes|sabado|domingo|anteayer"
    r"|antier|veces|mensajes|prometi\w*|quedo en|quedaste en|debia|plazo|vencio|el \d+",
    "it": r"giorni|settiman\w*|mesi|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|l'altro ieri"
    r"|volte|messaggi|promesso|doveva|dovevate|dovevi|termine|scadut\w*|il \d+",
    "nl": r"dagen|weken?|maand\w*|sinds|sedert|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|eergisteren|keer|berichten|beloofd|zou|zouden|termijn|verlopen|de \d+e?",
    "pl": r"dni|dzien|tydzien\w*|tygodni\w*|miesiac\w*|poniedzial\w*|wtor\w*|srod\w*|czwart\w*|piat\w*"
    r"|sobot\w*|niedziel\w*|przedwczoraj|razy|wiadomosci|obiecal\w*|mial\w*|termin\w*",
    "pt": r"dias|semanas?|mes|meses|desde|segunda|terca|quarta|quinta|sexta|sabado|domingo|anteontem"
    r"|vezes|mensagens|prometeu|prometeram|ficou de|ficaram de|devia|prazo|expirou|dia \d+",
}

# "since yesterday" is still yesterday: the word for "since" before a recent time belongs to it.
_SINCE = {
    "en": "since",
    "fr": "depuis",
    "de": "seit",
    "es": "desde",
    "it": "da",
    "nl": "sinds|sedert",
    "pl": "od",
    "pt": "desde",
}
_RECENT_RE = {lang: re.compile(r"\b(?:" + words + r")\b") for lang, words in _RECENT.items()}
_SINCE_RECENT_RE = {
    lang: re.compile(r"\b(?:" + _SINCE[lang] + r") (?:" + words + r")\b") for lang, words in _RECENT.items()
}
_PAST_DUE_RE = {lang: re.compile(r"\b(?:" + words + r")\b") for lang, words in _PAST_DUE.items()}


def dated_within_a_day(folded: str, language: str | None) -> bool:
    """Whether `folded` (normalize()d text, in `language`) dates the unanswered message within the
    last day (this morning, yesterday, hours ago), whatever else it says. False for other languages."""
    recent = _RECENT_RE.get(language or "")
    return recent is not None and recent.search(folded) is not None


def too_early_to_chase(folded: str, language: str | None) -> bool:
    """Whether `folded` (normalize()d text, in `language`) dates the unanswered message within the
    last day and says nothing of a longer wait or a missed promise. False for other languages."""
    if not dated_within_a_day(folded, language):
        return False
    rest = _SINCE_RECENT_RE[language].sub(" ", folded)  # type: ignore[index]
    return _PAST_DUE_RE[language].search(rest) is None  # type: ignore[index]
