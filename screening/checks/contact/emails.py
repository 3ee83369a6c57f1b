"""E-mail addresses, plain or disguised (see disguises.py), and addresses named by their provider."""

from __future__ import annotations

import re
from dataclasses import dataclass

from screening.checks.contact.disguises import AT_WORDS, PROVIDERS
from screening.text.patterns import EMAIL
from screening.text.gates import PrefixGate
from screening.text.view import TextView

# "jean.dupont75 sur gmail", "marco_88 at hotmail": an address named by its provider. The local
# part ends with a letter or digit, as an address's does: "Yes. No iCloud lock" ends a sentence.
# Each way of joining the name and the provider has its own spaces (possessive), so a run of blanks
# is read once, not once per way of cutting it.
_PROVIDER_EMAIL = re.compile(
    r"(?<![a-z0-9._%+\-])(?P<local>[a-z0-9][a-z0-9._%+\-]{1,62}[a-z0-9])(?:\s*+@\s*+|\s++(?:"
    + AT_WORDS
    + r"|sur|on|auf|bei|bij|en|su|op|na|no|em|w|dans)\s++|(?P<bare>\s++))(?P<provider>"
    + PROVIDERS
    # Polish declines the provider's name: "na gmailu", "gmailem".
    + r")(?:u|em)?\b"
)
# "find me on hotmail, the shop's name all one word": an address named by its provider and the
# shop's name instead of being written. Providers that are no ordinary word only ("live", "free",
# "orange" are).
_NAMED_PROVIDERS = (
    r"gmail|googlemail|hotmail|outlook|yahoo|icloud|gmx|web\.de|t-online|laposte|wanadoo|libero|virgilio|"
    r"interia|onet|wp|sapo|proton(?:mail)?|seznam|bluewin|telenet|ziggo"
)
_SHOP_NAME = (
    r"(?:shop|store|boutique|magasin|laden|geschaft|tienda|negozio|winkel|sklep\w*|loja)'?s? ?name|"
    r"name of (?:the|my|our) (?:shop|store)|nom (?:de la|du|de ma) (?:boutique|magasin)|"
    r"(?:shop|laden|geschafts)name\w*|nombre de (?:la|mi) tienda|nome del (?:negozio|mio negozio)|"
    r"winkelnaam|nazw\w* sklepu|nome da (?:loja|minha loja)|same name as (?:my|our|the) (?:shop|store)|"
    r"all one word|in one word|tout attache|en un seul mot|zusammengeschrieben|todo junto|tutto attaccato|"
    r"aan elkaar|pisan\w* razem|tudo junto"
)
# The provider as a place: "on hotmail", "su libero", "bij hotmail", "na wp", "at gmail".
_AT_PROVIDER = (
    r"(?<![a-z])(?:on|at|en|su|op|bij|na|no|em|chez|sur|auf|bei|w|dans)\s+(?:" + _NAMED_PROVIDERS + r")(?![a-z0-9])"
)
_PROVIDER_AND_NAME = re.compile(
    _AT_PROVIDER + r"[^.!?;\n]{0,60}?(?:" + _SHOP_NAME + r")"
    r"|(?:" + _SHOP_NAME + r")[^.!?;\n]{0,60}?" + _AT_PROVIDER
)
# "mail me: xyzphones.00 gmail" (or the two in consecutive replies, read joined): with nothing
# between the name and the provider, the text must speak of mail.
_MAIL_WORD = re.compile(r"(?<![a-z])(?:e-?mail\w*|mail\w*|courriel|correo|poczt\w*|posta elettronica)(?![a-z])")


