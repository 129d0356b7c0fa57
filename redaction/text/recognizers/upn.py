"""Unique Pupil Number: check letter + LA code (3) + establishment (4) + year (2) + serial (3).

Characters 2–13 are weighted 2–13 (a letter in the 13th place, as in temporary UPNs, counts as its
index in the check alphabet); the sum mod 23 indexes the check alphabet, A–Z without I, O and S. The LA
code must be in the ranges the DfE allocates to English local authorities.
"""

from __future__ import annotations

from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UPN_ALPHABET", "UkUpnRecognizer", "upn_check_letter", "upn_is_valid"]

UPN_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ"

# DfE local-authority numbers: inner/outer London, metropolitan districts, Scilly, unitaries,
# shire counties (incl. North and West Northamptonshire, 940/941).
_LA_RANGES = ((201, 213), (301, 320), (330, 336), (340, 344), (350, 359), (370, 373), (380, 384),
              (390, 394), (420, 420), (702, 702), (800, 896), (908, 943))


def la_code_is_real(code: int) -> bool:
    return any(low <= code <= high for low, high in _LA_RANGES)


def _value(ch: str) -> int:
    return int(ch) if ch.isdigit() else UPN_ALPHABET.index(ch)


def upn_check_letter(body: str) -> str:
    """The check letter for the twelve characters after it."""
    total = sum(_value(ch) * weight for ch, weight in zip(body, range(2, 14)))
    return UPN_ALPHABET[total % 23]


def upn_is_valid(upn: str) -> bool:
    upn = upn.upper()
    if len(upn) != 13 or not upn[1:12].isdigit():
        return False
    if not (upn[12].isdigit() or upn[12] in UPN_ALPHABET):
        return False
    return la_code_is_real(int(upn[1:4])) and upn_check_letter(upn[1:]) == upn[0]


class UkUpnRecognizer(UkPatternRecognizer):
    ENTITY = "UPN"
    PATTERNS = [Pattern("upn", r"(?<![A-Za-z0-9])[A-Za-z]\d{11}[0-9A-Za-z](?![A-Za-z0-9])", 0.5)]
    CONTEXT = ["upn", "unique pupil number", "pupil number"]

    def validate_result(self, pattern_text: str) -> bool:
        return upn_is_valid(pattern_text)
