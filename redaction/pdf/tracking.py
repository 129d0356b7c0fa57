"""Which inferred spaces of a line are only letter spacing (tracking), read from the gaps between its glyphs.

A heading set with character spacing (``Tc``), or a line whose glyphs a producer positioned one by one with a
little air between them, leaves a gap after every letter; read against a fixed share of the text height, each gap
is a space and "Ellie-May Thompson" reads "E l l i e - M a y  T h o m p s o n", which neither the detectors nor a
reader of the output's text takes for a name. A line is letter-spaced when most gaps between its neighbouring
letters are wider than a word gap and about equally wide (the spacing is one setting): then a gap is a space
only when it is wider than that spacing by a word gap (a space drawn by positioning, or a space glyph, stays; the
spacing beside a space glyph is no second space). Gaps that vary (table cells, words placed one by one) are left as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

__all__ = ["letter_spacing_spaces"]

MIN_GAPS = 4  # fewer letter pairs than this tell nothing about a line's spacing
SAME_SPACING = 0.06  # gaps within this many text heights of the line's median gap count as the same spacing
MOST = 0.6  # this share of a line's letter gaps at the same spacing makes it letter-spaced
WIDEST_SPACING = 1.0  # a "spacing" wider than this many text heights is layout (cells), not tracking


def letter_spacing_spaces(gaps: list[tuple[float, int | None]], word_gap: float,
                          beside_space_glyphs: Sequence[int] = ()) -> list[int]:
    """The inferred spaces that are only tracking, given a line's gaps between neighbouring letters (in text
    heights, with the index of the space inferred there, if any), the gap that makes a space in plain text, and
    the spaces inferred next to a space glyph."""
    if len(gaps) < MIN_GAPS:
        return []
    widths = [gap for gap, _ in gaps]
    spacing = median(widths)
    if not word_gap < spacing <= WIDEST_SPACING:
        return []
    alike = sum(1 for width in widths if abs(width - spacing) <= SAME_SPACING)
    if alike < MOST * len(widths):
        return []
    return [space for gap, space in gaps if space is not None and gap <= spacing + word_gap] + list(beside_space_glyphs)
