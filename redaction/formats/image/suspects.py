"""What the reviewer must look at: text OCR could not read with confidence, and marks it did not read.

A phone photo has words OCR reads at 40 % confidence, and marks that look like a line of writing
(a signature, handwriting, a stamp, faint print) where it reads nothing at all. Neither may be
released silently, and neither should block a whole document: each becomes a :class:`Suspect` with
its box on the original frame, for the reviewer to cover with an area or to pass.

* unsure words: below :data:`UNSURE_CONFIDENCE`, word-sized (not specks or a picture's texture),
  not under a box, and not read confidently at the same place by another variant;
* unread marks: a row of at least three letter-sized components of similar height on one line,
  where no reading has any word.

Each is a ``redaction.verify.Suspect`` with the reason "unreadable text": ``start``/``end``/``text``
locate an unsure word in its frame's reading (0/0/"" for unread marks), ``page`` is the frame (from 1),
``box`` its box in the frame's pixels, and ``location`` says what the reviewer is looking at.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from redaction.formats.image.geometry import to_original
from redaction.formats.image.measure import text_lines
from redaction.formats.image.ocr import UNSURE_CONFIDENCE
from redaction.formats.image.preprocess import Prepared
from redaction.formats.image.reading import Box, Reading
from redaction.verify import Suspect

__all__ = ["MAX_SUSPECTS_PER_FRAME", "UNSURE_CONFIDENCE", "Suspect", "unread_marks", "unsure_words"]

CONFIRMED_CONFIDENCE = 80.0
MAX_SUSPECTS_PER_FRAME = 40


UNREADABLE = "unreadable text"  # redaction.verify.REASONS


def _bounds(points: Sequence[tuple[float, float]], size: tuple[int, int]) -> tuple[float, float, float, float]:
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    return (float(max(0, int(min(xs)))), float(max(0, int(min(ys)))), float(min(size[0], int(max(xs) + 1))),
            float(min(size[1], int(max(ys) + 1))))


def _under(x: float, y: float, frame: int, boxes: Sequence[Box]) -> bool:
    return any(box.frame == frame and box.contains(x, y) for box in boxes)


def _confirmed(quad: Box, others: Sequence[Reading]) -> bool:
    for other in others:
        for index, word in enumerate(other.words):
            if word.confidence >= CONFIRMED_CONFIDENCE and word.wordlike and quad.contains(*other.centre(index)):
                return True
    return False


def unsure_words(best: Reading, others: Sequence[Reading], boxes: Sequence[Box], size: tuple[int, int]) -> list[Suspect]:
    """Runs of unsure words on one line of ``best`` (see the module docstring)."""
    sure = [w.rect[3] - w.rect[1] for w in best.words if w.wordlike and w.confidence >= CONFIRMED_CONFIDENCE]
    typical = float(np.median(sure)) if sure else None
    runs: list[list[int]] = []
    for index, word in enumerate(best.words):
        if word.confidence >= UNSURE_CONFIDENCE or not word.wordlike or _under(*best.centre(index), best.frame, boxes):
            continue
        height = word.rect[3] - word.rect[1]
        if typical is not None and not 0.5 * typical <= height <= 2.5 * typical:
            continue
        if _confirmed(Box(best.frame, best.quad([index]), "", ""), others):
            continue
        if runs and runs[-1][-1] == index - 1 and best.words[index - 1].line == word.line:
            runs[-1].append(index)
        else:
            runs.append([index])
    suspects = []
    for run in runs[:MAX_SUSPECTS_PER_FRAME]:
        start = best.owners.index(run[0])
        end = len(best.owners) - best.owners[::-1].index(run[-1])
        lowest = min(best.words[i].confidence for i in run)
        suspects.append(Suspect(start, end, best.text[start:end], UNREADABLE,
                                location=f"page {best.frame + 1}: OCR read this with confidence {lowest:.0f} of 100",
                                page=best.frame + 1, box=_bounds(best.quad(run, pad=2.0), size)))
    return suspects


def unread_marks(prepared: Prepared, frame: int, readings: Sequence[Reading], boxes: Sequence[Box],
                 size: tuple[int, int]) -> list[Suspect]:
    """Lines of letter-like marks in ``prepared`` where no reading of the frame has a word."""
    mine = [reading for reading in readings if reading.frame == frame]
    suspects: list[Suspect] = []
    for x, y, width, height in text_lines(prepared.image):
        quad = to_original(prepared.geometry, [(x, y), (x + width, y), (x + width, y + height), (x, y + height)])
        region = Box(frame, (quad[0], quad[1], quad[2], quad[3]), "", "")
        centre_x = sum(p[0] for p in quad) / 4
        centre_y = sum(p[1] for p in quad) / 4
        if _under(centre_x, centre_y, frame, boxes):
            continue
        if any(region.contains(*reading.centre(i)) for reading in mine for i in range(len(reading.words))):
            continue
        suspects.append(Suspect(0, 0, "", UNREADABLE,
                                location=f"page {frame + 1}: marks that look like a line of text, where OCR read nothing",
                                page=frame + 1, box=_bounds(quad, size)))
        if len(suspects) >= MAX_SUSPECTS_PER_FRAME:
            break
    return suspects
