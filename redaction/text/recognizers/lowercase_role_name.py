"""A lower-case name after the role of its bearer, in case notes and logs typed without capitals: "caseworker
gemma r on leave", "contact worker gill told him", "call from sw dionne", "tc w/ hawa", "dr amadou sow".

:mod:`.lowercase_cued_name` takes a lower-case given name after a family word, a verb done to a person or a
greeting; :mod:`.lowercase_given_name` one that is nothing but a name. A role written before a word is a cue a
reader trusts as much: "caseworker gemma" can only be the caseworker's name, and "tc w/" (telephone call with) is
followed by whom the call was with. The name is taken with the surname or initial typed after it when that word
can be nothing else: one letter ("gemma r", not "a" or "i") or a family name of the census lists that is no
everyday word ("amadou sow", "dionne collins"; not "gemma said").

The word must be a given name of the lists (:mod:`redaction.text.given_names`), no stop word of messages ("will",
"may"), no month or weekday, no people or language, no role. A given name that is also an ordinary word ("grace",
"mark", "bill") is taken only where it ends the phrase: before punctuation, an initial or a line's end
or a person's verb ("ta grace, see you" and "contact worker gill said" yes; "the teacher mark the register" no).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.english import is_english_word
from redaction.text.lexicons import FIELD_VALUE_STOPWORDS
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.lowercase_given import is_lower_case_given_name
from redaction.text.surnames import is_surname

__all__ = ["LowerCaseRoleNameRecognizer"]

_ROLE = (
    r"(?:case|social|contact|key|support|family|link|family[ ]support|youth|outreach|parent[ ]support)[ ]?worker"
    r"|caseworker|casewkr|sw|senco|alnco|ta|lsa|hlta|teacher|class[ ]teacher|head|headteacher|deputy|ep|salt|ot"
    r"|physio|nurse|school[ ]nurse|health[ ]visitor|hv|paed|paediatrician|dr|advocate|iro|mentor|interpreter"
    r"|officer|coordinator|co-ordinator|manager|chair|tc[ ]w/|w/|c/w"
)
_NAME = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:{_ROLE})[ ]+(?P<name>\p{{Ll}}{{2,}})(?:[ ](?P<last>\p{{Ll}}[\p{{Ll}}'’\-]*))?"
    r"(?![\p{L}\p{N}@_/\-]|\.\p{L})"
)
_ENDS_PHRASE = regex.compile(r"[ ]*(?:[,.;:!?)\n]|\Z)")
_VERB_AFTER = regex.compile(
    r"[ ]+(?:said|says|told|tells|asked|rang|phoned|called|emailed|texted|came|visited|agreed|explained|wants)\b")


def _given(word: str) -> tuple[bool, bool]:
    """Whether ``word`` is a given name here, and whether it is also an everyday word."""
    if not is_lower_case_given_name(word):
        return False, False
    from redaction.gazetteer import lookup

    info = lookup(word.title())
    return True, is_english_word(word) or (info is not None and info.word)


def _family_name(word: str) -> bool:
    if len(word) == 1:
        return word not in "ai"
    if len(word) < 3 or word in FIELD_VALUE_STOPWORDS or _VERB_AFTER.match(" " + word):
        return False
    from redaction.gazetteer import lookup

    info = lookup(word.title())
    return is_surname(word.title()) or (info is not None and info.last >= 0.5 and not info.word)


class LowerCaseRoleNameRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("lower-case name after a role", _NAME.pattern, 0.55)]  # for Presidio's registry
    SCORE = 0.55

    def find(self, text: str) -> Iterator[Span]:
        for match in _NAME.finditer(text):
            word = match.group("name")
            given, wordy = _given(word)
            if not given:
                continue
            start, end = match.span("name")
            last = match.group("last")
            if last is not None and _family_name(last):
                end = match.end("last")
            elif wordy and _ENDS_PHRASE.match(text, end) is None and _VERB_AFTER.match(text, end) is None:
                continue  # "the teacher mark the register": the word's other reading
            yield Span(start, end, self.ENTITY, self.SCORE, "pattern")