# "My mail is the shop's name on the usual Google one", "meine Mail ist verkauf.beispiel beim
# Google-Maildienst", "mijn mailadres is mijn gebruikersnaam hier met @kpnmail erachter": the
# seller's own address, its name (a handle-like word, the shop's or the account's name) and its
# provider said around it. All three are needed: "my e-mail is in your Gmail spam" names no address.
_OWN_MAIL = re.compile(
    r"(?<![a-z])(?:(?:my|mon|ma|mein\w*|mi|mia|mio|mijn|moj\w*|meu|minha)\s+"
    r"(?:e-?mail\w*|mail\w*|adresse(?: e-?mail| mail)?|correo\w*|courriel|mailadres\w*|gmeil|gmajl|adres\w*(?: e-?mail\w*)?)"
    r"|adres\w* mailow\w*|(?:e-?)?mail\s*:)(?![a-z])"
)
_MAIL_NAME = re.compile(
    r"(?<![a-z0-9])(?:[a-z0-9]+[._\-][a-z0-9][a-z0-9._\-]*|[a-z]{3,}\d{2,})(?![a-z0-9])|"
    + _SHOP_NAME
    + r"|user ?name|gebruikersnaam|login|nom d'utilisateur|nombre de usuario|nome utente|benutzername|"
    r"(?:same|meme|gleich\w*|mismo|stesso|zelfde|mesmo|taki sam\w*) (?:name|nom|nombre|nome|naam)|shopname|"
    r"nome da loja|nom de la boutique"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_PROVIDER_HINT = re.compile(
    r"(?<![a-z0-9])(?:" + _NAMED_PROVIDERS + r"|google\w*|big g|the g one|gmeil|gmajl|dzimejl|gemail|kpnmail|"
    r"(?:o2|wp|onet) (?:kropka|dot|punkt) pl|@[a-z]{2,})(?![a-z])"
)


# Substrings for the quick "is a webmail provider named at all" test.
_PROVIDER_NAMES = tuple(
    n for n in (name.split("\\")[0].split("(")[0] for name in PROVIDERS.split("|")) if len(n) >= 4
) + ("gmx", "aol", "sfr", "msn", "me.c", "web.", "wp.", "o2.")


_PROVIDER_GATE = PrefixGate(n.rstrip(".").split(".")[0] for n in _PROVIDER_NAMES)
_WORDS = re.compile(r"[a-z0-9]+")


def _mentions_provider(text: str, words: frozenset[str] | None = None) -> bool:
    return _PROVIDER_GATE.opens(words if words is not None else frozenset(_WORDS.findall(text)))


@dataclass(frozen=True, slots=True)
class EmailHit:
    start: int
    end: int
    address: str
    disguised: bool


def find_emails(plain: TextView, compact: TextView, words: frozenset[str] | None = None) -> list[EmailHit]:
    """Addresses in the deobfuscated view `compact`; `plain` is the view before the disguises
    were undone, to tell a disguised address from a plain one."""
    hits: list[EmailHit] = []
    if "@" not in compact.text and not _mentions_provider(compact.text, words):
        # No provider's name: still "my mail is the shop's name on the Google one" (described).
        return _own_address_described(compact) if _OWN_MAIL.search(compact.text) else hits
    in_plain: dict[str, bool] = {}  # a repeated address is looked for in the text once
    for match in EMAIL.finditer(compact.text):
        start, end = compact.to_original(*match.span())
        address = re.sub(r"\s", "", match.group(0))
        if address not in in_plain:
            in_plain[address] = address in plain.text
        hits.append(EmailHit(start, end, address, disguised=not in_plain[address]))
    # Both searches go left to right, so "inside an earlier hit" is a running maximum of the ends
    # of the hits that start before (linear, where testing every hit was quadratic).
    addresses = len(hits)
    next_address = 0
    reach = -1
    mail_said: bool | None = None  # searched once, on the first bare provider
    for match in _PROVIDER_EMAIL.finditer(compact.text):
        local = match.group("local")
        # The local part must look like an address ("jean.dupont75"), not a word ("moi sur gmail").
        if not re.search(r"[._\d\-]", local):
            continue
        if match.group("bare") is not None and (mail_said is None or not mail_said):
            mail_said = mail_said if mail_said is not None else _MAIL_WORD.search(compact.text) is not None
            if not mail_said:
                continue
        start, end = compact.to_original(*match.span())
        while next_address < addresses and hits[next_address].start <= start:
            reach = max(reach, hits[next_address].end)
            next_address += 1
        if start < reach:
            continue
        hits.append(EmailHit(start, end, f"{local}@{match.group('provider')}", disguised=True))
        reach = max(reach, end)
    if not hits:
        hits.extend(_named_by_provider_and_shop(compact))
    if not hits:
        hits.extend(_own_address_described(compact))
    return hits


def _own_address_described(compact: TextView) -> list[EmailHit]:
    """The seller's own address said as its name and its provider (at most one per message)."""
    text = compact.text
    for own in _OWN_MAIL.finditer(text):
        # The sentence's end, not a dot inside the address ("ricondizionati.demo").
        sentence_end = _SENTENCE_END.search(text, own.end() + 1)
        end = sentence_end.start() if sentence_end else len(text)
        window = text[own.start() : min(end, own.end() + 140)]
        provider = _PROVIDER_HINT.search(window)
        if provider is None or _MAIL_NAME.search(window, own.end() - own.start()) is None:
            continue
        start, stop = compact.to_original(own.start(), own.start() + provider.end())
        return [EmailHit(start, stop, "(a name)@(provider)", disguised=True)]
    return []


def _named_by_provider_and_shop(compact: TextView) -> list[EmailHit]:
    """An address given as its provider and the shop's name (at most one per message)."""
    match = _PROVIDER_AND_NAME.search(compact.text)
    if match is None:
        return []
    start, end = compact.to_original(*match.span())
    return [EmailHit(start, end, "(the shop's name)@(provider)", disguised=True)]
