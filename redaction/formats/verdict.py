"""Verified or refused: one contract for what a redaction produced, for every caller.

    released       verified, and the second reader found nothing and suspects nothing
    needs review   verified against the known identifiers, but the second reader found identifiers
                   (``findings``: the output goes nowhere until a person resolves each: removed as a
                   term and run again, or dismissed with a reason) or suspects something (``suspects``:
                   each confirmed or dismissed by the reviewer)
    refused        not verified: a known identifier left, an encoded block, an output that cannot be
                   read back, a file nobody redacts; nothing is released and ``reason`` says why

``judge(outcome)`` reads a :class:`~redaction.formats.FormatOutcome`; ``refused(error)`` a
:class:`~redaction.formats.FormatError` (or any error that stopped the redaction); ``judged(data,
request)`` runs :func:`~redaction.formats.redact` and returns both; ``verify_text(text, ...)`` gives a
text redacted elsewhere (the ``vault redact text`` command) the same second read and verdict. The case studies turn a verdict
into an item's state (refused: failed; findings and suspects: decisions to take before acceptance),
the command line into a summary line, a report and an exit status.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from redaction.formats.errors import FormatError, VerificationError
from redaction.formats.request import FormatOutcome, FormatRequest
from redaction.verify import Suspect

__all__ = ["Status", "Verdict", "judge", "judged", "refused", "verify_text"]


class Status(StrEnum):
    RELEASED = "released"
    REVIEW = "needs review"
    REFUSED = "refused"


@dataclass(frozen=True)
class Verdict:
    status: Status
    findings: tuple[dict[str, Any], ...] = ()  # the second reader's findings, as report rows (where, type, text...)
    suspects: tuple[Suspect, ...] = ()
    reason: str | None = None  # refused: why, in words a caseworker can act on (never an identifier)
    error: BaseException | None = field(default=None, compare=False, repr=False)  # refused: what stopped it

    @classmethod
    def of(cls, findings: Iterable[Mapping[str, Any]], suspects: Iterable[Suspect]) -> Verdict:
        """A verified output's verdict from what the second reader reported."""
        rows, kept = tuple(dict(row) for row in findings), tuple(suspects)
        return cls(Status.REVIEW if rows or kept else Status.RELEASED, rows, kept)

    @property
    def refused(self) -> bool:
        return self.status is Status.REFUSED

    @property
    def blocks_release(self) -> bool:
        """Nothing goes out as it is: refused, or findings a person has to resolve first."""
        return self.refused or bool(self.findings)

    def summary(self) -> str:
        """One line: "second reader: 2 findings, 5 suspects" (or "refused: ..." )."""
        if self.refused:
            return f"refused: {self.reason}"
        return f"second reader: {_count(len(self.findings), 'finding')}, {_count(len(self.suspects), 'suspect')}"

    def to_json(self) -> dict[str, Any]:
        return {"status": str(self.status), "reason": self.reason, "findings": [dict(row) for row in self.findings],
                "suspects": [suspect.to_json() for suspect in self.suspects]}


def judge(outcome: FormatOutcome) -> Verdict:
    """A format redactor's outcome exists only for a verified output: released or needs review."""
    rows: Sequence[Mapping[str, Any]] = outcome.report.get("second_reader") or []
    return Verdict.of(rows, outcome.suspects)


def refused(error: BaseException) -> Verdict:
    return Verdict(Status.REFUSED, reason=" ".join(str(error).split()) or type(error).__name__, error=error)


def judged(data: bytes, request: FormatRequest, *, kind: str | None = None) -> tuple[FormatOutcome | None, Verdict]:
    """Redact ``data`` through :func:`~redaction.formats.redact`; the outcome (None when refused) and its verdict."""
    from redaction.formats.api import redact

    try:
        outcome = redact(data, request, kind=kind)
    except FormatError as error:
        return None, refused(error)
    return outcome, judge(outcome)


def verify_text(text: str, *, known: Mapping[str, Sequence[str]] | None, replacements: Iterable[str]) -> Verdict:
    """A redacted text's second read (``replacements``: what was written in place of identifiers):
    refused when a known identifier or an encoded block is left, else released or needs review."""
    from redaction.formats._reread import reread
    from redaction.verify import ENCODED

    try:
        reading = reread([("", text)], known=known, labels=replacements)
    except FormatError as error:
        return refused(error)
    if any(placed.type == ENCODED for placed in reading.refused):
        return refused(VerificationError("verification failed: the text holds encoded content (base64, "
                                         "quoted-printable, MIME parts) that no reader can check; decode it first",
                                         kind="text", what=ENCODED))
    if reading.refused:
        return refused(reading.refusal("the redacted text", kind="text"))
    return Verdict.of([finding.to_json() for finding in reading.findings], reading.suspects)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
