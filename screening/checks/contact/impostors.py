"""A seller warning the buyer about someone who pretends to be the shop or the platform.

Scams reach buyers of refurbished phones every day: a profile on Instagram "with our logo", a
WhatsApp message asking for a deposit by transfer, a Facebook page that calls itself the platform's
support. A careful seller answers by naming the app and the way to pay the impostor used ("the
profile on Messenger that asked for your card is a fraud; block it and report it"): the names are
where the third party wrote from, not where the seller invites the buyer. So an app, a payment app or
a shop named in a sentence that says someone is fake or pretends to be the shop, or in the sentence
just before one, is not read as the seller's channel; unless that sentence also points the buyer to
the seller ("write to me", "my number", "our real profile"), which a warning never needs.

Texts are the contact check's normalised text (lower case, accents folded).
"""

from __future__ import annotations

import re

# Someone is not the shop: fake, a scam, pretending, "not us", "nothing to do with us".
_IMPOSTOR = re.compile(
    r"(?<!\w)(?:"
    # en ("scam" whole: Italian "scambio" is an exchange)
    r"fake\w*|scams?|scammer\w*|scammed|fraud\w*|impostor\w*|imposter\w*|phishing|pretend\w*|posing as|claim(?:s|ing)? to be|"
    r"(?:is|was|are|were)n'?t us|(?:is|was|are|were) not us|not (?:from )?us|isn'?t ours|is not ours|"
    r"nothing to do with us|not linked to us|nothing to do with our|claimed to be|"
    r"said (?:they|he|she) (?:was|were|are|is) from (?:us|our)|say(?:s|ing)? (?:they|he|she) (?:are|is|were|was) from (?:us|our)|"
    r"(?:nobody|no one|no-one) (?:from|at) (?:our|the) (?:shop|store|team|platform|company)|"
    r"we (?:never|didn'?t|did not|don'?t|do not|will never|would never) (?:write|wrote|message|messaged|contact|contacted|text|texted|call|called|ask|asked)|"
    # fr
    r"faux|fausse\w*|arnaque\w*|escroc\w*|escroquerie\w*|usurp\w*|se fai(?:t|sant) passer|"
    r"n'(?:est|etait) pas (?:de )?nous|ne sont pas (?:de )?nous|n'a rien a voir avec nous|hameconnage|"
    r"se present(?:e|ant) comme|personne (?:de|chez) (?:notre|nos|la) (?:boutique|equipe|plateforme|societe)|"
    r"nous ne vous (?:avons|aurions) (?:pas|jamais) (?:ecrit|contacte|demande)|nous ne (?:vous )?(?:demandons|demanderons|ecrivons|contactons) jamais|"
    r"aucun lien avec nous|ne nous appartien(?:t|nent) pas|"
    # de
    r"gefalscht\w*|falschung\w*|eine kopie|betrug\w*|betruger\w*|abzock\w*|gibt sich (?:als|fur)|geben sich (?:als|fur)|"
    r"nicht von uns|gehort nicht zu uns|gehoren nicht zu uns|nichts mit uns zu tun|"
    r"ausgibt|ausgeben|ausgegeben|niemand (?:von uns|aus unserem \w+|von der plattform|von unserem \w+)|"
    r"wir (?:haben ihnen|haben dir) (?:nicht|nie) geschrieben|wir (?:schreiben|fragen|kontaktieren|bitten) (?:sie |dich )?(?:niemals|nie)|"
    r"keine verbindung zu uns|kein bezug zu uns|"
    # es
    r"falso|falsa|falsos|falsas|estafa\w*|fraude\w*|se hace pasar|haciendose pasar|se hacen pasar|"
    r"no somos nosotros|no fuimos nosotros|no es nuestr[oa]|nada que ver con nosotros|suplant\w*|"
    r"presentandose como|se presenta como|diciendo ser|dice ser|dicen ser|"
    r"nadie (?:de|en) (?:nuestra|nuestro|la) (?:tienda|equipo|plataforma|empresa)|"
    r"no (?:le|te) hemos (?:escrito|contactado|llamado)|nunca (?:le|te) (?:escribimos|pedimos|pediremos|pedimos)|"
    r"no tiene (?:nada que ver|relacion|ninguna relacion) con nosotros|"
    # it
    r"falsi|false|truffa\w*|truffator\w*|frode|si spaccia\w*|spacciandosi|non e nostr[oa]|non siamo noi|"
    r"niente a che fare con noi|presentandosi come|si presenta come|dicendo di essere|dice di essere|"
    r"nessuno (?:del|della|dal|dalla) (?:nostro|nostra|piattaforma|negozio)|non (?:le|ti) abbiamo (?:scritto|contattato|chiamato)|"
    r"(?:alcun|nessun) legame con noi|non ci appartien\w*|"
    # nl
    r"nep|nep(?:profiel|bericht|account|website|link|pagina)\w*|valse|oplicht\w*|doet zich voor|doen zich voor|niet van ons|niets met ons te maken|"
    r"zich voordoet|zich voordoen|beweert van ons|niemand van (?:ons|onze \w+|het platform)|"
    r"(?:wij|we) hebben (?:u|je|jou) niet (?:geschreven|benaderd|gemaild|gebeld)|"
    # pl
    r"falszyw\w*|oszust\w*|oszukan\w*|podszyw\w*|podaje sie za|podajac\w* sie za|wyludz\w*|to nie my|"
    r"nie jest nasz\w*|nie ma nic wspolnego z nami|ze jest z nasz\w*|"
    r"przedstawia sie jako|przedstawiajac\w* sie jako|nikt z (?:naszego|naszej|nas|platformy|obslugi)|"
    r"nie pisalismy do|nigdy nie (?:piszemy|prosimy|poprosimy)|nie ma z nami nic wspolnego|nie nalezy do nas|"
    # pt
    r"burla\w*|burlao|burloes|se fez passar|se faz passar|fazer-se passar|fazendo-se passar|nao fomos nos|"
    r"nao somos nos|nao e noss[oa]|nada a ver connosco|apresentando-se como|apresenta-se como|dizendo ser|diz ser|"
    r"ninguem (?:da|de) (?:nossa|nosso|plataforma|loja|equipa)|nao (?:lhe|te) (?:escrevemos|contactamos|ligamos)|"
    r"nunca (?:lhe|te) (?:pedimos|pediremos)|nao tem (?:nada a ver|ligacao) connosco|nao nos pertence"
    r")(?!\w)"
)
# The seller pointing to itself: a first-person recipient, "my number/account/profile", "our real page".
_OWN_CHANNEL = re.compile(
    r"(?<![a-z])(?:me|moi|mir|mich|mij|mnie|mim|myself)(?![a-z])|-(?:moi|nous|me|mi)(?![a-z])|"
    r"(?<![a-z])(?:my|mon|ma|mein\w*|mijn|moj\w*|meu|minha|mi|mio|mia)\s+(?:\w+\s+)?"
    r"(?:number|numero|nummer|numer|account|compte|konto|cuenta|conto|conta|rekening|iban|profile?|profil|perfil|"
    r"profilo|profiel|page|pagina|seite|strona|whatsapp|instagram|telegram|facebook|name|nom|nombre|nome|naam|nazwa)|"
    r"(?<![a-z])(?:our|notre|unser\w*|nuestr\w*|nostr\w*|onze|ons|nasz\w*|noss\w*)\s+(?:real|true|official|new|vrai|"
    r"officiel|nouveau|echte\w*|offiziell\w*|neue\w*|verdadero|oficial|nuevo|vero|ufficiale|nuovo|echte|officiele|"
    r"nieuwe|prawdziw\w*|oficjaln\w*|nowy|verdadeiro|novo)\s+(?:\w+\s+)?(?:number|numero|nummer|numer|account|"
    r"compte|konto|cuenta|conto|conta|profile?|profil|perfil|profilo|profiel|page|pagina|seite|strona|whatsapp|"
    r"instagram|telegram|facebook)"
)
_SENTENCE = re.compile(r"[^.!?;\n]+")


def impostor_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` (normalised) that report an impostor: each sentence that says someone is
    fake or pretends to be the shop, and the sentence just before it, unless it points to the seller."""
    if _IMPOSTOR.search(text) is None:
        return []
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    spans: list[tuple[int, int]] = []
    for i, (start, end) in enumerate(sentences):
        if _IMPOSTOR.search(text, start, end) is None:
            continue
        for s, e in sentences[max(0, i - 1) : i + 1]:
            if _OWN_CHANNEL.search(text, s, e) is None and (s, e) not in spans:
                spans.append((s, e))
    return spans


def within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


__all__ = ["impostor_spans", "within"]
