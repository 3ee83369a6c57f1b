"""The escalation check on buyer messages (rules R8, R9, issue 6): lexicon, spans, questions, policy."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import yaml

from screening import Message, Policy, Screener
from screening.checks.base import CheckContext
from screening.checks.escalation.check import EscalationCheck
from screening.checks.escalation import CATEGORIES, RuleDetector
from screening.checks.escalation.model import CORPUS_LANGUAGES
from screening.core.policy import DEFAULT_POLICY_PATH

DATA = Path(__file__).resolve().parents[2] / "data" / "escalation" / "messages.jsonl"


@pytest.fixture(scope="module")
def escalation_policy(tmp_path_factory) -> Policy:
    """The project's policy with only the escalation check running (other checks' models stay out)."""
    raw = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))
    raw["checks"] = {"seller": [], "buyer": ["escalation"], "platform": []}
    for market in raw["markets"].values():
        market.pop("checks", None)
    path = tmp_path_factory.mktemp("policy") / "policy.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return Policy.load(path)


@pytest.fixture(scope="module")
def check() -> EscalationCheck:
    """The check as the service builds it: the rules and models/escalation/DEFAULT."""
    from screening.checks.base import CheckResources

    return EscalationCheck.build(CheckResources(policy=Policy.load()))


@pytest.fixture(scope="module")
def screener(escalation_policy, check) -> Screener:
    return Screener(escalation_policy, {"escalation": check})


def codes(check: EscalationCheck, policy: Policy, text: str, market: str = "fr") -> list[str]:
    message = Message(text, market, author="buyer")
    return [f.code for f in check.inspect(message, CheckContext(policy=policy.for_market(market)))]


@pytest.mark.parametrize(
    "text, expected",
    [
        # One complaint per category and language (none of these sentences is in data/escalation/).
        ("My new phone is stuck on Activation Lock, it needs the seller's Apple ID.", "locked_device"),
        ("Mon Galaxy réclame le compte Google de l'ancien utilisateur.", "locked_device"),
        ("Das Gerät ist gesperrt, ich kenne den Code nicht.", "locked_device"),
        ("Los auriculares son una imitación barata.", "counterfeit"),
        ("Questo iPhone è contraffatto, lo ha confermato il centro assistenza.", "counterfeit"),
        ("De batterij is opgezwollen, de achterkant staat bol.", "dangerous"),
        ("Z ładowarki poszedł dym, czuć spaleniznę.", "dangerous"),
        # the model alone, at the edge: 2026.12.10 gives it 0.911, just over the 0.91 the policy's
        # model_weight asks (2026.12.5-2026.12.9 fell short)
        ("Encomendei o modelo preto mas chegou um branco, cor errada.", "not_as_described"),
        ("Ich habe 128 GB bestellt und 64 GB bekommen.", "not_as_described"),
        # a symptom of a defect (symptoms.py: "non si accende più") where the model reads a defect too
        ("Il telefono non si accende più da ieri, è difettoso.", "quality_issue"),
        ("Het scherm heeft groene strepen en de telefoon is defect.", "quality_issue"),  # model 2026.12.7 carries it
        ("The seller refused my refund although I'm inside the 14 days.", "return_refused"),
        ("Odrzuciliście moją reklamację, to niezgodne z prawem konsumenckim.", "return_refused"),
        ("Sigo esperando una respuesta, nadie me contesta desde hace una semana.", "no_response"),
        ("Vous ne répondez jamais, c'est mon troisième message.", "no_response"),
    ],
)
def test_categories_across_languages(check, escalation_policy, text, expected):
    # The strongest finding names the category.
    message = Message(text, "fr", author="buyer")
    findings = check.inspect(message, CheckContext(policy=escalation_policy.for_market("fr")))
    assert findings and max(findings, key=lambda f: f.score).code == f"escalation.{expected}"


@pytest.mark.parametrize(
    "text, expected",
    [
        # Lexicon rounds 7-8 (data/escalation/README.md) add families, not sentences: each row is a
        # phrasing of a family that is in none of the data files.
        ("Put my O2 sim in and it says SIM not supported.", "locked_device"),  # SIM refused, en
        ("Meine Vodafone-Karte wird nicht erkannt, Netlock.", "locked_device"),  # SIM refused, de
        ("Il chiede l'account Xiaomi del proprietario precedente.", "locked_device"),  # vendor account, it
        pytest.param(
            "Der Akku ist ausgelaufen, alles klebrig.",
            "dangerous",
            marks=pytest.mark.xfail(
                strict=True,
                reason="pattern retired: it never fired on the independent writers' messages; the model does not yet carry this family",
            ),
        ),  # leaking battery, de
        # leaking battery, pl: its pattern was retired (it never fired on the independent writers'
        # messages); the model carried it with dangerous's own weight (0.65, policy 2026.12.8) up to
        # 2026.12.23 (0.769); 2026.12.30 gives it 0.752, just under
        ("Bateria wycieka od spodu.", "dangerous"),  # model 2026.12.33: 0.787
        ("Vendido como 13 Pro e chegou um 13 normal.", "not_as_described"),  # "sold as X, got Y", pt (model 2026.12.7)
        ("Verkocht als 256 GB maar het is 128 GB.", "not_as_described"),  # "sold as X, got Y", nl (model 2026.12.32)
        (
            "El wifi no conecta en ningún sitio.",
            "quality_issue",
        ),  # connectivity, es (model 2026.12.37; 2026.12.34-36 fell short)
        pytest.param(
            "L'écran zoome et tape tout seul.",
            "quality_issue",
            marks=pytest.mark.xfail(
                strict=True,
                reason="pattern retired: it never fired on the independent writers' messages; the model does not yet carry this family",
            ),
        ),  # phantom touch, fr
        ("They refuse to refund even though the parcel reached them.", "return_refused"),  # refund refused, en
        ("Zurückgeschickt, aber sie verweigern die Erstattung.", "return_refused"),  # refund refused, de
        ("Silenzio assoluto da parte del venditore.", "no_response"),  # silence family, it
        ("Mijn vragen blijven onbeantwoord.", "no_response"),  # unanswered, nl
    ],
)
def test_round_7_and_8_families(check, escalation_policy, text, expected):
    # The strongest finding names the category.
    message = Message(text, "fr", author="buyer")
    findings = check.inspect(message, CheckContext(policy=escalation_policy.for_market("fr")))
    assert findings and max(findings, key=lambda f: f.score).code == f"escalation.{expected}"


def test_final_blind_set_stays_out_of_the_training_data():
    """fresh4/ is measured, never learned from: build.py leaves it out, so none of its complaints or
    topic questions is in messages.jsonl (nor in corpus.csv, written from the same rows). Two of its
    80 ordinary messages are generic VAT questions that an earlier batch had already worded
    identically (README, "Round 8"), and a third ("¿A qué hora suele pasar el repartidor?") was
    written word for word by the independent writer e19, and a fourth ("Is VAT included in the
    price?") by e28; a fifth would mean the set leaked."""
    import csv

    with (DATA.parent / "fresh4" / "messages.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    known = {json.loads(line)["text"] for line in DATA.open(encoding="utf-8")}
    seen = Counter(row["kind"] for row in rows if row["text"].strip() in known)
    assert len(rows) >= 260 and seen["complaint"] == seen["topic_question"] == 0 and seen["ordinary"] <= 4


@pytest.mark.parametrize(
    "text",
    [
        # Questions that merely mention a topic are not escalations (issue 6).
        # Portuguese "isso é falso" is "that is untrue", not a fake device (round 7 false friend).
        "Li que o envio demorava um mês, mas isso é falso: chegou em dois dias.",
        "How do I turn off Find My iPhone before trade-in?",
        "Comment retirer mon compte iCloud avant de vous renvoyer mon ancien téléphone ?",
        "Ist der Akku original oder ein Nachbau?",
        "¿Qué pasa si la batería se hincha? ¿Lo cubre la garantía?",
        "Is this phone carrier locked?",
        "Do you accept returns if it doesn't work with my carrier?",
        # Questions without a question word (intonation, verb first) about the topic, not the buyer's case.
        "Le téléphone est bloqué opérateur ?",
        "Das Google-Konto ist schon entfernt?",
        "Batterij van dit model zwelt soms op?",
        "Bonjour, la batterie peut gonfler avec le temps ?",
        # Beside a question about the topic, what the buyer wants to avoid is its reason.
        "Le compte Google est bien retiré ? Je ne veux pas d'un téléphone bloqué.",
        "Ist der Akku neu? Ich will kein aufgeblähtes Gerät.",
        # Ordinary messages.
        "Thanks a lot, the phone arrived and works perfectly.",
        "Kiedy wyślecie moje zamówienie?",
        "Posso pagare con carta?",
    ],
)
def test_questions_and_ordinary_messages_are_not_escalations(check, escalation_policy, text):
    assert codes(check, escalation_policy, text) == []


@pytest.mark.parametrize(
    ("market", "text", "dangerous"),
    [
        # A dangerous symptom denied, inside the phrasing or just before it, is no report
        # (lexicon.DENIALS), for the rules and the model alike ...
        ("uk", "The battery isn't swollen, is it? Mine was on my last phone.", False),
        ("uk", "The battery is not swollen.", False),
        ("fr", "La batterie n'est pas gonflée, rassurez-moi ?", False),
        ("de", "Kein Rauch oder so, das Handy wird nur langsam.", False),
        ("es", "La batería no está hinchada, ¿verdad?", False),
        ("it", "La batteria non è gonfia, vero?", False),
        ("nl", "De batterij is niet opgezwollen toch?", False),
        ("pl", "Bateria nie jest spuchnięta, prawda?", False),
        ("pt", "A bateria não está inchada, certo?", False),
        # ... a negation in another clause, or "without" telling the circumstances, denies nothing.
        ("uk", "No, the battery is swollen and the screen is lifting.", True),
        ("de", "Der Akku ist nicht aufgebläht, aber er wird sehr heiß.", True),
        ("nl", "De telefoon wordt ook zonder apps open zo heet dat ik hem niet vast kan houden.", True),
    ],
)
def test_a_denied_dangerous_symptom_is_no_report(check, escalation_policy, market, text, dangerous):
    assert ("escalation.dangerous" in codes(check, escalation_policy, text, market)) is dangerous


@pytest.mark.parametrize(
    ("market", "text", "locked"),
    [
        # The phone asks for the buyer's own code or password: how it guards its owner ...
        ("uk", "After the update it asked for my passcode, the one I set on day one.", False),
        ("fr", "Après la mise à jour, il m'a demandé mon code, je l'ai tapé et ça marche.", False),
        ("es", "Tras reiniciar me pide mi código en vez de la huella, ¿es normal?", False),
        ("it", "Per disattivare Dov'è mi chiede la mia password dell'ID Apple, giusto?", False),
        ("de", "Nach dem Neustart will er meinen Code statt Face ID, ist das normal?", False),
        ("nl", "Na de update vroeg hij om mijn code in plaats van Face ID.", False),
        ("pl", "Po aktualizacji telefon prosi o mój kod zamiast odcisku palca.", False),
        ("pt", "Depois de reiniciar pede o meu código em vez do Face ID, é normal?", False),
        # ... a code that is not the buyer's is a lock of someone else's.
        ("uk", "It asks for a passcode I don't know, it's not my code.", True),
        ("es", "Me pide un código que no es mi código, el del dueño anterior.", True),
    ],
)
def test_a_lock_asking_for_the_buyers_own_code_is_no_report(check, escalation_policy, market, text, locked):
    assert ("escalation.locked_device" in codes(check, escalation_policy, text, market)) is locked


@pytest.mark.parametrize(
    ("market", "text", "refused"),
    [
        # The refund arrived or the return was accepted, nothing else wrong: settled ...
        ("es", "La devolución se aceptó, ya tengo el dinero. Gracias.", False),
        ("nl", "Retour is geaccepteerd en het geld staat er weer op. Bedankt!", False),
        ("pl", "Zwrot zaakceptowany, pieniądze już na koncie. Dzięki.", False),
        ("pt", "Devolução aceite e o dinheiro já entrou. Obrigada!", False),
        ("de", "Rückgabe wurde akzeptiert und das Geld ist schon da. Danke!", False),
        # ... with a deduction or a refusal beside it, it still reports.
        ("uk", "The refund came through but £40 short, they kept a fee I never agreed to.", True),
        ("fr", "Le retour a été accepté mais le vendeur refuse maintenant de me rembourser.", True),
    ],
)
def test_a_settled_refund_is_no_refusal(check, escalation_policy, market, text, refused):
    assert ("escalation.return_refused" in codes(check, escalation_policy, text, market)) is refused


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A question mark does not hide the buyer's own case (first person) ...
        ("Mon téléphone est bloqué par un compte iCloud ?", "escalation.locked_device"),
        # ... nor an accusation asked as "why" ...
        ("Warum verweigern Sie die Rückerstattung?", "escalation.return_refused"),
        # ... nor a report after a clause that says what the buyer wants to avoid ...
        ("I don't want it anymore, my phone is blocked by iCloud. Can you help?", "escalation.locked_device"),
        # ... nor a complaint in an earlier clause of the same sentence.
        ("La batteria è gonfia, il telefono non sta più piatto, è pericoloso?", "escalation.dangerous"),
    ],
)
def test_complaints_asked_as_questions_still_escalate(check, escalation_policy, text, code):
    assert code in codes(check, escalation_policy, text)


