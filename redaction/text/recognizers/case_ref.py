"""Local-authority, tribunal, hospital and service references (``EHC/2023/04417``, ``EH881/23/00012``,
``OMBC/EHC/3317``, ``LCC2209117``, hospital numbers such as ``B1937745``).

Unlabelled references need two separators and at least three digits (a single capital before two groups of digits
too: "C-25-0088"), or a system's letters, a dash and five digits or more on a line that says it holds a record's codes
("CASE RECORD  MOS-4418207": a heading in capitals, or a record's word on the line); after a label ("Our ref:",
"Case no.", "Appeal number", "Hosp No", "MRN", "Patient ID") any code with three or more digits counts.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.dates import parse_date
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkCaseRefRecognizer", "statutory_instrument"]

_LABEL = (
    r"(?i:\b(?:(?:our|your|case|file|la|tribunal|appeal)?\s*(?:ref(?:erence)?|case|appeal|file)\.?"
    r"\s*(?:no\.?|number|num\.?|ref\.?|id)?"
    r"|(?:hosp(?:ital)?|patient|client|unit|system|service[ ]user|record)\.?\s*(?:no\.?|number|num\.?|id|ref\.?)"
    r"|mrn|crn)\s*[:#]?\s*)"
)


_YEAR = regex.compile(r"(?:19|20)\d\d")
# A statutory instrument's number ("SI 2014/1530", "S.I. 2010/2128", "Ref 2014/1530 of the SI") names a law, no one.
_SI_NUMBER = regex.compile(r"(?:19|20)\d\d/\d{1,4}")
_SI_BEFORE = regex.compile(r"(?i:\b(?:S\.?S\.?I|W\.?S\.?I|S\.?I|N\.?I\.?S\.?R|statutory[ ]instruments?)\.?[ ]*(?:no\.?[ ]*)?)\Z")
_SI_AFTER = regex.compile(
    r"(?:[ ]*\)?[ ]*,?[ ]*(?:of|in|under)[ ]+the[ ]+(?:S\.?I\b|statutory[ ]instrument|\p{Lu}[\p{L} ()]{0,60}"
    r"\b(?:Regulations|Order|Rules)\b)|[ ]*\((?i:S\.?I|statutory[ ]instrument)\.?\))"
)
_NUMERIC_DATE = regex.compile(r"\d{1,2}[/\-]\d{1,2}[/\-]\d{2,4}")
_DASHED = regex.compile(r"[A-Z]{2,5}-\d{5,9}")


_DASHED_SERIAL = "letters, a dash and a serial"
# A line that says its codes are a record's: a record's word on it, or a heading written in capitals.
_RECORD_WORD = regex.compile(
    r"(?i)\b(?:case|record|file|ref|reference|referral|plan|assessment|appeal|claim|application|ehc|ehcp|sen|send"
    r"|client|child|pupil|patient|family|subject|re|fwd?)\b")


def _a_record_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    letters = [ch for ch in line if ch.isalpha()]
    return _RECORD_WORD.search(line) is not None or len(letters) >= 6 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


class UkCaseRefRecognizer(UkPatternRecognizer):
    ENTITY = "CASE_REF"
    PATTERNS = [
        Pattern(
            "structured reference",
            # a single capital too when two groups of digits follow it ("C-25-0088", a caseload's case numbers)
            r"(?<![\w/\-])(?:[A-Z]{2,6}\d{0,4}|[A-Z](?=(?:[/\-]\d{2,8}){2})|\d{2,4}(?=[/\-][A-Z]))(?:[/\-](?:[A-Z]{0,4}\d{2,8}[A-Z]?|[A-Z]{2,6})){2,3}(?![\w/\-])",
            0.8,
        ),
        # "LCC2209117", "OMBC4126008": an authority's letters run into a long serial number.
        Pattern("letters and serial", r"(?<![\w/\-])[A-Z]{2,5}\d{6,9}(?![\w/\-])", 0.7),
        # "MOS-4418207", "CR-884120": a system's letters, a dash and a serial, on a line that says it is a record's
        # (a heading in capitals, or a record's word beside it: see :func:`_a_record_line`); a standard's number
        # ("ISO-14001", "BS-8300") is no one's
        Pattern(_DASHED_SERIAL, r"(?<![\w/\-])(?!(?:ISO|BS|BSEN|EN|IEC|DIN|COVID|SARS)-)[A-Z]{2,5}-\d{5,9}(?![\w/\-])",
                0.7),
        Pattern(
            "labelled reference",
            rf"{_LABEL}(?P<id>(?=[A-Z0-9/\-]*\d)[A-Z0-9][A-Z0-9/\-]*[A-Z0-9])(?![\w/\-])",
            0.85,
        ),
    ]
    CONTEXT = ["ref", "reference", "case", "appeal", "file"]

    def find(self, text: str) -> Iterator[Span]:
        for span in super().find(text):
            if span.source == "pattern" and _DASHED.fullmatch(text, span.start, span.end) and not _a_record_line(
                    text, span.start, span.end):
                continue
            yield span

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = sum(ch.isdigit() for ch in pattern_text)
        if digits < 3 or _YEAR.fullmatch(pattern_text):
            return False
        if _NUMERIC_DATE.fullmatch(pattern_text) or parse_date(pattern_text) is not None:
            return False  # a date ("09-FEB-2025"), not a reference
        return None


def statutory_instrument(text: str, start: int, end: int) -> bool:
    """A year and a serial number the text says are a statutory instrument's: "SI 2014/1530", "(S.I. 2010/2128)",
    "Ref 2014/1530 of the SI", "2014/1530 of the SEND Regulations"."""
    if _SI_NUMBER.fullmatch(text, start, end) is None:
        return False
    return (_SI_BEFORE.search(text, max(0, start - 30), start) is not None
            or _SI_AFTER.match(text, end) is not None)
