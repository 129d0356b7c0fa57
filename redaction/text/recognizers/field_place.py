"""A school or place named alone in a header field: "Re: Aarav (DOB 06.04.2016), Inglewood",
"School: Harrowbeck", "Town: Ulverston".

Call logs and forms give the school by its short name, with no "Primary School" to recognise it by.
In these fields a value is taken when it is one to three capitalised words, none of them a common
word of case notes, at least one not an English word (Webster's list), and not in brackets. After
"Re:" the first item is the person the note is about (the person cues find it), so only later items
count. School-like fields give SCHOOL, place fields LOCATION.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.english import is_english_word
from redaction.text.lexicons import FIRST_NAMES, NOT_NAMES, SCHOOL_GENERIC_WORDS
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkFieldPlaceRecognizer"]

_PLACE_LABELS = frozenset({"town", "area", "location", "village"})
_ITEM = regex.compile(r"(?<=^|[,;])[ \t]*(?P<item>\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*){0,2})[ \t.]*(?=$|[,;])")
_BRACKETS = regex.compile(r"\([^()\n]*\)")


class UkFieldPlaceRecognizer(UkPatternRecognizer):
    ENTITY = "SCHOOL"
    PATTERNS = [
        Pattern(
            "school or place field",
            r"(?im)^[ \t]*(?P<label>re|regarding|school|setting|current setting|placement|nursery|college|provider"
            r"|learning provider|town|area|location|village)[ \t]*:(?P<value>[^\n]*)",
            0.6,
        )
    ]

    def find(self, text: str) -> Iterator[Span]:
        for _, compiled in self._compiled:
            for field in compiled.finditer(text):
                label = field["label"].lower()
                kind = "LOCATION" if label in _PLACE_LABELS else "SCHOOL"
                start, end = field.span("value")
                # Brackets blanked, same length: "(DOB 06.04.2016)" holds no place and keeps the offsets.
                value = _BRACKETS.sub(lambda m: " " * len(m.group()), text[start:end])
                for index, item in enumerate(_ITEM.finditer(value)):
                    if label in ("re", "regarding") and index == 0:
                        continue
                    if self._is_proper_name(item["item"]):
                        yield Span(start + item.start("item"), start + item.end("item"), kind, 0.6, "pattern")

    @staticmethod
    def _is_proper_name(item: str) -> bool:
        words = item.split()
        if any(w in FIRST_NAMES for w in words):
            return False
        distinctive = [w for w in words if w not in NOT_NAMES and w not in SCHOOL_GENERIC_WORDS]
        return any(not is_english_word(w) for w in distinctive)
