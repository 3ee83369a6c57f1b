"""Symptoms of a defect (symptoms.py): "it won't charge", "the microphone stopped working", "the
screen flickers" report quality_issue beside another problem of the same message, or where the
model reads a defect too; never in a sentence that takes an alarm back, tells of another phone, or
asks about the topic. Sentences written for this test."""

from __future__ import annotations

import pytest

from screening import Policy
from screening.checks.base import CheckResources
from screening.checks.escalation.check import EscalationCheck
from tests.checks.escalation_codes import escalation_spans
from screening.checks.escalation.symptoms import SYMPTOMS, takes_back
from screening.text import normalize


@pytest.fixture(scope="module")
def check() -> EscalationCheck:
    return EscalationCheck.build(CheckResources(policy=Policy.load()))


found = escalation_spans


def test_every_language_has_symptoms():
    assert set(SYMPTOMS) == {"en", "fr", "de", "es", "it", "nl", "pl", "pt"}
    assert all(len(patterns) >= 4 for patterns in SYMPTOMS.values())


# (market, text, the other problem, words the quality_issue span holds)
BESIDE_ANOTHER_PROBLEM = [
    (
        "uk",
        "The seller refuses to refund me. Since Tuesday the phone won't charge at all.",
        "return_refused",
        "won't charge",
    ),
    (
        "fr",
        "Le vendeur refuse de reprendre l'appareil. Depuis samedi il ne charge plus.",
        "return_refused",
        "ne charge plus",
    ),
    (
        "de",
        "Der Händler lehnt die Rücknahme ab. Das Mikrofon funktioniert seit Montag nicht mehr.",
        "return_refused",
        "Mikrofon",
    ),
    (
        "es",
        "El vendedor no acepta la devolución. La cámara trasera dejó de funcionar el jueves.",
        "return_refused",
        "cámara",
    ),
    ("it", "Il venditore rifiuta il reso. Da lunedì lo schermo sfarfalla di continuo.", "return_refused", "schermo"),
    ("nl", "De verkoper weigert mijn retour. Sinds gisteren laadt het toestel niet meer.", "return_refused", "laadt"),
    ("pl", "Sprzedawca odmawia zwrotu pieniędzy. Od wczoraj nie działa głośnik.", "return_refused", "głośnik"),
    (
        "pt",
        "O vendedor recusa a devolução. Desde ontem o microfone deixou de funcionar.",
        "return_refused",
        "microfone",
    ),
]


# The symptoms told in other words: sound, network, camera, start-up, battery, the past tense.
OTHER_SYMPTOMS = [
    (
        "uk",
        "The seller won't refund me. Since Monday there's no sound from the speaker at all.",
        "return_refused",
        "no sound",
    ),
    (
        "fr",
        "Le vendeur refuse le retour. Le haut-parleur grésille à fond comme à mi-volume.",
        "return_refused",
        "grésille",
    ),
    (
        "de",
        "Der Händler lehnt die Rückgabe ab. Seit Tagen kein Empfang, egal wo ich bin.",
        "return_refused",
        "kein Empfang",
    ),
    (
        "es",
        "El vendedor no acepta la devolución. Las fotos salen borrosas aunque limpie la lente.",
        "return_refused",
        "borrosas",
    ),
    (
        "it",
        "Il negozio non accetta il mio reso. Il telefono resta bloccato sulla mela da ieri.",
        "return_refused",
        "mela",
    ),
    ("nl", "De verkoper weigert mijn retour. De camera deed het vanaf dag één niet.", "return_refused", "deed het"),
    (
        "pl",
        "Sprzedawca odmawia zwrotu. Brak zasięgu od pierwszego dnia, nawet w centrum miasta.",
        "return_refused",
        "zasięgu",
    ),
    (
        "pt",
        "A loja não aceita a minha devolução. O ecrã ficou preto sem razão nenhuma.",
        "return_refused",
        "ficou preto",
    ),
]


# Buttons and ports, focus, freezing, a battery that lasts half a day.
MORE_SYMPTOMS = [
    ("uk", "The shop refuses a return. The power button is stuck and does nothing.", "return_refused", "stuck"),
    (
        "de",
        "Der Händler lehnt die Rücknahme ab. Die Kamera stellt nicht scharf, egal was ich mache.",
        "return_refused",
        "scharf",
    ),
    ("es", "No me aceptan la devolución. Se congela cada vez que abro WhatsApp.", "return_refused", "congela"),
    ("nl", "De verkoper weigert mijn retour. De volumeknop zit vast sinds dag twee.", "return_refused", "zit vast"),
    ("pl", "Sprzedawca odmawia zwrotu. Bateria trzyma pół dnia przy zwykłym używaniu.", "return_refused", "pół dnia"),
]


@pytest.mark.parametrize("market, text, other, words", MORE_SYMPTOMS)
def test_buttons_focus_freezing_and_battery_beside_another_problem_are_reported(check, market, text, other, words):
    codes = found(check, text, market)
    assert other in codes and "quality_issue" in codes, codes
    assert words in codes["quality_issue"]


