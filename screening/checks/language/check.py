"""The language check (rule R3): a seller's reply is in a language of the market, or the buyer's.

Acceptable languages = the market's languages (docs/formats.md §5) + the language the buyer wrote in,
in the same conversation (CheckContext.conversation: the request's `context`, or the file's
history when rescoring). The check judges the reply's main body (greetings, sign-offs, product
names, numbers and ids removed, see screening/checks/language/cleaner.py) and abstains when too little
language is left or the detector is unsure: a false flag on a correct reply is worse than
useless to the helpdesk (it holds a correct reply back for review). The policy decides what a
finding leads to.

Settings: policy.yaml `settings.language`, typed with their defaults in
screening/checks/language/settings.py. A market may override the thresholds; detector,
lingua_accuracy, confirm_with and extra_languages shape the one detector built over every market's
languages + extra_languages, so they are the same for every market.
"""

from __future__ import annotations

import logging
from typing import Iterable, Mapping, Sequence

from screening.checks.base import Check, CheckContext, CheckResources, register
from screening.checks.language.alphabets import foreign_script, written_with_alphabet_of
from screening.checks.language.cleaner import Body, Lexicon, count_words, load_lexicon, main_body, mask
from screening.checks.language.detectors import Detector, make_detector
from screening.checks.language.function_words import function_words_deny
from screening.checks.language.neighbour_words import holds_words_of, is_close_pair, neighbour_language, spelled_alike
from screening.checks.language.plain_reading import plainly_written_in
from screening.checks.language.settings import BUILD_SETTINGS, LanguageSettings
from screening.core.types import Finding, Message

log = logging.getLogger(__name__)

# The buyer's most recent messages are enough to know their language.
_BUYER_MESSAGES = 5
# Detectors read at most this much of a body (a page of text is plenty to tell its language), so
# a 20,000-character message costs no more than a long reply.
_MAX_DETECTED_CHARS = 2000
# A body mostly in a script none of the candidate languages use is certainly in none of them; not
# 1.0 because a buyer may have written in it in a message older than the context.
# Two or more words only the neighbour language uses: a strong sign, held for a human (flag), never a
# block (the policy blocks nothing on language).
_NEIGHBOUR_WORDS_SCORE = 0.9
_FOREIGN_SCRIPT_SCORE = 0.9
# A shorter reply is judged by its script alone from this much of it: two words, eight letters
# ("Спасибо, получил" yes; a lone "Спасибо" or an emoji-name no: one word may be a name or a quote).
_SHORT_FOREIGN_MIN_WORDS = 2
_SHORT_FOREIGN_MIN_LETTERS = 8
# A reply too short for the detectors ("Non, só vai o cable.") is still judged by a close neighbour's
# own words, which need no statistics: from four words (three or fewer are never judged), two of
# them the neighbour's (MIN_DISTINCT).
_SHORT_NEIGHBOUR_MIN_WORDS = 4
# A short reply read as a spelled-alike neighbour of the market's language is not flagged on the
# detectors' reading alone while they give the market language this share (_short_and_spelled_alike).
_MARKET_SHARE = 0.1
_MASK_CACHE_SIZE = 10_000
# Cleaned replies remembered (a rescore batch is 256 replies: each is read again for its explanation).
_BODY_CACHE_SIZE = 1024
# Detections remembered, by body: for the explanation's language, and for the bodies sellers send
# again and again (templates). At least a rescore batch's worth; ~2 KB each at most.
_RECENT_SAMPLES = 8192
# Where no market is in view (written_language, buyer_languages without limits): the defaults.
_DEFAULT_LIMITS = LanguageSettings()


