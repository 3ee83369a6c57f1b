"""The tone check (rule R2) with the committed default model (models/tone/DEFAULT)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from screening import Message, Policy, Screener
from screening.checks.base import CheckContext, CheckResources
from screening.checks.tone import ToneCheck, fold, guess_language, signals
from screening.models import ModelError, default_version

MODELS = Path(__file__).resolve().parents[2] / "models"


@pytest.fixture(scope="module")
def tone(screener: Screener) -> ToneCheck:
    return screener.checks["tone"]  # built once for the session by conftest's screener


def _inspect(check: ToneCheck, policy: Policy, text: str, market: str):
    return check.inspect(Message(text=text, market=market), CheckContext(policy=policy.for_market(market)))


# Clear cases per corpus language, written for this test (not in data/tone/). The accuracy of the
# model is measured on the held-out split (models/tone/<version>/card.json); this table guards
# against a model or feature change that breaks the obvious.
CLEAR = [
    # fr: an insult and a swear word are discourteous; a plain answer is not.
    ("fr", "Vous êtes vraiment un imbécile, arrêtez de m'écrire.", True),
    ("fr", "Merci pour votre commande, le téléphone part demain matin.", False),
    # de: "not my problem" with shouting; a polite shipping answer.
    ("de", "Nicht mein Problem!!! Fragen Sie den Paketdienst.", True),
    ("de", "Vielen Dank für Ihre Geduld, das Paket kommt morgen an.", False),
    # es: blaming and profanity; thanks.
    ("es", "Joder, la culpa es suya, no me moleste más.", True),
    ("es", "Muchas gracias por su compra, que disfrute el teléfono.", False),
    # it: an insult; an apology with a concrete fix.
    ("it", "Che idiota, non sa neanche leggere l'annuncio.", True),
    ("it", "Grazie mille per il messaggio, le rispondo entro oggi.", False),
    # nl: condescending; neutral information.
    ("nl", "Kunt u niet lezen? Wat een sukkel.", True),
    ("nl", "Bedankt voor uw bestelling, de telefoon wordt morgen verzonden.", False),
    # pl: profanity; thanks.
    ("pl", "Kurwa, przestań mi zawracać głowę.", True),
    ("pl", "Dziękuję za zamówienie, paczka wyjdzie jutro.", False),
    # pt: insult; neutral.
    ("pt", "Que idiota, nem sabe ler o anúncio.", True),
    ("pt", "Obrigado pela sua encomenda, o telemóvel segue amanhã.", False),
    # en: insult + shouting; polite bad news.
    ("en", "YOU ARE AN IDIOT, STOP WRITING TO ME!!!", True),
    ("en", "Thanks for your order, the phone will be shipped tomorrow.", False),
]
MARKET = {"fr": "fr", "de": "de", "es": "es", "it": "it", "nl": "nl", "pl": "pl", "pt": "pt", "en": "uk"}


@pytest.mark.parametrize(("language", "text", "discourteous"), CLEAR)
def test_clear_cases_per_language(tone, policy, language, text, discourteous):
    findings = _inspect(tone, policy, text, MARKET[language])
    assert bool(findings) is discourteous
    for finding in findings:
        assert finding.code == "tone.discourteous"
        assert 0.5 <= finding.score <= 1.0  # reported only from the validated threshold (min_score)


@pytest.mark.parametrize(("language", "text", "discourteous"), [row for row in CLEAR if row[2]])
def test_spans_lie_inside_the_text(tone, policy, language, text, discourteous):
    findings = _inspect(tone, policy, text, MARKET[language])
    spans = [(f.start, f.end) for f in findings if f.start is not None]
    assert spans, "a discourteous reply must point at the phrases that drove the score"
    for start, end in spans:
        # Offsets index the ORIGINAL text (CONTRACT §2) and never cut a phrase to nothing.
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]
        assert text[start:end].strip(",.;: ")


def test_verdict_reports_the_model_version(screener):
    verdict = screener.screen(Message(text="Not my problem, go away idiot!!!", market="uk"))
    assert verdict.model_versions["tone"] == default_version(MODELS, "tone")
    assert "R2" in verdict.rules


@pytest.mark.parametrize(("text", "expected"), [
    # Shouting counts letters of all-caps runs of 3+ letters only: "OK" alone is no shouting.
    ("STOP WRITING", [1.0, 0.0, 0.0]),
    ("OK thanks", [0.0, 0.0, 0.0]),
    # Runs of ! and ? are capped at 4; exclamation marks at 5.
    ("why?!?!?!", [0.0, 1.0, 0.6]),
    ("fine!!", [0.0, 0.5, 0.4]),
])
def test_signals(text, expected):
    assert signals(text) == pytest.approx(expected)


@pytest.mark.parametrize(("text", "candidates", "expected"), [
    # Single-language markets need no guess.
    ("Bonjour", ("fr",), "fr"),
    # Belgium: French and Dutch stop words decide.
    ("Het pakket is niet mijn probleem, dat is voor u", ("fr", "nl", "de"), "nl"),
    ("Ce n'est pas mon problème, c'est le vôtre", ("fr", "nl", "de"), "fr"),
])
def test_guess_language(text, candidates, expected):
    assert guess_language(text, candidates) == expected


@pytest.mark.parametrize("text", [
    "İSTANBUL",  # 'İ'.lower() is two characters: fold must keep one per character
    "STRASSE ß",
])
def test_fold_keeps_offsets(text):
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(("damage", "message"), [
    # One changed byte in the artifact: refused before joblib.load, naming the file.
    (lambda d: d.joinpath("model.joblib").write_bytes(d.joinpath("model.joblib").read_bytes() + b"x"),
     "model.joblib does not match its card"),
    # A missing artifact is named too.
    (lambda d: d.joinpath("model.joblib").unlink(), "model.joblib named in"),
])
def test_tampered_model_stops_the_service_at_start(tmp_path, policy, damage, message):
    version = default_version(MODELS, "tone")
    models = tmp_path / "models"
    shutil.copytree(MODELS, models)  # every check's models, so only the tone damage can fail
    damage(models / "tone" / version)
    with pytest.raises(ModelError, match=message):
        Screener.create(policy, models_dir=models)
    with pytest.raises(ModelError, match=str(models / "tone" / version / "model.joblib").replace(".", r"\.")):
        ToneCheck.build(CheckResources(policy=policy, models_dir=models))


def test_tampered_model_stops_the_api_at_start(tmp_path):
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.settings import Settings

    version = default_version(MODELS, "tone")
    models = tmp_path / "models"
    shutil.copytree(MODELS, models)
    artifact = models / "tone" / version / "model.joblib"
    artifact.write_bytes(artifact.read_bytes()[:-1])
    app = create_app(Settings(models_dir=models, history_path=tmp_path / "h.sqlite3"))
    with pytest.raises(ModelError, match="does not match its card"):
        with TestClient(app):
            pass


def test_batch_path_equals_one_by_one(tone, policy):
    """inspect_many (vectorised scoring) reports exactly what inspect does, message by message."""
    texts = [text for _, text, _ in CLEAR] + ["OK", "!!!", "Merci", "ATTENTION : NE PAS CHARGER LA BATTERIE."]
    markets = [MARKET[language] for language, _, _ in CLEAR] + ["uk", "de", "be", "fr"]
    messages = [Message(text=t, market=m) for t, m in zip(texts, markets)]
    contexts = [CheckContext(policy=policy.for_market(m)) for m in markets]
    assert tone.inspect_many(messages, contexts) == [tone.inspect(m, c) for m, c in zip(messages, contexts)]
    languages = [guess_language(m.text, c.policy.languages) for m, c in zip(messages, contexts)]
    single = [tone.model.probability(m.text, lang) for m, lang in zip(messages, languages)]
    assert list(tone.model.probabilities(texts, languages)) == pytest.approx(single, abs=1e-12)
