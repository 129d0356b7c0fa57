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
  split): "(312) 555-0147", "98765 43210", "030 1234567", "0412 345 678"; ten bare digits valid in North America
  or India ("4155552671", "9876543210"), as stock Presidio reads them. Other runs of bare digits, a range of
  years, a date, an amount, or digits after another identifier's label ("Invoice no.", "NHS number",
  "sort code") is not read this way.

Beyond what libphonenumber calls valid, as people (and the generators of public PII test sets) write numbers:

- a North American number in its own layout whatever its area code ("(240)724-8755", "969.425.2198",
  "1-163-269-8261", "001-927-551-8751", "+1 (710) 525-7890"): dashes, dots or a bracketed area code, never
  after another identifier's label or an amount;
- a number with its "+" whose length its country code allows, allocated or not ("+61762026969");
- 7 to 15 digits a telephone cue stands just before, a few words at most between ("call 2066906362",
  "tel. 7785 5054", "ring Ann Lee on 7289188") or after an e-mail address and "or" ("ann@example.com or 2808 9371"),
  unless a date, a count or an amount;
- every number with the extension written after it ("x2457", " ext. 12");
- a vanity number, a toll-free prefix and the capitals its digits spell ("1-800-FLOWERS", "0800 CALL NOW"), and
  a number spelt digit by digit after a cue ("my number is 0 7 9 1 1 ...").

The matcher reads short windows only (from a prefix, a digit run after a cue), never the whole text:
that bounds its work on hostile text and keeps it cheap (a UK national number after a cue is left to
the UK recognizer).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator
from types import ModuleType

import regex

from redaction.spans import Span
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.phone_countries import countries_near

__all__ = ["AnyCountryPhoneRecognizer", "with_extension"]

MAX_TRIES = 10_000
# Countries whose home layouts are read after a cue; the international form of every country is read anyway.
_HOME_REGIONS = ("US", "IE", "PL", "IN", "PK", "NG", "RO", "DE", "FR", "ES", "IT", "PT", "LT", "TR", "AU")
# Read without a cue or a country when grouped as the country groups them: stock Presidio's default regions
# (US, GB, DE, FR, IL, IN, CA, BR) without GB (UkPhoneRecognizer reads UK numbers), and the countries of the
# UK's communities and of English-speaking writers. Not Singapore and Hong Kong: their 4-4 grouping is also a
# pair of years or a serial number's.
_GROUPED_REGIONS = ("US", "CA", "IN", "IE", "AU", "NZ", "ZA", "DE", "FR", "IL", "BR", "PL", "NL", "ES", "IT",
                    "PT", "PK", "NG", "KE", "PH", "MY", "JP", "MX")
_BARE_REGIONS = ("US", "CA", "IN")
_CUED_REGIONS = ("GB", *_HOME_REGIONS, "CA", "ZA", "NZ", "SG", "HK", "MY", "PH", "JP", "KR", "CN", "BR", "MX", "IL",
                 "AE", "NL", "BE", "CH", "AT", "KE", "BD", "LK", "RU", "UA", "AR", "CO", "CL", "PE", "EG", "SA", "GH",
                 "ID", "TH", "VN", "SE", "NO", "DK", "FI", "GR", "CZ", "HU", "KZ")
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
_CUE = regex.compile(r"(?i)\b(?:tel|telephone|phone|ph|cel|tlf|tfno|handy|m[oó]vil|phoned|phoning|ring|ringing|rang|call|calling|mobile|mob|cell|whats\s?app|number|contact"
                     r"|landline|text|sms|viber|signal|n[uú]mero|numer|nummer|telefon\w*|fax|toll[- ]?free|freephone"
                     r"|hotline|helpline|dial|answers[ ]on|reach\w*[ ](?:\w+[ ]){0,3}on)\b")
_CUE_WINDOW = 40
_NUMBER_REACH = 30  # the longest number libphonenumber reads, with its spacing
_RUN = regex.compile(r"(?<![\w+.\-/])\(?\d[\d \-.()]{5,18}\d(?!(?!x\d)[\w/]|\.\d)")  # an extension may follow
_THOUSANDS = regex.compile(r"\d{1,3}(?:[ .]\d{3})+")
_QUANTITY_AFTER = regex.compile(
    r"[ ]?(?:%|per[ ]?cent|people|residents|inhabitants|pupils|children|euros?|pounds|dollars|rupees|naira|km|miles|kg"
    r"|times|votes|visitors|readers|users|followers|subscribers|members|items|tonnes|litres|copies|units|eur|usd|gbp|inr|aud|cad|zar|chf|points|km|m|cm|mm|kwh|mb|gb|kb|hours|mins?)\b"
    r"|[ ]?(?:x|×)[ ]?\d", regex.IGNORECASE)
