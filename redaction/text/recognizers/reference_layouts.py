"""References where the layout says a code is one: an e-mail's subject line and a file's name.

A subject line names the case it is about, and councils, tribunals and services put their number in it
("Subject: RE: EHCNA request 51927 - Hollis", "Fwd: Appeal 23-00991 / Yusuf"); an attachment's or a scan's file
name carries the reference it was filed under ("annual_review_EHCP-30218_final.docx", "Scan_0032_ref_PB77120.pdf").
Neither needs a reference word before the code, so the code must be plainly one:
- in a subject line: a token of five digits or more, or one mixing letters or separators with three digits or more
  (:func:`redaction.text.code_shape.code_shaped`; a date, a year, an academic year, a time or a span of times, an
  amount are not), not after a word naming what else a number is (:data:`...cued_code.NOT_A_REGISTER`: "Room 2204",
  "Version 3.2"), not a telephone number;
- in a file name: a part of its stem (between underscores or spaces) holding four digits or more with letters in it,
  or six digits or more, that is no date ("20240301"), no time after a date ("IMG_20240301_143022"), and no version
  ("v2", "rev3"); a scanner's counter ("Scan_0032", "IMG_4471") stays.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.code_shape import code_shaped
from redaction.text.dates import parse_date
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.cued_code import NOT_A_REGISTER

__all__ = ["ReferenceLayoutRecognizer"]

_SUBJECT = regex.compile(
    r"(?im)^[ \t>]*(?:subject|subj|re|fwd?|betreff|objet|asunto|assunto|oggetto|temat|konu|pwnc|testun)[ \t]*:"
    r"(?P<rest>[^\n]*)")
_TOKEN = regex.compile(r"(?<![\p{L}\p{N}@£$€./\-])[A-Za-z0-9]+(?:[/\-][A-Za-z0-9]+)*(?![\p{L}\p{N}@]|[.,:]\d|/)")
_PHONE = regex.compile(r"(?:\+44|0)\d{9,10}")
_TIME_RANGE = regex.compile(r"(?i)\d{1,2}(?:[:.]\d{2})?(?:am|pm)?-\d{1,2}(?:[:.]\d{2})?(?:am|pm)?")
# A file's extension, then the stem before it (read back from each extension: not tried at every character).
_EXTENSION = regex.compile(r"(?i)(?<=[\w\-])\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf|txt|csv|msg|eml|jpe?g|png|heic|tiff?|zip)"
                           r"(?![\w])")
_STEM = regex.compile(r"(?<![\w.\-])[\w\-.]{1,80}\Z")
_PART = regex.compile(r"[^_\s.]+")
_VERSION = regex.compile(r"(?i)(?:v|ver|version|rev|draft)\d{1,3}")
_COMPACT_DATE = regex.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])"
                              r"(?:0[1-9]|1[0-2])(?:19|20)\d{2}")
_TIME = regex.compile(r"(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?")


class ReferenceLayoutRecognizer(UkPatternRecognizer):
    ENTITY = "CASE_REF"
    # The work is in :meth:`find`; the pattern is what Presidio's registry sees (a code in a subject line).
    PATTERNS = [Pattern("code in a subject line", r"(?im)^subject:[^\n]*?(?P<id>\b\d{5,}\b)", 0.7)]
    CONTEXT = ["subject", "ref", "reference"]

    def find(self, text: str) -> Iterator[Span]:
        if ":" in text:
            for line in _SUBJECT.finditer(text):
                yield from self._in_subject(text, line.start("rest"), line.end("rest"))
        if "." in text:
            for extension in _EXTENSION.finditer(text):
                stem = _STEM.search(text, max(0, extension.start() - 80), extension.start())
                if stem is not None:
                    yield from self._in_file_name(stem.group(), stem.start())

    def _in_subject(self, text: str, start: int, end: int) -> Iterator[Span]:
        for token in _TOKEN.finditer(text, start, end):
            code = token.group()
            digits = sum(ch.isdigit() for ch in code)
            if not code_shaped(code) or digits < 4 and not any(ch.isalpha() for ch in code) or digits < 3:
                continue
            if _PHONE.fullmatch(code) or _TIME_RANGE.fullmatch(code):
                continue
            if NOT_A_REGISTER.search(text, max(start, token.start() - 20), token.start()):
                continue  # "Room 2204", "Version 3.2": the word before names what the number is
            yield Span(token.start(), token.end(), self.ENTITY, 0.7, "pattern")

    def _in_file_name(self, stem: str, offset: int) -> Iterator[Span]:
        after_a_date = False
        for part in _PART.finditer(stem):
            code = part.group()
            digits = sum(ch.isdigit() for ch in code)
            letters = sum(ch.isalpha() for ch in code)
            dated, after_a_date = after_a_date, bool(_COMPACT_DATE.fullmatch(code) or parse_date(code))
            if after_a_date or _VERSION.fullmatch(code) or dated and _TIME.fullmatch(code):
                continue
            if (digits >= 4 and letters or digits >= 6) and code_shaped(code):
                yield Span(offset + part.start(), offset + part.end(), self.ENTITY, 0.7, "pattern")
