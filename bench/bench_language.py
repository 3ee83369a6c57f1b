"""Language check (issue 3): lingua and langdetect side by side on data/language/.

    python -m bench language            # holdout split (the figures in data/language/README.md)
    python -m bench.bench_language --split test

Prints, per detector: top-1 accuracy of the detector on cleaned main bodies by length bucket and
by language (>= 20 letters); the whole check on the replies (false flags at home, flags on a
neighbouring market, flags on replies of three words or fewer) and on the conversation set
(precision, recall); median time per message (detector alone, whole check); resident memory of
the detector (a fresh process per detector, so one does not count the other's).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

from screening.checks.base import CheckContext
from screening.checks.language.check import LanguageCheck
from screening.checks.language.cleaner import count_words, load_lexicon, main_body
from screening.checks.language.detectors import make_detector
from screening.checks.language.evaluation import (
    HOME_MARKET,
    LENGTH_BUCKETS,
    SPLITS,
    Counts,
    bucket_of,
    detector_accuracy,
    load_conversations,
    load_replies,
    precision_recall,
)
from screening.core.policy import Policy
from screening.core.types import Message

# (label, detector, lingua accuracy, second-opinion detector). The last is the policy's default.
CONFIGS = (
    ("lingua low", "lingua", "low", None),
    ("lingua high", "lingua", "high", None),
    ("langdetect", "langdetect", "low", None),
    ("lingua low+langdetect", "lingua", "low", "langdetect"),
)
# The market whose languages are the hardest neighbours of a reply's language: where a wrong
# language must be flagged (es on pt, cs on sk, da on se...).
NEIGHBOUR_MARKET = {
    "es": "pt",
    "pt": "es",
    "ca": "pt",
    "it": "es",
    "fr": "it",
    "nl": "de",
    "de": "nl",
    "cs": "sk",
    "sk": "cz",
    "pl": "cz",
    "sv": "dk",
    "da": "se",
    "nb": "se",
    "fi": "se",
    "en": "fr",
    "el": "ro",
    "ro": "it",
    "hu": "fi",
}

# VmHWM (peak resident set of this process image), not getrusage's ru_maxrss: Linux carries
# ru_maxrss over from the parent across fork+exec, so a child would report the parent's peak.
_MEMORY_SCRIPT = """
import json, sys

def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024

from screening.checks.language.check import LanguageCheck
from screening.checks.language.evaluation import load_replies
from screening.checks.language.detectors import make_detector
texts = [r.text for r in load_replies()]
before = peak_mb()
detectors = [make_detector(name, sys.argv[2].split(","), accuracy=sys.argv[3]) for name in sys.argv[1].split("+")]
for detector in detectors:
    for text in texts:  # lazily loaded models count too
        detector.confidences(text)
