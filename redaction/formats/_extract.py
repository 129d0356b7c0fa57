"""Text read back out of a redacted attachment by a route of its own, for the literal checks: pypdf's
page text for a PDF, every XML part's text and attribute values for a Word or OpenDocument file
(bounded: entries, sizes, compression ratio), the decoded text of a text file.
"""

from __future__ import annotations

import html
import io
import re
import zipfile

from redaction.formats.errors import LimitExceededError, VerificationError
from redaction.formats.sniff import FileType

__all__ = ["attachment_texts", "markup_text", "output_texts"]

MAX_ENTRIES = 5_000
MAX_ENTRY_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200
_TAG = re.compile(r"<[^>]*>", re.DOTALL)
_ATTRIBUTE = re.compile(r"""[\w:.-]+\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)


def markup_text(markup: str) -> str:
    """Everything a markup file says: text between tags, attribute values, comments (entities decoded)."""
    pieces = [_TAG.sub(" ", _COMMENT.sub(" ", markup))]
    pieces += [a or b for tag in _TAG.findall(markup) for a, b in _ATTRIBUTE.findall(tag)]
    pieces += _COMMENT.findall(markup)
    return html.unescape("\n".join(pieces))


def attachment_texts(data: bytes, file_type: FileType, where: str) -> list[tuple[str, str]] | None:
    """(where, text) pairs; ``None`` for a kind whose own redactor's check is the only one (images)."""
    if file_type.kind == "pdf":
        return [(where, _pdf_text(data, where))]
    if file_type.kind in ("docx", "odt", "zip"):
        return _zip_texts(data, where)
    if file_type.kind == "text":
        return [(where, data.decode(file_type.mime.partition("charset=")[2] or "utf-8", errors="replace"))]
    if file_type.kind == "image":
        return None
    raise VerificationError(f"{where}: {file_type.detail} cannot be read back to check it", where=where)


def _pdf_text(data: bytes, where: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        raise VerificationError(f"{where}: the redacted PDF cannot be read back ({type(error).__name__})",
                                where=where) from error


def _zip_texts(data: bytes, where: str) -> list[tuple[str, str]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise VerificationError(f"{where}: the redacted file cannot be read back", where=where) from error
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise LimitExceededError(f"{where}: more than {MAX_ENTRIES} entries to read back")
    texts, total = [], 0
    for info in infos:
        if info.file_size > MAX_ENTRY_BYTES or info.file_size > MAX_RATIO * max(info.compress_size, 1) + 4096:
            raise LimitExceededError(f"{where}: an entry decompresses beyond the limits")
        with archive.open(info) as member:
            content = member.read(MAX_ENTRY_BYTES + 1)
        total += len(content)
        if len(content) > MAX_ENTRY_BYTES or total > MAX_TOTAL_BYTES:
            raise LimitExceededError(f"{where}: the file decompresses beyond the limits")
        text = content.decode("utf-8", errors="replace")
        if info.filename.endswith((".xml", ".rels", ".vml")):
            text = markup_text(text)
        texts.append((f"{where} ({info.filename})", text))
    return texts


def output_texts(data: bytes, kind: str) -> list[tuple[str, str]]:
    """Every text a redacted output holds (``kind``: the outcome's; its output may be a PDF), read back
    by this module's own routes, for a caller's own literal checks (the vault checks a case study's renderings again before publishing them)."""
    from redaction.formats.sniff import sniff

    file_type = sniff(data)
    if kind == "eml" and file_type.kind != "pdf":  # an e-mail's PDF bundle is read as the PDF it is
        from redaction.formats.email.reread import read_back

        back = read_back(data)
        return [*back.prose, *back.extracted]
    if kind == "text":
        return [("the text", data.decode("utf-8", errors="replace"))]
    return attachment_texts(data, file_type, f"the {kind}") or []
