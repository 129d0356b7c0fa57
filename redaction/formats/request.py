"""What a format redactor is asked to do (:class:`FormatRequest`) and what it returns (:class:`FormatOutcome`).

The shared interface of ``redaction.formats``: every per-format redactor has the signature
``redact_<kind>(data: bytes, request: FormatRequest) -> FormatOutcome`` and returns only an output it
has verified itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from redaction.pdf import Area
    from redaction.text import TextRedactor

__all__ = ["FormatOutcome", "FormatRequest"]


@dataclass(frozen=True, kw_only=True)
class FormatRequest:
    """``known``: the case's identifiers (span type -> strings, as the text pipeline takes them);
    ``terms``: explicit strings to remove; ``detect``: run the text detectors too; ``areas``: reviewer
    rectangles (for images: the 1-based frame as ``page``, pixels of the upright frame, origin top
    left); ``retypeset``/``output``: layout-free or PDF output where a format offers it; limits;
    ``text_redactor``: a loaded :class:`redaction.text.TextRedactor` to share (else the default one)."""

    known: Mapping[str, Sequence[str]] | None = None
    terms: Sequence[str] = ()
    detect: bool = True
    areas: Sequence[Area] = ()
    retypeset: bool = False
    output: Literal["native", "pdf"] = "native"
    max_bytes: int = 100 * 1024 * 1024
    max_seconds: float = 300.0
    text_redactor: TextRedactor | None = None


@dataclass
class FormatOutcome:
    """A verified output: its bytes, content type and kind, a JSON-able report (counts, what the
    second reader found), and the suspects a reviewer decides on (``redaction.verify.Suspect``)."""

    data: bytes
    content_type: str
    kind: str
    report: dict[str, Any] = field(default_factory=dict)
    suspects: list[Any] = field(default_factory=list)
