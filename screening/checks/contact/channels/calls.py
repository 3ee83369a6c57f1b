"""A call asked for with no number written: "call me and we'll sort it", "me liga", "llámame",
"passez-moi un coup de fil", "ring the shop". The platform carries no calls, so the conversation
goes to the phone (rule R4), whether or not the buyer has the number yet. Reported as
contact.phone. Only the seller's own line ("me", "us", the shop) counts: "the courier will call
you" and "call your bank" are no offers, and a negation before the call ("don't call me") is none."""

from __future__ import annotations

import re
from typing import ClassVar

from screening.checks.contact.channels.recognizer import ChannelHit, NamedPattern, Sentence, SentenceRecognizer

# Per language, written against normalize() output (lower case, accents folded).
_CALL_ME = re.compile(
    r"(?<![a-z])(?:"
    # en
    # ("call me old-fashioned": an idiom, no call)
    r"(?:call|ring|phone|bell) (?:me|us)(?! (?:old[- ]fashioned|crazy|picky|paranoid|fussy|mad)(?![a-z]))|(?:call|ring) (?:the|that) (?:number|landline|mobile)|give (?:me|us) a (?:call|ring|bell|buzz)|(?:call|ring) (?:the|our) (?:shop|store|office)|"
    # fr
    r"(?:appel(?:ez|le)|telephonez|telephone)[- ](?:moi|nous)|m'appeler|nous appeler|(?:me|nous) telephoner|"
    r"(?:appeler|telephoner|appelez|telephonez) (?:au magasin|a la boutique|a l'atelier)|"
    r"(?:passez|passe|donnez|donne)[- ](?:moi|nous) un (?:coup de fil|coup de telephone|appel)|appelez (?:la boutique|le magasin)|"
    # es
    r"llam(?:ame|anos|eme|enos)|me llamas|nos llamas|marca(?:me|nos)|dame un toque|me das un toque|llama a la tienda|"
    # it
    r"chiam(?:ami|aci|atemi|ateci)|mi chiami|fammi uno squillo|chiama il negozio|"
    # de
    r"ruf(?:e|en sie)? (?:mich|uns) (?:\w+ ){0,3}an|rufen sie (?:mich|uns) (?:\w+ ){0,3}an|ruf im laden an|"
    # "ruf einfach an", "ruf da kurz durch" (a number given before); Swiss "lüt mir eifach aa"
    r"ruf(?:e|en sie)? (?:(?:mich|uns|da|dort|einfach|gern|gerne|kurz|halt|schnell|aber|vorher|vorab|bitte|doch) )+(?:an|durch)|"
    r"lut(?:e|ed)? (?:mir|eus|mer|ois) (?:\w+ ){0,2}aa|"
    # nl
    r"bel (?:me|mij|ons)|bel (?:de|onze) winkel|"
    # "bel wel even van tevoren", "bel eerst even of ik er ben": a call before coming by
    r"bel (?:(?:wel|maar|gewoon|gerust|dan) )?(?:(?:even|eerst|efkes) )+(?:van tevoren|vooraf|of|op)|"
    # pl
    r"zadzwon(?:cie)? do (?:mnie|nas|sklepu)|prosze (?:o telefon|dzwonic|zadzwonic)|"
    # pt
    r"me liga|liga-me|ligue-me|me ligue|ligue para (?:mim|nos|a loja)|liga para (?:mim|a loja)|telefone-me|"
    r"telefone para (?:mim|a loja)"
    r")(?![a-z])"
)


# Who is to be called right after the verb, when it is not the seller: the buyer's bank, the police,
# the operator ("Proszę zadzwonić do banku", "call your bank", "appelez votre banque").
_THIRD_PARTY_CALLED = re.compile(
    r"\s*(?:(?:to|do|a|al|ao|à|a la|la|le|il|your|votre|ihre|ihrer|su|sua|seu|tu|uw|je|the|de|met|na|to the)\s+){0,2}"
    r"(?:bank\w*|banque|banco|banca|polic\w*|polizei|politie|operator\w*|operateur|operador\w*|operatore|"
    r"provider|betreiber|anbieter|fraud|fraude|psp|gnr|carabinieri|guardia)(?![a-z])"
)


class CallRecognizer(SentenceRecognizer):
    name = "calls"
    patterns: ClassVar[tuple[NamedPattern, ...]] = (
        NamedPattern("call_asked", "phone", 0.86, "asks the buyer to call the seller, outside the platform"),
    )
    gate_prefixes = (
        "call", "ring", "phone", "bell", "give", "appel", "telephon", "passe", "donne", "llam", "marca", "dame",
        "chiam", "fammi", "ruf", "bel", "zadzwon", "liga", "ligue", "telefone", "m'appeler", "nous", "lut", "prosze",
    )  # fmt: skip

    def find(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, p = sentence.text, sentence.start, sentence.patterns
        return [
            self.hit("call_asked", match.start(), match.end())
            for match in _CALL_ME.finditer(text, s_start, sentence.end)
            if not p.negated(text, max(s_start, match.start() - 30), match.start())
            and _THIRD_PARTY_CALLED.match(text, match.end()) is None
        ]
