"""Reading a page before anything is removed: its glyphs, its text, and the text in its images.

Annotations are flattened first (their appearances join the page as a second content part), and
the page gets its own ``/Resources`` dictionary (LibreOffice shares one between pages, and the
redactor adds entries per page). Images large enough to carry text are OCR'd; where that is
needed and no OCR engine is available, the page is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pypdf.generic import DictionaryObject, NameObject

from redaction.pdf import _pypdf_private as private
from redaction.pdf.annotations import FlattenedAnnotations, flatten_annotations
from redaction.pdf.carriers import RESOURCE_CATEGORIES
from redaction.pdf.content import ImageDraw, PageContent
from redaction.pdf.errors import (
    LimitExceededError,
    OcrUnavailableError,
    OcrUnsureError,
    UnsupportedImageError,
)
from redaction.pdf.fieldorder import annotation_order
from redaction.pdf.geometry import Quad, transform
from redaction.pdf.interpreter import Interpreter
from redaction.pdf.limits import Deadline, Limits
from redaction.pdf.ocr import TARGET_DPI, UNSURE_CONFIDENCE, OcrEngine, OcrWord
from redaction.pdf.optional_content import OptionalContent
from redaction.pdf.pagetext import PageText, build_page_text
from redaction.pdf.pdfobjects import inline_image_stream
from redaction.pdf.resources import page_content_bytes

__all__ = ["ImageText", "PageAnalysis", "analyse_page", "image_text", "ocr_worthy", "own_resources", "read_images"]

MIN_OCR_POINTS = (36.0, 9.0)  # drawn at least half an inch wide and a small line high
MIN_OCR_PIXELS = (24, 8)
UNSURE_MIN_WORDS = 3
UNSURE_SHARE = 0.3


@dataclass(slots=True)
class ImageText:
    """What OCR read in one drawn image: words, and a text with each character's word."""

    draw: ImageDraw
    size: tuple[int, int]
    words: list[OcrWord]
    text: str
    owners: list[int | None]

    def without(self, covered: list[Quad]) -> ImageText:
        """What OCR would read once the words whose centres lie in ``covered`` are blanked."""
        kept = [word for index, word in enumerate(self.words)
                if not any(box.contains(*self.word_centre(index)) for box in covered)]
        return image_text(self.draw, self.size, kept)

    def word_centre(self, index: int) -> tuple[float, float]:
        word = self.words[index]
        width, height = self.size
        u = (word.left + word.width / 2) / width
        v = 1 - (word.top + word.height / 2) / height
        return transform(self.draw.matrix, u, v)

    def word_quad(self, indices: list[int], pad: float) -> Quad:
        width, height = self.size
        left = min(self.words[i].left for i in indices)
        top = min(self.words[i].top for i in indices)
        right = max(self.words[i].left + self.words[i].width for i in indices)
        bottom = max(self.words[i].top + self.words[i].height for i in indices)
        frame = Quad.from_frame(self.draw.matrix, left / width, 1 - bottom / height, right / width, 1 - top / height)
        return frame.padded(pad)


@dataclass(slots=True)
class PageAnalysis:
    index: int
    page: Any  # the reader's PageObject (rewritten in place when the output is built)
    resources: DictionaryObject
    annotations: FlattenedAnnotations
    content: PageContent
    text: PageText
    images_text: list[ImageText] = field(default_factory=list)


def own_resources(resources: Any) -> DictionaryObject:
    """A copy of a resource dictionary that this page alone may change (categories copied too)."""
    resources = resources.get_object() if resources is not None else None
    copy = DictionaryObject()
    if isinstance(resources, DictionaryObject):
        for key, value in resources.items():
            resolved = value.get_object() if key in RESOURCE_CATEGORIES else None
            copy[NameObject(key)] = DictionaryObject(resolved) if isinstance(resolved, DictionaryObject) else value
    return copy


def analyse_page(index: int, page: Any, *, interpreter: Interpreter, optional: OptionalContent,
                 limits: Limits) -> PageAnalysis:
    resources = own_resources(page.get("/Resources"))
    existing = resources.get("/XObject")
    taken = frozenset(existing.keys()) if isinstance(existing, DictionaryObject) else frozenset()
    annotations = flatten_annotations(page, optional, taken=taken)
    if annotations.xobjects:
        xobjects = resources.get("/XObject")
        if not isinstance(xobjects, DictionaryObject):
            xobjects = DictionaryObject()
            resources[NameObject("/XObject")] = xobjects
        for name, stream in annotations.xobjects.items():
            xobjects[NameObject(name)] = stream
    parts = [page_content_bytes(page, limits)]
    if annotations.content:
        parts.append(annotations.content)
    content = interpreter.page(index, parts, resources)
    text = build_page_text(content.runs, order=annotation_order(content))
    return PageAnalysis(index, page, resources, annotations, content, text)


