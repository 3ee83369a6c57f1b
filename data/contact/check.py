#!/usr/bin/env python3
"""Sanity checks + counts for data/contact/messages.jsonl.

Run: .venv/bin/python data/contact/check.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import phonenumbers

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import CODES, MARKET_REGION, decode_email, decode_phone, luhn_ok  # noqa: E402

LANGS = ["fr", "de", "es", "it", "nl", "pl", "pt", "en"]
MARKETS = {"fr": {"fr", "be", "ch", "lu"}, "de": {"de", "at", "ch"}, "es": {"es"}, "it": {"it"},
           "nl": {"nl", "be"}, "pl": {"pl"}, "pt": {"pt"}, "en": {"uk", "ie"}}
ALLOWED = set(CODES.values())


def main() -> int:
    msgs = [json.loads(line) for line in (HERE / "messages.jsonl").open(encoding="utf-8")]
    errors: list[str] = []
    ids = Counter(m["id"] for m in msgs)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    texts = Counter(m["text"] for m in msgs)
    errors += [f"duplicate text {t!r}" for t, n in texts.items() if n > 1]
    for m in msgs:
        if set(m) != {"id", "lang", "market", "text", "expected", "evidence", "kind"}:
            errors.append(f"{m['id']}: bad keys")
        if m["market"] not in MARKETS[m["lang"]]:
            errors.append(f"{m['id']}: market {m['market']} for lang {m['lang']}")
        if not m["id"].startswith(f"ct-{m['lang']}-"):
            errors.append(f"{m['id']}: id/lang mismatch")
        if m["expected"] != sorted(set(m["expected"])) or not set(m["expected"]) <= ALLOWED:
            errors.append(f"{m['id']}: expected not sorted/unique/allowed")
        if bool(m["expected"]) != bool(m["evidence"]):
            errors.append(f"{m['id']}: expected/evidence emptiness mismatch")
        for ev in m["evidence"]:
            if ev not in m["text"]:
                errors.append(f"{m['id']}: evidence {ev!r} not in text")
        if not m["expected"]:
            hits = [x.raw_string for x in phonenumbers.PhoneNumberMatcher(
                m["text"], MARKET_REGION[m["market"]], leniency=phonenumbers.Leniency.VALID)]
            if hits:
                errors.append(f"{m['id']}: negative contains valid phone {hits}")
        # re-validate phone evidence that is not inside a longer markup phrase
        if m["kind"].startswith("phone_") or m["kind"] in ("social_phone", "payment_phone"):
            region = MARKET_REGION[m["market"]]
            phone_evs = [ev for ev in m["evidence"] if re.search(r"\d|[０-９]", ev) or m["kind"] in ("phone_spelled", "social_phone")]
            ok = False
            for ev in phone_evs:
                try:
                    digits = decode_phone(ev, m["lang"])
                    num = phonenumbers.parse(digits, region)
                    ok = ok or phonenumbers.is_valid_number(num)
                except Exception:  # noqa: BLE001  (markup phrase, not a phone)
                    pass
            if not ok:
                errors.append(f"{m['id']}: no valid phone evidence in {m['evidence']}")
        if m["kind"] == "imei":
            imeis = re.findall(r"\b\d{2} \d{6} \d{6} \d\b|\b\d{15}\b", m["text"])
            if not imeis or not all(luhn_ok(x.replace(" ", "")) for x in imeis):
                errors.append(f"{m['id']}: IMEI missing or bad Luhn")
        if m["kind"].startswith("email_"):
            if not any("@" in decode_email(ev) for ev in m["evidence"]):
                errors.append(f"{m['id']}: email evidence does not decode")

    n = len(msgs)
    neg = sum(1 for m in msgs if not m["expected"])
    print(f"messages: {n}   expected=[]: {neg} ({neg / n:.1%})")
    if neg / n < 0.40:
        errors.append("fewer than 40% negatives")

    by_lang = defaultdict(list)
    for m in msgs:
        by_lang[m["lang"]].append(m)
    print("\n| lang | total | positive | hard negative | plain | markets |")
    print("|---|---|---|---|---|---|")
    for lang in LANGS:
        ms = by_lang[lang]
        pos = sum(1 for m in ms if m["expected"])
        plain = sum(1 for m in ms if m["kind"] == "plain")
        hard = len(ms) - pos - plain
        mk = Counter(m["market"] for m in ms)
        print(f"| {lang} | {len(ms)} | {pos} | {hard} ({hard / len(ms):.0%}) | {plain} | "
              + ", ".join(f"{k} {v}" for k, v in mk.most_common()) + " |")
        if len(ms) < 60:
            errors.append(f"{lang}: only {len(ms)} messages")
        if hard / len(ms) < 0.45:
            errors.append(f"{lang}: hard negatives {hard / len(ms):.1%} < 45%")

    print("\n| code | " + " | ".join(LANGS) + " | total |")
    print("|---|" + "---|" * (len(LANGS) + 1))
    for code in sorted(ALLOWED):
        row = [sum(1 for m in by_lang[lang] if code in m["expected"]) for lang in LANGS]
        print(f"| {code} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
        if min(row) == 0:
            errors.append(f"{code} missing in some language")
    multi = sum(1 for m in msgs if len(m["expected"]) > 1)
    print(f"\nmessages with several codes: {multi}")

    print("\n| kind | count |\n|---|---|")
    for k, v in sorted(Counter(m["kind"] for m in msgs).items()):
        print(f"| {k} | {v} |")

    disguises = {
        "[at]": r"\[at\]", "(at)": r"\(at\)", "' at '": r"\S at \S", "arobase": "arobase", "chez": r"\schez\s",
        "Klammeraffe": "Klammeraffe", "chiocciola": "chiocciola", "arroba": "arroba", "małpa": "małpa",
        "apenstaartje": "apenstaartje", "[dot]": r"\[dot\]", "(dot)": r"\(dot\)", "point": r"\spoint\s",
        "punkt": r"(?i)\spunkt\s", "punto": r"\spunto\s", "kropka": "kropka", "ponto": r"\sponto\s",
        "punt": r"\spunt\s", "' dot '": r"\sdot\s", "spaced letters": r"(\S ){6,}@",
        "cyrillic homoglyph": "[\u0430\u0435\u043e\u0441\u0440\u0445\u0443]", "full-width": "[\uff01-\uff5e]",
    }
    print("\n| e-mail disguise (in e-mail evidence) | count |\n|---|---|")
    for name, pat in disguises.items():
        c = sum(1 for m in msgs if "contact.email" in m["expected"]
                for ev in m["evidence"] if re.search(pat, ev, flags=0 if name in ("[at]", "(at)", "[dot]", "(dot)") else re.I))
        print(f"| {name} | {c} |")
        if c < 2:
            errors.append(f"disguise {name} appears {c} times")

    regions = Counter()
    for m in msgs:
        if "contact.phone" not in m["expected"]:
            continue
        for ev in m["evidence"]:
            try:
                num = phonenumbers.parse(decode_phone(ev, m["lang"]), MARKET_REGION[m["market"]])
            except Exception:  # noqa: BLE001
                continue
            if phonenumbers.is_valid_number(num):
                regions[phonenumbers.region_code_for_number(num)] += 1
    print("\nphone regions:", dict(sorted(regions.items())))

    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  -", e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
