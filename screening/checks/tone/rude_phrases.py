"""Phrases that are discourteous whatever else a reply says: a sanction announced against the
buyer, a brush-off, or the subject closed on the buyer.

The tone model weighs every word against thousands of others, and such a phrase worded otherwise
than in its training data - one clause in a long, calm reply, or a few words ("One more message
and I block you.") - can stay under its threshold. Yet each is rude in any reply (R2), and the
constructions that carry them are few in each language. So this rule needs no score; it keeps to
constructions that cannot be read kindly:
- threatening: a warning named as the last one; the buyer told they will regret something or
  have been warned; the seller (first person) reporting, blocking or suing the buyer (the second
  person as the object: "I'll report it to the courier" is not a threat); a claim against the
  buyer; the seller's lawyer or a court; "one more message and ..."; a negative rating for the
  buyer; "think twice before you open a dispute"; "we'll see who the platform believes".
- dismissive: "not my problem", "that's your problem", "sort it out yourself", "stop writing to
  me", "if you don't trust me, don't buy", "you should have thought of that before".
- refusing: "don't insist", "end of discussion", "I won't repeat it", "no way" said as a
  put-down.
Deliberately left to the model: cancelling (sellers cancel at the buyer's request every day),
keeping a payment, rules stated politely ("returns after 14 days are refused"), and indifference
to a choice ("today or Monday, I don't mind"), which reads as rude only in context.

Patterns are read on the tone model's view (quotes of the buyer's own words blanked), folded and
without accents character by character, so offsets are the reply's. German keeps its case: "Sie"
(you) and "sie" (they, it) differ only there.
"""

from __future__ import annotations

import functools
import re

from screening.text.regex_gates import gated
from screening.checks.tone.features import fold
from screening.checks.tone.name_calling import fold_in_place
from screening.text.normalize import strip_accents

