"""Scans and phone photos wrapped in a PDF: read the way photos are read (redaction.formats.image),
so a tilted, shadowed photo of a letter or a 200 dpi scan is redacted, and judged by the outside checker."""

from __future__ import annotations

import io
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from support import require_executable

from redaction.pdf import redact_pdf

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "formats" / "image_torture"))
from letters import family, photograph, render  # noqa: E402

pytestmark = pytest.mark.integration


def wrapped(image: Image.Image, dpi: int) -> bytes:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="PDF", resolution=dpi)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["scan200", "photo"])
def test_a_scan_or_a_photo_in_a_pdf_is_redacted(kind: str, tmp_path: Path, leakcheck: Callable[..., Any]) -> None:
    require_executable("tesseract")
    rng = random.Random(23)
    person = family(rng)
    page = render(person, rng, dpi=200)
    image = page.image if kind == "scan200" else photograph(page, rng, rotation=3.5, perspective=0.04, quality=70).image
    outcome = redact_pdf(wrapped(image, 200), known=person.known(), detect=False)
    output = tmp_path / f"{kind}.pdf"
    output.write_bytes(outcome.pdf_bytes)
    assert leakcheck(output, ocr=True, secrets=person.secrets()) == {}
    assert outcome.report.ocr_images == 1 and len(outcome.boxes) >= len({s for s, _w, _b in page.words})


def test_words_come_back_in_the_image_pixels() -> None:
    require_executable("tesseract")
    from redaction.pdf.ocr import TesseractOcr

    rng = random.Random(4)
    person = family(rng)
    page = render(person, rng, dpi=150)
    photo = photograph(page, rng, rotation=-4.0, perspective=0.03, quality=80)
    words = TesseractOcr().words_at(photo.image, scale=2.0)
    phone = [w for w in words if w.text.startswith(person.phone.split()[1][:4])]
    truth = [quad for secret, word, quad in photo.words if word == person.phone.split()[1]]
    assert phone and truth
    x = phone[0].left + phone[0].width / 2
    y = phone[0].top + phone[0].height / 2
    xs = [p[0] for p in truth[0]]
    ys = [p[1] for p in truth[0]]
    assert min(xs) - 3 <= x <= max(xs) + 3 and min(ys) - 3 <= y <= max(ys) + 3
