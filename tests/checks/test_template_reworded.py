"""A canned reply reworded throughout between uses (rule R5, `template.repeated`).

Sellers who paste the same canned reply do not always paste it verbatim: the clauses come in
another order, "we ship within 24 hours" becomes "dispatch within 24 hours", a fact moves from one
sentence to another. The character shingles of two such uses overlap too little for the paraphrase
match (most of the text's shingles cross a changed word boundary), but their words are the same:
the check also matches by word stems, and counts that match when the earlier uses are as close in
words to each other (TemplateSettings.word_*; check.py `_Matches`). The sketch that finds the
candidates carries the reply's words as well as its word pairs, so a reworded use is looked up.

Rows are written for this test, per language: three uses of one canned reply, each worded
differently, and an individual answer on the same topic that reuses one stock fact.
"""

from __future__ import annotations

from datetime import datetime, timezone

import numpy as np
import pytest

from screening import Policy
from screening.checks.template.fingerprint import fingerprint
from screening.checks.template.similarity import word_overlap
from tests.checks.template_history import codes_after

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)
REPEATED = "template.repeated"

# market -> (use 1, use 2, use 3 of one canned reply, an individual answer sharing one stock fact)
REWORDED = {
    "uk": (
        "Thanks for your message! All our phones are tested on 30 points, the battery is at least 85% and "
        "they come with a 12-month warranty. We ship within 24 hours with tracking.",
        "Thank you for writing. We ship within 24 hours, tracked. All our phones come with a 12-month "
        "warranty, are tested on 30 points and the battery is 85% or more.",
        "Thanks for your message: a 12-month warranty on all our phones, tested on 30 points, battery at "
        "least 85%. Shipping with tracking within 24 hours!",
        "Hi, the blue one has a small scratch on the frame, you can see it in the third photo. Like all our "
        "phones it comes with a 12-month warranty.",
    ),
    "fr": (
        "Merci pour votre message ! Tous nos téléphones sont testés sur 30 points, la batterie est à 85 % "
        "minimum et ils sont garantis 12 mois. Nous expédions sous 24 h avec suivi.",
        "Merci de nous avoir écrit. Expédition sous 24 h avec suivi. Tous nos téléphones sont garantis 12 "
        "mois, testés sur 30 points, batterie à 85 % minimum.",
        "Merci pour votre message : garantie de 12 mois sur tous nos téléphones, testés sur 30 points, avec "
        "une batterie à 85 % minimum. Nous expédions avec suivi sous 24 h !",
        "Bonjour, le bleu a une petite rayure sur le cadre, visible sur la troisième photo. Comme tous nos "
        "téléphones il est garanti 12 mois.",
    ),
    "de": (
        "Danke für Ihre Nachricht! Alle unsere Handys werden an 30 Punkten geprüft, der Akku hat mindestens "
        "85 % und Sie bekommen 12 Monate Garantie. Wir versenden innerhalb von 24 Stunden mit Sendungsverfolgung.",
        "Vielen Dank für Ihre Nachricht. Versand innerhalb von 24 Stunden mit Sendungsverfolgung. Alle unsere "
        "Handys haben 12 Monate Garantie, werden an 30 Punkten geprüft und der Akku hat mindestens 85 %.",
        "Danke für Ihre Nachricht: 12 Monate Garantie auf alle unsere Handys, an 30 Punkten geprüft, Akku "
        "mindestens 85 %. Wir versenden mit Sendungsverfolgung innerhalb von 24 Stunden!",
        "Hallo, das blaue hat einen kleinen Kratzer am Rahmen, man sieht ihn auf dem dritten Foto. Wie alle "
        "unsere Handys hat es 12 Monate Garantie.",
    ),
    "es": (
        "¡Gracias por tu mensaje! Todos nuestros móviles se revisan en 30 puntos, la batería está al 85 % "
        "como mínimo y tienen 12 meses de garantía. Enviamos en 24 horas con seguimiento.",
        "Gracias por escribirnos. Envío en 24 horas con seguimiento. Todos nuestros móviles tienen 12 meses "
        "de garantía, se revisan en 30 puntos y la batería está al 85 % como mínimo.",
        "Gracias por tu mensaje: 12 meses de garantía en todos nuestros móviles, revisados en 30 puntos, "
        "batería al 85 % como mínimo. ¡Enviamos con seguimiento en 24 horas!",
        "Hola, el azul tiene un pequeño arañazo en el marco, se ve en la tercera foto. Como todos nuestros "
        "móviles tiene 12 meses de garantía.",
    ),
    "it": (
        "Grazie per il messaggio! Tutti i nostri telefoni sono testati su 30 punti, la batteria è almeno "
        "all'85% e hanno 12 mesi di garanzia. Spediamo entro 24 ore con tracciamento.",
        "Grazie per averci scritto. Spedizione entro 24 ore con tracciamento. Tutti i nostri telefoni hanno "
        "12 mesi di garanzia, sono testati su 30 punti e la batteria è almeno all'85%.",
        "Grazie per il messaggio: 12 mesi di garanzia su tutti i nostri telefoni, testati su 30 punti, "
        "batteria almeno all'85%. Spediamo con tracciamento entro 24 ore!",
        "Salve, quello blu ha un piccolo graffio sul bordo, si vede nella terza foto. Come tutti i nostri "
        "telefoni ha 12 mesi di garanzia.",
    ),
    "nl": (
        "Bedankt voor je bericht! Al onze telefoons worden op 30 punten getest, de batterij is minstens 85% "
        "en je krijgt 12 maanden garantie. We versturen binnen 24 uur met track & trace.",
        "Dank je voor je bericht. Verzending binnen 24 uur met track & trace. Al onze telefoons hebben 12 "
        "maanden garantie, zijn op 30 punten getest en de batterij is minstens 85%.",
        "Bedankt voor je bericht: 12 maanden garantie op al onze telefoons, getest op 30 punten, batterij "
        "minstens 85%. We versturen met track & trace binnen 24 uur!",
        "Hoi, de blauwe heeft een klein krasje op de rand, dat zie je op de derde foto. Zoals al onze "
        "telefoons heeft hij 12 maanden garantie.",
    ),
    "pl": (
        "Dziękujemy za wiadomość! Wszystkie nasze telefony są sprawdzane w 30 punktach, bateria ma co "
        "najmniej 85% i dajemy 12 miesięcy gwarancji. Wysyłamy w ciągu 24 godzin z numerem śledzenia.",
        "Dziękujemy za kontakt. Wysyłka w ciągu 24 godzin z numerem śledzenia. Wszystkie nasze telefony mają "
        "12 miesięcy gwarancji, są sprawdzane w 30 punktach, a bateria ma co najmniej 85%.",
        "Dziękujemy za wiadomość: 12 miesięcy gwarancji na wszystkie nasze telefony, sprawdzane w 30 "
        "punktach, bateria co najmniej 85%. Wysyłamy z numerem śledzenia w ciągu 24 godzin!",
        "Dzień dobry, niebieski ma małą rysę na ramce, widać ją na trzecim zdjęciu. Jak wszystkie nasze "
        "telefony ma 12 miesięcy gwarancji.",
    ),
    "pt": (
        "Obrigado pela mensagem! Todos os nossos telemóveis são testados em 30 pontos, a bateria está no "
        "mínimo a 85% e têm 12 meses de garantia. Enviamos em 24 horas com seguimento.",
        "Obrigado por nos escrever. Envio em 24 horas com seguimento. Todos os nossos telemóveis têm 12 "
        "meses de garantia, são testados em 30 pontos e a bateria está no mínimo a 85%.",
        "Obrigado pela mensagem: 12 meses de garantia em todos os nossos telemóveis, testados em 30 pontos, "
        "bateria no mínimo a 85%. Enviamos com seguimento em 24 horas!",
        "Olá, o azul tem um pequeno risco no aro, vê-se na terceira foto. Como todos os nossos telemóveis "
        "tem 12 meses de garantia.",
    ),
}


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.load()