# One alternation per language, on folded accentless text; "ł" and "ß" have no decomposition and
# stay as they are. Every entry names the buyer as the one who is threatened, or is a phrase with
# no other use in a reply.
_THREATS: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(?:last|final) warning\b",
        r"\byou(?:'ll|’ll| will| are going to|'re going to|’re going to| gonna)\s+(?:really\s+)?regret\b",
        r"\byou(?:'ll|’ll| will) be sorry\b",
        r"\b(?:i|we)(?:'ll|’ll| will| shall| am going to| are going to|'m going to|’m going to|'re going to|’re going to"
        r"| am| are|'m|’m|'re|’re| gonna)?\s+(?:just\s+|happily\s+|gladly\s+)?"
        r"(?:report|block|sue|blacklist|ban)(?:ing)?\s+you\b",
        r"\bsee you in court\b",
        r"\bmy (?:lawyer|lawyers|solicitor|attorney)\b",
        r"\bone more (?:message|word|complaint|email|e-mail)(?: like (?:this|that))?,? and\b",
        r"\bleave you (?:a )?(?:negative|bad|one-star|1-star) (?:feedback|review|rating)\b",
        r"\byou(?:\'ve|’ve| have) been warned\b|\bconsider yourself warned\b",
        r"\b(?:claim|case|dispute|complaint|report) against you\b",
        r"\bthink (?:carefully|twice|hard) before (?:you )?(?:open|opening|file|filing|leave|leaving)\b",
        r"\bwe(?:\'ll|’ll| will) see who (?:the platform |they )?(?:believes|believe)\b",
    ),
    "fr": (
        r"\b(?:dernier|ultime) avertissement\b",
        r"\b(?:vous|tu) (?:allez|vas) (?:le |vous en |t'en |t’en )?regretter\b",
        r"\b(?:vous|tu) (?:le )?regretter(?:ez|as)\b",
        r"\b(?:je|on|nous) (?:vais |va |allons )?(?:vous|te) (?:bloquer|bloque|bloquerai|bloquerons|poursuivre"
        r"|poursuivrai|denoncer|denonce|denoncerai)\b",
        r"\b(?:je|on|nous) (?:vais|va|allons) (?:vous|te) signaler (?:a|au|aupres|comme)\b",
        r"\b(?:mon|notre) avocat\b",
        r"\bau tribunal\b",
        r"\bencore un (?:message|mot)(?: comme (?:ca|celui-ci))?,? et\b",
        r"\b(?:vous|te) laisser (?:un )?(?:avis|commentaire|evaluation) negati(?:f|ve)\b",
        r"\b(?:vous etes|tu es|t\'es|t’es|vous voila) prevenue?s?\s*(?:[.!]|$)",
        r"\b(?:plainte|reclamation|litige|signalement) contre (?:vous|toi)\b",
        r"\breflechissez bien avant d(?:\'|’|e )(?:ouvrir|lancer|deposer|laisser)\b|\breflechis bien avant d(?:\'|’|e )(?:ouvrir|lancer|deposer|laisser)\b",
        r"\bon verra (?:bien )?(?:a )?qui (?:la plateforme )?(?:croira|donnera raison|on croira)\b",
    ),
    "de": (
        r"\b[Ll]etzte (?:Warnung|Verwarnung)\b",
        r"\b[Dd]as werden Sie (?:noch )?bereuen\b",
        r"\b[Dd]as wirst du (?:noch )?bereuen\b",
        r"\b(?:Sie|du) werde?s?t? es (?:noch )?bereuen\b",
        r"\b(?:[Ii]ch|[Ww]ir) (?:melde|melden|blockiere|blockieren|verklage|verklagen|sperre|sperren) (?:Sie|dich)\b",
        r"\b(?:(?:[Ii]ch|[Ww]ir) (?:werde|werden)|(?:werde ich|werden wir)) (?:Sie|dich) (?:\w+ ){0,3}(?:melden|blockieren|verklagen|anzeigen|sperren)\b",
        r"\b(?:[Ii]ch|[Ww]ir) zeigen? (?:Sie|dich) (?:\w+ ){0,2}an\b",
        r"\b(?:[Mm]ein|[Mm]einen|[Mm]einem|[Uu]nser|[Uu]nseren|[Uu]nserem) (?:Anwalt|Rechtsanwalt|Anwaltin)\b",
        r"\bvor Gericht\b",
        r"\b[Nn]och (?:eine|so eine) (?:Nachricht|Mail|Beschwerde)\b[^.!?]{0,30}\b(?:und|dann)\b",
        r"\b(?:Ihnen|dir) (?:eine )?(?:negative|schlechte) Bewertung\b",
        r"\b(?:Sie sind|du bist) (?:hiermit )?gewarnt\b",
        r"\b(?:Anzeige|Beschwerde|Klage|Meldung) gegen (?:Sie|dich)\b",
        r"\b(?:[Uu]berleg dir|[Uu]berlegen Sie sich) (?:das )?(?:gut|genau|zweimal),? ob\b",
        r"\bmal sehen,? wem (?:die Plattform )?(?:glaubt|recht gibt)\b",
    ),
    "es": (
        r"\b(?:ultimo aviso|ultima advertencia)\b",
        r"\b(?:te|os) (?:vas|vais|va) a arrepentir\b",
        r"\b(?:te|se) arrepentiras?\b",
        r"\bse (?:va|van) a arrepentir\b",
        r"\b(?:te|os) (?:voy|vamos) a (?:denunciar|reportar|bloquear|demandar)\b",
        r"\ble (?:voy|vamos) a (?:denunciar|bloquear|demandar)\b",
        r"\b(?:te|os) (?:denuncio|reporto|bloqueo|demando)\b",
        r"\b(?:denunciar|reportar|bloquear|demandar)(?:te|le|os)\b",
        r"\bmis? abogados?\b",
        r"\b(?:en los tribunales|en el juzgado|ante el juez)\b",
        r"\bun mensaje mas(?: (?:asi|como este))?,? y\b",
        r"\b(?:te|le) (?:dejo|dejare|voy a dejar|pongo|pondre|voy a poner) (?:una )?(?:valoracion|resena|opinion|calificacion) negativa\b",
        r"\b(?:avisad[oa] estas|(?:quedas|queda|estas|esta) avisad[oa])\s*(?:[.!]|$)",
        r"\b(?:te|t|le) (?:abro|abrire|voy a abrir) (?:una )?(?:reclamacion|disputa|denuncia)\b",
        r"\b(?:reclamacion|denuncia|queja) contra (?:ti|usted)\b",
        r"\bveremos a quien (?:cree|creen|le cree|le da la razon)\b",
        r"\b(?:pi[eé]nsatelo|pienseselo|piensalo|piense) (?:bien|dos veces) antes de (?:abrir|poner|dejar)\b",
        r"\b(?:te|t|le|os) (?:denunciare|reportare|bloqueare|demandare|denunciaremos|reportaremos|bloquearemos|demandaremos)\b",
        r"\ble (?:denuncio|bloqueo|demando)\b",
        r"\b(?:atente|atengase|atenganse|atenerse) a las consecuencias\b",
        r"\b(?:lo|te|os) (?:vas|va|vais|van) a lamentar\b|\blo lamentar(?:as|a|eis|an)\b",
        r"\b(?:te|se|os) (?:vas|va|vais|van) a enterar\b",
        r"\b(?:te|se) lo advierto\s*(?:[.!,]|$)",
        r"\bno (?:sabes|sabe) con quien (?:estas|esta) (?:tratando|hablando)\b",
        r"\bcomo (?:sigas|siga|sigais|vuelvas|vuelva|volvais) (?:a )?(?:asi|con eso|con esto|insistiendo|molestando|escribirme|escribir|amenazarme|insultarme)\b",
        r"\b(?:te|t|le) (?:pongo|pondre|meto|voy a poner|voy a meter) (?:una )?(?:reclamacion|denuncia|queja)\b",
        r"\b(?:te|t|le) (?:dejo|dejare|voy a dejar|pongo|pondre|voy a poner) (?:una )?mala (?:valoracion|resena|nota|calificacion)\b",
    ),
    "it": (
        r"\bultimo (?:avviso|avvertimento)\b",
        r"\b(?:te ne pentirai|ve ne pentirete|se ne pentira)\b",
        r"\bti (?:denuncio|blocco|querelo|denuncero|blocchero|querelero)\b",
        r"\b(?:denunciarti|bloccarti|querelarti|denunciarla|querelarla)\b",
        r"\b(?:ti|la) segnal(?:o|ero) (?:alla|all'|all’|al)\b",
        r"\bsegnalarti (?:alla|all'|all’|al)\b",
        r"\b(?:il mio|il nostro|mio|nostro) avvocato\b",
        r"\bin tribunale\b",
        r"\bun altro messaggio(?: (?:cosi|del genere|come questo))?,? e\b",
        r"\b(?:ti|le) (?:lascio|lascero) (?:un )?(?:feedback|recensione|valutazione) negativ[oa]\b",
        r"\b(?:sei|e|siete) avvisat[oaie]\s*(?:[.!]|$)|\buomo avvisato\b",
        r"\b(?:denuncia|reclamo|segnalazione|querela) contro di (?:te|lei|voi)\b",
        r"\bpensaci (?:bene|due volte) prima di (?:aprire|fare|lasciare)\b|\bci pensi bene prima di (?:aprire|fare|lasciare)\b",
        r"\bvedremo a chi (?:crede|credera|da ragione|dara ragione)\b",
    ),
    "nl": (
        r"\blaatste waarschuwing\b",
        r"\b(?:daar|hier) (?:krijg|krijgt|ga|gaat) (?:je|jij|u) (?:nog )?spijt van\b",
        r"\b(?:je|jij|u) (?:zult|zal|gaat|zullen) (?:hier |daar )?(?:nog )?spijt (?:van )?krijgen\b",
        r"\bik (?:rapporteer|blokkeer) (?:je|jou|u)\b",
        r"\bik meld (?:je|jou|u) (?:bij|aan)\b",
        r"\b(?:ik|wij|we) (?:ga|gaan|zal|zullen) (?:je|jou|u) (?:\w+ ){0,3}(?:melden|rapporteren|blokkeren|aanklagen|aangeven)\b",
        r"\bik geef (?:je|jou|u) aan\b",
        r"\b(?:mijn|onze) advocaat\b",
        r"\b(?:in|voor) de rechtbank\b",
        r"\bnog (?:een|1|één) (?:bericht|berichtje|klacht)(?: als dit| zoals dit)?,? en\b",
        r"\b(?:je|jou|u) (?:een )?negatieve (?:beoordeling|review|recensie|feedback)\b",
        r"\b(?:je bent|jij bent|u bent|bent u) (?:bij deze )?gewaarschuwd\b",
        r"\b(?:klacht|aangifte|zaak|melding) tegen (?:je|jou|u)\b",
        r"\bdenk (?:goed|twee keer) na (?:voordat|voor) (?:je|u) (?:een )?(?:geschil|claim|klacht|review)\b",
        r"\b(?:we zullen|eens) zien wie (?:het platform |ze )?(?:gelooft|geloven|gelijk geeft)\b",
    ),
    "pl": (
        r"\bostatnie ostrzezenie\b",
        r"(?<!nie )\bpoza[lł]ujesz\b",
        r"(?<!nie )\bpoza[lł]uje (?:pan|pani)\b",
        r"\bbedzie (?:pan|pani) (?:tego )?za[lł]owac\b",
        r"\b(?:zg[lł]osze|zablokuje|zg[lł]aszam|blokuje|pozwe) (?:cie|ciebie|pana|pania)\b",
        r"\bpodam (?:cie|pana|pania) do sadu\b",
        r"\b(?:moj|nasz) prawnik\b",
        r"\bw sadzie\b",
        r"\bjeszcze (?:jedna|jedno) (?:wiadomosc|s[lł]owo)\b[^.!?]{0,20}\bi\b",
        r"\bwystawie (?:ci|panu|pani) negatywn\w*\b",
        r"\b(?:zosta[lł](?:es|as|a|)|jestes) ostrzezon[ya]\b|\bostrzegam (?:cie|pana|pania)\b",
        r"\b(?:skarg\w*|zg[lł]oszeni\w*|pozew) (?:na|przeciwko) (?:ciebie|ci|pana|pania|tobie)\b",
        r"\bzastanow sie (?:dobrze|dwa razy),? (?:zanim|nim)\b",
        r"\bzobaczymy,? komu (?:platforma )?(?:uwierzy|przyzna racje)\b",
    ),
    "pt": (
        r"\bultimo aviso\b",
        r"\b(?:vai|vais|voce vai) (?:se |te )?arrepender(?:-se|-te)?\b",
        r"\b(?:vou|vamos|irei) (?:te|lhe) (?:denunciar|reportar|bloquear|processar)\b",
        r"\b(?:vou|vamos|irei) (?:denunciar|reportar|bloquear|processar) (?:voce|o senhor|a senhora)\b",
        r"\b(?:o meu|meu|o nosso|nosso) advogado\b",
        r"\bno tribunal\b",
        r"\bmais uma mensagem(?: (?:assim|como esta|dessas))?,? e\b",
        r"\b(?:te|lhe) (?:deixo|vou deixar|deixarei) (?:uma )?(?:avaliacao|review|nota) negativa\b",
        r"\b(?:esta|estas|fica|ficas) avisad[oa]\s*(?:[.!]|$)",
        r"\b(?:queixa|reclamacao|denuncia|processo) contra (?:voce|ti|si|o senhor|a senhora)\b",
        r"\bpense (?:bem|duas vezes) antes de (?:abrir|deixar|fazer uma reclamacao)\b",
        r"\bvamos ver em quem (?:a plataforma )?(?:acredita|vai acreditar)\b",
        r"\b(?:te|lhe) (?:denunciarei|bloquearei|processarei)\b|\b(?:denunciarei|bloquearei|processarei) (?:voce|o senhor|a senhora)\b",
    ),
}


