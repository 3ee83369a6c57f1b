"""The template check (rule R5, issue 4): the normaliser, each code's table, rescoring a file with
its own history, and the accuracy on the held-out labelled stream."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from screening import Message, Policy
from screening.checks.base import CheckContext, CheckResources
from screening.checks.template.check import TemplateCheck
from screening.cli import main as cli_main
from screening.store.history import HistoryStore
from screening.core.policy import DEFAULT_POLICY_PATH
from screening.checks.template.placeholders import normalise
from screening.checks.template.sketch import sketch, sketch_many

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=timezone.utc)
REPEATED = "template.repeated"
AUTO = "template.autoresponder"
TEMPLATE = (
    "Bonjour {name},\nMerci pour votre commande n° {order}. Votre {model} a été contrôlé et sera expédié "
    "sous 48 heures avec son chargeur. Vous recevrez le numéro de suivi ici dès l'envoi.\nCordialement,\nJean"
)
SIGNATURE = (
    "\nJean - Boutique Dupont Phones, vendeur professionnel depuis 2015. Tous nos appareils sont testés "
    "sur 40 points et garantis 12 mois."
)


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.load()


# --- normaliser ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bonjour Marie,\nle colis part demain.", "bonjour <name> le colis part demain"),  # name after a greeting
        ("Hallo Frau Müller! Danke.", "hallo <name> danke"),  # greeting + title + name
        ("The parcel left today. Kind regards,\nTom Baker", "the parcel left today"),  # the sign-off block is cut
        (
            "The parcel left today. Kind regards, Tom Baker",
            "the parcel left today",
        ),  # a closing and a name in one sentence: the same sign-off block
        (
            "Hello, it ships today by DHL with tracking.\nBest regards, Tom\nTom's Phones\nMain Street 4, Leeds",
            "hello it ships today by dhl with tracking",
        ),  # ... above a shop signature
        (
            "Hello, it ships today by DHL with tracking.\nThanks a lot\nfor waiting",
            "hello it ships today by dhl with tracking thanks a lot for waiting",
        ),  # no capitalised name after the closing: not a sign-off
        (
            "Le colis part demain matin.\nCordialement,\nJean\nJean - Boutique X, depuis 2015.",
            "le colis part demain matin",
        ),
        (
            "Le colis part demain matin.\nJean\nJean - Boutique X, depuis 2015.",
            "le colis part demain matin",
        ),  # name line
        (
            "Thanks for your order. It ships on Monday.",
            "thanks for your order it ships on monday",
        ),  # a closing word opens it
        (
            "Le colis part demain matin avec le chargeur.\nBonjour Marie 🙂",
            "le colis part demain matin avec le chargeur bonjour <name>",
        ),  # greeting last
        ("Le colis part. Cordialement, la boutique", "le colis part cordialement la boutique"),  # lower case: no name
        ("Commande n° 48213 expédiée", "commande n <num> expediee"),  # a number; accents folded as screening.text does
        ("Order #A-99812 and FR123456789 shipped", "order <num> and <num> shipped"),  # order ids with letters
        ("Votre iPhone 13 Pro Max ou Galaxy S21 FE", "votre <model> ou <model>"),  # phone models are slots too
        ("Total 129,99 € ou £45.00", "total <amount> ou <amount>"),  # amounts with a currency
        ("Livré le 03/04/2026 ou le 12 mars", "livre le <date> ou le <date>"),  # numeric and month-name dates
        ("Écrivez à shop@example.fr ou www.example.fr", "ecrivez a <email> ou <url>"),  # e-mail and URL
        ("Suivi : https://track.example.com/ABC123 .", "suivi <url>"),  # URL with a path
        ("IMEI 356938035643809, tel 06 12 34 56 78", "imei <num> tel <num>"),  # long digit runs, one placeholder each
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text).text == expected


@pytest.mark.parametrize(
    "a, b",
    [
        # the same template with another buyer, order, model and amount normalises to the same text
        (
            TEMPLATE.format(name="Marie", order="48213", model="iPhone 12"),
            TEMPLATE.format(name="Paul Martin", order="CMD-2026-99120", model="Galaxy S21"),
        ),
        ("Remboursement de 129,99 € le 03/04/2026.", "Remboursement de 45 € le 12.05.26."),  # amounts and dates
    ],
)
def test_normalise_swapped_slots_compare_equal(a: str, b: str) -> None:
    assert normalise(a).text == normalise(b).text


@pytest.mark.parametrize(
    "text, at_least, at_most",
    [
        ("Merci, bonne journée !", 0, 39),  # a courtesy is under the default min_length of 40
        ("Bonjour Marie, commande 4821 : 129 € le 03/04/2026. Cordialement, Jean", 0, 39),  # mostly placeholders
        (TEMPLATE.format(name="A", order=1, model="iPhone"), 100, 10_000),  # a real reply is long
    ],
)
def test_content_length_counts_own_words_only(text: str, at_least: int, at_most: int) -> None:
    assert at_least <= normalise(text).content_length <= at_most


@pytest.mark.parametrize(
    "text",
    [
        "",  # empty: one empty word
        "merci",  # one word: its hash is its only shingle
        "bonjour <name>",  # two words: one pair
        normalise(TEMPLATE.format(name="A", order=1, model="iPhone")).text,  # a real reply
    ],
)
def test_single_sketch_equals_batch_sketch(text: str) -> None:
    # The index stores batch sketches (import) and looks up single ones (screening): they must agree.
    batch = sketch_many(["une autre réponse avant", text, "et une après"])
    assert sketch(text).bands.tolist() == batch[1].tolist()


# --- template.autoresponder ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "market, text, phrase",
    [
        ("fr", "Ceci est une réponse automatique : nous revenons vers vous lundi.", "réponse automatique"),  # fr
        ("de", "Dies ist eine automatische Antwort. Wir melden uns am Montag.", "automatische Antwort"),  # de
        ("uk", "This is an automated reply; our team will answer on Monday.", "automated reply"),  # en
        (
            "es",
            "Respuesta automática: le contestaremos el lunes.",
            "Respuesta automática",
        ),  # es, accent kept in offsets
        ("it", "Messaggio automatico, si prega di non rispondere.", "Messaggio automatico"),  # it: first phrase wins
        ("nl", "Dit is een automatisch antwoord van onze klantenservice.", "automatisch antwoord"),  # nl
        ("pl", "Nie odpowiadaj na tę wiadomość, jest wysyłana automatycznie.", "Nie odpowiadaj na tę wiadomość"),  # pl
        ("pt", "Esta é uma resposta automática do vendedor.", "resposta automática"),  # pt
        ("se", "Automatiskt svar: jag är tillbaka på måndag.", "Automatiskt svar"),  # sv (a ninth language)
        ("gr", "Αυτόματη απάντηση: θα επιστρέψω τη Δευτέρα.", "Αυτόματη απάντηση"),  # el, Greek script
        ("uk", "Thanks! Please DO NOT REPLY to this message.", "Please DO NOT REPLY"),  # any case; leftmost phrase
        ("de", "Ich bin außerhalb des Büros bis Freitag.", "außerhalb des Büros"),  # ß and umlaut fold alike
        # "generated / sent automatically" said of the message itself
        ("de", "Diese Nachricht wurde automatisch erstellt. Wir melden uns.", "automatisch erstellt"),
        ("pl", "Wiadomość wygenerowana automatycznie. Odpowiemy w poniedziałek.", "wygenerowana automatycznie"),
        ("pt", "Obrigado! Esta mensagem foi enviada automaticamente.", "enviada automaticamente"),
    ],
)
def test_autoresponder_found_on_first_use(policy: Policy, market: str, text: str, phrase: str) -> None:
    check = TemplateCheck()  # no history: autoresponders need none
    findings = check.inspect(Message(text=text, market=market), CheckContext(policy=policy.for_market(market)))
    assert [f.code for f in findings] == [AUTO]
    assert text[findings[0].start : findings[0].end] == phrase


@pytest.mark.parametrize(
    "market, text",
    [
        (
            "fr",
            "La luminosité automatique est activée, vous pouvez la couper dans les réglages.",
        ),  # "automatique" alone
        ("uk", "I will reply to your message in detail tonight, sorry for the delay."),  # "reply" + "message" apart
        ("de", "Die Antwort kam automatisch? Nein, ich habe sie selbst geschrieben."),  # words not in a phrase
        ("es", "No responde a la carga rápida, le envío otro cargador."),  # "no responde" is not "no responda a este"
        # "generated / sent automatically" said of a document the platform makes, not of the message
        ("de", "Ja, die Rechnung wird nach dem Kauf automatisch erstellt. Den Firmennamen tragen Sie ein."),
        ("pt", "A fatura é enviada automaticamente pela plataforma para o e-mail da sua conta."),
        ("fr", "L'étiquette retour est générée automatiquement quand vous ouvrez le retour."),
        ("it", "Il codice di tracciamento viene inviato automaticamente appena il pacco parte. Grazie del messaggio!"),
    ],
)
def test_autoresponder_not_found_in_individual_text(policy: Policy, market: str, text: str) -> None:
    findings = TemplateCheck().inspect(
        Message(text=text, market=market), CheckContext(policy=policy.for_market(market))
    )
    assert findings == []


# --- template.repeated -----------------------------------------------------------------------------


def _reply(
    i: int, text: str | None = None, seller: str = "s-1", conversation: str | None = None, days_ago: float = 1.0
) -> Message:
    return Message(
        text=text or TEMPLATE.format(name=f"Client{i}", order=4000 + i, model="iPhone 12"),
        market="fr",
        id=f"m-{i}",
        conversation_id=conversation or f"c-{i}",
        seller_id=seller,
        sent_at=NOW - timedelta(days=days_ago) + timedelta(minutes=i),
    )


def _individual(i: int) -> str:
    bodies = [
        "Je viens de vérifier votre téléphone : l'écran ne présente aucune rayure et la batterie est à 91 %.",
        "Pour le Face ID, essayez de supprimer puis recréer votre visage dans les réglages, puis redémarrez.",
        "Le colis était assuré, je lance l'enquête auprès du transporteur et je vous tiens au courant jeudi.",
        "Votre carte SIM doit être au format nano ; l'ancienne ne rentrera pas, je peux vous envoyer un adaptateur.",
        "La coque arrière a une petite marque près de l'objectif, comme sur les photos de l'annonce ; rien d'autre.",
        "Le chargeur fourni accepte la charge rapide jusqu'à 20 W, un câble USB-C vers Lightning est inclus.",
        "Si le son grésille encore après la mise à jour d'hier soir, je reprends l'appareil sans frais.",
    ]
    return f"Bonjour Client{i},\n{bodies[i % len(bodies)]}\nCordialement,\nJean{SIGNATURE}"


@pytest.mark.parametrize(
    "earlier, new, expected_count",
    [
        ([_reply(i) for i in range(2)], _reply(9), 2),  # N = 2 other conversations: flagged
        ([_reply(i) for i in range(5)], _reply(9), 5),  # more conversations: flagged, higher score
        (
            [
                _reply(0),
                _reply(
                    1,
                    text=TEMPLATE.format(name="Éric", order="FR99812", model="Pixel 7").replace(
                        "Vous recevrez", "Vous allez recevoir"
                    ),
                ),
            ],
            _reply(9),
            2,
        ),  # small edits and other slots still count
        (
            [
                _reply(i, text=TEMPLATE.replace("\nCordialement,\nJean", "").format(name=f"C{i}", order=i, model="X"))
                for i in range(2)
            ],
            _reply(9),
            2,
        ),  # with or without the closing: near-duplicate
        ([_reply(0)], _reply(9), None),  # only 1 other conversation: not yet
        ([_reply(0), _reply(1, conversation="c-9")], _reply(9), None),  # the same conversation does not count
        ([_reply(i, seller=f"s-{i + 2}") for i in range(5)], _reply(9), None),  # other sellers' uses do not count
        ([_reply(i, days_ago=40) for i in range(5)], _reply(9), None),  # outside the 30-day window
        ([_reply(i, text="Merci, bonne journée !") for i in range(8)], _reply(9, text="Merci, bonne journée !"), None),
        # a short courtesy is never a template, however often
        ([_reply(i, text=_individual(i)) for i in range(6)], _reply(9, text=_individual(6)), None),
        # long individual answers that share a signature are not templates (seven different bodies)
        ([_reply(i) for i in range(3)] + [_reply(8, text=_individual(1))], _reply(9, text=_individual(5)), None),
        # an individual answer of a seller who also uses templates is not flagged
    ],
)
def test_repeated(policy: Policy, earlier: list[Message], new: Message, expected_count: int | None) -> None:
    store = HistoryStore()
    check = TemplateCheck.build(CheckResources(policy=policy, history=store))
    store.add(earlier)
    findings = [f for f in check.inspect(new, CheckContext(policy=policy.for_market("fr"))) if f.code == REPEATED]
    if expected_count is None:
        assert findings == []
        return
    assert len(findings) == 1
    assert f"to {expected_count} other conversations" in findings[0].detail
    assert "closest earlier message m-" in findings[0].detail
    assert findings[0].start is None and findings[0].end is None  # the whole message
    assert findings[0].score == pytest.approx(0.6 + 0.4 * (1 - 2 / expected_count))


@pytest.mark.parametrize(
    "changed, flagged",
    [
        ({"min_conversations": 3}, False),  # N raised to 3: two earlier conversations are not enough
        ({"min_conversations": 1}, True),  # N lowered: still flagged
        ({"similarity": 0.999}, True),  # the ratio rejects the edited copy, the shingle overlap still takes it
        ({"similarity": 0.999, "containment": 0.999}, True),  # the words it shares still take it (a reworded use)
        # the reply's stems are nearly all in the earlier replies: the cut-short reading takes it...
        ({"similarity": 0.999, "containment": 0.999, "word_containment": 0.999}, True),
        (  # ...unless it is stricter too: all stricter, rejected
            {"similarity": 0.999, "containment": 0.999, "word_containment": 0.999, "cut_short_containment": 0.999},
            False,
        ),
        # likewise with the Jaccards (the anchored one too: the exact copy would anchor the edited one)
        ({"similarity": 0.999, "jaccard": 0.999, "word_group_jaccard": 0.999, "related_word_jaccard": 0.999}, False),
        ({"window_days": 0.005}, False),  # 7 minutes: shorter than the gap to the earlier replies (8 and 9 minutes)
        ({"min_length": 1000}, False),  # every reply counts as short
    ],
)
def test_repeated_follows_the_policy_settings(policy: Policy, changed: dict, flagged: bool) -> None:
    store = HistoryStore()
    check = TemplateCheck.build(CheckResources(policy=policy, history=store))
    store.add(
        [
            _reply(0),
            _reply(
                1,
                text=TEMPLATE.format(name="Zoé", order=1, model="iPhone 12").replace(
                    "dès l'envoi", "dès que le colis part"
                ),
            ),
        ]
    )
    market = policy.for_market("fr")
    market = replace(market, settings={**market.settings, "template": {**market.settings_for("template"), **changed}})
    findings = check.inspect(_reply(9), CheckContext(policy=market))
    assert any(f.code == REPEATED for f in findings) is flagged


@pytest.mark.parametrize(
    "store_it, forget, flagged",
    [
        (False, None, False),  # no history store (`screening check`): only autoresponders are looked for
        (True, None, True),  # with the store: flagged
        (True, {"seller_id": "s-1"}, False),  # the seller's history erased: the index forgets it too
        (True, {"conversation_id": "c-0"}, False),  # one of the two conversations erased: 1 left, below N
    ],
)
def test_repeated_needs_and_follows_the_store(
    policy: Policy, store_it: bool, forget: dict | None, flagged: bool
) -> None:
    store = HistoryStore()
    check = TemplateCheck.build(CheckResources(policy=policy, history=store if store_it else None))
    store.add([_reply(0), _reply(1)])
    if forget:
        store.forget(**forget)
    findings = check.inspect(_reply(9), CheckContext(policy=policy.for_market("fr")))
    assert any(f.code == REPEATED for f in findings) is flagged


# --- rescoring a file: its own history, in sent_at order -------------------------------------------


def test_rescore_judges_each_record_against_the_file_before_it(tmp_path: Path) -> None:
    raw = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))
    raw["checks"] = {"seller": ["template"], "buyer": [], "platform": []}
    for market in raw["markets"].values():
        market.pop("checks", None)
    policy_path = tmp_path / "policy.yaml"
    policy_path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    # Written newest first: rescore must sort by sent_at, so m-0 and m-1 are history for m-2.
    records = [_reply(i).to_record() for i in (3, 2, 1, 0)]
    records = [{**r, "sent_at": (NOW + timedelta(hours=int(r["id"][2:]))).isoformat()} for r in records]
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    assert (
        cli_main(["--policy", str(policy_path), "rescore", str(source), "--output", str(output), "--no-progress"]) == 0
    )
    verdicts = {v["id"]: v for v in map(json.loads, output.read_text(encoding="utf-8").splitlines())}
    flagged = {i for i, v in verdicts.items() if any(f["code"] == REPEATED for f in v["findings"])}
    assert flagged == {"m-2", "m-3"}
    assert "to 2 other conversations" in next(f for f in verdicts["m-2"]["findings"])["detail"]
    assert verdicts["m-3"]["action"] == "flag" and verdicts["m-3"]["rules"] == ["R5"]


# --- accuracy on the held-out stream (data/template/README.md) -------------------------------------


def test_accuracy_on_the_test_stream() -> None:
    from bench.bench_template import evaluate_stream

    result = evaluate_stream(ROOT / "data" / "template" / "test.jsonl")
    for code in (REPEATED, AUTO):
        assert result[code]["support"] >= 20, code
        assert result[code]["precision"] >= 0.95, (code, result["_errors"])
        assert result[code]["recall"] >= 0.95, (code, result["_errors"])
