"""Builds messages.jsonl from the hand-written raw/*.tsv files. Run from the project root:
`.venv/bin/python data/escalation/build.py`. Deterministic; see README.md for the split rule."""

from __future__ import annotations

import csv
import hashlib
import json
from collections import defaultdict
from pathlib import Path

from training.datasets import TRAINED_LANGUAGES, hash_split, ordinary_traffic_files

HERE = Path(__file__).parent
WRITERS = HERE / "dev" / "writers"


LANGUAGE_FILES = {"en", "fr", "de", "es", "it", "nl", "pl", "pt"}
ROOT = HERE.parent.parent
BLIND_SETS_NOW_DEV = ("fresh2", "round7", "fresh3")


def write_corpus(rows: list[dict[str, str]]) -> None:
    """corpus.csv in the training pipeline's format (training/README.md): dev rows become train or
    validation (a quarter of the groups, by a hash of the group id, so a situation stays in one
    split), test stays test, fresh is left out (measured by bench/bench_escalation.py only)."""
    columns = ("text", "label", "language", "group", "split", "hard_negative", "category")
    with (HERE / "corpus.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            if row["split"] == "fresh":
                continue
            if row["split"] == "writers":
                # Independent writers' rows: each its own group, split by a hash of the group alone,
                # so adding a writer never moves an existing row between splits.
                split = hash_split(row["group"])
            elif row["split"] == "dev":
                bucket = int(hashlib.sha256(f"esc-v1|{row['group']}".encode()).hexdigest(), 16) % 4
                split = "validation" if bucket == 0 else "train"
            else:
                split = row["split"]
            writer.writerow(
                {
                    "text": row["text"],
                    "label": row["label"],
                    "language": row["lang"],
                    "group": row["group"],
                    "split": split,
                    # Ordinary messages are the ones a false escalation hurts.
                    "hard_negative": "true" if row["label"] == "none" else "false",
                    "category": row.get("kind", ""),
                }
            )


def writer_rows() -> list[dict[str, str]]:
    """dev/writers/<writer>.jsonl (README "Independent writers"): {"lang", "label", "kind", "text"}.
    A text already present in the same language is kept once (first writer wins)."""
    rows, seen = [], set()
    for path in sorted(WRITERS.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line_number, line in enumerate(handle):
                if not line.strip():
                    continue
                record = json.loads(line)
                text = " ".join(record["text"].split())
                key = (record["lang"], text.casefold())
                if not text or key in seen:
                    continue
                seen.add(key)
                digest = hashlib.sha1(f"{record['lang']}|{text}".encode()).hexdigest()[:10]
                rows.append(
                    {
                        "id": f"esc-{record['lang']}-{digest}",
                        "lang": record["lang"],
                        "label": record["label"],
                        "split": "writers",
                        "text": text,
                        "kind": record.get("kind", ""),
                        "group": f"writer-{path.stem}-{record['lang']}-{line_number}",
                    }
                )
    return rows


def traffic_rows(seen_texts: set[tuple[str, str]]) -> list[dict[str, str]]:
    """Buyer messages of the ordinary conversations (training.datasets.ORDINARY_TRAFFIC), label
    `none`, in the eight languages the model reads. A few of them report a problem after all (the
    writers were asked not to, and sometimes did: "three messages and no answer, is that
    normal?"); the rules, whose patterns each hold >= 90% of the time on the writers, report those
    and they are left out, so the model is not taught that a complaint is ordinary."""
    from screening.checks.escalation.rules import RuleDetector
    from screening.checks.escalation.settings import EscalationSettings

    detector, reported = RuleDetector(), EscalationSettings().min_score
    rows = []
    for path in ordinary_traffic_files(ROOT):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            text = " ".join(record["text"].split())
            key = (record["lang"], text.casefold())
            if record["author"] != "buyer" or record["lang"] not in TRAINED_LANGUAGES or key in seen_texts:
                continue
            seen_texts.add(key)
            if any(hit.score >= reported for hit in detector.detect(text)):
                continue  # the rules report it (a question about a topic scores below)
            digest = hashlib.sha1(f"{record['lang']}|{text}".encode()).hexdigest()[:10]
            rows.append(
                {
                    "id": f"esc-{record['lang']}-{digest}",
                    "lang": record["lang"],
                    "label": "none",
                    "split": "writers",
                    "text": text,
                    "kind": f"traffic_{record['kind']}",
                    "group": f"traffic-{path.stem}-{record['lang']}-{record['n']}",
                }
            )
    return rows


def main() -> None:
    rows = []
    for path in sorted((HERE / "raw").glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            seen: dict[str, int] = defaultdict(int)
            for row in reader:
                lang = row.get("lang") or path.stem
                label = row["label"]
                if path.stem == "fresh5":
                    split = "fresh"  # written after lexicon round 5, before round 6; measured once
                elif path.stem in ("probe", "fresh", "fresh2", "fresh3", "fresh4"):
                    # Written after lexicon rounds 1-5 (probe, fresh, fresh2..4), measured once
                    # each, then used to improve it: now development data.
                    split = "dev"
                elif path.stem == "extra":
                    split = "test"  # written as a second, differently phrased held-out set
                else:
                    # raw/<lang>.tsv are parallel: row i of a label is the same situation in every
                    # language, so the split is by that index (a situation is dev in all languages
                    # or test in all), never by row, so no test situation is seen in another language.
                    index = seen[label]
                    split = "dev" if index % 3 == 0 else "test"
                # The training group: one situation of the parallel files across its eight
                # languages, or the row itself for the other files.
                group = f"{label}-{seen[label]}" if path.stem in LANGUAGE_FILES else None
                seen[label] += 1
                text = row["text"].strip()
                digest = hashlib.sha1(f"{lang}|{text}".encode()).hexdigest()[:10]
                rows.append(
                    {
                        "id": f"esc-{lang}-{digest}",
                        "lang": lang,
                        "label": label,
                        "split": split,
                        "text": text,
                        "group": group or f"{path.stem}-{digest}",
                    }
                )
    # Sets written as directories (README "Rounds 7 and 8"): fresh2/ was measured once before round 7
    # and then used to write it, round7/ was written during it, fresh3/ was measured once after it and
    # then used to write round 8: all are development data now. fresh4/, the final blind set, stays
    # out of messages.jsonl and corpus.csv (bench_escalation.py --set reads it).
    for directory in BLIND_SETS_NOW_DEV:
        with (HERE / directory / "messages.tsv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                text = row["text"].strip()
                digest = hashlib.sha1(f"{row['lang']}|{text}".encode()).hexdigest()[:10]
                rows.append(
                    {
                        "id": f"esc-{row['lang']}-{digest}",
                        "lang": row["lang"],
                        "label": row["label"],
                        "split": "dev",
                        "text": text,
                        "group": f"{directory}-{digest}",
                    }
                )
    rows.extend(writer_rows())
    rows.extend(traffic_rows({(row["lang"], " ".join(row["text"].split()).casefold()) for row in rows}))
    with (HERE / "messages.jsonl").open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps({k: v for k, v in row.items() if k != "group"}, ensure_ascii=False) + "\n")
    write_corpus(rows)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for row in rows:
        counts[(row["label"], row["split"])] += 1
    for (label, split), n in sorted(counts.items()):
        print(f"{label:18} {split:5} {n}")
    print("total", len(rows))


if __name__ == "__main__":
    main()
