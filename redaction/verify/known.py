"""``known_leaks``: the case's own identifiers, looked for literally in every written form.

Independent of the redactor by design: simple patterns over the folded text (:mod:`.folded`: NFKC,
case, diacritics, zero-width characters and soft hyphens gone), so a name hidden by full-width
letters, letter-spacing (``T h i s t l e w o o d``), a line break or a hyphenated wrap inside it, or
a possessive, and a number in full-width digits or with any spacing or punctuation, is still found.

* names (``PERSON``): the whole name any case; each part of three letters or more alone (not titles
  or particles), capitalised, letter-spaced, or in any case when it is not an ordinary English word
  ("Hope" yes, "hope" only as a name); initials are left to the redactor (two capitals are too common);
* numbers (phone, NHS, NI, UPN, ULN, case reference, postcode): the whole value with any spacing or
  punctuation between its characters, and its digits alone when there are eight or more (a phone
  number by its national digits, so ``+44 7700 900456`` is ``07700 900456``);
* an address: the whole, its postcode, and its first line when that holds a house number;
* a date of birth: numeric and written forms with the year (``14/03/2015``, ``14th March 2015``);
* anything else (terms, schools, places, e-mail): the whole value any case.

A value of eight letters and digits or more matches anywhere (glued to the next word by a PDF's tight
positioning); a shorter one only as a word of its own, written plainly or spaced between every letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from functools import lru_cache

from redaction.verify.errors import VerifyLimitError
from redaction.verify.folded import fold_text
from redaction.verify.types import Finding

__all__ = ["known_leaks"]

MAX_VALUES = 2000
MAX_VALUE_CHARS = 1000
ANYWHERE_FROM = 8
_NUMBER_TYPES = frozenset({"PHONE", "NHS_NUMBER", "NI_NUMBER", "UPN", "ULN", "CASE_REF", "POSTCODE", "CHI_NUMBER",
                           "HC_NUMBER", "HOSPITAL_NUMBER", "SORT_CODE", "ACCOUNT_NUMBER", "VEHICLE_REGISTRATION"})
_TITLES = frozenset("mr mrs ms miss mx dr prof professor sir dame master cllr councillor rev revd judge".split())
_PARTICLES = frozenset("van von der den de da di du del della la le el al bin binti ibn ben ter ten dos das st".split())
_INITIALS = re.compile(r"[A-Z]{1,4}")
_UNITS = re.compile(r"[^\W_]+")
_SEP_IN = r"[^\w\n]{0,3}\n?[^\w\n]{0,3}"  # letter-spacing, a hyphenated wrap, punctuation inside a number
_SEP_SPACED = r"(?:[^\w\n]{1,3}|[^\w\n]{0,3}\n[^\w\n]{0,3})"  # short values: a separator after every letter
_SEP_WORDS = r"[^\w]{0,6}"
_PHONE_PREFIX = r"(?:(?:\+|00)\s*\d{1,3}\s*(?:\(0\)\s*)?|\(?0)?"
_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b", re.IGNORECASE)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


def known_leaks(text: str, known: Mapping[str, Sequence[str]] | None, *,
                ignore: Sequence[tuple[int, int]] = ()) -> list[Finding]:
    """Occurrences of ``known`` (span type, with an optional ``:role``, -> values; ``TERM`` for plain
    terms) in ``text`` that no ``ignore`` region (our own replacements) covers."""
    if not known or not text:
        return []
    values = [(key.partition(":")[0].upper(), value) for key, items in known.items() for value in items
              if isinstance(value, str) and value.strip()]
    if len(values) > MAX_VALUES or any(len(value) > MAX_VALUE_CHARS for _, value in values):
        raise VerifyLimitError(f"at most {MAX_VALUES} known identifiers of {MAX_VALUE_CHARS} characters each")
    folded = fold_text(text)
    found: set[tuple[str, int, int]] = set()
    for kind, value in values:
        for pattern, check_case in _patterns(kind, value):
            for match in re.finditer(pattern, folded.text):
                start, end = folded.span(match.start(), match.end())
                if check_case and not _written_as_a_name(text, start, end, match.group()):
                    continue
                if not any(a <= start and end <= b for a, b in ignore):
                    found.add((kind, start, end))
    return [Finding(kind, start, end, text[start:end], "known") for kind, start, end in
            sorted(found, key=lambda f: (f[1], f[2], f[0]))]


def _patterns(kind: str, value: str) -> Iterator[tuple[str, bool]]:
    """(regex over the folded text, whether a match must be written as a name) for one value."""
    if kind == "DATE_OF_BIRTH":
        born = _parse_date(value)
        if born is not None:
            yield _date_pattern(born), False
        return
    if kind == "PERSON" and _INITIALS.fullmatch(value.strip()):
        return
    units = _UNITS.findall(fold_text(value).text)
    if not units:
        return
    if kind == "PERSON":
        parts = [u for u in units if len(u) >= 3 and u not in _TITLES and u not in _PARTICLES and not u.isdigit()]
        if len(units) > 1:
            yield _words(units), False
        for part in dict.fromkeys(parts):
            yield _words([part]), True
        return
    if kind == "PHONE":
        national = _national_digits(value)
        if len(national) >= 8:
            yield _PHONE_PREFIX + _digits(national)[len(r"(?<!\d)"):], False  # after any prefix: 0, +44, 0044 (0)
            return
    if kind in _NUMBER_TYPES:
        compact = "".join(units)
        yield _words([compact], spacing=True), False
        digits = re.sub(r"\D", "", compact)
        if len(digits) >= 8 and digits != compact:
            yield _digits(digits), False
        return
    if kind == "ADDRESS":
        for outward, inward in _POSTCODE.findall(value):
            yield _words([(outward + inward).casefold()], spacing=True), False
        first_line = re.split(r"[,\n]", value, maxsplit=1)[0]
        line_units = _UNITS.findall(fold_text(first_line).text)
        if len(line_units) > 1 and any(u.isdigit() for u in line_units) and len("".join(line_units)) >= 6:
            yield _words(line_units), False
    yield _words(units), False


def _words(units: list[str], *, spacing: bool = False) -> str:
    """Words in order, any separators between them, any spacing inside them; a short value (not a
    number: ``spacing``) is written plainly or with a separator after every character."""
    length = sum(len(u) for u in units)
    flexible = _SEP_WORDS.join(_SEP_IN.join(re.escape(c) for c in unit) for unit in units)
    if length >= ANYWHERE_FROM:
        return flexible
    if spacing:
        return rf"(?<![^\W_])(?:{flexible})(?![^\W_])"
    plain = _SEP_WORDS.join(re.escape(unit) for unit in units)
    spaced = _SEP_SPACED.join(re.escape(c) for c in "".join(units))
    return rf"(?<![^\W_])(?:{plain}|{spaced})(?![^\W_])"


def _digits(digits: str) -> str:
    return r"(?<!\d)" + r"\D{0,3}".join(digits) + r"(?!\d)"


def _national_digits(value: str) -> str:
    """A phone number's digits without its international prefix or trunk zero: what every written form shares."""
    digits = re.sub(r"\D", "", value)
    if value.strip().startswith("+") or digits.startswith("00"):
        try:
            import phonenumbers

            return str(phonenumbers.parse(value if value.strip().startswith("+") else "+" + digits[2:]).national_number)
        except Exception:  # not a parsable number: fall back on its digits
            digits = digits.lstrip("0")
    return digits.lstrip("0")