def ocr_worthy(draw: ImageDraw, size: tuple[int, int]) -> bool:
    x0, y0, x1, y1 = draw.quad().bounds
    long_side, short_side = max(x1 - x0, y1 - y0), min(x1 - x0, y1 - y0)
    return (not draw.hidden and long_side >= MIN_OCR_POINTS[0] and short_side >= MIN_OCR_POINTS[1]
            and max(size) >= MIN_OCR_PIXELS[0] and min(size) >= MIN_OCR_PIXELS[1])


def _image_size(draw: ImageDraw) -> tuple[int, int]:
    if draw.inline:
        settings = draw.image[0]
        width, height = settings.get("/W", settings.get("/Width")), settings.get("/H", settings.get("/Height"))
    else:
        width, height = draw.image.get("/Width"), draw.image.get("/Height")
    if isinstance(width, int) and isinstance(height, int):
        return width, height
    return 0, 0


def _picture(draw: ImageDraw, resources: Any) -> Any:
    stream = inline_image_stream(draw.image[0], draw.image[1], resources) if draw.inline else draw.image
    try:
        return private.decode_image_with_pypdf(stream)
    except Exception as error:  # pypdf raises many kinds for images it cannot decode
        raise UnsupportedImageError(
            f"an image that may hold text cannot be decoded for OCR ({type(error).__name__})"
        ) from error


def read_images(analysis: PageAnalysis, engine: OcrEngine | None, *, covered: list[Quad], budget: list[int],
                limits: Limits, deadline: Deadline) -> None:
    """OCR every image on the page that could carry text (and is not wholly under an area)."""
    for draw in analysis.content.images:
        deadline.check("reading text in images")
        size = _image_size(draw)
        if not ocr_worthy(draw, size) or any(_inside(draw.quad(), area) for area in covered):
            continue
        page_number = analysis.index + 1
        if engine is None or not engine.available():
            raise OcrUnavailableError(
                f"page {page_number} has an image that may hold text, and OCR (tesseract) is not available"
            )
        budget[0] -= 1
        if budget[0] < 0:
            raise LimitExceededError(f"more than {limits.max_ocr_images} images need OCR")
        if size[0] * size[1] > limits.max_image_pixels:
            raise LimitExceededError(f"an image on page {page_number} is larger than {limits.max_image_pixels} pixels")
        picture = _picture(draw, analysis.resources)
        words = _ocr(engine, picture, draw, size)
        _check_sure(words, page_number)
        analysis.images_text.append(image_text(draw, picture.size, words))


def _ocr(engine: OcrEngine, picture: Any, draw: ImageDraw, size: tuple[int, int]) -> list[OcrWord]:
    x0, y0, x1, y1 = draw.quad().bounds
    inches = max(x1 - x0, y1 - y0) / 72.0
    dpi = max(size) / inches if inches > 0 else TARGET_DPI
    scaled = getattr(engine, "words_at", None)
    if scaled is not None:
        return scaled(picture, scale=TARGET_DPI / dpi if dpi > 0 else 1.0)
    return engine.words(picture)


def _check_sure(words: list[OcrWord], page_number: int) -> None:
    wordlike = [w for w in words if sum(c.isalnum() for c in w.text) >= 3]
    unsure = [w for w in wordlike if w.confidence < UNSURE_CONFIDENCE]
    if len(unsure) >= UNSURE_MIN_WORDS and len(unsure) >= UNSURE_SHARE * len(wordlike):
        raise OcrUnsureError(
            f"page {page_number}: OCR could not read an image reliably ({len(unsure)} of {len(wordlike)} "
            f"words below confidence {UNSURE_CONFIDENCE:g}); cover it with an area or use a clearer scan"
        )


def image_text(draw: ImageDraw, size: tuple[int, int], words: list[OcrWord]) -> ImageText:
    chars: list[str] = []
    owners: list[int | None] = []
    previous_line = None
    for index, word in enumerate(words):
        if chars:
            separator = "\n" if word.line != previous_line else " "
            chars.append(separator)
            owners.append(None)
        for char in word.text:
            chars.append(char)
            owners.append(index)
        previous_line = word.line
    return ImageText(draw, size, words, "".join(chars), owners)


def _inside(quad: Quad, area: Quad) -> bool:
    return all(area.contains(x, y) for x, y in quad.points)
