"""Flattening annotations: their visible appearances become page content, then they are dropped.

A form field's value or a FreeText comment is drawn by its appearance stream; once that stream is
drawn by the page itself (as a Form XObject placed on the annotation's rectangle, ISO 32000-1
12.5.5), it is redacted like any other text, and the annotation dictionaries (``/Contents``,
``/T``, ``/V``, popups, actions) can go. Hidden and NoView annotations, popups and annotations
in optional content that is off are not drawn, so they are dropped without flattening.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pypdf.generic import ArrayObject, DictionaryObject, NameObject, StreamObject

from redaction.pdf.geometry import IDENTITY, Matrix, Quad, multiply
from redaction.pdf.optional_content import OptionalContent
from redaction.pdf.rewrite import encode_name, format_number

__all__ = ["FlattenedAnnotations", "flatten_annotations"]

_HIDDEN = 2
_NO_VIEW = 32
_NEVER_DRAWN = {"/Popup"}


@dataclass(slots=True)
class FlattenedAnnotations:
    content: bytes = b""  # ``q cm /Name Do Q`` for each flattened appearance
    xobjects: dict[str, StreamObject] = field(default_factory=dict)
    flattened: int = 0
    dropped: int = 0


def _numbers(value: Any, count: int) -> list[float] | None:
    value = value.get_object() if value is not None else None
    if not isinstance(value, ArrayObject) or len(value) != count:
        return None
    try:
        return [float(item.get_object()) for item in value]
    except (TypeError, ValueError):
        return None


def _appearance(annotation: DictionaryObject) -> StreamObject | None:
    appearances = annotation.get("/AP")
    appearances = appearances.get_object() if appearances is not None else None
    if not isinstance(appearances, DictionaryObject):
        return None
    normal = appearances.get("/N")
    normal = normal.get_object() if normal is not None else None
    if isinstance(normal, DictionaryObject) and not isinstance(normal, StreamObject):
        state = annotation.get("/AS")
        chosen = normal.get(state) if isinstance(state, str) else None
        normal = chosen.get_object() if chosen is not None else None
    return normal if isinstance(normal, StreamObject) else None


def placement(appearance: StreamObject, rect: list[float]) -> Matrix | None:
    """The ``cm`` that draws ``appearance`` (with its own /Matrix) onto the annotation rectangle."""
    bbox = _numbers(appearance.get("/BBox"), 4)
    if bbox is None:
        return None
    form_matrix = _numbers(appearance.get("/Matrix"), 6)
    matrix: Matrix = tuple(form_matrix) if form_matrix else IDENTITY  # type: ignore[assignment]
    x0, y0, x1, y1 = Quad.from_frame(matrix, *bbox).bounds
    if x1 - x0 < 1e-6 or y1 - y0 < 1e-6:
        return None
    rx0, ry0, rx1, ry1 = min(rect[0], rect[2]), min(rect[1], rect[3]), max(rect[0], rect[2]), max(rect[1], rect[3])
    sx, sy = (rx1 - rx0) / (x1 - x0), (ry1 - ry0) / (y1 - y0)
    return multiply((1.0, 0.0, 0.0, 1.0, -x0, -y0), (sx, 0.0, 0.0, sy, rx0, ry0))


def _fresh_name(taken: frozenset[str] | set[str], start: int) -> str:
    number = start
    while f"/Q{number}" in taken:  # neutral names: a letter and digits match no redacted word
        number += 1
    return f"/Q{number}"


def flatten_annotations(page: DictionaryObject, optional: OptionalContent, *,
                        taken: frozenset[str] = frozenset()) -> FlattenedAnnotations:
    """Flatten the page's annotations; their appearances get resource names not in ``taken``."""
    result = FlattenedAnnotations()
    annotations = page.get("/Annots")
    annotations = annotations.get_object() if annotations is not None else None
    if not isinstance(annotations, ArrayObject):
        return result
    parts: list[bytes] = []
    for item in annotations:
        annotation = item.get_object()
        if not isinstance(annotation, DictionaryObject):
            continue
        flags = annotation.get("/F", 0)
        flags = int(flags) if isinstance(flags, (int, float)) else 0
        layer = annotation.get("/OC")
        invisible = (
            annotation.get("/Subtype") in _NEVER_DRAWN
            or flags & (_HIDDEN | _NO_VIEW)
            or (layer is not None and optional.is_hidden(layer.get_object()))
        )
        appearance = None if invisible else _appearance(annotation)
        rect = _numbers(annotation.get("/Rect"), 4)
        matrix = placement(appearance, rect) if appearance is not None and rect is not None else None
        if appearance is None or matrix is None:
            result.dropped += 1
            continue
        name = _fresh_name(taken | result.xobjects.keys(), result.flattened)
        if appearance.get("/Subtype") != "/Form":  # some producers leave it out of appearance streams
            appearance[NameObject("/Type")] = NameObject("/XObject")
            appearance[NameObject("/Subtype")] = NameObject("/Form")
        result.xobjects[name] = appearance
        parts.append(b"q " + b" ".join(format_number(v) for v in matrix) + b" cm " + encode_name(name) + b" Do Q\n")
        result.flattened += 1
    result.content = b"".join(parts)
    return result
