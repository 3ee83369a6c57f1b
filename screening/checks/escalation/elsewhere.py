"""Whether a buyer's sentence tells of a problem somewhere else, not with this order.

Buyers often explain why they ask: "my mate bought an iPhone off Gumtree and it was iCloud
locked", "years ago a tablet battery swelled on my daughter's bedside table", "another shop
refused to refund me". The words are those of a real report, but the platform has nothing to take
over (R8/R9 are about the order in this conversation). Such a sentence names where the problem
happened (another seller, shop, site or person, an earlier phone, a news story) and
says nothing that ties it to this order (the seller addressed, the phone received, "my order").

Beside a question the buyer asks, the check reads a sentence that does so like a question about a
topic (check.elsewhere_beside_question): its evidence counts rules.GUARDED_FACTOR of its weight.
A sentence that mixes both ("my brother's phone from a shop was fine, but the one you sent won't
charge") is tied to this order and read as usual. "My" relative alone is no place elsewhere:
buyers buy for their children and parents and write for them, and "my brother says it is fake" is
evidence about this phone; a relative is a place with a verb of their own purchase or their own
phone ("my sister bought", "my mate's phone"), someone indefinite ("a friend", "a colleague") is.

Written for normalize()d text (lower case, accents folded). Every language's words are tried on
every sentence: a buyer may write in any language, and the phrases are long enough not to be read
in another language by chance.
"""

from __future__ import annotations

import re

