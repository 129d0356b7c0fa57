"""Layouts for the pdf3 rows beyond those of ``benchmarks.pdf99_rows.layouts`` (which they reuse): a label and
its value set apart by a vertical gap, a label/value table read column by column, letter spacing set with ``Tc``
on a whole line, a header and footer repeated on every page, text in a FreeText annotation's appearance."""

from __future__ import annotations

from collections.abc import Sequence

from benchmarks.pdf99_rows import layouts as L
from benchmarks.pdf99_rows.layouts import LEADING, LEFT, TOP, Page, show


def gapped(parts: Sequence[str], gaps: Sequence[float], *, measure: float = 450) -> bytes:
    """Paragraphs one under another, each ``gaps[i]`` leadings below the end of the one before (a form's label
    with its value two or three lines further down, a signature block under a wide space)."""
    out = b""
    y = TOP
    for text, gap in zip(parts, gaps, strict=True):
        y -= gap * LEADING
        part, y = L.paragraph(text, LEFT, y, measure)
        out += part
        y += LEADING / 2
    return out


def label_value(pairs: Sequence[tuple[str, str]], *, value_x: float = 250, by_columns: bool = False,
                step: float = 20) -> bytes:
    """A two-column label/value grid (a front sheet), emitted row by row or (``by_columns``) all labels first."""
    labels = [show(LEFT, TOP - i * step, label) for i, (label, _) in enumerate(pairs)]
    values = [show(value_x, TOP - i * step, value) for i, (_, value) in enumerate(pairs)]
    if by_columns:
        return b"".join(labels + values)
    return b"".join(a + b for a, b in zip(labels, values, strict=True))


def spaced_lines(texts: Sequence[str], spacing: float, *, size: float = 11.0) -> bytes:
    """Each text on its own line with character spacing ``spacing`` (``Tc``)."""
    return b"".join(L.letter_spaced(LEFT, TOP - i * (size + 8), text, spacing, size=size)
                    for i, text in enumerate(texts))


def with_running_heads(header: str, footer: str, bodies: Sequence[str], *, measure: float = 450) -> Page:
    """One page per body, each with the same header (top) and footer (bottom) in small type."""
    pages = []
    for number, body in enumerate(bodies, 1):
        stream = show(LEFT, 800, header, size=8) + L.lines([body], y=760, measure=measure)
        stream += show(LEFT, 40, footer.replace("#", str(number)), size=8)
        pages.append(stream)
    return Page(pages)
