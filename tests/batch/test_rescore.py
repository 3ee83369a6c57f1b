"""`screening rescore` and `screening check`: the command line data staff use, run as real
processes on real JSONL, CSV and Parquet files."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from screening.cli import main
from screening.batch.records import read_records
from screening.batch.rescore import Shard, rescore

ROOT = Path(__file__).resolve().parents[2]

RECORDS = [
    # Written out of time order on purpose: rescore must judge them in sent_at order.
    {
        "id": "m3",
        "conversation_id": "c1",
        "seller_id": "s1",
        "market": "fr",
        "author": "seller",
        "sent_at": "2026-03-02T09:20:00Z",
        "text": "Appelez-moi au 06 12 34 56 78",
    },
    {
        "id": "m1",
        "conversation_id": "c1",
        "seller_id": "s1",
        "market": "fr",
        "author": "buyer",
        "sent_at": "2026-03-02T09:00:00Z",
        "text": "Bonjour, le téléphone est-il débloqué ?",
    },
    {
        "id": "m2",
        "conversation_id": "c1",
        "seller_id": "s1",
        "market": "fr",
        "author": "seller",
        "sent_at": "2026-03-02T09:10:00Z",
        "text": "Bonjour, oui il est débloqué et part demain.",
    },
    {
        "id": "bad-market",
        "conversation_id": "c2",
        "seller_id": "s2",
        "market": "mars",
        "author": "seller",
        "sent_at": "2026-03-02T10:00:00Z",
        "text": "hello",
    },
    {
        "id": "bad-text",
        "conversation_id": "c2",
        "seller_id": "s2",
        "market": "de",
        "author": "seller",
        "sent_at": "2026-03-02T10:05:00Z",
        "text": "",
    },
    {
        "id": "bad-time",
        "conversation_id": "c2",
        "seller_id": "s2",
        "market": "de",
        "author": "seller",
        "sent_at": "tomorrow",
        "text": "Danke",
    },
]


def write_input(path: Path, records: list[dict]) -> None:
    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    elif path.suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(records[0]))
            writer.writeheader()
            writer.writerows(records)
    else:
        pq.write_table(pa.Table.from_pylist(records), path)


def read_output(path: Path) -> list[dict]:
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if path.suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))
    return pq.read_table(path).to_pylist()


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "screening.cli", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize(
    "in_suffix,out_suffix",
    [
        (".jsonl", ".jsonl"),  # JSONL in, JSONL out
        (".csv", ".csv"),  # CSV in, CSV out
        (".parquet", ".parquet"),  # Parquet in, Parquet out
        (".csv", ".parquet"),  # formats mix freely: the output's extension decides
    ],
)
def test_rescore_formats(tmp_path, in_suffix, out_suffix):
    source, target = tmp_path / f"in{in_suffix}", tmp_path / f"out{out_suffix}"
    write_input(source, RECORDS)
    result = run_cli("rescore", str(source), "--output", str(target))
    assert result.returncode == 0, result.stderr
    verdicts = read_output(target)
    assert sorted(v["id"] for v in verdicts) == sorted(r["id"] for r in RECORDS)  # one per record, same ids
    by_id = {v["id"]: v for v in verdicts}
    assert by_id["m3"]["action"] == "block"
    assert by_id["m2"]["action"] == "allow"
    # Processing order is sent_at order (the record with an unreadable time comes last).
    assert [v["id"] for v in verdicts][:3] == ["m1", "m2", "m3"]
    for bad, field in (("bad-market", "market"), ("bad-text", "text"), ("bad-time", "sent_at")):
        assert by_id[bad]["action"] == "flag"
        error = by_id[bad]["error"]
        error = json.loads(error) if isinstance(error, str) else error
        assert error["field"] == field


def test_rescore_exits_non_zero_when_no_record_could_be_screened(tmp_path):
    """A JSONL export whose keys are named differently: one error verdict per record (nothing is
    lost), and the exit code tells a scheduler that no verdict was made."""
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(
        "".join(json.dumps({"message_id": f"x{i}", "body": "Bonjour", "country": "fr"}) + "\n" for i in range(3)),
        encoding="utf-8",
    )
    result = run_cli("rescore", str(source), "--output", str(target))
    assert result.returncode == 1 and "no record" in result.stderr
    assert len(read_output(target)) == 3


def test_rescore_reports_a_malformed_jsonl_line_and_goes_on(tmp_path):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(json.dumps(RECORDS[1]) + "\n{broken\n" + json.dumps(RECORDS[0]) + "\n", encoding="utf-8")
    result = run_cli("rescore", str(source), "--output", str(target))
    assert result.returncode == 0
    verdicts = read_output(target)
    assert len(verdicts) == 3
    broken = next(v for v in verdicts if v["id"] == "record-2")
    assert "not valid JSON" in broken["error"]["message"]


def test_rescore_resume_skips_done_ids_and_repairs_a_torn_line(tmp_path, screener):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_input(source, RECORDS[:3])
    rescore(screener, source, target, progress=False)
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    # Simulate a run killed while writing the third verdict.
    target.write_text(lines[0] + lines[1] + lines[2][:10], encoding="utf-8")
    summary = rescore(screener, source, target, resume=True, progress=False)
    assert summary.skipped == 2 and summary.screened == 1
    assert [v["id"] for v in read_output(target)] == ["m1", "m2", "m3"]


def test_shards_split_by_seller_and_cover_everything(tmp_path, screener):
    records = [dict(RECORDS[2], id=f"r{i}", seller_id=f"s{i % 7}") for i in range(40)]
    source = tmp_path / "in.jsonl"
    write_input(source, records)
    seen: list[str] = []
    for k in (1, 2, 3):
        target = tmp_path / f"out{k}.jsonl"
        rescore(screener, source, target, shard=Shard.parse(f"{k}/3"), progress=False)
        shard_verdicts = read_output(target)
        sellers = {next(r["seller_id"] for r in records if r["id"] == v["id"]) for v in shard_verdicts}
        seen += [v["id"] for v in shard_verdicts]
        for other in (1, 2, 3):
            if other != k:
                assert not any(Shard.parse(f"{other}/3").owns({"seller_id": s}) for s in sellers)
    assert sorted(seen) == sorted(r["id"] for r in records)


@pytest.mark.parametrize(
    "args,words",
    [
        (["rescore", "missing.jsonl", "--output", "out.jsonl"], ["no such file"]),  # input does not exist
        (["rescore", "in.txt", "--output", "out.jsonl"], ["unknown file type", ".csv"]),  # unknown input type
        (["rescore", "in.jsonl", "--output", "out.xlsx"], ["unknown file type"]),  # unknown output type
        (["rescore", "in.jsonl", "--output", "out.jsonl", "--shard", "4/3"], ["--shard"]),  # impossible shard
        (["check", "--market", "mars", "bonjour"], ["market", "known markets"]),  # unknown market
        (["check", "--market", "fr", ""], ["text", "empty"]),  # empty text
        (["history", "--db", "h.sqlite3", "import", "in.jsonl", "--workers", "0"], ["--workers", "at least 1"]),
        (["history", "--db", "h.sqlite3", "import", "in.jsonl", "--batch-size", "0"], ["--batch-size"]),
        (["history", "--db", "h.sqlite3", "import", "in.txt"], ["unknown file type"]),  # history import: same errors
    ],
)
def test_cli_usage_errors_are_one_clear_line(tmp_path, monkeypatch, capsys, args, words):
    (tmp_path / "in.txt").write_text("x")
    write_input(tmp_path / "in.jsonl", RECORDS[:1])
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    stderr = capsys.readouterr().err
    assert "Traceback" not in stderr and stderr.count("\n") == 1
    for word in words:
        assert word in stderr


def test_check_prints_a_verdict_from_an_argument_or_stdin():
    from_arg = json.loads(run_cli("check", "--market", "it", "scrivimi su Telegram").stdout)
    from_stdin = json.loads(run_cli("check", "--market", "it", stdin="scrivimi su Telegram").stdout)
    for verdict in (from_arg, from_stdin):
        assert verdict["action"] == "block"
        assert [f["code"] for f in verdict["findings"] if f["check"] == "contact"] == ["contact.social"]


def test_read_records_names_the_problem_of_each_bad_row(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("id,text,market\n1,hello,fr\n2,too,many,cells\n", encoding="utf-8")
    rows = list(read_records(path))
    assert rows[0].data == {"id": "1", "text": "hello", "market": "fr"}
    assert rows[1].data is None and "more cells" in rows[1].error


def test_a_tampered_model_stops_the_command_with_one_clear_line(tmp_path, capsys):
    import shutil

    models = tmp_path / "models"
    shutil.copytree(ROOT / "models", models)
    version = (models / "tone" / "DEFAULT").read_text().strip()
    artifact = next(p for p in (models / "tone" / version).iterdir() if p.suffix in (".joblib", ".pkl", ".bin"))
    artifact.write_bytes(artifact.read_bytes() + b"tampered")
    assert main(["--models-dir", str(models), "check", "--market", "fr", "Bonjour"]) == 2
    stderr = capsys.readouterr().err
    assert "Traceback" not in stderr
    assert artifact.name in stderr
