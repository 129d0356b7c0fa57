"""Documents of every other type (e-mail, and Word, OpenDocument and images once their redactors are
installed) through ``redaction.formats.redact``, which verifies its own output (fail closed). Then,
as for PDFs, the vault reads the output back once more (``redaction.formats.output_texts``: every
header, body and attachment decoded) and runs its own literal checks of the case's identifiers.

What the formats' second reader reports blocks the item: it fails with the reason, so the supporter
adds what was found as a term or leaves the item out (a confirm/dismiss step is to come).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vault.services.case_studies.identifiers import Identifiers, literal_leaks

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
    from redaction.formats import (
        FormatError,
        FormatRequest,
        LimitExceededError,
        MalformedFileError,
        PasswordRequiredError,
        UnsupportedFormatError,
        VerificationError,
        redact,
    )

    request = FormatRequest(known={k: list(v) for k, v in identifiers.known.items()}, terms=list(identifiers.terms),
                            detect=True, max_bytes=max_bytes, max_seconds=seconds, text_redactor=redactor)
    try:
        outcome = redact(data, request, kind=kind)
    except PasswordRequiredError:
        return FormatItem(kind, reason="the file is protected by a password: ask for an unprotected copy and upload that")
    except VerificationError as error:
        return FormatItem(kind, reason=f"{error}; add the identifier as a term, or leave the item out")
    except UnsupportedFormatError as error:
        return FormatItem(kind, reason=str(error))
    except MalformedFileError as error:
        return FormatItem(kind, reason=f"the file cannot be read safely ({error})")
    except LimitExceededError as error:
        return FormatItem(kind, reason=f"the file is beyond the redaction limits ({error})")
    except FormatError as error:
        return FormatItem(kind, reason=f"the file could not be redacted ({error})")
    report = {**outcome.report, "kind": outcome.kind}
    second = outcome.report.get("second_reader") or []
    if second:
        found = ", ".join(sorted({f"{entry.get('type')} in {entry.get('where')}" for entry in second}))
        return FormatItem(outcome.kind, report=report, reason=(
            f"the second reader found what may still identify someone ({found}): add it as a term or an identifier "
            "and run again, or leave the item out"))
    leaks = reread_literal_leaks(outcome.data, outcome.kind, identifiers)
    if leaks is None:
        return FormatItem(outcome.kind, report=report, reason="the redacted file could not be read back to check it")
    if leaks:
        report["leaks"] = leaks
        kinds = ", ".join(sorted({leak["type"] for leak in leaks}))
        return FormatItem(outcome.kind, report=report, reason=f"verification failed: {kinds} still in the redacted file")
    return FormatItem(outcome.kind, outcome.data, outcome.content_type, report)


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
