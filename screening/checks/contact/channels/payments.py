"""Payment outside the platform: PayPal between friends, payment apps (Bizum, Twint, BLIK...), bank
transfers, the seller's own account, cash, deals that avoid the platform's fee.

A sentence that refuses ("Przelewów poza platformą nie przyjmuję") or a question answered by a
refusal ("Paying outside the platform? Then you are not protected.") is a reminder of the rule;
the platform's own checkout ("pay by card or PayPal at Swapiphone's checkout") is no evasion.
"""

from __future__ import annotations

import re
from typing import ClassVar

from screening.checks.contact import lexicon as lx
from screening.checks.contact.channels.patterns import ChannelPatterns, protection_lost_after, protection_lost_within
from screening.checks.contact.channels.recognizer import ChannelHit, NamedPattern, Sentence, SentenceRecognizer
from screening.text.prefilter import prefilter_of

# "Cash on collection? No, only through the platform": a question answered by a refusal.
_ANSWER_NO = re.compile(r"\s*(?:no|non|nein|nee|nie|nao|ne|nu|nem|nej|ei|οχι|δεν)(?![a-z])")


class PaymentRecognizer(SentenceRecognizer):
    name = "payment"
    patterns: ClassVar[tuple[NamedPattern, ...]] = (
        NamedPattern("paypal_private", "payment", 0.95, "PayPal payment between friends, outside the platform"),
        NamedPattern("paypal_direct", "payment", 0.92, "PayPal payment outside the platform"),
        NamedPattern("payment_app", "payment", 0.9, "payment app outside the platform"),
        NamedPattern("bank_transfer", "payment", 0.88, "direct payment outside the platform"),
        NamedPattern("own_account", "payment", 0.88, "payment to the seller's own account"),
        NamedPattern("off_platform_deal", "payment", 0.9, "deal outside the platform"),
        NamedPattern("cash", "payment", 0.88, "cash payment, outside the platform"),
        NamedPattern("cash_at_pickup", "payment", 0.88, "cash payment at pickup, outside the platform"),
        NamedPattern("fee_evasion", "payment", 0.88, "deal that avoids the platform's fee"),
        NamedPattern("bank_details", "payment", 0.9, "bank details given for a payment outside the platform"),
        NamedPattern("gift_card", "payment", 0.88, "a shop's gift card taken as payment, outside the platform"),
        NamedPattern("money_asked", "payment", 0.88, "money asked to be sent to the seller, outside the platform"),
        NamedPattern("checkout_skipped", "payment", 0.9, "the platform's checkout skipped for a payment outside"),
        NamedPattern("own_payment_link", "payment", 0.88, "a payment link of the seller's own, outside the checkout"),
        NamedPattern("details_for_payment", "payment", 0.88, "the seller's details given for a payment outside"),
        NamedPattern("paid_directly", "payment", 0.88, "payment to the seller directly, outside the platform"),
        NamedPattern("escrow_avoided", "payment", 0.88, "the platform's holding of the money avoided"),
        NamedPattern("deposit_outside", "payment", 0.88, "a deposit paid outside the order"),
        NamedPattern(
            "account_in_profile", "payment", 0.88, "bank details pointed to for a payment outside the platform"
        ),
        NamedPattern("paid_outside_by_name", "payment", 0.86, "a way to pay that no checkout offers, outside it"),
    )
    gate_prefixes = lx.GATE_PAYMENT_PREFIXES
    gate_words = lx.GATE_PAYMENT_WORDS
    gate_phrases = lx.GATE_PAYMENT_PHRASES

    def may_hit_text(self, text: str, patterns: ChannelPatterns) -> bool:
        return _may_hit_text(text, patterns)

    def find(self, sentence: Sentence) -> list[ChannelHit]:
        if not _may_hit(sentence):
            return []
        said = sentence.text[sentence.start : sentence.end]
        if _refused(sentence, said):
            return []
        hits = self._paypal_private(sentence)
        hits.extend(self._around_checkout(sentence, said))
        if _platform_checkout(sentence, said):
            return hits  # "pay by card or PayPal at Swapiphone's checkout": the platform's own payment
        hits.extend(self._paypal_direct(sentence))
        said = _with_answer(sentence, said)
        hits.extend(self._payment_apps(sentence, said))
        hits.extend(self._bank_transfers(sentence))
        hits.extend(self._own_account(sentence, said))
        hits.extend(self._off_platform_deals(sentence, said))
        hits.extend(self._cash(sentence, said))
        hits.extend(self._cash_at_pickup(sentence))
        hits.extend(self._fee_evasion(sentence, said))
        hits.extend(self._bank_details(sentence))
        hits.extend(self._named(sentence, "gift_card", _GIFT_CARD))
        if _BACK.search(sentence.text, sentence.start, sentence.end) is None:
            hits.extend(self._named(sentence, "money_asked", _MONEY_ASKED))
        hits.extend(self._named(sentence, "account_in_profile", _ACCOUNT_IN_PROFILE))
        hits.extend(self._named(sentence, "paid_outside_by_name", _PAID_OUTSIDE_BY_NAME, said))
        if hits and _checkout_context(sentence, said):
            hits = [hit for hit in hits if hit.rule not in _THE_CHECKOUTS_OWN]
        return hits

    def _around_checkout(self, sentence: Sentence, said: str) -> list[ChannelHit]:
        """Payment taken around the checkout in words that name no app or bank: the checkout
        skipped, a payment link or the payment details of the seller's own, money paid "directly",
        the platform's holding of the money as the reason, a deposit by transfer first."""
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        hits = self._named(sentence, "checkout_skipped", _CHECKOUT_SKIPPED)
        if p.send_words.search(said) or _LINK_MADE.search(said):
            hits += [
                self.hit("own_payment_link", m.start(), m.end())
                for m in _PAYMENT_LINK.finditer(text, s_start, s_end)
                if not _negated_around(sentence, m)  # "een betaalverzoek kan ik niet sturen"
            ]
        hits += self._named(sentence, "details_for_payment", _DETAILS_FOR_PAYMENT)
        paid = _PAID_DIRECTLY.search(said)
        here = p.on_platform.search(said)
        if paid is not None and (here is None or _INSTEAD_OF.search(said)):
            hits += self._named(sentence, "paid_directly", _PAID_DIRECTLY)
        holds = _HOLDS_MONEY.search(text, s_start, s_end)
        if holds is not None and _PREFERENCE.search(text, s_start, min(len(text), s_end + 80)):
            hits.append(self.hit("escrow_avoided", holds.start(), holds.end()))
        deposit = _DEPOSIT.search(said)
        if deposit is not None and (p.bank.search(said) or _TO_ME.search(said)):
            start = s_start + deposit.start()
            if not p.negated(text, max(s_start, start - 30), start):
                hits.append(self.hit("deposit_outside", start, s_start + deposit.end()))
        elif _TO_HOLD_IT.search(said):
            # The platform takes no deposit: a sum sent to hold the phone, or a payment app named
            # for it ("a €30 deposit and it's yours", "MB Way and I'll keep it for you"), is paid
            # outside the order.
            sent = _DEPOSIT_SUM.search(said) or p.payment_apps.search(said)
            if sent is not None and not p.negated(
                text, max(s_start, s_start + sent.start() - 30), s_start + sent.start()
            ):
                hits.append(self.hit("deposit_outside", s_start + sent.start(), s_start + sent.end()))
        return hits

    def _named(
        self, sentence: Sentence, rule: str, pattern: re.Pattern[str], said: str | None = None
    ) -> list[ChannelHit]:
        """The matches of one of this module's patterns that no negation precedes (and, given the
        sentence `said`, none follows in the match's clause: "il contrassegno non è disponibile")."""
        text, s_start, p = sentence.text, sentence.start, sentence.patterns
        return [
            self.hit(rule, match.start(), match.end())
            for match in pattern.finditer(text, s_start, sentence.end)
            if not p.negated(text, max(s_start, match.start() - 30), match.start())
            and (said is None or not _refused_after(sentence, match, said))
        ]

    def _paypal_private(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, p = sentence.text, sentence.start, sentence.patterns
        return [
            self.hit("paypal_private", match.start(), match.end())
            for match in p.paypal_private.finditer(text, s_start, sentence.end)
            if not p.negated(text, max(s_start, match.start() - 30), match.start())
        ]

    def _paypal_direct(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, p = sentence.text, sentence.start, sentence.patterns
        return [
            self.hit("paypal_direct", match.start(), match.end())
            for match in p.paypal_direct.finditer(text, s_start, sentence.end)
            if not p.negated(text, max(s_start, match.start() - 30), match.start())
        ]

    def _payment_apps(self, sentence: Sentence, said: str) -> list[ChannelHit]:
        text, s_start, p = sentence.text, sentence.start, sentence.patterns
        if _SAME_PAYMENT_METHOD.search(text, max(0, s_start - _PREVIOUS_SENTENCE), sentence.end):
            return []  # "... refunded to the same payment method. With BLIK it takes 1-3 days": the checkout's own
        money = p.nfc.sub(" ", said) if p.nfc.search(said) else said  # "Apple Pay works": a feature
        # Pay words outside the apps' own names ("Payconiq" starts like "pay").
        money_words = p.pay_words.search(p.payment_apps.sub(" ", money)) is not None
        return [
            self.hit("payment_app", match.start(), match.end())
            for match in p.payment_apps.finditer(text, s_start, sentence.end)
            if _app_proposed(sentence, match, said, money, money_words)
            and not p.negated(text, max(s_start, match.start() - 30), match.start())
            and not _refused_after(sentence, match, said)
        ]

    def _bank_transfers(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        hits: list[ChannelHit] = []
        if _REFUND.search(text, s_start, s_end):
            return hits  # "the refund comes by transfer, then we ship the replacement": money back, not a sale
        if _DEVICE_DATA.search(text, s_start, s_end) and not _MONEY_NAMED.search(text, s_start, s_end):
            return hits  # "if the direct transfer of the eSIM fails": data moved between phones, no money
        for match in p.bank.finditer(text, s_start, s_end):
            window_start, window_end = max(s_start, match.start() - 50), min(s_end, match.end() + 50)
            # "machen wir's per Überweisung, das ist einfacher": a transfer offered as the easier way
            direct = p.direct.search(text, window_start, window_end) or _EASIER.search(text, window_start, window_end)
            if direct is None:
                continue
            # The negation may stand before either word or between them ("überweisen Sie nie direkt").
            first, last = min(match.start(), direct.start()), max(match.start(), direct.start())
            start, end = first, max(match.end(), direct.end())
            if p.negated(text, max(s_start, first - 30), last) or p.negation_after.search(
                text, end, min(s_end, end + 30)
            ):
                continue  # "transferência direta não dá": refused after the words
            hits.append(self.hit("bank_transfer", start, end))
        return hits

    def _own_account(self, sentence: Sentence, said: str) -> list[ChannelHit]:
        # "Przelej na moje konto", "pay into my own account": the seller's account beside a payment word.
        text, s_start, p = sentence.text, sentence.start, sentence.patterns
        if not p.transfer_words.search(said):
            return []
        return [
            self.hit("own_account", match.start(), match.end())
            for match in p.own_account.finditer(text, s_start, sentence.end)
            if not p.negated(text, max(s_start, match.start() - 30), match.start())
        ]

    def _off_platform_deals(self, sentence: Sentence, said: str) -> list[ChannelHit]:
        p = sentence.patterns
        if not p.pay_words.search(said):
            return []
        return [
            self.hit("off_platform_deal", match.start(), match.end())
            for match in p.off_platform.finditer(sentence.text, sentence.start, sentence.end)
            if not _negated_around(sentence, match)
        ]

    def _cash(self, sentence: Sentence, said: str) -> list[ChannelHit]:
        # "platíte v hotovosti", "betal kontant": paying cash is paying outside the platform.
        text, s_end, p = sentence.text, sentence.end, sentence.patterns
        answered_no = "?" in text[s_end : s_end + 1] and _ANSWER_NO.match(text, s_end + 1) is not None
        if answered_no or not p.pay_verbs.search(said):
            return []
        return [
            self.hit("cash", match.start(), match.end())
            for match in p.cash_paid.finditer(text, sentence.start, s_end)
            if not _negated_around(sentence, match)
        ]

    def _cash_at_pickup(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, p = sentence.text, sentence.start, sentence.patterns
        return [
            self.hit("cash_at_pickup", match.start(), match.end())
            for match in p.cash_pickup.finditer(text, s_start, sentence.end)
            if not p.negated(text, max(s_start, match.start() - 20), match.start())
        ]

    def _fee_evasion(self, sentence: Sentence, said: str) -> list[ChannelHit]:
        p = sentence.patterns
        if p.markets.search(said):
            return []  # "relisted on eBay without the fees": the marketplace finding says it
        # Money must be the subject: a pay word, cash at pickup, a sum, or the payment app the deal goes through.
        if not (p.pay_words.search(said) or p.cash_pickup.search(said) or "€" in said or p.payment_apps.search(said)):
            return []
        return [
            self.hit("fee_evasion", match.start(), match.end())
            for match in p.fee_evasion.finditer(sentence.text, sentence.start, sentence.end)
        ]

    def _bank_details(self, sentence: Sentence) -> list[ChannelHit]:
        # "sort code 20-00-00, account 12345678": the numbers of a bank account, written out to be paid into.
        return [
            self.hit("bank_details", match.start(), match.end())
            for match in _BANK_DETAILS.finditer(sentence.text, sentence.start, sentence.end)
            if not sentence.patterns.negated(sentence.text, max(sentence.start, match.start() - 30), match.start())
        ]


# A shop's gift card as the price ("I take an Amazon gift card for it", "Cartão presente da Fnac de 200€ e é
# seu"): a payment the platform never sees. The platform's own vouchers name no shop.
_GIFT_CARD_NOUN = (
    r"gift ?cards?|gift ?vouchers?|cartes? cadeaux?|carte-cadeau|\w*gutschein\w*|tarjetas? regalo|"
    r"buoni?(?: regalo)?|cadeaukaart\w*|cadeaubon\w*|cart(?:ao|oes) (?:presente|oferta)|"
    r"karty? podarunkow\w*|bon\w* podarunkow\w*|vales? (?:de )?(?:regalo|compra)|cheques? regalo|"
    r"kod\w* do|codes?|recharges?|cartao-oferta"
)
_GIFT_SHOPS = (
    r"amazon\w*|fnac|bol(?:\.com)?|google play|apple|itunes|steam|zalando|media ?markt|mediaworld|"
    r"coolblue|el corte ingles|carrefour|allegro|paysafe\w*|worten|decathlon|ikea|transcash|pcs|neosurf|visa"
)
_GIFT_CARD = re.compile(
    r"(?<![a-z])(?:(?:" + _GIFT_SHOPS + r")[- ]?(?:" + _GIFT_CARD_NOUN + r")|(?:" + _GIFT_CARD_NOUN + r")"
    r"\s+(?:(?:de|da|di|del|von|van|from|of|d')\s+)?(?:" + _GIFT_SHOPS + r"))(?![a-z])"
)
# The buyer told to send the money to the seller ("Transfiéreme a ES00...", "mandami i soldi prima",
# "maak het geld direct naar mij over", "Vorauszahlung per Bank"): checkout sends nobody money.
_MONEY_ASKED = re.compile(
    r"(?<![a-z])(?:transfiereme|transfiera(?:me)?|ingresame|me ingresas|ingresas el dinero|"
    r"mandame el dinero|envia(?:me)? el dinero|mandami i soldi|inviami i soldi|fammi un bonifico|"
    r"virez[- ]moi|envoyez[- ]moi l'argent|uberweis(?:en sie)? mir|schick(?:en sie)? mir das geld|"
    r"maak het geld (?:\w+ ){0,3}over|stuur (?:me|mij) het geld|przelej mi|przelej normalnie|przeslij (?:mi )?pieniadze|"
    r"transfere-me|manda(?:-me)? o dinheiro|envia(?:-me)? o dinheiro|faca (?:uma |a )?transferencia|faz (?:uma |a )?transferencia|"
    r"send (?:me )?the money|send me the cash|pay me directly|transfer (?:it |the money )?to me|"
    r"(?:send it|pay) (?:by|via) faster payments)(?![a-z])"
)
# The platform's checkout skipped or bypassed: "skip the checkout", "sáltate el pago de la web",
# "den Checkout bitte auslassen", "pomińmy koszyk", "on zappe le panier du site".
_CHECKOUT_NOUN = (
    r"checkout|panier|carrito|carrello|carrinho|warenkorb|winkelwagen\w*|koszyk\w*|kasse|"
    r"pago de la web|pagamento (?:sul|del) sito|paiement du site|betaalpagina|bezahlseite|pagamento do site"
)
_CHECKOUT_SKIPPED = re.compile(
    r"(?<![a-z])(?:(?:skip|bypass|avoid|zapp\w*|zappe|saute[rz]?|saltate|saltarse|salta|saltiamo|pular|pula|pulamos|"
    r"pomin\w*|omit|evita\w*|evite[rz]?)\s+(?:\w+\s+){0,3}?(?:" + _CHECKOUT_NOUN + r")|"
    r"(?:"
    + _CHECKOUT_NOUN
    + r")\s+(?:\w+\s+){0,3}?(?:auslassen|umgehen|weglassen|overslaan|overslaan\w*|skippen))(?![a-z])"
)
# A payment link of the seller's own: "I'll text you a payment link", "te mando un enlace de pago".
_PAYMENT_LINK = re.compile(
    r"(?<![a-z])(?:payment link|pay link|lien de paiement|zahlungslink|bezahllink|enlace de pago|link de pago|"
    r"link di pagamento|link per (?:il )?pagamento|betaallink|betaalverzoek\w*|link do platnosci|link de pagamento)(?![a-z])"
)
# Verbs of making or passing on a link that SEND_WORDS lacks: "je te génère", "ti giro", "wygeneruję".
_LINK_MADE = re.compile(
    r"(?<![a-z])(?:genere\w*|generat\w*|genero|wygeneruj\w*|giro|gira\w*|text(?:ing)? you)(?![a-z])"
)
# The seller's details for the payment: "Te paso mis datos para el pago", "meine Daten für die Zahlung".
_DETAILS_FOR_PAYMENT = re.compile(
    r"(?<![a-z])(?:my|mes|mis|meine|i miei|mijn|moje|os meus|the)\s+(?:\w+\s+)?(?:details|coordonnees|daten|datos|"
    r"estremi|gegevens|dane|dados)\s+(?:for|pour|fur|para|per|voor|do|a)\s+(?:the |le |la |die |el |il |de |o |a )?"
    r"(?:payment|paiement|zahlung|pago|pagamento|betaling|platnosci|przelewu|transfer|virement|bonifico|transferencia)(?![a-z])"
)
# Paid to the seller directly: "I'd rather you paid me directly", "send the rest straight to me",
# "si me pagas el resto por fuera", "se mi paga il saldo a parte", "paga diretamente a mim".
_DIRECTLY = (
    r"(?:directly|directement|direct|en direct|direkt|directo|directamente|direttamente|diretamente|rechtstreeks|"
    r"bezposrednio|straight to me|por fuera|por fora|od razu od|untereinander|entre nous|tra noi)(?![a-z])"
)
# Paying directly, or receiving the money directly: a verb of receiving needs the money said with it
# ("receber o dinheiro diretamente"; "bekommen Sie den Abholcode direkt von DHL" is a parcel's code).
_PAID_DIRECTLY = re.compile(
    r"(?<![a-z])(?:(?:pa(?:y|id|ying)|send (?:the rest|the money|it)|payer|payez|paye|paie|paies|pay\w*|zahl\w*|"
    r"pag\w*|betaal\w*|betalen|zaplac\w*|placi\w*|mandar o resto|manda o resto|mandar)\s+(?:\w+\s+){0,3}?"
    + _DIRECTLY
    + r"|(?:receber|ontvangen|dostac|bekommen|recevoir|ricevere|recibir)\s+(?:\w+\s+){0,2}?"
    r"(?:money|geld|l'argent|argent|dinero|soldi|pieniadze|dinheiro|betrag|bedrag|importe|importo|montant|"
    r"kwot\w*|valor|payment|zahlung|paiement|pago|pagamento|betaling|platnos\w*|\d[\d.,]*\s*(?:€|eur\w*|zl|pln|chf|£)?)"
    r"\s+(?:\w+\s+){0,2}?" + _DIRECTLY + r")"
)
# The platform's holding of the money given as the reason to pay otherwise: "the platform holds the
# money for days, I'd rather...". Said alone it explains the escrow, so a preference must follow.
_HOLDS_MONEY = re.compile(
    r"(?<![a-z])(?:holds?|sits on|keeps?|garde|gardent|retient|retiene|tiene fermi|trattiene|halt|houdt|trzyma|segura|"
    r"retem|blockiert|bloqu\w*)\s+(?:\w+\s+){0,3}?(?:money|payment|l'argent|geld|dinero|soldi|pieniadze|dinheiro|"
    r"paiement|pago|pagamento)(?![a-z])"
)
_PREFERENCE = re.compile(
    r"(?<![a-z])(?:rather|prefer\w*|prefiero|preferisco|prefiro|lieber|liever|wole|wolalbym|plutot|"
    r"mir war'?s lieber|je prefere)(?![a-z])"
)
# A deposit asked outside the order: "50 € d'acompte par virement avant", "señal de 40 € por transferencia".
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–]\s")
# Money paid back to the buyer: a refund by transfer is how returns end, on the platform too.
_REFUND = re.compile(
    r"(?<![a-z])(?:refund\w*|rembours\w*|erstatt\w*|ruckerstatt\w*|ruckzahl\w*|reembols\w*|devolv\w*|rimbors\w*|"
    r"terugbetal\w*|terugstort\w*|zwrot\w*|zwraca\w*|reembolso\w*|devolu\w*)"
)
# What a phone moves to another: an eSIM, data, chats, photos, over Bluetooth from the old phone.
_DEVICE_DATA = re.compile(
    r"(?<![a-z])(?:e-?sim\w*|sim|bluetooth|dados|data|daten|donnees|datos|dati|gegevens|dane|danych|contact(?:s|os|i|en)|"
    r"kontakt\w*|fotos|photos|foto's|zdjec\w*|chats?|whatsapp|icloud|ios|android|operadora|operator|operateur|"
    r"telefone antigo|old phone|ancien telephone|alten handy|telefono antiguo|vecchio telefono|oude telefoon|starego telefonu)(?![a-z])"
)
# Money said in so many words: an amount with its currency, a bank, an account.
_MONEY_NAMED = re.compile(
    r"\d\s*(?:€|eur\w*|zl|pln|chf|£|kr)(?![a-z])|[€£]|(?<![a-z])(?:euros?|zloty|zlotych|franken|francs?|pounds?|iban|"
    r"bank\w*|banco|banca|banque|rekening|konto|conta bancaria|account number|numero de cuenta)(?![a-z])"
)
_DEPOSIT = re.compile(
    r"(?<![a-z])(?:deposit|acompte|anzahlung|caparra|acconto|aanbetaling|zaliczk\w*|zadatek)(?![a-z])"
)
# A deposit with its sum: "un sinal de 30 euros", "40 euros de señal", "£20 deposit".
_DEPOSIT_WORDS = (
    r"deposit|acompte|anzahlung|caparra|acconto|aanbetaling|zaliczk\w*|zadatek|senal|sinal|arras|"
    # a sum sent ahead ("40 € vorab", "£50 upfront", "30 euros por adelantado"): a deposit by another name
    r"vorab|im voraus|upfront|up front|in advance|d'avance|a l'avance|por adelantado|adelant(?:as|a|o|ado|ados|ar)|in anticipo|"
    r"vooraf|z gory|adiantado|antecipadamente"
)
_SUM = (
    r"(?:[€£]\s?)?\d+(?:[.,]\d+)?\s*(?:€|eur\w*|zl\w*|pln|chf|fr\.?|francs?|£|quid|pounds?|pavos|pelas|balles|stow\w*)?"
)
_DEPOSIT_SUM = re.compile(
    r"(?<![a-z])(?:"
    + _DEPOSIT_WORDS
    + r")(?![a-z])[^.!?\n\d]{0,12}"
    + _SUM
    + r"|"
    + _SUM
    + r"\s*(?:(?:de|d'|di|of|als) )?(?:"
    + _DEPOSIT_WORDS
    + r")(?![a-z])"
)
# ... sent to hold the phone for the buyer: "fica reservado", "te lo guardo", "pour le bloquer".
_TO_HOLD_IT = re.compile(
    r"(?<![a-z])(?:reserv\w*|guard\w*|bloque\w*|separo|separa-?\w*|aparto|apart(?:o|a)lo|hold it|keep it|"
    r"put it aside|set it aside|zarezerw\w*|rezerwuj\w*|odloz\w*|odklad\w*|(?:po)?trzymam|vasthoud\w*|hou\w* (?:\w+ ){0,6}vast|apart (?:leggen|houden)|zuruckleg\w*|beiseite|"
    r"it'?s yours|ist es deins|ist es ihres|gehort es dir|es tuyo|es para ti|c'est a toi|il est a toi|e tuo|e tuyo|"
    r"is het van jou|is het jouwe|jest twoj|e teu|fica teu|fica para ti|"
    r"blocc\w*|tenerlo|(?:glie|te |ve |me )l[oa] tengo|l[oa] tengo (?:da parte|fermo|per te)|mettre de cote|mis de cote|"
    r"de cote pour)(?![a-z])"
)
# Money to the seller's own hands: "50 Franken Anzahlung direkt an mich".
_TO_ME = re.compile(
    r"(?<![a-z])(?:directly|direct|direkt|directo|directamente|direttamente|diretamente|rechtstreeks|bezposrednio|"
    r"an mich|to me|a mi|a me|naar mij|do mnie|para mim)(?![a-z])"
)
# The platform contrasted with the other way: "instead of the checkout", "en vez de por la plataforma".
_INSTEAD_OF = re.compile(
    r"(?<![a-z])(?:instead of|rather than|otherwise|en vez de|en lugar de|invece che|invece di|statt|anstatt|"
    r"au lieu de|plutot que|in plaats van|zamiast|em vez de|em lugar de|faster than|plus rapide que|"
    r"schneller als|mas rapido que|piu veloce (?:che|di)|sneller dan|szybciej niz|mais rapido (?:que|do que)|"
    r"flotter als|fai prima che)(?![a-z])"
)
# "Überweisen Sie mir die 279 € zurück": money sent back is a refund, asked by a buyer.
_BACK = re.compile(
    r"(?<![a-z])(?:zuruck|back|terug|de volta|indietro|rembours\w*|reembols\w*|rimbors\w*|zwrot\w*)(?![a-z])"
)
# Bank details pointed to instead of written: "sort code & acc no. in my profile", "o IBAN está no meu
# perfil", "numer konta mam w profilu".
_ACCOUNT_IN_PROFILE = re.compile(
    r"(?<![a-z])(?:iban|acc(?:ount)?\.? ?(?:no|number|nr)\.?|sort code|numer konta|numero de cuenta|numero di conto|"
    r"numero de conta|rekeningnummer|kontonummer|coordonnees bancaires|bankverbindung|bank details|dati bancari|"
    r"datos bancarios|dados bancarios)(?:[^.!?\n]{0,30}?)(?:(?:in|on) my profile|dans mon profil|in meinem profil|"
    r"en mi perfil|nel mio profilo|in mijn profiel|(?:mam )?w (?:moim )?profilu|no meu perfil)(?![a-z])"
)

# Ways to pay that the platform's checkout does not offer, named: cash on delivery by the post
# ("contrarreembolso", "à cobrança", "za pobraniem", "Nachnahme"), a payment slip to fill in
# ("Einzahlungsschein", "polizza di versamento", "bulletin de versement"), the details for a
# transfer sent or given ("dane do przelewu", "datos para la transferencia"). A negation before
# one is a reminder of the rule (_named).
_PAID_OUTSIDE_BY_NAME = re.compile(
    r"(?<![a-z])(?:contra ?r?reembolso|a cobranca|za pobraniem|per nachnahme|nachnahme|in contrassegno|contrassegno|"
    r"cash on delivery|paiement a la livraison|contre remboursement|remboursement a la livraison|"
    r"einzahlungsschein\w*|qr-?rechnung|qr-?einzahlungsschein|bulletin de versement|facture qr|polizza di versamento|"
    r"bollettino postale|dane do przelewu|datos (?:para|de) (?:la )?transferencia|dados para (?:a )?transferencia|"
    r"gegevens voor de overschrijving|dati per (?:il )?bonifico|coordonnees pour le virement)(?![a-z])"
)

# A bank account's numbers: a UK sort code, or an account number with its digits.
_BANK_DETAILS = re.compile(
    r"(?<![a-z])(?:sort ?code\W{0,3}\d{2}[- ]?\d{2}[- ]?\d{2}"
    r"|(?:account (?:number|no\.?|nr\.?)|kontonummer|rekeningnummer|numer konta|numero de cuenta|numero di conto|"
    r"numero de compte|numero de conta|konto ?nr\.?)\W{0,3}\d[\d -]{5,}\d)"
)


_SAME_PAYMENT_METHOD = re.compile(r"(?<![a-z])(?:" + lx.SAME_PAYMENT_METHOD + r")(?![a-z])")
# How far back the sentence before may say it ("... na tę samą metodę płatności. Przy BLIK-u ...").
_PREVIOUS_SENTENCE = 120


def _hit_patterns(p: ChannelPatterns) -> tuple[re.Pattern[str], ...]:
    """The patterns every hit of `find` is a match of (each is read in the sentence with finditer)."""
    return (
        p.paypal_direct,
        p.paypal_private,
        p.cash_paid,
        p.own_account,
        p.payment_apps,
        p.cash_pickup,
        p.bank,
        p.fee_evasion,
        p.off_platform,
        _BANK_DETAILS,
        _GIFT_CARD,
        _MONEY_ASKED,
        _ACCOUNT_IN_PROFILE,
        _CHECKOUT_SKIPPED,
        _PAYMENT_LINK,
        _DETAILS_FOR_PAYMENT,
        _PAID_DIRECTLY,
        _HOLDS_MONEY,
        _DEPOSIT,
        _DEPOSIT_SUM,
        _PAID_OUTSIDE_BY_NAME,
    )


def _may_hit(sentence: Sentence) -> bool:
    """Whether one of the patterns every hit of `find` is a match of matches in the sentence (its
    first match is finditer's). Most sentences of a text that opened the payment gate hold none:
    these searches then replace the refusal's long one and the rest (~60 us a sentence before)."""
    text, start, end = sentence.text, sentence.start, sentence.end
    return any(pattern.search(text, start, end) is not None for pattern in _hit_patterns(sentence.patterns))


def _may_hit_text(text: str, p: ChannelPatterns) -> bool:
    """Whether one of those patterns matches anywhere in the text. A match inside a sentence is one
    in the whole text too: the patterns' only look-arounds are look-behinds (which see the text
    before a sentence either way) and `(?![a-z])`, `\\b` at its end, where the whole text holds a
    sentence mark (tests/test_fast_paths.py checks it on every sentence of data/)."""
    # RE2 reads the text once for all of them (screening/text/prefilter.py); Python's `re` then
    # confirms the rare text it lets through. Without it, this test cost ~330 us a text.
    patterns = _hit_patterns(p)
    return prefilter_of(p, "payment", lambda: patterns).may_match(text) and any(
        pattern.search(text) is not None for pattern in patterns
    )


def _refused(sentence: Sentence, said: str) -> bool:
    """A refusal in the sentence, or a question about paying answered by one."""
    text, s_end, p = sentence.text, sentence.end, sentence.patterns
    if p.refusal.search(said):
        return True  # "Przelewów poza platformą nie przyjmuję": a refusal is a reminder of the rule
    if protection_lost_after(text, s_end) or protection_lost_within(text, sentence.start, s_end):
        return True  # "... cash on collection. You would lose the buyer protection.": a warning
    if "?" not in text[s_end : s_end + 1]:
        return False
    answer = p.sentence.match(text, min(len(text), s_end + 1)) or p.sentence.match(text, min(len(text), s_end + 2))
    # "Paying outside the platform? Then you are not protected.": the question is refused.
    return answer is not None and p.refusal.search(answer.group(0)) is not None


def _platform_checkout(sentence: Sentence, said: str) -> bool:
    """The platform named as where to pay, with no evasion, no deal outside it and no negation."""
    p = sentence.patterns
    on_platform = p.on_platform.search(said)
    if on_platform is None:
        return False
    evasion = (
        p.fee_evasion.search(said)
        or p.cash_pickup.search(said)
        or p.checkout_broken.search(said)
        or _INSTEAD_OF.search(said)  # "Zelle me..., otherwise the platform holds it", "statt über den Checkout"
    )
    named_at = sentence.start + on_platform.start()
    return not evasion and not p.off_platform.search(said) and not p.negated(sentence.text, named_at - 20, named_at)


# A reply that has said the payment goes through the platform's checkout ("Betalen gaat altijd via de
# kassa van het platform", "Płatność odbywa się zawsze przez platformę") goes on about that checkout:
# "Met iDEAL betaal je direct vanuit je bankapp", "BLIK i szybki przelew księgują się od razu" name
# its ways to pay and how fast they are. An app named, money paid "direct" (Dutch and German for
# "at once"), or a transfer and the shipping it allows ("en virement instantané, nous expédions le jour
# même") in a later sentence is then the checkout's, unless that sentence turns away from it.
_THE_CHECKOUTS_OWN = frozenset({"payment_app", "paid_directly", "bank_transfer"})
# Turning away: a recipient, or "directly" where the word cannot mean "at once"; a contrast or an
# alternative opening the sentence ("But...", "Or...").
_TO_THE_SELLER = re.compile(
    r"(?<![a-z])(?:directly|directement|directo|directamente|direttamente|diretamente|rechtstreeks|bezposrednio|"
    r"an mich|an uns|to me|to us|a mi|a nosotros|a noi|naar mij|naar ons|do mnie|do nas|para mim|para nos|"
    r"a moi|a nous)(?![a-z])"
)
_TURNING_AWAY = re.compile(
    r"\s*(?:but|however|or|otherwise|alternatively|mais|sinon|ou|aber|oder|sonst|jedoch|pero|o|sino|ma|oppure|"
    r"altrimenti|maar|of|anders|ale|albo|lub|jednak|mas|porem|ou entao)(?![a-z])"
)


def _checkout_context(sentence: Sentence, said: str) -> bool:
    """Whether an earlier sentence of the reply named the platform's checkout as where to pay, and this
    one does not turn away from it (see _THE_CHECKOUTS_OWN)."""
    text, p = sentence.text, sentence.patterns
    if (
        _TO_THE_SELLER.search(said)
        or _TURNING_AWAY.match(said)
        or _INSTEAD_OF.search(said)
        or p.off_platform.search(said)
        or p.fee_evasion.search(said)
        or p.cash_pickup.search(said)
    ):
        return False
    for earlier in p.sentence.finditer(text, 0, sentence.start):
        before = Sentence(text, earlier.start(), earlier.end(), p, sentence.spelled)
        if _platform_checkout(before, earlier.group(0)) and p.pay_words.search(earlier.group(0)):
            return True
    return False


def _with_answer(sentence: Sentence, said: str) -> str:
    """ "Do you have Twint? Then pay me there": a question about an app is answered by the next sentence."""
    text, s_end, p = sentence.text, sentence.end, sentence.patterns
    if "?" not in text[s_end : s_end + 1]:
        return said
    following = p.sentence.match(text, min(len(text), s_end + 1))
    if following is None and s_end + 2 <= len(text):
        following = p.sentence.match(text, s_end + 2)
    if following is not None and not p.refusal.search(following.group(0)):
        return said + " " + following.group(0)
    return said


def _refused_after(sentence: Sentence, match: re.Match[str], said: str) -> bool:
    """A refusal after the app's name ("Payconiq of overschrijving kan ik helaas niet aannemen"),
    unless the sentence pays around the platform ("rechtstreeks aan mij, niet via het platform")."""
    p = sentence.patterns
    if p.off_platform.search(said) or _TO_ME.search(said):
        return False
    # Within the app's own clause: "Tikkie is handiger, dan hoef je niet te wachten" refuses nothing.
    end = min(sentence.end, match.end() + 45)
    clause_break = _CLAUSE_BREAK.search(sentence.text, match.end(), end)
    return (
        p.negation_after.search(sentence.text, match.end(), clause_break.start() if clause_break else end) is not None
    )


def _app_proposed(sentence: Sentence, match: re.Match[str], said: str, money: str, money_words: bool) -> bool:
    """Whether a payment app is proposed for this deal, not a feature of the phone nor a person."""
    text, s_start, p = sentence.text, sentence.start, sentence.patterns
    if _CRYPTO.fullmatch(match.group(0)) and not p.feature.search(said) and _CRYPTO_DEALT.search(said):
        return True  # "Also accept USDT / BTC", "en USDT te lo dejo en 250": no checkout takes them
    sends = p.send_words.search(said) or p.to_my_number.search(said)
    if p.app_offer.search(said) and not (p.nfc.search(said) or p.point_of_sale.search(said)):
        return True  # "Lydia ou Wero, comme vous préférez", "Revolut works for you?": offered for the deal
    if p.feature.search(said) and not (money_words or sends):
        return False  # "Bizum y WhatsApp funcionan": the app works on the phone
    if (p.nfc.search(said) or p.point_of_sale.search(said)) and not sends:
        return False  # "NFC works, I pay with Payconiq at the till": paying in shops with the phone
    is_name = match.group(0) in lx.PAYMENT_APPS_THAT_ARE_NAMES
    before = text[max(s_start, match.start() - 12) : match.start()]
    by_app = (
        p.prep_before.search(before) is not None
        or _WITH_BEFORE.search(before) is not None
        or match.start() in sentence.spelled
    )  # "par Lydia", "mit Twint", "b i z u m"
    # "ma collègue Lydia": a name, unless money is being talked about
    if p.pay_words.search(money) or ((by_app or not is_name) and (p.direct.search(said) or p.send_words.search(said))):
        return True
    # The app as the means of a price: "per Twint gebe ich es dir für 240 Franken", "via Tikkie 300 euro".
    if by_app and _PRICE.search(money):
        return True
    # "¿Por Bizum?", "Może Revolut?": the app offered in a short question
    return _app_asked(said, text[sentence.end : sentence.end + 1] == "?", is_name)


_CRYPTO = re.compile(lx.CRYPTO)
# "It's easier for us both": said of a bank transfer, it is offered for this deal.
_EASIER = re.compile(
    r"(?<![a-z])(?:easier|simpler|plus simple|plus facile|einfacher|unkomplizierter|mas facil|mas sencillo|piu facile|"
    r"piu semplice|makkelijker|eenvoudiger|latwiej|prosciej|mais facil|mais simples)(?![a-z])"
)
# "with" before an app: the means of paying ("mit Twint", "con Bizum", "met Tikkie").
_WITH_BEFORE = re.compile(r"(?<![a-z])(?:with|mit|con|avec|met|com|przez)\s+$")
# A sum with its currency (a bare number may be a model or a date).
_PRICE = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s*(?:€|eur(?:o|os)?|zl\w*|pln|chf|fr\.|francs?|franken|£|quid|pounds?)(?![a-z])"
    r"|(?:€|£|chf|eur)\s*\d+"
)
# A crypto-currency as the means of this deal: a sum, taking or accepting it, paying "in" it
# (not "mining crypto").
_CRYPTO_DEALT = re.compile(
    r"\d|(?<![a-z])(?:accept\w*|take|akzeptier\w*|nehm\w*|acept\w*|accett\w*|aceit\w*|przyjm\w*|mag|kan|"
    r"moze|mozna|pode|puede|vale|geht|in|en|w|em|per|par|con|met|mit|with|or|ou|o|of|oder|albo|lub)\s+(?:\w+\s+)?"
    r"(?:" + lx.CRYPTO + r")"
)

# "¿Por Bizum?", "Może Revolut?": a short question that offers the app (a longer one asks about it).
_SHORT_QUESTION_WORDS = 4
_WORDS = re.compile(r"[^\W\d_]+")


def _app_asked(said: str, question: bool, is_name: bool) -> bool:
    question = question or said.rstrip().endswith("?")
    return not is_name and question and len(_WORDS.findall(said)) <= _SHORT_QUESTION_WORDS


def _negated_around(sentence: Sentence, match: re.Match[str]) -> bool:
    """A negation in the 30 characters before the match, or one that follows it ("cash, not ...")."""
    text, s_start, p = sentence.text, sentence.start, sentence.patterns
    return p.negated(text, max(s_start, match.start() - 30), match.start()) or (
        p.negation_after.search(text, match.end(), min(sentence.end, match.end() + 30)) is not None
    )
