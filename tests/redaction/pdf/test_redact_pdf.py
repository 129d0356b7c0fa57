"""End to end on small PDFs built in the test: what goes, what stays, and every refusal."""

from __future__ import annotations

import io
import json
import zlib
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from redaction.pdf import (
    Area,
    InvalidRequestError,
    MalformedPdfError,
    OcrUnavailableError,
    OcrWord,
    PasswordRequiredError,
    VerificationError,
    redact_pdf,
)
from redaction.pdf import _pypdf_private as private
from redaction.pdf import api as api_module
from redaction.pdf.matcher import normalise
from redaction.spans import Span

LINE = b"BT /F1 12 Tf 72 700 Td (Parent: Margaret Thornbury, tel 07700 900461.) Tj ET"


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def leaks(data: bytes, *secrets: str) -> list[str]:
    """Secrets still readable in the text or anywhere in the bytes (decompressed)."""
    haystacks = [text_of(data), data.decode("latin-1")]
    reader = PdfReader(io.BytesIO(data))
    for number in range(1, len(reader.xref.get(0, {})) + 2):
        try:
            obj = reader.get_object(number)
        except Exception:
            continue
        if hasattr(obj, "get_data"):
            haystacks.append(obj.get_data().decode("latin-1"))
        haystacks.append(str(obj))
    keys = [normalise(h) for h in haystacks]
    return [s for s in secrets if any(normalise(s) in key for key in keys)]


def test_terms_are_removed_and_the_rest_stays(make_pdf: Any) -> None:
    outcome = redact_pdf(make_pdf(LINE), terms=["Margaret Thornbury", "07700 900461"], detect=False)
    text = text_of(outcome.pdf_bytes)
    assert "Parent:" in text and "tel" in text
    assert leaks(outcome.pdf_bytes, "Margaret Thornbury", "07700 900461") == []
    assert len(outcome.boxes) == 2 and {b.page for b in outcome.boxes} == {1}
    assert outcome.report.glyphs_removed == len("Margaret Thornbury") + len("07700 900461")
    assert "text:pypdf" in outcome.report.verification.channels


def test_hidden_carriers_are_stripped(make_pdf: Any) -> None:
    xmp = DecodedStreamObject()
    xmp.set_data(b"<x:xmpmeta><dc:creator>Margaret Thornbury</dc:creator></x:xmpmeta>")
    xmp[NameObject("/Type")] = NameObject("/Metadata")
    xmp[NameObject("/Subtype")] = NameObject("/XML")
    attachment = DecodedStreamObject()
    attachment.set_data(b"Margaret Thornbury lives here")
    spec = DictionaryObject({NameObject("/Type"): NameObject("/Filespec"), NameObject("/F"): TextStringObject("a.txt"),
                             NameObject("/EF"): DictionaryObject({NameObject("/F"): attachment})})
    catalog = {
        "/Metadata": xmp,
        "/Names": DictionaryObject({NameObject("/EmbeddedFiles"): DictionaryObject(
            {NameObject("/Names"): ArrayObject([TextStringObject("a.txt"), spec])})}),
        "/PageLabels": DictionaryObject({NameObject("/Nums"): ArrayObject(
            [NumberObject(0), DictionaryObject({NameObject("/P"): TextStringObject("Margaret Thornbury ")})])}),
        "/OpenAction": DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                                         NameObject("/JS"): TextStringObject("app.alert('Margaret Thornbury')")}),
    }
    page = {"/PieceInfo": DictionaryObject({NameObject("/App"): DictionaryObject(
        {NameObject("/Private"): TextStringObject("Margaret Thornbury")})})}
    data = make_pdf(b"BT /F1 12 Tf 72 700 Td (Nothing to see.) Tj ET", catalog=catalog, page=page,
                    info={"/Author": "Margaret Thornbury", "/Title": "Notes on Margaret Thornbury"})
    outcome = redact_pdf(data, terms=["Margaret Thornbury"], detect=False)
    assert leaks(outcome.pdf_bytes, "Margaret Thornbury") == []
    reader = PdfReader(io.BytesIO(outcome.pdf_bytes))
    assert reader.metadata is None and reader.xmp_metadata is None and not reader.attachments
    assert set(reader.trailer["/Root"].keys()) == {"/Type", "/Pages"}
    assert "/PieceInfo" in outcome.report.carriers_removed
    assert outcome.report.not_found == ("Margaret Thornbury",)  # not on any page: reported, not claimed


