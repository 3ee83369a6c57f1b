"""Leave-writers-out cross-validation of the tone model: how it does on writers it never saw.

    python -m training.tone.crossval [--config NAME ...] [--per-fold 2] [--jobs 2] [--folds]

Development data only (data/tone/corpus.csv, i.e. dev/ and seeds/); the sealed set and
data/traffic are never read. Folds: the independent writers d1..dN, `--per-fold` of them per fold
(d_i with d_(i+N/2) by default: ten fits instead of twenty on two cores), and each ordinary-traffic
writer o1..o4 held out with one of the first folds. Per fold the model is fitted
(training.tone.task.fit, calibration included) on the `train` rows of every other source (seeds
included), its threshold chosen on their `validation` rows by the task's own rule
(training.metrics.choose_thresholds with the task's limits, one pooled threshold), and the held-out
writers' rows (every split) are scored through the exported artifact, i.e. the service's code.

Printed per config: the held-out d* writers' precision / recall / F1 of `discourteous` (pooled over
folds, each fold at its own threshold), the lowest F1 of a language, recall per category, false
flags among their courteous replies (hard negatives included) and among the held-out ordinary
traffic writers' replies (o*). `--folds` adds the per-writer rows. Scores are cached under
var/crossval/tone/ (keyed by config and data), so a table can be printed again without refitting.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from multiprocessing import get_context
from pathlib import Path

import numpy as np

from screening.evaluation.metrics import binary_counts
from training.datasets import from_rows
from training.metrics import choose_thresholds
from training.tone.task import LABELS, TASK, export, fit, model

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "data" / "tone" / "corpus.csv"
CACHE = ROOT / "var" / "crossval" / "tone"
SPACY = {"tokenizer": "spacy", "classes": "binary"}  # the 2026.12.x models
REGEX = {"tokenizer": "regex/1", "classes": "binary"}
KINDS = {"tokenizer": "regex/1", "classes": "categories"}
CONFIGS = {
    "spaCy words (2026.12.x)": SPACY,
    "regex words": REGEX,
    "regex words, stems 5": {**REGEX, "stem": 5},
    "regex, NB scaling": {**REGEX, "nb": True},
    "regex, SVM+LR blend 0.5": {**REGEX, "lr_blend": 0.5},
    "regex, more features": {**REGEX, "char_max_features": 200000, "word_max_features": 100000},
    "regex, C=1": {**REGEX, "C": 1.0},
    "regex, categories (max)": KINDS,
    "regex, categories, NB scaling": {**KINDS, "nb": True},
    "regex, categories, stems 5": {**KINDS, "stem": 5},
    "spaCy, categories": {**SPACY, "classes": "categories"},
}
CATEGORIES = (
    "blaming",
    "condescending",
    "dismissive",
    "insulting",
    "passive_aggressive",
    "profane",
    "refusing",
    "sarcastic",
    "shouting",
    "threatening",
)


def load_rows() -> list[dict]:
    with open(CORPUS, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def writer_of(row: dict) -> str:
    source = row["source"]
    return source.removeprefix("traffic.") if source.startswith("traffic.") else source


def make_folds(rows: list[dict], per_fold: int) -> list[list[str]]:
    writers = sorted({writer_of(r) for r in rows if r["source"].startswith("d")}, key=lambda w: int(w[1:]))
    ordinary = sorted({writer_of(r) for r in rows if r["source"].startswith("traffic.")})
    n_folds = max(1, len(writers) // per_fold)
    folds = [[writers[i] for i in range(f, len(writers), n_folds)] for f in range(n_folds)]
    for i, writer in enumerate(ordinary):
        folds[i % n_folds].append(writer)
    return folds


def params_of(name: str) -> dict:
    return {**TASK.params, **TASK.candidates[0], **CONFIGS[name]}


def run_fold(args: tuple[list[dict], list[str], dict]) -> tuple[list[str], np.ndarray, float]:
    rows, held_writers, params = args
    writers = np.array([writer_of(r) for r in rows])
    held = np.isin(writers, held_writers)
    data = from_rows(rows, LABELS)
    train = data.subset(~held & (data.splits == "train"))
    validation = data.subset(~held & (data.splits == "validation"))
    scorer = model(export(fit(train, params, 0)))
    p_val = scorer.probabilities(validation.texts, validation.languages)
    _, threshold = choose_thresholds(
        p_val,
        validation.labels,
        validation.languages,
        validation.hard_negative,
        per_language=False,
        limits=TASK.threshold_limits,
    )
    test = data.subset(held)
    return held_writers, scorer.probabilities(test.texts, test.languages), threshold


def out_of_fold(rows: list[dict], folds: list[list[str]], params: dict, jobs: int) -> tuple[np.ndarray, np.ndarray]:
    """(P(discourteous), the fold's threshold) per row; NaN for rows never held out (the seeds)."""
    writers = np.array([writer_of(r) for r in rows])
    scores, thresholds = np.full(len(rows), np.nan), np.full(len(rows), np.nan)
    work = [(rows, fold, params) for fold in folds]
    if jobs > 1:
        with get_context("fork").Pool(jobs) as pool:
            results = pool.map(run_fold, work, chunksize=1)
    else:
        results = [run_fold(w) for w in work]
    for held_writers, p, threshold in results:
        held = np.isin(writers, held_writers)
        scores[held] = p
        thresholds[held] = threshold
    return scores, thresholds


def cache_path(params: dict, folds: list[list[str]]) -> Path:
    # What the scores depend on: the fit and the scoring code (not the check around them).
    tone = ROOT / "screening" / "checks" / "tone"
    code = [
        ROOT / "training" / "tone" / "task.py",
        tone / "features.py",
        tone / "model.py",
        tone / "view.py",
        tone / "lexicon.yaml",
    ]
    key = hashlib.sha256(
        json.dumps(
            {
                "params": params,
                "folds": folds,
                "data": hashlib.sha256(CORPUS.read_bytes()).hexdigest(),
                "code": [hashlib.sha256(p.read_bytes()).hexdigest() for p in code],
            },
            sort_keys=True,
            default=str,
        ).encode()
    ).hexdigest()[:16]
    return CACHE / f"{key}.npz"


def cached_out_of_fold(name: str, rows: list[dict], folds: list[list[str]], jobs: int):
    params = params_of(name)
    path = cache_path(params, folds)
    if path.is_file():
        cached = np.load(path)
        return cached["scores"], cached["thresholds"]
    scores, thresholds = out_of_fold(rows, folds, params, jobs)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(path, scores=scores, thresholds=thresholds)
    return scores, thresholds


def _prf(y: np.ndarray, pred: np.ndarray) -> dict:
    counts = binary_counts(y, pred)
    return {
        "tp": counts.tp,
        "fp": counts.fp,
        "fn": counts.fn,
        "n": len(y),
        "precision": counts.precision_or(float("nan")),
        "recall": counts.recall_or(float("nan")),
        "f1": counts.f1_from_counts,
    }


def _recall_at(scores: np.ndarray, y: np.ndarray, flagged: float) -> float:
    """Recall at the one pooled threshold that flags `flagged` of the courteous rows: a comparison
    of the scores that does not depend on the folds' threshold choices."""
    threshold = np.quantile(scores[~y], 1 - flagged)
    return float((scores[y] > threshold).mean())


def summary(rows: list[dict], scores: np.ndarray, thresholds: np.ndarray) -> dict:
    writers = np.array([writer_of(r) for r in rows])
    y = np.array([r["label"] == "discourteous" for r in rows])
    pred = scores >= thresholds
    labelled = np.array([w.startswith("d") for w in writers]) & ~np.isnan(scores)
    ordinary = np.array([w.startswith("o") for w in writers]) & ~np.isnan(scores)
    categories = np.array([r["category"] for r in rows])
    languages = np.array([r["language"] for r in rows])
    hard = np.array([r["hard_negative"] == "true" for r in rows])
    out = {
        "all": _prf(y[labelled], pred[labelled]),
        "languages": {
            lang: _prf(y[labelled & (languages == lang)], pred[labelled & (languages == lang)])["f1"]
            for lang in sorted(set(languages[labelled]))
        },
        "categories": {c: float(pred[labelled & (categories == c)].mean()) for c in CATEGORIES},
        "courteous_flagged": (int(pred[labelled & ~y].sum()), int((labelled & ~y).sum())),
        "hard_flagged": (int(pred[labelled & hard].sum()), int((labelled & hard).sum())),
        "ordinary_flagged": (int(pred[ordinary].sum()), int(ordinary.sum())),
        "thresholds": (float(np.nanmin(thresholds)), float(np.nanmax(thresholds))),
        "recall_at_1pct": _recall_at(scores[labelled], y[labelled], 0.01),
        "writers": {},
    }
    for writer in sorted(set(writers[labelled | ordinary]), key=lambda w: (w[0], int(w[1:]))):
        mask = writers == writer
        out["writers"][writer] = {
            **_prf(y[mask], pred[mask]),
            "threshold": float(thresholds[mask][0]),
            "categories": {
                c: float(pred[mask & (categories == c)].mean()) for c in CATEGORIES if (mask & (categories == c)).any()
            },
        }
    return out


# The share of ordinary replies the tone check may flag, out of fold, at the threshold the task
# uses (training.tone.task.TASK.fixed_threshold). Its target on ordinary traffic is 0.5% of replies,
# but all checks together must stay under 1% of messages, and escalation and relevance take most of
# that: tone keeps below 0.4%.
DEFAULT_ORDINARY_BUDGET = 0.004
ORDINARY_BUDGET = DEFAULT_ORDINARY_BUDGET  # --budget sets it for one run
SWEEP = tuple(round(0.40 + 0.01 * i, 2) for i in range(41))  # 0.40 .. 0.80


def sweep(rows: list[dict], scores: np.ndarray) -> tuple[list[dict], float | None]:
    """Out-of-fold figures at each pooled threshold of SWEEP, scored as the check scores (a plain
    answer is never scored: plain_answers.py), and the threshold of the rule: the best F1 of the
    held-out labelled writers (d*) among thresholds that flag at most ORDINARY_BUDGET of the
    held-out ordinary traffic writers' replies (o*, t*)."""
    from screening.checks.tone.plain_answers import is_plain_answer

    writers = np.array([writer_of(r) for r in rows])
    y = np.array([r["label"] == "discourteous" for r in rows])
    scored = np.where([is_plain_answer(r["text"]) for r in rows], 0.0, scores)
    labelled = np.array([w.startswith("d") for w in writers]) & ~np.isnan(scores)
    ordinary = np.array([w[:1] in ("o", "t") for w in writers]) & ~np.isnan(scores)
    table, chosen, best_f1 = [], None, -1.0
    for threshold in SWEEP:
        flagged = scored >= threshold
        row = {"threshold": threshold, **_prf(y[labelled], flagged[labelled])}
        row["ordinary_flagged"] = (int(flagged[ordinary].sum()), int(ordinary.sum()))
        table.append(row)
        within = row["ordinary_flagged"][0] <= ORDINARY_BUDGET * row["ordinary_flagged"][1]
        if within and row["f1"] > best_f1:
            chosen, best_f1 = threshold, row["f1"]
    return table, chosen


def print_sweep(rows: list[dict], scores: np.ndarray) -> None:
    table, chosen = sweep(rows, scores)
    print("\n| pooled threshold | precision (d*) | recall (d*) | F1 (d*) | ordinary replies flagged (o*, t*) |")
    print("|---:|---:|---:|---:|---:|")
    for row in table:
        mark = " **(rule)**" if row["threshold"] == chosen else ""
        print(
            f"| {row['threshold']:.2f}{mark} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} | "
            f"{_share(row['ordinary_flagged'])} |"
        )
    print(f"rule: best F1 with at most {ORDINARY_BUDGET:.1%} of ordinary replies flagged -> threshold {chosen}")


def run_fold_windows(args: tuple[list[dict], list[str], dict]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The held-out rows' whole-reply probability and their best sentence's as the windows read it (NaN: no windows), from a
    model fitted without the fold's writers; windows as the service reads them (ToneModel.analyse)."""
    from screening.checks.tone.model import sentence_values, window_spans

    rows, held_writers, params = args
    writers = np.array([writer_of(r) for r in rows])
    held = np.isin(writers, held_writers)
    data = from_rows(rows, LABELS)
    train = data.subset(~held & (data.splits == "train"))
    scorer = model(export(fit(train, {**params, "window_threshold": None, "short_threshold": None}, 0)))
    test = data.subset(held)
    whole = scorer.probabilities(test.texts, test.languages)
    owners, windows = [], []
    for i, text in enumerate(test.texts):
        view = scorer.read(text)
        for start, end in window_spans(view):
            owners.append(i)
            windows.append(view[start:end])
    best = np.full(len(test.texts), np.nan)
    if windows:
        # the windows are views already (ToneModel._with_windows scores them the same way)
        found = scorer._view_probabilities(windows, [test.languages[i] for i in owners])
        per_row: dict[int, list[float]] = {}
        for i, probability in zip(owners, found):
            per_row.setdefault(i, []).append(float(probability))
        for i, values in per_row.items():
            best[i] = max(sentence_values(values))  # what ToneModel reads of them
    return held_writers, whole, best


def windows_out_of_fold(rows: list[dict], folds: list[list[str]], params: dict, jobs: int):
    # The raw probabilities do not depend on the short-reply settings (applied after): one cache.
    params = {k: v for k, v in params.items() if k not in ("short_threshold", "short_words")}
    path = cache_path({**params, "windows": 3}, folds)  # 3: a reply's best sentence (sentence_values)
    if path.is_file():
        cached = np.load(path)
        return cached["whole"], cached["windows"]
    writers = np.array([writer_of(r) for r in rows])
    whole, best = np.full(len(rows), np.nan), np.full(len(rows), np.nan)
    with get_context("fork").Pool(jobs) as pool:
        for held_writers, w, b in pool.imap_unordered(run_fold_windows, [(rows, f, params) for f in folds]):
            held = np.isin(writers, held_writers)
            whole[held], best[held] = w, b
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(path, whole=whole, windows=best)
    return whole, best


SHORT_WORDS = (2, 3, 4, 5, 6)
SHORT_SWEEP = tuple(round(0.50 + 0.05 * i, 2) for i in range(9))  # 0.50 .. 0.90


def short_sweep(
    rows: list[dict], whole: np.ndarray, best: np.ndarray, window_threshold: float | None
) -> tuple[list[dict], dict | None]:
    """Two thresholds: one for replies of at most `words` words (in the view the model reads), one
    for the others; a window of a long reply counts from `window_threshold`. Every combination of
    SHORT_WORDS x SHORT_SWEEP x SWEEP, and the rule's: the best F1 of the held-out labelled writers
    that flags at most ORDINARY_BUDGET of the held-out ordinary replies."""
    import re

    from screening.checks.tone.plain_answers import is_plain_answer
    from screening.checks.tone.view import tone_view

    letters = re.compile(r"[^\W\d_]+")
    writers = np.array([writer_of(r) for r in rows])
    y = np.array([r["label"] == "discourteous" for r in rows])
    plain = np.array([is_plain_answer(r["text"]) for r in rows])
    words = np.array([len(letters.findall(tone_view(r["text"]))) for r in rows])
    labelled = np.array([w.startswith("d") for w in writers]) & ~np.isnan(whole)
    ordinary = np.array([w[:1] in ("o", "t") for w in writers]) & ~np.isnan(whole)
    p = np.nan_to_num(whole)
    windowed = np.zeros(len(rows), dtype=bool) if window_threshold is None else np.nan_to_num(best) >= window_threshold
    table, chosen = [], None
    for n in SHORT_WORDS:
        short = words <= n
        for short_threshold in SHORT_SWEEP:
            for threshold in SWEEP:
                flagged = ~plain & ((p >= np.where(short, short_threshold, threshold)) | (windowed & ~short))
                row = {
                    "words": n,
                    "short": short_threshold,
                    "threshold": threshold,
                    **_prf(y[labelled], flagged[labelled]),
                }
                row["ordinary_flagged"] = (int(flagged[ordinary].sum()), int(ordinary.sum()))
                table.append(row)
                within = row["ordinary_flagged"][0] <= ORDINARY_BUDGET * row["ordinary_flagged"][1]
                if within and (chosen is None or row["f1"] > chosen["f1"]):
                    chosen = row
    return table, chosen


def print_short_sweep(rows: list[dict], whole: np.ndarray, best: np.ndarray, window_threshold: float | None) -> None:
    table, chosen = short_sweep(rows, whole, best, window_threshold)
    within = [r for r in table if r["ordinary_flagged"][0] <= ORDINARY_BUDGET * r["ordinary_flagged"][1]]
    print(
        "\n| words | short threshold | threshold | precision (d*) | recall (d*) | F1 (d*) | ordinary replies flagged (o*, t*) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for row in sorted(within, key=lambda r: -r["f1"])[:12]:
        print(
            f"| {row['words']} | {row['short']:.2f} | {row['threshold']:.2f} | {row['precision']:.3f} | "
            f"{row['recall']:.3f} | {row['f1']:.3f} | {_share(row['ordinary_flagged'])} |"
        )
    single = [r for r in table if r["short"] == r["threshold"] and r["words"] == SHORT_WORDS[0]]
    single_within = [r for r in single if r["ordinary_flagged"][0] <= ORDINARY_BUDGET * r["ordinary_flagged"][1]]
    if single_within:
        b = max(single_within, key=lambda r: r["f1"])
        print(
            f"one threshold for every length (the rule's): {b['threshold']:.2f}, F1 {b['f1']:.3f}, ordinary {_share(b['ordinary_flagged'])}"
        )
    if chosen is not None:
        print(
            f"rule: best F1 with at most {ORDINARY_BUDGET:.1%} of ordinary replies flagged -> replies of at most "
            f"{chosen['words']} words from {chosen['short']:.2f}, the others from {chosen['threshold']:.2f} "
            f"(F1 {chosen['f1']:.3f}, ordinary {_share(chosen['ordinary_flagged'])})"
        )


def print_window_sweep(rows: list[dict], whole: np.ndarray, best: np.ndarray, threshold: float) -> None:
    """A reply is flagged when the whole reaches `threshold` or a window reaches the window
    threshold (what ToneModel._from_window amounts to). Rule: the best F1 that keeps the held-out
    ordinary replies flagged at most ORDINARY_BUDGET."""
    from screening.checks.tone.plain_answers import is_plain_answer

    writers = np.array([writer_of(r) for r in rows])
    y = np.array([r["label"] == "discourteous" for r in rows])
    plain = np.array([is_plain_answer(r["text"]) for r in rows])
    labelled = np.array([w.startswith("d") for w in writers]) & ~np.isnan(whole)
    ordinary = np.array([w[:1] in ("o", "t") for w in writers]) & ~np.isnan(whole)
    long = np.array([len(r["text"].split()) > 40 for r in rows])
    whole_flag = ~plain & (np.nan_to_num(whole) >= threshold)
    print(
        f"\n| window threshold (whole at {threshold}) | precision (d*) | recall (d*) | F1 (d*) | recall, replies over 40 words | courteous replies over 40 words flagged | ordinary replies flagged (o*, t*) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    chosen, best_f1 = None, -1.0
    for window_threshold in (None, *[round(0.5 + 0.05 * i, 2) for i in range(10)]):
        flagged = (
            whole_flag
            if window_threshold is None
            else whole_flag | (~plain & (np.nan_to_num(best) >= window_threshold))
        )
        row = _prf(y[labelled], flagged[labelled])
        long_recall = float(flagged[labelled & long & y].mean())
        long_fp = int(flagged[labelled & long & ~y].sum()), int((labelled & long & ~y).sum())
        ordinary_flagged = int(flagged[ordinary].sum()), int(ordinary.sum())
        if ordinary_flagged[0] <= ORDINARY_BUDGET * ordinary_flagged[1] and row["f1"] > best_f1:
            chosen, best_f1 = window_threshold, row["f1"]
        name = "none (whole only)" if window_threshold is None else f"{window_threshold:.2f}"
        print(
            f"| {name} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} | {long_recall:.3f} | "
            f"{_share(long_fp)} | {_share(ordinary_flagged)} |"
        )
    print(f"rule: best F1 with at most {ORDINARY_BUDGET:.1%} of ordinary replies flagged -> window threshold {chosen}")


def _share(pair: tuple[int, int]) -> str:
    return f"{pair[0]}/{pair[1]} ({pair[0] / pair[1]:.2%})" if pair[1] else "-"


def main(argv: list[str]) -> int:
    global ORDINARY_BUDGET
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", action="append", choices=sorted(CONFIGS), help="default: all of them")
    parser.add_argument("--per-fold", type=int, default=2, help="d* writers held out together (1: one per fold)")
    parser.add_argument("--jobs", type=int, default=2, help="folds fitted in parallel")
    parser.add_argument("--folds", action="store_true", help="also print the per-writer rows of each config")
    parser.add_argument(
        "--sweep",
        action="store_true",
        help="also print each config's figures at pooled thresholds 0.40-0.80 and the threshold rule's choice",
    )
    parser.add_argument(
        "--windows",
        action="store_true",
        help="also read long replies two sentences at a time and print the window threshold's sweep",
    )
    parser.add_argument(
        "--short",
        action="store_true",
        help="a threshold of its own for replies of a few words: print the two thresholds' sweep",
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=DEFAULT_ORDINARY_BUDGET,
        help=f"share of held-out ordinary replies the rules may flag (default {DEFAULT_ORDINARY_BUDGET})",
    )
    args = parser.parse_args(argv)
    ORDINARY_BUDGET = args.budget
    rows = load_rows()
    folds = make_folds(rows, args.per_fold)
    print(f"{len(rows)} development rows; folds: " + "; ".join("+".join(f) for f in folds))
    short = {c: c[:5] for c in CATEGORIES}
    print(
        "| config | threshold | precision | recall | F1 | lowest language F1 | "
        + " | ".join(f"recall {short[c]}" for c in CATEGORIES)
        + " | d* courteous flagged | o* ordinary flagged | recall at 1% of d* courteous flagged (one pooled threshold) |"
    )
    print("|---|---:|---:|---:|---:|---:|" + "---:|" * len(CATEGORIES) + "---:|---:|---:|")
    for name in args.config or list(CONFIGS):
        if args.short:  # the windows' folds (their raw probabilities), then the two-threshold sweep
            from training.tone.task import TASK

            whole, best = windows_out_of_fold(rows, folds, params_of(name), args.jobs)
            print(f"| {name} | (short replies: see below) |")
            print_short_sweep(rows, whole, best, TASK.params.get("window_threshold"))
            continue
        if args.windows:  # its own folds' fits (without windows), then the sweep only
            from training.tone.task import TASK

            whole, best = windows_out_of_fold(rows, folds, params_of(name), args.jobs)
            print(f"| {name} | (windows: see below) |")
            print_window_sweep(rows, whole, best, TASK.fixed_threshold or 0.5)
            continue
        scores, thresholds = cached_out_of_fold(name, rows, folds, args.jobs)
        s = summary(rows, scores, thresholds)
        a = s["all"]
        low = min(s["languages"].items(), key=lambda kv: kv[1])
        print(
            f"| {name} | {s['thresholds'][0]:.2f}-{s['thresholds'][1]:.2f} | {a['precision']:.3f} | "
            f"{a['recall']:.3f} | {a['f1']:.3f} | {low[1]:.3f} ({low[0]}) | "
            + " | ".join(f"{s['categories'][c]:.2f}" for c in CATEGORIES)
            + f" | {_share(s['courteous_flagged'])} | {_share(s['ordinary_flagged'])} | {s['recall_at_1pct']:.3f} |",
            flush=True,
        )
        if args.folds:
            for writer, w in s["writers"].items():
                if writer.startswith("o"):
                    print(
                        f"| &nbsp; {writer} (n={w['n']}, t={w['threshold']:.2f}) | | | | | | "
                        + " | " * (len(CATEGORIES) - 1)
                        + f" | | {w['fp']} ({w['fp'] / w['n']:.2%}) |"
                    )
                else:
                    print(
                        f"| &nbsp; {writer} (n={w['n']}, t={w['threshold']:.2f}) | | {w['precision']:.3f} | "
                        f"{w['recall']:.3f} | {w['f1']:.3f} | | "
                        + " | ".join(f"{w['categories'][c]:.2f}" if c in w["categories"] else "-" for c in CATEGORIES)
                        + f" | {w['fp']} | |"
                    )
            print(
                "| &nbsp; F1 per language | | | | | "
                + ", ".join(f"{k} {v:.3f}" for k, v in s["languages"].items())
                + " |"
            )
        if args.sweep:
            print_sweep(rows, scores)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
