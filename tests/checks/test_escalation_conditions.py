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
        ("fr", "Et si l'écran ne répond plus au bout d'un mois, vous le réparez ?"),
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
        ("fr", "Qui paie le retour si je change d'avis ?"),
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
