"""UK postcode in every format (A9 9AA … AA9A 9AA, GIR 0AA), with or without the space.

Position rules: the first letter is never Q V X, the second never I J Z; a third-place letter (A9A) is
one of A–H J K P S T U W, a fourth-place letter (AA9A) one of A B E H M N P R V W X Y; the inward
letters never C I K M O V.
"""

from __future__ import annotations

from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["INWARD", "OUTWARD", "UkAnyPostcodeRecognizer"]

# The two halves of a postcode by the position rules, for any pattern that needs a UK postcode inside it.
OUTWARD = r"(?:[A-PR-UWYZ](?:\d[A-HJKPSTUW]|\d\d?|[A-HK-Y]\d[ABEHMNPRVWXY]|[A-HK-Y]\d\d?))"
INWARD = r"\d[ABD-HJLNP-UW-Z]{2}"


class UkAnyPostcodeRecognizer(UkPatternRecognizer):
    ENTITY = "POSTCODE"
    PATTERNS = [
        # The space may be a line break where extracted text wraps ("S7⏎4AB").
        Pattern("postcode", rf"(?<![A-Za-z0-9])(?i:{OUTWARD}(?: ?|[ ]?\n){INWARD}|GIR ?0AA)(?![A-Za-z0-9])", 0.7),
    ]
    CONTEXT = ["postcode", "post code", "address"]

    def invalidate_result(self, pattern_text: str) -> bool:
        # Lower case is accepted ("la14 5ud" in an e-mail) only in the spaced layout.
        return not pattern_text.isupper() and " " not in pattern_text and "\n" not in pattern_text
