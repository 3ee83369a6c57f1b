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
        r"(?:my|our) (?:current|present|work) (?:phone|mobile|one|charger)",
        r"on holiday|on vacation",
        r"(?:read|saw|heard|watched) (?:a|an|some|the) (?:story|stories|article|report|horror story|thread|post|review|video|piece)",
        r"where i work",
        r"(?:a|one of my|some) (?:friend|mate|colleague|coworker|workmate|neighbour|neighbor|relative|lad|student)",
        r"(?:long|a long time) ago|(?:another|other|different) (?:shop|seller|store|site)",
        r"at work|in the office|a private seller",
        r"another (?:seller|shop|store|site|website|app|platform|guy|bloke|retailer|vendor|marketplace)",
        r"(?:an|the|a|some) other (?:seller|shop|store|site|website|app|platform|retailer|vendor)",
        r"a different (?:seller|shop|store|site|website|platform|retailer|vendor)",
        r"elsewhere|somewhere else",
        r"(?:on|off|from|via|through) (?:ebay|gumtree|depop|vinted|amazon|facebook|craigslist|wish|aliexpress|temu"
        r"|tiktok|donedeal|done deal|instagram|snapchat|back market|backmarket)",
        r"car boot|flea market|a market stall|petrol station|in a pub|a kiosk",
        r"(?:my|our|his|her|their) (?:old|previous|last|former|first) (?:phone|one|mobile|tablet|iphone|samsung"
        r"|handset|laptop|charger|device|pixel|galaxy)",
        r"years? ago|years back|(?:a|one|two|three|few|couple of) years|last (?:year|summer|winter|christmas)"
        r"|back then|back in (?:19|20)\d\d|in (?:19|20)\d\d",
        r"(?:my|our) (?:mate|friend|pal|buddy|sister|brother"
        r"|aunt|auntie|uncle|cousin|niece|nephew|neighbour|neighbor|colleague"
        r"|flatmate|roommate|housemate|ex|partner|girlfriend|boyfriend)(?:'s)? (?:bought|got|had|ordered|paid"
        r"|was|lost|phone|iphone|tablet|charger)",
        r"(?:read|saw|seen|heard|watched) (?:online|on the news|on a forum|on reddit|a video|a report|stories"
        r"|about)|(?:on|in) the news",
    ],
    "fr": [
        r"(?:mon|ma) (?:telephone|portable|tel|smartphone) actuel(?:le)?",
        r"en vacances|petites annonces|site d'annonces",
        r"(?:lu|vu|entendu) (?:un|une|des) (?:article|histoire|histoires|reportage|temoignage|video)",
        r"au boulot|la ou je travaille",
        r"celui (?:de mon|de ma|d'un|d'une) (?:ami|amie|copain|copine|collegue|voisin|voisine|pote)",
        r"(?:un|une) (?:ami|amie|pote|copain|copine|collegue|voisin|voisine|proche|connaissance|particulier)",
        r"(?:d'un|d'une|chez un|chez une|un|une) autre (?:commercant|marchand|vendeur|site|boutique|magasin)",
        r"il y a (?:longtemps|des annees)|au travail|au bureau",
        r"(?:un|une|d'un|d'une|chez un|chez une) autre (?:vendeur|vendeuse|boutique|magasin|site|appli|application"
        r"|plateforme|revendeur|enseigne)",
        r"ailleurs|sur (?:leboncoin|le bon coin|vinted|ebay|amazon|facebook|marketplace|wish|aliexpress|temu"
        r"|tiktok|instagram|2ememain|2ememain\.be|ricardo|anibis)",
        r"(?:brocante|vide-grenier|vide grenier|marche aux puces|sur un marche|au marche|kiosque|station-service"
        r"|station service)",
        r"(?:mon|ma|son|sa|notre) (?:ancien|ancienne|vieux|vieil|vieille|precedent|precedente|dernier|premier"
        r"|premiere) (?:telephone|portable|tel|smartphone|iphone|samsung|gsm|tablette|chargeur|appareil|mobile)",
        r"il y a (?:un an|deux ans|trois ans|quelques annees|des annees|\d+ ans)|l'an dernier|l'annee derniere"
        r"|a l'epoque|en (?:19|20)\d\d",
        r"(?:mon|ma|notre) (?:ami|amie|pote|copain|copine|soeur|sœur|frere"
        r"|tante|oncle|cousin|cousine|voisin|voisine|collegue|coloc|colocataire|neveu|niece"
        r"|beau-frere|belle-soeur|mari|femme|compagnon|compagne) (?:a achete|avait achete|s'est fait|a eu|avait"
        r"|a commande|a paye|a perdu)",
        r"(?:lu|vu|entendu) (?:sur internet|en ligne|aux infos|a la tele|a la television|sur un forum|un reportage"
        r"|des histoires)|aux infos|a la tele|un reportage",
    ],
    "de": [
        r"(?:mein|meinem) (?:aktuelles|jetziges|derzeitiges|aktuellen|jetzigen) (?:handy|telefon|smartphone)",
        r"im urlaub|in den ferien|kleinanzeige\\w*",
        r"(?:einen|ein|eine) (?:artikel|bericht|beitrag|geschichte|video) (?:gelesen|gesehen)",
        r"wo ich arbeite",
        r"von (?:meinem|meiner) (?:freund|freundin|kumpel|kollege|kollegin|nachbar|nachbarin)",
        r"(?:ein|eine|einem|einer) (?:freund|freundin|kumpel|kollege|kollegin|bekannte[rn]?|nachbar|nachbarin|privatperson)",
        r"bei (?:meinem|meiner|unserem|unserer|ihrem|ihrer|seinem|seiner) (?:freund|freundin|kumpel|kollege|kollegin|schwester|bruder|tante|onkel|cousin|cousine|nachbar|nachbarin|schwager|schwagerin|mann|frau|schwiegermutter|schwiegervater)",
        r"vor (?:jahren|langer zeit)|(?:auf|an) (?:einem|dem) \w*markt|im buro|bei der arbeit",
        r"(?:ein|einem|einen|eines|eine|einer|bei einem|bei einer) (?:anderen?|anderem|anderer) (?:verkaufer\w*"
        r"|handler\w*|shop|laden|seite|plattform|app|website|webseite|onlineshop)",
        r"woanders|anderswo|auf (?:ebay|kleinanzeigen|ebay-kleinanzeigen|willhaben|ricardo|amazon|facebook|wish"
        r"|aliexpress|temu|tiktok|instagram|marketplace)",
        r"flohmarkt|wochenmarkt|am kiosk|an der tankstelle|auf einem markt|auf dem markt",
        r"(?:mein|meine|meinem|meinen|sein|seine|ihr|ihre|unser) (?:alte|altes|alter|alten|vorherige\w*|letzte\w*"
        r"|fruhere\w*|erste\w*) (?:handy|telefon|smartphone|iphone|samsung|tablet|ladegerat|gerat|natel)",
        r"vor (?:einem|zwei|drei|ein paar|einigen|vielen|\d+) jahren?|letztes jahr|im letzten jahr|damals",
        r"(?:mein|meine|unser|unsere) (?:freund|freundin|kumpel|kollege|kollegin|schwester|bruder"
        r"|tante|onkel|cousin|cousine|nachbar|nachbarin|mitbewohner\w*|neffe|nichte"
        r"|schwager|schwagerin|mann|frau|partner\w*) (?:hat|hatte|wurde|ist)",
        r"(?:gelesen|gesehen|gehort) (?:im internet|online|in den nachrichten|im fernsehen|in einem forum)"
        r"|in den nachrichten|im fernsehen|(?:ein|einen) bericht",
    ],
    "es": [
        r"(?:mi|su) (?:movil|telefono|celular) actual",
        r"de vacaciones|de viaje",
        r"(?:lei|vi|escuche) (?:un|una|unos|unas) (?:articulo|noticia|reportaje|historia|historias|video)|en el periodico",
        r"donde trabajo",
        r"el de (?:mi|un|una) (?:amigo|amiga|novio|novia|colega|vecino|vecina|companero|companera)",
        r"(?:un|una) (?:amigo|amiga|colega|companero|companera|vecino|vecina|conocido|conocida|particular)",
        r"hace (?:mucho|tiempo|anos)|en el trabajo|en la oficina",
        r"otr[oa] (?:vendedor|vendedora|tienda|web|pagina|sitio|app|aplicacion|plataforma|comercio)",
        r"en otro lado|en otra parte|(?:en|por) (?:wallapop|ebay|amazon|facebook|marketplace|mercadolibre"
        r"|mercado libre|wish|aliexpress|temu|tiktok|instagram|milanuncios|vinted)",
        r"mercadillo|tianguis|un kiosco|una gasolinera|un puesto",
        r"(?:mi|su|nuestro|nuestra) (?:antiguo|antigua|viejo|vieja|anterior|ultimo|ultima|primer|primera)"
        r" (?:telefono|movil|celular|iphone|samsung|tablet|cargador|aparato)",
        r"(?:mi|su|nuestro|nuestra) (?:telefono|movil|celular|cargador|tablet) (?:antiguo|anterior|viejo)",
        r"hace (?:un ano|dos anos|tres anos|unos anos|anos|\d+ anos)|el ano pasado|en aquel entonces"
        r"|en (?:19|20)\d\d",
        r"(?:mi|nuestro|nuestra) (?:amigo|amiga|cuate|colega|hermano|hermana"
        r"|tia|tio|primo|prima|vecino|vecina|companero|companera|sobrino|sobrina|cunado|cunada|marido"
        r"|mujer|esposo|esposa|pareja|novio|novia) (?:compro|se compro|pidio|pago|tuvo|tenia|perdio|le)",
        r"(?:lei|vi|escuche|oi) (?:en internet|en las noticias|en la tele|en un foro|un reportaje|historias)"
        r"|en las noticias|en la tele|en un foro|un reportaje",
    ],
    "it": [
        r"(?:il mio|il suo) (?:telefono|cellulare|smartphone) attuale",
        r"in vacanza",
        r"(?:letto|visto|sentito) (?:un|una|degli) (?:articolo|servizio|storia|storie|video)",
        r"dove lavoro",
        r"quello (?:del mio|della mia|di mio|di mia|di un|di una) (?:amico|amica|ragazzo|ragazza|collega|vicino|vicina|fidanzato|fidanzata)",
        r"(?:un|una|un') (?:amico|amica|collega|vicino|vicina|conoscente|privato|tizio)",
        r"(?:tempo|anni) fa|al lavoro|in ufficio|(?:a|ad) una fiera|da un privato",
        r"(?:un|un'|una|da un|da un') ?altr[oa] (?:venditore|venditrice|negozio|sito|app|piattaforma|rivenditore)",
        r"altrove|(?:su|da) (?:subito|ebay|amazon|facebook|marketplace|wish|aliexpress|temu|tiktok|instagram"
        r"|vinted)",
        r"mercatino|al mercato|bancarella|un'edicola|un distributore",
        r"(?:il mio|la mia|il suo|la sua|il nostro) (?:vecchio|vecchia|precedente|ultimo|ultima|primo|prima)"
        r" (?:telefono|cellulare|iphone|samsung|tablet|caricabatterie|smartphone|telefonino)",
        r"(?:il mio|il suo) (?:telefono|cellulare|caricabatterie|tablet) (?:vecchio|precedente)",
        r"(?:un|due|tre|qualche|alcuni|\d+) ann[oi] fa|l'anno scorso|all'epoca|nel (?:19|20)\d\d",
        r"(?:mio|mia|il mio|la mia|nostro|nostra) (?:amico|amica|collega|fratello|sorella"
        r"|zia|zio|cugino|cugina|vicino|vicina|coinquilino|coinquilina|nipote|cognato"
        r"|cognata|marito|moglie|compagno|compagna|ragazzo|ragazza) (?:ha comprato|aveva comprato|ha preso"
        r"|aveva preso|ha pagato|ha ordinato|ha avuto|aveva|ha perso|si e)",
        r"(?:letto|visto|sentito) (?:su internet|online|al telegiornale|al tg|in tv|su un forum|un servizio"
        r"|storie)|al telegiornale|al tg|un servizio",
    ],
    "nl": [
        r"(?:mijn|m'n) (?:huidige|huidig) (?:telefoon|gsm|toestel)",
        r"op vakantie|zoekertje|tweedehands via",
        r"(?:las|lees|gelezen|zag|gezien) (?:op|in|een) (?:een forum|reddit|internet|artikel|het nieuws|de krant)",
        r"waar ik werk",
        r"die van (?:mijn|m'n|een) (?:vriend|vriendin|collega|buurman|buurvrouw|maat|lief)",
        r"(?:een|n) (?:vriend|vriendin|maat|collega|kennis|buurman|buurvrouw|particulier|gast|kerel)|vriend van mij|vriendin van mij",
        r"(?:lang|jaren) geleden|op het werk|op kantoor",
        r"(?:een|bij een|via een) andere? (?:verkoper|winkel|site|website|webshop|app|platform|handelaar|zaak)",
        r"ergens anders|elders|(?:op|via) (?:marktplaats|2dehands|tweedehands|ebay|amazon|facebook|bol|bol\.com"
        r"|wish|aliexpress|temu|tiktok|instagram|vinted)",
        r"rommelmarkt|vlooienmarkt|op de markt|een kiosk|een tankstation",
        r"(?:mijn|m'n|zijn|haar|ons|onze) (?:oude|vorige|laatste|eerste|vroegere) (?:telefoon|gsm|mobiel|iphone"
        r"|samsung|tablet|oplader|toestel|smartphone)",
        r"(?:een|twee|drie|paar|enkele|\d+) jaar geleden|vorig jaar|ooit|destijds|in (?:19|20)\d\d",
        r"(?:mijn|m'n|onze|ons) (?:vriend|vriendin|maat|collega|zus|broer"
        r"|tante|oom|neef|nicht|buurman|buurvrouw|huisgenoot|kamergenoot|zwager|schoonzus|man|vrouw"
        r"|partner|lief)(?: zijn| haar)? (?:heeft|had|kocht|werd|is|zijn|haar)",
        r"(?:gelezen|gezien|gehoord) (?:online|op internet|in het nieuws|op het nieuws|op een forum)"
        r"|in het nieuws|op het nieuws|een reportage",
    ],
    "pl": [
        r"(?:moj|moim) (?:obecny|obecnym|aktualny|aktualnym) (?:telefon\\w*|smartfon\\w*)",
        r"na wakacjach|reportaz\\w*|artykul\\w*",
        r"gdzie pracuje",
        r"(?:mojego|mojej) (?:kolegi|kolezanki|chlopaka|dziewczyny|sasiada|sasiadki|przyjaciela|przyjaciolki|znajomego|znajomej)",
        r"(?:dawno|lata) temu|w pracy|w biurze|na gieldzie|na odpuscie|(?:od|u) (?:jakiegos|jednego|pewnego) (?:goscia|faceta|sprzedawcy|pana)",
        r"(?:inn\w+) (?:sprzedawc\w*|sklep\w*|stron\w*|aplikacj\w*|platform\w*|serwis\w*|portal\w*)",
        r"gdzie indziej|(?:na|z) (?:allegro|olx|ebay|amazon|facebook|marketplace|wish|aliexpress|temu|tiktok"
        r"|instagram|vinted)",
        r"targu|bazarze|straganie|na stacji benzynowej|w kiosku|na giełdzie|na gieldzie",
        r"(?:stary|starego|starym|stara|starej|poprzedni\w*|dawn\w*|pierwsz\w*) (?:telefon|komork|smartfon"
        r"|iphone|samsung|tablet|ladowark)\w*",
        r"(?:rok|dwa lata|trzy lata|kilka lat|pare lat|\d+ lat\w*) temu|w zeszlym roku|w ubieglym roku|kiedys"
        r"|w (?:19|20)\d\d",
        r"(?:moj|moja|nasz|nasza|mojego|mojej) (?:kolega|kolezanka|znajom\w*|przyjaciel\w*|kumpel|brat|siostra"
        r"|ciocia|wujek|kuzyn\w*|sasiad\w*|wspollokator\w*"
        r"|siostrzeniec|bratanek|szwagier|szwagierka|maz|zona|partner\w*|chlopak|dziewczyna) (?:kupil|kupila|mial|miala|zaplacil|zaplacila|stracil|stracila|zamowil|zamowila)\w*",
        r"(?:czytal\w*|widzial\w*|slyszal\w*) (?:w internecie|w sieci|w wiadomosciach|w telewizji|na forum)"
        r"|w wiadomosciach|w telewizji|reportaz\w*",
    ],
    "pt": [
        r"(?:o meu|meu) (?:telemovel|telefone|celular) atual",
        r"de ferias",
        r"(?:li|vi|ouvi) (?:um|uma) (?:artigo|noticia|reportagem|historia|video)",
        r"onde trabalho",
        r"(?:o|a) (?:do meu|da minha|de um|de uma) (?:amigo|amiga|namorado|namorada|colega|vizinho|vizinha)",
        r"(?:um|uma) (?:amigo|amiga|colega|vizinho|vizinha|conhecido|conhecida|particular)",
        r"ha (?:muito tempo|muitos anos|anos)|no trabalho|no escritorio|na rua",
        r"outr[oa] (?:vendedor|vendedora|loja|site|sitio|app|aplicacao|plataforma|comerciante)",
        r"noutro (?:site|sitio|lado|sitio)|noutra (?:loja|plataforma|app)|(?:no|na|pelo|pela) (?:olx|ebay|amazon"
        r"|facebook|marketplace|wish|aliexpress|temu|tiktok|instagram|vinted|custojusto|mercado livre|shopee)",
        r"na feira|num mercado|numa feira|quiosque|bomba de gasolina|loja do chines|uma banca",
        r"(?:o meu|a minha|o seu|a sua|o nosso) (?:antigo|antiga|velho|velha|anterior|ultimo|ultima|primeiro"
        r"|primeira) (?:telemovel|telefone|celular|iphone|samsung|tablet|carregador|aparelho)",
        r"(?:o meu|o seu) (?:telemovel|telefone|celular|carregador|tablet) (?:antigo|anterior|velho)",
        r"ha (?:um ano|dois anos|tres anos|uns anos|alguns anos|anos|\d+ anos)|no ano passado|na altura"
        r"|naquela altura|em (?:19|20)\d\d",
        r"(?:o meu|a minha|meu|minha|o nosso|a nossa) (?:amigo|amiga|colega|irmao|irma|tia|tio|primo"
        r"|prima|vizinho|vizinha|sobrinho|sobrinha|cunhado|cunhada|marido|mulher|esposa|namorado"
        r"|namorada|companheiro|companheira) (?:comprou|pagou|encomendou|teve|tinha|perdeu|foi)",
        r"(?:li|vi|ouvi) (?:na internet|online|nas noticias|na televisao|na tv|num forum|uma reportagem"
        r"|historias)|nas noticias|na televisao|uma reportagem",
    ],
}

