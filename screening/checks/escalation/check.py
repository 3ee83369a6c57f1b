"""The escalation check: does a buyer's message call for the platform to take over (rules R8, R9)?

Codes (docs/formats.md §2): escalation.locked_device, .counterfeit, .dangerous (R9, the policy takes over at
once), .not_as_described, .quality_issue, .return_refused, .no_response (R8, flagged for review).
One finding per category found, its span on the phrase that shows it, in the original text.

Two observers, combined per category as max(rule score, model_weight x model probability):
- the rule lexicon of screening/checks/escalation/ (fr, de, es, it, nl, pl, pt, en, all run on every
  message: a buyer may write in any language); a question that only mentions a topic ("how do I
  turn off Find My iPhone before trade-in?") scores below `min_score`;
- the trained model models/escalation/DEFAULT (screening train escalation), when there is one. It
  can add a category the rules missed (no span: the whole message) but never remove one. It reads
  only messages in a language it was trained on (the market's language, or a trained language the
  message clearly reads as); on any other language its character n-grams would be a guess, so it
  abstains there (logged with the reason) and the rules decide alone.
Two problems told in one sentence ("the sound crackles and you won't take it back") are read clause
by clause (clauses.py, _with_clauses), each reported with its clause's span.
Settings (policy `settings.escalation`): min_score, model_weight, model_weights (per category).
Accuracy: data/escalation/README.md.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from typing import Sequence

from screening.checks.base import Check, CheckContext, CheckResources, register
from screening.checks.tone.languages import resolve_language
from screening.checks.escalation.rules import Hit, RuleDetector
from screening.checks.escalation.lexicon import CATEGORIES, DENIABLE_CATEGORIES, LANGUAGES
from screening.checks.escalation.rules import GUARDED_FACTOR
from screening.checks.escalation.model import EscalationModel
from screening.checks.escalation.settings import EscalationSettings
from screening.checks.escalation.waiting import dated_within_a_day, too_early_to_chase
from screening.checks.escalation.presale import asks_about_listing_before_buying, speaks_of_a_purchase
from screening.checks.escalation.acknowledgements import only_acknowledges
from screening.checks.escalation.elsewhere import disclaims, mentions_elsewhere, tells_of_elsewhere
from screening.checks.escalation.clauses import clause_spans
from screening.checks.escalation.settled import refund_settled
from screening.checks.escalation.silence import is_roll_call, past_due, promises_money_back, waited
from screening.checks.escalation.symptoms import takes_back, tells_of_network
from screening.checks.language.cleaner import count_words
from screening.text.sentences import sentence_spans
from screening.core.types import Finding, Message
from screening.text.normalize import normalize

log = logging.getLogger(__name__)

# The lexicon version verdicts report: bumped whenever patterns are added or cut, or what guards
# them changes (2026.12.5: 326 patterns; 2026.12.6: the same patterns, a clause saying what the
# buyer wants to avoid beside a question is guarded as the question; 2026.12.7: "only works if"
# cut from a quality pattern, right on a defect that a return-refusal message also describes, but
# under the audit's bar there; 2026.12.8: an English pattern for a radio that fails (wifi, bluetooth,
# Face ID) cut, right on 3 of the 4 writers' messages it fires on, and a lead-in of one or two words
# before a question clause read as part of the question; 2026.12.9: four no_response patterns, a
# follow-up counted ("je relance pour la troisième fois", "ho chiesto tre volte") or a promised thing
# still awaited, each right on the independent writers at least 90% of the time; 2026.12.10: "real or
# fake?" read as a question; 2026.12.11: "listed as … but" cut, right on 8 of the 9 writers' messages
# it fires on once writers e63/e64 joined; 2026.12.12: a chaser within the seller's 24 business hours
# (R1: "I asked yesterday, no reply yet") counts as a question's evidence for no_response, waiting.py;
# 2026.12.13: a message that only acknowledges ("Ordered!", "Vale") is not read by the model,
# acknowledgements.py; 2026.12.14: beside a question, a sentence that tells of a problem elsewhere
# (another seller, a friend's purchase, an old phone) and says nothing of this order is read like a
# question, elsewhere.py; 2026.12.15: French "pas ce que j'ai payé" cut from not_as_described (a fake
# is "not what I paid for" too: right on 13 of 15 writers' messages once e79/e80 joined), "pas ce
# que j'ai commandé" kept; 2026.12.16: a chaser that re-asks a question about the listing before
# any purchase is read as a question for no_response (presale.py), a fear beside a question is its
# reason (lexicon.FEAR_MARKERS), more places elsewhere (an earlier device of one's own, what "you
# read" about fakes, other sites), a clause opening with a question word after a colon asks, a
# sentence ending "??" or "?!" without a question word is outrage, not a question; a Dutch
# return_refused pattern cut ("retour ... geweigerd" at three words' distance: right on 8 of the 9
# writers' messages it fires on once e83/e84 joined); 2026.12.17: a question put as a statement
# ("I'd like to know whether...") asks (lexicon.INDIRECT_QUESTION_MARKERS), so do "and if...", "who..."
# and a question after a greeting of the day; a buyer who says they have not bought yet chases a
# question about the listing (presale.py); a wish not to live the same again ties no story to this
# order (elsewhere.py); before a purchase, what the listing says beside a question is its context
# (lexicon.LISTING_SAYS_MARKERS), and so is what the buyer must still check (FEAR_MARKERS);
# data/escalation/README.md); 2026.12.18: the clauses of a sentence are read alone too (clauses.py):
# beside a problem found, another problem told in a clause is reported (no_response excepted), and a
# message the model reads some problem in escalates when two clauses each read as a problem (beside a
# problem found, a clause needs 0.9 of a sentence's evidence); the Polish
# "you do not answer" pattern needs its negation (without it, "you answer quickly" read as a silence);
# 2026.12.19: the symptoms of a defect (symptoms.py) report quality_issue beside another problem or
# where the model reads a defect; stories from the press, "a mate of mine", a relative's phone and
# classified-ad sites are places elsewhere (elsewhere.py); 2026.12.20: more places elsewhere (an old
# phone of another brand, a past season, a video seen on a video site, the buyer's "not the case
# here"); 2026.12.21: symptoms told in other words (no sound or a crackling speaker, no network,
# blurry photos, stuck on the logo, a battery flat by noon, the past tense), and no network beside a
# locked device is the lock; pawn shops, parents' and grandparents' purchases and a neighbour's
# e-bike are places elsewhere; "I just wanted to know" asks; the heat of a workplace or the weather
# is no overheating phone, and "s'il chauffe trop ?" asks about a what-if; a seller's silence in
# plain words (silence.py) reports no_response with the wait told ("for a week", "three times"),
# never dated within the last day (waiting.py); buttons stuck, no focus, freezing, a battery gone by noon are symptoms;
# a failed authenticity check, decorative lenses, a "cloned" phone are counterfeits; 2026.12.22: a
# roll call ("anyone there?") with the wait told, a wait for an answer, nothing back, voicemail, a
# bot, messages read and left, a seller gone quiet, a promise or a question left since a date long
# past (silence.py) are silences; an IMEI or serial that does not match, parts that are not the
# brand's are counterfeits; a symptom found after the clauses keeps their findings; a story the
# buyer says is not this order's is elsewhere; the grade sold as beside the damage, photos that
# showed it clean are not as described; wifi, bluetooth, no service, a crackling speaker are
# symptoms, beside a comparison with another phone when the model reads a defect at 0.5.
RULES_VERSION = "2026.12.22"
_ACKNOWLEDGEMENT_MAX_CHARS = 100
# A statement beside a question is read from this many words (a greeting before it is not one).
MIN_STATEMENT_WORDS = 3

# Beside a story about elsewhere, a statement of at most this many words is the buyer's comment on
# it ("Mental.", "Never again!"), read like a question (elsewhere_beside_question).
STORY_COMMENT_WORDS = 3

# Sentences scored one by one per message (buyer messages have a handful; the rest is one piece).
MAX_SENTENCES = 24
# The model's evidence from the statements of a message that also asks something counts this much:
# with model_weight 0.55 the model alone then needs p >= 0.96 there instead of 0.91. Out of fold on
# the development data (data/escalation/README.md, "Questions"), with the question guard of
# _pieces: the ordinary conversations' buyer messages escalated 42 -> 21 of 1,520, recall about
# 0.02 lower per category.
QUESTION_CONTEXT_FACTOR = 0.95

# A message that does not escalate is read by clauses only when the model reads a category at this
# share of min_score in it (_worth_reading_clauses): ordinary traffic stays off that work, and out
# of fold on the development data it adds 2 escalations of 14,763 hard negatives (and 93 problems
# found of 23,242; data/escalation/README.md, "Two problems in one sentence").
CLAUSE_READ_FLOOR = 0.5
# The categories a clause read alone may report (_with_clauses). Not no_response: "I wrote to you
# about it twice" is how buyers tell the story of another problem; read alone, that clause cost
# precision on both development writers of two-problem messages (e87, e88: no_response F1
# 0.778 -> 0.780 and 0.875 -> 0.853), so a silence is reported from its own sentence only.
BESIDE_CATEGORIES: tuple[str, ...] = tuple(c for c in CATEGORIES if c != "no_response")
# ... each at this share of the evidence a sentence alone needs (0.91 -> 0.82 of the model's
# probability at weight 0.55). Chosen on the two-problem development writers e87/e88: at 1.0, 0.9
# and 0.8, per-code F1 rose from 1.0 to 0.9 in every category (quality_issue 0.642 -> 0.671 and
# 0.729 -> 0.764) and fell again at 0.8 as precision gave way.
BESIDE_SHARE = 0.9

# A symptom of a defect (symptoms.py) in a message where nothing else is found counts only when the
# model reads a defect there too, with this probability or more: it keeps the symptom's words told of
# a phone already replaced or in a thank-you ("the new one works, the old one's mic was dead") out.
SYMPTOM_MODEL_FLOOR = 0.3
# ... and in a message that also speaks of another phone or place.
SYMPTOM_BESIDE_ELSEWHERE_FLOOR = 0.5
# A silence of the seller (silence.py) in a message that says nothing of how long or how often the
# buyer waited counts only when the model reads a silence there too, with this probability or more.
SILENCE_MODEL_FLOOR = 0.3
# A symptom right after a negation is one the phone does not have ("não desliga sozinho": it does
# not turn itself off). Spanish "no" is left out: it also opens an answer ("No, no carga").
_NEGATED = re.compile(r"(?<![\w'])(?:not|never|nao|nie|non|niet|nicht|pas|jamais|nunca|mai)\W*$", re.IGNORECASE)

_DETAILS = {
    "locked_device": "buyer reports a device locked (iCloud/Activation Lock, Apple ID, Google FRP, passcode, carrier lock or blacklisted IMEI)",
    "counterfeit": "buyer reports a counterfeit or non-genuine device or part",
    "dangerous": "buyer reports a dangerous device (swollen battery, overheating, smoke, burning smell, sparks)",
    "not_as_described": "buyer reports the item differs from the listing (grade, capacity, colour or model)",
    "quality_issue": "buyer reports a defect after delivery",
    "return_refused": "buyer reports a refused return, refund or warranty claim",
    "no_response": "buyer reports the seller does not answer",
}


# A chaser that re-asks a question about the listing is read as one before any purchase only when
# the model reads no problem with a phone in it: its wording of a defect or a difference from the
# listing is wider than presale.py's words of a purchase.
PRESALE_PROBLEM_MAX = 0.5


def _only(
    category: str, evidence: dict[str, tuple[float, int, int]] | None
) -> dict[str, tuple[float, int, int]] | None:
    """The model's evidence for `category` alone, so that _findings reports that category only."""
    return {category: evidence[category]} if evidence and category in evidence else None


