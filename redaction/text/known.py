"""The case's own known identifiers, found in every variant, whatever the model says.

``known`` maps a span type to the case record's strings, e.g. ``{"PERSON": ["Ella Hughes"],
"PHONE": ["07700 900123"]}``. A key may carry a role after a colon (``"PERSON:child"``), which the
anonymiser uses for its labels ("Child 1"). Each string expands to the ways case notes write it:

- names: full, "Hughes, Ella", "HUGHES, Ella", "E. Hughes", "E Hughes", "Ella H", initials "EH",
  first name alone, surname alone, nicknames of common given names, any case (a name that is also an
  English word alone only when written as a name), with a title before and a possessive after;
- phone numbers, NHS numbers, ULNs, NI numbers, UPNs, references: the same characters in any spacing
  (``+44 (0)7700-900-123``), postcodes with or without the space;
- addresses: the whole line and each part ("15 Abbey Road", "Abbey Road", "Barrow in Furness");
- dates of birth: every common layout of the same day.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from redaction.spans import SPAN_TYPES, Span
from redaction.text.dates import date_variants, parse_date
from redaction.text.errors import KnownIdentifierError
from redaction.text.lexicons import (
    ENGLISH_WORD_NAMES,
    NICKNAMES,
    NON_IDENTIFYING_PLACES,
    SCHOOL_GENERIC_WORDS,
)
from redaction.text.names import TITLE
from redaction.text.recognizers.phone import national_digits

__all__ = ["KnownEntry", "KnownMatcher", "parse_known"]

KnownMapping = Mapping[str, Sequence[str]]
_ALIASES = {"NAME": "PERSON", "NICKNAME": "PERSON", "DOB": "DATE_OF_BIRTH", "NHS": "NHS_NUMBER",
            "NI": "NI_NUMBER", "NINO": "NI_NUMBER", "REF": "CASE_REF", "TELEPHONE": "PHONE"}
_STREET_ABBREVIATIONS = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Lane": "Ln", "Close": "Cl",
                         "Drive": "Dr", "Crescent": "Cres", "Gardens": "Gdns", "Square": "Sq", "Place": "Pl"}
_SCHOOL_TYPE = {"School", "Academy", "Primary", "Nursery", "College", "Infants", "Infant", "Junior",
                "Juniors", "Secondary", "High", "Grammar", "C", "of", "E", "CE", "CofE", "RC", "and", "&"}


@dataclass(frozen=True, slots=True)
class KnownEntry:
    """One string of the case record: its span type, an optional role, and the value itself."""

    type: str
    value: str
    role: str | None = None

    @property
    def key(self) -> str:
        return f"{self.type}:{self.value.casefold()}"


def parse_known(known: KnownMapping | None) -> tuple[KnownEntry, ...]:
    """Validate the caller's mapping; a clear error names the bad key or value."""
    if not known:
        return ()
    if not isinstance(known, Mapping):
        raise KnownIdentifierError(f"known identifiers must be an object of lists, not {type(known).__name__}")
    entries = []
    for raw_key, values in known.items():
        if not isinstance(raw_key, str):
            raise KnownIdentifierError(f"known identifier type must be a string, not {raw_key!r}")
        kind, _, role = raw_key.partition(":")
        kind = _ALIASES.get(kind.strip().upper(), kind.strip().upper())
        if kind not in SPAN_TYPES:
            raise KnownIdentifierError(f"unknown known-identifier type {raw_key!r}; use one of {', '.join(SPAN_TYPES)}")
        if isinstance(values, str) or not isinstance(values, Sequence):
            raise KnownIdentifierError(f"known identifiers of {raw_key!r} must be a list of strings")
        for value in values:
            if not isinstance(value, str):
                raise KnownIdentifierError(f"known identifier of {raw_key!r} is not a string: {value!r}")
            if value.strip():
                entries.append(KnownEntry(kind, " ".join(value.split()), role.strip().lower() or None))
    return tuple(entries)


def _literal(text: str) -> str:
    """``text`` as a regex, any run of spaces matching any whitespace (line breaks included)."""
    return r"\s+".join(regex.escape(part) for part in text.split())


def _word(text: str, *, any_case: bool) -> str:
    """A single-word variant: any case, or (for English-word names) only as a name is written."""
    if any_case:
        return f"(?i:{_literal(text)})"
    return f"(?:{_literal(text[:1].upper() + text[1:])}|{_literal(text.upper())})"


def _spaced(chars: str) -> str:
    return r"[\s\-./()]{0,3}".join(regex.escape(ch) for ch in chars)


