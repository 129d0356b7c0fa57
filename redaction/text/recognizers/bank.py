"""Bank details: sort codes ("20-00-00", "20 00 00" after "sort code") and account numbers (eight digits
after "account", "acc no", "a/c").

Both are bare numbers without their cue (a sort code's shape is a date's too: "12-03-15"), so each is
found only with its cue within a short reach before it; a sort code written with dashes also when
"sort code" follows it on the same line ("20-00-00 (sort code)"). Account numbers have no public check
digit (each bank has its own modulus rules), so the cue is the check.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkAccountNumberRecognizer", "UkSortCodeRecognizer"]

_SORT_CUE = regex.compile(r"(?i)\bsort[ \-]*code\b|\bs/c\b|\bsc:")
_ACCOUNT_CUE = regex.compile(r"(?i)\b(?:account|acc(?:t)?|a/c|bank)\b")
_REACH = 40


class UkSortCodeRecognizer(UkPatternRecognizer):
    ENTITY = "SORT_CODE"
    PATTERNS = [Pattern("sort code", r"(?<![\d\-/.])\d{2}[ \-]\d{2}[ \-]\d{2}(?![\d\-/]|\.\d)|(?<![\d\-/.])\d{6}(?![\d\-/]|\.\d)", 0.85)]
    CONTEXT = ["sort code"]

    def find(self, text: str) -> Iterator[Span]:
        if _SORT_CUE.search(text) is None:
            return
        for span in super().find(text):
            before = _SORT_CUE.search(text, max(0, span.start - _REACH), span.start)
            line_end = text.find("\n", span.end)
            after = _SORT_CUE.search(text, span.end, min(len(text) if line_end < 0 else line_end, span.end + 20))
            if before or after:
                yield Span(span.start, span.end, self.ENTITY, 0.9, "pattern")


class UkAccountNumberRecognizer(UkPatternRecognizer):
    ENTITY = "ACCOUNT_NUMBER"
    PATTERNS = [Pattern("account number", r"(?<![\d\-/.])\d{4}[ ]?\d{4}(?![\d\-/]|\.\d)", 0.85)]
    CONTEXT = ["account", "acc no", "a/c"]

    def find(self, text: str) -> Iterator[Span]:
        if _ACCOUNT_CUE.search(text) is None:
            return
        for span in super().find(text):
            if _ACCOUNT_CUE.search(text, max(0, span.start - _REACH), span.start):
                yield Span(span.start, span.end, self.ENTITY, 0.9, "pattern")
