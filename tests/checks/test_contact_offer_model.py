"""The contact offer model (screening/checks/contact/offer_model.py) and how the check reads it:
only when the rules found nothing, never on a fragment or beside the platform's own name, and
only ever to flag (its score stays under the policy's block threshold)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from screening.checks.base import CheckContext, CheckResources
from screening.checks.contact import MODEL_MIN_WORDS, ContactCheck
from screening.checks.contact.offer_model import ARTIFACT_FORMAT, ContactOfferModel
from screening.core.policy import Policy
from screening.core.types import Action, Message
from screening.text.hashed_ngrams import HashedTfidf, gram_hashes


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.load()


@pytest.fixture(scope="module")
def shipped(policy) -> ContactCheck:
    check = ContactCheck.build(CheckResources(policy=policy))
    assert check.model is not None, "models/contact/DEFAULT is part of the product (screening train contact)"
    return check


MARKET = {"en": "uk"}


def _context(policy: Policy, language: str, **settings) -> CheckContext:
    """The context of a reply in `language`'s market, with other contact settings if given."""
    market_policy = policy.for_market(MARKET.get(language, language))
    if settings:
        merged = {**market_policy.settings, "contact": {**market_policy.settings["contact"], **settings}}
        market_policy = dataclasses.replace(market_policy, settings=merged)
    return CheckContext(policy=market_policy)


def _artifact(texts: list[str], offer_weights: dict[str, float], codes=("email", "social")) -> dict:
    """A tiny artifact whose features are the n-grams of `texts`; those of the words in
    `offer_weights` (an invented channel, "zorglub", that no rule knows) weigh for `offer`."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer=lambda t: gram_hashes(t, 2, 5, word_high=2).tolist(), sublinear_tf=True)
    vectorizer.fit(texts)
    hashes = np.zeros(len(vectorizer.vocabulary_), dtype=np.uint64)
    for gram, index in vectorizer.vocabulary_.items():
        hashes[index] = gram
    offer = np.zeros(len(hashes), dtype=np.float32)
    for word, weight in offer_weights.items():
        for gram in gram_hashes(word, 3, 5):  # the word's own n-grams, none of two letters
            if int(gram) in vectorizer.vocabulary_:
                offer[vectorizer.vocabulary_[int(gram)]] = weight
    code_coef = np.zeros((len(codes), len(hashes)), dtype=np.float32)
    code_coef[1] = offer  # the offer's n-grams point to the second code
    return {
        "format": ARTIFACT_FORMAT,
        "labels": ["ordinary", "offer"],
        "ngram_range": [2, 5],
        "word_ngram_high": 2,
        "hashes": hashes,
        "idf": vectorizer.idf_.astype(np.float32),
        "offer_coef": offer,
        "offer_intercept": -2.0,
        "codes": list(codes),
        "code_coef": code_coef,
        "code_intercept": np.zeros(len(codes)),
        "default_threshold": 0.6,
    }


@pytest.mark.parametrize(
    "texts",
    [
        ["Merci, je l'envoie demain.", "Schreib mir auf dem grünen Messenger", "ok"],
        ["", "a b c", "zz zz zz zz"],
    ],
)
def test_hashed_rows_are_sklearn_tfidf_rows(texts):
    """What the check computes from the exported hashes and idf is the vectorizer's row, batch or one by one."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer=lambda t: gram_hashes(t, 2, 5, word_high=2).tolist(), sublinear_tf=True)
    expected = vectorizer.fit_transform(texts).toarray()
    hashes = np.zeros(len(vectorizer.vocabulary_), dtype=np.uint64)
    for gram, index in vectorizer.vocabulary_.items():
        hashes[index] = gram
    rows = HashedTfidf(hashes, vectorizer.idf_, (2, 5), word_ngram_high=2)
    assert np.allclose(rows.many(texts).toarray(), expected)
    for text, row in zip(texts, expected):
        features, values = rows.one(text)
        dense = np.zeros(len(hashes))
        dense[features] = values
        assert np.allclose(dense, row)


def test_the_model_scores_offers_and_names_their_code():
    texts = ["continuons sur le zorglub vert", "merci beaucoup pour tout", "le colis arrive jeudi"]
    model = ContactOfferModel(_artifact(texts, {"zorglub": 6.0}))
    offer, ordinary = model.offer_probabilities([texts[0], texts[1]])
    assert offer > 0.6 > ordinary
    assert model.predict_proba(texts).sum(axis=1) == pytest.approx([1.0] * 3)
    assert model.offer_probabilities([texts[0]])[0] == pytest.approx(offer)  # one by one = batch
    assert model.code_of(texts[0])[0] == "social"
    assert model.threshold == 0.6


def test_an_artifact_of_another_format_is_refused():
    artifact = _artifact(["a b"], {})
    with pytest.raises(ValueError, match="contact artifact format"):
        ContactOfferModel({**artifact, "format": "escalation-char-hash-logreg-2"})


