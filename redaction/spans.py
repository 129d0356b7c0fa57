"""The one vocabulary the text and PDF redactors share: a detected span of an identifier."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Source = Literal["pattern", "model", "known", "term"]

# Every identifier type the pipeline reports; text and PDF use the same names.
SPAN_TYPES = (
    "PERSON",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "DATE_OF_BIRTH",
    "NHS_NUMBER",
    "NI_NUMBER",
    "UPN",
    "ULN",
    "SCHOOL",
    "CASE_REF",
    "HOSPITAL_NUMBER",
    "CHI_NUMBER",
    "HC_NUMBER",
    "SOCIAL_CARE_ID",
    "SOCIAL_HANDLE",
    "VEHICLE_REGISTRATION",
    "SORT_CODE",
    "ACCOUNT_NUMBER",
    "LOCATION",
    "DATE",
    "TERM",
)


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` of ``text`` holding an identifier of ``type``."""

    start: int
    end: int
    type: str
    score: float
    source: Source

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"empty or negative span {self.start}..{self.end}")

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def to_json(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "score": round(self.score, 4),
            "source": self.source,
        }
