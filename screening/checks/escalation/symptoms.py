"""What a buyer sees go wrong with a phone: the symptoms of a defect (quality_issue) in plain words.

"It doesn't charge any more", "the microphone stopped working", "the screen flickers", "dead
pixels": a defect report, but not on their own a report about this order. Buyers write them of an
old phone ("my old one won't turn on, hence my order"), of the phone a seller already replaced, or
to take back an alarm ("I thought the camera was broken, but it was the film on the lens"). So a
symptom counts (EscalationCheck._with_symptoms) only where the message is a complaint about this
order: beside another problem found in it (a refused return, a fire at the port, a seller who went
silent: "the screen flickers and the seller refuses the return" holds both), or where the model
reads a defect in it too. The symptom's phrase gives the finding its span.

Patterns use the lexicon's notation (lexicon.py: folded text, `~` skips up to 4 words) and pass
through the same question guard (a question about the topic, "any dead pixels?", reports nothing).
Every language's phrases are general words of a fault (a part and a verb of failure), written from
the development writers' messages (data/escalation/dev/), never from a sealed set.
"""

from __future__ import annotations

import re

from screening.checks.escalation.lexicon import WEAK

# fmt: off
SYMPTOMS: dict[str, list[str]] = {
    "en": [
        r"(mic|microphone|speaker|loudspeaker|earpiece|camera|charging port|power button|volume button|home button) (is |are |was )?(broken|dead|faulty|busted|knackered)\b",
        r"(black|blank) screen",
        r"(won't|wont|doesn't|doesnt|does not|will not|no longer|stopped|isn't|is not|not) (charg(e|es|ing)|turn(ing)? on|switch(ing)? on|power(ing)? on)\b",
        r"(mic|microphone|speaker|loudspeaker|earpiece|camera|bluetooth|wi-?fi|face ?id|touch ?id|fingerprint (reader|sensor|scanner)|charging port|headphone jack|proximity sensor|vibration|torch|flashlight)~(doesn't|doesnt|does not|won't|wont|isn't|is not|never|stopped|has stopped|no longer|not) work",
        r"(screen|display)~(flicker\w*|goes black|stays black|went black|turns black|is black|dead pixels?|green lines?|lines across)",
        r"dead pixels?|(keeps|kept) (restarting|rebooting|turning (itself )?off|shutting down|freezing|dropping calls)",
    ],
    "fr": [
        r"(micro|microphone|haut-parleur|haut parleur|camera|port de charge|bouton) (est )?(casse|hs|mort|defectueux)\b|(haut-parleur|haut parleur|ecouteur|son) qui gresille|ecran noir",
        r"(ne|n') ?(se )?(charge|recharge|s'allume|demarre) (plus|pas)\b",
        r"(micro|microphone|haut-parleur|haut parleur|ecouteur interne|camera|appareil photo|bluetooth|wi-?fi|face ?id|touch ?id|capteur d'empreintes?|lecteur d'empreintes?|port de charge|prise jack|vibreur|flash|lampe torche)~(ne |n')?(marche|fonctionne|marchent|fonctionnent) (plus|pas)\b",
        r"(ecran|affichage)~(clignote|scintille|reste noir|devient noir|est noir|pixels? morts?|lignes? (vertes|verticales|horizontales))",
        r"pixels? morts?|redemarre (tout seul|en boucle|sans arret)",
    ],
    "de": [
        r"(mikrofon|mikro|lautsprecher|kamera|ladebuchse|taste) (ist )?(kaputt|defekt|hin)\b|schwarze\w* (display|bildschirm)",
        r"(ladt|ladet) (nicht|nicht mehr|gar nicht|gar nicht mehr|kaum)\b|(geht|springt) (nicht|nicht mehr|gar nicht) (mehr )?an\b",
        r"(mikrofon|mikro|lautsprecher|hormuschel|kamera|bluetooth|wlan|wi-?fi|face ?id|touch ?id|fingerabdruck\w*|ladebuchse|ladeanschluss|vibration|taschenlampe)~(geht|funktioniert|gehen|funktionieren) (nicht|nicht mehr|gar nicht|kaum)\b",
        r"(display|bildschirm)~(flackert|flimmert|bleibt schwarz|ist schwarz|wird schwarz|tote pixel|streifen)",
        r"tote pixel|startet (standig|immer wieder|dauernd|von selbst|von allein) neu",
    ],
    "es": [
        r"(microfono|altavoz|camara|puerto de carga|boton) (esta )?(roto|rota|estropeado|estropeada|muerto|muerta)\b|pantalla (negra|en negro)|no me escuchan|nadie me escucha",
        r"no (carga|se carga|enciende|se enciende|arranca)\b|(ya no|dejo de) (carga|cargar|enciende|encender)\b",
        r"(microfono|micro|altavoz|auricular|camara|bluetooth|wi-?fi|face ?id|touch ?id|huella|lector de huellas|puerto de carga|conector de carga|vibracion|linterna)~(no funciona|no va|dejo de funcionar|ya no funciona|no anda|no funcionan)\b",
        r"pantalla~(parpadea|se queda en negro|se pone en negro|pixeles muertos|rayas|lineas verdes)",
        r"pixeles muertos|se reinicia (solo|sola|continuamente|cada|todo el rato)",
    ],
    "it": [
        r"(microfono|altoparlante|fotocamera|porta di ricarica|tasto) (e )?(rott[oa]|guast[oa]|mort[oa])\b|schermo nero",
        r"non (si )?(carica|ricarica|accende)\b|(smesso di|smette di) (caricare|accendersi)",
        r"(microfono|altoparlante|speaker|capsula|fotocamera|bluetooth|wi-?fi|face ?id|touch ?id|impronta|sensore di impronte|lettore di impronte|porta di ricarica|connettore di ricarica|vibrazione|torcia)~(non funziona|non va|ha smesso di funzionare|non funzionano|non vanno)\b",
        r"(schermo|display)~(sfarfalla|lampeggia|resta nero|diventa nero|pixel morti|righe verdi)",
        r"pixel morti|si riavvia (da solo|in continuazione|continuamente|sempre)",
    ],
    "nl": [
        r"(microfoon|speaker|luidspreker|camera|oplaadpoort|knop) (is )?(kapot|stuk|defect)\b|zwart scherm|laadt~niet (meer )?op\b|niet (meer )?(wil )?opladen|niet wil opladen",
        r"(laadt|laad) (niet|niet meer|nauwelijks)\b|wil niet (meer )?(op)?laden|gaat niet (meer )?aan\b",
        r"(microfoon|micro|speaker|luidspreker|camera|bluetooth|wi-?fi|face ?id|touch ?id|vingerafdruk\w*|oplaadpoort|laadpoort|trilfunctie|zaklamp)~(werkt|werken|doet het|doen het) (niet|niet meer)\b",
        r"scherm~(flikkert|knippert|blijft zwart|wordt zwart|is zwart|dode pixels|strepen)",
        r"dode pixels|(herstart|reboot) (zichzelf|steeds|constant|vanzelf)",
    ],
    "pl": [
        r"(mikrofon|glosnik|aparat|kamera|gniazdo ladowania|przycisk) (jest )?(zepsut\w*|uszkodzon\w*|popsut\w*)|czarny ekran|nie dzialal\w* (mi )?(mikrofon|glosnik|aparat|kamera|wifi|bluetooth|czytnik)",
        r"nie (laduje|laduje sie|wlacza sie|wlacza)\b|przestal\w* (sie )?(ladowac|wlaczac)",
        r"(mikrofon|glosnik|glosniczek|sluchawka|aparat|kamera|bluetooth|wi-?fi|face ?id|touch ?id|czytnik linii papilarnych|czytnik odciskow|gniazdo ladowania|port ladowania|wibracja|wibracje|latarka)~(nie dziala|nie dzialaja|przestal\w* dzialac)\b",
        r"(nie dziala|przestal\w* dzialac) (mi )?(mikrofon|glosnik|glosniczek|aparat|kamera|bluetooth|wi-?fi|face ?id|touch ?id|czytnik linii papilarnych|czytnik odciskow|gniazdo ladowania|port ladowania|wibracja|latarka)",
        r"ekran~(miga|mruga|migocze|gasnie|martwe piksele|paski)|martwe piksele|sam (sie )?(restartuje|wylacza|resetuje)",
    ],
    "pt": [
        r"(microfone|altifalante|coluna|camara|porta de carregamento|botao) (esta )?(avariad[oa]|estragad[oa]|partid[oa])\b|(ecra|tela) (preto|preta|negro)",
        r"nao (carrega|liga|acende)\b|(deixou de|ja nao) (carregar|carrega|ligar|liga)\b",
        r"(microfone|micro|altifalante|alto-falante|coluna|auricular|camara|camera|bluetooth|wi-?fi|face ?id|touch ?id|impressao digital|leitor de impressoes|porta de carregamento|entrada de carregamento|vibracao|lanterna)~(nao funciona|deixou de funcionar|nao funcionam|nao da)\b",
        r"(nao funciona|deixou de funcionar) (o|a) (microfone|altifalante|coluna|camara|camera|bluetooth|wifi|face id|lanterna)",
        r"(ecra|tela)~(pisca|fica preto|fica preta|pixeis mortos|riscas|listras)|pixeis mortos|(reinicia|desliga)-?se sozinho|(reinicia|desliga) sozinho",
    ],
}
# fmt: on

