"""What the tone model reads: the reply with its greetings, sign-offs and quoted words blanked out.

Two things in a reply say nothing about the seller's own tone:
- greeting and sign-off sentences ("Bonjour,", "Thanks!", "Mit freundlichen Grüßen"): they are
  in polite and rude replies alike, and in short replies they were all a model had to go on, so
  it learned "short and greeting" instead of "rude" (the language check's greeting lexicon,
  screening/checks/language/lexicon.yaml, is the one list of them);
- words in quotation marks, and the clause after "you said / you wrote / you call us" without
  them: a seller who quotes the buyer's anger to calm it down ("You say we are 'crooks'; I
  understand...", "tu dis qu'on est des escrocs, je comprends") is reporting speech, not
  insulting anyone. Only the reported clause goes (to the next comma or sentence end): an insult
  the seller adds after it stays in the view.
Both are replaced by spaces, so the view has the text's length and every offset in it is an
offset of the original (docs/formats.md §2 spans). A reply that is only greetings has an empty view:
nothing to judge.
"""

from __future__ import annotations

import re
from functools import lru_cache

from screening.checks.language.cleaner import greeting_free_span, load_lexicon

VIEW_NAME = "no-greetings-no-quotes/1"  # recorded in the artifact: a model is trained on one view

# Paired quotation marks of the markets' languages. Straight and curly single quotes only when
# they open after a space and close before one, so apostrophes ("l'ai", "don't") never pair up.
_QUOTED = re.compile(
    r'"[^"\n]{1,300}"'
    r"|“[^”\n]{1,300}”|„[^“”\n]{1,300}[“”]|«[^»\n]{1,300}»|»[^«\n]{1,300}«|‚[^‘’\n]{1,300}[‘’]"
    r"|(?<!\w)'[^'\n]{1,300}'(?!\w)|(?<!\w)‘[^’\n]{1,300}’(?!\w)"
)


# The letters the alternatives of _REPORTING begin with (read case-insensitively, as they are).
# A word starting with any other letter is passed over before the alternatives are tried at it:
# the same matches, ~35% less time (tests/test_fast_paths.py reads the set off the pattern).
_REPORTING_FIRST_LETTERS = "acdeghjlmnpstuvy"

# "You (have) said/wrote/called us ..." addressed to the buyer, per market language; the clause
# that follows reports the buyer's words. Case-insensitive; accented and unaccented spellings.
_REPORTING = re.compile(
    rf"(?i)(?<!\w)(?=[{_REPORTING_FIRST_LETTERS}])(?:"
    r"(?:you|you've|you have|you just) (?:said|say|wrote|write|written|called us|call us|claim(?:ed)?|accuse[ds]? us of)"
    r"|(?:vous|tu) (?:dites|dis|avez dit|as dit|[ée]crivez|[ée]cris|avez [ée]crit|as [ée]crit|nous traitez de|nous traites de|m'avez trait[ée] de|m'as trait[ée] de)"
    r"|(?:sie|du) (?:sagen|sagst|schreiben|schreibst|haben geschrieben|hast geschrieben|nennen uns|nennst uns|werfen uns vor|wirfst uns vor|bezeichnen uns als|bezeichnest uns als)"
    r"|(?:usted |t[uú] )?(?:dice|dices|dijo|dijiste|escribe|escribes|escribi[oó]|escribiste|nos llama|nos llamas|nos llam[oó]|nos llamaste|nos acusa|nos acusas|nos trata de|nos tratas de)"
    r"|(?:lei |tu )?(?:dice|dici|ha detto|hai detto|scrive|scrivi|ha scritto|hai scritto|ci chiama|ci chiami|ci accusa|ci accusi|ci d[aà] de[il]|ci dai de[il])"
    r"|(?:u|je|jij|ge) (?:zegt|zei|schreef|schrijft|heeft geschreven|hebt geschreven|noemt ons|noemde ons)"
    r"|(?:pan|pani|ty) (?:pisze|pisa[lł]|pisa[lł]a|napisa[lł]|napisa[lł]a|m[oó]wi|powiedzia[lł]|powiedzia[lł]a|nazywa nas|nazwa[lł] nas|nazwa[lł]a nas)"
    r"|(?:napisa[lł]e[sś]|napisa[lł]a[sś]|piszesz|m[oó]wisz|nazywasz nas)"
    r"|(?:voc[eê] |tu )?(?:diz|dizes|disse|disseste|escreve|escreves|escreveu|escreveste|chama-nos|nos chama|chamou-nos|nos chamou|acusa-nos|nos acusa)"
    # ... or the buyer's name for the seller, reported: "you called us crooks", "me llama estafador",
    # "mi dà del truffatore", "Sie haben uns Betrüger genannt".
    r"|(?:you|he|she|they) (?:called|call|calls) (?:me|us)|calling (?:me|us)"
    r"|(?:me|nous) (?:traite|traitez|traites|traitent|a trait[ée]|avez trait[ée]|as trait[ée]|ont trait[ée])s? d"
    r"|(?:sie|du|er) (?:haben|hast|hat) (?:uns|mich) [^,;:.!?\n]{1,60}?(?:genannt|beschimpft|bezeichnet)"
    r"|(?:sie|du) (?:haben|hast) g'?schrieben"
    r"|(?:me|nos) (?:llama|llamas|llaman|llam[oó]|llamaste|ha llamado|has llamado|han llamado|ha puesto de|has puesto de)"
    r"|(?:mi|ci) (?:d[aà]|dai|danno|ha dato|hai dato|hanno dato) de[il]|(?:mi|ci) (?:ha|hai|hanno|avete) chiamat[oaie]|(?:mi|ci) chiam(?:a|i|ano)"
    r"|(?:u|je|ge|jij) (?:noemt|noemde) (?:me|mij|ons)|(?:u|je|ge|jij) (?:hebt|heeft) (?:me|mij|ons) [^,;:.!?\n]{1,60}?genoemd"
    r"|(?:me|nos) (?:chama|chamas|chamou|chamaste|chamaram)|(?:chamou|chamaste|chamaram)-(?:me|nos)"
    r")(?!\w)[,:]?[^,;:.!?\n]{0,160}"
)


@lru_cache(maxsize=1)
def greeting_words() -> frozenset[str]:
    """The lexicon's greeting and sign-off words (read once)."""
    return load_lexicon().greetings


def tone_view(text: str) -> str:
    """`text` with quoted passages and leading/trailing greeting sentences as spaces (same length)."""
    chars = None
    for pattern in (_QUOTED, _REPORTING):
        for match in pattern.finditer(text):
            if chars is None:
                chars = list(text)
            for i in range(match.start(), match.end()):
                chars[i] = " "
    view = "".join(chars) if chars is not None else text
    # No names allowed inside a greeting here: "Hello Idiot" must stay in the view.
    span = greeting_free_span(view, greeting_words(), names=0)
    if span is None:
        return " " * len(text)
    start, end = span
    # Keep the closing punctuation: "!!!" and "?!" after the last word are tone (shouting).
    while end < len(view) and view[end] in ".!?…！？":
        end += 1
    if start == 0 and end >= len(view.rstrip()):
        return view
    return " " * start + view[start:end] + " " * (len(view) - end)


__all__ = ["VIEW_NAME", "greeting_words", "tone_view"]