# Brushing the buyer off: the seller says the buyer's problem is none of theirs, or tells them to
# sort it out alone or to stop writing. Only phrases with no kind reading: "your problem" alone is
# also "your problem is solved", so it counts only as a whole clause ("that's your problem").
_BRUSH_OFFS: dict[str, tuple[str, ...]] = {
    "en": (
        r"\bnot my (?:problem|concern|issue)\b",
        r"\b(?:that's|that’s|that is|it's|it’s|it is) your (?:problem|issue)(?:,? not mine)?\s*(?:[.!]|$)",
        r"\b(?:figure|sort|work) it out (?:yourself|on your own|for yourself)\b",
        r"(?:^|[.!?]\s+)deal with it\s*(?:[.!]|$)",
        r"\bcouldn'?t care less\b|\bcould not care less\b",
        r"\bstop (?:messaging|writing to|texting|bothering|pestering|spamming) me\b",
        r"\bdon'?t (?:bother|message|write to|contact) me (?:again|anymore|any more)\b",
        r"\bgoogle it\b",
        r"\bif you don\'?t trust (?:me|us|it),? (?:then )?(?:don\'?t buy|buy (?:it )?elsewhere|go elsewhere)\b",
        r"\bshould(?:\'ve| have) thought (?:of|about) (?:that|it) (?:before|earlier)\b",
        r"\bdon\'?t even ask\b",
        r"\bwhat do you (?:want|expect) me to do about (?:it|that)\b",
    ),
    "fr": (
        r"\bpas (?:mon|notre) (?:probleme|souci|affaire)\b",
        r"\bc(?:'|’|e)(?:st| n'est) (?:votre|ton) (?:probleme|souci)(?:,? pas le mien)?\s*(?:[.!]|$)",
        r"\b(?:debrouillez|demerdez|debrouille|demerde)(?:-| )?(?:vous|toi)\b",
        r"\bj(?:'|’|e )en ai rien a (?:faire|foutre|cirer|battre)\b",
        r"\b(?:arretez|arrete|cessez) de (?:m'|m’|me )(?:ecrire|harceler|relancer|envoyer)\b",
        r"\bne m(?:'|’|e )(?:ecrivez|ecris|contactez) plus\b",
        r"\bsi (?:vous n(?:\'|’)avez pas|t(?:\'|’)as pas|tu n(?:\'|’)as pas) confiance,? (?:n(?:\'|’)achetez pas|n(?:\'|’)achete pas|achetez ailleurs|allez ailleurs)\b",
        r"\b(?:il )?fallait y penser avant\b",
        r"\bmeme pas la peine de (?:demander|insister)\b",
        r"\bqu(?:\'|’)est-ce que (?:vous voulez|tu veux) que j(?:\'|’)y fasse\b|\bque voulez-vous que j(?:\'|’)y fasse\b",
    ),
    "de": (
        r"\b[Nn]icht (?:mein|unser) (?:Problem|Bier|Ding)\b",
        r"\b(?:[Dd]as|[Ee]s) ist (?:Ihr|dein|Ihre|deine) (?:Problem|Sache)\s*(?:[.!]|$)",
        r"\b(?:ist|sind) mir (?:doch |echt |total )?(?:scheissegal|scheißegal)\b",
        r"\b[Ss]ehen Sie (?:selbst )?zu,? wie\b|\b[Ss]ieh (?:selbst )?zu,? wie\b",
        r"\b(?:[Hh]oren Sie|[Hh]or) (?:endlich )?auf,? mir zu schreiben\b",
        r"\b[Ss]chreiben Sie mir nicht mehr\b|\b[Ss]chreib mir nicht mehr\b",
        r"\bwenn (?:du|Sie) (?:mir|uns) nicht (?:vertraust|vertrauen),? (?:dann )?(?:kauf|kaufen Sie) (?:halt |eben |doch )?(?:nicht|woanders)\b",
        r"\b(?:hattest du dir|hatten Sie sich) (?:das )?(?:vorher|fruher) (?:uberlegen|uberlegt)\b",
        r"\b[Ff]rag (?:gar nicht erst|erst gar nicht)\b",
    ),
    "es": (
        r"\bno es (?:mi|nuestro) problema\b|\bno es problema (?:mio|nuestro)\b",
        r"\b(?:eso )?es (?:tu|su) problema(?:,? no el mio)?\s*(?:[.!]|$)",
        r"\b(?:buscate|busquese) la vida\b",
        r"\b(?:me importa un pepino|me importa un bledo|me importa un carajo|me la suda|me la pela)\b",
        r"\bno me (?:escribas|escriba|escribais|escriban) mas\b",
        r"\b(?:deja|deje|dejad|dejen) de (?:escribirme|molestarme|darme la lata)\b",
        r"\b(?:apañate|apanate|apañese|apanese|arreglatelas|arregleselas)\b",
        r"\bsi no (?:te fias|se fia|confias|confia),? (?:pues )?no (?:lo )?(?:compres|compre)\b",
        r"\bhaberlo pensado antes\b",
        r"\bni (?:lo intentes|lo intente|preguntes|pregunte)\b",
        r"\balla (?:tu|usted|vosotros|ustedes)\b",
        r"\bno es (?:asunto|cosa) (?:mio|mia|nuestro|nuestra)\b",
        r"\by a mi que\b|\ba mi que me (?:cuentas|cuenta)\b",
        r"\bque (?:quieres|quiere|quereis) que (?:le )?haga\b",
    ),
    "it": (
        r"\bnon (?:e|è) (?:un )?(?:mio|nostro) problema\b|\bnon (?:e|è) (?:un )?problema (?:mio|nostro)\b",
        r"\b(?:problemi|affari|fatti) (?:tuoi|suoi)\b",
        r"\b(?:arrangiati|si arrangi|arrangiatevi)\b",
        r"\bnon me ne (?:frega|importa) (?:niente|nulla|un tubo)\b",
        r"\bnon (?:scrivermi|mi scriva|mi scrivere) piu\b",
        r"\b(?:smettila|la smetta|smettetela) di (?:scrivermi|scrivere|tartassarmi)\b",
        r"\bse non (?:ti fidi|si fida),? (?:non comprare|non compri|compra altrove|compri altrove|vai altrove)\b",
        r"\bdovev(?:i|a) pensarci prima\b",
        r"\bnon (?:chiedere|chieda) (?:nemmeno|neanche|neppure)\b",
    ),
    "nl": (
        r"\bniet (?:mijn|ons) (?:probleem|pakkie-an|zaak)\b",
        r"\b(?:dat|het) is (?:jouw|uw|je) (?:probleem|zaak)\s*(?:[.!]|$)",
        r"(?<!ik )\bzoek (?:het|t|dat) (?:zelf (?:maar )?|maar (?:zelf )?)uit\b",
        r"\b(?:kan|boeit) me (?:echt )?niet(?:s)? (?:schelen|boeien)\b|\bzal me een zorg zijn\b",
        r"\bstop met (?:mij )?(?:te )?(?:berichten|appen|mailen|spammen|lastigvallen)\b",
        r"\b(?:stuur|stuurt) (?:me|mij) geen berichten meer\b",
        r"\bals (?:je|u) (?:me|mij|ons) niet vertrouwt,? (?:koop|koopt u|koop je) (?:dan |het )?(?:niet|ergens anders|elders)\b",
        r"\bhad (?:je|u) (?:maar )?(?:eerder|vooraf) (?:over )?(?:na moeten denken|aan moeten denken)\b",
        r"\bvraag (?:het )?(?:maar )?niet eens\b",
    ),
    "pl": (
        r"\bnie (?:moj|nasz) (?:problem|k[lł]opot)\b",
        r"\b(?:to )?(?:twoj|pana|pani) problem\s*(?:[.!]|$)",
        r"\brad[zź] sobie sam[a]?\b|\bniech (?:pan|pani) sobie radzi\b",
        r"\bmam to (?:gdzies|w dupie)\b",
        r"\bnie pisz (?:do mnie )?(?:wiecej|juz)\b",
        r"\bprzesta[nń] (?:do mnie )?pisac\b",
        r"\b(?:jak|jesli|jezeli) (?:pan |pani )?nie (?:ufasz|ufa),? (?:to )?(?:nie kupuj|niech pan nie kupuje|niech pani nie kupuje|kup gdzie indziej)\b",
        r"\btrzeba by[lł]o (?:pomysle[cć]|mysle[cć]) (?:wczesniej|przedtem)\b",
        r"\bnawet nie pytaj\b",
    ),
    "pt": (
        r"\bnao e (?:problema meu|meu problema|problema nosso|nosso problema)\b",
        r"\b(?:isso )?e (?:problema seu|problema teu|seu problema|teu problema)\s*(?:[.!]|$)",
        r"\b(?:se vira|vire-se|desenrasca-te|desenrasque-se)\b",
        r"\bnao (?:me )?(?:escreva|escrevas|mande mensagens?) mais\b",
        r"\b(?:pare|para|deixe|deixa) de (?:me )?(?:escrever|mandar mensagens|chatear|incomodar)\b",
        r"\bestou(?: me)? nem a[ií]\b|\bto nem ai\b",
        r"\bse (?:nao confia|nao confias|voce nao confia),? (?:nao compre|nao compres|compre noutro|compre em outro)\b",
        r"\bdevia ter pensado (?:nisso )?antes\b",
        r"\bnem (?:pergunte|perguntes)\b",
    ),
}


