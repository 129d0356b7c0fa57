from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader
from support import require_executable, unavailable

from redaction.pdf.errors import OcrUnavailableError, UnsupportedContentError
from redaction.pdf.ocr import TesseractOcr, parse_tsv
from redaction.pdf.pagetext import PageText
from redaction.pdf.retypeset import MARKER, redacted_page_text, retypeset_pdf
from redaction.pdf.truetype import find_font, load_truetype

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def test_redacted_text_marks_each_removed_stretch_once() -> None:
    text = "Call Margaret Thornbury\nnow"
    owners: list[tuple[int, int] | None] = [(0, i) for i in range(len(text))]
    owners[4] = None  # an inferred space
    owners[13] = None
    owners[23] = None  # the inferred line break after the name
    removed = {0: set(range(5, 23))}
    page = PageText(text, owners, [])
    assert redacted_page_text(page, removed) == f"Call {MARKER}\nnow"
    assert redacted_page_text(page, {}) == text


@pytest.fixture
def dejavu() -> Path:
    if not DEJAVU.is_file():
        unavailable("DejaVu Sans is not installed (scripts/install installs fonts-dejavu-core)")
    return DEJAVU


def test_truetype_reader_gives_glyphs_and_widths(dejavu: Path) -> None:
    font = load_truetype(dejavu)
    assert font.units_per_em == 2048
    assert font.glyph("A") and font.glyph("Ł") and font.glyph("ب") and font.glyph("\U000f0000") == 0
    assert 600 < font.width(font.glyph("A")) < 720
    assert font.ascent > 0 > font.descent


def test_retypeset_pdf_is_new_and_searchable(dejavu: Path) -> None:
    data = retypeset_pdf(["Zoë Łukasiewicz wrote: [redacted] was here.", "Second\n\npage " + "word " * 2000],
                         random_bytes=lambda n: b"\x01" * n, font_path=dejavu)
    reader = PdfReader(io.BytesIO(data))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Zoë Łukasiewicz wrote: [redacted] was here." in text and text.count("word") == 2000
    assert len(reader.pages) >= 2 and reader.metadata is None
    identifier = reader.trailer["/ID"][0]
    assert getattr(identifier, "original_bytes", identifier) == b"\x01" * 16


def test_missing_font_is_a_clear_refusal(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedContentError, match="fonts-dejavu-core"):
        find_font(tmp_path / "nope.ttf")


def test_tsv_parsing_keeps_words_lines_and_confidence() -> None:
    tsv = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "4\t1\t1\t1\t1\t0\t10\t10\t200\t20\t-1\t\n"
        "5\t1\t1\t1\t1\t1\t10\t10\t80\t20\t96.5\tPhone\n"
        "5\t1\t1\t1\t1\t2\t100\t10\t110\t20\t91\t07700\n"
        "5\t1\t1\t1\t2\t1\t10\t40\t80\t20\t12\t \n"
        "5\t1\t1\t1\t2\t2\t10\t40\tx\t20\t50\tbad\n"
    )
    words = parse_tsv(tsv)
    assert [(w.text, w.confidence, w.line, w.left) for w in words] == [
        ("Phone", 96.5, (1, 1, 1), 10), ("07700", 91.0, (1, 1, 1), 100)]


def test_missing_tesseract_is_unavailable() -> None:
    engine = TesseractOcr(executable="/nonexistent/tesseract")
    assert not engine.available()
    with pytest.raises(OcrUnavailableError):
        engine.words(Image.new("L", (10, 10), 255))


@pytest.mark.integration
def test_tesseract_reads_words_where_they_are(dejavu: Path) -> None:
    require_executable("tesseract")
    picture = Image.new("L", (900, 160), 255)
    draw = ImageDraw.Draw(picture)
    draw.text((20, 40), "Phone 07700 900461", fill=0, font=ImageFont.truetype(os.fspath(dejavu), 48))
    engine = TesseractOcr()
    words = engine.words_at(picture, scale=1.0)
    assert [w.text for w in words] == ["Phone", "07700", "900461"]
    phone = words[1]
    assert 150 < phone.left < 260 and 30 < phone.top < 70 and all(w.confidence > 80 for w in words)
    smaller = picture.resize((450, 80))
    upscaled = engine.words_at(smaller, scale=2.0)
    assert [w.text for w in upscaled] == ["Phone", "07700", "900461"]
    assert abs(upscaled[1].left - phone.left / 2) < 10  # boxes come back in the small image's pixels


@pytest.mark.parametrize(("found", "fragment"), [("NS", True), ("ae", True), ("Jo Li", False), ("Margaret", False),
                                                 ("A1", False)])
def test_the_ocr_check_passes_only_fragments_a_box_leaves_beside_a_label(found: str, fragment: bool) -> None:
    from redaction.pdf.verify import _ocr_fragment

    assert _ocr_fragment(found) is fragment
