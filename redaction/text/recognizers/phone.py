"""UK telephone numbers in every layout, valid-looking or not.

libphonenumber (Presidio's phone recognizer) rejects Ofcom's drama ranges (07700 900xxx,
01632 960xxx, 020 7946 0xxx …) although they look exactly like real numbers; a redactor must not. We
accept any 01/02/03/05/07/08/09 number of the right length in any spacing, with brackets, dots or
dashes, and the international ``+44 (0)`` forms.
"""

from __future__ import annotations

from collections.abc import Iterator

from redaction.spans import Span
from redaction.text.general_negatives import why_not_a_phone
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkPhoneRecognizer", "national_digits"]

# Separators include one line break: extracted PDF text wraps a number ("07700 \n900123"); never a blank line, nor
# a break before a numbered heading ("01851 822 745\n\n8. REVIEW", "0191 561 1234\n1. Background"): read on, the
# number would take the heading's digit, be too long, and be dropped whole.
_SEPARATOR = r"(?:[ \u00a0.)\-\u2011]{0,3}|[ \u00a0.)\-\u2011]{0,2}\n(?![ \u00a0]*\n|\d{1,2}[.)][ \u00a0])[ \u00a0]{0,2})"
_DIGIT_RUN = rf"(?:\d{_SEPARATOR}){{8,10}}\d"


def national_digits(text: str) -> str:
    """The number as dialled in the UK: ``+44 (0)7700 900123`` -> ``07700900123``."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if text.lstrip().startswith("+44") or text.lstrip().startswith("0044"):
        digits = digits[4:] if digits.startswith("0044") else digits[2:]
        digits = digits if digits.startswith("0") else "0" + digits
    return digits


class UkPhoneRecognizer(UkPatternRecognizer):
    ENTITY = "PHONE"
    PATTERNS = [
        Pattern("uk national", rf"(?<![\w+/£$.]|\d,)\(?0{_DIGIT_RUN}(?![\d/])", 0.6),
        Pattern("uk international", rf"(?<![\w+])(?:\+|00)44[ .\-\n]{{0,2}}(?:\(0\)[ .\-\n]{{0,2}})?\(?{_DIGIT_RUN}(?!\d)", 0.7),
    ]
    CONTEXT = ["tel", "telephone", "phone", "mobile", "mob", "call", "contact", "number", "landline"]

    def find(self, text: str) -> Iterator[Span]:
        for span in super().find(text):
            surface = text[span.start : span.end]
            if surface.startswith("(") and ")" not in surface:  # "(07700 900123)": the bracket stays
                span = Span(span.start + 1, span.end, span.type, span.score, span.source)
            if why_not_a_phone(text, span.start) is not None:
                # "Invoice 0203 5521 88", "PO number 0161 ...": another number's label; in a case file that number
                # is still an identifier (an order or invoice number), so it is redacted as a reference, not a phone
                span = Span(span.start, span.end, "CASE_REF", span.score, span.source)
            yield span

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = national_digits(pattern_text)
        if len(digits) not in (10, 11) or digits[1] not in "1235789":
            return False
        if "." in pattern_text and pattern_text.count(".") > 2:
            return False
        return None
