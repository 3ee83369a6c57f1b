"""The tone check (rule R2) with the committed default model (models/tone/DEFAULT)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from screening.checks.tone.plain_answers import is_plain_answer

from screening import Message, Policy, Screener
from screening.checks.base import CheckContext, CheckResources
from screening.checks.tone import ToneCheck, fold, guess_language, signals
from screening.checks.tone.languages import resolve_language
from screening.checks.tone.view import tone_view
from screening.core.model_files import ModelError, default_version

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


# Short, polite, ordinary replies, the bulk of a helpdesk's traffic: the whole pipeline (every
# check, not only tone) must allow them in every market language. Written for this test.
SHORT_POLITE = [
    ("fr", "fr", "Bonjour"),
    ("fr", "fr", "Bonsoir, oui il est encore en stock."),
    ("be", "fr", "Oui, bien reçu, merci !"),
    ("fr", "fr", "Expédié ce matin."),
    ("fr", "fr", "Avec plaisir 🙂"),
    ("fr", "fr", "Batterie à 91 %."),
    ("de", "de", "Hallo"),
    ("de", "de", "Guten Tag, ja, ist noch da."),
    ("at", "de", "Danke, schönen Abend!"),
    ("de", "de", "Heute verschickt."),
    ("ch", "de", "Gerne, kein Problem."),
    ("de", "de", "Nein, leider ohne Ladegerät."),
    ("es", "es", "Hola"),
    ("es", "es", "Sí, sigue disponible."),
    ("es", "es", "Enviado hoy por la mañana."),
    ("us", "es", "Claro, con gusto."),
    ("es", "es", "Gracias a usted."),
    ("es", "es", "No, no tiene ni un rasguño."),
    ("it", "it", "Buongiorno"),
    ("it", "it", "Certo, nessun problema!"),
    ("it", "it", "Spedito ieri con BRT."),
    ("it", "it", "Grazie mille, buona giornata"),
    ("ch", "it", "Sì, è ancora disponibile."),
    ("nl", "nl", "Hoi"),
    ("nl", "nl", "Ja, nog beschikbaar."),
    ("be", "nl", "Vandaag verstuurd, fijne dag!"),
    ("nl", "nl", "Geen probleem hoor."),
    ("nl", "nl", "Dank je wel!"),
    ("pl", "pl", "Dzień dobry"),
    ("pl", "pl", "Jasne, wysłane wczoraj."),
    ("pl", "pl", "Tak, jest dostępny."),
    ("pl", "pl", "Dziękuję, pozdrawiam"),
    ("pl", "pl", "Nie, bez ładowarki, tylko kabel."),
    ("pt", "pt", "Olá"),
    ("pt", "pt", "Sim, ainda está disponível."),
    ("pt", "pt", "Enviado hoje de manhã."),
    ("pt", "pt", "Obrigado, bom dia!"),
    ("pt", "pt", "Sem problema nenhum."),
    ("uk", "en", "Hi"),
    ("uk", "en", "Hello, yes it's still available."),
    ("uk", "en", "Morning! Yes, we still have it."),
    ("ie", "en", "Sent this morning."),
    ("us", "en", "Sure thing!"),
    ("uk", "en", "Thanks a lot!"),
    ("uk", "en", "No, it has never been repaired."),
    ("uk", "en", "No dead pixels at all."),
    ("uk", "en", "\u200b\u200b"),  # zero-width characters only: nothing to judge
]


@pytest.mark.parametrize(("market", "language", "text"), SHORT_POLITE)
def test_short_polite_replies_are_allowed(screener, market, language, text):
    verdict = screener.screen(Message(text=text, market=market))
    assert verdict.action.value == "allow", [(f.code, f.score) for f in verdict.findings]


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # answer and courtesy words, numbers, emoji: not scored
        ("Nein.", True),
        ("non, 256.", True),
        ("Hallo, ja?", True),
        ("OK 👍", True),
        ("Tak, dzięki!", True),
        ("Obrigado, bom dia!", True),
        ("A usted.", True),  # the answer to thanks
        ("You too!", True),
        # words of pleasure, and an exclamation before one
        ("Super, merci !", True),
        ("Wie schön, danke!", True),
        ("Che bello, grazie!", True),
        ("Oh, super!", True),  # an interjection beside a word of pleasure
        ("Oh.", False),
        ("Wow, great.", False),  # sarcasm as often as joy
        # shouting, a bare "and?", or any other word: scored as usual
        ("NEIN!!!", False),
        ("Ok und?", False),
        ("No. Read the listing.", False),
        ("Thanks, genius.", False),
        ("What?", False),  # no pleasure follows: a curt question
        ("Nice try.", False),
        ("", False),
    ],
)
def test_plain_answers_are_not_scored(text, plain):
    assert is_plain_answer(text) is plain


# Markets whose language the tone model never saw: it abstains rather than guess (a rude Czech
# reply is not scored at all), but a reply in a trained language there is scored.
@pytest.mark.parametrize(
    ("market", "text", "language"),
    [
        ("cz", "Dobrý den, telefon odešel dnes ráno.", None),
        ("gr", "Καλησπέρα, το κινητό στάλθηκε σήμερα.", None),
        ("hu", "Jó napot, a telefont ma feladtuk.", None),
        ("fi", "Hei, puhelin lähti tänään.", None),
        ("se", "Hej, telefonen skickades i dag.", None),
        ("dk", "Hej, telefonen blev sendt i dag.", None),
        ("se", "Hello, the phone was sent today and it will arrive on Friday.", "en"),
        ("es", "Bon dia, el telèfon s'ha enviat avui i arribarà divendres.", None),  # Catalan
        ("es", "Buenos días, el teléfono se envió hoy y llegará el viernes.", "es"),
    ],
)
def test_untrained_languages_are_abstained_on(tone, policy, market, text, language):
    trained = tone.model.languages
    assert resolve_language(text, policy.for_market(market).languages, trained) == language
    if language is None:
        assert _inspect(tone, policy, text, market) == []


@pytest.mark.parametrize(
    ("text", "view"),
    [
        # A greeting sentence and a sign-off are blanked; the body and its full stop stay, at their offsets.
        ("Bonjour, oui il est dispo. Cordialement", "         oui il est dispo.             "),
        # Only greetings: nothing to judge.
        ("Merci beaucoup !", "                "),
        # No name may hide in a greeting: "Hello Idiot" stays whole.
        ("Hello Idiot", "Hello Idiot"),
        # Quoted words are reported speech, not the seller's tone.
        ('We are "a bunch of crooks", I read.', "We are                    , I read."),
        # So is the clause after "you said / you call us", with or without quotation marks; the
        # seller's own words after it stay.
        ('You said we are "a bunch of crooks", I understand.', " " * 37 + "I understand."),
        ("Vous dites « des escrocs », je comprends.", " " * 28 + "je comprends."),
        ("Je schreef dat we oplichters zijn. Klopt niet.", " " * 35 + "Klopt niet."),
        ("Me llama estafador porque llegó tarde. Tiene razón.", " " * 39 + "Tiene razón."),
        ("Sie haben uns Betrüger genannt. Verstehe ich gut.", " " * 32 + "Verstehe ich gut."),
        ("You said you would pay, liar.", " " * 24 + "liar."),
        # Apostrophes never pair up as quotes.
        ("Je l'ai déjà envoyé, c'est noté.", "Je l'ai déjà envoyé, c'est noté."),
        # The closing !!! of a shouted sentence is tone, so it stays.
        ("Guten Tag. NEIN!!!", " " * 11 + "NEIN!!!"),
    ],
)
def test_tone_view(text, view):
    assert tone_view(text) == view
    assert len(tone_view(text)) == len(text)


@pytest.mark.parametrize(("language", "text", "discourteous"), [row for row in CLEAR if row[2]])
def test_one_finding_per_reply_on_the_words_that_carry_it(tone, policy, language, text, discourteous):
    findings = _inspect(tone, policy, text, MARKET[language])
    assert len(findings) == 1
    spans = [(f.start, f.end) for f in findings if f.start is not None]
    assert spans, "a discourteous reply must point at the phrases that drove the score"
    for start, end in spans:
        # Offsets index the ORIGINAL text (docs/formats.md §2) and never cut a phrase to nothing.
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]
        assert text[start:end].strip(",.;: ")


def test_verdict_reports_the_model_version(screener):
    verdict = screener.screen(Message(text="Not my problem, go away idiot!!!", market="uk"))
    assert verdict.model_versions["tone"] == default_version(MODELS, "tone")
    assert "R2" in verdict.rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Shouting counts letters of all-caps runs of 3+ letters only: "OK" alone is no shouting.
        ("STOP WRITING", [1.0, 0.0, 0.0, 0.0]),
        ("OK thanks", [0.0, 0.0, 0.0, 0.0]),
        # Runs of ! and ? are capped at 4; exclamation marks at 5.
        ("why?!?!?!", [0.0, 1.0, 0.6, 0.0]),
        ("fine!!", [0.0, 0.5, 0.4, 0.0]),
        # Lexicon words, with or without accents, English ones in any language; capped at 2.
        ("quel debile, quel abruti, quel crétin", [0.0, 0.0, 0.0, 1.0]),
        ("what a moron", [0.0, 0.0, 0.0, 0.5]),
        # Words that only look like insults: "no dead pixels", Spanish "con", German "dick".
        ("no dead pixels, con cargador, ein dickes Paket", [0.0, 0.0, 0.0, 0.0]),
    ],
)
def test_signals(text, expected):
    language = "fr" if "abruti" in text else "en"
    assert signals(text, language) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "candidates", "expected"),
    [
        # Single-language markets need no guess.
        ("Bonjour", ("fr",), "fr"),
        # Belgium: French and Dutch stop words decide.
        ("Het pakket is niet mijn probleem, dat is voor u", ("fr", "nl", "de"), "nl"),
        ("Ce n'est pas mon problème, c'est le vôtre", ("fr", "nl", "de"), "fr"),
        # Spain: no stop word either way, Catalan's own spelling decides; else the first language.
        ("Vermell, com la teva companyia.", ("es", "ca"), "ca"),
        ("Gris fosc, el mateix.", ("es", "ca"), "ca"),
        ("Libre, cualquier compañía.", ("es", "ca"), "es"),
        ("Batería 91%.", ("es", "ca"), "es"),
    ],
)
def test_guess_language(text, candidates, expected):
    assert guess_language(text, candidates) == expected


@pytest.mark.parametrize(
    "text",
    [
        "İSTANBUL",  # 'İ'.lower() is two characters: fold must keep one per character
        "STRASSE ß",
    ],
)
def test_fold_keeps_offsets(text):
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        # One changed byte in the artifact: refused before joblib.load, naming the file.
        (
            lambda d: d.joinpath("model.joblib").write_bytes(d.joinpath("model.joblib").read_bytes() + b"x"),
            "model.joblib does not match its card",
        ),
        # A missing artifact is named too.
        (lambda d: d.joinpath("model.joblib").unlink(), "model.joblib named in"),
    ],
)
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


def _artifact(**overrides):
    """A hand-made tone-linear/2 artifact: two grams per block, two hyperplanes (the all-kinds one
    and "insulting"), so which one decides is known in advance."""
    import numpy as np

    from screening.checks.tone import ARTIFACT_FORMAT, SIGNAL_NAMES
    from screening.checks.tone.view import VIEW_NAME

    artifact = {
        "format": ARTIFACT_FORMAT,
        "view": VIEW_NAME,
        "tokenizer": "regex/1",
        "stem": 0,
        "classes": ["discourteous", "insulting"],
        "combine": "max",
        "char": {
            "grams": [" id", "merc"],
            "idf": np.ones(2, dtype=np.float32),
            "coef": np.array([[0.2, -0.5], [1.5, -0.5]], dtype=np.float32),
        },
        "word": {
            "grams": ["idiot", "vous"],
            "idf": np.ones(2, dtype=np.float32),
            "coef": np.array([[0.3, 0.0], [2.0, 0.0]], dtype=np.float32),
        },
        "signals": {"names": list(SIGNAL_NAMES), "coef": [[0.0] * len(SIGNAL_NAMES), [0.0] * len(SIGNAL_NAMES)]},
        "intercept": [-0.5, -1.0],
        "calibration": {"a": -2.0, "b": 0.0},
        "prior": 0.1,
        "accents": False,
        "thresholds": {},
        "default_threshold": 0.5,
        "languages": ["fr"],
    }
    artifact.update(overrides)
    return artifact


def test_one_hyperplane_per_kind_scores_and_points_at_the_words():
    from screening.checks.tone import ToneModel

    model = ToneModel(_artifact())
    texts = ["Vous êtes un idiot", "Merci beaucoup", "vous", "idiot idiot, merci"]
    single = [model.probability(t, "fr") for t in texts]
    assert list(model.probabilities(texts, ["fr"] * 4)) == pytest.approx(single, abs=1e-12)
    analysis = model.analyse("Vous êtes un idiot", "fr")
    assert analysis.probability > 0.9 and model.kind(analysis) == "insulting"
    phrase = model.phrases(analysis, limit=1)[0]
    assert "Vous êtes un idiot"[phrase.start : phrase.end] == "idiot"
    assert model.probability("Merci beaucoup", "fr") < 0.5


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"format": "tone-linear/9"}, "format 'tone-linear/9'"),
        ({"combine": "mean"}, "combine rule 'mean'"),
        ({"tokenizer": "whitespace/1"}, "tokenizer 'whitespace/1'"),
    ],
)
def test_unknown_artifacts_are_refused_with_a_reason(overrides, message):
    from screening.checks.tone import ToneModel

    with pytest.raises(ValueError, match=message):
        ToneModel(_artifact(**overrides))


@pytest.mark.parametrize(
    ("market", "insult", "reported"),
    [
        # A name called at the buyer is discourteous; the same name reported from the buyer's
        # message, to calm them, is not (view.py: the reported clause is not the seller's tone).
        ("de", "Versand ist erledigt, du Abzocker.", "Sie schreiben, wir seien Abzocker. Das Paket ist heute raus."),
        (
            "fr",
            "Remboursé ? Dans tes rêves, arnaqueur.",
            "Vous nous traitez d'arnaqueurs, je comprends. Le remboursement part aujourd'hui.",
        ),
        ("es", "Ya está enviado, estafador.", "Me llama estafador y lo entiendo. Le envío otro hoy mismo."),
        ("it", "Spedito ieri, truffatore.", "Mi dà del truffatore, capisco la rabbia. Lo rispedisco oggi."),
    ],
)
def test_a_name_called_is_flagged_and_a_name_reported_is_not(tone, policy, market, insult, reported):
    assert [f.code for f in _inspect(tone, policy, insult, market)] == ["tone.discourteous"]
    assert _inspect(tone, policy, reported, market) == []
