"""Messaging apps and social networks proposed as the place to continue: "écrivez-moi sur Telegram",
"snap: jean.dupont", "mon insta", "vous avez WhatsApp ?".

A name alone is not enough ("WhatsApp works fine on this phone"): a mention needs evidence that the
seller proposes the channel (an invitation with a preposition, a handle, a possessive, a question),
and names that are also ordinary words ("Signal", "Line") need stronger evidence still.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar

from screening.checks.contact import lexicon as lx
from screening.checks.contact.channels.patterns import ChannelPatterns, clause_start, closest
from screening.checks.contact.channels.recognizer import ChannelHit, NamedPattern, Sentence, SentenceRecognizer


@dataclass(slots=True)
class _SentenceFacts:
    """What every mention in a sentence shares: its invitations, and searches over the whole
    sentence or one clause, made once per range and not once per mention (a sentence repeating
    "insta whatsapp telegram" 2,000 times made them quadratic: 4 s)."""

    sentence: Sentence
    invitations: list[re.Match[str]]
    question_mark: bool
    searched: dict[tuple[str, int, int], bool] = field(default_factory=dict)

    def seen_in(self, name: str, start: int, end: int) -> bool:
        key = (name, start, end)
        if key not in self.searched:
            pattern: re.Pattern[str] = getattr(self.sentence.patterns, name)
            self.searched[key] = pattern.search(self.sentence.text, start, end) is not None
        return self.searched[key]


@dataclass(slots=True)
class _Evidence:
    """What stands around one mention of a platform."""

    start: int
    end: int
    strong: bool  # a handle, a possessive, a question, a place of the seller's: 0.95
    handle: bool = False
    near: bool = False
    possessive: bool = False
    question: bool = False


class SocialRecognizer(SentenceRecognizer):
    name = "social"
    patterns: ClassVar[tuple[NamedPattern, ...]] = (
        NamedPattern("handle_or_question", "social", 0.95, "invitation to continue on {platform}"),
        NamedPattern("invitation", "social", 0.9, "invitation to continue on {platform}"),
    )
    gate_prefixes = lx.GATE_PLATFORM_PREFIXES
    gate_words = lx.GATE_PLATFORM_WORDS

    def find(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        mentions = list(p.platforms.finditer(text, s_start, s_end))
        if not mentions:
            # No platform named in this sentence (another of the text opened the gate): its
            # invitations, the costliest search here, are not looked for.
            return []
        facts = _SentenceFacts(
            sentence,
            invitations=list(p.invite.finditer(text, s_start, s_end)),
            question_mark="?" in text[s_start : min(len(text), s_end + 1)],
        )
        hits = []
        for match in mentions:
            hit = self._mention(facts, match)
            if hit is not None:
                hits.append(hit)
        return hits

    def _mention(self, facts: _SentenceFacts, match: re.Match[str]) -> ChannelHit | None:
        sentence = facts.sentence
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        m_start, m_end = match.span()
        if _inside_a_word(text, m_start, m_end, facts.invitations, p):
            return None
        community = p.community.search(text, max(s_start, m_start - 22), min(s_end, m_end + 22))
        spelled = m_start in sentence.spelled  # spelled letter by letter to get past a filter: deliberate
        before = text[max(s_start, m_start - 25) : m_start]
        evidence = _evidence(sentence, match, before, spelled)
        if _declined(facts, evidence, m_start):
            return None
        # The clause around the mention (commas split clauses): "MANDA MENSAGEM NO MESSENGER, aqui nao
        # recebo notificacoes" proposes Messenger; the feature word belongs to the next clause.
        clause_begins = max(s_start, text.rfind(",", s_start, m_start) + 1)
        comma = text.find(",", m_end, s_end)
        feature = (
            facts.seen_in("feature", clause_begins, comma if comma != -1 else s_end)
            or facts.seen_in("in_app", s_start, s_end)
            or (facts.seen_in("calls_in_app", s_start, s_end) and not facts.seen_in("speaker_object", s_start, s_end))
        )
        if community and (not feature or evidence.possessive):
            evidence.strong = True
        # "our Facebookpagina", "join the WhatsAppgroep": a place written as one word with the app,
        # the seller's own or offered (a group the buyer read something in is neither)
        invitation = closest(facts.invitations, m_start, m_end, reach=60)
        if not community and _COMPOUND_PLACE.search(match.group(0)) and (evidence.possessive or invitation is not None):
            community, evidence.strong = (
                _COMPOUND_PLACE.search(match.group(0)),
                True,
            )  # "our Facebook page", "un canal de Telegram": a place of the seller's there
        # "more photos on Insta, same name as here": the handle, given by reference (beside a feature
        # word only when it says "as here": "same name as the listing, works with Instagram" is none).
        same = p.same_handle.search(text, max(s_start, m_start - 40), min(s_end, m_end + 40))
        if same is not None and feature and not _HERE_AFTER.match(text, same.end()):
            same = None
        if same is not None:
            evidence.strong, evidence.handle = True, True
            evidence.start, evidence.end = min(evidence.start, same.start()), max(evidence.end, same.end())
        name = p.platform_names[match.lastgroup or ""]
        form = match.group(0)
        if form == "snap" and _UNDERSTAND.search(before):
            return None  # Dutch "ik snap dat...": to understand, not Snapchat
        ambiguous = (
            name in lx.AMBIGUOUS_PLATFORMS and form not in lx.UNAMBIGUOUS_FORMS or form in lx.AMBIGUOUS_FORMS
        ) and not spelled
        # A case ending on the name ("WhatsAppissa", "Messengeren") is the preposition.
        prep = p.prep_before.search(before) is not None or (
            p.case_ending is not None and p.case_ending.match(match.group(0)) is not None
        )
        if not _proposed(facts, match, evidence, invitation, prep, feature, ambiguous, community is not None):
            return None
        if invitation is not None:
            evidence.start, evidence.end = min(evidence.start, invitation.start()), max(evidence.end, invitation.end())
        # A negation just before the invitation or between it and the platform: a reminder of the rule.
        # Only in the invitation's own clause: "Can't upload videos here, add me on Snap" says no to
        # the platform and yes to the other channel.
        first = min(evidence.start, m_start)
        if p.negated(text, clause_start(text, max(s_start, first - 30), first), m_start):
            return None
        if not (evidence.handle or evidence.near) and _refused_after(text, m_end, s_end, p):
            return None
        if not (evidence.handle or evidence.near) and _WOULD_BUT.search(text, max(s_start, m_start - 40), s_end):
            return None  # "on WhatsApp it would be quicker, but you'd lose the buyer protection"
        rule = "handle_or_question" if evidence.strong else "invitation"
        return self.hit(rule, evidence.start, evidence.end, platform=name)


# A place there written as one word with the app: "Facebookpagina", "WhatsAppgroep", "Telegramkanal".
_COMPOUND_PLACE = re.compile(
    r"[a-z](?:groep\w*|gruppe\w*|group\w*|grupo\w*|gruppo|grupa\w*|kanal\w*|kanaal\w*|channel\w*|"
    r"canal\w*|pagina\w*|seite\w*|page\w*|strona\w*)$"
)


# A subject before "snap" makes it the Dutch verb ("ik snap het", "u snapt").
_UNDERSTAND = re.compile(r"(?<![a-z])(?:ik|jij|we|wij|ze|zij|jullie|niemand|iedereen)\s+$")


# "(same name) as here / wie hier / qu'ici / que aquí / di qui / als hier / jak tutaj / que aqui".
_HERE_AFTER = re.compile(
    r"\s*(?:as|wie|que|qu'|di|als|jak|come|like)?\s*(?:here|hier|ici|aqui|qui|tutaj|tu|hierzo)(?![a-z])"
)


# "not here", "nicht hier": a negation that contrasts the platform with the channel, not a refusal.
_NOT_HERE = re.compile(r"\s*(?:here|hier|ici|aqui|qui|tutaj|hierzo|aca|on here|via the app)(?![a-z])")


# "It would be easier there, but...": the channel granted as easier, then turned down.
_WOULD_BUT = re.compile(
    r"(?<![a-z])(?:would be|it'?d be|serait|ce serait|ware|waere|sarebbe|seria|sería|zou (?:zijn|gaan)|byloby|bylo by)"
    r"(?![a-z])[^.!?]{0,60}?(?<![a-z])(?:but|mais|aber|pero|ma|maar|ale|mas)(?![a-z])"
)


_PURPOSE = re.compile(r"(?<![a-z])(?:para|pour|um|per|om|zeby|to|so|afin|damit|perche|porque)(?![a-z])")


# "Por wasap prefiero que no": the channel put first, then a preference against it.
_RATHER_NOT = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:prefiero que no|mejor no|preferisco di no|meglio di no|liever niet|lieber nicht|"
    r"plutot pas|je prefere pas|j'aime mieux pas|rather not|i'd rather not|prefiro que nao|prefiro nao|wole nie|lepiej nie)(?![a-z])"
)


def _refused_after(text: str, m_end: int, s_end: int, p: ChannelPatterns) -> bool:
    """ "Por WhatsApp no, prefiero aquí", "Su WhatsApp non posso continuare", "na messengerze nie
    piszę", "WhatsApp non serve": the channel put first and refused in the words right after it (its
    own clause)."""
    if _RATHER_NOT.match(text, m_end, s_end):
        return True
    comma = text.find(",", m_end, s_end)
    end = min(comma if comma != -1 else s_end, m_end + 16)  # the next word or two ("Insta sind wir nicht")
    # Searched to the clause's end and then bounded: a search that stopped at `end` would read the
    # first letters of a cut word as a whole one ("nome del ne|gozio": Italian "ne").
    negation = p.negation.search(text, m_end, comma if comma != -1 else s_end)
    if negation is not None and negation.end() > end:
        negation = None
    if negation is None or _PURPOSE.search(text, m_end, negation.start()):
        return False  # "Siga-nos no Instagram para não perder": the negation is the follow's purpose
    return _NOT_HERE.match(text, negation.end()) is None


def _inside_a_word(text: str, m_start: int, m_end: int, invitations: list[re.Match[str]], p: ChannelPatterns) -> bool:
    """A mention that is part of a link ("discord.gg/...", "t.me": contact.url) or of a compound noun
    ("WhatsApp-Videoanrufe": the app as a feature; not "auf meinem Insta-Account", "unter der
    WhatsApp-Nummer": an account there, with the preposition that sends the buyer to it)."""
    if m_end + 1 < len(text) and text[m_end] == "." and text[m_end + 1].isalnum():
        return True
    return (
        m_end + 1 < len(text)
        and text[m_end] == "-"
        and text[m_end + 1].isalpha()
        and not invitations
        and not p.community.match(text, m_end + 1)
        and not (_ACCOUNT_THERE.match(text, m_end + 1) and _TO_ACCOUNT.search(text, max(0, m_start - 25), m_start))
    )


# A preposition, and a possessive or article, before such a compound: "auf meinem", "op ons", "under the".
_TO_ACCOUNT = re.compile(
    r"(?<![a-z])(?:on|auf|unter|uber|op|onder|via|sur|sous|su|sul|en|em|no|na|w|na|in|under|over)\s+(?:[a-z']+\s+)?$"
)
# The second half of a compound that names an account on the app: "Insta-Account", "WhatsApp-Nummer".
_ACCOUNT_THERE = re.compile(
    r"(?:account|konto|profil\w*|profiel|perfil|profilo|nummer|number|numero|numer|handle)(?![a-z])"
)


def _evidence(sentence: Sentence, match: re.Match[str], before: str, spelled: bool) -> _Evidence:
    """A handle after the mention ("snap: jean.dupont"), an @name or user id near it, a possessive
    or a question before it ("mon insta", "vous avez WhatsApp ?"), a verb or a number after it."""
    text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
    m_start, m_end = match.span()
    evidence = _Evidence(m_start, m_end, strong=spelled)
    for handle in (p.handle_after.match(text, m_end, s_end), _HANDLE_NAMED.match(text, m_end, s_end)):
        if (
            handle is not None
            and _looks_like_handle(handle.group("handle"), handle.group(0))
            and not _MENU_STEP.match(text, handle.end(), s_end)
        ):
            evidence.strong, evidence.end, evidence.handle = True, handle.end(), True
            break
    near = p.at_handle.search(text, max(s_start, m_start - 40), min(s_end, m_end + 40))
    if near:
        evidence.strong, evidence.near = True, True
        evidence.start, evidence.end = min(evidence.start, near.start()), max(evidence.end, near.end())
    id_handle = p.id_handle.search(text, m_end, min(s_end, m_end + 40))
    if id_handle:
        evidence.strong, evidence.end = True, id_handle.end()
    evidence.possessive = p.possessive_before.search(before) is not None
    evidence.question = (
        p.question_before.search(before) is not None or p.asked_before.search(before) is not None
    ) and any(q in text[m_end : m_end + 15] for q in p.qmarks)
    if (
        evidence.possessive
        or evidence.question
        # "WhatsApp me", but not "la tele me parece": the TV before a pronoun
        or (match.group(0) != "tele" and p.platform_verb_after.match(text, m_end, s_end))
        or p.then_number.match(text, m_end, s_end)
        or (_PREFERRED_AFTER.match(text, m_end, s_end) and not _CONTRAST.search(text, m_end, s_end))
    ):  # "WhatsApp au 06 18 52 66 28", "Telegram c'est mieux"
        evidence.strong = True
    return evidence


def _declined(facts: _SentenceFacts, evidence: _Evidence, m_start: int) -> bool:
    """ "You asked for my Telegram, I'd rather stay here": the buyer's request, declined."""
    sentence = facts.sentence
    return (
        evidence.possessive
        and not evidence.handle
        and not evidence.near
        and (
            sentence.patterns.reported.search(sentence.text, max(sentence.start, m_start - 30), m_start) is not None
            or facts.seen_in("stay", sentence.start, min(len(sentence.text), sentence.end + 60))
        )
    )


def _proposed(
    facts: _SentenceFacts,
    match: re.Match[str],
    evidence: _Evidence,
    invitation: re.Match[str] | None,
    prep: bool,
    feature: bool,
    ambiguous: bool,
    community: bool,
) -> bool:
    """Whether the mention proposes the channel. A name that is also a word ("Signal", "Line")
    needs its evidence next to it, or a preposition and an invitation."""
    s_start, s_end = facts.sentence.start, facts.sentence.end
    if ambiguous:
        proposal = facts.question_mark or facts.seen_in("proposal", s_start, s_end)
        return bool(
            evidence.strong
            and (evidence.near or prep or evidence.possessive or evidence.handle or evidence.question or community)
            or (
                # "there" after the name ("on Line, where I post..."): before it, "where" is most often
                # the word's own sentence ("see where the line is")
                (prep or facts.seen_in("there", match.end(), s_end))
                and (invitation is not None or proposal)
                and not feature
            )
        )
    there = facts.seen_in("there", s_start, s_end)
    # "stuur me ne wassap", "send me a WhatsApp": the app's name as the message sent there
    as_message = (
        invitation is not None
        and invitation.end() <= match.start()
        and _ARTICLE_ONLY.fullmatch(facts.sentence.text, invitation.end(), match.start()) is not None
    )
    return (
        evidence.strong
        or (invitation is not None and (prep or there or as_message or match.group(0) in lx.MESSAGE_WORDS))
        or (prep and not feature)
    )  # "on continue sur Telegram ?", "über WhatsApp", "TE ESCRIBO POR TELEGRAM"


# Nothing but an article between an invitation and the app: "send me a WhatsApp", "stuurt ge mij ne wassap".
_ARTICLE_ONLY = re.compile(
    r"\s+(?:(?:a|an|een|ne|n|un|une|ein|eine|einen|uno|una|um|uma|quick|short|petit|kurze|just|even|efkes|eens|snel|mal|kurz|vite|rapido)\s+)*"
)


# The app said right away to be the better channel: "Viber c'est mieux", "WhatsApp is easier",
# "Telegram ist schneller". Only straight after the name: "WhatsApp works fine, better than on my
# old phone" speaks of the phone.
_PREFERRED_AFTER = re.compile(
    r"\s*[,:]?\s*(?:(?:c'?est|c|is|'s|ist|es|e|jest|fica|werkt|va|vai)\s+)?(?:(?:much|way|bien|viel|mucho|molto|veel|duzo|muito)\s+)?"
    r"(?:mieux|plus (?:simple|rapide|pratique)|better|easier|quicker|besser|einfacher|schneller|praktischer|"
    r"mejor|mas (?:facil|rapido|comodo)|meglio|piu (?:facile|comodo|veloce)|beter|makkelijker|sneller|handiger|"
    r"lepiej|latwiej|szybciej|wygodniej|melhor|mais (?:facil|rapido|pratico)|"
    # the app offered in place of this chat: "Telegram instead?", "WhatsApp stattdessen?"
    r"instead(?! of)|stattdessen|a la place|en su lugar|invece|in plaats daarvan|zamiast tego|em vez disso)(?![a-z])"
)

# "I get that WhatsApp seems quicker, but...": a preference granted, then declined.
_CONTRAST = re.compile(
    r"(?<![a-z])(?:but|however|maar|aber|mais|pero|ma|ale|mas|lijkt|seems|scheint|semble|parece|sembra)(?![a-z])"
)

# A handle given a few words after the app: "a snap to flip_king_020", "on Insta we're called
# shop.doc", "en insta somos taller_manolo". _looks_like_handle still asks for a user name's shape.
_HANDLE_NAMED = re.compile(
    r"\s+(?:(?:to|naar|an|a|na|para|per|au|al|do)|(?:we are|we're|i am|i'm)(?: called)?|"
    r"hei(?:ss|ß)en wir|hei(?:ss|ß)e ich|wir sind|ich bin|somos|soy|siamo|sono|we zijn|zijn we|ik ben|heten we|"
    r"jestesmy|jestem|sou|nous sommes|je suis|on est|on s'appelle)\s+(?P<handle>@?[a-z0-9][a-z0-9_.]{2,}[a-z0-9])"
)


# "WhatsApp: Settings > Chats > Chat backup": the word after the colon is a menu path's first step
# (an arrow follows it), where the app's own settings are, not an account name.
_MENU_STEP = re.compile(r"\s*(?:>|->|→|»|›)")


def _looks_like_handle(handle: str, whole: str) -> bool:
    # "snap: jean.dupont", "insta @marco_88", "telegram is jean_phones": an explicit marker, or a
    # token shaped like a user name (digits, underscore, dot), not an ordinary next word.
    if handle.startswith("@"):
        return True
    marked = ":" in whole or "=" in whole
    shaped = bool(re.search(r"[_.\d]", handle)) and not handle.replace(".", "").isdigit()
    return (marked and len(handle) >= 3 and handle not in _COMMON_AFTER) or shaped


# fmt: off
_COMMON_AFTER = frozenset({
    "merci", "thanks", "danke", "gracias", "grazie", "dank", "dzieki", "obrigado", "the", "les", "le", "la",
    "der", "die", "das", "and", "et", "und", "y", "e", "en",
})
# fmt: on
