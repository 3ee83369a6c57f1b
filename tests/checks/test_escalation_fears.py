"""Beside a question, a sentence that says what the buyer fears might happen ("I'm scared the
battery could swell") or tells of a problem with another device or elsewhere ("I had a tablet whose
battery swelled", "you read so much about fakes") is why the buyer asks, no report on this order
(lexicon.FEAR_MARKERS, elsewhere.py). What is reported before a fear marker still counts.
Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.checks.escalation_codes import escalation_codes


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Is the battery new? I'm a bit worried it could swell with my fast charger."),
        ("fr", "La batterie a été changée ? J'ai peur qu'elle chauffe trop en charge rapide."),
        ("de", "Kann ich mein 65-W-Netzteil nehmen? Ich habe Angst, dass der Akku sich aufbläht."),
        ("es", "¿Puedo cargarlo de noche? Me da miedo que la batería se caliente demasiado."),
        ("it", "Posso usare il caricatore del tablet? Ho paura che la batteria si gonfi."),
        ("nl", "Mag ik hem 's nachts opladen? Ik ben bang dat de batterij te heet wordt."),
        ("pl", "Czy mogę ładować przez noc? Boję się, że bateria się przegrzeje."),
        ("pt", "Posso carregar durante a noite? Tenho medo que a bateria aqueça demasiado."),
    ],
)
def test_a_fear_beside_a_question_is_not_escalated(screener, language, text):
    assert escalation_codes(screener, language, text) == []


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "I once had a tablet whose battery swelled up. Is the battery in this one new?"),
        ("es", "Tuve un móvil con la batería hinchada hace tiempo. ¿Esta batería es original?"),
        ("pt", "Tive um telemóvel que aquecia imenso. Este foi testado?"),
        ("it", "Ho avuto un telefono che si surriscaldava sempre. Questo è stato controllato?"),
        ("de", "Ich hatte mal ein Handy, das ständig heiß wurde. Wurde dieses geprüft?"),
        ("en", "You read so much about counterfeit phones. Is this one genuine?"),
        ("nl", "Je hoort zoveel over namaak. Is deze echt?"),
        ("fr", "On entend parler de contrefaçons sur d'autres sites. Celui-ci est authentique ?"),
    ],
)
def test_a_story_of_another_device_beside_a_question_is_not_escalated(screener, language, text):
    assert escalation_codes(screener, language, text) == []


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The battery is swollen and I'm scared it will catch fire. What should I do?"),
        ("fr", "La batterie est gonflée et j'ai peur qu'elle prenne feu. Je fais quoi ?"),
        ("de", "Der Akku ist aufgebläht, ich habe Angst, dass er brennt. Was soll ich tun?"),
        ("es", "La batería está hinchada y me da miedo que explote. ¿Qué hago?"),
    ],
)
def test_a_report_before_the_fear_still_is(screener, language, text):
    assert "escalation.dangerous" in escalation_codes(screener, language, text)
