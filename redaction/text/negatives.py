"""Words that look like names but are not people: eponyms of conditions and assessments, and English-word
names used as words.

- "Down syndrome", "Rett syndrome", "Duchenne muscular dystrophy", "Asperger's", "Tourette's", "the
  Boxall Profile", "a Vineland assessment": a capitalised word right before a condition or instrument
  word (syndrome, disease, dystrophy, palsy, scale, profile, assessment, questionnaire …) is the name of
  that thing, and the eponyms of SEND paperwork are known by name (:data:`EPONYMS`) even alone;
- "Home language: Romanian", "speaks Gaelic", "Irish Traveller": languages, nationalities and peoples
  (:mod:`.peoples`) are no one, unless a verb only people do follows ("French said");
- "Will you send it?", "Mark making", "Grace period": a given name that is also an English word, opening
  a sentence and followed by a lower-case word, is that word, unless a verb only people do follows
  ("Will said"). For a name from the case record the bar is higher, because leaving the family's name is
  worse than blanking a word: only a pronoun, article or auxiliary after it makes it a word ("Will you
  send it?"), while "Will not attending since the holidays" is the child.
"""

from __future__ import annotations

import regex

from redaction.spans import Span
from redaction.text.lexicons import ENGLISH_WORD_NAMES, EPONYMS, NON_IDENTIFYING_PLACES
from redaction.text.peoples import PEOPLES_AND_LANGUAGES

__all__ = ["is_not_a_person", "why_not_a_person"]

_THING_AFTER = regex.compile(
    r"(?:['’]s?)?[ \n]+(?:\d+[ ]+)?(?i:syndrome|disease|disorder|dystrophy|palsy|anomaly|sequence|sign|scales?|test"
    r"|questionnaire|profile|assessment|inventory|battery|checklist|approach|method|programme|technique|sign[ ]language)\b"
)
_NAME_WORD = regex.compile(r"\p{L}[\p{L}'’]*")
_OPENING = regex.compile(r"(?:^|[.!?:;]\s*|\n\s*|[\"“(]\s*)\Z")
_HUMAN_AFTER = regex.compile(
    r"[ ]+(?:said|says|told|is|was|has|had|rang|asked|agreed|explained|attends|attended|wants|feels|likes|loves"
    r"|can|could|would|will|did|does|and|or|came|went|left|joined|seems|needs|gets|got|went)\b"
)
_INITIALS_ACT = regex.compile(r"[ ]+(?:said|says|told|rang|asked|agreed|explained|added|reported|welcomed|confirmed|gave)\b")
_WORD_AFTER = regex.compile(r"[ ]+\p{Ll}")
# After a known name that is also a word, only these make it the word: "Will you", "Grace the form".
_FUNCTION_WORD_AFTER = regex.compile(
    r"[ ]+(?:you|we|they|it|he|she|i|there|this|that|these|those|the|a|an|be|have|someone|anyone|everyone"
    r"|your|our|their|his|her|its|me|us|them|him)\b"
)


def is_not_a_person(text: str, span: Span, *, known: bool = False) -> bool:
    """Whether a PERSON (or place) span is an eponym or an English word, not a person; ``known``: the span
    matched the case record, so only a function word after it makes an English-word name a word."""
    return why_not_a_person(text, span, known=known) is not None


def why_not_a_person(text: str, span: Span, *, known: bool = False) -> str | None:
    """Why a PERSON (or place) span is not a person (:func:`is_not_a_person`), or ``None`` when it may be one."""
    surface = text[span.start : span.end]
    words = [w.rstrip("'’s") if w.endswith(("'s", "’s")) else w for w in _NAME_WORD.findall(surface)]
    if not words:
        return None
    if surface.casefold() in NON_IDENTIFYING_PLACES:  # "NHS England said": a nation, no one
        # ... but "GB added that" is somebody's initials: capitals that act like a person
        if surface.isupper() and len(surface) <= 3 and _INITIALS_ACT.match(text, span.end) is not None:
            return None
        return "a place that identifies no one"
    if all(w in EPONYMS for w in words):
        return "an eponym of a condition or an assessment"
    if _THING_AFTER.match(text, span.end) is not None and len(words) <= 3:
        return "the name of a condition or an instrument (a condition or instrument word follows)"
    capitalised = [w for w in words if w[:1].isupper()]  # "Lingala and Sorani": the joining words say nothing
    if capitalised and all(w in PEOPLES_AND_LANGUAGES for w in capitalised) and _INITIALS_ACT.match(text, span.end) is None:
        return "a language or a people ('Home language: Romanian', 'an Irish Traveller family')"
    if len(words) == 1 and words[0].casefold() in ENGLISH_WORD_NAMES and words[0][:1].isupper():
        opens = _OPENING.search(text, max(0, span.start - 3), span.start) is not None
        if not opens:
            return None
        if known:
            word = _FUNCTION_WORD_AFTER.match(text, span.end) is not None
        else:
            word = _WORD_AFTER.match(text, span.end) is not None and _HUMAN_AFTER.match(text, span.end) is None
        return "an English word opening a sentence, not a name" if word else None
    return None