@pytest.mark.parametrize(
    "text, code, span",
    [
        # The span covers the phrase, in the ORIGINAL text (accents and case kept).
        # (The "battery ... swelled" pattern was cut on the independent writers; the word alone holds.)
        ("Bonjour. La batterie a GONFLÉ cette nuit.", "escalation.dangerous", "GONFLÉ"),
        # Full-width letters are folded for matching; the span still points at the original characters.
        ("Ｔｈｅ battery is swollen", "escalation.dangerous", "battery is swollen"),
        # A complaint after a greeting and a question: the question does not hide it.
        ("Hi, how are you? The IMEI is blacklisted.", "escalation.locked_device", "IMEI is blacklisted"),
    ],
)
def test_spans_point_into_the_original_text(check, escalation_policy, text, code, span):
    message = Message(text, "fr", author="buyer")
    findings = [
        f for f in check.inspect(message, CheckContext(policy=escalation_policy.for_market("fr"))) if f.code == code
    ]
    assert findings and text[findings[0].start : findings[0].end] == span


@pytest.mark.parametrize(
    "text, action, rules",
    [
        # R9 serious violations: the policy blocks (the platform takes over at once).
        ("Le téléphone est bloqué iCloud, verrouillage d'activation.", "block", ["R9"]),
        ("Es ist eine Fälschung.", "block", ["R9"]),
        ("The battery is swollen.", "block", ["R9"]),
        # R8 disputes: flagged for review.
        ("J'ai commandé un 256 Go et reçu un 128 Go.", "flag", ["R8"]),
        ("Nobody can hear me on calls since it arrived.", "flag", ["R8"]),
        # no_response is R1 (deadline) and R8 (takeover).
        ("Nobody answers my messages.", "flag", ["R1", "R8"]),
        # Nothing to report: allow.
        ("Merci, bonne journée !", "allow", []),
    ],
)
def test_policy_decides_the_action(screener, text, action, rules):
    verdict = screener.screen(Message(text, "fr", author="buyer"))
    assert (verdict.action.value, list(verdict.rules)) == (action, rules)