# Where the problem happened, when it was not this order: another seller, shop, site or app; a
# person's own purchase; an earlier device; a time long past; a story read or heard.
_ELSEWHERE = {
    "en": [
        r"(?:saw|seen|read|heard) (?:something|stuff|a thing|a lot|loads) (?:on|in) (?:the )?(?:bbc|news|telly|paper|papers|internet|online|reddit|facebook|radio)|on the bbc",
        r"(?:my|our) (?:mate|friend|sister|brother|cousin|dad|mum|mom|uncle|aunt|neighbour|neighbor|colleague) (?:in|from|over in) \w+ (?:bought|got|had|ordered)",
        r"(?:read|heard|seen) (?:about|of)",
        r"(?:read|heard|seen) (?:a lot|so much|loads|lots|plenty|a few things|stories) (?:about|of)",
        r"(?:an|one|that) (?:old|earlier|previous) (?:phone|tablet|mobile|charger|laptop|handset|device|iphone|samsung) of (?:mine|ours)",
        r"i (?:once |also )?had (?:a|an) (?:\w+ )?(?:phone|tablet|mobile|iphone|samsung|laptop|charger|handset|device)",
        r"(?:my|our) (?:current|present|work) (?:phone|mobile|one|charger)",
        r"(?:read|saw|heard|watched) (?:a|an|some|the) (?:story|stories|article|report|horror story|thread|post|review|video|piece)",
        r"where i work",
        r"(?:a|one of my|some) (?:friend|mate|colleague|coworker|workmate|neighbour|neighbor|relative|lad|student)(?:'s)?",
        r"(?:friend|mate|pal|colleague|coworker|workmate|neighbour|neighbor|cousin|relative) of (?:mine|ours)",
        r"(?:in|on) the (?:paper|papers|newspaper|telly|tv|radio)|on (?:tv|telly|the radio)|(?:saw|seen|watched) (?:\w+ ){0,3}on (?:tiktok|youtube|reddit)",
        r"(?:some|a) (?:dodgy|random|shady|sketchy) (?:site|website|seller|shop|app|guy)",
        r"(?:long|a long time) ago|(?:another|other|different) (?:shop|seller|store|site)",
        r"at work|in the office",
        r"(?:my|our|his|her|their) (?:old|previous|last|former|first) (?:phone|one|mobile|tablet|iphone|samsung|handset|laptop|charger|device|pixel|galaxy|htc|nokia|huawei|xiaomi|motorola|sony|lg|oneplus|blackberry|oppo|honor)(?:'s)?",
        r"years? ago|years back|(?:a|one|two|three|few|couple of) years|last (?:year|summer|winter|christmas)|back then|back in (?:19|20)\d\d|in (?:19|20)\d\d",
        r"(?:my|our) (?:mate|friend|pal|buddy|sister|dad|mum|mom|father|mother|grandad|grandma|nan|son|daughter|brother|aunt|auntie|uncle|cousin|niece|nephew|neighbour|neighbor|colleague|flatmate|roommate|housemate|ex|partner|girlfriend|boyfriend|sister-in-law|brother-in-law|mother-in-law|father-in-law|in-laws|grandson|granddaughter)(?:'s)? (?:old |previous |former )?(?:bought|got|had|ordered|paid|was|lost|phone|iphone|tablet|charger|laptop|e-?bike|bike|scooter|vape|console|car|battery)",
        r"(?:read|saw|seen|heard|watched) (?:online|on the news|on a forum|on reddit|a video|a report|stories|about)|(?:on|in) the news",
    ],
    "fr": [
        r"(?:lu|entendu parler) (?:de|des|du|d'\w+)",
        r"(?:on )?entend(?:s)? (?:souvent |parfois |beaucoup )?parler (?:de|des|du|d'\w+)",
        r"j'ai (?:deja )?eu (?:un|une) (?:\w+ )?(?:telephone|portable|tablette|smartphone|iphone|samsung|chargeur|ordinateur)",
        r"(?:mon|ma) (?:telephone|portable|tel|smartphone) actuel(?:le)?",
        r"(?:lu|vu|entendu) (?:un|une|des) (?:article|histoire|histoires|reportage|temoignage|video)",
        r"au boulot|la ou je travaille",
        r"dans (?:le|un) journal|(?:a|sur) la radio|(?:j'ai )?lu (?:que|qu'\w+)|vu (?:\w+ ){0,3}sur (?:tiktok|youtube)",
        r"(?:le telephone|le portable|le tel|l'iphone|le gsm) (?:de mon|de ma|d'un|d'une) (?:ami|amie|pote|copain|copine|collegue|voisin|voisine|frere|soeur|pere|mere|papa|maman|grand-pere|grand-mere|fils|fille|beau-pere|belle-mere|cousin|cousine|oncle|tante)",
        r"celui (?:de mon|de ma|d'un|d'une) (?:ami|amie|copain|copine|collegue|voisin|voisine|pote)",
        r"(?:un|une) (?:ami|amie|pote|copain|copine|collegue|voisin|voisine|proche|connaissance|particulier)",
        r"il y a (?:longtemps|des annees)|au travail|au bureau",
        r"(?:mon|ma|son|sa|notre) (?:ancien|ancienne|vieux|vieil|vieille|precedent|precedente|dernier|premier|premiere) (?:telephone|portable|tel|smartphone|iphone|samsung|gsm|tablette|chargeur|appareil|mobile|huawei|xiaomi|pixel|galaxy|nokia|motorola|sony|oppo|oneplus|honor)",
        r"(?:lu|vu|entendu) (?:\w+ ){0,4}(?:une|des) histoires? (?:de|d'un|d'une)",
        r"il y a (?:un an|deux ans|trois ans|quelques annees|des annees|\d+ ans)|l'an dernier|l'annee derniere|l'ete dernier|l'hiver dernier|a l'epoque|en (?:19|20)\d\d",
        r"(?:mon|ma|notre) (?:ami|amie|pote|copain|copine|soeur|pere|mere|papa|maman|grand-pere|grand-mere|fils|fille|beau-pere|belle-mere|sœur|frere|tante|oncle|cousin|cousine|voisin|voisine|collegue|coloc|colocataire|neveu|niece|beau-frere|belle-soeur|mari|femme|compagnon|compagne) (?:a achete|avait achete|s'est fait|a eu|avait|a commande|a paye|a perdu)",
        r"(?:lu|vu|entendu) (?:sur internet|en ligne|aux infos|a la tele|a la television|sur un forum|un reportage|des histoires)|aux infos|a la tele|un reportage",
    ],
    "de": [
        r"(?:gelesen|gehort) (?:von|uber)|(?:von|uber) \w+ (?:\w+ )?(?:gelesen|gehort)",
        r"(?:liest|hort) (?:man )?(?:ja )?(?:so )?(?:viel|oft|immer wieder|manchmal) (?:von|uber)",
        r"(?:ich )?hatte (?:fruher |mal |schon mal |einmal |fruher mal )*(?:ein|einen|eine) (?:\w+ )?(?:handy|telefon|tablet|smartphone|iphone|samsung|ladegerat|laptop)",
        r"(?:mein|meinem) (?:aktuelles|jetziges|derzeitiges|aktuellen|jetzigen) (?:handy|telefon|smartphone|natel)",
        r"(?:einen|ein|eine) (?:artikel|bericht|beitrag|geschichte|video) (?:gelesen|gesehen)",
        r"wo ich arbeite",
        r"in der zeitung|im radio|(?:gelesen|gehort),? dass|(?:auf|bei) (?:tiktok|youtube) gesehen|gesehen (?:\w+ ){0,2}auf (?:tiktok|youtube)",
        r"(?:mei|meim) (?:freund|freundin|kumpel|kollege|kollegin|schwester|vater|mutter|papa|mama|opa|oma|sohn|tochter|bruder|tante|onkel|cousin|cousine|nachbar|nachbarin|spezl|haberer) (?:hat|hatte|hot|is|ist)",
        r"von (?:meinem|meiner) (?:freund|freundin|kumpel|kollege|kollegin|nachbar|nachbarin)",
        r"(?:ein|eine|einem|einer) (?:freund|freundin|kumpel|kollege|kollegin|bekannte[rn]?|nachbar|nachbarin|privatperson)",
        r"bei (?:meinem|meiner|unserem|unserer|ihrem|ihrer|seinem|seiner) (?:freund|freundin|kumpel|kollege|kollegin|schwester|bruder|tante|onkel|cousin|cousine|nachbar|nachbarin|schwager|schwagerin|mann|frau|schwiegermutter|schwiegervater)",
        r"vor (?:jahren|langer zeit)|(?:auf|an) (?:einem|dem) \w*markt|im buro|bei der arbeit",
        r"(?:mein|meine|meinem|meinen|meiner|sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer|unser|unserem|unseren) (?:alte|altes|alter|alten|vorherige\w*|letzte\w*|fruhere\w*|erste\w*) (?:handy|telefon|smartphone|iphone|samsung|tablet|ladegerat|gerat|natel|huawei|xiaomi|pixel|galaxy|nokia|motorola)",
        r"vor (?:einem|zwei|drei|ein paar|einigen|vielen|\d+) jahren?|letztes jahr|im letzten jahr|letzten (?:sommer|winter)|damals",
        r"(?:mein|meine|unser|unsere) (?:freund|freundin|kumpel|kollege|kollegin|schwester|vater|mutter|papa|mama|opa|oma|sohn|tochter|bruder|tante|onkel|cousin|cousine|nachbar|nachbarin|mitbewohner\w*|neffe|nichte|schwager|schwagerin|mann|frau|partner\w*) (?:hat|hatte|wurde|ist)",
        r"(?:gelesen|gesehen|gehort) (?:im internet|online|in den nachrichten|im fernsehen|in einem forum)|in den nachrichten|im fernsehen|(?:ein|einen) bericht",
    ],
    "es": [
        r"(?:lei|escuche|oi) (?:sobre|hablar de|de)",
        r"(?:se lee|se oye|leo|oigo|se escucha) (?:mucho |tanto |tantas cosas )?(?:sobre|de|hablar de)",
        r"(?:tuve|tenia) (?:un|una) (?:\w+ )?(?:movil|telefono|tablet|celular|iphone|samsung|cargador|portatil)",
        r"(?:mi|su) (?:movil|telefono|celular) actual",
        r"(?:lei|vi|escuche) (?:un|una|unos|unas) (?:articulo|noticia|reportaje|historia|historias|video)|en el periodico",
        r"donde trabajo",
        r"en el telediario|en la radio|(?:lei|escuche|oi) que|vi (?:\w+ ){0,3}en (?:tiktok|youtube)",
        r"el (?:movil|telefono|celular|iphone) de (?:mi|un|una) (?:amigo|amiga|hermano|hermana|padre|madre|abuelo|abuela|hijo|hija|suegro|suegra|primo|prima|tio|tia|vecino|vecina|colega|companero|companera|cunado|cunada)",
        r"el de (?:mi|un|una) (?:amigo|amiga|novio|novia|colega|vecino|vecina|companero|companera)",
        r"(?:un|una) (?:amigo|amiga|colega|companero|companera|vecino|vecina|conocido|conocida|particular)",
        r"hace (?:mucho|tiempo|anos)|en el trabajo|en la oficina",
        r"(?:mi|su|nuestro|nuestra) (?:antiguo|antigua|viejo|vieja|anterior|ultimo|ultima|primer|primera) (?:telefono|movil|celular|iphone|samsung|tablet|cargador|aparato)",
        r"(?:mi|su|nuestro|nuestra) (?:telefono|movil|celular|cargador|tablet|samsung|iphone|htc|nokia|huawei|xiaomi|motorola|sony|lg|oneplus|blackberry|oppo|honor) (?:antiguo|anterior|viejo)",
        r"hace (?:un ano|dos anos|tres anos|unos anos|anos|\d+ anos)|el ano pasado|el verano pasado|el invierno pasado|en aquel entonces|en (?:19|20)\d\d",
        r"(?:mi|nuestro|nuestra) (?:amigo|amiga|cuate|colega|hermano|hermana|padre|madre|abuelo|abuela|hijo|hija|suegro|suegra|tia|tio|primo|prima|vecino|vecina|companero|companera|sobrino|sobrina|cunado|cunada|marido|mujer|esposo|esposa|pareja|novio|novia) (?:compro|se compro|pidio|pago|tuvo|tenia|perdio|le)",
        r"(?:lei|vi|escuche|oi) (?:en internet|en las noticias|en la tele|en un foro|un reportaje|historias)|en las noticias|en la tele|en un foro|un reportaje",
    ],
    "it": [
        r"(?:letto|sentito) (?:di|parlare di|su)",
        r"(?:si legge|si sente|leggo|sento) (?:tanto |spesso |molto )?(?:di|parlare di|su)",
        r"(?:ho avuto|avevo) (?:un|una|un') ?(?:\w+ )?(?:telefono|cellulare|tablet|iphone|samsung|caricabatterie|smartphone|portatile)",
        r"(?:il mio|il suo) (?:telefono|cellulare|smartphone) attuale",
        r"(?:letto|visto|sentito) (?:un|una|degli) (?:articolo|servizio|storia|storie|video)",
        r"dove lavoro",
        r"(?:sul|nel|dal) giornale|alla radio|in (?:tv|televisione)|(?:letto|sentito) (?:che|sul|sulla|sui|nel|nei)|visto (?:\w+ ){0,3}su (?:tiktok|youtube)",
        r"(?:telefono|cellulare|telefonino|iphone|smartphone) (?:di mio|di mia|del mio|della mia|di un|di una) (?:amico|amica|fratello|sorella|padre|madre|papa|mamma|nonno|nonna|figlio|figlia|suocero|suocera|cugino|cugina|zio|zia|vicino|vicina|collega|cognato|cognata)",
        r"quello (?:del mio|della mia|di mio|di mia|di un|di una) (?:amico|amica|ragazzo|ragazza|collega|vicino|vicina|fidanzato|fidanzata)",
        r"(?:un|una|un') (?:amico|amica|collega|vicino|vicina|conoscente|privato|tizio)",
        r"(?:tempo|anni) fa|al lavoro|in ufficio|(?:a|ad) una fiera",
        r"(?:il mio|la mia|il suo|la sua|il nostro) (?:vecchio|vecchia|precedente|ultimo|ultima|primo|prima) (?:telefono|cellulare|iphone|samsung|tablet|caricabatterie|smartphone|telefonino)",
        r"(?:il mio|il suo) (?:telefono|cellulare|caricabatterie|tablet) (?:vecchio|precedente)",
        r"(?:un|due|tre|qualche|alcuni|\d+) ann[oi] fa|l'anno scorso|l'estate scorsa|l'inverno scorso|lo scorso (?:anno|inverno|natale)|all'epoca|nel (?:19|20)\d\d",
        r"(?:mio|mia|il mio|la mia|nostro|nostra) (?:amico|amica|collega|fratello|sorella|padre|madre|papa|mamma|nonno|nonna|figlio|figlia|suocero|suocera|zia|zio|cugino|cugina|vicino|vicina|coinquilino|coinquilina|nipote|cognato|cognata|marito|moglie|compagno|compagna|ragazzo|ragazza) (?:ha comprato|aveva comprato|ha preso|aveva preso|ha pagato|ha ordinato|ha avuto|aveva|ha perso|si e)",
        r"(?:letto|visto|sentito) (?:su internet|online|al telegiornale|al tg|in tv|su un forum|un servizio|storie)|al telegiornale|al tg|un servizio",
    ],
    "nl": [
        r"(?:vriend|vriendin|collega|buurman|buurvrouw|kennis|neef|nicht|maat) van (?:me|mij|ons)",
        r"(?:gelezen|gehoord|las|lees) over",
        r"(?:leest|lees|hoort|hoor) (?:je |ge |men )?(?:soms |vaak |zoveel |veel |van alles )*over",
        r"ik had (?:ooit |eens |al eens )?(?:een|ne) (?:\w+ )?(?:telefoon|gsm|tablet|smartphone|iphone|samsung|oplader|laptop)",
        r"(?:mijn|m'n) (?:huidige|huidig) (?:telefoon|gsm|toestel)",
        r"(?:las|lees|gelezen|zag|gezien) (?:\w+ ){0,2}(?:op|in|een) (?:een forum|reddit|internet|artikel|het nieuws|de krant)",
        r"waar ik werk",
        r"in de krant|op (?:tv|de tv|televisie|de televisie|de radio)|(?:las|gelezen|gehoord) dat|(?:zag|gezien) (?:\w+ ){0,3}op (?:tiktok|youtube)",
        r"(?:de|het) (?:telefoon|gsm|toestel|iphone) van (?:mijn|m'n|een) (?:vriend|vriendin|broer|zus|vader|moeder|pa|ma|papa|mama|opa|oma|zoon|dochter|schoonvader|schoonmoeder|neef|nicht|oom|tante|buurman|buurvrouw|collega|maat)",
        r"die van (?:mijn|m'n|een) (?:vriend|vriendin|collega|buurman|buurvrouw|maat|lief)",
        r"(?:een|n) (?:vriend|vriendin|maat|collega|kennis|buurman|buurvrouw|particulier|gast|kerel)|vriend van mij|vriendin van mij",
        r"(?:lang|jaren) geleden|op het werk|op kantoor",
        # a relative or colleague opening the sentence, without "mijn": "Collega kocht via Insta..."
        r"^(?:collega|buurman|buurvrouw|zus|broer|neef|nicht|schoonbroer|schoonzus) (?:had|heeft|kocht|kreeg|bestelde)",
        r"(?:mijn|m'n|zijn|haar|ons|onze) (?:oude|vorige|laatste|eerste|vroegere) (?:telefoon|gsm|mobiel|iphone|samsung|tablet|oplader|toestel|smartphone)",
        r"(?:een|twee|drie|paar|enkele|\d+) jaar geleden|vorig jaar|vorige (?:zomer|winter)|afgelopen zomer|ooit|destijds|in (?:19|20)\d\d",
        r"(?:mijn|m'n|onze|ons) (?:vriend|vriendin|maat|collega|zus|vader|moeder|pa|ma|papa|mama|opa|oma|zoon|dochter|schoonvader|schoonmoeder|broer|tante|oom|neef|nicht|buurman|buurvrouw|huisgenoot|kamergenoot|zwager|schoonzus|man|vrouw|partner|lief)(?: zijn| haar)? (?:heeft|had|kocht|werd|is|zijn|haar)",
        r"(?:gelezen|gezien|gehoord) (?:online|op internet|in het nieuws|op het nieuws|op een forum)|in het nieuws|op het nieuws|een reportage",
    ],
    "pl": [
        r"(?:czytal|slyszal)\w* (?:\w+ ){1,4}(?:o|ze)|w internecie",
        r"(?:moj|moja|mojemu|mojej) (?:brat|siostra|kolega|kolezanka|tata|mama|ojciec|matka|syn|corka|kuzyn|kuzynka|sasiad|sasiadka|szwagier|wujek|ciocia|dziadek|babcia)(?: \w+)? (?:kupil\w*|mial\w*|dostal\w*|nie mogl\w*|zamowil\w*|stracil\w*)",
        r"w (?:poprzedniej|dawnej|starej|innej) (?:firmie|pracy)",
        r"(?:czytal|slyszal)\w* (?:o|ze)",
        r"(?:mial(?:em|am)) (?:kiedys )?(?:\w+ )?(?:telefon|tablet|smartfon|iphone\w*|samsung\w*|ladowark\w*|laptop)\w*",
        r"(?:moj|moim) (?:obecny|obecnym|aktualny|aktualnym) (?:telefon\w*|smartfon\w*)",
        r"reportaz\w*|artykul\w*",
        r"gdzie pracuje",
        r"w (?:tv|telewizji|gazecie|radiu)|w wiadomosciach|mowili w|widzial\w* (?:\w+ ){0,2}(?:na|w) (?:tiktoku|youtubie)",
        r"u (?:sasiadow|sasiada|sasiadki|znajomych|znajomego|znajomej|kolegi|kolezanki|kumpla|szwagra|cioci|wujka|tesciow)",
        r"(?:kumpel|kolega|kolezanka|znajomy|znajoma|sasiad|sasiadka|szwagier|kuzyn|kuzynka) (?:kupil|kupila|mial|miala|dostal|dostala|zamowil|zamowila|stracil|stracila)\w*",
        r"(?:mojego|mojej) (?:kolegi|kolezanki|chlopaka|dziewczyny|sasiada|sasiadki|przyjaciela|przyjaciolki|znajomego|znajomej)",
        r"(?:dawno|lata) temu|w pracy|w biurze|na gieldzie|na odpuscie|(?:od|u) (?:jakiegos|jednego|pewnego) (?:goscia|faceta|sprzedawcy|pana)",
        r"(?:stary|starego|starym|stara|starej|poprzedni\w*|dawn\w*|pierwsz\w*) (?:telefon|komork|smartfon|iphone|samsung|tablet|ladowark)\w*",
        r"(?:rok|dwa lata|trzy lata|kilka lat|pare lat|\d+ lat\w*) temu|w zeszlym roku|w ubieglym roku|zeszlego lata|zeszlej zimy|kiedys|w (?:19|20)\d\d",
        r"(?:moj|moja|nasz|nasza|mojego|mojej) (?:kolega|kolezanka|znajom\w*|przyjaciel\w*|kumpel|brat|siostra|ojciec|tata|tato|mama|matka|dziadek|babcia|syn|corka|tesc|tesciowa|ciocia|wujek|kuzyn\w*|sasiad\w*|wspollokator\w*|siostrzeniec|bratanek|szwagier|szwagierka|maz|zona|partner\w*|chlopak|dziewczyna) (?:kupil|kupila|mial|miala|zaplacil|zaplacila|stracil|stracila|zamowil|zamowila)\w*",
        r"(?:czytal\w*|widzial\w*|slyszal\w*) (?:w internecie|w sieci|w wiadomosciach|w telewizji|na forum)|w wiadomosciach|w telewizji|reportaz\w*",
    ],
    "pt": [
        r"(?:no|o) (?:natal|verao|inverno|ano|mes) passado",
        r"(?:li|ouvi) (?:sobre|falar de|falar em)",
        r"(?:le-se|ouve-se|leio|oico) (?:muito |tanto )?(?:sobre|falar de)",
        r"(?:tive|tinha) (?:um|uma) (?:\w+ )?(?:telemovel|telefone|tablet|celular|iphone|samsung|carregador|portatil)",
        r"(?:o meu|meu) (?:telemovel|telefone|celular) atual",
        r"(?:li|vi|ouvi) (?:um|uma) (?:artigo|noticia|reportagem|historia|video)",
        r"onde trabalho",
        r"no telejornal|no jornal|na radio|(?:li|ouvi|vi) que|vi (?:\w+ ){0,3}no (?:tiktok|youtube)",
        r"o (?:telemovel|telefone|celular|iphone) (?:do meu|da minha|de um|de uma) (?:amigo|amiga|irmao|irma|pai|mae|avo|filho|filha|sogro|sogra|primo|prima|tio|tia|vizinho|vizinha|colega|cunhado|cunhada)",
        r"(?:o|a) (?:do meu|da minha|de um|de uma) (?:amigo|amiga|namorado|namorada|colega|vizinho|vizinha)",
        r"(?:um|uma) (?:amigo|amiga|colega|vizinho|vizinha|conhecido|conhecida|particular)",
        r"ha (?:muito tempo|muitos anos|anos)|no trabalho|no escritorio|na rua",
        r"(?:o meu|a minha|o seu|a sua|o nosso) (?:antigo|antiga|velho|velha|anterior|ultimo|ultima|primeiro|primeira) (?:telemovel|telefone|celular|iphone|samsung|tablet|carregador|aparelho)",
        r"(?:o meu|o seu|meu) (?:telemovel|telefone|celular|carregador|tablet|samsung|iphone|htc|nokia|huawei|xiaomi|motorola|sony|lg|oneplus|blackberry|oppo|honor) (?:antigo|anterior|velho)",
        r"ha (?:um ano|dois anos|tres anos|uns anos|alguns anos|anos|\d+ anos)|no ano passado|no verao passado|no inverno passado|na altura|naquela altura|em (?:19|20)\d\d",
        r"(?:o meu|a minha|meu|minha|o nosso|a nossa) (?:amigo|amiga|colega|irmao|irma|pai|mae|avo|filho|filha|sogro|sogra|tia|tio|primo|prima|vizinho|vizinha|sobrinho|sobrinha|cunhado|cunhada|marido|mulher|esposa|namorado|namorada|companheiro|companheira) (?:comprou|pagou|encomendou|teve|tinha|perdeu|foi)",
        r"(?:li|vi|ouvi) (?:na internet|online|nas noticias|na televisao|na tv|num forum|uma reportagem|historias)|nas noticias|na televisao|uma reportagem",
    ],
}