_PREFIX = regex.compile(r"(?<![\w+])(?:\+|00)[ ]?\(?\d")
# A North American number in its own layout, whatever its area code (libphonenumber rejects the unallocated ones,
# which people and test generators write all the same): "(312)555-0147", "312-555-0147", "312.555.0147",
# "+1 (312) 555-0147", "1-312-555-0147", "001-312-555-0147". The groups are split by a dash or a dot, or the area
# code stands in brackets: a 3-3-4 run of spaced digits is read only after a cue (below).
_NANP = regex.compile(r"(?<![\w+\-./])(?:(?:\+1|001|1)[ \-.]?)?(?:\(\d{3}\)[ ]?\d{3}[\-. ]|\d{3}-\d{3}-|\d{3}\.\d{3}\.)"
                      r"\d{4}(?!(?!x\d)[\w\-/]|[.,]\d)")
# An extension after a number: "x2457", " x206", " ext. 12", " extension 4410", ", ext. 301".
_EXTENSION = regex.compile(r"(?i),?[ ]?(?:x|ext\.?|extn\.?|extension)[ ]?\d{1,6}\b")
# A run that follows a telephone cue closely ("call 2066906362", "tel. 7785 5054", "ring Ann on 7289188") is a
# number even where libphonenumber knows no country to dial it in: 7 to 15 digits, no date, no count, no amount.
_NEAR_CUE = 25
_CUED_DIGITS = (7, 15)
_AFTER_CONTACT = regex.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+[ ]*(?:,|/|or|,[ ]*or)[ ]*\Z")
_CUE_GAP_BREAK = regex.compile(r"[.!?;]\s|\n\s*\n|\d")
# A number spelt digit by digit ("0 7 9 1 1 1 2 3 4 5 6"), read only where a telephone cue stands just before.
_SPACED_DIGITS = regex.compile(r"(?<![\w+.\-/])\d(?:[ ]\d){6,14}(?![\w\-/]|[.,]\d)")
# A vanity number: a toll-free prefix and the word its digits spell, in capitals ("1-800-FLOWERS",
# "1-800-GO-FEDEX", "0800 CALL NOW"): seven or eight letters and digits after the prefix, three letters at least.
_VANITY = regex.compile(r"(?<![\w+\-])(?:(?:\+?1[ \-.])?\(?8(?:00|88|77|66|55|44|33)\)?|08(?:00|08))[ \-.]"
                        r"(?P<rest>[A-Z0-9]{1,8}(?:[ \-.][A-Z0-9]{1,8}){0,2})(?![\w\-])")
_VANITY_PREFIXES = ("800", "808", "888", "877", "866", "855", "844", "833")
_INTERNATIONAL_DIGITS = regex.compile(r"\+\d(?:[ \-.]?\d){6,14}(?![\w\-/]|[.,]\d)")


