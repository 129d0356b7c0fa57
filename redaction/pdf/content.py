"""What the interpreter finds on a page: text runs, image draws, and the streams they came from.

A :class:`Context` is one stream *as drawn once*: the page's content, or a Form XObject at one of
its invocations (the same form drawn twice is two contexts, since a box may cover only one of
them). A :class:`TextRun` is one text-showing operation: its glyphs laid out along a frame whose
x axis is the writing direction, so one matrix maps every glyph of the run to page space.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from redaction.pdf.fonts import FontModel, GlyphCode
from redaction.pdf.geometry import Matrix, Quad, transform
from redaction.pdf.lexer import Operation

__all__ = ["Context", "ImageDraw", "PageContent", "TextRun"]


@dataclass(slots=True, eq=False)
class Context:
    kind: str  # "page", "form", "pattern", "smask"
    data: bytes
    operations: list[Operation]
    resources: Any  # pypdf DictionaryObject or None
    stream: Any = None  # the pypdf stream object (forms, patterns)
    parent: Context | None = None
    invoked_at: int | None = None  # index of the ``Do`` in the parent context
    name: str | None = None  # resource name it was invoked by
    hidden_ops: set[int] = field(default_factory=set)  # optional content that is off: deleted
    marked_ops: list[int] = field(default_factory=list)  # BDC with property lists (ActualText, Alt)
    children: dict[int, Context] = field(default_factory=dict)  # op index -> invoked form
    base_ctm: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)  # CTM when the stream starts


@dataclass(slots=True, eq=False)
class TextRun:
    """The glyphs of one text-showing operation.

    Frame units: x runs along the writing direction, before horizontal scaling (which lives in
    ``matrix``); ``starts``/``ends`` bound each glyph along x, ``low``/``high`` bound all of them
    across it. ``advances`` are the displacements the rewriter must keep when it removes glyphs.
    """

    context: Context
    op_index: int
    font: FontModel
    size: float
    matrix: Matrix  # frame -> page user space
    render_mode: int
    vertical: bool
    glyphs: list[GlyphCode]
    items: list[int]  # index of the string in a TJ array (0 for Tj, ' and ")
    starts: list[float]
    ends: list[float]
    advances: list[float]
    low: float
    high: float
    hidden: bool = False  # inside optional content that is off

    def centre(self, index: int) -> tuple[float, float]:
        return transform(self.matrix, (self.starts[index] + self.ends[index]) / 2, (self.low + self.high) / 2)

    def quad(self, first: int, last: int) -> Quad:
        """Box of glyphs ``first..last`` (inclusive), in page user space."""
        x0 = min(self.starts[first : last + 1])
        x1 = max(self.ends[first : last + 1])
        return Quad.from_frame(self.matrix, x0, self.low, x1, self.high)

    def bounds(self) -> tuple[float, float, float, float]:
        if not self.glyphs:
            return (0.0, 0.0, 0.0, 0.0)
        return self.quad(0, len(self.glyphs) - 1).bounds

    @property
    def height(self) -> float:
        """Height of the glyph box in page units (for spacing decisions)."""
        c, d = self.matrix[2], self.matrix[3]
        return abs(self.high - self.low) * (c * c + d * d) ** 0.5


@dataclass(slots=True, eq=False)
class ImageDraw:
    context: Context
    op_index: int
    matrix: Matrix  # the image's unit square -> page user space
    name: str | None  # resource name (None for an inline image)
    image: Any  # pypdf stream object, or the inline ``(settings, data)``
    hidden: bool = False

    @property
    def inline(self) -> bool:
        return self.name is None

    def quad(self) -> Quad:
        return Quad.from_frame(self.matrix, 0.0, 0.0, 1.0, 1.0)


@dataclass(slots=True)
class PageContent:
    page_index: int
    roots: list[Context]  # the page's own content, then the flattened annotations
    runs: list[TextRun] = field(default_factory=list)
    images: list[ImageDraw] = field(default_factory=list)
    contexts: list[Context] = field(default_factory=list)
    undecodable_glyphs: int = 0
    glyph_count: int = 0
