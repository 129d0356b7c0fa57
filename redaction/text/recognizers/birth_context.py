"""Dates of birth told by what stands beside them rather than a "DOB" label before them.

- a birth after the date, on its line: a chronology's "19/08/2012 | Soran born in Sanandaj", "03.05.2015 –
  born at 32 weeks";
- an age with the date: "aged 9 (12.03.2015)", "Aisha (9, 12/03/2015)", "Priya (12 - 03/01/2012)", "age 11 – 3 May
  2013", an age in years and months ("age 7 yrs 3 mths, 04-09-2016");
- a register's or a flattened form's name in capitals with a date and nothing else after it on the line
  ("PETRAUSKAS MATAS 30/01/2017", "O'HARE, Dylan  2004-06-30"), or a name in a list with its date after a
  comma or dash ("Siblings: Ella Hughes, 12/03/2015; Jack Hughes, 01/09/2018"; a particle in the name, "Cadi Fflur ap
  Emyr, 14.10.2018"; another name in brackets after it, "Yu-Na Choi (Luna) — 12/02/2021"), when the date lies two years
  or more before the text's latest other date (a birth, not the form's own date or a signature's).

Dates with a cue before them ("DOB", "born on") are :class:`UkDateOfBirthRecognizer`'s; other dates
(meetings, letters, reviews) stay.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.at_a_position import at_a_position
from redaction.text.dates import DATE_REGEX, parse_date
from redaction.text.english import is_english_word
from redaction.text.lexicons import ACRONYMS, FIRST_NAMES, NOT_NAMES
from redaction.text.names import CAPS_NAME, NAME, TITLE
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.text_caches import per_text

__all__ = ["UkBirthContextRecognizer", "dates_of"]

_BEFORE = r"(?<![\w/.\-])"
_AFTER = r"(?![\w/\-]|\.\d)"
_AGE = r"(?:aged?[ ]*:?[ ]*)?\d{1,2}(?:[ ]*(?:yrs?|years?|y)(?:[ ]*old)?)?"
_MONTHS = r"(?:[ ,]*(?:and[ ]+)?\d{1,2}[ ]*(?:m|mths?|months?)(?![\p{L}]))?"

# After a row's date: the line's end, a cell gap, a separator, or a year group ("12.03.2015 Y4").
_ROW_GOES_ON = r"(?=[ \t]*(?:$|[,;|–\-)]|\.(?!\d)|[ \t]{2,}|[ ]+(?:Y|Yr|Year|P|S|NC)[ ]?\d))"
_ANY_DATE = regex.compile(rf"{_BEFORE}{DATE_REGEX}{_AFTER}", regex.IGNORECASE)


class UkBirthContextRecognizer(UkPatternRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    FLAGS = regex.MULTILINE | regex.IGNORECASE
    PATTERNS = [
        Pattern(
            "date then a birth on its line",
            # the date opens its line or its cell (a chronology's row): in prose ("lodged on 4 March 2024; Poppy
            # was born ...") the date before a clause about a birth is another event's
            rf"(?<=^[ \t>*•\-]*|[|\t][ \t]*|[ ]{{2}}[ \t]*){_BEFORE}(?P<id>{DATE_REGEX}){_AFTER}[ \t]*(?:[|,:;–\-][ \t]*)?"
            r"(?:(?-i:\p{Lu}[\p{L}'’\-]+)[ ]+){0,3}(?:(?:was|is|were)[ ]+)?born\b",
            0.85,
        ),
        Pattern(
            "age then its date",
            # an age in years and months too ("age 7 yrs 3 mths, 04-09-2016")
            rf"\b(?:aged?[ ]*:?[ ]*\d{{1,2}}(?:[ ]*(?:yrs?|years?)(?:[ ]*old)?)?|\d{{1,2}}[ ]*(?:yrs?|years?)[ ]*old)"
            rf"{_MONTHS}[ ]*(?:[,;(\[\-–/][ ]*)+(?P<id>{DATE_REGEX}){_AFTER}",
            0.85,
        ),
        Pattern(
            # "Elif Yilmaz, 9 yrs (19-02-2016)": an age in years with its date alone in brackets after it
            "age then its date in brackets",
            # (or a person's age told in a clause: "Ellis is 6 (27.04.19)", "she was 11 (03/02/2013)")
            rf"(?:\b\d{{1,2}}[ ]*(?:yrs?|years?)(?:[ ]*old)?|(?<=(?:(?-i:\p{{Lu}}\p{{Ll}}+)|\bhe|\bshe)[ ]+(?:is|was|turned)[ ]+)"
            rf"\d{{1,2}})[ ]*\([ ]*(?P<id>{DATE_REGEX})[ ]*\)",
            0.8,
        ),
        Pattern(
            "age and date in brackets",
            # "(9, 12/03/2015)", "(12 - 03/01/2012)"
            rf"\([ ]*{_AGE}{_MONTHS}[ ]*(?:[,;]|[ ][\-–—])[ ]*(?P<id>{DATE_REGEX})[ ]*\)",
            0.85,
        ),
        Pattern(
            "register name then its date",
            rf"^[ \t]*(?P<name>(?-i:{CAPS_NAME}(?:[ ]*,?[ ]+(?:{CAPS_NAME}|{NAME})){{1,3}}))[ \t]+"
            rf"(?P<id>{DATE_REGEX}){_ROW_GOES_ON}",
            0.8,
        ),
        Pattern(
            # "Siblings: Ella Hughes, 12/03/2015; Jack Hughes, 01/09/2018", "Ella Hughes – 12.03.2015 – Year 4"
            "name then its date in a list",
            rf"(?<![\p{{L}}]|(?-i:{TITLE})[ ]+)(?P<name>(?-i:{NAME}(?:[ ]{NAME}){{1,2}}))[ ]*(?:,|–|-|:|\t|[ ]{{2,}})[ \t]*"
            rf"(?P<id>{DATE_REGEX}){_ROW_GOES_ON}",
            0.8,
        ),
    ]
    CONTEXT = ["born", "aged", "age"]

    def find(self, text: str) -> Iterator[Span]:
        matches = [(pattern, match) for pattern, compiled in self._compiled
                   if pattern.name not in _NAME_FIRST and self.keep_pattern(pattern.name, text)
                   for match in compiled.finditer(text)]
        # Dates told with an age are births: not the "latest other date" another aged date is measured against
        # ("Siblings: Ben (14, 02/03/2011) and Cara (8, 21/09/2016)": Cara's birth is no later event of Ben's).
        aged = {match.start("id") for pattern, match in matches if pattern.name.startswith("age")}
        for pattern, match in matches:
            if pattern.name.startswith("age"):
                stated = _STATED_AGE.search(text, match.start(), match.start("id"))
                age = int(stated[0]) if stated is not None else 1
                if not _before_latest(text, match.start("id"), match["id"], max(365, 365 * (age - 1)), alone=True,
                                      besides=aged):
                    continue  # "he is 9 years old, 12/03/2024 review": a date of this year is no birth at 9
                day = parse_date(match["id"])
                if day is None or (dt.date.today() - day).days < 365 * age - 366:
                    continue  # "in 2 years (01/09/2027)": a child is not yet the age told
            yield Span(match.start("id"), match.end("id"), self.ENTITY, pattern.score, "pattern")
        yield from self._dates_after_names(text)

    def _dates_after_names(self, text: str) -> Iterator[Span]:
        """The two name-first patterns, read from each date backwards: a name pattern tried at every
        character costs far more than one tried before the few dates a text holds."""
        for date in _date_matches(text):
            if _ROW_GOES_ON_AT.match(text, date.end()) is None:
                continue
            line_start = text.rfind("\n", 0, date.start()) + 1
            before = _REGISTER_BEFORE.search(text, line_start, date.start()) or _LIST_BEFORE.search(
                text, max(line_start, date.start() - 80), date.start())
            if before is None and line_start > 0 and not text[line_start:date.start()].strip():
                # a PDF's narrow column breaks "Re: Cadi Fflur ap Emyr, 14.10.2018" after the name's comma: the date
                # opening its line goes with the name ending the line before
                previous = text.rfind("\n", 0, line_start - 1) + 1
                before = _LIST_BEFORE.search(text, max(previous, line_start - 81), line_start - 1)
                if before is not None and text[before.end() - 1] not in ",–—-:":
                    before = None  # only a separator at the break: "... Emyr\n14.10.2018" may be two fields
                line_start = previous if before is not None else line_start
            if before is None and _SUBJECT.match(text, line_start) is not None:
                # an e-mail's subject names the child and the birth date the office files by: "Subject: Ruby Bell
                # 03/07/2014 - transport"
                before = _NAME_SPACE_BEFORE.search(text, max(line_start, date.start() - 60), date.start())
            if before is not None and _DOCUMENT_BEFORE.search(text, line_start, before.start()) is not None:
                continue  # "speech and language therapy report, Bethany Quarshie, June 2024": the report's date
            if before is not None and _register_name(before["name"]) and (_before_latest(
                    text, date.start(), date.group(), 730) or _family_listing(text, line_start, date)
                    or _pupil_row(text, date)):
                yield Span(date.start(), date.end(), self.ENTITY, 0.8, "pattern")

    def keep_pattern(self, pattern_name: str, text: str) -> bool:
        # Cheap tests first: most texts have no "born", no age, no line in capitals.
        if pattern_name == "date then a birth on its line":
            return _BORN.search(text) is not None
        if pattern_name in ("age then its date", "age and date in brackets", "age then its date in brackets"):
            return _AGE_WORD.search(text) is not None
        return True


_NAME_FIRST = ("register name then its date", "name then its date in a list")
_ROW_GOES_ON_AT = regex.compile(_ROW_GOES_ON, regex.MULTILINE)
_REGISTER_BEFORE = regex.compile(
    rf"(?<=^[ \t]*)(?P<name>{CAPS_NAME}(?:[ ]*,?[ ]+(?:{CAPS_NAME}|{NAME})){{1,3}})[ \t]+\Z", regex.MULTILINE)
# A name's particles ("Cadi Fflur ap Emyr"), and an aside in brackets after it: another name for the same person
# ("Yu-Na Choi (Luna) — 12/02/2021", "Selam (SELAM TESFAY), 1 September 2015"), which lets one name stand alone.
_PARTICLE = r"(?:ap|ab|de|da|di|van|von|der|den|bin|binti|bint|el|al|la|le|du|dos|das)"
_PARTICLE_WORD = regex.compile(_PARTICLE)  # lower case only: "AP" the acronym is no particle
_ASIDE = r"[ ]*\([^()\n]{1,30}\)"
_LIST_BEFORE = regex.compile(
    rf"(?<![\p{{L}}]|{TITLE}[ ]+)(?:(?P<name>{NAME}(?:[ ](?:{_PARTICLE}[ ])?{NAME}){{1,3}})(?:{_ASIDE})?"
    rf"|(?P<name>{NAME}){_ASIDE})[ ]*(?:,|–|—|-|:|\t|[ ]{{2,}})[ \t]*\Z")
_SUBJECT = at_a_position(regex.compile(r"(?i)[ \t]*(?:subject|re|fwd?)[ \t]*:"))
_NAME_SPACE_BEFORE = regex.compile(rf"(?<![\p{{L}}]|{TITLE}[ ]+)(?P<name>{NAME}(?:[ ]{NAME}){{1,2}})[ ]+\Z")
_BORN = regex.compile(r"(?i)\bborn\b")
_STATED_AGE = regex.compile(r"\d{1,2}")
_AGE_WORD = regex.compile(
    r"(?i)\bage|\d[ ]*(?:yrs?|years?|y)\b|\(\d{1,2}[ ]*(?:[,;]|[ ][\-–—])|\b(?:is|was|turned)[ ]+\d{1,2}[ ]*\(")


def _register_name(name: str) -> bool:
    """A person's name as registers write it: no word a heading, role or acronym, and some word not an
    English one ("PETRAUSKAS MATAS", not "ANNUAL REVIEW" or "DATE SIGNED")."""
    words = [w for w in regex.findall(r"\p{L}[\p{L}'’\-]*", name) if _PARTICLE_WORD.fullmatch(w) is None]
    if any(w.capitalize() in NOT_NAMES or w.upper() in ACRONYMS for w in words):
        return False
    return any(w.capitalize() in FIRST_NAMES or not is_english_word(w) for w in words)


# A listing of a family's members ("Children in household:", "Father: Declan Fitz - 23/06/1979", a DOB column's
# heading): a date alone after a member's name there is the member's birth even when no later date stands beside it.
_FAMILY_HEADING = regex.compile(
    r"(?i)\b(?:household|siblings?|children|family|dependants|brothers?|sisters?|father|mother|mum|dad|parents?"
    r"|carers?|grand(?:mother|father|parent)s?|step(?:mother|father|brother|sister)s?|half[- ](?:brother|sister)s?"
    r"|d\.?[ ]?o\.?[ ]?b|dates?[ ]+of[ ]+birth|born)\b")
_NOTHING_AFTER = regex.compile(r"[ \t]*(?:$|[|]|[ \t]{2,}|[ ]+(?:Y|Yr|Year)[ ]?\d)", regex.MULTILINE)
_EVENT_ON_LINE = regex.compile(
    r"(?i)\b(?:meeting|review|visit|call|letter|seen|appointment|signed|sent|received|started|joined|moved|date[ ]+of"
    r"[ ]+(?!birth))\b")


# A document or an event told before a name on its line (a bundle index's "therapy report, <author>, June 2024",
# "Letter from <name> - 12/03/2024"): the date after the name is the document's, not the person's birth.
_DOCUMENT_BEFORE = regex.compile(
    r"(?i)\b(?:report|letter|e-?mail|advice|assessment|statement|minutes|notes|plan|review|response|referral"
    r"|meeting|visit|call|appointment|observation|consultation|correspondence|from|by)\b")


def _family_listing(text: str, line_start: int, date: regex.Match[str]) -> bool:
    """A date alone at the end of its line after a family member's name, under a family or birth heading (or a
    relation's label on its line), two years or more before today, with no event on its line."""
    if _NOTHING_AFTER.match(text, date.end()) is None:
        return False
    day = parse_date(date.group())
    if day is None or (dt.date.today() - day).days < 730:
        return False
    line_end = text.find("\n", date.end())
    if _EVENT_ON_LINE.search(text, line_start, len(text) if line_end < 0 else line_end):
        return False
    return _FAMILY_HEADING.search(text, max(0, line_start - 200), date.start()) is not None