def _person_variants(name: str) -> list[str]:
    words = [w for w in name.replace(",", " ").split() if w.rstrip(".") not in {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"}]
    if not words:
        return []
    first = words[0]
    # A surname may open with a particle: "de Souza", "van der Merwe", "al-Hashimi".
    particle = next((i for i, w in enumerate(words[1:], 1) if w[:1].islower()), len(words) - 1)
    last = " ".join(words[particle:]) if len(words) > 1 else words[-1]
    firsts = [first, *NICKNAMES.get(first.casefold(), ())]
    variants = {f"(?i:{_literal(' '.join(words))})"}
    singles = {w for w in words if not w[:1].islower()} | set(firsts) | {last}
    for part in words:
        if "-" in part:
            singles.update(p for p in part.split("-") if len(p) > 2)
    if len(words) > 1:
        for f in firsts:
            variants.add(f"(?i:{_literal(f + ' ' + last)})")
            variants.add(f"(?i:{_literal(last)},\\s*{_literal(f)})")
            variants.add(f"(?i:{_literal(f)}\\s+{regex.escape(last[0])}\\.?)(?![\\p{{L}}])")
        variants.add(rf"{regex.escape(first[0].upper())}\.?\s?{_word(last, any_case=last.casefold() not in ENGLISH_WORD_NAMES)}")
        variants.add(regex.escape("".join(w[0].upper() for w in words)) + r"(?![\p{L}])")
    for single in singles:
        variants.add(_word(single, any_case=single.casefold() not in ENGLISH_WORD_NAMES and len(single) > 2))
    return sorted(variants, key=len, reverse=True)


def _address_variants(address: str) -> list[str]:
    variants = {f"(?i:{_literal(address)})"}
    for part in regex.split(r"\s*[,\n]\s*", address):
        part = part.strip()
        if not part or part.lower() in NON_IDENTIFYING_PLACES:
            continue
        number = regex.match(r"(?:Flat|Apartment|Unit)?\s*\d+[A-Za-z]?,?\s+(.+)", part)
        for form in {part, number.group(1) if number else part}:
            variants.add(f"(?i:{_literal(form)})")
            for full, short in _STREET_ABBREVIATIONS.items():
                if form.endswith(" " + full):
                    variants.add(f"(?i:{_literal(form[: -len(full)] + short)})\\.?")
    return sorted(variants, key=len, reverse=True)


def _school_variants(school: str) -> list[str]:
    forms = {school, school.replace("St ", "Saint ").replace("St. ", "Saint "), school.replace("Saint ", "St ")}
    variants = set()
    core: list[str] = []
    for form in forms:
        words = form.split()
        variants.add(f"(?i:{_literal(form)})")
        while len(words) > 1 and words[-1] in _SCHOOL_TYPE:
            words.pop()
        variants.add(f"(?i:{_literal(' '.join(words))})")
        core = [w for w in words if w not in SCHOOL_GENERIC_WORDS and w not in _SCHOOL_TYPE and w not in {"St", "Saint", "St."}]
    if core:
        variants.add(_word(" ".join(core), any_case=False))
    return sorted(variants, key=len, reverse=True)


def _variants(entry: KnownEntry) -> list[str]:
    value = entry.value
    if entry.type == "PERSON":
        return _person_variants(value)
    if entry.type == "ADDRESS":
        return _address_variants(value)
    if entry.type == "SCHOOL":
        return _school_variants(value)
    if entry.type == "PHONE":
        digits = national_digits(value)
        if len(digits) >= 6 and digits.startswith("0"):
            return [rf"(?:(?:\+|00)44[\s.\-]*(?:\(0\)[\s.\-]*)?\(?|\(?0){_spaced(digits[1:])}"]
        return [_spaced(digits or value)]
    if entry.type in ("DATE_OF_BIRTH", "DATE"):
        day = parse_date(value)
        return [f"(?i:{_literal(v)})" for v in date_variants(day)] if day else [f"(?i:{_literal(value)})"]
    if entry.type in ("POSTCODE", "NHS_NUMBER", "ULN", "NI_NUMBER", "UPN", "CASE_REF"):
        return [f"(?i:{_spaced(''.join(ch for ch in value if ch.isalnum()))})"]
    if entry.type == "EMAIL":
        return [f"(?i:{regex.escape(value)})"]
    return [f"(?i:{_literal(value)})" if value.casefold() not in ENGLISH_WORD_NAMES else _word(value, any_case=False)]


@dataclass(frozen=True, slots=True)
class KnownMatch:
    span: Span
    entry: KnownEntry


class KnownMatcher:
    """Every variant of every entry, compiled once: one alternation per entry."""

    def __init__(self, entries: Sequence[KnownEntry]) -> None:
        self.entries = tuple(entries)
        self._compiled = []
        for entry in self.entries:
            variants = _variants(entry)
            if not variants:
                continue
            title = rf"(?:{TITLE}\s+)?" if entry.type == "PERSON" else ""
            possessive = r"(?:['’]s\b|['’](?![\p{L}]))?" if entry.type in ("PERSON", "SCHOOL", "LOCATION") else ""
            body = "|".join(f"(?:{v})" for v in variants)
            pattern = rf"(?<![\p{{L}}\p{{N}}@])(?P<id>{title}(?:{body}))(?:{possessive})(?![\p{{L}}\p{{N}}])"
            # POSIX: the longest variant at a position wins ("Little Queensgate Nursery", not "Little Queensgate").
            self._compiled.append((entry, regex.compile(pattern, regex.POSIX)))

    def find(self, text: str) -> Iterator[KnownMatch]:
        for entry, compiled in self._compiled:
            for match in compiled.finditer(text, overlapped=False):
                start, end = match.span("id")
                if end > start:
                    yield KnownMatch(Span(start, end, entry.type, 1.0, "known"), entry)


@lru_cache(maxsize=256)
def matcher_for(entries: tuple[KnownEntry, ...]) -> KnownMatcher:
    """Matchers are cached: a batch of one case's documents compiles its variants once."""
    return KnownMatcher(entries)
