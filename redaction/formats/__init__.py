"""Every document type behind one entry: the type from the content, a redactor per format, verified.

    from redaction.formats import sniff, redact, FormatRequest
    sniff(data).kind                 # pdf text eml docx odt doc rtf msg image zip unknown
    outcome = redact(data, FormatRequest(known=family, terms=["Fellside"]))
    outcome.data, outcome.content_type, outcome.report["second_reader"], outcome.suspects
    judge(outcome).status            # released / needs review (refused: a FormatError was raised)

PDF stays in ``redaction.pdf``; text goes through ``redaction.text`` after a check for encoded
blocks; e-mail is ``redaction.formats.email``; Word/OpenDocument and images are imported from
``redaction.formats.office`` and ``redaction.formats.image`` when they are needed (refused with the
reason while they are absent). Every failure is a :class:`FormatError`.
"""

from __future__ import annotations

from redaction.formats._extract import output_texts
from redaction.formats.api import redact, refusal
from redaction.formats.email.limits import EmailLimits
from redaction.formats.request import FormatOutcome, FormatRequest
from redaction.formats.errors import (
    FormatError,
    InvalidRequestError,
    LimitExceededError,
    MalformedFileError,
    PasswordRequiredError,
    UnsupportedFormatError,
    VerificationError,
)
from redaction.formats.sniff import KINDS, FileType, sniff
from redaction.formats.stream import SniffingReader
from redaction.formats.verdict import Verdict, judge, judged
from redaction.verify import Suspect

__all__ = [
    "KINDS",
    "EmailLimits",
    "FileType",
    "FormatError",
    "FormatOutcome",
    "FormatRequest",
    "InvalidRequestError",
    "LimitExceededError",
    "MalformedFileError",
    "PasswordRequiredError",
    "SniffingReader",
    "Suspect",
    "UnsupportedFormatError",
    "VerificationError",
    "Verdict",
    "judge",
    "judged",
    "output_texts",
    "redact",
    "refusal",
    "sniff",
]