# What ties a sentence to this order: the seller addressed, the phone received or ordered here, a
# comparison with the old phone ("the same SIM works in my old phone"), or the present set against
# the past ("that happened elsewhere, and now again").
_THIS_ORDER = {
    "en": r"whereas|\byours\b|(?:bought|ordered|got) (?:it |this |them )?(?:here|from here)|\bsame\b|\bthan\b|\bnow\b|\bagain\b|this time|\bmine\b|\byou\b|\byour\b|\byou'(?:ve|re|d|ll)\b|received|arrived|delivered|\bsent me\b|my order"
    r"|this (?:phone|one|mobile|iphone|handset|device|order|listing)|\bthe (?:phone|one) i (?:got|bought)\b",
    "fr": r"tandis qu|(?:achete|commande) ici|le meme|la meme|les memes|maintenant|\bencore\b|cette fois|a nouveau|de nouveau|le mien|la mienne|\bvous\b|\bvotre\b|\bvos\b|\btu\b|\bton\b|\btes\b|\bt'|recu|arrive|livre|ma commande|celui-ci|celle-ci"
    r"|ce (?:telephone|portable|smartphone|mobile|gsm)|envoye",
    "de": r"hier (?:gekauft|bestellt)|\bgleiche\w*|\bselbe\w*|derselbe\w*|dieselbe\w*|dasselbe|\bjetzt\b|\bwieder\b|diesmal|\bnun\b|\bsie\b|\bihnen\b|\bihr\w*\b|\bdu\b|\bdein\w*\b|\beuch\b|\beuer\w*\b|erhalten|bekommen|angekommen"
    r"|geliefert|meine bestellung|dieses|geschickt",
    "es": r"\baqui\b|en cambio|(?:comprado|compre|pedido|pedi) aqui|el mismo|la misma|los mismos|las mismas|\bahora\b|otra vez|de nuevo|esta vez|el mio|la mia|\busted\w*\b|\bvosotros\b|\bvuestr\w*\b|\bustedes\b|\btu\b|\bte\b|me llego|recibi|llego|mi pedido"
    r"|este (?:telefono|movil|celular|iphone|aparato)|enviaron|mandaron|me mandaste|me enviaste",
    "it": r"invece|(?:comprato|preso|ordinato) qui|\bstess[oaie]\b|\badesso\b|\bora\b|di nuovo|\bancora\b|stavolta|questa volta|\bvoi\b|\bvostr\w*\b|\blei\b|\btuo\b|\btua\b|\bti\b|ricevut\w*|arrivat\w*|consegnat\w*|il mio ordine"
    r"|questo (?:telefono|cellulare|iphone|smartphone)|spedit\w*|mandat\w*",
    "nl": r"terwijl|hier (?:gekocht|besteld)|zelfde|\bnu\b|\bweer\b|deze keer|opnieuw|de mijne|\bjullie\b|\bu\b|\buw\b|\bje\b|\bjouw\b|\bjij\b|ontvangen|aangekomen|geleverd|mijn bestelling"
    r"|deze (?:telefoon|gsm|iphone|toestel)|dit toestel|kreeg|gekregen|opgestuurd|verstuurd|gestuurd",
    "pl": r"podczas gdy|(?:tutaj|tu) (?:kupil|zamowil)\w*|(?:kupil|zamowil)\w* (?:tutaj|tu)\b|ta sama|tej samej|tym samym|ten sam|to samo|\bteraz\b|\bznowu?\b|tym razem|ponownie|\bpan\b|\bpani\b|\bpanstw\w*\b|\bwy\b|\bwasz\w*\b|\btwoj\w*\b|otrzymal\w*|dostal\w*|przyszedl|przyszla"
    r"|doszedl|doszla|moje zamowienie|ten telefon|wyslal\w*|przyslal\w*",
    "pt": r"\baqui\b|ao passo que|(?:comprei|comprado|encomendei) aqui|o mesmo|a mesma|os mesmos|as mesmas|\bagora\b|outra vez|de novo|desta vez|\bvoce\w*\b|\bvos\b|\bvoss\w*\b|\bteu\b|\btua\b|recebi|chegou|entregue|minha encomenda|o meu pedido"
    r"|este (?:telemovel|telefone|celular|iphone|aparelho)|enviaram|mandaram",
}

