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

import functools
import re

from screening.checks.escalation.lexicon import WEAK

# fmt: off
SILENCES: dict[str, list[str]] = {
    "en": [
        r"(seller|he|she|they|nobody|no one)~(doesn't|doesnt|does not|won't|wont|isn't|is not|hasn't|has not|never) (answer\w*|repl\w*|respond\w*|get\w* back)",
        r"nothing back|no (reply|replies|answer|response)\b|(seller|he|she|they) (is|are|seems|seem)~(unreachable|ignoring me|ghosting me)|ghosted",
        r"(only|just) (get |got |getting |an |the )?(an )?(automatic|automated|auto) (reply|replies|response|message|email)",
        r"(not|never) (a|one) word (back|since)|(just|simply) ignor\w* me|ignoring (me|my messages)|(messages?|emails?) (just )?(sit|sits|sitting) there|(seller|he|she|they)(.s| has| have| is| are)? gone missing|gone missing on me|out-of-office|out of office",
        r"(automatic|automated|auto) (responses|messages|emails)|heard nothing|not heard back|still waiting to hear|waiting (\w+ ){0,3}(for|on) (an |any |a )?(answer|reply|response)|(nobody|no one) (picks up|answers the phone)|left (me )?on (read|seen)|(marked|shown|showing) as (read|seen)",
        r"(goes|went|going) (straight |directly )?to voicemail|rings out|(just |only )?a bot\b|talking to a bot|ghosts? (you|me|buyers)|(went|gone) quiet|(seen|blue|read) ticks?|read receipts?|(get|getting|got) nothing (at all|back)",
    ],
    "fr": [
        r"(vendeur|il|elle|ils|personne)~ne (me )?(repond|repondent|reagit|donne) (pas|plus|jamais|rien)",
        r"pas de reponse|aucune reponse|sans reponse|injoignable|pas un mot|meme pas (un )?accuse de lecture",
        r"(que |qu')?(la |une )?reponse automatique|(message|mail) automatique",
        r"lettre morte",
        r"reponses automatiques|messages automatiques|rien en retour|aucun retour|pas de retour|rien ne revient|j'attends (toujours |encore )?(une |la |votre |sa )?(reponse|retour)|attends (toujours |encore )?de savoir|personne ne decroche|(apparaissent|affiches?|marques?|indiques?) comme \W*(vus?|lus?)\b",
        r"tombe (directement |toujours )?sur (la |le )?(messagerie|repondeur)|sonne dans le vide|un (ro)?bot\b|(a|ont) disparu|s'est volatilise",
    ],
    "de": [
        r"(verkaufer|handler|er|sie)~(antwortet|reagiert|meldet sich|schreibt) (einfach |leider |halt )?(nicht|nie|gar nicht|nix|nichts)\b",
        r"(keine|null|nie eine) (antwort|reaktion|ruckmeldung)|nicht erreichbar|(gehort|gelesen) (hab|habe) ich (auch )?(nix|nichts)|kommt (einfach )?(nichts|nix)( zuruck)?",
        r"(nur|bloss|immer nur) (eine |die )?automatische (antwort|nachricht|mail|e-mail)",
        r"kein wort (zuruck|mehr)|(hore|hor) ich nichts|gegen eine wand",
        r"automatische (antworten|nachrichten|mails|e-mails)|nichts zuruck(bekommen|gekommen)?|nix zuruck|warte (\w+ ){0,4}auf (eine |die |seine |ihre )?(antwort|ruckmeldung|reaktion)|niemand (nimmt ab|geht ran|hebt ab)|(als )?gelesen (markiert|angezeigt)",
        r"(geht|landet|lande) (direkt |immer |sofort )?(auf die|auf der|in der|in die|bei der) mailbox|klingelt ins leere|fehlanzeige|(ein|nur ein) bot\b|(ist|sind) (abgetaucht|verschwunden|untergetaucht)",
    ],
    "es": [
        r"(vendedor|el|ella|nadie)~no (me |le )?(responde|contesta|dice nada|da senales)",
        r"ni (una )?respuesta|sin respuesta|ninguna respuesta|ni caso|no hay manera de (contactar|hablar)",
        r"(la |una )?respuesta automatica|(mensaje|correo) automatico",
        r"ni (me )?contestan|nadie me (ha dicho|dice|contesta)|ni si ni no",
        r"respuestas automaticas|mensajes automaticos|esperando (una |la |su |alguna )?respuesta|esperando (a )?que me (confirmen|contesten|respondan|digan)|nadie (lo )?coge|nadie contesta al telefono|me deja(n)? en visto|en visto y (nada|ni)",
        r"salta (directamente |siempre )?el buzon|suena y (nadie|nada)|un (ro)?bot\b|(ha|han) desaparecido|se ha esfumado",
    ],
    "it": [
        r"(venditore|lui|lei|nessuno)~non (mi |ci )?(risponde|rispondono|si fa sentire|dice niente|dice nulla)",
        r"nessuna risposta|senza risposta|neanche una risposta|nemmeno una risposta|irraggiungibile",
        r"(la |una )?risposta automatica|(messaggio|mail) automatic[oa]",
        r"manco un ciao|piu nulla|piu niente|(non )?(sembra )?esserci nessuno",
        r"risposte automatiche|messaggi automatici|aspetto (\w+ ){0,3}(una |la |sua )?risposta|in attesa di (una |sua )?risposta|nessun riscontro|nessuno risponde al telefono|visualizzat\w* (e|ma) (niente|nulla|basta)",
        r"squilla a vuoto|(parte|risponde) (sempre |subito )?la segreteria|un bot\b|(e|sono) (sparit|scompars)\w*",
    ],
    "nl": [
        r"(verkoper|hij|zij|ze|niemand)~(reageert|antwoordt|reageren|antwoorden) (niet|nooit|nergens op)|reageert niet|antwoordt niet",
        r"geen (antwoord|reactie|bericht terug)|onbereikbaar",
        r"(alleen|enkel|steeds) (een |het )?automatisch(e)? (antwoord|bericht|mail|mailtje)",
        r"geen woord (terug|meer)|niets dan stilte|niets (meer )?(gehoord|ingekomen|terug gehoord)|niks (meer )?gehoord",
        r"automatische (antwoorden|berichten|mails)|(niks|niets) (meer )?teruggekregen|(niks|niets) terug\b|wacht (\w+ ){0,4}op (een |het |zijn |haar )?(\w+ )?antwoord|niemand neemt op|gelezen,? maar",
        r"(gaat|ga|krijg) (direct |meteen |altijd )?(naar |de )?voicemail|gaat over maar|een (ro)?bot\b|(is|zijn) (verdwenen|van de aardbodem)|in rook opgegaan",
    ],
    "pl": [
        r"(sprzedawca|sprzedawczyni|on|ona|nikt)~(nie|nic nie) (odpowiada|odpisuje|odzywa)",
        r"brak odpowiedzi|bez odpowiedzi|zero odpowiedzi|ani slowa|nieosiagaln\w*",
        r"(tylko|jedynie) (automatyczn\w*) (wiadomosc|odpowiedz|mail)",
        r"zero reakcji|(zadnego|ani) znaku zycia|autorespond\w*|zywego czlowieka",
        r"automatyczne (odpowiedzi|wiadomosci)|czekam (\w+ ){0,3}na (jakakolwiek |zadna )?odpowiedz|brak odzewu|zero odzewu|bez odzewu|nikt nie odbiera|(odczytan|wyswietlon)\w* (i|ale)|tylko automat\b",
        r"poczta glosowa|wlacza sie poczta|bot\b|(zniknal|znikneli|zniknela|przepadl|zapadl\w* sie pod ziemie)",
    ],
    "pt": [
        r"(vendedor|ele|ela|ninguem)~nao (me |lhe )?(responde|diz nada|da sinal|atende)",
        r"sem resposta|nenhuma resposta|nem (uma )?resposta|nem aparece como lida|nada de resposta|incontactavel",
        r"(so|apenas) (recebo |recebi )?(a |uma )?resposta automatica|(mensagem|mail|email) automatic[oa]",
        r"nem visualiza|nem um .?recebido|nada de nada|nd,? nem",
        r"respostas automaticas|mensagens automaticas|a espera de (uma )?resposta|aguardo (\w+ ){0,3}resposta|sem retorno|nenhum retorno|ninguem atende|visualiza\w* e (nada|nao responde)",
        r"vai (direto |sempre )?para o correio de voz|toca e ninguem|um (ro)?bot\b|(desapareceu|sumiu|evaporou)",
    ],
}

