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

from screening.checks.contact.lexicon import MARKETPLACES, PLATFORMS

# The word lists and alternations keep their hand layout, so ruff format leaves them.
# fmt: off

# App icons and logos described, per app (accent-folded, every market language).
_PERIPHRASES = {
    "Telegram": r"paper ?plane|papierflieger|papierflugzeug|avion (?:en|de) papier|avioncito de papel|avion de papel|"
                r"aeroplanino di carta|aere(?:o|ino) di carta|aeroplano di carta|papieren vliegtuig\w*|papierow\w* samolot\w*|"
                r"samolocik\w*|aviaozinho de papel|aviao de papel|pappersflygplan\w*|papirfly\w*|paperilennok\w*|"
                r"papirov\w* (?:vlastovk\w*|letad\w*)|papierov\w* lietad\w*|avion de hartie|avionul de hartie|"
                r"papirrepulo\w*|χαρτινο αεροπλανακι",
    "Snapchat": r"(?:little |small |yellow )?ghost\w*(?! ?touch)|(?:petit )?fantome|fantomino|fantasmit\w*|fantasmin\w*|gespenst\w*|"
                r"geistchen|geisterl|spookje|spookske|duszek|duszkiem|spoke(?:t|n)?|spogelse\w*|kummitu\w*|duch(?:em|a)?|duchom|fantoma\w*|"
                r"szellem\w*|φαντασμα\w*",
    "WhatsApp": r"(?:green|groene?|grune?n?|gruene?n?|verde|vert|verte|zielon\w*|gron\w*|vihrea\w*|zelen\w*|zold|πρασιν\w*)\s+"
                r"(?:phone|telephone|telefon\w*|telefoon\w*|telefono|telefone|belletje|hoorn(?:tje)?|bubble|bulle|sprechblase|"
                r"nuvoletta|bocadillo|dymek|balao|icon\w*|icone|ikon\w*|logo|app\w*|appli\w*|apk\w*|apc\w*|aplikac\w*|"
                r"hore?r|hoerer|handset|receiver|sluchawk\w*)|"
                # the colour after the noun: "le combiné vert", "la cornetta verde", "el telefonito verde"
                r"(?:combine|cornetta|telefonito|telefoninho|auricular|handset|receiver|hoorn(?:tje)?|sluchawk\w*|"
                r"telefone|telefono|telephone)\s+(?:verde|vert|verte|green|groen|zielon\w*)|"
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
_APP_WORD = (r"app\w*|appli\w*|apk\w*|apc\w*|aplicac\w*|aplicaci\w*|applicazion\w*|aplikac\w*|sovellu\w*|alkalmazas\w*|εφαρμογ\w*|"
             # "the same user name everywhere", "in all the networks": elsewhere than here
             r"everywhere|partout|uberall|ueberall|ovunque|overal|wszedzie|em todo (?:o )?lado|en todas partes|"
             r"redes|reseaux|netzwerken|reti|netwerken|sieciach|socials?|social media|"
             r"network|reseau|netzwerk|red social|rete|netwerk|siec\w*|rede|natverk|netvaerk|verkko|retea|halozat\w*|"
             r"there|la-bas|dort|alli|ahi|daar|dm\w*|pseudo|username|handle|nick\w*")
# Phones listed or sold there, or cheaper: "up on", "listed", "three more on", "a few quid cheaper".
_LISTED_THERE = re.compile(
    r"(?<![a-z])(?:listed|up on|have \w+ more|i've \w+ more|selling|for sale|cheaper|moins cher|en vente|"
    r"billiger|gunstiger|inseriert|angeboten|mas barato|a la venta|anunciad\w*|piu economico|in vendita|"
    r"goedkoper|te koop|taniej|wystawi\w*|na sprzedaz|mais barato|a venda|anunciad\w*)(?![a-z])"
)
_CHAT_APP = re.compile(r"(?<![a-z])(?:whats\w*|telegra\w*|signal|insta\w*|snap\w*|facebook|messenger|tiktok|viber|discord)(?![a-z])")
# Words for a website: enough for a marketplace described ("the bay, you know which site").
_SITE_WORD = r"site|sito|web\w*|seite|strona|sivu\w*|shop|boutique|store|negozio|tienda|winkel|sklep|loja"
# "same username as here", "même pseudo qu'ici", "nicket är samma som här".
_NAME = (r"name|nom|pseudo|nick\w*|user ?name|handle|naam|gebruikersnaam|nome(?: (?:de|di) (?:utilizador|usuario|utente))?|"
         r"nombre(?: de usuario)?|nazw\w*|benutzername|namn|navn|nimi|jmeno|meno|nume(?:le)?|nev\w*|ονομα\w*|id")
_SAME = (r"same|meme|gleich\w*|glich\w*|selbe\w*|mismo|misma|stesso|stessa|zelfde|dezelfde|hetzelfde|taki sam|ten sam|"
         r"igual|uguale|identique|identisch|identico|identica|gelijk|"
         r"mesmo|mesma|samma|samme|sama|stejn\w*|rovnak\w*|acelasi|ugyanaz|ιδιο")
SAME_HANDLE = (r"(?:" + _SAME + r")\s+(?:\w+\s+)?(?:" + _NAME + r")|(?:" + _NAME + r")(?:'s|\s+(?:is|est|ist|es|e|is|ar|er|on|je|"
                r"este|az|ειναι))\s+(?:\w+\s+)?(?:(?:the|la|le|der|die|das|el|il|het|de|o|a)\s+)?(?:" + _SAME + ")")
# "What's your insta?", "c'est quoi ton snap ?", "wat is je insta?": the buyer's account on a network,
# asked for (a question word, a second-person possessive, the network's everyday name).
_THEIR_ACCOUNT = (r"(?:what'?s|what is|which is|c'?est quoi|quel est|wie ist|was ist|wie lautet|cual es|como es|qual e|"
                  r"qual (?:e|é)|com'?e|wat is|hoe heet|jaki (?:jest|masz)|jak(?:i|a) (?:jest )?tw\w*)\s+"
                  r"(?:ton|ta|votre|your|dein\w*|ihr\w*|tu|su|il tuo|la tua|tuo|tua|je|jouw|uw|tw\w*|o teu|o seu|a tua|teu|seu)\s+"
                  r"(?:insta|instagram|ig|snap|snapchat|tiktok|telegram|whatsapp|facebook|fb|discord|signal|messenger)(?![a-z])")
# ... or asked for with a verb of giving: "gib mir mal deinen Snap", "give me your insta", "laat je insta achter".
_THEIR_ACCOUNT += (r"|(?:give|send|drop|leave|gib|schick|sag|dame|pasame|dejame|mandame|dammi|mandami|lasciami|geef|stuur|laat|"
                   r"daj|podaj|zostaw|podeslij|da-me|manda-me|deixa|deixe|donne|envoie|laisse)(?:[- ](?:me|mir|moi|mi|mij|mi))?"
                   r"(?: mal| gerne| even| eens)?\s+"
                   r"(?:your|deine\w*|dein|tu|il tuo|la tua|je|jouw|uw|swoj\w*|twoj\w*|o teu|o seu|a tua|ton|ta|votre)\s+"
                   r"(?:insta|instagram|ig|snap|snapchat|tiktok|telegram|whatsapp|facebook|fb|discord|signal|messenger)(?![a-z])")

# "Search for us on Google", "tapez-le dans Google", "wpisać 'X' w Google": the seller's shop by a search engine.
_SEARCH_ENGINE = r"google\w*|bing|duckduckgo"
_SHOP_NAMED = (r"(?:our|notre|nos|unser\w*|nuestr\w*|nostr\w*|onze|nasz\w*|noss\w*|my|mon|mein\w*|mi|mio|mijn|moj\w*|meu|minha)\s+"
               r"(?:\w+\s+)?(?:site|shop|store|boutique|laden|tienda|negozio|sito|winkel|sklep\w*|loja|website|webshop|name|nom|naam|"
               r"nome|nombre|nazw\w*)|(?:we have|nous avons|on a|wir haben|tenemos|abbiamo|we hebben|mamy|temos)\s+(?:\w+\s+){0,2}"
               r"(?:shop|store|boutique|laden|tienda|negozio|winkel|sklep|loja|site|website|webshop)")

# "Our page, just google 'X'", "tapez « X » sur Google", "procure 'X' no Google": the seller's own
# page or blog, or a name given in quotes to type into the engine, is a site elsewhere (contact.url
# when no shop sells there: then it is _SHOP_NAMED's marketplace).
_PAGE_NAMED = (r"(?:our|notre|nos|unser\w*|nuestr\w*|nostr\w*|onze|nasz\w*|noss\w*|my|mon|ma|mein\w*|mi|mio|mia|mijn|"
               r"moj\w*|meu|minha)\s+(?:\w+\s+)?(?:page|pages|pagina|seite|homepage|blog|blogue|stron\w*|webpagina|web|"
               r"site|website|webseite|sitio|sito|webshop)|"
               # the page of the seller's workshop: "le site de notre atelier", "die Homepage unserer Werkstatt"
               r"(?:site|website|homepage|seite|webseite|sitio|sito|pagina|page|stron\w*)\s+"
               r"(?:de|of|van|di|der|des|do|da|del|della)?\s*(?:notre|nos|our|unser\w*|nuestr\w*|nostr\w*|onze|nasz\w*|"
               r"noss\w*|mon|ma|my|mein\w*|mi|mio|mia|mijn|moj\w*|meu|minha)\s+\w+|"
               # a section of the site to go to once found: "e vai nella pagina delle offerte"
               r"(?:vai|va|go|allez|ga|idz|vaya|ve) (?:\w+ ){0,2}(?:pagina|page|rubrique|sezione|section|seccion|"
               r"sekcj\w*|zakladk\w*|rubriek|secao)")
# The engine itself, not another Google product or the Google account ("remove your Google account",
# "Google Pay works").
_SEARCH_ENGINE_USED = (r"moteur de recherche|search engine|motor de busqueda|buscador|suchmaschine|motore di ricerca|"
                       r"zoekmachine|wyszukiwark\w*|motor de pesquisa|"
                       # the shop's name to look up, the engine unsaid: "search for our shop name, X"
                       r"search (?:for )?(?:our|my) (?:shop|store|business|workshop)(?:'s)? name|"
                       r"(?<!compte )(?<!cuenta de )(?<!conta )(?<!account )(?:goog(?:le|el|l)|bing|duckduckgo)\w*"
                       r"(?!\s*(?:pay|account|konto|compte|cuenta|conta|play|drive|maps|photos?|fotos|wallet|lens|"
                       r"assistant|pixel|home|nest|backup|one|sync|id)(?![a-z]))")
# "Photos on my blog, link in the bio": the seller's own page, its link given on the profile.
_LINK_WORD = r"link\w*|lien\w*|enlace\w*|collegament\w*|odnosnik\w*|ligacao|ligacoes"
# A quote opens after a space or a sign and closes before one: an apostrophe inside a word
# ("Google's account recovery ... the phone's screen") quotes nothing.
_QUOTED_NAME = r"(?<!\w)['\"\u2018\u2019\u201c\u201d\u00ab\u00bb\u201e][^'\"\u2018\u2019\u201c\u201d\u00ab\u00bb\u201e]{3,60}['\"\u2018\u2019\u201c\u201d\u00ab\u00bb](?!\w)"

# Google as the buyer's account, signing in to it: "tap 'Try another way', Google offers a code".
_ACCOUNT_SIGN_IN = re.compile(
    r"(?<![a-z])(?:account|konto|compte|cuenta|conta|password|passwort|mot de passe|contrasena|palavra-passe|"
    r"wachtwoord|haslo|sign[- ]?in|log ?in|anmeld\w*|connexion|inicio de sesion|iniciar sesion|accesso|inloggen|"
    r"logowani\w*|verifica\w*|two-step|2-step|dos pasos|deux etapes|zwei schritte|due passaggi|twee stappen|"
    r"dwuetapow\w*|dois passos)(?![a-z])"
)

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
# Google's mail without its name: "the big G", "la posta della G", "el correo de Google".
_BIG_G = (r"(?:big|grand|gran|grande|grote|grossen|grosse|großen|große|wielkiego|stor[ae]?)\s+g(?:'s)?|"
          r"(?:correo|posta|correio|courrier|mail|poczt\w*|e-?mail)\s+(?:de la|della|dalla|do|du|de|di|da|van|von)\s+(?:g|google)")
# An address's local part said, then where it is kept: "permute punto teleroma presso gmail",
# "telefony.hanys na interii", "facturas punto telfix en el correo de Google".
_LOCAL_PART = r"[a-z0-9]+[_.][a-z0-9_.]+|\w+\s+(?:dot|punto|point|punkt|kropka|ponto|punt|puntje)\s+\w+"
_AT_PREPOSITION = r"at|presso|chez|bei|beim|bij|na|en|no|em|op|sur|u|auf|su|sulla|w|in"
_PROVIDER_INFLECTED = r"interi\w*|onec\w*|onet\w*|wp|o2|gmaila?|hotmaila?"


# A user name described instead of written: "the account is the shop's name, all lower case, with an
# underscore". No one spells out case and joiners for anything but a name to type somewhere.
_LOWER_CASE = (r"lower ?case|all lower|small letters|minuscules?|en minuscule|kleingeschrieben|klein geschrieben|"
               r"kleinbuchstaben|alles klein|minusculas?|minuscol\w*|kleine letters|malymi literami|male litery")
_JOINED = (r"underscore|tiret (?:du )?bas|unterstrich|guion bajo|trattino basso|podkreslnik\w*|podkreslenie\w*|sublinhado|"
           r"underline|tout attache|todo junto|tutto attaccato|alles aan elkaar|aan elkaar|pisz razem|razem|tudo junto|"
           r"all one word|one word|zusammen(?:geschrieben)?|in einem wort|"
           r"(?:dots?|points?|punkte?|puntos?|punti|puntjes?|kropki|pontos?) (?:instead of|au lieu des?|statt|en vez de|"
           r"al posto (?:degli|di)|in plaats van|zamiast|em vez de|anstelle von) \w+")
_HANDLE_NOUN = (r"account|handle|user ?name|profile|compte|pseudo|profil|nick\w*|usuario|perfil|profilo|nome utente|"
                r"benutzername|nutzername|gebruikersnaam|nazwa|login")
_SHOP_NOUN = (r"shop|store|boutique|atelier|magasin|laden|geschaft|tienda|negocio|taller|negozio|laboratorio|winkel|zaak|"
              r"sklep\w*|loja")
_SHOP_NAME_AS_HANDLE = (r"(?:" + _HANDLE_NOUN + r")\W+(?:\w+\W+){0,3}?(?:name|nom|naam|nome|nombre|nazw\w*|namen?)\s+"
                        r"(?:(?:de|of|van|do|da|del|dello|della|des|du|von|der|des|dem)\s+)?(?:(?:the|l'|la|le|el|il|het|de|o|a|"
                        r"our|my|notre|mon|ma|onze|mijn|nuestra|nuestro|mi|nostro|nostra|mio|mia|nossa|meu|minha|unser\w*|mein\w*)\s*)?"
                        r"(?:" + _SHOP_NOUN + r")|(?:" + _HANDLE_NOUN + r")\W+(?:\w+\W+){0,3}?(?:" + _SHOP_NOUN + r")(?:'s)?\s+name")
# A link kept where the buyer can see it: "link in my bio", "le lien est dans mon profil", "o endereço
# está na minha bio". The seller's link given by pointing at it.
_LINK_IN_PROFILE = (r"(?:" + _LINK_WORD + r"|endereco|address|adres|adresse|url)\W+(?:\w+\W+){0,5}?"
                    r"(?:in|dans|en|nella|nel|na|no|w|op|im|auf|sur|on|de|of|del|di|do|da|van|von|z)\s+(?:the |le |la |el |il |de |het |o |a |"
                    r"my|mon|ma|mi|mia|mio|minha|meu|mijn|m'n|moim|mojej|mein\w*|our|notre|nuestr\w*|nostr\w*|onze|naszym|"
                    r"nossa|nosso|unser\w*)?\s*(?:profile|profil|perfil|profilo|profiel|profilu|bio)")
# A QR code that leads to a page: "scan the QR on the last photo, takes you to the video".
# Scanning alone is no lead: a phone's setup scans codes (eSIM, transfer, a parcel locker).
_QR_LEADS = (r"(?:leads? to|takes? you to|prowadzi do|da acesso|leva (?:a|ao|para)|mene a|renvoie (?:a|vers)|"
             r"fuhrt (?:zu|auf)|lleva a|porta a|brengt je naar|verwijst naar|dostep do)")
# "Such nach „Phonecircle Linz B2B“": a name given in quotes to look up, the engine unsaid.
_SEARCH_VERB = (r"search(?: for)?|look up|google|cherche[zr]?|tape[zr]?|such(?:e|t|en sie)?(?: einfach| mal)?(?: nach)?|busca|busque|"
                r"cerca|cercate|zoek(?: op| naar)?|szukaj|wyszukaj|wpisz|procur[ae]|pesquis[ae]")

# The platform itself or its own search bar: "cherchez « Pixel 7 » dans la barre de recherche du site".
_PLATFORM_OWN_SEARCH = (r"checkout|plateforme|platform|plattform|plataforma|piattaforma|platforma|"
                        # ... and the maker's own pages: "renvoie à la notice du fabricant"
                        r"notice|manual|user guide|bedienungsanleitung|anleitung|handleiding|manuale|instrukcj\w*|"
                        r"fabricant|manufacturer|hersteller|fabricante|produttore|fabrikant|producent\w*|"
                        r"barre de recherche|search bar|suchleiste|suchfeld|barra de busqueda|buscador de la web|"
                        r"barra di ricerca|zoekbalk|wyszukiwark\w* (?:serwisu|portalu)|barra de pesquisa")

# "a card with a QR code in the parcel leads to our group": a group or channel elsewhere, by a code.
_QR = r"qr(?:-?code\w*|-?kod\w*)?|code qr|codigo qr|codice qr|kod(?:em)? qr"
_GROUP = (r"groups?|gruppe\w*|groupes?|grupos?|gruppo|gruppi|groep\w*|grup[aeyi]\w*|channels?|kanal\w*|canal|canales|canale|"
          r"canais|kanaal|communit\w*|communaute|comunidad|comunita|gemeenschap|spolecznosc\w*|comunidade")


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
        "page": words(_PAGE_NAMED),
        "quoted_name": re.compile(_QUOTED_NAME),
        "engine_used": words(_SEARCH_ENGINE_USED),
        "link_word": words(_LINK_WORD),
        "handle": re.compile(r"(?<![a-z0-9])[a-z0-9]+[_.][a-z0-9_.]+"),
        "my_mail": words(_MY_MAIL),
        "provider": words(_PROVIDER),
        "at_provider": words(r"(?:" + _AT_WORD + r"|at)\s+(?:\w+\s+){0,2}?(?:" + _PROVIDER + ")"),
        "at_word": words(_AT_WORD),
        "big_g": words(_BIG_G),
        "local_at_provider": words(
            r"(?:" + _LOCAL_PART + r")\s*,?\s+(?:" + _AT_PREPOSITION + r")\s+(?:\w+\s+){0,3}?(?:"
            + _PROVIDER + "|" + _PROVIDER_INFLECTED + "|" + _BIG_G + ")"
        ),
        "mail_word": words(r"e-?mail\w*|mail\w*|correo|courriel|posta|correio|poczt\w*|skrzynk\w*"),
        "lower_case": words(_LOWER_CASE),
        "joined": words(_JOINED),
        "shop_handle": words(_SHOP_NAME_AS_HANDLE),
        "qr": words(_QR),
        "link_in_profile": words(_LINK_IN_PROFILE),
        "qr_leads": words(_QR_LEADS),
        "search_verb": words(_SEARCH_VERB),
        "own_search": words(_PLATFORM_OWN_SEARCH),
        # An app or a marketplace named: a page pointed to there is that finding's (social, marketplace).
        "named_channel": words("|".join([*PLATFORMS.values(), *MARKETPLACES.values()])),
        "group": words(_GROUP),
    }


