"""A sale taken off the platform by the seller's own shop: "next time order directly from us", a QR
code on a card to the seller's site. Reported as contact.marketplace (another place to buy)."""

from __future__ import annotations

import re
from typing import ClassVar

from screening.checks.contact import lexicon as lx
from screening.checks.contact.channels.patterns import ChannelPatterns, protection_lost_after, protection_lost_within
from screening.checks.contact.channels.recognizer import ChannelHit, NamedPattern, Sentence, SentenceRecognizer
from screening.text.prefilter import prefilter_of


# A visit to the seller's shop, stall or market pitch.
_VISIT_SHOP = re.compile(
    r"(?<![a-z])(?:come (?:by|to|into|in)|pop (?:in|into|by|round)|drop (?:in|by)|stop by|swing by|"
    r"passe[zr]?|venez|viens|komm\w*|vorbei|vente|venga|ven a|pasate|pasa(?:te)? por|te pasas|passa|passi|vieni|"
    r"venite|se vieni|kom (?:\w+ ){0,2}langs|langs|wpadnij\w*|zapraszam\w* do|przyjdz\w*|odwiedz\w*|passe na|"
    r"venha|vem (?:a|ao|a)|aparece|call (?:in|into|by|round)|se vier|vier|wpada\w*|langskomen|binnenlopen|binnenwippen|"
    # collecting from the shop, a stall of one's own: "come and collect from the shop", "tengo puesto en"
    r"collect (?:it )?from|come and (?:collect|pick|see|have)|tengo (?:un )?puesto|estou com a banca|tenho (?:uma )?banca|"
    r"j'ai un stand|ich habe einen stand|ho (?:un )?banco|mam stoisko|odebrac osobiscie|odbior osobisty|ritirar\w*)(?![a-z])[^.!?\n]{0,40}?(?<![a-z])"
    r"(?:shop|store|magasin|boutique|stand|marche|atelier|laden|g'?s?chaft|geschaft|filiale|tienda|puesto|rastro|banco|mercato|"
    r"gield\w*|targ\w*|flohmarkt|puces|"
    r"mercadillo|negozio|mercatino|bancarella|winkel|markt\w*|punkt\w*|sklep\w*|stoisk\w*|loja|banca|feira)(?![a-z])"
)
# The shop named first, the visit after it: "in onze winkel in Eindhoven ligt ie ook, gewoon binnenlopen".
_SHOP_THEN_VISIT = re.compile(
    r"(?<![a-z])(?:shop|store|magasin|boutique|laden|geschaft|tienda|negozio|winkel|sklep\w*|loja|el local|"
    r"nuestro local|il locale|stand|banco|banca|puesto|stoisk\w*|marche aux puces|flohmarkt|rastro|mercatino)(?![a-z])"
    r"[^.!?\n]{0,50}?(?<![a-z])(?:binnenlopen|binnenwippen|langskomen|kom langs|wpadaj\w*|wpadnij\w*|vorbeikommen|"
    r"pop in|come in|drop in|passe[zr]?|pasate|pasarte|passa|venha|ophalen|afhalen|abholen|recoger|ritirare|levantar|collect|"
    r"venir|komm\w* (?:\w+ ){0,3}vorbei|vieni|venga|przyjd\w*|zapraszam\w*)(?![a-z])"
)
# The two halves of _VISIT_SHOP / _SHOP_THEN_VISIT alone, for a shop named in the sentence before.
_SHOP_WORD = re.compile(
    r"(?<![a-z])(?:shop|store|magasin|boutique|stand|atelier|laden|geschaft|filiale|tienda|puesto|rastro|negozio|"
    r"banco|bancarella|mercatino|winkel|sklep\w*|stoisk\w*|loja|banca|feira|flohmarkt|marche aux puces|gield\w*)(?![a-z])"
)
_VISIT_VERB = re.compile(
    r"(?<![a-z])(?:come (?:by|to|into|in|and)|pop (?:in|into|by|round)|drop (?:in|by)|stop by|swing by|venir|venez|viens|"
    r"komm\w* (?:\w+ ){0,3}vorbei|vorbeikommen|ven a|pasate|vieni|venite|venga|kom (?:\w+ ){0,2}langs|langskomen|"
    r"przyjdz\w*|zapraszam\w*|wpadnij\w*|venha|passe (?:na|por|ca)|passe[zr]? (?:nous voir|au|a la))(?![a-z])"
)
# ... to buy there, or cheaper, or without the fees.
_SOLD_THERE = re.compile(
    r"(?<![a-z])(?:buy|bought|purchase|achet\w*|vend\w*|kauf\w*|compra\w*|compri|prendi|lo prendi|koop\w*|"
    r"reken\w* (?:\w+ )?af|kupi\w*|kupisz|cheaper|moins cher|billiger|gunstiger|mas barato|mais barato|mas en cuenta|"
    r"mais em conta|meno caro|goedkoper|taniej|weniger|less|menos|baratito|fees|frais|commission\w*|gebuhr\w*|"
    r"comision\w*|commissioni|prowizj\w*|oplat\w*|taxas?|prezzo da banco|au comptoir|"
    # taken away on the spot: "grab it", "te lo llevas", "repartez avec", "neem hem mee", "od ręki"
    r"grab it|take it (?:away|home|with you)|llevas|te lo llevas|repart\w* avec|emport\w*|porti via|portarlo via|"
    r"meenemen|neem (?:\w+ )?mee|leva(?: logo)?|levas|wezmiesz|od reki|bierz|mitnehm\w*|mitnimm\w*|"
    r"better price|meilleur prix|mejor precio|prezzo migliore|betere prijs|lepsz\w* cen\w*|melhor preco|bez posrednikow|"
    # paid in cash at the counter, or more models to look at there: a sale at the shop
    r"pay cash|cash price|en especes|en liquide|bar (?:bezahl\w*|zahl\w*)|en efectivo|en metalico|in contanti|contant afreken\w*|"
    r"cash betalen|gotowk\w*|em dinheiro|besser\w* preis|nizsz\w*|more models|plus de modeles|weitere modelle|mas modelos|piu modelli|meer modellen|"
    r"wiecej modeli|mais modelos|echar un ojo|venha ver|have a play|take a look|jeter un oeil|vorbeischauen|dare un'occhiata|komen kijken)(?![a-z])"
)
# The platform named as what takes a cut: "tutaj platforma zjada 12%", "aqui a plataforma fica com 15%".
_PLATFORM_FEE = re.compile(
    r"(?<![a-z])(?:\d+ ?%|fees?|frais|commission\w*|gebuhr\w*|comision\w*|commissioni|prowizj\w*|oplat\w*|"
    r"taxas?|spese|zjada|takes? a cut|fica com|servicekosten|service ?fees?|servicegebuhr\w*|frais de service|"
    r"gastos de gestion|costi di servizio|koszty obslugi|custos de servico)(?![a-z])"
)