# Another seller, shop, site, platform or market: a story placed there is elsewhere even when it
# tells that a phone "arrived" or was "received" (that phone came from there).
_OTHER_SELLERS = {
    "en": [
        r"another (?:seller|shop|store|site|website|app|platform|guy|bloke|retailer|vendor|marketplace)",
        r"(?:an|the|a|some) other (?:seller|shop|store|site|website|app|platform|retailer|vendor)",
        r"a different (?:seller|shop|store|site|website|platform|retailer|vendor)",
        r"elsewhere|somewhere else",
        r"(?:on|off|from|via|through) (?:ebay|gumtree|depop|vinted|amazon|facebook|craigslist|wish|aliexpress|temu|tiktok|donedeal|done deal|instagram|insta|snapchat|back market|backmarket)",
        r"car boot|flea market|a market stall|petrol station|in a pub|a kiosk",
        r"a private seller",
        r"pawn ?shop|pawnbroker|cash converters",
    ],
    "fr": [
        r"(?:d'un|d'une|chez un|chez une|un|une) autre (?:commercant|marchand|vendeur|site|boutique|magasin)",
        r"(?:un|une|d'un|d'une|chez un|chez une) autre (?:vendeur|vendeuse|boutique|magasin|site|appli|application|plateforme|revendeur|enseigne)",
        r"ailleurs|sur (?:leboncoin|le bon coin|vinted|ebay|amazon|facebook|marketplace|wish|aliexpress|temu|tiktok|instagram|2ememain|2ememain\.be|ricardo|anibis)",
        r"(?:brocante|vide-grenier|vide grenier|marche aux puces|sur un marche|au marche|kiosque|station-service|station service)",
        r"petites annonces|site d'annonces|un particulier",
        r"(?:sur|chez|dans) d'autres (?:sites|vendeurs|boutiques|plateformes|magasins)",
        r"mont-de-piete|preteur sur gages|cash converters|easy cash",
    ],
    "de": [
        r"(?:ein|einem|einen|eines|eine|einer|bei einem|bei einer) (?:anderen?|anderem|anderer) (?:verkaufer\w*|handler\w*|shop|laden|seite|plattform|app|website|webseite|onlineshop)",
        r"woanders|anderswo|auf (?:ebay|kleinanzeigen|ebay-kleinanzeigen|willhaben|ricardo|amazon|facebook|wish|aliexpress|temu|tiktok|instagram|marketplace)",
        r"flohmarkt|wochenmarkt|am kiosk|an der tankstelle|auf einem markt|auf dem markt",
        r"kleinanzeige\w*|privatperson",
        r"(?:auf|bei|in) anderen (?:seiten|shops|plattformen|handlern|verkaufern|webseiten)",
        r"pfandhaus|pfandleih\w*|leihhaus",
    ],
    "es": [
        r"otr[oa] (?:vendedor|vendedora|tienda|web|pagina|sitio|app|aplicacion|plataforma|comercio)",
        r"en otro lado|en otra parte|(?:en|por) (?:wallapop|ebay|amazon|facebook|marketplace|mercadolibre|mercado libre|wish|aliexpress|temu|tiktok|instagram|milanuncios|vinted)",
        r"mercadillo|tianguis|un kiosco|una gasolinera|un puesto",
        r"un particular",
        r"(?:en|por) otr[oa]s (?:webs|paginas|sitios|tiendas|vendedores|plataformas)",
        r"casa de empenos?|cash converters",
    ],
    "it": [
        r"(?:un|un'|una|da un|da un') ?altr[oa] (?:venditore|venditrice|negozio|sito|app|piattaforma|rivenditore)",
        r"altrove|(?:su|da) (?:subito|ebay|amazon|facebook|marketplace|wish|aliexpress|temu|tiktok|instagram|vinted)",
        r"mercatino|al mercato|bancarella|un'edicola|un distributore",
        r"da un privato",
        r"(?:su|da|in) altri (?:siti|venditori|negozi|piattaforme)",
        r"banco dei pegni|compro oro|banco pegni",
    ],
    "nl": [
        r"(?:een|bij een|via een) andere? (?:verkoper|winkel|site|website|webshop|app|platform|handelaar|zaak)",
        r"ergens anders|elders|(?:op|via) (?:marktplaats|2dehands|tweedehands|ebay|amazon|facebook|bol|bol\.com|wish|aliexpress|temu|tiktok|instagram|insta|vinted)",
        r"rommelmarkt|vlooienmarkt|op de markt|een kiosk|een tankstation",
        r"zoekertje|een particulier",
        r"(?:een )?(?:advertentie|zoekertjes|tweedehands)(?:site|website|platform|app)",
        r"(?:op|bij|via) andere (?:sites|websites|webshops|winkels|verkopers|platformen)",
        r"pandjeshuis|lommerd|cash converters",
    ],
    "pl": [
        r"(?:inn\w+) (?:sprzedawc\w*|sklep\w*|stron\w*|aplikacj\w*|platform\w*|serwis\w*|portal\w*)",
        r"gdzie indziej|(?:na|z) (?:allegro|olx|ebay|amazon|facebook|marketplace|wish|aliexpress|temu|tiktok|instagram|vinted)",
        r"targu|bazarze|straganie|na stacji benzynowej|w kiosku|na giełdzie|na gieldzie",
        r"portal\w* ogloszeniow\w*|serwis\w* ogloszeniow\w*",
        r"lombard\w*",
    ],
    "pt": [
        r"outr[oa] (?:vendedor|vendedora|loja|site|sitio|app|aplicacao|plataforma|comerciante)",
        r"noutro (?:site|sitio|lado|sitio)|noutra (?:loja|plataforma|app)|(?:no|na|pelo|pela) (?:olx|ebay|amazon|facebook|marketplace|wish|aliexpress|temu|tiktok|instagram|vinted|custojusto|mercado livre|shopee)",
        r"na feira|num mercado|numa feira|quiosque|bomba de gasolina|loja do chines|uma banca",
        r"um particular",
        r"(?:em|noutros|noutras|de) outr[oa]s (?:sites|lojas|vendedores|plataformas)",
        r"casa de penhores|loja de penhores|cash converters",
    ],
}

