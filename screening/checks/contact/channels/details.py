"""Requests for the buyer's contact details: "give me a number where I can call you", "the courier
needs a mobile number for you, can you type it here?", "how can I reach you?", "leave me your name
on Messenger". "Send me an e-mail" invites a message; it does not ask for the buyer's details."""

from __future__ import annotations

import re
from typing import ClassVar

from screening.checks.contact import lexicon as lx
from screening.checks.contact.channels.patterns import ChannelPatterns
from screening.checks.contact.channels.recognizer import ChannelHit, NamedPattern, Sentence, SentenceRecognizer

# Between "give me" and a contact noun, nothing or an indefinite article: "mi lasci un recapito".
_ARTICLE_GAP = re.compile(r"\s*(?:(?:a|an|un|una|uno|une|ein|eine|einen|een|um|uma|jakis|jakies)\s+)?")

# A contact noun called private or personal, in either order ("private e-mail", "e-mail privé",
# "prywatnego adresu e-mail"). Read in normalised text.
_PRIVACY = (
    r"private|privat\w*|prive|privee|privad[oa]s?|privat[oa]|persoonlijk\w*|personal\w*|personnel\w*|"
    r"personale|persoenlich\w*|personlich\w*|pessoa\w*|prywatn\w*|osobist\w*|eigen\w*"
)
_CONTACT_NOUN = (
    r"e-?mail\w*|mail\w*|courriel|correo|adres\w* e-?mail\w*|adresse (?:e-?mail|mail|electronique)|"
    r"numer\w*|number|nummer|numero|telefon\w*|telefoon\w*|phone|handy|gsm|whats\s?app|cell\w*|movil"
)
_PRIVATE_DETAIL = re.compile(
    r"(?<![a-z])(?:(?:"
    + _PRIVACY
    + r")\s+(?:[a-z]+\s+)?(?:"
    + _CONTACT_NOUN
    + r")|(?:"
    + _CONTACT_NOUN
    + r")\s+(?:[a-z]+\s+)?(?:"
    + _PRIVACY
    + r"))(?![a-z])"
)
# A request in the sentence: please, "we ask for", an imperative of giving or sending.
_ASKING = re.compile(
    r"(?<![a-z])(?:please|pls|kindly|graag|gelieve|bitte|merci de|veuillez|por favor|per favore|se puder|"
    r"prosimy|prosze|poprosze|prosba|send|give|drop|share|stuur|geef|schick\w*|geben sie|gib|envoy\w*|donne\w*|"
    r"manda\w*|envia\w*|dame|deme|inviam\w*|mandam\w*|dammi|mi dia|wysl\w*|przesl\w*|podaj\w*|diga\w*|"
    r"indique\w*|forneca\w*|passe\w*)(?![a-z])"
)
# A need said instead of a request: "I'd need a private e-mail address", unless denied right after
# ("eine private Mail brauchen Sie nicht": the buyer is told they need none).
_NEEDED = re.compile(
    r"(?<![a-z])(?:need|besoin|faudrait|brauch\w*|necesit\w*|bisogno|nodig|potrzebuj\w*|precis\w*)(?![a-z])"
    r"(?!\s+(?:\w+\s+)?(?:not|nicht|no|pas|niet|nie|nao|non)(?![a-z]))"
)
# The seller's own ("my private number", "mijn privé nummer"): given, not asked.
_OWN_BEFORE = re.compile(
    r"(?<![a-z])(?:my|mon|ma|mein\w*|mi|mio|mia|mijn|moj\w*|meu|minha|our|notre|nos|unser\w*|nuestro|nostro|"
    r"onze|nasz\w*|nosso)\s+(?:\w+\s+){0,1}(?:" + _PRIVACY + r")"
)

