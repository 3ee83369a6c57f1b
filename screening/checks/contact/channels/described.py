"""Channels described instead of named: "the app with the paper plane, same name as here", "my
address at the big G" (the patterns are in screening.checks.contact.hints)."""

from __future__ import annotations

from typing import ClassVar

from screening.checks.contact.channels.recognizer import ChannelHit, NamedPattern, Sentence, SentenceRecognizer
from screening.checks.contact.hints import GATE_PHRASES, GATE_PREFIXES, GATE_WORDS, find_hints


class DescribedChannelRecognizer(SentenceRecognizer):
    name = "hints"
    patterns: ClassVar[tuple[NamedPattern, ...]] = (
        NamedPattern("app_described", "social", 0.88, "{app} named by a description, to continue there"),
        NamedPattern("market_described", "marketplace", 0.86, "{market} named by a description"),
        NamedPattern("same_user_name", "social", 0.86, "the same user name as here on another app"),
        NamedPattern("same_name_market", "marketplace", 0.86, "the same user name as here on another site that sells"),
        NamedPattern("handle_described", "social", 0.88, "a user name described, to look up elsewhere"),
        NamedPattern("code_to_group", "social", 0.88, "a code that leads to a group or channel elsewhere"),
        NamedPattern("mail_provider_described", "email", 0.86, "e-mail address described, its provider named"),
        NamedPattern("their_account_asked", "details_request", 0.9, "asks for the buyer's account on another app"),
        NamedPattern("their_account_app", "social", 0.9, "invitation to continue on another app"),
        NamedPattern(
            "shop_by_search_engine", "marketplace", 0.86, "the seller's own shop, found through a search engine"
        ),
        NamedPattern(
            "page_by_search_engine", "url", 0.86, "the seller's own page elsewhere, found through a search engine"
        ),
        NamedPattern("site_by_search_engine", "url", 0.86, "the seller's own site, found through a search engine"),
        NamedPattern(
            "cheaper_by_search_engine",
            "marketplace",
            0.86,
            "the seller's own page elsewhere, cheaper there, found through a search engine",
        ),
        NamedPattern("page_linked", "url", 0.86, "the seller's own page elsewhere, its link given"),
        NamedPattern("link_in_profile", "url", 0.86, "a link pointed to on the seller's profile"),
        NamedPattern("qr_to_page", "url", 0.86, "a QR code that leads to a page elsewhere"),
        NamedPattern("quoted_name_to_search", "url", 0.86, "a name given to look up elsewhere"),
    )
    gate_prefixes = GATE_PREFIXES
    gate_words = GATE_WORDS
    gate_phrases = GATE_PHRASES

    def find(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, p = sentence.text, sentence.start, sentence.patterns
        return [
            ChannelHit(code, start, end, score, detail, self.name, rule)
            for rule, code, start, end, score, detail in find_hints(text, s_start, sentence.end)
            if not p.negated(text, max(s_start, start - 30), start)
        ]
