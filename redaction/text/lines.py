"""The line around a position of a text, found from one index of the text's line breaks.

Rules asked once per candidate want the line the candidate stands on. Cutting it out per candidate copied it
each time (and a cache keyed by the line hashed the copy again): on a text of one very long line (an export with
no line breaks, hostile input repeating one name) each of its thousands of candidates copied the whole text.
Here the line breaks are found once per text (:mod:`.text_caches`), a question is a binary search, and a line's
text is cut once and shared by every candidate on it.
"""

from __future__ import annotations

from bisect import bisect_left

from redaction.text.text_caches import per_text

__all__ = ["line_bounds", "line_text"]


@per_text(maxsize=512)  # more than a chunk of texts: every candidate of a text asks, pass after pass
def _breaks(text: str) -> tuple[int, ...]:
    """Where ``text`` has a line break, in order."""
    found = []
    at = text.find("\n")
    while at >= 0:
        found.append(at)
        at = text.find("\n", at + 1)
    return tuple(found)


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``(line_start, line_end)`` of the line (or lines) holding ``text[start:end]``: the same as
    ``text.rfind("\\n", 0, start) + 1`` and ``text.find("\\n", end)``, ``len(text)`` where no break follows."""
    breaks = _breaks(text)
    before = bisect_left(breaks, start)  # the breaks before ``start``
    after = bisect_left(breaks, end)  # the first break at or after ``end``
    return (breaks[before - 1] + 1 if before else 0), (breaks[after] if after < len(breaks) else len(text))


def line_text(text: str, start: int, end: int) -> str:
    """The whole line (or lines) of ``text`` holding ``text[start:end]``."""
    return _line(text, *line_bounds(text, start, end))


@per_text(maxsize=8192)
def _line(text: str, line_start: int, line_end: int) -> str:
    return text[line_start:line_end]
