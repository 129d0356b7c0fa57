"""Our UK recognizers, one per file; each is a Presidio ``PatternRecognizer`` with a fast ``find``."""

from __future__ import annotations

from redaction.text.recognizers._base import UkPatternRecognizer
from redaction.text.recognizers.address import AddressRecognizer
from redaction.text.recognizers.case_ref import CaseRefRecognizer
from redaction.text.recognizers.date import DateRecognizer
from redaction.text.recognizers.date_of_birth import DateOfBirthRecognizer
from redaction.text.recognizers.email import EmailRecognizer
from redaction.text.recognizers.nhs_number import NhsNumberRecognizer
from redaction.text.recognizers.ni_number import NiNumberRecognizer
from redaction.text.recognizers.person import PersonPatternRecognizer
from redaction.text.recognizers.phone import PhoneRecognizer
from redaction.text.recognizers.postcode import PostcodeRecognizer
from redaction.text.recognizers.school import SchoolRecognizer
from redaction.text.recognizers.uln import UlnRecognizer
from redaction.text.recognizers.upn import UpnRecognizer

__all__ = [
    "AddressRecognizer",
    "CaseRefRecognizer",
    "DateOfBirthRecognizer",
    "DateRecognizer",
    "EmailRecognizer",
    "NhsNumberRecognizer",
    "NiNumberRecognizer",
    "PersonPatternRecognizer",
    "PhoneRecognizer",
    "PostcodeRecognizer",
    "SchoolRecognizer",
    "UkPatternRecognizer",
    "UlnRecognizer",
    "UpnRecognizer",
    "identifier_recognizers",
]


def identifier_recognizers() -> list[UkPatternRecognizer]:
    """One instance of every recognizer of an identifier (the date recognizer is opt-in)."""
    return [
        NhsNumberRecognizer(), UlnRecognizer(), NiNumberRecognizer(), UpnRecognizer(),
        PostcodeRecognizer(), PhoneRecognizer(), EmailRecognizer(), DateOfBirthRecognizer(),
        CaseRefRecognizer(), AddressRecognizer(), SchoolRecognizer(), PersonPatternRecognizer(),
    ]