def _norm(text: str) -> str:
    return fingerprint(text)[0].text


@pytest.mark.parametrize("market", list(REWORDED))
def test_reworded_uses_share_their_word_stems(market: str) -> None:
    first, second, third, individual = REWORDED[market]
    for earlier in (first, second):
        words = word_overlap(_norm(third), _norm(earlier))
        assert words.containment >= 0.6 and words.jaccard >= 0.48, (market, words)
    # the individual answer shares one fact, not the text
    assert word_overlap(_norm(individual), _norm(first)).jaccard < 0.3


@pytest.mark.parametrize("market", list(REWORDED))
def test_the_third_reworded_use_is_repeated(policy: Policy, market: str) -> None:
    first, second, third, _ = REWORDED[market]
    assert REPEATED in codes_after(policy, market, [first, second], third)


@pytest.mark.parametrize("market", list(REWORDED))
def test_the_second_use_is_not_yet_repeated(policy: Policy, market: str) -> None:
    first, second, _, _ = REWORDED[market]
    assert REPEATED not in codes_after(policy, market, [first], second)  # two uses are allowed


@pytest.mark.parametrize("market", list(REWORDED))
def test_the_word_match_follows_the_policy(policy: Policy, market: str) -> None:
    # Without the word match (and the looser shingle match), the third use is not found: the
    # shingles of at least one earlier use are too far from it. So the rows test the word match.
    first, second, third, _ = REWORDED[market]
    shut = {"word_containment": 1.0, "word_jaccard": 1.0, "group_containment": 1.0, "cut_short_containment": 1.0}
    assert REPEATED not in codes_after(policy, market, [first, second], third, shut)