GATE_PREFIXES = ("moteur", "engine", "buscador", "suchmasch", "motore", "zoekmach", "wyszukiw", "motor", "bing", "link",
                 "lien", "enlace", "collegament", "odnosnik", "ligac", "plane", "papierflieger", "papierflugzeug", "papier", "papel", "carta", "papieren", "papierow", "samolo",
                 "aviao", "aviaozinho", "pappers", "papir", "paperilen", "hartie", "ghost", "fantom", "fantasm", "gespenst",
                 "geist", "spook", "duszek", "spoke", "spogelse", "kummitu", "duch", "szellem", "green", "groen", "grun",
                 "gruen", "verde", "zielon", "vihrea", "zelen", "bird", "oiseau", "vogel", "pajar",
                 "uccellin", "ptas", "passar", "fagel", "fugl", "bucht", "bahia", "baai", "zatoce",
                 "grossen", "großen", "große", "wielkiego", "gleich", "glich", "selbe", "mismo", "misma", "stess", "zelfde", "dezelfde",
                 "hetzelfde", "mesm", "samma", "samme", "stejn", "rovnak", "acelasi", "ugyanaz", "google", "googl", "googe", "duckduckgo",
                 "χαρτινο", "φαντασμα", "πρασιν", "ιδιο", "gmail", "googlemail", "hotmail", "outlook", "yahoo", "icloud",
                 "gmx", "libero", "virgilio", "wanadoo", "laposte", "proton", "sapo", "seznam", "centrum", "freemail",
                 "citromail", "interia", "onet", "ziggo", "telenet", "skynet", "bluewin",
                 # a provider inflected ("na interii", "na onecie"), Google's mail described ("la posta della G")
                 "interi", "onec", "posta", "correo", "correio", "courrier", "mail", "skrzynk",
                 # the networks a buyer's account is asked for on ("what's your insta?")
                 "insta", "snap", "tiktok", "telegram", "whatsapp", "facebook", "discord", "signal", "messenger",
                 # a user name described, a code to a group
                 "underscore", "unterstrich", "minuscul", "lowercase", "kleingeschrieben", "kleinbuchstaben", "podkresl",
                 "sublinhado", "underline", "trattino", "guion", "tiret", "igual", "ugual", "identi", "gelijk", "handle",
                 "account", "compte", "pseudo", "profil", "usuario", "perfil", "benutzername", "nutzername",
                 "gebruikersnaam", "nazwa", "login", "qr",
                 # a link on the profile or in the bio
                 "bio", "endereco", "url")
