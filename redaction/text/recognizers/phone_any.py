"""Telephone numbers of any country: libphonenumber's matcher (the ``phonenumbers`` package, Apache-2.0).

Parents and relatives abroad write their numbers as their country does: ``+48 512 345 678``,
``00353 87 123 4567``, ``+1 (415) 555-2671``. :class:`UkPhoneRecognizer` reads UK numbers in every
layout (the drama ranges included, which libphonenumber rejects); this recognizer adds:

- any number with its international prefix (``+`` or ``00``), read in its own country and **valid**
  there (libphonenumber's ``VALID`` leniency: a possible length and an allocated range), so a year
  pair or a score never passes;
- a number written as another country writes it at home, without its prefix, only after a
  telephone cue ("phone", "mobile", "WhatsApp"...) and valid in one of the countries UK families most
  often have ties with (``_HOME_REGIONS``): ``Dad's mobile (Poland): 512 345 678``.

The matcher reads short windows only (from a prefix, a digit run after a cue), never the whole text:
that bounds its work on hostile text and keeps it cheap (a UK national number after a cue is left to
the UK recognizer).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["AnyCountryPhoneRecognizer"]

MAX_TRIES = 10_000
# Countries whose home layouts are read after a cue; the international form of every country is read anyway.
_HOME_REGIONS = ("US", "IE", "PL", "IN", "PK", "NG", "RO", "DE", "FR", "ES", "IT", "PT", "LT", "TR", "AU")
_ENOUGH_DIGITS = regex.compile(r"(?:\d\D{0,3}){6}")
_CUE = regex.compile(r"(?i)\b(?:tel|telephone|phone|phoned|ring|rang|call|mobile|mob|cell|whats\s?app|number|contact"
                     r"|landline|text|sms|viber|signal|n[uú]mero|numer|nummer|telefon\w*)\b")
_CUE_WINDOW = 40
_NUMBER_REACH = 30  # the longest number libphonenumber reads, with its spacing
_RUN = regex.compile(r"(?<![\w+.\-/])\(?\d[\d \-.()]{5,18}\d(?![\w/]|\.\d)")
_PREFIX = regex.compile(r"(?<![\w+])(?:\+|00)[ ]?\(?\d")


class AnyCountryPhoneRecognizer(UkPatternRecognizer):
    ENTITY = "PHONE"
    PATTERNS = [Pattern("libphonenumber", r"\+?\d[\d ()\-.]{5,}\d", 0.9)]  # for Presidio's registry; find() uses the matcher
    CONTEXT = ["tel", "telephone", "phone", "mobile", "whatsapp", "number"]

    def find(self, text: str) -> Iterator[Span]:
        if _ENOUGH_DIGITS.search(text) is None:
            return
        seen: list[tuple[int, int]] = []
        # The matcher reads short windows only: from each international prefix, and after each telephone cue.
        for prefix in _PREFIX.finditer(text):
            start = prefix.start()
            if any(a <= start < b for a, b in seen):
                continue
            for key in _matches(text, start, start + _NUMBER_REACH, ("GB",)):
                if key[0] == start and not any(a < key[1] and key[0] < b for a, b in seen):
                    seen.append(key)
                    yield Span(key[0], key[1], self.ENTITY, 0.9, "pattern")
        for cue in _CUE.finditer(text):
            for run in _RUN.finditer(text, cue.end(), min(len(text), cue.end() + _CUE_WINDOW + _NUMBER_REACH)):
                if run.start() - cue.end() > _CUE_WINDOW or any(a < run.end() and run.start() < b for a, b in seen):
                    continue
                if _uk_national(run.group()):
                    continue  # UkPhoneRecognizer's: libphonenumber would only say the same
                for key in _matches(text, run.start(), run.end(), ("GB", *_HOME_REGIONS)):
                    if not any(a < key[1] and key[0] < b for a, b in seen):
                        seen.append(key)
                        yield Span(key[0], key[1], self.ENTITY, 0.85, "pattern")
                        break


def _uk_national(run: str) -> bool:
    digits = "".join(ch for ch in run if ch.isdigit())
    return run.lstrip("(").startswith("0") and not run.startswith("00") and len(digits) in (10, 11) \
        and digits[1] in "1235789"


def _matches(text: str, start: int, end: int, regions: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """Valid numbers libphonenumber finds in ``text[start:end]``, read as each region writes them."""
    import phonenumbers

    window = text[start:end]
    for region in regions:
        for match in phonenumbers.PhoneNumberMatcher(window, region, leniency=phonenumbers.Leniency.VALID,
                                                     max_tries=MAX_TRIES):
            yield start + match.start, start + match.end
