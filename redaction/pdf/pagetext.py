"""Page text built from glyph geometry, with every character traced back to its glyph.

Spaces are often implied by positioning rather than encoded, and lines by a jump of the baseline,
so both are inferred: a gap along the writing direction wider than :data:`WORD_GAP` of the text
height is a space, a move across it of more than :data:`LINE_SHIFT` is a line break. Content order
is kept (it is reading order for the producers we meet); hidden (optional-content-off) runs are left
out, since they are deleted from the output anyway. A glyph's text is read as typed (:mod:`redaction.pdf.typed`:
odd spaces as spaces, ligatures as letters). A line break that may only wrap a paragraph (the next
line's first word would not have fitted before the column's right edge, see :mod:`redaction.pdf.wraps`) is
recorded in ``wraps``: :attr:`PageText.unwrapped` gives it as a space (same length, same offsets), and
the detectors read both texts, so they see the sentence a writer typed as well as the lines a word
processor broke it into ("her date of birth is" at the end of one line, the date on the next). Both,
because the geometry cannot tell a wrap from a line that ends near the edge by chance (a table row typed
as one line and wrapped in a narrow column). Given the glyphs a redaction removes, the same builder
gives the *residual* text the output will show, with owners still pointing at the original glyphs (the
detectors are re-run on it until they find nothing new).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from redaction.pdf.content import TextRun
from redaction.pdf.fonts import GlyphCode
from redaction.pdf.typed import run_as_typed
from redaction.pdf.wraps import Line, soft_wraps

__all__ = ["GlyphRef", "PageText", "build_page_text"]

WORD_GAP = 0.15
LINE_SHIFT = 0.5
REPLACEMENT = "\ufffd"

GlyphRef = tuple[int, int]  # (index of the run in the page's runs, glyph index in the run)


@dataclass(slots=True)
class PageText:
    text: str
    owners: list[GlyphRef | None]  # per character of ``text``; None for an inferred space/newline
    runs: list[TextRun]
    wraps: tuple[int, ...] = ()  # indexes of the "\n"s that may only wrap a paragraph

    @property
    def unwrapped(self) -> str:
        """``text`` with the line breaks that wrap a paragraph given as spaces (same offsets)."""
        if not self.wraps:
            return self.text
        chars = list(self.text)
        for index in self.wraps:
            chars[index] = " "
        return "".join(chars)

    def glyphs_of(self, start: int, end: int) -> list[GlyphRef]:
        seen: dict[GlyphRef, None] = {}
        for owner in self.owners[start:end]:
            if owner is not None:
                seen[owner] = None
        return list(seen)


def _direction(run: TextRun) -> tuple[float, float, float]:
    a, b = run.matrix[0], run.matrix[1]
    length = math.hypot(a, b)
    if length < 1e-12:
        return 1.0, 0.0, 0.0
    return a / length, b / length, length


def build_page_text(runs: list[TextRun], removed: dict[int, set[int]] | None = None, *,
                    decode: Callable[[TextRun, GlyphCode], str | None] | None = None) -> PageText:
    """``decode`` replaces the glyphs' own text (the verifier's second decoder)."""
    chars: list[str] = []
    owners: list[GlyphRef | None] = []
    removed = removed or {}
    previous_end: tuple[float, float] | None = None
    previous_direction = (1.0, 0.0)
    previous_height = 0.0
    lines: list[Line] = []

    def separator(char: str) -> None:
        if chars and not chars[-1].isspace():
            chars.append(char)
            owners.append(None)
        elif char == "\n" and chars and chars[-1] == " ":
            chars[-1] = "\n"
        if char == " " and lines and lines[-1].first_word_end is None:
            lines[-1].first_word_end = lines[-1].end

    for run_index, run in enumerate(runs):
        gone = removed.get(run_index, ())
        if run.hidden or len(gone) == len(run.glyphs):
            continue
        kept = [index for index in range(len(run.glyphs)) if index not in gone]
        dx, dy, scale = _direction(run)
        height = max(run.height, 1e-6)
        a, b, c, d, e, f = run.matrix
        baseline_y = (run.low + run.high) / 2
        start_x = run.starts[kept[0]]
        start_point = (start_x * a + baseline_y * c + e, start_x * b + baseline_y * d + f)
        if previous_end is not None:
            vx, vy = start_point[0] - previous_end[0], start_point[1] - previous_end[1]
            along = vx * dx + vy * dy
            across = -vx * dy + vy * dx
            reference = max(height, previous_height)
            aligned = dx * previous_direction[0] + dy * previous_direction[1] > 0.995
            if not aligned or abs(across) > LINE_SHIFT * reference or along < -reference:
                separator("\n")
                lines.append(_line(chars, dx, dy, height, start_point))
            elif along > WORD_GAP * reference:
                separator(" ")
        else:
            lines.append(_line(chars, dx, dy, height, start_point))
        gap_limit = WORD_GAP * height / scale if scale else math.inf
        previous_glyph_end = None
        typed = run_as_typed([run.glyphs[index].text if decode is None else decode(run, run.glyphs[index])
                              for index in kept])
        for glyph_index, decoded in zip(kept, typed, strict=True):
            if previous_glyph_end is not None and run.starts[glyph_index] - previous_glyph_end > gap_limit:
                separator(" ")
            previous_glyph_end = run.ends[glyph_index]
            text = decoded if decoded is not None else REPLACEMENT
            line = lines[-1]
            if not text:  # read as nothing (see redaction.pdf.typed): neither a word's end nor a line's
                continue
            if text.isspace():
                if line.first_word_end is None and chars and not chars[-1].isspace():
                    line.first_word_end = line.end
            else:
                x = previous_glyph_end
                line.end = max(line.end, (x * a + baseline_y * c + e) * dx + (x * b + baseline_y * d + f) * dy)
            for char in text:
                chars.append(char)
                owners.append((run_index, glyph_index))
        end_x = run.ends[kept[-1]]
        previous_end = (end_x * a + baseline_y * c + e, end_x * b + baseline_y * d + f)
        previous_direction = (dx, dy)
        previous_height = height
    return PageText("".join(chars), owners, runs, tuple(soft_wraps(lines)))


def _line(chars: list[str], dx: float, dy: float, height: float, start: tuple[float, float]) -> Line:
    newline = len(chars) - 1 if chars and chars[-1] == "\n" else None
    along = start[0] * dx + start[1] * dy
    return Line(newline, (round(dx, 3), round(dy, 3)), height, -start[0] * dy + start[1] * dx, along, along)
