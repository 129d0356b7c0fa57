"""Pictures inside documents: read by OCR, boxed over identifier words, re-encoded from pixels; refused when
OCR is missing or unsure about a picture that may hold text; undecodable ones replaced by a placeholder."""

from __future__ import annotations

import io
import zipfile
from types import ModuleType
from typing import Any

import pytest
from PIL import Image

from redaction.formats import FormatRequest, UnsupportedFormatError
from redaction.formats.office import redact_docx, redact_odt
from redaction.pdf.ocr import OcrWord

SIZE = (400, 60)


def picture_docx(kit: ModuleType, data: bytes, name: str = "image1.png") -> bytes:
    body = kit.document(kit.p(kit.r("Scan:")), kit.p(kit.drawing("rIdI1")))
    return kit.docx(body, doc_rels=[("rIdI1", "image", f"media/{name}")], parts={f"word/media/{name}": data})


def white(size: tuple[int, int] = SIZE, fmt: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (255, 255, 255)).save(buffer, format=fmt)
    return buffer.getvalue()


def words(*items: tuple[str, float, int]) -> list[OcrWord]:
    return [OcrWord(text, confidence, left, 10, 60, 30, (1, 1, 1)) for text, confidence, left in items]


def the_picture(data: bytes) -> Image.Image:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        name = next(n for n in archive.namelist() if n.startswith(("word/media/", "Pictures/")))
        image = Image.open(io.BytesIO(archive.read(name)))
        image.load()
        return image


def test_identifier_words_in_a_picture_are_boxed(kit: ModuleType, fake_ocr: Any) -> None:
    ocr = fake_ocr({SIZE: words(("Dear", 95, 10), ("Maisie", 93, 100), ("Fletcher", 92, 200), ("thanks", 90, 300))})
    outcome = redact_docx(picture_docx(kit, white()), FormatRequest(known={"PERSON": ["Maisie Fletcher"]}, detect=False), ocr=ocr)
    image = the_picture(outcome.data).convert("L")
    assert image.getpixel((130, 25)) == 0 and image.getpixel((230, 25)) == 0  # under "Maisie" and "Fletcher"
    assert image.getpixel((40, 25)) == 255 and image.getpixel((330, 25)) == 255  # "Dear" and "thanks" untouched
    assert outcome.report["cleaning"]["words boxed in pictures"] == 2
    assert ocr.calls == 2  # read on the way in, and again when verifying the output


def test_a_picture_still_showing_the_name_fails_verification(kit: ModuleType, fake_ocr: Any) -> None:
    """The second OCR pass reads the output again: a name it still reads there refuses the document."""
    from redaction.formats import VerificationError

    class Stubborn(fake_ocr):  # type: ignore[misc, valid-type]
        def words(self, image: Any) -> list[OcrWord]:
            return words(("Maisie", 93, 100), ("Fletcher", 92, 200))

    with pytest.raises(VerificationError, match="readable in the picture"):
        redact_docx(picture_docx(kit, white()), FormatRequest(known={"PERSON": ["Maisie Fletcher"]}, detect=False),
                    ocr=Stubborn())


def test_no_ocr_means_no_release(kit: ModuleType, fake_ocr: Any) -> None:
    with pytest.raises(UnsupportedFormatError, match="OCR .tesseract. is not available"):
        redact_docx(picture_docx(kit, white()), FormatRequest(detect=False), ocr=fake_ocr(available=False))


def test_unsure_ocr_means_no_release(kit: ModuleType, fake_ocr: Any) -> None:
    ocr = fake_ocr({SIZE: words(("Mxqzie", 20, 10), ("Flxtchr", 30, 100), ("Wrtten", 25, 200), ("clear", 95, 300))})
    with pytest.raises(UnsupportedFormatError, match="could not read a picture reliably"):
        redact_docx(picture_docx(kit, white()), FormatRequest(detect=False), ocr=ocr)


def test_tiny_pictures_are_not_read_and_metadata_goes(kit: ModuleType, fake_ocr: Any) -> None:
    image = Image.new("RGB", (16, 16), (10, 200, 30))
    exif = Image.Exif()
    exif[0x013B] = "Someone"
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif.tobytes(), comment=b"a comment")
    ocr = fake_ocr()
    outcome = redact_docx(picture_docx(kit, buffer.getvalue(), "photo.jpeg"), FormatRequest(detect=False), ocr=ocr)
    out = the_picture(outcome.data)
    assert ocr.calls == 0 and out.format == "JPEG" and len(out.getexif()) == 0 and "comment" not in out.info


def test_an_undecodable_picture_is_replaced_by_a_placeholder(kit: ModuleType, fake_ocr: Any) -> None:
    emf = b"\x01\x00\x00\x00" + b"\x00" * 36 + b" EMF" + "Maisie Fletcher".encode("utf-16-le")
    outcome = redact_docx(picture_docx(kit, emf, "image1.emf"), FormatRequest(known={"PERSON": ["Maisie Fletcher"]},
                                                                             detect=False), ocr=fake_ocr())
    assert outcome.report["cleaning"]["pictures replaced by a placeholder"] == 1
    assert the_picture(outcome.data).size == (64, 64)


def test_odt_pictures_are_checked_too(kit: ModuleType, fake_ocr: Any) -> None:
    body = ('<text:p><draw:frame draw:name="Image1" text:anchor-type="as-char" svg:width="4in" svg:height="0.6in">'
            '<draw:image xlink:href="Pictures/letter_scan.png" xlink:type="simple"/></draw:frame></text:p>')
    data = kit.odt(body, extra={"Pictures/letter_scan.png": white()})
    ocr = fake_ocr({SIZE: words(("Maisie", 93, 100), ("Fletcher", 92, 200))})
    outcome = redact_odt(data, FormatRequest(known={"PERSON": ["Maisie Fletcher"]}, detect=False), ocr=ocr)
    with zipfile.ZipFile(io.BytesIO(outcome.data)) as archive:
        assert "Pictures/image1.png" in archive.namelist()
        assert b'xlink:href="Pictures/image1.png"' in archive.read("content.xml")
    assert the_picture(outcome.data).convert("L").getpixel((130, 25)) == 0


def test_ocr_aims_at_300_dpi_as_drawn() -> None:
    from redaction.formats.office.media import length_inches, ocr_scale

    assert [round(length_inches(v), 3) for v in ("4in", "10.16cm", "72pt", "96px", "2.5 mm", "wide", None)] == \
        [4.0, 4.0, 1.0, 1.0, 0.098, 0.0, 0.0]
    assert ocr_scale((600, 160), 3.0) == 1.5  # 200 dpi as drawn
    assert ocr_scale((3000, 800), 3.0) == 1.0  # already 1000 dpi: never shrunk
    assert ocr_scale((100, 40), 10.0) == 3.0  # capped
    assert ocr_scale((800, 100), 0.0) == 2.0  # no drawn size: towards 1600 pixels
