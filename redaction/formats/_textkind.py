"""Is it text, and is that text an e-mail? From the head of a file.

Text is UTF-8 (a BOM allowed) or UTF-16 with its BOM, with no NULs and few control characters. An
e-mail is text that opens with an RFC 5322 header block (an mbox ``From `` line allowed before it):
at least two well-formed fields ending at a blank line, with one that only messages carry
(MIME-Version, Content-Type, Received, Message-ID ...) or From with Date, Subject or To.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["decode_text", "message_evidence"]

_FIELD = re.compile(r"([!-9;-~]{1,76})[ \t]*:(.*)")
STRONG_FIELDS = frozenset({
    "mime-version", "content-type", "content-transfer-encoding", "received", "return-path", "message-id",
    "dkim-signature", "delivered-to", "arc-seal", "authentication-results", "x-originating-ip",
})
ADDRESS_COMPANIONS = frozenset({"date", "subject", "to", "cc", "sent"})
MESSAGE_FIELDS = STRONG_FIELDS | ADDRESS_COMPANIONS | {"from", "sender", "reply-to", "bcc"}
MAX_HEADER_LINES = 2000


def decode_text(head: bytes, *, whole: bool) -> tuple[str, str] | None:
    """(text, charset) when the bytes are text; ``whole`` False allows a character cut at the end."""
    if head.startswith(codecs.BOM_UTF8):
        charset, body = "utf-8", head[3:]
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not head.startswith(b"\xff\xfe\x00\x00"):
        charset, body = "utf-16", head
    else:
        charset, body = "utf-8", head
    decoder = codecs.getincrementaldecoder(charset)(errors="strict")
    try:
        text = decoder.decode(body, final=whole)
    except UnicodeDecodeError:
        return None
    if charset == "utf-16" and text.startswith("\ufeff"):
        text = text[1:]
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f\x0b\x1a")
    if "\x00" in text or controls > max(2, len(text) // 200):
        return None
    return text, charset


def message_evidence(text: str) -> str:
    """'strong', 'weak' (a header block a named .eml file would settle) or 'none'."""
    lines = text.splitlines()
    index = 1 if lines and lines[0].startswith("From ") else 0
    names: list[str] = []
    for line in lines[index : index + MAX_HEADER_LINES]:
        if not line.strip():
            break
        if line[0] in " \t" and names:
            continue  # a folded continuation of the field before
        match = _FIELD.fullmatch(line)
        if match is None:
            return "none"
        names.append(match.group(1).lower())
    else:
        if len(lines) > index + MAX_HEADER_LINES or not names:
            return "none"
    fields = set(names)
    if len(names) >= 2 and (fields & STRONG_FIELDS or ("from" in fields and fields & ADDRESS_COMPANIONS)):
        return "strong"
    return "weak" if fields & MESSAGE_FIELDS else "none"