SYMPTOM_LEXICON: dict[str, dict[str, list[tuple[float, str]]]] = {
    "quality_issue": {language: [(WEAK, pattern) for pattern in patterns] for language, patterns in SYMPTOMS.items()}
}

# "I thought the speaker was dead, but it was on silent": a sentence that takes back an alarm.
# A verb of belief in the past, then, later in the same sentence, what it really was.
_BELIEF = (
    r"(?:i )?thought|i was about to|dachte|hab gedacht|habe gedacht|je (?:pensais|croyais)|j'ai cru|j'avais cru"
    r"|pensaba|crei|pense que|pensavo|credevo|ik dacht|dacht|myslal(?:em|am)|wydawalo mi sie|pensei|achei|julguei"
)
_TURNED_OUT = (
    r"\bbut\b|turn(?:ed|s) out|it was (?:just|only)|\baber\b|war nur|\bmais\b|c'etait|\bpero\b|era (?:solo|solamente|la|el)"
    r"|\bma\b|\bmaar\b|bleek|\bale\b|\ba to\b|okazalo sie|\bmas\b|afinal|era so"
)
_RETRACTED = re.compile(r"(?<![\w'])(?:" + _BELIEF + r")(?![\w']).*?(?:" + _TURNED_OUT + ")")


def takes_back(folded_sentence: str) -> bool:
    """Whether a folded sentence takes back an alarm ("thought X was broken, but...")."""
    return _RETRACTED.search(folded_sentence) is not None