@pytest.mark.parametrize(
    "min_score, found",
    [
        # The default 0.5 reports a strong phrase (0.9) ...
        (0.5, True),
        # ... a market that wants near-certainty (0.95) does not see a single cue.
        (0.95, False),
    ],
)
def test_min_score_setting(check, tmp_path, min_score, found):
    raw = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))
    raw["markets"]["fr"]["settings"] = {"escalation": {"min_score": min_score}}
    path = tmp_path / "policy.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    assert bool(codes(check, Policy.load(path), "La batterie est gonflée.")) is found


def test_unknown_lexicon_language_is_refused():
    with pytest.raises(ValueError, match="no escalation lexicon for xx"):
        RuleDetector(("fr", "xx"))


def test_every_pattern_holds_on_the_independent_writers():
    """The lexicon keeps only patterns that fire on messages of writers who never saw it
    (data/escalation/dev/writers) and are right there: 90% of the time for R8 categories, 60%
    for the R9 ones (a swollen battery, a fake, a locked phone: rare in ordinary messages).
    A pattern added without such evidence fails here (training.escalation.audit lists it)."""
    from training.escalation.audit import ROOT, audit, load_sources

    r9 = {"locked_device", "counterfeit", "dangerous"}
    rows = audit(load_sources(ROOT))
    weak = [
        (r["category"], r["language"], r["pattern"])
        for r in rows
        if not r["writers"]["fired"]
        or r["writers"]["right"] / r["writers"]["fired"] < (0.6 if r["category"] in r9 else 0.9)
    ]
    assert not weak


