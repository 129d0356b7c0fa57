"""Preparing photos for OCR: the page found, the lines levelled, letters scaled, and the way back exact."""

from __future__ import annotations

import random

import numpy as np
import pytest
from letters import family, photograph, render

from redaction.formats.image.geometry import TARGET_LETTER_HEIGHT, find_page, geometry, quarter_turn, to_original
from redaction.formats.image.measure import estimate_letter_height
from redaction.formats.image.preprocess import FrameVariants, prepare


@pytest.fixture(scope="module")
def photo():  # type: ignore[no-untyped-def]
    rng = random.Random(7)
    return photograph(render(family(rng), rng, dpi=120), rng, rotation=4.0, perspective=0.04, quality=80)


def gray(image) -> np.ndarray:  # type: ignore[no-untyped-def]
    return np.asarray(image.convert("L"))


def test_the_page_is_found_within_a_few_pixels(photo) -> None:  # type: ignore[no-untyped-def]
    corners = find_page(gray(photo.image))
    assert corners is not None
    for found, true in zip(corners, photo.corners, strict=True):
        assert np.hypot(found[0] - true[0], found[1] - true[1]) < 12


def test_a_scan_filling_the_frame_has_no_page_to_find() -> None:
    rng = random.Random(3)
    page = render(family(rng), rng, dpi=100).image
    assert find_page(np.asarray(page)) is None


def test_words_land_where_they_were_drawn(photo) -> None:  # type: ignore[no-untyped-def]
    shape = geometry(gray(photo.image))
    prepared = prepare(gray(photo.image), shape)
    assert shape.page and abs(shape.skew) < 1.0
    for _secret, _word, quad in photo.words:
        centre = np.mean(quad, axis=0)
        u, v, w = shape.matrix @ np.array([centre[0], centre[1], 1.0])
        x, y = int(u / w), int(v / w)
        patch = prepared.image[max(0, y - 4) : y + 5, max(0, x - 12) : x + 13]
        assert patch.min() < 100  # ink at the mapped centre of every identifier word
        back = to_original(shape, [(u / w, v / w)])[0]
        assert np.hypot(back[0] - centre[0], back[1] - centre[1]) < 1e-6


@pytest.mark.parametrize("angle", [-5.0, -2.0, 3.0])
def test_a_turned_scan_is_levelled(angle: float) -> None:
    rng = random.Random(11)
    page = render(family(rng), rng, dpi=100).image.rotate(angle, expand=True, fillcolor=255)
    shape = geometry(np.asarray(page), page=False)
    assert abs(shape.skew + angle) < 0.35


def test_small_letters_are_scaled_towards_the_target() -> None:
    rng = random.Random(5)
    small = np.asarray(render(family(rng), rng, dpi=100, size_pt=10).image)
    letters = estimate_letter_height(small)
    assert letters is not None and 6 < letters < 18
    shape = geometry(small, page=False)
    assert shape.scale > 1.5
    assert estimate_letter_height(prepare(small, shape).image) == pytest.approx(TARGET_LETTER_HEIGHT, rel=0.3)


def test_surroundings_are_read_only_where_something_lies_beside_the_page(photo, torture) -> None:  # type: ignore[no-untyped-def]
    assert FrameVariants(gray(photo.image)).surroundings() is None  # a bare table top: no OCR run
    from PIL import Image

    envelope = FrameVariants(gray(Image.open(torture / "envelope.jpg")))
    around = envelope.surroundings()
    assert around is not None and envelope.grey().geometry.page
    corners = envelope.shape.corners
    assert corners is not None
    centre = np.mean(corners, axis=0)
    u, v, w = around.geometry.matrix @ np.array([centre[0], centre[1], 1.0])
    assert around.image[int(v / w), int(u / w)] == 255  # the page itself is blanked
    assert envelope.sauvola().image.dtype == np.uint8 and set(np.unique(envelope.sauvola().image)) <= {0, 255}


@pytest.mark.parametrize("clockwise", [0, 90, 180, 270])
def test_quarter_turns_map_every_pixel(clockwise: int) -> None:
    gray = np.arange(12 * 7, dtype=np.uint8).reshape(7, 12)
    turned, matrix = quarter_turn(gray, clockwise)
    for y, x in ((0, 0), (3, 5), (6, 11)):
        u, v, _ = matrix @ np.array([x + 0.5, y + 0.5, 1.0])
        assert turned[int(v), int(u)] == gray[y, x]
