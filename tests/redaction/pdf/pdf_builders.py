"""Hand-made PDFs and PDF objects for the redactor's tests (importable: conftest puts this folder on
the path). ``obj`` turns plain Python values into pypdf objects ("/Name" strings become names)."""

from __future__ import annotations

import io
import time
from typing import Any

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from redaction.pdf import _pypdf_private as private
from redaction.pdf.content import PageContent
from redaction.pdf.interpreter import Interpreter
from redaction.pdf.limits import Deadline, Limits
from redaction.pdf.optional_content import OptionalContent
from redaction.pdf.resources import FontCache


def obj(value: Any) -> Any:
    if isinstance(value, dict):
        return DictionaryObject({NameObject(k): obj(v) for k, v in value.items()})
    if isinstance(value, list):
        return ArrayObject(obj(v) for v in value)
    if isinstance(value, str):
        return NameObject(value) if value.startswith("/") else TextStringObject(value)
    if isinstance(value, float):
        return FloatObject(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return NumberObject(value)
    return value


def helvetica() -> DictionaryObject:
    return DictionaryObject({
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
        NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
    })


def stream(data: bytes, **entries: Any) -> DecodedStreamObject:
    obj = DecodedStreamObject()
    for key, value in entries.items():
        obj[NameObject("/" + key)] = value
    obj.set_data(data)
    return obj


def build_pdf(
    contents: bytes | list[bytes],
    *,
    fonts: dict[str, DictionaryObject] | None = None,
    xobjects: dict[str, Any] | None = None,
    resources: dict[str, Any] | None = None,
    page: dict[str, Any] | None = None,
    catalog: dict[str, Any] | None = None,
    info: dict[str, str] | None = None,
    pages: int = 1,
    size: tuple[float, float] = (612, 792),
    per_page: list[bytes] | None = None,
) -> bytes:
    """A PDF whose pages all draw ``contents`` (a list: one page split over several streams) with
    Helvetica as /F1 (plus what is given); ``per_page`` gives each page its own single stream."""
    writer = PdfWriter()
    font_dict = DictionaryObject({NameObject("/F1"): private.add_object(writer, helvetica())})
    for name, font in (fonts or {}).items():
        font_dict[NameObject(name)] = private.add_object(writer, font)
    res = DictionaryObject({NameObject("/Font"): font_dict})
    if xobjects:
        res[NameObject("/XObject")] = DictionaryObject(
            {NameObject(k): private.add_object(writer, v) for k, v in xobjects.items()}
        )
    for key, value in (resources or {}).items():
        res[NameObject(key)] = value
    parts = contents if isinstance(contents, list) else [contents]
    for page_number in range(len(per_page) if per_page else pages):
        if per_page:
            parts = [per_page[page_number]]
        new_page = writer.add_blank_page(*size)
        content_refs = [private.add_object(writer, stream(part)) for part in parts]
        new_page[NameObject("/Contents")] = content_refs[0] if len(content_refs) == 1 else ArrayObject(content_refs)
        new_page[NameObject("/Resources")] = res
        for key, value in (page or {}).items():
            new_page[NameObject(key)] = value
    for key, value in (catalog or {}).items():
        writer.root_object[NameObject(key)] = value
    if info:
        writer.add_metadata(info)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def fonts_resources(**fonts: DictionaryObject) -> DictionaryObject:
    """``/Resources`` with Helvetica as /F1 and the given fonts."""
    table = DictionaryObject({NameObject("/F1"): helvetica()})
    for name, font in fonts.items():
        table[NameObject("/" + name)] = font
    return DictionaryObject({NameObject("/Font"): table})


def interpret(data: bytes, resources: DictionaryObject | None = None, *, limits: Limits | None = None,
              catalog: DictionaryObject | None = None) -> PageContent:
    """Interpret one content stream as a page (Helvetica as /F1 unless ``resources`` say otherwise)."""
    interpreter = Interpreter(fonts=FontCache(), optional=OptionalContent(catalog or DictionaryObject()),
                              limits=limits or Limits(), deadline=Deadline(60, clock=time.monotonic))
    return interpreter.page(0, [data], resources if resources is not None else fonts_resources())
