"""A threat, a brush-off or the subject closed on the buyer is discourteous whatever the model
scores (screening/checks/tone/rude_phrases.py); the same words about someone else, negated, or
in a kind reply are not. Sentences written for this test."""

from __future__ import annotations

import pytest

from screening.checks.tone.rude_phrases import KINDS, may_hold, rude_phrase
from screening.checks.tone.view import tone_view
from screening.core.types import Message
from tests.checks.tone_findings import tone_findings_both_ways

LANGUAGES = ("en", "fr", "de", "es", "it", "nl", "pl", "pt")

RUDE = [
    # threatening
    ("en", "Refund when the phone is back. Last warning.", "threatening", "Last warning"),
    ("en", "Keep this up and I'll report you to the platform.", "threatening", "I'll report you"),
    ("fr", "Encore un message comme ça et je bloque la conversation.", "threatening", "Encore un message comme ça et"),
    (
        "de",
        "Wenn das so weitergeht, werde ich Sie bei der Plattform melden.",
        "threatening",
        "werde ich Sie bei der Plattform melden",
    ),
    ("es", "Sigue así y te vas a arrepentir.", "threatening", "te vas a arrepentir"),
    ("it", "Il pacco è partito. Se insisti ti blocco.", "threatening", "ti blocco"),
    ("nl", "Nog een bericht en ik ga je bij het platform melden.", "threatening", "Nog een bericht en"),
    ("pl", "Paczka wyszła w poniedziałek. Pożałujesz tego.", "threatening", "Pożałujesz"),
    ("pt", "Se abrir a reclamação vou te denunciar.", "threatening", "vou te denunciar"),
    # dismissive
    ("en", "The courier lost it? Not my problem.", "dismissive", "Not my problem"),
    ("fr", "Le chargeur n'est pas inclus, débrouillez-vous.", "dismissive", "débrouillez-vous"),
    ("de", "Die Sendung ist raus. Das ist Ihr Problem.", "dismissive", "Das ist Ihr Problem."),
    ("es", "Eso no es mi problema, hable con la agencia.", "dismissive", "no es mi problema"),
    ("it", "Spedito. Per il resto arrangiati.", "dismissive", "arrangiati"),
    ("nl", "Geen idee, zoek het zelf maar uit.", "dismissive", "zoek het zelf maar uit"),
    ("pl", "Kurier zgubił? Nie mój problem.", "dismissive", "Nie mój problem"),
    ("pt", "Não é problema meu, fale com os correios.", "dismissive", "Não é problema meu"),
    # refusing
    ("en", "No refund. End of discussion.", "refusing", "End of discussion"),
    ("es", "Que no hay descuento, no insistas.", "refusing", "no insistas"),
    ("it", "Niente sconto, punto e basta.", "refusing", "punto e basta"),
    ("pl", "Nie oddam pieniędzy, koniec dyskusji.", "refusing", "koniec dyskusji"),
    ("de", "Der Preis steht. Kaufen oder lassen.", "refusing", "Kaufen oder lassen"),
    ("en", "Ask someone else, I'm busy.", "refusing", "Ask someone else"),
    ("pt", "Desconto não há, é pegar ou largar.", "refusing", "é pegar ou largar"),
    ("en", "Hold it for you until March? Dream on.", "refusing", "Dream on"),
    ("en", "Tracking is in your order page. I'm not your secretary.", "refusing", "I'm not your secretary"),
    ("fr", "Un geste commercial ? Vous pouvez toujours courir.", "refusing", "Vous pouvez toujours courir"),
    ("de", "Umtausch gibt es nicht. Punkt.", "refusing", ". Punkt."),
    ("de", "Ich bin nicht Ihr Kindermädchen, lesen Sie die Anleitung.", "refusing", "Ich bin nicht Ihr Kindermädchen"),
    ("es", "Le he dicho el precio. No soy su secretaria.", "refusing", "No soy su secretaria"),
    ("it", "Lo sconto? Neanche per idea.", "refusing", "Neanche per idea"),
    ("nl", "Gratis hoesje erbij? Dat kunt u vergeten.", "refusing", "Dat kunt u vergeten"),
    ("pl", "Nie wysyłam za granicę i kropka.", "refusing", "i kropka"),
    ("pt", "Baixar o preço? Vai sonhando.", "refusing", "Vai sonhando"),
    # condescending
    ("en", "It's in the listing. Did you even read it?", "condescending", "Did you even read"),
    ("de", "Das weiß selbst ein Kind, steht auf der Packung.", "condescending", "weiß selbst ein Kind"),
    ("it", "Te lo spiego piano: la SIM va nel carrellino.", "condescending", "Te lo spiego piano"),
]

