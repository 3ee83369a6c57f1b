"""The language check (rule R3, issue 3): through the check, the pipeline (Screener) and the API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from screening import Message, Policy, Screener
from screening.checks.base import CheckContext, CheckResources
from screening.checks.language.check import LanguageCheck
from screening.checks.language.alphabets import written_with_alphabet_of
from screening.checks.language.cleaner import load_lexicon, main_body, mask
from screening.checks.language.evaluation import HOME_MARKET, load_conversations, load_replies, precision_recall
from screening.checks.language.function_words import function_words_deny
from screening.checks.language.neighbour_words import neighbour_language
from screening.core.policy import DEFAULT_POLICY_PATH, PolicyError

CODE = "language.wrong_language"


def _language_only(raw: dict) -> dict:
    """The project's policy with only the language check running, so other checks' findings (and
    models) do not enter these tests; everything else (markets, actions, settings) is the real one."""
    raw["checks"] = {"seller": ["language"], "buyer": [], "platform": []}
    for market in raw["markets"].values():
        market.pop("checks", None)
    return raw


def _write_policy(path: Path, raw: dict) -> Path:
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def policy_path(tmp_path_factory) -> Path:
    raw = _language_only(yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8")))
    return _write_policy(tmp_path_factory.mktemp("policy") / "policy.yaml", raw)


@pytest.fixture(scope="module")
def policy(policy_path: Path) -> Policy:
    return Policy.load(policy_path)


@pytest.fixture(scope="module")
def screener(policy: Policy) -> Screener:
    return Screener.create(policy)


@pytest.fixture(scope="module")
def check(screener: Screener) -> LanguageCheck:
    return screener.checks["language"]


def language_findings(screener: Screener, market: str, text: str, buyer: tuple[str, ...] = ()):
    conversation = [Message(text=b, market=market, author="buyer") for b in buyer]
    verdict = screener.screen(Message(text=text, market=market), conversation=conversation)
    return verdict, [f for f in verdict.findings if f.check == "language"]


# --- cleaning: what carries no language is removed, the greeting is not the body ------------------


@pytest.mark.parametrize(
    "text, body",
    [
        # an English greeting before a French body: judged on the body
        ("Hello ! Le téléphone est parti ce matin.", "Le téléphone est parti ce matin."),
        # a French greeting before an English body: the body is the offending part
        ("Bonjour ! The warranty covers the battery.", "The warranty covers the battery."),
        # a sign-off and a signature after the body are not body either
        ("Das Paket ist unterwegs. Mit freundlichen Grüßen, Anna Schmidt", "Das Paket ist unterwegs."),
        # a greeting with a name ("Hallo Herr Müller") is still a greeting
        ("Hallo Herr Müller, das Paket ist unterwegs.", "das Paket ist unterwegs."),
        # greeting only: nothing left to judge
        ("Many thanks and have a great day!", ""),
        # product only: nothing left to judge
        ("Samsung Galaxy S21 Ultra 5G 256GB", ""),
    ],
)
def test_main_body_drops_greetings_and_sign_offs(text, body):
    found = main_body(text, load_lexicon())
    assert text[found.start : found.end] == body


@pytest.mark.parametrize(
    "text, gone, kept",
    [
        # product vocabulary (features named in English everywhere) is removed, French words stay
        ("Le Face ID et le True Tone fonctionnent", ["Face", "True"], ["fonctionnent"]),
        # brand + model words + capacity + colour: none of it is language
        (
            "iPhone 13 Pro Max 256GB Sierra Blue, parfait état",
            ["iPhone", "Pro", "Max", "256GB", "Sierra", "Blue"],
            ["parfait"],
        ),
        # order id, tracking number, price, percentage, URL and e-mail
        (
            "Commande FR-2026-1188, suivi 6A12345678901, 429 €, 89 %, voir www.example.com ou a.b@c.fr",
            ["FR-2026-1188", "6A12345678901", "429", "€", "89", "www", "a.b@c.fr"],
            ["Commande", "suivi", "voir"],
        ),
        # acronyms and emoji
        ("La carte SIM et l'IMEI sont ok 👍", ["SIM", "IMEI", "👍"], ["carte"]),
        # a shouted reply keeps its words: capitals are language there
        ("MERCI BEAUCOUP POUR VOTRE ACHAT", [], ["MERCI", "BEAUCOUP", "VOTRE"]),
    ],
)
def test_mask_removes_what_carries_no_language(text, gone, kept):
    masked = mask(text, load_lexicon())
    assert len(masked) == len(text)  # offsets are kept
    for token in gone:
        assert token not in masked
    for token in kept:
        assert token in masked


@pytest.mark.parametrize(
    "language, text, possible",
    [
        ("sv", "ingen ridser på skærmen", False),  # æ is Danish/Norwegian, never Swedish
        ("da", "inga repor på skärmen", False),  # ä is Swedish, never Danish
        ("sk", "přijde zítra", False),  # ř is Czech only
        ("pt", "el año pasado", False),  # ñ is not Portuguese
        ("es", "el año pasado", True),  # ...but it is Spanish
        ("el", "Το δέμα θα φτάσει αύριο", True),  # Greek script for Greek
        ("el", "The parcel arrives tomorrow", False),  # Latin script is not Greek
    ],
)
def test_alphabet_veto(language, text, possible):
    assert written_with_alphabet_of(language, text) is possible


# --- short replies: never flagged ---------------------------------------------------------------


@pytest.mark.parametrize(
    "market, text",
    [
        ("fr", "ok"),  # "ok" read as Zulu by detectors: one word
        ("fr", "Merci !"),  # read as Latin by detectors; and it is the market's language anyway
        ("de", "Thanks a lot!"),  # English, three words
        ("it", "Gracias, buen día"),  # Spanish, three words
        ("fr", "Samsung Galaxy S21 Ultra 5G 256GB"),  # product only, read as German by detectors
        ("pl", "iPhone 13 Pro 128GB Midnight, grade A"),  # product-heavy: too few letters left
        ("uk", "Bonjour !"),  # greeting only
    ],
)
def test_short_replies_are_never_flagged(screener, market, text):
    verdict, findings = language_findings(screener, market, text)
    assert findings == []
    assert verdict.action.value == "allow"


@pytest.mark.parametrize(
    "market, text, flagged",
    [
        # too few letters for the detectors, but two words only the neighbour writes
        ("es", "Non, só o cargador.", True),  # Galician on es
        ("es", "Si, chega mañá sen falta.", True),  # Galician on es
        ("nl", "Ek stuur dit sommer vandag.", True),  # Afrikaans on nl
        ("es", "No, solo el cargador.", False),  # Spanish on es
        ("nl", "Ik stuur het vandaag.", False),  # Dutch on nl
        ("es", "Non, grazas.", False),  # Galician, but three words or fewer are never judged
    ],
)
def test_short_reply_in_a_close_neighbour_is_told_by_its_words(screener, market, text, flagged):
    assert bool(language_findings(screener, market, text)[1]) is flagged


@pytest.mark.parametrize(
    "text, detected, market_languages, denied",
    [
        # every function word is shared by the market's language and the detected one
        ("No, solo una guida rapida.", "es", ("it",), True),
        # the market's own answer word ("oui"), none of the detected language's
        ("Oui, dispo.", "it", ("fr",), True),
        # German "ist" beside words Dutch shares
        ("ja, preis ist in chf", "nl", ("de",), True),
        # a function word only the detected language uses: the detectors may be right
        ("Sí, lo enviamos hoy por la tarde.", "es", ("it",), False),
        ("Yes, it is in the box.", "en", ("fr",), False),
        # no function word at all: nothing to say, the detectors decide
        ("Bestellung morgen Vormittag.", "de", ("nl",), False),
        # spaCy lists French "retour", a word Dutch replies use every day (common_words.json)
        ("Ja, binnen 14 dagen gratis retour.", "fr", ("nl",), True),
        # no list of the detected language's function words: nothing to say
        ("Oui, dispo.", "zz", ("fr",), False),
    ],
)
def test_function_words_deny_a_short_reading(text, detected, market_languages, denied):
    assert function_words_deny(text, detected, market_languages) is denied


@pytest.mark.parametrize(
    "market, text",
    [
        # a few words of the market's language that a detector reads as a neighbour's
        ("fr", "Oui, dispo. Batterie 91 %."),
    ],
)
def test_short_reply_in_the_market_language_read_as_another_is_allowed(screener, market, text, tmp_path):
    _, findings = language_findings(screener, market, text)
    assert findings == []
    # the same reply with the function-word test off is flagged: the test above is what spares it
    off = Screener.create(_policy_with(tmp_path, market, settings={"language": {"short_body_words": 0}}))
    assert [f.code for f in off.screen(Message(text=text, market=market)).findings] == [CODE]


# --- wrong language: flagged, with detail and span; the policy decides -----------------------------


@pytest.mark.parametrize(
    "market, text, detected",
    [
        ("fr", "Yes, it is unlocked for every network, you can use your own SIM card.", "en"),  # English on fr
        ("de", "Le téléphone a été expédié ce matin et arrivera jeudi.", "fr"),  # French on de
        ("uk", "Das Gerät wurde in unserer Werkstatt vollständig geprüft.", "de"),  # German on uk
        ("gr", "The parcel will arrive tomorrow afternoon with the courier.", "en"),  # Latin script on gr
        ("hu", "Nie, w pudełku jest tylko kabel do ładowania.", "pl"),  # Polish on hu
        ("se", "Vi har modtaget din returnering, pengene kommer inden for fem dage.", "da"),  # Danish on se
    ],
)
def test_wrong_language_is_flagged(screener, market, text, detected):
    verdict, findings = language_findings(screener, market, text)
    assert [f.code for f in findings] == [CODE]
    finding = findings[0]
    assert f"reads as {detected}" in finding.detail
    assert "acceptable languages:" in finding.detail and "(market)" in finding.detail
    assert 0.5 <= finding.score <= 1.0
    assert (finding.start, finding.end) == (0, len(text))
    assert verdict.action.value == "flag" and "R3" in verdict.rules


@pytest.mark.parametrize(
    "market, buyer, text, flagged",
    [
        # Cyrillic: no candidate language is written in it, so no detector names one; still wrong on fr
        ("fr", (), "Здравствуйте, телефон отправлен сегодня утром и придёт в четверг.", True),
        # ...unless the buyer wrote in that script: the buyer's language is acceptable
        (
            "fr",
            ("Здравствуйте, когда придёт мой телефон?",),
            "Здравствуйте, телефон отправлен сегодня утром и придёт в четверг.",
            False,
        ),
        # Greek is a candidate language (gr market): named as el, not as a foreign script
        ("fr", (), "Το δέμα θα φτάσει αύριο το απόγευμα με την εταιρεία μεταφορών.", True),
        # Short replies are too short for the detectors, but the script alone settles it from two words
        ("pt", (), "Отправил вчера, спасибо.", True),
        ("de", (), "Дякую, гарного дня", True),
        ("pl", ("Добрый день, телефон ещё есть?",), "Да, есть.", False),  # the buyer wrote Cyrillic
        ("it", (), "Спасибо", False),  # one word: a quote, a name, a greeting; not judged
    ],
)
def test_reply_in_a_script_no_market_uses(screener, market, buyer, text, flagged):
    _, findings = language_findings(screener, market, text, buyer=buyer)
    assert bool(findings) is flagged
    if flagged:
        assert findings[0].code == CODE and (
            "Cyrillic script" in findings[0].detail or "reads as el" in findings[0].detail
        )


@pytest.mark.parametrize(
    "market, text, body_start",
    [
        # the issue's example: a French greeting does not make an English reply French
        ("fr", "Bonjour ! The warranty covers the battery for twelve months.", 10),
        # same on the Swiss market, German greeting
        ("ch", "Hallo! The parcel will arrive tomorrow afternoon with Swiss Post.", 7),
    ],
)
def test_span_is_the_main_body_not_the_greeting(screener, market, text, body_start):
    _, findings = language_findings(screener, market, text)
    assert [f.code for f in findings] == [CODE]
    assert (findings[0].start, findings[0].end) == (body_start, len(text))


@pytest.mark.parametrize(
    "market, text",
    [
        ("fr", "Hello ! Le Face ID et le True Tone fonctionnent parfaitement."),  # English greeting, French body
        ("fr", "Le Face ID et le True Tone fonctionnent, la batterie est à 90 %."),  # French with English product words
        ("de", "Face ID und True Tone funktionieren, der Akku hat 88 % Kapazität."),  # German with product words
        ("es", "Hello! El teléfono se entregará el lunes con el mensajero."),  # English greeting, Spanish body
        ("fr", "Votre colis est parti avec Colissimo, numéro de suivi 6A12345678901."),  # French with a tracking id
    ],
)
def test_market_language_with_foreign_words_is_allowed(screener, market, text):
    assert language_findings(screener, market, text)[1] == []


# --- acceptable languages: every language of a multi-language market, and the buyer's ------------


@pytest.mark.parametrize(
    "market, text",
    [
        ("be", "De batterij is vorige maand in onze werkplaats vervangen."),  # Dutch on be
        ("be", "Der Akku wurde letzten Monat in unserer Werkstatt getauscht."),  # German on be
        ("be", "La batterie a été changée le mois dernier dans notre atelier."),  # French on be
        ("ch", "Il telefono è sbloccato e funziona con qualsiasi scheda SIM."),  # Italian on ch
        ("ch", "Die Zahlung erfolgt ausschliesslich über die Plattform, Barzahlung geht nicht."),  # Swiss spelling
        ("fi", "Telefonen är olåst och fungerar med alla operatörer."),  # Swedish on fi
        ("fi", "Puhelin on lukitsematon ja toimii kaikkien operaattoreiden kanssa."),  # Finnish on fi
        ("es", "Està lliure i funciona amb qualsevol operador de telefonia."),  # Catalan on es
        ("us", "Está liberado y funciona con cualquier operador del país."),  # Spanish on us
        ("lu", "Wir liefern in drei Werktagen nach Luxemburg."),  # German on lu
    ],
)
def test_every_market_language_is_acceptable(screener, market, text):
    assert language_findings(screener, market, text)[1] == []


@pytest.mark.parametrize(
    "market, buyer, reply, flagged",
    [
        # the buyer wrote English: an English reply is what they understand
        (
            "fr",
            "Hello, is the phone unlocked?",
            "Yes, it is unlocked for every network, you can use your own SIM.",
            False,
        ),
        # the buyer wrote French: an English reply on the French market is wrong
        (
            "fr",
            "Bonjour, le téléphone est-il débloqué ?",
            "Yes, it is unlocked for every network, you can use your own SIM.",
            True,
        ),
        # a Dutch buyer on the German market may be answered in Dutch
        ("de", "Hoi, is de accu nieuw?", "Ja, de batterij is voor verzending volledig vervangen.", False),
        # a Slovak buyer on the Czech market may be answered in Slovak
        (
            "cz",
            "Dobrý deň, je telefón odblokovaný?",
            "Áno, telefón je odblokovaný a funguje u všetkých operátorov.",
            False,
        ),
        # a Swedish buyer on the Finnish market answered in Danish: neither the market's nor the buyer's
        (
            "fi",
            "Hej, har telefonen några repor på skärmen eller på baksidan?",
            "Skærmen har ingen ridser, kun et lille mærke på bagsiden.",
            True,
        ),
        # ...and when the buyer's few words read as Danish to one detector too: on a line this short
        # the detectors cannot tell the neighbours apart, and the market's Swedish is the likelier
        ("fi", "Hej, har telefonen repor?", "Skærmen har ingen ridser, kun et lille mærke på bagsiden.", True),
        # a Norwegian buyer on the Swedish market may be answered in Norwegian
        ("se", "Hei, fungerer Face ID?", "Ja, Face ID fungerer og batteriet er på 91 prosent.", False),
    ],
)
def test_buyer_language_is_acceptable(screener, market, buyer, reply, flagged):
    _, findings = language_findings(screener, market, reply, buyer=(buyer,))
    assert bool(findings) is flagged
    if flagged:
        assert "(buyer)" in findings[0].detail or "(market)" in findings[0].detail


def test_only_buyer_messages_count_as_the_buyer_language(check, policy):
    # The seller's own earlier English message does not make English acceptable.
    earlier = [Message(text="Hello, the phone is on its way to you now.", market="fr", author="seller")]
    reply = Message(text="Yes, it is unlocked for every network, you can use your own SIM card.", market="fr")
    assert check.buyer_languages(earlier) == frozenset()
    assert check.inspect(reply, CheckContext(policy=policy.for_market("fr"), conversation=earlier))


# --- confusable pairs ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "market, text, flagged",
    [
        ("es", "Sim, está desbloqueado e funciona com qualquer operadora.", True),  # pt on es
        ("pt", "Sí, el teléfono tiene doce meses de garantía.", True),  # es on pt
        ("pt", "Sim, o telemóvel tem doze meses de garantia.", False),  # pt on pt
        ("es", "Sì, è sbloccato e funziona con qualsiasi operatore.", True),  # it on es
        ("it", "Sì, il telefono è sbloccato e funziona con qualsiasi operatore.", False),  # it on it
        ("es", "El mòbil no està vinculat a cap compte, el podeu activar.", False),  # ca on es
        ("nl", "Nein, es ist nur ein USB-C Kabel dabei, kein Ladegerät.", True),  # de on nl
        ("de", "Nee, er zit alleen een USB-C kabel bij, geen oplader.", True),  # nl on de
        ("cz", "Áno, telefón je odblokovaný a funguje u všetkých operátorov.", True),  # sk on cz
        ("sk", "Balík přijde zítra odpoledne, číslo zásilky vám pošlu.", True),  # cs on sk
        ("sk", "Balík príde zajtra popoludní, číslo zásielky vám pošlem.", False),  # sk on sk
        ("pl", "Ano, telefon má dvanáct měsíců záruku na všechny vady.", True),  # cs on pl
        ("dk", "Ja, Face ID fungerar och batteriet är på 91 procent.", True),  # sv on dk
        ("dk", "Telefonen er ikke tilknyttet nogen konto, du kan sagtens aktivere den.", False),  # da on dk
        ("se", "Telefonen er ikke knyttet til noen konto, du kan aktivere den uten problemer.", True),  # nb on se
        ("fr", "Il telefono è stato spedito stamattina, arriverà giovedì.", True),  # it on fr
        ("it", "Le téléphone arrivera lundi, je vous envoie le numéro de suivi.", True),  # fr on it
    ],
)
def test_confusable_pairs(screener, market, text, flagged):
    assert bool(language_findings(screener, market, text)[1]) is flagged


# --- the policy decides the action, per market ---------------------------------------------------


def _policy_with(tmp_path: Path, market: str, **market_config) -> Policy:
    raw = _language_only(yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8")))
    raw["markets"][market].update(market_config)
    return Policy.load(_write_policy(tmp_path / "policy.yaml", raw))


@pytest.mark.parametrize(
    "market_config, action",
    [
        ({}, "flag"),  # default: R3 flags
        ({"actions": [{"codes": "language.*", "block": 0.5}]}, "block"),  # a market may block instead
        ({"actions": [{"codes": "language.*"}]}, "allow"),  # or only record the finding
        ({"settings": {"language": {"min_letters": 500}}}, "allow"),  # or demand much longer replies
    ],
)
def test_policy_decides_the_action(tmp_path, market_config, action):
    screener = Screener.create(_policy_with(tmp_path, "fr", **market_config))
    text = "Yes, it is unlocked for every network, you can use your own SIM card."
    assert screener.screen(Message(text=text, market="fr")).action.value == action


@pytest.mark.parametrize("detector", ["lingua", "langdetect"])
def test_both_detectors_flag_a_clear_case(tmp_path, detector):
    # langdetect stays selectable (the comparison in data/language/README.md)
    raw = _language_only(yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8")))
    raw["settings"].setdefault("language", {})["detector"] = detector
    policy = Policy.load(_write_policy(tmp_path / "policy.yaml", raw))
    check = LanguageCheck.build(CheckResources(policy=policy))
    reply = Message(text="The device has been fully tested and refurbished in our own workshop.", market="de")
    assert [f.code for f in check.inspect(reply, CheckContext(policy=policy.for_market("de")))] == [CODE]


# --- through the API -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(policy_path: Path):
    with TestClient(create_app(Settings(history_path=":memory:", policy_path=policy_path))) as test_client:
        yield test_client


@pytest.mark.parametrize(
    "market, context, text, action",
    [
        # English reply to a French buyer on the French market: flagged under R3
        (
            "fr",
            ["Bonjour, quand arrive mon colis ?"],
            "Your parcel left this morning and will arrive on Thursday.",
            "flag",
        ),
        # the same reply to a buyer who wrote English: allowed
        (
            "fr",
            ["Hello, when will my parcel arrive?"],
            "Your parcel left this morning and will arrive on Thursday.",
            "allow",
        ),
        # German on the Belgian market: a market language
        (
            "be",
            ["Hallo, wanneer komt mijn pakket?"],
            "Ihr Paket ist heute Morgen losgefahren und kommt am Donnerstag.",
            "allow",
        ),
        # a two-word reply is never flagged
        ("fr", [], "Thanks, bye", "allow"),
    ],
)
def test_api_screen_with_context(client, market, context, text, action):
    body = {
        "message": {"text": text, "market": market, "conversation_id": "c-1", "sent_at": "2026-03-02T10:00:00Z"},
        "context": [
            {
                "text": t,
                "market": market,
                "author": "buyer",
                "conversation_id": "c-1",
                "sent_at": "2026-03-02T09:00:00Z",
            }
            for t in context
        ],
        "record": False,
    }
    response = client.post("/v1/screen", json=body)
    assert response.status_code == 200
    verdict = response.json()
    assert verdict["action"] == action
    codes = [f["code"] for f in verdict["findings"]]
    assert (CODE in codes) is (action == "flag")
    if action == "flag":
        assert verdict["rules"] == ["R3"]
        assert verdict["model_versions"]["language"].startswith("lingua-language-detector")


# --- through rescoring: the buyer's language comes from the file's history ----------------------


def test_rescore_takes_the_buyer_language_from_history(screener, tmp_path):
    from screening.batch.rescore import rescore

    reply = "Yes, it is unlocked for every network, you can use your own SIM card."
    records = [
        # c-en: the buyer wrote English earlier in the file, so the English reply is fine
        {
            "id": "b1",
            "conversation_id": "c-en",
            "market": "fr",
            "author": "buyer",
            "sent_at": "2026-03-02T09:00:00Z",
            "text": "Hello, is the phone unlocked for every network?",
        },
        {
            "id": "s1",
            "conversation_id": "c-en",
            "market": "fr",
            "author": "seller",
            "sent_at": "2026-03-02T10:00:00Z",
            "text": reply,
        },
        # c-fr: the buyer wrote French, the same English reply breaks R3
        {
            "id": "b2",
            "conversation_id": "c-fr",
            "market": "fr",
            "author": "buyer",
            "sent_at": "2026-03-02T09:00:00Z",
            "text": "Bonjour, le téléphone est-il débloqué pour tous les opérateurs ?",
        },
        {
            "id": "s2",
            "conversation_id": "c-fr",
            "market": "fr",
            "author": "seller",
            "sent_at": "2026-03-02T10:00:00Z",
            "text": reply,
        },
    ]
    source, target = tmp_path / "history.jsonl", tmp_path / "verdicts.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    rescore(screener, source, target, progress=False)
    actions = {v["id"]: v["action"] for v in map(json.loads, target.read_text(encoding="utf-8").splitlines())}
    assert actions == {"b1": "allow", "s1": "allow", "b2": "allow", "s2": "flag"}


# --- the issue's targets on the evaluation data (data/language/, never tuned on) ----------------


def test_no_finding_on_replies_of_three_words_or_fewer(check, policy):
    # Every reply of the data set on a market that does not speak its language.
    flagged = []
    for reply in [*load_replies(), *load_replies(split="holdout")]:
        if len(reply.text.split()) > 3:
            continue
        market = "gr" if reply.language != "el" else "fr"
        if check.inspect(Message(text=reply.text, market=market), CheckContext(policy=policy.for_market(market))):
            flagged.append(reply.id)
    assert flagged == []


@pytest.mark.parametrize("split", ["dev", "test", "holdout"])
def test_no_false_flag_on_replies_in_their_own_market(check, policy, split):
    # Every labelled reply screened on a market that speaks its language: never flagged.
    flagged = [
        r.id
        for r in load_replies(split=split)
        if r.language in HOME_MARKET
        and check.inspect(
            Message(text=r.text, market=HOME_MARKET[r.language]),
            CheckContext(policy=policy.for_market(HOME_MARKET[r.language])),
        )
    ]
    assert flagged == []


@pytest.mark.parametrize(
    "holdout, min_rows, min_precision, min_recall",
    [
        # the holdout set, never looked at while designing: the issue's targets
        (True, 40, 0.97, 0.95),
        # the first set (its misses shaped the design): a guard at what it measures (P 1.000, R 0.947;
        # the 3 misses are buyers whose few words read as the reply's language to one detector)
        (False, 120, 0.97, 0.94),
    ],
)
def test_conversation_sets_precision_and_recall(screener, holdout, min_rows, min_precision, min_recall):
    pairs = []
    for conversation in load_conversations(holdout=holdout):
        buyer = (conversation.buyer_text,) if conversation.buyer_text else ()
        _, findings = language_findings(screener, conversation.market, conversation.reply, buyer=buyer)
        pairs.append((bool(findings), conversation.expected == "flag"))
    precision, recall, *_ = precision_recall(pairs)
    assert len(pairs) >= min_rows
    assert precision >= min_precision and recall >= min_recall, (precision, recall)


@pytest.mark.parametrize(
    "settings, message",
    [
        ({"min_leters": 20}, "unknown key 'min_leters'"),  # a typo stops the service at start
        ({"min_letters": "many"}, "min_letters = 'many'"),  # so does a value that is not a number
        # and a detector that does not exist, naming the ones that do
        ({"detector": "fasttext"}, "unknown language detector 'fasttext'; allowed: lingua, langdetect"),
    ],
)
def test_bad_language_settings_fail_when_the_policy_loads(tmp_path, settings, message):
    with pytest.raises(PolicyError, match=f"market fr, settings.language: .*{message}"):
        _policy_with(tmp_path, "fr", settings={"language": settings})


def test_detector_settings_differing_between_markets_fail_at_start(tmp_path):
    # Detectors are built once for all markets: a market may not choose its own.
    policy = _policy_with(tmp_path, "fr", settings={"language": {"detector": "langdetect"}})
    with pytest.raises(ValueError, match="same for every market"):
        LanguageCheck.build(CheckResources(policy=policy))


# --- the two detectors' opinions on close neighbours, with detectors whose answers are fixed ------


class _ScriptedDetector:
    """A detector that answers from a table: text -> confidences (the real ones disagree in these
    ways on short texts and close neighbours; the table makes the rule, not the models, the subject)."""

    name = version = "scripted"

    def __init__(self, answers: dict[str, dict[str, float]]):
        self.answers = answers

    def confidences(self, text: str) -> dict[str, float]:
        return next((value for key, value in self.answers.items() if key in text), {})


_BUYER = "Is the phone still available for the weekend please"
_REPLY = "Replying in some neighbouring language with enough letters"


def _scripted_check(first: dict, second: dict) -> LanguageCheck:
    return LanguageCheck(_ScriptedDetector(first), confirm=_ScriptedDetector(second))


# Twelve words and more: the detectors' reading of a close neighbour counts on its own.
_LONG_REPLY = "Replying in some neighbouring language with enough letters and words for the detectors to read"


def _flags(check: LanguageCheck, market: str, reply: str = _REPLY) -> bool:
    policy = Policy.load().for_market(market)
    context = CheckContext(policy=policy, conversation=(Message(_BUYER, market, author="buyer"),))
    return bool(check.inspect(Message(reply, market, author="seller"), context))


@pytest.mark.parametrize(
    "buyer_second, expected",
    [
        # The first detector is sure the buyer wrote Portuguese; the second's reading of Spanish is doubt.
        ({"es": 0.71, "pt": 0.29}, True),
        # Both detectors think the buyer may write Spanish: a Spanish reply answers them.
        ({"es": 0.96, "pt": 0.04}, False),
    ],
)
def test_a_sure_buyer_language_excludes_the_other_detectors_doubt(buyer_second, expected):
    check = _scripted_check(
        {"phone still": {"pt": 0.99, "es": 0.01}, "Replying": {"es": 1.0}},
        {"phone still": buyer_second, "Replying": {"es": 1.0}},
    )
    assert _flags(check, "pt") is expected


@pytest.mark.parametrize("second_top, expected", [("nb", True), ("sv", False)])
def test_a_lesser_confidence_needs_the_second_detector_to_agree(second_top, expected):
    first = {"phone still": {"sv": 1.0}, "Replying": {"nb": 0.62, "sv": 0.38}}
    second = {"phone still": {"sv": 1.0}, "Replying": {second_top: 0.9, "da": 0.1}}
    assert _flags(_scripted_check(first, second), "se", _LONG_REPLY) is expected


@pytest.mark.parametrize(
    "market, reading, expected",
    [
        # A short reply the detectors split between the market's language and a neighbour spelled
        # like it: no word of the neighbour's own, so not flagged.
        ("se", {"nb": 0.62, "sv": 0.38}, False),
        ("dk", {"nb": 0.57, "da": 0.43}, False),
        ("cz", {"sk": 0.63, "cs": 0.15, "fi": 0.22}, False),
        ("sk", {"cs": 0.81, "sk": 0.19}, False),
        # The detectors leave the market's language no share: the neighbour is read as such.
        ("se", {"da": 0.79, "nb": 0.21}, True),
        ("cz", {"sk": 1.0}, True),
        # Not spelled alike (Portuguese on es): the detectors' reading counts, short or not.
        ("es", {"pt": 0.75, "es": 0.25}, True),
    ],
)
def test_a_short_reply_split_between_spelled_alike_neighbours_needs_their_words(market, reading, expected):
    top = max(reading, key=reading.__getitem__)
    first = {"phone still": {"en": 1.0}, "Replying": reading}
    second = {"phone still": {"en": 1.0}, "Replying": {top: 1.0}}
    assert _flags(_scripted_check(first, second), market) is expected
    # The same reading of a long reply is judged on the detectors alone.
    assert _flags(_scripted_check(first, second), market, _LONG_REPLY) is True


def test_below_the_agreed_confidence_nothing_is_flagged():
    first = {"phone still": {"sv": 1.0}, "Replying": {"nb": 0.45, "sv": 0.40, "da": 0.15}}
    second = {"phone still": {"sv": 1.0}, "Replying": {"nb": 1.0}}
    assert not _flags(_scripted_check(first, second), "se")


# --- neighbours the detectors cannot tell apart: Galician (no model), Afrikaans (reads as Dutch) ----


@pytest.mark.parametrize(
    "market, text, neighbour",
    [
        ("es", "Grazas pola mensaxe, o teléfono xa está dispoñible e enviámolo hoxe.", "gl"),
        ("pt", "Tamén temos unha funda para este modelo, se a quere.", "gl"),
        ("nl", "Ek het die foon gister gestuur, jy sal dit môre kry.", "af"),
        ("be", "Baie dankie, die battery is nog 90 persent, ons stuur dit vandag.", "af"),
        ("dk", "Hei! Telefonen er fortsatt ledig, og vi sender den gjerne i morgen.", "nb"),
        ("se", "Desværre er den solgt, men vi har en magen til, som vi gerne sender.", "da"),
        ("cz", "Áno, telefón je ešte k dispozícii, pošleme ho zajtra.", "sk"),
        # "nei" and Nynorsk "berre", "ein": Norwegian against Danish and Swedish alike
        ("se", "Nei, vi har dessverre ingen deksel til denne modellen.", "nb"),
        ("dk", "Nei, berre ein liten ripe på baksida, elles fint.", "nb"),
        # Danish "og", "der" and its letter ø on a Swedish market
        ("se", "Pakken er sendt og der følger en oplader med.", "da"),
        # Swedish ä against Danish, with "skickar"
        ("dk", "Mobilen är i nyskick och vi skickar den i morgon.", "sv"),
        # Czech ř and "teď" against Slovak; Slovak ô and "aj" against Czech
        ("sk", "Bohužel teď nemáme žádný kus skladem, zkuste příští týden.", "cs"),
        ("cz", "Môžeme ho poslať aj dnes, ak chcete.", "sk"),
        # Estonian function words against Finnish
        ("fi", "Aitäh, saadame telefoni homme hommikul.", "et"),
        # Spanish, Catalan and Portuguese told apart on the Iberian markets
        ("pt", "Sí, el cargador original viene con la caja.", "es"),
        ("pt", "Gràcies, el telèfon surt avui amb el carregador.", "ca"),
        ("es", "Sim, já enviámos a encomenda hoje de manhã.", "pt"),
        # Galician against Spanish: "non", "só" (Portuguese words too, but not Spanish ones)
        ("es", "Non, o cargador non vén incluído, só o cable.", "gl"),
        # Afrikaans spellings Dutch never writes: "binne", "werksdae", "sonder"
        ("nl", "Ons stuur die foon binne drie werksdae, sonder ekstra koste.", "af"),
    ],
)
def test_a_neighbour_told_by_its_own_words_is_flagged(screener, market, text, neighbour):
    verdict, findings = language_findings(screener, market, text)
    assert [f.code for f in findings] == [CODE]
    assert f"reads as {neighbour}" in findings[0].detail
    assert verdict.action.value == "flag"


@pytest.mark.parametrize(
    "market, text",
    [
        # one such word in a market-language reply is not enough ("xa" typed for "ya")
        (
            "es",
            "Hola, xa está enviado, llegará el jueves por la tarde.",
        ),
        (
            "pt",
            "Olá, a encomenda sai hoje e chega amanhã de manhã, obrigado.",
        ),
        (
            "nl",
            "Hallo, de telefoon is nog beschikbaar en we versturen hem vandaag nog.",
        ),
        (
            "be",
            "Dag, ik heb het toestel gisteren verstuurd, u ontvangt het morgen.",
        ),
        ("dk", "Hej, telefonen er stadig til salg, og vi sender den gerne i morgen."),
        ("se", "Hej, telefonen finns kvar och vi skickar den gärna i morgon."),
        ("cz", "Ano, telefon je ještě k dispozici, pošleme ho zítra."),
        ("sk", "Áno, telefón je ešte k dispozícii, pošleme ho zajtra."),
        # Portuguese "só", "ao" and "non" (no) are not Galician there: one neighbour word alone
        ("pt", "Olá, só temos o modelo de 128 GB, o envio é grátis."),
        ("es", "Sí, el envío es gratis y llega en dos o tres días."),
        # a Danish reply with one Swedish place name (ö) is still Danish
        ("dk", "Vi sender gerne til Malmö, pakken er fremme på tre dage."),
        # a Finnish reply: Finnish ä and ö are no Estonian sign
        ("fi", "Kiitos, lähetämme puhelimen huomenna aamulla."),
        # Flemish and Dutch words that look like Afrikaans ("gister", "nou", "niks")
        ("be", "Ik heb het gister verstuurd, nou ja, er is niks aan de hand."),
        # short replies the detectors read as a spelled-alike neighbour: Danish as Norwegian (no
        # word of either's own), Czech without diacritics as Slovak, Slovak as Czech (one word of
        # the market's own: "zitra", "pošlite")
        ("dk", "Kvitteringen er sendt til ordren nu, god weekend"),
        ("cz", "jo, dneska to posleme a zitra by to melo byt u vas"),
        ("sk", "Jasné, pošlite sem číslo objednávky prosím."),
        # a Norwegian word shared with Danish ("bare") is no Danish sign against Swedish
        ("se", "Ja, det går bra att betala med kort, bara via plattformen."),
    ],
)
def test_market_language_replies_are_not_read_as_a_neighbour(screener, market, text):
    _, findings = language_findings(screener, market, text)
    assert findings == []


@pytest.mark.parametrize(
    "market_languages, text, neighbour",
    [
        # Norwegian "nei", "åpen", Nynorsk "berre", "ikkje" against Danish; "blir" is Swedish too
        (("da",), "Nei, den er åpen for alle operatører.", "nb"),
        (("da",), "Nei, berre kabelen, ikkje laderen.", "nb"),
        (("sv",), "Den blir sendt på fredag.", None),
        # Czech and Slovak typed without diacritics keep their own spellings
        (("sk",), "Dekuji, zitra to posleme.", "cs"),
        (("cs",), "Dakujem, zajtra to posleme.", "sk"),
        # Swedish "vill", "skicka" against Danish; Danish "uger", "lidt" against Swedish
        (("da",), "Vi kan skicka den om du vill.", "sv"),
        (("sv",), "Det tager lidt over to uger.", "da"),
        # Danish "og", "der" and the letters æ, ø against Swedish
        (("sv",), "Ja, der er både kabel og lader.", "da"),
        (("sv",), "Skærmen er næsten ny.", "da"),
        # Swedish ä, ö against Danish; one such word is not enough
        (("da",), "Skärmen är nästan ny.", "sv"),
        (("da",), "Vi sender til Malmö på mandag.", None),
        # Czech ř, ů, ě against Slovak; Slovak ä, ľ, ô against Czech
        (("sk",), "Bez problémů, určitě.", "cs"),
        (("cs",), "Päť dní, potom môžete vrátiť.", "sk"),
        (("cs",), "Bez problémů, určitě.", None),
        # Estonian õ and function words against Finnish; Finnish ä, ö are no sign
        (("fi", "sv"), "Jõuab homme kohale.", "et"),
        (("fi", "sv"), "Tämä on hyvä kysymys, kiitos.", None),
        # Spanish against Portuguese: "¿", "¡" count as a word; Portuguese clitic "-lo" does not
        (("pt",), "¿Tenéis funda? Sí.", "es"),
        (("pt",), "Posso enviá-lo hoje, no correio da manhã.", None),
        # Portuguese ã, õ and "já", "hoje" against Spanish and Catalan
        (("es", "ca"), "Já está, chega hoje.", "pt"),
        # Catalan against Portuguese
        (("pt",), "Gràcies, surt avui.", "ca"),
        # Galician against Spanish: "non", "ao" (Portuguese too); against Portuguese they are not enough
        (("es", "ca"), "Non, está ao día.", "gl"),
        (("pt",), "Não, está ao dia.", None),
        # Afrikaans against Dutch; Dutch "gister", "nou", "niks" are no sign
        (("nl",), "Ons stuur dit binne vyf dae.", "af"),
        (("nl", "fr", "de"), "Gister verstuurd, nou ja, niks aan de hand.", None),
    ],
)
def test_neighbour_words_tell_each_pair_apart(market_languages, text, neighbour):
    assert neighbour_language(text, market_languages, market_languages) == neighbour


@pytest.mark.parametrize(
    "market, buyer, reply",
    [
        # a short question holding one of the neighbour's own words is enough to know the buyer's language
        ("dk", "Hej, jag undrar om ni skickar till Malmö?", "Hej! Ja, vi skickar gärna till Malmö, det tar tre dagar."),
        ("cz", "Je ten telefón ešte na predaj?", "Áno, telefón je ešte k dispozícii, pošleme ho zajtra."),
        # Spanish ¿ is a word of the buyer's language, whatever the detectors read in two words
        ("pt", "¿Mandáis a Vigo?", "Sí, el envío a Vigo tarda dos días y no cuesta nada."),
        # Czech "kolik" against Slovak
        ("sk", "Kolik stojí doprava?", "Doprava stojí jen tři eura, posíláme ještě dnes."),
    ],
)
def test_a_buyer_who_wrote_the_neighbour_in_a_short_question_may_be_answered_in_it(screener, market, buyer, reply):
    _, findings = language_findings(screener, market, reply, (buyer,))
    assert findings == []


def test_a_buyer_who_wrote_the_neighbour_may_be_answered_in_it(screener):
    buyer = ("Ola, aínda tedes o teléfono dispoñible? Grazas.",)
    _, findings = language_findings(screener, "es", "Grazas a vostede, si, xa o enviamos hoxe pola tarde.", buyer)
    assert findings == []


# --- the pair's own words beside the detectors' readings ------------------------------------------


def _scripted_flags(check: LanguageCheck, market: str, buyer: str, reply: str) -> bool:
    policy = Policy.load().for_market(market)
    context = CheckContext(policy=policy, conversation=(Message(buyer, market, author="buyer"),))
    return bool(check.inspect(Message(reply, market, author="seller"), context))


@pytest.mark.parametrize(
    "reply, expected",
    [
        # one Norwegian-only word ("blir") stands in for the second detector, which reads Danish
        ("Pakken blir levert på fredag med posten.", True),
        # without such a word the second detector's Danish reading vetoes, as before
        ("Pakken kommer på fredag med posten.", False),
    ],
)
def test_a_neighbour_word_vouches_for_the_first_detector(reply, expected):
    first = {"Hvornår": {"da": 1.0}, "Pakken": {"nb": 0.95, "da": 0.05}}
    second = {"Hvornår": {"da": 1.0}, "Pakken": {"da": 0.9, "nb": 0.1}}
    check = _scripted_check(first, second)
    assert _scripted_flags(check, "dk", "Hvornår kan I sende telefonen?", reply) is expected


@pytest.mark.parametrize(
    "reply, expected",
    [
        # colloquial Czech ("jenom", "jak") that both detectors read as Slovak: the market's words win
        ("Krabička je jenom trochu otlučená, jinak jak nová.", False),
        # the same readings without such words: flagged
        ("Krabička je trochu otlučená, inak ako nová.", True),
    ],
)
def test_two_words_of_the_market_language_overrule_a_neighbour_reading(reply, expected):
    first = {"Máte": {"cs": 1.0}, "Krabička": {"sk": 0.95, "cs": 0.05}}
    second = {"Máte": {"cs": 1.0}, "Krabička": {"sk": 1.0}}
    check = _scripted_check(first, second)
    assert _scripted_flags(check, "cz", "Máte k tomu krabičku?", reply) is expected


@pytest.mark.parametrize(
    "buyer, expected",
    [
        # the detectors read the buyer's short question as Danish, but "hur" is Swedish only
        ("Hur gammal är batteriet?", False),
        # a Danish question: a Swedish reply is flagged
        ("Hvor gammelt er batteriet?", True),
    ],
)
def test_a_buyer_word_makes_the_detected_language_the_buyers(buyer, expected):
    first = {"batteriet?": {"da": 1.0}, "Batteriet": {"sv": 1.0}}
    second = {"batteriet?": {"da": 1.0}, "Batteriet": {"sv": 1.0}}
    check = _scripted_check(first, second)
    assert _scripted_flags(check, "dk", buyer, "Batteriet byttes i somras, fungerar bra.") is expected


@pytest.mark.parametrize(
    "buyer_reading, expected",
    [
        # no word in the buyer's question says which; the detectors read Swedish: the reply answers it
        ({"sv": 1.0}, False),
        # the detectors read Danish: a reply in Swedish words is flagged
        ({"da": 1.0}, True),
    ],
)
def test_the_detectors_reading_of_the_buyer_counts_when_no_word_says_otherwise(buyer_reading, expected):
    first = {"Kan man": buyer_reading, "Mobilen": {"da": 1.0}}
    check = _scripted_check(first, first)
    reply = "Mobilen är hel och vi skickar den när du vill."
    buyer = "Kan man betala med kort eller med faktura eller bankgiro senare?"
    assert _scripted_flags(check, "dk", buyer, reply) is expected


def test_a_short_buyer_line_read_as_a_close_neighbour_is_not_enough():
    # The detectors read "Kan man betala med kort?" as Swedish, but a line this short cannot tell
    # Swedish from Danish (LanguageSettings.close_buyer_min_letters): on the Danish market a reply
    # in Swedish is flagged unless the buyer wrote a word only Swedish uses.
    first = {"Kan man": {"sv": 1.0}, "Mobilen": {"da": 1.0}}
    check = _scripted_check(first, first)
    reply = "Mobilen är hel och vi skickar den när du vill."
    assert _scripted_flags(check, "dk", "Kan man betala med kort?", reply)
    assert not _scripted_flags(check, "dk", "Kan man betala med kort? Tack!", reply)


def test_the_buyers_market_words_overrule_the_detectors_reading_of_the_buyer():
    # the detectors read the buyer as Swedish, but "jeg" and "ikke" are Danish, not Swedish
    first = {"Kan jeg": {"sv": 1.0}, "Mobilen": {"da": 1.0}}
    check = _scripted_check(first, first)
    reply = "Mobilen är hel och vi skickar den när du vill."
    assert _scripted_flags(check, "dk", "Kan jeg ikke betale med kort?", reply)
