#!/usr/bin/env python3
"""FINAL blind set (data/contact/final/) for the R4 off-platform-contact detector.

Used once, for the reported figures. Writes data/contact/final/messages.jsonl next to this file.
Renderer adapted from ../test/generate.py; frames (frames.py) are new; weight on the word-based
codes (social, details_request, payment, marketplace) and on hard negatives built on the same
vocabulary; new disguises for e-mails (circled a, "(a)"/"(.)", provider-only), phones (emoji
keycaps, middle dots, underscores, one dash per digit) and URLs ("[.]", dot-word, " . ", bio links).

* Sentence frames: frames.py, written from scratch for this set, natively per language
  (not translations of one another, not derived from ../templates.py or ../heldout/frames.py):
  helpdesk-style seller replies of 1-4 sentences answering a concrete buyer question,
  with a legitimate number (order, tracking, IMEI, price, date) next to the violation,
  typos, missing accents, emoji, ALL-CAPS fragments, line breaks and signatures.
* Slot machinery: machinery.py, a frozen copy of ../heldout/machinery.py (itself a copy
  of the dev helpers) with a new seed.
* Checks at generation time (and again with --check):
  - every phone evidence is decoded back to digits, must pass phonenumbers.is_valid_number
    for its region and equal the generated number;
  - every disguised e-mail decodes back to the generated address;
  - every evidence string is a substring of its text, in text order;
  - hard negatives / plain replies: no valid phone (PhoneNumberMatcher, Leniency.VALID) for the
    message's market nor the language's main market, no '@' except support@swapiphone.com, no
    URL/domain except swapiphone.*;
  - positives: every phone-like match, '@' and URL-like string lies inside an evidence span
    (so the legitimate order/tracking/IMEI numbers next to the violation are not phones).

Run:  .venv/bin/python data/contact/final/generate.py          (writes, byte-identical)
      .venv/bin/python data/contact/final/generate.py --check  (re-checks file, prints tables)
"""
from __future__ import annotations

import json
import os
import re
import string
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import phonenumbers

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import machinery as M  # noqa: E402
from frames import F  # noqa: E402

OUT = HERE / "messages.jsonl"
LANGS = M.LANGS
CODES = M.CODES
rng = M.rng
LANG_MARKETS = {lang: [m for m, _ in M.MARKET_WEIGHTS[lang]] for lang in LANGS}
SUPPORT_MAIL = "support@swapiphone.com"

# foreign regions per language (rotated within a language)
FOREIGN = {"fr": ["US", "RO"], "de": ["CZ", "HU"], "es": ["SE", "US"], "it": ["GR", "SK"],
           "nl": ["DK", "SE"], "pl": ["SK", "FI"], "pt": ["FI", "DK"], "en": ["RO", "GR"]}
PROVIDER_WORD = {"fr": "sur", "de": "bei", "es": "en", "it": "su", "nl": "op", "pl": "na", "pt": "no",
                 "en": "on"}
PROVIDERS = {"fr": ["gmail.com", "hotmail.fr", "orange.fr", "free.fr"], "de": ["gmx.de", "t-online.de", "gmail.com"],
             "es": ["gmail.com", "hotmail.es", "yahoo.es"], "it": ["libero.it", "gmail.com", "virgilio.it"],
             "nl": ["ziggo.nl", "gmail.com", "hotmail.nl"], "pl": ["wp.pl", "onet.pl", "interia.pl"],
             "pt": ["sapo.pt", "gmail.com"], "en": ["gmail.com", "hotmail.co.uk", "outlook.com"]}
DOT_WORD = {"fr": "point", "de": "Punkt", "es": "punto", "it": "punto", "nl": "punt", "pl": "kropka",
            "pt": "ponto", "en": "dot"}
KEYCAP = "\ufe0f\u20e3"
_foreign = Counter()


