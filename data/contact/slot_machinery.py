"""Slot-filling machinery shared by the blind contact sets (heldout/, test/, final/, unseen/):
Faker slots, valid mobile numbers per region, Luhn IMEIs, carrier tracking formats, IBANs and the
phone/e-mail disguises, used by the dev generator (generate.py) and the blind sets alike. Each
loads it with its own SEED (the module seeds its RNG and Fakers at load).
Each set's messages.jsonl is committed; regenerating must reproduce it byte for byte.
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

# Each blind set seeds this module before it runs (see <set>/machinery.py).
SEED = globals().get("SEED", 20260427)

LANGS = ["fr", "de", "es", "it", "nl", "pl", "pt", "en"]
LANG_LOCALE = {"fr": "fr_FR", "de": "de_DE", "es": "es_ES", "it": "it_IT",
               "nl": "nl_NL", "pl": "pl_PL", "pt": "pt_PT", "en": "en_GB"}
# Faker locale used for addresses / IBANs of a (lang, market) pair.
MARKET_LOCALE = {("fr", "fr"): "fr_FR", ("fr", "be"): "nl_BE", ("fr", "ch"): "fr_CH",
                 ("fr", "lu"): "fr_FR", ("de", "de"): "de_DE", ("de", "at"): "de_AT",
                 ("de", "ch"): "de_CH", ("es", "es"): "es_ES", ("it", "it"): "it_IT",
                 ("nl", "nl"): "nl_NL", ("nl", "be"): "nl_BE", ("pl", "pl"): "pl_PL",
                 ("pt", "pt"): "pt_PT", ("en", "uk"): "en_GB", ("en", "ie"): "en_IE"}
MARKET_WEIGHTS = {"fr": [("fr", 70), ("be", 12), ("ch", 10), ("lu", 8)],
                  "de": [("de", 75), ("at", 15), ("ch", 10)],
                  "es": [("es", 1)], "it": [("it", 1)], "nl": [("nl", 80), ("be", 20)],
                  "pl": [("pl", 1)], "pt": [("pt", 1)], "en": [("uk", 80), ("ie", 20)]}
MARKET_REGION = {"fr": "FR", "be": "BE", "ch": "CH", "lu": "LU", "de": "DE", "at": "AT",
                 "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT", "uk": "GB",
                 "ie": "IE"}
MARKET_TLD = {"fr": "fr", "be": "be", "ch": "ch", "lu": "lu", "de": "de", "at": "at",
              "es": "es", "it": "it", "nl": "nl", "pl": "pl", "pt": "pt", "uk": "co.uk",
              "ie": "ie"}
# Phones of markets outside the eight languages (rotated over the set).
FOREIGN_REGIONS = ["SE", "FI", "DK", "CZ", "SK", "GR", "RO", "HU", "US"]
FOREIGN_LOCALE = {"SE": "sv_SE", "FI": "fi_FI", "DK": "da_DK", "CZ": "cs_CZ", "SK": "sk_SK",
                  "GR": "el_GR", "RO": "ro_RO", "HU": "hu_HU", "US": "en_US"}

CODES = {"email": "contact.email", "phone": "contact.phone", "url": "contact.url",
         "social": "contact.social", "marketplace": "contact.marketplace",
         "payment": "contact.payment", "details_request": "contact.details_request"}

rng = random.Random(SEED)
_fakers: dict[str, Faker] = {}


def fk(locale: str) -> Faker:
    if locale not in _fakers:
        f = Faker(locale)
        f.seed_instance(SEED + sum(ord(c) for c in locale))
        _fakers[locale] = f
    return _fakers[locale]


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe"})


def fold(s: str) -> str:
    """ASCII fold (accents removed)."""
    s = s.translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slugify(s: str, sep: str = "") -> str:
    s = fold(s).lower()
    s = re.sub(r"[^a-z0-9]+", sep, s)
    return s.strip(sep) or "x"


def fullwidth(s: str) -> str:
    out = []
    for c in s:
        if c == " ":
            out.append(" ")
        elif "!" <= c <= "~":
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440",
       "x": "\u0445", "y": "\u0443"}
CYR_BACK = {v: k for k, v in CYR.items()}

# ---------------------------------------------------------------------------
# numbers in words
# ---------------------------------------------------------------------------
FR_U = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
        "dix-neuf"]
FR_T = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_pair(n: int, variant: str = "fr") -> str:
    if n < 20:
        return FR_U[n]
    t, u = divmod(n, 10)
    tens = dict(FR_T)
    if variant in ("be", "ch"):
        tens[7] = "septante"
        tens[9] = "nonante"
    if variant == "ch":
        tens[8] = "huitante"
    if t in tens:
        b = tens[t]
        return b if u == 0 else (b + "-et-un" if u == 1 else b + "-" + FR_U[u])
    if t == 7:
        return "soixante-et-onze" if u == 1 else "soixante-" + FR_U[10 + u]
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + FR_U[u]
    return "quatre-vingt-" + FR_U[10 + u]


DE_U = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
        "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn",
        "achtzehn", "neunzehn"]
DE_T = {2: "zwanzig", 3: "dreißig", 4: "vierzig", 5: "fünfzig", 6: "sechzig", 7: "siebzig",
        8: "achtzig", 9: "neunzig"}


def de_pair(n: int) -> str:
    if n < 20:
        return DE_U[n]
    t, u = divmod(n, 10)
    return DE_T[t] if u == 0 else ("ein" if u == 1 else DE_U[u]) + "und" + DE_T[t]


NL_U = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
        "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
        "negentien"]
NL_T = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig", 7: "zeventig",
        8: "tachtig", 9: "negentig"}


def nl_pair(n: int) -> str:
    if n < 20:
        return NL_U[n]
    t, u = divmod(n, 10)
    if u == 0:
        return NL_T[t]
    w = NL_U[u]
    return w + ("ën" if w.endswith("e") else "en") + NL_T[t]


IT_U = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove",
        "dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici",
        "diciassette", "diciotto", "diciannove"]
IT_T = {2: "venti", 3: "trenta", 4: "quaranta", 5: "cinquanta", 6: "sessanta", 7: "settanta",
        8: "ottanta", 9: "novanta"}


def it_pair(n: int) -> str:
    if n < 20:
        return IT_U[n]
    t, u = divmod(n, 10)
    b = IT_T[t]
    if u == 0:
        return b
    if u in (1, 8):
        return b[:-1] + IT_U[u]
    if u == 3:
        return b + "tré"
    return b + IT_U[u]


DIGITS = {
    "fr": FR_U[:10],
    "de": DE_U[:10],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "it": IT_U[:10],
    "nl": NL_U[:10],
    "pl": ["zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem",
           "dziewięć"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}
PAIR_FN = {"de": de_pair, "nl": nl_pair, "it": it_pair}
PLUS_WORD = {"fr": "plus", "de": "plus", "es": "más", "it": "più", "nl": "plus", "pl": "plus",
             "pt": "mais", "en": "plus"}


def _norm_word(w: str) -> str:
    return fold(w).lower().strip(".:;!?'\"")


def _build_decoder() -> dict[str, dict[str, str]]:
    dec: dict[str, dict[str, str]] = {}
    for lang, words in DIGITS.items():
        d = {_norm_word(w): str(i) for i, w in enumerate(words)}
        d[_norm_word(PLUS_WORD[lang])] = "+"
        dec[lang] = d
    dec["de"]["zwo"] = "2"
    dec["nl"]["een"] = "1"
    dec["en"]["oh"] = "0"
    for n in range(10, 100):
        for v in ("fr", "be", "ch"):
            w = fr_pair(n, v)
            dec["fr"][_norm_word(w)] = f"{n:02d}"
            dec["fr"][_norm_word(w.replace("-et-", " et "))] = f"{n:02d}"
        for lang, fn in PAIR_FN.items():
            dec[lang][_norm_word(fn(n))] = f"{n:02d}"
    return dec


DECODER = _build_decoder()
LEET_RE = re.compile(r"^[0-9olisb|+().\-/]+$")
LEET_MAP = str.maketrans({"o": "0", "l": "1", "i": "1", "|": "1", "s": "5", "b": "8"})


def decode_phone(s: str, lang: str) -> str:
    """Map a phone evidence (digits, leet, full-width, words) back to '+digits'/digits."""
    s = unicodedata.normalize("NFKC", s)
    toks = [t for t in re.split(r"[\s,;]+", s) if t and t not in ("-", "–", "...")]
    out: list[str] = []
    i = 0
    d = DECODER[lang]
    while i < len(toks):
        for width in (4, 3, 2, 1):
            if i + width > len(toks):
                continue
            key = " ".join(_norm_word(t) for t in toks[i:i + width])
            if key in d:
                out.append(d[key])
                i += width
                break
        else:
            t = toks[i].lower()
            if lang == "en" and t in ("double", "triple") and i + 1 < len(toks):
                nxt = DECODER["en"].get(_norm_word(toks[i + 1])) or toks[i + 1]
                out.append(nxt * (2 if t == "double" else 3))
                i += 2
                continue
            if LEET_RE.match(t):
                out.append(re.sub(r"[^0-9+]", "", t.translate(LEET_MAP)))
                i += 1
                continue
            raise ValueError(f"cannot decode token {toks[i]!r} in {s!r}")
    digits = "".join(out)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    return digits


def check_phone_evidence(ev: str, lang: str, region: str, e164: str) -> None:
    digits = decode_phone(ev, lang)
    num = phonenumbers.parse(digits, region)
    assert phonenumbers.is_valid_number(num), (ev, digits, region)
    got = phonenumbers.format_number(num, PNF.E164)
    assert got == e164, (ev, digits, got, e164)


AT_WORDS = r"arobase|chez|klammeraffe|chiocciola|arroba|małpa|apenstaartje|at"
DOT_WORDS = r"point|punkt|punto|kropka|ponto|punt|dot"


def decode_email(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = "".join(CYR_BACK.get(c, c) for c in s)
    s = re.sub(r"\s*[\[(]\s*at\s*[\])]\s*", "@", s, flags=re.I)
    s = re.sub(r"\s*[\[(]\s*dot\s*[\])]\s*", ".", s, flags=re.I)
    s = re.sub(rf"\s+({AT_WORDS})\s+", "@", s, flags=re.I)
    s = re.sub(rf"\s+({DOT_WORDS})\s+", ".", s, flags=re.I)
    return s.replace(" ", "")


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------
def _d(n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


MOBILE_NSN = {
    "FR": lambda: rng.choice(["6", "7"]) + _d(8),
    "BE": lambda: "4" + rng.choice("6789") + _d(7),
    "CH": lambda: "7" + rng.choice("5689") + _d(7),
    "LU": lambda: "6" + rng.choice("269") + "1" + _d(6),
    "DE": lambda: rng.choice(["151", "152", "157", "160", "162", "163", "170", "171", "172",
                              "173", "174", "175", "176", "177", "178", "179"]) + _d(rng.choice([7, 8])),
    "AT": lambda: rng.choice(["650", "660", "664", "676", "680", "681", "699"]) + _d(rng.choice([6, 7])),
    "ES": lambda: "6" + _d(8),
    "IT": lambda: "3" + rng.choice(["20", "24", "27", "28", "29", "30", "33", "34", "35", "38",
                                    "39", "40", "45", "46", "47", "48", "49"]) + _d(7),
    "NL": lambda: "6" + rng.choice("12345") + _d(7),
    "PL": lambda: rng.choice("5678") + _d(8),
    "PT": lambda: "9" + rng.choice("1236") + _d(7),
    "GB": lambda: "7" + rng.choice("4589") + _d(8),
    "IE": lambda: "8" + rng.choice("35679") + _d(7),
    "SE": lambda: "7" + rng.choice("0236") + _d(7),
    "FI": lambda: "4" + rng.choice("0124") + _d(7),
    "DK": lambda: rng.choice("2345") + _d(7),
    "CZ": lambda: rng.choice("67") + _d(8),
    "SK": lambda: "9" + rng.choice("01") + _d(7),
    "GR": lambda: "69" + rng.choice("0345789") + _d(7),
    "RO": lambda: "7" + rng.choice("2345") + _d(7),
    "HU": lambda: rng.choice(["20", "30", "70"]) + _d(7),
    "US": lambda: rng.choice(["212", "213", "305", "312", "415", "512", "617", "646", "702",
                              "718", "917"]) + rng.choice("23456789") + _d(2) + _d(4),
}


def gen_mobile(region: str, need_leet: bool = False) -> phonenumbers.PhoneNumber:
    cc = phonenumbers.country_code_for_region(region)
    for _ in range(5000):
        nsn = MOBILE_NSN[region]()
        num = phonenumbers.parse(f"+{cc}{nsn}")
        if not phonenumbers.is_valid_number(num):
            continue
        if phonenumbers.region_code_for_number(num) != region:
            continue
        if phonenumbers.number_type(num) not in (phonenumbers.PhoneNumberType.MOBILE,
                                                 phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            continue
        if need_leet and sum(c in "0158" for c in national(num, region)) < 3:
            continue
        return num
    raise RuntimeError(region)


def faker_phone(region: str, locale: str) -> phonenumbers.PhoneNumber | None:
    """A Faker phone_number() for the locale, kept only if phonenumbers says it's valid."""
    for _ in range(30):
        raw = fk(locale).phone_number()
        try:
            num = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if (phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region
                and phonenumbers.number_type(num) in (phonenumbers.PhoneNumberType.MOBILE,
                                                      phonenumbers.PhoneNumberType.FIXED_LINE,
                                                      phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)):
            return num
    return None


