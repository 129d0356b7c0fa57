"""Given names written in lower case with no cue before them: "thanks so much aleksandra!!", "oluwaseun's bag".

Chat drops capitals, and :mod:`.informal` takes a lower-case name after the words that introduce one ("spoke
to", "my son", "hi"). A reader needs no cue for "aleksandra" or "oluwaseun": the word is a name because it
is nothing else. This recognizer takes a lower-case word of the given-name lists only when it is nothing else
a reader could take it for:

- no entry of either English dictionary (:func:`is_common_word`, :func:`is_english_word`: "rose", "mark",
  "kerry", "june" are words), no mistyped dictionary word ("hte"), no stop word of messages or acronym;
- five letters or more (short lower-case strings are abbreviations and chat words: "tmrw", "lol", "ikr");
- not joined to a path, an address or a handle ("@aleksandra", "aleksandra.nowak@", "/users/aleksandra").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.english import is_common_word, is_english_word, looks_like_a_typo
from redaction.text.given_names import is_given_name
from redaction.text.lexicons import ACRONYMS, FIELD_VALUE_STOPWORDS
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["LowerCaseGivenNameRecognizer"]

_WORD = regex.compile(r"(?<![\p{L}\p{N}@./_\-'’])\p{Ll}{5,}(?![\p{L}\p{N}@_/\-]|\.\p{L})")


class LowerCaseGivenNameRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("lower-case given name", _WORD.pattern, 0.55)]  # for Presidio's registry; find() reads the lists
    SCORE = 0.55

    def find(self, text: str) -> Iterator[Span]:
        for match in _WORD.finditer(text):
            word = match.group()
            if _only_a_name(word):
                yield Span(match.start(), match.end(), self.ENTITY, self.SCORE, "pattern")


def _only_a_name(word: str) -> bool:
    if not is_given_name(word.title()) or word in FIELD_VALUE_STOPWORDS or word.upper() in ACRONYMS:
        return False
    return not (is_common_word(word) or is_english_word(word) or is_english_word(word.title()) or looks_like_a_typo(word))
