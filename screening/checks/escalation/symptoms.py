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
        r"no (sound|audio)\b|(sound|audio) (is |was |has )?(gone|cut(s|ting)? out|crackl\w*|distorted)|(speaker|earpiece|sound|audio)~(crackl\w*|buzz(es|ing)|distort\w*|muffled|tinny)|(people|callers|nobody|no one|they) (can't|cannot|can not|couldn't) hear me",
        r"no (signal|service|network|reception|bars)\b|(signal|network|wi-?fi|reception|connection)~(keeps )?(dropp\w*|cuts? out|cutting out)|(keeps|kept) losing (the )?(signal|network|wi-?fi|connection)",
        r"(photos?|pictures?|pics|images?|camera|videos?)~(blurry|blurred|out of focus|fuzzy|grainy)|stuck on the (apple |samsung |boot )?(logo|screen)|boot ?loop\w*",
        r"battery~(drains|dies|is dead|is flat|is empty|goes flat) (by|within|in|after|before)\b|(didn't|did not|never) work(ed)? (from|since) (the start|day one|the beginning)",
        r"(button|key|rocker)~(stuck|jammed|loose|wobbl\w*)|(charging port|port)~(loose|wobbl\w*)|battery (life )?(is )?(shocking|terrible|awful|dreadful|appalling)",
        r"(camera|lens)~(won't|wont|doesn't|doesnt|does not|can't|cannot) focus|(fingerprint\w*|face id)~(only )?(works|recogni\w*|reads) (once|one time)|(keeps )?freezing|freezes",
        r"(wifi|wi-fi|wlan|bluetooth)~(won't|doesn't|does not|will not|never|can't|cannot) (connect|work|pair|stay connected)",
        r"no service\b|sos only|emergency calls only|(speaker|earpiece)~(crackles|crackling|rattles|buzzes|hisses)",
    ],
    "fr": [
        r"(micro|microphone|haut-parleur|haut parleur|camera|port de charge|bouton) (est )?(casse|hs|mort|defectueux)\b|(haut-parleur|haut parleur|ecouteur|son) qui gresille|ecran noir",
        r"(ne|n') ?(se )?(charge|recharge|s'allume|demarre) (plus|pas)\b",
        r"(micro|microphone|haut-parleur|haut parleur|ecouteur interne|camera|appareil photo|bluetooth|wi-?fi|face ?id|touch ?id|capteur d'empreintes?|lecteur d'empreintes?|port de charge|prise jack|vibreur|flash|lampe torche)~(ne |n')?(marche|fonctionne|marchent|fonctionnent) (plus|pas)\b",
        r"(ecran|affichage)~(clignote|scintille|reste noir|devient noir|est noir|pixels? morts?|lignes? (vertes|verticales|horizontales))",
        r"pixels? morts?|redemarre (tout seul|en boucle|sans arret)",
        r"(aucun|pas de|plus de|plus aucun|sans) son\b|(son|haut-parleur|haut parleur|ecouteur)~(gresille|gresillent|crache|crachote|sature|est distordu)|(ne fait|fait) (plus|aucun) (aucun )?(son|bruit)|(on|ils|mes correspondants) ne m'entend(ent)? (pas|plus)",
        r"(pas de|aucun|plus de|plus aucun|sans) (reseau|signal|barres?)\b|(reseau|wi-?fi|connexion|signal)~(se coupe|coupe sans arret|saute|decroche|se deconnecte)",
        r"(photos?|images?|videos?|appareil photo|camera)~(floues?|flous?|pas nettes?)|(bloque|reste bloque|reste|coince) sur (la pomme|le logo)|redemarre en boucle",
        r"(ecran|affichage)~(reste|devenu|reste|est reste|est devenu) noir|(marchait|fonctionnait) (plus|pas)\b|batterie~(se vide|tient|dure) (en|que|pas|a peine|meme pas)\b",
        r"(bouton|touche)~(bloque|coince|enfonce|ne revient plus|ne repond plus)|(port de charge|prise)~(a du jeu|bouge)|(lecteur d'empreintes?|capteur d'empreintes?)~ne (reconnait|lit) (plus|pas|aucun)",
        r"(appareil photo|camera)~(ne fait (pas|plus) la mise au point)|se (fige|bloque) (sans arret|tout le temps|a chaque)|batterie~(tient|dure) (une |la )?demi-journee",
        r"(wifi|wi-fi|wlan|bluetooth)~ne (se )?(connecte|marche|fonctionne|capte|tient) (pas|plus|jamais)",
        r"aucun service|pas de reseau|plus de reseau|appels d'urgence (seulement|uniquement)|(haut-parleur|ecouteur)~(gresille|crachote|gratte)",
    ],
    "de": [
        r"(mikrofon|mikro|lautsprecher|kamera|ladebuchse|taste) (ist )?(kaputt|defekt|hin)\b|schwarze\w* (display|bildschirm)",
        r"(ladt|ladet) (nicht|nicht mehr|gar nicht|gar nicht mehr|kaum)\b|(geht|springt) (nicht|nicht mehr|gar nicht) (mehr )?an\b",
        r"(mikrofon|mikro|lautsprecher|hormuschel|kamera|bluetooth|wlan|wi-?fi|face ?id|touch ?id|fingerabdruck\w*|ladebuchse|ladeanschluss|vibration|taschenlampe)~(geht|funktioniert|gehen|funktionieren) (nicht|nicht mehr|gar nicht|kaum)\b",
        r"(display|bildschirm)~(flackert|flimmert|bleibt schwarz|ist schwarz|wird schwarz|tote pixel|streifen)",
        r"tote pixel|startet (standig|immer wieder|dauernd|von selbst|von allein) neu",
        r"kein (ton|sound)\b|ton (ist|war)~(weg|futsch)|(lautsprecher|horer|hormuschel|ton|sound)~(knackt|knistert|rauscht|scheppert|verzerrt|klirrt)|(man hort|hort man|horen) mich (nicht|kaum)",
        r"kein (netz|empfang|signal)\b|(netz|empfang|wlan|verbindung)~(bricht~ab|fallt (standig |immer wieder |dauernd )?(aus|weg))",
        r"(fotos?|bilder|kamera|videos?)~(unscharf|verschwommen|verwaschen)|alles (leicht |etwas )?unscharf|(hangt|hangen|bleibt|haengt)~(apfel|logo)|bootloop",
        r"(display|bildschirm)~schwarz (geblieben|geworden)|(ging|funktionierte|gingen|funktionierten) (nicht|nicht mehr|gar nicht|von anfang an nicht)\b|akku~(leer|runter) (nach|in|um|bis|gegen)\b|akku~(halt|hielt) (nur|kaum|keine)",
        r"(taste|knopf|lautstarketaste)~(klemmt|hakt|steckt fest|wackelt|ist lose)|(ladebuchse|buchse)~(locker|wackelt|ist lose)|kaum (empfang|netz)\b",
        r"kamera~(stellt nicht scharf|fokussiert nicht)|fingerabdruck\w*~(hochstens|nur|kaum|selten)~(erkannt|erkennt|mal)|friert (standig |dauernd |immer wieder )?ein|akku~(halt|reicht) (nur )?(einen )?halben tag",
        r"(wifi|wi-fi|wlan|bluetooth)~(verbindet sich|geht|funktioniert|koppelt) (nicht|nie|gar nicht)",
        r"kein dienst|nur notrufe|(lautsprecher|horermuschel|hormuschel)~(kratzt|knackt|scheppert|rauscht|knistert)",
    ],
    "es": [
        r"(microfono|altavoz|camara|puerto de carga|boton) (esta )?(roto|rota|estropeado|estropeada|muerto|muerta)\b|pantalla (negra|en negro)|no me escuchan|nadie me escucha",
        r"no (carga|se carga|enciende|se enciende|arranca)\b|(ya no|dejo de) (carga|cargar|enciende|encender)\b",
        r"(microfono|micro|altavoz|auricular|camara|bluetooth|wi-?fi|face ?id|touch ?id|huella|lector de huellas|puerto de carga|conector de carga|vibracion|linterna)~(no funciona|no va|dejo de funcionar|ya no funciona|no anda|no funcionan)\b",
        r"pantalla~(parpadea|se queda en negro|se pone en negro|pixeles muertos|rayas|lineas verdes)",
        r"pixeles muertos|se reinicia (solo|sola|continuamente|cada|todo el rato)",
        r"(sin|no tiene|no hay|no da|no sale) (sonido|audio)\b|(altavoz|auricular|sonido|audio|movil|telefono)~(no suena|suena (rasgado|distorsionado|mal|raro|roto|fatal)|rasgado|chisporrotea|distorsiona|cruje)|(dejo|deja|ha dejado) de sonar|no me oyen",
        r"(sin|no tiene|no hay|no coge|no pilla|no agarra) (cobertura|senal|red)\b|(wifi|wi-fi|cobertura|senal|conexion)~se (corta|cae|va)",
        r"(fotos?|imagenes|camara|videos?)~(borros\w*|desenfocad\w*)|se queda (en|con) (la manzana|el logo)|(reinicio|reinicia) en bucle|bucle de reinicio",
        r"pantalla~se (quedo|ha quedado|puso) (en )?negr[oa]|(no funcionaba|nunca funciono)\b|bateria~(dura|aguanta|duro|aguanto) (solo|apenas|nada|menos de)\b|bateria se (descarga|gasta|agota) (en|muy|rapid\w*|enseguida)",
        r"(boton|tecla)~(atascad\w*|suelt\w*|hundid\w*|no vuelve)|(puerto de carga|conector)~(suelto|flojo|baila)|solo carga si",
        r"camara~no enfoca|(huella|lector)~(solo|apenas) (funciona|reconoce|lee)|se (congela|cuelga|queda colgad\w*)|bateria~(dura|aguanta) (medio dia|media jornada)",
        r"(wifi|wi-fi|wlan|bluetooth)~no (conecta|se conecta|funciona|empareja|engancha)",
        r"sin servicio|solo (llamadas de )?emergencia|solo sos|(altavoz|auricular)~(raspa|rasca|chirria)",
    ],
    "it": [
        r"(microfono|altoparlante|fotocamera|porta di ricarica|tasto) (e )?(rott[oa]|guast[oa]|mort[oa])\b|schermo nero",
        r"non (si )?(carica|ricarica|accende)\b|(smesso di|smette di) (caricare|accendersi)",
        r"(microfono|altoparlante|speaker|capsula|fotocamera|bluetooth|wi-?fi|face ?id|touch ?id|impronta|sensore di impronte|lettore di impronte|porta di ricarica|connettore di ricarica|vibrazione|torcia)~(non funziona|non va|ha smesso di funzionare|non funzionano|non vanno)\b",
        r"(schermo|display)~(sfarfalla|lampeggia|resta nero|diventa nero|pixel morti|righe verdi)",
        r"pixel morti|si riavvia (da solo|in continuazione|continuamente|sempre)",
        r"(nessun|niente|senza) (suono|audio)\b|non (si sente|emette) (niente|nulla|alcun suono)|(altoparlante|audio|suono|capsula|speaker)~(gracchia|frigge|distort\w*|gracchiante)|non mi sentono",
        r"(nessun|niente|senza) (segnale|campo|rete)\b|non prende (il |la )?(campo|segnale|rete)|(wifi|wi-fi|rete|segnale|connessione)~(cade|salta|si disconnette|va e viene)",
        r"(foto|immagini|fotocamera|video)~(sfocat\w*|non (sono )?nitid\w*)|(bloccato|fermo|si blocca|resta|rimane) sul(la mela| logo)|si riavvia in loop|bootloop",
        r"(schermo|display)~(rimasto|diventato) nero|non funzionava\b|batteria~(dura|si scarica|scarica) (solo|pochissimo|in (poche|due|tre|\d+) ore|velocissim\w*|subito)",
        r"(tasto|pulsante)~(bloccat\w*|incastrat\w*|non torna|balla|allentat\w*)|(porta di ricarica|connettore)~(balla|allentat\w*)|mi sent(e|ono)~(come se|in galleria|lontan\w*|male)",
        r"fotocamera~non (mette|fa) (a fuoco|la messa a fuoco)|(impronta|sensore)~(una volta su|solo ogni)|si (impalla|pianta)|batteria~dura (mezza giornata|poco)",
        r"(wifi|wi-fi|wlan|bluetooth)~non (si )?(connette|collega|funziona|aggancia)",
        r"nessun servizio|solo (chiamate di )?emergenza|solo sos|(altoparlante|capsula)~(gracchia|frigge|raschia)",
    ],
    "nl": [
        r"(microfoon|speaker|luidspreker|camera|oplaadpoort|knop) (is )?(kapot|stuk|defect)\b|zwart scherm|laadt~niet (meer )?op\b|niet (meer )?(wil )?opladen|niet wil opladen",
        r"(laadt|laad) (niet|niet meer|nauwelijks)\b|wil niet (meer )?(op)?laden|gaat niet (meer )?aan\b",
        r"(microfoon|micro|speaker|luidspreker|camera|bluetooth|wi-?fi|face ?id|touch ?id|vingerafdruk\w*|oplaadpoort|laadpoort|trilfunctie|zaklamp)~(werkt|werken|doet het|doen het) (niet|niet meer)\b",
        r"scherm~(flikkert|knippert|blijft zwart|wordt zwart|is zwart|dode pixels|strepen)",
        r"dode pixels|(herstart|reboot) (zichzelf|steeds|constant|vanzelf)",
        r"geen (geluid|audio)\b|(geluid|speaker|luidspreker|audio)~(kraakt|ruist|klinkt (vervormd|krakerig|raar|blikkerig)|vervormd)|(ze|mensen) horen mij niet",
        r"geen (bereik|netwerk|signaal|ontvangst)\b|(wifi|wi-fi|netwerk|bereik|verbinding)~valt (steeds |telkens |constant |continu )?(weg|uit)",
        r"(foto'?s?|beelden|camera|video'?s?)~(wazig|onscherp)|zwart beeld|(blijft )?(hangen|steken) (op|bij) (het )?(logo|appeltje)|bootloop|opstartlus",
        r"scherm~(bleef|werd) zwart|(werkte|werkten|deed het|deden het)~(niet|nooit)\b|batterij~(leeg|op) (na|binnen|in|rond|om|voor)\b|batterij~(gaat|loopt) (super |heel |erg |veel te )?snel leeg",
        r"(knop|knopje|volumeknop)~(zit vast|klemt|hapert|rammelt|zit los)|(oplaadpoort|laadpoort)~zit los|trilmotor\w*~rammelt",
        r"camera~(stelt niet scherp|focust niet)|vingerafdruk\w*~(maar|slechts|zelden)~(herkend|herkent|keer)|loopt (steeds |telkens |constant )?vast|bevriest|batterij~(houdt|gaat) (maar |slechts )?(een )?halve dag",
        r"(wifi|wi-fi|wlan|bluetooth)~(maakt geen verbinding|werkt niet|verbindt niet|koppelt niet)",
        r"geen service\b|alleen (noodoproepen|sos)|(speaker|luidspreker)~(kraakt|ruist|zoemt|rammelt)",
    ],
    "pl": [
        r"(mikrofon|glosnik|aparat|kamera|gniazdo ladowania|przycisk) (jest )?(zepsut\w*|uszkodzon\w*|popsut\w*)|czarny ekran|nie dzialal\w* (mi )?(mikrofon|glosnik|aparat|kamera|wifi|bluetooth|czytnik)",
        r"nie (laduje|laduje sie|wlacza sie|wlacza)\b|przestal\w* (sie )?(ladowac|wlaczac)",
        r"(mikrofon|glosnik|glosniczek|sluchawka|aparat|kamera|bluetooth|wi-?fi|face ?id|touch ?id|czytnik linii papilarnych|czytnik odciskow|gniazdo ladowania|port ladowania|wibracja|wibracje|latarka)~(nie dziala|nie dzialaja|przestal\w* dzialac)\b",
        r"(nie dziala|przestal\w* dzialac) (mi )?(mikrofon|glosnik|glosniczek|aparat|kamera|bluetooth|wi-?fi|face ?id|touch ?id|czytnik linii papilarnych|czytnik odciskow|gniazdo ladowania|port ladowania|wibracja|latarka)",
        r"ekran~(miga|mruga|migocze|gasnie|martwe piksele|paski)|martwe piksele|sam (sie )?(restartuje|wylacza|resetuje)",
        r"(brak|nie ma|bez) (dzwieku|glosu)\b|(glosnik|dzwiek|sluchawka)~(charczy|trzeszczy|rzezi|szumi|zgrzyta|znieksztal\w*)|nie slysz(a|y) mnie|nic mnie nie slychac",
        r"(brak|nie ma|nie lapie|bez) (zasiegu|sieci|sygnalu)\b|(wifi|wi-fi|zasieg|siec|polaczenie)~(zrywa|rwie|znika|gubi)",
        r"(zdjecia|zdjecie|aparat|kamera|filmy)~(rozmazan\w*|nieostr\w*|zamazan\w*)|(zawiesza sie|wisi|staje|stoi) na (logo|jablku|jabluszku)|bootloop",
        r"ekran~(zrobil sie|zgasl|zostal) czarny|bateria (padnieta|pada po|trzyma (tylko|ledwo))|bateri\w*~(wystarcza|starcza) (na )?(tylko|ledwo|kilka)",
        r"przycisk\w*~(zablokowan\w*|zacina|luzn\w*|wcisniet\w*|nic sie nie dzieje)|gniazdo~luzn\w*",
        r"aparat~nie (ustawia|lapie) ostrosci|czytnik~(raz na|tylko co)|(zawiesza|wiesza|zacina) sie|bateria~(trzyma|wytrzymuje) (pol dnia|polowe dnia)",
        r"(wifi|wi-fi|wlan|bluetooth)~nie (laczy|dziala|polaczy|paruje)",
        r"brak (uslugi|sieci)|tylko (polaczenia alarmowe|sos)|(glosnik|sluchawka)~(charczy|trzeszczy|rzezi|buczy)",
    ],
    "pt": [
        r"(microfone|altifalante|coluna|camara|porta de carregamento|botao) (esta )?(avariad[oa]|estragad[oa]|partid[oa])\b|(ecra|tela) (preto|preta|negro)",
        r"nao (carrega|liga|acende)\b|(deixou de|ja nao) (carregar|carrega|ligar|liga)\b",
        r"(microfone|micro|altifalante|alto-falante|coluna|auricular|camara|camera|bluetooth|wi-?fi|face ?id|touch ?id|impressao digital|leitor de impressoes|porta de carregamento|entrada de carregamento|vibracao|lanterna)~(nao funciona|deixou de funcionar|nao funcionam|nao da)\b",
        r"(nao funciona|deixou de funcionar) (o|a) (microfone|altifalante|coluna|camara|camera|bluetooth|wifi|face id|lanterna)",
        r"(ecra|tela)~(pisca|fica preto|fica preta|pixeis mortos|riscas|listras)|pixeis mortos|(reinicia|desliga)-?se sozinho|(reinicia|desliga) sozinho",
        r"(sem|nao tem|nao da|nao sai) (som|audio)\b|(som|altifalante|coluna|audio)~(chia|distorcid\w*|rouco|estala)|nao me ouvem|ninguem me ouve",
        r"(sem|nao tem|nao apanha|nao pega) (rede|sinal|cobertura)\b|(wi-?fi|rede|sinal|ligacao)~(cai|vai abaixo|esta sempre a cair)",
        r"(fotos?|imagens|camara|camera|videos?)~(desfocad\w*|tremid\w*|turv\w*)|(fica|ficou|preso|presa) (preso |presa )?(na maca|no logo|no logotipo)|bootloop",
        r"(ecra|tela)~ficou (preto|preta|negro)|(nao funcionava|nunca funcionou)\b|bateria~(dura|aguenta|durou|aguentou) (so|apenas|nada|menos)\b|bateria (descarrega|vai abaixo) (em|muito|num instante)",
        r"botao~(preso|encravado|solto|nao volta)|(entrada|ficha) de carregamento~(solta|folga|abana)",
        r"(camara|camera)~nao (foca|faz foco)|(leitor|sensor)~(so|apenas) (funciona|le|reconhece)|(congela|fica pendurado)|bateria~(dura|aguenta) (meio dia|metade do dia)",
        r"(wifi|wi-fi|wlan|bluetooth)~nao (liga|conecta|funciona|emparelha)",
        r"sem servico|so (chamadas de )?emergencia|so sos|(altifalante|coluna)~(chia|arranha|estala|faz ruido)",
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


# The words of a symptom of the network ("no signal", "kein Netz", "geen bereik"): a phone locked to
# a carrier or with a blocked IMEI shows the same, so beside a locked device they tell no defect.
_NETWORK = re.compile(
    r"signal|service|network|reception|bars|wi-?fi|connection|reseau|connexion|netz|empfang|wlan|verbindung"
    r"|cobertura|senal|\bred\b|conexion|segnale|campo|rete|connessione|bereik|netwerk|signaal|ontvangst"
    r"|zasieg|sieci|siec|sygnal|polaczenie|rede|sinal|ligacao"
)


def tells_of_network(folded_phrase: str) -> bool:
    """Whether a symptom's folded phrase is about the network (explained by a carrier lock too)."""
    return _NETWORK.search(folded_phrase) is not None


def takes_back(folded_sentence: str) -> bool:
    """Whether a folded sentence takes back an alarm ("thought X was broken, but...")."""
    return _RETRACTED.search(folded_sentence) is not None
