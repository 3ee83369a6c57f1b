"""Numbers that are not contact details and must never be read as phones (the false positives that
sink general-purpose PII detectors): IMEIs, IBANs (an IBAN *is* flagged, as off-platform payment,
not as a phone), parcel tracking numbers, order and invoice references."""

from __future__ import annotations

import re

from screening.checks.contact.lexicon import FIRST_PERSON_POSSESSIVES
from screening.text.patterns import DATE, ORDER_WORDS, PRICE, TIME, UNIT_NUMBER


def luhn_valid(digits: str) -> bool:
    """Luhn checksum (ISO/IEC 7812-1), the check digit of IMEIs (3GPP TS 23.003 §6.2.1)."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


# The reporting-body identifiers an IMEI starts with (GSMA; 35, 86, 01 and 99 for most phones sold in Europe).
IMEI_REPORTING_BODIES = (
    "01",
    "10",
    "30",
    "33",
    "35",
    "44",
    "45",
    "49",
    "50",
    "51",
    "52",
    "53",
    "54",
    "86",
    "91",
    "98",
    "99",
)


def imei_grouping(group_lengths: tuple[int, ...], digits: str) -> bool:
    """The printed IMEI grouping AA BBBBBB CCCCCC D, or its beginning ("35 209900": the type
    allocation code a seller reads out first): never a phone's grouping."""
    return (
        len(group_lengths) >= 2
        and group_lengths[:2] == (2, 6)
        and digits[:2] in IMEI_REPORTING_BODIES
        and all(n in (6, 1) for n in group_lengths[2:4])
        and len(group_lengths) <= 4
    )


def looks_like_imei(digits: str) -> bool:
    # IMEI: 15 digits with a Luhn check digit; IMEISV: 16 digits, no check digit but starts with
    # a reporting-body identifier (35, 86, 01, 99 for almost all phones sold in Europe).
    if len(digits) == 15 and luhn_valid(digits):
        return True
    return len(digits) == 16 and digits[:2] in ("35", "86", "01", "99")


# IBAN (ISO 13616): country, 2 check digits, up to 30 alphanumerics, often in groups of 4.
IBAN = re.compile(r"\b[a-z]{2}\d{2}(?:[ ]?[a-z0-9]{4}){2,7}(?:[ ]?[a-z0-9]{1,4})?\b")
_IBAN_LENGTHS = {
    "fr": 27,
    "de": 22,
    "es": 24,
    "it": 27,
    "nl": 18,
    "be": 16,
    "pl": 28,
    "pt": 25,
    "at": 20,
    "ch": 21,
    "lu": 20,
    "gb": 22,
    "ie": 22,
    "se": 24,
    "fi": 18,
    "dk": 18,
    "cz": 24,
    "sk": 24,
    "gr": 27,
    "ro": 24,
    "hu": 28,
    "mc": 27,
    "li": 21,
    "no": 15,
}


def iban_shaped(candidate: str) -> bool:
    """A known country code followed by that country's IBAN length (no checksum)."""
    compact = candidate.replace(" ", "")
    return _IBAN_LENGTHS.get(compact[:2].lower()) == len(compact)


def iban_valid(candidate: str) -> bool:
    """ISO 7064 mod 97-10 check, and the country's IBAN length."""
    compact = candidate.replace(" ", "").upper()
    if not iban_shaped(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in rearranged)
    return int(number) % 97 == 1


# Domestic account numbers written without IBAN: Hungarian GIRO (8-8 or 8-8-8 digits, MNB), Czech
# "prefix-number/bank code" (ČNB, e.g. 19-2000145399/0800) and the Polish NRB (26 digits, most often
# 2 + 6 groups of 4: the IBAN without "PL"). Flagged beside a word for an account.
NATIONAL_ACCOUNT = re.compile(r"\b(?:\d{8}-\d{8}(?:-\d{8})?|(?:\d{1,6}-)?\d{6,10}/\d{4}|\d{2}(?:[ ]?\d{4}){6})\b")
# A run of 26 digits, spaces allowed (the NRB), for NationalAccountRecognizer.may_hold.
NRB_SHAPED = re.compile(r"\d{2}(?:[ ]?\d{4}){6}")
ACCOUNT_WORDS = re.compile(
    r"(?<![a-z])(?:szaml\w*|ucet|uctu|uctem|ucte|cislo uctu|account|konto\w*|cont\w*|tili\w*|"
    r"rekening\w*|iban|utal\w*|prevod\w*|prevest|posl\w*|transfer\w*|rachun\w*|przelew\w*|przelej\w*|wplac\w*)"
)


