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
    r"|unlocked|sim ?-?lock\w*|network|debloque\w*|desimlocke\w*|operateurs?|entsperrt"
    r"|netzbetreiber|libre|liberado|operador\w*|sbloccat\w*|operatori?|gestore|simlockvrij|simvrij"
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
    r"|bestelling\w*|besteld|gekocht|betaald|betaling|pakket\w*|pakje|verzonden|geleverd|levering"
    r"|ontvangen|aangekomen|retour\w*|terugbetal\w*|geannuleerd|factuur|omruil\w*|ruilen"
    # pl
    r"|zamowien\w*|zamowil\w*|kupil\w*|zaplacil\w*|platnosc\w*|paczk\w*|przesylk\w*|wyslan\w*|dostaw\w*"
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
    r"|(?:za)?pytal(?:em|am)|perguntei)(?![^\W_])"
)


def _questions(folded: str) -> list[str]:
    """The sentences of `folded` that ask, or tell what the buyer asked."""
    return [
        sentence
        for sentence in (match.group(0) for match in _SENTENCE.finditer(folded))
        if sentence.strip() and ("?" in sentence or _EITHER_OR.search(sentence) or _ASKED.search(sentence))
    ]


def asks_about_listing_before_buying(text: str) -> bool:
    """Whether `text` asks a question about the listing and says nothing of a purchase of its own."""
    folded = fold(text)
    # A defect told is a phone received, whatever else is said.
    if _PURCHASE.search(folded) or load_lexicon().topics["problem"].search(folded):
        return False
    for question in _questions(folded):
        if _LISTING.search(question):
            return True
    return False


__all__ = ["asks_about_listing_before_buying"]
