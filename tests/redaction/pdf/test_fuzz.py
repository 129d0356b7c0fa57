"""Damaged and hostile PDFs never crash or hang the redactor: an outcome, or a clean refusal.

Hypothesis truncates, flips, inserts and invents bytes; the bombs are built by hand (nesting deeper
than any parser's stack, a Flate stream that inflates past the stream limit, an image claiming a
billion pixels, a page tree that refers to itself).
"""

from __future__ import annotations

import io
import time
import zlib
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfWriter

from redaction.pdf import (
    LimitExceededError,
    Limits,
    MalformedPdfError,
    OcrWord,
    PdfRedactionError,
    RedactionOutcome,
    redact_pdf,
)

LIMITS = Limits(max_seconds=20, max_stream_bytes=8_000_000, max_image_pixels=4_000_000)
TEXT = b"BT /F1 12 Tf 72 700 Td (Parent: Margaret Thornbury) Tj [(07700) -250 (900461)] TJ ET"


class NoOcr:
    def available(self) -> bool:
        return True

    def words(self, image: Image.Image) -> list[OcrWord]:
        return []


def attempt(data: bytes) -> RedactionOutcome | PdfRedactionError:
    started = time.monotonic()
    try:
        return redact_pdf(data, terms=["Margaret Thornbury", "07700 900461"], detect=False, ocr=NoOcr(), limits=LIMITS)
    except PdfRedactionError as error:
        assert str(error)
        return error
    finally:
        assert time.monotonic() - started < 60


@pytest.fixture(scope="module")
def seeds(pdf_builder: Any) -> list[bytes]:
    from pypdf.generic import ArrayObject, DecodedStreamObject, NameObject, NumberObject

    image = DecodedStreamObject()
    image.set_data(zlib.compress(bytes(range(256)) * 16))
    for key, value in {"/Type": NameObject("/XObject"), "/Subtype": NameObject("/Image"),
                       "/Width": NumberObject(64), "/Height": NumberObject(64),
                       "/ColorSpace": NameObject("/DeviceGray"), "/BitsPerComponent": NumberObject(8),
                       "/Filter": NameObject("/FlateDecode")}.items():
        image[NameObject(key)] = value
    form = DecodedStreamObject()
    form.set_data(TEXT)
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(NumberObject(v) for v in (0, 0, 600, 800))
    return [
        pdf_builder(TEXT),
        pdf_builder([b"q 1 0 0 1 0 0 cm", TEXT + b" Q"], xobjects={"/Im": image}),
        pdf_builder(b"/Fm Do q 100 0 0 100 50 50 cm /Im Do Q", xobjects={"/Fm": form, "/Im": image}),
    ]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_truncated_files(seeds: list[bytes], data: st.DataObject) -> None:
    seed = data.draw(st.sampled_from(seeds))
    cut = data.draw(st.integers(0, len(seed)))
    attempt(seed[:cut])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_flipped_and_inserted_bytes(seeds: list[bytes], data: st.DataObject) -> None:
    damaged = bytearray(data.draw(st.sampled_from(seeds)))
    for _ in range(data.draw(st.integers(1, 12))):
        position = data.draw(st.integers(0, len(damaged) - 1))
        if data.draw(st.booleans()):
            damaged[position] = data.draw(st.integers(0, 255))
        else:
            damaged[position:position] = data.draw(st.binary(min_size=1, max_size=16))
    outcome = attempt(bytes(damaged))
    if isinstance(outcome, RedactionOutcome):  # a repaired file is still verified: no term may survive
        assert b"Thornbury" not in outcome.pdf_bytes


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=4000))
def test_random_garbage_after_a_header(garbage: bytes) -> None:
    attempt(b"%PDF-1.7\n" + garbage)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=600)
       | st.text(alphabet="()<>[]{}/%\\ BTETjTJqQcmDo0123456789.-\n", max_size=600).map(str.encode))
def test_random_content_streams(pdf_builder: Any, content: bytes) -> None:
    outcome = attempt(pdf_builder(content + b"\n" + TEXT))
    if isinstance(outcome, RedactionOutcome):
        assert b"Thornbury" not in outcome.pdf_bytes


def _raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF with a correct xref table around hand-written objects (object 1 is the catalog)."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _page_with(content: bytes, extra: bytes = b"", resources: bytes = b"<< >>") -> bytes:
    stream = b"<< /Length %d" % len(content) + extra + b" >>\nstream\n" + content + b"\nendstream"
    return _raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources " + resources + b" >>",
        stream,
    ])


def test_nested_array_bomb_in_an_object() -> None:
    depth = 50_000
    bomb = _raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R /Junk " + b"[" * depth + b"]" * depth + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    ])
    assert isinstance(attempt(bomb), (MalformedPdfError, LimitExceededError, RedactionOutcome))


def test_nested_array_bomb_in_a_content_stream() -> None:
    outcome = attempt(_page_with(b"[" * 10_000 + b"(x)" + b"]" * 10_000 + b" TJ"))
    assert isinstance(outcome, LimitExceededError)


def test_flate_bomb_stops_at_the_stream_limit() -> None:
    compressor = zlib.compressobj(9)
    chunk = b"\x00" * 1_000_000
    compressed = b"".join(compressor.compress(chunk) for _ in range(200)) + compressor.flush()
    assert len(compressed) < 400_000  # 200 MB of zeros
    started = time.monotonic()
    outcome = attempt(_page_with(compressed, extra=b" /Filter /FlateDecode"))
    assert isinstance(outcome, LimitExceededError) and time.monotonic() - started < 30


def test_image_claiming_a_billion_pixels_under_a_box() -> None:
    image = b"<< /Type /XObject /Subtype /Image /Width 40000 /Height 40000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x00\nendstream"
    pdf = _raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /Im 5 0 R >> >> >>",
        b"<< /Length 30 >>\nstream\nq 500 0 0 500 0 0 cm /Im Do Q\nendstream",
        image,
    ])
    outcome = attempt(pdf)
    assert isinstance(outcome, LimitExceededError)


def test_page_tree_that_contains_itself() -> None:
    pdf = _raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    ])
    attempt(pdf)


def test_many_pages_beyond_the_limit() -> None:
    writer = PdfWriter()
    for _ in range(30):
        writer.add_blank_page(10, 10)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(LimitExceededError, match="30 pages"):
        redact_pdf(buffer.getvalue(), detect=False, limits=Limits(max_pages=20))


def test_time_limit_stops_work() -> None:
    ticks = iter(range(10_000))  # a clock that moves one second each time it is read
    font = b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"
    with pytest.raises(LimitExceededError, match="time limit"):
        redact_pdf(_page_with(TEXT, resources=font), detect=False, terms=["x y"],
                   limits=Limits(max_seconds=2), clock=lambda: float(next(ticks)))


@pytest.mark.integration
@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_damaged_torture_files(torture: Any, data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(["cairo_cid.pdf", "lo_doc.pdf", "annot.pdf", "xobject.pdf", "encrypted.pdf",
                                      "form.pdf", "split_streams.pdf", "all_cid.pdf"]))
    damaged = bytearray((torture / name).read_bytes())
    if data.draw(st.booleans()):
        damaged = damaged[: data.draw(st.integers(0, len(damaged)))]
    for _ in range(data.draw(st.integers(0, 20))):
        if damaged:
            damaged[data.draw(st.integers(0, len(damaged) - 1))] = data.draw(st.integers(0, 255))
    attempt(bytes(damaged))
