"""The template check (rule R5): automated replies that replace an individual answer.

Two codes:
- `template.autoresponder`: found on first use, no history needed, by either of two detectors:
  the text says it is automated or out-of-office, in any market language (near-certain phrases,
  screening/checks/template/autoresponder.py); or it reads like an automatic reply by what it does
  (acknowledges receipt and promises a later answer, states opening hours, a closure or an absence
  as its whole content, registers a ticket), the trained model of models/template/
  (screening/checks/template/autoresponder_model.py, training/template/), at its stored threshold,
  on the reply as sent or without its sign-off block (a shop's long signature is no part of what
  the reply does).
- `template.repeated`: the seller sent a near-duplicate of this reply to at least N other
  conversations within the window. Replies are compared as placeholder text (names, numbers, order
  ids, amounts, dates, e-mails, URLs replaced: screening/checks/template/placeholders.py); candidates come
  from the MinHash band index over the seller's history (screening/checks/template/index.py; word pairs
  as a set, so the lookup does not depend on sentence order) and are confirmed with rapidfuzz's
  ratio on the placeholder text or, for a light paraphrase (sentences swapped, added or dropped,
  greeting moved, emoji), by the overlap of their character shingles
  (screening/checks/template/similarity.py); a looser overlap (a canned reply cut short or partly
  reworded) counts when two of the earlier replies matched are near-duplicates of each other, and
  an overlap of word stems (a canned reply reworded throughout) when two of them share their stems
  closely (_Matches). The sign-off block (closing, name, shop signature) is left
  out of the placeholder text (placeholders.py). The candidates are looked up in the history store at each call (its band-key table, screening/store/template_index.py), so a reply recorded by
  any process sharing the store counts at once. Needs the history store: without one
  (a one-off `screening check`) only autoresponders are found.

Not flagged, by design: courtesy replies shorter than `min_length` characters of own words
("Merci, bonne journée !"), the same sentence sent by different sellers (the index is per seller),
and long individual answers that share a signature (the sign-off block is cut before comparing, and
the whole rest must be near-identical or contained with a high Jaccard overlap).
Settings (policy.yaml `settings.template`) are read per market at each call.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from rapidfuzz import fuzz, process

from screening.checks.base import Check, CheckContext, CheckResources, register
from screening.checks.template.settings import TemplateSettings
from screening.checks.template.signature import last_paragraph, signed_under_other_text
from screening.checks.template.similarity import (
    Overlap,
    Shingles,
    overlap,
    shingles,
    stems_inside,
    word_overlap,
)
from screening.core.types import Finding, Message

if TYPE_CHECKING:  # pragma: no cover - typing only
    from screening.checks.template.autoresponder_model import AutoresponderModel
    from screening.core.policy import Policy

log = logging.getLogger(__name__)

COMPARED_CHARS = 2000  # of each placeholder text, when confirming a candidate (see TemplateCheck._repeated)
# Words of letters an automatic reply has at least ("Closed until Monday" has three).
MIN_AUTORESPONDER_WORDS = 2
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
GROUP_PAIRS_FROM = 8  # looser matches paired to see whether they repeat one another (_Matches)


def _may_overlap(a: int, b: int, jaccard: float) -> bool:
    """Whether texts of a and b characters can reach `jaccard`: Jaccard <= |smaller| / |larger|, and
    a text of n characters has about n shingles. Skips building the shingles of most candidates
    (building them costs more than the ratio does)."""
    return min(a, b) >= 0.9 * jaccard * max(a, b)


def _automatic_probability(model: "AutoresponderModel", text: str, threshold: float) -> float:
    """The model's probability for the reply, or for the reply without its sign-off block when
    that is higher. A small shop's long signature (closing, name, address, warranty, slogan) can
    outweigh a two-sentence automatic acknowledgement in the model's features: the reply is then
    read without it (placeholders.without_signoff), as the repeated check already compares it."""
    from screening.checks.template.placeholders import without_signoff

    body = without_signoff(text)
    if not body or len(body) == len(text.strip()):
        return model.probability(text)  # no sign-off block: the same text
    # Both read at once, the words they share looked up once (reading the body too is wasted only
    # on the rare reply that already reads as automatic on its own).
    probability, body_probability = model.probability_pair(text, body)
    if probability >= threshold:
        return probability
    return max(probability, body_probability)


@dataclass(slots=True)
class _Matches:
    """The earlier replies of the seller that this reply repeats, best one per conversation.

    Near-duplicates (rapidfuzz's ratio, or the shingle overlap of a light paraphrase) count at
    once. A looser overlap (`group_containment`, `group_jaccard`: a canned reply cut short, a
    sentence of it reworded, the shop's name moved to the front) counts only when two of the
    earlier replies matched (in two conversations: one is kept per conversation) are
    near-duplicates of one another: the seller has already been sending that text as a canned
    reply. Individual answers that share a few facts (shipping, warranty, opening hours) are not
    near-duplicates of one another, so they never open the looser door.

    A canned reply reworded between uses (clauses swapped, a verb made a noun, a synonym) keeps
    its words but not its character shingles: such a match by word stems (`word_containment`,
    `word_jaccard`, similarity.word_overlap) counts when two of the earlier replies matched share
    their stems with each other by `word_group_jaccard`, a closer overlap than individual answers
    sharing one stock sentence reach.

    Related: an earlier reply that shares the reply's word stems by `word_containment` and
    `related_word_jaccard` (a freer rewording than the rules above take) counts when the seller is
    shown to paste that text: when two of the earlier replies matched or related are near-duplicates
    of each other, or (anchored) when the reply is a near-duplicate of one earlier reply and the
    related one shares its stems with that near-duplicate by `related_word_jaccard` too: the texts
    are one canned reply (`_anchored`). A reply cut from an earlier one counts that reply's
    near-duplicates in other conversations too (`_through_near_duplicates`)."""

    query: str
    settings: TemplateSettings
    # conversation -> (similarity, message id, placeholder text) of its closest earlier reply
    strict: dict[str, tuple[float, str, str]] = field(default_factory=dict)
    loose: dict[str, tuple[float, str, str]] = field(default_factory=dict)
    reworded: dict[str, tuple[float, str, str]] = field(default_factory=dict)
    # conversation -> (100 * word-stem Jaccard, message id, placeholder text): every earlier reply
    # that is not a near-duplicate but shares the reply's stems by the related thresholds
    related: dict[str, tuple[float, str, str]] = field(default_factory=dict)
    # conversation -> (message id, placeholder text) of every earlier reply looked at
    seen: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    _query_shingles: Shingles | None = None
    # placeholder text -> what `_read` made of it, for this reply
    _readings: dict[str, tuple[dict[str, tuple[float, str, str]] | None, float, float | None]] = field(
        default_factory=dict
    )

    def add(self, conversation: str, message_id: str, norm: str, similarity: float) -> None:
        self.seen.setdefault(conversation, []).append((message_id, norm))
        reading = self._readings.get(norm)
        if reading is None:
            reading = self._readings[norm] = self._read(norm, similarity)
        hits, similarity, related = reading
        if related is not None:
            _keep_closest(self.related, conversation, (related, message_id, norm))
        if hits is not None:
            _keep_closest(hits, conversation, (similarity, message_id, norm))

    def _read(
        self, norm: str, similarity: float
    ) -> tuple[dict[str, tuple[float, str, str]] | None, float, float | None]:
        """Where an earlier reply's text counts (strict, loose, reworded or nowhere), with its
        similarity, and its word-stem Jaccard when it is related. It depends on the text alone, and
        a seller pasting one canned reply sends the same text to many conversations, so `add`
        reads each distinct text once."""
        settings = self.settings
        found = self._overlap(norm) if similarity < settings.similarity * 100.0 else None
        if found is None:
            return self.strict, similarity, None  # near-identical in order
        if found.containment >= settings.containment and found.jaccard >= settings.jaccard:
            return self.strict, 100.0 * found.containment, None  # a light paraphrase
        loose = found.containment >= settings.group_containment and found.jaccard >= settings.group_jaccard
        words = word_overlap(self.query, norm)
        related = 100.0 * words.jaccard if _related(words, settings) else None
        if loose:
            return self.loose, 100.0 * found.containment, related
        if words.containment < settings.word_containment or words.jaccard < settings.word_jaccard:
            return None, similarity, related
        return self.reworded, 100.0 * words.jaccard, related

    def _overlap(self, norm: str) -> Overlap:
        if not _may_overlap(len(self.query), len(norm), min(self.settings.jaccard, self.settings.group_jaccard)):
            return Overlap(0.0, 0.0)  # too different in length to reach either Jaccard
        if self._query_shingles is None:
            self._query_shingles = shingles(self.query)
        return overlap(self._query_shingles, shingles(norm))

    def confirmed(self, needed: int) -> dict[str, tuple[float, str, str]]:
        """The conversations that count: the near-duplicates, and the looser or reworded matches too
        when the earlier replies matched form a canned reply (see the class docstring)."""
        if len(self.strict) >= needed:
            return self.strict
        matched = {**self.loose, **self.strict}
        if len(matched) >= needed and self._earlier_replies_repeat(matched):
            return matched
        reworded = {**self.reworded, **matched}
        if len(reworded) >= needed and self._earlier_replies_reworded(reworded):
            return reworded
        related = {**self.related, **reworded}
        if len(related) >= needed and self._earlier_replies_repeat(related):
            return related  # a freer rewording of a text the seller sends as near-duplicates
        anchored = self._anchored(needed)
        if len(anchored) >= needed:
            return anchored
        return self._through_near_duplicates(needed) or anchored

    def _through_near_duplicates(self, needed: int) -> dict[str, tuple[float, str, str]]:
        """The near-duplicates, with an earlier reply the reply is cut from (it relates to it, and
        `cut_short_containment` of its word stems are inside it) and that earlier reply's own
        near-duplicates in other conversations, when that makes `needed`: they are one text the
        seller pastes, and the reply is that text cut short, although it shares fewer words with one
        use than with another (a reply cut to two sentences keeps few stems, so a greeting with the
        buyer's name in one use and "dear customers" in the other weighs). Only a reply cut from the
        text counts: an individual answer that holds a short earlier answer among its own sentences
        is not inside it. Empty when no such group makes `needed`."""
        matched = {**self.related, **self.reworded, **self.loose}
        if not matched or len(self.strict) + len(self.seen) < needed:
            return {}
        cut_from = self.settings.cut_short_containment
        closest = sorted(
            (found, conversation)
            for conversation, found in matched.items()
            if stems_inside(self.query, found[2]) >= cut_from
        )[::-1]
        for found, conversation in closest[:GROUP_PAIRS_FROM]:
            # A canned text recurs across conversations: each distinct text is compared once.
            texts = {norm for other, items in self.seen.items() if other != conversation for _, norm in items}
            close = {norm for norm in texts if self._near_duplicates(found[2], norm)}
            group = {
                other: (found[0], items[0][0], items[0][1])
                for other, items in self.seen.items()
                if other != conversation and other not in self.strict and any(norm in close for _, norm in items)
            }
            if not group:
                continue
            counted = {**group, conversation: found, **self.strict}
            if len(counted) >= needed:
                return counted
        return {}

    def _near_duplicates(self, a: str, b: str) -> bool:
        """Whether two placeholder texts are near-duplicates: rapidfuzz's ratio, or the shingle
        overlap of a light paraphrase (the rules of `similarity`, `containment`, `jaccard`)."""
        settings = self.settings
        if fuzz.ratio(a, b, score_cutoff=settings.similarity * 100.0):
            return True
        if not _may_overlap(len(a), len(b), settings.jaccard):
            return False
        found = overlap(shingles(a), shingles(b))
        return found.containment >= settings.containment and found.jaccard >= settings.jaccard

    def _anchored(self, needed: int) -> dict[str, tuple[float, str, str]]:
        """The near-duplicates, with the related earlier replies that share their stems with one of
        them by `related_word_jaccard` when that makes `needed` (see the class docstring)."""
        if not self.strict or len(self.strict) + len(self.related) < needed:
            return self.strict
        threshold = self.settings.related_word_jaccard
        anchors = [norm for _, _, norm in self.strict.values()]
        linked = {
            conversation: found
            for conversation, found in self.related.items()
            if conversation not in self.strict
            and any(word_overlap(anchor, found[2]).jaccard >= threshold for anchor in anchors)
        }
        return {**linked, **self.strict} if len(self.strict) + len(linked) >= needed else self.strict

    def _earlier_replies_reworded(self, matched: dict[str, tuple[float, str, str]]) -> bool:
        """Whether two of the matched earlier replies share their word stems by `word_containment`
        and `word_group_jaccard`."""
        settings = self.settings

        def close(a: str, b: str) -> bool:
            words = word_overlap(a, b)
            return words.containment >= settings.word_containment and words.jaccard >= settings.word_group_jaccard

        return _two_close(matched, close)

    def _earlier_replies_repeat(self, matched: dict[str, tuple[float, str, str]]) -> bool:
        """Whether two of the matched earlier replies, in two conversations, are near-duplicates of
        each other."""
        return _two_close(matched, self._near_duplicates)


def _related(words: Overlap, settings: TemplateSettings) -> bool:
    """Whether a word-stem overlap makes an earlier reply related (see _Matches): a freer rewording,
    or the text cut short to a part of it."""
    if words.containment >= settings.word_containment and words.jaccard >= settings.related_word_jaccard:
        return True
    return words.containment >= settings.cut_short_containment and words.jaccard >= settings.cut_short_word_jaccard


def _keep_closest(hits: dict[str, tuple[float, str, str]], conversation: str, found: tuple[float, str, str]) -> None:
    """Keep `found` as the conversation's entry when it is closer than the one kept."""
    if found[0] > hits.get(conversation, (0.0, "", ""))[0]:
        hits[conversation] = found


def _two_close(matched: dict[str, tuple[float, str, str]], close: Callable[[str, str], bool]) -> bool:
    """Whether two of the matched earlier replies (one per conversation) are `close`: the
    GROUP_PAIRS_FROM closest to the new reply are paired, which bounds latency."""
    texts = [norm for _, _, norm in sorted(matched.values(), reverse=True)[:GROUP_PAIRS_FROM]]
    return any(close(a, b) for i, a in enumerate(texts) for b in texts[i + 1 :])


@register
class TemplateCheck(Check):
    name = "template"
    reads_history = True

    def __init__(
        self, history: Any = None, model: "AutoresponderModel | None" = None, model_version: str | None = None
    ):
        self._history = history
        self._model = model
        self.model_versions = {"template": model_version or "unversioned"} if model is not None else {}

    @classmethod
    def build(cls, resources: CheckResources) -> "TemplateCheck":
        from screening.core.model_files import DEFAULT_POINTER, load_model
        from screening.checks.template.autoresponder_model import AutoresponderModel

        pointer = resources.models_dir / "template" / DEFAULT_POINTER
        if resources.model_version("template") is None and not pointer.exists():
            # The phrases and the history stand on their own; a model that exists but fails its
            # hash check still stops the service (load_model raises), as for every model.
            log.warning("template_model_missing pointer=%s mode=phrases_only", pointer)
            check = cls(resources.history)
            check.missing_models = (str(pointer),)
            return check
        loaded = load_model(resources.models_dir, "template", resources.model_version("template"))
        return cls(resources.history, AutoresponderModel(loaded.artifact), loaded.version)

    def prepare_batch(self, items) -> None:
        """The fingerprints of the batch's replies in one vectorised pass (template/fingerprint.py):
        `_repeated` and the store, when it records them, look them up."""
        if self._history is not None:
            from screening.checks.template.fingerprint import fingerprint_many

            fingerprint_many([message.text for message, _ in items if message.seller_id])

    def warm_up(self, policy: "Policy") -> None:
        """The autoresponder model's notice-cue automaton (notice_cues.py, ~50 ms), built once."""
        if self._model is not None:
            self._model.probability("warm up")

    def release_caches(self) -> None:
        from screening.checks.template.fingerprint import release

        release()

    def inspect(self, message: Message, context: CheckContext) -> list[Finding]:
        settings = context.policy.settings_of(TemplateSettings)
        findings = []
        auto = self._autoresponder(message, settings)
        if auto is not None:
            findings.append(auto)
        if self._history is not None and message.seller_id:
            repeated = self._repeated(message, settings)
            if repeated is not None:
                findings.append(repeated)
        return findings

    def _autoresponder(self, message: Message, settings: TemplateSettings) -> Finding | None:
        from screening.checks.template.autoresponder import find_autoresponder

        match = find_autoresponder(message.text)
        if match is not None:
            return self.finding(
                "autoresponder",
                settings.autoresponder_score,
                match.start,
                match.end,
                "the text says it is an automatic or out-of-office reply",
            )
        if self._model is None or len(_LETTER_WORD.findall(message.text)) < MIN_AUTORESPONDER_WORDS:
            # An automatic reply says something in words ("we are closed until Monday"); a reply
            # of numbers (a tracking code sent in parts, an IMEI) or a lone word gives the model's
            # character n-grams nothing to read and its probability is noise.
            return None
        threshold = settings.autoresponder_threshold or self._model.threshold()
        probability = _automatic_probability(self._model, message.text, threshold)
        if probability < threshold:
            return None
        # The whole message is what it is: the span covers it, without surrounding blanks.
        text = message.text
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        return self.finding(
            "autoresponder",
            round(self._model.score(probability, threshold), 4),
            start,
            end,
            "reads like an automatic reply: it acknowledges the message, states opening hours, a "
            "closure or an absence, or registers a ticket, and answers nothing",
        )

    def _repeated(self, message: Message, settings: TemplateSettings) -> Finding | None:
        from screening.checks.template.fingerprint import fingerprint

        normalised, bands = fingerprint(message.text)  # the store reuses it when this reply is recorded
        if normalised.content_length < settings.min_length:
            return None  # a short courtesy: everyone writes "Merci, bonne journée !"
        until = int(message.sent_at.timestamp())
        window_days = settings.window_days
        since = until - int(window_days * 86400)
        candidates = self._history.template_candidates(
            message.seller_id, bands, since, until, limit=settings.max_candidates
        )
        if not candidates:
            return None
        # Confirm on the placeholder texts, in order (rapidfuzz's ratio: 100 * (1 - Indel distance /
        # total length)) or, for a paraphrase (sentences swapped, added or dropped), as sets of character
        # shingles (screening/checks/template/similarity.py). The ratio reads the first COMPARED_CHARS
        # characters: it costs length x length per pair, and a seller re-sending a 20,000-character
        # text had 150 such pairs cost 400-700 ms per reply, all of it holding the GIL (bench
        # adversarial, a recorded store). Ordinary replies are far shorter (the longest in data/
        # normalises to 486 characters), so they are compared whole.
        query = normalised.text
        norms = [c.norm for c in candidates]
        last = last_paragraph(message.text, query)
        if last is not None and signed_under_other_text(last, norms):
            # The last paragraph is the shop's signature (signature.py): compare without it.
            if last.body.content_length < settings.min_length:
                return None  # a short courtesy under the signature
            query = last.body.text
            norms = [rest if (rest := last.cut_from(norm)) is not None else norm for norm in norms]
        query = query[:COMPARED_CHARS]
        norms = [norm[:COMPARED_CHARS] for norm in norms]
        ratios = process.extract(query, norms, scorer=fuzz.ratio, limit=None)
        matches = _Matches(query, settings)
        for _, similarity, i in ratios:
            stored = candidates[i]
            if stored.message_id == message.id:
                continue  # this very message, recorded earlier
            conversation = stored.conversation_id or f"message:{stored.message_id}"
            if message.conversation_id is not None and conversation == message.conversation_id:
                continue  # repeating oneself inside one conversation is not a reply to many buyers
            matches.add(conversation, stored.message_id, norms[i], similarity)
        best = matches.confirmed(settings.min_conversations)
        needed = settings.min_conversations
        if len(best) < needed:
            return None
        similarity, closest, _ = max(best.values())
        count = len(best)
        # 0.6 at exactly N conversations, growing towards 1.0 as the count grows (0.8 at 2N).
        score = min(0.99, 0.6 + 0.4 * (1.0 - needed / count))
        return self.finding(
            "repeated",
            score,
            detail=f"near-duplicate of replies this seller sent to {count} other conversations in the last "
            f"{window_days:g} days; closest earlier message {closest} ({similarity:.0f}% similar)",
        )
