"""Contact details written to get past a filter: pictographs where the dots or spaces were, a number
pointed at on the box with a call asked for, a number announced in two parts, an address to type
"without the spaces"; and the look-alikes that stay allowed: emoji between ordinary words, prices
compared elsewhere, an app granted as easier and turned down. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.checks.contact_codes import contact_codes


@pytest.mark.parametrize(
    "language, text, code",
    [
        ("it", "Chiamami al 333 🔸 00 🔸 44 🔸 555 dopo le sei.", "contact.phone"),
        ("pt", "Liga-me: 91 ⭐ 000 ⭐ 22 ⭐ 33.", "contact.phone"),
        ("de", "Alle Fotos auf handyladen-sued 🟣 at", "contact.url"),
        ("en", "Link's on bit 🔶 ly / phonehut00, have a look.", "contact.url"),
        ("nl", "Het nummer staat op de kaart in de doos, bel gerust.", "contact.phone"),
        ("en", "First part's 07900, second half is 111 000, text me.", "contact.phone"),
        ("es", "Escribe en el navegador w w w movil-bueno . e s (sin los espacios).", "contact.url"),
    ],
)
def test_a_contact_written_to_dodge_a_filter_is_found(screener, language, text, code):
    assert code in contact_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        # emoji between ordinary words: "ancora 😊 se" is no ".se"
        ("it", "Sì, c'è ancora 😊 se lo prendi oggi parte domani."),
        ("nl", "Sorry, verkeerde kleur ingepakt 🙈 De goede gaat morgen weg."),
        # a number with an article on a document, no call asked for: the IMEI, a reference
        ("en", "The number on the box is the IMEI, it matches the one in Settings."),
        # prices compared elsewhere before listing
        ("pl", "Porównałem ceny na OLX przed wystawieniem i to uczciwa cena."),
        # an app granted as easier, then turned down
        ("en", "WhatsApp would be quicker, I know, but you'd lose the buyer protection, so let's keep it here."),
    ],
)
def test_look_alikes_are_allowed(screener, language, text):
    assert contact_codes(screener, language, text) == []
