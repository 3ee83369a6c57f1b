"""The escalation lexicon: per category and language, the phrasings of a buyer's complaint.

Patterns are written against screening.text.normalize() output: lower case, accents folded
(é->e, ł->l, ä->a; ß stays ß). Notation, expanded by screening/checks/escalation/rules.py:
- a space matches any run of white space, " ?" an optional one;
- `~` skips up to 4 words, `~~` up to 8, `~~~` up to 12 (a complaint is rarely one fixed phrase);
- every pattern starts at a word boundary; add `\\b` at the end where a stem must not continue.

Weights: STRONG (0.9) phrases are complaints on their own ("activation lock", "ordered X ...
received Y"); WEAK (0.6) phrases need the sentence to be a statement. Both are cut by the question
guard in rules.py when their sentence is a question that only mentions the topic ("how do I turn off
Find My iPhone before trade-in?").

Sources: the buyer messages of data/escalation/ (dev split only, see its README), the device
messages quoted verbatim (iOS "unable to verify this iPhone has a genuine Apple battery", "iPhone
locked to owner", Android FRP), and EU consumer-law vocabulary per language (withdrawal period:
délai de rétractation, Widerrufsfrist, desistimiento, recesso, bedenktijd, odstąpienie, livre
resolução).
"""

from __future__ import annotations

# The phrase tables keep their hand layout (by category and language), so ruff format leaves them.
# fmt: off

STRONG = 0.9
WEAK = 0.6

CATEGORIES = ("locked_device", "counterfeit", "dangerous", "not_as_described", "quality_issue",
              "return_refused", "no_response")
LANGUAGES = ("en", "fr", "de", "es", "it", "nl", "pl", "pt")

# Sentence openings that make a question about a topic rather than a complaint. `why` and its
# translations are missing on purpose: "why do you refuse my refund?" is a complaint. A condition
# ("if", also after "and"/"but": "And if the colour disappoints me, do you take it back?") states
# nothing: the question that follows it asks about a what-if.
QUESTION_OPENINGS: dict[str, str] = {
    "en": r"how|what|which|is|are|can|could|do|does|did|will|would|should|if|when|where|may|has|have|who|(and|but) if",
    "fr": r"comment|que|quel|quelle|quels|quelles|qu'est|est-ce|puis-je|pouvez|peut-on|peut-il|faut-il|si|s'il|s'ils|quand|ou|"
          r"avez|acceptez|y a-t-il|le \w+ est-il|la \w+ est-elle|[\w']+ \w+-(il|elle|on)|(et|mais) si|qui",
    "de": r"wie|was|welche\w*|ist|sind|kann|konnen|muss|haben|hat|gibt|wann|wo|nehmen|falls|wenn|darf|"
          r"(und|aber) (wenn|falls)|wer",
    "es": r"como|que|cual|es|esta|puedo|pueden|se puede|tienen|hay|si|cuando|donde|aceptan|tengo|quien|(y|pero) si",
    "it": r"come|cosa|che|quale|e|posso|potete|si puo|avete|c'e|se|quando|dove|accettate|devo|chi|(e|ma) se|"
          r"controllate|verificate|fate|spedite|mandate|date|fornite|includete|sapete|vendete",
    "nl": r"hoe|wat|welke|is|zijn|kan|kunt|moet|heeft|hebt|zit|werkt|wanneer|waar|als|accepteert|mag|wie|(en|maar) als|"
          r"krijg|krijgt|krijgen|komt|gaat|staat|doet|doen|wordt|word|zal|zullen|controleren|controleert|verzenden|leveren",
    "pl": r"jak|co|jaki|jaka|jakie|czy|kiedy|gdzie|jesli|jezeli|gdyby|kto|(a|i|ale) (co )?(jesli|jezeli|gdyby)",
    "pt": r"como|o que|que|qual|e|esta|posso|podem|da para|tem|ha|se|quando|onde|aceitam|tenho|quem|(e|mas) se",
}

# A question clause without a question word ("il est bloqué opérateur ?", "¿tiene cuenta de Google
# vinculada?", "kunnen de batterijen opzwellen?": intonation and verb-first questions) asks about
# the topic too, unless the buyer speaks of their own case (a first-person word) or asks "why"
# (an accusation). Folded text: no accents, lower case.
FIRST_PERSON: dict[str, str] = {
    "en": r"i|i'm|im|i've|ive|i'd|my|me|mine|we|our|us",
    "fr": r"je|j'\w*|mon|ma|mes|moi|m'\w*|nous|notre|nos",
    "de": r"ich|mein\w*|mir|mich|wir|unser\w*",
    "es": r"yo|mi|mis|me|tengo|nosotros|nuestr\w*",
    "it": r"io|mio|mia|miei|mie|mi|ho|noi|nostr\w*",
    "nl": r"ik|mijn|me|mij|wij|we|ons|onze",
    "pl": r"ja|moj\w*|mnie|mi|mam|my|nasz\w*",
    "pt": r"eu|meu|minha|meus|minhas|me|mim|tenho|nos|noss\w*",
}
WHY_OPENINGS: dict[str, str] = {
    "en": r"why", "fr": r"pourquoi", "de": r"warum|wieso|weshalb", "es": r"por ?que", "it": r"perche",
    "nl": r"waarom", "pl": r"dlaczego|czemu", "pt": r"porque|por que",
}

# A question sentence with one of these anywhere is a buyer asking before buying or about a what-if,
# not reporting a problem ("worried about iCloud lock, can you confirm it's removed?").
HYPOTHETICAL_MARKERS: dict[str, str] = {
    "en": r"before (i )?(buy|order)|thinking of (buying|ordering)|planning to buy|worried (about|that)|can you confirm",
    "fr": r"avant (d'acheter|de commander|l'achat)|j'ai peur d[eu]|pouvez-vous confirmer",
    "de": r"vor dem kauf|bevor ich (kaufe|bestelle)|angst vor|konnen sie bestatigen",
    "es": r"antes de (comprar|pedir)|miedo (a|de)|pueden confirmar",
    "it": r"prima di (comprare|acquistare|ordinare)|paura (di|del|che)|potete confermare",
    "nl": r"voor(dat)? ik (koop|bestel)|bang (voor|dat)|kunt u bevestigen",
    "pl": r"przed zakupem|boje sie|czy mozecie potwierdzic",
    "pt": r"antes de (comprar|encomendar)|medo d[eo]|podem confirmar",
}

# A statement of what the buyer wants to avoid ("I don't want to end up with a locked phone") next
# to a question about the topic is the reason for the question, not a report of a problem.
AVOIDANCE_MARKERS: dict[str, str] = {
    "en": r"(i )?(don't|do not) want|(i'd|i would) hate|just (checking|asking)|no offen[cs]e",
    "fr": r"(je )?(ne )?veux pas|je (ne )?voudrais pas|pour eviter|juste pour (savoir|verifier)",
    "de": r"(ich )?(will|mochte|möchte) (nicht|kein\w*)|sonst (hangt|steht|hat) man|nur (zur sicherheit|zum check)",
    "es": r"no quiero|no me gustaria|para evitar|solo (pregunto|para saber)",
    "it": r"non (voglio|vorrei)|per evitare|chiedo solo",
    "nl": r"(ik )?wil (niet|geen)|om te voorkomen|gewoon even (checken|vragen)",
    "pl": r"nie chce|zeby (nie|uniknac)|tylko pytam",
    "pt": r"nao quero|para evitar|so (pergunto|para saber)",
}

