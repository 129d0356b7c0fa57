"""Dates of birth, recognised by a cue: "DOB", "D.O.B.", "DoB", "d.o.b", "date of birth", "birth date",
"born (on)", "b.", "birthday" before the date (linking words may come between: "date of birth has been
corrected to 4 October 2011"), "(DOB)" / "(date of birth)" after it, or a date in brackets right after a
name ("Wren (21/04/2015) and Fen (30/09/2018)").

The date may be in any layout :mod:`redaction.text.dates` reads; after a cue, numbers separated by
spaces alone count too ("DOB 08 03 2012"). Other dates (meetings, letters, deadlines) are not
identifiers and are left to :mod:`.date`; dates in a table's DOB column are found by :mod:`.table`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.at_a_position import at_a_position
from redaction.text.dates import DATE_REGEX, DATE_SPACED_REGEX, parse_date
from redaction.text.english import is_english_word
from redaction.text.lexicons import ACRONYMS, NOT_NAMES
from redaction.text.names import CAPS_NAME, NAME
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.birth_cue import told_otherwise

__all__ = ["DOB_CUE", "UkDateOfBirthRecognizer", "dated_name"]

# "D.O.B", "DoB", "d.o.b." "date of birth", "birth date", "born (on|in)", "b." (only before a date), "birthday".
DOB_CUE = (
    r"(?:\bD\.?[ ]?O\.?[ ]?B\b\.?|\bdate[ ]+of[ ]+birth\b|\bbirth[ ]?date\b|\bborn(?:[ ]+(?:on|in))?(?:[ ]+the)?\b"
    r"|\bbirthday(?:[ ]+is)?\b|\bd/o/b\b|(?<![\p{L}])b\.(?=[ ]?\d)"
    # Welsh, Irish and Scottish Gaelic forms' own labels: "Dyddiad geni", "Dáta breithe", "Ceann-là breith"
    r"|\bdyddiad[ ]+geni\b|\bd[aá]ta[ ]+breithe\b|\bceann-l[aà][ ]+breith\b)"
)


_OCR_DIGIT = r"[\dOolI|]"
# An export's timestamp right after an ISO date ("DOB 2014-11-30T00:00:00"): the date ends before it.
_TIMESTAMP_AFTER = r"(?<=\d)(?=T\d{2}:\d{2})"
_UNKNOWN_PART = "date with an unknown part after its cue"
_PART = r"(?:\?{1,2}|xx|\d{1,2})"  # a day or month written as "??" or "xx" when it is not known
_OCR_READING = str.maketrans("OolI|", "00111")

_LINKING = (r"is|was|were|has|have|had|been|now|corrected|changed|amended|updated|confirmed|recorded|given|listed"
            r"|shown|entered|should|read|reads|be|as|to|on|in|the|actually|incorrectly|wrongly|correctly")
_CUE_AFTER = regex.compile(r"(?i)[(\[,][ ]*(?:DOB|D\.O\.B|date[ ]+of[ ]+birth|born)\b")


class UkDateOfBirthRecognizer(UkPatternRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    FLAGS = regex.MULTILINE | regex.IGNORECASE
    PATTERNS = [
        Pattern(
            "labelled date of birth",
            rf"{DOB_CUE}(?:[ ]*\([^)\n]{{0,14}}\))?(?:[ ]*/[ ]*age\b)?[\s:|\-–.]{{0,8}}"
            # "date of birth has been corrected to 4 October 2011", "DOB is now recorded as ..."
            rf"(?:(?:{_LINKING})[ ]+){{0,5}}(?P<id>{DATE_SPACED_REGEX})(?:(?![\w/\-]|\.\d)|{_TIMESTAMP_AFTER})",
            0.95,
        ),
        Pattern(
            # "DOB l2/O3/2015" from a scan, "DOB: 12032015" typed into a form's box: read as the date they are.
            "misread or run-together date after its cue",
            rf"{DOB_CUE}[\s:|\-–.]{{0,8}}(?P<id>{_OCR_DIGIT}{{1,2}}[./\- ]{_OCR_DIGIT}{{1,2}}[./\- ](?:{_OCR_DIGIT}{{4}}|{_OCR_DIGIT}{{2}})"
            r"|\d{8}|\d{6})(?![\w/\-]|\.\d)",
            0.85,
        ),
        Pattern(
            # "DOB ??/06/2012", "D.O.B. xx/03/2014": a form or a call note that knows the month and year but not the
            # day (or the day and year but not the month); what is known is still the birth date's
            _UNKNOWN_PART,
            rf"{DOB_CUE}[\s:|\-–.]{{0,8}}(?P<id>{_PART}[/.\-]{_PART}[/.\-](?:19|20)\d{{2}})(?![\w/\-]|\.\d)",
            0.85,
        ),
        Pattern(
            "name then its date in brackets",
            rf"(?<![\p{{L}}])(?P<name>(?-i:{NAME}|{CAPS_NAME}))[ ]*\([ ]*(?P<id>{DATE_REGEX})[ ]*\)",
            0.85,
        ),
        Pattern(
            "date then its cue",
            rf"(?<![\w/.\-])(?P<id>{DATE_REGEX})[ ]*[(\[,][ ]*(?:DOB|D\.O\.B\.?|date[ ]+of[ ]+birth|born)\b"
            # "next review due 2026-03-11, DOB confirmed by parent": the cue opens a remark on the birth date (checked,
            # still missing), not a label of the date before it
            r"(?![ ]+(?:(?:was|is|has[ ]+been|been)[ ]+)?(?:confirmed|checked|verified|seen|provided|given|needed"
            r"|required|requested|missing|unknown|not|to[ ]+be|tbc|n/?k)\b)",
            0.9,
        ),
    ]

    def find(self, text: str) -> Iterator[Span]:
        for pattern, compiled in self._compiled:
            if not self.keep_pattern(pattern.name, text):
                continue
            for match in compiled.finditer(text):
                if pattern.name == "name then its date in brackets" and (not _a_name(
                        text, match.start("name"), match.end("name"), match.end()) or _EVENT_BEFORE.search(
                        text, text.rfind("\n", 0, match.start()) + 1, match.start()) is not None
                        or _ORGANISATION_BEFORE.search(text, max(0, match.start() - 60), match.start()) is not None):
                    continue  # "Review (21/04/2025)": a heading's date; "Meeting with Dr Rao (03/04/2024)": a meeting's
                if pattern.name == _UNKNOWN_PART and not ("?" in match["id"] or "x" in match["id"].lower()):
                    continue  # a whole date: the labelled pattern's
                if pattern.name == "misread or run-together date after its cue" and _misread_date(match["id"]) is None:
                    continue
                if pattern.name == "date then its cue" and _EVENT_LABEL_BEFORE.search(
                        text, text.rfind("\n", 0, match.start()) + 1, match.start()) is not None:
                    continue  # "Review: 14/02/2024 (born prematurely, …)": the review's date, a birth told beside it
                if pattern.name.startswith("labelled") and told_otherwise(text, match.end("id")):
                    continue  # "DOB on the draft is 02/07/2014, which is her date of admission"
                if match.end("id") > match.start("id"):
                    yield Span(match.start("id"), match.end("id"), self.ENTITY, pattern.score, "pattern")

    def keep_pattern(self, pattern_name: str, text: str) -> bool:
        # The date-first pattern tries a date at every digit: run it only where "(DOB" and the like occur.
        if pattern_name == _UNKNOWN_PART:
            return "?" in text or "xx/" in text.lower()
        if pattern_name == "name then its date in brackets":
            return "(" in text and _BRACKETED_DATE_ANY_CASE.search(text) is not None
        return pattern_name != "date then its cue" or _CUE_AFTER.search(text) is not None


def _misread_date(found: str) -> dt.date | None:
    """The day a misread ("l2/O3/2015") or run-together ("12032015", "120315") date denotes, if any; one that
    reads as a date already is the labelled pattern's."""
    if found.isdigit():
        found = f"{found[:2]}/{found[2:4]}/{found[4:]}"
    elif found.translate(_OCR_READING) == found:
        return None
    return parse_date(found.translate(_OCR_READING))


