"""Three families of offers in plain words (rules R4): a deposit sent to hold the phone (the
platform takes none, so it is paid outside the order), the seller's number pointed at where the
buyer can see it (the profile, a sticker, a photo of the listing), and the seller's own page found
by typing its name into a search engine. Each beside replies that only look alike. Sentences
written for this test."""

from __future__ import annotations

import pytest

from screening.checks.base import CheckContext, CheckResources
from screening.checks.contact import ContactCheck
from screening.core.policy import Policy
from screening.core.types import Message


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.load()


@pytest.fixture(scope="module")
def check(policy) -> ContactCheck:
    return ContactCheck.build(CheckResources(policy=policy))


def codes(check: ContactCheck, policy: Policy, market: str, text: str) -> set[str]:
    findings = check.inspect(Message(text, market), CheckContext(policy=policy.for_market(market)))
    return {finding.code for finding in findings}


OFFERS = [
    # a deposit, or a payment app, to hold the phone
    ("fr", "Versez-moi 40 € d'acompte et je le bloque pour vous", "contact.payment"),
    ("es", "Si me adelantas 25 euros de señal, te lo aparto para el lunes", "contact.payment"),
    ("pt", "Com um sinal de 20 € fica guardado até sexta", "contact.payment"),
    ("uk", "Send a £30 deposit and I'll keep it for you", "contact.payment"),
    ("de", "Für 50 € Anzahlung reserviere ich es dir bis Freitag", "contact.payment"),
    ("it", "Con una caparra di 30 euro te lo blocco fino a sabato", "contact.payment"),
    ("pt", "Faz um MB Way e fica reservado até amanhã", "contact.payment"),
    ("pt", "Pagamento em mão na entrega, combinamos a hora", "contact.payment"),
    # cash "in hand" with the verb of paying away from it
    ("pt", "O pagamento pode ser em mão quando vier buscar", "contact.payment"),
    # the seller's number where the buyer can see it
    ("es", "El teléfono de la tienda está en mi perfil, llama cuando quieras", "contact.phone"),
    ("uk", "My number is on the sticker on the back of the box", "contact.phone"),
    ("pt", "O meu número está na última foto do anúncio", "contact.phone"),
    # the seller's own page through a search engine
    ("fr", "Toutes les photos sont sur mon blog, tapez « Les Portables de Mimi » dans Google", "contact.url"),
    ("es", "Busca «Reparaciones Example Cádiz» en Google y verás nuestras opiniones", "contact.url"),
    (
        "fr",
        "Écrivez « Atelier Example Namur » dans un moteur de recherche, vous tomberez sur notre site",
        "contact.url",
    ),
    ("es", "Tengo más fotos en mi web, el enlace está en mi perfil", "contact.url"),
    # bank details named the British way
    (
        "uk",
        "I'll text you my sort code, pay it straight into the account and the phone goes out tomorrow",
        "contact.payment",
    ),
]

ORDINARY = [
    ("fr", "Il est réservé pour vous jusqu'à ce soir, commandez-le ici quand vous voulez"),
    ("pt", "O sinal de rede é bom em casa, e fica reservado para si até amanhã"),
    ("pt", "O número de série está na última foto do anúncio"),
    ("uk", "My profile here shows all my reviews, have a look before you order"),
    ("fr", "Il faut retirer votre compte Google avant de le renvoyer"),
    ("fr", "Google Maps et Google Pay marchent très bien dessus"),
    ("es", "La señal de wifi es buena y la batería aguanta todo el día"),
    ("uk", "The label on the box shows our stock number, it's only for our records"),
    ("fr", "Le lien de suivi du colis vous arrive par la plateforme dès l'envoi"),
]


@pytest.mark.parametrize("market, text, code", OFFERS)
def test_an_offer_in_plain_words_is_found(check, policy, market, text, code):
    assert code in codes(check, policy, market, text)


@pytest.mark.parametrize("market, text", ORDINARY)
def test_a_reply_that_only_looks_alike_is_left_alone(check, policy, market, text):
    assert codes(check, policy, market, text) == set()
