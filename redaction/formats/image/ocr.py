"""Reading frames: each prepared the photo way, read, the best variant chosen; usable by the PDF path.

:func:`read_frames` reads every frame in grey (and the photo around a page), and reads again,
Sauvola-binarised, the frames whose grey reading is unsure, and turned upright (tesseract's
orientation detection) the frames that read badly; :func:`best_reading` picks a frame's
reading by mean word confidence, scaled down for a variant that read fewer sure words (dropping the
hard words must not win). :func:`prepared_words` is the same for one image, as plain
:class:`~redaction.pdf.ocr.OcrWord` s in the image's own pixels: what ``redaction.pdf`` calls for the
images in a PDF (a scan or a phone photo wrapped in a PDF), with its own engine and cache.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from PIL import Image

from redaction.formats.image.preprocess import FrameVariants, Prepared
from redaction.formats.image.reading import Reading, read_all
from redaction.pdf.ocr import OcrWord, TesseractOcr

__all__ = ["PAGE_VARIANTS", "best_reading", "prepared_words", "read_frames", "unsure"]

FIRST_PSM = 3
UNSURE_CONFIDENCE = 60.0
SURE_MEAN = 88.0  # a grey reading below this mean confidence is tried again binarised
SURE_SHARE = 0.05  # ... or with more than this share of its words unsure
PAGE_VARIANTS = ("grey", "sauvola", "turned")
MIN_SURE_WORDS = 10  # a frame read with fewer sure words (or unsure on average) is checked for text
                    # upside down or sideways
MIN_PREPARED_SIDE = 64  # smaller images (a logo, a signature strip) are read as they are


def unsure(reading: Reading) -> bool:
    """A reading worth a second variant: few words, a low mean confidence, or many unsure words."""
    words = [word for word in reading.words if word.wordlike]
    doubtful = sum(1 for word in words if word.confidence < UNSURE_CONFIDENCE)
    return len(words) < 5 or reading.mean_confidence < SURE_MEAN or doubtful > SURE_SHARE * len(words)


def best_reading(readings: Sequence[Reading]) -> Reading:
    """The page variant read best (see the module docstring)."""
    page = [reading for reading in readings if reading.variant in PAGE_VARIANTS] or list(readings)
    most = max(reading.confident_words for reading in page)

    def score(reading: Reading) -> float:
        return reading.mean_confidence * min(1.0, reading.confident_words / most) if most else 0.0

    return max(page, key=score)


def read_frames(grays: Sequence[np.ndarray], *, workers: int, engine: TesseractOcr | None = None,
                check: Callable[[str], None] = lambda doing: None, fallback_scale: float = 1.0,
                ) -> tuple[list[Reading], dict[tuple[int, str], Prepared]]:
    """Every frame read (see the module docstring); the readings, and the prepared images by
    (frame, variant name). ``check`` is called between steps (a deadline)."""
    frames = []
    jobs: list[tuple[int, Prepared]] = []
    for index, gray in enumerate(grays):
        check("preparing the image for OCR")
        frames.append(FrameVariants(gray, fallback_scale=fallback_scale))
        around = frames[-1].surroundings()
        jobs += [(index, frames[-1].grey())] + ([(index, around)] if around is not None else [])
    check("reading the image")
    readings = read_all(jobs, psm=FIRST_PSM, workers=workers, engine=engine)
    again = [(r.frame, frames[r.frame].sauvola()) for r in readings if r.variant == "grey" and unsure(r)]
    if again:
        check("reading the image again")
        readings += read_all(again, psm=FIRST_PSM, workers=workers, engine=engine)
        jobs += again
    turned = _turned(frames, readings, engine or TesseractOcr(), fallback_scale)
    if turned:
        check("reading the image turned upright")
        readings += read_all(turned, psm=FIRST_PSM, workers=workers, engine=engine)
        jobs += turned
    return readings, {(frame, prepared.name): prepared for frame, prepared in jobs}


def _turned(frames: Sequence[FrameVariants], readings: Sequence[Reading], engine: TesseractOcr,
            fallback_scale: float) -> list[tuple[int, Prepared]]:
    """For each frame that read badly (text upside down or sideways, and no EXIF orientation said so),
    the frame turned as tesseract's orientation detection says, to be read again."""
    jobs = []
    for index, variants in enumerate(frames):
        own = [reading for reading in readings if reading.frame == index]
        best = best_reading(own)
        if best.confident_words >= MIN_SURE_WORDS and best.mean_confidence >= UNSURE_CONFIDENCE:
            continue
        clockwise = engine.rotation(Image.fromarray(variants.grey().image, "L"))
        if clockwise:
            upright = FrameVariants(variants.original, fallback_scale=fallback_scale, clockwise=clockwise)
            jobs.append((index, upright.grey(name="turned")))
    return jobs


def prepared_words(image: Image.Image, *, engine: TesseractOcr, scale: float = 1.0) -> list[OcrWord]:
    """The words of one image read the photo way, each box the bounding rectangle (in the image's own
    pixels) of where the word lies; the surroundings' lines numbered after the page's. ``scale`` is
    the enlargement to use when the letters cannot be measured (too few of them)."""
    if min(image.size) < MIN_PREPARED_SIDE:
        return engine.words_at(image, scale=scale, prepare=False)
    gray = np.asarray(image.convert("L"))
    readings, _ = read_frames([gray], workers=1, engine=engine, fallback_scale=scale)
    best = best_reading(readings)
    chosen = [best] + [reading for reading in readings if reading.variant == "surroundings"]
    words: list[OcrWord] = []
    width, height = image.size
    for number, reading in enumerate(chosen):
        for index, word in enumerate(reading.words):
            quad = reading.quad([index])
            x0 = max(0, int(min(x for x, _ in quad)))
            y0 = max(0, int(min(y for _, y in quad)))
            x1 = min(width, int(max(x for x, _ in quad) + 0.999))
            y1 = min(height, int(max(y for _, y in quad) + 0.999))
            if x1 > x0 and y1 > y0:
                block, paragraph, line = word.line
                words.append(OcrWord(word.text, word.confidence, x0, y0, x1 - x0, y1 - y0,
                                     (block + 10_000 * number, paragraph, line)))
    return words