# What ties a sentence to this order: the seller addressed, the phone received or ordered here, a
# comparison with the old phone ("the same SIM works in my old phone"), or the past repeated ("that
# happened elsewhere, and again with this one"). Not "now" alone: "so I'm careful now" ends a story.
_THIS_ORDER = {
    "en": r"(?:the|my) (?:phone|iphone|samsung|handset|order|parcel|package) (?:has |had )?(?:arrived|came)|whereas|\byours\b|(?:bought|ordered|got) (?:it |this |them )?(?:here|from here)|\bsame\b|\bthan\b|\bagain\b|this time|(?<!of )\bmine\b|\byou\b|\byour\b|\byou'(?:ve|re|d|ll)\b|my order|this (?:phone|one|mobile|iphone|handset|device|order|listing)|\bthe (?:phone|one) i (?:got|bought)\b",
    "fr": r"(?:le|mon) (?:telephone|portable|tel|gsm|iphone|colis) (?:est )?arrive|tandis qu|(?:achete|commande) ici|le meme|la meme|les memes|\bencore\b(?! (?:bloque|bloquee|lie|liee|verrouille|verrouillee|associe|associee|sous garantie|actif|active))|cette fois|a nouveau|de nouveau|le mien|la mienne|\bvous\b|\bvotre\b|\bvos\b|\btu\b|\bton\b|\btes\b|\bt'|ma commande|celui-ci|celle-ci|ce (?:telephone|portable|smartphone|mobile|gsm)",
    "de": r"(?:das|mein) (?:handy|telefon|iphone|paket|natel) (?:ist )?angekommen|hier (?:gekauft|bestellt)|\bgleiche\w*|\bselbe\w*|derselbe\w*|dieselbe\w*|dasselbe|\bwieder\b|diesmal|\bsie\b|\bihnen\b|\bihr\w*\b|\bdu\b|\bdein\w*\b|\beuch\b|\beuer\w*\b|meine bestellung|dieses",
    "es": r"(?:el|mi) (?:movil|telefono|celular|iphone|paquete) (?:ha )?llegado|(?:el|mi) (?:movil|telefono|celular|iphone|paquete) llego|\baqui\b|en cambio|(?:comprado|compre|pedido|pedi) aqui|el mismo|la misma|los mismos|las mismas|otra vez|de nuevo|esta vez|el mio|la mia|\busted\w*\b|\bvosotros\b|\bvuestr\w*\b|\bustedes\b|\btu\b|\bte\b|mi pedido|este (?:telefono|movil|celular|iphone|aparato)",
    "it": r"(?:il|mio) (?:telefono|cellulare|iphone|pacco) (?:e )?arrivato|invece|(?:comprato|preso|ordinato) qui|\bstess[oaie]\b|di nuovo|\bancora\b|stavolta|questa volta|\bvoi\b|\bvostr\w*\b|\blei\b|\btuo\b|\btua\b|\bti\b|il mio ordine|questo (?:telefono|cellulare|iphone|smartphone)",
    "nl": r"(?:de|mijn) (?:telefoon|gsm|iphone) is (?:aangekomen|geleverd)|(?:het|mijn) (?:pakje|pakket|toestel) is (?:aangekomen|geleverd)|terwijl|hier (?:gekocht|besteld)|zelfde|\bweer\b|deze keer|opnieuw|de mijne|\bjullie\b|\bu\b|\buw\b|\bje\b|\bjouw\b|\bjij\b|mijn bestelling|deze (?:telefoon|gsm|iphone|toestel)|dit toestel",
    "pl": r"telefon (?:przyszedl|doszedl|dotarl)|paczka (?:przyszla|doszla|dotarla)|podczas gdy|(?:tutaj|tu) (?:kupil|zamowil)\w*|(?:kupil|zamowil)\w* (?:tutaj|tu)\b|ta sama|tej samej|tym samym|ten sam|to samo|\bznowu?\b|tym razem|ponownie|\bpan\b|\bpani\b|\bpanstw\w*\b|\bwy\b|\bwasz\w*\b|\btwoj\w*\b|moje zamowienie|ten telefon",
    "pt": r"o (?:telefone|telemovel|celular|iphone|aparelho) (?:ja )?chegou|a encomenda (?:ja )?chegou|\baqui\b|ao passo que|(?:comprei|comprado|encomendei) aqui|o mesmo|a mesma|os mesmos|as mesmas|outra vez|de novo|desta vez|\bvoce\w*\b|\bvos\b|\bvoss\w*\b|\bteu\b|\btua\b|minha encomenda|o meu pedido|este (?:telemovel|telefone|celular|iphone|aparelho)",
}

