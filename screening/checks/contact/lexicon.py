"""Words and phrases of off-platform contact in the eight main market languages, accent-folded and
lower case (they are matched against normalize()d text). One place to extend for a new language.

Patterns are regex fragments; `\\w*` endings absorb inflections (Polish "na WhatsAppie", German
"schreiben Sie mir").
"""

from __future__ import annotations

# The word lists and alternations keep their hand layout (by language and meaning), so ruff format leaves them.
# fmt: off

# Messaging apps and social networks. Ambiguous names (everyday words too: "signal", "line",
# "snap", "ig", "fb", "zap", "x") need stronger evidence than a mention (see channels.py).
PLATFORMS: dict[str, str] = {
    "WhatsApp": r"appje|appjes|app-?groep\w*|"
                # Dutch "app me even" (WhatsApp me): the imperative opening a clause, before its object
                # ("de app mij", "the banking app me and my wife use" are the noun)
                r"(?<![a-z] )(?<![a-z])app(?= (?:me|mij|ons)(?![a-z]))|what'?s\s?app\w*|whats?ap+\w*|wh?atsap+\w*|wassap\w*|wasap\w*|guasap\w*|watsap\w*|whatsup|"
                # written as it sounds: "ouatsape", "uasap", "uozzap", "wats app"
                r"ouat+sap+e?|uasap+\w*|uoz+ap+\w*|wats app|"
                r"wsp|wpp|wapp|wa|"
                # more spellings as said: "Whatsi", "Wotsap" (Swiss), "wazzap", Polish "wap"/"wapie"
                r"whatsi|wotsap+\w*|waz+ap+\w*|wap|wapie|wapa|wapka|"
                # Brazilian "zap", "zapzap": needs evidence (AMBIGUOUS_FORMS)
                r"(?:(?<=no )|(?<=do )|(?<=pelo )|(?<=de )|(?<=meu )|(?<=teu )|(?<=seu ))zap|zapzap|"
                # the first half alone ("no whats", "su Whats"; also English "whats" without its
                # apostrophe, so it needs evidence: AMBIGUOUS_FORMS), and Dutch "appen" (to message)
                # Dutch only after its usual words: Scandinavian "appen" is "the app"
                r"whats|wats|(?:(?<=even )|(?<=verder )|(?<=me )|(?<=mij )|(?<=te )|(?<=gaan )|(?<=je ))appen",
    "Telegram": r"telegra?[mn]\w*|tlgrm|tele[ .-]gram\w*|"
                # by its icon: "o aviãozinho azul", "el avioncito", "der Papierflieger" (AMBIGUOUS_FORMS)
                r"aviaozinho|avioncito|papierflieger|aeroplanino|paper plane|avion en papier|samolocik|"
                # "Tele" for short: also the TV, so it needs evidence (AMBIGUOUS_FORMS)
                r"tele(?![a-z])",
    "Signal": r"signal(?:\s?app|a|em|u|e)?",
    "Messenger": r"messenger\w*|fb\s?messenger|mesend[zs]er\w*",
    # written apart or as it sounds: "face book", "feesboek", "feice", "fejsbuk"
    "Facebook": r"facebook\w*|face[ .-]book\w*|fb|fejs\w*|fe+sboek\w*|feice|feicebuk\w*|feis+bu[ck]+\w*|fratzebuch\w*|"
                # jokes and short forms: "Faccialibro", "le Face de bouc", "grupo del Face", a "fanpage"
                r"faccialibro|face de bouc|fanpage\w*|face(?!\s?-?id)",
    "Instagram": r"instagram\w*|insta[ .-]gram\w*|insta\b|insta(?!l|nt|nc)\w*|ig|i g|1nsta\w*|the gram|"
                 # Brazilian "chama no direct": Instagram's private messages (AMBIGUOUS_FORMS)
                 r"(?:(?<=no )|(?<=na )|(?<=pro ))direct",
    "Snapchat": r"snapchat\w*|snap(?:ie|a|em|u)?|sc|"
                # by its ghost: "el de los fantasmitas", "le petit fantôme" (AMBIGUOUS_FORMS)
                r"fantasmitas?|fantasminhas?|fantasmino|petit fantome|little ghost|geistchen|spookje|duszek",
    "TikTok": r"tik\s?tok\w*",
    "Viber": r"viber\w*",
    "WeChat": r"wechat|weixin",
    "Discord": r"discord\w*",
    "Skype": r"skype\w*",
    "Line": r"line",
    "Threema": r"threema",
    "Kik": r"kik",
    "iMessage": r"imessage|facetime",
    "X (Twitter)": r"twitter\w*",
    "LinkedIn": r"linkedin",
}
# A seller's place on a social network: "our Facebook page", "un canal de Telegram", "grupę na Facebooku".
COMMUNITY = (r"groups?|gruppe\w*|groupes?|grupos?|gruppo|gruppi|groep\w*|grup[aeyi]\w*|channels?|kanal\w*|canal|canales|canale|"
             r"canais|kanaal|page|pagina|seite|strona|stronie|stron[eyi]|sivu\w*|sida|sidan|side|siden|oldal\w*|σελιδα|ομαδα|καναλι")
# Words that are themselves a message on the platform ("stuur me een appje"): an invitation next to
# them needs no preposition.
MESSAGE_WORDS = frozenset({"appje", "appjes", "whatsappje", "dm", "mp", "wsp", "appen", "app"})
AMBIGUOUS_PLATFORMS = frozenset({"Signal", "Line", "Snapchat", "Facebook", "Instagram", "Kik", "iMessage"})
# Exact forms of ambiguous names that are fine alone when also plainly the app ("snapchat").
UNAMBIGUOUS_FORMS = ("snapchat", "instagram", "facebook", "signal app", "imessage")
# Short forms of clear names that are letters of other things too ("WA" is also a state, a unit):
# they need the evidence of an ambiguous name.
AMBIGUOUS_FORMS = frozenset(
    {"wa", "zap", "face", "i g", "tele", "wap", "wapa", "direct", "whats", "wats", "aviaozinho", "avioncito",
     "papierflieger", "aeroplanino", "paper plane", "avion en papier", "samolocik", "fantasmita", "fantasmitas",
     "fantasminha", "fantasminhas", "fantasmino", "petit fantome", "little ghost", "geistchen", "spookje", "duszek"}
)

MARKETPLACES: dict[str, str] = {
    "Leboncoin": r"le\s?bon\s?coin|leboncoin|lbc|bon\s?coing?",
    "eBay": r"ebay\w*|ebya|ebey",
    "Kleinanzeigen": r"kleinanzeigen|ebay-kleinanzeigen",
    "Vinted": r"vinted|vintid",
    "Wallapop": r"wallapop|wall?a(?=\W|$)",
    "Subito": r"subito(?:\.it)?|subbito",
    "Marktplaats": r"marktplaats\w*|markplaats|mp(?!\d)",
    "Allegro": r"allegro\w*|alegro\w*",
    "OLX": r"olx\w*",
    "Milanuncios": r"mil+anu?n?cios?",
    "2ememain / 2dehands": r"2ememain|2e ?main|2de ?hands|2e ?hands|tweedehands",
    "Facebook Marketplace": r"(?:facebook|fb|face|fejs\w*)\s?marketplace|marketplace (?:de |do |di |del |da |na |on |van |von |auf |bei |op |en )?(?:facebook\w*|fb|face|fejs\w*)",
    "Back Market": r"back\s?market",
    "Rakuten": r"rakuten",
    "Cdiscount": r"cdiscount",
    "Willhaben": r"willhaben",
    "Tutti": r"tutti\.ch|tutti(?= ?\.? ?ch)|(?<=bei )tutti|(?<=auf )tutti",
    "Anibis": r"anibis\w*",
    "Ricardo": r"ricardo(?:\.ch)?",
    "Blocket": r"blocket\w*|tradera|plick",
    "Tori": r"tori\.fi|tori(?:ssa|sta|in|hin|lla|lle)|huuto\.net\w*|huutonet\w*",
    "DBA": r"dba(?:\.dk)?|den bla avis|gul ?og ?gratis|guloggratis|trendsales",
    "Bazos": r"bazos\w*|sbazar\w*|aukr(?:o|a|u|em)|modr\w* konik\w*",
    "Jofogas": r"jofogas\w*|vatera\w*|hasznaltauto\w*|hardverapro\w*",
    "OLX / Publi24": r"okazii|publi24|lajumate|emag\w*",
    "Vendora": r"vendora|skroutz|xe\.gr|car\.gr|insomnia\.gr",
    "Gumtree": r"gumtre+",
    "CustoJusto": r"custojusto|custo justo|kuanto ?kusta",
    # "Amazzone" (Italian), "the big river" spelled out in the markets' own languages
    "Amazon": r"amazon\w*|amazzon[ae]",
    "bol.com": r"bol\.com|bol",
    "Depop": r"depop|shpock|quoka|ricardo\.ch|kijiji|craigslist|mercari|donedeal|adverts(?:\.ie)?|swappa|offerup|"
             r"sprzedajemy(?:\.pl| pl)|(?<=na )sprzedajemy|tweakers|worten marketplace|fnac marketplace",
    # Described instead of named: an auction site or a classified-ads site, in each language.
    "an auction or classified-ads site": (
        r"auction (?:site|website|app)|classifieds? (?:site|website|app)|classified ads? (?:site|website)|"
        r"site (?:d'|de |des )?(?:encheres|petites annonces|annonces)|sites? d'encheres|"
        r"auktionsseite|auktionsplattform|kleinanzeigenportal|anzeigenportal|"
        r"(?:sitio|pagina|web|portal|app) (?:de )?(?:subastas|anuncios(?: clasificados)?|clasificados)|"
        r"sito (?:delle |degli |di |d')?(?:aste|annunci)|"
        r"veilingsite|veilingwebsite|zoekertjes\w*|advertentiesite|"
        r"(?:portal|serwis|stron\w*) (?:aukcyjn\w*|ogloszeniow\w*)|"
        r"site (?:de |dos )?(?:leiloes|anuncios|classificados)"
    ),
}
# Everyday words in some language: need a preposition before them ("su Subito", "na Allegro").
AMBIGUOUS_MARKETPLACES = frozenset({"Subito", "Allegro", "Facebook Marketplace", "Ricardo", "Amazon", "bol.com"})
# Short forms that are ambiguous even for an otherwise clear name.
# "tweedehands" is also Dutch for second-hand ("tweedehands toestellen"): the site only with a
# preposition or a listing before it ("op tweedehands"), as for the ambiguous names.
AMBIGUOUS_MARKET_FORMS = frozenset({"lbc", "dba", "wala", "walla", "mp", "adverts", "tweedehands"})

# "contact me", "write to me", "add me"... per language. The finding needs one of these, a handle
# or a possessive next to the platform name, so "WhatsApp works fine on this phone" is not flagged.
INVITATIONS = "|".join([
    # en
    r"join|add me|text me|message me|look me up|search for me|reachable|available on|msg me|contact me|reach me|find me|call me|dm me|ping me|write (?:to )?me|"
    r"hit me up|hmu|follow me|get in touch|reach out|talk (?:to me|on|via|over)|chat (?:with me|on|via)|"
    r"let'?s (?:talk|chat|continue|move|switch|speak)|we (?:can|could) (?:talk|chat|continue|speak|move)|"
    r"i'?m on|i am on|my (?:handle|username|user name|account|profile|id|number|page)|contact us|add us|"
    # a search for a name shaped like a user name: "search xyz_shop_example there"
    r"(?:search(?: for)?|look up|cherche[zr]?|such(?:e|en sie|t)?(?: nach)?|busca|cerca|zoek|szukaj|procur[ae])\s+@?[a-z0-9]+[_.][a-z0-9_.]+|"
    r"send (?:you|me)|i(?:'ll| will) send|i can send|message us|write us|msg us|dm us|text us|ping us|hit us up|"
    # looking the seller up elsewhere, often by the shop's name: "look us up on insta by the shop name"
    r"look us up|search for us|search us|find us|search (?:for )?(?:the |our )?(?:shop|store)(?:'s)? name|under (?:the |our )?(?:shop|store)(?:'s)? name|"
    r"follow us|like (?:our|my) page|subscribe|"
    # a look at the seller's page there, a message there, private messages
    r"check (?:out|us out|me out)|have a look|take a look|slide into|drop me a (?:line|message|msg)|give me a shout|"
    r"send me a (?:message|msg|text)|dms?|want in|shall i add you|should i add you|"
    # a search for a name given in quotes: "search 'PhoneCorner' there"
    r"(?:search(?: for)?|look up|cherche[zr]?|recherche[zr]?|such(?:e|en sie|t)?(?: nach)?|busca[rd]?|cerca(?:re)?|zoek(?:en)?|"
    r"szukaj|wyszuka\w*|procur[aeo]\w*)\s+(?:for\s+)?['\"\u2018\u2019\u201c\u201d\u00ab\u201e]|"
    # "the link is in the bio": the seller's profile page there
    r"(?:in|dans|en|na|nella|w) (?:the |our |my |de |la |der |onze |notre |unserer |nuestra |nossa )?bio",
    # fr
    r"rejoins|rejoignez|ecri(?:vez|s|re)[- ]?(?:moi|nous)|cherche(?:z)?[- ]?moi|me chercher|on (?:en )?(?:parle|discute)|joignable|dispo(?:nible)?|m'ecrire|nous ecrire|contacte(?:z|r)?[- ]?(?:moi|nous)|me contacter|"
    r"ajoute(?:z|r)?[- ]?(?:moi|nous)|m'ajouter|retrouve(?:z|r)?[- ]?(?:moi|nous)|me retrouver|"
    r"joi(?:ns|gnez)[- ]?moi|me joindre|appelle(?:z)?[- ]?moi|m'appeler|envoie(?:z)?[- ]?moi|"
    r"suive?z[- ]?moi|parlons|discutons|continuons|echangeons|on (?:peut|pourra|pourrait) (?:continuer|discuter|parler|echanger|se parler)|"
    r"je suis (?:dispo(?:nible)?|joignable )?sur|je suis (?:aussi )?sur|mon (?:compte|pseudo|profil|identifiant|id|numero|insta|snap)|"
    r"je (?:vous |t')?envoie|je peux (?:vous |t')?envoyer|on se parle|contactez[- ]nous|passez (?:sur|par)|"
    r"je vous (?:envoie|enverrai|ecris)|cherche(?:z)?[- ]nous|(?:le )?nom de la boutique|nom du magasin|"
    r"suivez[- ]nous|suis[- ]nous|abonne[sz]?[- ](?:vous|toi)|"
    r"passe (?:sur|par)|viens (?:en|sur)|venez (?:en|sur)|fai(?:s|tes)[- ]moi (?:un (?:petit )?coucou|signe)|"
    r"snap[- ]?moi|envoie(?:z)?(?:[- ]moi)? un (?:message|msg|mot)|jetez un (?:oeil|coup d'oeil)|jette un (?:oeil|coup d'oeil)",
    # de
    r"schreib(?:en sie|t)? (?:mir|uns)|erreichbar|such(?:e|en sie)? mich|schreiben sie mir|kontaktier(?:en sie)? (?:mich|uns)|kontaktiere mich|"
    r"meld(?:e dich|en sie sich|et euch)|add(?:e|en sie)? mich|fug(?:e|en sie)? mich|ruf(?:en sie)? mich|"
    r"find(?:est du|est|en sie|et ihr) mich|schriib\w* (?:mir|eus|mer)|folg(?:e|en sie) mir|ich bin (?:auch )?(?:auf|bei)|erreich(?:st du|en sie) mich|"
    r"lass(?:en sie)? uns|wir (?:konnen|konnten) (?:auf|uber|per|via)|mein(?:e|en|em)? (?:account|profil|name|benutzername|nutzername|nummer|id)|"
    r"ich schicke|ich sende|ich kann (?:ihnen |dir )?(?:schicken|senden)|schick(?:en sie)? mir|sende(?:n sie)? mir|"
    r"such(?:t|en sie|e)? (?:uns|nach)|(?:shop|laden)namen|folg(?:t|e|en sie)? uns|abonnier\w*|nach [^.!?\n]{1,40}? suchen|"
    r"tritt (?:\w+ )?bei|tretet (?:\w+ )?bei|treten sie (?:\w+ )?bei|willst du (?:auch )?(?:rein|dazu|beitreten)|soll ich (?:dich|sie) (?:hinzufugen|dazunehmen)|schau(?:t|en sie)? (?:mal |einfach )?(?:auf|bei|in)",
    # es
    r"escribe(?:me|nos)|localizable|disponible|escribame|escribenos|contacta(?:me|nos)|contacteme|agrega(?:me)|agregueme|anade(?:me)|"
    r"llama(?:me)|llameme|busca(?:me)|sigue(?:me)|hablamos|hablemos|seguimos (?:por|en)|estoy en|"
    r"manda(?:me)|mandeme|envia(?:me)|envieme|mi (?:cuenta|usuario|perfil|numero)|te (?:envio|mando|paso)|le (?:envio|mando|paso)|"
    r"puedo (?:enviarte|mandarte|pasarte)|podemos (?:hablar|seguir|continuar)|buscanos|nombre de la tienda|"
    r"siguenos|suscribete|nos encuentras|me encuentras|encuentranos|pasate por|pasaos por|"
    r"echa(?:le)? un vistazo|echad un vistazo|unete|unanse|te (?:anado|meto) al grupo|quieres entrar",
    # it
    r"entra|scrivimi|raggiungibile|reperibile|disponibile|scrivetemi|scrivici|contattami|contattatemi|contattaci|aggiungimi|chiamami|cercami|seguimi|"
    r"mi trovi|mi puoi trovare|mi potete trovare|sentiamoci|parliamo|continuiamo|sono (?:anche )?su|"
    r"il mio (?:account|profilo|nome utente|numero)|ti (?:mando|invio|scrivo)|le (?:mando|invio|scrivo)|"
    r"posso (?:mandarti|inviarti)|possiamo (?:parlare|sentirci|continuare)|mandami|inviami|cercaci|nome del negozio|"
    r"seguici|seguiteci|metti(?:ci)? (?:un )?mi piace|iscriviti|ci trovi|ci potete trovare|trovateci|"
    r"dai un'occhiata|date un'occhiata|da un'occhiata|ti aggiungo|vuoi entrare",
    # nl
    r"stuur (?:me|mij|ons)|stuurt? (?:ge|gij|je|u) (?:me|mij|ons)|bereikbaar|zoek (?:me|mij) op|zoek (?:maar|gerust|even|eens) op|app (?:me|mij)|bel (?:me|mij)|voeg (?:me|mij) toe|contacteer (?:me|mij|ons)|"
    r"neem contact op|vind (?:me|mij)|volg (?:me|mij)|ik zit (?:ook )?op|ik ben (?:ook )?(?:te vinden )?op|"
    r"mijn (?:account|profiel|gebruikersnaam|nummer)|ik stuur|ik kan (?:je|u) (?:sturen|appen)|"
    r"we kunnen (?:verder|praten|chatten)|laten we|zoek ons op|winkelnaam|volg (?:ons|onze)|abonneer|zoek op|zoek naar|"
    r"kijk (?:eens |even )?op|neem een kijkje|stuur (?:een|n) (?:dm|bericht|berichtje)|"
    # an offer to add the buyer to a group there: "wil je erbij?", "zal ik je toevoegen?"
    r"wil je erbij|wilt u erbij|kom erbij|zal ik (?:je|u) toevoegen|"
    r"(?:kun|kan|wil|kunt|wilt) (?:je|jij|ge|u) (?:me|mij) (?:even |eens |efkes )?appen",
    # pl
    r"napisz(?: do mnie| mi)?|pisz|dostepn\w*|osiagaln\w*|pisz (?:na|do mnie)|dodaj mnie|zadzwon|skontaktuj(?:cie)? sie|skontaktujmy sie|"
    r"znajdziesz mnie|obserwuj mnie|jestem (?:tez )?na|moj (?:profil|nick|login|numer)|wysle|wysylam|"
    r"moge (?:wyslac|przeslac)|przesle|odezwij sie|pogadajmy|porozmawiajmy|szukaj(?:cie)? (?:nas|mnie)|wyszukaj|nazw\w* sklepu|"
    r"obserwuj\w*|zaobserwuj\w*|polub\w*|zapraszamy (?:na|do)|wpisz|zajrzyj\w*|wpadnij|dolacz\w*",
    # pt
    r"escreve-me|contactavel|disponivel|escreva-me|manda-me|mande-me|envia-me|envie-me|contacta-me|contacte-me|adiciona-me|"
    r"adicione-me|liga-me|ligue-me|segue-me|siga-me|estou no|fala comigo|falamos|me chama|chama(?:-me)? no|"
    r"(?:o )?meu (?:perfil|utilizador|usuario|numero)|(?:a )?minha conta|envio-lhe|mando-lhe|posso enviar|"
    r"podemos (?:falar|continuar)|procura(?:-nos)?|procure(?:-nos)?|nome da loja|"
    r"segue a (?:pagina|nossa)|siga a (?:pagina|nossa)|entr[ae] no (?:nosso )?grupo|"
    r"segue-nos|siga-nos|sigam-nos|segue (?:o|a)|ve (?:o|a) nosso|subscreve|"
    r"manda(?:r)? (?:uma )?mensagem|manda dm|da uma olhada|de uma olhada|confira|"
    # "mande WhatsApp para o 9..": the app's name as the message sent
    r"(?<![a-z] )mand[ae](?= (?:um |uma )?(?:whats\w*|zap|wpp|sms)(?![a-z]))",
    # the smaller markets: ca, sv, da, fi, cs, sk, ro, hu, el
    r"escriu-me|escriviu-me|truca'm|truqueu-me|afegeix-me|busca'm|em trobes|ens trobes|soc a|som a",
    r"skriv (?:till )?(?:mig|oss|dar)|skriv|hor av dig|kontakta (?:mig|oss)|lagg till mig|ring mig|jag finns pa|vi finns pa|"
    r"skriv til (?:mig|os)|kontakt (?:mig|os)|tilfoj mig|ring til mig|jeg er pa|vi er pa|find (?:mig|os)",
    r"laita (?:viestia|viesti|yksityisviestia)|kirjoita|soita|ota yhteytta|loydat (?:minut|meidat)|lisaa minut|olen myos",
    r"napiste|napis|kontaktujte|najdete (?:me|nas)|pridejte|jsme na|jsem na|ozvete se|najdete (?:ma|nas)|sme na|som na|ozvite sa",
    r"scrie-mi|scrieti-mi|contacteaza-ma|contactati-ma|ma gasesti|ne gasesti|suna-ma|sunati-ma|adauga-ma|sunt pe|suntem pe",
    r"irj|irjon|keress|keressen|megtalalsz|adj hozza|hivj|hivjon|fent vagyok",
    r"στειλε μου|στειλτε μου|γραψε μου|γραψτε μου|βρες με|βρειτε μας|ειμαι στο|ειμαστε στο|παρε με|καλεσε με",
])

