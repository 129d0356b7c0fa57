"""Dates as :mod:`.dates` does not read them, for comparing with a case's known date of birth: months of the
languages families write in (Welsh "14 Mawrth 2011", "21ain o Fawrth", Polish "14 marca 2011 r.", French, Spanish,
Portuguese, Italian, German, Romanian, Turkish), a day and year in words ("the fourteenth of March two thousand and
eleven"), a month in Roman figures ("14 III 2011"), eight figures of an export ("20110314"), and a scan's letters
for digits ("14/O3/2O11").

Only a known day is looked for with these, so a reading that is loose here cannot redact a date nobody knows.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

__all__ = ["DayMonthYear", "find_date_words", "ocr_digits"]

DayMonthYear = tuple[int, int, int | None]

_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("January", "Ionawr", "stycznia", "styczeń", "janvier", "enero", "janeiro", "gennaio", "Januar", "ianuarie", "Ocak"),
    2: ("February", "Chwefror", "lutego", "luty", "février", "febrero", "fevereiro", "febbraio", "Februar", "februarie",
        "Şubat"),
    3: ("March", "Mawrth", "Fawrth", "marca", "marzec", "mars", "marzo", "março", "März", "martie", "Mart"),
    4: ("April", "Ebrill", "kwietnia", "kwiecień", "avril", "abril", "aprile", "aprilie", "Nisan"),
    5: ("May", "Mai", "Fai", "maja", "maj", "mayo", "maio", "maggio", "Mayıs"),
    6: ("June", "Mehefin", "Fehefin", "czerwca", "czerwiec", "juin", "junio", "junho", "giugno", "Juni", "iunie",
        "Haziran"),
    7: ("July", "Gorffennaf", "Orffennaf", "lipca", "lipiec", "juillet", "julio", "julho", "luglio", "Juli", "iulie",
        "Temmuz"),
    8: ("August", "Awst", "sierpnia", "sierpień", "août", "agosto", "Ağustos"),
    9: ("September", "Medi", "Fedi", "września", "wrzesień", "septembre", "septiembre", "setembro", "settembre",
        "septembrie", "Eylül"),
    10: ("October", "Hydref", "października", "październik", "octobre", "octubre", "outubro", "ottobre", "Oktober",
         "octombrie", "Ekim"),
    11: ("November", "Tachwedd", "Dachwedd", "listopada", "listopad", "novembre", "noviembre", "novembro",
         "noiembrie", "Kasım"),
    12: ("December", "Rhagfyr", "grudnia", "grudzień", "décembre", "diciembre", "dezembro", "dicembre", "Dezember",
         "decembrie", "Aralık"),
}
_MONTH_OF = {name.casefold(): month for month, names in _MONTH_NAMES.items() for name in names}

_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
             "thirtieth": 30}


def _ordinal_value(words: str) -> int | None:
    """"fourteenth" -> 14, "twenty-first" -> 21, "thirty first" -> 31."""
    parts = regex.split(r"[\s\-]+", words.casefold().strip())
    if len(parts) == 1:
        return _ORDINALS.get(parts[0])
    if len(parts) == 2 and parts[0] in ("twenty", "thirty") and parts[1] in _ORDINALS and _ORDINALS[parts[1]] < 10:
        return _TENS[parts[0]] + _ORDINALS[parts[1]]
    return None


def _number_value(words: str) -> int | None:
    """"eleven" -> 11, "ninety-nine" -> 99, "oh five" -> 5 (0 to 99)."""
    parts = [p for p in regex.split(r"[\s\-]+", words.casefold().strip()) if p and p != "and"]
    if parts and parts[0] in ("oh", "o", "zero") and len(parts) == 2 and parts[1] in _UNITS[1:10]:
        return _UNITS.index(parts[1])
    if len(parts) == 1:
        if parts[0] in _UNITS[1:]:
            return _UNITS.index(parts[0])
        return _TENS.get(parts[0])
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS[1:10]:
        return _TENS[parts[0]] + _UNITS.index(parts[1])
    return None


def _year_value(words: str) -> int | None:
    """"two thousand and eleven" -> 2011, "twenty eleven" -> 2011, "nineteen ninety-nine" -> 1999."""
    text = words.casefold().strip()
    thousand = regex.match(r"two[\s\-]+thousand(?:[\s\-]+and)?(?P<rest>.*)$", text)
    if thousand is not None:
        rest = thousand["rest"].strip()
        value = _number_value(rest) if rest else 0
        return None if value is None else 2000 + value
    century = regex.match(r"(?P<c>twenty|nineteen)[\s\-]+(?P<rest>.+)$", text)
    if century is not None:
        value = _number_value(century["rest"])
        return None if value is None else (2000 if century["c"] == "twenty" else 1900) + value
    return None


_NUMBER_WORD = "|".join(sorted([*_UNITS[1:], *_TENS], key=len, reverse=True))
_ORDINAL_WORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_ORDINAL = rf"(?:(?:twenty|thirty)[\s\-]+(?:{_ORDINAL_WORD})|{_ORDINAL_WORD})"
_YEAR_WORDS = (rf"(?:two[\s\-]+thousand(?:[\s\-]+and)?(?:[\s\-]+(?:{_NUMBER_WORD})(?:[\s\-]+(?:{_NUMBER_WORD}))?)?"
               rf"|(?:twenty|nineteen)[\s\-]+(?:oh[\s\-]+)?(?:{_NUMBER_WORD})(?:[\s\-]+(?:{_NUMBER_WORD}))?)")
_MONTH_WORD = "|".join(sorted((regex.escape(n) for n in _MONTH_OF), key=len, reverse=True))
_DAY_DIGITS = r"(?:0?[1-9]|[12]\d|3[01])(?:\.|st|nd|rd|th|ain|af|ydd|fed|eg|ed)?"
_YEAR_DIGITS = r"(?:19|20)\d\d(?!\d)(?:[ ]?r\.)?"

_WORDS_DATE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:the[ ]+)?(?P<day>{_ORDINAL}|{_DAY_DIGITS})(?:[ ]+(?:of|o|de|del))?[ ]+"
    rf"(?P<month>{_MONTH_WORD})(?![\p{{L}}])(?:,?[ ]+(?:(?:of|de|del|in)[ ]+)?(?P<year>{_YEAR_WORDS}|{_YEAR_DIGITS}))?"
    rf"|(?<![\p{{L}}\p{{N}}])(?P<month2>{_MONTH_WORD})[ ]+(?:the[ ]+)?(?P<day2>{_ORDINAL})"
    rf"(?:,?[ ]+(?P<year2>{_YEAR_WORDS}|{_YEAR_DIGITS}))?",
    regex.IGNORECASE,
)


def find_date_words(text: str) -> Iterator[tuple[int, int, DayMonthYear]]:
    """Every day and month (and year, when written) in words or in a month name of another language, with its
    offsets. English months with a day in digits are left to :mod:`.dates`, and come out here only with a year
    in words."""
    for match in _WORDS_DATE.finditer(text):
        day_text = match["day"] or match["day2"]
        month = _MONTH_OF.get((match["month"] or match["month2"]).casefold())
        year_text = match["year"] or match["year2"]
        if month is None:
            continue
        if day_text[0].isdigit():
            day = int(regex.match(r"\d+", day_text).group())  # type: ignore[union-attr]
        else:
            day = _ordinal_value(day_text)  # type: ignore[assignment]
        if not day:
            continue
        year = None
        if not year_text and regex.match(r"[ ,./\-]*'?\d", text[match.end():]):
            continue  # a year in figures we do not read ("14 marca '26"): not a birthday alone
        if year_text:
            year = int(year_text[:4]) if year_text[0].isdigit() else _year_value(year_text)
        yield match.start(), match.end(), (day, month, year)
    yield from _compact_dates(text)
    yield from _roman_dates(text)


_COMPACT = regex.compile(r"(?<![\p{L}\p{N}/.\-])\d{8}(?![\p{L}\p{N}]|[/.\-]\d)")


def _compact_dates(text: str) -> Iterator[tuple[int, int, DayMonthYear]]:
    """Eight figures as a data export writes a date: "20110314" (year first) and "14032011" (day first); both
    readings when both are dates (only a known day is compared with them)."""
    for match in _COMPACT.finditer(text):
        run = match.group()
        for year, month, day in ((run[:4], run[4:6], run[6:]), (run[4:], run[2:4], run[:2])):
            if year[:2] in ("19", "20") and 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
                yield match.start(), match.end(), (int(day), int(month), int(year))


_ROMAN_MONTHS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
_ROMAN = regex.compile(r"(?i)(?<![\p{L}\p{N}])(?P<day>0?[1-9]|[12]\d|3[01])(?P<sep>[ ./\-]{1,3})"
                       r"(?P<month>xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)(?P=sep)(?P<year>(?:19|20)?\d\d)(?![\p{L}\p{N}])")


def _roman_dates(text: str) -> Iterator[tuple[int, int, DayMonthYear]]:
    """A month in Roman figures, as Polish, Italian and other European forms write it ("14 III 2011",
    "14.iii.2011")."""
    for match in _ROMAN.finditer(text):
        year = int(match["year"])
        if year < 100:
            year += 2000 if year < 40 else 1900
        yield match.start(), match.end(), (int(match["day"]), _ROMAN_MONTHS.index(match["month"].casefold()) + 1, year)


_OCR_RUN = regex.compile(r"(?<![\p{L}])[\dOoIl|]{1,4}(?:[ ]?[/.\-][ ]?[\dOoIl|]{1,4}){2}(?![\p{L}\d])")


def ocr_digits(text: str) -> str:
    """``text`` with letters a scan reads for digits put back inside a date's shape (O for 0, l, I and | for 1),
    one character for one; the same text when there is none."""
    def fix(match: regex.Match[str]) -> str:
        run = match.group()
        if sum(ch.isdigit() for ch in run) < 3:
            return run
        return run.translate(str.maketrans("OoIl|", "00111"))
    return _OCR_RUN.sub(fix, text)
