"""R8 lets the platform take over the customer contact when the seller misses the reply deadline.
Before any purchase there is no customer contact to take over: a buyer who re-asks a question
about the listing after days without an answer is owed a reply (R1 monitors the delay), not a
takeover. Once the message speaks of an order, a payment, a parcel or a defect, or asks nothing
about the listing, a long wait is a no_response as before (screening/checks/escalation/presale.py).
Sentences written for this test."""

from __future__ import annotations

import pytest

from screening.checks.escalation.presale import asks_about_listing_before_buying

from tests.checks.escalation_codes import escalation_codes


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Sent you a message three days ago, nothing yet. Does it come with a charger or not?"),
        ("fr", "Je vous ai posé la question il y a trois jours : il est toujours disponible ?"),
        ("de", "Ich habe schon dreimal gefragt, ob eine Hülle dabei ist. Keine Antwort bisher."),
        ("es", "Hace tres días que pregunté si tiene garantía y nadie contesta, ¿la tiene o no?"),
        ("it", "Ho chiesto tre giorni fa se il telefono è ancora disponibile, nessuna risposta."),
        ("nl", "Ik heb vorige week gevraagd of de batterij nieuw is en nog niets gehoord."),
        ("pl", "Pytałem już dwa razy, jaki jest kolor, i nikt nie odpowiada."),
        ("pt", "Já perguntei três vezes se o telemóvel tem dual SIM e ninguém responde."),
    ],
)
def test_a_chaser_about_the_listing_before_buying_is_not_escalated(screener, language, text):
    assert "escalation.no_response" not in escalation_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "I paid five days ago and asked twice whether it has shipped. No answer at all."),
        ("fr", "Ma commande date d'une semaine, je demande le suivi depuis lundi, aucune réponse."),
        ("de", "Seit einer Woche keine Antwort auf meine Frage zur Bestellung. Ist das Paket unterwegs?"),
        ("es", "Llevo una semana preguntando por mi pedido y nadie me contesta."),
        ("it", "Scrivo da cinque giorni per il rimborso e nessuno risponde."),
        ("nl", "Al vier dagen geen antwoord over mijn pakket. Is het verzonden?"),
        ("pl", "Od tygodnia pytam o zwrot pieniędzy i nikt nie odpowiada."),
        ("pt", "Há uma semana que pergunto pela minha encomenda e ninguém responde."),
    ],
)
def test_a_customer_chasing_for_days_still_is(screener, language, text):
    assert "escalation.no_response" in escalation_codes(screener, language, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Asked twice, no answer: is the charger included?", True),
        ("Three messages about it. Is it still in stock or not?", True),  # "or not" asks too
        ("I asked whether it has a warranty and heard nothing.", True),  # a question reported
        ("Ik vroeg of er een hoesje bij zit, nog niets gehoord.", True),
        ("Hello? Four days without an answer to my question.", False),  # asks nothing of the listing
        ("Is anyone there? Why does nobody answer?", False),
        ("Ordered last week, asked twice: is the charger included?", False),  # an order
        ("I asked about the battery that drains in two hours, no answer.", False),  # a defect
        ("Where is the case that was supposed to be in the box? Asked three times.", False),  # received
        ("The seller asked me for photos of the screen, sent them, silence since.", False),  # not the buyer asking
        # a question put as a statement
        ("Second time I write. I'd like to know whether the battery was replaced.", True),
        # "I haven't ordered yet": any question is one before buying, and so is a chaser about the listing
        ("Still waiting: the 13 or the 13 mini? I haven't ordered anything yet.", True),
        ("Noch immer keine Antwort zur Farbe, ich muss mich bis morgen entscheiden.", True),
        ("Nessuna risposta sul colore, ancora interessata ma devo decidere entro sabato.", True),
        # without it, a chaser naming a topic may be a customer's: read as usual
        ("Still no answer about the battery, a week now.", False),
        # a question about a problem word asks; a problem told is a phone received
        ("Nobody answered me: is it locked to a carrier?", True),
        ("It is locked to a carrier and nobody answers me.", False),
    ],
)
def test_what_counts_as_a_listing_question_before_buying(text, expected):
    assert asks_about_listing_before_buying(text) is expected
