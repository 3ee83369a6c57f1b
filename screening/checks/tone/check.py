"""The tone check (rule R2: replies are courteous): `tone.discourteous` on seller replies."""

from __future__ import annotations

import logging
from typing import Sequence

from screening.checks.base import Check, CheckContext, CheckResources, register
from screening.checks.tone.features import SPACY_TOKENIZER, Tokenizers
from screening.checks.tone.languages import resolve_language
from screening.checks.tone.model import CORPUS_LANGUAGES, Analysis, ToneModel
from screening.checks.tone.name_calling import called_name, has_insult
from screening.checks.tone.plain_answers import is_plain_answer
from screening.checks.tone.rude_phrases import may_hold, rude_phrase
from screening.checks.tone.settings import ToneSettings
from screening.core.types import Finding, Message

log = logging.getLogger(__name__)

# The score of a name called at the buyer, or of a rude phrase (rude_phrases.py), that the model
# scored under the flag level: above the policy's tone flag level (0.5), below what the model gives
# a reply it is sure of.
NAME_CALLED_SCORE = 0.75
RUDE_PHRASE_SCORE = NAME_CALLED_SCORE


@register
class ToneCheck(Check):
    """Observes discourteous wording; the policy (`tone.*` actions, R2) decides what happens."""

    name = "tone"

    def __init__(self, model: ToneModel, version: str):
        self.model = model
        self.version = version
        self.model_versions = {"tone": version}

    @classmethod
    def build(cls, resources: CheckResources) -> "ToneCheck":
        from screening.core.model_files import load_model

        # Raises ModelError naming the file if the artifact does not match its card: the service
        # does not start with a model it cannot vouch for.
        loaded = load_model(resources.models_dir, "tone", resources.model_version("tone"))
        # Every language the policy's markets speak gets its tokenizer now, not on a first message
        # (spaCy artifacts only: the regex tokenizer has nothing to build per language).
        policy = resources.policy
        languages = {lang for market in policy.markets for lang in policy.for_market(market).languages}
        tokenizers = None
        if loaded.artifact.get("tokenizer", SPACY_TOKENIZER) == SPACY_TOKENIZER:
            tokenizers = Tokenizers(sorted(languages | set(CORPUS_LANGUAGES)))
        model = ToneModel(loaded.artifact, tokenizers)
        log.info("tone_ready version=%s languages=%d", loaded.version, len(languages))
        return cls(model, loaded.version)

    def language_of(self, message: Message, context: CheckContext) -> str | None:
        """The language to score `message` in, or None to abstain: a plain answer ("No.", "Oui,
        merci !": plain_answers.py), or a language the model never saw (its scores there would be
        guesses, and guesses were what flagged Czech or Greek replies)."""
        if is_plain_answer(message.text):
            log.debug("tone_abstained message_id=%s market=%s reason=plain_answer", message.id, message.market)
            return None
        language = resolve_language(message.text, context.policy.languages, self.model.languages)
        if language is None:
            log.debug("tone_abstained message_id=%s market=%s reason=untrained_language", message.id, message.market)
        return language

    def inspect(self, message: Message, context: CheckContext) -> list[Finding]:
        # Scored as a batch of one: the probability first (the reply and its windows in one
        # vectorised pass), the full analysis with its phrases only for a reply that will be
        # reported. Most replies are not: analysing each cost twice the scoring.
        return self.inspect_many([message], [context])[0]

    def inspect_many(self, messages: Sequence[Message], contexts: Sequence[CheckContext]) -> list[list[Finding]]:
        """`inspect` for a batch: one vectorised scoring pass; spans only for what is reported."""
        languages = [self.language_of(m, c) for m, c in zip(messages, contexts)]
        scored = [(i, language) for i, language in enumerate(languages) if language is not None]
        probabilities = self.model.probabilities([messages[i].text for i, _ in scored], [lang for _, lang in scored])
        out: list[list[Finding]] = [[] for _ in messages]
        for (i, language), p in zip(scored, probabilities):
            message, context = messages[i], contexts[i]
            minimum = context.policy.settings_of(ToneSettings).min_score
            if self.model.score(float(p), language) >= minimum:
                out[i] = self._findings(message.text, self.model.analyse(message.text, language), language, context)
            if not out[i]:
                out[i] = self._by_rule(message.text, language)
        return out

    def inspect_batch(self, items: Sequence[tuple[Message, CheckContext]]) -> list[list[Finding]]:
        return self.inspect_many([m for m, _ in items], [c for _, c in items])

    def release_caches(self) -> None:
        # spaCy's vocabulary keeps every new string it tokenised (order numbers, names): millions
        # of replies grow it without end. Fresh tokenizers tokenise alike. (The regex tokenizer
        # keeps nothing; the model's per-word cache is cleared either way.)
        self.model.release_caches()

    def _by_rule(self, text: str, language: str) -> list[Finding]:
        """What the model scored under the flag level but a rule reads as rude in any reply."""
        return self._name_called(text, language) or self._rude_phrase(text, language)

    def _rude_phrase(self, text: str, language: str) -> list[Finding]:
        """A threat, a brush-off or the subject closed on the buyer (rude_phrases.py)."""
        if not may_hold(text, language):
            return []  # most replies: none of the phrases, so no view to build
        found = rude_phrase(self.model.read(text), language)
        if found is None:
            return []
        kind, start, end = found
        detail = f"{kind} phrase ({language}; model {self.version} scored the reply lower)"
        return [self.finding("discourteous", RUDE_PHRASE_SCORE, start, end, detail=detail)]

    def _name_called(self, text: str, language: str) -> list[Finding]:
        """A lexicon insult addressed to the buyer (name_calling.py) is discourteous whatever the
        model's score: in a few words it can stay under the threshold."""
        if not has_insult(text, language):
            return []  # most replies: no word of the lexicon, so no view to build
        span = called_name(self.model.read(text), language)
        if span is None:
            return []
        detail = f"a name called at the buyer (insult lexicon, {language}; model {self.version} scored it lower)"
        return [self.finding("discourteous", NAME_CALLED_SCORE, span[0], span[1], detail=detail)]

    def _findings(self, text: str, analysis: Analysis, language: str, context: CheckContext) -> list[Finding]:
        probability = analysis.probability
        score = self.model.score(probability, language)
        if score < context.policy.settings_of(ToneSettings).min_score:
            return []
        prior = f" at a {self.model.prior:.0%} share of discourteous replies" if self.model.prior else ""
        # The kind of discourtesy whose hyperplane decided, when the model has one per kind.
        kind = self.model.kind(analysis)
        kind = f", closest kind {kind}" if kind else ""
        detail = (
            f"discourteous wording (p={probability:.2f}{prior}, threshold {self.model.threshold(language):.2f} "
            f"for {language}{kind}, model {self.version})"
        )
        # One finding per reply: one problem is one finding, on the phrase that carries most of it:
        # a rude phrase of the rules when the reply holds one (a threat is what a moderator must
        # see, whatever words the model weighed most), else the model's own.
        if may_hold(text, language):
            found = rude_phrase(self.model.read(text), language)
            if found is not None:
                return [self.finding("discourteous", score, found[1], found[2], detail=detail)]
        phrases = self.model.phrases(analysis, limit=1)
        if not phrases:
            return [self.finding("discourteous", score, detail=detail)]
        return [self.finding("discourteous", score, phrases[0].start, phrases[0].end, detail=detail)]
