"""A seller who does not answer, told in plain words: "the seller doesn't reply", "pas un mot",
"reageert niet", "nie odpowiada", "only the automatic reply".

Said a day after ordering, that is impatience, not a missed deadline (R1 gives the seller 24
business hours). So a silence counts (EscalationCheck._with_silence) only where the message also
says how long or how often the buyer waited or wrote (WAITED: "for a week", "since Monday", "three
times", "8 days"), or where the model reads a silence in it too. The silence's phrase gives the
finding its span.

Patterns use the lexicon's notation (lexicon.py: folded text, `~` skips up to 4 words) and pass
through the same question guard ("does the seller usually answer quickly?" reports nothing). Each
language's phrases are general words of not answering, written from the development writers'
messages (data/escalation/dev/), never from a sealed set.
"""

from __future__ import annotations

import re

from screening.checks.escalation.lexicon import WEAK

# fmt: off
SILENCES: dict[str, list[str]] = {
    "en": [
        r"(seller|he|she|they|nobody|no one)~(doesn't|doesnt|does not|won't|wont|isn't|is not|hasn't|has not|never) (answer\w*|repl\w*|respond\w*|get\w* back)",
        r"nothing back|no (reply|replies|answer|response)\b|(seller|he|she|they) (is|are|seems|seem)~(unreachable|ignoring me|ghosting me)|ghosted",
        r"(only|just) (get |got |getting |an |the )?(an )?(automatic|automated|auto) (reply|replies|response|message|email)",
        r"(not|never) (a|one) word (back|since)|(just|simply) ignor\w* me|ignoring (me|my messages)|(messages?|emails?) (just )?(sit|sits|sitting) there|(seller|he|she|they)(.s| has| have| is| are)? gone missing|gone missing on me|out-of-office|out of office|(anyone|anybody) (there|home|reading)",
    ],
    "fr": [
        r"(vendeur|il|elle|ils|personne)~ne (me )?(repond|repondent|reagit|donne) (pas|plus|jamais|rien)",
        r"pas de reponse|aucune reponse|sans reponse|injoignable|pas un mot|meme pas (un )?accuse de lecture",
        r"(que |qu')?(la |une )?reponse automatique|(message|mail) automatique",
        r"(il y a )?quelqu.un (la|ici|qui lit)|lettre morte",
    ],
    "de": [
        r"(verkaufer|handler|er|sie)~(antwortet|reagiert|meldet sich|schreibt) (einfach |leider |halt )?(nicht|nie|gar nicht|nix|nichts)\b",
        r"(keine|null|nie eine) (antwort|reaktion|ruckmeldung)|nicht erreichbar|(gehort|gelesen) (hab|habe) ich (auch )?(nix|nichts)|kommt (einfach )?(nichts|nix)( zuruck)?",
        r"(nur|bloss|immer nur) (eine |die )?automatische (antwort|nachricht|mail|e-mail)",
        r"kein wort (zuruck|mehr)|(hore|hor) ich nichts|gegen eine wand|jemand da",
    ],
    "es": [
        r"(vendedor|el|ella|nadie)~no (me |le )?(responde|contesta|dice nada|da senales)",
        r"ni (una )?respuesta|sin respuesta|ninguna respuesta|ni caso|no hay manera de (contactar|hablar)",
        r"(la |una )?respuesta automatica|(mensaje|correo) automatico",
        r"ni (me )?contestan|nadie me (ha dicho|dice|contesta)|hay alguien|ni si ni no",
    ],
    "it": [
        r"(venditore|lui|lei|nessuno)~non (mi |ci )?(risponde|rispondono|si fa sentire|dice niente|dice nulla)",
        r"nessuna risposta|senza risposta|neanche una risposta|nemmeno una risposta|irraggiungibile",
        r"(la |una )?risposta automatica|(messaggio|mail) automatic[oa]",
        r"manco un ciao|piu nulla|piu niente|(non )?(sembra )?esserci nessuno|c.e qualcuno",
    ],
    "nl": [
        r"(verkoper|hij|zij|ze|niemand)~(reageert|antwoordt|reageren|antwoorden) (niet|nooit|nergens op)|reageert niet|antwoordt niet",
        r"geen (antwoord|reactie|bericht terug)|onbereikbaar",
        r"(alleen|enkel|steeds) (een |het )?automatisch(e)? (antwoord|bericht|mail|mailtje)",
        r"geen woord (terug|meer)|niets dan stilte|is (daar|er) iemand|niets (meer )?(gehoord|ingekomen|terug gehoord)|niks (meer )?gehoord",
    ],
    "pl": [
        r"(sprzedawca|sprzedawczyni|on|ona|nikt)~(nie|nic nie) (odpowiada|odpisuje|odzywa)",
        r"brak odpowiedzi|bez odpowiedzi|zero odpowiedzi|ani slowa|nieosiagaln\w*",
        r"(tylko|jedynie) (automatyczn\w*) (wiadomosc|odpowiedz|mail)",
        r"zero reakcji|(zadnego|ani) znaku zycia|jest tam ktos|autorespond\w*|zywego czlowieka",
    ],
    "pt": [
        r"(vendedor|ele|ela|ninguem)~nao (me |lhe )?(responde|diz nada|da sinal|atende)",
        r"sem resposta|nenhuma resposta|nem (uma )?resposta|nem aparece como lida|nada de resposta|incontactavel",
        r"(so|apenas) (recebo |recebi )?(a |uma )?resposta automatica|(mensagem|mail|email) automatic[oa]",
        r"nem visualiza|nem um .?recebido|ha alguem|nada de nada|nd,? nem",
    ],
}
# fmt: on

