"""The out-of-core rescore gives the verdicts the former in-memory rescore gave (tests/legacy_rescore.py,
kept as the reference), in one process, over 2 local worker processes and on a real Dask
LocalCluster of 2 workers; inputs as folders, globs, .gz, Parquet datasets and history stores;
typed Parquet, --only-changed, the report."""

from __future__ import annotations

import copy
import gzip
import json
import random
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from screening.store.history import HistoryStore
from screening.core.pipeline import Screener
from screening.batch.rescore import rescore
from screening.batch.rescore_partition import ScreenerSpec

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, where legacy_rescore.py is
import legacy_rescore  # noqa: E402 - the former implementation, the reference

ROOT = Path(__file__).resolve().parents[2]


def history_fixture(path: Path, size: int = 240) -> list[dict]:
    """Seller replies from bench_template's synthetic history (templates repeated across a
    seller's conversations), buyers writing first in several languages, replies in another
    language, contact details (blocked: not recorded), ties in sent_at, and broken records."""
    from bench.bench_template import synthetic_history

    synthetic_history(path, size, sellers=12)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(3)
    buyer_texts = [
        "Hello, is the phone unlocked for every network?",
        "Bonjour, le téléphone est-il débloqué ?",
        "Hallo, ist das Handy entsperrt? Es kam gesperrt an, iCloud ist aktiv.",
        "Il telefono è arrivato con lo schermo rotto e il venditore non risponde.",
    ]
    extra = []
    for k, record in enumerate(records[: size // 3]):
        # The conversation starts with the buyer, a minute before the reply.
        buyer = dict(
            record,
            id=f"b-{k}",
            author="buyer",
            text=rng.choice(buyer_texts),
            sent_at=record["sent_at"].replace("Z", "").split("+")[0][:16] + ":00Z",
        )
        extra.append(buyer)
        if k % 9 == 0:  # a second reply in English, whatever the buyer wrote
            extra.append(
                dict(
                    record,
                    id=f"e-{k}",
                    text="Yes, it is unlocked for every network, you can use your own SIM card and it ships tomorrow.",
                )
            )
        if k % 13 == 0:  # contact details: blocked, so never recorded as history
            extra.append(dict(record, id=f"p-{k}", text=record["text"] + " Appelez-moi au 06 12 34 56 78"))
    tie = dict(records[0], id="tie-1")  # same sent_at as another record: file order decides
    broken = [
        {
            "id": "bad-market",
            "seller_id": "s-00001",
            "market": "mars",
            "author": "seller",
            "sent_at": "2026-03-02T10:00:00Z",
            "text": "hello",
        },
        {"id": "bad-time", "seller_id": "s-00002", "market": "de", "sent_at": "tomorrow", "text": "Danke"},
        {"id": "bad-text", "seller_id": "s-00003", "market": "de", "sent_at": "2026-03-02T10:00:00Z", "text": ""},
    ]
    out = records + extra + [tie] + broken
    rng.shuffle(out)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out) + "{broken line\n", encoding="utf-8")
    return out


def comparable(path: Path) -> list[dict]:
    """Verdicts in output order, without what may differ between runs (time spent) or what the
    new path adds (policy_version)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        verdict = json.loads(line)
        verdict.pop("elapsed_ms")
        verdict.pop("policy_version", None)
        out.append(verdict)
    return out


@pytest.fixture(scope="module")
def fixture_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("rescore") / "history.jsonl"
    history_fixture(path)
    return path


@pytest.fixture(scope="module")
def reference(fixture_file, policy) -> list[dict]:
    """The former rescore's verdicts: records in a list, sorted, a fresh in-memory history."""
    target = fixture_file.with_name("legacy.jsonl")
    history = HistoryStore(":memory:")
    screener = Screener.create(policy, history=history)
    legacy_rescore.rescore(screener, fixture_file, target, progress=False, history=history)
    verdicts = comparable(target)
    # The fixture exercises what it should: repeated templates, blocks, buyer-language allowances, errors.
    codes = {f["code"] for v in verdicts for f in v["findings"]}
    assert {"template.repeated", "contact.phone"} <= codes
    assert {v["action"] for v in verdicts} == {"allow", "flag", "block"}
    assert sum("error" in v for v in verdicts) == 4
    return verdicts