def national(num, region: str) -> str:
    s = phonenumbers.format_number(num, PNF.NATIONAL)
    if region == "DE":  # Germans write 0151 23456789, not 01512 3456789
        dg = re.sub(r"\D", "", s)
        if dg.startswith("01"):
            s = dg[:4] + " " + dg[4:]
    return s


def intl(num) -> str:
    return phonenumbers.format_number(num, PNF.INTERNATIONAL)


def e164(num) -> str:
    return phonenumbers.format_number(num, PNF.E164)


def chunks(num, region: str) -> list[str]:
    out = []
    for g in re.sub(r"[^\d ]", " ", national(num, region)).split():
        while len(g) > 4:
            out.append(g[:3])
            g = g[3:]
        out.append(g)
    return out


def spell_chunk(ch: str, lang: str, market: str) -> str:
    words = DIGITS[lang]
    if lang == "fr":
        if len(ch) % 2 == 0:
            parts = []
            for k in range(0, len(ch), 2):
                p = ch[k:k + 2]
                if p[0] == "0":
                    parts.append(words[0] + " " + words[int(p[1])])
                else:
                    parts.append(fr_pair(int(p), market if market in ("be", "ch") else "fr"))
            return " ".join(parts)
        return " ".join(words[int(c)] for c in ch)
    if lang in PAIR_FN and len(ch) % 2 == 0 and rng.random() < 0.35:
        parts = []
        for k in range(0, len(ch), 2):
            p = ch[k:k + 2]
            parts.append(words[0] + " " + words[int(p[1])] if p[0] == "0" else PAIR_FN[lang](int(p)))
        return " ".join(parts)
    if lang == "en":
        out, k = [], 0
        while k < len(ch):
            c = ch[k]
            run = 1
            while k + run < len(ch) and ch[k + run] == c and run < 3:
                run += 1
            w = "oh" if c == "0" else words[int(c)]
            if run >= 2 and rng.random() < 0.8:
                out.append(("double " if run == 2 else "triple ") + w)
            else:
                out.extend([w] * run)
            k += run
        return " ".join(out)
    ws = [words[int(c)] for c in ch]
    if lang == "de" and rng.random() < 0.4:
        ws = ["zwo" if w == "zwei" else w for w in ws]
    return " ".join(ws)


