"""Autoresponders that never say "automatic" (rule R5, issue 17): the template check's model finds
them by what they do, in several languages; individual answers that look like them pass.

The rows are written for this test (not from the writers' data or any evaluation set)."""

from __future__ import annotations

from pathlib import Path

import pytest

from screening import Message, Policy
from screening.checks.base import CheckContext, CheckResources
from screening.checks.template.check import TemplateCheck

AUTO = "template.autoresponder"


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.load()


@pytest.fixture(scope="module")
def check(policy: Policy) -> TemplateCheck:
    return TemplateCheck.build(CheckResources(policy=policy))


def _autoresponder(check: TemplateCheck, policy: Policy, market: str, text: str) -> list:
    findings = check.inspect(Message(text=text, market=market), CheckContext(policy=policy.for_market(market)))
    return [f for f in findings if f.code == AUTO]


@pytest.mark.parametrize(
    "market, text",
    [
        # receipt acknowledged + a later answer promised
        (
            "de",
            "Vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage erhalten und melden uns innerhalb von 24 Stunden.",
        ),
        ("pl", "Dziękujemy za wiadomość. Otrzymaliśmy Twoje zapytanie i odpowiemy w ciągu 24 godzin roboczych."),
        ("pt", "Obrigado pelo contacto. Recebemos a sua mensagem e responderemos no prazo de 24 horas úteis."),
        ("se", "Tack för ditt meddelande! Vi har tagit emot det och svarar inom 24 timmar på vardagar."),
        ("cz", "Děkujeme za zprávu. Vaši zprávu jsme obdrželi a odpovíme do 24 hodin v pracovní dny."),
        ("dk", "Tak for din besked. Vi har modtaget den og svarer inden for 24 timer på hverdage."),
        ("fi", "Kiitos viestistäsi! Olemme vastaanottaneet sen ja vastaamme 24 tunnin kuluessa arkipäivinä."),
        ("hu", "Köszönjük üzenetét! Megkaptuk, és 24 órán belül válaszolunk munkanapokon."),
        ("gr", "Ευχαριστούμε για το μήνυμά σας. Το λάβαμε και θα σας απαντήσουμε εντός 24 εργάσιμων ωρών."),
        # a closure as the whole content
        ("es", "Estamos cerrados hasta el viernes. Responderemos a todos los mensajes a partir del lunes."),
        # a ticket and receipts the retrained model (2026.12.2) finds
        (
            "de",
            "Ihre Anfrage wurde unter der Ticketnummer 48213 registriert. Ein Mitarbeiter wird sich bald "
            "bei Ihnen melden.",
        ),
        ("ro", "Vă mulțumim pentru mesaj. L-am primit și vă vom răspunde în termen de 24 de ore lucrătoare."),
        (
            "it",
            "Grazie per averci scritto, abbiamo ricevuto il suo messaggio e le risponderemo entro 24 ore lavorative.",
        ),
        (
            "es",
            "Gracias por escribirnos. Hemos recibido su mensaje y le responderemos en un plazo de 24 horas laborables.",
        ),
        (
            "uk",
            "Thank you for contacting us. We have received your message and will get back to you within 24 working hours.",
        ),
        # opening hours and a receipt the model found from 2026.12.3 on (trained with writers a5/a6)
        (
            "uk",
            "Our office is open Monday to Friday from 9:00 to 17:00. Messages sent outside these hours will be "
            "answered on the next working day.",
        ),
        ("nl", "Bedankt voor je bericht! We hebben het goed ontvangen en reageren binnen 2 werkdagen."),
        # found since model 2026.12.4 (writer a7's and the development streams' autoresponders)
        ("fr", "Bonjour, nous avons bien reçu votre demande et nous vous répondrons sous 48 heures ouvrées."),
        # an absence naming a colleague: found since 2026.12.5, which reads the notice's parts
        # (notice_cues.py: away, until a date)
        ("uk", "I am away from the shop until 14 March. For urgent questions please contact my colleague Anna."),
    ],
)
def test_autoresponder_without_the_word_automatic_is_found(
    check: TemplateCheck, policy: Policy, market: str, text: str
) -> None:
    found = _autoresponder(check, policy, market, text)
    assert len(found) == 1
    assert (found[0].start, found[0].end) == (0, len(text))  # the whole message reads as automatic
    assert 0.5 <= found[0].score <= 1.0  # at or above the model's threshold: the policy flags it


