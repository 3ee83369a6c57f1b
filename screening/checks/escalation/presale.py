"""Whether a buyer's chaser re-asks a question about the listing before any purchase.

Rule R8 lets the platform take over "the customer contact" when a seller misses the reply deadline:
it settles a claim or a return in the seller's place. A buyer who has bought nothing yet and writes
"I asked twice whether the charger is included, no answer. Is it or not?" is owed an answer (R1
monitors the delay from the conversation's timestamps, per seller), but there is nothing the
platform could take over: it cannot say whether the seller still has the phone in stock. Such a
message is read for no_response with its evidence guarded (rules.GUARDED_FACTOR), as a chaser
within the seller's 24 business hours is (waiting.py).

A message is such a chaser when one of its questions asks about the listing (stock, accessories,
battery, network lock, warranty, condition, price, the device's features) and nothing in it speaks of
the buyer's own purchase: an order, a payment, a parcel, a delivery, a return or a refund. "Is
anyone there?" or "what now?" ask nothing about the listing, so a bare "four days without an answer
to my question. Hello?" is read as usual.

Written for fold_accents()ed text (lower case, accents folded). Every language's words are tried:
a buyer may write in any language, and the words are long enough not to be read in another by
chance.
"""

from __future__ import annotations

import re

from screening.checks.escalation.lexicon import INDIRECT_QUESTION_MARKERS
from screening.checks.relevance.lexicon import fold, load_lexicon

# What a buyer asks about a listing before buying: stock, accessories, battery, network lock,
# warranty, condition and the device's features. Whole words (or the stems marked \w*): these are
# read in every language at once, so a short stem would be another language's word.
_LISTING = re.compile(
    r"(?<![^\W_])(?:"
    # still for sale, in stock
    r"available|availability|in stock|for sale|still (?:have|got) (?:it|one)|dispo|disponible\w*"
    r"|en stock|a vendre|verfugbar\w*|noch (?:da|zu haben|vorhanden|verfugbar)|auf lager|zu verkaufen"
    r"|disponib\w*|a la venta|todavia (?:lo |la )?(?:tiene|tienes|hay)|aun (?:lo |la )?(?:tiene|tienes|hay)"
    r"|in vendita|ancora (?:disponibile|in vendita)|c'e ancora|beschikbaar|te koop|nog (?:te koop|beschikbaar|verkrijgbaar)"
    r"|op voorraad|dostepn\w*|na stanie|aktualn\w*|ainda (?:tem|esta|ha|disponivel)|em stock|a venda"
    # accessories
    r"|charger|cable|case|box|earphones|headphones|chargeur|coque|boite|ecouteurs|ladegerat|ladekabel"
    r"|kabel|hulle|netzteil|zubehor|cargador|funda|caja|auriculares|caricatore|caricabatterie|cavo"
    r"|custodia|scatola|cuffie|oplader|hoesje|doos|ladowark\w*|etui|pudelk\w*|carregador|cabo|capa|caixa"
    # battery
    r"|battery|batterie|akku|bateria|batteria|batterij|accu|baterii|baterie|baterie"
    # network lock, SIM
    r"|unlocked|locked|carriers?|sim ?-?lock\w*|network|debloque\w*|desimlocke\w*|operateurs?|entsperrt"
    r"|netzbetreiber|libre|liberado|operador\w*|sbloccat\w*|operator\w*|gestore|simlockvrij|simvrij"
    r"|provider|simkaart\w*|sim ?cards?|cartes? sim|sim-karten?|tarjetas? sim|schede sim|karty sim"
    r"|cartao sim|dual ?sim|e-?sim|icloud|blokad\w*|odblokowan\w*|desbloquead\w*|sieci"
    # warranty
    r"|warranty|guarantee|garantie|gewahrleistung|garantia|garanzia|gwarancj\w*|rekojm\w*"
    # condition
    r"|scratch\w*|condition|grade|etat|rayures?|zustand|kratzer|estado|aranazos?|condizion\w*|graffi\w*"
    r"|staat|krassen|stan|rysy|rys|condicao|riscos?|screen|ecran|display|bildschirm|pantalla|schermo"
    r"|scherm|ekran|ecra|tela"
    # features
    r"|camera|camara|kamera|aparat|fotocamera|colou?r|couleur|farbe|kolor\w*|cor|kleur|colore"
    r"|\d+ ?(?:gb|go|tb)|storage|stockage|speicher|almacenamiento|memoria|opslag|pamiec\w*|armazenamento"
    r"|face ?id|touch ?id|nfc|5g|android|ios|version|versao|versie|wersj\w*"
    r"|waterproof|water resistan\w*|ip6[78]|etanche\w*|wasserdicht\w*|impermeab\w*|waterdicht\w*|wodoodporn\w*"
    # the listing itself (not "photos": a buyer sends photos of a defect)
    r"|listing|advert|description|annonce|descriptif|inserat|anzeige|beschreibung"
    r"|anuncio|descripcion|annuncio|descrizione|advertentie|beschrijving|ogloszeni\w*|opis\w*|descricao"
    r")(?![^\W_])"
)

