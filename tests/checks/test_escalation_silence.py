"""A seller's silence in plain words (silence.py): "the seller doesn't reply", "reageert niet",
"nie odpowiada", "only the automatic reply" report no_response once the message says how long or
how often the buyer waited or wrote; not a day after ordering, not of another seller, not in a
question about the topic. Sentences written for this test."""

from __future__ import annotations

import pytest

from screening import Policy
from screening.checks.base import CheckResources
from screening.checks.escalation.check import EscalationCheck
from screening.checks.escalation.silence import ROLL_CALLS, SILENCES, is_roll_call, waited
from screening.text import normalize
from tests.checks.escalation_codes import escalation_spans


@pytest.fixture(scope="module")
def check() -> EscalationCheck:
    return EscalationCheck.build(CheckResources(policy=Policy.load()))


def test_every_language_has_silences():
    assert set(SILENCES) == {"en", "fr", "de", "es", "it", "nl", "pl", "pt"}


# (market, text, words the no_response span holds)
TOLD_WITH_THE_WAIT = [
    (
        "uk",
        "Asked the seller twice for an invoice with VAT shown, for the shop. He never gets back to me and my accountant needs it.",
        "never gets back",
    ),
    (
        "fr",
        "J'ai demandé au vendeur la notice en français pour ma mère, lundi puis jeudi. Il ne répond pas et elle ne s'en sort pas.",
        "ne répond pas",
    ),
    (
        "de",
        "Ich habe den Händler zweimal um eine Rechnung für meinen Verein gebeten. Er meldet sich nicht, der Kassenwart wartet.",
        "meldet sich nicht",
    ),
    (
        "es",
        "Mi padre pidió al vendedor el manual en español para su móvil nuevo. Le escribió el lunes y el jueves, y el vendedor no le contesta.",
        "no le contesta",
    ),
    (
        "it",
        "Per lo studio mi occorre la fattura. L'ho domandata al venditore tre volte questo mese, con garbo. Niente, neanche una risposta.",
        "risposta",
    ),
    (
        "nl",
        "Ik vroeg de verkoper twee keer om een btw-factuur voor mijn bedrijfje. Hij antwoordt niet en de boekhouder wacht.",
        "antwoordt niet",
    ),
    (
        "pl",
        "Piszę za babcię. Pytała sprzedawcę o większą czcionkę w menu, dwa razy w tym tygodniu, a on nic nie odpisuje.",
        "nie odpisuje",
    ),
    (
        "pt",
        "Pedi ao vendedor a fatura com NIF para a empresa, segunda e quarta. Ele não me responde e preciso dela para a contabilidade.",
        "não me responde",
    ),
]


@pytest.mark.parametrize("market, text, words", TOLD_WITH_THE_WAIT)
def test_a_silence_told_with_the_wait_is_no_response(check, market, text, words):
    codes = escalation_spans(check, text, market)
    assert "no_response" in codes, codes
    assert words in codes["no_response"]


def test_without_the_silences_the_model_and_rules_alone_miss_some(check, monkeypatch):
    # The model reads most of these; the silences report the rest.
    monkeypatch.setattr(EscalationCheck, "_with_silence", lambda self, *args: args[-1])
    still = [text for market, text, _ in TOLD_WITH_THE_WAIT if "no_response" in escalation_spans(check, text, market)]
    assert len(still) <= len(TOLD_WITH_THE_WAIT) - 2, still


# Told otherwise: a promise long past, the rhetorical "anyone there?" with the wait, "not even read".
TOLD_OTHERWISE = [
    (
        "uk",
        "The seller promised on chat to send the invoice 'first thing'. That was the 2nd, and not a word since.",
    ),
    ("de", "Hallo?? Jemand da? Seit dem 4. frage ich nach der Rechnung."),
    ("pt", "faz 10 dias q pergunto pela fatura e nd, nem visualiza"),
    ("it", "Scritto lunedì, mercoledì e venerdì per la fattura. Manco un ciao."),
    ("nl", "Drie keer gevraagd om de factuur, geen woord terug."),
]


