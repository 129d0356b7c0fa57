"""Page images of a stored document, rendered on the server: what a preview shows.

PDF pages through poppler's ``pdftoppm`` (pages and resolution bounded, a timeout); images decoded
safely (``redaction.formats.image``: limits, orientation, every TIFF page) and scaled, written fresh so
no metadata rides along; plain text and e-mail (headers and text parts) typeset with DejaVu Sans;
Word, OpenDocument, .doc and .rtf converted to PDF by LibreOffice (``soffice``) when it is installed.
Anything else, or a missing program, is :class:`PreviewUnavailable` with the reason.

The document's bytes are the family's: programs read them from a private folder (mode 0700) that is
removed in ``finally``, and nothing rendered is written anywhere but the returned PNG bytes (the
service stores those encrypted under the case key). Which type a document is comes from its content
(:func:`kind_of`, on ``redaction.formats.sniff``).
"""

from __future__ import annotations

import email
import email.policy
import io
import os
import shutil
import subprocess
import tempfile
import textwrap
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

__all__ = ["PreviewLimits", "PreviewUnavailable", "Rendering", "kind_of", "render"]

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


class PreviewUnavailable(Exception):
    """This document cannot be shown as page images (its type, a missing program, a limit)."""


@dataclass(frozen=True, kw_only=True)
class PreviewLimits:
    max_pages: int = 200  # pages a preview offers; beyond, the document is downloaded instead
    dpi: int = 100
    max_side: int = 1600  # pixels of a page image's longer side
    max_input_bytes: int = 100 * 1024 * 1024
    timeout_seconds: float = 60.0
    text_lines_per_page: int = 56
    text_columns: int = 96


@dataclass(frozen=True)
class Rendering:
    pages: int  # how many pages the document has (at most max_pages)
    images: dict[int, bytes]  # page number (from 1) -> PNG


_PREVIEW_KINDS = {"pdf": "pdf", "image": "image", "docx": "office", "odt": "office", "doc": "office", "rtf": "office",
                  "eml": "email", "text": "text"}


def kind_of(data: bytes) -> str | None:
    """"pdf", "image", "office", "email", "text" or None, from the content alone (``redaction.formats.sniff``,
    the one type detection every part of the vault uses)."""
    from redaction.formats import sniff

    return _PREVIEW_KINDS.get(sniff(data).kind)


def render(data: bytes, pages: Sequence[int], *, limits: PreviewLimits | None = None) -> Rendering:
    """PNGs of ``pages`` (from 1) of the document; pages past its end are left out."""
    limits = limits or PreviewLimits()
    if len(data) > limits.max_input_bytes:
        raise PreviewUnavailable(f"documents over {limits.max_input_bytes // (1024 * 1024)} MB are not previewed")
    kind = kind_of(data)
    if kind == "pdf":
        return _pdf(data, pages, limits)
    if kind == "image":
        return _image(data, pages, limits)
    if kind in ("text", "email"):
        return _text(_email_text(data) if kind == "email" else data.decode("utf-8"), pages, limits)
    if kind == "office":
        return _office(data, pages, limits)
    raise PreviewUnavailable("this type of document has no preview: download it instead")


@contextmanager
def private_folder() -> Iterator[Path]:
    """A folder only this user can enter, removed with everything in it when left."""
    folder = Path(tempfile.mkdtemp(prefix="vault-preview-"))
    try:
        os.chmod(folder, 0o700)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(command: list[str], limits: PreviewLimits, what: str) -> subprocess.CompletedProcess[bytes]:
    if shutil.which(command[0]) is None:
        raise PreviewUnavailable(f"previews of {what} need {command[0]}, which is not installed")
    try:
        completed = subprocess.run(command, capture_output=True, timeout=limits.timeout_seconds, check=False)
    except subprocess.TimeoutExpired:
        raise PreviewUnavailable(f"rendering the {what} took longer than {limits.timeout_seconds:g} s") from None
    if completed.returncode != 0:
        raise PreviewUnavailable(f"the {what} could not be rendered ({command[0]} failed)")
    return completed


def _pdf_pages(path: Path, limits: PreviewLimits) -> int:
    info = _run(["pdfinfo", str(path)], limits, "PDF").stdout.decode("utf-8", "replace")
    for line in info.splitlines():
        if line.startswith("Pages:"):
            return min(int(line.split()[1]), limits.max_pages)
    raise PreviewUnavailable("the PDF's pages could not be counted")