# Refusing to discuss any further: the seller closes the subject on the buyer ("don't insist",
# "end of discussion", "I won't repeat it"). A refusal with a reason or an alternative is courteous
# and none of these phrases is needed to give one.
_CLOSING_DOWN: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(?:stop|quit) (?:asking|insisting|nagging|going on about it)\b",
        r"\bdon'?t (?:even )?bother (?:asking|insisting)\b",
        r"\bend of (?:story|discussion)\b",
        r"\bi(?:'m|’m| am) not (?:going to )?repeat(?:ing)? myself\b",
        r"\bi (?:won'?t|will not|am not going to) (?:say|repeat|explain) (?:it|this|that) again\b",
        r"\bno means no\b",
        r"\btake it or leave it\b|\band that(?:'s|’s| is) that\b|(?:^|[.!?]\s*)not a chance\s*(?:[.!]|$)",
        r"(?:^|[.!?]\s*)(?:go |just )?(?:ask|find|bother|try) (?:someone|somebody) else\b",
        r"(?:^|[.!?]\s*)(?:full stop|period)\s*(?:[.!]|$)|\bnot (?:a hope|in a million years)\b|\b(?:dream on|in your dreams|hard pass)\b",
        r"\bi(?:'m|’m| am) not your (?:secretary|nanny|mum|mom|mother|babysitter|servant|butler|personal assistant|tutor|teacher|slave|errand boy)\b|\b(?:couldn'?t|can'?t) be bothered\b|\bsorry not sorry\b",
    ),
    "fr": (
        r"(?:^|[.!?,;]\s*)n(?:'|’|e )insistez? pas\s*(?:[.!,]|$)|\binutile d(?:'|’|e )insister\b",
        r"\bpoint (?:final|barre)\b|\bun point c(?:'|’)est tout\b",
        r"\bje ne (?:vais pas me repeter|le repeterai pas|le redirai pas|me repeterai pas)\b",
        r"\bmeme pas en reve\b",
        r"\bfin de l(?:'|’)histoire\b|\ba prendre ou a laisser\b|\bet puis quoi encore\b",
        r"\b(?:demandez|demande|voyez|allez voir|va voir) (?:a quelqu(?:'|’)un d(?:'|’)autre|ailleurs)\b",
        r"\bjamais de la vie\b|\b(?:vous pouvez|tu peux) (?:toujours )?courir\b|(?:^|[.!?]\s*)laisse[zr]? tomber\s*(?:[.!]|$)",
        r"\bje ne suis pas (?:votre|ta|ton) (?:secretaire|bonne|nounou|mere|maman|boniche|larbin|domestique|prof)\b",
    ),
    "de": (
        r"\b[Ee]nde der (?:Diskussion|Durchsage)\b|\bund Punkt\s*(?:[.!]|$)|\b[Ss]chluss,\s*aus\b",
        r"\b[Ii]ch wiederhole mich nicht\b|\b[Ii]ch (?:sage|schreibe) (?:es|das) nicht noch ?(?:ein)?mal\b",
        r"\b(?:[Hh]oren Sie|[Hh]or) auf zu (?:nerven|drangeln|betteln)\b",
        r"\b[Vv]ergessen Sie(?:'s| es)\s*(?:[.!]|$)|\b[Vv]ergiss es\s*(?:[.!]|$)",
        r"\b(?:[Kk]aufen oder lassen|[Ff]riss oder stirb|[Nn]imm es oder lass es|[Nn]ehmen oder lassen)\b",
        r"\b(?:[Ff]ragen Sie|[Ff]rag|[Ss]uchen Sie sich|[Ss]uch dir) (?:doch )?(?:jemand|wen|einen) (?:anders|anderen)\b",
        r"(?:^|[.!?]\s*)Punkt\s*(?:[.!]|$)|\b(?:konnen Sie sich|kannst du dir) (?:das )?abschminken\b|\b(?:[Kk]aufen|[Nn]ehmen) oder bleiben lassen\b",
        r"\b[Ii]ch bin (?:doch )?(?:nicht|kein) (?:Ihr|Ihre|dein|deine|euer|eure) (?:Sekret\w*|Kindermadchen|Mutter|Mama|Diener\w*|Nachhilfelehrer\w*|Lehrer\w*|Butler|Laufbursche|Babysitter)\b",
    ),
    "es": (
        r"\bno (?:insistas|insista|insistais|insistan)\b|\b(?:deja|deje|dejad|dejen) (?:de|d) insistir\b",
        r"(?:^|[.!?,;]\s*)(?:no,? )?ni (?:de broma|de cona|de coña|loco|muerto|de vaina|en suenos|en sueños)\b",
        r"\by punto\s*(?:[.!]|$)|\bpunto final\b",
        r"\bno (?:te|t|se|os) lo (?:vuelvo|volvere) a (?:repetir|decir)\b|\bno lo (?:voy a |vuelvo a )?repet(?:ir|ire) mas\b",
        r"\b(?:lo tomas o lo dejas|lo toma o lo deja|y se acabo|fin de la historia)\b",
        r"\b(?:preguntale|pregunte|preguntele|buscate|busquese|pregunta) a otro\s*(?:[.!,]|$)",
        r"\bno soy (?:su|tu) (?:secretari[oa]|ninera|madre|mama|criad[oa]|chach[oa]|profe\w*|mayordomo)\b",
    ),
    "it": (
        r"\bnon (?:insistere|insista|insistete)\b|\b(?:smettila|la smetta|smettetela) di insistere\b",
        r"\bpunto e basta\b",
        r"\bnon (?:lo )?(?:ripeto|ripetero) (?:piu|un'altra volta|un’altra volta|ancora)\b",
        r"\b(?:scordatelo|se lo scordi|ve lo scordate|neanche per sogno|manco per sogno|te lo puoi scordare)\b",
        r"\b(?:prendere o lasciare|fine della storia|non sto a discuterne|non se ne discute)\b",
        r"\b(?:chiedi|chieda|chiedete) a (?:qualcun altro|un altro|qualcuno altro)\s*(?:[.!,]|$)",
        r"\b(?:neanche|nemmeno|manco) per idea\b|\bavanti il prossimo\b|(?:^|[.!?]\s*)punto\s*(?:[.!]|$)|(?:^|[.!?]\s*)(?:lascia|lasci|lasciate) perdere\s*(?:[.!]|$)",
        r"\bnon sono (?:la sua|il suo|la tua|il tuo|sua|suo|tua|tuo) (?:segretari[oa]|babysitter|mamma|madre|servo|serva|maggiordomo|tata|balia)\b",
    ),
    "nl": (
        r"\bpunt uit\b|\beinde (?:discussie|verhaal)\b",
        r"\bik (?:herhaal|zeg) (?:het|dit|dat) niet nog (?:een ?keer|eens)\b|\bik ga (?:het|dit|dat) niet nog (?:een ?keer|eens) (?:zeggen|uitleggen|herhalen)\b",
        r"\b(?:blijf|blijft) niet (?:zeuren|aandringen|zeiken)\b|\bhou(?:d)? op met (?:zeuren|aandringen|zeiken)\b",
        r"\b(?:vergeet|vergeten) (?:het|dat) (?:maar )?(?:gerust )?\s*(?:[.!]|$)|\bdroom (?:maar )?lekker verder\b",
        r"\b(?:graag of niet|slikken of stikken)\b",
        r"\b(?:vraag|vraagt u) (?:het )?(?:maar )?aan iemand anders\b|\bzoek (?:maar )?iemand anders\b",
        r"\b(?:je|ge|u) (?:kunt|kan) (?:het|dat) (?:wel |gerust )?vergeten\b|\b(?:dat|het) (?:kunt|kan) (?:je|ge|u) (?:wel |gerust )?vergeten\b|\bsorry niet sorry\b",
        r"\bik ben (?:uw|je|jouw) (?:secretaresse|secretaris|moeder|mama|knecht|oppas|butler|babysit\w*|leraar|juf|meid) niet\b|\bdaar ben ik (?:uw|je|jouw) \w+ niet voor\b",
    ),
    "pl": (
        r"\bkoniec (?:kropka|dyskusji|tematu)\b",
        r"\bnie bede (?:sie )?powtarza[cć]\b|\bnie bede (?:tego )?powtarza[lł]\w*\b",
        r"\bnie (?:nalegaj|naciskaj|marudz)\b|\bprzesta[nń] (?:nalegac|naciskac|marudzic|jeczec)\b",
        r"\bnawet o tym nie mysl\b|\bzapomnij o tym\b",
        r"\b(?:bierzesz albo nie|bierz albo zostaw)\b|(?:^|[.!?]\s*)kropka\s*(?:[.!]|$)",
        r"\b(?:zapytaj|szukaj|poszukaj) (?:kogos|sobie kogos) innego\b",
        r"\bi kropka\b|\bnie ma tak dobrze\b|(?:^|[.!?]\s*)nie ma mowy\s*(?:[.!]|$)|\b(?:kupujesz|kupuje pan|kupuje pani) albo nie\b",
        r"\bnie jestem (?:twoja|twoim|pana|pani) (?:sekretark\w*|niank\w*|matk\w*|mama|sluzac\w*|lokaj\w*|opiekunk\w*)\b",
    ),
    "pt": (
        r"\bnao (?:insista|insistas|insistam)\b|\b(?:pare|para|deixe|deixa) de insistir\b",
        r"\be ponto final\b|\bponto final\s*(?:[.!]|$)",
        r"\bnao (?:vou|volto a) repetir\b",
        r"\bnem (?:pensar|sonhe|sonhes|morto)\s*(?:[.!]|$)",
        r"\b(?:e )?pegar ou largar\b|\bfim da historia\b",
        r"\b(?:pergunte|pergunta|va perguntar|vai perguntar|procure|procura) a outr[oa]\s*(?:[.!,]|$)",
        r"\bvai sonhando\b|\b(?:pode )?tirar o cavalinho da chuva\b|\b(?:compra|compre) ou nao (?:compra|compre)\b",
        r"\bnao sou (?:a sua|o seu|sua|seu|tua|teu|a tua|o teu) (?:secretari[oa]|baba|mae|criad[oa]|empregad[oa]|mordomo)\b",
    ),
}


