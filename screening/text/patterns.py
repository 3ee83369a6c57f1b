"""Regexes shared by the checks, written for normalize()d text (lower case, accents folded).

Each one cites why it looks the way it does. Keep them here so the contact check, the language
check's cleaner and the template normaliser agree on what an e-mail, a URL or a price is.
"""

from __future__ import annotations

import re

# Top-level domains worth recognising in a bare domain ("monshop.fr"): the markets' ccTLDs, the
# generic ones sellers use, and those of link shorteners and messaging links (t.me, wa.me, bit.ly).
# A closed list keeps "merci.Bonjour" or "photo.jpg" from reading as domains.
# The list keeps its hand layout (by kind of domain), so ruff format leaves it.
# fmt: off
TLDS = (
    "com", "net", "org", "info", "biz", "eu", "io", "co", "me", "tv", "ly", "gl", "gg", "ee", "to", "cc",
    "ai", "bio", "fm", "sh", "so", "gd", "lnk",
    "app", "shop", "store", "online", "site", "website", "xyz", "email", "link", "page", "club", "pro",
    "fr", "be", "ch", "lu", "de", "at", "es", "cat", "it", "nl", "pl", "pt", "uk", "ie", "se", "fi", "dk",
    "cz", "sk", "gr", "ro", "hu", "us", "ru", "ua", "br", "ca", "li", "mc", "ma", "tn", "dz", "tk",
)
# fmt: on
TLD_PATTERN = r"(?:" + "|".join(sorted(TLDS, key=len, reverse=True)) + r")"

# RFC 5322 is far wider; this is the shape real addresses have (local part, labels, a TLD).
EMAIL = re.compile(
    r"(?<![a-z0-9._%+\-])[a-z0-9](?:[a-z0-9._%+\-]{0,63})@[a-z0-9](?:[a-z0-9\-]{0,62})"
    r"(?:\.[a-z0-9\-]{1,63})*\.[a-z]{2,24}(?![a-z0-9\-])"
)
URL_WITH_SCHEME = re.compile(r"\b(?:https?|ftp)://[^\s<>\"'()\[\]{}]+")
URL_WWW = re.compile(
    r"\bwww\s?\.\s?[a-z0-9\-]+(?:\.[a-z0-9\-]+)+(?:/[^\s<>\"'()\[\]{}]*)?"
    r"|\bwww\s?\.\s?[a-z0-9\-]+(?:\s?\.\s?[a-z0-9\-]+)*?\s?\.\s?" + TLD_PATTERN + r"\b"
)
BARE_DOMAIN = re.compile(
    r"(?<![a-z0-9@.\-_])(?P<domain>(?:[a-z0-9](?:[a-z0-9\-]{0,62}[a-z0-9])?\.)+(?P<tld>" + TLD_PATTERN + r"))"
    r"(?![a-z0-9\-])(?P<path>/[^\s<>\"'()\[\]{}]*)?"
)

# Dates and times: 12/03/2026, 2026-03-12, 12.03.26, 14:30, 14h30. The look-arounds keep a
# phone "06.12.34.56.78" from being read as the date 06.12.34.
DATE = re.compile(r"(?<![\d.\-/])(?:\d{1,2}([./\-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?![\d]|[./\-]\d)")
TIME = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])\s?(?::|h)\s?[0-5]\d(?!\d)")
# Prices: "1 299,00 €", "€349.99", "349 zł", "CHF 120".
PRICE = re.compile(
    r"(?:(?:€|eur|euros?|£|\$|chf|pln|czk|huf|sek|dkk|ron|kc|zl|kr|ft|lei)\s?\d[\d\s.,']{0,14}"
    r"|(?<![\d.,])(?<!\d )\d[\d\s.,']{0,14}(?:\s?(?:€|eur\b|euros?\b|£|\$|chf\b|pln\b|zl\b|zlotych\b|kc\b|czk\b|ft\b|huf\b|kr\b|sek\b|dkk\b|lei\b|ron\b)))"
)
# A number followed by a unit of a phone listing or a duration: storage, battery, screen, %.
UNIT_NUMBER = re.compile(
    # A quantity never starts with a 0 followed by a digit ("0664 an" is a phone's beginning before
    # a German separable verb, not 664 years); "0,5 mm" still is one.
    r"\b(?!0\d)\d+(?:[.,]\d+)?\s?(?:go|gb|tb|to|mo|mb|mah|wh|mp|mpx|hz|ghz|mhz|w|v|mm|cm|g|kg|%|x|"
    r"ans?|years?|yrs?|jahre?n?|anni|anos|anos?|lat|jaar|jaren|mois|months?|monate?n?|meses|mesi|"
    r"miesiecy|miesiace|maanden|maand|jours?|days?|tage?n?|dias|giorni|dni|dagen|h|std|hours?|heures?|"
    r"min|minutes?|pouces?|zoll|inch|inches|pulgadas|pollici|cali)\b"
)

ORDER_WORDS = (
    r"commande|cmd|order|bestellung|bestellnummer|bestell|bestel|auftrag|pedido|encomenda|ordine|zamowienie|"
    r"zamowienia|bestelling|objednavka|objednavky|megrendeles|rendeles|comanda|ordre|tilaus|"
    r"facture|invoice|rechnung|factura|fattura|faktura|factuur|fatura|reference|referenz|ref|"
    r"rma|ticket|dossier|case|vorgang|expediente|pratica|sprawa|zaak|processo|ean|gtin|sku|asin|"
    r"retour|return|rucksendung|devolucion|reso|zwrot|retourzending|devolucao|"
    r"suivi|tracking|track|trace|sendung|sendungsnummer|paket|paketnummer|seguimiento|envio|"
    r"tracciamento|spedizione|przesylki|przesylka|paczki|paczka|sledzeni|sledovan|zending|pakket|rastreio|rastreamento|"
    r"colis|parcel|shipment|lettre suivie|lettre recommandee|etiquette|label|waybill|air ?waybill|awb|consignment|lieferschein|albaran|"
    r"bolla|vrachtbrief|list przewozowy|guia|seguimento|nº|"
    r"colissimo|chronopost|la poste|laposte|mondial relay|dhl|ups|gls|dpd|hermes|fedex|tnt|inpost|postnl|"
    r"bpost|correos|seur|mrw|brt|sda|poste italiane|ctt|post\.at|royal mail|an post|postnord|"
    r"imei|serial|serie|seriennummer|numero de serie|sn|s/n|modele|model|modell|modelo|modello|"
    r"iban|bic|swift|rib|konto|siret|siren|tva|vat|ust|nip|nif|cif|btw|kvk|partita iva|"
    r"code postal|postleitzahl|plz|codigo postal|cap|kod pocztowy|postcode|cp|client|kunde|kundennummer|cliente|klant|klient"
)
