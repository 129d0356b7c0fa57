"""What the second reader reports: findings (block release), suspects (for the reviewer), non-prose blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["ENCODED", "REASONS", "Finding", "NonProse", "Reading", "Suspect"]

# The fixed vocabulary of why something is a suspect (the reviewer's list groups by it).
REASONS = ("name-like word", "gazetteer name", "identifier-shaped number", "rare place word", "unreadable text")
ENCODED = "ENCODED"  # a finding's type for text that is not prose (base64, quoted-printable, MIME...)


@dataclass(frozen=True, slots=True)
class Finding:
    """An identifier the reader is sure of: ``reader`` says which part found it (``known``, ``presidio``,
    ``phonenumbers``, ``shape``, ``gazetteer+ner``, ``encoding``); offsets into the text read."""

    type: str
    start: int
    end: int
    text: str
    reader: str
    score: float = 1.0

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "start": self.start, "end": self.end, "text": self.text, "reader": self.reader,
                "score": round(self.score, 3)}


@dataclass(frozen=True, slots=True)
class Suspect:
    """Something left that could still identify someone; the reviewer confirms or dismisses it."""

    start: int  # offsets into the text read (a text output: the output itself)
    end: int
    text: str
    reason: str
    location: str | None = None  # "line 12", "part 2 (HTML), line 3", "page 3, line 4": where a person finds it
    page: int | None = None  # PDFs and images: the page (from 1), where known
    box: tuple[float, float, float, float] | None = None  # and the box on it (x0, y0, x1, y1; PDF points)

    def __post_init__(self) -> None:
        if self.reason not in REASONS:
            raise ValueError(f"unknown suspect reason {self.reason!r}; one of {', '.join(REASONS)}")

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "reason": self.reason,
                "location": self.location, "page": self.page,
                "box": None if self.box is None else [round(v, 2) for v in self.box]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Suspect:
        box = data.get("box")
        return cls(int(data["start"]), int(data["end"]), str(data["text"]), str(data["reason"]),
                   None if data.get("location") is None else str(data["location"]),
                   None if data.get("page") is None else int(data["page"]),
                   None if box is None else (float(box[0]), float(box[1]), float(box[2]), float(box[3])))


@dataclass(frozen=True, slots=True)
class NonProse:
    """A block that is not prose: ``kind`` is base64, quoted-printable, mime, uuencode, hex or data-uri."""

    start: int
    end: int
    kind: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind}


@dataclass(frozen=True)
class Reading:
    findings: list[Finding] = field(default_factory=list)
    suspects: list[Suspect] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """No finding: the text may be released (its suspects still go to the reviewer)."""
        return not self.findings

    def to_json(self) -> dict[str, Any]:
        return {"findings": [f.to_json() for f in self.findings], "suspects": [s.to_json() for s in self.suspects]}
