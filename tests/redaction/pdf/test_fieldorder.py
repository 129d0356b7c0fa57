"""A flattened form field's value is read beside its label (the page text to its left, or just above it), not
after all the page's text, so a detector that needs the label ("Date of birth:") still finds the value."""

from __future__ import annotations

import io
import re
import time

from pdf_builders import build_pdf, helvetica, obj, stream
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, NameObject

from redaction.pdf import redact_pdf
from redaction.pdf.analysis import analyse_page
from redaction.pdf.interpreter import Interpreter
from redaction.pdf.limits import Deadline, Limits
from redaction.pdf.optional_content import OptionalContent
from redaction.pdf.resources import FontCache
from redaction.spans import Span


def _field(rect: tuple[float, float, float, float], value: str) -> DictionaryObject:
    x0, y0, x1, y1 = rect
    appearance = stream(b"/Tx BMC q BT /Helv 10 Tf 2 6 Td (" + value.encode() + b") Tj ET Q EMC\n",
                        Type=NameObject("/XObject"), Subtype=NameObject("/Form"),
                        BBox=obj([0.0, 0.0, float(x1 - x0), float(y1 - y0)]),
                        Resources=DictionaryObject({NameObject("/Font"): DictionaryObject(
                            {NameObject("/Helv"): helvetica()})}))
    annotation = obj({"/Type": "/Annot", "/Subtype": "/Widget", "/FT": "/Tx", "/T": "f", "/V": value,
                      "/Rect": [float(v) for v in rect], "/F": 4})
    annotation[NameObject("/AP")] = DictionaryObject({NameObject("/N"): appearance})
    return annotation


def _form() -> bytes:
    labels = ["Child's name:", "Date of birth:", "Main need:"]
    values = ["Anna Nowak", "05/11/2015", "Speech"]
    content = b"".join(f"BT /F1 11 Tf 72 {740 - 30 * i} Td ({label}) Tj ET\n".encode() for i, label in enumerate(labels))
    content += b"BT /F1 11 Tf 72 620 Td (Signed by the parent:) Tj ET\n"
    fields = [_field((200, 732 - 30 * i, 480, 752 - 30 * i), value) for i, value in enumerate(values)]
    fields.append(_field((72, 585, 300, 605), "Maria Nowak"))  # under its label
    return build_pdf(content, page={"/Annots": ArrayObject(fields)})


def _page_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    optional = OptionalContent(reader.trailer["/Root"].get_object())
    interpreter = Interpreter(fonts=FontCache(), optional=optional, limits=Limits(),
                              deadline=Deadline(60, clock=time.monotonic))
    return analyse_page(0, reader.pages[0], interpreter=interpreter, optional=optional, limits=Limits()).text.text


def test_field_values_are_read_beside_their_labels() -> None:
    assert _page_text(_form()) == ("Child's name: Anna Nowak\nDate of birth: 05/11/2015\nMain need: Speech\n\n"
                                   "Signed by the parent:\nMaria Nowak")


def test_a_value_found_through_its_label_is_removed() -> None:
    cue = re.compile(r"Date of birth: (\S+)")

    def finder(text: str) -> list[Span]:
        return [Span(m.start(1), m.end(1), "DATE_OF_BIRTH", 0.9, "pattern") for m in cue.finditer(text)]

    outcome = redact_pdf(_form(), detect=True, finder=finder)
    assert outcome.report.boxes_by_type == {"DATE_OF_BIRTH": 1}
    text = PdfReader(io.BytesIO(outcome.pdf_bytes)).pages[0].extract_text()
    assert "05/11/2015" not in text and "Anna Nowak" in text
