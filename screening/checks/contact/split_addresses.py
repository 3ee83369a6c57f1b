"""A web or e-mail address whose name is given in one reply and its ending in the next.

"Everything is on our webshop: handyklinik-nord" ... "Punkt de, unter Service": the first reply
names a site and a name, the second the ending; neither is an address alone, and the joined text
(split.py) does not read as one either, because the ending comes with words ("dot", "kropeczka",
"at the end") instead of a written dot. Two shapes, each only after an earlier reply of the window
(split.earlier_replies) said what the name is for:

- a site: the earlier reply speaks of a website, a web shop, a blog or a domain; the new one gives
  an ending with its dot, written or said ("Punkt de", ".nl", "kropeczka pl", "dot ie"), or a bare
  ending placed at the end of the name ("ie at the end", "z pl na końcu");
- an e-mail: the earlier reply speaks of mail and holds a name shaped like an address's (letters
  with a dot, an underscore or digits: "lulu.gsm.occaz", "r.vandamme00"); the new one names a
  webmail provider ("arobaz gmail", "bij proton", "🐌 virgilio"). Providers that are also common
  words (free, orange, live, alice) are left out.

Reads normalised text (lower case, accents folded).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from screening.checks.contact.disguises import AT_WORDS, DOT_WORDS
from screening.core.types import Message
from screening.text.normalize import normalize

# The endings sellers of the markets use, and the generic ones.
_ENDINGS = (
    r"com|net|org|info|shop|store|online|eu|de|at|ch|fr|be|lu|es|it|nl|pl|pt|ie|uk|co uk|co\.uk|se|dk|fi|cz|sk|"
    r"gr|ro|hu|me"
)
# Shops too: the ending that must follow ("Punkt de,", ".store no fim") is what makes it an address.
_SITE_WORDS = re.compile(
    r"(?<![a-z])(?:web ?site|site|webshop|web-?shop|online-?shop|e-?shop|shop|boutique|webwinkel|winkel|sito|"
    r"negozio|sitio|tienda|pagina|loja|strona|stronie|strone|stronce|sklep\w*|blog\w*|domain|domein|domena|"
    r"dominio|homepage|www)(?![a-z])"
)
# The ending with its dot said or written: "punkt de", "kropeczka pl", ". nl", "dot ie".
_DOTTED_ENDING = re.compile(
    r"(?:(?<![a-z0-9])(?:" + DOT_WORDS + r"|kropeczka|pt)\s+|(?<![a-z0-9])\.\s?)(?:" + _ENDINGS + r")(?![a-z0-9])"
    # an ending ends the address: punctuation, a symbol or the end follows, not a word ("point de vue")
    r"(?=\s*(?:$|[^\w\s]))"
)
# A bare ending said to go at the end: "ie at the end", "z pl na koncu", "e por .store no fim".
_ENDING_AT_THE_END = re.compile(
    r"(?<![a-z0-9])\.?(?:" + _ENDINGS + r")\s+(?:at the end|on the end|a la fin|am ende|am schluss|al final|alla fine|"
    r"aan het eind|achteraan|na koncu|no fim|no final)(?![a-z])"
)
_MAIL_WORDS = re.compile(
    r"(?<![a-z])(?:e-?mail\w*|mail\w*|courriel|correo|posta elettronica|poczt\w*|mejl\w*|email)(?![a-z])"
)
# A name shaped like an address's local part: a dot, an underscore or digits inside it.
_ADDRESS_NAME = re.compile(r"(?<![\w@])[a-z][a-z0-9]*(?:[._][a-z0-9]+)+(?![\w@])|(?<![\w@])[a-z]{2,}[0-9]{2,}(?![\w@])")
# The provider completes the address when it follows an "at" ("arobaz gmail"), comes with its ending
# ("hotmail, .be"), or is most of a short reply ("🐌 virgilio", "bij proton."): a longer sentence that
# names a webmail ("check the spam folder in Outlook") speaks of it.
_AT_BEFORE = re.compile(r"(?:@|(?<![a-z])(?:" + AT_WORDS + r"|arobaz)\s*)$")  # "ät" folds to "at"
_SHORT_REPLY_WORDS = 4
_PROVIDERS = re.compile(
    r"(?<![a-z])(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|gmx|web\.de|t-online|libero|virgilio|tiscali|"
    r"wp\.pl|onet|interia|proton(?:mail)?|ziggo|telenet|skynet|bluewin|seznam|laposte|wanadoo|aol|msn|"
    r"kpnmail|xs4all|freenet)(?![a-z])"
)


@dataclass(frozen=True, slots=True)
class SplitAddress:
    code: str  # contact.url or contact.email
    start: int  # the ending or the provider, in the new reply's original text
    end: int
    earlier_id: str | None
    pattern: str


def split_address(message: Message, earlier: Sequence[Message]) -> SplitAddress | None:
    """The ending of a site or the provider of an e-mail address in `message`, when an earlier reply
    of the window gave the name it completes; else None."""
    if not earlier:
        return None
    view = normalize(message.text)
    ending = _DOTTED_ENDING.search(view.text) or _ENDING_AT_THE_END.search(view.text)
    provider = _PROVIDERS.search(view.text)
    if ending is None and provider is None:
        return None
    for reply in reversed(earlier):
        said = normalize(reply.text).text
        if ending is not None and _SITE_WORDS.search(said):
            start, end = view.to_original(ending.start(), ending.end())
            return SplitAddress("contact.url", start, end, reply.id, "url.ending_after_site")
        if (
            provider is not None
            and _completes(view.text, provider)
            and _MAIL_WORDS.search(said)
            and _ADDRESS_NAME.search(said)
        ):
            start, end = view.to_original(provider.start(), provider.end())
            return SplitAddress("contact.email", start, end, reply.id, "email.provider_after_name")
    return None


def _completes(text: str, provider: re.Match[str]) -> bool:
    if _AT_BEFORE.search(text[: provider.start()]):
        return True
    if _DOTTED_ENDING.match(text, provider.end()) or re.match(r"\s*[,.]?\s*\.\s?[a-z]{2,6}", text[provider.end() :]):
        return True
    return len(re.findall(r"[^\W\d_]+", text)) <= _SHORT_REPLY_WORDS


__all__ = ["SplitAddress", "split_address"]