# The markets' parcel carriers (lower case, accents folded).
CARRIERS = (
    r"dhl|ups|dpd|gls|fedex|tnt|la poste|colissimo|chronopost|mondial relay|postnl|bpost|swiss post|"
    r"die post|post ?ch|deutsche\w* post|osterreichische\w* post|hermes|evri|royal mail|an post|correos|seur|mrw|nacex|"
    r"poste italiane|brt|sda|inpost|poczta polska|ctt|packeta|zasilkovna|sps|postnord|posti|matkahuolto|elta|acs|"
    r"fan courier|sameday|foxpost|mpl|magyar posta|post luxembourg"
)

# Parcel tracking formats of the markets' carriers, as published by each carrier:
# UPU S10 (La Poste, Correos, CTT, Poste Italiane, PostNL international: 2 letters, 9 digits, 2 letters),
# Colissimo (digit, letter, 11 digits), UPS (1Z + 16), DHL Express (JJD... / 3S...), PostNL (3S + 13).
# Swiss Post domestic parcels (99.xx.xxxxxx.xxxxxxxx), Packeta/Zásilkovna (Z + 10 digits, often grouped
# 3-4-3), SSCC labels of DHL Paket, PostNord, GLS (00 + 18 digits), InPost (24 digits), Correos
# (PQ/PK + 20-odd alphanumerics).
TRACKING = re.compile(
    r"\b(?:[a-z]{2}\d{9}[a-z]{2}|\d[a-z]\d{11}|1z[0-9a-z]{16}|jjd\d{10,20}|jvgl\d{8,20}|3s[a-z]{4}\d{7,13}|"
    r"[a-z]{2}\d{16,22}|99\.\d{2}\.\d{6}\.\d{8}|z ?\d{3} ?\d{4} ?\d{3}|00\d{18}|\d{24}|p[qk][a-z0-9]{18,24})\b"
)
# Polish bank account numbers (NRB: 2 check digits and 24 digits, written in groups of four), the
# account a refund goes to: never a phone, even where its last groups look like one.
NRB = re.compile(r"\b\d{2}(?: ?\d{4}){6}\b")

# A number introduced as an order, invoice, tracking, serial... reference:
# "commande n° 4711", "Bestellnummer: 2231-77", "order #12 345 678", "IMEI 35 209900 176148 1".
# Carriers' and banks' words of the smaller markets, beside the shared ORDER_WORDS.
_MORE_REFERENCES = (
    r"pakke|kolli|forsendelse|sporing|zasilk|zasielk|balik|csomag|kuldemeny|seuranta|lahetys|"
    r"rachun|konta|konto|kontonummer|account|nrb|ucet|uctu|szamlaszam|colli|pacco|paquete|"
    r"przesyl|numer nadania|guia|remessa|spedizion|colet|comanda|comenzi|rendelesszam|"
    r"αποστολ|παραγγελ|δεμα|κωδικ|τιμολογ|voucher|"
    # a company's registration number on an invoice ("ondernemingsnummer BE 0712.345.678")
    r"ondernemingsnummer|numero d'entreprise|n° d'entreprise|bce|kbo|handelsregisternummer|firmenbuchnummer|"
    r"regon|krs|nipc|cvr|organisationsnummer|y-tunnus"
)
_REFERENCE_BEFORE = re.compile(
    r"(?<![a-zα-ως])(?:"
    + ORDER_WORDS
    + "|"
    + _MORE_REFERENCES
    + r")[a-zα-ως]*(?:[\s.:#°º'\-]|\b(?:n|no|o|nr|num|numero|number|nummer|numer|est|is|ist|es|e|de|di|du|van|do|da|your|votre|ihre|su|uw|twoj|c|cis|le|la|el|il|lo|der|die|das|het|the|αριθμος|αρ)\b){0,24}$"
)
# A word or two describing the document, then its number sign: "la fattura corretta n. 2024/0561",
# "the amended invoice no. 118". Not when those words call or name the seller's own number
# ("fattura: chiamami al n. ...": _CALL_OR_WRITE, checked in reference_before).
_REFERENCE_NUMBERED = re.compile(
    r"(?<![a-zα-ως])(?:" + ORDER_WORDS + r")[a-zα-ως]*(?:\s+[a-zα-ως]+){1,2}\s+(?:n|no|nr|num|n°|nº|#)\s?[.:]?\s*$"
)


# "Our number is on the invoice: 03 233 45 19": a phone introduced by a phone noun, then the document it
# is printed on. The document word is then no reference ("n° de facture : 2024-118" still is).
_PHONE_ON_DOCUMENT = re.compile(
    r"(?<![a-z])(?:number|numero|nummer|numer|telefon\w*|telefone|telephone|phone|tel)(?![a-z])(?P<between>[^.!?\n]{0,30})"
    r"(?:invoice|facture|factuur|faktur\w*|fatura|factura|fattura|rechnung|receipt|recibo|ricevuta|bon de livraison|pakbon|"
    r"lieferschein)(?: vat)?\s*[:\-]?\s*$"
)
_REFERENCE_NOUN = re.compile(r"(?<![a-z])(?:" + ORDER_WORDS + r")")


