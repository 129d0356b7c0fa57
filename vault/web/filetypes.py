"""Which uploads the web pages take: the papers families bring (PDF, Word and OpenDocument, .doc, RTF,
e-mail and Outlook messages, plain text, scans and photos). The type is what
``redaction.formats.sniff`` says the content is (never the file's name or the browser's guess) — the
one detection the document service runs on every upload — and this module only says which kinds a
page accepts, with a reason the supporter can act on for the rest.

Two moments: the first bytes of a file settle most types at once (a program is refused before the
rest of it is read); a ZIP or OLE2 container needs its directory, which the document service reads
as the file is stored, and its rule (:func:`refusal`) then keeps nothing it refuses.
"""

from __future__ import annotations

from redaction.formats import FileType, sniff
from redaction.formats.sniff import HEAD

__all__ = ["ACCEPTED", "HEAD_BYTES", "early_refusal", "refusal"]

HEAD_BYTES = HEAD
ACCEPTED = frozenset({"pdf", "text", "eml", "docx", "odt", "doc", "rtf", "msg", "image"})
_CONTAINERS = (b"PK\x03\x04", b"PK\x05\x06", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")  # ZIP and OLE2: see the directory


def refusal(found: FileType) -> str | None:
    """Why a file of this type is not taken (``None``: it is)."""
    if found.kind in ACCEPTED:
        return None
    if found.kind == "zip" and found.detail.startswith("a ZIP archive"):
        return f"it is {found.detail}: upload the documents inside it instead"
    return (f"it is {found.detail}, not a type of document the vault takes (PDF, Word, OpenDocument, RTF, "
            "e-mail, text or image)")


def early_refusal(head: bytes, *, whole: bool) -> str | None:
    """From the file's first bytes (``whole``: that is all of it): a reason to refuse it now, if the
    start settles it; containers are left to the document service, which reads their directory."""
    if not head:
        return "the file is empty"
    if head.startswith(_CONTAINERS) and not whole:
        return None
    return refusal(sniff(head))