@register
class LanguageCheck(Check):
    name = "language"

    def __init__(self, detector: Detector, lexicon: Lexicon | None = None, confirm: Detector | None = None):
        self.detector = detector
        self.confirm = confirm
        # A detector that names its candidates lets a reply whose function words plainly say its
        # language skip the detector (plain_reading.py); one that does not (a test's) is always asked.
        self._candidates: tuple[str, ...] = tuple(getattr(detector, "languages", ()))
        # The pipeline asks again for the language a reply is written in (its explanation's
        # language): the same sample is then detected once. Bounded (cleared when full); a batch
        # fills it too (inspect_batch).
        self._recent: dict[str, dict[str, float]] = {}
        self.lexicon = lexicon or load_lexicon()
        versions = [detector.version] + ([f"confirmed by {confirm.version}"] if confirm else [])
        self.model_versions = {"language": "; ".join(versions)}
        main_body("Warm up.", self.lexicon)  # compiles the patterns now, not on the first message

    @classmethod
    def build(cls, resources: CheckResources) -> "LanguageCheck":
        policy = resources.policy
        markets = [policy.for_market(code) for code in sorted(policy.markets)]
        settings = {m.market: m.settings_of(LanguageSettings) for m in markets}
        configs = {code: {k: getattr(s, k) for k in BUILD_SETTINGS} for code, s in settings.items()}
        first_code = next(iter(configs))
        first = configs[first_code]
        differing = sorted(code for code, config in configs.items() if config != first)
        if differing:
            raise ValueError(
                f"policy file {policy.source}: settings.language {', '.join(BUILD_SETTINGS)} must be "
                f"the same for every market (one detector is built); markets {', '.join(differing)} differ"
            )
        shared = settings[first_code]
        languages = sorted({lang for m in markets for lang in m.languages} | set(shared.extra_languages))
        try:
            detector = make_detector(shared.detector, languages, accuracy=shared.lingua_accuracy)
            confirm = make_detector(shared.confirm_with, languages) if shared.confirm_with else None
        except ValueError as exc:
            raise ValueError(f"policy file {policy.source}: settings.language: {exc}") from None
        log.info(
            "language_check_built detector=%s confirm=%s candidates=%s",
            detector.name,
            confirm.name if confirm else "none",
            ",".join(languages),
        )
        return cls(detector, confirm=confirm)

    def inspect(self, message: Message, context: CheckContext) -> list[Finding]:
        prepared = self._prepare(message, context)
        if prepared is None:
            return self._short_neighbour(message, context)
        if self._plainly_in_market_language(prepared[2], context):
            return self._neighbour(context, prepared[1], prepared[2], tuple(context.policy.languages))
        return self._judge(context, *prepared, self._confidences(prepared[2]))

    def _plainly_in_market_language(self, sample: str, context: CheckContext) -> bool:
        """Whether the body's function words say it is in a market language: the detector would
        read it so, and `_judge` would then only ask the neighbour words (the same answer)."""
        return self._plain_language(sample, tuple(context.policy.languages)) is not None

    def _plain_language(self, sample: str, languages: tuple[str, ...]) -> str | None:
        """plainly_written_in, remembered: in a market of several languages the pipeline asks again
        for the reply's language (its explanation's), on the same body."""
        cache = self.__dict__.setdefault("_plain_cache", {})
        key = (sample, languages)
        if key not in cache:
            if len(cache) >= _BODY_CACHE_SIZE:
                cache.clear()
            cache[key] = plainly_written_in(sample, languages, self._candidates)
        found: str | None = cache[key]
        return found

    def inspect_batch(self, items: Sequence[tuple[Message, CheckContext]]) -> list[list[Finding]]:
        """`inspect` for many replies: the first detector reads every judged body in one call
        (lingua spreads them over its native threads); the rest is per reply, as `inspect`."""
        prepared = [self._prepare(message, context) for message, context in items]
        plain = [p is not None and self._plainly_in_market_language(p[2], c) for p, (_, c) in zip(prepared, items)]
        # Each distinct body once: one already read (a seller's template, the explanation's
        # language) is remembered; the detector is deterministic, so the values are the same.
        remembered = {p[2]: self._recent.get(p[2]) for p, skip in zip(prepared, plain) if p is not None and not skip}
        unknown = [sample for sample, hit in remembered.items() if hit is None]
        many = getattr(self.detector, "confidences_many", None)
        found = many(unknown) if many else [self.detector.confidences(s) for s in unknown]
        known: dict[str, Mapping[str, float]] = {s: hit for s, hit in remembered.items() if hit is not None}
        for sample, confidences in zip(unknown, found):
            known[sample] = confidences
            self._remember(sample, confidences)
        out = []
        for p, skip, (message, context) in zip(prepared, plain, items):
            if p is None:
                out.append(self._short_neighbour(message, context))
            elif skip:  # as inspect: the words said a market language
                out.append(self._neighbour(context, p[1], p[2], tuple(context.policy.languages)))
            else:
                out.append(self._judge(context, *p, known[p[2]]))
        return out

    def _confidences(self, sample: str) -> dict[str, float]:
        hit = self._recent.get(sample)
        if hit is None:
            hit = self.detector.confidences(sample)
            self._remember(sample, hit)
        return hit

    def _main_body(self, text: str):
        """main_body(text), remembered for the reply's second reading (its explanation's language,
        in a market of several languages): the cleaning costs more than the detection's look-up."""
        return self._remembered("_body_cache", _BODY_CACHE_SIZE, text, lambda: main_body(text, self.lexicon))

    def release_caches(self) -> None:
        self._recent.clear()
        self.__dict__.pop("_body_cache", None)
        self.__dict__.pop("_mask_cache", None)
        self.__dict__.pop("_plain_cache", None)

    def _remember(self, sample: str, confidences: dict[str, float]) -> None:
        if len(self._recent) >= _RECENT_SAMPLES:
            self._recent.clear()
        self._recent[sample] = confidences

    def _prepare(self, message: Message, context: CheckContext) -> tuple[LanguageSettings, Body, str] | None:
        """(limits, body, sample) of a reply long enough to judge, else None."""
        limits = self._limits(context)
        if count_words(message.text) < limits.min_words:
            return self._prepare_short_foreign(message, limits)
        body = self._main_body(message.text)
        if body.letters < limits.min_letters:
            return self._prepare_short_foreign(message, limits)
        return limits, body, body.text[:_MAX_DETECTED_CHARS]

    def _prepare_short_foreign(
        self, message: Message, limits: LanguageSettings
    ) -> tuple[LanguageSettings, Body, str] | None:
        """A reply too short for the detectors is still judged when it is written in a script none
        of the candidate languages use ("Состояние батареи 88 %."): that needs no statistics, only
        a few words of it. The detectors then find no candidate and the script decides
        (_judge -> _foreign_script, which spares a buyer who wrote in that script too)."""
        if count_words(message.text) < _SHORT_FOREIGN_MIN_WORDS:
            return None
        body = self._main_body(message.text)
        if body.letters < _SHORT_FOREIGN_MIN_LETTERS or foreign_script(body.text) is None:
            return None
        return limits, body, body.text[:_MAX_DETECTED_CHARS]

    def _short_neighbour(self, message: Message, context: CheckContext) -> list[Finding]:
        """A reply too short for the detectors, written in a close neighbour of the market's language
        that its own words give away (_neighbour); nothing else is judged on so few words."""
        if count_words(message.text) < _SHORT_NEIGHBOUR_MIN_WORDS:
            return []
        body = self._main_body(message.text)
        return self._neighbour(context, body, body.text[:_MAX_DETECTED_CHARS], tuple(context.policy.languages))

    def _judge(
        self, context: CheckContext, limits: LanguageSettings, body, sample: str, first: Mapping[str, float]
    ) -> list[Finding]:
        market_languages = tuple(context.policy.languages)
        # The fast detector first: most replies are in a market language and stop here.
        neighbour = self._neighbour(context, body, sample, market_languages)
        if neighbour:
            return neighbour
        opinions = [first]
        detected = _top(opinions[0])
        if detected is None:
            # No candidate language at all: a reply in Cyrillic, Arabic, Chinese... is in none of
            # the markets' languages, unless the buyer wrote in that script too.
            return self._foreign_script(sample, body, context)
        if detected in market_languages:
            return []
        if not written_with_alphabet_of(detected, sample):
            # "skærmen" is not Swedish whatever the n-grams say: letters the detected language does
            # not use mean the detector is wrong, and a wrong flag is worse than none.
            return []
        # One word only the detected neighbour uses ("blir" on a Danish market) stands in for the
        # second detector, which reads a close neighbour's short reply as the market's language.
        vouched = any(holds_words_of(sample, detected, market, min_distinct=1) for market in market_languages)
        if self._words_overrule(sample, detected, market_languages, limits) or (
            not vouched and self._short_and_spelled_alike(sample, detected, first, market_languages, limits)
        ):
            return []
        if opinions[0][detected] < limits.min_confidence:
            # Close neighbours (Norwegian and Danish, Slovak and Czech) split the first detector's
            # confidence; a lesser one is enough when the second detector's top is the same language.
            if self.confirm is None or opinions[0][detected] < limits.min_agreed_confidence:
                return []
            if not vouched:
                opinions.append(self.confirm.confidences(sample))
                if _top(opinions[1]) != detected:
                    return []
        buyer = self.buyer_languages(context.conversation, limits, market_languages)
        if self._buyer_writes(context, detected, buyer, market_languages, limits):
            return []
        acceptable = (*market_languages, *(lang for lang in sorted(buyer) if lang not in market_languages))
        if self.confirm is not None and not vouched:
            # A second opinion, only on the rare replies about to be flagged (so it costs the median
            # nothing): both detectors must find the body in no acceptable language.
            if len(opinions) == 1:
                opinions.append(self.confirm.confidences(sample))
            if _top(opinions[1]) in (None, *acceptable):
                return []
        # Score: the detectors' mean confidence that the body is in none of the acceptable languages.
        score = sum(1.0 - sum(o.get(lang, 0.0) for lang in acceptable) for o in opinions) / len(opinions)
        described = ", ".join(market_languages) + " (market)"
        if len(acceptable) > len(market_languages):
            described += ", " + ", ".join(acceptable[len(market_languages) :]) + " (buyer)"
        detail = (
            f"the reply's main body reads as {detected} (confidence {opinions[0][detected]:.2f}); "
            f"acceptable languages: {described}"
        )
        return [self.finding("wrong_language", score, body.start, body.end, detail)]

    @staticmethod
    def _short_and_spelled_alike(
        sample: str,
        detected: str,
        first: Mapping[str, float],
        market_languages: tuple[str, ...],
        limits: LanguageSettings,
    ) -> bool:
        """Whether the body is short, `detected` is spelled like a market language (the Scandinavian
        languages, Czech and Slovak: neighbour_words.spelled_alike), and the first detector still
        gives that market language a real share (_MARKET_SHARE). On a few words the detectors split
        between such neighbours ("Pakken er sendt i dag" is Danish and Norwegian alike; a Czech line
        typed without háčky reads as Slovak): the reply may then be in either, and only a word the
        neighbour alone writes says which. A short reply in the neighbour that leaves the market
        language no share (a Slovak line the detectors read as Slovak 1.0, Czech 0.0) is still
        judged."""
        return count_words(sample) < limits.short_body_words and any(
            spelled_alike(detected, market) and first.get(market, 0.0) >= _MARKET_SHARE for market in market_languages
        )

    @staticmethod
    def _words_overrule(
        sample: str, detected: str, market_languages: tuple[str, ...], limits: LanguageSettings
    ) -> bool:
        """Whether the reply's own words say the detectors are wrong about `detected`."""
        if (
            count_words(sample) < limits.short_body_words
            and not any(is_close_pair(detected, market) for market in market_languages)
            and function_words_deny(sample, detected, market_languages)
        ):
            # A short reply whose function words are the market's (or shared with the detected
            # language). Close neighbours share most function words; their own words tell them
            # apart (below).
            return True
        # Colloquial Czech ("jenom", "jak") reads as Slovak to both detectors: two words only
        # the market's language uses, against that neighbour, say the detectors are wrong; on a
        # short body and a neighbour spelled alike, one such word is enough ("pošlite" is Slovak,
        # "pošlete" Czech: the detectors' n-grams of a few words weigh less than it).
        short = count_words(sample) < limits.short_body_words
        return any(
            holds_words_of(sample, market, detected, min_distinct=1 if short and spelled_alike(detected, market) else 2)
            for market in market_languages
        )

    def _neighbour(self, context: CheckContext, body, sample: str, market_languages: tuple[str, ...]) -> list[Finding]:
        """A reply in a neighbour of a market language that no detector tells apart (Galician on
        es or pt, Afrikaans on nl): its own words say so (screening/checks/language/neighbour_words.py).
        A buyer who wrote that neighbour too may be answered in it: one of its words in the buyer's
        messages is enough. The detectors' reading of the buyer counts only when the buyer wrote no
        word of the market's language against that neighbour (they often read a short Czech
        question as Slovak, a Swedish one as Norwegian)."""
        neighbour = neighbour_language(sample, market_languages, market_languages)
        if neighbour is None:
            return []
        limits = self._limits(context)
        buyer = self.buyer_languages(context.conversation, limits, market_languages)
        if self._buyer_writes(context, neighbour, buyer, market_languages, limits):
            return []
        described = ", ".join(market_languages) + " (market)"
        detail = (
            f"the reply's main body reads as {neighbour} (words only {neighbour} uses, which the detectors "
            f"cannot tell from {', '.join(market_languages)}); acceptable languages: {described}"
        )
        return [self.finding("wrong_language", _NEIGHBOUR_WORDS_SCORE, body.start, body.end, detail)]

    def _buyer_writes(
        self,
        context: CheckContext,
        language: str,
        buyer: frozenset[str],
        market_languages: tuple[str, ...],
        limits: LanguageSettings,
    ) -> bool:
        """Whether the buyer wrote `language`, so a reply in it is acceptable: a word only it uses
        in their messages says so; else the detectors' reading (`buyer`), except for a close
        neighbour of a market language when the buyer wrote a word of the market's language
        against it, or too little for the detectors to tell the two apart."""
        if self._buyer_wrote(context, language, market_languages):
            return True
        if language not in buyer:
            return False
        close = [m for m in market_languages if is_close_pair(language, m) or is_close_pair(m, language)]
        if not close:
            return True
        if any(self._buyer_wrote(context, market, (language,)) for market in close):
            return False
        buyer_text = self._buyer_text(context.conversation)
        return sum(c.isalpha() for c in buyer_text) >= limits.close_buyer_min_letters

    def _buyer_wrote(self, context: CheckContext, language: str, against: Sequence[str]) -> bool:
        """Whether the buyer's messages hold a word only `language` uses against one of `against`:
        a short question ("¿enviáis a ...?") that the detectors read as a third language is still
        the buyer's, and a reply in it is acceptable."""
        buyer_text = self._buyer_text(context.conversation)
        return bool(buyer_text) and any(
            holds_words_of(buyer_text, language, other, min_distinct=1) for other in against if other != language
        )

    def written_language(self, text: str, languages: Sequence[str]) -> str | None:
        """Which of `languages` the text's main body is written in, or None (too short to tell,
        or another language)."""
        limits = _DEFAULT_LIMITS
        if count_words(text) < limits.min_words:
            return None
        body = self._main_body(text)
        if body.letters < limits.min_letters:
            return None
        sample = body.text[:_MAX_DETECTED_CHARS]
        plain = self._plain_language(sample, tuple(languages))
        if plain is not None:
            return plain
        detected = _top(self._confidences(sample))
        return detected if detected in languages else None

    def _foreign_script(self, sample: str, body, context: CheckContext) -> list[Finding]:
        script = foreign_script(sample)
        if script is None or foreign_script(self._buyer_text(context.conversation)) == script:
            return []
        languages = ", ".join(context.policy.languages)
        detail = (
            f"the reply's main body is written in {script.title()} script, which none of the acceptable "
            f"languages use; acceptable languages: {languages} (market)"
        )
        return [self.finding("wrong_language", _FOREIGN_SCRIPT_SCORE, body.start, body.end, detail)]

    def _buyer_text(self, conversation: Iterable[Message]) -> str:
        """The buyer's recent messages, masked, greetings included: "Hallo," says something about them."""
        texts = [m.text for m in conversation if m.author == "buyer"][-_BUYER_MESSAGES:]
        return " \n".join(self._masked(text) for text in texts)[-_MAX_DETECTED_CHARS:]

    def _masked(self, text: str) -> str:
        # A buyer's message is masked again for every reply in its conversation: remembered
        # (bounded; cleared when full, as the tone model's word cache).
        return self._remembered("_mask_cache", _MASK_CACHE_SIZE, text, lambda: mask(text, self.lexicon))

    def _remembered(self, name: str, size: int, text: str, compute):
        """compute() for `text`, remembered in the cache `name` (cleared when it holds `size`)."""
        cache = self.__dict__.setdefault(name, {})
        hit = cache.get(text)
        if hit is None:
            if len(cache) >= size:
                cache.clear()
            hit = cache[text] = compute()
        return hit

    def buyer_languages(
        self,
        conversation: Iterable[Message],
        limits: LanguageSettings | None = None,
        market_languages: Sequence[str] = (),
    ) -> frozenset[str]:
        """Languages the buyer may have written in: each with enough confidence from a detector."""
        limits = limits or _DEFAULT_LIMITS
        masked = self._buyer_text(conversation)
        if sum(c.isalpha() for c in masked) < limits.buyer_min_letters:
            return frozenset()
        # Either detector may vouch for a buyer language: missing it would flag a reply in the
        # language the buyer wrote, the worst kind of false flag.
        detectors = [self.detector] + ([self.confirm] if self.confirm else [])
        opinions = [detector.confidences(masked) for detector in detectors]
        sure = {
            lang for opinion in opinions for lang, value in opinion.items() if value >= limits.buyer_sure_confidence
        }
        if sure & set(market_languages):
            # One detector is all but certain the buyer wrote a market language: the other's lesser
            # reading of a close neighbour (langdetect is unreliable on a short question: "O ecrã
            # tem riscos?" also reads as Catalan) is doubt, not a second language the buyer used.
            # Another language still counts when a detector is as sure of it.
            return frozenset(sure)
        tops = [_top(opinion) for opinion in opinions if opinion]
        if tops and all(top in market_languages for top in tops):
            # Both detectors read the buyer as writing a language of the market: a close neighbour's
            # lesser confidence (Danish text also scores Norwegian) is the detectors' doubt, not a
            # second language the buyer used, so it does not make a reply in that neighbour acceptable.
            return frozenset(top for top in tops if top is not None)
        return frozenset(
            lang for opinion in opinions for lang, value in opinion.items() if value >= limits.buyer_min_confidence
        )

    def _limits(self, context: CheckContext) -> LanguageSettings:
        return context.policy.settings_of(LanguageSettings)


def _top(confidences: Mapping[str, float]) -> str | None:
    return max(confidences, key=confidences.__getitem__) if confidences else None
