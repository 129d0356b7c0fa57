"""What OCR read in one prepared variant of a frame: words with their boxes, and the text they make.

Words keep their rectangles in the prepared image's pixels; :meth:`Reading.quad` maps a padded
rectangle back onto the original frame through the inverse of every geometric step, so a box drawn
from it lands on the words as the original shows them (turned, in perspective). The text joins words
with a space, lines with a newline, and remembers which word each character came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace

from PIL import Image

from redaction.formats.image.geometry import Geometry, to_original
from redaction.formats.image.preprocess import Prepared
from redaction.pdf.ocr import OcrWord, TesseractOcr

__all__ = ["Box", "Point", "Reading", "Word", "read_all"]

Point = tuple[float, float]
WORDLIKE = 2  # alphanumerics a token needs to count as a word for confidence figures


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    confidence: float
    rect: tuple[float, float, float, float]  # x0, y0, x1, y1 in the prepared image
    line: tuple[int, int, int]

    @property
    def wordlike(self) -> bool:
        return sum(char.isalnum() for char in self.text) >= WORDLIKE


@dataclass(frozen=True, slots=True)
class Box:
    """A quadrilateral to paint over, in the original frame's pixels (``frame`` counts from 0)."""

    frame: int
    points: tuple[Point, Point, Point, Point]
    type: str
    source: str

    def bounds(self, size: tuple[int, int] | None = None) -> tuple[int, int, int, int]:
        xs = [x for x, _ in self.points]
        ys = [y for _, y in self.points]
        x0, y0, x1, y1 = int(min(xs)), int(min(ys)), int(max(xs) + 0.999), int(max(ys) + 0.999)
        if size is not None:
            x0, y0, x1, y1 = max(0, x0), max(0, y0), min(size[0], x1), min(size[1], y1)
        return x0, y0, x1, y1

    def contains(self, x: float, y: float) -> bool:
        """Inside the (convex) quadrilateral, edges included."""
        signs = []
        for (ax, ay), (bx, by) in zip(self.points, self.points[1:] + self.points[:1]):
            signs.append((bx - ax) * (y - ay) - (by - ay) * (x - ax))
        return all(s >= -1e-9 for s in signs) or all(s <= 1e-9 for s in signs)


@dataclass
class Reading:
    frame: int
    variant: str
    geometry: Geometry
    words: list[Word]
    text: str = ""
    owners: list[int | None] = field(default_factory=list)
    _centres: list[Point] | None = field(default=None, repr=False)

    @classmethod
    def of(cls, frame: int, variant: str, geometry: Geometry, words: Sequence[Word]) -> Reading:
        reading = cls(frame, variant, geometry, list(words))
        chars: list[str] = []
        owners: list[int | None] = []
        previous = None
        for index, word in enumerate(reading.words):
            if chars:
                chars.append("\n" if word.line != previous else " ")
                owners.append(None)
            chars.extend(word.text)
            owners.extend([index] * len(word.text))
            previous = word.line
        reading.text, reading.owners = "".join(chars), owners
        return reading

    @property
    def mean_confidence(self) -> float:
        scores = [word.confidence for word in self.words if word.wordlike]
        return sum(scores) / len(scores) if scores else 0.0

    @property
    def confident_words(self) -> int:
        return sum(1 for word in self.words if word.wordlike and word.confidence >= 60)

    def centre(self, index: int) -> Point:
        """The word's centre on the original frame."""
        if self._centres is None:
            self._centres = to_original(self.geometry, [((w.rect[0] + w.rect[2]) / 2, (w.rect[1] + w.rect[3]) / 2)
                                                        for w in self.words])
        return self._centres[index]

    def quad(self, indices: Sequence[int], *, pad: float = 0.0) -> tuple[Point, Point, Point, Point]:
        """The words' joint rectangle, padded (prepared pixels), as a quadrilateral on the original."""
        x0 = min(self.words[i].rect[0] for i in indices) - pad
        y0 = min(self.words[i].rect[1] for i in indices) - pad
        x1 = max(self.words[i].rect[2] for i in indices) + pad
        y1 = max(self.words[i].rect[3] for i in indices) + pad
        a, b, c, d = to_original(self.geometry, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
        return a, b, c, d

    def without(self, boxes: Sequence[Box]) -> Reading:
        """What the reading would be once the words whose centres lie under ``boxes`` are painted over."""
        mine = [box for box in boxes if box.frame == self.frame]
        kept = [word for index, word in enumerate(self.words)
                if not any(box.contains(*self.centre(index)) for box in mine)]
        return Reading.of(self.frame, self.variant, self.geometry, kept)


def _words(found: list[OcrWord]) -> list[Word]:
    return [Word(w.text, w.confidence, (w.left, w.top, w.left + w.width, w.top + w.height), w.line) for w in found]


def read_all(jobs: Sequence[tuple[int, Prepared]], *, psm: int, workers: int,
             engine: TesseractOcr | None = None) -> list[Reading]:
    """OCR each (frame, prepared variant), ``workers`` tesseract processes at a time (with ``engine``'s
    program and cache, at page segmentation mode ``psm``)."""
    engine = replace(engine, psm=psm) if engine is not None and engine.psm != psm else engine or TesseractOcr(psm=psm)

    def one(job: tuple[int, Prepared]) -> Reading:
        frame, prepared = job
        words = _words(engine.words(Image.fromarray(prepared.image, "L")))
        return Reading.of(frame, prepared.name, prepared.geometry, words)

    if workers <= 1 or len(jobs) <= 1:
        return [one(job) for job in jobs]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(one, jobs))
