"""Fixtures for the PDF redactor's tests: small PDFs built in the test, the shared corpora, the judge."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFilter
from pypdf import PdfReader
from support import require_executable, shared_corpus

from redaction.pdf.geometry import Quad

Builder = Callable[..., bytes]

sys.path.insert(0, str(Path(__file__).parent))  # the tests' own helper modules (pdf_builders)
from pdf_builders import build_pdf, helvetica, stream


@pytest.fixture
def make_pdf() -> Builder:
    return build_pdf


@pytest.fixture(scope="session")
def pdf_builder() -> Builder:
    """``make_pdf`` for module- and session-scoped fixtures."""
    return build_pdf


@pytest.fixture
def pdf_parts() -> SimpleNamespace:
    """Building blocks for hand-made PDFs: ``helvetica()``, ``stream(data, **entries)``."""
    return SimpleNamespace(helvetica=helvetica, stream=stream)


@pytest.fixture(scope="session")
def torture() -> Path:
    return shared_corpus("pdf-torture")


@pytest.fixture(scope="session")
def torture_manifest(torture: Path) -> dict[str, Any]:
    return json.loads((torture / "manifest.json").read_text())


@pytest.fixture(scope="session")
def wild() -> Path:
    return shared_corpus("pdf-wild")


@pytest.fixture(scope="session")
def leakcheck(torture: Path) -> Callable[..., dict[str, list[str]]]:
    """The outside judge: ``leakcheck.py`` run as a subprocess on a file named like the input."""
    for tool in ("pdftotext", "qpdf"):
        require_executable(tool)

    def judge(path: Path, *, ocr: bool = False, secrets: list[str] | None = None) -> dict[str, list[str]]:
        command = [sys.executable, str(torture / "leakcheck.py"), str(path)]
        command += secrets if secrets is not None else ["--manifest", str(torture / "manifest.json")]
        if ocr:
            command.append("--ocr")
        completed = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
        assert completed.returncode in (0, 1), completed.stderr
        result: dict[str, list[str]] = json.loads(completed.stdout)
        return result

    return judge


# Pixel comparison: render with poppler, compare outside the redaction boxes.

DPI = 72
PAD_PIXELS = 3
TOLERANCE = 40  # grey levels
NOISE_PIXELS = 2  # per page: a glyph drawn at another sub-pixel phase can flip a pixel; any real change is dozens


def render(pdf: Path, dpi: int = DPI, password: str | None = None) -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as folder:
        secret = ["-upw", password] if password else []
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", *secret, str(pdf), str(Path(folder, "p"))],
                       check=True, capture_output=True, timeout=300)
        return [Image.open(path).copy() for path in sorted(Path(folder).glob("p*.pgm"))]


def _device(page: Any, dpi: int) -> tuple[float, float, float, float, int]:
    box = page.cropbox  # type: ignore[attr-defined]
    rotate = int(page.get("/Rotate", 0) or 0) % 360  # type: ignore[attr-defined]
    return float(box.left), float(box.bottom), float(box.right), float(box.top), rotate


def to_pixels(page: Any, points: Iterable[tuple[float, float]], dpi: int = DPI) -> list[tuple[float, float]]:
    """User-space points to pixel coordinates of poppler's rendering (crop box and /Rotate applied)."""
    x0, y0, x1, y1, rotate = _device(page, dpi)
    scale = dpi / 72.0
    out = []
    for x, y in points:
        if rotate == 90:
            px, py = (y - y0), (x - x0)
        elif rotate == 180:
            px, py = (x1 - x), (y - y0)
        elif rotate == 270:
            px, py = (y1 - y), (x1 - x)
        else:
            px, py = (x - x0), (y1 - y)
        out.append((px * scale, py * scale))
    return out


def masked_difference(original: Path, redacted: Path, regions: dict[int, Sequence[Sequence[tuple[float, float]]]],
                      dpi: int = DPI, password: str | None = None) -> dict[int, int]:
    """Pixels that changed outside ``regions`` (page index -> quads in user space).

    A pixel has changed when it lies outside the range of the other rendering's 3x3 neighbourhood
    by more than :data:`TOLERANCE`: a glyph removed, added or moved by two pixels or more shows; the
    rasteriser placing the same glyph at a different sub-pixel phase (its position computed by another
    sum of the same advances) does not.
    """
    before, after = render(original, dpi, password), render(redacted, dpi)
    assert len(before) == len(after)
    reader = PdfReader(original, password=password)
    differences = {}
    for index, (first, second) in enumerate(zip(before, after, strict=True)):
        assert first.size == second.size
        mask = Image.new("L", first.size, 0)
        draw = ImageDraw.Draw(mask)
        for points in regions.get(index, ()):
            quad = Quad((points[0], points[1], points[2], points[3])).padded(PAD_PIXELS * 72.0 / dpi)
            draw.polygon(to_pixels(reader.pages[index], quad.points, dpi), fill=255)
        changed = ImageChops.lighter(_outside_neighbourhood(first, second), _outside_neighbourhood(second, first))
        outside = ImageChops.subtract(changed, mask)
        count = outside.size[0] * outside.size[1] - outside.histogram()[0]  # pixels not 0, counted in C
        if count > NOISE_PIXELS:
            differences[index] = count
    return differences


def _outside_neighbourhood(image: Image.Image, other: Image.Image) -> Image.Image:
    low = other.filter(ImageFilter.MinFilter(3))
    high = other.filter(ImageFilter.MaxFilter(3))
    darker = ImageChops.subtract(low, image)  # how far below the neighbourhood's darkest
    lighter = ImageChops.subtract(image, high)  # how far above its lightest
    return ImageChops.lighter(darker, lighter).point(lambda v: 255 if v > TOLERANCE else 0)


@pytest.fixture(scope="session")
def pixel_diff() -> Callable[..., dict[int, int]]:
    require_executable("pdftoppm")
    return masked_difference


def annotation_rects(path: Path, *, flattened_too: bool, password: str | None = None
                     ) -> dict[int, list[list[tuple[float, float]]]]:
    """Where the original has annotations the viewer draws itself (without an appearance stream of
    their own: we drop those), or all annotations (flattened ones are drawn by the page afterwards,
    by another rendering path, so they match by eye but not to the pixel)."""
    regions: dict[int, list[list[tuple[float, float]]]] = {}
    for index, page in enumerate(PdfReader(path, password=password).pages):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if "/Rect" in annotation and (flattened_too or "/AP" not in annotation):
                xs, ys = [float(v) for v in annotation["/Rect"][::2]], [float(v) for v in annotation["/Rect"][1::2]]
                x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
                if annotation.get("/Subtype") == "/Text" and "/AP" not in annotation:  # the viewer's 24 pt icon
                    x1, y0 = max(x1, x0 + 24), min(y0, y1 - 24)
                regions.setdefault(index, []).append([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
    return regions


@pytest.fixture(scope="session")
def annotation_regions() -> Callable[..., dict[int, list[list[tuple[float, float]]]]]:
    return annotation_rects