# The phone arrived, was received or sent: this order's, unless the sentence names another seller,
# shop, site or market it came from (_OTHER_SELLERS).
_RECEIVED = {
    "en": r"received|arrived|delivered|\bsent me\b",
    "fr": r"recu|arrive|livre|envoye",
    "de": r"erhalten|bekommen|angekommen|geliefert|geschickt",
    "es": r"me llego|recibi|llego|enviaron|mandaron|me mandaste|me enviaste",
    "it": r"ricevut\w*|arrivat\w*|consegnat\w*|spedit\w*|mandat\w*",
    "nl": r"ontvangen|aangekomen|geleverd|kreeg|gekregen|opgestuurd|verstuurd|gestuurd",
    "pl": r"otrzymal\w*|dostal\w*|przyszedl|przyszla|doszedl|doszla|wyslal\w*|przyslal\w*",
    "pt": r"recebi|chegou|entregue|enviaram|mandaram",
}

# "Not from you", said of the story: it places the problem elsewhere, and its "you" ties nothing to
# this order (the ties are read without it).
_NOT_FROM_YOU = {
    "en": r"not (?:from|with|through) you|not yours|not your (?:fault|shop|listing)|not the case here|nothing to do with (?:you|your (?:site|shop))",
    "fr": r"pas (?:chez|de chez|avec) vous|pas le votre|pas la votre|pas de votre faute|ce n'est pas le cas ici|ca ne concerne pas (?:du tout )?(?:votre|vous)",
    "de": r"nicht (?:von|bei) (?:euch|ihnen|dir)|nicht (?:eure|ihre|deine) schuld|(?:das )?ist (?:hier )?nicht der fall|hat nichts mit (?:euch|ihnen|dir) zu tun",
    "es": r"no (?:de|con|a) (?:ustedes|vosotros|usted|ti)|no es (?:suyo|vuestro|tuyo)|no es (?:su|vuestra|tu) culpa|no es el caso aqui|no tiene nada que ver con (?:ustedes|vosotros|usted)",
    "it": r"non (?:da|con|di) (?:voi|lei|te)|non (?:il|un) vostro|non e colpa (?:vostra|sua|tua)|non e il caso qui|non c'entrate (?:nulla|niente)",
    "nl": r"niet (?:van|bij|via) (?:jullie|u|jou)|niet jullie schuld|niet uw schuld|dat is hier niet zo|heeft niets met (?:jullie|u) te maken",
    "pl": r"nie (?:od|u|z) (?:was|pana|pani|ciebie)|nie wasza wina|nie pana wina|to nie ten przypadek|nie ma nic wspolnego z (?:wami|panem|pania)",
    "pt": r"nao (?:de|com|foi com|foi de) (?:voces|voce|vos|convosco|ti)|nao e (?:culpa )?(?:vossa|sua|tua)|nao e o caso aqui|nao tem nada a ver (?:com )?(?:voces|consigo|convosco)",
}