# "Do you have <app>?" in the smaller markets' languages, per language (ro "ai" is pt "there").
HAVE_YOU: dict[str, str] = {
    "ca": r"tens|teniu", "sv": r"har du|har ni", "da": r"har du|har i", "fi": r"onko sulla|onko sinulla|onks sulla|onko teilla",
    "cs": r"mate|mas|pouzivate", "sk": r"mate|mas|pouzivate", "ro": r"ai|aveti|folosesti", "hu": r"van|hasznalsz",
    "el": r"εχεις|εχετε",
}
# "write to me THERE" in the smaller markets' languages (beside the main ones in channels.py).
THERE_MORE = r"dar|dit|der|derind|sinne|siella|acolo|ott|oda|εκει|alla|allà"
# Prepositions that put a conversation "on" a platform.
# Prepositions that put a conversation "on" a channel, per language (Dutch "en" is "and", not "in").
PREPOSITIONS: dict[str, str] = {
    "en": r"on|via|through|over|to|in|onto",
    "fr": r"sur|par|via|en",
    "de": r"auf|uber|per|via|bei|in|im|zu|uf",
    "es": r"por|en|via|al|a",
    "ca": r"per|en|via|a",
    "it": r"su|sul|sulla|per|via|tramite|in",
    "nl": r"op|via|over|in|met|naar",
    "pl": r"na|przez|w|po",
    "pt": r"no|na|pelo|pela|por|via|em|ao|para o|pro",
    "sv": r"pa|via|hos|i",
    "da": r"pa|via|hos|i",
    "fi": r"via",
    "cs": r"na|pres|v|ve",
    "sk": r"na|cez|v|vo",
    "ro": r"pe|prin|via",
    "hu": r"a|az|via",
    "el": r"στο|στη|στην|μεσω|σε",
}
# "WhatsApp works fine", "great camera for TikTok": the app is a feature of the phone, not a channel.
# The buyer's own calls and use of an app, troubleshot ("do calls drop in WhatsApp too?", "chamadas
# normais e também no WhatsApp"), and the number registered with it: the app on the phone, anywhere
# in a sentence where the seller does not name themselves as the one to reach (SPEAKER_OBJECT: "é
# mais fácil falar comigo pelo WhatsApp").
CALLS_IN_THE_APP = (r"calls|chamadas|llamadas|chiamate|appels|anrufe|telefonate|telefoongesprekken|gesprekken|"
                    r"polaczenia|rozmow\w*|gebruik|registr\w*|zarejestrowan\w*|wyrejestr\w*")
SPEAKER_OBJECT = (r"me|us|comigo|connosco|conosco|conmigo|mij|ons|mich|uns|moi|nous|mnie|con me|con noi|"
                  r"meu|minha|my|mein\w*|mijn|mio|mia|moj\w*|nuestr\w*|onze|unser\w*|notre|nostr\w*")
FEATURE_WORDS = (r"klappt|geht|gehen|works?|working|runs?|running|fine|smooth\w*|install\w*|fonctionne\w*|marche\w*|tourne\w*|"
                 r"fotk\w*|fotograf\w*|poze\w*|kepek\w*|kuvat|kuvia|bilder|billeder|φωτογραφ\w*|megy|mukodik|funguj\w*|"
                 r"funkar|fungerar|virker|toimii|functioneaza|merge|δουλευ\w*|λειτουργ\w*|"
                 r"funktionier\w*|lauf\w*|installier\w*|funciona\w*|van|fluid\w*|instala\w*|funziona\w*|vanno|"
                 r"installat\w*|werk(?!statt)\w*|draai\w*|geinstalleerd|dziala\w*|zainstalowan\w*|camera|kamera|camara|"
                 r"fotocamera|notification\w*|notifiche|notificaciones|benachrichtigung\w*|meldingen|powiadomienia|"
                 r"notificacoes|compatible|kompatibel|compatibil\w*|supports?|unterstutzt|soporta|supporta|ondersteunt|obsluguje|suporta|"
                 r"update\w*|paivity\w*|tukee|frissites\w*|tamogat\w*|videohivas\w*|videopuhel\w*|mise a jour|aktualisier\w*|"
                 r"actualiza\w*|aggiorna\w*|bijgewerkt|zaktualiz\w*|atualiza\w*|"
                 # what the phone was used for, how an app runs on it ("lo usava solo per Facebook")
                 r"usava|usata|usato|utilisait|benutzte|gebruikte|usaba|uzywal\w*|zainstaluj\w*|instaluj\w*|"
                 r"estave\w*|estabiliza\w*|stabiliz\w*|stabilis\w*|"
                 # setting the new phone up: the app's chats restored, the app "of the iPhone" (not
                 # "transfer": a bank transfer is a payment)
                 r"migra\w*|backup|back up|restore|sauvegard\w*|restaur\w*|wiederherstell\w*|ripristin\w*|"
                 r"passar para ios|move to ios|copia de seguranca|copia de seguridad|kopi\w* zapasow\w*|"
                 # the app operated on the phone (IN_APP_WORDS)
                 r"settings|einstellung\w*|reglages|parametres|ajustes|configuracion\w*|impostazioni|instellingen|"
                 r"ustawienia\w*|definicoes|configuracoes|menu|menu's|steps|schritt\w*|etapes|pasos|passaggi|stappen|"
                 r"kroki\w*|passos|instructions|anleitung\w*|instructies|instrucciones|istruzioni|instrukcj\w*|instrucoes|"
                 r"(?<![a-z])(?:do|da|of|on|du|del|dello|sul|auf dem|am|op de|na|no|im) (?:novo |nova |new |nouvel |"
                 r"nouveau |neuen |nuovo |nieuwe |nowym |nuevo )?(?:iphone|telefone|telemovel|phone|handy|telefoon|gsm|"
                 r"android|samsung|celular|smartphone|telefonie|telefonu|telefono|movil|cellulare)")
# An app operated on the phone, anywhere in the sentence: its settings and menus, the steps to
# follow in it, the home screen it sits on ("En WhatsApp, además, puede ir a Ajustes, Chats...",
# "on the home screen only Phone, WhatsApp and Camera"). The clause-bound FEATURE_WORDS hold the
# same settings words; a menu path often runs over several clauses.
IN_APP_WORDS = (r"settings|einstellung\w*|reglages|parametres|ajustes|configuracion\w*|impostazioni|instellingen|"
                r"ustawienia\w*|definicoes|configuracoes|menu|menus|menu's|"
                r"home ?screen|startbildschirm|ecran d'accueil|pantalla de inicio|schermata (?:home|iniziale)|prima pagina|"
                r"beginscherm|startscherm|ekran\w* glown\w*|ecra (?:inicial|principal)|tela inicial")
# Proposals that move the conversation: a question, "let's", "shall we", "on peut"... next to "on <app>".
PROPOSAL_WORDS = (r"let'?s|shall we|can we|could we|we can|we could|move|switch|continue|on (?:peut|pourrait|se)|"
                  # "easier on WA": the other channel recommended
                  r"easier|quicker|faster|plus simple|plus rapide|plus pratique|einfacher|schneller|mas facil|mas rapido|"
                  r"mas comodo|piu facile|piu comodo|piu veloce|faccio prima|makkelijker|sneller|latwiej|szybciej|"
                  r"mais facil|mais rapido|mais pratico|"
                  # the seller answers faster or is always there: "je réponds plus vite là-bas"
                  r"plus vite|better|mieux|besser|mejor|meglio|beter|lepiej|melhor|"
                  r"always online|toujours (?:en ligne|connecte\w*)|immer online|siempre (?:en linea|conectad\w*)|"
                  r"sempre (?:online|conectad\w*|connesso)|altijd online|zawsze (?:online|dostepn\w*)|"
                  r"all day|toute la journee|den ganzen tag|todo el dia|tutto il giorno|de hele dag|caly dzien|o dia todo|"
                  r"je (?:te |vous )?reponds|i (?:reply|answer)|antworte ich|te contesto|le contesto|ti rispondo|le rispondo|"
                  r"antwoord ik|odpisuje|respondo|"
                  r"passons|continuons|allons|lass(?:en sie)? uns|konnen wir|sollen wir|wechseln|weiter\w*|"
                  r"podemos|seguimos|hablamos|pasamos|vamos|possiamo|proseguiamo|continuiamo|sentiamoci|passiamo|"
                  r"kunnen we|zullen we|verder|laten we|mozemy|przejdzmy|kontynuujmy|pogadajmy|podemos|falamos|"
                  r"passamos|continuamos|vamos|"
                  # "more photos on X, just say": the channel offered on the buyer's word
                  r"just (?:say|ask|shout)|e so (?:dizer|pedir)|basta (?:dizer|pedir|chiedere|dire)|solo (?:dimelo|pidemelo)|"
                  r"dis-le moi|demande(?:z)?-moi|sag einfach|einfach fragen|zeg het maar|vraag maar|daj znac|wystarczy napisac")
POSSESSIVES = (r"my|mon|ma|mes|mein|meine|meinem|meinen|mi|mio|mia|il mio|la mia|mijn|mn|m'n|moj|moja|moim|moje|"
               r"meu|minha|o meu|a minha|our|notre|unser\w*|nuestr[oa]s?|nostr[oaie]|ons|onze|nasz\w*|noss[oa]s?|"
               # "we've got a Discord", "on a un Telegram": the seller's own place there
               r"we(?:'ve| have) got an?|we have an?|nous avons un|on a un|wir haben (?:einen|eine|ein)|tenemos (?:un|una)|"
               r"abbiamo (?:un|una)|we hebben een|temos (?:um|uma)")