def test_prefix_index_finds_what_a_full_search_finds():
    """The detector only tries phrasings indexed under a word's first characters; a plain search of
    every phrasing must find no category it missed (all of data/escalation/, both splits)."""
    import re

    from screening.checks.escalation.lexicon import DENIABLE_CATEGORIES, LEXICON
    from screening.checks.escalation.rules import expand
    from screening.text import normalize

    detector = RuleDetector()
    everything = {
        category: [re.compile(r"(?<!\w)(?:" + expand(p) + ")") for lang in by_lang for _, p in by_lang[lang]]
        for category, by_lang in LEXICON.items()
    }
    for line in DATA.open(encoding="utf-8"):
        text = json.loads(line)["text"]
        folded = normalize(text).text
        expected = {c for c, regexes in everything.items() if any(r.search(folded) for r in regexes)}
        found = {h.category for h in detector.detect(text)}
        # A denied symptom ("the battery isn't swollen") is no hit, though the phrasing matches.
        assert found <= expected, text
        assert expected - found <= set(DENIABLE_CATEGORIES) and (found == expected or detector.denied_spans(text)), text


# --- the model and its combination with the rules -----------------------------------------------


class _FixedModel:
    """A stand-in model that gives every message the same probabilities."""

    labels = ("none", *CATEGORIES)
    languages = CORPUS_LANGUAGES

    def __init__(self, **probabilities: float):
        self.row = [probabilities.get(label, 0.0) for label in self.labels]

    def predict_proba(self, texts, languages=None):
        import numpy as np

        return np.array([self.row for _ in texts])


