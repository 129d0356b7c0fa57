"""Page text built from glyph geometry, with every character traced back to its glyph.

Spaces are often implied by positioning rather than encoded, and lines by a jump of the baseline,
so both are inferred: a gap along the writing direction wider than :data:`WORD_GAP` of the text
height is a space, a move across it of more than :data:`LINE_SHIFT` is a line break. Content order
is kept (it is reading order for the producers we meet); hidden (optional-content-off) runs are left
out, since they are deleted from the output anyway. Given the glyphs a redaction removes, the same
builder gives the *residual* text the output will show, with owners still pointing at the original
glyphs (the detectors are re-run on it until they find nothing new).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from redaction.pdf.content import TextRun
from redaction.pdf.fonts import GlyphCode

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

    def separator(char: str) -> None:
        if chars and not chars[-1].isspace():
            chars.append(char)
            owners.append(None)
        elif char == "\n" and chars and chars[-1] == " ":
            chars[-1] = "\n"

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
            elif along > WORD_GAP * reference:
                separator(" ")
        gap_limit = WORD_GAP * height / scale if scale else math.inf
        previous_glyph_end = None
        for glyph_index in kept:
            glyph = run.glyphs[glyph_index]
            decoded = glyph.text if decode is None else decode(run, glyph)
            if previous_glyph_end is not None and run.starts[glyph_index] - previous_glyph_end > gap_limit:
                separator(" ")
            previous_glyph_end = run.ends[glyph_index]
            text = decoded if decoded is not None else REPLACEMENT
            for char in text:
                chars.append(char)
                owners.append((run_index, glyph_index))
        end_x = run.ends[kept[-1]]
        previous_end = (end_x * a + baseline_y * c + e, end_x * b + baseline_y * d + f)
        previous_direction = (dx, dy)
        previous_height = height
    return PageText("".join(chars), owners, runs)
