"""What a format redactor is asked (``FormatRequest``) and what it returns (``FormatOutcome``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

from redaction.verify import Suspect
from redaction.formats.email.limits import EmailLimits
from redaction.formats.errors import InvalidRequestError

if TYPE_CHECKING:
    from redaction.pdf import Area
    from redaction.text import TextRedactor

__all__ = ["FormatOutcome", "FormatRequest"]


@dataclass(frozen=True)
class FormatRequest:
    """What to remove and how. ``known``: span type (a role may follow a colon) -> strings, as the text
    redactor takes them; ``terms``: strings removed verbatim; ``areas``: reviewer boxes (PDF only)."""

    known: Mapping[str, Sequence[str]] | None = None
    terms: Sequence[str] = ()
    detect: bool = True
    areas: Sequence[Area] = ()
    retypeset: bool = False
    output: Literal["native", "pdf"] = "native"
    max_bytes: int = 200_000_000
    max_seconds: float = 300.0
    text_redactor: TextRedactor | None = None
    password: str | None = None
    # An e-mail's attachment of a kind nobody redacts (or that cannot be read): "refuse" the e-mail,
    # or "drop" the attachment and list it in the report. Never passed through unredacted.
    attachments: Literal["refuse", "drop"] = "refuse"
    email_limits: EmailLimits = field(default_factory=EmailLimits)

    def __post_init__(self) -> None:
        if self.output not in ("native", "pdf"):
            raise InvalidRequestError(f"output is 'native' or 'pdf', not {self.output!r}")
        if self.attachments not in ("refuse", "drop"):
            raise InvalidRequestError(f"attachments is 'refuse' or 'drop', not {self.attachments!r}")
        if self.max_bytes <= 0 or self.max_seconds <= 0:
            raise InvalidRequestError("max_bytes and max_seconds must be positive")
        if isinstance(self.terms, str):
            raise InvalidRequestError("terms is a list of strings, not one string")

    def redactor(self) -> TextRedactor:
        if self.text_redactor is not None:
            return self.text_redactor
        from redaction.text import default_redactor

        return default_redactor()

    def with_(self, **changes: Any) -> FormatRequest:
        return replace(self, **changes)


@dataclass
class FormatOutcome:
    data: bytes
    content_type: str
    kind: str
    report: dict[str, Any]  # JSON-able; "second_reader": what the independent re-read still found
    suspects: list[Suspect] = field(default_factory=list)
