"""Documents of every other type (e-mail, Word, OpenDocument, and images once their redactor is
installed) through ``redaction.formats.judged``: the format's redactor verifies its own output (fail
closed) and the verdict says refused (the item fails with the reason) or verified, with what the
second reader still found and suspects (the item's ``findings`` and ``suspects``: the supporter and
the publisher confirm or dismiss each before it goes anywhere, :mod:`.review`). Then, as for PDFs,
the vault reads the output back once more (``redaction.formats.output_texts``: every header, body and
attachment decoded) and runs its own literal checks of the case's identifiers.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vault.services.case_studies.identifiers import Identifiers, literal_leaks
from vault.services.case_studies.review import review_fields

if TYPE_CHECKING:
    from redaction.text import TextRedactor

__all__ = ["FormatItem", "redact_other", "reread_literal_leaks"]

log = logging.getLogger("vault.case_studies")


@dataclass
class FormatItem:
    kind: str
    data: bytes | None = None
    content_type: str | None = None
    report: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None


def redact_other(data: bytes, kind: str, identifiers: Identifiers, *, seconds: float, max_bytes: int,
                 redactor: TextRedactor) -> FormatItem:
    from redaction.formats import FormatRequest, judged

    request = FormatRequest(known={k: list(v) for k, v in identifiers.known.items()}, terms=list(identifiers.terms),
                            detect=True, max_bytes=max_bytes, max_seconds=seconds, text_redactor=redactor)
    outcome, verdict = judged(data, request, kind=kind)
    if outcome is None:
        return FormatItem(kind, reason=_reason(verdict.error))
    report = {**outcome.report, "kind": outcome.kind, **review_fields(verdict)}
    leaks = reread_literal_leaks(outcome.data, outcome.kind, identifiers)
    if leaks is None:
        return FormatItem(outcome.kind, report=report, reason="the redacted file could not be read back to check it")
    if leaks:
        report["leaks"] = leaks
        kinds = ", ".join(sorted({leak["type"] for leak in leaks}))
        return FormatItem(outcome.kind, report=report, reason=f"verification failed: {kinds} still in the redacted file")
    return FormatItem(outcome.kind, outcome.data, outcome.content_type, report)


def _reason(error: BaseException | None) -> str:
    """Why the item failed, in words the supporter can act on."""
    from redaction.formats import (
        LimitExceededError,
        MalformedFileError,
        PasswordRequiredError,
        UnsupportedFormatError,
        VerificationError,
    )

    if isinstance(error, PasswordRequiredError):
        return "the file is protected by a password: ask for an unprotected copy and upload that"
    if isinstance(error, VerificationError):
        return f"{error}; add the identifier as a term, or leave the item out"
    if isinstance(error, UnsupportedFormatError):
        return str(error)
    if isinstance(error, MalformedFileError):
        return f"the file cannot be read safely ({error})"
    if isinstance(error, LimitExceededError):
        return f"the file is beyond the redaction limits ({error})"
    return f"the file could not be redacted ({error})"


def reread_literal_leaks(data: bytes, kind: str, identifiers: Identifiers) -> list[dict[str, str]] | None:
    """The vault's literal checks over every text the output holds; ``None`` when it cannot be read."""
    from redaction.formats import FormatError, output_texts

    try:
        texts = output_texts(data, kind)
    except (FormatError, ValueError, LookupError) as error:
        log.debug("a redacted %s could not be read back (%s)", kind, type(error).__name__)
        return None
    return [{"type": found, "text": text[start:end], "where": where}
            for where, text in texts for found, start, end in literal_leaks(text, identifiers)]
