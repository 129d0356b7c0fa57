"""E-mail addresses, including school (``*.sch.uk``) and ``nhs.net`` domains.

Presidio's e-mail validator consults tldextract, which downloads the public suffix list on first use
and rejects ``name@school.sch.uk`` because ``sch.uk`` is itself a public suffix. We validate offline:
a dotted domain ending in an alphabetic top-level label.
"""

from __future__ import annotations

from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkEmailRecognizer"]


class UkEmailRecognizer(UkPatternRecognizer):
    ENTITY = "EMAIL"
    PATTERNS = [
        Pattern(
            "email",
            r"(?<![\w.+'-])[\w.+'-]*\w@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+",
            0.9,
        )
    ]
    CONTEXT = ["email", "e-mail", "mailto"]

    def validate_result(self, pattern_text: str) -> bool | None:
        top = pattern_text.rsplit(".", 1)[-1]
        return None if top.isalpha() and len(top) >= 2 else False
