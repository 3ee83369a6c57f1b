"""The parts of an automatic notice (screening/checks/template/notice_cues.py), read by the
autoresponder model: per language, what names each part and what must not; the RE2 automaton
against the Python reference; the model's second format.

The sentences are written for this test (not from the writers' data or any evaluation set)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from screening.checks.template.autoresponder import fold
from screening.checks.template.autoresponder_model import FORMATS, AutoresponderModel, cues
from screening.checks.template.notice_cues import (
    CUE_PREFIX,
    all_cue_features,
    cue_features,
    notice_parts,
    reference_notice_parts,
)

ROOT = Path(__file__).resolve().parents[2]


def _parts(text: str) -> frozenset[str]:
    return notice_parts(fold(text).lower())


@pytest.mark.parametrize(
    "language, text, parts",
    [
        ("en", "I'm away until Monday and will reply when I'm back.", {"unavailable", "answers_later", "later"}),
        (
            "fr",
            "Boutique fermée pour congés, je vous réponds dès mon retour.",
            {"unavailable", "answers_later", "later"},
        ),
        ("de", "Wir sind im Urlaub und melden uns ab Montag wieder.", {"unavailable", "answers_later", "later"}),
        ("es", "Hemos recibido tu mensaje y te contestamos mañana.", {"received", "answers_later", "later"}),
        ("it", "Negozio chiuso per ferie, rispondo al mio rientro.", {"unavailable", "answers_later", "later"}),
        (
            "nl",
            "Bedankt voor je bericht, we reageren binnen twee werkdagen.",
            {"received", "answers_later", "later", "hours"},
        ),
        ("pl", "Jestem na urlopie, odpowiem po powrocie.", {"unavailable", "answers_later", "later"}),
        ("pt", "Estamos de férias e respondemos na segunda-feira.", {"unavailable", "answers_later", "later"}),
        ("ca", "Tancat per vacances, responem dilluns.", {"unavailable", "answers_later", "later"}),
        ("sv", "Vi har semester och svarar på måndag.", {"unavailable", "answers_later", "later"}),
        (
            "fi",
            "Olen lomalla ja vastaan viesteihin maanantaina.",
            {"unavailable", "answers_later", "later", "messages"},
        ),
        ("da", "Butikken er lukket, vi svarer i morgen.", {"unavailable", "answers_later", "later"}),
        ("cs", "Máme zavřeno, odpovíme zítra.", {"unavailable", "answers_later", "later"}),
        ("sk", "Máme zatvorené, odpovieme zajtra.", {"unavailable", "answers_later", "later"}),
        ("el", "Είμαστε κλειστά, θα απαντήσουμε αύριο.", {"unavailable", "answers_later", "later"}),
        ("ro", "Magazinul este închis, vă răspundem mâine.", {"unavailable", "answers_later", "later"}),
        ("hu", "Zárva vagyunk, holnap válaszolunk.", {"unavailable", "answers_later", "later"}),
        ("de", "Ihre Anfrage wurde unter der Ticketnummer 1 registriert.", {"ticket"}),
        (
            "en",
            "If it's about delivery, see your orders; anything else I'll answer tonight.",
            {"if_about", "answers_later", "later"},
        ),
        (
            "en",
            "Let me check with the workshop and I'll get back to you tomorrow.",
            {"will_check", "answers_later", "later"},
        ),
    ],
)
def test_a_notice_names_its_parts(language: str, text: str, parts: set[str]) -> None:
    assert _parts(text) == parts


@pytest.mark.parametrize(
    "text, part",
    [
        ("Please send it back (skicka tillbaka) in the box.", "unavailable"),  # sv "back" is a return here
        ("Ett svart skal ingår.", "answers_later"),  # sv "black", not "answer"
        ("Guten Morgen, das Paket ist unterwegs.", "later"),  # a greeting and a parcel on its way
        ("Telemóvel em segunda mão, como novo.", "later"),  # pt "second-hand", not Monday
        ("Garanție 12 luni pentru fiecare telefon.", "later"),  # ro "months", not Monday
        ("Étiquette de retour incluse.", "unavailable"),  # fr a return label, not "back"
        ("Visszatérítjük az árát.", "unavailable"),  # hu "we refund", not "we are back"
        ("A vásárló kérésére.", "unavailable"),  # hu "buyer", not "fair"
        ("Täytä lomake.", "unavailable"),  # fi "form", not "holiday"
        ("I'll ship it right away.", "unavailable"),  # "right away" is "at once"
        ("Vrátím peníze do tří dnů.", "unavailable"),  # cs "I'll refund", not "I'm back"
    ],
)
def test_ordinary_words_that_look_like_a_part_do_not_name_it(text: str, part: str) -> None:
    assert part not in _parts(text)


# A follow-up promise in a conversation: the seller waits for news from someone else.
_FOLLOW_UPS = [
    ("en", "uk", "I'll let you know as soon as I hear back from the courier."),
    ("fr", "fr", "Je reviens vers vous dès que j'ai des nouvelles du transporteur."),
    ("de", "de", "Ich melde mich, sobald ich vom Kurier eine Antwort habe, ich warte noch auf die Antwort."),
    ("es", "es", "Le escribo en cuanto tenga noticias de la empresa de transporte."),
    ("it", "it", "Le scrivo appena ho notizie dal corriere."),
    ("nl", "nl", "Ik laat het u weten zodra ik iets van de vervoerder hoor."),
    ("pl", "pl", "Dam znać, gdy tylko dostanę odpowiedź od serwisu, czekam na odpowiedź."),
    ("pt", "pt", "Escrevo-lhe assim que tiver notícias da transportadora."),
    ("ca", "es", "Li escric tan bon punt tingui notícies del transportista."),
    ("sv", "se", "Jag hör av mig så snart jag fått svar från fraktbolaget."),
    ("fi", "fi", "Kirjoitan heti, kun kuulen korjaamolta, odotan vastausta."),
    ("da", "dk", "Jeg skriver, så snart jeg hører fra fragtfirmaet."),
    ("cs", "cz", "Dám vědět, jakmile se dopravce ozve."),
    ("sk", "sk", "Dám vedieť, keď sa kuriér ozve."),
    ("el", "gr", "Θα σας ενημερώσω μόλις μάθω νέα από την εταιρεία courier."),
    ("ro", "ro", "Vă anunț imediat ce aflu ceva de la curier."),
    ("hu", "hu", "Szólok, amint választ kapok a futárcégtől."),
]


@pytest.mark.parametrize("language, market, text", _FOLLOW_UPS)
def test_a_follow_up_names_the_news_it_waits_for(language: str, market: str, text: str) -> None:
    assert "awaits_news" in _parts(text)


def test_the_default_model_lets_follow_up_promises_through() -> None:
    """The default autoresponder model (models/template/DEFAULT) reads these as real replies."""
    from screening import Message, Policy, Screener

    screener = Screener.create(Policy.load())
    flagged = [
        text
        for _, market, text in _FOLLOW_UPS
        if any(
            f.code == "template.autoresponder" for f in screener.screen(Message(text, market, author="seller")).findings
        )
    ]
    assert flagged == []


def _data_texts(limit: int = 4000) -> list[str]:
    texts: list[str] = []
    for path in sorted(ROOT.glob("data/template/*/writers/*.jsonl")) + sorted(
        ROOT.glob("data/template/autoresponder/writers/*.jsonl")
    ):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                texts.append(record.get("text") or record.get("reply") or "")
    return texts[:: max(1, len(texts) // limit)]


def test_the_automaton_agrees_with_the_python_patterns() -> None:
    """RE2 reads every part at once; the Python patterns (look-around and all) are the reference."""
    texts = _data_texts()
    assert len(texts) > 1000
    for text in texts:
        folded = fold(text).lower()
        assert notice_parts(folded) == reference_notice_parts(folded), text
    named = sum(1 for text in texts if notice_parts(fold(text).lower()))
    assert named > len(texts) // 4  # the parts are common in sellers' replies: the lists are read


def test_cue_features_are_the_parts_and_their_pairs() -> None:
    features = cue_features("zarva vagyunk, holnap valaszolunk.")
    assert features == {
        CUE_PREFIX + "unavailable",
        CUE_PREFIX + "answers_later",
        CUE_PREFIX + "later",
        CUE_PREFIX + "answers_later+later",
        CUE_PREFIX + "answers_later+unavailable",
        CUE_PREFIX + "later+unavailable",
    }
    assert features <= set(all_cue_features())
    assert len(all_cue_features()) == len(set(all_cue_features()))


def _artifact(fmt: str, cue_weights: dict[str, float] | None = None) -> dict:
    artifact = {
        "format": fmt,
        "grams": [" zz", "zz "],
        "coef": [1.0, 1.0],
        "intercept": -1.0,
        "thresholds": {},
        "default_threshold": 0.5,
    }
    if cue_weights is not None:
        artifact["cues"] = cue_weights
    return artifact


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def test_a_format_2_model_adds_the_weights_of_the_cues_a_text_names() -> None:
    later = CUE_PREFIX + "later"
    model = AutoresponderModel(_artifact(FORMATS[1], {later: 2.0, CUE_PREFIX + "ticket": 5.0}))
    assert cues("Back tomorrow") == {CUE_PREFIX + "unavailable", later, CUE_PREFIX + "later+unavailable"}
    # "tomorrow" names `later` (+2); no gram of the model: the grams add nothing.
    assert model.probability("see you tomorrow") == pytest.approx(_sigmoid(2.0 - 1.0))
    # both grams of "zz" (weight 1 each, normalised by sqrt(2)) and the cue.
    assert model.probability("zz tomorrow") == pytest.approx(_sigmoid(2 / math.sqrt(2) + 2.0 - 1.0))
    assert model.probability("nothing here") == pytest.approx(_sigmoid(-1.0))
    # a reply and its body: the cues are the body's for both (a sign-off block names none of them)
    assert model.probability_pair("zz tomorrow", "zz") == pytest.approx(
        (_sigmoid(2 / math.sqrt(2) - 1.0), model.probability("zz"))
    )
    signed = "See you tomorrow.\nBest regards,\nAnna\nOpen Mon-Fri, messages answered within 24 hours"
    assert cues(signed) == cues("See you tomorrow.")  # the shop's hours under the name are not read


def test_a_format_1_model_reads_no_cues() -> None:
    model = AutoresponderModel(_artifact(FORMATS[0]))
    assert model.probability("see you tomorrow") == pytest.approx(_sigmoid(-1.0))
    with pytest.raises(ValueError, match="format"):
        AutoresponderModel(_artifact("autoresponder-char-lr-0"))