# A meeting, call or letter told before the name on its line: the bracketed date is that event's.
_EVENT_BEFORE = regex.compile(
    r"(?i)\b(?:meeting|met|call(?:ed)?|spoke|seen|saw|visit(?:ed)?|letter|e-?mail(?:ed)?|appointment|review"
    r"|session|observation|consultation|discussion)\b[^.!?\n]{0,40}\Z")
# An event's field label right before a date ("Review: ", "Date of meeting - ", "Signed "): the date is that event's.
_EVENT_LABEL_BEFORE = regex.compile(
    r"(?i)\b(?:review|meeting|visit|appointment|signed|dated|sent|received|seen|assessment|referral|date[ ]+of[ ]+"
    r"(?!birth\b)\p{L}+)\b[^\n\d]{0,12}[:\-–][ \t]*\Z")
# The name before a bracketed date ends an organisation's ("Challney High School for Boys (22/01/2024)").
_ORGANISATION_BEFORE = regex.compile(
    r"(?i)\b(?:school|academy|college|council|trust|service|hospital|clinic|centre|center|nursery|unit|team"
    r"|department|university|partnership|federation)(?:[ ]+(?:for|of|and|the|&|(?-i:\p{Lu}\p{L}*))){0,3}[ ]+\Z")
_OPENING = regex.compile(r"(?:^|[.!?]\s*|\n\s*)\Z")
_BRACKETED_DATE = at_a_position(regex.compile(rf"[ ]*\([ ]*{DATE_REGEX}[ ]*\)"))
# The bracketed date "name then its date in brackets" ends with, read with the recognizer's flags: a text without one
# is spared the name pattern tried at every capital.
_BRACKETED_DATE_ANY_CASE = regex.compile(rf"\([ ]*{DATE_REGEX}[ ]*\)", regex.MULTILINE | regex.IGNORECASE)
_ANOTHER_PAIR = at_a_position(regex.compile(rf"[^.\n]{{0,40}}?(?-i:\p{{Lu}})\p{{L}}+[ ]*\([ ]*{DATE_REGEX}[ ]*\)"))


def _a_name(text: str, start: int, end: int, after: int) -> bool:
    """"Wren (21/04/2015) and Fen (30/09/2018)": a capitalised word before a bracketed date is a person's
    name, unless it is a heading, a role or an organisation's word, or an English word opening a sentence
    ("Scan (21/04/2025) was normal") with no other name and date beside it."""
    word = text[start:end]
    if word in NOT_NAMES or word.capitalize() in NOT_NAMES or word.upper() in ACRONYMS:
        return False
    opens = _OPENING.search(text, max(0, start - 3), start) is not None
    return not (opens and is_english_word(word)) or _ANOTHER_PAIR.match(text, after) is not None


def dated_name(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is a name by the date of birth in brackets after it."""
    after = _BRACKETED_DATE.match(text, end)
    return after is not None and _a_name(text, start, end, after.end())