# Talking down to the buyer: their reading, their understanding or a child's measured against
# them. "It's not rocket science" is left out: sellers say it to encourage as often as to mock.
_TALKING_DOWN: dict[str, tuple[str, ...]] = {
    "en": (
        r"\blet me (?:explain|say|spell) (?:it|this|that)? ?(?:again )?(?:very |really )?slowly\b",
        r"\b(?:any|even a|a) (?:child|kid|toddler|five-year-old|5-year-old|ten-year-old) (?:knows|would know|understands)\b",
        r"\b(?:did|do) you (?:even|actually) (?:read|look at)\b",
        r"\blearn (?:how )?to read\b",
        r"\bcan(?:'t|not)? you (?:even )?read\s*\?",
    ),
    "fr": (
        r"\bje (?:vais )?vous (?:l'|le )?(?:explique|expliquer|repete|repeter) (?:tres |bien )?(?:lentement|doucement)\b",
        r"\bje (?:vais )?t(?:'|’|e )(?:l'|le )?(?:explique|expliquer) (?:tres |bien )?(?:lentement|doucement)\b",
        r"\b(?:meme|n'importe quel) (?:un )?(?:enfant|gamin|gosse) (?:sait|saurait|comprend|comprendrait)\b",
        r"\b(?:vous savez|tu sais|savez-vous|sais-tu) lire\s*\?",
        r"\b(?:apprenez|apprends) a lire\b",
    ),
    "de": (
        r"\b(?:ganz|nochmal ganz) langsam(?: zum Mitschreiben| fur Sie| fur dich)\b|\bzum Mitschreiben\b",
        r"\b(?:[Ss]ogar|[Ss]elbst|[Jj]edes) (?:ein )?Kind (?:weiß|weiss|versteht)\b|\b(?:weiß|weiss|versteht) (?:doch )?(?:sogar|selbst|jedes) (?:ein )?Kind\b",
        r"\b(?:[Kk]onnen Sie|[Kk]annst du) (?:nicht |etwa nicht )?lesen\s*\?",
        r"\b(?:[Ll]ernen Sie|[Ll]ern) (?:erst mal |erstmal |mal )?lesen\b",
    ),
    "es": (
        r"\b(?:te|se|os) lo (?:explico|repito|vuelvo a explicar) (?:muy )?(?:despacio|despacito|lento|lentamente)\b",
        r"\b(?:hasta|incluso|cualquier) (?:un )?(?:nino|crio|chaval) (?:sabe|sabria|entiende|entenderia|lo sabe|lo entiende)\b",
        r"\b(?:no )?(?:sabes|sabe|sabeis) leer\s*\?",
        r"\b(?:aprende|aprenda|aprended) a leer\b",
    ),
    "it": (
        r"\b(?:te|glielo|ve) lo (?:spiego|ripeto) (?:molto )?(?:piano|lentamente|adagio)\b|\bglielo (?:spiego|ripeto) (?:molto )?(?:piano|lentamente)\b",
        r"\b(?:anche|perfino|pure|qualsiasi) (?:un )?bambino (?:sa|saprebbe|capisce|capirebbe)\b",
        r"\b(?:sai|sa|sapete) leggere\s*\?",
        r"\b(?:impara|impari|imparate) a leggere\b",
    ),
    "nl": (
        r"\bik leg (?:het|dit|dat) (?:nog (?:een|1|één) keer )?(?:heel )?(?:langzaam|rustig) (?:aan je |aan u )?uit\b",
        r"\b(?:zelfs|elk|ieder) (?:een )?kind (?:snapt|weet|begrijpt)\b",
        r"\b(?:kun je|kunt u|kan je) (?:niet |wel )?lezen\s*\?",
        r"\b(?:leer|leert u) (?:eerst )?lezen\b",
    ),
    "pl": (
        r"\bwyt[lł]umacz(?:e|ę) (?:ci|panu|pani) (?:jeszcze raz )?(?:bardzo )?(?:powoli|wolno)\b",
        r"\b(?:nawet|kazde) dziecko (?:wie|zrozumie|rozumie)\b",
        r"\b(?:umiesz|umie pan|umie pani) czytac\s*\?",
        r"\bnaucz(?: sie|cie sie| sie pan| sie pani) czytac\b",
    ),
    "pt": (
        r"\b(?:vou|deixa-me|deixe-me) (?:te |lhe )?explicar (?:bem )?(?:devagar|devagarinho|lentamente)\b",
        r"\b(?:ate|qualquer) (?:uma )?crianca (?:sabe|saberia|percebe|entende)\b",
        r"\b(?:sabe|sabes|voce sabe) ler\s*\?",
        r"\b(?:aprenda|aprende) a ler\b",
    ),
}