# The buyer says outright that the story is not this order's: "but that's another story", "bref,
# rien à voir", "non c'entra con voi", "(not bought from you)". Such a sentence is read as elsewhere
# even without a question beside it (check.elsewhere_beside_question). Not a bare "rien à voir":
# "n'a rien à voir avec les photos" is how a buyer says the phone differs from its listing.
_DISCLAIMERS = {
    "en": r"(?:but )?that'?s (?:a different|another) story|(?:anyway|but),? (?:that'?s )?(?:nothing to do with (?:you|this)|unrelated)|(?:wasn't|was not|not|never) (?:bought|ordered|got) (?:from|with|through|here|on here)(?: you| this seller)?",
    "fr": r"(?:bref|mais|enfin),? (?:ca n'a |cela n'a )?rien a voir|rien a voir avec (?:vous|votre boutique|ma commande|cette commande|ici)|(?:pas|non) achetee? (?:chez vous|ici)|(?:c'est|mais c'est) une autre histoire",
    "de": r"(?:hat|hatte) (?:nichts|nix) mit (?:euch|ihnen|dir|dieser bestellung|meiner bestellung) zu tun|nicht (?:bei|von) (?:euch|ihnen) (?:gekauft|bestellt)|(?:das ist|aber das ist|ist aber) eine andere geschichte|anderes thema",
    "es": r"no tiene nada que ver con (?:este pedido|mi pedido|esto)|no (?:lo |la )?(?:compre|pedi) (?:aqui|a vosotros|con vosotros|a ustedes)|(?:pero )?(?:eso es|esa es) otra historia",
    "it": r"non c'entra (?:niente |nulla )?(?:con voi|con questo|con l'ordine|con lei)|(?:ma )?questa e un'altra storia|non (?:l'ho |lo )?(?:comprato|preso) (?:da voi|qui)",
    "nl": r"(?:heeft|had) (?:niks|niets) met (?:jullie|u|deze bestelling|mijn bestelling) te maken|niet bij (?:jullie|u) (?:gekocht|besteld)|(?:maar )?dat is een ander verhaal",
    "pl": r"nie (?:ma|mialo|maja) nic wspolnego z (?:tym zamowieniem|moim zamowieniem)|nie (?:kupion\w*|kupil\w*) u (?:was|pana|pani)|(?:ale )?to (?:inna|osobna) historia",
    "pt": r"nada a ver com (?:voces|vos|a minha encomenda|esta encomenda)|nao (?:foi|comprei|o comprei) (?:aqui|convosco|consigo)|(?:mas )?isso e outra historia",
}
# "(bought) not here" said of the story ("en una tienda de mi barrio, no aquí"): its "here" ties
# nothing to this order.
_NOT_HERE = {
    "en": r"not (?:from )?here",
    "fr": r"pas ici",
    "de": r"nicht hier",
    "es": r"no aqui",
    "it": r"non qui",
    "nl": r"niet hier",
    "pl": r"nie (?:tutaj|tu)",
    "pt": r"nao aqui",
}
for _language, _pattern in _DISCLAIMERS.items():
    _NOT_FROM_YOU[_language] += "|" + _pattern + "|" + _NOT_HERE[_language]