# Requests for the buyer's own contact details, without naming an app.
DETAIL_VERBS = "|".join([
    r"give (?:me|us)|send (?:me|us)|leave us|text me|share|leave me|drop me|dm me|can i (?:have|get)|could you (?:give|send)|"
    r"what(?:'?s| is) (?:your|ur)|tell me|leave(?: me)?|post|put|type|write down|note down|jot down|drop|gimme|"
    r"send over|send across|stick|pop|bung|shoot me|ping me",
    r"donne(?:z|r)?[- ]?moi|envoie(?:z|r)?[- ]?moi|laisse(?:z|r)?[- ]?moi|communique(?:z|r)?[- ]?moi|"
    r"passe(?:z|r)?[- ]?moi|file[- ]moi|quel est (?:votre|ton)|c'est quoi (?:votre|ton)|c quoi (?:votre|ton|ta)|pouvez-vous me (?:donner|communiquer|envoyer)|"
    r"me (?:donner|communiquer|envoyer|laisser|passer|filer)|m'indiquer|dites[- ]moi|dis[- ]moi|"
    # a shop writes "nous": "merci de nous communiquer votre numéro", "transmettez-nous"
    r"nous (?:donner|communiquer|envoyer|laisser|transmettre|indiquer)|(?:communique|envoye|transmette|indique|donne)(?:z|r)?[- ]nous|"
    r"me transmettre|transmette(?:z|r)?[- ]moi|"
    r"envoie|envoyez|laisse|laissez|donne|donnez|file",
    # Austrian and Bavarian speech shortens "Sie" to "S'": "geben S' mir", "schicken S' mir"
    r"schreib(?:en (?:sie|s'?))? mir|gib mir|geben (?:sie|s'?) mir|schick(?:en (?:sie|s'?))? mir|sende(?:n (?:sie|s'?))? mir|"
    r"nenn(?:en (?:sie|s'?))? mir|wie (?:ist|lautet) (?:deine|ihre)|"
    r"schreib(?:en sie)? mir (?:deine|ihre)|konnen sie mir (?:ihre|deine)|sag(?:en sie|en s'?)? mir|schick ma|gib ma",
    r"envoy(?:ez|er)[- ]?moi|dejame|dame|dime|pasame|enviame|mandame|deme|digame|envieme|cual es (?:tu|su)|me (?:das|pasas|envias|mandas)|"
    r"apuntame|regalame|regaleme|me (?:puedes|puede|podrias|podria) (?:dar|pasar|mandar|enviar)",
    r"dammi|mandami|inviami|lasciami|mi (?:dai|mandi|lasci|invii|scrivi|dia|scriva|dica)|qual e il (?:tuo|suo)|mi puoi (?:dare|mandare)|"
    r"dimmi|mi dici",
    r"geef (?:me|mij|je|jouw|uw)|stuur (?:me|mij)|wat is (?:je|jouw|uw)|kun je (?:me|mij)|kunt u (?:me|mij)|"
    r"stuur|kan je (?:me|mij) (?:dat|die|het) (?:geven|sturen|doorsturen)",
    r"poprosze(?: o)?|prosze o|zostaw(?: mi)?|zostawic|napisz(?: mi)?|podaj(?: mi)?|podac|prosze podac|wyslij(?: mi)?|daj mi|przeslij(?: mi)?|jaki (?:jest )?(?:twoj|pana|pani)|"
    r"wpisz(?: mi| tu)?|podasz|poda pan|poda pani|podeslij(?: mi)?",
    r"deixe(?:m)?|deixa|deixe-me|diga-me|da-me|de-me|dê-me|mande-me|diga-me|diz-me|indique-me|manda-me|envia-me|envie-me|passa-me|deixa-me|me passa|me manda|qual (?:e )?o (?:teu|seu)|"
    r"passa|fala|manda(?= (?:tambem |ai )?(?:o teu|o seu|teu|seu))",
    # the smaller markets: ca, sv, da, fi, cs, sk, ro, hu, el
    r"passa'm|deixa'm|dona'm|envia'm|digues-me|escriu-me|quin es (?:el )?teu|quina es (?:la )?teva",
    r"skicka|lamna|ge mig|vad har du for|vad ar (?:ditt|din)|send mig|giv mig|hvad er (?:dit|din)|lad mig fa",
    r"anna|laita|heita|kerro|mika (?:on )?(?:sun|sinun)",
    r"dejte mi|dej mi|posli(?:te)? mi|poslete mi|nech(?:te|ajte|aj)? mi|napis(?:te)? mi|muzete mi dat|mi dat|dajte mi|daj mi|"
    r"jake je (?:vase|tve)",
    r"da-mi|dati-mi|trimite-mi|trimiteti-mi|lasa-mi|lasati-mi|spune-mi|spuneti-mi|scrie-mi|care e|care este",
    r"add meg|adja meg|megadnad|megadna|ird meg|irja meg|kuldd el|kuldje el|mi a",
    r"δωσε μου|δωστε μου|στειλε μου|στειλτε μου|αφησε μου|αφηστε μου|πες μου|πειτε μου|ποιο ειναι|ποιο ειν",
])
DETAIL_NOUNS = (
    r"(?:phone |mobile |cell )?number|phone|mobile|cell|e-?mail(?: address)?|mail|contact(?: details| info)?|"
    r"details|whatsapp\w*|insta|instagram|telegram\w*|snap|snapchat|signal|viber|messenger|tiktok|threema|discord|skype|"
    r"numero(?: de (?:telephone|portable|tel))?|num|tel|telephone|portable|adresse (?:e-?)?mail|adresse electronique|courriel|"
    r"coordonnees|handynummer|telefonnummer|nummer|e-?mail-?adresse|mailadresse|kontaktdaten|kontakt|"
    r"movil|telefono|correo(?: electronico)?|contacto|datos de contacto|cellulare|recapito|contatto|"
    r"telefoonnummer|mobiele nummer|mailadres|gegevens|contactgegevens|numer(?: telefonu)?|telefon|"
    r"dane kontaktowe|adres e-?mail|maila|mailem|numeru|numer telefonu|telefonu|telemovel|numero de telemovel|tlm|nr tel\w*|handynr|"
    r"dados de contacto|coordonnees|e-?mail-?adresse|adresse e-?mail|privat\w* e-?mail\w*|votre 0[67]|ton 0[67]|recapito telefonico|"
    # Dutch mobile numbers start with 06, Belgian ones are a "gsm-nummer": "wat is je 06?"
    r"(?<=je |uw )06|(?<=jouw )06|gsm-?nummer|numero de gsm|whats|deets|namiar\w*|facebooknaam|insta-?name|mailtje|"
    r"insta ?naam|(?<=ton )06|(?<=ton )07|(?<=un )0[67]|"
    # chat words for an app account: "tu wasap", "o teu zap"
    r"wasap|wassap|guasap|zap|zapzap|kwai|nummerke|nummertje|contato|komork\w*|"
    r"contacto telefonico|numer komorki|komorki|telefoonnummer|mobile number|portable|"
    # the smaller markets (Hungarian and Finnish nouns carry the owner as a suffix: "szamod", "numerosi")
    r"mobil|correu(?: electronic)?|contacte|telefonnummer|mobilnummer|mejl\w*|mailadress\w*|e-?post\w*|"
    r"tlf\.?(?: ?nr\.?)?|mailadresse|puhelinnumero\w*|sahkoposti\w*|s-?posti\w*|meili\w*|yhteystied\w*|"
    r"numero\w*|cislo|telefonni cislo|telefonne cislo|numar\w*|adresa de (?:e-?)?mail|"
    r"telefonszam\w*|szamod|e-?mail ?cim\w*|cimed|elerhetoseg\w*|τηλεφωνο|κινητο|αριθμο|στοιχεια"
)
# A name on a messaging app ("leave me your name on Messenger"): a contact detail only when an app
# is named in the same message (channels.py).
NAME_NOUNS = (r"name|nom|pseudo|username|user name|nutzername|benutzername|nombre|usuario|nome utente|naam|"
              r"gebruikersnaam|nazwa|nick\w*|nom d'usuari|navn|namn|nimi\w*|jmeno|meno|numele|nume|nev\w*|"
              r"neved|username-?ul|ονομα\w*")
# "Hast du eine E-Mail-Adresse?", "Auriez-vous un numéro ?": the buyer asked whether they have one
# (a verb of having with the buyer as its subject, before the noun, in a question).
HAVE_YOU_ASKED = (r"have you(?: got)?|do you have|any chance of|would you have|you got|got an?|habt ihr|hast du|haben sie|hattest du|hatten sie|"
                  r"avez-vous|auriez-vous|as-tu|aurais-tu|vous avez|tu as|tienes|tiene usted|tendrias|tendria|"
                  r"hai|avresti|ha (?:un|una)|avrebbe|heb je|hebt u|heeft u|zou je|zou u|masz|ma pan|ma pani|"
                  r"t'aurais|tu aurais|vous auriez|"
                  r"mialbys|tens|tem|voce tem|teria|terias")
# "Which e-mail do you have?": a question word before a contact noun, answered by the buyer.
WHICH = (r"what|which|quel\w*|welche\w*|cual|qual|quale|welk\w*|jaki\w*|quin|quina|vilket|vilken|hvilket|hvilken|"
         r"mika|mita|jake|jaky|ake|aky|care|ce|melyik|milyen|ποιο\w*|τι")
# "I need your private e-mail for the warranty": a need stated instead of a request.
NEED_WORDS = (r"need|besoin|brauch\w*|benotige|necesito|necesitaria|ho bisogno|mi serve|mi servirebbe|mi servono|mi servirebbero|"
              r"nodig|potrzebuje|potrzebowalbym|preciso|precisaria|require|il me faut|j'aurais besoin")
# "How can I reach you outside the app?": asks for a channel to the buyer.
_REACH_VERB = (r"(?:reach|contact|joindre|joins|erreich|kontaktier|kontakt|contatt|bereik|localiz|skontakt|kontaktow|"
               r"ligar|ligo|chiam|llam|anruf|appel|call|apanhar|bellen|bel|text|rintracci|zlap)\w*")
# At a word's start: "liquide" holds no Italian "qui" (here).
_REACH_QUALIFIER = (r"(?<![a-z])(?:outside|dehors|hors|au(?:ss|ß)erhalb|telefonisch|par telephone|por telefono|fuera|fuori|buiten|poza|fora|"
             r"directly|directement|direkt|directamente|direttamente|rechtstreeks|bezposrednio|diretamente|privately|"
             r"en prive|privat|en privado|in privato|prive|prywatnie|em privado|by phone|per telefono|per telefoon|"
             r"telefonicznie|telefonicamente|de la app|da app|aplikacji|portalem|platform\w*|plateforme|plattform|"
             r"plataforma|piattaforma|here|ici|hier|aqui|qui|tutaj|aqui|this app|l'appli|d'ici|da qui|van hier|off here|daqui|"
             # "where else can I reach you?": somewhere other than here
             r"anders|otherwise|autrement|sonst|altrimenti|inaczej|que no sea|sem ser|other than|"
             # "where can I reach you best?": the chat is where the buyer already is; a better place is another
             r"best|easiest|easily|more easily|plus facilement|facilement|le plus simple|au mieux|am besten|am einfachsten|"
             r"mejor|mas facil\w*|piu facilmente|piu facile|het best|het makkelijkst|makkelijker|najlepiej|najlatwiej|latwiej|"
             r"mais facilmente|melhor|mais facil)")
REACH_YOU = (r"(?:how|comment|wie|como|come|hoe|jak|where|ou|wo|dove|waar|gdzie|onde|donde|adonde|por donde|por onde|best way|"
             r"what'?s|what is|"
             r"meilleur moyen|beste weg|mejor manera|mejor forma|modo migliore|beste manier|najlepszy sposob|melhor forma|"
             r"melhor maneira)\b(?:[^.?!\n]{0,40}?" + _REACH_VERB + r"[^.?!\n]{0,40}?" + _REACH_QUALIFIER +
             r"|[^.?!\n]{0,40}?" + _REACH_QUALIFIER + r"[^.?!\n]{0,30}?" + _REACH_VERB + r")"
             # "another way I can reach you?": the chat is one way, the other is off it
             r"|(?:another|other|different|autre|un autre|andere\w*|otra|otro|un altro|un'altra|altro|inny|inna|innego|"
             r"outra|outro)\s(?:way|means|moyen|manier|weg|moglichkeit|manera|forma|modo|sposob\w*|maneira|canal)"
             # ... the buyer's way: "to contact us" is the platform's help, not the buyer
             r"(?=[^.?!\n]{0,45}?(?:(?<![a-z])(?:you|u|vous|te|sie|dich|ihnen|je|jou|ti|la|lo|cie|ciebie|pana|pani|voce|lhe)"
             r"(?![a-z])|(?:arte|erte|irte|arla|arlo|arti|erti|irti)(?![a-z])))"
             r"[^.?!\n]{0,30}?" + _REACH_VERB)
# A request is for the buyer's OWN details: "send me YOUR number", not "send me an e-mail".
SECOND_PERSON = (r"your|ur|yr|votre|vos|ton|ta|tes|dein\w*|ihr\w*|tu|tus|su|sus|tuo|tua|suo|sua|je|jouw|uw|swoj\w*|"
                 r"teu|teva|din|ditt|dina|dit|dine|sun|sinun|teidan|svoje|svuj|svoj|vase|vas|tve|tvoje|tvuj|tvoj|"
                 r"tau|dumneavoastra|σου|σας|"
                 r"twoj\w*|pana|pani|teu|o teu|o seu|seu|tuyo|tuya")
# The buyer as the owner of a contact detail, in a wider sense: "a number for you", "vous joindre".
OWNER = SECOND_PERSON + (r"|masz|hai|tienes|tens|tem|hast du|haben sie|habt ihr|heb je|heeft u|hebt u|have you|got an?|avez-vous|vous avez|for you|de vous|von dir|von ihnen|van je|van u|do siebie|do ciebie|do pana|do pani|"
                         r"du|dig|mate|sebe|seba|iti|σε|szamod|cimed|telefonszamod|neved|elerhetoseged|"
                         r"\w+(?:osoitteesi|numerosi|postisi|meilisi|tietosi)|"
                         r"dich|te|ti|vous|you|cie")
# "give me your order number": a reference the helpdesk may legitimately ask for.
NOT_CONTACT_NOUN_CONTEXT = (r"konta(?![a-z])|konto(?![a-z])|account number|numero de compte|numero de cuenta|numero di conto|rekeningnummer|numero da conta|order|commande|bestell|pedido|ordine|zamowien|bestelling|encomenda|tracking|suivi|"
                            r"objednavk|zasilk|zasielk|rendeles|csomag|comenz|comand|colet|tilaus|ordre|kolli|sporing|"
                            # Polish shipment and tracking numbers: "numer nadania", "numer przesyłki"
                            r"nadani|przesylk|sledzeni|przewozow|"
                            r"παραγγελ|αποστολ|seguiment|uctu|ucet|szamla|"
                            r"sendung|seguimiento|imei|serial|serie|iban|rma|colis|parcel|paket|facture|invoice|rechnung|"
                            # the line on a SIM card: "put your number on the eSIM", "move the number to the SIM"
                            r"(?<![a-z])e?-?sim(?![a-z])")

# A number noun that is a company's tax or registration number, a payment's reference, or the number
# an account trusts for its sign-in codes, said right with it: "UID-Nummer", "VAT number", "número
# de referencia", "your trusted number". Only attached to the noun: beside it, "your e-mail and
# NIP" still asks for the e-mail.
NUMBER_NAMED_BEFORE = (r"(?:uid|ust-?id|vat|mwst|tva|btw|kvk|siret|siren|steuer|tax|reference|referenz|referentie|"
                       r"trusted|vertrauenswurdige|vertrouwde|zaufany)[- ]?$")
NUMBER_NAMED_AFTER = (r"\s*(?:de |di |do |da |of |van |der )?(?:iva|nif|cif|tva|vat|btw|kvk|nip|nipc|siret|partita iva|"
                      r"referen\w*|riferiment\w*|confianza|confiance|confianca|fiducia)(?![a-z])")

# Off-platform payment.
PAYMENT_APPS = (r"bizum|bizu|blik\w*|mb\s?way|mbw|tikkie|lydia|revolut|western union|moneygram|satispay|twint|swish|"
                r"mobilepay|vipps|paylib|wero|venmo|zelle|cash\s?app|skrill|payconiq|postepay|n26|wise|paysafecard|monzo|"
                r"iris|viva wallet|ricarica (?:sulla |su |della )?(?:poste\w*|carta)|"
                # Erste Bank's app in Austria, a first name too: only as the means ("per George")
                r"(?:per|uber|via|mit) george|george[- ]?(?:app|uberweisung)|"
                # crypto-currencies: a payment no platform protects
                r"usdt|bitcoin\w*|btc|ethereum|krypto\w*|crypto\w*|cripto\w*|kryptowal\w*")
# No platform's checkout takes these: named as a way to pay, they are always outside it.
CRYPTO = r"usdt|usdc|eth|bitcoin\w*|btc|ethereum|krypto\w*|crypto\w*|cripto\w*|kryptowal\w*"  # IRIS: Greek banks' instant payments
# An app offered for this deal as the easier or preferred way ("Lydia ou Wero, comme vous préférez",
# "se hai Satispay è più comodo"). Not "we accept MB WAY": the platform's checkout takes the local
# methods, so accepting one says nothing of leaving it. Read in normalised text.
APP_OFFER = (r"if you (?:prefer|like|want)|si vous (?:preferez|voulez)|comme (?:vous preferez|tu preferes|tu veux)|"
             r"si (?:lo )?prefieres|como prefieras|se preferisci|se preferisce|wenn (?:du|sie|ihnen) (?:lieber|mochten|willst)|"
             r"als je (?:wilt|liever)|als u (?:wilt|liever)|jak wolisz|jesli wolisz|jezeli wolisz|se preferir|"
             r"te va bien|le va bien|te viene (?:mejor|bien)|ti va bene|le va bene|ca vous va|ca te va|passt (?:dir|ihnen)|"
             r"pasuje (?:ci|panu|pani)|da jeito|"
             r"plus simple|plus rapide|einfacher|schneller|bequemer|mas comodo|mas rapido|mas facil|piu comodo|"
             r"piu veloce|piu semplice|makkelijker|sneller|handiger|szybciej|wygodniej|prosciej|mais rapido|"
             r"mais facil|mais pratico|easier|quicker|faster|more convenient|works for you|ok for you|suits you|"
             # instant: "Por MB Way é num instante", "Per Satispay arriva subito"
             r"num instante|al instante|instantly|instant|sofort|subito|meteen|od razu|na hora|immediat\w*|mais rapida|"
             r"te lo (?:dejo|lascio) (?:en|a)|je te le laisse a|i'?ll let (?:you have )?it go for|"
             # "Revolut też może być", "met Bancontact kan ook", "en Wero entre nous", "hazme un Bizum"
             r"(?:tez|tambem|tambien|auch|aussi|ook|also|anche) (?:moze byc|pode ser|vale|sirve|geht|va|kan|mag|fine|ok|va bene)|"
             r"entre nous|unter uns|entre nosotros|tra (?:di )?noi|onder ons|miedzy nami|entre nos|between us|"
             r"hazme|fammi|faz-me|zrob mi|stuur me (?:een|n)|send me (?:a|an)|fais-moi|mach mir")
