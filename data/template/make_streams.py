"""Writes the labelled seller-reply streams dev.jsonl and test.jsonl (see README.md).

    .venv/bin/python data/template/make_streams.py

Deterministic (seeded random and Faker). Labels come from construction, not from the detector:
every message belongs to a "family" (one template of one seller, one autoresponder of one seller,
or none for individual answers and courtesies); a message is `template.repeated` when its seller
sent the same family to at least N=2 OTHER conversations in the 30 days before it, and
`template.autoresponder` when it is an autoresponder text. The test stream uses templates and
autoresponder texts the dev stream does not (phrasebook.py), and was written before any tuning.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

sys.path.insert(0, str(Path(__file__).parent))
import phrasebook as pb  # noqa: E402

HERE = Path(__file__).parent
N_OTHER_CONVERSATIONS = 2
WINDOW = timedelta(days=30)
START = datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc)
SPAN_DAYS = 60


def _order(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(10_000_000, 99_999_999)}", f"#{rng.randint(100_000, 999_999)}",
                       f"CMD-{rng.randint(2025, 2026)}-{rng.randint(10_000, 99_999)}",
                       f"{rng.choice('ABCDEFGH')}{rng.choice('KLMNPQRS')}{rng.randint(1_000_000, 9_999_999)}"])


def _amount(rng: random.Random, lang: str) -> str:
    value = rng.randint(20, 900) + rng.choice([0, 0.5, 0.99, 0.9])
    if lang == "en":
        return f"£{value:.2f}"
    if lang == "pl":
        return f"{value * 4.3:.2f} zł".replace(".", ",")
    return f"{value:.2f} €".replace(".", ",")


def _date(rng: random.Random, lang: str) -> str:
    day = START + timedelta(days=rng.randint(0, SPAN_DAYS + 20))
    return day.strftime("%d/%m/%Y") if lang not in ("de", "pl", "nl") else day.strftime("%d.%m.%Y")


def _tracking(rng: random.Random) -> str:
    return rng.choice([f"6A{rng.randint(10**10, 10**11 - 1)}", f"JJD{rng.randint(10**13, 10**14 - 1)}",
                       f"1Z{rng.randint(10**13, 10**14 - 1)}", f"{rng.randint(10**11, 10**12 - 1)}"])


def _edit(rng: random.Random, text: str) -> str:
    """A small human edit: a typo, a dropped or doubled word, a changed punctuation mark."""
    words = text.split(" ")
    kind = rng.choice(["typo", "drop", "double", "punct"])
    i = rng.randrange(len(words))
    if kind == "typo" and len(words[i]) > 4 and words[i].isalpha():
        w = words[i]
        j = rng.randrange(1, len(w) - 2)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif kind == "drop" and len(words) > 8 and "{" not in words[i]:
        del words[i]
    elif kind == "double":
        words.insert(i, words[i])
    else:
        return text.replace(". ", "! ", 1) if rng.random() < 0.5 else text.replace(",", "", 1)
    return " ".join(words)


# Emoji sellers add to a template now and then; the normaliser must see through them.
EMOJI = ("🙂", "😊", "👍", "📦", "🙏", "✅", "😉")


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


def _paraphrase(rng: random.Random, body: str, extra: list[str]) -> str:
    """One or two light edits a seller makes to a template between uses: two sentences swapped,
    the two halves of a sentence swapped at its comma or semicolon, a sentence of their own added
    (`extra`, already filled) or one of the template's dropped (never both: the reply stays mostly
    the template), an emoji added."""
    sentences = _sentences(body)
    for edit in rng.sample(["swap", "clause", rng.choice(["add", "drop"]), "emoji"], rng.choice([1, 2, 2])):
        if edit == "swap" and len(sentences) >= 2:
            i, j = rng.sample(range(len(sentences)), 2)
            sentences[i], sentences[j] = sentences[j], sentences[i]
        elif edit == "clause":
            i = rng.randrange(len(sentences))
            parts = re.split(r"\s*[,;]\s+", sentences[i].rstrip(".!?"), maxsplit=1)
            if len(parts) == 2:
                sentences[i] = parts[1][:1].upper() + parts[1][1:] + ", " + parts[0][:1].lower() + parts[0][1:] + "."
        elif edit == "add":
            sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(extra))
        elif edit == "drop" and len(sentences) >= 3:
            del sentences[rng.randrange(len(sentences))]
        elif edit == "emoji":
            i = rng.randrange(len(sentences))
            sentences[i] = sentences[i] + " " + rng.choice(EMOJI)
    return " ".join(sentences)


def make_stream(split: str, seed: int, paraphrase: bool = False) -> list[dict]:
    """The stream `split`. With `paraphrase`, every template use after the first is paraphrased
    (_paraphrase), the greeting may close the first sentence or come last, the closing may be
    left out, and individual answers are two to four sentences (a long signature then weighs more)."""
    rng = random.Random(seed)
    template_ids = (0, 1) if split.startswith("dev") else (2, 3)
    auto_id = 0 if split.startswith("dev") else 1
    messages: list[dict] = []
    conversation_counter = 0

    def new_conversation() -> str:
        nonlocal conversation_counter
        conversation_counter += 1
        return f"c-{split}-{conversation_counter:05d}"

    for lang, locale in pb.LOCALES.items():
        fake = Faker(locale)
        fake.seed_instance(seed * 100 + len(messages))
        for k in range(3):
            seller_id = f"s-{split}-{lang}-{k}"
            seller = fake.first_name()
            shop = fake.last_name() + " Phones"
            signature = rng.random() < 0.5

            def fill(body: str) -> str:
                return body.format(buyer=fake.first_name(), order=_order(rng), model=rng.choice(pb.MODELS),
                                   amount=_amount(rng, lang), date=_date(rng, lang), tracking=_tracking(rng))

            def wrap(body: str) -> str:
                parts = []
                greeting = fill(pb.GREETING[lang]) if rng.random() < 0.8 else None
                where = rng.choice(["head", "head", "inline", "tail"]) if paraphrase else "head"
                if greeting and where == "head":
                    parts.append(greeting)
                if greeting and where == "inline":  # "Bonjour Marie, merci pour votre commande ..."
                    body = greeting + " " + body[:1].lower() + body[1:]
                parts.append(body)
                if greeting and where == "tail":
                    parts.append(greeting.rstrip(",") + " " + rng.choice(EMOJI))
                if paraphrase and rng.random() < 0.25:
                    parts.append(seller)  # the closing left out, the name kept
                else:
                    parts.append(pb.CLOSING[lang].format(seller=seller))
                if signature:
                    parts.append(pb.SIGNATURE[lang].format(seller=seller, shop=shop))
                return "\n".join(parts)

            plan: list[tuple[str, str | None, str]] = []  # (kind, family, text)
            for t in template_ids:
                uses = rng.choice([1, 2, 3, 4, 6, 9])
                for use in range(uses):
                    body = fill(pb.TEMPLATES[lang][t])
                    for _ in range(rng.choice([0, 0, 1, 2, 3])):
                        body = _edit(rng, body)
                    if paraphrase and use:
                        body = _paraphrase(rng, body, [fill(s) for s in pb.SENTENCES[lang]])
                    plan.append(("template", f"{seller_id}/T{t}", wrap(body)))
            for _ in range(10):
                sentences = rng.sample(pb.SENTENCES[lang], rng.choice([2, 3, 4]) if paraphrase else 4)
                plan.append(("individual", None, wrap(" ".join(fill(s) for s in sentences))))
            for _ in range(6):
                plan.append(("courtesy", None, rng.choice(pb.COURTESIES[lang])))
            for _ in range(rng.randint(0, 2)):
                plan.append(("shared", None, wrap(pb.SHARED[lang])))
            if k == 0:  # one seller per language has an autoresponder switched on for a while
                for _ in range(rng.choice([1, 3, 4])):
                    plan.append(("autoresponder", f"{seller_id}/A{auto_id}", fill(pb.AUTORESPONDERS[lang][auto_id])))
            rng.shuffle(plan)
            previous_conversation = None
            for kind, family, text in plan:
                # Now and then a reply goes to the same conversation as the one before it.
                if previous_conversation and rng.random() < 0.1:
                    conversation = previous_conversation
                else:
                    conversation = new_conversation()
                previous_conversation = conversation
                sent_at = START + timedelta(minutes=rng.randint(0, SPAN_DAYS * 24 * 60))
                messages.append({"conversation_id": conversation, "seller_id": seller_id, "market": pb.MARKET[lang],
                                 "author": "seller", "sent_at": sent_at, "text": text, "kind": kind, "family": family})
    messages.sort(key=lambda m: m["sent_at"])
    _label(messages)
    for i, m in enumerate(messages, start=1):
        m["id"] = f"m-{split}-{i:05d}"
        m["sent_at"] = m["sent_at"].isoformat().replace("+00:00", "Z")
    order = ("id", "conversation_id", "seller_id", "market", "author", "sent_at", "text", "labels", "kind", "family")
    return [{k: m[k] for k in order} for m in messages]


def _label(messages: list[dict]) -> None:
    for i, m in enumerate(messages):
        labels = []
        if m["kind"] == "autoresponder":
            labels.append("template.autoresponder")
        if m["family"]:
            earlier = {e["conversation_id"] for e in messages[:i]
                       if e["family"] == m["family"] and e["conversation_id"] != m["conversation_id"]
                       and m["sent_at"] - e["sent_at"] <= WINDOW}
            if len(earlier) >= N_OTHER_CONVERSATIONS:
                labels.append("template.repeated")
        m["labels"] = sorted(labels)


def main() -> None:
    for split, seed, paraphrase in (("dev", 1, False), ("test", 2, False), ("dev_paraphrase", 3, True),
                                    ("test_paraphrase", 4, True)):
        stream = make_stream(split, seed, paraphrase)
        with (HERE / f"{split}.jsonl").open("w", encoding="utf-8") as handle:
            for record in stream:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        counts: dict[str, int] = {}
        for record in stream:
            counts[record["kind"]] = counts.get(record["kind"], 0) + 1
            for label in record["labels"]:
                counts[label] = counts.get(label, 0) + 1
        print(split, len(stream), json.dumps(counts, sort_keys=True))


if __name__ == "__main__":
    main()