@pytest.mark.parametrize(
    "text, probabilities, weight, expected",
    [
        # The model adds a category the rules missed (0.55 x 0.95 = 0.52 >= 0.5), its span on the
        # sentence (here the whole message).
        ("Merci, bonne journée !", {"counterfeit": 0.95}, 0.55, [("escalation.counterfeit", 0.5225, 0)]),
        # Not sure enough: 0.55 x 0.8 = 0.44 < 0.5, nothing reported.
        ("Merci, bonne journée !", {"counterfeit": 0.8}, 0.55, []),
        # The model never removes what the rules found: the rule's score and span stay.
        ("The battery is swollen.", {"none": 1.0}, 0.55, [("escalation.dangerous", 0.9, 4)]),
        # A stronger model score replaces the rule's, with the model's span.
        ("The battery is swollen.", {"dangerous": 1.0}, 1.0, [("escalation.dangerous", 1.0, 0)]),
        # model_weight 0 is rules only.
        ("Merci, bonne journée !", {"counterfeit": 1.0}, 0.0, []),
        # A message of topic questions only reports nothing: the model is guarded like the rules
        # (0.55 x 0.3 x 0.95 < 0.5) ...
        ("Le Face ID marche ?", {"quality_issue": 0.95}, 0.55, []),
        # ... but the statement before the question clause still counts (span on "Mon Face ID ne marche plus").
        (
            "Mon Face ID ne marche plus, c'est normal ?",
            {"quality_issue": 0.95},
            0.55,
            [("escalation.quality_issue", 0.5225, 0)],
        ),
        # Any question asks, also one in the first person that the rules read as the buyer's case ...
        ("Are you going to answer me at all?", {"no_response": 0.99}, 0.55, []),
        # ... and a statement beside a question is most often its context: the model must be surer
        # there (0.55 x 0.95 x 0.95 = 0.496 < 0.5; 0.55 x 0.95 x 0.99 = 0.517).
        ("Is the screen original? I had a bad one before.", {"quality_issue": 0.95}, 0.55, []),
        (
            "Is the screen original? I had a bad one before.",
            {"quality_issue": 0.99},
            0.55,
            [("escalation.quality_issue", 0.5173, 24)],
        ),
        # A "why" question is an accusation, not a question: it stays a statement.
        ("Why is it still like this?", {"quality_issue": 0.95}, 0.55, [("escalation.quality_issue", 0.5225, 0)]),
        # A greeting before a question clause states nothing: the sentence is the question
        # (guarded), not a statement "hey" for the model to read alone.
        ("hey, whats the battery health on this one?", {"return_refused": 0.99}, 0.55, []),
        # Three words or more before the question clause are a statement, as before.
        (
            "My Face ID stopped working, is that normal?",
            {"quality_issue": 0.95},
            0.55,
            [("escalation.quality_issue", 0.5225, 0)],
        ),
    ],
)
def test_rules_and_model_combined(tmp_path, text, probabilities, weight, expected):
    raw = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))
    raw["settings"].setdefault("escalation", {})["model_weight"] = weight
    raw["settings"]["escalation"]["model_weights"] = {}  # the common weight alone (per category: below)
    path = tmp_path / "policy.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    check = EscalationCheck(model=_FixedModel(**probabilities), model_version="test")
    findings = check.inspect(
        Message(text, "fr", author="buyer"), CheckContext(policy=Policy.load(path).for_market("fr"))
    )
    assert [(f.code, round(f.score, 4), f.start) for f in findings] == expected