# A question asked as a statement ("I'd like to know whether it is unlocked.", "Vorrei sapere se
# ha 128 GB"): without a "?", its first clause asks all the same (rules.RuleDetector.asks_indirectly);
# what follows a comma may report ("..., since nobody has answered for a week"). Not when it asks
# "why" ("I'd like to know why my refund is late" is a complaint). Folded text.
INDIRECT_QUESTION_MARKERS: dict[str, str] = {
    "en": r"(i'd|i would|i want|i wanted|i need) (just |only |really )?(like |love )?to (know|check|ask|confirm|make sure|be sure)|"
          r"(please )?(let me know|tell me|confirm) (if|whether|that|how|what|when|which)|please confirm|"
          r"(grateful|appreciate it) if you (could|would|can)|i('m| am) (wondering|curious)|i wonder",
    "fr": r"(je (voudrais|souhaiterais|souhaite|aimerais|veux|voulais)|j'aimerais) (bien |juste |simplement |seulement )?(savoir|etre (sure?|certaine?)|"
          r"verifier|m'assurer|confirmer|vous demander)|(pourriez|pouvez)-vous (me dire|me confirmer|confirmer|m'indiquer)|"
          r"merci de (me )?(confirmer|dire|preciser)|je me demande",
    "de": r"ich (mochte|wurde|wollte|will|wusste|hatte) (gern |gerne |nur |kurz )*(wissen|fragen|sicher ?gehen|nachfragen)|"
          r"(konnen|konnten) sie (mir )?(sagen|bestatigen)|bitte (um )?(bestatigung|bestatigen)|ich frage mich",
    "es": r"(quisiera|quiero|queria|me gustaria|necesito) (solo |solamente )?(saber|confirmar|asegurarme|preguntar)|"
          r"(me )?(podria|podrian|puede|pueden)s? (decir|confirmar)|me pregunto",
    "it": r"(vorrei|volevo|voglio|desidererei|mi piacerebbe) (solo |soltanto |semplicemente )?(sapere|essere sicur[oa]|"
          r"chiedere|conferma|verificare|capire)|(mi )?(puo|potete|potrebbe|potreste) (dire|confermare)|mi chiedo",
    "nl": r"ik (wil|zou|wou|wilde) (graag |even |alleen |gewoon )*(weten|vragen|zeker (weten|zijn)|checken|controleren)|"
          r"(kunt|kan|kunnen) (u|je|jij|jullie) (mij |me )?(zeggen|bevestigen|laten weten)|ik vraag me af",
    "pl": r"(chcial(a)?bym|chcialem|chcialam) (sie )?(tylko )?(dowiedziec|upewnic|zapytac|spytac|wiedziec|potwierdzic)|"
          r"chce (sie )?(tylko )?(dowiedziec|upewnic|zapytac)|prosze o potwierdzenie|zastanawiam sie|"
          r"prosze o informacje,? czy",
    "pt": r"(gostaria|queria|quero|preciso) (de )?(so )?(saber|confirmar|ter a certeza|perguntar|me certificar)|"
          r"(pode|podem|poderia|poderiam) (me )?(dizer|confirmar)|pergunto-me|eu me pergunto",
}

# A dangerous symptom is never itself a negation ("swollen", "smoke", "sparks", "very hot"): a
# negation inside its match, or among the two words of its clause before it, denies the symptom
# ("the battery isn't swollen", "pas de fumée", "keine Funken", "la batería no está hinchada"):
# a buyer checking, or telling what is fine, reports nothing dangerous (rules.RuleDetector.detect).
# Not "without": it tells the circumstances ("it gets hot without any app open"), not the symptom's absence.
# Other categories are left alone: their symptoms are often negations ("doesn't turn on"). Folded
# text: no accents, lower case.
DENIABLE_CATEGORIES = ("dangerous", "locked_device")
DENIALS: dict[str, str] = {
    "en": r"not|no|never|nor|\w+n't",
    "fr": r"pas|jamais|aucun|aucune|ni|non",
    "de": r"nicht|kein|keine|keinen|keiner|keines|keinem|nie|niemals",
    "es": r"no|nunca|ni|ningun|ninguna|ninguno",
    "it": r"non|mai|nessun|nessuna|nessuno",
    "nl": r"niet|geen|nooit",
    "pl": r"nie|nigdy|zaden|zadna|zadne|zadnego|ani",
    "pt": r"nao|nunca|nem|nenhum|nenhuma",
}

# A lock the buyer set: the phone asks for the buyer's own code or password ("it asks for my
# passcode", "me pide mi código, el que puse yo", "mi chiede la MIA password"). It is how a phone
# guards its owner, not a phone locked to someone else (R9): read in the locked-device phrasing or
# in the six words after it, in its sentence, and not after a negation ("not my code" reports).
# Folded text.
OWN_CODES: dict[str, str] = {
    "en": r"(?:my|our|her|his) (?:own )?(?:passcode|pass code|code|password|pin|screen lock)|the (?:code|one|passcode|password|pin) (?:i|we|she|he) (?:set|chose|picked|put)",
    "fr": r"(?:mon|ma|notre) (?:propre )?(?:code|mot de passe|code pin|pin)|(?:le|un) code que j'ai (?:mis|choisi|defini)",
    "de": r"(?:meinen|mein|meine|unseren|unser) (?:eigenen |eigenes |eigene )?(?:code|passwort|pin|entsperrcode)|(?:den|das) ich (?:selbst )?(?:gesetzt|eingestellt|vergeben)",
    "es": r"(?:mi|nuestro) (?:propio )?(?:codigo|contrasena|pin|clave)|que (?:yo )?puse(?: yo)?|que configure",
    "it": r"(?:il mio|la mia|il nostro) (?:codice|password|pin)|(?:mio|mia) (?:codice|password|pin)|che ho (?:messo|impostato|scelto) io",
    "nl": r"(?:mijn|onze) (?:eigen )?(?:code|toegangscode|wachtwoord|pincode|pin)|die ik (?:zelf )?(?:heb )?(?:ingesteld|gekozen)",
    "pl": r"(?:moj|moje|moja|nasz) (?:wlasny |wlasne |wlasna )?(?:kod|haslo|pin)|(?:ktory|ktore) (?:sam|sama) ustawil\w*",
    "pt": r"(?:o meu|a minha|meu|minha) (?:proprio |propria )?(?:codigo|palavra-passe|senha|pin)|que eu (?:defini|pus|escolhi)",
}

# A fear of what might happen ("I'm worried the battery could swell", "j'ai peur que la batterie
# gonfle") beside a question is the reason for the question, no report: what follows the marker, to
# the sentence's end, is read as the question is. Not English "I'm afraid" alone: it also opens a
# report politely ("I'm afraid the screen arrived cracked"). Folded text: no accents, lower case.
# What the buyer must still check (told to make sure the phone carries no lock) is a fear of the
# same kind: present tense only ("I had to check..." may report what was found).
FEAR_MARKERS: dict[str, str] = {
    "en": r"(worried|scared|nervous|concerned) (about|that|of|it|the)|afraid (of|it might|it will|it could)|(my|one) fear is|i fear|"
          r"(should|must|need to|have to) (check|make sure|verify) (that|it|whether|if)",
    "fr": r"(j'ai |j'aurais )?peur (que|qu'\w+|de|d'\w+)|je crains|de crainte que|inquiet(e)? (que|qu'\w+|de|pour)|"
          r"(dois|devrais|faut) (verifier|m'assurer|controler) (que|qu'\w+|si)",
    "de": r"angst,? (dass|vor)|ich befurchte|sorge,? dass|sorgen,? dass|"
          r"(soll|sollte|muss) (prufen|checken|nachsehen|kontrollieren|sicherstellen),? (ob|dass)",
    "es": r"miedo (a|de|que)|me preocupa|temo que|(tengo que|debo|deberia) (comprobar|asegurarme|verificar|mirar) (de )?(que|si)",
    "it": r"paura (che|di)|temo che|mi preoccupa|(devo|dovrei|bisogna) (controllare|verificare|assicurarmi) (che|se)",
    "nl": r"bang (dat|voor)|ik vrees|ongerust|bezorgd (dat|over)|(moet|moeten) (\w+ )?(controleren|checken|nagaan|nakijken),? of",
    "pl": r"boj\w* sie|obawiam sie|martwie sie|(musze|powinienem|powinnam) (sprawdzic|upewnic sie),? czy",
    "pt": r"medo (que|de|da|do)|receio (que|de)|preocupa-me|(tenho de|tenho que|devo) (verificar|confirmar|ver) (que|se)",
}