PAYMENT_APPS_THAT_ARE_NAMES = frozenset({"lydia", "wise", "wero", "swish", "iris"})
PAYPAL_PRIVATE = (r"paypal[^.!?\n]{0,25}(?<![a-z])(?:friend|ami|proche|freund|amig|amic|vriend|znajom|famil|famig|rodzin|f ?& ?f|\bff\b)|pp f ?& ?f|"
                  # German "FuF" (Freunde und Familie), PayPal's private transfer by its initials
                  r"(?<![a-z])fuf(?![a-z])|"
                  r"(?:f ?& ?f|friends (?:and|&) family)[^.!?\n]{0,20}\bpp\b|"
                  r"(?:friends?|amis|proches|freunde|amigos|amici|vrienden|znajomi|famil\w*)[^.!?\n]{0,15}paypal")
PAYPAL_DIRECT = r"paypal\s?(?:\.me|me)\b|paypal[^.!?\n]{0,25}(?:privat|private|personal|personnel|prive|direct)"
# "outside <the platform's name>" (names added from the policy): "buiten Swapiphone om", "poza Swapiphone".
OFF_PLATFORM_BEFORE_NAME = (r"hors(?: de)?|en dehors de|outside(?: of)?|off|au(?:ss|ß)erhalb(?: von)?|fuera de|fuori da|"
                            r"buiten|poza|fora d[aoe]|sin pasar por|sans passer par|ohne|senza passare da|zonder")
BANK_TRANSFER = (r"virement|bank transfer|wire transfer|money transfer|uberweisung|uberweis\w*|transferencia|bonifico|"
                 r"overboeking|overmaken|overschrijv\w*|overschrijf\w*|maak (?:\w+ ){1,3}over|storten|stort het|przelew\w*|przelej\w*|przelac|wplac\w*|prevod\w*|prevest|utalas\w*|utald|utalj\w*|atutal\w*|overfor\w*|overforsel|tilisiirt\w*|"
                 r"transferencia bancaria|\brib\b|bankverbindung|vorkasse|vorauszahlung|sort code|"
                 r"coordonnees bancaires|bank details|dati bancari|datos bancarios|rekeningnummer|numer konta|na (?:konto|rachunek)|kontodaten|"
                 r"dados bancarios|iban|paypal|cash|especes|en liquide|bargeld|barzahlung|in bar|efectivo|contanti|"
                 r"contant|gotowk\w*|dinheiro")
DIRECT_PAYMENT = (r"na telefon|na numer|to my (?:number|phone)|au numero|au 0|sur mon numero|an meine nummer|"
                  r"al mio numero|al numero|al \d|op mijn nummer|op \d|para o (?:meu )?numero|direct\w*|direkt\w*|diret\w*|direttamente|rechtstreeks|bezposrednio|hors|outside|off|au(?:ss|ß)erhalb|fuera|fuori|buiten|poza|fora|me\b|my\b|mon\b|ma\b|"
                  r"mein\w*|mi\b|mio\b|mijn\b|moj\w*|meu\b|minha\b|envoie|send|schick\w*|mando|invio|stuur|wysl\w*|wysyl\w*|ship\w*|dispatch\w*|post it|verzend\w*|verschick\w*|versend\w*|verstuur\w*|expedi\w*|spedisc\w*|podam\w*|podesl\w*|passo-te|te passo|te paso|ti passo|"
                  r"sans (?:passer|frais)|without|ohne|sin pasar|senza|zonder|bez|sem|privat\w*|en main propre|"
                  r"in person|personlich|en mano|di persona|persoonlijk|osobiscie|em mao|cheaper|moins cher|"
                  r"billiger|mas barato|meno caro|goedkoper|taniej|mais barato")
# "to my own account": an account of the seller's, named next to a payment word (see _payments).
OWN_ACCOUNT = (r"(?:my|mon|ma|mein\w*|mi|mio|mia|mijn|moje|moj\w*|meu|minha|min|mitt|mit|minun|muj|moj|contul meu|"
               r"our|notre|unser\w*|nuestra|nuestro|nostro|onze|nasz\w*|nossa|nosso|vart)\s+"
               r"(?:(?:own|personal|private|perso|personnel|privat\w*|personal|personale|prive|prywatn\w*|pessoal|"
               r"propre|eigene\w*|propia|propio|proprio|eigen|wlasn\w*|bank|bancaire|bancario|bancaria)\s+){0,2}"
               r"(?:account|compte|konto\w*|cuenta|conto|rekening|conta|kontonummer|ucet|uctu|szamla\w*|tili\w*|contul)")
# Verbs and nouns of moving money, whole words only ("page" is no "pag-"): beside OWN_ACCOUNT.
TRANSFER_WORDS = (r"pay|paying|paid|payment|transfer\w*|transfir\w*|wire|deposit|send (?:the )?money|money|virement|virez|virer|"
                  r"payer|payez|paiement|reglez|uberweis\w*|zahl\w*|bezahl\w*|geld|transferencia|transfiere\w*|"
                  r"ingres\w*|paga\w*|pague\w*|pagame|bonifico|versa\w*|overmak\w*|overschrijv\w*|overschrijf\w*|maak|storten|betaal\w*|betal\w*|"
                  r"przelew\w*|przelej\w*|przelac|wplac\w*|zaplac\w*|transferencia|deposita\w*|pagamento|swisha|"
                  r"prevod\w*|utal\w*|maksa\w*|plateste|platit\w*")
# "Ik stuur je een Tikkie": sending a payment request is proposing the payment.
SEND_WORDS = (r"sturen|stuur\w*|verstuur\w*|send\w*|envoi\w*|envoy\w*|schick\w*|mand\w*|envi\w*|invi\w*|wysl\w*|przesl\w*|request|"
              r"posl\w*|posiel\w*|kuld\w*|trimit\w*|skick\w*|lahet\w*|overfor\w*|στειλ\w*|στελν\w*")
OFF_PLATFORM = (r"hors (?:de la |du )?(?:plateforme|site|appli\w*)|en dehors (?:de la |du )?(?:plateforme|site)|"
                r"outside (?:the |this )?(?:platform|site|app|marketplace)|off[- ]platform|off the (?:platform|site)|"
                r"au(?:ss|ß)erhalb (?:der|dieser) (?:plattform|seite|app)|fuera de (?:la )?(?:plataforma|web|app)|"
                r"fuori (?:dalla|della) (?:piattaforma|app)|buiten (?:het )?(?:platform|de site)|"
                r"poza (?:platforma|serwisem|portalem)|fora da (?:plataforma|app)|"
                r"sin pasar por (?:la )?(?:app|plataforma|web)|sans passer par (?:la |le |l')?(?:plateforme|site|appli\w*)|"
                # "without going through here": this chat is the platform
                r"sin pasar por aqui|sans passer par ici|sem passar por aqui|senza passare da qui|without going through here|"
                r"ohne (?:uber )?hier|zonder (?:via )?hier|nie przez (?:tutaj|portal)|"
                r"ohne (?:die )?plattform|sans (?:la )?plateforme|senza (?:la )?piattaforma|sem (?:a )?plataforma|sin (?:la )?plataforma|"
                r"senza passare (?:dalla|dal|per la|per il) (?:piattaforma|sito|app)|ohne (?:den )?umweg uber (?:die )?(?:plattform|app)|"
                r"zonder (?:het )?platform|sem passar pela (?:plataforma|app)|bez (?:portalu|platformy|posrednictwa)|"
                r"without (?:going through )?(?:the )?(?:platform|site|app)|"
                r"(?:no need|don'?t need|not necessary|pas besoin|nicht notig|no hace falta|no es necesario|non serve|non c'e bisogno|"
                r"niet nodig|nie trzeba|nao e preciso|nao precisa)\w* (?:to |de |di |da |)?(?:go(?:ing)? through|passer par|"
                r"uber|pasar por|passare (?:per|dalla)|via|przez|passar pela) (?:the |la |le |l'|die |het |a )?"
                r"(?:platform\w*|plateforme|plattform|plataforma|piattaforma|app|site)|"
                r"zonder dat het platform|sans que la plateforme|ohne dass die plattform|sin que la plataforma|"
                r"senza che la piattaforma|sem que a plataforma|(?:portal|platforma|serwis) nie musi|"
                # The same in the smaller markets' languages (accents folded): "going around the
                # platform", "without the platform", "past the platform's fee".
                r"ohne (?:die )?plattform|sin (?:la )?plataforma|senza (?:la )?piattaforma|sem (?:a )?plataforma|"
                r"zonder tussenkomst van (?:het )?platform|sans (?:la )?plateforme|"
                r"uden om platformen|uden platformen|utan (?:plattformen|mellanhand)|forbi plattformen|"
                r"ilman alustaa|alustan ohi|bez prostrednika|bez zprostredkovatele|mimo platform\w*|"
                r"fara (?:platforma|platforma|intermediar\w*)|a platform megkerulesevel|platform nelkul|"
                r"χωρις (?:την )?πλατφορμα|sense (?:passar per )?(?:la )?plataforma|"
                # a way to pay "instead of the checkout": "via Tikkie ipv de checkout", "en vez de pagar en la web"
                r"(?:instead of|rather than) (?:using |going through )?(?:the |this )?(?:checkout|platform|site|app|basket|cart)|"
                r"au lieu de (?:passer par |payer (?:sur|par) )?(?:la plateforme|le site|le panier|l'appli\w*|la caisse du site)|"
                r"(?:an)?statt (?:uber |via )?(?:die plattform|den checkout|die app|den warenkorb)|"
                r"en (?:vez|lugar) de (?:pagar )?(?:por |en )?(?:la plataforma|el checkout|la web|la app|la pasarela)|"
                r"invece (?:del|della|di) (?:pagare (?:sulla|sul|nella) )?(?:checkout|piattaforma|sito|app|carrello)|"
                r"(?:in plaats van|ipv|i\.p\.v\.?) (?:via |de |het )?(?:checkout|kassa|platform|site|app|winkelmandje)|"
                r"zamiast (?:przez |na )?(?:platform\w*|koszyk\w*|checkout|serwis\w*|portal\w*)|"
                r"(?:em vez|ao inves) de (?:pagar )?(?:pela |na |no )?(?:plataforma|checkout|app|site|carrinho)|"
                r"(?:die|der) plattform (?:\w+ ){0,2}weg|plattform (?:einfach )?weglassen|"
                # a way to pay said to be simpler or quicker "than the basket": "plus simple que le panier"
                r"(?:simple|simpler|easier|quicker|faster|rapide|pratique|einfacher|schneller|facil|rapido|facile|veloce|comodo|"
                r"makkelijker|sneller|latwiej|szybciej|pratico) (?:que|than|als|di|del|della|dan|niz|do que) "
                r"(?:uber |via |through |par |por |tramite |przez |pela |pelo |op )?"
                r"(?:le |la |the |der |die |den |el |il |de |het |o |a |przez )?(?:panier|checkout|caisse|warenkorb|kasse|"
                r"carrito|carrello|winkelmand\w*|kassa|koszyk\w*|carrinho|plateforme|platform|plattform|plataforma|piattaforma)|"
                # "come and take it, no need to order it here"
                r"sin pedirlo (?:por )?aqui|senza ordinarlo qui|pas besoin de (?:le |la )?commander ici|sans (?:le |la )?commander ici|"
                r"(?:brauch\w*|musst\w*) hier (?:nix|nichts) (?:zu )?bestellen|no need to order (?:it )?here|without ordering (?:it )?here|"
                r"zonder (?:hem |het )?hier te bestellen|bez zamawiania tutaj|sem encomendar aqui|sin pedir por aqui")
PAY_WORDS = (r"pay\w*|pai\w*|betal\w*|swish(?:a|ar|ade)|maksa\w*|zaplat\w*|fizet\w*|platit\w*|plateste|platesti|plata(?![a-z])|plat(?:ba|by|bu)|przelej\w*|przelew\w*|wplac\w*|transfer\w*|virement|vire[zr]?|uberweis\w*|bonifico|overmak\w*|"
             r"regl\w*|zahl\w*|bezahl\w*|vorauszahl\w*|vorkasse|pag\w*|betaal\w*|betalen|plac\w*|zaplac\w*|platnos\w*|"
             r"kas[aey]|price|prix|preis|precio|prezzo|prijs|cena|preco|deal|vente|verkauf|venta|vendita|verkoop|sprzedaz|venda|"
             r"cheaper|moins cher|billiger|barato|meno caro|goedkoper|taniej|remise|discount|rabais|rabatt|"
             r"descuento|sconto|korting|rabat|desconto|argent|geld|dinero|soldi|pieniadze|dinheiro|money|"
             r"rimbors\w*|refund\w*|rembours\w*|erstatt\w*|reembols\w*|terugbetal\w*|zwrot\w*|ricaric\w*|top up|top-up|"
             r"recharge|aufladen|recarga\w*|opwaarder\w*|doladow\w*|carregamento|carregar")

# Negation and prohibition: "don't write to me on WhatsApp", "ne passez pas par Leboncoin".
# Per language, because one language's negation is another's preposition (Portuguese "no" = "in the").
NEGATIONS: dict[str, str] = {
    "en": r"don'?t|do not|never|not|no|nor|without|forbidden|prohibited|not allowed|avoid|cannot|can'?t|won'?t|mustn'?t",
    "fr": r"ne|n'|pas|jamais|sans|interdit\w*|evite[zr]?|non|ni",
    "de": r"nicht|nichts|kein\w*|nie|niemals|ohne|verboten|untersagt|vermeide\w*|nein|weder",
    "es": r"no|ni|nunca|jamas|sin|prohibido|evit\w*|nada de",
    "ca": r"no|mai|sense|prohibit",
    "it": r"non|mai|senza|vietato|evit\w*|ne|no|niente|nessun\w*",
    "nl": r"niet|niets|geen|nooit|zonder|verboden|vermijd\w*|nee|noch",
    "pl": r"nie|nigdy|bez|zabronione|nie wolno|unika\w*|ani|zadn\w*|zaden",
    "pt": r"nao|nunca|jamais|sem|proibido|evit\w*|nem|nada de",
    "sv": r"inte|inga|ingen|ej|aldrig|utan|forbjudet",
    "da": r"ikke|ingen|aldrig|uden|forbudt",
    "fi": r"ei|emme|ala|alkaa|ilman|kielletty",
    "cs": r"ne|nikdy|bez|zakazano|neplat\w*|nepis\w*|nekontakt\w*|neprijim\w*",
    "sk": r"nie|ne|nikdy|bez|zakazane|neplat\w*|nepis\w*|nekontakt\w*|neprijim\w*",
    "ro": r"nu|niciodata|fara|interzis",
    "el": r"δεν|μη|μην|ουτε|ποτε|χωρις|απαγορευεται",
    "hu": r"nem|ne|soha|nelkul|tilos",
}
# Words that place a payment or a conversation on the platform itself (the platform's own name is
# added from the policy's settings.contact.platform_names).
ON_PLATFORM = (r"checkout|plateforme|platform|plattform|plataforma|piattaforma|platforma|messagerie|helpdesk|"
               r"au moment de la commande|beim bestellen|al hacer el pedido|al momento dell'ordine|bij het bestellen|"
               r"przy zamowieniu|na finalizacao|no checkout|"
               # the moment of paying for the order, i.e. the platform's own payment step
               r"al momento del pagamento|au moment du paiement|al momento de pagar|al momento del pago|beim bezahlen|"
               r"bij het afrekenen|przy platnosci|no momento do pagamento|when you pay for the order|at the payment step|"
               # the platform's basket and payment page: "jest w koszyku", "na página de pagamento"
               r"koszyk\w*|przy zakupie|pagina de pagamento|pagina de pago|pagina di pagamento|betaalpagina|"
               r"bezahlseite|warenkorb|panier|carrello|carrinho|winkelwagen\w*|paiement du site|au paiement|"
               r"pagamento del sito|pago de la web|pago en la web|betaling op de site|platnosc na stronie|pagamento do site|"
               r"dans la commande|in der bestellung|en el pedido|nell'ordine|in de bestelling|w zamowieniu|"
               r"na encomenda|buy button|bouton (?:d'achat|acheter)|kaufbutton|boton de compra\w*|tasto acquista|"
               r"koopknop|przycisk\w* kup\w*|botao de compra\w*")

# Cheap gates: a category's regexes only run when one of its words is in the message. Words are
# matched by prefix (inflections: "whatsappie", "blikiem") or exactly (short ones: "ig", "sc").
GATE_PLATFORM_PREFIXES = ("whats", "wats", "whatsap", "wasap", "wassap", "guasap", "appje", "appgroep", "app-groep", "telegr", "tlgrm",
                          "signal", "messeng", "facebook", "insta", "snap", "tiktok", "viber", "wechat",
                          "weixin", "discord", "skype", "threema", "imessage", "facetime", "twitter", "linkedin",
                          "fejs", "feesboek", "feice", "feisbu",
                          "ouat", "uasap", "uozzap", "wats", "mesend", "fratzebuch",
                          "feis", "faccialibro", "fanpage", "1nsta", "whatsi", "wotsap", "wazzap", "wazap")
