"""The independent second reader: what a redacted output still holds, read by detectors of another kind.

``second_reader().read(text, known=..., ignore=...)`` returns a :class:`Reading`: ``findings`` (sure
enough to block release) and ``suspects`` (for a reviewer to confirm or dismiss); ``start_second_reader()``
has it load in a process of its own, beside the caller's first reader. ``known_leaks`` checks
the case's own identifiers literally in every written form; ``non_prose`` finds the encoded blocks no
reader of prose can vouch for; ``suspects_of`` turns a redacted output and its replacement regions into
the reviewer's list. Nothing here imports the vault; nothing downloads.
"""

from __future__ import annotations

from redaction.verify.encoded import KINDS as NON_PROSE_KINDS
from redaction.verify.encoded import non_prose
from redaction.verify.errors import ReaderUnavailableError, VerifyError, VerifyLimitError
from redaction.verify.known import known_leaks
from redaction.verify.reader import Reader, SecondReader, second_reader, start_second_reader
from redaction.verify.suspects import suspects_of
from redaction.verify.types import ENCODED, REASONS, Finding, NonProse, Reading, Suspect

__all__ = [
    "ENCODED",
    "NON_PROSE_KINDS",
    "REASONS",
    "Finding",
    "NonProse",
    "Reader",
    "Reading",
    "ReaderUnavailableError",
    "SecondReader",
    "Suspect",
    "VerifyError",
    "VerifyLimitError",
    "known_leaks",
    "non_prose",
    "second_reader",
    "start_second_reader",
    "suspects_of",
]
