"""The template check's cut-short reading (rule R5): a canned reply cut down to a sentence or two
keeps few of the full text's word stems (a word-stem Jaccard far below the other rules') but brings
almost none of its own: `cut_short_containment` of its stems are in an earlier use. Such an earlier
use counts as related, so it is a conversation once the seller is shown to paste the text (two
earlier uses are near-duplicates of each other). An individual answer that quotes one stock
sentence among its own words keeps far fewer of its stems in the canned text.

The rows are written for this test (not from the writers' data or any evaluation set): per market,
a canned reply's base text, a near-duplicate of it (the buyer's name, an emoji, two sentences
swapped), the text cut to two of its sentences with a word added and a few dropped, and an individual
answer quoting one of its sentences."""

from __future__ import annotations

import pytest

from screening import Policy
from screening.checks.template.placeholders import normalise
from screening.checks.template.settings import TemplateSettings
from screening.checks.template.similarity import word_overlap
from tests.checks.template_history import codes_after

REPEATED = "template.repeated"

USES = {
    "uk": {
        "base": (
            "Hello! Every phone we sell is checked on 35 points in our workshop before it ships, from the "
            "screen and cameras to the speakers and the charging port. The battery is measured with a tester "
            "and never goes out below 86 percent capacity. Each one is wiped and reset to factory settings. "
            "Anything else, just ask here. Regards, Owen"
        ),
        "copy": (
            "Hello Aisha 🙂 The battery is measured with a tester and never goes out below 86 percent capacity. "
            "Every phone we sell is checked on 35 points in our workshop before it ships, from the screen and "
            "cameras to the speakers and the charging port. Each one is wiped and reset to factory settings. "
            "Anything else, just ask here. Regards, Owen"
        ),
        "cut": (
            "Hello! Every phone we sell is carefully checked on 35 points before it ships. The battery never goes below "
            "86 percent. Regards, Owen"
        ),
        "indiv": (
            "Hi Ben, the Galaxy S21 in grey has a light scratch near the camera and the frame is clean. The "
            "battery never goes out below 86 percent capacity, this one reads 91. I can post it on Thursday "
            "if you order tonight. Regards, Owen"
        ),
    },
    "de": {
        "base": (
            "Hallo! Jedes Handy prüfen wir vor dem Versand in unserer Werkstatt an 35 Punkten, von Display "
            "und Kameras bis zu Lautsprechern und Ladebuchse. Den Akku messen wir mit einem Testgerät, unter "
            "86 Prozent Kapazität verlässt keins das Haus. Jedes Gerät wird gelöscht und auf Werkseinstellungen "
            "zurückgesetzt. Bei Fragen einfach hier melden. Grüße, Jana"
        ),
        "copy": (
            "Hallo Herr Öztürk 🙂 Den Akku messen wir mit einem Testgerät, unter 86 Prozent Kapazität verlässt "
            "keins das Haus. Jedes Handy prüfen wir vor dem Versand in unserer Werkstatt an 35 Punkten, von "
            "Display und Kameras bis zu Lautsprechern und Ladebuchse. Jedes Gerät wird gelöscht und auf "
            "Werkseinstellungen zurückgesetzt. Bei Fragen einfach hier melden. Grüße, Jana"
        ),
        "cut": (
            "Hallo! Jedes Handy prüfen wir vor dem Versand sorgfältig an 35 Punkten. Unter 86 Prozent verlässt keins das "
            "Haus. Grüße, Jana"
        ),
        "indiv": (
            "Hallo Frau Berg, das Pixel 7 hat einen feinen Kratzer am Rahmen, das Display ist makellos. Unter "
            "86 Prozent Kapazität verlässt keins das Haus, dieses hat 93. Wenn Sie heute bestellen, geht es "
            "morgen früh mit DHL raus. Grüße, Jana"
        ),
    },
    "es": {
        "base": (
            "¡Hola! Cada móvil lo revisamos en nuestro taller en 35 puntos antes de enviarlo, desde la pantalla "
            "y las cámaras hasta los altavoces y el puerto de carga. La batería la medimos con un comprobador y "
            "nunca sale por debajo del 86 % de capacidad. Todos van borrados y restaurados de fábrica. "
            "Cualquier otra cosa, pregunta por aquí. Un saludo, Nerea"
        ),
        "copy": (
            "¡Hola Javier! 🙂 La batería la medimos con un comprobador y nunca sale por debajo del 86 % de "
            "capacidad. Cada móvil lo revisamos en nuestro taller en 35 puntos antes de enviarlo, desde la "
            "pantalla y las cámaras hasta los altavoces y el puerto de carga. Todos van borrados y restaurados "
            "de fábrica. Cualquier otra cosa, pregunta por aquí. Un saludo, Nerea"
        ),
        "cut": (
            "¡Hola! Cada móvil lo revisamos con calma en 35 puntos antes de enviarlo. La batería nunca sale por debajo "
            "del 86 % de capacidad. Un saludo, Nerea"
        ),
        "indiv": (
            "Hola Marta, el iPhone 12 azul tiene una marca pequeña en el lateral y la pantalla está perfecta. "
            "La batería nunca sale por debajo del 86 % de capacidad, este marca un 90. Si lo compras hoy, "
            "mañana sale con Correos Express. Un saludo, Nerea"
        ),
    },
    "pl": {
        "base": (
            "Cześć! Każdy telefon przed wysyłką sprawdzamy w naszym serwisie w 35 punktach, od ekranu i "
            "aparatów po głośniki i gniazdo ładowania. Baterię mierzymy testerem i żadna nie wychodzi poniżej "
            "86% pojemności. Każdy jest wyczyszczony i przywrócony do ustawień fabrycznych. W razie pytań pisz "
            "tutaj. Pozdrawiam, Marek"
        ),
        "copy": (
            "Cześć Kasia 🙂 Baterię mierzymy testerem i żadna nie wychodzi poniżej 86% pojemności. Każdy "
            "telefon przed wysyłką sprawdzamy w naszym serwisie w 35 punktach, od ekranu i aparatów po "
            "głośniki i gniazdo ładowania. Każdy jest wyczyszczony i przywrócony do ustawień fabrycznych. W "
            "razie pytań pisz tutaj. Pozdrawiam, Marek"
        ),
        "cut": (
            "Cześć! Każdy telefon dokładnie sprawdzamy przed wysyłką w 35 punktach. Żadna bateria nie wychodzi poniżej "
            "86%. Pozdrawiam, Marek"
        ),
        "indiv": (
            "Cześć Tomek, Galaxy A54 ma drobną rysę przy aparacie, ekran jest czysty. Żadna bateria nie "
            "wychodzi poniżej 86% pojemności, ta ma 92. Jak zamówisz dziś, jutro rano nadam do paczkomatu. "
            "Pozdrawiam, Marek"
        ),
    },
}


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.load()


