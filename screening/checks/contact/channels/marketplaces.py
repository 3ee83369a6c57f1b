"""Other marketplaces named as a place to deal ("je l'ai aussi sur Leboncoin, moins cher"), not as
where something came from ("I got the case on eBay years ago") nor as a place left behind."""

from __future__ import annotations

import re
from typing import ClassVar

from screening.checks.contact import lexicon as lx
from screening.checks.contact.channels.recognizer import ChannelHit, NamedPattern, Sentence, SentenceRecognizer

# "Mon annonce Vinted": a listing there, as telling as a preposition before an ambiguous name.
_LISTING_BEFORE = re.compile(r"(?:annuncio|annonce|anzeige|inserat|anuncio|advertentie|ogloszenie|listing|ad)\s+$")


# Prices compared with another site: where the price comes from, not where to buy.
_PRICES_COMPARED = re.compile(
    r"(?<![a-z])(?:compar\w*|vergleich\w*|verglichen|vergele\w*|confront\w*|porown\w*|checked against|"
    r"price ?check\w*|mirado (?:los )?precios|guardato i prezzi|prijzen bekeken|sprawdzi\w* ceny)(?![a-z])"
)
# The price here said to be fair after a look elsewhere: "sur eBay en ce moment, donc mon prix est
# correct", "saw the same on Back Market for more", "Vi os preços no KuantoKusta".
_FAIR_HERE = re.compile(
    r"(?<![a-z])(?:(?:price|prix|precio|prezzo|prijs|cena|preco|preis)\w*\s+(?:\w+\s+){0,3}?"
    r"(?:fair|correct|honest|decent|good|juste|bien|onesto|giusto|eerlijk|scherp\w*|uczciw\w*|dobr\w*|justo|bom|ok)|"
    r"(?:fair|decent|good|honest|scherpe|juste|bon|buen|buon|dobr\w*|uczciw\w*|bom) (?:price|prix|precio|prezzo|prijs|cena|preco|preis)|"
    r"(?:looked|look|a look) at (?:\w+ ){0,3}prices|prices? on|patrzyl\w* (?:na )?ceny|vi os precos|"
    r"(?:for|voor|per|para|pour) (?:more|meer|mas|piu|mais|plus|wiecej)|abaixo da media|below average|"
    r"por debajo|sotto la media|onder de|ponizej)(?![a-z])"
)
# The same phone there costs more or comes without a warranty: "they ask 80 more there, and
# without a warranty". "There" is then where the price was seen, not where to buy.
_DEARER_THERE = re.compile(r"(?<![a-z])(?:" + lx.DEARER_THERE + r")(?![a-z])")
# A warning against buying there, a price there beside the one here (lexicon.WITHOUT_PAPERS,
# PRICED_HERE).
_WITHOUT_PAPERS = re.compile(r"(?<![a-z])(?:" + lx.WITHOUT_PAPERS + r")(?![a-z])")
_PRICED_THERE = re.compile(r"\d[\d .,]*\s*(?:€|eur\w*|zl|pln|chf|£)|(?:€|£)\s*\d")
_PRICED_HERE = re.compile(r"(?<![a-z])(?:" + lx.PRICED_HERE + r")")
# What still sends the buyer there, beside a higher price: a lower one, a search, a purchase.
_STILL_SENT = re.compile(
    r"(?<![a-z])(?:cheaper|moins cher|billiger|mas barato|meno caro|goedkoper|taniej|mais barato|less|moins|weniger|"
    r"menos|minder|mniej|search|cherche\w*|busca\w*|cerca\w*|zoek\w*|szukaj|wpisz|pesquis\w*|procur\w*|such\w*|"
    r"buy it|achetez|compra\w*|koop|kup\w*|compre\w*|contact\w*)(?![a-z])"
)
# A sum said to be saved there ("mine is on X too, 25 euros cheaper there"): the sum is the deal
# offered, not a price here compared.
_CHEAPER_THERE = re.compile(
    r"(?<![a-z])(?:cheaper|moins cher|billiger|gunstiger|mas barato|meno caro|goedkoper|voordeliger|taniej|"
    r"mais barato|more cheaply|plus avantageux|preiswerter|mas economico|piu economico|korzystniej|mais economico)(?![a-z])"
)
# Prices compared there before listing here: "I checked the prices on X and Y before listing",
# "Sprawdzałem ceny na OLX". Only words that send the buyer there make it an offer.
_PRICES_CHECKED = re.compile(
    r"(?<![a-z])(?:checked|compared|looked at|verifie|compare|vergleich\w*|gecheckt|geschaut|compar\w*|mirado|"
    r"controllato|confrontato|vergeleken|gekeken|sprawdzal\w*|porownal\w*|verifiquei|vi)\s+(?:\w+\s+){0,2}?"
    r"(?:prices|prix|preise|precios|prezzi|prijzen|ceny|precos)\s+(?:on|sur|auf|bei|en|su|sul|op|na|no|em)(?![a-z])|"
    # the site's name before the prices: "I checked eBay prices before listing"
    r"(?<![a-z])(?:checked|compared|looked at|verifie|vergleich\w*|gecheckt|geschaut|mirado|controllato|confrontato|"
    r"vergeleken|gekeken|sprawdzal\w*|porownal\w*|verifiquei)\s+(?:the\s+)?\w+(?:\s+\w+)?\s+"
    r"(?:prices|prix|preise|precios|prezzi|prijzen|ceny|precos)(?![a-z])"
)
_SENT_THERE = re.compile(
    r"(?<![a-z])(?:cheaper|moins cher|billiger|mas barato|meno caro|goedkoper|taniej|mais barato|buy it|achetez|"
    r"kauf\w*|compra\w*|koop|kup\w*|compre\w*|there|la-bas|dort|alli|daar|tam|la|contact\w*)(?![a-z])"
)
# A site left for its scams: "avant je vendais sur X mais trop d'arnaques", "kiedyś na OLX, same oszustwa".
_SCAMS_THERE = re.compile(
    r"(?<![a-z])(?:arnaque\w*|oszust\w*|scam\w*|betrug\w*|betruger\w*|estafa\w*|truff\w*|oplicht\w*|golpe\w*|fraud\w*)(?![a-z])"
)
# A listing elsewhere disowned, a warning against a copy: "ce n'est pas moi", "isn't mine".
_NOT_MINE = re.compile(
    r"(?<![a-z])(?:(?:is|isn'?t|is not|not) mine|n'est pas (?:a )?moi|nicht von mir|nicht meins?|no es mi[oa]|"
    r"non e mi[oa]|niet van mij|nie (?:jest )?moj\w*|nao e m(?:eu|inha)|nicked my photos|copied my photos|"
    r"copiaram as fotos|"
    r"attention aux copies|ojo con|attento alle truffe|"
    # "we are not on other sites, we only sell here"
    r"(?:sell|vend\w*|verkauf\w*|verkop\w*|sprzeda\w*) (?:\w+ )?(?:only|solo|uniquement|nur|alleen|tylko|apenas|so) "
    r"(?:here|qui|ici|hier|aqui|tutaj)|(?:not|non|pas|nicht|no|niet|nie|nao) (?:\w+ ){0,2}(?:present|presenti|presents|"
    r"vertreten|presentes|aanwezig|obecni))(?![a-z])"
)