def unaccent_sometimes(s: str, p: float = 0.3) -> str:
    return fold(s) if rng.random() < p else s


def fmt_phone(num, region: str, style: str, lang: str, market: str) -> str:
    nat = national(num, region)
    if style == "national":
        return nat if rng.random() < 0.8 else re.sub(r"\D", "", nat)
    if style == "intl":
        return intl(num) if rng.random() < 0.7 else e164(num)
    if style == "zerozero":
        return "00" + intl(num)[1:]
    if style == "separators":
        groups = nat.replace("-", " ").split()
        ch = ["dots", "slash", "paren", "dashes"][_sep_counter[0] % 4]
        _sep_counter[0] += 1
        if ch == "dots":
            return ".".join(groups)
        if ch == "dashes":
            return "-".join(groups)
        if ch == "slash":
            return groups[0] + "/" + "".join(groups[1:])
        cc = f"+{num.country_code}"
        if nat.startswith("0") and region != "HU":
            return f"{cc} (0){intl(num)[len(cc):]}"
        return f"({cc}) {nat}"
    if style == "leet":
        s = nat
        pos = [k for k, c in enumerate(s) if c in "0158"]
        pick = set(rng.sample(pos, max(2, len(pos) * 2 // 3)))
        out = []
        for k, c in enumerate(s):
            if k in pick:
                if c == "1":
                    _sep_counter[1] += 1
                c = {"0": "O", "5": "S", "8": "B", "1": "lI"[_sep_counter[1] % 2]}[c]
            out.append(c)
        return "".join(out)
    if style == "fullwidth":
        s = nat if rng.random() < 0.6 else intl(num)
        return fullwidth(s)
    if style in ("spelled", "mixed"):
        chs = chunks(num, region)
        sep = rng.choice([", ", " ", " - ", ", "])
        if style == "spelled":
            parts = [spell_chunk(c, lang, market) for c in chs]
        else:
            start = rng.randint(0, 1)
            parts = [spell_chunk(c, lang, market) if (k + start) % 2 else c for k, c in enumerate(chs)]
            sep = " " if rng.random() < 0.6 else sep
        s = sep.join(parts)
        return unaccent_sometimes(s, 0.25)
    raise ValueError(style)


# ---------------------------------------------------------------------------
# e-mails, urls, handles, ibans
# ---------------------------------------------------------------------------
MAIL_DOMAINS = {
    "fr": ["gmail.com", "orange.fr", "free.fr", "hotmail.fr", "laposte.net", "sfr.fr", "yahoo.fr"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "gmx.at", "bluewin.ch", "freenet.de"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it", "hotmail.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "telenet.be", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com", "outlook.pt", "netcabo.pt"],
    "en": ["gmail.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "btinternet.com"],
}
# (at-word, dot-word or None) per "at_local" e-mail recipe of each language
AT_RECIPES = {
    "fr": [("arobase", "point"), ("arobase", None), ("chez", "point"), ("chez", None)],
    "de": [("Klammeraffe", "punkt"), ("Klammeraffe", None), ("at", "Punkt")],
    "es": [("arroba", "punto"), ("arroba", None), ("arroba", "punto")],
    "it": [("chiocciola", "punto"), ("chiocciola", None), ("chiocciola", "punto")],
    "nl": [("apenstaartje", "punt"), ("apenstaartje", None), ("at", "punt")],
    "pl": [("małpa", "kropka"), ("małpa", None), ("małpa", "kropka")],
    "pt": [("arroba", "ponto"), ("arroba", None), ("arroba", "ponto")],
    "en": [("at", "dot"), ("at", None), ("at", "dot")],
}


def gen_email(lang: str) -> str:
    f = fk(LANG_LOCALE[lang])
    first, last = slugify(f.first_name()), slugify(f.last_name())
    local = rng.choice([f"{first}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                        f"{first[0]}.{last}", f"{first}_{last}", f"{first}.{last[0]}{rng.randint(70, 99)}",
                        f"{last}.{first}"])
    dom = rng.choice(MAIL_DOMAINS[lang]) if rng.random() < 0.75 else f.free_email_domain()
    return f"{local}@{dom}"


def disguise_email(email: str, style: str, lang: str, variant: int) -> str:
    local, dom = email.split("@")
    if style == "plain":
        return email
    if style.startswith("at_local"):
        at, dot = AT_RECIPES[lang][int(style[8:])]
        if dot and rng.random() < 0.2:
            dot = dot.upper()
        return f"{local} {at} {dom.replace('.', f' {dot} ') if dot else dom}"
    if style == "bracket":
        sp = " " if rng.random() < 0.5 else ""
        return f"{local}{sp}[at]{sp}{dom.replace('.', f'{sp}[dot]{sp}')}"
    if style == "paren":
        if variant % 2 == 0:
            sp = " " if rng.random() < 0.5 else ""
            return f"{local}{sp}(at){sp}{dom.replace('.', f'{sp}(dot){sp}')}"
        return f"{local} at {dom.replace('.', ' dot ')}"
    if style == "spaced":
        return " ".join(email)
    if style == "homoglyph":
        pos = [k for k, c in enumerate(email) if c in CYR]
        pick = set(rng.sample(pos, min(len(pos), rng.randint(2, 4))))
        return "".join(CYR[c] if k in pick else c for k, c in enumerate(email))
    if style == "fullwidth":
        return fullwidth(email)
    raise ValueError(style)


SHOP_SUFFIX = {"fr": ["-mobiles", "-phones", "reconditionne", "-smartphones"],
               "de": ["-handys", "-phones", "-refurbished", "handyshop"],
               "es": ["-moviles", "-phones", "moviles", "-reacondicionados"],
               "it": ["-telefonia", "-phones", "cellulari", "-ricondizionati"],
               "nl": ["-telefoons", "-phones", "mobiel", "-refurbished"],
               "pl": ["-telefony", "-gsm", "smartfony", "-phones"],
               "pt": ["-telemoveis", "-phones", "gsm", "-recondicionados"],
               "en": ["-phones", "-mobiles", "refurbs", "-tech"]}
URL_PATHS = {"fr": ["boutique", "annonces", "produits/iphone-13-128go", "catalogue", "promo"],
             "de": ["shop", "angebote", "produkte/iphone-13", "gebraucht", "sale"],
             "es": ["tienda", "ofertas", "productos/iphone-13", "catalogo", "moviles"],
             "it": ["negozio", "offerte", "prodotti/iphone-13", "catalogo", "usato"],
             "nl": ["winkel", "aanbod", "producten/iphone-13", "occasions", "shop"],
             "pl": ["sklep", "oferty", "produkty/iphone-13", "promocje", "telefony"],
             "pt": ["loja", "promocoes", "produtos/iphone-13", "catalogo", "usados"],
             "en": ["shop", "deals", "products/iphone-13-128gb", "catalogue", "used-phones"]}


def gen_handle(lang: str, dotted: bool = False) -> str:
    f = fk(LANG_LOCALE[lang])
    first, last = slugify(f.first_name()), slugify(f.last_name())
    if dotted:
        return f"{first}.{last}"
    return rng.choice([f"{first}_{rng.choice(['phones', 'mobile', 'refurb', 'tech', 'store', 'deals'])}",
                       f"{first}.{last}", f"{first}{last[:3]}{rng.randint(1, 99)}"])


_short_counter = [0]
_sep_counter = [0, 0]  # [separator rotation, leet 1 -> l/I rotation]


def gen_url(style: str, lang: str, market: str, region: str) -> str:
    f = fk(LANG_LOCALE[lang])
    slug = slugify(f.last_name(), "-") + rng.choice(SHOP_SUFFIX[lang])
    tld = rng.choice([MARKET_TLD[market]] * 3 + ["com", "shop", "eu"])
    if style == "https":
        www = "www." if rng.random() < 0.6 else ""
        return f"https://{www}{slug}.{tld}/{rng.choice(URL_PATHS[lang])}"
    if style == "www":
        return f"www.{slug}.{tld}"
    if style == "bare":
        return f"{slug}.{tld}" if rng.random() < 0.7 else f"mon-shop.{tld}" if lang == "fr" else f"{slug}.{tld}/{rng.choice(URL_PATHS[lang])}"
    if style == "short":
        kind = ["bitly", "tme", "wame", "discord"][_short_counter[0] % 4]
        _short_counter[0] += 1
        alnum = string.ascii_letters + string.digits
        if kind == "bitly":
            return "bit.ly/" + "".join(rng.choice(alnum) for _ in range(7))
        if kind == "tme":
            return "t.me/" + gen_handle(lang).replace(".", "_")
        if kind == "wame":
            return "https://wa.me/" + e164(gen_mobile(region))[1:]
        return "discord.gg/" + "".join(rng.choice(alnum) for _ in range(8))
    raise ValueError(style)


def gen_iban(lang: str, market: str) -> str:
    loc = MARKET_LOCALE.get((lang, market), LANG_LOCALE[lang])
    if market == "lu":
        loc = "fr_FR"
    ib = fk(loc).iban()
    if rng.random() < 0.75:
        ib = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4))
    return ib


# ---------------------------------------------------------------------------
# hard-negative slot values
# ---------------------------------------------------------------------------
def luhn_check(payload: str) -> str:
    tot = 0
    for k, ch in enumerate(reversed(payload)):
        v = int(ch)
        if k % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_check(num[:-1]) == num[-1]


TACS = ["35209900", "35391110", "35332811", "35925406", "35674108", "35407115", "86769104",
        "35899809", "35328115", "35846411", "35161509", "35438212"]


def gen_imei() -> str:
    p = rng.choice(TACS) + _d(6)
    return p + luhn_check(p)


def s10(prefix: str, country: str) -> str:
    serial = _d(8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(serial, w)) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return f"{prefix}{serial}{c}{country}"


def ups() -> str:
    body = "".join(rng.choice(SER) for _ in range(6)) + rng.choice(["01", "02", "03", "12", "13", "66"]) + _d(7)
    tot = 0
    for k, ch in enumerate(body, start=1):
        v = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        tot += v * (2 if k % 2 == 0 else 1)
    return "1Z" + body + str((10 - tot % 10) % 10)


def dhl10() -> str:
    n = rng.choice("123456789") + _d(8)
    return n + str(int(n) % 7)


def ean13(prefix: str) -> str:
    p = prefix + _d(12 - len(prefix))
    s = sum(int(c) * (1 if k % 2 == 0 else 3) for k, c in enumerate(p))
    return p + str((10 - s % 10) % 10)


UP = string.ascii_uppercase
SER = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
MODEL_NOS = ["A2403", "A2633", "A2482", "A2172", "A2221", "A2890", "A2846", "A3090", "A2342",
             "SM-G991B", "SM-G998B", "SM-S901B", "SM-S911B", "SM-A536B", "SM-A546B", "SM-G781B",
             "2201123G", "GD1YQ"]
MODELS = ["iPhone 12", "iPhone 13 mini", "iPhone 13", "iPhone 14 Pro", "iPhone SE 2022",
          "iPhone 11", "Galaxy S21", "Galaxy S22", "Galaxy A54", "Pixel 7", "Xiaomi 12",
          "iPhone 12 Pro", "Galaxy S23"]


def fmt_price(v: float, lang: str, market: str) -> str:
    if lang == "pl":  # złoty
        v = round(v * 4.3) + (v - int(v))
    euros = int(v)
    cents = int(round((v - euros) * 100))
    if lang == "en" and market == "uk":
        return f"£{euros:,}.{cents:02d}"
    if lang == "en":
        return f"€{euros:,}.{cents:02d}"
    if market == "ch":
        return f"CHF {euros:,}".replace(",", "'") + (".–" if cents == 0 else f".{cents:02d}")
    thou = {"fr": " ", "pl": " ", "pt": " "}.get(lang, ".")
    body = f"{euros:,}".replace(",", thou) + f",{cents:02d}"
    if lang == "pl":
        return body + " zł"
    if lang == "nl":
        return "€ " + body
    return body + " €"


def fmt_date(lang: str) -> tuple[str, str]:
    m, d = rng.randint(3, 7), rng.randint(1, 28)
    h, mi = rng.randint(8, 18), rng.choice([0, 15, 30, 45])
    date = {"de": f"{d:02d}.{m:02d}.2026", "pl": f"{d:02d}.{m:02d}.2026",
            "nl": f"{d:02d}-{m:02d}-2026"}.get(lang, f"{d:02d}/{m:02d}/2026")
    if lang in ("fr", "pt"):
        time = f"{h}h{mi:02d}" if mi else f"{h}h"
    elif lang == "en":
        time = f"{(h - 1) % 12 + 1}:{mi:02d}{'am' if h < 12 else 'pm'}"
    else:
        time = f"{h}:{mi:02d}"
    return date, time


def gen_address(lang: str, market: str) -> str:
    if market == "lu":
        f = fk("fr_FR")
        return f"{rng.randint(1, 120)}, rue {f.last_name()}, L-{rng.randint(1111, 9999)} " + rng.choice(
            ["Luxembourg", "Esch-sur-Alzette", "Differdange", "Dudelange", "Ettelbruck"])
    f = fk(MARKET_LOCALE[(lang, market)])
    return re.sub(r",?\s*\n\s*", ", ", f.address()).replace(",,", ",")


def neg_slots(lang: str, market: str) -> dict[str, str]:
    f = fk(MARKET_LOCALE.get((lang, market), LANG_LOCALE[lang]) if market != "lu" else "fr_FR")
    fl = fk(LANG_LOCALE[lang])
    date, time = fmt_date(lang)
    imei = gen_imei()
    storage = rng.choice([64, 128, 128, 256, 256, 512])
    order_styles = [lambda: f"2026{rng.randint(3, 6):02d}{rng.randint(1, 28):02d}{_d(5)}",
                    lambda: f"{_d(4)}-{_d(4)}-{_d(2)}",
                    lambda: f"{rng.choice('123456789')}{_d(8)}",
                    lambda: f"{rng.choice(UP)}{rng.choice(UP)}{_d(8)}"]
    cc = {"fr": "FR", "de": "DE", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT",
          "en": "GB" if market == "uk" else "IE"}[lang]
    return {
        "bname": fl.first_name(), "sname": fl.first_name(), "slast": fl.last_name(),
        "city": f.city(), "postcode": f.postcode() if market != "lu" else f"L-{rng.randint(1111, 9999)}",
        "address": gen_address(lang, market),
        "model": rng.choice(MODELS), "model_no": rng.choice(MODEL_NOS),
        "storage": f"{storage} {'Go' if lang == 'fr' else 'GB'}",
        "battery": str(rng.randint(79, 100)), "mah": rng.choice(["2815", "3095", "3240", "3279", "4000", "4323", "4500", "5000"]),
        "price": fmt_price(rng.randint(129, 899) + rng.choice([0, 0, 0.99, 0.5]), lang, market),
        "price_big": fmt_price(rng.randint(899, 1799) + rng.choice([0, 0.99]), lang, market),
        "date": date, "time": time,
        "order": rng.choice(order_styles)(),
        "order_sw": f"SWP-2026-{_d(6)}",
        "imei": imei,
        "imei_spaced": f"{imei[:2]} {imei[2:8]} {imei[8:14]} {imei[14]}",
        "serial_apple": rng.choice("CDFGH") + rng.choice("0123456789") + "".join(rng.choice(SER) for _ in range(10)),
        "serial_samsung": "R5" + rng.choice("28") + rng.choice("NRT") + _d(2) + "".join(rng.choice(SER) for _ in range(6)),
        "ean": rng.choice([ean13("0194252"), ean13("8806094"), ean13("6941812"), ean13("0840244")]),
        "rma": rng.choice([f"RMA-26-{_d(6)}", f"RMA{_d(8)}", f"RMA {_d(4)} {_d(4)}"]),
        "invoice": rng.choice([f"FA-2026-{_d(5)}", f"2026/{_d(6)}", f"INV-{_d(7)}", f"F{_d(9)}"]),
        # carriers
        "colissimo": rng.choice(["6A", "6C", "8R", "6H"]) + _d(11),
        "s10_fr": s10(rng.choice(["LX", "RR", "CP", "EE"]), "FR"),
        "s10_es": s10(rng.choice(["RR", "CD", "PK"]), "ES"),
        "s10_it": s10(rng.choice(["RR", "CP", "RA"]), "IT"),
        "s10_pt": s10(rng.choice(["RR", "RL", "EA", "DA"]), "PT"),
        "s10_pl": s10(rng.choice(["RR", "CP"]), "PL"),
        "s10_gb": s10(rng.choice(["TT", "AB", "RR", "LE", "QA"]), "GB"),
        "s10_ie": s10(rng.choice(["CE", "RR", "LX"]), "IE"),
        "s10": s10(rng.choice(["RR", "CP"]), cc),
        "dhl10": dhl10(),
        "jjd": "JJD" + "0" + _d(17),
        "dhl_paket": "00340434" + _d(12),
        "hermes": "H10" + _d(17),
        "evri": "H" + _d(2) + "".join(rng.choice(UP) for _ in range(3)) + _d(10),
        "ups": ups(),
        "gls": rng.choice("5679") + _d(rng.choice([10, 11])),
        "dpd14": rng.choice(["0", "1"]) + rng.choice("123456789") + _d(12),
        "inpost": rng.choice("56") + _d(23),
        "pp20": "00659007734" + _d(9),
        "postnl": "3S" + "".join(rng.choice(UP) for _ in range(4)) + _d(rng.choice([7, 9])),
        "bpost": "3232" + _d(20),
        "correos_pq": "PQ" + _d(1) + rng.choice(UP) + _d(1) + rng.choice(UP) + _d(16) + rng.choice(UP),
        "brt": "1" + _d(14),
    }


