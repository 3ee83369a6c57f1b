"""A condition opening a question ("And if the battery swells one day, is that covered?") states
nothing: the question asks about a what-if (lexicon.QUESTION_OPENINGS, "if" also after "and" /
"but"). A problem reported in another sentence still escalates. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.checks.escalation_codes import escalation_codes


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "And if the screen stops responding after a month, do you repair it?"),
        ("fr", "Et si le lecteur d'empreinte lâche après six semaines, c'est couvert ?"),
        ("de", "Und wenn der Akku in ein paar Wochen heiß wird, tauschen Sie ihn aus?"),
        ("es", "¿Y si la pantalla deja de funcionar dentro de un mes, la reparan?"),
        ("it", "E se la batteria si scalda troppo tra qualche settimana, la cambiate?"),
        ("nl", "En als het scherm na een maand niet meer reageert, repareren jullie het?"),
        ("pl", "A jeśli bateria zacznie się przegrzewać za miesiąc, wymienicie ją?"),
        ("pt", "E se o ecrã deixar de funcionar daqui a um mês, reparam?"),
    ],
)
def test_a_question_about_a_what_if_is_not_escalated(screener, language, text):
    assert escalation_codes(screener, language, text) == []


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Who pays for the return postage if I simply change my mind?"),
        ("de", "Wer zahlt das Rückporto, wenn ich es mir anders überlege?"),
        ("fr", "Qui règle les frais de renvoi quand l'acheteur renonce ?"),
        ("pt", "Quem paga os portes da devolução se eu desistir?"),
    ],
)
def test_a_who_question_asks(screener, language, text):
    assert escalation_codes(screener, language, text) == []


@pytest.mark.parametrize(
    "language, text, category",
    [
        (
            "en",
            "The battery got so hot last night that the back bulged. And if it catches fire, who pays?",
            "escalation.dangerous",
        ),
        (
            "es",
            "La batería se hinchó anoche y la tapa se ha levantado. ¿Y si se incendia, quién paga?",
            "escalation.dangerous",
        ),
    ],
)
def test_a_report_beside_a_what_if_still_escalates(screener, language, text, category):
    assert category in escalation_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The title says 256 GB but the description says 128. Which one is right?"),
        ("de", "Laut Beschreibung steht Zustand A, in der Galerie wirkt der Rahmen matt. Welcher Zustand gilt?"),
        ("it", "La descrizione dice 512 GB, ma nel titolo leggo 256. Quanta memoria ha davvero?"),
        ("pt", "No anúncio diz 'como novo' e na descrição 'bom estado'. Qual é o certo?"),
    ],
)
def test_what_the_listing_says_beside_a_question_before_buying_is_its_context(screener, language, text):
    assert escalation_codes(screener, language, text) == []


@pytest.mark.parametrize(
    "language, text",
    [
        # the listing quoted after a purchase: compared with what came
        (
            "en",
            "The parcel came yesterday. The description says grade A, but the back glass I received is cracked. What now?",
        ),
        # "but" with no place of the listing after it reports
        ("en", "The listing says grade A but the screen I received is cracked. What now?"),
    ],
)
def test_the_listing_beside_what_came_still_escalates(screener, language, text):
    assert escalation_codes(screener, language, text) != []


@pytest.mark.parametrize(
    "language, text",
    [
        ("it", "Mio cugino dice che devo verificare che non ci sia un blocco operatore. Dove si controlla?"),
        ("en", "My son says I must check that it isn't locked to a network. How do I do that?"),
    ],
)
def test_what_the_buyer_must_still_check_is_no_report(screener, language, text):
    assert escalation_codes(screener, language, text) == []