@pytest.mark.parametrize(
    "market, text, reads",
    [
        # Greek, Danish, Czech: languages the model was never trained on; its n-grams would be a guess.
        ("gr", "Καλησπέρα, το κινητό έφτασε σήμερα, ευχαριστώ πολύ.", False),
        ("dk", "Hej, telefonen kom i dag og den virker fint, tak for hurtig levering.", False),
        ("cz", "Dobrý den, telefon dorazil v pořádku, děkuji.", False),
        # A trained language in a market that speaks another: the model reads it.
        ("gr", "Hello, the phone arrived today and it is the one I ordered, thanks.", True),
        ("be", "Bonjour, le téléphone est bien arrivé ce matin, merci.", True),
        ("pl", "Dzień dobry, telefon dotarł dzisiaj, dziękuję.", True),
    ],
)
def test_model_reads_only_languages_it_was_trained_on(market, text, reads):
    check = EscalationCheck(RuleDetector(categories=()), model=_FixedModel(counterfeit=1.0), model_version="test")
    findings = check.inspect(
        Message(text, market, author="buyer"), CheckContext(policy=Policy.load().for_market(market))
    )
    assert [f.code for f in findings] == (["escalation.counterfeit"] if reads else [])


class _KeyedModel:
    """A stand-in model whose probabilities depend on a keyword in the text it scores."""

    labels = ("none", *CATEGORIES)
    languages = CORPUS_LANGUAGES
    keys = {"flicker": "quality_issue", "voucher": "return_refused"}

    def predict_proba(self, texts, languages=None):
        import numpy as np

        rows = []
        for text in texts:
            found = [label for key, label in self.keys.items() if key in text]
            share = {label: 1.0 / len(found) for label in found} if found else {"none": 1.0}
            rows.append([share.get(label, 0.0) for label in self.labels])
        return np.array(rows)


