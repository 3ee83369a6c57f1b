"""Home deliveries by the seller: "Give me your address, I'll bring it round myself and you pay me when
you see it". The buyer's address asked for a hand-over outside the platform's shipping is a request
for personal details (contact.details_request); being paid at the door is a payment outside the
platform (contact.payment).

Both need the seller's offer to come in person (DELIVER_MYSELF): "your address for the label" or
"the courier needs your address" alone are the platform's shipping, not a visit.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The buyer's address or where they live, per language (accent-folded).
_ADDRESS = (
    r"(?:your|votre|ton|ta|deine\w*|ihre\w*|tu|su|tua|sua|suo|je|jouw|uw|twoj\w*|pana|pani|teu|tua|o seu|a sua)\s+"
    r"(?:\w+\s+)?(?:address|home address|eircode|postcode|zip code|adresse|code postal|adresse postale|anschrift|"
    r"direccion|domicilio|indirizzo|adres|adresu?|morada|endereco|codigo postal|thuisadres|woonadres|huisadres|"
    r"wohnadresse|privatadresse|heimadresse)|"
    # the noun first: "l'indirizzo di casa tua", "la direccion de tu casa", "o endereco da tua casa", "dini Adresse"
    r"(?:indirizzo|direccion|endereco|morada|adresse|adres) (?:di |de |da )(?:casa )?(?:tua|sua|tu|su)(?: casa)?|"
    r"(?:indirizzo|direccion|endereco) (?:di|de) casa|(?:dini|dis|ihri) (?:\w+\s+)?adress\w*|"
    r"where do you live|where are you based|ou (?:habitez|habites|vivez|vis)[- ](?:vous|tu)|wo wohn(?:st du|en sie)|"
    r"donde vives|donde vive usted|dove abit\w*|waar woon (?:je|jij|u)|gdzie (?:pan |pani )?mieszka\w*|onde (?:mora|vive)s?"
)
# The seller comes in person: "I'll drop it round", "je vous l'apporte", "glielo porto io".
_DELIVER_MYSELF = (
    r"drop it (?:round|off|by|over)|bring it (?:round|over|by)|(?:deliver|hand) it (?:over )?(?:myself|personally|in person)|"
    r"je (?:vous |te )?l'(?:apporte|amene|depose)|je passe (?:vous |te )?le (?:deposer|donner)|"
    r"bring\w* (?:es |ihn |s )?(?:dir|ihnen|euch) (?:\w+ )?vorbei|bring'?s (?:dir|ihnen) vorbei|komme? (?:\w+ )?vorbei|"
    r"te lo (?:llevo|acerco|traigo)|se lo (?:llevo|acerco)|glielo porto|te lo porto|lo porto io|"
    # with a modal or "myself" between: "te lo puedo acercar yo mismo", "j'passe te le porter"
    r"(?:te|se) lo (?:puedo|podemos|voy a|vamos a) (?:llevar|acercar|traer)|(?:je )?(?:j')?passe (?:te|vous) le porter|"
    r"je (?:peux|pourrais) (?:te|vous) l'(?:apporter|amener|deposer)|(?:te|glie)lo (?:posso|potrei) portare|"
    r"bring\w* (?:ich(?:'s| es)?|i's) (?:\w+ ){0,4}(?:vorbei|verbi)|breng (?:ik )?(?:hem|het) (?:\w+ ){0,2}zelf|"
    r"breng (?:hem|het|ik) (?:\w+ )?(?:langs|even)|kom (?:het|hem) (?:\w+ )?brengen|rijdt [^.!?\n]{0,30}kant op|"
    r"przywioz\w*|podrzuc\w*|dowioz\w*|levo-?lh[oa]|levo-?te|levo-o|entrego (?:eu )?pessoalmente|"
    r"passa (?:ai|la)(?: a casa)?|vai (?:ai|la) (?:levar|entregar)|"
    r"en persona|in person|personally|persoonlijk|personlich|di persona|pessoalmente|osobiscie|en main propre"
)
# Paid at the hand-over: "pay me when you see it", "zahlst du mir an der Tür", "paga-me à entrega".
_PAID_AT_DOOR = (
    r"(?:pay|paie|paye|zahl|bezahl|pag|betaal|betal|zaplac|plac|settle|reken|afreken)\w*(?:-me|-lhe|-nos)?\s+(?:\w+\s+){0,3}?"
    r"(?:when you see it|on delivery|at the door|on the doorstep|a la livraison|a la remise|an der tur|bei (?:der )?ubergabe|"
    r"bei lieferung|a la entrega|en la entrega|cuando lo veas|al recibirlo|al recibir|alla consegna|quando lo vede|quando lo vedi|"
    r"bij (?:ontvangst|levering|aflevering)|aan de deur|przy odbiorze|a entrega|na entrega|quando o vir|quando receber|na hora)|"
    r"antes de pagar\w*|before (?:you )?pay(?:ing)? me"
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(r"(?<![a-z])(?:" + _ADDRESS + r")(?![a-z])"),
        re.compile(r"(?<![a-z])(?:" + _DELIVER_MYSELF + r")(?![a-z])"),
        re.compile(r"(?<![a-z])(?:" + _PAID_AT_DOOR + r")(?![a-z])"),
    )


# Words one of which every visit names (a cheap gate before the patterns): the buyer's address, or
# paying at the hand-over where no address is asked.
GATE_PREFIXES: tuple[str, ...] = (
    "address",
    "eircode",
    "postcode",
    "adresse",
    "anschrift",
    "direccion",
    "domicilio",
    "indirizzo",
    "morada",
    "endereco",
    "habitez",
    "habites",
    "wohnst",
    "wohnen",
    "vives",
    "abita",
    "woon",
    "mieszka",
    "thuisadres",
    "woonadres",
    "huisadres",
    "wohnadresse",
    "privatadresse",
    "heimadresse",
    "door",
    "doorstep",
    "livraison",
    "remise",
    "ubergabe",
    "lieferung",
    "entrega",
    "veas",
    "recibi",
    "consegna",
    "vede",
    "vedi",
    "ontvangst",
    "levering",
    "aflevering",
    "deur",
    "odbior",
    "receber",
)
# Short ones as whole words ("live" would open the gate for every "livraison").
GATE_WORDS = frozenset({"adres", "adresu", "mora", "live", "vive", "vivez", "vis", "abiti", "tur"})


def find_visits(text: str, start: int, end: int) -> list[tuple[str, str, int, int, float, str]]:
    """(rule, code, start, end, score, detail) of a home visit offered in text[start:end] (a sentence) or
    around it: the visit may be offered in the next sentence ("Where do you live? I'll bring it")."""
    address, myself, door = _patterns()
    asked = address.search(text, start, end)
    around_end = min(len(text), end + 160)
    if asked is None:
        # No address asked: paid at the door counts where the seller brings the phone in person in
        # the same sentence ("I'll drop it over myself, we settle up at the door").
        paid = door.search(text, start, end)
        if paid is None or myself.search(text, start, end) is None:
            return []
        return [_paid_at_door(paid)]
    if myself.search(text, max(0, start - 160), around_end) is None:
        return []
    found = [
        (
            "address_for_visit",
            "details_request",
            asked.start(),
            asked.end(),
            0.86,
            "asks for the buyer's address for a hand-over in person",
        )
    ]
    paid = door.search(text, start, around_end)
    if paid is not None:
        found.append(_paid_at_door(paid))
    return found


def _paid_at_door(paid: re.Match[str]) -> tuple[str, str, int, int, float, str]:
    return (
        "paid_at_door",
        "payment",
        paid.start(),
        paid.end(),
        0.86,
        "payment at a hand-over in person, outside the platform",
    )
