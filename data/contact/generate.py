#!/usr/bin/env python3
"""Blind evaluation set for the R4 off-platform-contact detector.

Writes data/contact/messages.jsonl next to this file.

* Sentence templates are hand-written per language (see templates.py).
* Faker (per-locale, seeded) only fills slots: names, e-mails, cities,
  postcodes, addresses, IBANs, some landline numbers.
* Phones are valid mobile numbers built per region and checked with
  ``phonenumbers.is_valid_number``; every phone *evidence* string (spelled,
  leet, full-width ...) is decoded back to digits and re-validated here.
* Disguises (e-mail obfuscation, spelled numbers, leet, homoglyphs,
  full-width) are applied by the code below.

Run:  .venv/bin/python data/contact/generate.py
"""
from __future__ import annotations

import json
import os
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat as PNF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import templates as T  # noqa: E402  (hand-written sentence templates)

SEED = 20260315
OUT = HERE / "messages.jsonl"

# Slot machinery (Faker slots, mobiles, IMEIs, tracking formats, IBANs, disguises): shared with
# the blind sets in slot_machinery.py, loaded here with the dev set's SEED.
import importlib.util  # noqa: E402

_spec = importlib.util.spec_from_file_location("slot_machinery_dev", HERE / "slot_machinery.py")
_machinery = importlib.util.module_from_spec(_spec)
_machinery.SEED = SEED
_spec.loader.exec_module(_machinery)
globals().update({name: value for name, value in vars(_machinery).items() if not name.startswith("__")})

# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------
TOKEN_RE = re.compile(r"<<(\w+)\|(.*?)>>|\{(\w+)\}")


def render(tpl: str, slots: dict) -> tuple[str, list[str], list[str]]:
    """slots: name -> str (no code) or (value, code). Markup <<code|text>> marks evidence."""
    text, evidence, codes = [], [], []

    def sub_plain(s: str) -> str:
        def rep(m):
            v = slots[m.group(1)]
            if isinstance(v, tuple):
                codes.append(v[1])
                return v[0]
            return v
        return re.sub(r"\{(\w+)\}", rep, s)

    pos = 0
    for m in TOKEN_RE.finditer(tpl):
        text.append(tpl[pos:m.start()])
        pos = m.end()
        if m.group(1):
            inner = sub_plain(m.group(2))
            codes.append(m.group(1))
            evidence.append(inner)
            text.append(inner)
        else:
            v = slots[m.group(3)]
            if isinstance(v, tuple):
                codes.append(v[1])
                evidence.append(v[0])
                text.append(v[0])
            else:
                text.append(v)
    text.append(tpl[pos:])
    out = "".join(text)
    assert "{" not in out and "<<" not in out, out
    return out, evidence, sorted({CODES[c] for c in codes})


def pick_market(lang: str) -> str:
    ms, ws = zip(*MARKET_WEIGHTS[lang])
    return rng.choices(ms, ws)[0]


def phone_hits(text: str, region: str) -> list[str]:
    return [m.raw_string for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)]


PHONE_STYLES = ["national", "intl", "zerozero", "separators", "leet", "fullwidth", "spelled",
                "mixed", "foreign", "foreign"]
def email_styles(lang: str) -> list[str]:
    return (["plain"] + [f"at_local{k}" for k in range(len(AT_RECIPES[lang]))]
            + ["bracket", "paren", "spaced", "homoglyph", "fullwidth"])
URL_STYLES = ["https", "www", "bare", "short"]
_foreign_counter = [0]


def new_phone(lang: str, market: str, style: str, checks: list, allow_faker: bool = False):
    """Return (rendered, region, e164)."""
    if style == "foreign":
        region = FOREIGN_REGIONS[_foreign_counter[0] % len(FOREIGN_REGIONS)]
        _foreign_counter[0] += 1
        num = gen_mobile(region)
        rendered = rng.choice([intl(num), intl(num), "00" + intl(num)[1:], e164(num)])
    else:
        region = MARKET_REGION[market]
        num = None
        if style == "national" and allow_faker and rng.random() < 0.5:
            num = faker_phone(region, MARKET_LOCALE.get((lang, market), LANG_LOCALE[lang]))
        if num is None:
            num = gen_mobile(region, need_leet=(style == "leet"))
        rendered = fmt_phone(num, region, style, lang, market)
    checks.append((rendered, region, e164(num)))
    return rendered