KIND = [
    # the same verbs about someone else, or kindly meant
    ("en", "I'll report it to the courier today and let you know."),
    ("en", "If the courier lost it, it's not a problem: we'll send another one."),
    ("en", "We'll deal with it first thing tomorrow."),
    ("de", "Ich melde sie (die Kratzer) beim Versanddienst, keine Sorge."),
    ("de", "Tel oder Mail, ist mir egal, Hauptsache es klappt für Sie."),
    ("de", "Das wählen Sie ganz am Schluss aus."),
    ("es", "Su problema ya está resuelto, el reembolso sale hoy."),
    ("es", "Mañana o el lunes, me da igual, como le venga mejor."),
    ("fr", "Vous n'insistez pas du tout, c'est moi qui suis en retard."),
    ("fr", "Je vous signale que le colis est parti ce matin."),
    ("it", "Ti segnalo che il corriere passa domani mattina."),
    ("nl", "Ik zoek het uit bij de boekhouding en laat het u vrijdag weten."),
    ("pl", "Bierz śmiało, nie pożałujesz!"),
    ("pt", "A plataforma costuma processá-lo em dois dias úteis."),
    ("pt", "O antigo dono não pode bloqueá-lo, a conta foi removida."),
    # "not at all" said for emphasis, and encouragement
    ("es", "La pantalla no tiene ni un rasguño, no es de exposición ni de broma."),
    ("en", "Don't worry, any child can do it with the steps below: hold the button for ten seconds."),
    ("pt", "Sabe ler o código QR da caixa? Ele leva à página de ativação."),
    # "not a chance" and "ask" said kindly
    ("en", "There's not a chance of water damage, the seals were replaced."),
    ("it", "Se ha dubbi, chieda a un altro tecnico: le confermerà il test."),
    # the same idioms read literally: a full stop in a time, "still ringing", a courier's point
    ("de", "Das Paket kommt Punkt 10 Uhr, der Fahrer ruft vorher an."),
    ("es", "Si el móvil sigue sonando tras el reinicio, todo está bien."),
    ("it", "Il corriere passa dal punto di ritiro domani."),
    ("en", "The period for returns is 14 days from delivery."),
    # a firm refusal with a reason, and a kind warning
    ("en", "I'm sorry, we can't offer a discount on this model, the price is already low."),
    ("fr", "Attention, si le sceau est cassé la garantie du fabricant peut ne plus s'appliquer."),
]


@pytest.mark.parametrize("language, text, kind, phrase", RUDE, ids=[f"{r[0]}-{i}" for i, r in enumerate(RUDE)])
def test_a_rude_phrase_is_found_with_its_kind_and_span(language, text, kind, phrase):
    assert may_hold(text, language)
    found = rude_phrase(tone_view(text), language)
    assert found is not None
    assert found[0] == kind and text[found[1] : found[2]] == phrase


@pytest.mark.parametrize("language, text", KIND, ids=[f"{k[0]}-{i}" for i, k in enumerate(KIND)])
def test_the_same_words_about_someone_else_or_kindly_meant_are_not_rude_phrases(language, text):
    assert rude_phrase(tone_view(text), language) is None


def test_a_threat_the_seller_quotes_from_the_buyer_to_calm_them_is_not_read():
    text = 'You wrote "I\'ll report you to the platform" - I understand, and the refund left this morning.'
    assert may_hold(text, "en")  # the cheap test reads the text itself
    assert rude_phrase(tone_view(text), "en") is None


def test_german_reads_the_formal_you_by_its_capital():
    assert rude_phrase("Ich melde Sie.", "de") is not None
    assert rude_phrase("Ich melde sie morgen beim Kurier.", "de") is None


def test_every_kind_has_phrases_in_every_trained_language():
    for kind, table in KINDS.items():
        assert set(LANGUAGES) <= set(table), kind


def test_a_language_without_phrases_is_not_read():
    assert rude_phrase("Posledni varovani.", "cs") is None and not may_hold("Posledni varovani.", "cs")


@pytest.mark.parametrize("language, text, kind, phrase", RUDE[:9], ids=[r[0] for r in RUDE[:9]])
def test_the_check_flags_a_threat_one_by_one_and_in_a_batch(screener, language, text, kind, phrase):
    one, batch = tone_findings_both_ways(screener, language, text)
    assert [f.code for f in one] == [f.code for f in batch] == ["tone.discourteous"]
    assert one[0].score >= 0.5 and (one[0].start, one[0].end) == (batch[0].start, batch[0].end)


def test_a_threat_inside_a_long_calm_reply_is_flagged_on_the_threat(screener):
    text = (
        "Hello, the phone was tested before dispatch: screen, camera, speakers and the battery at 89%. "
        "It left on Monday with tracked delivery and the number is in your order. If something does not "
        "work, send me a short video and I will look at it. And if you send back a different phone, "
        "I'll report you to the platform."
    )
    verdict = screener.screen(Message(text=text, market="uk", author="seller"))
    tone = [f for f in verdict.findings if f.code == "tone.discourteous"]
    assert tone and "report you" in text[tone[0].start : tone[0].end]