# --------------------------------------------------------------------------- e-mails
def disguise_email(email: str, style: str, lang: str) -> str:
    local, dom = email.split("@")
    if style == "atword":
        at, dot = rng.choice(M.AT_RECIPES[lang])
        if rng.random() < 0.25:
            at = at.upper()
        return f"{local} {at} {dom.replace('.', f' {dot} ') if dot else dom}"
    if style == "paren":  # always the bracketed form here
        sp = " " if rng.random() < 0.5 else ""
        return f"{local}{sp}(at){sp}{dom.replace('.', f'{sp}(dot){sp}')}"
    if style == "circled":  # ⓐ (U+24D0) for @
        return f"{local}\u24d0{dom}"
    if style == "paren_a":  # "(a)" / "(.)"
        return f"{local} (a) {dom.replace('.', ' (.) ')}"
    if style == "provider":  # "jean.dupont sur gmail": provider named without its domain
        return f"{local} {PROVIDER_WORD[lang]} {dom.split('.')[0]}"
    return M.disguise_email(email, style, lang, 0)


def decode_email(s: str) -> str:
    s = s.replace("\u24d0", "@").replace(" (a) ", "@").replace(" (.) ", ".")
    return M.decode_email(s).lower()


def email_ok(raw: str, orig: str, lang: str) -> bool:
    local, dom = orig.lower().split("@")
    w = f" {PROVIDER_WORD[lang]} "
    if w in raw and "@" not in raw and "\u24d0" not in raw and "(a)" not in raw:
        l2, prov = raw.rsplit(w, 1)
        return l2 == local and dom.split(".")[0] == prov
    return decode_email(raw) == orig.lower()


EMAIL_KIND = {"atword": "email_at_word"}


# --------------------------------------------------------------------------- phones
def new_phone(lang: str, market: str, style: str, checks: list) -> str:
    if style == "foreign":
        regs = FOREIGN[lang]
        region = regs[_foreign[lang] % len(regs)]
        _foreign[lang] += 1
        num = M.gen_mobile(region)
        rendered = rng.choice([M.intl(num), "00" + M.intl(num)[1:], M.e164(num)])
    else:
        region = M.MARKET_REGION[market]
        base = {"spelledcaps": "spelled"}.get(style, style)
        num = M.gen_mobile(region, need_leet=(style == "leet"))
        if style in ("keycap", "middot", "underscore", "dashdigits"):
            groups = M.national(num, region).replace("-", " ").split()
            if style == "keycap":
                rendered = " ".join("".join(c + KEYCAP for c in g) for g in groups)
            elif style == "middot":
                rendered = "·".join(groups)
            elif style == "underscore":
                rendered = "_".join(groups)
            else:
                rendered = "-".join("".join(groups))
        else:
            rendered = M.fmt_phone(num, region, base, lang, market)
        if style == "spelledcaps":
            rendered = rendered.upper()
    checks.append((rendered, region, M.e164(num)))
    return rendered


def decode_phone(ev: str, lang: str) -> str:
    ev = ev.replace("\ufe0f", "").replace("\u20e3", "").replace("·", " ").replace("_", " ")
    return M.decode_phone(ev, lang)


def check_phone(ev: str, lang: str, region: str, e164: str) -> None:
    digits = decode_phone(ev, lang)
    num = phonenumbers.parse(digits, region)
    assert phonenumbers.is_valid_number(num), (ev, digits, region)
    assert phonenumbers.is_valid_number_for_region(num, region), (ev, region)
    assert M.e164(num) == e164, (ev, digits, M.e164(num), e164)


# --------------------------------------------------------------------------- urls
_short = Counter()


def gen_url(style: str, lang: str, market: str) -> str:
    if style in ("bracketdot", "dotword", "spacedot"):
        f = M.fk(M.LANG_LOCALE[lang])
        slug = M.slugify(f.last_name(), "-") + rng.choice(M.SHOP_SUFFIX[lang])
        tld = rng.choice([M.MARKET_TLD[market]] * 2 + ["com", "shop"])
        sep = {"bracketdot": "[.]", "dotword": f" {DOT_WORD[lang]} ", "spacedot": " . "}[style]
        return slug + sep + tld.replace(".", sep)
    if style == "bio":
        return rng.choice(["linktr.ee/", "beacons.ai/", "lnk.bio/"]) + M.gen_handle(lang).replace(".", "_")
    if style != "short":
        return M.gen_url(style, lang, market, M.MARKET_REGION[market])
    kinds = ["bitly", "tme", "wame", "discord", "tinyurl"]
    kind = kinds[(_short[lang] + LANGS.index(lang)) % len(kinds)]
    _short[lang] += 1
    alnum = string.ascii_letters + string.digits
    if kind == "bitly":
        return "bit.ly/" + "".join(rng.choice(alnum) for _ in range(7))
    if kind == "tme":
        return "t.me/" + M.gen_handle(lang).replace(".", "_")
    if kind == "wame":
        return "https://wa.me/" + M.e164(M.gen_mobile(M.MARKET_REGION[market]))[1:]
    if kind == "tinyurl":
        return "tinyurl.com/" + "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(8))
    return "discord.gg/" + "".join(rng.choice(alnum) for _ in range(8))


