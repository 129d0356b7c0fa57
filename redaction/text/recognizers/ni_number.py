"""National Insurance number: two letters, six digits, a final A–D (``QQ 12 34 56 C``).

There is no check digit; validation applies HMRC's prefix rules: first letter not D F I Q U V, second
not D F I O Q U V, and the prefixes BG GB KN NK NT TN ZZ are never issued.
"""

from __future__ import annotations

from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkNiNumberRecognizer", "ni_prefix_is_valid"]

_BAD_FIRST = set("DFIQUV")
_BAD_SECOND = set("DFIOQUV")
_NEVER_ISSUED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni_prefix_is_valid(prefix: str) -> bool:
    prefix = prefix.upper()
    return (
        len(prefix) == 2
        and prefix.isalpha()
        and prefix[0] not in _BAD_FIRST
        and prefix[1] not in _BAD_SECOND
        and prefix not in _NEVER_ISSUED
    )


class UkNiNumberRecognizer(UkPatternRecognizer):
    ENTITY = "NI_NUMBER"
    PATTERNS = [
        Pattern(
            "ni number",
            r"(?<![A-Za-z0-9])[A-Za-z]{2}[ \n-]?\d{2}[ \n-]?\d{2}[ \n-]?\d{2}[ \n-]?[A-Da-d](?![A-Za-z0-9])",
            0.6,
        )
    ]
    CONTEXT = ["national insurance", "ni number", "ni no", "nino"]

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if ni_prefix_is_valid(pattern_text[:2]) else False