# "Sans votre numéro je ne réserve pas", "Bez kontaktu telefonicznego nie rezerwuję": the buyer's
# number or e-mail made the condition of a sale. The platform's messages need neither, so the
# condition asks for them outside it. Postal addresses are not among these nouns (shipping needs
# one), nor a bare "contact" ("paiement sans contact" is a card tapped at a till).
# "Si no me dejas un teléfono...": the same condition, said as "unless you give me".
_UNLESS_GIVEN = (
    r"si no me (?:dejas|das|pasas|mandas|deja|da)|si vous ne me (?:laissez|donnez|communiquez)|"
    r"si tu ne me (?:laisses|donnes)|se non mi (?:lasci|dai|mandi|lascia|da)|if you don'?t (?:give|leave|send) me|"
    r"unless you (?:give|leave|send) me|se nao me (?:deixar|deres|der|mandar)"
)
_WITHOUT_DETAIL = re.compile(
    r"(?<![a-z])(?:without|sans|ohne|sin|senza|zonder|bez|sem|" + _UNLESS_GIVEN + r")\s+"
    r"(?:(?:your|votre|ton|vos|dein\w*|ihr\w*|tu|su|il tuo|il suo|un|una|uno|une|ein\w*|een|je|uw|jouw|um|uma|"
    r"o seu|o teu|a sua|a tua|twoj\w*|pana|pani|a|an|o|el|le|il|la)\s+)?(?:\w+\s+)?"
    # a number is a contact's unless it is the number OF something else (a door, a return)
    r"(?:(?:(?:phone|mobile|cell) )?number|nummer|numero|numeru? (?:telefonu|komorki)|numeru kontaktowego)"
    r"(?:\s+(?:de |di |of |do |da )?(?:telephone|telefono|telefone|tel|portable|gsm|movil|cellulare|telemovel|"
    r"telefonu|komorki|kontaktowy|contacto))?(?!\s+(?:de|di|da|do|of|van|der|des|du|della|del|dla|d')\s)(?![a-z])|"
    r"(?<![a-z])(?:without|sans|ohne|sin|senza|zonder|bez|sem|" + _UNLESS_GIVEN + r")\s+"
    r"(?:(?:your|votre|ton|vos|dein\w*|ihr\w*|tu|su|il tuo|il suo|un|una|uno|une|ein\w*|een|je|uw|jouw|um|uma|"
    r"o seu|o teu|a sua|a tua|twoj\w*|pana|pani|a|an)\s+)?(?:\w+\s+)?"
    r"(?:telefonnummer|handynummer|telefoonnummer|gsm-?nummer|e-?mail\w*|recapito|contacto|contatto|contato|"
    r"(?:telefono|telefone|telephone) de (?:contacto|contato|contact)|contact number|"
    r"kontakt\w*|contact details|coordonnees|kontaktdaten|datos de contacto|dados de contacto|contactgegevens|"
    r"dane kontaktowe)(?![a-z])"
)
# "Où puis-je vous écrire en direct ?", "Gdzie mogę do Ciebie napisać poza aplikacją?": where to write
# to the buyer outside the platform. Only words of outside: "write to us here" is the platform.
_WRITE_OUTSIDE = re.compile(
    r"(?<![a-z])(?:where|ou|wo|dove|waar|gdzie|onde|por donde|por onde|how|comment|wie|como|come|hoe|jak)(?![a-z])"
    r"[^.?!\n]{0,40}?(?<![a-z])(?:ecrire|escribir\w*|scriver\w*|schreiben|napisac|pisac|falar|write|schrijven|"
    r"escrever)(?![a-z])[^.?!\n]{0,40}?(?<![a-z])(?:outside|en dehors|hors|dehors|au(?:ss|ß)erhalb|fuera|fuori|"
    r"buiten|poza|fora|en direct|directly|directement|direkt|directamente|direttamente|rechtstreeks|bezposrednio|"
    r"diretamente|privately|en prive|privat|en privado|in privato|prywatnie|em privado)(?![a-z])"
)
# "Which number can I call you on?", "na jaki numer dzwonić?": the buyer's number, asked by the
# call it is for.
_WHICH_NUMBER = re.compile(
    r"(?<![a-z])(?:what|which|quel|a quel|welche[rn]?|unter welcher|que|a que|qual|para que|a che|che|welk|op welk|"
    r"jaki|na jaki|pod jaki)\s+(?:phone |mobile )?(?:numero|number|nummer|numer|telefoonnummer|handynummer)\s+"
    r"(?:\w+\s+){0,3}?(?:call|ring|text|appeler|joindre|anrufen|erreiche|llamo|llamar|llamarte|chiamo|chiamare|chiamarti|"
    r"bellen|bel|dzwonic|zadzwonic|dzwonie|pisac|ligo|ligar|ligar-te)(?![a-z])"
)
_CONDITION_REFUSED = re.compile(
    r"(?<![a-z])(?:not|no|don'?t|won'?t|can'?t|ne|n'|pas|nicht|nix|nichts|kein\w*|non|niet|geen|nie|nao|nada|niente)(?![a-z])"
)

