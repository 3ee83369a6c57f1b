"""URLs and bare domains: https://..., www.x.fr, x.fr, bit.ly/..., t.me/..., wa.me/...

Bare domains need a known TLD (screening.text.patterns.TLDS) so "photo.jpg" or "v2.5" are not
links, and a capitalised word after a dot with no space ("reçu.Bonne journée") is read as a
missing space, not as a domain.
"""

from __future__ import annotations

from dataclasses import dataclass

import re

from screening.text.patterns import BARE_DOMAIN, TLD_PATTERN, URL_WITH_SCHEME, URL_WWW
from screening.text.view import TextView

# Links that open a chat or a profile elsewhere: named in the finding's detail.
MESSAGING_LINKS = {
    "t.me": "Telegram",
    "telegram.me": "Telegram",
    "wa.me": "WhatsApp",
    "chat.whatsapp.com": "WhatsApp",
    "m.me": "Messenger",
    "discord.gg": "Discord",
    "discord.com": "Discord",
    "signal.me": "Signal",
    "instagram.com": "Instagram",
    "instagr.am": "Instagram",
    "facebook.com": "Facebook",
    "fb.me": "Facebook",
    "fb.com": "Facebook",
    "snapchat.com": "Snapchat",
    "tiktok.com": "TikTok",
    "x.com": "X",
    "twitter.com": "X",
    "viber.com": "Viber",
    "line.me": "Line",
    "paypal.me": "PayPal",
    "linktr.ee": "Linktree",
}
SHORTENERS = frozenset(
    {
        "bit.ly",
        "tinyurl.com",
        "goo.gl",
        "ow.ly",
        "t.co",
        "is.gd",
        "buff.ly",
        "rebrand.ly",
        "cutt.ly",
        "shorturl.at",
        "rb.gy",
        "tiny.cc",
        "s.id",
        "lnkd.in",
    }
)
# Labels too common as words to start a domain ("le.fr" from "le point fr").
_WORD_LABELS = frozenset(
    {
        "le",
        "la",
        "les",
        "un",
        "une",
        "de",
        "du",
        "des",
        "ce",
        "mon",
        "ton",
        "son",
        "the",
        "a",
        "an",
        "das",
        "der",
        "die",
        "el",
        "il",
        "lo",
        "het",
        "een",
        "o",
        "um",
        "na",
        "w",
        "z",
        "i",
        "e",
        "y",
        "u",
        "s",
        "n",
        "p",
        "ex",
        "eg",
        "ie",
        "zb",
        "bzw",
        "usw",
        "etc",
        "no",
        "nr",
        "tel",
        "ca",
        "env",
        "min",
        "max",
        "st",
        "dr",
        "mr",
        "mme",
        "m",
    }
)


@dataclass(frozen=True, slots=True)
class LinkHit:
    start: int
    end: int
    host: str
    detail: str


def _host_of(url: str) -> str:
    host = url.split("://", 1)[-1].split("/", 1)[0].split("?", 1)[0].replace(" ", "")
    return host[4:] if host.startswith("www.") else host


def _describe(host: str) -> str:
    for known, name in MESSAGING_LINKS.items():
        if host == known or host.endswith("." + known):
            return f"link to {name} ({known})"
    if host in SHORTENERS:
        return f"shortened link ({host})"
    return "link to an outside website"


def find_links(compact: TextView, original: str, email_spans: list[tuple[int, int]]) -> list[LinkHit]:
    text = compact.text
    hits: list[LinkHit] = []
    if "." not in text:
        return hits
    # Which characters links already took (in `text`) and addresses hold (in `original`), as masks:
    # testing a position is then constant time, where scanning every earlier span was quadratic
    # in a text of hundreds of links.
    taken = bytearray(len(text) + 1)
    in_address = bytearray(len(original) + 1)
    for s, e in email_spans:
        in_address[s:e] = b"\x01" * max(0, e - s)

    def add(start: int, end: int, host: str) -> None:
        o_start, o_end = compact.to_original(start, end)
        if 1 in in_address[o_start:o_end]:
            return
        taken[start:end] = b"\x01" * (end - start)
        hits.append(LinkHit(o_start, o_end, host, _describe(host)))

    for pattern in (URL_WITH_SCHEME, URL_WWW):
        if (pattern is URL_WITH_SCHEME and "://" not in text) or (pattern is URL_WWW and "www" not in text):
            continue
        for match in pattern.finditer(text):
            if not taken[match.start()]:
                add(match.start(), match.end(), _host_of(match.group(0)))
    for match in _bare_domains(text):
        if taken[match.start()]:
            continue
        domain = match.group("domain")
        labels = domain.split(".")
        host = domain[4:] if domain.startswith("www.") else domain
        known = host in MESSAGING_LINKS or host in SHORTENERS
        if not known:
            if labels[0] in _WORD_LABELS or (len(labels[0]) < 2):
                continue
            if not match.group("path") and _sentence_break(compact, original, match.start("tld")):
                continue
            if not match.group("path") and _APN_BEFORE.search(text, max(0, match.start() - 90), match.start()):
                continue  # "type internet.provider.es as the APN": the network's access point name
        add(match.start(), match.end(), host)
    return hits


# A mobile network's access point name is written like a host name ("internet.provider.es",
# "web.provider.de"): a seller helping a buyer set up mobile data gives it, and it leads nowhere.
# Only a bare host with no path, after the words that name an APN.
_APN_BEFORE = re.compile(
    r"(?<![a-z])(?:apn|access point|punto de acceso|point d'acces|zugangspunkt|punto di accesso|toegangspunt|"
    r"punkt dostepu|ponto de acesso)(?![a-z])"
)


# A dot followed by a known TLD: found by a scan that starts with a literal (fast), then the full
# BARE_DOMAIN pattern runs only around those places.
_DOT_TLD = re.compile(r"\.(?:" + TLD_PATTERN + r")(?![a-z0-9\-])")


def _bare_domains(text: str):
    searched_to = -1
    for dot in _DOT_TLD.finditer(text):
        if dot.start() <= searched_to or dot.start() == 0 or not text[dot.start() - 1].isalnum():
            continue
        start = max(0, dot.start() - 260)
        while start > 0 and not text[start - 1].isspace() and start > dot.start() - 320:
            start -= 1
        for match in BARE_DOMAIN.finditer(text, start, min(len(text), dot.end() + 256)):
            if match.end() > searched_to:
                searched_to = match.end()
                yield match


def _sentence_break(compact: TextView, original: str, tld_start: int) -> bool:
    """'reçu.Bonne' or 'ok.De rien': a capital right after the dot, in the original, is a missing space."""
    o_start, _ = compact.to_original(tld_start, tld_start + 1)
    return (
        0 < o_start < len(original)
        and original[o_start - 1] == "."
        and original[o_start].isupper()
        and not original[o_start : o_start + 3].isupper()
    )
