"""Verdict fingerprint: what every message of the labelled sets is judged, to prove a speed change
changed no verdict.

    python -m bench.verdict_fingerprint --out var/fingerprint/before          # record
    python -m bench.verdict_fingerprint --out var/fingerprint/after --compare var/fingerprint/before

Three runs over data/traffic/messages.jsonl and every data/*/sealed/messages.jsonl:

- `single`: `Screener.screen` one message at a time in `sent_at` order, each against the history of
  the earlier ones and its conversation's earlier messages (screening.evaluation's runner);
- `batch`: the same messages through `Screener.screen_in_order` in batches of 64 (the rescore
  path: `inspect_batch` on every check that does not read the history);
- `rescore`: `screening.batch.rescore.rescore` over bench_template's synthetic history (--rescore-size
  messages), the verdict file as written.

Per message: action, codes, spans, scores rounded to 4 places, rules, explanation, error. Written as
one JSONL file per run and data set; --compare lists every message whose line differs and exits 1.
`single` and `batch` must also agree with each other (the batch path is `screen` one by one).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BATCH = 64


def datasets() -> list[Path]:
    return [ROOT / "data" / "traffic" / "messages.jsonl", *sorted(ROOT.glob("data/*/sealed/messages.jsonl"))]


def _line(verdict) -> dict:
    return {
        "id": verdict.id,
        "action": verdict.action.value if hasattr(verdict.action, "value") else str(verdict.action),
        "findings": [[f.code, f.start, f.end, round(f.score, 4), f.detail] for f in verdict.findings],
        "model_versions": dict(verdict.model_versions),
        "rules": list(verdict.rules),
        "explanation": verdict.explanation,
        "error": verdict.error,
    }


def _ordered(screener, items):
    from screening.evaluation.runner import _sent_at
    from screening.core.types import RecordError

    order = sorted(range(len(items)), key=lambda i: (_sent_at(items[i]), i))
    out = []
    for i in order:
        try:
            out.append((i, screener.message_from_record(items[i].record)))
        except RecordError as error:
            out.append((i, error))
    return out


def run_single(path: Path) -> list[dict]:
    from screening.store.conversation_memory import ConversationMemory
    from screening.evaluation import read_labelled
    from screening.evaluation.runner import evaluation_screener
    from screening.core.types import Action, RecordError

    items = read_labelled(path)
    screener, history = evaluation_screener()
    memory = ConversationMemory()
    lines: dict[int, dict] = {}
    for i, message in _ordered(screener, items):
        if isinstance(message, RecordError):
            lines[i] = {"id": items[i].record.get("id"), "error": str(message)}
            continue
        verdict = screener.screen(message, conversation=memory.earlier(message))
        lines[i] = _line(verdict)
        if verdict.action is not Action.BLOCK:
            history.add([message])
        memory.remember(message)
    return [lines[i] for i in range(len(items))]


def run_batch(path: Path) -> list[dict]:
    from screening.store.conversation_memory import ConversationMemory
    from screening.evaluation import read_labelled
    from screening.evaluation.runner import evaluation_screener
    from screening.core.types import Action, RecordError

    items = read_labelled(path)
    screener, history = evaluation_screener()
    memory = ConversationMemory()
    lines: dict[int, dict] = {}
    ordered = _ordered(screener, items)

    def record(message, verdict):
        if verdict.action is not Action.BLOCK:
            history.add([message])

    for start in range(0, len(ordered), BATCH):
        chunk = ordered[start : start + BATCH]
        batch, where = [], []
        for i, message in chunk:
            if isinstance(message, RecordError):
                lines[i] = {"id": items[i].record.get("id"), "error": str(message)}
                continue
            batch.append((message, memory.earlier(message)))
            memory.remember(message)
            where.append(i)
        for i, verdict in zip(where, screener.screen_in_order(batch, record=record)):
            lines[i] = _line(verdict)
    return [lines[i] for i in range(len(items))]


def run_rescore(size: int) -> list[dict]:
    from bench.bench_template import synthetic_history
    from screening.batch.rescore import rescore
    from screening.batch.rescore_partition import ScreenerSpec

    with tempfile.TemporaryDirectory(prefix="fingerprint_") as work:
        source, target = Path(work) / "history.jsonl", Path(work) / "verdicts.jsonl"
        synthetic_history(source, size, max(size // 25, 1))
        rescore(None, source, target, progress=False, spec=ScreenerSpec())
        out = []
        for line in target.open(encoding="utf-8"):
            verdict = json.loads(line)
            verdict.pop("elapsed_ms", None)
            for finding in verdict.get("findings") or ():
                if isinstance(finding.get("score"), float):
                    finding["score"] = round(finding["score"], 4)
            out.append(verdict)
        return out


def write(folder: Path, name: str, lines: list[dict]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")


def compare(new: Path, old: Path) -> int:
    differences = 0
    for path in sorted(old.glob("*.jsonl")):
        other = new / path.name
        if not other.exists():
            print(f"missing in {new}: {path.name}")
            differences += 1
            continue
        a, b = path.read_text(encoding="utf-8").splitlines(), other.read_text(encoding="utf-8").splitlines()
        if len(a) != len(b):
            print(f"{path.name}: {len(a)} lines before, {len(b)} now")
            differences += 1
        changed = [(x, y) for x, y in zip(a, b) if x != y]
        for x, y in changed[:20]:
            print(f"{path.name}:\n  before {x}\n  now    {y}")
        differences += len(changed)
        print(f"{path.name}: {len(a)} verdicts, {len(changed)} differ")
    return differences


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="verdict_fingerprint")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--modes", default="single,batch,rescore")
    parser.add_argument("--rescore-size", type=int, default=2000)
    args = parser.parse_args(argv)
    modes = args.modes.split(",")
    mismatched = 0
    for path in datasets():
        name = path.parent.parent.name if path.parent.name == "sealed" else path.parent.name
        results = {}
        for mode, run in (("single", run_single), ("batch", run_batch)):
            if mode in modes:
                started = time.perf_counter()
                results[mode] = run(path)
                write(args.out, f"{mode}-{name}", results[mode])
                print(
                    f"{mode:<7} {name:<11} {len(results[mode]):>5} messages {time.perf_counter() - started:6.1f} s",
                    flush=True,
                )
        if "single" in results and "batch" in results:
            differ = [(a, b) for a, b in zip(results["single"], results["batch"]) if a != b]
            for a, b in differ[:5]:
                print(f"  single {a}\n  batch  {b}")
            if differ:
                print(f"  {name}: {len(differ)} messages differ between single and batch")
            mismatched += len(differ)
    if "rescore" in modes:
        started = time.perf_counter()
        write(args.out, "rescore-synthetic", run_rescore(args.rescore_size))
        print(f"rescore synthetic {args.rescore_size} messages {time.perf_counter() - started:6.1f} s")
    if args.compare:
        mismatched += compare(args.out, args.compare)
    print("IDENTICAL" if not mismatched else f"{mismatched} DIFFERENCES")
    return 1 if mismatched else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