class DirectOrderRecognizer(SentenceRecognizer):
    name = "direct"
    patterns: ClassVar[tuple[NamedPattern, ...]] = (
        NamedPattern("order_directly", "marketplace", 0.88, "invitation to order directly from the seller"),
        # "Next time order from us in the shop, without going through the platform": the bypass is
        # said outright, so no word for "directly" or "our shop" is needed.
        NamedPattern("order_off_platform", "marketplace", 0.9, "invitation to buy around the platform"),
        NamedPattern("buy_in_person", "marketplace", 0.88, "invitation to buy at the seller's shop or stall instead"),
    )
    gate_prefixes = lx.GATE_DIRECT_PREFIXES

    def may_hit_text(self, text: str, patterns: ChannelPatterns) -> bool:
        # What each reading needs in a sentence, asked of the whole text at once (a match in a
        # sentence is one in the text: prefilter.py): the bypass and an order verb; the seller's own
        # shop or "directly"; a visit and a sale there.
        maybe = prefilter_of(patterns, "direct", lambda: _needed(patterns)).candidates(text)
        bypass, order, directly, own_shop, visit_shop, shop_then_visit, visit_verb, sold_there = range(8)
        return (
            (bypass in maybe and order in maybe)
            or directly in maybe
            or own_shop in maybe
            or ((visit_shop in maybe or shop_then_visit in maybe or visit_verb in maybe) and sold_there in maybe)
        )

    def find(self, sentence: Sentence) -> list[ChannelHit]:
        return self._around_platform(sentence) or self._directly(sentence) or self._in_person(sentence)

    def _in_person(self, sentence: Sentence) -> list[ChannelHit]:
        # "Pop into the shop in Salford and buy it there, save yourself the fees": the sale moved to a
        # counter, where the platform sees nothing. A visit alone (a repair, a pickup) is no sale.
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        visit = _VISIT_SHOP.search(text, s_start, s_end) or _SHOP_THEN_VISIT.search(text, s_start, s_end)
        if visit is None and _SHOP_WORD.search(text, max(0, s_start - 200), s_start):
            # the shop or stall named in the sentence before: "We have a stall at the flea market. Come
            # and try it, pay cash on the spot."
            visit = _VISIT_VERB.search(text, s_start, s_end)
        if visit is None or _SOLD_THERE.search(text, s_start, s_end) is None:
            return []
        if p.refusal.search(text, s_start, s_end) or p.negated(text, max(s_start, visit.start() - 20), visit.start()):
            return []
        return [self.hit("buy_in_person", visit.start(), visit.end())]

    def _around_platform(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        bypass = p.off_platform.search(text, s_start, s_end)
        if bypass is None or p.order_verb.search(text, s_start, s_end) is None:
            return []
        if p.refusal.search(text, s_start, s_end) or p.negated(text, max(s_start, bypass.start() - 30), bypass.start()):
            return []  # "we never sell without the platform"
        if p.negation_after.search(text, bypass.end(), min(s_end, bypass.end() + 35)):
            return []  # "einen Rabatt außerhalb der Plattform gibt es bei uns nicht"
        if protection_lost_after(text, s_end) or protection_lost_within(text, bypass.end(), s_end):
            return []  # "... outside the platform. You would lose the buyer protection."
        return [self.hit("order_off_platform", bypass.start(), bypass.end())]

    def _directly(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        evidence = p.directly_ours.search(text, s_start, s_end) or p.own_shop.search(text, s_start, s_end)
        if evidence is None:
            return []
        printed = p.printed.search(text, s_start, s_end)
        # The deal may follow in the next sentence: "Our webshop has it too. There it is 20 euro cheaper."
        deal_end = min(len(text), s_end + 160)
        around = p.off_platform.search(text, s_start, s_end)  # "ganz ohne Plattform": the platform skipped
        dealt = (
            p.order_verb.search(text, s_start, s_end) is not None
            or around is not None
            or (
                p.shop_deal.search(text, s_start, deal_end) is not None
                and p.link_like.search(text, s_start, s_end) is None
            )
        )
        if not dealt and printed is None:
            return []  # "we ship directly from our warehouse": no sale is offered
        if p.refusal.search(text, s_start, s_end):
            return []  # "we cannot take orders directly"
        if (
            p.on_platform.search(text, s_start, s_end)
            and _PLATFORM_FEE.search(text, s_start, s_end) is None
            and around is None
        ):
            return []  # "our shop on Swapiphone" (but "here the platform takes 15%" is the reason to leave it)
        if p.past.search(text, s_start, s_end):
            return []  # "it was bought directly from us and refurbished": where the phone came from
        if p.negated(text, max(s_start, evidence.start() - 30), evidence.start()):
            return []
        start, end = evidence.span()
        if printed is not None and abs(printed.start() - start) < 80:
            start, end = min(start, printed.start()), max(end, printed.end())
        return [self.hit("order_directly", start, end)]


def _needed(p: ChannelPatterns) -> tuple[re.Pattern[str], ...]:
    """The patterns of may_hit_text, in its order."""
    return (
        p.off_platform,
        p.order_verb,
        p.directly_ours,
        p.own_shop,
        _VISIT_SHOP,
        _SHOP_THEN_VISIT,
        _VISIT_VERB,
        _SOLD_THERE,
    )