# Written apart, "tele gram" opens on "gram" and "face book" on "book" (the prefixes "tele" and
# "face" would open it on every "telefono" and "Face ID").
GATE_PLATFORM_WORDS = frozenset({"ig", "sc", "fb", "app", "line", "kik", "tik", "wa", "wsp", "wpp", "wapp", "gram", "book",
                                 "gramie", "gramu", "gramem", "zap", "zapzap", "face", "g", "tele", "wap", "wapie",
                                 "wapa", "wapka", "direct", "appen", "aviaozinho", "avioncito", "papierflieger",
                                 "aeroplanino", "plane", "papier", "samolocik", "fantasmita", "fantasmitas",
                                 "fantasminha", "fantasminhas", "fantasmino", "fantome", "ghost", "geistchen",
                                 "spookje", "duszek"})
GATE_MARKET_PREFIXES = ("coing", "boncoin", "ebya", "ebey", "vintid", "markplaats", "alegro", "2ehands", "2emain", "subbito", "milanu", "millanu", "gumtre", "kuanto", "swappa", "offerup", "sprzedajemy",
                        "tweakers", "gumtree", "custojusto", "custo", "depop", "shpock", "quoka", "ricardo", "kijiji",
                        "aukr", "konik", "amazon", "amazzon", "tutti", "worten", "bol", "hardverapro", "emag", "insomnia", "huuto",
                        "craigslist", "mercari", "donedeal", "adverts", "leboncoin", "lbc", "ebay", "kleinanzeigen", "vinted", "wallapop", "subito", "marktplaats",
                        "wala", "walla", "mp", "face", "fejs", "auction", "classified", "encheres", "annonces", "auktion", "anzeigenportal",
                        "subastas", "anuncios", "clasificados", "aste", "annunci", "veiling", "zoekertjes", "advertentiesite", "aukcyjn",
                        "ogloszeniow", "leiloes", "classificados",
                        "allegro", "olx", "milanuncios", "2ememain", "2dehands", "tweedehands", "backmarket",
                        "rakuten", "cdiscount", "willhaben", "tutti", "anibis", "blocket", "tori", "dba", "bazos",
                        "jofogas", "okazii", "marketplace", "tradera", "plick", "huuto", "guloggratis",
                        "trendsales", "sbazar", "aukro", "vatera", "hasznaltauto", "publi24", "lajumate",
                        "vendora", "skroutz")
GATE_MARKET_PHRASES = ("bon coin", "back market", "den bla avis", "gul og gratis", "xe.gr", "car.gr")
GATE_PAYMENT_PREFIXES = ("umweg", "zonder", "without", "senza", "liquide", "spese", "gastos", "evit", "avoid", "vermeid",
                         # payments.py _around_checkout: the checkout skipped, a link or details of the
                         # seller's, money paid directly, the escrow avoided, a deposit first
                         "checkout", "panier", "carrito", "carrello", "carrinho", "warenkorb", "winkelwagen", "koszyk",
                         "kasse", "betaalpagina", "bezahlseite", "link", "lien", "enlace", "zahlungslink", "bezahllink",
                         "betaallink", "betaalverzoek", "daten", "datos", "estremi", "gegevens", "dane", "dados",
                         "coordonnees", "details", "direct", "direkt", "diret", "rechtstreeks", "bezposred",
                         "fuera", "fora", "parte", "straight", "untereinander", "hold", "sits", "keep", "garde",
                         "retien", "tiene", "trattien", "halt", "houdt", "trzyma", "segura", "retem", "deposit",
                         "acompte", "anzahlung", "senal", "sinal", "arras", "caparra", "acconto", "aanbetaling", "zaliczk", "zadatek",
                         "vorab", "voraus", "upfront", "reembolso", "contrarree", "contrareem", "cobranca", "pobraniem", "nachnahme", "contrassegno", "livraison", "remboursement", "einzahlungsschein", "qr-rechnung", "versement", "bollettino", "przelewu", "transferencia", "overschrijving", "bonifico", "advance", "avance", "adelant", "anticipo", "vooraf", "adiant", "antecipad",
                         "usdc", "eth", "transcash", "pcs", "neosurf", "pp", "kod", "google",
                         "spar", "ahorr", "risparm", "bespar", "oszczedz", "poupa", "rimbors", "refund",
                         "ricaric", "cash", "bar", "contant", "efectivo", "contanti", "gotowk", "dinheiro", "provision", "mao", "fuf", "transfir",
                         "fee", "frais", "commission", "gebuhr", "comision", "commissioni", "kosten", "prowizj",
                         "comissao", "taxa", "abhol", "ophal", "retrait", "recogida", "ritiro", "odbior", "paypal", "bizu", "blik", "mbw", "tikkie", "lydia", "revolut", "western", "moneygram",
                         "satispay", "twint", "swish", "mobilepay", "vipps", "paylib", "wero", "venmo", "zelle",
                         "cashapp", "skrill", "payconiq", "postepay", "n26", "wise", "paysafecard", "monzo", "virement", "george",
                         "usdt", "tether", "bitcoin", "btc", "ethereum", "krypto", "crypto", "cripto",
                         "transfer", "uberweis", "transferencia", "bonifico", "overboeking", "overmaken", "overschr", "przelew",
                         "rib", "iban", "bankverbindung", "coordonnees", "bank", "dati", "datos", "rekening", "konta",
                         "dados", "especes", "liquide", "bargeld", "barzahlung", "efectivo", "contanti", "contant",
                         "gotowk", "dinheiro", "hors", "dehors", "outside", "off", "au(?:ss|ß)erhalb", "fuera", "fuori",
                         "buiten", "poza", "fora", "przel", "wplac", "konto", "account", "compte", "cuenta", "conto",
                         "rekening", "conta", "storten", "prevod", "utalas", "utald", "utalj", "atutal", "overfor",
                         "tilisiirt", "ucet", "uctu", "szamla", "tili", "contul", "swisha", "efectiu", "kontant",
                         "kateis", "hotove", "hotovost", "hotovosti", "numerar", "keszpenz", "μετρητ",
                         # gift cards, money sent to the seller, bank details in a profile, apps offered
                         "gift", "cadeau", "gutschein", "regalo", "cadeaukaart", "cadeaubon", "presente", "podarunk",
                         "buon", "transfier", "ingres", "vorauszahl", "adelant", "anticip", "vooruit", "przedplat",
                         "adiant", "faster", "soldi", "dinero", "geld", "money", "entre", "hazme", "fammi")
# Short or common ones as whole words ("sem" would open the gate for every "semaine").
GATE_PAYMENT_WORDS = frozenset({"sans", "sin", "sem", "bez", "mano", "save", "saves", "saving"})
GATE_PAYMENT_PHRASES = ("mb way", "cash app", "in bar", "iris", "viva wallet")
# Short or common ones as whole words.
GATE_DETAIL_WORDS = frozenset({"post", "name", "names", "nick", "navn", "namn", "nimi", "nume", "jmeno", "meno",
                               # chat words for a number or an account: "il tuo cell", "tu whats", "nr tel"
                               "cell", "tel", "nr", "whats", "deets", "insta", "telegram", "signal", "telegrama",
                               "signala", "threema", "facebooknaam", "digits",
                               # the buyer's account on an app (details.py _YOUR_ACCOUNT, _CALLED_THERE)
                               "user", "handle", "nicka", "nicku", "nickname", "nom", "nome", "naam", "sales", "sale", "llamas",
                               "chiami", "trovo", "chamas", "apareces", "aparece", "heet", "nazywasz", "nazywa",
                               "find", "called", "appelles", "appelez", "apparais", "trouver", "encuentro",
                               "encontro", "znalezc", "znajde", "vind",
                               # apps asked for in chat words ("drop je snap", "o teu zap", "¿tienes wasap?")
                               "snapa", "snapchat", "discord", "viber", "messenger", "facebook", "fb", "ig",
                               "tiktok", "wasap", "wassap", "guasap", "zap", "kwai", "06", "07"})
GATE_DETAIL_PHRASES = ("votre 0", "ton 0", "je 0", "uw 0", "jouw 0", "tlf", " @ ", " @?", "quel nom", "welke naam")  # "donnez-moi votre 06"
# The buyer's postal address (or phone) asked for, to send the phone around the order: "what's your
# address? I'll post it directly, no need to go through the order". An address asked for alone is
# ordinary (a delivery question); with the order bypassed it takes the sale off the platform.
YOUR_POSTAL = (r"(?:your|votre|ton|ta|vos|dein\w*|ihr\w*|tu|su|tus|il tuo|la tua|il suo|la sua|tuo|tua|je|jouw|uw|"
               r"tw\w*|swoj\w*|o seu|a sua|o teu|a tua|seu|sua)\s+(?:\w+\s+)?"
               r"(?:address|adresse|adres|direccion|indirizzo|morada|endereco|telefon|numer)(?![a-z])|"
               r"(?:scrivimi|dimmi|mi scriva|escribeme\w*|dime|digame|diga-me|diz-me|schreib\w* (?:sie )?mir|nennen sie mir|"
               r"ecris-moi|ecrivez-moi|dites-moi|pop|put|write|type|give me|send me|podaj\w*(?: mi)?|napisz\w*(?: mi)?)\s+"
               r"(?:\w+\s+){0,2}(?:l'|el |la |a |the |die |het |de )?(?:indirizzo|direccion|morada|address|adresse|adres)(?![a-z])")
# The buyer's home or personal address asked for in the chat: the platform already holds the one the
# parcel goes to, so a request for a home address is for a delivery, a visit or an invoice outside it.
HOME_ADDRESS = (r"home address|private address|personal address|adresse (?:perso\w*|personnelle|privee|de domicile)|"
                r"wohnadresse|privatadresse|heimadresse|private adresse|direccion (?:de (?:tu|su) casa|particular|personal)|"
                r"indirizzo (?:di casa|personale|privato)|thuisadres|woonadres|prive-?adres|adres (?:domowy|zamieszkania)|"
                r"adresu (?:domowego|zamieszkania)|morada (?:de casa|pessoal)|endereco (?:residencial|de casa|pessoal)")
OFF_ORDER = (r"without (?:going through |placing |an? |the )*order|(?:no need to |not |don'?t )go through the order|"
             r"outside the order|sans (?:passer par )?(?:la |une )?commande|hors commande|ohne (?:die |eine )?bestellung|"
             r"sin (?:hacer |pasar por )?(?:el |un )?pedido|senza (?:passare (?:dall'|dal |per l')|fare l')?ordine|"
             r"zonder (?:de |een )?bestelling|(?:niet|hoeft niet) via de bestelling|buiten de bestelling|"
             r"bez (?:skladania )?zamowienia|sem (?:fazer |passar pela )?(?:a |uma )?encomenda|fora da encomenda|"
             # the order left as it is: "non serve cambiare l'ordine", "bez ruszania zamówienia"
             r"(?:non serve|senza) (?:cambiare|modificare) l'ordine|sin (?:cambiar|tocar|modificar) el pedido|"
             r"que no sea la del pedido|sem ser a (?:morada )?da encomenda|instead of the order(?:'s)? address|"
             r"bez ruszania zamowienia|zonder de bestelling (?:te )?(?:wijzigen|aan te passen)|"
             r"ohne die bestellung zu (?:andern|anpassen)|sans (?:changer|modifier) la commande")
# Every detail request names a contact noun or a verb of reaching someone: the gate needs one of
# them (not "phone" or "telefono" alone: in most messages they mean the device).
GATE_DETAIL_PREFIXES = ("courriel", "adress", "adres", "direcc", "indirizz", "morad", "endere", "localiz", "reach", "joindre", "joins", "erreich", "contatt", "bereik", "skontakt", "kontaktow",
                        "rintracc", "zlap", "wohnadress", "privatadress", "heimadress", "thuisadres", "woonadres",
                        "ligar", "ligo", "chiam", "llam", "anruf", "appel", "call", "number", "numer", "nummer", "numero",
                        "num", "mail", "email", "contact", "kontakt", "detail", "coordonnees", "gegevens", "dane",
                        "dados", "datos", "recapito", "whatsapp", "handynummer", "telefonnummer", "telefoonnummer",
                        "telefonu", "komork", "correo", "cellulare", "telemovel", "movil", "portable", "mobil",
                        "username", "neved", "ονομα", "nickname", "numele",
                        "correu", "contacte", "mejl", "epost", "puhelin", "sahkoposti", "meili", "yhteystied",
                        "cislo", "numar", "adresa", "telefonszam", "szamod", "cim", "elerhetoseg", "τηλεφων",
                        "κινητ", "αριθμ", "στοιχει",
                        # postal addresses asked for (GIVE_ME_CONTACT)
                        "adresse", "adres", "address", "direccion", "indirizzo", "morada", "endereco",
                        # chat forms and the verbs of talking to someone (REACH_YOU)
                        "tlm", "handynr", "namiar", "apanh", "komork", "contato", "usuari", "utilizador", "perfil", "profil", "nazw", "pseudo",
                        "benutzernam", "nutzernam", "gebruikersnaam", "heiss", "heiß",
                        "ecrire", "escribir", "scriver", "schreiben", "napisac", "falar", "write", "schrijven", "escrever")

# "I bought the case on eBay years ago", "avant je vendais sur Leboncoin": the past, not a deal.
PAST_MARKERS = (r"il y a|years?|ago|used to|vor jahren|vor \w+ jahren|fruher|damals|hace|"
                r"anni fa|jaren geleden|vroeger|lat temu|kiedys|ha anos|ha uns anos|autrefois|"
                r"achete\w*|bought|got|gekauft|compr(?:e|ado|ei|aste|ato|ata)|acquistat\w*|pres[oa]|gekocht|"
                r"kupil\w*|comprei|vendais|verkaufte|vendia|vendevo|verkocht|sprzedawal\w*|sold|verkauft|"
                r"vendu|pendant des annees|jahrelang|durante anos|per anni|jarenlang|przez lata|for years")
# ... unless the seller points to a deal there now.
DEAL_MARKERS = (r"cheaper|moins cher|billiger|mas barato|meno caro|goedkoper|taniej|mais barato|annonce|\bad\b|"
                # listed there now: "got it listed on X as well", "steht auch auf X", "wisi też na X"
                r"listed (?:on|there|too|as well)|(?:also|too) listed|(?:auch|ebenfalls) (?:inseriert|gelistet|drin)|"
                r"aussi (?:publie|en vente|en ligne)|tambien (?:anunciad\w*|publicad\w*|a la venta)|"
                r"anche (?:pubblicat\w*|in vendita)|ook (?:geadverteerd|te koop|online)|(?:wisi|jest) (?:tez|rowniez)|"
                r"tez (?:wystawion\w*|wisi)|tambem (?:anunciad\w*|a venda)|"
                r"listing|anzeige|inserat\w*|anuncio|annuncio|advertentie|ogloszeni\w*|buy it|achetez|kauf(?:e|t)? (?:es|ihn)|"
                r"compra(?:lo)?|compralo|bid|enchere|biete\w*|puja|offerta|bied|licytuj|licitar|"
                r"there|la-bas|dort|alli|daar|tam|contact|compre (?:no|na|pelo|pela|ali|ai)|same name|mesmo nome|meme nom|"
                r"mismo nombre|stesso nome|zelfde naam|dezelfde naam|ta sama nazwa|also sell|vendo (?:tambem|tb)|"
                r"search|cherche\w*|busca\w*|cerca\w*|zoek\w*|szukaj|wpisz|pesquis\w*|procur\w*|such\w*|"
                r"less|(?<!au )moins|weniger|menos|meno|minder|mniej|"
                r"koop|kaufen|kauf(?:e|t)? (?:es|ihn)|comprala|compralo|comprar|"
                r"achetez|acheter|buy|kupuj|kupic|acquistalo|acquistala|bestel|bestellen|commandez|commander|ordinalo|"
                r"zamow|encomende|encomendar|profil\w*|profile|perfil|profilo|profiel|gunstiger|cheap\w*")
# The buyer asked for the seller's account and the seller declines: "you asked for my Telegram".
REPORTED_REQUEST = (r"asked|ask(?:ed)? for|demande|demandez|demandé|fragst|gefragt|pides|pediste|pedido|chiedi|"
                    r"chiesto|vraagt|vroeg|pytasz|pytales|pedes|pediu|want(?:ed)?|veux|willst|quieres|vuoi|wil je|chcesz|queres")
# "le reste", "o resto", "el resto" are "the rest" (of the price, of the day), not "I stay".
STAY_ON_PLATFORM = (r"stay|stick to|rester|(?<!le )(?<!du )reste|restons|bleib\w*|quedar\w*|no salir|restiamo|"
                    r"(?<!o )(?<!do )(?<!el )(?<!al )(?<!lo )(?<!il )(?<!del )resto|rimanere|blijf\w*|"
                    r"zostan\w*|zostajemy|piszmy tutaj|continuar aqui|ficar|ficamos|prefer\w* (?:continuer |continuar |to )?(?:ici|here|aqui|qui|hier|tutaj)|"
                    r"hier bleiben|only here|uniquement ici|nur hier|solo aqui|solo qui|alleen hier|tylko tutaj|so aqui")
