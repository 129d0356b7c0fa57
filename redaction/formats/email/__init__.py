"""E-mail (.eml): parsed with the standard library, every part decoded, headers from an allowlist,
bodies and attachments redacted (attachments through ``redaction.formats.redact``), written anew and
verified by an independent re-read. ``.msg`` is refused by the dispatcher (no permissive reader)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from redaction.formats.email.limits import EmailLimits

if TYPE_CHECKING:
    from redaction.formats.request import FormatOutcome, FormatRequest

__all__ = ["EmailLimits", "redact_eml"]


def redact_eml(data: bytes, request: FormatRequest) -> FormatOutcome:
    """See :mod:`redaction.formats.email.redact` (imported here on first use: it needs the dispatcher)."""
    from redaction.formats.email.redact import redact_eml as run

    return run(data, request)