def _free_text_annotation(text: bytes) -> DictionaryObject:
    appearance = DecodedStreamObject()
    appearance.set_data(b"BT /F1 10 Tf 2 5 Td (" + text + b") Tj ET")
    appearance[NameObject("/Type")] = NameObject("/XObject")
    appearance[NameObject("/Subtype")] = NameObject("/Form")
    appearance[NameObject("/BBox")] = ArrayObject(NumberObject(v) for v in (0, 0, 200, 20))
    helvetica = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                  NameObject("/BaseFont"): NameObject("/Helvetica")})
    appearance[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): helvetica})})
    return DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FreeText"),
        NameObject("/Rect"): ArrayObject(FloatObject(v) for v in (300, 500, 500, 520)),
        NameObject("/Contents"): TextStringObject(text.decode()),
        NameObject("/T"): TextStringObject("Oliver Pennington"),
        NameObject("/AP"): DictionaryObject({NameObject("/N"): appearance}),
    })


def test_annotations_are_flattened_then_redacted(make_pdf: Any) -> None:
    annotation = _free_text_annotation(b"Call Margaret Thornbury today")
    data = make_pdf(b"", page={"/Annots": ArrayObject([annotation])})
    outcome = redact_pdf(data, terms=["Margaret Thornbury", "Oliver Pennington"], detect=False)
    reader = PdfReader(io.BytesIO(outcome.pdf_bytes))
    assert "/Annots" not in reader.pages[0]
    assert "Call" in text_of(outcome.pdf_bytes) and "today" in text_of(outcome.pdf_bytes)
    assert leaks(outcome.pdf_bytes, "Margaret Thornbury", "Oliver Pennington") == []
    assert outcome.report.annotations_flattened == 1


def test_area_removes_what_it_covers_and_only_that(make_pdf: Any) -> None:
    data = make_pdf(b"BT /F1 12 Tf 72 700 Td (Keep this) Tj ET BT /F1 12 Tf 72 600 Td (Hide this) Tj ET")
    outcome = redact_pdf(data, areas=[Area(1, 60, 590, 200, 615)], detect=False)
    text = text_of(outcome.pdf_bytes)
    assert "Keep this" in text and "Hide" not in text
    assert [box.source for box in outcome.boxes] == ["area"]


def test_area_on_a_missing_page_is_refused(make_pdf: Any) -> None:
    with pytest.raises(InvalidRequestError, match="page 3"):
        redact_pdf(make_pdf(LINE), areas=[Area(3, 0, 0, 10, 10)], detect=False)
    with pytest.raises(InvalidRequestError):
        Area.parse("1:0,0,x,10")


def test_detector_hits_are_removed_everywhere_and_rerun_until_nothing_is_new(make_pdf: Any) -> None:
    calls: list[str] = []

    def finder(text: str) -> list[Span]:
        calls.append(text)
        spans = []
        for word, kind in (("Margaret", "PERSON"), ("Thornbury", "PERSON")):
            at = text.find(word)
            if at >= 0 and (word == "Margaret" or "Margaret" not in text):  # Thornbury only once Margaret is gone
                spans.append(Span(at, at + len(word), kind, 0.9, "model"))
        return spans

    pages = [LINE, b"BT /F1 12 Tf 72 700 Td (Mrs Thornbury and Margaret again) Tj ET"]
    outcome = redact_pdf(make_pdf(b"", per_page=pages), detect=True, finder=finder)
    assert leaks(outcome.pdf_bytes, "Margaret", "Thornbury") == []
    assert len(calls) > 2  # detection ran again on the redacted text
    assert outcome.report.boxes_by_source == {"detector": outcome.report.boxes_by_source["detector"]}


def test_known_identifiers_match_their_variants_without_the_detectors(make_pdf: Any) -> None:
    data = make_pdf(b"BT /F1 12 Tf 72 700 Td (Seen: M. Thornbury, THORNBURY, Margaret; DOB 14.03.2014) Tj ET")
    known = {"PERSON": ["Margaret Thornbury"], "DATE_OF_BIRTH": ["14/03/2014"]}
    outcome = redact_pdf(data, known=known, detect=False)
    assert leaks(outcome.pdf_bytes, "Thornbury", "14.03.2014") == []
    assert "Seen" in text_of(outcome.pdf_bytes)
    with pytest.raises(InvalidRequestError, match="SHOE_SIZE"):
        redact_pdf(data, known={"SHOE_SIZE": ["9"]}, detect=False)