@pytest.mark.parametrize("market, text, other, words", OTHER_SYMPTOMS)
def test_a_symptom_in_other_words_beside_another_problem_is_reported(check, market, text, other, words):
    codes = found(check, text, market)
    assert other in codes and "quality_issue" in codes, codes
    assert words in codes["quality_issue"]


@pytest.mark.parametrize(
    "market, text",
    [
        ("uk", "The operator says the IMEI is blacklisted, so there's no signal at all."),
        ("de", "Der Anbieter sagt, die IMEI ist gesperrt und deshalb kein Netz."),
    ],
)
def test_no_network_beside_a_locked_device_is_the_lock_not_a_defect(check, market, text):
    codes = found(check, text, market)
    assert "locked_device" in codes and "quality_issue" not in codes, codes


@pytest.mark.parametrize("market, text, other, words", BESIDE_ANOTHER_PROBLEM)
def test_a_symptom_beside_another_problem_is_reported_with_its_own_span(check, market, text, other, words):
    codes = found(check, text, market)
    assert other in codes and "quality_issue" in codes, codes
    assert words in codes["quality_issue"] and codes["quality_issue"] != text


def test_without_the_symptoms_the_model_alone_misses_several(check, monkeypatch):
    # The model reads half of these short two-sentence complaints; the symptoms report all of them.
    monkeypatch.setattr(EscalationCheck, "_with_symptoms", lambda self, *args: args[-1])
    still = [text for market, text, _, _ in BESIDE_ANOTHER_PROBLEM if "quality_issue" in found(check, text, market)]
    assert len(still) <= len(BESIDE_ANOTHER_PROBLEM) - 2, still


# Ordinary messages that hold a symptom's words: nothing to take over.
NOT_A_REPORT = [
    # an alarm taken back
    ("uk", "I thought the speaker was broken but it was just on silent. All sorted, thanks!"),
    ("fr", "Je croyais que le micro ne marchait pas, mais c'était la coque qui le bouchait. Tout va bien."),
    ("de", "Ich dachte, die Kamera geht nicht, aber es war nur die Schutzfolie. Alles bestens."),
    ("es", "Pensaba que el altavoz no funciona, pero era el modo silencio. Todo perfecto."),
    ("it", "Pensavo che il microfono non funziona, ma era la custodia. Tutto a posto, grazie."),
    ("nl", "Ik dacht dat de camera niet werkt, maar er zat nog een folie op. Alles goed nu."),
    ("pl", "Myślałem, że nie działa mikrofon, ale to była folia ochronna. Wszystko w porządku."),
    ("pt", "Achei que o altifalante não funciona, mas estava no silêncio. Está tudo bem."),
    # another phone, beside a question
    ("uk", "Could you repair my old Pixel too? It stopped switching on last week."),
    ("de", "Mein altes Handy lädt nicht mehr, deshalb bestelle ich jetzt. Liefert ihr nach Graz?"),
    # a question about the topic
    ("uk", "Are there any dead pixels on the screen?"),
    ("nl", "Zijn er dode pixels op het scherm te zien?"),
    # a symptom the phone does not have
    ("pt", "Adoro, não desliga sozinho como o antigo. Obrigada!"),
]


@pytest.mark.parametrize("market, text", NOT_A_REPORT)
def test_a_symptom_taken_back_told_of_another_phone_or_asked_about_is_no_report(check, market, text):
    assert "quality_issue" not in found(check, text, market)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("I thought the mic was dead, but it was muted", True),
        ("Myślałam, że ekran miga, a to była animacja", True),
        ("The mic does not work but the speaker does", False),
        ("Il microfono non funziona, ma la fotocamera sì", False),
    ],
)
def test_takes_back(sentence, expected):
    assert takes_back(normalize(sentence).text) is expected


# Twenty-third session: wifi and bluetooth that will not connect, no service, a crackling speaker;
# and a symptom beside a comparison with another phone ("my old one lasted two days"), reported
# when the model reads a defect surely (SYMPTOM_BESIDE_ELSEWHERE_FLOOR).
SYMPTOMS_ALONE = [
    ("uk", "Bluetooth won't pair with anything, not the car, not my earbuds."),
    ("es", "El wifi no conecta ni en casa ni en el trabajo."),
    ("de", "Der Lautsprecher unten knistert bei jeder Lautstärke."),
    ("it", "Nessun servizio da quando l'ho acceso, e la SIM nel vecchio telefono va."),
    ("es", "La batería no me llega a la hora de comer. Con mi móvil anterior llegaba al día siguiente."),
]


@pytest.mark.parametrize("market, text", SYMPTOMS_ALONE)
def test_a_symptom_the_model_reads_as_a_defect_is_reported_alone(check, market, text):
    assert "quality_issue" in found(check, text, market)


@pytest.mark.parametrize(
    "market, text",
    [
        ("uk", "Does it show no service when there is no SIM inside?"),
        (
            "es",
            "Hace dos años compré un móvil en una tienda de mi barrio, no aquí, y la pantalla empezó a parpadear. ¿Este tiene garantía?",
        ),
    ],
)
def test_no_symptom_asked_about_or_told_of_a_shop_not_here(check, market, text):
    assert "quality_issue" not in found(check, text, market)