KINDS = {
    "threatening": _THREATS,
    "dismissive": _BRUSH_OFFS,
    "refusing": _CLOSING_DOWN,
    "condescending": _TALKING_DOWN,
}


def phrases_source(language: str) -> str:
    """The phrases of `language`, one named group per kind ("" when it has none)."""
    return "|".join(
        f"(?P<{kind}>{'|'.join(f'(?:{entry})' for entry in table[language])})"
        for kind, table in KINDS.items()
        if table.get(language)
    )


@functools.lru_cache(maxsize=64)
def _pattern(language: str) -> re.Pattern[str] | None:
    # German keeps its case (Sie/sie); the other languages are read folded. Behind the phrases'
    # first-character gate (screening/text/regex_gates.py): most replies hold none of ~100 phrases.
    source = phrases_source(language)
    return gated(source) if source else None


def may_hold(text: str, language: str) -> bool:
    """Whether the reply's own text holds one of the phrases: the cheap test, read on the text
    folded as a whole (most replies hold none, and need no view nor a fold kept in place)."""
    pattern = _pattern(language)
    if pattern is None:
        return False
    return pattern.search(strip_accents(text) if language == "de" else strip_accents(fold(text))) is not None


def rude_phrase(view: str, language: str) -> tuple[str, int, int] | None:
    """(kind, start, end) of the first such phrase in `view` (the tone model's view of the reply,
    same length), or None. kind is one of KINDS: threatening, dismissive, refusing, condescending."""
    pattern = _pattern(language)
    if pattern is None:
        return None
    read = fold_in_place(view, keep_case=language == "de")
    match = pattern.search(read)
    if match is None:
        return None
    return match.lastgroup or "", match.start(), match.end()


__all__ = ["KINDS", "may_hold", "rude_phrase"]