# A refusal said after the thing refused: "Barzahlung ist leider nicht möglich", "... doen we niet".
NEGATION_AFTER = (r"nicht|niet|inte|ikke|not possible|impossible|pas possible|no es posible|non e possibile|nie jest mozliwe|"
                  # not on offer: "cash on delivery is not available", "il contrassegno non è disponibile"
                  r"not available|unavailable|(?:n'est |ne sont )?pas disponible|indisponible|no (?:esta|es|estan) disponible|"
                  r"non (?:e |sono )?disponibil\w*|nie jest dostepn\w*|niedostepn\w*|nao (?:esta|e) disponivel|indisponivel|"
                  r"nao e possivel|not allowed|verboten|interdit|prohibido|vietato|verboden|zabronion\w*|proibido|"
                  # what the seller cannot do there: "outside the platform I can't refund you"
                  r"can'?t|cannot|ne (?:peux|pouvons|peut)|kann (?:ich |man )?nicht|konnen wir nicht|no (?:puedo|podemos)|"
                  r"non (?:posso|possiamo)|kan (?:ik|we) (?:\w+ )?niet|niets terug\w*|nie (?:moge|mozemy)|nao (?:consigo|posso|podemos)|"
                  # verb-final refusals: "Pagamento em mão não faço", "Efectivo no hago", "Contanti non faccio"
                  r"nao (?:faco|fazemos|aceito|aceitamos)|no (?:hago|hacemos|acepto|aceptamos)|non (?:faccio|facciamo|accetto|accettiamo)|"
                  r"ne (?:fais|faisons|prends|prenons) pas|doe (?:ik|we) niet|mache? (?:ich|wir) nicht|nie (?:robie|robimy|przyjmuje)")
# The phone's contactless payment ("Apple Pay", "contactloos betalen"): a feature, not a payment offer.
NFC_PAYMENT = (r"(?:apple|google|samsung) ?pay|nfc|contactless(?: payment\w*)?|(?:paiement )?sans contact|kontaktlos\w*(?: bezahl\w*)?|"
               r"contactloos(?: betal\w*)?|(?:pago )?sin contacto|(?:pagamento )?contactless|(?:platnosc\w* )?zblizeniow\w*|"
               r"(?:pagamento )?por aproximacao")
# Paying in shops with the phone ("Apple Pay and Twint work at the till"): the phone's feature.
POINT_OF_SALE = (r"at the (?:till|checkout)|in (?:the )?shops?|in stores?|a la caisse|en caisse|au cafe|an der kasse|im laden|"
                 r"en (?:la )?caja|en (?:las )?tiendas|alla cassa|nei negozi|aan de kassa|in (?:de )?winkels?|przy kasie|"
                 r"w sklep\w*|w biedronce|na caixa|nas lojas|no cafe|no supermercado|pos terminal")

# "The checkout is down, pay me by transfer": a broken platform used as the reason to pay outside it.
CHECKOUT_BROKEN = (r"glitch\w*|bug\w*|broken|not working|down|panne|bugue|ne marche pas|ne fonctionne pas|kaputt|spinnt|"
                   r"funktioniert nicht|geht nicht|no funciona|falla|non funziona|problema|werkt niet|storing|nie dziala|"
                   r"awari\w*|nao funciona|avaria")
# Cash in the smaller markets' languages (and the loanword "cash"), paid with a verb of paying: the
# platform takes no cash, so this is always a payment outside it.
CASH_WORDS = (r"en liquide|en especes|especes|in bar|bar (?:bezahl|zahl)\w*|(?:bezahl|zahl)\w* (?:du |sie |ihr |man )?(?:\w+ )?bar(?![a-z])|barzahlung|bargeld|efectivo|en mano|contanti|in contanti|contant|"
              r"gotowk\w*|em dinheiro|dinheiro vivo|em maos|em mao|"
              r"cash|efectiu|en efectiu|kontant\w*|kateis\w*|hotove|hotovost\w*|v hotovosti|numerar|keszpenz\w*|"
              r"μετρητ\w*")
PAY_VERBS = (r"afreken\w*|reken\w*|pag\w*|betal\w*|maksa\w*|zaplat\w*|platit\w*|plati\w*|platesti|fizet\w*|πληρω\w*|pay|paying|paid|"
             r"bezahl\w*|zahl\w*|paie\w*|payer|payez|betaal\w*|plac\w*")
# Cash at pickup, or a deal justified by skipping the platform's fee.
# Each cash word starts a word: "bar" is also inside "Nachbarn", "Barcelona".
CASH_PICKUP = (r"(?<![a-z])(?:cash|bar(?![a-z])|barzahl\w*|bargeld|contant|especes|en liquide|efectivo|en mano|contanti|gotowk\w*|dinheiro|em maos|en main propre)"
               r"[^.!?\n]{0,40}(?:pick ?up|collection|collect|abhol\w*|ophal\w*|recuper\w*|retrait|recogida|recoger|ritiro|"
               r"odbior\w*|odbierz\w*|levantamento|levantar|buscar|afhal\w*|main propre|in person|en persona|di persona|persoonlijk|"
               r"osobiscie|na hora|on the spot|sur place|vor ort|en el momento|sul posto|ter plaatse|na miejscu|"
               r"bei (?:der )?ubergabe|bij (?:de )?overdracht|a la remise)|"
               r"(?:pick ?up|collection|abhol\w*|ophal\w*|afhal\w*|retrait|recogida|ritiro|odbior\w*|levantamento)[^.!?\n]{0,40}"
               r"(?:cash|\bbar\b|barzahl\w*|bargeld|contant|especes|en liquide|efectivo|contanti|gotowk\w*|dinheiro)")
# "sans frais" alone is also a 3-instalment offer at checkout: plain fees need the platform named.
FEE_EVASION = (r"(?:no|without|sans|ohne|sin|senza|zonder|bez|sem)\s+(?:the\s+|la\s+|les\s+|de\s+|die\s+|la\s+)?"
               r"(?:platform\s+|plateforme\s+)?(?:commission\w*|provision|gebuhr\w*|comision\w*|commissioni|prowizj\w*|"
               r"comissao|comissoes)|provision (?:fallt )?weg|platform(?:'s)? fees?|no platform fee|"
               r"(?:spar|save|econom|ahorr|risparm|bespar|oszczedz|poupa|evit|avoid|vermeid)\w* (?:\w+ ){0,4}(?:gebuhr\w*|fees?|frais|comision\w*|"
               r"commission\w*|provisie|prowizj\w*|comissao|kosten|taxas|tasas|tariffe|oplat\w*)|"
               r"frais (?:de la |du )?(?:plateforme|site|swapiphone)|kosten van het platform|"
               # "I'll spare you the platform's fees": the fee named with the platform
               r"(?:quito|quitamos|evit\w*|avoid\w*|vermeid\w*|risparmi\w*|ahorr\w*|spar\w*|save|bespaar\w*|poup\w*)\s+"
               r"(?:\w+\s+){0,2}(?:gastos|spese|fees?|frais|gebuhr\w*|kosten|taxas|comision\w*|commission\w*)\s+"
               r"(?:of |de |der |van |di |do |da |della |dalla |des |du )?(?:the |la |het |a |le )?"
               r"(?:platform|plateforme|plattform|plataforma|piattaforma|app|site)|"
               r"(?:without|sans|ohne|sin|senza|zonder|bez|sem) (?:the |les |die |los |le |de )?(?:fees?|frais|gebuhren|gastos|spese|kosten|oplat\w*|taxas) "
               r"(?:of |de |der |van |di |do |da )?(?:the |la |het |della |des )?(?:platform|plateforme|plattform|plataforma|piattaforma|platformy|swapiphone|site|app)")
# The platform's cut named as a cost ("the commission the platform takes", "é o que a plataforma me
# cobra"): a reason to deal outside it, so naming the platform there places nothing on it.
PLATFORM_CUT = (r"commission\w*|comissao|comissoes|comision\w*|commissioni|provision|prowizj\w*|provisie|"
                r"(?:platform|plateforme|plattform|plataforma|piattaforma|platforma|site|app)\w* (?:\w+ )?"
                r"(?:charges?|takes?|cobra\w*|prend\w*|nimmt|kassiert|trattien\w*|prende|rekent|pobiera|bierze|fica com|se queda)")
# Someone else (the courier, the warranty desk) needs the buyer's contact details.
THIRD_PARTY_NEEDS = (r"(?:courier|carrier|transporteur|livreur|dhl|ups|dpd|gls|postnl|inpost|kurier\w*|corriere|"
                     r"mensajero|agencia|transportadora|estafeta|bezorger|paketdienst|zusteller|warranty|garantie|"
                     r"garantia|garanzia|gwarancj\w*)[^.!?\n]{0,30}(?:needs?|wants?|asks?|requires?|demande|will|"
                     r"braucht|benotigt|pide|necesita|vuole|chiede|ha bisogno|wil|vraagt|heeft nodig|prosi|potrzebuje|"
                     r"chce|pede|precisa|quer)")
WRITE_IT_HERE = (r"(?:type|write|send|put|ecri\w*|envoy\w*|schick\w*|schreib\w*|escrib\w*|scriv\w*|typen|stuur|"
                 r"napisz\w*|wpisz|escrev\w*|manda\w*)[^.!?\n]{0,20}(?:here|ici|hier|rein|aqui|qui|tutaj|en message|"
                 r"in the chat|dans le chat|im chat)|me l'ecrire|me lo escribes|me lo scrivi|escreves-mo")

# "Give me a number", "mi passi un recapito?", "Laat je nummer even achter", "dar-me um email": a verb of
# giving addressed to the buyer, then a contact noun (an article or one word between). The noun must
# be a contact's, not a reference ("give me your order number": NOT_CONTACT_NOUN_CONTEXT around it).
# "Reply here", "seguimos por aquí", "let's keep it here": the conversation stays where it is.
ANSWER_HERE = (r"(?:reply|answer|respond|antwort\w*|reponds?|repondez|respond\w*|rispond\w*|antwoord\w*|odpisz|"
               r"odpowiedz\w*)[^.!?\n]{0,15}(?:here|ici|hier|aqui|qui|tutaj)|"
               r"(?:seguimos|sigamos|continuamos|continuemos|restons|bleiben wir|restiamo|blijven we|zostanmy|ficamos|"
               r"keep it|let'?s keep)[^.!?\n]{0,15}(?:here|ici|hier|aqui|qui|tutaj)")
# The same phone dearer, or without a warranty, on another site: a comparison, not a referral
# (channels/marketplaces.py reads it so).
DEARER_THERE = (r"\d+\s*(?:€|eur\w*|zl|pln|chf|£)?\s*(?:more|wiecej|a mais|in piu|de plus|en plus|mehr|meer|mas|"
                r"drozej|duurder|teurer)|more expensive|plus cher|teurer|mas caro|piu caro|duurder|drozej|mais caro|"
                r"without (?:a |any )?(?:warranty|guarantee)|sans garantie|ohne garantie|sin garantia|senza garanzia|"
                r"zonder garantie|bez gwarancji|sem garantia")

_CONTACT_NOUN = (r"(?:number|contact|e-?mail|mail|address|numero|contacto|contato|contatto|recapito|adresse|adres|"
                 r"tlm|nr tel\w*|handynr|"
                 r"direccion|indirizzo|morada|endereco|correo|nummer|handynummer|telefonnummer|gsm-nummer|06|numer|"
                 r"(?:e-?)?mailadres|telefoonnummer|gsm|"
                 r"kontakt|maila|cellulare|cell|telefon\w*|telefone|telemovel|movil|portable|handy)")
GIVE_ME_CONTACT = (
    r"(?:(?:give|send|leave|pass|drop|text) me|(?:donne[zs]?|laisse[zs]?|passe[zs]?|envoie[zs]?|ecri(?:ve)?[zs]?)[- ]moi|"
    r"(?:gib|geben (?:sie|s'?)|schick|schicken (?:sie|s'?)|schreib|schreiben (?:sie|s'?)|lass|lassen (?:sie|s'?)) mir|"
    r"dame|deme|mandame|mandeme|pasame|paseme|escribeme|escribame|dejame|dejeme|"
    r"dammi|mi dai|mi da|mi passi|passami|mandami|mi mandi|scrivimi|mi scriva|lasciami|mi lasci|"
    r"(?:geef|stuur) (?:me|mij)|laat|me (?:dejas|das|pasas|mandas|envias)|podeslij(?: mi)?|podeslesz|podesle (?:pan|pani)|podeslecie|"
    r"daj(?: mi)?|podaj(?: mi)?|wyslij(?: mi)?|zostaw(?: mi)?|"
    # a formal request ("proszę o podanie adresu e-mail") and chat slang ("gooi je nummer hier", "pop your number in")
    r"prosze o (?:podanie|przeslanie|wyslanie|napisanie)(?: mi)?|prosimy o (?:podanie|przeslanie)|gooi|pop|"
    r"(?:de|da|dar|manda|mande|envia|envie|deixe|deixa|passa|passe)-me)"
    r"\s+(?:(?:your|votre|ton|ta|deine\w*|ihre\w*|eine\w*|tu|su|il tuo|il suo|la tua|la sua|je|jouw|uw|o seu|o teu|"
    r"a sua|a tua|a|an|un|une|una|uno|um|uma|een|the|la|el|le|il|l'|o|jakis|jakas|swoj\w*)\s*)?(?:\w+\s+){0,2}"
    + _CONTACT_NOUN + r"(?![a-z])")

# The buyer protection said to be lost by such a deal: "paying by transfer outside the platform would
# remove your buyer protection", "BLIK-iem poza platformą oznaczałaby, że tracisz ochronę", "fora da
# plataforma faria perder a proteção", "dan ben je je kopersbescherming kwijt". A warning, as a
# refusal is (also read in the sentence after the deal: payments.py, direct_orders.py).
PROTECTION_LOST = (r"(?:los[et]\w*|remov\w*|void\w*|forfeit\w*|perd\w*|verlier\w*|verlies\w*|verloren|entf[a-z]*|"
                   r"erlisch\w*|trac\w*|strac\w*|pozbawi\w*|utrat\w*|priv\w*|kwijt\w*|vervall?\w*)\s+(?:\w+\s+){0,4}?"
                   r"(?:protect\w*|protec\w*|protez\w*|prote[cç]\w*|\w*schutz\w*|\w*bescherm\w*|ochron\w*|cover\w*|garanti\w*|"
                   r"gwarancj\w*|gewahrleist\w*)|"
                   r"(?:protect\w*|protec\w*|protez\w*|\w*schutz\w*|\w*bescherm\w*|ochron\w*)\s+(?:\w+\s+){0,3}?"
                   r"(?:kwijt|weg|entfallt|erlischt|vervalt|verloren|lost|perdu\w*|perdid\w*|persa|perdida)(?![a-z])|"
                   # "with a payment outside you would have no guarantee of a refund": the same warning
                   r"(?:no tendrias|no tendria|non avresti|non avrebbe|tu n'aurais|vous n'auriez|hatten sie keine?n?|"
                   r"hattest du keine?n?|you would(?:n'?t| not) have|you'?d have no|nie mial\w* by\w*|nao teria\w*|"
                   r"zou je geen|zou u geen)\s+(?:\w+\s+){0,3}?(?:protec\w*|protez\w*|\w*schutz\w*|\w*bescherm\w*|"
                   r"ochron\w*|garanti\w*|gwarancj\w*|reembols\w*|rimbors\w*|rembours\w*|refund\w*|erstatt\w*|zwrot\w*|"
                   r"cover\w*)")