# "DPD has it under number 0000 3317 8842", "le suivi Mondial Relay indique 0000 ...": a carrier
# named in the same clause, a few words before the digits. No invitation to call or write may come
# between the two (then the number is someone's phone: "DHL? call me, my number is ..."), and no
# clause break ("DHL brings it tomorrow, 06 ... if anything": a number of its own).
_CARRIER_THEN_NUMBER = re.compile(r"(?<![a-z])(?:" + CARRIERS + r")(?![a-z])(?P<between>[^.!?\n,;]{0,36})$")
_CALL_OR_WRITE = re.compile(
    r"(?<![a-z])(?:call|ring|text|whatsapp|sms|appel\w*|ruf\w*|anruf\w*|bel|llam\w*|chiam\w*|"
    r"zadzwon\w*|dzwon\w*|liga\w*|telefon\w*|phone|mobile|portable|handy|gsm|movil|cellulare|"
    r"telemovel|komork\w*|my|mon|mein\w*|mi|mio|mijn|moj\w*|meu)(?![a-z])"
)
# The letters an alphanumeric code starts with ("JVGL0000 6621 4409"): the number runs begin at or
# after its digits, so the code's head is set aside when looking for the words that introduce it; so is
# a code written with a space after its two letters of country ("LU 0039 8812 4471 0").
_CODE_HEAD = re.compile(r"(?<=[\s\-])(?:[a-z]{1,6}\d+\s?|[a-z]{1,6}|[a-z]{2}\s(?:\d{1,6}\s)?)$")


def _carrier_reference(window: str) -> bool:
    found = _CARRIER_THEN_NUMBER.search(window)
    return found is not None and _CALL_OR_WRITE.search(found.group("between")) is None


# "suivez-le avec le numéro 48201735 dans l'application Mondial Relay", "mit 1234 5678 in der
# DHL-App", "con il codice 8812 4471 nell'app InPost": a number read in a carrier's app or on its
# site is the parcel's code there. The app or site and the carrier come right after the digits;
# no invitation to call or write may come between them.
_IN_CARRIER_APP_AFTER = re.compile(
    r"\s*[,)]?\s*(?P<between>(?:[a-z']+\s+){0,3}?)(?:[a-z]{1,5}')?(?:app\w*|appli\w*|aplica\w*|aplikacj\w*|site|website|sito|sitio|"
    r"webseite|strona\w*|tracking\w*|suivi)\s*(?:[a-z']+\s+){0,1}?(?:" + CARRIERS + r")(?![a-z])"
    r"|\s*(?:in der|in de|in the|im|on the|on)\s+(?:"
    + CARRIERS
    + r")[\s-]?(?:app|website|site|webseite|tracking)(?![a-z])"
)


def reference_after(text: str, end: int) -> bool:
    """True when the number ending at `end` is said to be read in a carrier's app or on its site."""
    found = _IN_CARRIER_APP_AFTER.match(text, end, min(len(text), end + 60))
    return found is not None and _CALL_OR_WRITE.search(found.group(0)) is None


def reference_before(text: str, start: int) -> bool:
    """True when the number at `start` is introduced as a reference (order, tracking, IMEI...)."""
    window = _CODE_HEAD.sub("", text[max(0, start - 48) : start])
    if _carrier_reference(window):
        return True
    if (numbered := _REFERENCE_NUMBERED.search(window)) is not None and not _CALL_OR_WRITE.search(numbered.group(0)):
        return True
    if _REFERENCE_BEFORE.search(window) is None:
        return False
    on_document = _PHONE_ON_DOCUMENT.search(window)
    return on_document is None or _REFERENCE_NOUN.search(on_document.group("between")) is not None


