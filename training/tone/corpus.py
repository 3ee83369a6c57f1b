"""Builds data/tone/corpus.csv (training and validation data of the tone model, never evaluation).

    python -m training.tone.corpus          # rewrites data/tone/corpus.csv (deterministic)

Three sources, each row tagged with it in `source` (data/tone/README.md says how each was made):
- `data/tone/dev/writers/*.jsonl`: replies written by independent writers, each with a style
  brief ({"lang", "label", "category", "text"}), one group per line;
- `data/tone/dev/traffic/*.jsonl`: ordinary conversations in the traffic format ({"lang",
  "market", "n", "author", "kind", "text"}); their seller replies are courteous rows, one group per
  conversation. They carry the real length mix of a helpdesk (a third of replies are 1-6 words);
- `data/tone/seeds/`: the first hand-written seed sentences, expanded as below (weight SEED_WEIGHT:
  one writer, shared frames, 62% discourteous: useful vocabulary, the wrong prior).

Then long courteous replies made by joining courteous rows (`joined_rows`, weight JOINED_WEIGHT):
the sources above hold five times more discourteous than courteous texts of 300+ characters, so
the model had learnt that a long reply leans discourteous, and flagged ordinary precise answers of
a few sentences (a shipping fact, a battery figure and a troubleshooting question). A joined reply
is 3-6 courteous rows of one language and one split, so no text crosses splits.

Splits are by a salted hash of each group (`training.datasets.hash_split`): adding rows or whole
writers never moves an existing row between train, validation and test.

The seed expansion:

Each seed sentence ("core") becomes 4 replies: as written, with an opener and a closer, with a
neutral shipping fact, and in chat style (lower case, no final full stop) or all-caps. The seed
files are parallel (line k of a section is the same sentence in every language), so a core's
group id is shared by its translations, and the split is decided per group: near-variants and
translations of one sentence are always in the same split (data/tone/GUIDE.md).

`seeds/native/<lang>.txt` (optional) holds sentences written in each language with its own
idioms rather than translated word for word: same section format, frames taken from
`seeds/<lang>.txt`, no parallel check. They were written from one list of situations, so line k
of a section may be a loose equivalent of line k in another language; to be safe, line k of a
section shares its group (`native.<side>.<category>.<k>`) across languages, exactly like the
parallel seeds. Merging unrelated sentences into one group only makes the split stricter.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Iterable

from training.datasets import TRAINED_LANGUAGES, hash_split, ordinary_traffic_files, write_csv

SEED_DIR = Path("data/tone/seeds")
CORPUS = Path("data/tone/corpus.csv")
WRITERS_DIR = Path("data/tone/dev/writers")
TRAFFIC_DIR = Path("data/tone/dev/traffic")

SPLIT_SALT = "tone-corpus-v2"
SPLIT_FRACTIONS = (0.15, 0.15)  # (test, validation) share of groups
SEED_WEIGHT = 0.5
JOINED_WEIGHT = 0.5
JOINED_PER_LANGUAGE = 320  # about the discourteous rows of 300+ characters per language, in all
JOINED_SOURCE_CHARS = (40, 260)  # rows short enough to join, long enough to carry content
# Courteous categories that share words or surface with discourteous replies (guide: "hard negatives").
HARD_NEGATIVE = {
    "firm_refusal",
    "bad_news",
    "apology",
    "rule_reminder",
    "safety_warning",
    "safety",
    "thanks",
    "negative_words",
    "quote_anger",
}
LABELS = ("courteous", "discourteous")
VARIANTS = 4


def parse_seed(path: Path) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])  # a repeated section appends to the first
        elif current is None:
            raise ValueError(f"{path}:{n}: text before the first [section]")
        else:
            sections[current].append(line)
    return sections


def _variants(core: str, side: str, category: str, seed: dict[str, list[str]], rng: random.Random) -> list[str]:
    opener, closer, context = rng.choice(seed["openers"]), rng.choice(seed["closers"]), rng.choice(seed["contexts"])
    shout = category == "shouting"
    loud = core.upper() if shout else core
    chat = core.rstrip(".").lower() if category != "safety_warning" else core
    if side == "discourteous" and not shout and rng.random() < 0.3:
        chat = core.upper()
    if category == "thanks":
        return [core, f"{opener} {core}", f"{core} {closer}", chat]
    # The same frames on both sides, so openers, closers and shipping facts carry no label.
    body = loud if side == "discourteous" else core
    return [core, f"{opener} {body} {closer}", f"{opener} {context} {body}", loud if shout else chat]


# A core sentence to vary: (language, side, category, group, core).
_Core = tuple[str, str, str, str, str]


def build_rows(seed_dir: Path) -> list[dict[str, object]]:
    seeds = _parallel_seeds(seed_dir)
    cores = _seed_cores(seeds) + _native_cores(seed_dir, seeds)
    rows, seen = [], set()
    for lang, side, category, group, core in cores:
        rng = random.Random(f"{lang}:{group}")
        for v, text in enumerate(_variants(core, side, category, seeds[lang], rng)):
            text = " ".join(text.split())
            if (lang, text) in seen:  # e.g. the chat variant of a core without a full stop
                continue
            seen.add((lang, text))
            rows.append(_row(text, side, lang, group, category, "seeds", SEED_WEIGHT, f"{lang}-{group}-{v}"))
    return rows


def _parallel_seeds(seed_dir: Path) -> dict[str, dict[str, list[str]]]:
    """The seed files by language; they must be parallel (same sections, same line counts), since
    one language's line k is another's line k (one group across languages)."""
    seeds = {path.stem: parse_seed(path) for path in sorted(seed_dir.glob("*.txt"))}
    if not seeds:
        raise ValueError(f"no seed files in {seed_dir}")
    shapes = {lang: [(k, len(v)) for k, v in s.items()] for lang, s in seeds.items()}
    reference = next(iter(shapes.values()))
    for lang, shape in shapes.items():
        if shape != reference:
            raise ValueError(
                f"{seed_dir / (lang + '.txt')} is not parallel to the other seed files "
                f"(sections and line counts must match)"
            )
    return seeds


def _seed_cores(seeds: dict[str, dict[str, list[str]]]) -> list[_Core]:
    """The labelled lines of the parallel seed files (other sections hold frames: openers, ...)."""
    cores = []
    for lang, seed in seeds.items():
        for section, lines in seed.items():
            side, _, category = section.partition(".")
            if side not in ("courteous", "discourteous"):
                continue
            for k, core in enumerate(lines):
                cores.append((lang, side, category, f"{side}.{category}.{k:02d}", core))
    return cores


def _native_cores(seed_dir: Path, seeds: dict[str, dict[str, list[str]]]) -> list[_Core]:
    """The lines of seed_dir/native/<lang>.txt: sentences of one language only, not parallel; their
    frames come from that language's seed file."""
    native_dir = seed_dir / "native"
    cores = []
    for path in sorted(native_dir.glob("*.txt")) if native_dir.is_dir() else []:
        lang = path.stem
        if lang not in seeds:
            raise ValueError(f"{path}: no parallel seed file {seed_dir / (lang + '.txt')} to take frames from")
        for section, lines in parse_seed(path).items():
            side, _, category = section.partition(".")
            if side not in ("courteous", "discourteous"):
                raise ValueError(
                    f"{path}: section [{section}] must be courteous.<category> or "
                    f"discourteous.<category> (frames come from {lang}.txt)"
                )
            for k, core in enumerate(lines):
                cores.append((lang, side, category, f"native.{side}.{category}.{k:02d}", core))
    return cores


