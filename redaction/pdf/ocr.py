"""OCR of images with tesseract (Debian ``tesseract-ocr``), run as a subprocess.

Images are OCR'd at their own pixels, upscaled towards :data:`TARGET_DPI` when they are drawn at
a lower resolution. Results are cached by the image's pixels, so the verifier re-reading an
unchanged image costs nothing and a blanked one is read again.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from typing import Protocol

from PIL import Image

from redaction.pdf.errors import OcrUnavailableError, UnsupportedContentError

__all__ = ["UNSURE_CONFIDENCE", "OcrEngine", "OcrWord", "TesseractOcr"]

TARGET_DPI = 300
MAX_UPSCALE = 4.0
MAX_OCR_PIXELS = 40_000_000
UNSURE_CONFIDENCE = 60.0
MIN_ORIENTATION_CONFIDENCE = 2.0  # tesseract's own scale: below it, its guess is noise


@dataclass(frozen=True, slots=True)
class OcrWord:
    """A word tesseract read, with its box in the pixels of the image it was given."""

    text: str
    confidence: float
    left: int
    top: int
    width: int
    height: int
    line: tuple[int, int, int]  # (block, paragraph, line)


class OcrEngine(Protocol):
    def available(self) -> bool: ...

    def words(self, image: Image.Image) -> list[OcrWord]: ...


@dataclass
class TesseractOcr:
    executable: str = "tesseract"
    languages: str = "eng"
    timeout_seconds: float = 120.0
    psm: int = 3  # page segmentation: 3 automatic, 6 one block, 11 sparse text (any order)
    _cache: dict[bytes, list[OcrWord]] = field(default_factory=dict, repr=False)

    def available(self) -> bool:
        return shutil.which(self.executable) is not None

    def words(self, image: Image.Image) -> list[OcrWord]:
        """Words in ``image`` (coordinates in its own pixels, whatever upscaling was used)."""
        prepared = image.convert("L") if image.mode not in ("L", "RGB") else image
        digest = hashlib.sha256(prepared.tobytes() + repr(prepared.size).encode()).digest()
        cached = self._cache.get(digest)
        if cached is None:
            cached = self._run(prepared)
            self._cache[digest] = cached
        return cached

    def words_at(self, image: Image.Image, *, scale: float, prepare: bool = True) -> list[OcrWord]:
        """OCR with boxes in ``image``'s own pixels. ``prepare``: the way photos are read
        (:func:`redaction.formats.image.ocr.prepared_words`: the page straightened, light flattened,
        lines levelled, letters measured and scaled; ``scale`` only where there are too few letters to
        measure); otherwise upscaled by ``scale`` alone (at most :data:`MAX_UPSCALE`)."""
        if prepare:
            from redaction.formats.image.ocr import prepared_words

            return prepared_words(image, engine=self, scale=scale)
        scale = max(1.0, min(scale, MAX_UPSCALE))
        width, height = image.size
        while scale > 1.0 and width * height * scale * scale > MAX_OCR_PIXELS:
            scale *= 0.8
        if scale <= 1.01:
            return self.words(image)
        bigger = image.convert("L").resize((round(width * scale), round(height * scale)), Image.Resampling.LANCZOS)
        return [
            OcrWord(w.text, w.confidence, int(w.left / scale), int(w.top / scale),
                    max(1, round(w.width / scale)), max(1, round(w.height / scale)), w.line)
            for w in self.words(bigger)
        ]

    def rotation(self, image: Image.Image) -> int:
        """How far to turn ``image`` clockwise for its text to stand upright (0, 90, 180, 270), from
        tesseract's orientation detection; 0 when it is unsure or finds too little text."""
        completed = self._tesseract(image, ["--psm", "0"], languages="osd")  # "eng" would only guess
        report = completed.stdout.decode("utf-8", "replace") if completed.returncode == 0 else ""
        fields = dict(line.split(":", 1) for line in report.splitlines() if ":" in line)
        try:
            turn, confidence = int(fields.get("Rotate", "0")), float(fields.get("Orientation confidence", "0"))
        except ValueError:
            return 0
        return turn if turn in (90, 180, 270) and confidence >= MIN_ORIENTATION_CONFIDENCE else 0

    def _tesseract(self, image: Image.Image, options: list[str], *,
                   languages: str | None = None) -> subprocess.CompletedProcess[bytes]:
        if not self.available():
            raise OcrUnavailableError("OCR is needed for text in images, but tesseract is not installed")
        buffer = io.BytesIO()
        image.save(buffer, format="PPM")  # uncompressed: no time spent packing pixels tesseract unpacks
        # One thread per tesseract: its OpenMP threads spin against each other (and against a second
        # tesseract) on a small machine, several times slower than one thread each.
        environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        try:
            return subprocess.run(
                [self.executable, "-", "-", "-l", languages or self.languages, *options],
                input=buffer.getvalue(), capture_output=True, timeout=self.timeout_seconds, check=False,
                env=environment,
            )
        except subprocess.TimeoutExpired as error:
            raise UnsupportedContentError(f"OCR took longer than {self.timeout_seconds:g} s on one image") from error
        except OSError as error:
            raise OcrUnavailableError(f"tesseract could not be run ({error})") from error

    def _run(self, image: Image.Image) -> list[OcrWord]:
        completed = self._tesseract(image, ["--psm", str(self.psm), "tsv"])
        if completed.returncode != 0:
            reason = completed.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
            raise UnsupportedContentError(f"OCR failed on an image: {reason[0]}")
        return parse_tsv(completed.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> list[OcrWord]:
    words = []
    for line in tsv.splitlines()[1:]:
        fields = line.split("\t")
        if len(fields) < 12 or fields[0] != "5":
            continue
        text = fields[11].strip()
        if not text:
            continue
        try:
            block, paragraph, row = int(fields[2]), int(fields[3]), int(fields[4])
            left, top, width, height = (int(value) for value in fields[6:10])
            confidence = float(fields[10])
        except ValueError:
            continue
        words.append(OcrWord(text, confidence, left, top, width, height, (block, paragraph, row)))
    return words