def test_one_process_gives_the_former_verdicts_in_the_former_order(fixture_file, reference, tmp_path):
    target = tmp_path / "new.jsonl"
    summary = rescore(None, fixture_file, target, progress=False)
    assert comparable(target) == reference
    assert summary.errors == 4 and summary.screened == len(reference) - 4


def test_the_former_verdicts_with_a_callers_screener(fixture_file, reference, tmp_path, policy):
    history = HistoryStore(tmp_path / "h.sqlite3")
    screener = Screener.create(policy, history=history)
    target = tmp_path / "new.jsonl"
    rescore(screener, fixture_file, target, progress=False, history=history, partitions=3)
    assert comparable(target) == reference


def test_two_local_workers_give_the_same_output(fixture_file, reference, tmp_path):
    target = tmp_path / "workers.jsonl"
    summary = rescore(None, fixture_file, target, progress=False, workers=2, spec=ScreenerSpec())
    assert comparable(target) == reference
    assert summary.screened == len(reference) - 4


def test_a_dask_local_cluster_of_two_workers_gives_the_same_output(fixture_file, reference, tmp_path):
    target = tmp_path / "dask.jsonl"
    summary = rescore(None, fixture_file, target, progress=False, workers=2, engine="dask", spec=ScreenerSpec())
    assert comparable(target) == reference
    assert summary.records == len(reference)