# Listed there now: "I've also got the blue one on X at the moment", "staat nu op X", "gerade
# auf X": the present tense of a listing, whatever past-tense "got" says.
_LISTED_NOW = re.compile(
    r"(?<![a-z])(?:at the moment|right now|currently|en ce moment|actuellement|gerade|momentan|derzeit|"
    r"de momento|al momento|in questo momento|op dit moment|momenteel|obecnie|neste momento)(?![a-z])"
)


# Dutch "tweedehands" before the goods it describes ("tweedehands (en refurbished) toestellen"):
# the adjective second-hand, not the site.
_SECOND_HAND_GOODS = re.compile(
    r"\s+(?:(?:en|of|&)\s+\w+\s+)?(?:toestel|telefoon|gsm|smartphone|iphone|samsung|model|product|apparat|"
    r"artikel|exemplar|spul|onderde|accessoire|hoes|tablet|laptop|ding)"
)


class MarketplaceRecognizer(SentenceRecognizer):
    name = "marketplace"
    patterns: ClassVar[tuple[NamedPattern, ...]] = (
        NamedPattern("marketplace_named", "marketplace", 0.9, "mentions another marketplace ({market})"),
    )
    gate_prefixes = lx.GATE_MARKET_PREFIXES
    gate_phrases = lx.GATE_MARKET_PHRASES

    def find(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        hits = []
        for match in p.markets.finditer(text, s_start, s_end):
            name = p.market_names[match.lastgroup or ""]
            before = text[max(s_start, match.start() - 20) : match.start()]
            ambiguous = (
                name in lx.AMBIGUOUS_MARKETPLACES or match.group(0) in lx.AMBIGUOUS_MARKET_FORMS
            ) and match.start() not in sentence.spelled
            if (
                ambiguous
                and "." not in match.group(0)
                and not p.prep_before.search(before)
                and not _LISTING_BEFORE.search(before)
            ):
                continue
            if p.negated(text, max(s_start, match.start() - 30), match.start()):
                continue
            if match.group(0) == "tweedehands" and _SECOND_HAND_GOODS.match(text, match.end()):
                continue
            if _PRICES_COMPARED.search(text, s_start, s_end) or _NOT_MINE.search(text, s_start, s_end):
                continue  # "price checked against X, ours is fair", "that ad on X isn't mine"
            if _DEARER_THERE.search(text, s_start, s_end) and not _STILL_SENT.search(text, s_start, s_end):
                continue  # "they ask 80 more there, without a warranty": the price here defended
            if _WITHOUT_PAPERS.search(text, s_start, s_end):
                continue  # "cheaper on X, but without an invoice or a warranty": a warning against it
            if (
                _PRICED_THERE.search(text, s_start, s_end)
                and _PRICED_HERE.search(text)
                and not _CHEAPER_THERE.search(text, s_start, s_end)
            ):
                continue  # "389 € on X; here it is 349 €": the price here compared, not a referral
            if _FAIR_HERE.search(text, s_start, s_end) and not p.deal.search(text, s_start, s_end):
                continue  # "around 400 on eBay, so my price is fair": the price here defended
            if _PRICES_CHECKED.search(text, s_start, s_end) and not _SENT_THERE.search(text, s_start, s_end):
                continue  # "I checked the prices on X before listing": a comparison, not an offer
            clause_end = min(s_end, match.end() + 40)
            if p.no_longer_selling.search(text, s_start, s_end) and not p.deal.search(text, s_start, s_end):
                continue  # "Auf Kleinanzeigen verkaufe ich nicht mehr"
            if p.past.search(text, s_start, clause_end) and _SCAMS_THERE.search(text, s_start, s_end):
                continue  # a site left behind for its scams, whatever "there" says
            if (
                p.past.search(text, s_start, clause_end)
                and not p.deal.search(text, s_start, s_end)
                and not _LISTED_NOW.search(text, s_start, s_end)
            ):
                continue  # "I got the case on eBay years ago": where something came from, not a deal
            hits.append(self.hit("marketplace_named", match.start(), match.end(), market=name))
        return hits