def _row(
    text: str, label: str, lang: str, group: str, category: str, source: str, weight: float, row_id: str
) -> dict[str, object]:
    return {
        "text": text,
        "label": label,
        "language": lang,
        "group": group,
        "split": hash_split(group, SPLIT_FRACTIONS, SPLIT_SALT),
        "weight": weight,
        "category": category,
        "hard_negative": str(label == "courteous" and category in HARD_NEGATIVE).lower(),
        "id": row_id,
        "source": source,
    }


def _jsonl(path: Path) -> list[tuple[int, dict]]:
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                out.append((number, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
    return out


def writer_rows(folder: Path) -> list[dict[str, object]]:
    """Labelled replies of the independent writers: each line is its own group."""
    rows = []
    for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else []:
        for number, item in _jsonl(path):
            if item.get("label") not in LABELS or not str(item.get("text") or "").strip():
                raise ValueError(f"{path}:{number}: needs a label in {LABELS} and a text")
            group = f"{path.stem}.{item['lang']}.{number:04d}"
            rows.append(
                _row(
                    " ".join(str(item["text"]).split()),
                    item["label"],
                    item["lang"],
                    group,
                    item.get("category", ""),
                    path.stem,
                    1.0,
                    group,
                )
            )
    return rows


def traffic_rows(paths: Iterable[Path]) -> list[dict[str, object]]:
    """Seller replies of ordinary conversations, courteous; a conversation is one group."""
    rows = []
    for path in paths:
        for number, item in _jsonl(path):
            if item.get("author") != "seller" or item["lang"] not in TRAINED_LANGUAGES:
                continue
            group = f"traffic.{path.stem}.{item['lang']}.{int(item['n']):03d}"
            rows.append(
                _row(
                    " ".join(str(item["text"]).split()),
                    "courteous",
                    item["lang"],
                    group,
                    item.get("kind", "ordinary"),
                    f"traffic.{path.stem}",
                    1.0,
                    f"{group}.{number}",
                )
            )
    return rows


def all_rows(seed_dir: Path = SEED_DIR, writers_dir: Path = WRITERS_DIR, traffic_dir: Path = TRAFFIC_DIR):
    # The tone conversations first (a test may point at its own), then the other ordinary
    # conversations of training.datasets.ORDINARY_TRAFFIC (the project's only).
    paths = sorted(traffic_dir.glob("*.jsonl")) if traffic_dir.is_dir() else []
    if traffic_dir == TRAFFIC_DIR:
        paths += [path for path in ordinary_traffic_files() if path.parent != TRAFFIC_DIR]
    rows = writer_rows(writers_dir) + traffic_rows(paths) + build_rows(seed_dir)
    seen, unique = set(), []
    for row in rows:  # the same text twice in one language (e.g. "Merci !") is one row, first source wins
        key = (row["language"], row["text"])
        if key not in seen:
            seen.add(key)
            unique.append(row)
    return unique + joined_rows(unique)


def joined_rows(rows: list[dict[str, object]], per_language: int = JOINED_PER_LANGUAGE) -> list[dict[str, object]]:
    """Long courteous replies, each 3-6 courteous rows of one language and split joined with a
    space (deterministic). Each is its own group, in its sources' split; its id names them."""
    low, high = JOINED_SOURCE_CHARS
    pools: dict[tuple[str, str], list[dict[str, object]]] = {}
    for row in rows:
        if row["label"] == "courteous" and row["source"] != "seeds" and low <= len(str(row["text"])) <= high:
            pools.setdefault((str(row["language"]), str(row["split"])), []).append(row)
    out = []
    for lang in sorted({lang for lang, _ in pools}):
        sizes = {split: len(pools.get((lang, split), [])) for split in ("train", "validation", "test")}
        total = sum(sizes.values())
        for split, size in sizes.items():
            pool = pools.get((lang, split), [])
            if len(pool) < 6:
                continue
            rng = random.Random(f"joined:{lang}:{split}")
            for k in range(round(per_language * size / total)):
                parts = rng.sample(pool, rng.randint(3, 6))
                group = f"joined.{lang}.{split}.{k:04d}"
                row = _row(
                    " ".join(str(p["text"]) for p in parts),
                    "courteous",
                    lang,
                    group,
                    "joined",
                    "joined",
                    JOINED_WEIGHT,
                    group + ":" + "+".join(str(p["id"]) for p in parts),
                )
                row["split"] = split  # its sources' split, not its own group's hash
                out.append(row)
    return out


def main(argv: list[str] | None = None) -> int:
    rows = all_rows()
    write_csv(CORPUS, rows)
    print(f"wrote {CORPUS} rows={len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
