"""A plain, readable PDF of headed paragraphs, written by hand (no PDF library is needed to lay out
lines of text): A4 pages, Helvetica in WinAnsi encoding (characters outside it become "?"), lines
wrapped to the page, a page number at the foot, and the document's title and language in the catalogue
so a screen reader reads it as English."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Section", "summary_pdf"]

_WIDTH, _HEIGHT = 595, 842  # A4 in points
_MARGIN = 56
_BODY, _HEAD, _TITLE = 10.5, 13, 17
_LEADING = 1.45
_WRAP = 95  # characters of Helvetica 10.5 pt across the text width


@dataclass(frozen=True)
class Section:
    heading: str
    lines: Sequence[str]


def summary_pdf(title: str, sections: Sequence[Section]) -> bytes:
    pages = _paginate(title, sections)
    objects: list[bytes] = []
    kids = []
    font = 3
    first_page = 5
    for number, lines in enumerate(pages):
        page_id, content_id = first_page + 2 * number, first_page + 2 * number + 1
        kids.append(f"{page_id} 0 R")
        stream = _content(lines, number + 1, len(pages))
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {_WIDTH} {_HEIGHT}] "
            f"/Resources << /Font << /F1 {font} 0 R /F2 4 0 R >> >> /Contents {content_id} 0 R >>".encode("ascii")
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    head = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang (en-GB) /ViewerPreferences << /DisplayDocTitle true >> >>",
        f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode("ascii"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    everything = head + objects
    info_id = len(everything) + 1
    everything.append(b"<< /Title " + _string(title) + b" /Producer (send-vault) >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for index, body in enumerate(everything, start=1):
        offsets.append(len(out))
        out += f"{index} 0 obj\n".encode("ascii") + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(everything) + 1}\n0000000000 65535 f \n".encode("ascii")
    out += b"".join(f"{offset:010d} 00000 n \n".encode("ascii") for offset in offsets)
    out += f"trailer\n<< /Size {len(everything) + 1} /Root 1 0 R /Info {info_id} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("ascii")
    return bytes(out)


_Line = tuple[str, float, bool]  # text, size, bold


def _paginate(title: str, sections: Sequence[Section]) -> list[list[_Line]]:
    lines: list[_Line] = [(title, _TITLE, True), ("", _BODY, False)]
    for section in sections:
        lines.append((section.heading, _HEAD, True))
        for line in section.lines or ["None."]:
            wrapped = textwrap.wrap(line, _WRAP, subsequent_indent="    ") or [""]
            lines.extend((part, _BODY, False) for part in wrapped)
        lines.append(("", _BODY, False))
    pages: list[list[_Line]] = [[]]
    room = _HEIGHT - 2 * _MARGIN - 20
    used = 0.0
    for entry in lines:
        height = entry[1] * _LEADING
        if used + height > room and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].append(entry)
        used += height
    return pages


def _content(lines: list[_Line], number: int, count: int) -> bytes:
    parts = [b"BT"]
    y = float(_HEIGHT - _MARGIN)
    for text, size, bold in lines:
        y -= size * _LEADING
        parts.append(b"/%s %.1f Tf 1 0 0 1 %d %.1f Tm " % (b"F2" if bold else b"F1", size, _MARGIN, y) + _string(text) + b" Tj")
    parts.append(b"/F1 9 Tf 1 0 0 1 %d %d Tm " % (_MARGIN, _MARGIN - 24) + _string(f"Page {number} of {count}") + b" Tj")
    parts.append(b"ET")
    return b"\n".join(parts)


def _string(text: str) -> bytes:
    data = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("–", "-").replace("—", "-")
    raw = data.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"