def test_encrypted_input_needs_its_password(make_pdf: Any) -> None:
    reader = PdfReader(io.BytesIO(make_pdf(LINE)))
    writer = PdfWriter(clone_from=reader)
    writer.encrypt(user_password="open sesame", owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    encrypted = buffer.getvalue()
    with pytest.raises(PasswordRequiredError, match="needs a password"):
        redact_pdf(encrypted, terms=["Margaret Thornbury"], detect=False)
    with pytest.raises(PasswordRequiredError, match="does not open"):
        redact_pdf(encrypted, terms=["Margaret Thornbury"], detect=False, password="wrong")
    outcome = redact_pdf(encrypted, terms=["Margaret Thornbury"], detect=False, password="open sesame")
    assert not PdfReader(io.BytesIO(outcome.pdf_bytes)).is_encrypted
    assert outcome.report.encrypted_input and leaks(outcome.pdf_bytes, "Margaret Thornbury") == []


@pytest.mark.parametrize("data", [b"", b"hello", b"%PDF-1.4\n%%EOF", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj"])
def test_malformed_input_is_refused(data: bytes) -> None:
    with pytest.raises(MalformedPdfError):
        redact_pdf(data, terms=["x y z w"], detect=False)


def _without_info(data: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.metadata = None
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(("strip_info", "channel"), [(False, "structure"), (True, "stream")])
def test_verification_failure_releases_nothing(make_pdf: Any, monkeypatch: pytest.MonkeyPatch, strip_info: bool,
                                               channel: str) -> None:
    original = make_pdf(LINE)
    unredacted = _without_info(original) if strip_info else original
    monkeypatch.setattr(api_module, "write_document", lambda *args, **kwargs: unredacted)
    with pytest.raises(VerificationError) as caught:
        redact_pdf(original, terms=["Margaret Thornbury"], detect=False)
    assert caught.value.channel == channel and "Margaret" not in str(caught.value)


def test_report_never_repeats_identifiers(make_pdf: Any) -> None:
    outcome = redact_pdf(make_pdf(LINE), terms=["Margaret Thornbury"], known={"PHONE": ["07700 900461"]}, detect=False)
    dumped = json.dumps(outcome.report.to_json())
    assert "Thornbury" not in dumped and "900461" not in dumped
    assert outcome.report.boxes_by_type == {"TERM": 1, "PHONE": 1}


def test_optional_content_that_is_off_is_deleted(make_pdf: Any) -> None:
    data = make_pdf(
        b"/OC /oc1 BDC BT /F1 12 Tf 72 600 Td (Hidden: Oliver Pennington) Tj ET EMC BT /F1 12 Tf 72 700 Td (Shown) Tj ET"
    )
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    group = private.add_object(writer, DictionaryObject({
        NameObject("/Type"): NameObject("/OCG"), NameObject("/Name"): TextStringObject("Notes on Margaret Thornbury"),
    }))
    writer.pages[0]["/Resources"][NameObject("/Properties")] = DictionaryObject({NameObject("/oc1"): group})
    writer.root_object[NameObject("/OCProperties")] = DictionaryObject({
        NameObject("/OCGs"): ArrayObject([group]),
        NameObject("/D"): DictionaryObject({NameObject("/OFF"): ArrayObject([group])}),
    })
    buffer = io.BytesIO()
    writer.write(buffer)
    outcome = redact_pdf(buffer.getvalue(), terms=["Margaret Thornbury"], detect=False)
    assert leaks(outcome.pdf_bytes, "Oliver Pennington", "Margaret Thornbury") == []
    assert "Shown" in text_of(outcome.pdf_bytes)
    assert outcome.report.hidden_glyphs_removed == len("Hidden: Oliver Pennington")


class FakeOcr:
    """Reads a word while the left half of the image still shows strokes (light and dark pixels)."""

    def __init__(self, *, available: bool = True) -> None:
        self._available = available
        self.calls = 0

    def available(self) -> bool:
        return self._available

    def words(self, image: Image.Image) -> list[OcrWord]:
        self.calls += 1
        gray = image.convert("L")
        width, height = gray.size
        left = gray.crop((0, 0, width // 2, height))
        low, high = left.getextrema()
        if low < 128 <= high:  # strokes on paper: the "name" is still there
            return [OcrWord("Thornbury", 95.0, 0, 0, width // 2, height, (1, 1, 1)),
                    OcrWord("ok", 95.0, width // 2, 0, width // 2, height, (1, 1, 1))]
        return [OcrWord("ok", 95.0, width // 2, 0, width // 2, height, (1, 1, 1))]


def _image_pdf(make_pdf: Any) -> bytes:
    pixels = bytes([0, 255] * 25 + [255] * 50) * 40  # 100 x 40: stripes ("text") left, paper right
    image = DecodedStreamObject()
    image.set_data(zlib.compress(pixels))
    for key, value in {"/Type": NameObject("/XObject"), "/Subtype": NameObject("/Image"), "/Width": NumberObject(100),
                       "/Height": NumberObject(40), "/ColorSpace": NameObject("/DeviceGray"),
                       "/BitsPerComponent": NumberObject(8), "/Filter": NameObject("/FlateDecode")}.items():
        image[NameObject(key)] = value
    return make_pdf(b"q 200 0 0 80 100 500 cm /Im1 Do Q", xobjects={"/Im1": image})


def test_text_in_images_is_found_by_ocr_and_blanked(make_pdf: Any) -> None:
    ocr = FakeOcr()
    outcome = redact_pdf(_image_pdf(make_pdf), terms=["Thornbury"], detect=False, ocr=ocr)
    assert outcome.report.images_blanked == 1 and outcome.report.ocr_images == 1
    assert [box.source for box in outcome.boxes] == ["ocr"]
    assert "ocr" in outcome.report.verification.channels and ocr.calls == 2  # read again on the way out
    image = PdfReader(io.BytesIO(outcome.pdf_bytes)).pages[0].images[0].image.convert("L")
    assert image.crop((0, 0, 50, 40)).getextrema() == (0, 0)  # blanked samples are 0
    assert image.crop((53, 0, 100, 40)).getextrema() == (255, 255)  # the rest (past the padding) is untouched


def test_images_that_may_hold_text_need_ocr(make_pdf: Any) -> None:
    with pytest.raises(OcrUnavailableError, match="page 1"):
        redact_pdf(_image_pdf(make_pdf), terms=["Thornbury"], detect=False, ocr=FakeOcr(available=False))
    covered = redact_pdf(_image_pdf(make_pdf), terms=["Thornbury"], areas=[Area(1, 90, 490, 310, 590)],
                         detect=False, ocr=FakeOcr(available=False))
    assert covered.report.images_blanked == 1


def test_retypeset_output_holds_only_the_redacted_text(make_pdf: Any) -> None:
    pages = [LINE, b"BT /F1 12 Tf 72 700 Td (Zo\xeb \xa3 Second page for Margaret Thornbury.) Tj ET"]
    outcome = redact_pdf(make_pdf(b"", per_page=pages), terms=["Margaret Thornbury"], detect=False, retypeset=True)
    text = text_of(outcome.pdf_bytes)
    assert "Parent: [redacted], tel 07700 900461." in text
    assert "Zoë £ Second page for [redacted]." in text
    assert leaks(outcome.pdf_bytes, "Margaret Thornbury") == []
    assert outcome.report.retypeset and b"/Helvetica" not in outcome.pdf_bytes


def _cid_font_pdf(make_pdf: Any, pdf_parts: Any, text: str) -> bytes:
    """Text in a Type0 Identity-H font whose codes are not the letters (only its ToUnicode says which)."""
    alphabet = sorted(set(text))
    codes = {char: index + 1 for index, char in enumerate(alphabet)}
    bfchar = b"".join(b"<%04X> <%04X>\n" % (codes[c], ord(c)) for c in alphabet)
    to_unicode = pdf_parts.stream(b"%d beginbfchar\n" % len(alphabet) + bfchar + b"endbfchar")
    descendant = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/CIDFontType2"),
        NameObject("/BaseFont"): NameObject("/AAAAAA+Test"), NameObject("/DW"): NumberObject(500),
        NameObject("/CIDSystemInfo"): DictionaryObject({NameObject("/Registry"): TextStringObject("Adobe"),
                                                        NameObject("/Ordering"): TextStringObject("Identity"),
                                                        NameObject("/Supplement"): NumberObject(0)}),
    })
    font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type0"),
        NameObject("/BaseFont"): NameObject("/AAAAAA+Test"), NameObject("/Encoding"): NameObject("/Identity-H"),
        NameObject("/DescendantFonts"): ArrayObject([descendant]), NameObject("/ToUnicode"): to_unicode,
    })
    shown = b"".join(codes[c].to_bytes(2, "big") for c in text).hex().encode()
    return make_pdf(b"BT /F2 12 Tf 72 700 Td <" + shown + b"> Tj ET", fonts={"/F2": font})


def test_a_second_decoder_catches_a_mistake_in_ours(make_pdf: Any, pdf_parts: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    data = _cid_font_pdf(make_pdf, pdf_parts, "Parent: Margaret Thornbury")
    assert "Margaret" in text_of(redact_pdf(data, terms=["Nobody Else"], detect=False).pdf_bytes)
    from redaction.pdf.cmap import CMap

    original = CMap.to_unicode
    monkeypatch.setattr(CMap, "to_unicode", lambda self, code: (original(self, code) or "?").swapcase() + "x")
    with pytest.raises(VerificationError) as caught:
        redact_pdf(data, terms=["Margaret Thornbury"], detect=False)  # our decoder no longer sees the name
    assert caught.value.channel == "text:pypdf" and caught.value.page == 1


def _type3_font(pdf_parts: Any) -> DictionaryObject:
    procs = DictionaryObject()
    for letter in "abcdefghijklmnopqrstuvwxyz":
        procs[NameObject("/" + letter)] = pdf_parts.stream(b"500 0 0 0 400 700 d1 0 0 400 700 re f")
    return DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type3"),
        NameObject("/FontMatrix"): ArrayObject(FloatObject(v) for v in (0.001, 0, 0, 0.001, 0, 0)),
        NameObject("/FontBBox"): ArrayObject(NumberObject(v) for v in (0, 0, 500, 700)),
        NameObject("/FirstChar"): NumberObject(97), NameObject("/LastChar"): NumberObject(122),
        NameObject("/Widths"): ArrayObject(NumberObject(500) for _ in range(26)),
        NameObject("/Encoding"): DictionaryObject({NameObject("/Differences"): ArrayObject(
            [NumberObject(97), *(NameObject("/" + c) for c in "abcdefghijklmnopqrstuvwxyz")])}),
        NameObject("/CharProcs"): procs,
        NameObject("/Resources"): DictionaryObject(),
    })


def test_type3_text_is_removed_and_the_rest_keeps_its_place(make_pdf: Any, pdf_parts: Any) -> None:
    data = make_pdf(b"BT /T3 10 Tf 72 700 Td (call margaret now) Tj ET", fonts={"/T3": _type3_font(pdf_parts)})
    outcome = redact_pdf(data, terms=["margaret"], detect=False)
    assert "margaret" not in text_of(outcome.pdf_bytes) and "now" in text_of(outcome.pdf_bytes)
    content = PdfReader(io.BytesIO(outcome.pdf_bytes)).pages[0].get_contents().get_data()
    assert b"<63616C6C20> -4000 <206E6F77>] TJ" in content  # "call " then 8 glyphs of 500/1000 em at 10 pt: 40 pt, in thousandths of 10 pt


def _inline_image_pdf(make_pdf: Any, hidden: bool) -> bytes:
    pixels = bytes([0, 255] * 8) * 16  # 16 x 16 stripes
    image = b"BI /W 16 /H 16 /CS /G /BPC 8 ID " + pixels + b" EI"
    drawing = b"q 160 0 0 160 100 500 cm " + image + b" Q"
    if hidden:
        drawing = b"/OC /oc1 BDC " + drawing + b" EMC"
    return make_pdf(drawing + b" BT /F1 12 Tf 72 400 Td (Caption) Tj ET")


def test_inline_image_under_an_area_becomes_a_blanked_image(make_pdf: Any) -> None:
    outcome = redact_pdf(_inline_image_pdf(make_pdf, hidden=False), areas=[Area(1, 90, 490, 180, 670)],
                         detect=False)
    page = PdfReader(io.BytesIO(outcome.pdf_bytes)).pages[0]
    content = page.get_contents().get_data()
    assert b"BI" not in content and b" Do" in content and outcome.report.images_blanked == 1
    picture = page.images[0].image.convert("L")
    assert picture.crop((0, 0, 8, 16)).getextrema() == (0, 0)  # the covered half is blank
    assert picture.crop((10, 0, 16, 16)).getextrema() == (0, 255)  # the other half still has its stripes


def test_inline_image_in_a_hidden_layer_is_deleted(make_pdf: Any) -> None:
    data = _inline_image_pdf(make_pdf, hidden=True)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    group = private.add_object(writer, DictionaryObject({NameObject("/Type"): NameObject("/OCG"),
                                                         NameObject("/Name"): TextStringObject("scan")}))
    writer.pages[0]["/Resources"][NameObject("/Properties")] = DictionaryObject({NameObject("/oc1"): group})
    writer.root_object[NameObject("/OCProperties")] = DictionaryObject({
        NameObject("/OCGs"): ArrayObject([group]),
        NameObject("/D"): DictionaryObject({NameObject("/OFF"): ArrayObject([group])})})
    buffer = io.BytesIO()
    writer.write(buffer)
    outcome = redact_pdf(buffer.getvalue(), terms=["Nothing Here"], detect=False, ocr=FakeOcr(available=False))
    content = PdfReader(io.BytesIO(outcome.pdf_bytes)).pages[0].get_contents().get_data()
    assert b"BI" not in content and b"Caption" in content


def test_what_removal_joins_is_searched_again(make_pdf: Any) -> None:
    data = make_pdf(b"BT /F1 12 Tf 72 700 Td [(Be) (Margaret) (trag) ( stays)] TJ ET")
    assert "BeMargarettrag" in text_of(data)
    outcome = redact_pdf(data, terms=["Margaret", "Betrag"], detect=False)  # "Be trag" once Margaret is gone
    text = text_of(outcome.pdf_bytes)
    assert "Be" not in text and "trag" not in text and "stays" in text


def test_notes_on_included_files_do_not_survive_unreferenced(make_pdf: Any, pdf_parts: Any) -> None:
    figure = pdf_parts.stream(b"0 0 10 10 re f", Type=NameObject("/XObject"), Subtype=NameObject("/Form"),
                              BBox=ArrayObject(NumberObject(v) for v in (0, 0, 10, 10)))
    data = make_pdf(b"/Fig Do BT /F1 12 Tf 72 700 Td (Figure 1) Tj ET", xobjects={"/Fig": figure})
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    info = private.add_object(writer, DictionaryObject({  # an indirect object: copied before it could be dropped
        NameObject("/Title"): TextStringObject("Notes on Margaret Thornbury")}))
    form = writer.pages[0]["/Resources"]["/XObject"]["/Fig"].get_object()
    form[NameObject("/PTEX.FileName")] = TextStringObject("./figures/margaret-thornbury.pdf")
    form[NameObject("/PTEX.InfoDict")] = info
    buffer = io.BytesIO()
    writer.write(buffer)
    outcome = redact_pdf(buffer.getvalue(), terms=["Margaret Thornbury"], detect=False)
    assert leaks(outcome.pdf_bytes, "Margaret Thornbury") == [] and b"PTEX" not in outcome.pdf_bytes
    assert outcome.report.carriers_removed["/PTEX.InfoDict"] == 1


@pytest.mark.parametrize(
    ("content", "known"),
    [
        (b"BT /F1 12 Tf 72 700 Td (Call +44 7700 900461 today.) Tj ET", {"PHONE": ["07700 900461"]}),
        (b"BT /F1 12 Tf 72 700 Td (Born 14/03/2015 in Kendal.) Tj ET", {"DATE_OF_BIRTH": ["2015-03-14"]}),
    ],
    ids=["international-prefix", "date-of-birth-written-out"],
)
def test_verification_reads_known_identifiers_in_other_written_forms(make_pdf: Any, content: bytes,
                                                                       known: dict[str, list[str]]) -> None:
    """The second reader's literal checks read the page text too (channel ``text:known``): a known identifier
    in a form the matcher's key does not cover (another prefix, another date format) is never verified."""
    from redaction.pdf.limits import Deadline, Limits
    from redaction.pdf.matcher import Matcher, targets_from
    from redaction.pdf.verify import verify_output

    term = "Kendal" if b"Kendal" in content else "today"
    data = redact_pdf(make_pdf(content), terms=[term], detect=False).pdf_bytes  # a real output: clean structure
    matcher = Matcher(targets_from((), known))
    assert not matcher.find_targets(text_of(data))  # the matcher's key alone would pass it
    with pytest.raises(VerificationError) as caught:
        verify_output(data, matcher=matcher, expected_pages=1, limits=Limits(), deadline=Deadline(60.0, clock=lambda: 0.0), ocr=None,
                      ocr_images=False)
    assert caught.value.channel == "text:known" and caught.value.page == 1