class AnyCountryPhoneRecognizer(UkPatternRecognizer):
    ENTITY = "PHONE"
    PATTERNS = [Pattern("libphonenumber", r"\+?\d[\d ()\-.]{5,}\d", 0.9)]  # for Presidio's registry; find() uses the matcher
    CONTEXT = ["tel", "telephone", "phone", "mobile", "whatsapp", "number"]

    def find(self, text: str) -> Iterator[Span]:
        seen = _Taken()
        if any(prefix in text for prefix in _VANITY_PREFIXES):
            yield from self._vanity(text, seen)
        if _ENOUGH_DIGITS.search(text) is None:
            return
        for span in self._find(text, seen):
            yield with_extension(text, span)

    def _vanity(self, text: str, seen: _Taken) -> Iterator[Span]:
        for vanity in _VANITY.finditer(text):
            rest = vanity["rest"]
            key = (vanity.start(), vanity.end())
            if sum(ch.isalpha() for ch in rest) >= 3 and 7 <= sum(ch.isalnum() for ch in rest) <= 8 \
                    and not seen.overlaps(*key):
                seen.add(key)
                yield Span(key[0], key[1], self.ENTITY, 0.85, "pattern")

    def _find(self, text: str, seen: _Taken) -> Iterator[Span]:
        # The matcher reads short windows only: from each international prefix, and each run of digits in a
        # telephone layout that a cue or a country stands beside.
        for prefix in _PREFIX.finditer(text):
            start = prefix.start()
            if seen.overlaps(start, start + 1):
                continue
            taken = False
            for key in _matches(text, start, start + _NUMBER_REACH, ("GB",)):
                if key[0] == start and not seen.overlaps(*key):
                    seen.add(key)
                    taken = True
                    yield Span(key[0], key[1], self.ENTITY, 0.9, "pattern")
            if not taken and (possible := _possible_international(text, start)) is not None \
                    and not seen.overlaps(*possible):
                seen.add(possible)
                yield Span(possible[0], possible[1], self.ENTITY, 0.8, "pattern")
        for spaced in _SPACED_DIGITS.finditer(text):
            key = (spaced.start(), spaced.end())
            if not seen.overlaps(*key) and _closely_cued(text, spaced):
                seen.add(key)
                yield Span(key[0], key[1], self.ENTITY, 0.7, "pattern")
        for nanp in _NANP.finditer(text):
            key = (nanp.start(), nanp.end())
            if not seen.overlaps(*key) and not _after_other_label(text, nanp.start()):
                seen.add(key)
                yield Span(key[0], key[1], self.ENTITY, 0.8, "pattern")
        for run in _RUN.finditer(text):
            if seen.overlaps(run.start(), run.end()):
                continue
            regions = tuple(r for r in countries_near(text, run.start(), run.end()) if r != "GB")
            if _uk_national(run.group()) and not regions:
                continue  # a UK national number is UkPhoneRecognizer's: libphonenumber would only say the same
            if _YEARS_OR_DATE.fullmatch(run.group()) is not None:
                continue  # "Telephone note — 27 10 2024": a date, whatever cue stands before it
            if _ZIP.fullmatch(run.group()) is not None and _ZIP_BEFORE.search(text, max(0, run.start() - 30),
                                                                              run.start()) is not None:
                continue  # "Helena MT 59624-0012", "zip code 94110-2231": a ZIP+4 after its state or its label
            cued = _CUE.search(text, max(0, run.start() - _CUE_WINDOW - 12), run.start()) is not None
            if not cued and (_a_count(run.group()) or _QUANTITY_AFTER.match(text, run.end())):
                continue  # "Berlin has 3 645 000 people": no cue, and a number no telephone layout explains
            found: Iterator[tuple[int, int]]
            if regions or cued:
                tried = tuple(dict.fromkeys((*regions, *(_CUED_REGIONS if cued else ()))))
                found = _matches(text, run.start(), run.end(), tried)
            elif _grouped_like_a_number(text, run):
                found = _matches(text, run.start(), run.end(), _valid_in(run.group(), _GROUPED_REGIONS),
                                 by_grouping=True)
            elif len(bare := run.group().strip("()")) == 10 and bare.isdigit() and not _after_other_label(text, run.start()):
                # ten bare digits valid in North America or India ("4155552671", "9876543210"), as stock Presidio
                # reads them; an NHS number or a ULN is its own recognizer's (they outrank this one)
                found = _matches(text, run.start(), run.end(), _valid_in(run.group(), _BARE_REGIONS))
            else:
                found = iter(())  # only a close cue or a contact beside it makes it a number (below)
            yielded = False
            if (best := _longest(found, seen, run)) is not None:
                seen.add(best)
                yielded = True
                yield Span(best[0], best[1], self.ENTITY, 0.85, "pattern")
            if not yielded and _closely_cued(text, run):
                key = (run.start() + (run.group().startswith("(") and ")" not in run.group()), run.end())
                if not seen.overlaps(*key):
                    seen.add(key)
                    yield Span(key[0], key[1], self.ENTITY, 0.7, "pattern")


_ZIP = regex.compile(r"\d{5}(?:-\d{4})?")
# A US state's code (in capitals, a comma or a space before it) or "zip"/"ZIP code"/"ZIP+4" just before the digits.
_ZIP_BEFORE = regex.compile(
    r"(?:(?<![\p{L}])(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM"
    r"|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)|(?i:\bzip(?:[ ]?code)?(?:[ ]?\+[ ]?4)?(?:[ ]is)?))"
    r"[ ]*[:\-]?[ ]*\Z")


