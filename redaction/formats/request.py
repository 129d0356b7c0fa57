"""What a caller asks of a format redactor, and what it gets back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from redaction.pdf import Area
    from redaction.text import TextRedactor

__all__ = ["FormatOutcome", "FormatRequest"]


@dataclass(frozen=True)
class FormatRequest:
    """``known``: the case's identifiers (span type -> values, as the text redactor takes them);
    ``terms``: extra strings to remove; ``detect``: run the detectors too; ``areas``: reviewer boxes
    (PDF only); ``retypeset``: PDF only; ``output``: the input's own format or a PDF."""

    known: Mapping[str, Sequence[str]] | None = None
    terms: Sequence[str] = ()
    detect: bool = True
    areas: Sequence[Area] = ()
    retypeset: bool = False
    output: Literal["native", "pdf"] = "native"
    max_bytes: int = 100_000_000
    max_seconds: float = 300.0
    text_redactor: TextRedactor | None = None


@dataclass
class FormatOutcome:
    """The verified output; ``report`` is JSON-able; ``suspects`` are what the second reader still
    doubts (``redaction.verify.Suspect``), for the caller to decide on."""

    data: bytes
    content_type: str
    kind: str
    report: dict[str, Any] = field(default_factory=dict)
    suspects: list[Any] = field(default_factory=list)