def test_folders_globs_gzip_and_parquet_datasets_are_one_input(fixture_file, reference, tmp_path):
    """The fixture split over a gzipped JSONL file and a Parquet dataset folder: the same verdicts
    (a record's position is within its own file, and the order is sent_at, then file, then line)."""
    lines = fixture_file.read_text(encoding="utf-8").splitlines()
    good = [json.loads(line) for line in lines if line.startswith('{"')]
    first, rest = good[:100], good[100:]
    root = tmp_path / "in"
    (root / "dataset").mkdir(parents=True)
    with gzip.open(root / "a.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in first))
    for k in range(2):
        chunk = rest[k::2]
        pq.write_table(
            pa.Table.from_pylist(
                [
                    {
                        key: r.get(key)
                        for key in ("id", "conversation_id", "seller_id", "market", "author", "sent_at", "text")
                    }
                    for r in chunk
                ]
            ),
            root / "dataset" / f"part-{k}.parquet",
        )
    (root / "dataset" / "_SUCCESS").write_text("")
    by_folder, by_glob = tmp_path / "folder.jsonl", tmp_path / "glob.jsonl"
    rescore(None, root, by_folder, progress=False)
    rescore(None, [str(root / "*.jsonl.gz"), str(root / "dataset" / "*.parquet")], by_glob, progress=False)
    expected = {v["id"]: v for v in reference}
    for path in (by_folder, by_glob):
        verdicts = comparable(path)
        assert len(verdicts) == len(good)
        # Same decisions as the single file (templates, buyer languages) except for the broken
        # line, which is gone, and error positions, which are per file.
        for verdict in verdicts:
            reference_verdict = copy.deepcopy(expected[verdict["id"]])
            if "error" in verdict:
                verdict["error"].pop("position"), reference_verdict["error"].pop("position")
            assert verdict == reference_verdict


def test_from_history_rescores_a_store(open_store, history_location, tmp_path):
    """Both backends: the store's messages, judged in sent_at order (not the store's id order)."""
    from screening.core.types import Message

    store = open_store()
    times = ["2026-03-03T09:00:00Z", "2026-03-01T09:00:00Z", "2026-03-02T09:00:00Z"]
    store.add(
        [
            Message.from_record(
                {
                    "id": f"m{i}",
                    "conversation_id": f"c{i}",
                    "seller_id": "s1",
                    "market": "fr",
                    "author": "seller",
                    "sent_at": times[i],
                    "text": "Bonjour, appelez-moi au 06 12 34 56 78" if i == 2 else "Bonjour, merci.",
                }
            )
            for i in range(3)
        ]
    )
    target = tmp_path / "out.jsonl"
    summary = rescore(None, [], target, progress=False, from_history=history_location)
    verdicts = comparable(target)
    assert [v["id"] for v in verdicts] == ["m1", "m2", "m0"] and summary.screened == 3
    assert [v["action"] for v in verdicts] == ["allow", "block", "allow"]


def test_typed_parquet_only_changed_and_report(fixture_file, reference, tmp_path):
    full = tmp_path / "full.parquet"
    rescore(None, fixture_file, full, progress=False)
    table = pq.read_table(full)
    assert table.schema.field("findings").type == pa.list_(
        pa.struct(
            [
                ("check", pa.string()),
                ("code", pa.string()),
                ("score", pa.float64()),
                ("start", pa.int32()),
                ("end", pa.int32()),
                ("detail", pa.string()),
            ]
        )
    )
    assert table.schema.field("sent_at").type == pa.timestamp("us", tz="UTC")
    rows = {r["id"]: r for r in table.to_pylist()}
    for verdict in reference:
        row = rows[verdict["id"]]
        assert row["action"] == verdict["action"]
        assert row["codes"] == sorted({f["code"] for f in verdict["findings"]})
        assert row["rules"] == verdict["rules"]
    sample = next(r for r in rows.values() if r["market"] and r["error"] is None)
    assert sample["seller"].startswith("s-") and sample["policy_version"]

    # A previous run that differs on three verdicts: only those are written.
    previous = tmp_path / "previous.jsonl"
    changed = {reference[0]["id"], reference[5]["id"], reference[9]["id"]}
    with previous.open("w", encoding="utf-8") as handle:
        for verdict in reference:
            if verdict["id"] in changed:
                verdict = dict(verdict, action="block" if verdict["action"] != "block" else "allow")
            handle.write(json.dumps(verdict, ensure_ascii=False) + "\n")
    diff, report = tmp_path / "diff.jsonl", tmp_path / "report"
    summary = rescore(None, fixture_file, diff, progress=False, only_changed=previous, report=report)
    assert {v["id"] for v in comparable(diff)} == changed and summary.written == 3
    data = json.loads((report / "summary.json").read_text())
    assert data["records"] == len(reference)
    assert data["by_code"]["template.repeated"] == sum(
        any(f["code"] == "template.repeated" for f in v["findings"]) for v in reference
    )
    # What changed: the three verdicts, from the action the previous run had to the one now.
    assert sum(t["messages"] for t in data["changes"]["transitions"]) == 3
    expected = {
        (("block" if v["action"] != "block" else "allow"), v["action"]) for v in reference if v["id"] in changed
    }
    assert {(t["before"], t["after"]) for t in data["changes"]["transitions"]} == expected
    assert data["changes"]["codes_gained"] == {} == data["changes"]["codes_lost"]  # the codes did not change
    html = (report / "report.html").read_text(encoding="utf-8")
    assert "<svg" in html and "template.repeated" in html and "http" not in html.replace("http://www.w3.org", "")


def test_a_rerun_in_the_same_work_dir_judges_only_the_unfinished_partitions(fixture_file, reference, tmp_path):
    work, target = tmp_path / "work", tmp_path / "out.jsonl"
    rescore(None, fixture_file, target, progress=False, work_dir=work, partitions=3)
    parts = sorted(work.glob("verdicts-*.parquet"))
    assert len(parts) == 3
    kept = {p: p.stat().st_mtime_ns for p in parts[1:]}
    parts[0].unlink()  # as if the run had stopped while judging this partition
    target.unlink()
    summary = rescore(None, fixture_file, target, progress=False, work_dir=work, partitions=3)
    assert {p: p.stat().st_mtime_ns for p in parts[1:]} == kept  # finished partitions were not judged again
    assert parts[0].exists() and summary.records == len(reference)
    assert comparable(target) == reference

    # Another input in the same work folder: staged and judged anew, nothing of the former reused.
    changed = tmp_path / "changed.jsonl"
    changed.write_text(
        fixture_file.read_text(encoding="utf-8")
        + json.dumps(
            {
                "id": "late",
                "seller_id": "s-00001",
                "market": "fr",
                "sent_at": "2026-03-02T10:00:00Z",
                "text": "Bonjour, merci pour votre message.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    summary = rescore(None, changed, target, progress=False, work_dir=work, partitions=3)
    assert summary.records == len(reference) + 1 and "late" in {v["id"] for v in comparable(target)}


def test_the_command_prints_progress_lines_and_a_summary_by_action_and_code(fixture_file, tmp_path):
    import subprocess

    target, report = tmp_path / "out.parquet", tmp_path / "report"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "screening.cli",
            "rescore",
            str(fixture_file),
            "--output",
            str(target),
            "--report",
            str(report),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    # Not a terminal: plain lines, no progress bar's carriage returns.
    assert "rescore: staging" in lines and any(
        line.startswith("rescore: ") and "records (100%)" in line for line in lines
    )
    assert "\r" not in result.stderr
    assert any(line.startswith("  by action: allow") for line in lines)
    assert any(line.strip().startswith("template.repeated") for line in lines)
    assert (report / "report.html").exists() and pq.read_table(target).num_rows > 0


@pytest.mark.parametrize(
    "args,words",
    [
        (["--workers", "0"], ["--workers", "at least 1"]),
        (["--scheduler", "tcp://127.0.0.1:1"], ["--scheduler", "--engine dask"]),
        (["--partitions", "0"], ["--partitions"]),
        (["--only-changed", "missing.jsonl"], ["missing.jsonl", "no such file"]),
    ],
)
def test_rescore_options_misused_are_one_clear_line(fixture_file, tmp_path, monkeypatch, capsys, args, words):
    from screening.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["rescore", str(fixture_file), "--output", "out.jsonl", "--no-progress", *args]) == 2
    stderr = capsys.readouterr().err
    assert "Traceback" not in stderr and stderr.count("\n") == 1
    for word in words:
        assert word in stderr


def test_a_folder_without_record_files_and_an_empty_glob_are_refused(tmp_path, monkeypatch, capsys):
    from screening.cli import main

    (tmp_path / "empty").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["rescore", "empty", "--output", "out.jsonl"]) == 2
    assert "no record file" in capsys.readouterr().err
    assert main(["rescore", "exports/*.jsonl.gz", "--output", "out.jsonl"]) == 2
    assert "matches no file" in capsys.readouterr().err


def test_releasing_the_checks_caches_changes_no_verdict(screener, fixture_file):

    records = [
        json.loads(line) for line in fixture_file.read_text(encoding="utf-8").splitlines()[:60] if line.startswith('{"')
    ]
    messages = []
    for record in records:
        try:
            messages.append(screener.message_from_record(record))
        except Exception:  # noqa: BLE001 - the fixture's broken records
            continue
    before = [screener.screen(m).to_dict() for m in messages]
    screener.release_caches()
    after = [screener.screen(m).to_dict() for m in messages]
    for verdicts in (before, after):
        for verdict in verdicts:
            verdict.pop("elapsed_ms")
    assert after == before


def test_an_existing_dask_cluster_serves_two_runs_each_with_a_fresh_history(fixture_file, reference, tmp_path):
    """--scheduler ADDRESS: the workers outlive a run; the second run on them must not find the
    first run's messages in their history (the template check would count them)."""
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        for run in (1, 2):
            target = tmp_path / f"run{run}.jsonl"
            rescore(
                None,
                fixture_file,
                target,
                progress=False,
                workers=2,
                engine="dask",
                scheduler=cluster.scheduler_address,
                spec=ScreenerSpec(),
            )
            assert comparable(target) == reference
