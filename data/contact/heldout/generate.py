#!/usr/bin/env python3
"""HELD-OUT test set for the R4 off-platform-contact detector.

Writes data/contact/heldout/messages.jsonl next to this file.

* Sentence frames: frames.py, written from scratch for this set (not derived
  from ../templates.py): new wording, multi-sentence replies, quoted buyer
  questions, signatures, line breaks, all-caps, emoji, order numbers mixed
  with violations, typos / missing accents.
* Slot machinery: machinery.py, a frozen copy of ../generate.py's helpers
  (Faker slots, phone generation, spelled numbers, disguises, Luhn, carrier
  formats) with a different seed, plus a few extra disguises defined here
  (e-mail {at}/{dot}, " AT ... DOT ", "local @ domain . tld", phone digits
  separated by spaces, tinyurl / linktr.ee links).
* Every phone evidence is decoded back to digits and validated with
  phonenumbers.is_valid_number for its region; every e-mail evidence is
  decoded back to the generated address; every evidence is a substring of
  its text, in text order; hard negatives are re-rolled until clean.

Run:  .venv/bin/python data/contact/heldout/generate.py          (writes)
      .venv/bin/python data/contact/heldout/generate.py --check  (re-checks file, prints tables)
"""
from __future__ import annotations

import json
import os
import re
import string
import sys
import unicodedata
from collections import Counter, defaultdict
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

# --------------------------------------------------------------------------- e-mails
EMAIL_KIND = {"atword": "email_at_word", "atcaps": "email_at_word"}


def disguise_email(email: str, style: str, lang: str) -> str:
    local, dom = email.split("@")
    if style == "atword":
        at, dot = rng.choice(M.AT_RECIPES[lang])
        if rng.random() < 0.3:
            at = at.upper()
        return f"{local} {at} {dom.replace('.', f' {dot} ') if dot else dom}"
    if style == "atcaps":
        return f"{local} AT {dom.replace('.', ' DOT ')}"
    if style == "curly":
        return f"{local}{{at}}{dom.replace('.', '{dot}')}"
    if style == "spaced_at":
        return f"{local} @ {dom.replace('.', ' . ')}"
    if style == "bracket":
        return M.disguise_email(email, "bracket", lang, 0)
    if style == "paren":
        return M.disguise_email(email, "paren", lang, 0)
    return M.disguise_email(email, style, lang, 0)


