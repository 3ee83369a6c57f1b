"""A question put as a statement ("I'd like to know whether it is unlocked.", "Vorrei sapere se ha
128 GB.") asks as a "?" question does (lexicon.INDIRECT_QUESTION_MARKERS): its first clause reports
nothing, "why" stays a complaint, and what follows a comma can still report. A greeting of the
day ("Goedenavond,", "Buona sera,") opens a question like "Hello," does. Sentences written for
this test."""

from __future__ import annotations

import pytest

from screening.checks.escalation import RuleDetector
from tests.checks.escalation_codes import escalation_codes


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Prior to paying, I'd like to know whether any Samsung account is still signed in."),
        ("fr", "Je voudrais savoir si la batterie a déjà été remplacée, et par quelle pièce."),
        ("de", "Ich möchte gern wissen, ob das Gerät schon einmal geöffnet wurde."),
        ("es", "Quisiera saber si el móvil está libre o bloqueado a alguna compañía."),
        ("it", "Vorrei sapere se il vetro posteriore è mai stato cambiato."),
        ("nl", "Ik zou graag weten of de camera ooit gerepareerd werd."),
        ("pl", "Chciałabym się dowiedzieć, czy aparat był kiedyś naprawiany u serwisanta."),
        ("pt", "Gostaria de saber se a tampa traseira alguma vez foi trocada."),
    ],
)
def test_a_question_put_as_a_statement_is_not_escalated(screener, language, text):
    assert escalation_codes(screener, language, text) == []


@pytest.mark.parametrize(
    "text, asks",
    [
        ("I'd like to know whether it is unlocked.", True),
        ("I would like to know why my refund is still not here.", False),
        ("Volevo sapere perché nessuno mi risponde.", False),
        ("The screen cracked on day two and I want to know what you will do.", False),
        ("Po resecie telefon chce potwierdzić konto Google poprzedniego właściciela.", False),
    ],
)
def test_what_asks_indirectly(text, asks):
    assert RuleDetector().asks_indirectly(text) is asks


def test_a_report_after_the_asking_clause_still_escalates(screener):
    text = "Vorrei sapere come procedere, perché dalla presa di ricarica esce fumo e la scocca si deforma."
    assert escalation_codes(screener, "it", text) != []


@pytest.mark.parametrize(
    "language, text",
    [
        ("nl", "Goedenavond, is dit toestel echt of namaak?"),
        ("it", "Buona sera, è originale o una copia?"),
        ("de", "Guten Abend, ist das Gerät echt oder ein Nachbau?"),
        ("en", "Good morning, is it genuine or a copy?"),
    ],
)
def test_a_greeting_of_the_day_opens_a_question(screener, language, text):
    assert escalation_codes(screener, language, text) == []
