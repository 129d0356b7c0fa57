"""A name in a flattened form's field, where the label and its value stand apart by a gap and not a colon:
"Name  Trần Thị Lan       Relationship  Mother", "Child's name⇥Oskar Brandt".

A PDF form copied as text loses its boxes: each label is followed by its value after two or more spaces or a
tab, and the next label follows after another gap. :class:`UkFieldPersonRecognizer` reads "Name: ..."; this one
reads the gap-separated layout: one to four capitalised words (of any script) between a name's label and the next
gap or the line's end, none of them a word of case notes (a label: "Name  Relationship" is an empty field).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.lexicons import NOT_NAMES, ROLE_WORDS, TITLES
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["SpacedFieldPersonRecognizer"]

_LABEL = (r"(?:(?:child|pupil|student|learner|parent|carer|mother|father|young[ ]person)['’]?s?[ ]+|parent[ ]*/[ ]*carer[ ]+)?"
          r"(?:full[ ]+|legal[ ]+|preferred[ ]+)?(?:name|forename|first[ ]+name|surname|last[ ]+name|family[ ]+name)")
_WORD = r"\p{Lu}[\p{L}\p{M}'’\-]*"
_FIELD = regex.compile(
    rf"(?im)(?:^|(?<=[ ]{{2}}|\t))[ \t]*(?:{_LABEL})(?:[ ]{{2,}}|\t+)(?P<value>(?-i:{_WORD}(?:[ ]{_WORD}){{0,3}}))"
    r"(?=[ ]{2,}|\t|[ \t]*$)"
)
_NEVER = NOT_NAMES | ROLE_WORDS | TITLES


class SpacedFieldPersonRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("name after a gap-separated label", _FIELD.pattern, 0.8)]  # for Presidio's registry
    SCORE = 0.8

    def find(self, text: str) -> Iterator[Span]:
        for match in _FIELD.finditer(text):
            words = match.group("value").split()
            if any(word in _NEVER or word.capitalize() in _NEVER for word in words):
                continue
            yield Span(match.start("value"), match.end("value"), self.ENTITY, self.SCORE, "pattern")