# "Not from you", said of the story: it places the problem elsewhere, and its "you" ties nothing to
# this order (the ties are read without it).
_NOT_FROM_YOU = {
    "en": r"not (?:from|with|through) you|not yours|not your (?:fault|shop|listing)",
    "fr": r"pas (?:chez|de chez|avec) vous|pas le votre|pas la votre|pas de votre faute",
    "de": r"nicht (?:von|bei) (?:euch|ihnen|dir)|nicht (?:eure|ihre|deine) schuld",
    "es": r"no (?:de|con|a) (?:ustedes|vosotros|usted|ti)|no es (?:suyo|vuestro|tuyo)|no es (?:su|vuestra|tu) culpa",
    "it": r"non (?:da|con|di) (?:voi|lei|te)|non (?:il|un) vostro|non e colpa (?:vostra|sua|tua)",
    "nl": r"niet (?:van|bij|via) (?:jullie|u|jou)|niet jullie schuld|niet uw schuld",
    "pl": r"nie (?:od|u|z) (?:was|pana|pani|ciebie)|nie wasza wina|nie pana wina",
    "pt": r"nao (?:de|com|foi com|foi de) (?:voces|voce|vos|convosco|ti)|nao e (?:culpa )?(?:vossa|sua|tua)",
}

# Per language: a language's words that tie a sentence to this order ("u", "te", "je") are other
# words in another language, so each language's places are weighed against its own ties only.
_BY_LANGUAGE = [
    (
        re.compile(r"(?<![\w'])(?:" + "|".join([*_ELSEWHERE[language], _NOT_FROM_YOU[language]]) + r")(?![\w'])"),
        re.compile(_THIS_ORDER[language]),
        re.compile(r"(?<![\w'])(?:" + _NOT_FROM_YOU[language] + r")(?![\w'])"),
    )
    for language in _ELSEWHERE
]

# Every language's places in one pattern: most messages name none, and one pass tells.
_ANY_PLACE = re.compile(
    r"(?<![\w'])(?:"
    + "|".join([*(p for patterns in _ELSEWHERE.values() for p in patterns), *_NOT_FROM_YOU.values()])
    + r")(?![\w'])"
)


def mentions_elsewhere(folded: str) -> bool:
    """Whether `folded` names any place elsewhere at all (a cheap test before the sentences)."""
    return _ANY_PLACE.search(folded) is not None


def tells_of_elsewhere(folded_sentence: str) -> bool:
    """Whether `folded_sentence` (one normalize()d sentence) places a problem elsewhere and says
    nothing that ties it to this order, in the words of one language."""
    return any(
        places.search(folded_sentence) is not None and ties.search(not_you.sub(" ", folded_sentence)) is None
        for places, ties, not_you in _BY_LANGUAGE
    )
