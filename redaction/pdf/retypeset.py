"""The re-typeset output: a new PDF built from the redacted text alone.

Keeping the layout leaves residue (a box's width reveals the removed string's width; subset fonts
keep glyph shapes). Where layout does not matter, this output carries nothing of the original
file: each original page becomes a section of plain paragraphs set in DejaVu Sans, with every
removed stretch shown as :data:`MARKER`.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

from pypdf import PageObject, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from redaction.pdf import _pypdf_private as private
from redaction.pdf.pagetext import PageText
from redaction.pdf.pdfobjects import flate_stream
from redaction.pdf.truetype import TrueTypeFont, find_font, load_truetype

__all__ = ["MARKER", "redacted_page_text", "retypeset_pdf"]

MARKER = "[redacted]"
PAGE_WIDTH, PAGE_HEIGHT = 595.28, 841.89
MARGIN = 56.7
FONT_SIZE = 10.5
LEADING = 14.0
HEADING = "— page {number} —"


def redacted_page_text(text: PageText, removed: dict[int, set[int]]) -> str:
    """The page text with each removed stretch replaced by one :data:`MARKER`."""
    out: list[str] = []
    in_removed = False
    pending = ""  # an inferred space or line break met inside a removed stretch
    for char, owner in zip(text.text, text.owners, strict=True):
        if owner is not None and owner[1] in removed.get(owner[0], ()):
            if not in_removed:
                out.append(MARKER)
            in_removed, pending = True, ""
        elif in_removed and owner is None:
            pending = char
        else:
            out.append(pending + char)
            in_removed, pending = False, ""
    return "".join(out).replace("\ufffd", "?")


class _Typesetter:
    def __init__(self, font: TrueTypeFont) -> None:
        self.font = font
        self.used: dict[int, str] = {}

    def width(self, text: str) -> float:
        return sum(self.font.width(self.font.glyph(c)) for c in text) * FONT_SIZE / 1000.0

    def encode(self, text: str) -> bytes:
        codes = bytearray()
        for char in text:
            glyph = self.font.glyph(char)
            if glyph == 0 and char not in "\t":
                char, glyph = "?", self.font.glyph("?")
            self.used.setdefault(glyph, char)
            codes += glyph.to_bytes(2, "big")
        return bytes(codes)

    def lines(self, paragraph: str, width: float) -> list[str]:
        lines: list[str] = []
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if self.width(candidate) <= width or not current:
                current = candidate
                while self.width(current) > width and len(current) > 1:  # one word wider than the line
                    cut = len(current)
                    while cut > 1 and self.width(current[:cut]) > width:
                        cut -= 1
                    lines.append(current[:cut])
                    current = current[cut:]
            else:
                lines.append(current)
                current = word
        if current:
            lines.append(current)
        return lines


def _font_objects(typesetter: _Typesetter, writer: PdfWriter) -> DictionaryObject:
    font = typesetter.font
    program = flate_stream(font.data, {"/Length1": NumberObject(len(font.data))})
    descriptor = DictionaryObject({
        NameObject("/Type"): NameObject("/FontDescriptor"),
        NameObject("/FontName"): NameObject("/" + font.name),
        NameObject("/Flags"): NumberObject(32),
        NameObject("/FontBBox"): ArrayObject(FloatObject(font.scaled(v)) for v in font.bbox),
        NameObject("/ItalicAngle"): NumberObject(0),
        NameObject("/Ascent"): FloatObject(font.scaled(font.ascent)),
        NameObject("/Descent"): FloatObject(font.scaled(font.descent)),
        NameObject("/CapHeight"): FloatObject(font.scaled(font.ascent)),
        NameObject("/StemV"): NumberObject(80),
        NameObject("/FontFile2"): private.add_object(writer, program),
    })
    widths = ArrayObject()
    for glyph in sorted(typesetter.used):
        widths += [NumberObject(glyph), ArrayObject([FloatObject(font.width(glyph))])]
    cid_font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/CIDFontType2"),
        NameObject("/BaseFont"): NameObject("/" + font.name),
        NameObject("/CIDSystemInfo"): DictionaryObject({
            NameObject("/Registry"): TextStringObject("Adobe"),
            NameObject("/Ordering"): TextStringObject("Identity"),
            NameObject("/Supplement"): NumberObject(0),
        }),
        NameObject("/FontDescriptor"): private.add_object(writer, descriptor),
        NameObject("/W"): widths,
        NameObject("/DW"): NumberObject(1000),
        NameObject("/CIDToGIDMap"): NameObject("/Identity"),
    })
    return DictionaryObject({
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/Type0"),
        NameObject("/BaseFont"): NameObject("/" + font.name),
        NameObject("/Encoding"): NameObject("/Identity-H"),
        NameObject("/DescendantFonts"): ArrayObject([private.add_object(writer, cid_font)]),
        NameObject("/ToUnicode"): private.add_object(writer, flate_stream(_to_unicode(typesetter.used))),
    })


def _to_unicode(used: dict[int, str]) -> bytes:
    entries = sorted(used.items())
    chunks = [entries[i : i + 100] for i in range(0, len(entries), 100)]
    body = b"".join(
        b"%d beginbfchar\n" % len(chunk)
        + b"".join(b"<%04X> <%s>\n" % (glyph, char.encode("utf-16-be").hex().upper().encode()) for glyph, char in chunk)
        + b"endbfchar\n"
        for chunk in chunks
    )
    return (
        b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" + body +
        b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    )


def retypeset_pdf(page_texts: Sequence[str], *, random_bytes: Callable[[int], bytes], font_path: Path | None = None,
                  headings: Sequence[str] | None = None) -> bytes:
    """``headings``: one per text, set above it instead of the page numbers (an e-mail's bundle)."""
    typesetter = _Typesetter(load_truetype(find_font(font_path)))
    width = PAGE_WIDTH - 2 * MARGIN
    lines: list[str | None] = []  # None: a paragraph gap
    for number, text in enumerate(page_texts, start=1):
        heading = HEADING.format(number=number) if headings is None else headings[number - 1]
        lines += [*typesetter.lines(heading, width), None]
        for paragraph in text.split("\n"):
            lines += typesetter.lines(paragraph, width) if paragraph.strip() else []
        lines.append(None)
    per_page = int((PAGE_HEIGHT - 2 * MARGIN) // LEADING)
    pages = [lines[i : i + per_page] for i in range(0, max(len(lines), 1), per_page)]
    streams = [_page_stream(typesetter, chunk) for chunk in pages]
    writer = PdfWriter()
    font = private.add_object(writer, _font_objects(typesetter, writer))
    for data in streams:
        page = PageObject.create_blank_page(width=PAGE_WIDTH, height=PAGE_HEIGHT)
        page[NameObject("/Resources")] = DictionaryObject({
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): font}),
        })
        page[NameObject("/Contents")] = private.add_object(writer, flate_stream(data))
        writer.add_page(page)
    writer.metadata = None
    identifier = random_bytes(16)
    private.set_file_id(writer, identifier, identifier)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _page_stream(typesetter: _Typesetter, lines: Sequence[str | None]) -> bytes:
    parts = [b"BT /F1 %.1f Tf %.1f TL %.2f %.2f Td" % (FONT_SIZE, LEADING, MARGIN, PAGE_HEIGHT - MARGIN - FONT_SIZE)]
    for line in lines:
        if line:
            parts.append(b"<" + typesetter.encode(line).hex().upper().encode() + b"> Tj")
        parts.append(b"T*")
    parts.append(b"ET")
    return b"\n".join(parts)
