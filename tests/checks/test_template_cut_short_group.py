"""A canned reply cut short to a sentence or two, after two uses that differ in their greeting
(rule R5, `template.repeated`; check.py `_Matches._through_near_duplicates`).

A seller pastes one text into many conversations, greeting each buyer by name in one and with "good
morning" in another. A reply cut from it to two sentences has few word stems, so the greeting
weighs: its stems are all inside the use that greets the same way, but not inside the other. The
two uses are near-duplicates of each other, one text: the cut reply repeats both.

Rows written for this test, per market: the use greeting by name, the use greeting generically, the
reply cut from the second, and an unrelated answer of the same seller. (The French cut reply is
also found by the character-shingle overlap; the others only through the group.)
"""

from __future__ import annotations

import pytest

from screening import Policy
from screening.checks.template.fingerprint import fingerprint
from screening.checks.template.similarity import stems_inside as _inside, word_overlap
from tests.checks.template_history import codes_after

REPEATED = "template.repeated"


def _norm(text: str) -> str:
    return fingerprint(text)[0].text


CUT_SHORT = {
    "uk": (
        "Hi Marta! Every phone I sell I check myself before listing it: screen, cameras, microphone, speakers "
        "and charging. The battery is never below 85%. You get 12 months of warranty: if anything fails, write "
        "to me here and we fix it. See you, Paul",
        "Hello dear customers! Every phone I sell I check myself before listing it: screen, cameras, microphone, "
        "speakers and charging. The battery is never below 85%. You get 12 months of warranty: if anything "
        "fails, write to me here and we fix it. See you, Paul",
        "Hello dear customers! Every phone I sell I check myself before listing it. You get 12 months of warranty. "
        "See you, Paul",
        "The blue one is still available and I can ship it tomorrow with tracking. See you, Paul",
    ),
    "fr": (
        "Salut Marta ! Chaque téléphone que je vends, je le vérifie moi-même avant de le mettre en vente : "
        "écran, caméras, micro, haut-parleurs et charge. La batterie n'est jamais sous 85 %. Tu as 12 mois de "
        "garantie : si quelque chose lâche, écris-moi ici et on répare. À bientôt, Paul",
        "Bonjour chers clients ! Chaque téléphone que je vends, je le vérifie moi-même avant de le mettre en vente : "
        "écran, caméras, micro, haut-parleurs et charge. La batterie n'est jamais sous 85 %. Tu as 12 mois de "
        "garantie : si quelque chose lâche, écris-moi ici et on répare. À bientôt, Paul",
        "Bonjour chers clients ! Chaque téléphone que je vends, je le vérifie moi-même avant de le mettre en vente. "
        "Tu as 12 mois de garantie. À bientôt, Paul",
        "Le bleu est encore disponible et je peux l'expédier demain avec suivi. À bientôt, Paul",
    ),
    "de": (
        "Hallo Marta! Jedes Handy, das ich verkaufe, prüfe ich selbst, bevor ich es einstelle: Display, "
        "Kameras, Mikrofon, Lautsprecher und Laden. Der Akku liegt nie unter 85 %. Du hast 12 Monate Garantie: "
        "wenn etwas kaputtgeht, schreib mir hier und wir reparieren es. Bis bald, Paul",
        "Guten Morgen zusammen! Jedes Handy, das ich verkaufe, prüfe ich selbst, bevor ich es einstelle: "
        "Display, Kameras, Mikrofon, Lautsprecher und Laden. Der Akku liegt nie unter 85 %. Du hast 12 Monate "
        "Garantie: wenn etwas kaputtgeht, schreib mir hier und wir reparieren es. Bis bald, Paul",
        "Guten Morgen zusammen! Jedes Handy, das ich verkaufe, prüfe ich selbst, bevor ich es einstelle. Du "
        "hast 12 Monate Garantie. Bis bald, Paul",
        "Das blaue ist noch da und ich kann es morgen mit Sendungsverfolgung verschicken. Bis bald, Paul",
    ),
    "es": (
        "¡Hola Marta! Cada móvil que vendo lo reviso yo mismo antes de ponerlo a la venta: pantalla, cámaras, "
        "micro, altavoces y carga. La batería nunca está por debajo del 85 %. Tienes 12 meses de garantía: si "
        "algo falla, escríbeme aquí y lo arreglamos. Hasta pronto, Pablo",
        "¡Buenos días, queridos clientes! Cada móvil que vendo lo reviso yo mismo antes de ponerlo a la venta: pantalla, "
        "cámaras, micro, altavoces y carga. La batería nunca está por debajo del 85 %. Tienes 12 meses de "
        "garantía: si algo falla, escríbeme aquí y lo arreglamos. Hasta pronto, Pablo",
        "¡Buenos días, queridos clientes! Cada móvil que vendo lo reviso yo mismo antes de ponerlo a la venta. Tienes 12 "
        "meses de garantía. Hasta pronto, Pablo",
        "El azul sigue disponible y puedo enviarlo mañana con seguimiento. Hasta pronto, Pablo",
    ),
}


@pytest.mark.parametrize("market", list(CUT_SHORT))
def test_a_cut_reply_repeats_both_uses_of_the_text_it_is_cut_from(policy: Policy, market: str) -> None:
    by_name, generic, cut, _ = CUT_SHORT[market]
    assert REPEATED in codes_after(policy, market, [by_name, generic], cut)


@pytest.mark.parametrize("market", list(CUT_SHORT))
def test_the_cut_reply_is_inside_one_use_only(market: str) -> None:
    # So the rows test the group of near-duplicates: cut from the generic use, the reply is not
    # inside the use that greets by name, and shares too few stems with it to relate to it.
    by_name, generic, cut, _ = CUT_SHORT[market]
    query = _norm(cut)
    assert _inside(query, _norm(generic)) >= 0.9
    assert _inside(query, _norm(by_name)) < 0.9 and word_overlap(query, _norm(by_name)).jaccard < 0.42


@pytest.mark.parametrize("market", list(CUT_SHORT))
def test_a_text_used_once_is_not_repeated_by_a_reply_cut_from_it(policy: Policy, market: str) -> None:
    _, generic, cut, unrelated = CUT_SHORT[market]
    assert REPEATED not in codes_after(policy, market, [generic, unrelated], cut)
