"""Channels named without their name, to get past a filter: "the app with the paper plane" (Telegram),
"the little ghost" (Snapchat), "the blue bird" (X), "the green phone icon" (WhatsApp), "the bay" (eBay),
"the big A" (Amazon); "same username as here" (a handle elsewhere, not written); "type our name into
Google" (the seller's shop, found through a search engine).

Each hint needs a second sign in its sentence that a channel is meant (an app or network word, a
handle, "there"), so "a paper plane" or "the bay window" alone are nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# The word lists and alternations keep their hand layout, so ruff format leaves them.
# fmt: off

# App icons and logos described, per app (accent-folded, every market language).
_PERIPHRASES = {
    "Telegram": r"paper ?plane|papierflieger|papierflugzeug|avion (?:en|de) papier|avioncito de papel|avion de papel|"
                r"aeroplanino di carta|aere(?:o|ino) di carta|aeroplano di carta|papieren vliegtuig\w*|papierow\w* samolot\w*|"
                r"samolocik\w*|aviaozinho de papel|aviao de papel|pappersflygplan\w*|papirfly\w*|paperilennok\w*|"
                r"papirov\w* (?:vlastovk\w*|letad\w*)|papierov\w* lietad\w*|avion de hartie|avionul de hartie|"
                r"papirrepulo\w*|χαρτινο αεροπλανακι",
    "Snapchat": r"(?:little |small |yellow )?ghost\w*|(?:petit )?fantome|fantomino|fantasmit\w*|fantasmin\w*|gespenst\w*|"
                r"geistchen|spookje|duszek|duszkiem|spoke(?:t|n)?|spogelse\w*|kummitu\w*|duch(?:em|a)?|duchom|fantoma\w*|"
                r"szellem\w*|φαντασμα\w*",
    "WhatsApp": r"(?:green|groene?|grune?n?|gruene?n?|verde|vert|verte|zielon\w*|gron\w*|vihrea\w*|zelen\w*|zold|πρασιν\w*)\s+"
                r"(?:phone|telephone|telefon\w*|telefoon\w*|telefono|telefone|belletje|hoorn(?:tje)?|bubble|bulle|sprechblase|"
                r"nuvoletta|bocadillo|dymek|balao|icon\w*|icone|ikon\w*|logo|app\w*|appli\w*|apk\w*|aplikac\w*)|"
                # "the green app", "l'app verde", "la appli verte"
                r"(?:app|apps|appli|applis|application|aplicacion|aplicacao|applicazione|apk\w*|aplikac\w*)\s+"
                r"(?:green|verde|verte|vert|groene?|grune?n?|zielon\w*)",
    "X (Twitter)": r"(?:blue ?bird|oiseau bleu|blau\w* vogel\w*|pajar(?:o|ito) azul|uccellin\w* (?:azzurr\w*|blu)|"
                   r"blauwe vogel\w*|niebiesk\w* ptas\w*|passar(?:inho|o) azul|bla fagel\w*|bla fugl\w*)",
}
_MARKET_PERIPHRASES = {
    "eBay": r"(?:la|the|die|de|a|na|sulla|sur la|en la|in der|auf der|op de|w|sulla) (?:baie|bay|bucht|bahia|baia|baai|zatoce)",
    "Amazon": r"(?:beim|bei|vom|the|le|du|chez le|del|dal|bij|van de|u|do|on the|auf dem|bei dem) (?:grossen|grosse|großen|große|big|grand|gran|"
              r"grande|grote|wielkiego) a",
}
# Words that show an app or a website is meant.
_APP_WORD = (r"app\w*|appli\w*|apk\w*|aplicac\w*|aplicaci\w*|applicazion\w*|aplikac\w*|sovellu\w*|alkalmazas\w*|εφαρμογ\w*|"
             r"network|reseau|netzwerk|red social|rete|netwerk|siec\w*|rede|natverk|netvaerk|verkko|retea|halozat\w*|"
             r"there|la-bas|dort|alli|ahi|daar|dm\w*|pseudo|username|handle|nick\w*")
# Words for a website: enough for a marketplace described ("the bay, you know which site").
_SITE_WORD = r"site|sito|web\w*|seite|strona|sivu\w*|shop|boutique|store|negozio|tienda|winkel|sklep|loja"
# "same username as here", "même pseudo qu'ici", "nicket är samma som här".
_NAME = (r"name|nom|pseudo|nick\w*|user ?name|handle|naam|gebruikersnaam|nome(?: (?:de|di) (?:utilizador|usuario|utente))?|"
         r"nombre(?: de usuario)?|nazw\w*|benutzername|namn|navn|nimi|jmeno|meno|nume(?:le)?|nev\w*|ονομα\w*|id")
_SAME = (r"same|meme|gleich\w*|glich\w*|selbe\w*|mismo|misma|stesso|stessa|zelfde|dezelfde|hetzelfde|taki sam|ten sam|"
         r"mesmo|mesma|samma|samme|sama|stejn\w*|rovnak\w*|acelasi|ugyanaz|ιδιο")
SAME_HANDLE = (r"(?:" + _SAME + r")\s+(?:\w+\s+)?(?:" + _NAME + r")|(?:" + _NAME + r")\s+(?:is|est|ist|es|e|is|ar|er|on|je|"
                r"este|az|ειναι)\s+(?:(?:the|la|le|der|die|das|el|il|het|de|o|a)\s+)?(?:" + _SAME + ")")
# "What's your insta?", "c'est quoi ton snap ?", "wat is je insta?": the buyer's account on a network,
# asked for (a question word, a second-person possessive, the network's everyday name).
_THEIR_ACCOUNT = (r"(?:what'?s|what is|which is|c'?est quoi|quel est|wie ist|was ist|wie lautet|cual es|como es|qual e|"
                  r"qual (?:e|é)|com'?e|wat is|hoe heet|jaki (?:jest|masz)|jak(?:i|a) (?:jest )?tw\w*)\s+"
                  r"(?:ton|ta|votre|your|dein\w*|ihr\w*|tu|su|il tuo|la tua|tuo|tua|je|jouw|uw|tw\w*|o teu|o seu|a tua|teu|seu)\s+"
                  r"(?:insta|instagram|ig|snap|snapchat|tiktok|telegram|whatsapp|facebook|fb|discord|signal|messenger)(?![a-z])")

# "Search for us on Google", "tapez-le dans Google", "wpisać 'X' w Google": the seller's shop by a search engine.
_SEARCH_ENGINE = r"google\w*|bing|duckduckgo"
_SHOP_NAMED = (r"(?:our|notre|nos|unser\w*|nuestr\w*|nostr\w*|onze|nasz\w*|noss\w*|my|mon|mein\w*|mi|mio|mijn|moj\w*|meu|minha)\s+"
               r"(?:\w+\s+)?(?:site|shop|store|boutique|laden|tienda|negozio|sito|winkel|sklep\w*|loja|website|webshop|name|nom|naam|"
               r"nome|nombre|nazw\w*)|(?:we have|nous avons|on a|wir haben|tenemos|abbiamo|we hebben|mamy|temos)\s+(?:\w+\s+){0,2}"
               r"(?:shop|store|boutique|laden|tienda|negozio|winkel|sklep|loja|site|website|webshop)")


# "My e-mail is my name here, at hotmail": an address described, its provider named, nothing written.
_MY_MAIL = (r"(?:my|mon|ma|mein\w*|mi|mio|mia|mijn|moj\w*|meu|minha|our|notre|unser\w*|nuestr\w*|nostr\w*|onze|nasz\w*|"
            r"noss\w*|min|mitt)\s+(?:e-?mail|mail|correo|adresse (?:e-?)?mail|e-?mail-?adresse|mailadres\w*|adres e-?mail|"
            r"indirizzo (?:e-?)?mail|endereco de (?:e-?)?mail)\w*"
            # "my mail app supports Gmail": the phone's mail client, not an address
            r"(?!\s*(?:app|apps|client|appli\w*|application|programm\w*|account|konto|compte|cuenta|conto|aplicac\w*))")
_PROVIDER = (r"gmail|googlemail|hotmail|outlook|yahoo|icloud|gmx|web\.de|t-online|libero|virgilio|wanadoo|laposte|"
             r"proton(?:mail)?|sapo|seznam|centrum|freemail|citromail|interia|onet|wp\.pl|ziggo|telenet|skynet|bluewin")
_AT_WORD = (r"chiocciol\w*|arroba|arobase|klammeraffe|affenschwanz|malp[ae]|apenstaartje|apestaartje|snabel-?a|kukac|"
            r"zavinac|papaki|παπακι|at sign|at-sign")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    def words(regex: str) -> re.Pattern[str]:
        return re.compile(r"(?<![a-z])(?:" + regex + r")(?![a-z])")
    return {
        "social": [(name, words(regex)) for name, regex in _PERIPHRASES.items()],
        "market": [(name, words(regex)) for name, regex in _MARKET_PERIPHRASES.items()],
        "app": words(_APP_WORD),
        "site": words(_SITE_WORD),
        "same": words(SAME_HANDLE),
        "engine": words(_SEARCH_ENGINE),
        "their_account": words(_THEIR_ACCOUNT),
        "shop": words(_SHOP_NAMED),
        "handle": re.compile(r"(?<![a-z0-9])[a-z0-9]+[_.][a-z0-9_.]+"),
        "my_mail": words(_MY_MAIL),
        "provider": words(_PROVIDER),
        "at_provider": words(r"(?:" + _AT_WORD + r"|at)\s+(?:\w+\s+){0,2}?(?:" + _PROVIDER + ")"),
        "at_word": words(_AT_WORD),
    }


GATE_PREFIXES = ("plane", "papierflieger", "papierflugzeug", "papier", "papel", "carta", "papieren", "papierow", "samolo",
                 "aviao", "aviaozinho", "pappers", "papir", "paperilen", "hartie", "ghost", "fantom", "fantasm", "gespenst",
                 "geist", "spook", "duszek", "spoke", "spogelse", "kummitu", "duch", "szellem", "green", "groen", "grun",
                 "gruen", "verde", "zielon", "vihrea", "zelen", "bird", "oiseau", "vogel", "pajar",
                 "uccellin", "ptas", "passar", "fagel", "fugl", "bucht", "bahia", "baai", "zatoce",
                 "grossen", "wielkiego", "gleich", "glich", "selbe", "mismo", "misma", "stess", "zelfde", "dezelfde",
                 "hetzelfde", "mesm", "samma", "samme", "stejn", "rovnak", "acelasi", "ugyanaz", "google", "duckduckgo",
                 "χαρτινο", "φαντασμα", "πρασιν", "ιδιο", "gmail", "googlemail", "hotmail", "outlook", "yahoo", "icloud",
                 "gmx", "libero", "virgilio", "wanadoo", "laposte", "proton", "sapo", "seznam", "centrum", "freemail",
                 "citromail", "interia", "onet", "ziggo", "telenet", "skynet", "bluewin",
                 # the networks a buyer's account is asked for on ("what's your insta?")
                 "insta", "snap", "tiktok", "telegram", "whatsapp", "facebook", "discord", "signal", "messenger")
# Short or common ones as whole words ("gro" is what is left of "großen" between word characters).
GATE_WORDS = frozenset({"vert", "verte", "gron", "zold", "baie", "bay", "baia", "big", "grand", "gran", "grande", "grote",
                        "gro", "grosse", "same", "meme", "sam", "sama", "bing", "ig", "fb"})


# fmt: on


def find_hints(text: str, start: int, end: int) -> list[tuple[str, str, int, int, float, str]]:
    """(rule, code, start, end, score, detail) of channels hinted at in text[start:end], a sentence."""
    p = _patterns()
    found: list[tuple[str, str, int, int, float, str]] = []
    app = p["app"].search(text, start, end) is not None
    handle = p["handle"].search(text, start, end) is not None
    same = p["same"].search(text, start, end)
    for name, pattern in p["social"]:
        match = pattern.search(text, start, end)
        if match is not None and (app or same is not None or handle):
            found.append(
                (
                    "app_described",
                    "social",
                    match.start(),
                    match.end(),
                    0.88,
                    f"{name} named by a description, to continue there",
                )
            )
    market = False
    for name, pattern in p["market"]:
        match = pattern.search(text, start, end)
        if match is not None and (app or handle or "'" in text[start:end] or p["site"].search(text, start, end)):
            found.append(
                ("market_described", "marketplace", match.start(), match.end(), 0.86, f"{name} named by a description")
            )
            market = True
    if same is not None and app and not found and not market:
        found.append(
            ("same_user_name", "social", same.start(), same.end(), 0.86, "the same user name as here on another app")
        )
    provider = p["provider"].search(text, start, end)
    if provider is not None:
        mine = p["my_mail"].search(text, max(start, provider.start() - 80), provider.start())
        at = p["at_provider"].search(text, max(start, provider.start() - 30), provider.end())
        if mine is not None or (
            at is not None and (p["at_word"].match(text, at.start()) or p["my_mail"].search(text, start, end))
        ):
            first = mine.start() if mine is not None else at.start()
            found.append(
                (
                    "mail_provider_described",
                    "email",
                    first,
                    provider.end(),
                    0.86,
                    "e-mail address described, its provider named",
                )
            )
    asked = p["their_account"].search(text, start, end)
    if asked is not None:
        found.append(
            (
                "their_account_asked",
                "details_request",
                asked.start(),
                asked.end(),
                0.9,
                "asks for the buyer's account on another app",
            )
        )
        found.append(
            ("their_account_app", "social", asked.start(), asked.end(), 0.9, "invitation to continue on another app")
        )
    engine = p["engine"].search(text, start, end)
    if engine is not None and p["shop"].search(text, max(0, start - 120), end):
        found.append(
            (
                "shop_by_search_engine",
                "marketplace",
                engine.start(),
                engine.end(),
                0.86,
                "the seller's own shop, found through a search engine",
            )
        )
    return found