def test_model_reports_each_problem_on_its_own_sentence():
    """Two problems in two sentences: scored whole, each gets half the probability; each
    sentence carries one fully, so both are reported, each with its sentence's span."""
    text = "Hello. The screen flickers all the time.  And now you only offer a voucher!"
    check = EscalationCheck(RuleDetector(categories=()), model=_KeyedModel(), model_version="test")
    findings = check.inspect(Message(text, "en", author="buyer"), CheckContext(policy=Policy.load().for_market("uk")))
    spans = {f.code: text[f.start : f.end] for f in findings}
    assert spans == {
        "escalation.quality_issue": "The screen flickers all the time",
        "escalation.return_refused": "And now you only offer a voucher",
    }


def test_model_scores_what_sklearn_scores():
    """The exported artifact, scored by screening's EscalationModel (one by one and in a batch),
    gives sklearn's own probabilities: what training measures is what the check runs."""
    import numpy as np

    from training.datasets import from_rows
    from training.escalation.task import LABELS, TASK

    texts = [
        "The battery is swollen",
        "Le téléphone est bloqué iCloud",
        "Danke, alles gut",
        "No reply for days",
        "Es una falsificación",
        "Il microfono non funziona",
        "Quand arrive le colis ?",
        "Refund refused again",
    ]
    labels = [
        "dangerous",
        "locked_device",
        "none",
        "no_response",
        "counterfeit",
        "quality_issue",
        "none",
        "return_refused",
    ]
    rows = [
        {"text": t, "label": y, "language": "xx", "group": f"g{i}", "split": "train"}
        for i, (t, y) in enumerate(zip(texts, labels))
    ]
    data = from_rows(rows, LABELS)
    fitted = TASK.fit(data, {**TASK.params, "aux_weight": 0.0}, 0)
    model = TASK.model(TASK.export(fitted))
    expected = np.zeros((len(texts), len(LABELS)))
    expected[:, fitted.classifier.classes_] = fitted.classifier.predict_proba(fitted.vectorizer.transform(texts))
    batch = model.predict_proba(texts * 2)[: len(texts)]  # more than a few texts: the sparse batch path
    single = np.vstack([model.predict_proba([t]) for t in texts])
    assert np.allclose(batch, expected, atol=1e-9) and np.allclose(single, expected, atol=1e-9)


@pytest.mark.parametrize(
    "text",
    [
        # The model's n-grams are sklearn's char_wb n-grams of the normalised text, one hash each.
        "Bonjour, quand ma commande sera-t-elle expédiée ?",
        "The IMEI is blacklisted!",
        "zz zz zz",
        "a",
    ],
)
def test_gram_hashes_are_char_wb_ngrams(text):
    from sklearn.feature_extraction.text import TfidfVectorizer

    from screening.checks.escalation.model import gram_hashes
    from screening.text import normalize

    grams = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=False).build_analyzer()(
        normalize(text).text
    )
    hashes = gram_hashes(text).tolist()
    # Same occurrences, and equal n-grams <-> equal hashes.
    assert len(hashes) == len(grams) and len(set(hashes)) == len(set(grams))


@pytest.mark.parametrize(
    "text, bigrams",
    [("Keine Antwort seit Tagen", 3), ("no", 0), ("", 0), ("nie   ma\nodpowiedzi", 2)],
)
def test_word_gram_hashes_follow_the_char_grams(text, bigrams):
    from screening.checks.escalation.model import gram_hashes

    chars = gram_hashes(text).tolist()
    both = gram_hashes(text, word_high=2).tolist()
    # The character n-grams first, unchanged, then one hash per pair of neighbouring words.
    assert both[: len(chars)] == chars and len(both) - len(chars) == bigrams
    assert not set(both[len(chars) :]) & set(chars)