# A roll call: the buyer asks whether anyone reads at all ("Hello? Is anyone there?"). It is a
# question by nature, so the lexicon's question guard would always take it back; it counts
# unguarded (is_roll_call), still only with a wait told or the model's reading (_with_silence).
# The phrase ends the sentence: "is anyone there who could help me choose?" asks for advice.
_ENDS = r"(?=\s*[?!.…]|\s*$)"
ROLL_CALLS: dict[str, str] = {
    "en": r"(anyone|anybody|someone|somebody) (there|home|out there|alive)" + _ENDS + r"|(anyone|anybody) reading (this|these|my)",
    "fr": r"quelqu.un (la|ici|en vie)" + _ENDS + r"|quelqu.un (qui )?lit (mes|ces|nos) messages",
    "de": r"(jemand|irgendwer|irgendjemand|wer) (da|zu hause|erreichbar)" + _ENDS + r"|liest (das|hier) (jemand|irgendwer|uberhaupt)",
    "es": r"hay alguien( ahi| al otro lado| en casa)?" + _ENDS + r"|alguien (lee|leyendo) (esto|mis mensajes)",
    "it": r"c.e qualcuno( li| la| in vita)?" + _ENDS + r"|qualcuno legge (i miei|questi) messaggi",
    "nl": r"is (daar|er) (nog )?iemand( aanwezig| thuis)?" + _ENDS + r"|leest (er )?(hier )?iemand (mee|dit|mijn berichten)",
    "pl": r"jest tam ktos" + _ENDS + r"|ktos (to )?czyta (moje wiadomosci|to)",
    "pt": r"(ha|esta) (ai )?alguem( ai| do outro lado)?" + _ENDS + r"|alguem le (as minhas mensagens|isto)",
}
# ... and "does the seller even read messages?": asked of the seller, the same roll call.
_READS_AT_ALL = {
    "en": r"(even|ever|actually) read(s)? (my|the|these|our|any) (messages|emails|mails)",
    "fr": r"(lit|lisent|lisez)(-il|-elle|-ils|-vous)? (seulement|meme|jamais|vraiment|au moins) (mes|les|nos|ses) messages",
    "de": r"(liest|lesen) (der verkaufer |der handler |er |sie |ihr |jemand )?(uberhaupt|eigentlich|je|irgendwann) (meine |die )?(nachrichten|mails)",
    "es": r"(lee|leen) (siquiera |alguna vez |de verdad )?(los|mis) (mensajes|correos)",
    "it": r"legg(e|ono) (mai|almeno|davvero) (i )?(miei )?messaggi",
    "nl": r"(leest|lezen) (hij|zij|ze|de verkoper|iemand|u|jullie) (eigenlijk|wel|ooit|uberhaupt) (mijn |de |onze )?berichten",
    "pl": r"w ogole czyta\w*|czyta\w* (w ogole |kiedykolwiek )?(moje )?wiadomosci",
    "pt": r"(sequer|alguma vez|realmente) le(em)? (as )?(minhas )?mensagens",
}
for _language, _pattern in _READS_AT_ALL.items():
    ROLL_CALLS[_language] += "|" + _pattern
