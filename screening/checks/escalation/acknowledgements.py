"""Whether a buyer's short message only acknowledges: "Ordered!", "Vale", "Received, thanks",
"128 please", "All as described".

The model scores such messages on one or two n-grams, and with nothing else in the text a single
word that also opens many complaints ("ordered ... but got", "besteld ... maar") decides alone:
"Ordered!" read as not_as_described at p 0.94. A message made only of words that acknowledge,
thank, greet, confirm an order or a payment, or name a figure reports nothing, so the model's
evidence is not read there (the rules still are). One word outside these lists ("broken",
"kaputt", "no carga") and the message is read as usual.

Words for normalize()d text (lower case, accents folded), the eight languages together, so no
negation is among them ("no llegó" is a problem made of a negation and an arrival).
"""

from __future__ import annotations

import re

# At most this many words: longer messages have room for a problem among their words.
MAX_WORDS = 4

_WORDS = frozenset(
    """
    ordered order placed bought paid purchased done ok okay k kk thanks thank you thx ty cheers great
    perfect cool nice super awesome brilliant lovely grand it received arrived all good fine noted
    understood sure yes yep yeah deal please pls just now hi hello hey bye as described
    the a one version
    commande commandee passee achete paye regle fait d'accord dac merci beaucoup parfait genial top
    recu recue bien arrive arrivee tout est c'est oui note compris entendu bonjour salut s'il vous
    plait stp svp le la les un une
    bestellt gekauft bezahlt erledigt danke dankeschon vielen dank perfekt prima erhalten angekommen
    alles gut passt ja notiert verstanden hallo bitte der die das ein eine version
    pedido hecho comprado pagado vale gracias muchas perfecto genial recibido llego todo bien si
    entendido hola porfa por favor listo de acuerdo el version
    ordinato ordine fatto comprato pagato va bene grazie mille perfetto ottimo ricevuto arrivato
    tutto capito ciao salve per favore il lo versione
    besteld gekocht betaald gedaan oke dank je u bedankt dankjewel dankuwel top ontvangen binnen
    alles goed ja begrepen hoi graag toppie de het een versie
    zamowione zamowilem zamowilam kupione kupilem kupilam zaplacone zaplacilem zaplacilam okej
    dzieki dziekuje swietnie idealnie otrzymalem otrzymalam dotarlo doszlo wszystko gra dobrze tak
    jasne rozumiem czesc dzien dobry prosze poprosze wersja
    encomendado encomendei comprei pago paguei feito obrigado obrigada brigado valeu perfeito otimo
    recebido recebi chegou tudo bem certo sim ola oi versao
    gb go tb mb
    """.split()
)
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def only_acknowledges(folded: str) -> bool:
    """Whether `folded` (normalize()d text) is at most MAX_WORDS words, each one that acknowledges,
    thanks, greets, confirms an order or a payment, or a figure, and does not chase ("Hello??")."""
    words = _TOKEN.findall(folded)
    if not words or len(words) > MAX_WORDS or "??" in folded:
        return False  # "Hello??" chases a silent seller
    if sum(word.isdigit() for word in words) > 1:
        return False  # "ordered 256, received 64": two figures compare what was promised and got
    return all(word in _WORDS or word.isdigit() for word in words)