def test_word_grams_change_the_score_only_of_models_trained_with_them():
    """A format-1 artifact (no word n-grams) scores as before; one that lists word n-grams reads
    them: the same weights on a word pair move the probability of a text that has the pair."""
    import numpy as np

    from screening.checks.escalation.model import EscalationModel, gram_hashes

    text = "keine antwort"
    pair = gram_hashes(text, word_high=2)[-1]
    labels = ["none", *CATEGORIES]
    coef = np.zeros((len(labels), 1), dtype=np.float32)
    coef[labels.index("no_response"), 0] = 5.0
    artifact = {
        "format": "escalation-char-hash-logreg-1",
        "labels": labels,
        "ngram_range": [2, 5],
        "hashes": np.array([pair], dtype=np.uint64),
        "idf": np.ones(1, dtype=np.float32),
        "coef": coef,
        "intercept": np.zeros(len(labels)),
    }
    old = EscalationModel(artifact).probabilities(text)["no_response"]
    new = EscalationModel({**artifact, "format": "escalation-char-hash-logreg-2", "word_ngram_high": 2})
    assert old == pytest.approx(1 / len(labels))
    assert new.probabilities(text)["no_response"] > 0.5
    # Batch and single scoring agree.
    batch = new.predict_proba([text] * 6)[:, labels.index("no_response")]
    assert batch == pytest.approx([new.probabilities(text)["no_response"]] * 6)


def test_targets_with_the_shipped_model(escalation_policy):
    """The same targets for rules + models/escalation/DEFAULT, as the service runs them."""
    from screening.checks.base import CheckResources

    check = EscalationCheck.build(CheckResources(policy=Policy.load()))
    if check.model is None:
        pytest.skip("no models/escalation/DEFAULT (screening train escalation)")
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    rows = [r for r in rows if r["split"] == "test"]
    context = CheckContext(policy=Policy.load().for_market("fr"))
    results = check.inspect_batch([(Message(r["text"], "fr", author="buyer"), context) for r in rows])
    tp, fp, fn = Counter(), Counter(), Counter()
    false_escalations = 0
    for row, findings in zip(rows, results):
        predicted = max(findings, key=lambda f: f.score).code.split(".", 1)[1] if findings else "none"
        if predicted == row["label"]:
            tp[predicted] += 1
            continue
        fp[predicted] += 1
        fn[row["label"]] += 1
        false_escalations += row["label"] == "none"
    f1 = [2 * tp[c] / (2 * tp[c] + fp[c] + fn[c]) for c in CATEGORIES]
    assert sum(f1) / len(f1) >= 0.90
    assert false_escalations / sum(r["label"] == "none" for r in rows) <= 0.03


@pytest.mark.parametrize(
    "probabilities, expected",
    [
        # A category with its own weight is read sooner: 0.65 x 0.8 = 0.52 >= 0.5 ...
        ({"return_refused": 0.8}, [("escalation.return_refused", 0.52)]),
        # ... the others keep the common weight: 0.55 x 0.8 = 0.44 < 0.5.
        ({"no_response": 0.8}, []),
    ],
)
def test_a_category_may_have_its_own_model_weight(tmp_path, probabilities, expected):
    raw = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))
    raw["settings"]["escalation"] = {"model_weight": 0.55, "model_weights": {"return_refused": 0.65}}
    path = tmp_path / "policy.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    check = EscalationCheck(model=_FixedModel(**probabilities), model_version="test")
    findings = check.inspect(
        Message("Merci, bonne journée !", "fr", author="buyer"),
        CheckContext(policy=Policy.load(path).for_market("fr")),
    )
    assert [(f.code, round(f.score, 4)) for f in findings] == expected


@pytest.mark.parametrize(
    "model_weights, message",
    [
        ({"refund_refused": 0.6}, "unknown escalation category 'refund_refused'"),
        ({"counterfeit": 1.5}, "model_weights.counterfeit must be between 0 and 1"),
    ],
)
def test_bad_per_category_weights_fail_when_the_policy_loads(tmp_path, model_weights, message):
    raw = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))
    raw["settings"]["escalation"] = {"model_weights": model_weights}
    path = tmp_path / "policy.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(Exception, match=message):
        Policy.load(path)
