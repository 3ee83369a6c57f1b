"""R1 gives a seller 24 business hours to answer. A buyer chasing a message of this morning or
yesterday is not (yet) a seller who does not answer; a buyer waiting for days, chasing for the
third time or reminding the seller of a promise is (screening/checks/escalation/waiting.py).
Sentences written for this test."""

from __future__ import annotations

import pytest

from screening.checks.escalation.waiting import too_early_to_chase
from screening.text.normalize import normalize

from tests.checks.escalation_codes import escalation_codes


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Hi again, I asked this morning and still no answer: does it have dual SIM?"),
        ("fr", "Je me permets de vous relancer, je vous ai écrit hier : il est dispo en bleu ?"),
        ("de", "Ich hatte gestern schon gefragt, bisher keine Antwort. Ist ein Ladekabel dabei?"),
        ("es", "Le pregunté ayer y todavía nada de respuesta, ¿tiene funda?"),
        ("it", "Vi ho scritto ieri sera ma nessuna risposta: è ancora disponibile?"),
        ("nl", "Gisteren gevraagd maar nog geen antwoord, zit er een oplader bij?"),
        ("pl", "Pytałam wczoraj i brak odpowiedzi, czy jest etui w zestawie?"),
        ("pt", "Perguntei ontem e ainda sem resposta, tem capa incluída?"),
        ("fr", "Quelques heures sans nouvelles, vous avez pu regarder ma question sur la couleur ?"),
        ("en", "Two hours without an answer, is it still available?"),
    ],
)
def test_a_chaser_within_a_day_is_not_escalated(screener, language, text):
    assert "escalation.no_response" not in escalation_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Three days and still no reply from you. I wrote again yesterday. Hello??"),
        ("fr", "Ça fait une semaine que j'attends, je vous ai encore écrit hier, toujours aucune réponse."),
        ("de", "Seit Montag keine Antwort, gestern zum dritten Mal geschrieben."),
        ("es", "Me prometiste ayer el número de seguimiento y nadie me contesta."),
        ("nl", "Ik heb u op de 14e, de 16e en gisteren geschreven en nog steeds geen antwoord."),
        ("pt", "Desde segunda sem resposta nenhuma, mandei outra mensagem ontem."),
    ],
)
def test_a_longer_wait_or_a_missed_promise_still_is(screener, language, text):
    assert "escalation.no_response" in escalation_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("fr", "je vous ai écrit hier", True),
        ("fr", "relancé hier et avant-hier", False),  # "avant-hier" is two days
        ("de", "ich warte seit gestern", True),  # "since yesterday" is still yesterday
        ("de", "Ich bin hier seit Stunden", False),  # German "hier" is here, not yesterday
        ("it", "scritto l'altro ieri e ieri", False),
        ("en", "I asked yesterday", True),
        ("en", "three hours without an answer", True),
        ("en", "48 hours without an answer", False),  # two days: one digit only counts as hours
        ("de", "am Tag der Bestellung geschickt, eine Stunde danach", False),  # hours, but not waiting
        ("sv", "jag frågade igår", False),  # no words for an untrained language: never guarded
    ],
)
def test_the_words_of_a_recent_chaser(language, text, expected):
    assert too_early_to_chase(normalize(text).text, language) is expected
