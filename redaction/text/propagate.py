"""Carry a name found once to its other mentions in the same document.

Case notes introduce a person once with a cue ("her son Zain Ahmed", "Dear Mrs Nowak") and then use
the bare first name or surname ("Zain", "NOWAK", "Nowak's"). A cue or the model needs to fire once;
propagation finds the rest. Only confident spans propagate, so a weak false positive is not amplified.
Schools propagate their distinctive word ("Kingsmead Primary School" → "Kingsmead").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from redaction.spans import Span
from redaction.text.names import PARTICLE
from redaction.text.lexicons import COMMON_CAPITALISED, ORG_WORDS, ROLE_WORDS, SCHOOL_GENERIC_WORDS, TITLES

__all__ = ["propagate"]

_NOT_NAMES = COMMON_CAPITALISED | ROLE_WORDS | TITLES | ORG_WORDS
_SCHOOL_TYPE = {"School", "Academy", "Primary", "Nursery", "College", "Infants", "Infant", "Junior",
                "Juniors", "Secondary", "High", "Grammar", "Centre", "Unit", "Federation", "of", "and",
                "&", "C", "E", "CE", "RC", "St", "Saint", "St."}
_WORD = regex.compile(r"\p{Lu}[\p{L}'’\-]*\p{L}|\p{Lu}{2,}")
_CONFIDENT = 0.7


def _name_words(surface: str, *, school: bool) -> Iterator[str]:
    for match in _WORD.finditer(surface):
        word = regex.sub(r"['’]s?$", "", match.group())
        if len(word) < 2 or (word.isupper() and len(word) < 3):
            continue
        if school:
            if word not in SCHOOL_GENERIC_WORDS and word not in _SCHOOL_TYPE:
                yield word
        elif word not in _NOT_NAMES and word.capitalize() not in _NOT_NAMES:
            yield word


def _forms(word: str) -> set[str]:
    return {word, word.upper(), word[:1].upper() + word[1:].lower() if word.isupper() else word}


def _school_name_part(school: str) -> str | None:
    """"St Chad's C of E Primary School" -> "St Chad's": the name without its type words."""
    words = school.split()
    while len(words) > 1 and words[-1] in _SCHOOL_TYPE | {"Special", "Infant", "Junior"}:
        words.pop()
    if words and words[-1] == "C":  # "... C of E" already popped down to "C"
        words.pop()
    name = " ".join(words)
    return name if 1 < len(words) < len(school.split()) or (len(words) == 1 and name != school) else None


def propagate(text: str, spans: Iterable[Span]) -> list[Span]:
    """New spans for further mentions of the names (and school names) among ``spans``."""
    found: dict[str, tuple[str, str]] = {}
    for span in spans:
        if span.score < _CONFIDENT or span.type not in ("PERSON", "SCHOOL"):
            continue
        for word in _name_words(text[span.start : span.end], school=span.type == "SCHOOL"):
            for form in _forms(word):
                found.setdefault(form, (span.type, span.source))
        if span.type == "SCHOOL" and span.score >= _CONFIDENT:
            name_part = _school_name_part(text[span.start : span.end])
            if name_part:
                found.setdefault(name_part, ("SCHOOL", span.source))
    if not found:
        return []
    alternation = "|".join(regex.escape(w) for w in sorted(found, key=len, reverse=True))
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}\-])(?:{PARTICLE}[ ])?(?:{alternation})(?=['’]s\b|['’](?!\p{{L}})|(?![\p{{L}}\p{{N}}\-]))")
    out = []
    for match in pattern.finditer(text):
        kind, source = found[match.group().split(" ")[-1] if match.group() not in found else match.group()]
        out.append(Span(match.start(), match.end(), kind, 0.6, source))  # type: ignore[arg-type]
    return out