_DISCLAIMER = re.compile(r"(?<![\w'])(?:" + "|".join(_DISCLAIMERS.values()) + r")(?![\w'])")


def disclaims(folded_sentence: str) -> bool:
    """Whether a folded sentence says outright that what it tells is not this order's (_DISCLAIMERS)."""
    return _DISCLAIMER.search(folded_sentence) is not None


# "You" said of anyone ("you read so much about fakes", "je leest zoveel over namaak") addresses
# nobody: it is taken out before the ties are read, like _NOT_FROM_YOU.
_GENERIC_YOU = {
    "en": r"you (?:always |often |sometimes )?(?:hear|read|see)",
    "fr": r"on (?:entend|lit|voit)",
    "de": r"(?:liest|hort|sieht) man|man (?:liest|hort|sieht)",
    "es": r"(?:se lee|se oye|se ve|uno lee|uno oye)",
    "it": r"(?:si legge|si sente|si vede)",
    "nl": r"(?:je|ge|men) (?:leest|hoort|ziet)|(?:leest|hoort|ziet) (?:je|ge|men)",
    "pl": r"(?:czyta|slyszy) sie",
    "pt": r"(?:le-se|ouve-se|ve-se)",
}


# What the buyer does not want to live through again, said of anyone (a wish that a relative be
# spared the same trouble): a wish about the future, so its
# "the same" ties nothing to this order; taken out before the ties are read, like _NOT_FROM_YOU.
_WISHED_AWAY = {
    "en": r"(?:don't|do not|wouldn't|would not) want (?:[\w']+ ){0,8}?(?:the same(?: thing)?|that again)",
    "fr": r"(?:veux|voudrais|souhaite|souhaiterais) pas (?:[\w']+ ){0,8}?(?:la meme chose|le meme|pareil)",
    "de": r"(?:will|mochte|mochten|wollen) (?:nicht|ungern) (?:\w+ ){0,8}?(?:dasselbe|das gleiche|nochmal|noch einmal)",
    "es": r"no (?:quiero|quisiera|me gustaria) (?:\w+ ){0,8}?(?:lo mismo|otra vez|de nuevo)",
    "it": r"non (?:voglio|vorrei) (?:[\w']+ ){0,8}?(?:la stessa cosa|lo stesso|di nuovo)",
    "nl": r"(?:wil|zou|willen) (?:niet|liever niet) (?:\w+ ){0,8}?(?:hetzelfde|opnieuw|weer)",
    "pl": r"nie chce(?:my)?,? (?:zeby|aby) (?:\w+ ){0,8}?(?:to samo|znowu|ponownie)",
    "pt": r"nao (?:quero|queria|gostaria) (?:\w+ ){0,8}?(?:(?:pel)?o mesmo|(?:pel)?a mesma coisa|outra vez|de novo)",
}