# --------------------------------------------------------------------------- rendering
TOKEN_RE = re.compile(r"\[\[(\w+)\|(.*?)\]\]|\{(\w+)(?::(\w+))?\}", re.S)


def extra_slots(lang: str, market: str) -> dict[str, str]:
    f = M.fk(M.LANG_LOCALE[lang])
    return {"handle": M.gen_handle(lang), "handle_dot": M.gen_handle(lang, dotted=True),
            "bfirst": f.first_name(), "pct": str(rng.choice([5, 10, 12, 15, 20, 25])),
            "days": str(rng.choice([2, 3, 4, 5])), "months": str(rng.choice([6, 12, 12, 24])),
            "cycles": str(rng.randint(80, 640))}


def render(tpl: str, lang: str, market: str, slots: dict, checks: list, emails: list):
    text: list[str] = []
    evidence: list[str] = []
    codes: list[str] = []
    styles: dict[str, str] = {}

    def value(name: str, style: str | None):
        if name == "email":
            e = M.gen_email(lang)
            if style == "provider":  # a provider people name without its domain
                e = e.split("@")[0] + "@" + rng.choice(PROVIDERS[lang])
            raw = disguise_email(e, style, lang)
            emails.append((raw, e))
            styles["email"] = style
            return raw, "email"
        if name == "phone":
            styles.setdefault("phone", style)
            return new_phone(lang, market, style, checks), "phone"
        if name == "url":
            styles["url"] = style
            return gen_url(style, lang, market), "url"
        if name == "iban":
            styles["iban"] = "iban"
            return M.gen_iban(lang, market), "payment"
        v = slots[name]
        return (v.upper() if style == "U" else v), None

    def sub_inner(s: str) -> str:
        def rep(m):
            v, code = value(m.group(1), m.group(2))
            assert code is None, s
            return v
        return re.sub(r"\{(\w+)(?::(\w+))?\}", rep, s)

    pos = 0
    for m in TOKEN_RE.finditer(tpl):
        text.append(tpl[pos:m.start()])
        pos = m.end()
        if m.group(1):
            inner = sub_inner(m.group(2))
            codes.append(m.group(1))
            evidence.append(inner)
            text.append(inner)
        else:
            v, code = value(m.group(3), m.group(4))
            if code:
                codes.append(code)
                evidence.append(v)
            text.append(v)
    text.append(tpl[pos:])
    out = "".join(text)
    assert not re.search(r"\{\w+", out) and "[[" not in out, out
    return out, evidence, sorted({CODES[c] for c in codes}), styles, set(codes)


def infer_kind(raw: set, styles: dict) -> str:
    if "payment" in raw:
        if "phone" in raw:
            return "payment_phone"
        if "iban" in styles:
            return "payment_iban"
        return "payment_email" if "email" in raw else "payment_method"
    if "social" in raw:
        return "social_phone" if "phone" in raw else "social_handle"
    if "marketplace" in raw:
        return "marketplace"
    if "details_request" in raw:
        return "details_request"
    if "email" in raw:
        if styles["email"] in ("circled", "paren_a", "provider"):
            return "email_" + styles["email"]
        return EMAIL_KIND.get(styles["email"], "email_" + styles["email"])
    if "phone" in raw:
        return "phone_" + {"spelledcaps": "spelled"}.get(styles["phone"], styles["phone"])
    if "url" in raw:
        return "url_" + styles["url"]
    raise ValueError(raw)


URL_RE = re.compile(r"(https?://|www\.)\S+|\b[\w-]+\.(com|fr|de|es|it|nl|pl|pt|be|ch|at|lu|ie|uk|eu|"
                    r"shop|ly|me|gg|ee|net|org|info|io|app|store)\b(/\S*)?", re.I)


def spans(text: str, evidence: list[str]) -> list[tuple[int, int]]:
    out, pos = [], 0
    for e in evidence:
        k = text.find(e, pos)
        if k < 0:
            return []
        out.append((k, k + len(e)))
        pos = k + len(e)
    return out