def decode_email(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\{at\}", "@", s, flags=re.I)
    s = re.sub(r"\{dot\}", ".", s, flags=re.I)
    return M.decode_email(s).lower()


# --------------------------------------------------------------------------- phones
_foreign = [0]
FOREIGN_BY_FRAME = {"fr": None, "de": "SE", "es": "DK", "it": "RO", "nl": "FI", "pl": "CZ",
                    "pt": "GR", "en": "HU"}


def new_phone(lang: str, market: str, style: str, checks: list) -> str:
    if style == "foreign":
        region = FOREIGN_BY_FRAME[lang] or ["SK", "US"][_foreign[0] % 2]
        _foreign[0] += 1
        num = M.gen_mobile(region)
        rendered = rng.choice([M.intl(num), "00" + M.intl(num)[1:], M.e164(num)])
    else:
        region = M.MARKET_REGION[market]
        num = M.gen_mobile(region, need_leet=(style == "leet"))
        if style == "spaced_digits":
            digits = re.sub(r"\D", "", M.national(num, region))
            rendered = " ".join(digits)
        else:
            rendered = M.fmt_phone(num, region, style, lang, market)
    checks.append((rendered, region, M.e164(num)))
    return rendered


def check_phone(ev: str, lang: str, region: str, e164: str) -> None:
    digits = M.decode_phone(ev, lang)
    num = phonenumbers.parse(digits, region)
    assert phonenumbers.is_valid_number(num), (ev, digits, region)
    assert phonenumbers.is_valid_number_for_region(num, region) or digits.startswith("+"), (ev, region)
    assert M.e164(num) == e164, (ev, digits, M.e164(num), e164)


# --------------------------------------------------------------------------- urls
_short = [0]


def gen_url(style: str, lang: str, market: str) -> str:
    if style != "short":
        return M.gen_url(style, lang, market, M.MARKET_REGION[market])
    kind = ["bitly", "tme", "wame", "tinyurl", "linktree", "discord", "tme", "wame"][_short[0] % 8]
    _short[0] += 1
    alnum = string.ascii_letters + string.digits
    if kind == "bitly":
        return "https://bit.ly/" + "".join(rng.choice(alnum) for _ in range(7))
    if kind == "tme":
        return "t.me/" + M.gen_handle(lang).replace(".", "_")
    if kind == "wame":
        return "wa.me/" + M.e164(M.gen_mobile(M.MARKET_REGION[market]))[1:]
    if kind == "tinyurl":
        return "tinyurl.com/" + "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(8))
    if kind == "linktree":
        return "linktr.ee/" + M.gen_handle(lang).replace(".", "_")
    return "discord.gg/" + "".join(rng.choice(alnum) for _ in range(8))


# --------------------------------------------------------------------------- rendering
TOKEN_RE = re.compile(r"<<(\w+)\|(.*?)>>|\{(\w+)(?::(\w+))?\}", re.S)


def render(tpl: str, lang: str, market: str, slots: dict, checks: list, emails: list):
    text: list[str] = []
    evidence: list[str] = []
    codes: list[str] = []
    styles: dict[str, str] = {}

    def value(name: str, style: str | None):
        if name == "email":
            e = M.gen_email(lang)
            raw = disguise_email(e, style, lang)
            emails.append((raw, e))
            styles["email"] = style
            return raw, "email"
        if name == "phone":
            styles["phone"] = style
            return new_phone(lang, market, style, checks), "phone"
        if name == "url":
            styles["url"] = style
            return gen_url(style, lang, market), "url"
        if name == "iban":
            styles["iban"] = "iban"
            return M.gen_iban(lang, market), "payment"
        if name == "handle":
            return M.gen_handle(lang), None
        if name == "handle_dot":
            return M.gen_handle(lang, dotted=True), None
        return slots[name], None

    def sub_inner(s: str) -> str:
        def rep(m):
            v, code = value(m.group(1), m.group(2))
            if code:
                codes.append(code)
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
    assert not re.search(r"\{(?!at\}|dot\})\w+", out) and "<<" not in out, out
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
        return EMAIL_KIND.get(styles["email"], "email_" + styles["email"])
    if "phone" in raw:
        return "phone_" + styles["phone"]
    if "url" in raw:
        return "url_" + styles["url"]
    raise ValueError(raw)


URL_RE = re.compile(r"(https?://|www\.)\S+|\b[\w-]+\.(com|fr|de|es|it|nl|pl|pt|be|ch|at|lu|ie|uk|eu|"
                    r"shop|ly|me|gg|ee|net|org|info)\b(/\S*)?", re.I)


def negative_problems(text: str, lang: str, market: str) -> list[str]:
    """Phone-like strings are looked for with the message's market and the language's main market."""
    probs = []
    for mk in sorted({market, LANG_MARKETS[lang][0]}):
        hits = [h.raw_string for h in phonenumbers.PhoneNumberMatcher(
            text, M.MARKET_REGION[mk], leniency=phonenumbers.Leniency.VALID)]
        if hits:
            probs.append(f"phone-like {hits} for {mk}")
    if "@" in text.replace(SUPPORT_MAIL, ""):
        probs.append("@")
    for m in URL_RE.finditer(text):
        if not m.group(0).lower().startswith(("swapiphone.", "www.swapiphone.", "https://www.swapiphone.")):
            probs.append(f"url {m.group(0)}")
    return probs


def pick_market(lang: str) -> str:
    ms, ws = zip(*M.MARKET_WEIGHTS[lang])
    return rng.choices(ms, ws)[0]


def build_lang(lang: str) -> list[dict]:
    fr = F[lang]
    items = [(None, t, False) for t in fr["POS"]]
    items += [(k, t, True) for k, t in fr["HARD"]]
    items += [("plain", t, True) for t in fr["PLAIN"]]
    msgs = []
    for kind, tpl, negative in items:
        upper = tpl.startswith("^^")
        if upper:
            tpl = tpl[2:]
        for attempt in range(200):
            mk = pick_market(lang)
            slots = M.neg_slots(lang, mk)
            checks: list = []
            emails: list = []
            text, ev, codes, styles, raw = render(tpl, lang, mk, slots, checks, emails)
            if negative:
                assert not codes
                if negative_problems(text, lang, mk):
                    continue
            for rendered, reg, num in checks:
                check_phone(rendered, lang, reg, num)
            for rawmail, orig in emails:
                assert decode_email(rawmail) == orig.lower(), (rawmail, orig)
            if upper:
                text, ev = text.upper(), [e.upper() for e in ev]
                for rendered, reg, num in checks:
                    check_phone(rendered.upper(), lang, reg, num)
            k = kind or infer_kind(raw, styles)
            msgs.append({"lang": lang, "market": mk, "text": text, "expected": codes,
                         "evidence": ev, "kind": k, "_phones": checks, "_emails": emails})
            break
        else:
            raise RuntimeError(f"could not render a clean negative ({lang}): {tpl}")
    rng.shuffle(msgs)
    for n, m in enumerate(msgs, 1):
        m["id"] = f"ho-{lang}-{n:04d}"
    return msgs


# --------------------------------------------------------------------------- checks / tables
def check_record(m: dict) -> list[str]:
    errs = []
    pos = 0
    for e in m["evidence"]:
        k = m["text"].find(e, pos)
        if k < 0:
            errs.append(f"{m['id']}: evidence not in text (in order): {e!r}")
        else:
            pos = k + len(e)
    if bool(m["expected"]) != bool(m["evidence"]):
        errs.append(f"{m['id']}: expected/evidence mismatch")
    if not set(m["expected"]) <= set(CODES.values()):
        errs.append(f"{m['id']}: unknown code")
    if m["expected"] != sorted(set(m["expected"])):
        errs.append(f"{m['id']}: expected not sorted/unique")
    if not m["expected"]:
        errs += [f"{m['id']}: {p}" for p in negative_problems(m["text"], m["lang"], m["market"])]
    return errs


def tables(msgs: list[dict]) -> str:
    out = []
    neg = [m for m in msgs if not m["expected"]]
    hard = [m for m in neg if m["kind"] != "plain"]
    out.append(f"Total {len(msgs)} messages: {len(msgs) - len(neg)} positive, {len(hard)} hard negative "
               f"({100 * len(hard) / len(msgs):.1f}%), {len(neg) - len(hard)} plain; "
               f"{sum(len(m['expected']) > 1 for m in msgs)} positives carry several codes.\n")
    out.append("| lang | total | positive | hard negative | plain | markets |")
    out.append("|---|---|---|---|---|---|")
    for lang in LANGS:
        L = [m for m in msgs if m["lang"] == lang]
        p = sum(bool(m["expected"]) for m in L)
        h = sum(not m["expected"] and m["kind"] != "plain" for m in L)
        pl = sum(m["kind"] == "plain" for m in L)
        mk = ", ".join(f"{a} {b}" for a, b in Counter(m["market"] for m in L).most_common())
        out.append(f"| {lang} | {len(L)} | {p} | {h} ({100 * h / len(L):.0f}%) | {pl} | {mk} |")
    out.append("\nMessages carrying each code:\n")
    out.append("| code | " + " | ".join(LANGS) + " | total |")
    out.append("|---|" + "---|" * (len(LANGS) + 1))
    for code in sorted(CODES.values()):
        row = [sum(code in m["expected"] for m in msgs if m["lang"] == lang) for lang in LANGS]
        out.append(f"| {code} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    out.append("\n| kind | count | | kind | count |")
    out.append("|---|---|---|---|---|")
    kc = sorted(Counter(m["kind"] for m in msgs).items())
    half = (len(kc) + 1) // 2
    for i in range(half):
        a = kc[i]
        b = kc[i + half] if i + half < len(kc) else ("", "")
        out.append(f"| {a[0]} | {a[1]} | | {b[0]} | {b[1]} |")
    return "\n".join(out)


def main() -> int:
    if "--check" in sys.argv:
        msgs = [json.loads(x) for x in OUT.read_text(encoding="utf-8").splitlines()]
        errs = [e for m in msgs for e in check_record(m)]
        ids = [m["id"] for m in msgs]
        if len(ids) != len(set(ids)):
            errs.append("duplicate ids")
        print(tables(msgs))
        print("\n" + ("\n".join(errs) if errs else "all checks passed"))
        return 1 if errs else 0
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    msgs = []
    for lang in LANGS:
        msgs.extend(build_lang(lang))
    errs = [e for m in msgs for e in check_record(m)]
    assert not errs, errs
    keys = ("id", "lang", "market", "text", "expected", "evidence", "kind")
    with OUT.open("w", encoding="utf-8") as fh:
        for m in msgs:
            fh.write(json.dumps({k: m[k] for k in keys}, ensure_ascii=False) + "\n")
    regions = Counter(reg for m in msgs for _, reg, _ in m["_phones"])
    print(tables(msgs))
    print(f"\nphone regions: {dict(sorted(regions.items()))}")
    print(f"wrote {len(msgs)} messages to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