@pytest.mark.parametrize("market", list(USES))
def test_the_rows_are_cut_short(market: str) -> None:
    # What the rows stand for: the cut use keeps nearly all its stems in the base but reaches the
    # related Jaccard with neither earlier use; the individual answer keeps far fewer in the base.
    uses, settings = USES[market], TemplateSettings()
    cut, indiv = normalise(uses["cut"]).text, normalise(uses["indiv"]).text
    for earlier in ("base", "copy"):
        words = word_overlap(cut, normalise(uses[earlier]).text)
        assert words.containment >= settings.cut_short_containment, (market, earlier, words)
        assert words.jaccard < settings.related_word_jaccard, (market, earlier, words)
        assert word_overlap(indiv, normalise(uses[earlier]).text).containment < settings.cut_short_containment


@pytest.mark.parametrize("market", list(USES))
def test_a_canned_reply_cut_short_is_a_third_use(policy: Policy, market: str) -> None:
    uses = USES[market]
    assert REPEATED in codes_after(policy, market, [uses["base"], uses["copy"]], uses["cut"])


@pytest.mark.parametrize("market", list(USES))
@pytest.mark.parametrize(
    "changed",
    [
        {"cut_short_containment": 0.999},  # every stem of the cut use would have to be in an earlier one
        {"cut_short_word_jaccard": 0.9},  # the cut use would have to keep most of the full text
    ],
)
def test_the_cut_short_reading_follows_the_policy_settings(policy: Policy, market: str, changed: dict) -> None:
    uses = USES[market]
    assert REPEATED not in codes_after(policy, market, [uses["base"], uses["copy"]], uses["cut"], changed)


@pytest.mark.parametrize("market", list(USES))
def test_an_answer_quoting_one_stock_sentence_is_not_a_third_use(policy: Policy, market: str) -> None:
    uses = USES[market]
    assert REPEATED not in codes_after(policy, market, [uses["base"], uses["copy"]], uses["indiv"])


@pytest.mark.parametrize("market", list(USES))
def test_the_cut_use_alone_needs_the_pasted_text(policy: Policy, market: str) -> None:
    # Two earlier answers that are not near-duplicates of each other show no pasting: the cut use,
    # related to both, is not a third use.
    uses = USES[market]
    assert REPEATED not in codes_after(policy, market, [uses["base"], uses["indiv"]], uses["cut"])