print(json.dumps({"before_mb": before, "after_mb": peak_mb()}))
"""


def candidate_languages(policy: Policy) -> list[str]:
    extra = policy.for_market(sorted(policy.markets)[0]).settings_for("language").get("extra_languages", [])
    return sorted({lang for m in policy.markets for lang in policy.for_market(m).languages} | set(extra))


def memory_mb(names: str, languages: list[str], accuracy: str) -> tuple[float, float]:
    """Peak RSS of a fresh process before and after building the detectors `names` ("a+b")."""
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_SCRIPT, names, ",".join(languages), accuracy],
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    return figures["before_mb"], figures["after_mb"]


def evaluate(check: LanguageCheck, policy: Policy, split: str) -> dict[str, object]:
    replies = load_replies(split=split)
    home_flags, neighbour, short_flags, short_total = Counts(), Counts(), 0, 0
    for reply in replies:
        market = HOME_MARKET.get(reply.language)
        if market:
            found = check.inspect(Message(text=reply.text, market=market), CheckContext(policy.for_market(market)))
            home_flags.add(bool(found))
        other = NEIGHBOUR_MARKET[reply.language]
        found = check.inspect(Message(text=reply.text, market=other), CheckContext(policy.for_market(other)))
        if count_words(reply.text) <= 3:
            short_total += 1
            short_flags += bool(found)
        elif main_body(reply.text, check.lexicon).letters >= 20:
            neighbour.add(bool(found))
    pairs = []
    for conversation in load_conversations(holdout=split == "holdout"):
        buyer = (
            [Message(text=conversation.buyer_text, market=conversation.market, author="buyer")]
            if conversation.buyer_text
            else []
        )
        found = check.inspect(
            Message(text=conversation.reply, market=conversation.market),
            CheckContext(policy.for_market(conversation.market), conversation=buyer),
        )
        pairs.append((bool(found), conversation.expected == "flag"))
    precision, recall, tp, fp, fn = precision_recall(pairs)
    return {
        "home": home_flags,
        "neighbour": neighbour,
        "short": (short_flags, short_total),
        "conversations": (precision, recall, tp, fp, fn),
    }


def median_ms(function, items, repeat: int = 3) -> float:
    """Median over items of each item's fastest of `repeat` runs: robust to other jobs on the machine."""
    best = []
    for item in items:
        runs = []
        for _ in range(repeat):
            started = time.perf_counter()
            function(item)
            runs.append(time.perf_counter() - started)
        best.append(min(runs))
    return 1000 * statistics.median(best)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench language")
    parser.add_argument("--split", default="holdout", choices=SPLITS)
    parser.add_argument("--no-memory", action="store_true", help="skip the memory measurement (subprocesses)")
    args = parser.parse_args(argv)
    policy = Policy.load()
    languages = candidate_languages(policy)
    lexicon = load_lexicon()
    replies = load_replies(split=args.split)
    bodies = [(reply, main_body(reply.text, lexicon)) for reply in replies]
    conversations = load_conversations(holdout=args.split == "holdout")
    print(
        f"split={args.split} replies={len(replies)} conversations={len(conversations)} candidates={','.join(languages)}"
    )
    rows: dict[str, dict[str, object]] = {}
    detectors: dict[str, object] = {}
    for label, name, accuracy, confirm_name in CONFIGS:
        started = time.perf_counter()
        key = f"{name}-{accuracy}"
        if key not in detectors:
            detectors[key] = make_detector(name, languages, accuracy=accuracy)
        detector = detectors[key]
        confirm = detectors.get(f"{confirm_name}-low") if confirm_name else None
        build_s = time.perf_counter() - started
        check = LanguageCheck(detector, lexicon, confirm=confirm)
        row: dict[str, object] = {"eval": evaluate(check, policy, args.split), "build_s": build_s}
        if confirm is None:
            row["bucket"], row["language"] = detector_accuracy(
                detector.confidences, [(r, b.text, b.letters) for r, b in bodies]
            )
            # median_ms calls the lambda at once, inside this iteration.
            row["detector_ms"] = median_ms(lambda b: detector.confidences(b.text), [b for _, b in bodies if b.letters])  # noqa: B023
        home = [(r, HOME_MARKET[r.language]) for r in replies if r.language in HOME_MARKET]
        away = [(r, NEIGHBOUR_MARKET[r.language]) for r in replies]
        for name_, pairs in (("home_ms", home), ("away_ms", away)):
            row[name_] = median_ms(
                lambda pair: check.inspect(  # noqa: B023
                    Message(text=pair[0].text, market=pair[1]),
                    CheckContext(policy.for_market(pair[1])),
                ),
                pairs,
            )
        names = name + (f"+{confirm_name}" if confirm_name else "")
        row["memory"] = (float("nan"), float("nan")) if args.no_memory else memory_mb(names, languages, accuracy)
        rows[label] = row

    all_labels = [label for label, *_ in CONFIGS]
    single = [label for label, _, _, confirm in CONFIGS if confirm is None]
    width = 23

    def table(title: str, keys: list[str], cell, labels: list[str] = all_labels) -> None:
        print(f"\n{title}")
        print("".ljust(22) + "".join(label.ljust(width) for label in labels))
        for key in keys:
            print(key.ljust(22) + "".join(str(cell(rows[label], key)).ljust(width) for label in labels))

    buckets = [bucket_of(low) for low, _ in LENGTH_BUCKETS]
    table(
        "detector top-1 accuracy on cleaned main body, by letters in it",
        buckets,
        lambda row, key: row["bucket"].get(key, "-"),
        single,
    )
    present = sorted({lang for label in single for lang in rows[label]["language"]})
    table(
        "detector top-1 accuracy, bodies of >= 20 letters, by language",
        present,
        lambda row, key: row["language"].get(key, "-"),
        single,
    )

    def check_cell(row, key):
        ev = row["eval"]
        if key == "home false flags":
            return f"{ev['home'].right}/{ev['home'].total}"
        if key == "neighbour flagged":
            return str(ev["neighbour"])
        if key == "<=3 words flagged":
            return f"{ev['short'][0]}/{ev['short'][1]}"
        precision, recall, tp, fp, fn = ev["conversations"]
        return f"P {precision:.3f} R {recall:.3f}" if key == "conversations" else f"tp {tp} fp {fp} fn {fn}"

    table(
        "whole check (policy thresholds) on replies and the conversation set",
        ["home false flags", "neighbour flagged", "<=3 words flagged", "conversations", "  counts"],
        check_cell,
    )

    def cost_cell(row, key):
        before, after = row["memory"]
        return {
            "detector ms": f"{row['detector_ms']:.3f}" if "detector_ms" in row else "-",
            "check ms, right lang": f"{row['home_ms']:.3f}",
            "check ms, wrong lang": f"{row['away_ms']:.3f}",
            "build s": f"{row['build_s']:.2f}",
            "RSS MB": f"{after:.0f} (+{after - before:.0f})",
        }[key]

    table(
        "cost: median per message (detector alone; whole check on replies in a market language, the\n"
        "usual case, and in a wrong one), build time, peak resident memory (process, +detectors)",
        ["detector ms", "check ms, right lang", "check ms, wrong lang", "build s", "RSS MB"],
        cost_cell,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
