"""When the offer model stands down (screening.checks.contact.excused): a reason the rules'
lexicons read, in the sentence of the offer. Three of them only in their own context: "le reste",
"o resto" are the rest of a price, not staying; the platform named as the one taking a cut is the
reason to deal outside it; a word of what the phone does makes an app a feature only beside an
app. Sentences written for this test."""

from __future__ import annotations

import pytest

from screening.checks.contact import excused


@pytest.mark.parametrize(
    "sentence",
    [
        "Restons sur la messagerie du site pour tout, c'est plus sûr",
        "Prefiro ficar por aqui, é mais seguro para os dois",
        "Bezahlt wird an der Kasse der Plattform, wie immer",
        "WhatsApp fonctionne parfaitement sur ce modèle",
        "La cámara va de lujo para Instagram",
        "Nein, eine Überweisung geht leider nicht",
    ],
)
def test_a_reason_the_rules_read_stands_the_model_down(sentence):
    assert excused(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the rest of the price
        "Versez 40 € d'acompte par virement et le reste quand vous passez le prendre",
        "Transfira 30 euros de sinal e o resto paga quando vier buscar",
        "Mándame 20 de señal y el resto cuando lo recojas",
        # the platform's cut as the cost to avoid
        "Por transferência fica 20 euros mais barato, é a comissão que a plataforma me tira",
        "If you pay me by bank transfer it's 15 quid less, that's what the platform takes",
        # a word of what the phone does, with no app named
        "There's a clip of it working on our own page, just search the shop's name",
    ],
)
def test_no_reason_in_its_own_context(sentence):
    assert not excused(sentence)