def inside(a: int, b: int, sp: list[tuple[int, int]]) -> bool:
    return any(s <= a and b <= e for s, e in sp)


def problems(text: str, lang: str, market: str, evidence: list[str]) -> list[str]:
    """Phones, '@' and URLs outside evidence spans (for negatives: anywhere)."""
    sp = spans(text, evidence)
    if evidence and not sp:
        return ["evidence not in text in order"]
    probs = []
    for mk in sorted({market, LANG_MARKETS[lang][0]}):
        for h in phonenumbers.PhoneNumberMatcher(text, M.MARKET_REGION[mk],
                                                 leniency=phonenumbers.Leniency.VALID):
            if not inside(h.start, h.end, sp):
                probs.append(f"phone-like {h.raw_string!r} for {mk}")
        if not evidence:  # negatives: stricter, any valid number even inside a code (POSSIBLE leniency)
            for h in phonenumbers.PhoneNumberMatcher(text, M.MARKET_REGION[mk],
                                                     leniency=phonenumbers.Leniency.POSSIBLE):
                if phonenumbers.is_valid_number(h.number):
                    probs.append(f"valid number {h.raw_string!r} for {mk}")
    for m in re.finditer("@", text):
        if text[max(0, m.start() - 7):m.start() + 15] == SUPPORT_MAIL:
            continue
        if not inside(m.start(), m.end(), sp):
            probs.append("@")
    for m in URL_RE.finditer(text):
        u = m.group(0).lower()
        if u.startswith(("swapiphone.", "www.swapiphone.", "https://www.swapiphone.", "https://swapiphone.")):
            continue
        if u.endswith("swapiphone.com") and SUPPORT_MAIL in text:
            continue
        end = m.start() + len(m.group(0).rstrip(".,;:!?)"))
        if not inside(m.start(), end, sp):
            probs.append(f"url {m.group(0)}")
    return probs


def pick_market(lang: str) -> str:
    ms, ws = zip(*M.MARKET_WEIGHTS[lang])
    return rng.choices(ms, ws)[0]


def build_lang(lang: str) -> list[dict]:
    fr = F[lang]
    items = []
    for t in fr["POS"]:
        t = t if isinstance(t, tuple) else (None, t)
        items.append((t[0], t[1], False, t[2] if len(t) > 2 else None))
    items += [(t[0], t[1], True, t[2] if len(t) > 2 else None) for t in fr["HARD"]]
    items += [("plain", t, True, None) for t in fr["PLAIN"]]
    msgs = []
    for kind, tpl, negative, market in items:
        for attempt in range(300):
            mk = market or pick_market(lang)
            slots = M.neg_slots(lang, mk)
            slots.update(extra_slots(lang, mk))
            checks: list = []
            emails: list = []
            text, ev, codes, styles, raw = render(tpl, lang, mk, slots, checks, emails)
            if negative:
                assert not codes, tpl
            else:
                assert codes, tpl
            if problems(text, lang, mk, ev):
                continue
            for rendered, reg, num in checks:
                check_phone(rendered, lang, reg, num)
            for rawmail, orig in emails:
                assert email_ok(rawmail, orig, lang), (rawmail, orig)
            k = kind or infer_kind(raw, styles)
            if k == "social_handle" and not any("@" in e or ":" in e for e in ev):
                k = "social_invite"
            if k == "payment_method" and any("{iban}" in x for x in [tpl]):
                k = "payment_iban"
            msgs.append({"lang": lang, "market": mk, "text": text, "expected": codes,
                         "evidence": ev, "kind": k, "_phones": checks, "_emails": emails})
            break
        else:
            raise RuntimeError(f"could not render a clean message ({lang}): {tpl}")
    rng.shuffle(msgs)
    for n, m in enumerate(msgs, 1):
        m["id"] = f"fi-{lang}-{n:04d}"
    return msgs


# --------------------------------------------------------------------------- checks / tables
def check_record(m: dict) -> list[str]:
    errs = []
    if m["evidence"] and not spans(m["text"], m["evidence"]):
        errs.append(f"{m['id']}: evidence not in text (in order)")
    if bool(m["expected"]) != bool(m["evidence"]):
        errs.append(f"{m['id']}: expected/evidence mismatch")
    if not set(m["expected"]) <= set(CODES.values()):
        errs.append(f"{m['id']}: unknown code")
    if m["expected"] != sorted(set(m["expected"])):
        errs.append(f"{m['id']}: expected not sorted/unique")
    errs += [f"{m['id']}: {p}" for p in problems(m["text"], m["lang"], m["market"], m["evidence"])]
    return errs


