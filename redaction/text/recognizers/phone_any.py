"""Telephone numbers of any country: libphonenumber's matcher (the ``phonenumbers`` package, Apache-2.0).

Parents and relatives abroad write their numbers as their country does: ``+48 512 345 678``,
``00353 87 123 4567``, ``+1 (415) 555-2671``. :class:`UkPhoneRecognizer` reads UK numbers in every
layout (the drama ranges included, which libphonenumber rejects); this recognizer adds:

- any number with its international prefix (``+`` or ``00``), read in its own country and **valid**
  there (libphonenumber's ``VALID`` leniency: a possible length and an allocated range), so a year
  pair or a score never passes;
- UK numbers libphonenumber finds in layouts the UK pattern does not read;
- a number written as another country writes it at home, without its prefix, only after a
  telephone cue ("phone", "mobile", "WhatsApp"...) and valid in one of the countries UK families most
  often have ties with (``_HOME_REGIONS``): ``Dad's mobile (Poland): 512 345 678``.

The matcher's attempt limit bounds its work on hostile text; a text without six digits in it is
never given to the matcher at all.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from presidio_analyzer import Pattern

from redaction.spans import Span
from redaction.text.recognizers._base import UkPatternRecognizer

__all__ = ["AnyCountryPhoneRecognizer"]

MAX_TRIES = 10_000
# Countries whose home layouts are read after a cue; the international form of every country is read anyway.
_HOME_REGIONS = ("US", "IE", "PL", "IN", "PK", "NG", "RO", "DE", "FR", "ES", "IT", "PT", "LT", "TR", "AU")
_ENOUGH_DIGITS = regex.compile(r"(?:\d\D{0,3}){6}")
_CUE = regex.compile(r"(?i)\b(?:tel|telephone|phone|phoned|ring|rang|call|mobile|mob|cell|whats\s?app|number|contact"
                     r"|landline|text|sms|viber|signal|n[uú]mero|numer|nummer|telefon\w*)\b")
_CUE_WINDOW = 40


class AnyCountryPhoneRecognizer(UkPatternRecognizer):
    ENTITY = "PHONE"
    PATTERNS = [Pattern("libphonenumber", r"\+?\d[\d ()\-.]{5,}\d", 0.9)]  # for Presidio's registry; find() uses the matcher
    CONTEXT = ["tel", "telephone", "phone", "mobile", "whatsapp", "number"]

    def find(self, text: str) -> Iterator[Span]:
        if _ENOUGH_DIGITS.search(text) is None:
            return
        import phonenumbers

        valid = phonenumbers.Leniency.VALID
        seen: set[tuple[int, int]] = set()
        for match in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=valid, max_tries=MAX_TRIES):
            seen.add((match.start, match.end))
            yield Span(match.start, match.end, self.ENTITY, 0.9, "pattern")
        for cue in _CUE.finditer(text):
            start, end = cue.end(), min(len(text), cue.end() + _CUE_WINDOW + 25)
            window = text[start:end]
            if _ENOUGH_DIGITS.search(window) is None:
                continue
            for region in _HOME_REGIONS:
                for match in phonenumbers.PhoneNumberMatcher(window, region, leniency=valid, max_tries=MAX_TRIES):
                    key = (start + match.start, start + match.end)
                    if not any(a < key[1] and key[0] < b for a, b in seen):
                        seen.add(key)
                        yield Span(key[0], key[1], self.ENTITY, 0.85, "pattern")