# A pupil's row: after the date, its year group ("Mason Reid, 14/10/2012, Year 7, Oak Class").
_YEAR_GROUP_AFTER = regex.compile(r"[ \t]*[,;|\t–\-][ \t]*(?:Y|Yr|Year|P|S)[ ]?\d{1,2}\b")


def _pupil_row(text: str, date: regex.Match[str]) -> bool:
    """A date after a name with the pupil's year group after it, three years or more before today: a birth
    (a school year group follows a pupil's date of birth in registers and lists, not a meeting's date)."""
    if _YEAR_GROUP_AFTER.match(text, date.end()) is None:
        return False
    day = parse_date(date.group())
    return day is not None and (dt.date.today() - day).days >= 3 * 365


@per_text(maxsize=512)
def _date_matches(text: str) -> tuple[regex.Match[str], ...]:
    """Every date the text holds, as written: found once per text for the name-first patterns and :func:`dates_of`."""
    return tuple(_ANY_DATE.finditer(text))


@per_text(maxsize=512)
def dates_of(text: str) -> tuple[tuple[int, dt.date], ...]:
    """Every date the text holds, with its offset: read once per text, not once per candidate."""
    return tuple((m.start(), d) for m in _date_matches(text) if (d := parse_date(m.group())) is not None)


def _before_latest(text: str, start: int, date_text: str, days: int, *, alone: bool = False,
                   besides: set[int] | frozenset[int] = frozenset()) -> bool:
    """Whether the date lies ``days`` or more before the latest other date the text holds (a form's own
    date, a signature's, a meeting's are recent; a child's birth is years earlier); ``alone``: what to say
    when the text holds no other date; ``besides``: the offsets of dates that are births too, not counted."""
    day = parse_date(date_text)
    if day is None:
        return False
    others = [d for at, d in dates_of(text) if at != start and at not in besides]
    if not others:
        return alone
    return (max(others) - day).days >= days