# A contact asked for in a question of nothing else ("Contacto?", "Nr tel?", "Ton insta ?"). A bare
# "number?" or "phone?" is left out: an order number or the device may be meant.
_BARE_CONTACT_QUESTION = re.compile(
    r"\W*(?:(?:and |et |y |e |und |en |i )?(?:your|ur|votre|ton|tu|su|dein\w*|ihr\w*|je|jouw|uw|twoj\w*|teu|seu|o teu|o seu|il tuo|il suo)\s+)?"
    r"(?:nr\.? ?tel\w*|tel|tlf|tlm|contact|contacto|contato|contatto|kontakt|e-?mail|whats\s?app|whats|gsm|insta|insta-?name|"
    r"wasap|wassap|guasap|zap|snap|"
    r"digits|deets|06|numero de (?:telephone|portable|telefono|telemovel)|numer telefonu|handynummer|telefonnummer|"
    r"telefoonnummer|numero di cellulare|phone number|mobile number)\s*\?+\W*"
)

# The buyer's account on an app named nearby, asked for: "what's your tag?", "pásame tu usuario",
# "podeślij swój nick", "Schicken Sie mir Ihre ID"; or how the buyer is called there ("sous quel
# nom ?", "come ti trovo?", "diz-me como te chamas lá"). Read only where an app is named close by:
# "your name" alone is on every parcel.
_ACCOUNT_NOUN = (
    r"name|nom|naam|nazw\w*|nick\w*|pseudo|user\w*|usuario|utilizador|nome utente|nome(?: de usuario)?|"
    r"(?:benutzer|nutzer|gebruikers)name?n?|handle|tag|@|profil\w*|perfil|id|account|compte|konto|cuenta|conta"
)
_YOUR_ACCOUNT = re.compile(
    r"(?<![a-z])(?:" + lx.SECOND_PERSON + r")\s+(?:[a-z]+\s+)?(?:" + _ACCOUNT_NOUN + r")(?![a-z])"
)
_YOURS_THERE = re.compile(
    r"(?<![a-z])(?:(?:send|give) me yours|(?:pasame|mandame|dame|dime) el tuyo|(?:mandami|dammi|dimmi) il tuo|"
    r"(?:schick|gib|sag)(?:en sie)? mir (?:deinen|deine|ihren|ihre)|envoie(?:z)?-moi le (?:tien|votre)|"
    r"donne(?:z)?-moi le (?:tien|votre)|(?:stuur|geef) me (?:de|het) (?:jouwe|uwe)|(?:manda|passa|diz)-me o teu|"
    r"(?:podeslij|podaj|daj) (?:mi )?swoj\w*)(?![a-z])"
)
_CALLED_THERE = re.compile(
    r"(?<![a-z])(?:comment (?:tu t'appelles|vous appelez-vous|tu apparais|vous trouver|te trouver)|sous quel nom|"
    r"wie hei(?:ss|ß)(?:t du|en sie|en s'?)|wie finde ich (?:dich|sie)|"
    r"como (?:sales|sale usted|te llamas|se llama usted|te encuentro|le encuentro|apareces|aparece|te chamas|te encontro)|"
    r"come (?:ti chiami|si chiama|ti trovo|la trovo|ti ritrovo)|"
    r"hoe heet (?:je|u)|onder welke naam|hoe vind ik (?:je|jou|u)|"
    r"jak (?:sie nazywasz|sie pan nazywa|sie pani nazywa|cie (?:znalezc|znajde))|"
    r"how (?:do i|can i|will i) find you|what(?:'s| is) your name (?:on|there)|what name are you under|"
    r"what are you called (?:on|there))(?![a-z])"
)