# Words of the buyer's own purchase: once a message speaks of an order, a payment, a parcel, a
# delivery, a return or a refund, the buyer is a customer and a missed reply is the platform's
# business. Past tenses and nouns only: "I wanted to order before the weekend" has bought nothing.
_PURCHASE = re.compile(
    r"(?<![^\W_])(?:"
    # en
    r"my order|the order|an order|order number|ordered|bought|purchased?|paid|payment|parcel|package"
    r"|tracking|shipped|dispatched|delivered|delivery|arrived|received|refund\w*|return\w*|cancel\w*"
    r"|invoice|receipt|exchange|swap|replacement"
    # fr
    r"|commande|commandee?s?|achete\w*|achat|paye\w*|paiement|colis|suivi|livre|livree?s?|livraison"
    r"|expedie\w*|expedition|envoye\w*|recu\w*|retour\w*|rembours\w*|annul\w*|facture|echange\w*"
    # de
    r"|bestellung\w*|bestellt\w*|gekauft|bezahlt|zahlung|paket\w*|sendung\w*|geliefert|lieferung"
    r"|versand\w*|versendet|verschickt|angekommen|erhalten|ruckgabe|rucksendung|erstattung|storn\w*|widerruf\w*"
    r"|rechnung|umtausch\w*|getauscht"
    # es
    r"|pedido|pedi|compre|comprado|pague|pagado|pago|paquete|seguimiento|envio|enviado|entrega\w*"
    r"|recibi\w*|llego|devolucion|devolver\w*|reembols\w*|cancela\w*|factura|cambiar\w*|cambio"
    # it
    r"|ordine|ordinato|comprato|acquistato|acquisto|pagato|pagamento|pacco|spedizione|spedito"
    r"|consegna\w*|ricevut\w*|arrivat\w*|reso|rimbors\w*|annull\w*|fattura|scambi\w*|sostituzione"
    # nl
    r"|bestelling\w*|besteld|gekocht|betaald|betaling|pakket\w*|pakje|verzonden|verzend\w*|geleverd|levering"
    r"|ontvangen|aangekomen|retour\w*|terugbetal\w*|geannuleerd|factuur|omruil\w*|ruilen"
    # pl
    r"|zamowien\w*|zamowil\w*|kupil\w*|zaplacil\w*|platnosc\w*|paczk\w*|przesylk\w*|wyslan\w*|wyslal\w*|dostaw\w*"
    r"|otrzymal\w*|dotarl\w*|doszl\w*|zwrot\w*|anulow\w*|faktur\w*|wymian\w*"
    # pt
    r"|encomenda\w*|encomendei|comprei|paguei|pagamento|pacote|enviado|recebi\w*|chegou|devolucao"
    r"|reembolso|cancelad\w*|fatura|troca\w*"
    # what came in the box, or did not: a phone received
    r"|in the box|came with\w*|supposed to (?:be|come)|meant to (?:be|come)|dans la boite|livre avec"
    r"|in der (?:box|packung|verpackung)|dabei war|en la caja|vino con|venia|nella (?:scatola|confezione)"
    r"|in de doos|zat (?:er )?(?:niet )?bij|w pudelku|nie bylo|na caixa|veio|vinha"
    r"|missing|manque\w*|manquait|fehlt\w*|fehlte\w*|falta\w*|manca\w*|ontbr\w*|brak\w*|brakuje"
    # a defect in a subordinate clause ("omdat 5G niet werkt"), a battery that does not last
    r"|niet (?:meer )?werkt|nicht (?:mehr )?funktioniert|nicht (?:mehr )?geht"
    r"|drains?|draining|dies|died|(?:doesn't|does not|won't) (?:hold|last)|se vide|ne tient pas|entladt sich"
    r"|halt nicht|se descarga|no aguanta|no dura|si scarica|non dura|loopt leeg|houdt (?:het )?niet"
    r"|rozladowuje|nie trzyma|descarrega|nao segura|nao aguenta|nao dura"
    r")(?![^\W_])"
)

