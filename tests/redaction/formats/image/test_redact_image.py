"""``redact_image`` end to end: boxes on the original pixels, areas, fail-closed verification, suspects."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import numpy as np
import pytest
from letters import family, jpeg_bytes, photograph, render
from PIL import Image, ImageDraw

from redaction.formats import FormatRequest, LimitExceededError, UnsupportedFormatError, VerificationError
from redaction.formats.errors import FormatError
from redaction.formats.image import ImageLimits, api, redact_image
from redaction.pdf import Area
from redaction.pdf.matcher import Matcher


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def covered_share(output: Image.Image, quad: list[tuple[float, float]]) -> float:
    """Share of a word's quadrilateral that is painted black in ``output``."""
    mask = Image.new("L", output.size, 0)
    ImageDraw.Draw(mask).polygon(quad, fill=255)
    inside = np.asarray(mask) > 0
    dark = np.asarray(output.convert("L")) < 40
    return float((dark & inside).sum() / max(1, inside.sum()))


def test_without_tesseract_images_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api.shutil, "which", lambda name: None)
    with pytest.raises(UnsupportedFormatError, match="tesseract"):
        redact_image(png(Image.new("L", (50, 50), 255)), FormatRequest(detect=False))


def test_bad_requests_are_clear() -> None:
    with pytest.raises(FormatError, match="strings"):
        redact_image(b"", FormatRequest(terms=[3], detect=False))  # type: ignore[list-item]
    with pytest.raises(FormatError, match="known"):
        redact_image(b"", FormatRequest(known={"PERSON": "Ella"}, detect=False))  # a string, not a list


@pytest.mark.integration
def test_a_phone_photo_has_every_identifier_word_boxed(tesseract: str) -> None:
    rng = random.Random(41)
    person = family(rng)
    photo = photograph(render(person, rng, dpi=200), rng, rotation=-4.0, perspective=0.04, shadow=0.5, quality=70)
    outcome = redact_image(jpeg_bytes(photo.image, 70), FormatRequest(known=person.known(), detect=False))
    output = Image.open(io.BytesIO(outcome.data))
    assert output.format == "JPEG" and output.size == photo.image.size
    shares = [covered_share(output, quad) for _secret, _word, quad in photo.words]
    assert min(shares) > 0.9, shares
    report = json.dumps(outcome.report)
    assert not any(value in report for value in person.secrets())  # the report names no identifier
    assert outcome.report["ocr"][0]["page_found"] and outcome.report["second_reader"] == []


@pytest.mark.integration
def test_areas_are_painted_and_checked(tesseract: str) -> None:
    page = Image.new("RGB", (400, 300), "white")
    outcome = redact_image(png(page), FormatRequest(areas=[Area(1, 10, 20, 110, 60)], detect=False))
    output = Image.open(io.BytesIO(outcome.data)).convert("RGB")
    assert output.getpixel((50, 40)) == (0, 0, 0) and output.getpixel((200, 200)) == (255, 255, 255)
    assert outcome.report["counts"] == {"AREA": 1}
    wrapped = redact_image(png(page), FormatRequest(areas=[Area(1, 10, 20, 110, 60)], detect=False, output="pdf"))
    assert wrapped.content_type == "application/pdf" and wrapped.data.startswith(b"%PDF")
    assert wrapped.report["output_format"] == "PDF"
    with pytest.raises(FormatError, match="page 2"):
        redact_image(png(page), FormatRequest(areas=[Area(2, 10, 20, 110, 60)], detect=False))


def letter(text_lines: list[str], size: tuple[int, int] = (1400, 500)) -> Image.Image:
    from PIL import ImageFont

    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    for row, line in enumerate(text_lines):
        draw.text((40, 40 + 70 * row), line, font=font, fill=0)
    return image


