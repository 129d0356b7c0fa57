"""Page text built from glyph geometry, with every character traced back to its glyph.

Spaces are often implied by positioning rather than encoded, and lines by a jump of the baseline,
so both are inferred: a gap along the writing direction wider than :data:`WORD_GAP` of the text
height is a space (unless the whole line is letter-spaced, see :mod:`redaction.pdf.tracking`), a move across it
of more than :data:`LINE_SHIFT` is a line break, and a move down of :data:`BLANK_LINE` times the page's line pitch
or more is a blank line, as the writer typed it. Content order is kept (it is reading order for the producers
we meet; flattened annotations are read beside the page text they belong to, see :mod:`redaction.pdf.fieldorder`);
hidden (optional-content-off) runs are left out, since they are deleted from the output anyway. A glyph's text is read as typed (:mod:`redaction.pdf.typed`:
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from redaction.pdf.content import TextRun
from redaction.pdf.fonts import GlyphCode
from redaction.pdf.tracking import letter_spacing_spaces
from redaction.pdf.typed import run_as_typed
from redaction.pdf.wraps import Line, soft_wraps

__all__ = ["GlyphRef", "PageText", "build_page_text"]

WORD_GAP = 0.15
LINE_SHIFT = 0.5
BLANK_LINE = 1.7  # a move down the page this many times the page's line pitch skips a line (reads "\n\n")
MIN_BREAKS_FOR_PITCH = 3
REPLACEMENT = "\ufffd"

GlyphRef = tuple[int, int]  # (index of the run in the page's runs, glyph index in the run)


@dataclass(slots=True)
class PageText:
    text: str
    owners: list[GlyphRef | None]  # per character of ``text``; None for an inferred space/newline
    runs: list[TextRun]
    wraps: tuple[int, ...] = ()  # indexes of the "\n"s that may only wrap a paragraph
    order: tuple[int, ...] | None = None  # the runs in the order read, when not content order (fieldorder)

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
                    decode: Callable[[TextRun, GlyphCode], str | None] | None = None,
                    order: Sequence[int] | None = None) -> PageText:
    """``decode`` replaces the glyphs' own text (the verifier's second decoder); ``order`` reads the runs in
    that order (owners still point at ``runs``' indexes)."""
    chars: list[str] = []
    owners: list[GlyphRef | None] = []
    removed = removed or {}
    previous_end: tuple[float, float] | None = None
    previous_direction = (1.0, 0.0)
    previous_height = 0.0
    lines: list[Line] = []
    # per line: the gaps between neighbouring letters (text heights) and the space inferred in each (see tracking)
    line_gaps: list[list[tuple[float, int | None]]] = []
    beside_space_glyphs: list[list[int]] = []  # per line: spaces inferred just before a space glyph
    pending: list[float | int | None] = [None, None]  # the gap before the next glyph, and its inferred space
    after_letter = False
    breaks: list[tuple[int, float]] = []  # the "\n"s to a line further down, and how far down

    def separator(char: str) -> None:
        if chars and not chars[-1].isspace():
            chars.append(char)
            owners.append(None)
            if char == " ":
                pending[1] = len(chars) - 1
        elif char == "\n" and chars and chars[-1] == " ":
            chars[-1] = "\n"
        if char == " " and lines and lines[-1].first_word_end is None:
            lines[-1].first_word_end = lines[-1].end

    for run_index in (order if order is not None else range(len(runs))):
        run = runs[run_index]
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
            pending[:] = [None, None]
            if not aligned or abs(across) > LINE_SHIFT * reference or along < -reference:
                separator("\n")
                if aligned and across < 0 and chars and chars[-1] == "\n":
                    breaks.append((len(chars) - 1, -across))
                lines.append(_line(chars, dx, dy, height, start_point))
                line_gaps.append([])
                beside_space_glyphs.append([])
                after_letter = False
            else:
                pending[0] = along / reference
                if along > WORD_GAP * reference:
                    separator(" ")
        else:
            lines.append(_line(chars, dx, dy, height, start_point))
            line_gaps.append([])
            beside_space_glyphs.append([])
        gap_limit = WORD_GAP * height / scale if scale else math.inf
        previous_glyph_end = None
        typed = run_as_typed([run.glyphs[index].text if decode is None else decode(run, run.glyphs[index])
                              for index in kept])
        for glyph_index, decoded in zip(kept, typed, strict=True):
            if previous_glyph_end is not None:
                gap = run.starts[glyph_index] - previous_glyph_end
                pending[:] = [gap * scale / height, None]
                if gap > gap_limit:
                    separator(" ")
            previous_glyph_end = run.ends[glyph_index]
            text = decoded if decoded is not None else REPLACEMENT
            line = lines[-1]
            if not text:  # read as nothing (see redaction.pdf.typed): neither a word's end nor a line's
                continue
            if text.isspace():
                if isinstance(pending[1], int):
                    beside_space_glyphs[-1].append(pending[1])
                after_letter = False
                pending[:] = [None, None]
                if line.first_word_end is None and chars and not chars[-1].isspace():
                    line.first_word_end = line.end
            else:
                if after_letter and pending[0] is not None:
                    line_gaps[-1].append((float(pending[0]), pending[1]))  # type: ignore[arg-type]
                after_letter = True
                pending[:] = [None, None]
                x = previous_glyph_end
                line.end = max(line.end, (x * a + baseline_y * c + e) * dx + (x * b + baseline_y * d + f) * dy)
            for char in text:
                chars.append(char)
                owners.append((run_index, glyph_index))
        end_x = run.ends[kept[-1]]
        previous_end = (end_x * a + baseline_y * c + e, end_x * b + baseline_y * d + f)
        previous_direction = (dx, dy)
        previous_height = height
    wraps = soft_wraps(lines)
    tracking = {space for gaps, beside in zip(line_gaps, beside_space_glyphs, strict=True)
                for space in letter_spacing_spaces(gaps, WORD_GAP, beside)}
    blank = _blank_lines(breaks)
    fixed_order = tuple(order) if order is not None else None
    if tracking or blank:
        return _edited(chars, owners, runs, wraps, tracking, blank, fixed_order)
    return PageText("".join(chars), owners, runs, tuple(wraps), fixed_order)


def _blank_lines(breaks: list[tuple[int, float]]) -> set[int]:
    """The line breaks that skip at least a line's height (a typed empty line, a paragraph's space): read as a
    blank line, as the writer typed it, so the detectors see a block's end where a reader sees one."""
    if len(breaks) < MIN_BREAKS_FOR_PITCH:
        return set()
    pitch = sorted(shift for _, shift in breaks)[len(breaks) // 4]  # the lower quartile: many blank lines
    return {index for index, shift in breaks if shift >= BLANK_LINE * pitch}


def _edited(chars: list[str], owners: list[GlyphRef | None], runs: list[TextRun], wraps: list[int],
            tracking: set[int], blank: set[int], order: tuple[int, ...] | None) -> PageText:
    """The text without the inferred spaces that are only letter spacing and with an empty line after each
    break in ``blank`` (the wraps' indexes moved to match)."""
    out: list[str] = []
    out_owners: list[GlyphRef | None] = []
    moved: dict[int, int] = {}
    for index, (char, owner) in enumerate(zip(chars, owners, strict=True)):
        if index in tracking:
            continue
        moved[index] = len(out)
        out.append(char)
        out_owners.append(owner)
        if index in blank:
            out.append("\n")
            out_owners.append(None)
    return PageText("".join(out), out_owners, runs, tuple(moved[index] for index in wraps), order)


def _line(chars: list[str], dx: float, dy: float, height: float, start: tuple[float, float]) -> Line:
    newline = len(chars) - 1 if chars and chars[-1] == "\n" else None
    along = start[0] * dx + start[1] * dy
    return Line(newline, (round(dx, 3), round(dy, 3)), height, -start[0] * dy + start[1] * dx, along, along)