# "Only through", "wyłącznie przez", "uniquement par": the one way left open, named next.
_ONLY_THROUGH = re.compile(
    r"(?<![a-z])(?:only|exclusively|solely|wylacznie|tylko|uniquement|seulement|exclusivement|nur|ausschlie(?:ss|ß)lich|"
    r"solo|solamente|unicamente|exclusivamente|alleen|enkel|uitsluitend|apenas|somente)\s+(?:\w+\s+){0,2}?"
    r"(?:via|through|over|przez|par|uber|über|por|tramite|attraverso|pela|pelo|per)(?![a-z])"
)

# Bounded: a sentence listing dozens of numbers is no request.
_MAX_NOUNS = 12

# The buyer's possessive right before the app: "your", "tu", "ton", "dein", "il tuo", "je", "twoj", "o teu".
_YOUR_BEFORE = re.compile(
    r"(?<![a-z])(?:your|ur|yer|tu|tus|su|ton|ta|votre|dein\w*|ihr\w*|tuo|tua|je|jouw|uw|twoj\w*|teu|tua|seu|sua)\s+$"
)
# Apps whose names are everyday words too ("signal", "line", "kik"): not read as the app in a request.
_WORD_LIKE_APPS = frozenset({"Signal", "Line", "Kik"})


class DetailRequestRecognizer(SentenceRecognizer):
    name = "details"
    patterns: ClassVar[tuple[NamedPattern, ...]] = (
        NamedPattern("give_me_contact", "details_request", 0.86, "asks for a contact of the buyer's"),
        NamedPattern("owned_detail_asked", "details_request", 0.86, "asks for the buyer's personal contact details"),
        NamedPattern("which_number", "details_request", 0.86, "asks which number to call the buyer on"),
        NamedPattern("home_address", "details_request", 0.86, "asks for the buyer's home or personal address"),
        NamedPattern("reach_you", "details_request", 0.88, "asks how to reach the buyer outside the platform"),
        NamedPattern("detail_needed", "details_request", 0.88, "asks for the buyer's personal contact details"),
        NamedPattern("verb_and_detail", "details_request", 0.88, "asks for the buyer's personal contact details"),
        NamedPattern(
            "address_off_order", "details_request", 0.88, "asks for the buyer's address to sell around the order"
        ),
        NamedPattern("private_detail_asked", "details_request", 0.88, "asks for the buyer's private contact details"),
        NamedPattern("detail_as_condition", "details_request", 0.86, "makes the buyer's contact details a condition"),
        NamedPattern("write_outside", "details_request", 0.88, "asks where to write to the buyer outside the platform"),
        NamedPattern("bare_contact_question", "details_request", 0.86, "asks for the buyer's contact in a question"),
        NamedPattern("account_asked", "details_request", 0.86, "asks for the buyer's account on an app"),
        NamedPattern("message_on_app", "social", 0.88, "asks to be sent a message on a messaging app"),
        NamedPattern("app_of_request", "social", 0.86, "asks for the buyer's account on {platform}, to go on there"),
    )
    gate_prefixes = lx.GATE_DETAIL_PREFIXES
    gate_words = lx.GATE_DETAIL_WORDS
    gate_phrases = lx.GATE_DETAIL_PHRASES

    def find(self, sentence: Sentence) -> list[ChannelHit]:
        hits = (
            self._give_me_contact(sentence)
            + self._address_off_order(sentence)
            + self._write_outside(sentence)
            + self._bare_contact_question(sentence)
            + self._account_asked(sentence)
            + self._which_number(sentence)
            + self._home_address(sentence)
        )
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        if (
            p.detail_noun.search(text, s_start, s_end) is not None
            or p.reach_verb.search(text, s_start, s_end) is not None
            or p.name_noun.search(text, s_start, s_end) is not None
        ):  # every rule below needs a contact noun or a verb of reaching someone
            hits.extend(self._private_details_asked(sentence))
            hits.extend(self._details_as_condition(sentence))
            hits.extend(self._owned_details_asked(sentence))
            hits.extend(self._reach_you(sentence))
            hits.extend(self._details_needed(sentence))
            hits.extend(self._verbs_and_details(sentence))
        return hits + self._apps_of_requests(sentence, hits)

    def _apps_of_requests(self, sentence: Sentence, hits: list[ChannelHit]) -> list[ChannelHit]:
        """ "Dame tu WhatsApp", "drop your Insta handle here": the buyer's account on an app asked
        for, so the conversation goes on there: the app is proposed as the channel too."""
        requests = [(hit.start, hit.end) for hit in hits if hit.code == "details_request"]
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        # A negation anywhere in the sentence ("su Messenger non rispondo") leaves the app unproposed.
        if not requests or p.negation.search(text, s_start, s_end) is not None:
            return []
        found = []
        for match in p.platforms.finditer(text, s_start, s_end):
            if not any(start <= match.start() < end for start, end in requests):
                continue  # the app named in the request itself ("dame tu WhatsApp"), not beside it
            if _YOUR_BEFORE.search(text, max(s_start, match.start() - 12), match.start()) is None:
                continue  # the buyer's own account there: "your WhatsApp", "je insta", "dein Snap"
            name = p.platform_names[match.lastgroup or ""]
            # Names and short forms that are everyday words too ("signal", "line", "wa") stay out.
            if name in _WORD_LIKE_APPS or match.group(0) in lx.AMBIGUOUS_FORMS:
                continue
            found.append(self.hit("app_of_request", match.start(), match.end(), platform=name))
        return found[:1]

    def _give_me_contact(self, sentence: Sentence) -> list[ChannelHit]:
        # "Give me a number where I can call you": a contact asked for, whoever's noun it is.
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        hits = []
        for give in p.give_me_contact.finditer(text, s_start, s_end):
            if p.not_contact.search(text[give.start() : min(s_end, give.end() + 18)]):
                continue
            # The platform named keeps the request on it ("give me your number in the platform's
            # chat"), unless it is named as what to go outside of ("... to send an offer outside it").
            on_platform = p.on_platform.search(text, s_start, s_end) and not p.off_platform.search(text, s_start, s_end)
            if on_platform or p.negated(text, max(s_start, give.start() - 16), give.start()):
                continue
            hits.append(self.hit("give_me_contact", give.start(), give.end()))
        return hits

    def _private_details_asked(self, sentence: Sentence) -> list[ChannelHit]:
        # "Graag uw privé e-mailadres ter verificatie", "prosimy o przesłanie prywatnego adresu e-mail":
        # a private or personal contact asked for. The platform's messages need no private address, so
        # the word says the contact is wanted outside it. The seller's own ("my private number is")
        # is a contact given, read by the other recognizers.
        text, s_start, s_end = sentence.text, sentence.start, sentence.end
        said = text[s_start:s_end]
        if _OWN_BEFORE.search(said) or not (
            _ASKING.search(said) or _NEEDED.search(said) or said.rstrip().endswith("?")
        ):
            return []
        found = _PRIVATE_DETAIL.search(said)
        if found is None:
            return []
        start = s_start + found.start()
        # "we can't share a personal e-mail address": the rule reminded, nothing asked
        if sentence.patterns.refusal.search(said) or sentence.patterns.negated(text, max(s_start, start - 30), start):
            return []
        return [self.hit("private_detail_asked", s_start + found.start(), s_start + found.end())]

    def _details_as_condition(self, sentence: Sentence) -> list[ChannelHit]:
        # "Sin tu número no te lo aparto": without the detail, the seller will not go on.
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        found = _WITHOUT_DETAIL.search(text, s_start, s_end)
        if found is None or _not_a_contact(sentence, found):
            return []
        rest = text[found.end() : s_end]
        if _CONDITION_REFUSED.search(rest) is None or p.on_platform.search(text, s_start, s_end):
            return []
        return [self.hit("detail_as_condition", found.start(), found.end())]

    def _bare_contact_question(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, s_end = sentence.text, sentence.start, sentence.end
        end = min(len(text), s_end + 3)  # the question mark may close the sentence
        found = _BARE_CONTACT_QUESTION.fullmatch(text, s_start, end)
        if found is None:
            return []
        return [self.hit("bare_contact_question", s_start, s_end)]

    def _account_asked(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        found = (
            _YOUR_ACCOUNT.search(text, s_start, s_end)
            or _CALLED_THERE.search(text, s_start, s_end)
            or _YOURS_THERE.search(text, s_start, s_end)
        )
        if found is None:
            return []
        asked = "?" in text[s_start : min(len(text), s_end + 2)] or p.detail_verb.search(text, s_start, s_end)
        if not asked or not _app_named(p, text, max(0, found.start() - 100), min(len(text), found.end() + 60)):
            return []
        if p.refusal.search(text, s_start, s_end) or p.negated(text, max(s_start, found.start() - 20), found.start()):
            return []
        return [self.hit("account_asked", found.start(), found.end())]

    def _write_outside(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        found = _WRITE_OUTSIDE.search(text, s_start, s_end)
        if found is None or p.negated(text, max(s_start, found.start() - 16), found.start()):
            return []
        return [self.hit("write_outside", found.start(), found.end())]

    def _which_number(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, p = sentence.text, sentence.start, sentence.patterns
        found = _WHICH_NUMBER.search(text, s_start, sentence.end)
        if found is None or p.negated(text, max(s_start, found.start() - 16), found.start()):
            return []
        if _sim_lines_discussed(sentence):
            return []
        return [self.hit("which_number", found.start(), found.end())]

    def _home_address(self, sentence: Sentence) -> list[ChannelHit]:
        # "I'll need your full name and home address", "Qual é a sua morada de casa?": asked (a need,
        # a request or a question), not said of the order ("delivered to your home address").
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        home = p.home_address.search(text, s_start, s_end)
        if home is None:
            return []
        said = text[s_start : min(len(text), s_end + 1)]
        if not (_ASKING.search(said) or _NEEDED.search(said) or "?" in said) or p.negated(
            text, max(s_start, home.start() - 30), home.start()
        ):
            return []
        if p.on_platform.search(text, max(s_start, home.start() - 40), min(s_end, home.end() + 40)):
            return []
        return [self.hit("home_address", home.start(), home.end())]

    def _address_off_order(self, sentence: Sentence) -> list[ChannelHit]:
        # "What's your address? I'll send it directly, without the order": the order bypassed
        # anywhere in the message (YOUR_POSTAL in lexicon.py).
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        asked = p.your_postal.search(text, s_start, s_end)
        if asked is None:
            return []
        bypass = p.off_order.search(text)
        if bypass is None or p.refusal.search(text) or p.negated(text, max(0, bypass.start() - 30), bypass.start()):
            return []
        return [self.hit("address_off_order", asked.start(), asked.end())]

    def _owned_details_asked(self, sentence: Sentence) -> list[ChannelHit]:
        # "The courier needs a mobile number for you, can you type it here?", "Vous auriez un numéro où
        # je peux vous joindre ?": a contact noun, the buyer as its owner, and an ask around it.
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        hits = []
        for count, noun in enumerate(p.detail_noun.finditer(text, s_start, s_end)):
            if count >= _MAX_NOUNS:
                break
            # Cheapest required test first: the buyer must own the detail.
            if p.owner.search(text, max(s_start, noun.start() - 20), min(s_end, noun.end() + 25)) is None:
                continue
            if not _asked(sentence, noun) or _not_a_contact(sentence, noun) or _sim_lines_discussed(sentence):
                continue
            on_platform = p.on_platform.search(text, max(s_start, noun.start() - 30), min(s_end, noun.end() + 30))
            if not on_platform and not p.negated(text, max(s_start, noun.start() - 30), noun.start()):
                hits.append(self.hit("owned_detail_asked", noun.start(), noun.end()))
        return hits

    def _reach_you(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, p = sentence.text, sentence.start, sentence.patterns
        return [
            self.hit("reach_you", reach.start(), reach.end())
            for reach in p.reach_you.finditer(text, s_start, sentence.end)
            if not p.negated(text, max(s_start, reach.start() - 16), reach.start())
        ]

    def _details_needed(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        hits = []
        for need in p.need.finditer(text, s_start, s_end):
            window_end = min(s_end, need.end() + 50)
            noun = p.detail_noun.search(text, need.end(), window_end) or p.detail_noun.search(
                text, max(s_start, need.start() - 50), need.start()
            )
            if noun is None or not p.second_person.search(text, max(s_start, need.start() - 50), window_end):
                continue
            if _not_a_contact(sentence, noun):
                continue
            if not p.negated(text, max(s_start, need.start() - 16), need.start()):
                start, end = min(need.start(), noun.start()), max(need.end(), noun.end())
                hits.append(self.hit("detail_needed", start, end))
        return hits

    def _verbs_and_details(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
        if (
            _ONLY_THROUGH.search(text, s_start, s_end)
            and p.on_platform.search(text, s_start, s_end)
            and not p.off_platform.search(text, s_start, s_end)
        ):
            return []  # "contact us only through the platform's messages": the rule reminded
        hits = []
        app_named: bool | None = None  # whether a messaging app is named around (looked up once)
        for verb in p.detail_verb.finditer(text, s_start, s_end):
            noun = p.detail_noun.search(text, verb.end(), min(s_end, verb.end() + 40))
            if noun is None:
                # "Leave me your name on Messenger": a name is a contact detail once an app is named.
                if app_named is None:
                    app_named = p.platforms.search(text, max(0, s_start - 80), min(len(text), s_end + 80)) is not None
                noun = p.name_noun.search(text, verb.end(), min(s_end, verb.end() + 30)) if app_named else None
                if noun is None:
                    continue
            if not _the_buyers(sentence, verb, noun):
                continue  # "send me an e-mail" invites a message; it does not ask for the buyer's details
            if _not_a_contact(sentence, noun) or p.negated(text, max(s_start, verb.start() - 16), verb.start()):
                continue
            rule = "message_on_app" if _a_message_on_app(sentence, verb, noun) else "verb_and_detail"
            hits.append(self.hit(rule, verb.start(), noun.end()))
        return hits


def _app_named(p: ChannelPatterns, text: str, start: int, end: int) -> bool:
    """Whether an app is named in text[start:end]: by a name that is not also a word ("signal",
    "line", "insta" need more evidence, as in the social recognizer), or after a preposition."""
    for match in p.platforms.finditer(text, start, end):
        name, form = p.platform_names[match.lastgroup or ""], match.group(0)
        if not (name in lx.AMBIGUOUS_PLATFORMS and form not in lx.UNAMBIGUOUS_FORMS or form in lx.AMBIGUOUS_FORMS):
            return True
        if p.prep_before.search(text[max(0, match.start() - 25) : match.start()]):
            return True  # "auf Insta", "na ig": the app, after a preposition
    return False


def _asked(sentence: Sentence, noun: re.Match[str]) -> bool:
    """An ask around a contact noun: a third party needs it, a question about it, "write it here",
    or a question with a verb of reaching someone after it."""
    text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
    question_after = "?" in text[noun.end() : min(len(text), noun.end() + 40)]
    return bool(
        p.third_party.search(text, max(s_start, noun.start() - 60), noun.start())
        or (
            question_after
            and (
                p.second_person.search(text, max(s_start, noun.start() - 20), noun.start())
                or p.which.search(text, max(s_start, noun.start() - 20), noun.start())
                or p.have_you_asked.search(text, max(s_start, noun.start() - 25), noun.start())
                or p.contact_noun_phrase.match(text, noun.start())
            )
        )
        or p.write_it.search(text, s_start, min(len(text), s_end + 80))
        or (
            "?" in text[s_start : min(len(text), s_end + 80)]
            and p.reach_verb.search(text, noun.end(), min(s_end, noun.end() + 30))
        )
    )


def _the_buyers(sentence: Sentence, verb: re.Match[str], noun: re.Match[str]) -> bool:
    """Whether the detail after a verb of giving is the buyer's. The owner may follow the noun
    ("το email σου", "numarul tau") or be its suffix ("szamod"); an article or nothing between the
    verb and the noun asks for one too ("dajte mi cislo", "give us a number")."""
    text, s_end, p = sentence.text, sentence.end, sentence.patterns
    return bool(
        p.owner.search(text, verb.start(), min(s_end, noun.end() + 12))
        or verb.group(0).endswith(("your", "votre", "ton"))
        or p.contact_noun_phrase.match(text, noun.start())
        or p.second_person.match(text, noun.start())
        or _ARTICLE_GAP.fullmatch(text, verb.end(), noun.start())
    )


# "Envoyez-moi un petit WhatsApp", "schick mir kurz eine WhatsApp": an article (a word around it at
# most) between the verb and the app's name asks for a message on the app, not for the buyer's account.
_A_MESSAGE_GAP = re.compile(r"[\s-]*(?:[\w']+\s+)?(?:a|an|un|una|une|ein|eine|einen|een|um|uma)\s+(?:\w+\s+)?")


def _a_message_on_app(sentence: Sentence, verb: re.Match[str], noun: re.Match[str]) -> bool:
    text, p = sentence.text, sentence.patterns
    return bool(
        p.platforms.fullmatch(text, noun.start(), noun.end())
        and _A_MESSAGE_GAP.fullmatch(text, verb.end(), noun.start())
    )


# A reply about the phone's SIM lines (dual SIM, an eSIM, a number moved to another operator): "which
# number calls and which one does data", "keep your work number on it". The buyer's number is then
# a line of the phone they set up, unless the seller names themselves as the one to receive it
# ("send me your number").
_SIM_LINES = re.compile(
    r"(?<![a-z])(?:e-?sim\w*|dual[- ]?sim|nano[- ]?sim|sim(?:[- ]?(?:card|kaart|karte|kort|slot|tray|lade))?|"
    r"simkaart\w*|simkarte\w*|chip|portabil\w*|portier\w*|porting|number porting|nummerbehoud|"
    r"rufnummernmitnahme|portabilidad|portabilita|przeniesieni\w* numeru)(?![a-z])"
)


def _sim_lines_discussed(sentence: Sentence) -> bool:
    text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
    return _SIM_LINES.search(text) is not None and p.speaker_object.search(text, s_start, s_end) is None


def _not_a_contact(sentence: Sentence, noun: re.Match[str]) -> bool:
    """A contact noun that names something else around it ("numéro de commande", "phone model")."""
    text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
    around = text[max(s_start, noun.start() - 18) : min(s_end, noun.end() + 18)]
    return bool(
        p.not_contact.search(around)
        or p.device_after.match(text, noun.end(), s_end)
        or _NUMBER_NAMED_BEFORE.search(text, max(s_start, noun.start() - 14), noun.start())
        or _NUMBER_NAMED_AFTER.match(text, noun.end(), s_end)
    )


_NUMBER_NAMED_BEFORE = re.compile(r"(?<![a-z])" + lx.NUMBER_NAMED_BEFORE)
_NUMBER_NAMED_AFTER = re.compile(lx.NUMBER_NAMED_AFTER)