@pytest.mark.integration
def test_verification_boxes_what_the_first_reading_missed(monkeypatch: pytest.MonkeyPatch, tesseract: str) -> None:
    data = png(letter(["Our ref 2291", "Child: Marisol Featherstonehaugh", "Thank you"]))
    known = {"PERSON": ["Marisol Featherstonehaugh"]}
    real_plan = api.plan

    def blind(readings, matcher: Matcher, *, fixed=()):  # type: ignore[no-untyped-def]
        return real_plan([], matcher, fixed=fixed)  # the first reading "misses" everything

    monkeypatch.setattr(api, "plan", blind)
    outcome = redact_image(data, FormatRequest(known=known, detect=False))
    assert outcome.report["verification"]["rounds"] == 2 and outcome.report["counts"] == {"PERSON": 1}
    with pytest.raises(VerificationError, match="PERSON"):
        redact_image(data, FormatRequest(known=known, detect=False), limits=ImageLimits(max_rounds=1))


@pytest.mark.integration
def test_marks_ocr_cannot_read_are_suspects_with_their_box(tesseract: str) -> None:
    image = letter(["Dear Parent,", "", "Thank you for coming in.", "Yours sincerely,"], size=(1400, 600))
    draw = ImageDraw.Draw(image)
    rng = random.Random(2)
    for index in range(14):  # a scribbled signature: letter-sized loops on one line
        x = 60 + index * 34
        draw.arc((x, 470, x + 30, 470 + rng.randint(26, 34)), rng.randint(0, 90), rng.randint(250, 360), fill=0, width=4)
    outcome = redact_image(png(image), FormatRequest(detect=False))
    hits = [s for s in outcome.suspects if s.box and s.box[1] < 510 and s.box[3] > 470]
    assert hits, outcome.suspects
    assert all(s.page == 1 for s in outcome.suspects)
    assert outcome.report["suspects"] == len(outcome.suspects)


@pytest.mark.integration
def test_time_is_limited(tesseract: str) -> None:
    ticks = iter(range(0, 10_000, 50))
    with pytest.raises(LimitExceededError, match="longer than"):
        redact_image(png(letter(["Hello"])), FormatRequest(detect=False, max_seconds=120),
                     clock=lambda: float(next(ticks)))


@pytest.mark.integration
def test_a_scan_at_150_dpi_is_read_with_the_detectors(tesseract: str) -> None:
    rng = random.Random(8)
    person = family(rng)
    page = render(person, rng, dpi=150, size_pt=10)
    outcome = redact_image(png(page.image), FormatRequest(detect=True))
    output = Image.open(io.BytesIO(outcome.data))
    for secret in (person.phone, person.nhs, person.postcode):
        quads = [[(x0, y0), (x1, y0), (x1, y1), (x0, y1)] for s, _w, (x0, y0, x1, y1) in page.words if s == secret]
        assert quads and all(covered_share(output, quad) > 0.9 for quad in quads), secret
    assert outcome.report["detectors"] and outcome.report["ocr"][0]["scale"] > 1.2


def test_the_public_surface() -> None:
    from redaction.formats import image

    assert sorted(image.__all__) == ["ImageLimits", "Suspect", "redact_image"]
    assert Path(image.__file__).parent.name == "image"


@pytest.mark.integration
@pytest.mark.parametrize("turn", [90, 180])
def test_a_page_upside_down_or_sideways_is_turned_to_be_read(turn: int, tesseract: str) -> None:
    rng = random.Random(12)
    person = family(rng)
    page = render(person, rng, dpi=150)
    outcome = redact_image(png(page.image.rotate(turn, expand=True)), FormatRequest(known=person.known(), detect=False))
    assert outcome.report["ocr"][0]["variant"] == "turned" and outcome.report["counts"].get("PHONE") == 1
    upright = Image.open(io.BytesIO(outcome.data)).rotate(-turn, expand=True)
    quads = [[(x0, y0), (x1, y0), (x1, y1), (x0, y1)] for _s, _w, (x0, y0, x1, y1) in page.words]
    assert min(covered_share(upright, quad) for quad in quads) > 0.9