# A question: the sentence ends with "?" or weighs a yes against a no ("oui ou non", "or not").
_SENTENCE = re.compile(r"[^.!?\n]*(?:\?+|[.!\n]|$)")
_EITHER_OR = re.compile(
    r"(?<![^\W_])(?:or not|ou non|ou pas|oder nein|oder nicht|o no|of nee|of niet|czy nie|ou nao)(?![^\W_])"
)


# A question reported: "I asked whether it has a warranty", "j'ai demandé la couleur".
_ASKED = re.compile(
    r"(?<![^\W_])(?:i(?: have|'ve|'d)? (?:already )?asked|^asked|asked (?:twice|again|three times)|asking (?:twice|again)"
    r"|j'ai (?:deja )?demande|je demandais|(?:ich )?(?:habe|hab) (?:\w+ ){0,3}(?:gefragt|angefragt)|ich fragte"
    r"|pregunte|he preguntado|ho (?:gia )?(?:chiesto|domandato)|(?:ik )?(?:heb|had) (?:\w+ ){0,3}gevraagd|ik vroeg"
    r"|(?:za)?pytal(?:em|am)|perguntei|vroeg ik|fragte ich)(?![^\W_])"
)


# A question put as a statement: "je voudrais savoir si...", "vorrei sapere se..." (any language's).
_INDIRECT = re.compile(
    r"(?<![^\W_])(?:" + "|".join(INDIRECT_QUESTION_MARKERS.values()).replace(" ", r"\s+") + r")(?![^\W_])"
)


def _questions(folded: str) -> list[str]:
    """The sentences of `folded` that ask, or tell what the buyer asked."""
    return [
        sentence
        for sentence in _sentences(folded)
        if "?" in sentence or _EITHER_OR.search(sentence) or _ASKED.search(sentence) or _INDIRECT.search(sentence)
    ]


# The buyer says they have not bought yet: "before I buy", "I haven't ordered anything yet",
# "before deciding". Its words of a purchase ("bestellen", "l'achat") are no purchase: they are
# taken out before _PURCHASE is read.
_NOT_BOUGHT_YET = re.compile(
    r"(?<![^\W_])(?:"
    r"before (?:i )?(?:buy|order|purchas|decid|commit)\w*|(?:haven't|have not|not) (?:yet )?(?:ordered|bought|paid)(?: anything)?(?: yet)?"
    r"|avant (?:l'achat|d'acheter|de commander|de me decider|de (?:passer|valider) (?:la |ma )?commande)"
    r"|(?:je )?n'ai (?:encore )?(?:rien )?(?:pas )?(?:encore )?(?:commande|achete|paye)"
    r"|(?:bevor|ehe) ich (?:\w+ )?(?:kaufe|bestelle|zuschlage|entscheide)|vor dem kauf|noch nicht?s? (?:bestellt|gekauft|bezahlt)"
    r"|antes de (?:comprar\w*|pedir\w*|decidirme|hacer el pedido)|(?:todavia|aun) no (?:he )?(?:comprado|pedido|pagado)"
    r"|prima di (?:comprare|acquistare|ordinare|decidere)|(?:non ho|ancora non ho) (?:ancora )?(?:ordinato|comprato|acquistato|pagato)"
    r"|voor(?:dat)? ik (?:\w+ )?(?:koop|bestel|beslis|tot aankoop overga)|(?:nog )?(?:niks|niets|niet) (?:\w+ )?(?:besteld|gekocht|betaald)"
    r"|zanim (?:\w+ )?(?:kupie|zamowie|zdecyduje)|(?:jeszcze )?nic(?: jeszcze)? nie (?:kupil\w*|zamowil\w*|zaplacil\w*)"
    r"|antes de (?:comprar|encomendar|decidir)|ainda nao (?:comprei|encomendei|paguei)"
    # about to buy: "I want to order it today"
    r"|i (?:want|would like|'d like) to (?:buy|order) (?:it|one)|je (?:veux|voudrais) (?:l'acheter|le commander|commander)"
    r"|ich (?:will|mochte|wurde) (?:es |ihn |das handy )?(?:gern |gerne )?(?:kaufen|bestellen)"
    r"|(?:quiero|quisiera) (?:comprar\w*|pillar\w*|pedir\w*)|me lo quiero (?:pillar|comprar|quedar|llevar)"
    r"|(?:voglio|vorrei) (?:comprarlo|prenderlo|ordinarlo|acquistarlo)|ik wil (?:hem |het |deze )?(?:graag )?(?:kopen|bestellen)"
    r"|chce (?:go |ja )?(?:kupic|zamowic)|(?:quero|queria) (?:comprar|encomendar)"
    # still deciding, still interested in the listing
    r"|still interested|(?:need|have) to (?:decide|choose)|toujours interesse\w*|je dois (?:me )?decider"
    r"|noch interessiert|muss mich (?:\w+ ){0,3}entscheiden|sigo interesad\w*|tengo que decidir\w*"
    r"|ancora interessat\w*|devo decidere|nog (?:steeds )?geinteresseerd|moet (?:\w+ ){0,3}(?:kiezen|beslissen)"
    r"|nadal zainteresowan\w*|musze (?:\w+ ){0,3}zdecydowac|ainda (?:estou |to )?interessad\w*|tenho de decidir"
    r")(?![^\W_])"
)