# fmt: on
for _language, _pattern in ROLL_CALLS.items():
    SILENCES[_language].append(_pattern)


@functools.cache
def _roll_call() -> re.Pattern[str]:
    # Compiled on first use: rules.py (expand) imports this module's lexicon.
    from screening.checks.escalation.rules import expand

    return re.compile("|".join(f"(?:{expand(pattern)})" for pattern in ROLL_CALLS.values()))


def is_roll_call(folded_from_phrase: str) -> bool:
    """Whether folded text that starts at a silence phrase starts with a roll call (ROLL_CALLS)."""
    return _roll_call().match(folded_from_phrase) is not None


# A promise of the seller's ("he said he'd send the label that evening", "m'a dit qu'il
# m'enverrait", "zou het vandaag nog sturen"), or a question of the buyer's ("I asked about the
# battery on the 9th"), told beside a date long past ("That was the 20th", "it's now the 22nd",
# "Hoy es 16", "Dat was vorige week dinsdag"): the seller went silent on it. Counted only with such
# a date (past_due) and never for money promised back, which is a refund withheld
# (return_refused).
# fmt: off
PROMISES: dict[str, list[str]] = {
    "en": [r"(said|told me|promised|assured me|confirmed|wrote) (\w+ ){0,3}(he|she|they|it|you)('d| would| will| was going to| were going to)|promised|was supposed to (send|ship|call|reply|get back)|would (send|get back|reply|call|ship|email)", r"i (asked|wrote|messaged|emailed|contacted|chased)"],
    "fr": [r"m'a (dit|promis|assure|confirme|ecrit) (\w+ ){0,3}qu'(il|elle|ils)|m'a promis|avait promis|devait (m')?(envoyer|renvoyer|repondre|rappeler|expedier)|m'enverrait|enverrait|me rappellerait|repondrait", r"j'ai (demande|ecrit|relance|contacte|envoye)"],
    "de": [r"(hat|hatte) (mir )?(\w+ ){0,3}(zugesagt|versprochen|zugesichert|angekundigt)|wollte (mir )?(\w+ ){0,3}(schicken|senden|melden|zuruckrufen)|versprochen", r"(habe|hab) (\w+ ){0,4}(gefragt|geschrieben|angefragt|nachgefragt)"],
    "es": [r"me (dijo|prometio|aseguro|confirmo|escribio) (\w+ ){0,4}que|me prometio|quedo en|mandaria|enviaria|contestaria|llamaria", r"(pregunte|escribi|contacte|reclame)"],
    "it": [r"mi (ha|aveva) (detto|promesso|assicurato|garantito|scritto) (\w+ ){0,3}che|avrebbe (\w+ )?(mandato|inviato|spedito|risposto|richiamato)|aveva promesso|mi ha promesso", r"ho (chiesto|scritto|domandato|contattato)"],
    "nl": [r"zou (me |mij |het |hem |ze )?(\w+ ){0,4}(sturen|opsturen|versturen|terugbellen|laten weten|reageren)|(had |heeft )?(me |mij )?beloofd|beloofde", r"(heb|had) (\w+ ){0,4}(gevraagd|gemaild|geschreven)|(vroeg|mailde|schreef) ik"],
    "pl": [r"obiecal\w*|zapewnial\w*|mial (mi )?(\w+ ){0,2}(wyslac|przeslac|odpisac|oddzwonic)|napisal\w*,? ze (wysle|odpisze|przesle)", r"(pytal|napisal|zapytal)(em|am)"],
    "pt": [r"(disse|prometeu|garantiu|assegurou)(-me)? (\w+ ){0,3}que|ficou de|prometeu|enviava|mandava|ia (enviar|mandar|responder|ligar)", r"(perguntei|escrevi|contactei)"],
}
# A date long past, told as the day of the promise or as today's: "that was the 3rd", "it's the
# 24th", "c'était le 20", "nous sommes le 2 avril", "hoy es 16", "dat was vorige week".
_PAST_DUE = re.compile(
    r"(?<![\w'])(?:that was (?:on )?(?:the )?(?:\d|last|a week|two weeks|\w+ days ago|over a)|it'?s (?:now )?the \d|today is the \d"
    r"|c'etait (?:le \d|il y a|la semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le mois)|nous sommes le|on est le \d|aujourd'hui (?:on est|nous sommes|c'est) le"
    r"|das war (?:am|vor|letzte|der \d)|heute ist (?:der )?\d|wir haben (?:heute )?den \d"
    r"|eso fue (?:el|hace|la semana)|fue el (?:dia )?\d|hoy es (?:dia )?\d|estamos a \d"
    r"|era il \d|e stato il \d|oggi e il \d|siamo al \d"
    r"|dat was (?:op|vorige|vorig|afgelopen|\d|al|twee|drie)|vandaag is het (?:de )?\d|het is nu (?:de )?\d"
    r"|to bylo (?:w |\d|juz|ponad|tydzien|dwa|trzy)|dzis(?:iaj)? jest \d|mamy (?:juz )?\d"
    r"|isso foi (?:a |em |ha |no |dia )|foi a \d|hoje e dia|hoje sao|estamos a \d)"
)
# Money promised back: a refund withheld, not a silence.
_MONEY_BACK = re.compile(
    r"(?<![a-z])(?:refund\w*|money back|rembours\w*|ruckerstatt\w*|erstatt\w*|geld zuruck|reembols\w*|devolucion del dinero|"
    r"rimbors\w*|terugbetal\w*|terugstort\w*|geld terug|zwrot\w* (?:pieniedzy|srodkow|kasy)|zwroc\w* pieniadze|reembolso\w*|"
    r"devolucao do dinheiro|dinheiro de volta)"
)
# fmt: on


def past_due(folded_text: str) -> bool:
    """Whether a folded message dates the seller's promise, or today, long after it (_PAST_DUE)."""
    return _PAST_DUE.search(folded_text) is not None


def promises_money_back(folded_sentence: str) -> bool:
    """Whether a folded sentence speaks of money promised back (_MONEY_BACK)."""
    return _MONEY_BACK.search(folded_sentence) is not None


PROMISE_LEXICON: dict[str, dict[str, list[tuple[float, str]]]] = {
    "no_response": {language: [(WEAK, pattern) for pattern in patterns] for language, patterns in PROMISES.items()}
}

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