def _pdf(data: bytes, pages: Sequence[int], limits: PreviewLimits) -> Rendering:
    with private_folder() as folder:
        source = folder / "document.pdf"
        source.write_bytes(data)
        count = _pdf_pages(source, limits)
        images = {}
        for page in sorted({p for p in pages if 1 <= p <= count}):
            target = folder / f"page-{page}"
            _run(["pdftoppm", "-png", "-r", str(limits.dpi), "-scale-to", str(limits.max_side), "-f", str(page),
                  "-l", str(page), "-singlefile", str(source), str(target)], limits, "PDF")
            images[page] = _fresh_png(Image.open(folder / f"page-{page}.png"), limits)
    return Rendering(count, images)


def _fresh_png(image: Image.Image, limits: PreviewLimits) -> bytes:
    """The pixels only, at most ``max_side`` on the longer side, as a new PNG."""
    image.load()
    mode = "L" if image.mode in ("1", "L") else "RGB"
    pixels = image.convert(mode)
    pixels.thumbnail((limits.max_side, limits.max_side), Image.Resampling.LANCZOS)
    fresh = Image.frombytes(mode, pixels.size, pixels.tobytes())
    buffer = io.BytesIO()
    fresh.save(buffer, format="PNG", compress_level=6)
    return buffer.getvalue()


def _image(data: bytes, pages: Sequence[int], limits: PreviewLimits) -> Rendering:
    from redaction.formats.errors import FormatError
    from redaction.formats.image.decode import decode
    from redaction.formats.image.limits import ImageLimits

    try:
        decoded = decode(data, ImageLimits(max_bytes=limits.max_input_bytes, max_frames=limits.max_pages))
    except FormatError as error:
        raise PreviewUnavailable(f"the image cannot be shown ({error})") from None
    count = len(decoded.frames)
    return Rendering(count, {p: _fresh_png(decoded.frames[p - 1], limits) for p in pages if 1 <= p <= count})


def _email_text(data: bytes) -> str:
    """The message as a reader sees it: its main headers, its text parts, its attachments by name."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    lines = [f"{name}: {message[name]}" for name in ("From", "To", "Cc", "Date", "Subject") if message[name]]
    lines.append("")
    for part in message.walk():
        if part.is_multipart():
            continue
        name = part.get_filename()
        if name:
            lines.append(f"[attachment: {name}]")
        elif part.get_content_type() == "text/plain":
            try:
                lines.append(str(part.get_content()))
            except (LookupError, ValueError):
                lines.append("[a text part that cannot be decoded]")
        else:
            lines.append(f"[{part.get_content_type()} part]")
    return "\n".join(lines)


def _text(text: str, pages: Sequence[int], limits: PreviewLimits) -> Rendering:
    if not FONT.is_file():
        raise PreviewUnavailable("previews of text need the DejaVu fonts (fonts-dejavu-core), which are not installed")
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").split("\n"):
        lines += textwrap.wrap(paragraph.expandtabs(4), limits.text_columns, replace_whitespace=False) or [""]
        if len(lines) > limits.text_lines_per_page * limits.max_pages:
            break
    per_page = limits.text_lines_per_page
    count = max(1, min(limits.max_pages, -(-len(lines) // per_page)))
    font = ImageFont.truetype(str(FONT), 15)
    images = {}
    for page in sorted({p for p in pages if 1 <= p <= count}):
        image = Image.new("L", (1000, 1414), 255)
        draw = ImageDraw.Draw(image)
        for row, line in enumerate(lines[(page - 1) * per_page : page * per_page]):
            draw.text((60, 60 + row * 23), line, font=font, fill=0)
        images[page] = _fresh_png(image, limits)
    return Rendering(count, images)


def _office(data: bytes, pages: Sequence[int], limits: PreviewLimits) -> Rendering:
    if shutil.which("soffice") is None:
        raise PreviewUnavailable("previews of Word and OpenDocument files need LibreOffice (soffice), which is not installed")
    with private_folder() as folder:
        source = folder / "document"
        source.write_bytes(data)
        profile = folder / "profile"  # a profile of its own: no clash with another soffice, nothing left behind
        _run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--convert-to",
              "pdf", "--outdir", str(folder), str(source)], limits, "document")
        converted = folder / "document.pdf"
        if not converted.is_file():
            raise PreviewUnavailable("LibreOffice could not convert the document")
        return _pdf(converted.read_bytes(), pages, limits)
