"""Welsh names: "Ysgol ..." school names and ``ap``/``ab`` patronymics ("Dafydd ap Gwilym", "Rhys ab Owain").

A Welsh-medium school is named "Ysgol" and its name, with its kind between ("Ysgol Gynradd Bro Taf",
"Ysgol Gyfun Gymraeg Plasmawr", "Ysgol y Graig"), and a Welsh further-education college "Coleg" and its name ("Coleg Cambria", "Coleg y
Cymoedd", "Coleg Sir Gâr"): the name runs over capitalised words and the joiners "y"/"yr" to the first word in
lower case; "Ysgol Gynradd" alone (a primary school) names none. A
patronymic joins two capitalised names with "ap" (son of) or "ab" (before a vowel); the whole is one
person.
"""

from __future__ import annotations

from collections.abc import Iterator

from redaction.spans import Span
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["WelshPatronymicRecognizer", "WelshSchoolRecognizer"]

_CAP = r"\p{Lu}[\p{Ll}\p{M}'’\-]+"
# Words of a school's kind, not its name: primary, secondary, comprehensive, nursery, special, infants, juniors.
_KIND = frozenset({"Gynradd", "Cynradd", "Uwchradd", "Gyfun", "Cyfun", "Feithrin", "Meithrin", "Arbennig", "Gymraeg",
                   "Cymraeg", "Babanod", "Iau", "Ganol", "Canol", "Ddwyieithog", "Ysgol", "Coleg", "y", "yr", "Y", "Yr"})


class WelshSchoolRecognizer(UkPatternRecognizer):
    ENTITY = "SCHOOL"
    PATTERNS = [Pattern("ysgol and its name", rf"(?<![\p{{L}}])(?:Ysgol|Coleg)(?:[ ](?:[yY]|[yY]r|{_CAP})(?![\p{{L}}])){{1,6}}", 0.85)]
    CONTEXT = ["ysgol"]

    def find(self, text: str) -> Iterator[Span]:
        if "Ysgol" not in text and "Coleg" not in text:
            return
        for span in super().find(text):
            words = text[span.start : span.end].split()
            while words and words[-1] in ("y", "yr", "Y", "Yr"):
                words.pop()
            if any(w not in _KIND for w in words):
                yield Span(span.start, span.start + len(" ".join(words)), self.ENTITY, span.score, span.source)


class WelshPatronymicRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("ap or ab", rf"(?<![\p{{L}}]){_CAP}[ ]a[pb][ ]{_CAP}(?![\p{{L}}])", 0.85)]
    CONTEXT = []

    def find(self, text: str) -> Iterator[Span]:
        if " ap " not in text and " ab " not in text:
            return
        yield from super().find(text)