NEG_KINDS_PLAIN = {"plain"}


def tables(msgs: list[dict]) -> str:
    out = []
    out.append("| lang | total | positive | hard negative | plain | markets |")
    out.append("|---|---|---|---|---|---|")
    for lang in LANGS:
        ms = [m for m in msgs if m["lang"] == lang]
        pos = sum(bool(m["expected"]) for m in ms)
        plain = sum(m["kind"] == "plain" for m in ms)
        hard = len(ms) - pos - plain
        mk = ", ".join(f"{k} {v}" for k, v in Counter(m["market"] for m in ms).most_common())
        out.append(f"| {lang} | {len(ms)} | {pos} | {hard} ({100 * hard / len(ms):.0f}%) | {plain} | {mk} |")
    pos = sum(bool(m["expected"]) for m in msgs)
    plain = sum(m["kind"] == "plain" for m in msgs)
    hard = len(msgs) - pos - plain
    multi = sum(len(m["expected"]) > 1 for m in msgs)
    out.append(f"| **all** | {len(msgs)} | {pos} | {hard} ({100 * hard / len(msgs):.1f}%) | {plain} | |")
    out.append("")
    out.append(f"{multi} positives carry several codes.")
    out.append("")
    out.append("| code | " + " | ".join(LANGS) + " | total |")
    out.append("|---|" + "---|" * (len(LANGS) + 1))
    for c in sorted(CODES.values()):
        row = [sum(c in m["expected"] for m in msgs if m["lang"] == lang) for lang in LANGS]
        out.append(f"| {c} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    out.append("")
    kinds = Counter(m["kind"] for m in msgs)
    pos_kinds = sorted(k for k in kinds if any(m["kind"] == k and m["expected"] for m in msgs))
    neg_kinds = sorted(k for k in kinds if k not in pos_kinds)
    out.append("| positive kind | count | | negative kind | count |")
    out.append("|---|---|---|---|---|")
    for i in range(max(len(pos_kinds), len(neg_kinds))):
        a = f"{pos_kinds[i]} | {kinds[pos_kinds[i]]}" if i < len(pos_kinds) else " | "
        b = f"{neg_kinds[i]} | {kinds[neg_kinds[i]]}" if i < len(neg_kinds) else " | "
        out.append(f"| {a} | | {b} |")
    out.append("")
    regions = Counter()
    for m in msgs:
        for _, reg, _ in m.get("_phones", []):
            regions[reg] += 1
    if regions:
        out.append("Phones in evidence by region: " + ", ".join(f"{k} {v}" for k, v in sorted(regions.items()))
                   + f" ({sum(regions.values())} phones).")
    return "\n".join(out)


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable, [sys.executable, *sys.argv], env)
    if "--check" in sys.argv:
        msgs = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
        errs = [e for m in msgs for e in check_record(m)]
        # re-validate phone evidence of the file: every contact.phone message has a decodable phone
        for m in msgs:
            if "contact.phone" in m["expected"]:
                ok = 0
                for e in m["evidence"]:
                    try:
                        d = decode_phone(e, m["lang"])
                        regs = [M.MARKET_REGION[m["market"]]] if not d.startswith("+") else [None]
                        n = phonenumbers.parse(d, regs[0])
                        ok += phonenumbers.is_valid_number(n)
                    except Exception:
                        pass
                if not ok:
                    errs.append(f"{m['id']}: no valid phone in evidence")
        print(tables(msgs))
        for e in errs:
            print("ERROR", e)
        print(f"{len(msgs)} messages, {len(errs)} errors")
        return 1 if errs else 0
    msgs = []
    for lang in LANGS:
        msgs += build_lang(lang)
    errs = [e for m in msgs for e in check_record(m)]
    assert not errs, errs
    with OUT.open("w", encoding="utf-8") as fh:
        for m in msgs:
            rec = {k: m[k] for k in ("id", "lang", "market", "text", "expected", "evidence", "kind")}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(tables(msgs))
    print(f"wrote {len(msgs)} messages to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
