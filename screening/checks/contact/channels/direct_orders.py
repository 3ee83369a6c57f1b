"""A sale taken off the platform by the seller's own shop: "next time order directly from us", a QR
code on a card to the seller's site. Reported as contact.marketplace (another place to buy)."""

from __future__ import annotations

from typing import ClassVar

from screening.checks.contact import lexicon as lx
from screening.checks.contact.channels.recognizer import ChannelHit, NamedPattern, Sentence, SentenceRecognizer


class DirectOrderRecognizer(SentenceRecognizer):
    name = "direct"
    patterns: ClassVar[tuple[NamedPattern, ...]] = (
        NamedPattern("order_directly", "marketplace", 0.88, "invitation to order directly from the seller"),
        # "Next time order from us in the shop, without going through the platform": the bypass is
        # said outright, so no word for "directly" or "our shop" is needed.
        NamedPattern("order_off_platform", "marketplace", 0.9, "invitation to buy around the platform"),
    )
    gate_prefixes = lx.GATE_DIRECT_PREFIXES

    def find(self, sentence: Sentence) -> list[ChannelHit]:
        return self._around_platform(sentence) or self._directly(sentence)

    def _around_platform(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        bypass = p.off_platform.search(text, s_start, s_end)
        if bypass is None or p.order_verb.search(text, s_start, s_end) is None:
            return []
        if p.refusal.search(text, s_start, s_end) or p.negated(text, max(s_start, bypass.start() - 30), bypass.start()):
            return []  # "we never sell without the platform"
        return [self.hit("order_off_platform", bypass.start(), bypass.end())]

    def _directly(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        evidence = p.directly_ours.search(text, s_start, s_end) or p.own_shop.search(text, s_start, s_end)
        if evidence is None:
            return []
        printed = p.printed.search(text, s_start, s_end)
        dealt = p.order_verb.search(text, s_start, s_end) is not None or (
            p.shop_deal.search(text, s_start, s_end) is not None and p.link_like.search(text, s_start, s_end) is None
        )
        if not dealt and printed is None:
            return []  # "we ship directly from our warehouse": no sale is offered
        if p.on_platform.search(text, s_start, s_end) or p.refusal.search(text, s_start, s_end):
            return []  # "our shop on Swapiphone", "we cannot take orders directly"
        if p.past.search(text, s_start, s_end):
            return []  # "it was bought directly from us and refurbished": where the phone came from
        if p.negated(text, max(s_start, evidence.start() - 30), evidence.start()):
            return []
        start, end = evidence.span()
        if printed is not None and abs(printed.start() - start) < 80:
            start, end = min(start, printed.start()), max(end, printed.end())
        return [self.hit("order_directly", start, end)]