# The listing's photos, named by a buyer who has not bought: what they show is the listing's.
_PHOTOS = re.compile(r"(?<![^\W_])(?:photos?|pictures?|fotos?|bilder?|zdjeci\w*|zdjecie)(?![^\W_])")

# What the buyer is waiting to hear about, named in a chaser without a "?": the buyer's question,
# answer or message about a topic of the listing (its storage, its warranty, its photos).
_ABOUT_MY_QUESTION = re.compile(
    r"(?<![^\W_])(?:question|answer|reply|response|reponse|nouvelles|frage|antwort|ruckmeldung|pregunta|respuesta"
    r"|domanda|risposta|vraag|antwoord|reactie|pytani\w*|odpowiedz\w*|pergunta|resposta"
    r"|messages?|nachricht\w*|mensajes?|messaggi\w*|bericht\w*|wiadomos\w*|mensage\w*)(?![^\W_])"
)


def speaks_of_a_purchase(text: str) -> bool:
    """Whether `text` speaks of an order, a payment, a parcel, a delivery, a return or what came in
    the box (_PURCHASE), other than to say nothing was bought yet."""
    return _PURCHASE.search(_NOT_BOUGHT_YET.sub(" ", fold(text))) is not None


def asks_about_listing_before_buying(text: str) -> bool:
    """Whether `text` asks a question about the listing and says nothing of a purchase of its own."""
    folded = fold(text)
    not_bought = _NOT_BOUGHT_YET.search(folded) is not None
    folded = _NOT_BOUGHT_YET.sub(" ", folded)
    if _PURCHASE.search(folded):
        return False
    # A defect told is a phone received, whatever else is said; a question asks about one ("is it
    # locked to a carrier?").
    problem = load_lexicon().topics["problem"]
    if any("?" not in sentence and problem.search(sentence) for sentence in _sentences(folded)):
        return False
    questions = _questions(folded)
    # "I haven't ordered anything yet": any question is one before buying (which of two models?).
    if not_bought and questions:
        return True
    for question in questions:
        if _LISTING.search(question):
            return True
    # A chaser that names what it waits to hear about (an answer about a topic of the listing), from a
    # buyer who says they have not bought yet: after a purchase the same words chase a claim.
    return not_bought and any(
        _ABOUT_MY_QUESTION.search(sentence) and (_LISTING.search(sentence) or _PHOTOS.search(sentence))
        for sentence in _sentences(folded)
    )


def _sentences(folded: str) -> list[str]:
    return [sentence for sentence in (match.group(0) for match in _SENTENCE.finditer(folded)) if sentence.strip()]


__all__ = ["asks_about_listing_before_buying", "speaks_of_a_purchase"]
