"""A school's DfE number identifies the school: ``886/3415`` (LA code / establishment), or its URN.

The DfE (LAESTAB) number is a local-authority code and a four-digit establishment number; written with a
slash and a real LA code it is recognised anywhere, otherwise only after a label ("DfE no.", "DfE
number", "LAESTAB", "establishment number"). A URN (six digits) counts only after its label.
"""

from __future__ import annotations

from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.upn import la_code_is_real

__all__ = ["UkSchoolNumberRecognizer"]

_LABEL = r"(?i:\b(?:DfE|LAESTAB|LA[ ]?estab|establishment|school)[ ]*(?:no\.?|number|num\.?|ref\.?)?[ ]*[:#.]?[ ]*\n?[ ]*)"


class UkSchoolNumberRecognizer(UkPatternRecognizer):
    ENTITY = "SCHOOL"
    PATTERNS = [
        Pattern("labelled DfE number", rf"{_LABEL}(?P<id>\d{{3}}[ /\-]?\d{{4}})(?![\d/])", 0.85),
        Pattern("DfE number", r"(?<![\w/.\-])(?P<id>\d{3}/\d{4})(?![\w/]|\.\d)", 0.6),
        Pattern("URN", r"(?<![\p{L}])URN[ ]*(?:no\.?)?[ ]*[:#]?[ ]*(?P<id>\d{6})(?!\d)", 0.85),
    ]
    CONTEXT = ["dfe", "school", "establishment"]

    def invalidate_result(self, pattern_text: str) -> bool:
        digits = self.digits(pattern_text)
        return len(digits) == 7 and not la_code_is_real(int(digits[:3]))
