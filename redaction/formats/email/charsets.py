"""Bytes of a mail to text, leniently: the declared charset, else UTF-8, else Windows-1252 (which
decodes every byte); RFC 2047 encoded words decoded the same way. Shared by the parser and the
read-back: what differs between them is the parsing route, not how a charset is applied."""

from __future__ import annotations

from email.header import decode_header

__all__ = ["decode_words", "lenient"]


def lenient(data: bytes, charset: str | None) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    for candidate in (charset, "utf-8"):
        if candidate:
            try:
                return data.decode(candidate)
            except (LookupError, UnicodeDecodeError):
                continue
    return data.decode("cp1252", errors="replace")


def decode_words(value: str) -> str:
    """A header value with its encoded words decoded (an unknown charset decoded leniently)."""
    pieces = []
    for chunk, charset in decode_header(value):
        pieces.append(chunk if isinstance(chunk, str) else lenient(chunk, charset))
    return "".join(pieces)
