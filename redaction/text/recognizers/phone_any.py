"""Telephone numbers of any country: libphonenumber's matcher (the ``phonenumbers`` package, Apache-2.0).

Parents and relatives abroad write their numbers as their country does: ``+48 512 345 678``,
``00353 87 123 4567``, ``+1 (415) 555-2671``. :class:`UkPhoneRecognizer` reads UK numbers in every
layout (the drama ranges included, which libphonenumber rejects); this recognizer adds:

- any number with its international prefix (``+`` or ``00``), read in its own country and **valid**
  there (libphonenumber's ``VALID`` leniency: a possible length and an allocated range), so a year
  pair or a score never passes;
- a number written as another country writes it at home, without its prefix, after a telephone cue
  ("phone", "mobile", "WhatsApp", "fax", "toll-free"...) and valid in one of the countries UK families
  most often have ties with (``_HOME_REGIONS``): ``Dad's mobile (Poland): 512 345 678``;
- such a number beside a country, a place or a nationality (:mod:`.phone_countries`: "Her mobile in
  Singapore is 8123 4567", "the clinic in Berlin answers on 030 123456", "his Nigerian number"), read as
  that country writes numbers and valid there, with or without a cue; without one, a count ("Berlin has
  3 645 000 people") is never read as a number;
- a number with neither cue nor country, grouped as one of the countries most often written to groups
  it (``_GROUPED_REGIONS``: stock Presidio's default regions and those of the UK's communities;
  libphonenumber's ``STRICT_GROUPING`` leniency: valid there, and no group of digits that country writes
  split): "(312) 555-0147", "98765 43210", "030 1234567", "0412 345 678". A run of bare digits, a range of
  years, a date, an amount, or digits after another identifier's label ("Invoice no.", "NHS number",
  "sort code") is not read this way.

The matcher reads short windows only (from a prefix, a digit run after a cue), never the whole text:
that bounds its work on hostile text and keeps it cheap (a UK national number after a cue is left to
the UK recognizer).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

import regex

from redaction.spans import Span
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.phone_countries import countries_near

__all__ = ["AnyCountryPhoneRecognizer"]

MAX_TRIES = 10_000
# Countries whose home layouts are read after a cue; the international form of every country is read anyway.
_HOME_REGIONS = ("US", "IE", "PL", "IN", "PK", "NG", "RO", "DE", "FR", "ES", "IT", "PT", "LT", "TR", "AU")
# Read without a cue or a country when grouped as the country groups them: stock Presidio's default regions
# (US, GB, DE, FR, IL, IN, CA, BR) without GB (UkPhoneRecognizer reads UK numbers), and the countries of the
# UK's communities and of English-speaking writers. Not Singapore and Hong Kong: their 4-4 grouping is also a
# pair of years or a serial number's.
_GROUPED_REGIONS = ("US", "CA", "IN", "IE", "AU", "NZ", "ZA", "DE", "FR", "IL", "BR", "PL", "NL", "ES", "IT",
                    "PT", "PK", "NG", "KE", "PH", "MY", "JP", "MX")
_CUED_REGIONS = ("GB", *_HOME_REGIONS, "CA", "ZA", "NZ", "SG", "HK", "MY", "PH", "JP", "KR", "CN", "BR", "MX", "IL",
                 "AE", "NL", "BE", "CH", "AT", "KE", "BD", "LK")
_SEPARATED = regex.compile(r"\d[ \-.()]+\d")
# Years and dates, the whole run: "2019-2023", "1998 2004", "12.03.2024", "27 10 2024", "2024-03-12" (not
# "06.12.34.56.78"); a number some country would dial ("02-11-2024" is valid in several).
_YEARS_OR_DATE = regex.compile(r"(?:(?:19|20)\d\d[ \-.]{1,3}(?:(?:19|20)?\d\d)(?:[ ,]+|$))+"
                               r"|[0-3]?\d([.\- ])[01]?\d\1(?:19|20)?\d\d|(?:19|20)\d\d([.\- ])[01]?\d\2[0-3]?\d")
# Another identifier's label just before the digits: "Invoice no. 450 012 3456", "NHS number 943 476 5919".
_OTHER_LABEL = regex.compile(
    r"(?i)\b(?:nhs|chi|h&c|hcn|upn|uln|acc(?:oun)?t|a/c|sort[ ]code|order|invoice|inv|ref(?:erence)?|policy|serial|case"
    r"|claim|ticket|transaction|tracking|batch|grant|employee|staff|student|pupil|passport|vat|company|isbn|iban|card"
    r"|ssn|sin|id|no|pin|code|lot|room|page|pages|lines?|version|release|build|meter|flight|booking|membership"
    r"|customer|patient|hospital|nino|utr|licen[cs]e|registration|reg|plate|kwh|score[sd]?|points)\b\W{0,4}"
    r"(?:(?:no|nos|number|num|nr|id|ref|code|#)\b\W{0,3}){0,2}$")
_ENOUGH_DIGITS = regex.compile(r"(?:\d\D{0,3}){6}")
_CUE = regex.compile(r"(?i)\b(?:tel|telephone|phone|phoned|ring|rang|call|mobile|mob|cell|whats\s?app|number|contact"
                     r"|landline|text|sms|viber|signal|n[uú]mero|numer|nummer|telefon\w*|fax|toll[- ]?free|freephone"
                     r"|hotline|helpline|dial|answers[ ]on|reach\w*[ ](?:\w+[ ]){0,3}on)\b")
_CUE_WINDOW = 40
_NUMBER_REACH = 30  # the longest number libphonenumber reads, with its spacing
_RUN = regex.compile(r"(?<![\w+.\-/])\(?\d[\d \-.()]{5,18}\d(?![\w/]|\.\d)")
_THOUSANDS = regex.compile(r"\d{1,3}(?:[ .]\d{3})+")
_QUANTITY_AFTER = regex.compile(
    r"[ ]?(?:%|per[ ]?cent|people|residents|inhabitants|pupils|children|euros?|pounds|dollars|rupees|naira|km|miles|kg"
    r"|times|votes|visitors|readers|users|followers|subscribers|members|items|tonnes|litres|copies|units|eur|usd|gbp|inr|aud|cad|zar|chf|points|km|m|cm|mm|kwh|mb|gb|kb|hours|mins?)\b"
    r"|[ ]?(?:x|×)[ ]?\d", regex.IGNORECASE)
_PREFIX = regex.compile(r"(?<![\w+])(?:\+|00)[ ]?\(?\d")


class AnyCountryPhoneRecognizer(UkPatternRecognizer):
    ENTITY = "PHONE"
    PATTERNS = [Pattern("libphonenumber", r"\+?\d[\d ()\-.]{5,}\d", 0.9)]  # for Presidio's registry; find() uses the matcher
    CONTEXT = ["tel", "telephone", "phone", "mobile", "whatsapp", "number"]

    def find(self, text: str) -> Iterator[Span]:
        if _ENOUGH_DIGITS.search(text) is None:
            return
        seen = _Taken()
        # The matcher reads short windows only: from each international prefix, and each run of digits in a
        # telephone layout that a cue or a country stands beside.
        for prefix in _PREFIX.finditer(text):
            start = prefix.start()
            if seen.overlaps(start, start + 1):
                continue
            for key in _matches(text, start, start + _NUMBER_REACH, ("GB",)):
                if key[0] == start and not seen.overlaps(*key):
                    seen.add(key)
                    yield Span(key[0], key[1], self.ENTITY, 0.9, "pattern")
        for run in _RUN.finditer(text):
            if seen.overlaps(run.start(), run.end()):
                continue
            regions = tuple(r for r in countries_near(text, run.start(), run.end()) if r != "GB")
            if _uk_national(run.group()) and not regions:
                continue  # a UK national number is UkPhoneRecognizer's: libphonenumber would only say the same
            if _YEARS_OR_DATE.fullmatch(run.group()) is not None:
                continue  # "Telephone note — 27 10 2024": a date, whatever cue stands before it
            cued = _CUE.search(text, max(0, run.start() - _CUE_WINDOW - 12), run.start()) is not None
            if not cued and (_a_count(run.group()) or _QUANTITY_AFTER.match(text, run.end())):
                continue  # "Berlin has 3 645 000 people": no cue, and a number no telephone layout explains
            if regions or cued:
                tried = tuple(dict.fromkeys((*regions, *(_CUED_REGIONS if cued else ()))))
                found = _matches(text, run.start(), run.end(), tried)
            elif _grouped_like_a_number(text, run):
                found = _matches(text, run.start(), run.end(), _valid_in(run.group(), _GROUPED_REGIONS),
                                 by_grouping=True)
            else:
                continue
            for key in found:
                if not seen.overlaps(*key):
                    seen.add(key)
                    yield Span(key[0], key[1], self.ENTITY, 0.85, "pattern")
                    break


def _a_count(run: str) -> bool:
    """A round number in thousands ("3 645 000", "1.200.000"): a count, where a telephone number has its
    trunk zero ("02 123 456") or ends in any digits ("600 123 456")."""
    return _THOUSANDS.fullmatch(run) is not None and not run.startswith("0") and run.endswith("00")


def _grouped_like_a_number(text: str, run: regex.Match[str]) -> bool:
    """Whether digits with neither cue nor country may be read by their grouping: separated into groups, and not after another identifier's label or beside an amount."""
    if _SEPARATED.search(run.group()) is None:
        return False
    before = text[max(0, run.start() - 30) : run.start()]
    if _OTHER_LABEL.search(before) is not None or before.rstrip().endswith(("$", "£", "€", "#", "¥", "₹")):
        return False
    return True