# "I don't accept transfers outside the platform": a refusal, whatever the word order.
REFUSALS = (r"(?:(?:nie|ne|not|don'?t|do not|no|non|nicht|keine?n?|geen|nao|can'?t|cannot|won'?t|"
            r"inte|ikke|ei|nem|nu)\s+|n')(?:\w+\s+){0,2}"
            r"(?:przyjmuj\w*|accept\w*|akzeptier\w*|acept\w*|accett\w*|accepteer\w*|aceit\w*|nehme\w*|annehm\w*|take|"
            r"use|recev\w*|recib\w*|ricev\w*|ontvang\w*|receb\w*|tar emot|tager imod|fogad\w*|prijim\w*|accepta\w*)|"
            r"(?:przyjmuj\w*|accept\w*|akzeptier\w*|acept\w*|accett\w*|accepteer\w*|aceit\w*|nehme\w*)\s+(?:ich\s+|je\s+|ik\s+)?"
            r"(?:keine?n?|geen|nie|pas|nada|niente|nothing|no)|"
            # verb-final refusals: "Betalen buiten het platform doen we niet", "... machen wir nicht"
            r"(?:doen|doe|accepteren|accepteer) (?:we|ik) (?:dat )?niet|(?:mach\w*|akzeptier\w*|nehm\w*) (?:wir|ich) (?:\w+ ){0,2}nicht|"
            r"(?:ik|we|wij) (?:doe|doen) geen|"
            # a request reported and refused: "another buyer wanted to pay outside the app, I said no"
            r"(?:i )?(?:said no|refused|declined)|j'ai refuse|(?:ich )?(?:habe|hab) (?:ich )?(?:abgelehnt|nein gesagt)|"
            r"le dije que no|(?:lo |la )?rechace|ho detto di no|ho rifiutato|(?:heb ik|ik heb) (?:geweigerd|nee gezegd)|"
            r"odmowil\w*|recusei|disse que nao|"
            # "out of the question": "odpada", "kommt nicht in Frage", "hors de question"
            r"odpada|nie wchodzi w gre|kommt nicht in frage|hors de question|out of the question|non se ne parla|"
            r"ni hablar|de jeito nenhum|geen optie|no es una opcion|not an option|"
            # "not possible", "I'd rather not": "Satispay diretto preferisco di no", "MB Way direto não dá"
            r"(?:ce )?n'est pas possible|(?:is )?not possible|no es posible|non e possibile|niet mogelijk|nicht moglich|"
            r"nie (?:jest )?mozliwe|nao e possivel|nao da|preferisco di no|prefiero que no|liever niet|lieber nicht|"
            r"rather not|mach(?:en)? (?:wir|ma|ich|i) (?:ned|net|nicht)|"
            # a contact the seller will not give out: "eine private Nummer können wir nicht nennen",
            # "nie podajemy numerów", "we can't share a personal number"
            r"(?:konnen|durfen|geben) wir (?:\w+ ){0,3}nicht (?:nennen|herausgeben|weitergeben|geben|mitteilen)|"
            r"(?:can'?t|cannot|won'?t|don'?t|do not) (?:share|give out|hand out|disclose)|"
            r"ne (?:pouvons|peux|donnons|communiquons) pas (?:communiquer|donner|transmettre)?|"
            r"no (?:podemos|puedo|damos) (?:dar|facilitar|compartir)|non (?:possiamo|posso|diamo) (?:dare|fornire|condividere)|"
            r"(?:kunnen|mogen|geven) we (?:\w+ ){0,2}niet (?:geven|delen|doorgeven)|nie (?:mozemy|moge) (?:podac|udostepnic)|"
            r"nie (?:podajemy|udostepniamy)|nao (?:podemos|posso|damos) (?:dar|partilhar|fornecer)|"
            # verb-final refusals in Spanish, and Polish "I must refuse"
            r"no (?:lo )?(?:hago|hacemos)|odmowi\w*|"
            # the shop's practice stated: "Nunca contactamos con clientes fuera de la plataforma ni pedimos
            # pagos por Bizum", "we never ask for payment by transfer", "nous ne demandons jamais..."
            r"(?:never|jamais|niemals|nie|nunca|jamas|mai|nooit|nigdy)\s+(?:\w+\s+){0,1}"
            r"(?:ask|asks|request|contact|demandons|demande|contactons|sollicitons|fragen|verlangen|kontaktieren|"
            r"fordern|pedimos|pido|solicitamos|contactamos|chiediamo|chiedo|richiediamo|contattiamo|vragen|vraag|"
            r"benaderen|prosimy|prosze|kontaktujemy|zadamy|peco|contatamos)(?![a-z])|"
            r"(?:ne|n')\s*(?:demandons|demande|contactons|sollicitons)\s+jamais|"
            # a payment named with a negation before it: "pas de paiement en dehors du site", "no payments
            # off the platform", "keine Überweisung außerhalb", "geen betalingen buiten het platform"
            r"(?:pas de|aucun\w*|no|keine?n?|geen|ningun\w*|nessun\w*|zadn\w*|nenhum\w*)\s+"
            r"(?:paiement\w*|payment\w*|\w*zahlung\w*|uberweisung\w*|betaling\w*|pago\w*|pagament\w*|platnosc\w*|"
            r"przelew\w*|virement\w*|transfer\w*|bonific\w*|transferencia\w*)|"
            r"(?:pas de|aucune?|no|keine?n?|geen|ningun\w*|nessun\w*|zadn\w*|nenhum\w*)\s+(?:remise|rabatt\w*|discount|descuento|"
            r"sconto|korting|rabat\w*|desconto|reduction)s?\s+(?:\w+\s+){0,3}(?:paiement\w*|payment\w*|paying|\w*zahlung\w*|pago\w*|"
            r"pagament\w*|betaling\w*|platnosc\w*|virement\w*|transfer\w*|uberweisung\w*)|"
            # a warning that a deal outside the platform has no buyer protection: "buiten het platform
            # geldt de kopersbescherming niet", "outside the platform you are not protected"
            r"(?:no|not|nao|niet|nie|keine?n?|pas|non|sin|sem|geen|sans|senza|bez|without|ohne|nicht|n')\s*(?:\w+\s+){0,3}"
            r"(?:protect\w*|protec\w*|protez\w*|\w*schutz\w*|\w*bescherm\w*|ochron\w*|covered|couvert\w*|gedekt|"
            r"cubiert\w*|copert\w*|geschutzt|abgesichert)|"
            r"(?:protect\w*|protec\w*|protez\w*|\w*schutz\w*|\w*bescherm\w*|ochron\w*)\s+(?:\w+\s+){0,2}"
            r"(?:niet|nicht|not|no|non|nao)(?![a-z])|" + PROTECTION_LOST)
# "Auf eBay verkaufe ich nicht mehr": no longer selling there.
NO_LONGER_SELLING = (r"(?:verkauf\w*|vend\w*|sell\w*|verkoop\w*|sprzeda\w*)[^.,;!?]{0,25}(?:nicht mehr|no longer|plus|niet meer|"
                     r"ya no|non piu|nie|ja nao|anymore|not)|(?:nicht mehr|no longer|ne \w+ plus|niet meer|ya no|non \w+ piu|"
                     r"ja nao|nie)\s+(?:\w+\s+){0,2}(?:verkauf\w*|vend\w*|sell\w*|verkoop\w*|sprzeda\w*)|"
                     # stopped there, or left it for its scams: "daar ben ik mee gestopt", "trop d'arnaques"
                     r"mee gestopt|(?:ben|zijn) (?:ik|we) gestopt|aufgehort|i stopped|j'ai arrete|lo deje|ho smesso|parei|"
                     r"przestal\w*|trop d'arnaques|same oszustwa|too many scam\w*|zu viele betrug\w*|demasiadas estafas|"
                     r"troppe truffe|te veel oplicht\w*|muitos golpes|scammers everywhere")

# Ordering directly from the seller instead of on the platform (a card or QR code in the parcel, "next
# time order from our shop"): a word for "directly" next to the seller's side, or the seller's own
# shop, in a sentence with a verb of ordering or a discount.
DIRECTLY = (r"directly|direct|directement|en direct|direkt|directamente|direttamente|rechtstreeks|bezposrednio|"
            r"diretamente|direkte|direkt|suoraan|priamo|primo|kozvetlenul|direct de la noi|diretto|directo|direto")
SELLER_SIDE = (r"from us|with us|through us|from me|at our|from our|on our|in our|via our|chez nous|chez moi|aupres de nous|"
               r"sur notre|dans notre|bei uns|bei mir|uber uns|von uns|in unserem|auf unserer|in unserer|"
               r"con nosotros|a nosotros|de nosotros|en nuestra|en nuestro|a traves de nuestr\w*|pidenos|compranos|"
               r"da noi|presso di noi|sul nostro|nel nostro|dal nostro|da me|bij ons|bij mij|via onze|in onze|op onze|"
               r"u nas|u mnie|w naszym|na naszej|od nas|connosco|conosco|a nos|de nos|na nossa|no nosso|"
               r"hos oss|hos os|hos mig|hos mej|fran oss|meilta|u nas|od nas|la noi|de la noi|nalunk|tolunk")
OWN_SHOP = (r"(?:webshopunk\w*|honlapunk\w*|weboldalunk\w*|boltunk\w*|uzletunk\w*|verkkokauppamme|kauppamme|"
            r"sivuillamme|(?:e-?shop|site|ιστοσελιδα|καταστημα|σελιδα)\s+μας|(?:magazinul|site-ul|siteul)\s+(?:nostru|meu)|"
            r"(?:our|notre|nos|unser\w*|nuestr\w*|nostr\w*|onze|ons|nasz\w*|noss\w*|var|vores|meidan|nas|nase\w*|nasho|"
            r"my|mon|ma|mein\w*|mi|mio|mia|mijn|moj\w*|moim|moich|meu|minha|min|mitt|vart|vlastn\w*|wlasn\w*|nostre)\s+"
            r"(?:own\s+|eigen\w*\s+|propi\w*\s+|propre\s+|online\s+|egen\s+|eget\s+|egna\s+|oma\s+|vlastn\w*\s+)?"
            r"(?:web)?(?:shop|store|website|site|boutique|laden|onlineshop|tienda|negozio|sito|e-?commerce|"
            r"winkel|sklep\w*|stron\w*|loja|butik|kauppa|verkkokauppa|obchod\w*|e-?shop|webaruhaz|magazin|botiga|webu?|"
            r"hjemmeside|hemsida|webbutik|nettbutik)\w*)|"
            # "nen eigenen Webshop", "a little webshop of my own", "tienda online propia", "shop personale"
            r"(?:a|an|un|une|una|uno|ein\w*|nen|een|um|uma|swoj\w*|moj\w*)\s+(?:little\s+|petit\w*\s+|klein\w*\s+)?"
            r"(?:own|eigen\w*|propi\w*|propre|propri\w*|wlasn\w*)\s+(?:online\s+|web\s+)?"
            r"(?:web)?(?:shop|store|website|site|boutique|laden|onlineshop|tienda|negozi\w*|sito|winkel|sklep\w*|loja)\w*|"
            r"(?:(?:web)?shop|store|tienda|loja|lojinha|negozi\w*|sklep\w*|sito|site|web|pagina|winkel|boutique)\s+"
            r"(?:online\s+|internetow\w*\s+)?(?:propi[ao]|propri[ao]|mi[ao]|personale|wlasn\w*|eigen\w*)|"
            r"(?:mam|mamy) (?:swoj\w* |wlasn\w* )?sklep\w*|"
            # "u nas w sklepie internetowym", "bei uns im Onlineshop": the seller's shop said with "at us"
            r"(?:u nas|bei uns|chez nous|da noi|bij ons|con nosotros|connosco) (?:w|im|in|dans|nel|en|no|na) "
            r"(?:\w+ )?(?:sklep\w*|shop|laden|onlineshop|boutique|magasin|negozio|winkel|tienda|loja|webshop)\w*")
# Polish "z naszej strony" is "on our part" ("z naszej strony wszystko gotowe"), not the seller's
# website: that is "na naszej stronie", "z naszej strony internetowej", or what is bought or ordered
# "(bezpośrednio) z naszej strony". Excluded from OWN_SHOP.
NOT_OWN_SHOP = (r"(?<=(?<![a-z])z )(?<!bezposrednio z )(?<!zamow z )(?<!zamowic z )(?<!zamowcie z )(?<!kup z )"
                r"(?<!kupic z )(?<!kupcie z )(?<!prosto z )(?:nasz|moj)\w*\s+stron\w*(?![a-z])(?!\s+(?:internetow|www))")
ORDER_VERBS = (r"descompte|slev\w*|zlav\w*|kedvezmeny\w*|reducere|alennus\w*|alenn\w*|εκπτωσ\w*|kupon\w*|tilaus\w*|"
               r"osta\w*|koupit|kupte|cumpar\w*|vasarol\w*|αγορασ\w*|παραγγειλ\w*|garanti\w*|takuu\w*|zaruk\w*|"
               r"order|buy|purchase|command\w*|achet\w*|bestell\w*|kauf\w*|kaufen|pid\w*|compr\w*|encarg\w*|"
               # the seller's side of the sale: "te lo vendo directo", "vendo-lhe diretamente", "I'll sell it to you"
               r"vendo|vendo-lhe|vendo-te|sell (?:it|you)|i'll sell|sprzedam ci|sprzedam panu|sprzedam pani|"
               r"ordin\w*|acquist\w*|bestel\w*|koop|kopen|zamow\w*|kup\w*|encomend\w*|handla|kob|kobe|bestil\w*|"
               r"tilaa\w*|bestall\w*|objedn\w*|rendel\w*|comand\w*|discount|remise|reduction|rabatt\w*|descuento|sconto|korting|"
               r"rabat\w*|desconto|code promo|promo ?code|gutschein\w*|cupon\w*|coupon|buono|kortingscode|kod|"
               # "take it from my site": "prends-le", "prendilo", "pak hem"
               r"prends-le|prenez-le|prendilo|prendila|pak (?:hem|het)|take it|grab it|hol(?:'s| es| ihn)|bierz")
# "My own webshop, cheaper there", "google my shop's name": the seller's shop as the place to buy,
# when no link names it (a link is the url finding's: one place, one finding).
SHOP_DEAL_WORDS = (r"googl\w*|cheaper|moins cher|billiger|gunstiger|mas barato|mais barato|meno caro|piu bass\w*|"
                   r"goedkoper|taniej|tansz\w*|precio mas bajo|preco mais baixo|lower price|mais em conta|mas en cuenta|"
                   # "40 euro in meno", "50 euros abaixo", "30 € less": a sum off the price here
                   r"\d+\s*(?:€|eur\w*|zl|pln|chf|£|pounds?)?\s*(?:less|in meno|en moins|de moins|weniger|a menos|de menos|"
                   r"abaixo|minder|mniej)|costa meno|cuesta menos|kostet weniger|coute moins|kost minder|custa menos|"
                   # "on our webshop, no commission": the platform's fee as the reason to buy there
                   r"(?:commission\w*|frais|fees|gebuhr\w*|provision|comision\w*|commissioni|prowizj\w*|oplat\w*|"
                   r"taxas?|zjada|fica com)(?![a-z])|"
                   # the whole range there: "tout notre stock", "unser ganzes Sortiment", "pełna oferta"
                   r"(?:all|whole|full) (?:our |the )?(?:stock|range|catalogue|catalog)|tout notre (?:stock|catalogue)|"
                   r"(?:unser|unseres) (?:ganzes|komplettes) (?:sortiment|angebot)|todo (?:nuestro|el) (?:stock|catalogo)|"
                   r"tutto (?:il nostro|il) (?:catalogo|assortimento)|ons (?:hele|volledige) (?:assortiment|aanbod)|"
                   r"peln\w* ofert\w*|todo o (?:nosso )?(?:stock|catalogo)")
# "Scan the QR code on the card in the box": printed material that carries a channel or an offer.
PRINTED = (r"qr|\w*kortti|kartya|καρτα|targeta|gavekort|letak|flyer\w*|leaflet|card|cards|carte|cartes|karte|visitenkarte|tarjeta|biglietto|volantino|kaart|kaartje|"
           r"ulotk\w*|wizytowk\w*|cartao|folheto|kort|visitkort|kortti|letak|szorolap|pliant")
# A channel of the seller's written on a document in the parcel: "my number is on the delivery note".
DOCUMENTS = (r"invoice|receipt|delivery note|packing slip|facture|bon de livraison|bordereau|lieferschein|rechnung|beleg|"
             r"quittung|factura|albaran|recibo|ticket|fattura|bolla|ddt|scontrino|ricevuta|factuur|pakbon|bon|"
             r"faktur\w*|paragon\w*|list przewozowy|fatura|guia de remessa|talao|kvitto|foljesedel|kvittering|"
             r"folgeseddel|lasku\w*|kuitti|dodaci list|szamla\w*|nyugta|packing list|card|carte|karte|visitenkarte|"
             r"tarjeta|biglietto|kaart\w*|wizytowk\w*|cartao|flyer|etiquette|label|etikett|"
             # the box the phone comes in, where such a card or slip lies
             r"box|boite|schachtel|originalschachtel|originalverpackung|verpackung|caja|scatola|confezione|doos|"
             r"pudel\w*|caixa|embalagem|"
             # a sticker on the phone or its box, and what the buyer can see of the seller here: the
             # profile, its bio, a photo of the listing ("my number is on my profile")
             r"sticker|autocollant|aufkleber|pegatina|adesivo|autocolante|naklej\w*|"
             r"profile|profil|perfil|profilo|profiel|bio|photo|photos|foto|fotos|fotka|picture|pictures|pic|"
             r"profilbild\w*|profielfoto\w*|profielfoto|profilowe\w*")
FIRST_PERSON_POSSESSIVES = (r"my|mon|ma|mes|mein\w*|mi|mio|mia|mijn|m'n|moj\w*|meu|minha|our|notre|nos|unser\w*|"
                            r"nuestr\w*|nostr\w*|onze|nasz\w*|noss\w*|min|mitt|mit|minun|muj|moje")
# Words that make "my ... number" a reference ("my order number", "our stock number").
REFERENCE_QUALIFIERS = (r"stock|order|tracking|serial|model|part|reference|ref|imei|batch|lot|article|item|sku|customer|"
                        r"invoice|account|parcel|commande|suivi|serie|modele|piece|client|colis|bestell|serien|artikel|"
                        r"kunden|paket|pedido|seguimiento|modelo|pieza|articulo|cliente|envio|ordine|modello|articolo|"
                        r"spedizione|bestel|volg|klant|pakket|zamowienia|seryjny|paczki|encomenda|rastreio|artigo")