def test_the_model_is_read_only_when_the_rules_found_nothing(policy):
    texts = ["continuons sur le zorglub vert", "Écrivez-moi sur WhatsApp au 06 12 34 56 78"]
    check = ContactCheck(ContactOfferModel(_artifact(texts, {"zorglub": 6.0, "whatsapp": 6.0, "ecrivez": 6.0})), "test")
    context = _context(policy, "fr")
    by_model = check.inspect(Message(texts[0], "fr"), context)
    assert [f.code for f in by_model] == ["contact.social"]
    assert by_model[0].detail.endswith("pattern=model.offer")
    # The rules found the number and the app: their findings, none of the model's.
    by_rules = check.inspect(Message(texts[1], "fr"), context)
    assert by_rules and not any("model.offer" in f.detail for f in by_rules)


def test_fragments_and_the_platform_s_own_name_are_left_to_the_rules(policy):
    texts = ["zorglub vert", "continuons sur le zorglub vert de Swapiphone", "continuons sur le zorglub vert"]
    check = ContactCheck(ContactOfferModel(_artifact(texts, {"zorglub": 6.0})), "test")
    context = _context(policy, "fr")
    assert len("zorglub vert".split()) < MODEL_MIN_WORDS
    assert not check.model_may_read(texts[0], context)
    assert not check.model_may_read(texts[1], context)  # the policy's platform name
    assert check.model_may_read(texts[2], context)
    assert check.inspect(Message(texts[0], "fr"), context) == []
    assert check.inspect(Message(texts[1], "fr"), context) == []


def test_settings_turn_the_model_off_or_move_its_threshold(policy):
    text = "continuons sur le zorglub vert"
    check = ContactCheck(ContactOfferModel(_artifact([text, "merci beaucoup"], {"zorglub": 6.0})), "test")
    assert check.inspect(Message(text, "fr"), _context(policy, "fr"))
    assert check.inspect(Message(text, "fr"), _context(policy, "fr", model_weight=0.0)) == []
    assert check.inspect(Message(text, "fr"), _context(policy, "fr", model_threshold=1.0)) == []


def test_the_span_is_the_sentence_that_reads_as_the_offer(policy):
    text = "Merci pour votre achat. Continuons sur le zorglub vert, c'est plus simple."
    check = ContactCheck(ContactOfferModel(_artifact([text, "merci"], {"zorglub": 6.0})), "test")
    (finding,) = check.inspect(Message(text, "fr"), _context(policy, "fr"))
    assert text[finding.start : finding.end].startswith("Continuons sur le zorglub vert")


# Invitations off the platform made of words only, with no address and no channel the lexicon
# lists by name, and ordinary replies beside them (written for this test).
INVITATIONS = [
    ("fr", "Pour la suite, on se parle plutôt sur l'appli où on s'envoie des vocaux, ça ira plus vite qu'ici."),
    ("de", "Schreib mir doch einfach privat, dann machen wir den Rest unter uns aus und du sparst dir die Gebühr."),
    ("it", "Se vuoi ti lascio il mio contatto privato così ci sentiamo fuori da qui e ti faccio un prezzo migliore."),
    ("pt", "Fala comigo no privado que te faço um preço melhor sem a comissão deles."),
]
ORDINARY = [
    ("fr", "Bonjour, le téléphone part demain matin, vous recevrez le suivi dans votre commande."),
    ("de", "Danke für den Kauf! Die Hülle lege ich gratis dazu, viel Freude mit dem Gerät."),
    ("es", "Sí, la batería está al 91 % y la pantalla está impecable, sin marcas."),
    ("it", "Certo, il caricatore originale è incluso nella scatola insieme al cavo."),
    ("nl", "Klopt, de garantie loopt twaalf maanden via het platform, je hoeft niets te doen."),
    ("pl", "Dziękuję za zamówienie, paczka wyjdzie jutro rano."),
    ("pt", "Obrigado pela compra, o telemóvel segue amanhã bem embalado."),
    ("en", "Thanks for your patience, the replacement screen is fitted and it ships today."),
]


@pytest.mark.parametrize(("language", "text"), INVITATIONS)
def test_the_shipped_model_flags_invitations_the_rules_miss(shipped, policy, language, text):
    context = _context(policy, language)
    message = Message(text, MARKET.get(language, language))
    assert shipped.rule_findings(message, context) == [], "a case for the model: the rules find nothing"
    (finding,) = shipped.inspect(message, context)
    assert finding.detail.endswith("pattern=model.offer")
    # The model alone flags for a moderator; it never blocks a reply.
    assert policy.for_market(message.market).rule_for(finding.code).action_for(finding.score) is Action.FLAG


@pytest.mark.parametrize(("language", "text"), ORDINARY)
def test_the_shipped_model_leaves_ordinary_replies_alone(shipped, policy, language, text):
    assert shipped.inspect(Message(text, MARKET.get(language, language)), _context(policy, language)) == []


def test_a_batch_finds_what_one_by_one_finds(shipped, policy):
    """inspect_batch reads the offer model for the whole batch in one sparse pass: its findings
    are inspect's, reply by reply, on the development replies (model findings among them)."""
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "data" / "contact" / "dev" / "messages.jsonl"
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    items = [
        (Message(r["text"], r["market"], id=r["id"]), CheckContext(policy=policy.for_market(r["market"])))
        for r in records[:1500]
        if r["market"] in policy.markets
    ]
    one_by_one = [shipped.inspect(message, context) for message, context in items]
    batched = [found for i in range(0, len(items), 64) for found in shipped.inspect_batch(items[i : i + 64])]
    assert batched == one_by_one
    assert sum(1 for found in one_by_one for f in found if "(model, probability" in f.detail) >= 5
