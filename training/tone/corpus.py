"""Builds data/tone/corpus.csv from the hand-written seed files in data/tone/seeds/.

    python -m training.tone.corpus          # rewrites data/tone/corpus.csv (deterministic)

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
Native groups are stratified separately from the parallel ones (`native.<side>.<category>`),
so adding native sentences does not move the parallel groups' splits.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from training.datasets import assign_splits, write_csv

SEED_DIR = Path("data/tone/seeds")
CORPUS = Path("data/tone/corpus.csv")
SPLIT_SALT = "tone-corpus-v1"
# (test, validation) share of each category's cores: with 9 cores per discourteous category this
# is 1 test, 1 validation, 7 train per category, in every language.
SPLIT_FRACTIONS = (0.15, 0.15)
# Courteous categories that look like discourtesy on the surface (guide: "hard negatives").
HARD_NEGATIVE = {"firm_refusal", "bad_news", "apology", "rule_reminder", "safety_warning", "thanks"}
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


def build_rows(seed_dir: Path) -> list[dict[str, object]]:
    seeds = {path.stem: parse_seed(path) for path in sorted(seed_dir.glob("*.txt"))}
    if not seeds:
        raise ValueError(f"no seed files in {seed_dir}")
    shapes = {lang: [(k, len(v)) for k, v in s.items()] for lang, s in seeds.items()}
    reference = next(iter(shapes.values()))
    for lang, shape in shapes.items():
        if shape != reference:
            raise ValueError(f"{seed_dir / (lang + '.txt')} is not parallel to the other seed files "
                             f"(sections and line counts must match)")
    cores = []  # (lang, side, category, group, core)
    for lang, seed in seeds.items():
        for section, lines in seed.items():
            side, _, category = section.partition(".")
            if side not in ("courteous", "discourteous"):
                continue
            for k, core in enumerate(lines):
                cores.append((lang, side, category, f"{side}.{category}.{k:02d}", core))
    native_dir = seed_dir / "native"
    for path in sorted(native_dir.glob("*.txt")) if native_dir.is_dir() else []:
        lang = path.stem
        if lang not in seeds:
            raise ValueError(f"{path}: no parallel seed file {seed_dir / (lang + '.txt')} to take frames from")
        for section, lines in parse_seed(path).items():
            side, _, category = section.partition(".")
            if side not in ("courteous", "discourteous"):
                raise ValueError(f"{path}: section [{section}] must be courteous.<category> or "
                                 f"discourteous.<category> (frames come from {lang}.txt)")
            for k, core in enumerate(lines):
                cores.append((lang, side, category, f"native.{side}.{category}.{k:02d}", core))
    strata = {group: (f"native.{side}.{category}" if group.startswith("native.") else f"{side}.{category}")
              for lang, side, category, group, _ in cores}
    splits = assign_splits([c[3] for c in cores], strata, fractions=SPLIT_FRACTIONS, salt=SPLIT_SALT)
    rows, seen = [], set()
    for lang, side, category, group, core in cores:
        rng = random.Random(f"{lang}:{group}")
        for v, text in enumerate(_variants(core, side, category, seeds[lang], rng)):
            text = " ".join(text.split())
            if (lang, text) in seen:  # e.g. the chat variant of a core without a full stop
                continue
            seen.add((lang, text))
            rows.append({"text": text, "label": side, "language": lang, "group": group,
                         "split": splits[group], "weight": 1.0, "category": category,
                         "hard_negative": str(category in HARD_NEGATIVE).lower(), "id": f"{lang}-{group}-{v}"})
    return rows


def main(argv: list[str] | None = None) -> int:
    rows = build_rows(SEED_DIR)
    write_csv(CORPUS, rows)
    print(f"wrote {CORPUS} rows={len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
