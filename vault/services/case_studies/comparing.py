"""The review screen's side by side: a text item's original and its redacted rendering, cut into the
same pieces, every removed span marked with its type.

The item's report holds each span removed (offsets into the item's own input, its type, the words it
covered and what replaced them, in order: ``texts._cut``), so the original is put back together from
the rendering and the report alone: nothing of the family's papers is read again to show it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Segment", "side_by_side"]


@dataclass(frozen=True)
class Segment:
    """A piece of both texts: kept as it was (``type`` None: ``original`` == ``redacted``), or a span
    removed (``original`` the words, ``redacted`` what stands in their place, ``type`` what they were)."""

    original: str
    redacted: str
    type: str | None = None


def side_by_side(rendering: str, spans: Sequence[Mapping[str, Any]]) -> list[Segment]:
    """The pieces of a text item; a report that does not fit its rendering is refused (ValueError)."""
    segments: list[Segment] = []
    source, out = 0, 0  # where we are in the original and in the rendering
    for span in sorted(spans, key=lambda s: int(s["start"])):
        start, end = int(span["start"]), int(span["end"])
        label, words = str(span.get("replacement", "")), str(span.get("text", ""))
        if start < source or end - start != len(words):
            raise ValueError("the item's report does not fit its rendering")
        kept = rendering[out : out + start - source]
        if len(kept) != start - source or rendering[out + len(kept) : out + len(kept) + len(label)] != label:
            raise ValueError("the item's report does not fit its rendering")
        if kept:
            segments.append(Segment(kept, kept))
        segments.append(Segment(words, label, str(span.get("type") or "")))
        source, out = end, out + len(kept) + len(label)
    if rendering[out:]:
        segments.append(Segment(rendering[out:], rendering[out:]))
    return segments