@pytest.mark.parametrize("market, text", TOLD_OTHERWISE)
def test_a_silence_told_otherwise_is_no_response(check, market, text):
    assert "no_response" in escalation_spans(check, text, market)


def test_a_silence_within_a_day_needs_the_model(check):
    # asked twice since yesterday: the seller still has its 24 business hours (R1)
    text = "Ik vroeg gisteren al twee keer naar de lader, nog niks gehoord."
    assert "no_response" not in escalation_spans(check, text, "nl")


@pytest.mark.parametrize(
    "market, text",
    [
        # a question about the topic
        ("uk", "Does the seller usually reply within a day?"),
        # a silence of another seller, before a question about this order
        ("pl", "Na innym portalu sprzedawca nie odpowiadał dwa tygodnie. Czy wysyłka jest dzisiaj?"),
        # impatience the same day, before buying
        ("uk", "Ordered an hour ago, the seller has not replied yet, no rush at all."),
    ],
)
def test_a_silence_asked_about_told_of_elsewhere_or_too_early_is_no_report(check, market, text):
    assert "no_response" not in escalation_spans(check, text, market)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("i wrote three times", True),
        ("depuis une semaine", True),
        ("seit montag warte ich", True),
        ("ya van diez dias", True),
        ("is it still available", True),
        ("since the 14th", True),
        ("that was the 3rd", True),
        ("thanks a lot", False),
    ],
)
def test_waited(sentence, expected):
    assert waited(normalize(sentence).text) is expected


# (market, text)
# A roll call ("is anyone there?") is a question by nature: with the wait told, it reports the
# silence although the lexicon's question guard would take any other phrase back there.
ROLL_CALLS_WITH_THE_WAIT = [
    ("uk", "Hello?? Anybody there? Third message about my parcel since Tuesday."),
    ("fr", "Il y a quelqu'un là ? Ça fait dix jours que j'attends le numéro de suivi."),
    ("de", "Ist da irgendwer erreichbar? Ich schreibe seit einer Woche wegen der Rechnung."),
    ("es", "¿Hay alguien al otro lado? Van tres mensajes sobre el envío y nada."),
    ("it", "C'è qualcuno? Sono otto giorni che chiedo quando parte il pacco."),
    ("nl", "Is er nog iemand? Ik vraag al twee weken naar de track-and-trace."),
    ("pl", "Halo, jest tam ktoś? Od poniedziałku pytam o numer przesyłki."),
    ("pt", "Está aí alguém? Há uma semana que peço o código de envio."),
]


def test_every_language_has_roll_calls():
    assert set(ROLL_CALLS) == set(SILENCES)


@pytest.mark.parametrize("market, text", ROLL_CALLS_WITH_THE_WAIT)
def test_a_roll_call_with_the_wait_is_no_response(check, market, text):
    codes = escalation_spans(check, text, market)
    assert "no_response" in codes, codes


def test_without_taking_the_guard_back_most_roll_calls_would_be_missed(check, monkeypatch):
    monkeypatch.setattr(EscalationCheck, "_unguard_roll_call", staticmethod(lambda hit, *args: hit))
    still = [t for m, t in ROLL_CALLS_WITH_THE_WAIT if "no_response" in escalation_spans(check, t, m)]
    assert len(still) <= len(ROLL_CALLS_WITH_THE_WAIT) - 2, still


@pytest.mark.parametrize(
    "market, text",
    [
        # asks for advice, not whether anyone reads
        ("uk", "Is anyone there who could tell me which of the two has the bigger battery? I asked twice."),
        # the same day: the seller still has its 24 business hours (R1)
        ("es", "¿Hay alguien ahí? Escribí esta mañana dos veces."),
    ],
)
def test_a_roll_call_asking_for_advice_or_the_same_day_is_no_report(check, market, text):
    assert "no_response" not in escalation_spans(check, text, market)


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("anyone there? i wrote", True),
        ("jest tam ktos?", True),
        ("c'e qualcuno che mi aiuta a scegliere", False),
        ("hay alguien que sepa", False),
    ],
)
def test_is_roll_call(phrase, expected):
    assert is_roll_call(normalize(phrase).text) is expected
