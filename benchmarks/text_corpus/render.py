"""Templates to labelled text: ``{key}`` inserts a field (an identifier, labelled with its exact
offsets), ``{!text}`` inserts a tricky negative (tracked, so the benchmark can check it survives),
``{~text}`` inserts neutral text that is neither an identifier nor a negative (an LA's name), which
the precision count ignores."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["Gold", "Labelled", "Segment", "render"]

_FIELD = re.compile(r"\{([!~]?)([^{}]+)\}")


@dataclass(frozen=True)
class Segment:
    text: str
    type: str | None = None
    entity: str | None = None  # which case-record item this is (for the known-identifier check)
    person: str | None = None  # which person of the case a PERSON mention names (for the label check)


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    type: str
    entity: str | None = None
    person: str | None = None


@dataclass
class Labelled:
    text: str = ""
    gold: list[Gold] = field(default_factory=list)
    negatives: list[tuple[int, int]] = field(default_factory=list)
    neutral: list[tuple[int, int]] = field(default_factory=list)
    style: Callable[[Segment], Segment] | None = None  # rewrites each segment as it is added (noisy style)

    def add(self, segment: Segment) -> None:
        if self.style is not None and segment.text:
            segment = self.style(segment)
        start = len(self.text)
        self.text += segment.text
        if segment.type == "NEG":
            self.negatives.append((start, len(self.text)))
        elif segment.type == "NEUTRAL":
            self.neutral.append((start, len(self.text)))
        elif segment.type is not None:
            self.gold.append(Gold(start, len(self.text), segment.type, segment.entity, segment.person))


def render(template: str, fields: dict[str, list[Segment]], into: Labelled | None = None) -> Labelled:
    out = into or Labelled()
    cursor = 0
    for match in _FIELD.finditer(template):
        out.add(Segment(template[cursor : match.start()]))
        marker, body = match.groups()
        if marker == "!":
            out.add(Segment(body, "NEG"))
        elif marker == "~":
            out.add(Segment(body, "NEUTRAL"))
        else:
            if body not in fields:
                raise KeyError(f"template field {body!r} is not defined")
            for segment in fields[body]:
                out.add(segment)
        cursor = match.end()
    out.add(Segment(template[cursor:]))
    return out
