"""screening/evaluation: labelled files, metrics, the in-order runner, reports, sealed manifests."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from screening.evaluation import Counts, LabelError, binary_counts, read_labelled, screen_labelled
from screening.evaluation.labelled import ANY_CODE
from screening.evaluation.reports import check_report, length_band, traffic_report
from screening.evaluation.runner import evaluation_screener
from screening.evaluation.sealed import verify, write_manifest

ROOT = Path(__file__).resolve().parents[2]
SEALED = [ROOT / "data" / "traffic", ROOT / "data" / "traffic_2", *sorted((ROOT / "data").glob("*/sealed"))]


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("counts", "precision", "recall", "f1", "fpr"),
    [
        # 8 of 10 positives found, 2 false flags among 90 negatives.
        (Counts(tp=8, fp=2, fn=2, tn=88), 0.8, 0.8, 0.8, 2 / 90),
        # Nothing predicted: precision and F1 are 0, not an error.
        (Counts(tp=0, fp=0, fn=5, tn=5), 0.0, 0.0, 0.0, 0.0),
        # Perfect on both classes.
        (Counts(tp=3, fp=0, fn=0, tn=7), 1.0, 1.0, 1.0, 0.0),
    ],
)
def test_counts(counts, precision, recall, f1, fpr):
    assert counts.precision == pytest.approx(precision)
    assert counts.recall == pytest.approx(recall)
    assert counts.f1 == pytest.approx(f1)
    assert counts.false_positive_rate == pytest.approx(fpr)


def test_binary_counts_and_macro_f1():
    counts = binary_counts([True, True, False, False, False], [True, False, True, False, False])
    assert counts == Counts(tp=1, fp=1, fn=1, tn=2)
    # macro-F1 = mean of F1(positive) = 0.5 and F1(negative) = 2/3.
    assert counts.macro_f1 == pytest.approx((0.5 + 2 / 3) / 2)


@pytest.mark.parametrize(
    ("row", "codes"),
    [
        # A JSON list, a string separated by ';' or ',', an empty string (nothing wrong).
        ({"codes": ["tone.discourteous"]}, {"tone.discourteous"}),
        ({"codes": "contact.phone; contact.email"}, {"contact.phone", "contact.email"}),
        ({"codes": "contact.phone,contact.url"}, {"contact.phone", "contact.url"}),
        ({"codes": ""}, set()),
        # A one-check file's label: negative words mean nothing wrong, other words "some code".
        ({"label": "courteous"}, set()),
        ({"label": "discourteous"}, {ANY_CODE}),
        ({"label": "tone.discourteous"}, {"tone.discourteous"}),
    ],
)
def test_labels_are_read(tmp_path, row, codes):
    path = _write(tmp_path / "l.jsonl", [{"text": "x", "market": "fr", "writer": "w1", **row}])
    item = read_labelled(path)[0]
    assert set(item.codes) == codes
    assert item.attributes["writer"] == "w1"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        # No label at all: the error names both ways to give one.
        ({"text": "x", "market": "fr"}, "row 1: no label"),
        # A code without its check.
        ({"text": "x", "market": "fr", "codes": ["phone"]}, "field 'codes' holds 'phone'"),
        # Not a list.
        ({"text": "x", "market": "fr", "codes": {"a": 1}}, "field 'codes' must be a list"),
    ],
)
def test_bad_labels_name_row_and_field(tmp_path, row, message):
    with pytest.raises(LabelError, match=message):
        read_labelled(_write(tmp_path / "l.jsonl", [row]))


def test_csv_files_are_read(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text(
        "text,market,codes,language\nBonjour,fr,,fr\nAppelez le 06 12 34 56 78,fr,contact.phone,fr\n", encoding="utf-8"
    )
    items = read_labelled(path)
    assert [set(i.codes) for i in items] == [set(), {"contact.phone"}]
    assert items[1].attributes["language"] == "fr"


def test_runner_judges_in_time_order_with_context_and_history(tmp_path):
    """The buyer's English makes an English reply in market fr acceptable (context), and the third
    copy of one long reply in three conversations is a template (history) even though the file
    lists it first."""
    reply = (
        "Thank you for your order, your phone has been tested, cleaned and packed with care, "
        "and it will leave our workshop tomorrow morning with tracking."
    )
    rows = [
        {
            "id": "r3",
            "conversation_id": "c3",
            "seller_id": "s",
            "market": "uk",
            "sent_at": "2026-10-03T10:00:00Z",
            "text": reply,
            "codes": ["template.repeated"],
        },
        {
            "id": "r1",
            "conversation_id": "c1",
            "seller_id": "s",
            "market": "uk",
            "sent_at": "2026-10-01T10:00:00Z",
            "text": reply,
            "codes": [],
        },
        {
            "id": "r2",
            "conversation_id": "c2",
            "seller_id": "s",
            "market": "uk",
            "sent_at": "2026-10-02T10:00:00Z",
            "text": reply,
            "codes": [],
        },
        {
            "id": "b",
            "conversation_id": "c9",
            "market": "fr",
            "author": "buyer",
            "sent_at": "2026-10-01T09:00:00Z",
            "text": "Hello, I live in Lyon but I do not speak French, is the phone unlocked?",
            "codes": [],
        },
        {
            "id": "s9",
            "conversation_id": "c9",
            "market": "fr",
            "sent_at": "2026-10-01T09:30:00Z",
            "text": "Hello, yes, the phone is unlocked and works with every network in France.",
            "codes": [],
        },
    ]
    screener, history = evaluation_screener(only=["template", "language"])
    outcomes = screen_labelled(screener, read_labelled(_write(tmp_path / "l.jsonl", rows)), history)
    assert [o.message.id for o in outcomes] == ["r3", "r1", "r2", "b", "s9"]  # input order kept
    assert outcomes[0].predicts("template") and not outcomes[1].predicts("template")
    assert not outcomes[4].predicts("language")
    report = check_report(outcomes, "template", screener.policy)
    assert report["overall"]["tp"] == 1 and report["overall"]["fp"] == 0
    assert report["scored"] == 4  # the buyer's message is not a template candidate


def test_invalid_records_are_counted_not_fatal(tmp_path):
    rows = [{"text": "Bonjour", "market": "xx", "codes": []}, {"text": "Merci", "market": "fr", "codes": []}]
    screener, history = evaluation_screener(only=["tone"])
    outcomes = screen_labelled(screener, read_labelled(_write(tmp_path / "l.jsonl", rows)), history)
    assert outcomes[0].error and "market" in outcomes[0].error
    report = traffic_report(outcomes, screener.policy)
    assert report["record_errors"] == 1 and report["overall"]["n"] == 1


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("Hi", "1-3"),
        ("Yes, still available!", "1-3"),
        ("Sent this morning with DPD.", "4-6"),
        ("word " * 10, "7-15"),
        ("word " * 30, "16-40"),
        ("word " * 41, "41+"),
    ],
)
def test_length_bands(text, band):
    assert length_band(text) == band


def test_traffic_report_counts_per_check_and_group(tmp_path, screener):
    rows = [
        {"text": "Merci beaucoup !", "market": "fr", "language": "fr", "codes": []},
        {"text": "Écrivez-moi sur jean.dupont@gmail.com", "market": "fr", "language": "fr", "codes": []},
        {"text": "Hi, is it still available?", "market": "uk", "author": "buyer", "language": "en", "codes": []},
    ]
    screener, history = evaluation_screener()
    report = traffic_report(
        screen_labelled(screener, read_labelled(_write(tmp_path / "t.jsonl", rows)), history), screener.policy
    )
    assert report["overall"]["not_allowed"] == 1
    assert report["overall"]["contact"] == {"n": 2, "flagged": 1, "share": 0.5}
    assert report["overall"]["escalation"]["n"] == 1
    assert report["groups"]["language"]["fr"]["not_allowed"] == 1
    assert report["not_allowed"][0]["text"].startswith("Écrivez")


def test_cli_evaluate_any_file(tmp_path, capsys):
    from screening.cli import main

    rows = [
        {"text": "Appelez-moi au 06 12 34 56 78", "market": "fr", "codes": ["contact.phone"]},
        {"text": "Commande 48213977 expédiée", "market": "fr", "codes": []},
    ]
    path = _write(tmp_path / "c.jsonl", rows)
    assert main(["evaluate", "contact", "--data", str(path), "--json", str(tmp_path / "r.json")]) == 0
    out = capsys.readouterr().out
    assert "precision 1.000  recall 1.000" in out
    assert json.loads((tmp_path / "r.json").read_text())["codes"]["contact.phone"]["tp"] == 1
    bad = _write(tmp_path / "bad.jsonl", [{"text": "x", "market": "fr"}])
    assert main(["evaluate", "contact", "--data", str(bad)]) == 2
    assert "no label" in capsys.readouterr().err
    assert main(["evaluate", "nothing", "--data", str(path)]) == 2
    assert "unknown check 'nothing'" in capsys.readouterr().err


def test_cli_evaluate_traffic_lists_what_it_stops(tmp_path, capsys):
    from screening.cli import main

    rows = [
        {"text": "Merci, bonne journée !", "market": "fr", "codes": [], "language": "fr"},
        {"text": "Écrivez-moi sur jean.dupont@gmail.com", "market": "fr", "codes": [], "language": "fr"},
    ]
    assert main(["evaluate", "traffic", "--data", str(_write(tmp_path / "t.jsonl", rows))]) == 0
    out = capsys.readouterr().out
    assert "2 messages, 1 not allowed (50.00%)" in out
    assert "contact.email" in out and "jean.dupont@gmail.com" in out  # the listing names what was stopped


@pytest.mark.parametrize("folder", SEALED, ids=lambda p: str(p.relative_to(ROOT)))
def test_committed_sealed_sets_match_their_manifest(folder):
    assert verify(folder) == []


def test_manifest_names_a_changed_file(tmp_path):
    folder = tmp_path / "sealed"
    (folder / "writers").mkdir(parents=True)
    (folder / "writers" / "w.jsonl").write_text('{"a": 1}\n', encoding="utf-8")
    write_manifest(folder)
    assert verify(folder) == []
    (folder / "writers" / "w.jsonl").write_text('{"a": 2}\n', encoding="utf-8")
    (folder / "extra.jsonl").write_text("{}\n", encoding="utf-8")
    problems = verify(folder)
    assert any("w.jsonl changed" in p for p in problems) and any("extra.jsonl is not listed" in p for p in problems)
    shutil.rmtree(folder)


def test_conversations_are_counted_caught_with_their_own_code(tmp_path):
    """Per conversation: caught when any reply is flagged; "with_code" only when a flagged reply
    carries one of the codes the conversation is labelled with; both per language."""

    def reply(conversation: str, minute: int, text: str, codes: list[str], language: str) -> dict:
        return {
            "id": f"{conversation}-{minute}",
            "conversation_id": conversation,
            "seller_id": f"s-{conversation}",
            "market": "fr" if language == "fr" else "uk",
            "author": "seller",
            "sent_at": f"2026-11-10T08:{minute:02d}:00Z",
            "text": text,
            "codes": codes,
            "language": language,
        }

    rows = [
        # The number in two replies, labelled on the second: caught, and with its code.
        reply("c1", 1, "Bonjour, appelez-moi au 06 12", [], "fr"),
        reply("c1", 2, "34 56 78 pour finaliser.", ["contact.phone"], "fr"),
        # Labelled e-mail, flagged only for a phone number: caught, but not with its own code.
        reply("c2", 1, "Call me on 07700 900123 for the rest.", [], "en"),
        reply("c2", 2, "Thanks, speak soon.", ["contact.email"], "en"),
        # Ordinary: nothing to catch.
        reply("c3", 1, "Your order ships tomorrow.", [], "en"),
        reply("c3", 2, "Tracking follows by message here.", [], "en"),
    ]
    screener, history = evaluation_screener(only=["contact"])
    outcomes = screen_labelled(screener, read_labelled(_write(tmp_path / "split.jsonl", rows)), history)
    conversations = check_report(outcomes, "contact", screener.policy)["conversations"]
    assert (conversations["tp"], conversations["fn"], conversations["fp"]) == (2, 0, 0)
    assert (conversations["with_code"]["tp"], conversations["with_code"]["fn"]) == (1, 1)
    assert conversations["by_language"]["fr"]["with_code"]["tp"] == 1
    assert conversations["by_language"]["en"]["any"]["tp"] == 1
    assert conversations["by_language"]["en"]["with_code"]["tp"] == 0
    assert conversations["by_language"]["en"]["any"]["tn"] == 1