def _reads_as_no_problem(evidence: dict[str, tuple[float, int, int]] | None, settings: EscalationSettings) -> bool:
    """Whether the model's evidence (when it read the message) shows no category but no_response."""
    return all(
        settings.weight_of(category) * probability < PRESALE_PROBLEM_MAX * settings.min_score
        for category, (probability, _, _) in (evidence or {}).items()
        if category != "no_response"
    )


def _trim_end(text: str, start: int, end: int) -> int:
    """`end` moved back over the spaces and clause punctuation before it (not before `start`)."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-–"):
        end -= 1
    return end


def sentence_tails(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """Each sentence's text up to the next sentence: it keeps its "?" for the question tests."""
    return [text[start : (spans[k + 1][0] if k + 1 < len(spans) else len(text))] for k, (start, _) in enumerate(spans)]


def elsewhere_beside_question(text: str, spans: Sequence[tuple[int, int]], detector: RuleDetector) -> list[bool]:
    """Per sentence of `text` (its `spans`), whether it is read like a question because it tells
    of a problem elsewhere (elsewhere.py) beside a question the buyer asks. Two kinds:
    - a sentence whose statement (the part before a question clause: "a shop refused my refund, so
      how long is your return window?") places the problem elsewhere and says nothing of this
      order;
    - right after such a sentence, an exclamation of a few words ("Mental.", "Not accusing anyone!",
      "Cose da pazzi."): the buyer's comment on the story, whose few character n-grams the model
      would read as anything.
    All False without a question: the story may then be how the buyer reports a problem."""
    if not spans or not mentions_elsewhere(normalize(text).text):
        return [False] * len(spans)
    # Its statement ends where a question clause starts (RuleDetector.statement_end, as in
    # EscalationCheck._pieces).
    tails = sentence_tails(text, spans)
    stops = [start + detector.statement_end(tail) for tail, (start, _) in zip(tails, spans)]
    far = [
        stop > start and tells_of_elsewhere(normalize(text[start:stop]).text) for stop, (start, _) in zip(stops, spans)
    ]
    if not any(far):
        return far
    # A story the buyer says outright is not this order's ("bref, rien à voir", "but that's another
    # story") is elsewhere with or without a question beside it.
    disclaimed = [flag and disclaims(normalize(text[start:end]).text) for flag, (start, end) in zip(far, spans)]
    asked = any(
        ("?" in tail and not detector.asks_why(tail) or detector.asks_indirectly(tail)) and (not flag or stop < end)
        for tail, flag, stop, (_, end) in zip(tails, far, stops, spans)
    )
    if not asked:
        return disclaimed
    return [
        flag or (k > 0 and far[k - 1] and "?" not in tail and count_words(text[start:end]) <= STORY_COMMENT_WORDS)
        for k, (flag, tail, (start, end)) in enumerate(zip(far, tails, spans))
    ]