@pytest.mark.parametrize(
    "market, text",
    [
        # apologises for a delay, then answers
        ("uk", "Sorry, I was away at the weekend! Yes, it's still available, and I can ship it tomorrow."),
        (
            "fr",
            "Désolé pour le retard, j'étais absent ce week-end. Oui, il est toujours disponible et je l'envoie demain.",
        ),
        ("de", "Entschuldigung, ich war am Wochenende weg. Ja, das Handy ist noch da, ich verschicke es morgen."),
        ("es", "Perdona la tardanza, estuve fuera el fin de semana. Sí, sigue disponible y lo envío mañana."),
        ("pl", "Przepraszam za opóźnienie, nie było mnie w weekend. Tak, telefon jest nadal dostępny."),
        # opening hours because the buyer asked when to collect
        (
            "uk",
            "You can collect it at the shop: we are open Monday to Friday 9-17, Saturday until 13. The phone is ready.",
        ),
        (
            "de",
            "Sie können es abholen: wir haben Montag bis Freitag von 9 bis 18 Uhr geöffnet. Das Gerät liegt bereit.",
        ),
        # a closure and a ship date
        ("uk", "We are closed on Monday for the bank holiday, so your iPhone 12 will ship on Tuesday with tracking."),
        ("it", "Il negozio è chiuso lunedì, quindi il suo telefono partirà martedì con il tracciamento."),
        # a received return and the refund on its way
        ("uk", "We received your return this morning, the refund of £129 is on its way to your card."),
        ("fr", "Nous avons bien reçu votre retour, le remboursement de 129 € est en cours."),
        ("es", "Hemos recibido su devolución y el reembolso ya está en camino."),
        ("nl", "We hebben je retour ontvangen, de terugbetaling is onderweg."),
        # a reference sent bare (a tracking code in parts, an IMEI): nothing for the model to read
        ("pl", "3500000"),
        ("pt", "0555 0000"),
        ("nl", "0000 5550 0000"),
        ("uk", "JD0002 5550 0000"),
    ],
)
def test_individual_answers_that_look_like_autoresponders_pass(
    check: TemplateCheck, policy: Policy, market: str, text: str
) -> None:
    assert _autoresponder(check, policy, market, text) == []


def test_without_a_model_the_phrases_still_work(policy: Policy, tmp_path: Path) -> None:
    check = TemplateCheck.build(CheckResources(policy=policy, models_dir=tmp_path))
    assert check.missing_models == (str(tmp_path / "template" / "DEFAULT"),)
    assert _autoresponder(check, policy, "uk", "This is an automated reply: we are away until Monday.")
    assert (
        _autoresponder(
            check,
            policy,
            "uk",
            "Thank you for contacting us. We have received your message and will "
            "get back to you within 24 working hours.",
        )
        == []
    )


def test_the_model_version_is_reported(check: TemplateCheck) -> None:
    assert check.model_versions == {
        "template": (Path(__file__).resolve().parents[2] / "models" / "template" / "DEFAULT")
        .read_text(encoding="utf-8")
        .strip()
    }


@pytest.mark.parametrize(
    "offset, found",
    [
        (-0.01, True),  # a threshold just under the model's probability takes the English receipt
        (+0.01, False),  # one just over it does not
    ],
)
def test_the_threshold_follows_the_policy(check: TemplateCheck, policy: Policy, offset: float, found: bool) -> None:
    from dataclasses import replace

    text = (
        "Thank you for contacting us. We have received your message and will get back to you within 24 working hours."
    )
    assert check._model is not None
    threshold = check._model.probability(text) + offset
    market = policy.for_market("uk")
    market = replace(
        market,
        settings={
            **market.settings,
            "template": {**market.settings_for("template"), "autoresponder_threshold": threshold},
        },
    )
    findings = check.inspect(Message(text=text, market="uk"), CheckContext(policy=market))
    assert any(f.code == AUTO for f in findings) is found