# "telefon..." but not its plurals ("i nostri telefoni", "nasze telefony"): our phones are the devices.
DOCUMENT_PHONE_NOUNS = (r"(?:phone |mobile |cell )?number|phone|mobile|numero(?: de (?:telephone|portable|tel))?|nummer|"
                        r"(?:laden|shop|geschafts|festnetz|werkstatt|filial|service)nummer|"
                        r"handynummer|telefonnummer|numer(?: telefonu)?|telefon(?!(?:i|y|es|s)(?![a-z]))\w*|telefono|telemovel|handy|gsm|"
                        r"portable|cellulare|movil|tel|nr|cell|cell'?s")
# The nouns an article points at: the number itself. With an article, the device words of
# DOCUMENT_PHONE_NOUNS name the phone being sold ("el móvil ... la tarjeta SIM ... las llamadas"),
# not a line of the seller's.
DOCUMENT_NUMBER_NOUNS = (r"(?:phone |mobile |cell )?number|numero(?: de (?:telephone|portable|tel))?|nummer|"
                         r"(?:laden|shop|geschafts|festnetz|werkstatt|filial|service)nummer|"
                         r"handynummer|telefonnummer|numer(?: telefonu)?")
# "The number is the one on the receipt, just call": a number pointed at with an article, not a
# possessive, is the seller's when a call or a text is asked for in the same sentence.
DOCUMENT_ARTICLES = r"the|le|la|die|der|das|el|il|lo|het|de|o|a|numer(?= )"
# Polish has no article: "Numer jest na naklejce" points at the number with the bare noun and a verb.
DOCUMENT_BARE_POINTERS = r"numer(?= (?:jest|znajduje sie|znajdziesz|masz))"
DOCUMENT_CALL_VERBS = (r"call|ring|text|txt|sms|anruf\w*|ruf\w* (?:\w+ )?an|appel\w*|llam\w*|chiam\w*|bel\w*|dzwon\w*|zadzwon\w*|"
                       r"przedzwon\w*|coup de fil|coup de telephone|squillo|colpo di telefono|telefonat\w*|"
                       r"lig\w*|whatsapp\w*|schreib\w* (?:eine )?sms|manda\w* (?:un )?sms")
DOCUMENT_MAIL_NOUNS = r"e-?mail\w*|mail\w*|correo(?: electronico)?|adresse e-?mail|adres e-?mail"
DOCUMENT_APP_NOUNS = r"whatsapp|telegram|instagram|insta|signal|viber|facebook|snapchat"
# "mon numéro de commande est sur la facture": a reference, not a channel.
REFERENCE_AFTER_NOUN = (r"\s*(?:de |d'|di |of |van |do |da |del )?(?:commande|order|bestell|pedido|ordine|zamowien|"
                        r"bestelling|encomenda|suivi|tracking|serie|serial|imei|facture|invoice|client|kunde|cliente|"
                        r"klant|klienta|colis|parcel|paket|envio|spedizione|pakket|przesylk|rastreio|referen)")
GATE_DIRECT_PREFIXES = ("besoin", "pedirlo", "ordinarlo", "zamawiania", "encomendar", "nix", "nichts","botiga", "web", "honlap", "weboldal", "bolt", "uzlet", "kauppa", "sivuillamme", "hjemmeside",
                        "hemsida", "nettbutik", "magazin", "site", "καταστημα", "ιστοσελιδα", "σελιδα", "direct", "direkt", "dirett", "rechtstreeks", "bezposrednio", "diretamente", "suoraan", "priamo",
                        "kozvetlenul", "shop", "store", "website", "boutique", "laden", "tienda", "local", "negozio", "sito",
                        "winkel", "sklep", "loja", "butik", "kauppa", "verkkokauppa", "obchod", "eshop", "webaruhaz",
                        "magazin", "webshop", "onlineshop", "site", "qr", "flyer", "pidenos", "compranos",
                        # Sentences that name the platform itself, for "order ... without the platform".
                        "platform", "plateforme", "plattform", "plataforma", "piattaforma", "πλατφορμ", "mellanhand",
                        "prostredni", "zprostredkovatel", "alusta", "megkerul",
                        # a shop, stall or market to come to (buy_in_person)
                        "magasin", "stand", "marche", "atelier", "gschaft", "g'schaft", "geschaft", "filiale", "puesto",
                        "rastro", "mercadillo", "mercatino", "bancarella", "markt", "punkt", "stoisk", "banca", "feira")
GATE_DOCUMENT_PREFIXES = ("sticker", "autocollant", "aufkleber", "pegatina", "adesivo", "autocolante", "naklej",
                          "profil", "perfil", "profiel", "bio", "photo", "foto", "picture", "pic",
                          "invoice", "receipt", "delivery", "packing", "facture", "bon", "bordereau", "lieferschein",
                          "box", "boite", "schachtel", "originalschachtel", "verpackung", "originalverpackung", "caja",
                          "scatola", "confezione", "doos", "pudel", "caixa", "embalagem",
                          "rechnung", "beleg", "quittung", "factura", "albaran", "recibo", "ticket", "fattura", "bolla",
                          "ddt", "scontrino", "ricevuta", "factuur", "pakbon", "faktur", "paragon", "list", "fatura",
                          "guia", "talao", "kvitto", "foljesedel", "kvittering", "folgeseddel", "lasku", "kuitti",
                          "dodaci", "szamla", "nyugta", "card", "carte", "karte", "visitenkarte", "tarjeta", "biglietto",
                          "kaart", "wizytowk", "cartao", "flyer", "etiquette", "label", "etikett")
# Channel names people spell out letter by letter ("t e l e g r a m", "w.h.a.t.s.a.p.p"): only
# these are joined back, so ordinary single letters in a text are left alone.
SPELLED_CHANNEL_NAMES = frozenset({
    "whatsapp", "watsapp", "telegram", "signal", "instagram", "insta", "snapchat", "snap", "facebook", "messenger",
    "viber", "discord", "skype", "tiktok", "wechat", "threema", "paypal", "revolut", "bizum", "twint", "swish",
    "satispay", "mobilepay", "vipps", "blik", "payconiq", "tikkie", "lydia", "wise", "ebay", "vinted", "leboncoin",
    "wallapop", "olx", "allegro", "marktplaats", "subito", "willhaben", "kleinanzeigen", "blocket", "bazos",
    "jofogas", "anibis", "ricardo", "milanuncios", "gmail", "hotmail", "outlook", "yahoo", "icloud",
})

# The seller turns the channel down (the buyer proposed it): "Bizum directo no, todo por la app",
# "Twint en direct c'est non", "Su Subito no, grazie", "a call would be easier, but I prefer we stay
# in the chat", "... ne sont pas autorisés"; or the sentence that
# names it is a question the next one answers no to ("Kleinanzeigen? Nee, bleiben wir hier.",
# "Przelew na konto? Niestety nie"). "No problem" answers yes.
NO_ANSWER = (r"(?:ah |oh |hmm |hm )?(?:no|non|nee|nein|nie|niestety nie|nao|nope|niet|neen|ne)"
             r"(?!\s*(?:problem\w*|worries|hay problema|te preocupes|pasa nada|stress|probleem|ma problemu|problema|"
             r"ho problemi|e problema|c'e problema|soucis?|de souci|de probleme))(?![a-z])")
TURNED_DOWN = (
               r"(?:c'est|c est|es un|e un|is een|is a|ist ein) (?:non|no|nee|nein)(?![a-z])|"
               r"(?:no|non|nee|nein|nie|nao)\s*,?\s*(?:grazie|gracias|merci|danke|thanks|thank you|obrigad\w*|dank je|dziekuje|"
               r"sorry|lamento|desculp\w*|lass mal|laat maar)(?![a-z])|"
               r"\w+ (?:directo|direto|diretto|direct|en direct|direkt|bezposrednio) (?:no|non|nee|nein|nie|nao)\s*(?:[.!,;]|$)|"
               r"(?:but|mais|aber|pero|ma|maar|ale|mas)\s+(?:i'?d rather|i would rather|i prefer|je prefere|j'aimerais mieux|"
               r"prefiero|preferisco|ik hou het liever|ik houd het liever|prefiro|wole|ich bleibe lieber|ich mochte lieber|"
               r"ich wurde lieber)(?![a-z])[^.!?]{0,60}(?:here|ici|hier|aqui|qui|tutaj|this chat|the chat|le chat|de chat|"
               r"im chat|nel chat|en el chat|no chat|na czacie)(?![a-z])|"
               r"(?:ne sont pas|n'est pas|ne sont plus) autoris\w*|niet toegestaan|nicht erlaubt|nicht gestattet|"
               r"no (?:esta|estan) permitid\w*|non (?:e|sono) (?:consentit\w*|permess\w*)|nao (?:e|sao) permitid\w*|"
               r"niedozwolon\w*|nie jest dozwolon\w*|(?:don'?t|doesn'?t|do not|does not) allow|not permitted|"
               # "... geht leider ned", "... gaat helaas niet", "... geht aber leider nicht": not possible,
               # said after the thing
               r"(?:geht|gaat|klappt|lauft|loopt)\s+(?:(?:aber|maar|leider|helaas|halt|echt|jedoch|wirklich)\s+){0,3}"
               r"(?:nicht|ned|net|niet)(?![a-z])|"
               # the seller cannot do it outside the platform, in one clause: "I can't arrange a collection
               # and cash payment outside the platform", "não posso combinar entregas fora da plataforma"
               r"(?:can'?t|cannot|can not|unable to|not able to|ne (?:peux|pouvons|peut) pas|(?:kann|konnen|darf|durfen) "
               r"(?:ich |wir )?(?:\w+ ){0,4}?nicht|kan (?:ik|we) (?:\w+ ){0,4}?niet|no (?:puedo|podemos)|"
               r"non (?:posso|possiamo)|nao (?:posso|podemos)|nie (?:moge|mozemy))(?![a-z])[^.!?,;]{0,80}?(?:"
               + OFF_PLATFORM + r")|"
               # the seller does not sell there or outside: "verkaufe ich nichts", "no voy a ... por fuera"
               r"verkaufe ich (?:nichts|nicht)|verkoop ik (?:niet|niks)|no voy a|je ne (?:vends|vend) pas|"
               r"i (?:don'?t|won'?t|do not|will not) sell|non vendo|no vendo|nie sprzedaje|nao vendo")

# The buyer's proposal reported by the seller, to answer it: "you suggest paying by transfer",
# "thank you for your proposal to ...", "I understand you'd like to ...", "Sie schlagen vor ...".
# Such a sentence names the channel because the buyer did; the next sentence says what the seller
# makes of it (REPORTED_THEN_DECLINED).
REPORTED_PROPOSAL = (
    r"(?:you|u|je) (?:suggest\w*|propos\w*|offer\w*|stel\w* voor)|your (?:suggestion|proposal|idea|offer)|"
    r"thanks? (?:you )?for (?:the |your )?(?:suggest\w*|propos\w*|idea|offer\w*)|"
    r"i (?:understand|see) (?:that )?you(?:'d| would| want| wish)|"
    r"vous (?:nous |me )?(?:propos\w*|suggere\w*)|(?:votre|ta) (?:proposition|suggestion|idee)|"
    r"(?:tu |vous )?(?:souhaiteriez|souhaitez|voudriez|aimeriez)|"
    r"(?:sie|du) (?:schlagen|schlagst) (?:\w+ ){0,6}?vor|(?:ihr\w*|dein\w*|den) vorschlag|"
    r"(?:sie|du) (?:mochten|mochtest|wurden gerne|wurdest gerne)|"
    r"(?:uw|je|jouw|het) (?:voorstel|idee)|(?:u|je) (?:wilt|wil|zou(?:den)? graag)|"
    r"(?:tu |su |la )?propuesta|(?:me|nos) (?:propone\w*|sugiere\w*)|(?:quieres|quiere|querria\w*|prefieres|prefiere)|"
    r"(?:la sua |la tua )?proposta|(?:aver|ha|hai|avete) propost\w*|(?:mi|ci) (?:propone|proponi|chiede|chiedi)|"
    r"(?:vorrebbe|vorresti)|"
    r"propon\w* (?:pan|pani|pa[nń]stwo)|propozycj\w*|(?:chcial(?:a|by|aby)\w*|chcesz|chce) (?:pan|pani)?|"
    r"(?:pan|pani) (?:proponuje|chcial\w*|chce)|"
    r"(?:propoe|propoes|sugere|sugeres)|(?:a sua |a tua )?(?:proposta|sugestao)|(?:gostaria|gostarias|quer|queres)"
)
# What the seller makes of it, in the next sentence: not possible, not allowed, only here.
DECLINED_AFTER_PROPOSAL = (
    r"can'?t|cannot|can not|unable|not (?:possible|able)|i'?m afraid|unfortunately|i (?:do )?need to keep|"
    r"(?:i|we)'?d rather|(?:i|we) prefer|only (?:through|via|on|here)|"
    r"ne (?:peux|pouvons|peut) pas|pas possible|impossible|malheureusement|(?:nous )?preferons|je prefere|"
    r"uniquement (?:par|via|sur|ici)|"
    r"(?:kann|konnen|darf|durfen) (?:ich |wir )?(?:\w+ ){0,4}?nicht|leider|nicht moglich|lieber|jedoch ausschlie\w*|"
    r"ausschlie\w* (?:uber|hier)|"
    r"no (?:puedo|podemos|es posible)|lamentablemente|por desgracia|prefiero|preferimos|solo (?:por|a traves)|"
    r"non (?:posso|possiamo|e possibile)|purtroppo|preferisco|preferiamo|solo (?:tramite|qui|sulla)|"
    r"kan (?:ik|we) (?:\w+ ){0,4}?niet|helaas|niet mogelijk|liever|alleen (?:via|hier|op)|"
    r"nie (?:moge|mozemy|jest mozliwe|ma (?:takiej )?potrzeby)|niestety|wole|wolimy|tylko (?:przez|tutaj|na)|"
    r"nao (?:posso|podemos|e possivel)|infelizmente|prefiro|preferimos|so (?:pela|atraves|aqui)"
)

# Money going back the way the buyer paid at the platform's checkout: "the refund goes to the same
# payment method", "if you paid by MB WAY, ...". An app named there is the checkout's own option.
SAME_PAYMENT_METHOD = (
    r"same (?:payment )?(?:method|card|account|way you paid)|(?:meme|le meme) (?:moyen|mode) de paiement|"
    r"(?:gleiche|gleichen|selbe|selben|dieselbe|derselben) (?:zahlungs\w+|zahlart|weg)|"
    r"mismo (?:metodo|medio|modo) de pago|stesso (?:metodo|mezzo) di pagamento|"
    r"(?:dezelfde|zelfde) (?:betaal\w+|manier)|(?:te sama|tej samej|ta sama|ten sam) (?:metod\w*|sposob\w*|form\w*)|"
    r"(?:mesmo|mesma) (?:meio|metodo|forma) de pagamento|"
    # the same card or account: "sulla stessa carta usata per il pagamento, la sua Postepay"
    r"(?:meme|la meme|le meme) (?:carte|compte)|(?:gleiche|gleichen|selbe|selben|dieselbe|derselben) (?:karte|konto)|"
    r"(?:misma|mismo) (?:tarjeta|cuenta)|(?:stessa|stesso) (?:carta|conto)|(?:dezelfde|zelfde) (?:kaart|rekening)|"
    r"(?:te sama|tej samej|ta sama|na ta sama) (?:karte|karta|karty|konto)|(?:mesmo|mesma) (?:cartao|conta)|"
    r"if you paid (?:by|with|via)|si vous avez paye (?:par|avec)|wenn sie (?:per|mit) \w+ (?:bezahlt|gezahlt)|"
    r"si (?:pagaste|ha pagado|pago) (?:con|por)|se (?:ha|hai) pagato con|als (?:je|u) (?:met|via) \w+ (?:hebt|heeft) betaald|"
    r"(?:jesli|jezeli) (?:pan|pani|placil\w*|zaplacil\w*)|se (?:pagou|pagaste) (?:por|com)"
)

# What buying on another site lacks, said as a warning: "sans facture ni garantie", "ohne Rechnung",
# "sin factura", "without a receipt or a warranty", "careful, many have copied screens".
WITHOUT_PAPERS = (r"(?:sans|without|ohne|sin|senza|zonder|bez|sem|no)\s+(?:a\s+|an\s+|any\s+|une?\s+)?"
                  r"(?:facture|invoice|receipt|rechnung|beleg|factura|fattura|scontrino|factuur|bon|faktur\w*|paragonu|"
                  r"fatura|recibo|garantie|garantia|garanzia|gwarancji|warranty|guarantee|gewahrleistung)|"
                  r"cuidado|careful|beware|occhio|attenzione|let op|uwaga|vorsicht|imitac\w*|imitation|copie")
# A price stated for here, to compare with another site's: "here it is 349 €", "bij ons €512".
PRICED_HERE = (r"(?:ici|here|hier|aqui|qui|tutaj|bij ons|chez nous|chez moi|bei uns|bei mir|da noi|da me|"
               r"con nosotros|conmigo|u nas|u mnie|connosco|comigo)(?![a-z])[^.!?\n]{0,30}"
               r"(?:\d[\d .,]*\s*(?:€|eur\w*|zl|pln|chf|£)|(?:€|£)\s*\d)")