# Opening hours: days, most often abbreviated, then ranges of hours ("lun-ven 9-18", "Mo-Fr 9-17 Uhr",
# "L-V 9-14", "ma-vr 9-17", "pn-pt 9-17, sob. 10-14", "seg-sex 9-18", "Mon-Fri 9-5", "ma-to klo 10-15").
# A list of ranges makes enough digits for a phone, and an abbreviation between them can read as
# leetspeak ("sob" = 508). Day names and their usual abbreviations of the markets' languages (folded).
_DAY = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|mi|do|fr|sa|so|"
    r"lunes|martes|miercoles|jueves|viernes|sabado|domingo|mie|jue|vie|sab|dom|"
    r"lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|gio|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|wo|vr|za|zo|"
    r"poniedzialek|wtorek|sroda|czwartek|piatek|sobota|niedziela|pon|pn|wt|sr|czw|pt|sob|nd|ndz|niedz|"
    r"segunda|terca|quarta|quinta|sexta|seg|ter|qua|qui|sex|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"ti|ke|to|pe|la|su|tis|ons|tor|fre|lor|son|tir|po|ut|st|ct|pa|ne)\.?"
)
_UNTIL = r"\s?(?:-|/|a|au|al|to|till|until|bis|tot|t/m|do|ate)\s?"
# One hour of a range ("9", "17h", "9:30", "18.00", "5pm", "17 Uhr"); 24 at most.
_HOUR = r"(?:[01]?\d|2[0-4])(?:[:.h]\s?[0-5]\d)?(?:\s?(?:h|uhr|u|am|pm))?"
_HOURS = _HOUR + _UNTIL + _HOUR
_OPEN = (
    r"horaires?|ouvert\w*|open\w*|geoffnet|offnungszeiten|oeffnungszeiten|horarios?|abierto|orari|orario|aperto|"
    r"geopend|openingstijden|czynn[ey]|otwarte|godziny|aberto|funcionamento"
)
OPENING_HOURS = re.compile(
    r"(?<![a-z])(?:" + _DAY + r"(?:" + _UNTIL + _DAY + r")?|[lmxjvsd]\s?(?:-|a)\s?[lmxjvsd]"
    r"|(?:" + _OPEN + r")(?:[^\d.!?\n]{0,20}?))"
    r"[\s.,:]{0,3}(?:(?:klo|von|de|du|from|dalle|van|od|das|vanaf|dès)\s)?"
    + _HOURS
    + r"(?:\s?(?:,|/|;|&|\+|und|et|e|y|i|en|and|og|och)\s?"
    + _HOURS
    + r")*"
    # Never the first digits of a longer number ("do 06-12 34 56 78" is a phone, not hours).
    + r"(?![\d]|\s\d|[.\-/]\d)"
)


def _plausible_date(match: re.Match[str]) -> bool:
    """Whether a DATE match can be a date: day and month ("55.00.00" is the end of a phone)."""
    parts = re.split(r"[./\-]", match.group())
    if len(parts[0]) == 4:  # 2026-03-12
        return True
    first, second = int(parts[0]), int(parts[1])
    return 1 <= first <= 31 and 1 <= second <= 31 and min(first, second) <= 12


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a normalised text that hold dates, times, prices, quantities, opening hours, tracking
    numbers or IBANs: numbers there are never phone numbers."""
    spans = [m.span() for m in DATE.finditer(text) if _plausible_date(m)]
    for pattern in (TIME, PRICE, UNIT_NUMBER, OPENING_HOURS, TRACKING, IBAN, NRB):
        spans.extend(m.span() for m in pattern.finditer(text))
    return spans


# "DHL's customer service is on 088 000 0000": a carrier's or a brand's public line, which the buyer
# may call without leaving the platform's sale. Needs both a word for a customer service and a
# company named before the number, and none of the seller's own words ("our customer service").
_PUBLIC_LINE_SERVICE = re.compile(
    r"(?<![a-z])(?:customer (?:service|care|support)|helpline|hotline|klantenservice|klantendienst|service clients?|"
    r"service client(?:e|ele)|kundenservice|kundendienst|atencion al cliente|servicio (?:al|de atencion al) cliente|"
    r"servizio clienti|assistenza clienti|obsluga klienta|infolini\w*|apoio ao cliente|linha de apoio|"
    r"zakaznick\w* (?:link\w*|servis\w*|centr\w*)|ugyfelszolgalat\w*|asiakaspalvelu\w*|kundtjanst|kundeservice|"
    r"serviciul clienti|relatii cu clientii|εξυπηρετηση πελατων)"
)
_PUBLIC_LINE_COMPANY = re.compile(
    r"(?<![a-z])(?:" + CARRIERS + r"|apple|samsung|google|xiaomi|vodafone|orange|"
    r"movistar|tim|telekom|proximus|swisscom|play|plus|meo|nos|o2|three|tmobile|t-mobile)(?![a-z])"
)
_OWN = re.compile(r"(?<![a-z])(?:" + FIRST_PERSON_POSSESSIVES + r")(?![a-z])")


def public_line_before(text: str, start: int) -> bool:
    """True when the number at `start` is introduced as a carrier's or a brand's customer line."""
    window = text[max(0, start - 80) : start]
    services = list(_PUBLIC_LINE_SERVICE.finditer(window))
    service = services[-1] if services else None  # the one nearest the number
    if service is None or _OWN.search(window, max(0, service.start() - 12), service.end()):
        return False
    return _PUBLIC_LINE_COMPANY.search(window) is not None