SILENCE_LEXICON: dict[str, dict[str, list[tuple[float, str]]]] = {
    "no_response": {language: [(WEAK, pattern) for pattern in patterns] for language, patterns in SILENCES.items()}
}

# How long or how often the buyer waited or wrote: a number of days or weeks, a weekday or date
# since, "three times", "again", "still". Folded text, every language at once (the words do not
# collide across the eight).
_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|ten|several|deux|trois|quatre|cinq|six|sept|huit|dix|plusieurs|zwei|drei|vier|funf|sechs|acht|zehn|mehrere|dos|tres|cuatro|cinco|seis|ocho|diez|varias|varios|due|tre|quattro|cinque|sei|otto|dieci|diverse|twee|drie|vijf|zes|acht|tien|meerdere|dwa|trzy|cztery|piec|szesc|osiem|dziesiec|kilka|duas|quatro|oito|dez|varias|varios)"
_WAITED = re.compile(
    r"(?<![\w'])(?:"
    + _NUMBER
    + r"\s+(?:days?|weeks?|times|messages|mails|jours|semaines|fois|tage\w*|wochen|mal|nachrichten|dias|semanas|veces|mensajes|"
    r"giorni|settimane|volte|messaggi|dagen|weken|keer|berichten|dni|tygodni\w*|razy|wiadomosci|dias|semanas|vezes|mensagens)"
    r"|a week|a fortnight|une semaine|quinze jours|eine woche|seit (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|tagen|wochen|\d)"
    r"|una semana|desde el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia)|una settimana|da (?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|giorni|settimane)"
    r"|een week|sinds (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|dagen|weken)|tydzien|od (?:poniedzialku|wtorku|srody|czwartku|piatku|soboty|niedzieli|tygodnia)"
    r"|uma semana|desde (?:segunda|terca|quarta|quinta|sexta|sabado|domingo|o dia)|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last)"
    r"|again|still|twice|encore|relance\w*|toujours|nochmal|erneut|immer noch|wieder|otra vez|de nuevo|todavia|sigo|ancora|di nuovo|opnieuw|nog steeds|weer|znowu|ponownie|nadal|wciaz|de novo|outra vez|ainda"
    # a date since ("since the 14th", "seit dem 3.", "od piętnastego"), or a promise long past ("that was the 3rd")
    r"|(?:since|sinds|seit|depuis|desde|dal|od|vanaf) (?:the |de |dem |le |el |o |il |dia )?(?:\d{1,2}(?:st|nd|rd|th|de|e|er)?|piet\w*|pierwsz\w*|drugi\w*)"
    r"|that was (?:on )?(?:the )?(?:\d{1,2}\w*|last \w+|\w+ (?:days|weeks) ago)|isso foi (?:a |em |ha |no )|to bylo (?:w |\d)|das war (?:am|vor)|c'etait (?:le|il y a)"
    r"|eso fue (?:el|hace)|dat was (?:op|\d|vorige)|era il \d)(?![\w'])"
)


def waited(folded_text: str) -> bool:
    """Whether a folded message says how long or how often the buyer waited or wrote."""
    return _WAITED.search(folded_text) is not None