def _written_as_a_name(text: str, start: int, end: int, folded: str) -> bool:
    """A name part alone counts when capitalised, letter-spaced, or not an ordinary English word."""
    first = next((c for c in text[start:end] if c.isalpha()), "")
    if first.isupper() or re.search(r"[^\w]", folded):
        return True
    return folded not in _ordinary_words()


@lru_cache(maxsize=1)
def _ordinary_words() -> frozenset[str]:
    """Words lower-case in Webster's Second and present in GCIDE (the ``english-words`` package), from the
    lists the redactor loads already."""
    from redaction.text.english import gcide_words, web2_words

    return web2_words() & gcide_words()


def _parse_date(value: str) -> date | None:
    value = value.strip()
    for pattern, order in ((r"(\d{4})-(\d{1,2})-(\d{1,2})", "ymd"), (r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", "dmy")):
        match = re.fullmatch(pattern, value)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            try:
                return date(parts["y"], parts["m"], parts["d"])
            except ValueError:
                return None
    return None


def _date_pattern(born: date) -> str:
    day, month = rf"0?{born.day}", rf"0?{born.month}"
    year = rf"(?:{born.year}|{born.year % 100:02d})"
    name = _MONTHS[born.month - 1]
    month_word = rf"(?:{name}|{name[:3]}\.?|{name[:4]}\.?)"
    ordinal = rf"{day}(?:st|nd|rd|th)?"
    sep = r"\s*[/.\-]\s*"
    forms = [
        rf"{day}{sep}{month}{sep}{year}",
        rf"{born.year}{sep}{month}{sep}{day}",
        rf"{ordinal}\s*(?:of\s+)?{month_word},?\s*{born.year}",
        rf"{month_word}\s*{ordinal},?\s*{born.year}",
    ]
    return r"(?<![\d])(?:" + "|".join(forms) + r")(?![\d])"

