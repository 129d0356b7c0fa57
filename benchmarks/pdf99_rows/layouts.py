"""Page layouts drawn as PDF content streams, for the pdf99 rows: each takes the plain text a reader would read
and draws it as a producer lays it out (columns, tables, wrapped and hyphenated lines, letter-spaced headings,
glyph-by-glyph positioning, rotated stamps, form fields, ligatures, repeated headers). Helvetica (/F1, standard
encoding with WinAnsi) only, so no font program is needed; widths come from its AFM metrics, so line wraps fall
where a word processor would put them."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from redaction.pdf import _pypdf_private as private

SIZE = 11.0
LEADING = 14.0
TOP = 740.0
LEFT = 72.0
_METRICS = private.core_font_metrics("Helvetica")


def width(text: str, size: float = SIZE) -> float:
    assert _METRICS is not None
    return sum(_METRICS.widths.get(char, _METRICS.default_width) for char in text) * size / 1000


def literal(text: str) -> bytes:
    """A PDF string literal in WinAnsi (the rows use Latin-1 letters only)."""
    data = text.encode("cp1252")
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def show(x: float, y: float, text: str, *, size: float = SIZE, font: str = "/F1", extra: bytes = b"") -> bytes:
    return (f"BT {font} {size:g} Tf ".encode() + extra + f" {x:.2f} {y:.2f} Td ".encode() + literal(text)
            + b" Tj ET\n")


@dataclass
class Page:
    """What one row draws: content streams per page, and extra page entries (annotations) for build_pdf."""

    pages: list[bytes]
    annotations: list[list[Any]] = field(default_factory=list)  # per page: (rect, value) widgets
    fonts: dict[str, Any] = field(default_factory=dict)


def wrap(text: str, measure: float, *, size: float = SIZE, hyphenate: dict[str, str] | None = None) -> list[str]:
    """Greedy line filling as a word processor does; ``hyphenate`` maps a word to its break ("Wojcie-|chowski")
    used when the whole word does not fit but its first part does."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if width(trial, size) <= measure:
            line = trial
            continue
        split = (hyphenate or {}).get(word)
        if split:
            head, tail = split.split("|")
            if width(f"{line} {head}", size) <= measure:
                lines.append(f"{line} {head}")
                line = tail
                continue
        lines.append(line)
        line = word
    if line:
        lines.append(line)
    return lines


def paragraph(text: str, x: float, y: float, measure: float, **options: Any) -> tuple[bytes, float]:
    """``text`` wrapped to ``measure`` points from (x, y) down; returns the stream and the next baseline."""
    out = b""
    for line in wrap(text, measure, **options):
        out += show(x, y, line)
        y -= LEADING
    return out, y - LEADING / 2


def lines(texts: Sequence[str], *, x: float = LEFT, y: float = TOP, measure: float = 450) -> bytes:
    """Paragraphs one under another (each wrapped to ``measure``)."""
    out = b""
    for text in texts:
        part, y = paragraph(text, x, y, measure)
        out += part
    return out


def two_columns(left: str, right: str, *, by_rows: bool = False, hyphenate: dict[str, str] | None = None) -> bytes:
    """Two newspaper columns of 215 pt; ``by_rows`` emits the lines across both columns in turn (as some producers
    do), otherwise the whole left column first."""
    a = wrap(left, 215, hyphenate=hyphenate)
    b = wrap(right, 215, hyphenate=hyphenate)
    left_lines = [show(LEFT, TOP - i * LEADING, t) for i, t in enumerate(a)]
    right_lines = [show(LEFT + 240, TOP - i * LEADING, t) for i, t in enumerate(b)]
    if not by_rows:
        return b"".join(left_lines + right_lines)
    out = b""
    for index in range(max(len(left_lines), len(right_lines))):
        out += (left_lines[index] if index < len(left_lines) else b"")
        out += (right_lines[index] if index < len(right_lines) else b"")
    return out


def table(rows: Sequence[Sequence[str]], columns: Sequence[float], *, by_columns: bool = False,
          rules: bool = True) -> bytes:
    """Cells at the given left edges, one row per 18 pt, ruled; ``by_columns`` emits the cells column by column."""
    cells = [(r, c, show(columns[c] + 3, TOP - r * 18, text, size=10)) for r, row in enumerate(rows)
             for c, text in enumerate(row)]
    if by_columns:
        cells.sort(key=lambda cell: (cell[1], cell[0]))
    out = b"".join(cell[2] for cell in cells)
    if rules:
        right = columns[-1] + 150
        for r in range(len(rows) + 1):
            out += f"{columns[0]:.1f} {TOP + 13 - r * 18:.1f} m {right:.1f} {TOP + 13 - r * 18:.1f} l S\n".encode()
    return out


def letter_spaced(x: float, y: float, text: str, spacing: float, *, size: float = SIZE) -> bytes:
    """A heading set with character spacing (``Tc``): the gaps come from the spacing, not from space glyphs."""
    return show(x, y, text, size=size, extra=f"{spacing:g} Tc".encode())


def glyph_by_glyph(x: float, y: float, text: str, *, size: float = SIZE, tracking: float = 0.0) -> bytes:
    """Each character its own text object at its own position (as some report generators write)."""
    out = b""
    for char in text:
        if char != " ":
            out += show(x, y, char, size=size)
        x += width(char, size) + tracking
    return out


def kerned_words(x: float, y: float, text: str, *, adjust: float, size: float = SIZE) -> bytes:
    """One TJ array with no space glyphs: the words are separated by ``adjust`` thousandths of an em (justified
    text from producers that position words instead of drawing spaces)."""
    parts = b" ".join(literal(word) + f" {-adjust:g}".encode() for word in text.split())
    return f"BT /F1 {size:g} Tf {x:.2f} {y:.2f} Td [".encode() + parts + b"] TJ ET\n"


def rotated(x: float, y: float, text: str, degrees: float, *, size: float = SIZE) -> bytes:
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return (f"BT /F1 {size:g} Tf {c:.4f} {s:.4f} {-s:.4f} {c:.4f} {x:.2f} {y:.2f} Tm ".encode() + literal(text)
            + b" Tj ET\n")


LIGATURES = {"fi": 0xAE, "fl": 0xAF}  # their codes in the standard encoding


def with_ligatures(x: float, y: float, text: str, *, size: float = SIZE) -> bytes:
    """``text`` drawn in /F2 (Helvetica, standard encoding), "fi" and "fl" as their ligature glyphs."""
    data = bytearray()
    index = 0
    while index < len(text):
        pair = text[index:index + 2]
        if pair in LIGATURES:
            data.append(LIGATURES[pair])
            index += 2
            continue
        data += text[index].encode("cp1252")
        index += 1
    escaped = bytes(data).replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return f"BT /F2 {size:g} Tf {x:.2f} {y:.2f} Td (".encode() + escaped + b") Tj ET\n"