# Per language: a language's words that tie a sentence to this order ("u", "te", "je") are other
# words in another language, so each language's places are weighed against its own ties only.
def _words(patterns: list[str]) -> re.Pattern:
    return re.compile(r"(?<![\w'])(?:" + "|".join(patterns) + r")(?![\w'])")


_BY_LANGUAGE = [
    (
        _words([*_ELSEWHERE[language], *_OTHER_SELLERS[language], _NOT_FROM_YOU[language]]),
        _words(_OTHER_SELLERS[language]),
        re.compile(_THIS_ORDER[language]),
        re.compile(_RECEIVED[language]),
        _words([_NOT_FROM_YOU[language], _GENERIC_YOU[language], _WISHED_AWAY[language]]),
    )
    for language in _ELSEWHERE
]

# Every language's places in one pattern: most messages name none, and one pass tells.
_ANY_PLACE = re.compile(
    r"(?<![\w'])(?:"
    + "|".join(
        [
            *(p for patterns in _ELSEWHERE.values() for p in patterns),
            *(p for patterns in _OTHER_SELLERS.values() for p in patterns),
            *_NOT_FROM_YOU.values(),
        ]
    )
    + r")(?![\w'])"
)


def mentions_elsewhere(folded: str) -> bool:
    """Whether `folded` names any place elsewhere at all (a cheap test before the sentences)."""
    return _ANY_PLACE.search(folded) is not None


def tells_of_elsewhere(folded_sentence: str) -> bool:
    """Whether `folded_sentence` (one normalize()d sentence) places a problem elsewhere and says
    nothing that ties it to this order, in the words of one language."""
    for places, other_sellers, ties, received, not_you in _BY_LANGUAGE:
        if places.search(folded_sentence) is None:
            continue
        rest = not_you.sub(" ", folded_sentence)
        if ties.search(rest) is None and (received.search(rest) is None or other_sellers.search(rest) is not None):
            return True
    return False