@pytest.mark.parametrize("market", list(REWORDED))
def test_an_individual_answer_sharing_a_stock_fact_is_not_repeated(policy: Policy, market: str) -> None:
    first, second, third, individual = REWORDED[market]
    assert REPEATED not in codes_after(policy, market, [first, second, third], individual)


@pytest.mark.parametrize("market", list(REWORDED))
def test_a_reworded_use_shares_a_band_with_each_earlier_use(market: str) -> None:
    # The candidates are looked up by band key: a reworded use must share at least one band with
    # each earlier use, or the comparison above never happens (word pairs alone missed such uses).
    first, second, third, _ = REWORDED[market]
    bands = fingerprint(third)[1]
    for earlier in (first, second):
        assert int(np.count_nonzero(fingerprint(earlier)[1] == bands)) >= 1, market


def test_each_distinct_earlier_text_is_read_once_and_counts_in_every_conversation() -> None:
    """A seller pasting one canned reply sends the same text to many conversations: `_Matches`
    reads that text once (its overlaps depend on the text alone) and still counts it in each
    conversation, exactly as reading it every time would."""
    from screening.checks.template.check import _Matches
    from screening.checks.template.settings import TemplateSettings

    use_1, use_2, use_3, individual = REWORDED["uk"]
    query = fingerprint(use_3)[0].text
    earlier = [
        (f"c{i}", f"m{i}", fingerprint(text)[0].text) for i, text in enumerate([use_1, use_2, use_1, individual])
    ]
    settings = TemplateSettings()

    class Counting(_Matches):
        reads = 0

        def _read(self, norm: str, similarity: float):  # type: ignore[no-untyped-def]
            self.reads += 1
            return super()._read(norm, similarity)

    def collected(memoised: bool) -> tuple[dict, dict, dict, dict, int]:
        matches = Counting(query, settings)
        for conversation, message_id, norm in earlier:
            if not memoised:
                matches._readings.clear()
            matches.add(conversation, message_id, norm, 50.0)
        return matches.strict, matches.loose, matches.reworded, matches.related, matches.reads

    *once, reads_once = collected(memoised=True)
    *every_time, reads_every_time = collected(memoised=False)
    assert reads_once == 3 and reads_every_time == 4  # use 1 twice, read once
    assert once == every_time
    assert {"c0", "c2"} <= set(once[2]) | set(once[0]) | set(once[1])  # both conversations of use 1 count