def build_lang(lang: str, li: int) -> list[dict]:
    L = T.LANG[lang]
    msgs: list[dict] = []
    overrides = T.MARKET_OVERRIDES.get(lang, {})

    def emit(kind: str, tpl: str, market: str | None = None, extra: dict | None = None,
             phone_style: str | None = None, negative: bool = False):
        for attempt in range(60):
            mk = market or pick_market(lang)
            slots: dict = dict(neg_slots(lang, mk))
            checks: list = []
            emails: list = []
            if extra:
                slots.update(extra(mk, checks, emails))
            if "{phone}" in tpl and "phone" not in slots:
                slots["phone"] = (new_phone(lang, mk, phone_style or "national", checks,
                                            allow_faker=kind == "phone_national"), "phone")
            if "{iban}" in tpl:
                slots["iban"] = (gen_iban(lang, mk), "payment")
            if "{handle}" in tpl:
                slots["handle"] = gen_handle(lang)
            if "{handle_dot}" in tpl:
                slots["handle_dot"] = gen_handle(lang, dotted=True)
            text, ev, codes = render(tpl, slots)
            region = MARKET_REGION[mk]
            if negative:
                if phone_hits(text, region) or ("@" in text.replace("support@swapiphone.com", "")):
                    continue
            for rendered, reg, num in checks:
                assert rendered in ev, (rendered, ev)
                check_phone_evidence(rendered, lang, reg, num)
            for raw, orig in emails:
                assert decode_email(raw) == orig, (raw, orig)
            msgs.append({"lang": lang, "market": mk, "text": text, "expected": codes,
                         "evidence": ev, "kind": kind})
            return
        raise RuntimeError(f"could not render a clean negative: {tpl}")

    # --- e-mails
    tpls = L["email"][:]
    rng.shuffle(tpls)
    styles = email_styles(lang)
    assert len(tpls) == len(styles), (lang, len(tpls), len(styles))
    for style, tpl in zip(styles, tpls):
        def ex(mk, checks, emails, style=style):
            e = gen_email(lang)
            raw = disguise_email(e, style, lang, li)
            emails.append((raw, e))
            return {"email": (raw, "email")}
        kind = "email_at_word" if style.startswith("at_local") else "email_" + style
        if style == "paren" and li % 2 == 1:
            kind = "email_at_word"
        emit(kind, tpl, extra=ex)

    # --- phones
    tpls = L["phone"][:]
    rng.shuffle(tpls)
    assert len(tpls) == len(PHONE_STYLES)
    for style, tpl in zip(PHONE_STYLES, tpls):
        mk = overrides.get(style, T.MAIN_MARKET[lang])
        emit("phone_" + style, tpl, market=mk, phone_style=style)

    # --- urls
    tpls = L["url"][:]
    rng.shuffle(tpls)
    for style, tpl in zip(URL_STYLES, tpls):
        def ex(mk, checks, emails, style=style):
            return {"url": (gen_url(style, lang, mk, MARKET_REGION[mk]), "url")}
        emit("url_" + style, tpl, extra=ex)

    # --- social / marketplace / payment / details
    for kind, tpl, pstyle in L["social"]:
        mk = overrides.get("social_" + (pstyle or ""), None) if pstyle else None
        emit(kind, tpl, market=mk or (T.MAIN_MARKET[lang] if pstyle else None), phone_style=pstyle)
    for tpl in L["marketplace"]:
        emit("marketplace", tpl)
    for kind, tpl, pstyle in L["payment"]:
        if "{email}" in tpl:
            def ex(mk, checks, emails):
                e = gen_email(lang)
                emails.append((e, e))
                return {"email": (e, "email")}
            emit(kind, tpl, extra=ex)
        else:
            emit(kind, tpl, market=T.MAIN_MARKET[lang] if pstyle else None, phone_style=pstyle)
    for tpl in L["details"]:
        emit("details_request", tpl)

    # --- hard negatives and plain replies
    for kind, tpl in L["hard"]:
        emit(kind, tpl, negative=True)
    for tpl in L["plain"]:
        emit("plain", tpl, negative=True)

    rng.shuffle(msgs)
    for k, m in enumerate(msgs, 1):
        m["id"] = f"ct-{lang}-{k:04d}"
    return [{k: m[k] for k in ("id", "lang", "market", "text", "expected", "evidence", "kind")}
            for m in msgs]


def main() -> None:
    # Some Faker providers (e.g. it_IT city names) iterate over sets, so the output
    # depends on str hashing: pin PYTHONHASHSEED by re-executing once.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    allm: list[dict] = []
    for li, lang in enumerate(LANGS):
        allm.extend(build_lang(lang, li))
    with OUT.open("w", encoding="utf-8") as fh:
        for m in allm:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    c = Counter(m["lang"] for m in allm)
    neg = sum(1 for m in allm if not m["expected"])
    print(f"wrote {len(allm)} messages to {OUT} ({neg} with expected=[]); per lang: {dict(c)}")


if __name__ == "__main__":
    main()
