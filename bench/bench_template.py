"""Template check (rule R5): accuracy on the labelled streams, and the history at scale.

    .venv/bin/python -m bench template                      # accuracy + 200,000-message history
    .venv/bin/python -m bench.bench_template --size 1000000 # the issue's target size
    .venv/bin/python -m bench.bench_template --accuracy-only

Accuracy: data/template/{dev,test}.jsonl replayed in sent_at order through a fresh in-memory store,
each reply judged against the replies before it (as `screening rescore` does); precision and recall
per code. Only dev was looked at while tuning the policy's `template` settings.

Scale: a synthetic history of --size messages from --sellers sellers (templates with Faker names and
numbers, and free text), written as JSONL; then
- import rate: `screening history import`'s code path (import_file) into a fresh SQLite file;
- start-up: a new process opens the database and builds the band index (TemplateCheck.build);
- memory: that process's resident set size (serving, and peak during start-up), and the index's
  own arrays and text buffer;
- latency: TemplateCheck.inspect on 2,000 new replies (half templates, half free text), p50/p99;
- datasketch.MinHashLSH's memory for the same keys on a sample, for the choice of the band index.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "template"
CODES = ("template.repeated", "template.autoresponder")


# --- accuracy --------------------------------------------------------------------------------------


def evaluate_stream(path: Path, settings: dict | None = None) -> dict[str, dict[str, float]]:
    """Replay a labelled stream; precision/recall/support per code (and the counts behind them)."""
    from screening import Message, Policy
    from screening.checks.base import CheckContext, CheckResources
    from screening.checks.template.check import TemplateCheck
    from screening.store.history import HistoryStore

    policy = Policy.load()
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    records.sort(key=lambda r: r["sent_at"])
    store = HistoryStore(":memory:")
    check = TemplateCheck.build(CheckResources(policy=policy, history=store))
    counts = {code: {"tp": 0, "fp": 0, "fn": 0} for code in CODES}
    errors: list[tuple[str, str, str]] = []
    for record in records:
        message = Message.from_record(record)
        market = policy.for_market(message.market)
        if settings:
            market = _with_settings(market, settings)
        found = {f.code for f in check.inspect(message, CheckContext(policy=market))}
        expected = set(record["labels"])
        for code in CODES:
            if code in found and code in expected:
                counts[code]["tp"] += 1
            elif code in found:
                counts[code]["fp"] += 1
                errors.append(("fp", code, record["id"]))
            elif code in expected:
                counts[code]["fn"] += 1
                errors.append(("fn", code, record["id"]))
        store.add([message])
    store.close()
    out: dict[str, dict[str, float]] = {}
    for code, c in counts.items():
        out[code] = {
            "precision": c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0,
            "recall": c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0,
            "support": c["tp"] + c["fn"],
            **c,
        }
    out["_errors"] = errors  # type: ignore[assignment]
    return out


def _with_settings(market, settings: dict):
    from dataclasses import replace

    merged = {**market.settings, "template": {**market.settings_for("template"), **settings}}
    return replace(market, settings=merged)


def print_accuracy() -> None:
    print(f"{'stream':<15} {'code':<24} {'precision':>9} {'recall':>7} {'support':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
    for split in ("dev", "test", "dev_paraphrase", "test_paraphrase"):  # data/template/README.md
        result = evaluate_stream(DATA / f"{split}.jsonl")
        for code in CODES:
            r = result[code]
            print(
                f"{split:<15} {code:<24} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['support']:>7} "
                f"{r['tp']:>4} {r['fp']:>4} {r['fn']:>4}"
            )
        if result["_errors"]:
            print(f"       {split} errors: " + ", ".join(f"{k} {c} {i}" for k, c, i in result["_errors"][:12]))


# --- synthetic history -----------------------------------------------------------------------------


def synthetic_history(path: Path, size: int, sellers: int, seed: int = 7, profile_seed: int = 7) -> None:
    """JSONL of `size` seller replies over the last 150 days; ~60% from each seller's 3 templates,
    the rest free text drawn from the phrasebook's sentences."""
    from faker import Faker

    sys.path.insert(0, str(DATA))
    import phrasebook as pb  # noqa: PLC0415

    rng = random.Random(profile_seed)  # sellers, their templates and signatures: same for any `seed`
    langs = list(pb.LOCALES)
    names = {lang: [] for lang in langs}
    for lang in langs:
        fake = Faker(pb.LOCALES[lang])
        fake.seed_instance(profile_seed)
        names[lang] = [fake.first_name() for _ in range(400)]
    now = datetime.now(timezone.utc)
    profiles = []
    for s in range(sellers):
        lang = langs[s % len(langs)]
        # A seller's own templates: a stock body plus the seller's own sentence, so sellers differ.
        own = [pb.TEMPLATES[lang][t] + " " + rng.choice(pb.SENTENCES[lang]) for t in rng.sample(range(4), 3)]
        # A third of the sellers sign every reply with a long shop signature (the worst case for the
        # band index: all their replies share those word pairs, so more candidates to confirm).
        signature = ("\n" + pb.SIGNATURE[lang]) if rng.random() < 0.33 else ""
        profiles.append((f"s-{s:05d}", lang, own, rng.choice(names[lang]), signature))
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(size):
            seller_id, lang, own, seller_name, signature = profiles[rng.randrange(sellers)]
            if rng.random() < 0.6:
                body = rng.choice(own)
            else:
                body = " ".join(rng.sample(pb.SENTENCES[lang], 4))
            text = (f"{pb.GREETING[lang]}\n{body}\n{pb.CLOSING[lang]}{signature}").format(
                shop="Mobile",
                buyer=rng.choice(names[lang]),
                seller=seller_name,
                order=rng.randint(10**7, 10**8 - 1),
                model=rng.choice(pb.MODELS),
                amount=f"{rng.randint(20, 900)},{rng.randint(0, 99):02d} €",
                date=f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026",
                tracking=f"6A{rng.randint(10**10, 10**11 - 1)}",
            )
            sent = now - timedelta(seconds=rng.randint(3600, 150 * 86400))
            handle.write(
                json.dumps(
                    {
                        "id": f"h-{i:08d}",
                        "conversation_id": f"c-{i:08d}",
                        "seller_id": seller_id,
                        "market": pb.MARKET[lang],
                        "author": "seller",
                        "sent_at": sent.isoformat().replace("+00:00", "Z"),
                        "text": text,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )


_SERVE_PROBE = r"""
import json, sys, time, random, resource
t0 = time.perf_counter()
from screening import Message, Policy
from screening.checks.base import CheckContext, CheckResources
from screening.checks.template.check import TemplateCheck
from screening.store.history import open_history
policy = Policy.load()
store = open_history(sys.argv[1], retention_days=180)
check = TemplateCheck.build(CheckResources(policy=policy, history=store))
startup = time.perf_counter() - t0
def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
queries = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
timings, cpu, flagged = [], [], 0
for q in queries:
    m = Message.from_record(q)
    ctx = CheckContext(policy=policy.for_market(m.market))
    t, c = time.perf_counter(), time.process_time()
    found = check.inspect(m, ctx)
    timings.append((time.perf_counter() - t) * 1000)
    cpu.append((time.process_time() - c) * 1000)
    flagged += any(f.code == "template.repeated" for f in found)
timings.sort()
cpu.sort()
print(json.dumps({"startup_s": startup, "rss_mb": rss_mb(), "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "entries": store.count(),
                  "p50_ms": timings[len(timings) // 2], "p99_ms": timings[int(len(timings) * 0.99) - 1],
                  "max_ms": timings[-1], "cpu_p50_ms": cpu[len(cpu) // 2], "cpu_p99_ms": cpu[int(len(cpu) * 0.99) - 1],
                  "queries": len(timings), "flagged": flagged}))
"""


def datasketch_memory(sample: int = 20_000) -> float:
    """Bytes per message of datasketch.MinHashLSH with the same bands (tracemalloc, `sample` inserts)."""
    import tracemalloc

    from datasketch import MinHash, MinHashLSH

    from screening.checks.template.sketch import BANDS, NUM_PERM, ROWS

    sys.path.insert(0, str(DATA))
    import phrasebook as pb  # noqa: PLC0415

    rng = random.Random(3)
    minhashes = []
    for _ in range(sample):
        words = " ".join(rng.sample(pb.SENTENCES["fr"], 4)).split()
        m = MinHash(num_perm=NUM_PERM)
        m.update_batch([f"{a} {b}".encode() for a, b in zip(words, words[1:])])
        minhashes.append(m)
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
    tracemalloc.start()
    for i, m in enumerate(minhashes):
        lsh.insert(f"h-{i:08d}", m)
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return current / sample


def print_scale(size: int, sellers: int, keep: str | None, history_url: str | None = None) -> None:
    from screening.store.history import open_history
    from screening.store.history_import import import_file

    work = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="bench_template_"))
    work.mkdir(parents=True, exist_ok=True)
    history_file, db, queries = work / "history.jsonl", work / "history.sqlite3", work / "queries.jsonl"
    t = time.perf_counter()
    if not history_file.exists() or sum(1 for _ in history_file.open()) != size:
        synthetic_history(history_file, size, sellers)
    generate_s = time.perf_counter() - t
    synthetic_history(queries, 2000, sellers, seed=99)  # same sellers and templates, new names/numbers
    _renumber(queries)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    # --history-url: an empty PostgreSQL database instead of the SQLite file.
    location = history_url or str(db)
    store = open_history(location, retention_days=180)
    t, cpu, children = time.perf_counter(), time.process_time(), resource.getrusage(resource.RUSAGE_CHILDREN)
    summary = import_file(store, history_file, batch_size=5000)
    import_s = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the worker processes, ended by now
    import_cpu = time.process_time() - cpu + (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    store.close()
    probe = subprocess.run(
        [sys.executable, "-c", _SERVE_PROBE, location, str(queries)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    served = json.loads(probe.stdout.strip().splitlines()[-1])
    per_message = datasketch_memory()
    rows = [
        ("messages in history", f"{summary.imported:,}", ""),
        ("sellers", f"{sellers:,}", ""),
        ("generate synthetic JSONL", f"{generate_s:.1f} s", "(not timed against a target)"),
        ("import rate", f"{summary.imported / import_s:,.0f} msg/s", "target >= 5,000 (wall clock)"),
        (
            "import CPU time per message",
            f"{import_cpu / max(1, summary.imported) * 1e6:,.0f} us",
            f"importer + {os.cpu_count()} fingerprint workers",
        ),
        ("database size", f"{db.stat().st_size / 2**20:,.0f} MB" if not history_url else "(server)", ""),
        ("start-up (open the store)", f"{served['startup_s']:.1f} s", "target <= 60"),
        ("resident memory, serving", f"{served['rss_mb']:,.0f} MB", "target <= 1,536 (whole process)"),
        ("resident memory, peak", f"{served['peak_rss_mb']:,.0f} MB", f"{served['entries']:,} messages in the store"),
        ("check latency p50", f"{served['p50_ms']:.2f} ms", f"{served['queries']} replies"),
        ("check latency p99", f"{served['p99_ms']:.2f} ms", "target <= 5"),
        ("check latency max", f"{served['max_ms']:.2f} ms", ""),
        (
            "check CPU time p50 / p99",
            f"{served['cpu_p50_ms']:.2f} / {served['cpu_p99_ms']:.2f} ms",
            "without waiting for the CPU (the machine is shared)",
        ),
        (
            "replies flagged template.repeated",
            f"{served['flagged']:,}",
            f"of {served['queries']:,} (~60% are template uses)",
        ),
        (
            "datasketch MinHashLSH",
            f"{per_message:,.0f} B/msg",
            f"= {per_message * size / 2**30:.2f} GB at this size (kept in memory; the store keeps band keys on disk)",
        ),
    ]
    for name, value, note in rows:
        print(f"{name:<36} {value:>16}  {note}")
    if not keep:
        for path in work.iterdir():
            path.unlink()
        work.rmdir()


def _renumber(path: Path) -> None:
    lines = [json.loads(line) for line in path.open(encoding="utf-8")]
    now = datetime.now(timezone.utc).isoformat().replace("+00:00", "Z")
    with path.open("w", encoding="utf-8") as handle:
        for i, record in enumerate(lines):
            record.update(id=f"q-{i:05d}", conversation_id=f"cq-{i:05d}", sent_at=now)
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench_template")
    parser.add_argument("--size", type=int, default=200_000, help="messages in the synthetic history")
    parser.add_argument("--sellers", type=int, default=2_000)
    parser.add_argument("--accuracy-only", action="store_true")
    parser.add_argument("--keep", default=None, help="folder to keep (and reuse) the generated files in")
    parser.add_argument(
        "--history-url", default=None, help="postgresql:// URL of an empty database to measure instead of SQLite"
    )
    args = parser.parse_args(argv)
    print_accuracy()
    if not args.accuracy_only:
        print()
        print_scale(args.size, args.sellers, args.keep, args.history_url)


if __name__ == "__main__":
    main(sys.argv[1:])
