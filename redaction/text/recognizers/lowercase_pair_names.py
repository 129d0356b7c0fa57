"""Two lower-case given names joined as the subject of a chat's sentence: "jess and mo are coming round", "finn
and ollie were fighting again", "maja & wiktoria both cried".

:mod:`.lowercase_cued_name` takes "me and jade" (the writer beside a name) and a name after a family word, a verb
done to a person or a greeting; a pair of names with no such cue is left, because each word alone may be a word
("jess", "mo", "rose"). Together they are read as two people when both words are given names and the pair is the
subject of a verb only people (or a plural) take right after it: "are coming", "were fighting", "went", "said",
"both". "salt and pepper are", "bread and butter" (no given names), "will and may" (stop words of messages) and
"march and april were" (months) stay; so does a pair in a text written with capitals, where a lower-case word is a
word.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.lowercase_cued_name import opens_in_lower_case
from redaction.text.recognizers.lowercase_given import is_lower_case_given_name

__all__ = ["LowerCasePairNamesRecognizer"]

_PAIR = regex.compile(
    r"(?<![\p{L}\p{N}@'’_/\-])(?P<first>\p{Ll}{2,})[ ]+(?:and|&|n)[ ]+(?P<second>\p{Ll}{2,})"
    r"[ ]+(?:(?:are|were|have|had|both|all|just|never|always|still|both|can|can't|cant|will|won't|wont|did|didn't"
    r"|didnt|went|came|come|go|got|said|say|played|play|love|loved|hate|hated|fell|fought|cried|ate|sat|left)\b)"
)
# Given names the lists hold that people write as pairs of things: "salt and pepper", "bread and honey".
_THINGS = frozenset("honey candy ginger pepper sugar olive cherry basil saffron".split())


def _given(word: str) -> bool:
    return word not in _THINGS and is_lower_case_given_name(word)


class LowerCasePairNamesRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("two lower-case names as a subject", _PAIR.pattern, 0.55)]  # for Presidio's registry
    SCORE = 0.55

    def find(self, text: str) -> Iterator[Span]:
        for match in _PAIR.finditer(text):
            if not (_given(match.group("first")) and _given(match.group("second"))):
                continue
            if not opens_in_lower_case(text, match.start()):
                continue  # a sentence with capitals would have given the names theirs
            for group in ("first", "second"):
                yield Span(match.start(group), match.end(group), self.ENTITY, self.SCORE, "pattern")