def _valid_in(run: str, regions: tuple[str, ...]) -> Iterator[str]:
    """The regions where the run's digits make a valid number, lazily: one parse each, where the matcher
    costs several, so that digits no region dials pay little, and the first region whose grouping fits ends
    the search."""
    import phonenumbers

    digits = "".join(ch for ch in run if ch.isdigit())
    for region in regions:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            yield region


class _Taken:
    """Spans already yielded, disjoint, kept sorted: an overlap question costs a bisection, not a scan (a
    text of many numbers made the scan quadratic)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect.bisect_left(self._starts, end)  # spans starting before ``end``: the last one may reach in
        return at > 0 and self._ends[at - 1] > start

    def add(self, key: tuple[int, int]) -> None:
        at = bisect.bisect_left(self._starts, key[0])
        self._starts.insert(at, key[0])
        self._ends.insert(at, key[1])


def _uk_national(run: str) -> bool:
    digits = "".join(ch for ch in run if ch.isdigit())
    # more than two dots is no UK layout ("01.23.45.67.89" is French): UkPhoneRecognizer refuses it too
    return run.lstrip("(").startswith("0") and not run.startswith("00") and len(digits) in (10, 11) \
        and digits[1] in "1235789" and run.count(".") <= 2


def _matches(text: str, start: int, end: int, regions: Iterable[str],
             by_grouping: bool = False) -> Iterator[tuple[int, int]]:
    """Valid numbers libphonenumber finds in ``text[start:end]``, read as each region writes them (with
    ``by_grouping``, only those that split none of the groups of digits that region writes: "312 555-0147" and
    "312 5550147" pass as US, "31 255 50147" does not)."""
    import phonenumbers

    window = text[start:end]
    leniency = phonenumbers.Leniency.STRICT_GROUPING if by_grouping else phonenumbers.Leniency.VALID
    for region in regions:
        for match in phonenumbers.PhoneNumberMatcher(window, region, leniency=leniency,
                                                     max_tries=MAX_TRIES):
            yield start + match.start, start + match.end