# A name in quotes to look up opens the gate by its quotes (GATE_PHRASES), not by the verbs of
# searching, which ordinary replies use all the time; "search for our shop name" by its phrase.
GATE_PHRASES = ('"', "«", "„", "“", "”", "shop name", "store name", "shop's name")
# Short or common ones as whole words ("gro" is what is left of "großen" between word characters).
GATE_WORDS = frozenset({"vert", "verte", "gron", "zold", "baie", "bay", "baia", "big", "grand", "gran", "grande", "grote",
                        "gro", "grosse", "same", "meme", "sam", "sama", "bing", "ig", "fb"})


# fmt: on


def _handle_described(p: dict[str, Any], text: str, start: int, end: int) -> tuple[int, int] | None:
    """A user name described in words: its case and its joiners ("all lower case, underscore between
    the words"), or the shop's name given as the account's."""
    shop = p["shop_handle"].search(text, start, end)
    if shop is not None:
        return shop.span()
    lower = p["lower_case"].search(text, start, end)
    joined = p["joined"].search(text, start, end)
    if lower is not None and joined is not None:
        return min(lower.start(), joined.start()), max(lower.end(), joined.end())
    return None


def _mail_said_in_words(
    p: dict[str, Any], text: str, start: int, end: int, same_name: bool
) -> list[tuple[str, str, int, int, float, str]]:
    """An address said in words: its local part then where it is kept ("ventas punto movilsur en el
    correo de Google", "serwis.gsm00 na interii"), or "the same name as here, at the big G"."""
    local = p["local_at_provider"].search(text, start, end)
    if local is not None:
        return [
            ("mail_local_part_at_provider", "email", local.start(), local.end(), 0.86, "e-mail address said in words")
        ]
    big_g = p["big_g"].search(text, start, end)
    if big_g is not None and (same_name or p["mail_word"].search(text, start, end)):
        return [("mail_big_g", "email", big_g.start(), big_g.end(), 0.86, "an address at Google's mail, described")]
    return []


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
    described = _handle_described(p, text, start, end)
    if described is not None and not found:
        found.append(
            (
                "handle_described",
                "social",
                described[0],
                described[1],
                0.88,
                "a user name described, to look up elsewhere",
            )
        )
    qr = p["qr"].search(text, start, end)
    if qr is not None and not found:
        group = p["group"].search(text, start, end)
        if group is not None:
            found.append(
                (
                    "code_to_group",
                    "social",
                    min(qr.start(), group.start()),
                    max(qr.end(), group.end()),
                    0.88,
                    "a code that leads to a group or channel elsewhere",
                )
            )
    if same is not None and app and not found and not market:
        # The same name on a site where the seller has phones listed ("three more on the site everyone
        # uses for selling cars, same username"): another marketplace, not a chat app.
        around = max(0, start - 200)
        if (
            p["site"].search(text, around, end)
            and _LISTED_THERE.search(text, around, end)
            and not _CHAT_APP.search(text, around, end)
        ):
            found.append(
                (
                    "same_name_market",
                    "marketplace",
                    same.start(),
                    same.end(),
                    0.86,
                    "the same user name as here on another site that sells",
                )
            )
        else:
            found.append(
                (
                    "same_user_name",
                    "social",
                    same.start(),
                    same.end(),
                    0.86,
                    "the same user name as here on another app",
                )
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
    if not any(code == "email" for _, code, *_ in found):
        found += _mail_said_in_words(p, text, start, end, same is not None)
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
    pages = _own_shop_or_page(p, text, start, end)
    if any(rule == "code_to_group" for rule, *_ in found):
        pages = [page for page in pages if page[0] != "qr_to_page"]  # the code leads to the group found
    return found + pages


# A shop on the web, and prices better than here, beside a shop or page found through a search engine.
_ON_THE_WEB = re.compile(
    r"(?<![a-z])(?:site|website|sito|sitio|webshop|web|online|en ligne|webseite|homepage|stron\w*|pagina web|"
    r"tienda online|loja online|negozio online|onlineshop|internetseite)(?![a-z])"
)
_SITE_DETAIL = "the seller's own site, found through a search engine"
# Looked up on the phone itself: a menu, the settings, the app store ("dans le menu Contacts,
# cherchez « Copier vers SIM »", "procure 'Smart Switch' na loja de aplicações"): no page elsewhere.
_ON_THE_PHONE = re.compile(
    r"(?<![a-z])(?:menu\w*|reglages|parametres|settings|einstellungen|ajustes|configuracion|impostazioni|"
    r"instellingen|ustawienia|definicoes|configuracoes|app ?store|play ?store|google play|galaxy store|"
    r"app ?gallery|loja de (?:aplicacoes|apps)|tienda de (?:aplicaciones|apps)|sklep play|"
    r"magasin d'applications|store di (?:app|applicazioni))(?![a-z])"
)
_CHEAPER_THERE = re.compile(
    r"(?<![a-z])(?:cheaper|better (?:price|prices|deal)|prices are better|moins cher|meilleurs? prix|billiger|gunstiger|"
    r"mas barato|mejor(?:es)? precios?|piu economico|meno caro|prezzi? migliori?|goedkoper|betere prijs(?:zen)?|taniej|"
    r"mais barato|melhor(?:es)? precos?|sin comision|sans commission|ohne provisie|ohne gebuhr|senza commissioni|"
    r"plus bas|lower|niedriger|ohne aufschlag|mas bajos|piu bassi|lager|nizsze|mais baixos|"
    r"zonder commissie|bez prowizji|sem comissao)(?![a-z])"
)
_CHEAPER_DETAIL = "the seller's own page elsewhere, cheaper there, found through a search engine"


# Google named as the account on the phone, not as a search engine: "conta Google", "Google account",
# "compte Google", "Google-Konto", "cuenta de Google", "account Google", "konto Google".
_ACCOUNT_BEFORE = re.compile(r"(?<![a-z])(?:account|konto|compte|cuenta|conta|conto)(?:\s+(?:de|do|da|di|du|van))?\s*$")
_ACCOUNT_AFTER = re.compile(r"[\s\-]*(?:account|konto|compte|cuenta|conta|conto|id)(?![a-z])")


def _an_account(text: str, engine: re.Match[str]) -> bool:
    before = text[max(0, engine.start() - 16) : engine.start()]
    return _ACCOUNT_BEFORE.search(before) is not None or _ACCOUNT_AFTER.match(text, engine.end()) is not None


def _own_shop_or_page(
    p: dict[str, Any], text: str, start: int, end: int
) -> list[tuple[str, str, int, int, float, str]]:
    """The seller's own shop or page elsewhere: found through a search engine, or its link given."""
    found: list[tuple[str, str, int, int, float, str]] = []
    engine = next((m for m in p["engine"].finditer(text, start, end) if not _an_account(text, m)), None)
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
        # A shop on the web ("our site", "tienda online") is also a site to go to.
        if _ON_THE_WEB.search(text, max(0, start - 120), min(len(text), end + 120)):
            found.append(("site_by_search_engine", "url", engine.start(), engine.end(), 0.86, _SITE_DETAIL))
    elif (
        (engine := p["engine_used"].search(text, start, end)) is not None
        and (p["page"].search(text, max(0, start - 120), end) or _name_to_type(p, text, start, end, engine))
        and _ACCOUNT_SIGN_IN.search(text, start, end) is None
        and _ON_THE_PHONE.search(text, start, end) is None
    ):
        found.append(
            (
                "page_by_search_engine",
                "url",
                engine.start(),
                engine.end(),
                0.86,
                "the seller's own page elsewhere, found through a search engine",
            )
        )
        # ... where the phone sells for less: a place to buy instead, too.
        if _CHEAPER_THERE.search(text, max(0, start - 120), min(len(text), end + 160)):
            found.append(
                ("cheaper_by_search_engine", "marketplace", engine.start(), engine.end(), 0.86, _CHEAPER_DETAIL)
            )
    elif (page := p["page"].search(text, start, end)) is not None and p["link_word"].search(text, start, end):
        found.append(
            ("page_linked", "url", page.start(), page.end(), 0.86, "the seller's own page elsewhere, its link given")
        )
    elif (linked := p["link_in_profile"].search(text, start, end)) is not None:
        found.append(
            ("link_in_profile", "url", linked.start(), linked.end(), 0.86, "a link pointed to on the seller's profile")
        )
    elif (qr := p["qr"].search(text, start, end)) is not None and p["qr_leads"].search(text, start, end):
        found.append(("qr_to_page", "url", qr.start(), qr.end(), 0.86, "a QR code that leads to a page elsewhere"))
    elif (
        (verb := p["search_verb"].search(text, start, end)) is not None
        and (name := p["quoted_name"].match(text, _skip_spaces(text, verb.end(), end))) is not None
        and p["own_search"].search(text, start, end) is None
        and _ON_THE_PHONE.search(text, start, end) is None
    ):
        found.append(
            ("quoted_name_to_search", "url", verb.start(), name.end(), 0.86, "a name given to look up elsewhere")
        )
    if (
        found
        and found[-1][0] in _POINTED_PAGES
        and (
            p["own_search"].search(text, start, end) is not None
            or p["named_channel"].search(text, start, end) is not None
        )
    ):
        # "scan the QR code to register the warranty on the platform": the platform's own page;
        # "cherchez « X » sur Facebook", "link in my Insta bio": the app's or the marketplace's page,
        # whose own finding holds the code.
        found.pop()
    return found


# The hints to a page that the platform named beside them makes its own.
_POINTED_PAGES = ("link_in_profile", "qr_to_page", "quoted_name_to_search")


# A path through the phone's menus: "Settings > Location", "Ustawienia → Lokalizacja".
_MENU_PATH = re.compile(r"\w\s*(?:>|→|->)\s*\w")


def _name_to_type(p: dict[str, Any], text: str, start: int, end: int, engine: re.Match[str]) -> bool:
    """Whether the sentence quotes a name to type into the search engine ("tapez « X » sur Google").
    A quoted label that holds the engine's own name ("„Google-Standortgenauigkeit“", "say “Hey
    Google”") is a setting or a command of the phone, and so are quoted names along a menu path
    ("Settings > Location > “Google Location Accuracy”"): instructions, not a search."""
    if _MENU_PATH.search(text, start, end):
        return False
    return any(
        not (name.start() <= engine.start() < name.end()) for name in p["quoted_name"].finditer(text, start, end)
    )


def _skip_spaces(text: str, position: int, end: int) -> int:
    while position < end and text[position].isspace():
        position += 1
    return position