def _blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` with the characters of `spans` turned to spaces (offsets kept)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def about_this_order(text: str, detector: RuleDetector) -> str:
    """`text` as the rules read it: the sentences elsewhere_beside_question finds blanked; what
    they say could only be guarded, below any min_score. The lexicon audit
    (training/escalation/audit.py) reads the writers' messages the same way."""
    spans = sentence_spans(text)
    far = elsewhere_beside_question(text, spans, detector)
    return _blank(text, [span for span, flag in zip(spans, far) if flag]) if any(far) else text


@register
class EscalationCheck(Check):
    name = "escalation"

    def __init__(
        self,
        detector: RuleDetector | None = None,
        model: EscalationModel | None = None,
        model_version: str | None = None,
    ):
        self.detector = detector or RuleDetector()
        self.symptoms = RuleDetector(self.detector.languages, ("quality_issue",), "symptoms")
        self.silences = RuleDetector(self.detector.languages, ("no_response",), "silences")
        self.promises = RuleDetector(self.detector.languages, ("no_response",), "promises")
        self.model = model
        self.model_versions = {"escalation_rules": RULES_VERSION}
        if model is not None:
            self.model_versions["escalation"] = model_version or "unversioned"

    @classmethod
    def build(cls, resources: CheckResources) -> "EscalationCheck":
        from screening.core.model_files import DEFAULT_POINTER, load_model

        pointer = resources.models_dir / "escalation" / DEFAULT_POINTER
        if not pointer.exists():
            # The rules stand on their own; a model that exists but fails its hash check still
            # stops the service (load_model raises), as for every model.
            log.warning("escalation_model_missing pointer=%s mode=rules_only", pointer)
            check = cls(RuleDetector())
            check.missing_models = (str(pointer),)
            return check
        loaded = load_model(resources.models_dir, "escalation", resources.model_version("escalation"))
        return cls(RuleDetector(), EscalationModel(loaded.artifact), loaded.version)

    def inspect(self, message: Message, context: CheckContext) -> list[Finding]:
        return self.inspect_batch([(message, context)])[0]

    def inspect_batch(self, items: Sequence[tuple[Message, CheckContext]]) -> list[list[Finding]]:
        """`inspect` for many messages: the model scores all of them, and each of their sentences,
        in one pass (the conversation assessor and rescoring use this)."""
        if self.model is None or not items:
            return [self._combine(message, context, None) for message, context in items]
        readable = [i for i, (message, context) in enumerate(items) if self._model_reads(message, context)]
        evidence: list[dict[str, tuple[float, int, int]] | None] = [None] * len(items)
        for i, found in zip(readable, self._model_evidence([items[i][0].text for i in readable])):
            evidence[i] = found
        return [self._combine(message, context, found) for (message, context), found in zip(items, evidence)]

    @staticmethod
    def _language_of(message: Message, context: CheckContext, hit: Hit | None) -> str | None:
        """The language a rule's phrasing was in, else the one the message reads as."""
        if hit is not None:
            return hit.language
        return resolve_language(message.text, context.policy.languages, LANGUAGES)

    def _model_reads(self, message: Message, context: CheckContext) -> bool:
        """Whether the model may score this message: it is in a language the model was trained on,
        and it says more than an acknowledgement."""
        assert self.model is not None
        # At most four words fit in this many characters; longer messages are not normalised again.
        if len(message.text) <= _ACKNOWLEDGEMENT_MAX_CHARS and only_acknowledges(normalize(message.text).text):
            return False  # "Ordered!", "Vale": nothing to report (acknowledgements.py)
        if resolve_language(message.text, context.policy.languages, self.model.languages) is not None:
            return True
        log.debug(
            "escalation_model_abstained message_id=%s market=%s reason=untrained_language", message.id, message.market
        )
        return False

    def _model_evidence(self, texts: Sequence[str], elsewhere: bool = False) -> list[dict[str, tuple[float, int, int]]]:
        """Per text, per category: (evidence, start, end): the model's probability, the best of
        the message's statements read together and of each sentence alone, with the span of the
        part that carries it. Two reasons:
        - a message may report two problems in two sentences ("the screen flickers. And you refuse
          the return."): scored whole, each would get half the probability;
        - a question about a topic ("is the Google account removed?", RuleDetector.asks_only)
          reports nothing: its sentence counts GUARDED_FACTOR of its probability, and the
          statements are read without it ("Any scratches on the back? The listing says grade B."
          is judged on "The listing says grade B."). A message of topic questions only is read
          whole, guarded."""
        assert self.model is not None
        pieces: list[str] = []
        owners: list[tuple[int, int, int, float]] = []  # (text index, start, end, factor) per piece
        for index, text in enumerate(texts):
            for piece, start, end, factor in self._pieces(text, elsewhere):
                pieces.append(piece)
                owners.append((index, start, end, factor))
        matrix = self.model.predict_proba(pieces)
        evidence: list[dict[str, tuple[float, int, int]]] = [{} for _ in texts]
        for (index, start, end, factor), row in zip(owners, matrix):
            best = evidence[index]
            for label, probability in zip(self.model.labels, row.tolist()):
                value = factor * probability
                if label in _DETAILS and (label not in best or value > best[label][0]):
                    best[label] = (value, start, end)
        return evidence

    def _pieces(self, text: str, elsewhere: bool = False) -> list[tuple[str, int, int, float]]:
        """The parts of `text` the model reads, each (piece, start, end, factor): its statements
        read together, and each sentence alone when there are several (_model_evidence). With
        `elsewhere`, a sentence that tells of a problem elsewhere is read as a question is."""
        spans = sentence_spans(text)
        if len(spans) > MAX_SENTENCES:
            # Bounded work: a wall of "sentences" (URLs split at every dot) is read as its first
            # sentences and the rest in one piece.
            spans = spans[: MAX_SENTENCES - 1] + [(spans[MAX_SENTENCES - 1][0], spans[-1][1])]
        if not spans:
            return [(text, 0, len(text), 1.0)]
        # A sentence's text up to the next one keeps its "?" for the question tests; its
        # statement part ends where a question about the topic starts (0: all question).
        tails = sentence_tails(text, spans)
        ends = [
            _trim_end(text, start, start + self.detector.statement_end(tail)) for tail, (start, _) in zip(tails, spans)
        ]
        # A lead-in of a word or two before a question clause ("hey, what's the battery health?",
        # "Hallo, geht noch was am Preis?") states nothing: the sentence is the question. Alone,
        # its few character n-grams read as anything ("hey": return_refused 0.77).
        ends = [
            start
            if start < stop < end
            and count_words(text[start:stop]) < MIN_STATEMENT_WORDS
            and not self.detector.asks_why(tail)
            else stop
            for stop, (start, end), tail in zip(ends, spans, tails)
        ]
        # Any question asks; it reports nothing on its own ("Does the proximity sensor work?", "Is
        # that normal?"): the model's evidence there is the topic's words, not a problem. A "why"
        # question is an accusation and stays a statement, as for the rules, and so does the
        # statement before a question clause ("My Face ID stopped working, is that normal?").
        asks = [
            stop <= start
            or (stop >= end and "?" in tail and not self.detector.asks_why(tail) and not self.detector.outraged(tail))
            for stop, (start, end), tail in zip(ends, spans, tails)
        ]
        # Beside a question, "I don't want a locked phone" or "I'm scared the battery swells" says
        # why it is asked, in its own sentence or before the question clause of the same one ("I
        # don't want a locked one: is it unlocked?"); before a purchase, so does what the listing says...
        asks = [
            asked
            or (
                any(asks)
                and (
                    self.detector.avoids(text[start:end])
                    or self.detector.fears(text[start:end])
                    or (self.detector.quotes_listing(text[start:end]) and not speaks_of_a_purchase(text))
                )
            )
            or (start < stop < end and "?" in tail and self.detector.avoids(text[start:stop]))
            for asked, (start, end), stop, tail in zip(asks, spans, ends, tails)
        ]
        # Beside a question, a problem told of another seller, person or phone is why it is asked,
        # no report on this order (elsewhere.py).
        if elsewhere:
            asks = [asked or far for asked, far in zip(asks, elsewhere_beside_question(text, spans, self.detector))]
        # ...and the statements are most often its context ("Listing says grade B", "I'm on
        # Vodafone"): the model must be surer of them. Not beside a question put as a statement
        # only ("I'd like to know what happens next."): that is how complaints end.
        direct = [asked and not self.detector.asks_indirectly(tail) for asked, tail in zip(asks, tails)]
        factor = QUESTION_CONTEXT_FACTOR if any(direct) else 1.0
        statements = [(start, min(end, stop)) for (start, end), stop, asked in zip(spans, ends, asks) if not asked]

        if not statements:
            pieces = [(text, spans[0][0], spans[-1][1], GUARDED_FACTOR)]
        else:
            joined = ". ".join(text[start:end] for start, end in statements)
            pieces = [(joined, statements[0][0], statements[-1][1], factor)]
        if len(spans) > 1:
            for (start, end), stop, asked in zip(spans, ends, asks):
                if asked:
                    pieces.append((text[start:end], start, end, GUARDED_FACTOR))
                else:
                    pieces.append((text[start : min(end, stop)], start, min(end, stop), factor))
        return pieces

    def _combine(
        self, message: Message, context: CheckContext, evidence: dict[str, tuple[float, int, int]] | None
    ) -> list[Finding]:
        settings = context.policy.settings_of(EscalationSettings)
        hits = {hit.category: hit for hit in self.detector.detect(message.text)}
        findings = self._findings(message, context, settings, hits, evidence)
        elsewhere_read = False
        if findings and mentions_elsewhere(normalize(message.text).text):
            elsewhere_read = True
            # Read again with the sentences that tell of a problem elsewhere guarded (elsewhere.py):
            # only for the few messages that would escalate, so ordinary traffic pays nothing.
            hits = {hit.category: hit for hit in self.detector.detect(about_this_order(message.text, self.detector))}
            if evidence is not None:
                evidence = self._model_evidence([message.text], elsewhere=True)[0]
            findings = self._findings(message, context, settings, hits, evidence)
        if evidence is not None and (findings or self._worth_reading_clauses(evidence, settings)):
            findings = self._with_clauses(message, context, settings, hits, evidence, findings, elsewhere_read)
        findings = self._with_symptoms(message, context, settings, hits, evidence, findings)
        return self._with_silence(message, context, settings, evidence, findings)

    def _with_silence(
        self,
        message: Message,
        context: CheckContext,
        settings: EscalationSettings,
        evidence: dict[str, tuple[float, int, int]] | None,
        findings: list[Finding],
    ) -> list[Finding]:
        """`findings` with no_response where a sentence of the message tells that the seller does
        not answer (silence.py) and the message says how long or how often the buyer waited or
        wrote, or the model reads a silence in it too (SILENCE_MODEL_FLOOR)."""
        if any(finding.code == "escalation.no_response" for finding in findings):
            return findings
        text = message.text
        folded_text = normalize(text).text
        probability = (evidence or {}).get("no_response", (0.0, 0, 0))[0]
        # Without the model reading a silence, the wait must be told.
        if probability < SILENCE_MODEL_FLOOR and not waited(folded_text) and not past_due(folded_text):
            return findings
        found = [self._unguard_roll_call(hit, text) for hit in self.silences.detect(text)]
        found = [hit for hit in found if not hit.guarded and hit.score >= settings.min_score]
        if not found and past_due(folded_text):
            found = [hit for hit in self.promises.detect(text) if self._broken_promise(hit, text, settings)]
        if not found:
            return findings
        hit = found[0]
        # Dated today or yesterday, the seller is within its 24 business hours (R1, waiting.py),
        # however often the buyer wrote: a silence phrase alone does not overrule that.
        if dated_within_a_day(folded_text, hit.language):
            return findings
        # A silence told of another seller or place ("on another site the seller never answered")
        # is that seller's.
        sentence = next(((start, end) for start, end in sentence_spans(text) if start <= hit.start < end), None)
        if sentence is None or tells_of_elsewhere(normalize(text[sentence[0] : sentence[1]]).text):
            return findings
        # _findings applies the seller's 24 business hours and the pre-sale guard to it as well.
        return findings + self._findings(
            message, context, settings, {"no_response": hit}, _only("no_response", evidence)
        )

    @staticmethod
    def _broken_promise(hit: Hit, text: str, settings: EscalationSettings) -> bool:
        """Whether a promise phrase (silence.PROMISES) tells a promise left unkept: a statement, not
        of money promised back (a refund withheld is return_refused)."""
        if hit.guarded or hit.score < settings.min_score:
            return False
        sentence = next(((start, end) for start, end in sentence_spans(text) if start <= hit.start < end), None)
        return sentence is not None and not promises_money_back(normalize(text[sentence[0] : sentence[1]]).text)

    @staticmethod
    def _unguard_roll_call(hit: Hit, text: str) -> Hit:
        """`hit` with its question guard taken back when it is a roll call ("anyone there?",
        silence.ROLL_CALLS): asked as a question by nature, it still tells of a silence."""
        if not hit.guarded or not is_roll_call(normalize(text[hit.start :]).text):
            return hit
        return dataclasses.replace(hit, score=round(hit.score / GUARDED_FACTOR, 4), guarded=False)

    def _with_symptoms(
        self,
        message: Message,
        context: CheckContext,
        settings: EscalationSettings,
        hits: dict[str, Hit],
        evidence: dict[str, tuple[float, int, int]] | None,
        findings: list[Finding],
    ) -> list[Finding]:
        """`findings` with quality_issue where a sentence of the message tells a symptom of a
        defect (symptoms.py) and the message is a complaint: beside another problem found, or
        where the model reads a defect (SYMPTOM_MODEL_FLOOR)."""
        if any(finding.code == "escalation.quality_issue" for finding in findings):
            return findings
        probability = (evidence or {}).get("quality_issue", (0.0, 0, 0))[0]
        text = message.text
        # Alone, a symptom in a message that speaks of another phone or place is most often that
        # phone's ("my old one no longer switches on: do you repair too?"), unless the model reads a
        # defect surely: then the other phone is the comparison ("my old one lasted two days").
        elsewhere = mentions_elsewhere(normalize(text).text)
        if not findings and (
            probability < SYMPTOM_MODEL_FLOOR or (elsewhere and probability < SYMPTOM_BESIDE_ELSEWHERE_FLOOR)
        ):
            return findings
        found = [hit for hit in self.symptoms.detect(text) if not hit.guarded and hit.score >= settings.min_score]
        if not found:
            return findings
        # A sentence that takes an alarm back, or tells of another phone, tells no symptom of this one.
        folded = [(start, end, normalize(text[start:end]).text) for start, end in sentence_spans(text)]
        told = [(start, end) for start, end, said in folded if not takes_back(said) and not tells_of_elsewhere(said)]
        hit = found[0]
        # A phone locked to a carrier, or with a blocked IMEI, has no network either: not a defect.
        locked = any(finding.code == "escalation.locked_device" for finding in findings)
        if locked and tells_of_network(normalize(text[hit.start : hit.end]).text):
            return findings
        if not any(start <= hit.start < end for start, end in told) or _NEGATED.search(
            normalize(text[: hit.start]).text
        ):
            return findings
        # Only the defect is added: recomputing every category from `hits` and `evidence` would
        # drop what _with_clauses found in a clause.
        defect = self._findings(message, context, settings, {"quality_issue": hit}, _only("quality_issue", evidence))
        return findings + defect

    @staticmethod
    def _worth_reading_clauses(evidence: dict[str, tuple[float, int, int]], settings: EscalationSettings) -> bool:
        """Whether a message that does not escalate may still tell two problems at once: a category
        at CLAUSE_READ_FLOOR of min_score or more (most messages have none)."""
        floor = CLAUSE_READ_FLOOR * settings.min_score
        return any(settings.weight_of(c) * p >= floor for c, (p, _, _) in evidence.items())

    def _with_clauses(
        self,
        message: Message,
        context: CheckContext,
        settings: EscalationSettings,
        hits: dict[str, Hit],
        evidence: dict[str, tuple[float, int, int]],
        findings: list[Finding],
        elsewhere_read: bool,
    ) -> list[Finding]:
        """`findings` with the problems the message tells in a clause of a sentence read alone
        (clauses.py): beside a problem already found, any of BESIDE_CATEGORIES; in a message that
        does not escalate, only two of them at once (one clause alone reads as anything more often
        than two do)."""
        beside = self._clause_evidence(message, context, elsewhere=elsewhere_read)
        reported = {finding.code.split(".", 1)[1] for finding in findings}
        # Beside a problem found, the message is a complaint: a clause needs BESIDE_SHARE of the
        # evidence a sentence alone needs.
        share = BESIDE_SHARE if findings else 1.0
        added = {
            category: (min(1.0, probability / share), start, end)
            for category, (probability, start, end) in beside.items()
            if category not in reported
            and category in BESIDE_CATEGORIES
            and probability > evidence.get(category, (0.0, 0, 0))[0]
            and settings.weight_of(category) * probability >= share * settings.min_score
        }
        if added and (findings or len(added) >= 2):
            findings = self._findings(message, context, settings, hits, {**evidence, **added})
        return [self._to_clause(finding, beside, settings) for finding in findings]

    @staticmethod
    def _to_clause(
        finding: Finding, beside: dict[str, tuple[float, int, int]], settings: EscalationSettings
    ) -> Finding:
        """A model finding whose sentence holds two statements, narrowed to the clause that tells its
        problem when that clause alone reads it: "the battery swells and the seller wants me to pay
        the return" reports the swelling on its clause, the refusal on its own."""
        category = finding.code.split(".", 1)[1]
        if "(model," not in finding.detail or category not in beside or finding.start is None or finding.end is None:
            return finding
        probability, start, end = beside[category]
        inside = finding.start <= start and end <= finding.end and end - start < finding.end - finding.start
        if not inside or settings.weight_of(category) * probability < settings.min_score:
            return finding
        return dataclasses.replace(finding, start=start, end=end)

    def _clause_evidence(
        self, message: Message, context: CheckContext, elsewhere: bool
    ) -> dict[str, tuple[float, int, int]]:
        """Per category, the model's best evidence in one clause of the message's statements (each
        with its sentence's factor), with the clause's span; only sentences of several clauses."""
        assert self.model is not None
        language = self._language_of(message, context, None)
        text = message.text
        pieces = self._pieces(text, elsewhere)
        sentences = pieces[1:] if len(pieces) > 1 else pieces
        clauses: list[tuple[int, int, float]] = []
        for _, start, end, factor in sentences:
            if factor == GUARDED_FACTOR:
                continue  # a question tells no problem, whichever clause is read
            spans = clause_spans(text, start, end, language)
            if len(spans) > 1:
                clauses.extend((a, b, factor) for a, b in spans)
        evidence: dict[str, tuple[float, int, int]] = {}
        if not clauses:
            return evidence
        matrix = self.model.predict_proba([text[a:b] for a, b, _ in clauses])
        for (start, end, factor), row in zip(clauses, matrix):
            for label, probability in zip(self.model.labels, row.tolist()):
                value = factor * probability
                if label in _DETAILS and (label not in evidence or value > evidence[label][0]):
                    evidence[label] = (value, start, end)
        return evidence

    def _denied_in(self, text: str, category: str, start: int, end: int) -> bool:
        """Whether the rules read a symptom of `category` denied within [start, end) of `text`."""
        return category in DENIABLE_CATEGORIES and any(
            start <= d_start and d_end <= end for d_start, d_end in self.detector.denied_spans(text)
        )

    def _findings(
        self,
        message: Message,
        context: CheckContext,
        settings: EscalationSettings,
        hits: dict[str, Hit],
        evidence: dict[str, tuple[float, int, int]] | None,
    ) -> list[Finding]:
        """The findings of the rules' `hits` and the model's `evidence`, per category."""
        min_score = settings.min_score
        findings = []
        for category in _DETAILS:
            hit = hits.get(category)
            rule_score = hit.score if hit else 0.0
            probability, start, end = (evidence or {}).get(category, (0.0, 0, len(message.text)))
            model_score = settings.weight_of(category) * probability
            if hit is None and model_score >= min_score and self._denied_in(message.text, category, start, end):
                # The model's n-grams do not read negation: "the battery is not swollen" scores
                # as a swollen battery. A symptom the rules read as denied there is guarded.
                model_score *= GUARDED_FACTOR
            if (
                category == "return_refused"
                and hit is None
                and model_score >= min_score
                and refund_settled(normalize(message.text).text)
            ):
                model_score *= GUARDED_FACTOR  # "the refund came in today, thanks": settled.py
            if (
                category == "no_response"
                and max(rule_score, model_score) >= min_score
                and (
                    too_early_to_chase(normalize(message.text).text, self._language_of(message, context, hit))
                    or (asks_about_listing_before_buying(message.text) and _reads_as_no_problem(evidence, settings))
                )
            ):
                # Within the seller's 24 business hours (R1) a chaser is impatience, not a
                # seller who does not answer (waiting.py); before any purchase there is no
                # customer contact to take over (R8), only a delay that R1 monitors (presale.py).
                rule_score *= GUARDED_FACTOR
                model_score *= GUARDED_FACTOR
            score = max(rule_score, model_score)
            if score < min_score:
                continue
            if hit is not None and rule_score >= model_score:
                findings.append(
                    self.finding(
                        category,
                        score,
                        hit.start,
                        hit.end,
                        detail=(f"{_DETAILS[category]} ({hit.language} phrasing, {hit.matches} cue(s))"),
                    )
                )
            else:
                findings.append(
                    self.finding(
                        category,
                        score,
                        start,
                        end,
                        detail=(f"{_DETAILS[category]} (model, evidence {probability:.2f})"),
                    )
                )
        return findings