def _longest(found: Iterable[tuple[int, int]], seen: _Taken, run: regex.Match[str]) -> tuple[int, int] | None:
    """The number read from ``run`` that covers most of it: the first read that takes its every digit, else the
    longest read of all. One region may read only the tail of another's number ("(11) 96123-4567" is a number of
    São Paulo; "96123-4567" alone also passes elsewhere), so a partial read does not end the search."""
    first_digit = run.start() + next((i for i, ch in enumerate(run.group()) if ch.isdigit()), 0)
    best = None
    for key in found:
        if seen.overlaps(*key):
            continue
        if best is None or key[1] - key[0] > best[1] - best[0]:
            best = key
        if key[0] <= first_digit and key[1] >= run.end():
            break
    return best


def with_extension(text: str, span: Span) -> Span:
    """The span with the extension written after it ("(973)797-4955x2457", "449-749-4228 x720"); the widening pass
    gives it to every recognizer's numbers ("020 7946 0321 ext. 214")."""
    ext = _EXTENSION.match(text, span.end)
    return Span(span.start, ext.end(), span.type, span.score, span.source) if ext else span


def _after_other_label(text: str, start: int) -> bool:
    before = text[max(0, start - 30) : start]
    return _OTHER_LABEL.search(before) is not None or before.rstrip().endswith(("$", "£", "€", "#", "¥", "₹"))


def _closely_cued(text: str, run: regex.Match[str]) -> bool:
    """Digits a telephone cue stands just before ("call 2066906362", "tel. 7785 5054", "ring Ann Lee on 7289188"):
    7 to 15 of them, no date or years, no other identifier's label or amount, no quantity after them."""
    digits = sum(ch.isdigit() for ch in run.group())
    if not _CUED_DIGITS[0] <= digits <= _CUED_DIGITS[1] or _after_other_label(text, run.start()):
        return False
    if _QUANTITY_AFTER.match(text, run.end()) and not _EXTENSION.match(text, run.end()):
        return False
    if _AFTER_CONTACT.search(text, max(0, run.start() - 80), run.start()) is not None:
        return True  # "reach her at ann@example.com or 2808 9371": the other way to reach the same person
    window = text[max(0, run.start() - _NEAR_CUE) : run.start()]
    cue = None
    for cue in _CUE.finditer(window):
        pass
    if cue is None:
        return False
    between = window[cue.end():].removeprefix(".")  # "tel. 7785 5054": an abbreviation's dot
    # nothing but a few words between cue and digits, and no sentence end
    return _CUE_GAP_BREAK.search(between) is None


@functools.cache
def _phonenumbers() -> ModuleType:
    """The ``phonenumbers`` package, imported on first use (not at start-up), with its pattern cache on.

    libphonenumber compiles each region's metadata patterns with ``re.compile`` on every use, trusting the ``re``
    module's cache; that cache holds 512 patterns, fewer than the regions' patterns this recognizer and the other
    users of ``re`` in a detector's process (spaCy's tokenizer) ask for, so they were parsed again in every batch
    (536 compilations for 240 documents). ``enable_pattern_cache`` (the library's own switch) keeps each one once
    compiled: the same patterns, the same matches."""
    import phonenumbers

    phonenumbers.enable_pattern_cache()
    return phonenumbers


def _possible_international(text: str, start: int) -> tuple[int, int] | None:
    """A number after ``+`` whose length its country code allows, allocated or not ("+61762026969",
    "+91 38440 38739"); the digits separated by single spaces, dashes or dots only."""
    phonenumbers = _phonenumbers()

    match = _INTERNATIONAL_DIGITS.match(text, start)
    if match is None:
        return None
    try:
        number = phonenumbers.parse(match.group(), None)
    except phonenumbers.NumberParseException:
        return None
    national = str(number.national_number)
    if not phonenumbers.is_possible_number(number) or len(national) < 7 or len(set(national)) < 3:
        return None  # "+48 000 000 000": a placeholder, no number
    return match.start(), match.end()


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
    phonenumbers = _phonenumbers()

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
    phonenumbers = _phonenumbers()

    window = text[start:end]
    leniency = phonenumbers.Leniency.STRICT_GROUPING if by_grouping else phonenumbers.Leniency.VALID
    for region in regions:
        for match in phonenumbers.PhoneNumberMatcher(window, region, leniency=leniency,
                                                     max_tries=MAX_TRIES):
            yield start + match.start, start + match.end
