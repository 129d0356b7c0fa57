"""The written e-mail read back by a route of its own: ``compat32`` parsing (the legacy ``Message``
API, not the one that built it), every header decoded with ``email.header.decode_header``, every part
decoded, HTML read with a regular-expression tokenizer (text, attribute values, comments) rather than
``html.parser``, attachments through ``_extract``. Returns what a verifier reads:

- ``prose``: headers, bodies, text attachments (the second reader and the literal checks);
- ``extracted``: text read out of binary attachments, and the raw message (literal checks only: the
  attachment's own redactor had its output read by the second reader already);
- ``unread``: attachments only their own redactor could check (images).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email import message_from_bytes
from email import policy as email_policy

from redaction.formats._extract import attachment_texts, markup_text
from redaction.formats.email.charsets import decode_words, lenient
from redaction.formats.sniff import sniff

__all__ = ["ReadBack", "read_back"]

_BASE64_LINE = re.compile(r"(?m)^[A-Za-z0-9+/=]{40,}\r?$")
_STRUCTURAL = frozenset({"content-type", "content-transfer-encoding", "content-disposition", "mime-version"})


@dataclass
class ReadBack:
    prose: list[tuple[str, str]] = field(default_factory=list)
    extracted: list[tuple[str, str]] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)


def read_back(data: bytes) -> ReadBack:
    # The raw message, its base64 lines blanked (random base64 spells a short name by chance).
    found = ReadBack(extracted=[("the raw message", _BASE64_LINE.sub("", data.decode("latin-1")))])
    message = message_from_bytes(data, policy=email_policy.compat32)
    attachments = 0
    for index, part in enumerate(message.walk()):
        place = f"part {index + 1}"
        for name, value in part.items():
            if name.lower() in _STRUCTURAL:
                continue  # read below as parameters; the rest of them is MIME syntax
            found.prose.append((f"{place} header {name}", decode_words(str(value))))
        for name, value in part.get_params(header="content-disposition", failobj=[]) + part.get_params(failobj=[]):
            if value and name not in ("charset", "boundary"):
                found.prose.append((f"{place} parameter {name}", decode_words(str(value))))
        for extra in (part.preamble, part.epilogue):
            if extra:
                found.prose.append((f"{place} preamble", extra))
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        data_bytes = payload if isinstance(payload, bytes) else b""
        if part.get_content_type() == "text/html":
            found.prose.append((f"{place} (HTML)", markup_text(lenient(data_bytes, part.get_content_charset()))))
        elif part.get_content_maintype() == "text":
            found.prose.append((place, lenient(data_bytes, part.get_content_charset())))
        else:
            attachments += 1
            file_type = sniff(data_bytes)
            texts = attachment_texts(data_bytes, file_type, f"{place} (attachment {attachments})")
            if texts is None:
                found.unread.append(f"{place} ({file_type.detail})")
            elif file_type.kind == "text":
                found.prose.extend(texts)
            else:
                found.extracted.extend(texts)
    return found