# A sentence that tells what the listing says (its title, description or photos, in the present
# tense) beside a question is that question's context: the buyer reads the
# listing, nothing has arrived (present tense only: "the listing said" compares with what came).
# Every clause after "but"/"and" must point at the listing too (another place of it); "but" followed
# by the phone itself reports (RuleDetector.quotes_listing). Folded text, from the sentence's opening.
LISTING_SAYS_MARKERS: dict[str, str] = {
    "en": r"(the |your )?(listing|ad|advert|description|title|photos?|pictures?) (says|say|states|shows?|reads|mentions|looks?)|"
          r"(in|on) (the |your )?(listing|ad|advert|description|title|photos?|pictures?),? (it )?(says|shows|is|looks|there is)|"
          r"you (write|say|state) in the (listing|ad|description|title)",
    "fr": r"(l'annonce|la description|le titre|la photo|les photos|le descriptif|votre annonce) (dit|indique|affiche|montre|mentionne|parle)|"
          r"(dans|sur) (l'annonce|la description|le titre|le descriptif|votre annonce|la photo|les photos),? "
          r"(c'est ecrit|il est ecrit|vous (dites|ecrivez|indiquez)|on (lit|voit)|il y a|c'est)",
    "de": r"(im|in der|laut) (inserat|anzeige|beschreibung|titel|angebot)(,)? (steht|heisst es|schreiben sie|ist)|"
          r"(das inserat|die anzeige|die beschreibung|der titel|das foto|die fotos) (sagt|sagen|zeigt|zeigen|nennt)|"
          r"auf (dem foto|den fotos|dem bild|den bildern),? (sieht|wirkt|ist|schaut)",
    "es": r"(en )?(el anuncio|la descripcion|el titulo|la foto|las fotos|la ficha),? (pone|dice|indica|sale|aparece|muestra)|"
          r"(en|segun) (el anuncio|la descripcion|el titulo|la ficha),? (pone|dice|indica|sale|aparece)",
    "it": r"(nell'annuncio|nella descrizione|nel titolo|nella foto|nelle foto|nella scheda),? (c'e scritto|e scritto|dice|si legge|leggo|"
          r"risulta|sembra|appare|c'e|vedo)|(l'annuncio|la descrizione|il titolo|la foto|le foto) (dice|dicono|riporta|indica|mostra|mostrano)",
    "nl": r"(in de advertentie|in de beschrijving|in de titel|op de foto|op de foto's),? (staat|lijkt|zie ik|is)|"
          r"(de advertentie|de beschrijving|de titel|de foto) (zegt|toont|vermeldt)",
    "pl": r"(w ogloszeniu|w opisie|w tytule|na zdjeciu|na zdjeciach),? (jest|pisze|napisano|stoi|widac|wyglada)|"
          r"(ogloszenie|opis|tytul|zdjecie) (mowi|pokazuje)",
    "pt": r"(no anuncio|na descricao|no titulo|na foto|nas fotos),? (diz|esta|aparece|consta|parece|mostra|ve-se)|"
          r"(o anuncio|a descricao|o titulo|a foto|as fotos) (diz|dizem|indica|mostra|mostram)",
}

# Where a listing is read, after "but"/"and" in a sentence quoting it (the description, the photos).
LISTING_PLACES = (r"(in|on) (the )?(description|title|photos?|pictures?|listing|ad)|the (description|title|photo|photos)|"
                  r"(dans|sur) (la|le|les|l') ?(description|titre|photos?|annonce|descriptif)|en bas|"
                  r"(in der|im|auf dem|auf den) (beschreibung|titel|foto|fotos|bild|inserat)|"
                  r"(en )?(la|el|las) (descripcion|titulo|foto|fotos)|"
                  r"(nella|nel|nelle|nell') ?(descrizione|titolo|foto|annuncio)|"
                  r"(in de|op de) (beschrijving|titel|foto|foto's|advertentie)|"
                  r"(w|na) (opisie|tytule|zdjeciu|zdjeciach|specyfikacji)|"
                  r"(na|no|nas) (descricao|titulo|foto|fotos)|debaixo|em baixo|mais abaixo|sotto|weiter unten|abajo|"
                  r"(la )?(etiqueta|etiquette|l'etiquette|etichetta|etiket) ")

# "Real or fake?": a buyer weighing two answers asks, even without a question mark ("c un vrai
# ou une copie mdr"); someone who received a fake says so. A sentence with one of these is a
# question about the topic. Folded text: no accents, lower case.
EITHER_OR_MARKERS: dict[str, str] = {
    "en": r"(real|genuine|original|authentic|legit)( one)? or (not|fake|a fake|a copy|a replica|a clone|counterfeit)",
    "fr": r"(vrai|authentique|original|d'origine)( ou pas| ou non| ou (un |une )?(faux|fausse|copie|replique|contrefacon))",
    "de": r"(echt|original)( oder (nicht|fake|gefalscht|eine kopie|kopie|nachbau|ein fake))",
    "es": r"(real|autentico|original|verdadero)( o (no|falso|una copia|copia|replica|imitacion|fake))",
    "it": r"(vero|autentico|originale)( o (no|falso|una copia|copia|replica|tarocco|fake))",
    "nl": r"(echt|origineel|authentiek)( of (niet|nep|namaak|een kopie|fake))",
    "pl": r"(oryginal\w*|prawdziw\w*|autentyczn\w*)( czy (nie|podrob\w*|falsyfikat|kopia|replika|fake))",
    "pt": r"(verdadeiro|autentico|original)( ou (nao|falso|uma copia|copia|replica|imitacao|fake))",
}

_S, _W = STRONG, WEAK

