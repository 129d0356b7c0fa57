"""Finding and removing identifiers in text and PDF. Knows nothing of storage or the vault."""

from __future__ import annotations

from redaction.spans import Span

__all__ = ["Span"]