LEXICON: dict[str, dict[str, list[tuple[float, str]]]] = {
    "locked_device": {
        "en": [
            (_S, r"(network|provider|carrier|operator)~~(blocked|barred|blacklisted)|(handset|phone|device) is barred"),
            (_S, r"activation ?lock"),
            (_S, r"icloud[- ]?lock"),
            (_S, r"(asks?|asking|wants|requires?|demands?|requesting)~(apple ?id|icloud|google account|passcode|password|pin code|code)\b"),
            (_S, r"(imei|phone|device)~(blacklisted|blocked|barred|reported (as )?(stolen|lost))"),
            (_S, r"blacklist"),
            (_S, r"locked to (the )?owner"),
            (_S, r"find my (iphone )?(is )?(still )?(on|enabled|active|switched on|turned on)"),
            (_S, r"(asks?|asking|wants|requires?|requesting|demands?)~~(previous|old|former) owner"),
            (_S, r"(stuck|hangs|frozen) (on|at)~(verify|verification|sign in|activation|apple id|google account|owner)"),
            (_S, r"invalid sim|sim (card )?(not (supported|accepted|recogni[sz]ed|valid)|(is|was)n't (accepted|recogni[sz]ed))"),
            (_S, r"(managed|supervised) by (a |an |the |some )?(\w+ ){0,3}(school|company|organi[sz]ation|district|business)|remote management"),
        ],
        "fr": [
            (_S, r"(gere|supervise|appartient|enregistre)e?~(organisation|entreprise|societe)"),
            (_S, r"verrouillage d'?activation"),
            (_S, r"(lie|associe|rattache|connecte|bloque|verrouille)e?s?~(icloud|compte google|apple ?id|identifiant apple|ancien proprio\w*|proprietaire)"),
            (_S, r"(demande|exige|reclame)~(identifiant apple|apple ?id|icloud|compte google|code|mot de passe)"),
            (_S, r"(telephone|tel|iphone|appareil|portable|il|smartphone|samsung) (est )?(encore |toujours )?(bloque|verrouille)"),
            (_S, r"imei~(blacklist|bloque|liste noire|vole|signale)"),
            (_S, r"(bloque|verrouille) (operateur|sfr|orange|bouygues|free)"),
            (_S, r"localiser mon iphone (est )?(toujours |encore )?(active|allume)"),
            (_S, r"verrouille par (le |son )?proprietaire"),
            (_W, r"sim non prise en charge"),
            (_S, r"gestion a distance"),
            (_S, r"(demande|exige|reclame)~~(ancien proprietaire|ancien proprio)"),
            (_S, r"compte (samsung|mi|xiaomi|huawei)~~(ancien|precedent|proprio)"),
        ],
        "de": [
            (_S, r"(organisation|firma|unternehmen)~(verwaltet|gehort|registriert)|(verwaltet|gehort|registriert)~(organisation|firma)"),
            (_S, r"aktivierungssperre"),
            (_S, r"(icloud|apple-?id|google-?konto)\S*~vorbesitzer"),
            (_S, r"(will|verlangt|fragt nach|fordert)~(apple-?id|icloud|google-?konto|code|passwort|pin)"),
            (_S, r"(ist|wurde|bleibt) (noch )?gesperrt"),
            (_W, r"sim nicht unterstutzt"),
            (_S, r"(verlangt|will|fragt nach|fordert)~~vorbesitzer\w*"),
            (_S, r"zuruckgesetzt~~google|google-?konto (anmelden|eingeben|verlangt)"),
        ],
        "es": [
            (_S, r"(gestiona|gestionado|pertenece|registrado)~(organizacion|empresa)"),
            (_S, r"(operadora|operador|compania)~~bloquead"),
            (_S, r"bloqueo de activacion"),
            (_S, r"(vinculad|asociad|bloquead)[oa]~(cuenta|icloud|id de apple|google|dueno|propietario)"),
            (_S, r"(pide|exige|solicita)~(id de apple|icloud|cuenta de google|codigo|contrasena|clave)"),
            (_S, r"(movil|telefono|iphone|dispositivo|samsung|smartphone) (\w+ )?(esta|sigue) (todavia )?bloquead[oa]"),
            (_S, r"imei~(lista negra|bloquead|robad)"),
            (_S, r"buscar mi iphone (sigue )?(activad|encendid)"),
            (_S, r"gestion remota"),
            (_S, r"(pide|exige|solicita)~~(dueno|propietario) anterior"),
            (_S, r"(pide|exige|solicita)~(cuenta de google|id de apple|apple id|cuenta de icloud)~~(anterior|antiguo|dueno|propietario)"),
            (_S, r"cuenta (de )?(samsung|mi|xiaomi|huawei)~~(anterior|antiguo|dueno|propietario)"),
        ],
        "it": [
            (_S, r"(gestito|appartiene|registrato)~(organizzazione|azienda)"),
            (_S, r"blocco (di )?attivazione"),
            (_S, r"(collegat|associat|bloccat|legat)[oa]~(account|icloud|id apple|google|proprietario)"),
            (_S, r"(chiede|richiede|vuole)~(id apple|icloud|account google|codice|password|passcode)"),
            (_S, r"(telefono|iphone|cellulare|dispositivo|samsung|smartphone) (\w+ )?(e|risulta) (ancora )?bloccat[oa]"),
            (_S, r"imei~(blacklist|bloccat|rubat|lista nera)"),
            (_S, r"dov'?e\W+(e )?(ancora )?attiv"),
            (_W, r"sim non supportata"),
            (_S, r"(chiede|richiede|vuole)~~(vecchio|precedente) proprietario"),
        ],
        "nl": [
            (_S, r"(beheerd|hoort bij|geregistreerd)~(organisatie|bedrijf)"),
            (_S, r"provider~~geblokkeerd"),
            (_S, r"activeringsslot"),
            (_S, r"(gekoppeld|verbonden|vergrendeld|geblokkeerd)~(icloud|apple ?id|google-?account|eigenaar)"),
            (_S, r"(vraagt|wil)~(apple ?id|icloud|google-?account|code|wachtwoord|toegangscode)"),
            (_S, r"imei\S*~(zwarte lijst|blacklist|geblokkeerd|gestolen)"),
            (_S, r"zoek mijn iphone (staat )?(nog )?(aan|actief)"),
            (_W, r"simkaart niet ondersteund"),
            (_S, r"extern beheer"),
            (_S, r"(vraagt|wil)~~vorige eigenaar"),
            (_S, r"(simkaart|sim)~(doet niks|doet het niet|werkt niet|wordt niet herkend|niet geaccepteerd)"),
        ],
        "pl": [
            (_S, r"operator~~zablokowan"),
            (_S, r"blokad\w* aktywacji"),
            (_S, r"(przypisany|powiazany|zablokowany|podpiety)~(icloud|apple ?id|google|wlasciciel)"),
            (_S, r"(wymaga|prosi o|zada)~(apple ?id|icloud|konta google|kodu|kod|hasla|haslo)"),
            (_S, r"(telefon|iphone|urzadzenie|samsung|smartfon) (\w+ )?(jest )?(nadal )?zablokowan\w+"),
            (_S, r"imei~(czarnej liscie|zablokowan|kradzion)"),
            (_W, r"karta sim nieobslugiwana"),
        ],
        "pt": [
            (_S, r"(gerido|pertence|registado)~(organizacao|empresa)"),
            (_S, r"operadora~~bloquead"),
            (_S, r"bloqueio de ativacao"),
            (_S, r"(associad|bloquead|ligad|vinculad)[oa]~(conta|icloud|id apple|google|dono|proprietario)"),
            (_S, r"(pede|exige|solicita)~(id apple|icloud|conta google|codigo|palavra-passe|senha|password)"),
            (_S, r"imei~(lista negra|bloquead|roubad)"),
            (_W, r"sim nao suportado"),
            (_S, r"(pede|exige|solicita)~~((antigo|anterior) dono|dono anterior)"),
            (_S, r"pede~(conta google|conta do google|apple id|id apple|conta icloud)~~(anterior|antig|dono)"),
        ],
    },
    "counterfeit": {
        "en": [
            (_S, r"(made|designed|dressed up) to look like|disguised as|pretending to be|cheap android"),
            (_S, r"(fake|counterfeit|knock-?offs?|replica|clone|imitation|bootleg)\b"),
            (_S, r"not (an? )?(\w+ ){0,2}?(original|genuine|authentic|real)\b"),
            (_S, r"aftermarket"),
            (_S, r"non-?genuine"),
            (_S, r"unable to verify~genuine"),
            (_S, r"(failed|fails|didn't pass|did not pass)~authenticity (check|test)"),
            (_S, r"(imei|serial)~(don't|doesn't|do not|does not|didn't|did not|won't) match|(imei|serial)\w*~(different|differ\w*|mismatch\w*)"),
            (_S, r"(parts?|screen|display|battery|camera|housing|components?|bits|insides?|board)~(isn't|aren't|is not|are not|wasn't|weren't|not) (\w+ )?(from |made by |by )?(apple|samsung|google|huawei|xiaomi|sony|motorola)\b"),
        ],
        "fr": [
            (_S, r"(un|des|une|sont des|c'est un|c'est une) (faux|fausse|fausses)\b"),
            (_S, r"(faux|fausse) (iphone|telephone|samsung|airpods|chargeur|ecran)"),
            (_S, r"pas (un |une |de |des )?(vrais?|vraies?|authentiques?)\b"),
            (_S, r"(une|c'est une|des) (copie|replique|imitation)s?\b"),
            (_S, r"(replique|imitation)\b"),
            (_S, r"c'est du (faux|toc|chinois)|de la contrefacon|une copie chinoise|pas un vrai\b"),
            (_S, r"(objectifs?|cercles?|lentilles?)~(decoratifs?|factices?)"),
            (_S, r"(imei|numero de serie)~(ne correspond\w*|correspondent pas|differ\w*|pas le meme|pas les memes)"),
            (_S, r"(pieces?|ecran|batterie|camera|coque|composants?|carte mere)~(pas|plus|aucune?) (\w+ )?(d'|de chez |de )(apple|samsung|google|huawei|xiaomi|sony|motorola)"),
        ],
        "de": [
            (_S, r"(falschung|gefalscht\w*|fake\w*|plagiat|nachbau|kopie|imitat|replik)"),
            (_S, r"(nicht|kein|keine) (\w+ ){0,1}(echt|original)"),
            (_S, r"(billige|chinesische|schlechte) (kopie|nachbau|fake)|kein (echtes|originales) (iphone|samsung|handy|gerat)"),
            (_S, r"(imei|seriennummer)\w*~(stimm\w* nicht|passt nicht|passen nicht|verschieden|unterschiedlich|anders)"),
            (_S, r"(teile|display|akku|kamera|gehause|bauteile|innenleben|platine)~(nicht|gar nicht|kein\w*) (\w+ )?(von |vom hersteller )?(apple|samsung|google|huawei|xiaomi|sony|motorola)"),
        ],
        "es": [
            (_S, r"disfrazad\w* de|que parece un (iphone|samsung)|android barato"),
            (_S, r"(falsificad\w*|falsificacion|imitacion|replica)\b"),
            (_S, r"(un|una|unos|unas) (\w+ ){0,1}(falso|falsa|falsos|falsas)\b"),
            (_S, r"(una |es una )copia\b"),
            (_S, r"(un |una )?(clon|copia|replica) (china|chino|barat\w+)|no es un \w+ (de verdad|original|autentico)"),
            (_S, r"(imei|numero de serie)~(no coincide\w*|no cuadra\w*|no es el mismo|distint\w*|diferente\w*)"),
            (_S, r"(piezas?|pantalla|bateria|camara|carcasa|componentes?|placa)~no (es|son) (\w+ )?(de )?(apple|samsung|google|huawei|xiaomi|sony|motorola)"),
        ],
        "it": [
            (_S, r"(contraffatt\w*|tarocc\w*|replica|imitazione)\b"),
            (_S, r"(un|una|sono|e un) (\w+ ){0,1}(falso|falsi|falsa)\b"),
            (_S, r"(una |e una )copia\b"),
            (_S, r"componente sconosciuto"),
            (_S, r"(telefono|cellulare|iphone|samsung) clonat\w*|e (un )?clonat\w*"),
            (_S, r"(imei|numero di serie|seriale)~(non corrisponde\w*|non coincide\w*|divers\w*|differente)"),
            (_S, r"(pezzi|componenti|schermo|display|batteria|fotocamera|scocca|scheda madre)~non (e|sono) (\w+ )?(di |della |originali )?(apple|samsung|google|huawei|xiaomi|sony|motorola)"),
        ],
        "nl": [
            (_S, r"(namaak|nep\b|nep-|vervalst\w*|replica|imitatie)"),
            (_S, r"(een|is een) kopie\b"),
            (_S, r"(niet|geen) (\w+ ){0,1}(echt|echte|origine\w*)\b"),
            (_S, r"(dit|het) is (gewoon )?nep|geen echte (iphone|samsung|telefoon)"),
            (_S, r"(imei|serienummer)\w*~(komt|komen) niet overeen|(imei|serienummer)\w*~(verschil\w*|anders|een ander)"),
            (_S, r"(onderdelen|scherm|batterij|accu|camera|behuizing|moederbord)~(niet|geen) (\w+ )?(van )?(apple|samsung|google|huawei|xiaomi|sony|motorola)"),
        ],
        "pl": [
            (_S, r"(podrob\w+|podrab\w+|falsyfikat|fake|replika|imitacj\w+|falszyw\w+)"),
            (_S, r"nie (jest|sa|to) (\w+ ){0,2}?(oryginaln\w+|prawdziw\w+)"),
            (_S, r"nieoryginaln\w+"),
            (_S, r"numer seryjny~nie (zgadza|pasuje)"),
            (_S, r"imei~nie (zgadza|pasuje)|imei~(inny|inne|rozn\w*)"),
            (_S, r"(czesci|ekran|bateria|aparat|obudowa|plyta)~nie (jest|sa) (\w+ )?(od |firmy )?(apple|samsung|google|huawei|xiaomi|sony|motorola)"),
        ],
        "pt": [
            (_S, r"disfarcad\w* de|a fingir ser|android barato"),
            (_S, r"(falsificad\w*|falsificacao|contrafeit\w*|imitacao|replica)\b"),
            (_S, r"nao (e|sao) (um |uma )?(\w+ ){0,2}?(original|originais|autentic\w*|verdadeir\w*)"),
            (_S, r"(uma |e uma )copia\b"),
            (_S, r"contrafac\w+"),
            (_S, r"(isto|este|o telemovel|o telefone|o iphone) e (um )?(falso|falsificado)|nao e um \w+ verdadeiro|contrafeit\w*|contrafacao"),
            (_S, r"(imei|numero de serie)~(nao (coincide|corresponde|bate)|diferente\w*)"),
            (_S, r"(pecas?|ecra|tela|bateria|camara|capa|componentes?|placa)~nao (e|sao) (\w+ )?(da |de )?(apple|samsung|google|huawei|xiaomi|sony|motorola)"),
        ],
    },
    "dangerous": {
        "en": [
            (_S, r"(battery|back|phone|it|screen)~(swollen|swelled|swelling|swell\w*|bulg\w+|puffed|inflated|expand\w*)"),
            (_W, r"(screen|display) (is )?(lifting|popping|pushed) ?(up|out|off)?"),
            (_S, r"(swollen|bulging|puffy|puffed|inflated) (up )?battery"),
            (_S, r"smok(e|ing)\b"),
            (_S, r"burn(ing|t)? (smell|plastic)|smells? (of |like )?burn"),
            (_S, r"spark(s|ed|ing)?\b"),
            (_S, r"burn (mark|spot|stain|on)\b|scorch\w*"),
            (_S, r"caught fire|on fire|flames?\b|explod\w+|explosion"),
            (_S, r"(extremely|very|so|too|really|dangerously|burning) hot\b"),
            (_S, r"burn(ed|t) my|burn mark|melt(ed|ing)\b"),
            (_S, r"smell\w* (like )?(something )?(is )?burn\w*"),
        ],
        "fr": [
            (_S, r"(gonfle|gonflee|bombe)\b"),
            (_S, r"fumee"),
            (_S, r"sent (le )?brule|odeur de brule"),
            (_S, r"etincelles?"),
            (_S, r"(pris feu|prend feu|en feu|flammes?|explos\w+|exploser)"),
            # not the weather: "il fait trop chaud au dépôt"
            (_S, r"chauffe (enormement|beaucoup trop|trop|tellement)|(?<!fait.)(si|tres|trop) chaud\b"),
            (_S, r"(me suis brule|brulure|fondu)"),
            (_S, r"sent (le|la) (crame|brule|roussi|plastique brule)"),
        ],
        "de": [
            (_S, r"akku~(aufgeblaht|aufgequollen|dick|gewolbt|blaht|aufblaht)"),
            (_S, r"(aufgeblaht|aufgequollen|wolbt sich)"),
            (_S, r"rauch\b"),
            (_S, r"riecht~verbrannt|brandgeruch"),
            (_S, r"funken"),
            (_S, r"feuer gefangen|in flammen|explodier\w*|brennt\b"),
            (_S, r"(extrem|sehr|so|zu|brutal|gluhend) hei(ss|ß)"),
            (_S, r"(hand |finger )?verbrannt|brandstelle|geschmolzen"),
            (_S, r"qualm\w*|es qualmt|(kam|steigt|stieg) (\w+ )?rauch|verschmort"),
        ],
        "es": [
            (_S, r"bateria~(hinchad\w*|inflad\w*|abombad\w*|hincho)"),
            (_S, r"(hinchad[ao]|abombad[ao]|se ha hinchado|se hincho|hinchando)"),
            (_S, r"humo\b"),
            (_S, r"(huele|olor) a quemado"),
            (_S, r"chispas?\b"),
            (_S, r"(se incendio|incendi\w+|fuego|llamas|explot\w+)"),
            (_S, r"calienta (muchisimo|demasiado)|(tan|muy) caliente"),
            (_S, r"(esta|estaba) ardiendo|quema al tocar\w*"),
        ],
        "it": [
            (_S, r"batteria~(gonfi\w+|deformat\w+)"),
            (_S, r"(gonfia|gonfiata|rigonfi\w+)\b"),
            (_S, r"fumo\b"),
            (_S, r"(odore|puzza) di bruciato"),
            (_S, r"(delle|le|fa|fanno|visto|uscite|uscivano) scintille|scintill(ava|avano|ano)\b"),
            (_S, r"preso fuoco|fiamme|esplo\w+|incendi"),
            (_S, r"(mi sono bruciat\w+|bruciatura|sciolt[ao])"),
        ],
        "nl": [
            (_S, r"(batterij|accu)~(opgezwollen|opgeblazen|bol|dik)"),
            (_S, r"rook\b"),
            (_S, r"ruikt~verbrand|brandlucht|schroeilucht"),
            # not the weather or a workplace: "daar is het bloedheet", "het is zo heet vandaag"
            (_S, r"(?<!is.het.)(?<!het.is.)(?<!was.het.)(?<!het.was.)(bloedheet|gloeiend heet|zo heet|te heet|erg heet|heel heet)"),
            (_S, r"(hand )?gebrand|brandplek|gesmolten|verbrand"),
            (_S, r"gloeiend heet|brandlucht|brandgeur|rookt|rook (kwam|uit)"),
        ],
        "pl": [
            (_S, r"bateri\w*~(spuchl\w*|spuchniet\w*|napuchl\w*|wybrzusz\w*)"),
            (_S, r"(spuchl\w*|spuchniet\w*|napuchl\w*|wybrzusz\w*|spuchnie)"),
            (_S, r"dym\w*"),
            (_S, r"spalenizn\w+"),
            (_S, r"zapalil\w*|ogien|plomien|wybuch\w*|eksplod\w+"),
            (_S, r"(strasznie|bardzo|mocno) (sie )?nagrzewa|tak gorac\w+"),
            (_S, r"poparzy\w+|oparzeni\w+|stopil\w*"),
            (_S, r"spalenizn\w*|czuc spalone|dymi\b|dym (z|lecial|wydobywa)"),
        ],
        "pt": [
            (_S, r"(inchad[ao]|inchou|empenad[ao])"),
            (_S, r"fumo\b"),
            (_S, r"(cheira|cheiro) a queimado"),
            (_S, r"faiscas?"),
            (_S, r"pegou fogo|chamas|explod\w+"),
            (_S, r"(aquece muitissimo|aquece demasiado|tao quente|muito quente)"),
            (_S, r"queimei|queimadura|derreteu"),
            (_S, r"cheira a queimado|cheiro a queimado|deita fumo|saiu fumo"),
        ],
    },
    "not_as_described": {
        "en": [
            (_S, r"(excellent|like new|mint|perfect|pristine|grade a)( condition)?~~(deep |big |huge )?(scratch|dent|chip|crack)\w*"),
            (_S, r"(ordered|paid for|chose|picked|bought)~~(got|received|arrived|came)~~(instead|not the)"),
            (_S, r"(listed|sold|advertised|described) as~(excellent|very good|good|like new|mint|perfect|pristine|flawless|grade a)~~(scratch|dent|chip|crack|mark|scuff|stain|spot)\w*"),
            (_S, r"(photos|pictures|pics|listing)~(was|were|looked|looks|showed)~(perfect|clean|spotless|flawless|pristine|like new|immaculate)"),
            (_S, r"(listing|advert|description|pictures|promised|advertised|bundle|included in the)~~(charger|cable|case|earphones|earbuds|screen protector|tempered glass|headphones)~~(missing|wasn't in|weren't in|not in the (box|parcel|package)|never came|no sign of)|(charger|cable|case|earphones|earbuds|screen protector|tempered glass|headphones)~~(missing|wasn't in|weren't in|not in the (box|parcel|package)|never came|no sign of)~~(listing|advert|description|pictures|promised|advertised|bundle|included in the)|(charger|cable|case|earphones|earbuds|screen protector|tempered glass|headphones)~~(listing|advert|description|pictures|promised|advertised|bundle|included in the)~~(missing|wasn't in|weren't in|not in the (box|parcel|package)|never came|no sign of)"),
            (_S, r"(ordered|wanted|chose|bought|picked)~(black|white|blue|green|red|pink|purple|gold|silver|grey|gray|yellow|midnight|graphite)~~(arrived|came|got|received|sent|is)~(black|white|blue|green|red|pink|purple|gold|silver|grey|gray|yellow|midnight|graphite)"),
            (_S, r"(listed|listing|advertised|ad said|ad says|advert)~~\d+ ?%~~\d+ ?%"),
            (_S, r"(marked|graded|listed|sold) (as )?\W*(a\+|a grade|grade a|excellent|very good|like new|pristine|mint)\W*~~(crack|scratch|dent|chip|gouge|scuff)\w*"),
        ],
        "fr": [
            (_S, r"(rouge|bleu|noir|blanc|vert|rose|violet|dore|argent|gris|jaune)\b~~(commande|paye|achete|choisi)~~(rouge|bleu|noir|blanc|vert|rose|violet|dore|argent|gris|jaune)\b"),
            (_S, r"(ce n'est pas|pas) ce que j'ai commande"),
            (_S, r"(vendu|annonce|decrit|indique|affiche)e? (en |comme )?(etat )?\W*(tres bon|parfait|excellent|comme neuf|impeccable)~~(rayure|raye|fele|fissur|bosse|cabosse|ebrech|choc)"),
        ],
        "de": [
            (_S, r"\d+[\s-]?(gb|go|tb|to)\b~~(bestellt|bezahlt|gekauft)~~\d+[\s-]?(gb|go|tb|to)\b|\d+[\s-]?(gb|go|tb|to)\b~~\d+[\s-]?(gb|go|tb|to)\b~~(bestellt|bezahlt|gekauft)|(bestellt|bezahlt|gekauft)~~\d+[\s-]?(gb|go|tb|to)\b~~\d+[\s-]?(gb|go|tb|to)\b"),
            (_S, r"(entspricht|passt) nicht~(beschreibung|anzeige|angebot)"),
            (_S, r"nicht (das|der|die) \w+ aus der anzeige"),
            (_S, r"nicht das,? wofur"),
            (_S, r"(zustand|als|wie) \W*(wie neu|sehr gut|neuwertig|hervorragend|makellos)~~(verbeult|zerkratzt|kratzer|delle|dellen|riss|gesprungen|macken)"),
            (_S, r"(anzeige|beschreibung|angebot)~~\d+ ?%~~\d+ ?%|\d+ ?%~~(anzeige|beschreibung|angebot)~~\d+ ?%"),
            (_S, r"(fotos|bildern|bilder|anzeige)~(war|sah|sahen|wirkte)~(perfekt|makellos|tadellos|einwandfrei|wie neu|sauber)"),
            (_S, r"(bestellt|gekauft|bezahlt)~~(bekommen|erhalten|geliefert|geschickt|kam)~~(ein anderes|eine andere|einen anderen|statt|das falsche|die falsche)"),
        ],
        "es": [
            (_S, r"(rojo|azul|negro|blanco|verde|rosa|morado|dorado|plata|gris|amarillo)\b~~(pedi|pague|compre|elegi)~~(rojo|azul|negro|blanco|verde|rosa|morado|dorado|plata|gris|amarillo)\b"),
            (_S, r"(vendido|anunciado|descrito|categoria|estado)~\W*(muy bueno|excelente|como nuevo|perfecto|impecable)~~(rayon|raya|ralla|grieta|golpe|abolladura|mancha|marca|desconchon)\w*"),
            (_S, r"(fotos|anuncio)~(estaba|se veia|parecia|salia)~(perfecto|impecable|como nuevo|nuevo|limpio)"),
            (_S, r"(anuncio|anunciaba|pack|oferta|prometid\w*|incluid\w*|descripcion)~~(cargador|cable|funda|auriculares|protector|cristal templado)~~(faltaba\w*|no (estaba|venia|venian|estaban|vino)|venia sin|llego sin|sin la|sin el)|(cargador|cable|funda|auriculares|protector|cristal templado)~~(faltaba\w*|no (estaba|venia|venian|estaban|vino)|venia sin|llego sin|sin la|sin el)~~(anuncio|anunciaba|pack|oferta|prometid\w*|incluid\w*|descripcion)|(cargador|cable|funda|auriculares|protector|cristal templado)~~(anuncio|anunciaba|pack|oferta|prometid\w*|incluid\w*|descripcion)~~(faltaba\w*|no (estaba|venia|venian|estaban|vino)|venia sin|llego sin|sin la|sin el)"),
        ],
        "it": [
            (_S, r"non corrisponde~(descrizione|annuncio|foto)"),
            (_S, r"(venduto|pubblicizzato|descritto|indicato)~come~~ma\b"),
            (_S, r"(venduto|descritto|grado|categoria|condizioni)~\W*(ottimo|eccellente|come nuovo|perfetto|pari al nuovo)~~(graff|crep|ammacc|segn|macchi|botta)\w*"),
            (_S, r"(foto|annuncio)~(era|sembrava|risultava)~(pulito|perfetto|come nuovo|impeccabile|senza graffi)"),
            (_S, r"(annuncio|inserzione|pacchetto|promess\w*|inclus\w*|descrizione)~~(caricabatterie|caricatore|cavo|cover|custodia|auricolari|pellicola|vetro temperato)~~(mancava\w*|manca\w*|non c'era|non c'erano|solo il telefono)|(caricabatterie|caricatore|cavo|cover|custodia|auricolari|pellicola|vetro temperato)~~(mancava\w*|manca\w*|non c'era|non c'erano|solo il telefono)~~(annuncio|inserzione|pacchetto|promess\w*|inclus\w*|descrizione)|(caricabatterie|caricatore|cavo|cover|custodia|auricolari|pellicola|vetro temperato)~~(annuncio|inserzione|pacchetto|promess\w*|inclus\w*|descrizione)~~(mancava\w*|manca\w*|non c'era|non c'erano|solo il telefono)"),
            (_S, r"(volevo|ordinato|preso|scelto|comprato)~(il |la |lo )?(nero|bianco|blu|verde|rosso|rosa|viola|oro|argento|grigio|giallo)~~(arrivato|ricevuto|arriva|e)~(nero|bianco|blu|verde|rosso|rosa|viola|oro|argento|grigio|giallo)"),
            (_S, r"(come nuovo|ottimo|eccellente|perfetto)[\"»”']~~(graff|ammacc|crep|segn|righ)\w*"),
        ],
        "nl": [
            (_S, r"(verkocht|aangeboden|omschreven|beschreven|staat|categorie|conditie)~\W*(zeer goed|uitstekend|als nieuw|perfect|gaaf)~~(kras|krassen|barst|deuk|deukje|schram|vlek|beschadig)\w*"),
            (_S, r"(foto'?s|advertentie)~(was|leek|zag)~(perfect|smetteloos|als nieuw|gaaf|schoon|onberispelijk)"),
        ],
        "pl": [
            (_S, r"(kolor|model|pojemnosc|wersja|stan) (sie )?nie (zgadza|zgodzi)"),
            (_S, r"mial\w* byc \w+~~a (jest|przyszedl|przyszla|przyszlo|dostal\w*)"),
            (_S, r"(sprzedan\w*|opisan\w*|stan|kategori\w*|ocena)~\W*(bardzo dobry|idealny|jak nowy|doskonaly)~~(rys\w*|pekn\w*|wgniec\w*|obic\w*|plam\w*|odprys\w*)"),
            (_S, r"\d+ ?(gb|tb)\b~(zamiast)~\d+"),
        ],
        "pt": [
            (_S, r"(vendido|anunciado|descrito|grau|categoria|estado)~\W*(muito bom|excelente|como novo|perfeito|impecavel)~~(risco|riscado|rachad|amolgad|mossa|mancha|marca|lasca)\w*"),
            (_S, r"(fotos|anuncio)~(estava|parecia|aparecia)~(perfeito|impecavel|como novo|novo|limpo|sem riscos)"),
            (_S, r"(anuncio|pack|prometid\w*|incluid\w*|descricao|oferta)~~(carregador|cabo|capa|auriculares|fones|pelicula|vidro temperado)~~(faltava\w*|falta\w*|nao (vinha|vinham|estava|estavam|veio)|veio sem|chegou sem)|(carregador|cabo|capa|auriculares|fones|pelicula|vidro temperado)~~(faltava\w*|falta\w*|nao (vinha|vinham|estava|estavam|veio)|veio sem|chegou sem)~~(anuncio|pack|prometid\w*|incluid\w*|descricao|oferta)|(carregador|cabo|capa|auriculares|fones|pelicula|vidro temperado)~~(anuncio|pack|prometid\w*|incluid\w*|descricao|oferta)~~(faltava\w*|falta\w*|nao (vinha|vinham|estava|estavam|veio)|veio sem|chegou sem)"),
            (_S, r"(comprei|encomendei|pedi|escolhi)~(em |o |a )?(preto|branco|azul|verde|vermelho|rosa|roxo|dourado|prateado|cinzento|cinza|amarelo)~~(chegou|veio|recebi)~(preto|branco|azul|verde|vermelho|rosa|roxo|dourado|prateado|cinzento|cinza|amarelo)"),
        ],
    },
    "quality_issue": {
        "en": [
            (_S, r"(screen|touch\w*)~(unresponsive|not respond\w*|doesn't respond|does not respond)"),
            (_S, r"from 100 ?%? to \d+"),
            (_S, r"(nobody|no one|can't|cannot) (can )?hear me"),
            (_S, r"(port|button|connector|jack|screen) is loose"),
            (_S, r"ghost touch|(opens?|presses|types|taps|touches) (\w+ )?(by itself|on its own)"),
        ],
        "fr": [
            (_S, r"se (deconnecte|coupe|eteint|redemarre)~(sans arret|tout le temps|constamment|toutes les|tout seul)"),
        ],
        "de": [
            (_S, r"von 100 auf \d+"),
            (_S, r"(hort|horen) mich (nicht|keiner|niemand)|niemand hort mich"),
            (_S, r"akku~(nach|in) (\d+|zwei|drei|einer) (stunden?|std)~leer|von anfang an (so|kaputt|defekt)"),
        ],
        "es": [
            (_S, r"no me oyen|nadie me oye"),
        ],
        "it": [
            (_S, r"da 100 a \d+"),
        ],
        "nl": [
            (_S, r"van 100 naar \d+"),
            (_S, r"niemand hoort me|horen me niet"),
        ],
        "pl": [
            (_S, r"(ekran|dotyk\w*)~nie reaguje"),
            (_S, r"nikt mnie nie slyszy|nie slysza mnie"),
            (_S, r"rozlacza sie"),
        ],
        "pt": [
            (_S, r"ninguem me ouve|nao me ouvem"),
            (_S, r"(carrega|abre|abrem-se|clica) (\w+ )?sozinh\w*"),
        ],
    },
    "return_refused": {
        "en": [
            (_S, r"(say|says|said|told me)~(warranty|guarantee) (is )?(void|expired|does not apply|doesn.t apply)"),
            (_S, r"(refus\w+|reject\w+|den(y|ies|ied)|won't accept|will not accept|won't take|not accepting|declin\w+)~(return|refund|warranty|claim|take (it|the phone) back|exchange|replace\w*|repair)"),
            (_S, r"(refuse|refusing|won't|will not|not going to)~(refund|reimburse|take (it|the phone) back|give me a return)"),
            (_S, r"(return|refund|warranty claim)s? (is |are |was )?(refused|rejected|denied|not (possible|allowed|accepted))"),
            (_S, r"(won't|wont|will not|refuses? to|doesn't want to|don't want to) (give|send|pay) (me )?(back )?(my )?(money|refund)|(rejecting|rejected|denied|denying|declined|declining) my (warranty|refund|return)"),
            (_S, r"only (offer\w* |give\w* )?(me )?(a |store )?(voucher|store credit|credit note|gift card)|restocking fee"),
            (_S, r"(told|tell\w*|says?|said) (me )?to (contact|go to|ask|take it to) (the )?(manufacturer|apple|samsung|google|xiaomi)"),
        ],
        "fr": [
            (_S, r"(refus\w+|rejet\w+|n'accepte pas|ne veut pas)~(retour|rembours\w+|garantie|reprendre|renvoi)"),
            (_S, r"(retour|remboursement|demande)s? (\w+ )?(refuse|rejete)e?s?"),
            (_S, r"contraire (au|a la) (droit|loi)|c'est mon droit|mes droits"),
            (_S, r"(retour|remboursement|garantie)~~~(refuse|rejete)e?s?\b"),
            (_S, r"au lieu d'accepter (le|mon) (retour|remboursement)|ni repris ni echange|ne sont (pas )?(ni )?repris|refusez de (me )?rembourser"),
            (_S, r"(seulement|uniquement|juste) (un )?(avoir|bon d'achat)|frais de (remise en stock|restockage)"),
        ],
        "de": [
            (_S, r"keine (erstattung|ruckgabe|ruckerstattung|rucknahme)~~aber\b|das gesetz (gibt|sagt)"),
            (_S, r"kein rucksendeetikett"),
            (_S, r"statt (die|meine) (ruckgabe|rucksendung|erstattung|ruckzahlung) (anzunehmen|zu akzeptieren)|(vom )?(umtausch|ruckgabe|ruckgaberecht) ausgeschlossen|verweiger\w*~(ruckzahlung|erstattung|geld)"),
            (_S, r"nur (einen |eine )?(gutschein|gutschrift|warengutschein)|wiedereinlagerungs\w*|bearbeitungsgebuhr"),
            (_S, r"(soll|solle) mich an (apple|samsung|google|xiaomi|den hersteller)"),
        ],
        "es": [
            (_S, r"(rechaz\w+|niega\w*|negado|no acepta\w*|no quiere\w*)~(devolucion|reembols\w+|garantia|devolver|recoger|reclamacion)"),
            (_S, r"ley de consumo|es mi derecho|mis derechos"),
            (_S, r"(devolucion|reembolso|garantia)~~~(rechazad|denegad)\w*"),
            (_S, r"solo (me )?(ofrece\w* |da\w* )?(un )?(vale|cupon|abono|credito en tienda)|gastos de (gestion|reposicion)"),
            (_S, r"(que )?(vaya|acuda|me dirija|contacte) (a|al|con) (el fabricante|apple|samsung|google|xiaomi|un servicio tecnico oficial)"),
        ],
        "it": [
            (_S, r"(nessun|niente) (rimborso|reso)~~ma\b|la legge (mi da|dice)"),
            (_S, r"(rifiut\w+|respint\w+|non accett\w+|non vuole)~(reso|rimbors\w+|garanzia|restitu\w+|riprender\w+)"),
            (_S, r"(reso|rimborso|richiesta)~(rifiutat\w+|respint\w+)"),
            (_S, r"pagare (io )?la riparazione"),
            (_S, r"(reso|rimborso|garanzia)~~~(rifiutat|respint)\w*"),
            (_S, r"non (mi )?(vogliono|vuole|volete) (rimborsa\w*|ridare|restituire|rendere)"),
            (_S, r"invece di accettare il reso|non si possono (restituire|rendere)|non (sono|e) (restituibil|rimborsabil)\w*|vi rifiutate di rimborsar\w*"),
            (_S, r"solo (un )?(buono|voucher|credito)|costi di (gestione|ricondizionamento)"),
            (_S, r"(rivolg\w*|contatt\w*|andare|porti) (a|al|da) (il produttore|produttore|apple|samsung|google|xiaomi|un centro assistenza)"),
        ],
        "nl": [
            (_S, r"(retourtermijn|bedenktijd) (is )?(verlopen|voorbij)"),
            (_S, r"geen (terugbetaling|retour)\w*~~maar\b|de wet (geeft|zegt)"),
            (_S, r"(weiger\w+|afgewezen|wijs\w* af)~(retour\w*|terugbetal\w+|garantie\w*|terugnemen|terugsturen)"),
            (_S, r"(retour|terugbetaling|garantieclaim|verzoek)~(geweigerd|afgewezen|weiger\w*)"),
            (_S, r"(administratie|verwerkings)kosten"),
            (_S, r"(naar|bij) de fabrikant|(contact opnemen met|naar) (apple|samsung|google|xiaomi)"),
        ],
        "pl": [
            (_S, r"(odmawia\w*|odmowil\w*|odrzuc\w+|odrzuci\w+|nie przyjmuje|nie chce przyjac)~(zwrot\w*|reklamacj\w+|gwarancj\w+|pieniedzy|telefonu|wniosek)"),
            (_S, r"nie wysyla etykiety|brak etykiety"),
            (_S, r"(zwrot|reklamacj|gwarancj)\w*~~~(odrzucon|odmow)\w*"),
            (_S, r"tylko (bon|voucher|kupon)|koszt\w* (obslugi|administracyjn\w*)"),
            (_S, r"(do|z) producent\w*"),
        ],
        "pt": [
            (_S, r"nao ha (reembolsos?|devolucoes)~~mas\b|a lei (da|diz)"),
            (_S, r"(recus\w+|rejeit\w+|nao aceita\w*|nao quer\w*)~(devolucao|reembols\w+|garantia|devolver|receber)"),
            (_S, r"disseram(-me)? que nao(?=\s*([,.;!]|$))"),  # "disseram que não." refuses; "que não podem fazer nada" may not
            (_S, r"pagar (eu )?a reparacao"),
            (_S, r"lei do consumidor|direito meu|meus direitos|meu direito"),
            (_S, r"nao (tem|tem direito a|aceitam) devoluc\w*|recusa\w*~reembols\w*"),
            (_S, r"so (um )?(vale|voucher|credito)|custos (administrativos|de processamento)"),
            (_S, r"(ir|dirigir-me|contactar) (a|ao|com a|com o) (fabricante|apple|samsung|google|xiaomi)"),
        ],
    },
    "no_response": {
        "en": [
            (_S, r"(nobody|no one|no-one|noone) (\w+ )?(answer|repl|respond|get\w* back)\w*"),
            (_S, r"(third|fourth|fifth) message"),
            (_S, r"(total|complete|dead|absolute|radio) silence|silence (since|from|for)\b|(chasing|chased) (you|the seller|them)|get nothing back|heard nothing"),
            (_S, r"unanswered|(promised|said you would|were supposed|was supposed) to (get back|call|reply|answer|contact)"),
            (_S, r"(still|yet) (no|not a|not any) (word|reply|replies|answer|response|news|update)|(haven\'t|have not|not) heard (anything |a thing |a word )?(back|from you)"),
            (_S, r"(you|seller|they) (never|don\'t|do not|didn\'t|did not|haven\'t|have not) (answer\w*|repl\w*|respond\w*|get back|got back)\b"),
        ],
        "fr": [
            (_S, r"toujours rien (de|du|de la part)|aucune nouvelle"),
            (_S, r"fait le mort|silence radio|plus (de |aucune )?nouvelles?|(ne )?donne (plus )?(aucun )?signe de vie"),
            (_S, r"silence (total|complet|absolu|radio)|aucun signe de vie"),
            (_S, r"(toujours|encore|jamais eu de|sans) (pas |aucune? )?(de )?(reponse|nouvelles?)\b"),
            (_S, r"(vous )?ne (me )?repondez (plus|jamais|pas)|personne ne (me )?repond|(je )?(me permets de )?vous relancer"),
            (_S, r"(relance|ecris|demande)\w*~(pour la )?(deuxieme|troisieme|quatrieme|cinquieme|enieme) fois|attends?~(l'|le |la |les )\w+( \w+)? que vous (deviez|m'aviez promis|alliez)"),
        ],
        "de": [
            (_S, r"lesen meine nachrichten|antworten aber nicht"),
            (_S, r"warte~(nachricht|antwort|ruckmeldung) (vom|von)|nachrichten werden ignoriert"),
            (_S, r"(keine|ohne|null|noch keine) (\w+ )?(antwort|ruckmeldung|reaktion)"),
            (_S, r"(niemand|keiner) (\w+ )?(antwortet|meldet sich|reagiert)"),
            (_S, r"funkstille|(totale|komplette|absolute|eisige) stille|herrscht stille"),
            (_S, r"(zum )?(zweiten|dritten|vierten|funften|x-ten|zigsten) mal~(frag|schreib|nachfrag|bitt)\w*"),
            (_S, r"immer noch (nichts|keine (antwort|nachricht|info\w*|ruckmeldung|sendungsnummer))|nichts mehr (gehort|von (ihnen|euch|dir))"),
            (_S, r"(melden|meldet|reagieren|reagiert|antworten|antwortet) (sich )?(sie |ihr )?(einfach |leider |ja )?(nicht|nie|gar nicht) mehr|(sie|ihr) (melden sich|reagieren|antworten) (einfach |leider )?(nicht|nie)\b"),
        ],
        "es": [
            (_S, r"(sin|ninguna|cero|ni una) (\w+ )?(respuesta|contestacion)s?"),
            (_S, r"nadie (me )?(contesta|responde)"),
            (_S, r"(todavia|aun|sigo sin) (nada|noticias) del?|sin noticias"),
            (_S, r"(no )?da senales de vida|(escrito|mandado|enviado)~(\d+|dos|tres|cuatro|varias) (veces|mensajes|correos)"),
            (_S, r"(no|nunca|ya no) (me )?(contestas|contestais|respondes|respondeis)\b"),
            (_S, r"(no )?he vuelto a saber|(no )?se nada (de (usted|ti|vosotros|ustedes)|mas)"),
            (_S, r"(sigo|seguimos|continuo) (sin|esperando) (una )?(respuesta|noticias|contestacion)"),
            (_S, r"(escrito|preguntado|pedido)~(\d+|dos|tres|cuatro|cinco|varias) veces|esperando (el|la|los|las) \w+( \w+)? que (me )?(dijiste|prometiste|ibas a|quedaste en)"),
        ],
        "it": [
            (_S, r"(nessuna|senza|zero|nessun) (\w+ )?risposta"),
            (_S, r"nessuno (mi )?risponde"),
            (_S, r"ancora niente (da|dal)|nessuna notizia"),
            (_S, r"non si fa (piu )?sentire|(scritto|mandato)~(\d+|due|tre|quattro|varie|diverse) (volte|mail|messaggi)"),
            (_S, r"(non|mai|piu) mi (risponde|rispondono)\b|(venditore|venditrice|negozio|lei|voi) (\w+ )?(non|mai|piu) (risponde|rispondono)\b|(non|mai|piu) (mi )?(rispondi|rispondete)\b"),
            (_S, r"(ancora|piu) nessuna (risposta|notizia|novita)|(e|siete) spariti?\b"),
            (_S, r"(chiesto|sollecitato|scritto)~(\d+|due|tre|quattro|cinque|varie|diverse) volte|aspettando (il |la |l'|i |le )\w+( \w+)? che (mi )?(avevi|avevate|dovevi|dovevate|doveva|hai promesso|avete promesso)"),
        ],
        "nl": [
            (_S, r"(maar )?antwoord(t|en) niet|lee?st mijn berichten"),
            (_S, r"(geen|zonder|nul) (\w+ )?(antwoord|reactie)"),
            (_S, r"niemand (\w+ )?(reageert|antwoordt)"),
            (_S, r"(u|jullie) (antwoordt|reageert|antwoorden) (nooit|niet)"),
            (_S, r"(derde|vierde|vijfde) bericht"),
            (_S, r"nog steeds niets (van|gehoord)|niets meer gehoord"),
            (_S, r"(reageert|antwoordt) (er )?niemand|laat niets (meer )?van zich horen|(\d+|twee|drie|vier) keer (gemaild|gemeld|geschreven|gebeld)"),
            (_S, r"onbeantwoord|(zouden|zou) (me )?(terugbellen|terugmailen|contact opnemen)"),
            (_S, r"(vraag|mail|schrijf|stuur)\w*~(voor de )?(tweede|derde|vierde|vijfde|zoveelste) keer"),
            (_S, r"nog steeds geen (antwoord|reactie|bericht|nieuws)|wacht (nog steeds|al \w+ \w+) op (een )?(antwoord|reactie)"),
            (_S, r"wacht\w*~op (de|het) \w+ die (je|u|jullie) (zou|zouden)"),
        ],
        "pl": [
            (_S, r"(brak|bez|zero|zadnej|ani jednej) (\w+ )?odpowiedzi"),
            (_S, r"nikt (mi )?nie (odpowiada|odpisuje)"),
            (_S, r"czekam~odpowiedz\w*"),
            (_S, r"nie (odpisuje|odzywa sie|odpowiada)\b|(pisal\w*|wysylal\w*)~(\d+|dwa|trzy|kilka) razy"),
            (_S, r"(kompletna|totalna|calkowita|glucha|zupelna) cisza|cisza (od|ze strony)"),
            (_S, r"nie (odpisujesz|odpisujecie|odpisuja|odpowiadacie|odpowiadaja)\b|kontakt sie urwal"),
        ],
        "pt": [
            (_S, r"ninguem (me )?responde"),
            (_S, r"ainda nada do|sem noticias"),
            (_S, r"nao (tive|recebi|obtive) (qualquer |nenhuma )?resposta"),
            (_S, r"silencio (total|absoluto|completo)"),
            (_S, r"(nao|nunca|ja nao) me (responde|respondem|responderam|respondeu|diz nada|dizem nada)\b|(vendedor|vendedora|loja|voce|voces|o senhor|a senhora) (\w+ )?(nao|nunca|ja nao) (responde|respondem|responderam|respondeu)\b|ninguem (me )?diz nada"),
            (_S, r"(continuo|sigo|ainda) (sem|a espera de) (resposta|noticias|retorno)|sem (qualquer |nenhum |nenhuma )?(resposta|retorno)"),
        ],
    },
}
