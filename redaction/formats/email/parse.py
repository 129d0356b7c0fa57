"""Reading an e-mail into a tree of decoded nodes (``tree``), with the standard library's parser
(``policy.default``) under ``EmailLimits``.

Every payload is decoded (base64, quoted-printable, uuencode) and every text part decoded from its
charset before anything looks at it; each leaf's type is sniffed from its decoded bytes, so a
forwarded message attached as ``application/octet-stream`` is read as a message and a text file
attached as base64 is read as text. Headers are kept only from an allowlist (the address fields,
Subject, Date); the rest are counted and dropped. A broken MIME structure is refused, never guessed.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from collections import Counter
from email import errors as email_errors
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser

from redaction.formats.email.charsets import decode_words, lenient
from redaction.formats.email.limits import Budget
from redaction.formats.email.tree import (
    Address,
    AddressField,
    BinaryLeaf,
    HtmlLeaf,
    MessageNode,
    Multipart,
    Node,
    TextField,
    TextLeaf,
)
from redaction.formats.errors import LimitExceededError, MalformedFileError
from redaction.formats.sniff import sniff

__all__ = ["ADDRESS_FIELDS", "TEXT_FIELDS", "parse_message"]

ADDRESS_FIELDS = ("From", "Sender", "Reply-To", "To", "Cc", "Bcc")
TEXT_FIELDS = ("Subject", "Date")
_CANONICAL = {name.lower(): name for name in (*ADDRESS_FIELDS, *TEXT_FIELDS)}
_REBUILT = frozenset({"content-type", "content-transfer-encoding", "content-disposition", "mime-version"})
_REPORTED = frozenset({
    "received", "x-originating-ip", "message-id", "in-reply-to", "references", "dkim-signature", "arc-seal",
    "arc-message-signature", "arc-authentication-results", "authentication-results", "x-mailer", "user-agent",
    "return-path", "delivered-to", "thread-index", "thread-topic", "content-id", "x-ms-exchange-organization-authas",
    "importance", "x-priority", "list-unsubscribe", "content-language", "accept-language", "organization",
})
_BROKEN = (email_errors.StartBoundaryNotFoundDefect, email_errors.NoBoundaryInMultipartDefect,
           email_errors.MultipartInvariantViolationDefect)
_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")
_PARSER = BytesParser(policy=policy.default)


class _Namer:
    """Place names in document order: attachment 1, 2 ...; forwarded message 1, 2 ..."""

    def __init__(self) -> None:
        self.attachments = 0
        self.messages = 0

    def attachment(self, prefix: str) -> str:
        self.attachments += 1
        return f"{prefix}attachment {self.attachments}"

    def message(self, prefix: str) -> str:
        self.messages += 1
        return f"{prefix}forwarded message {self.messages}"


def parse_message(data: bytes, budget: Budget) -> MessageNode:
    if len(data) > budget.limits.max_bytes:
        raise LimitExceededError(f"the e-mail is larger than {budget.limits.max_bytes} bytes", kind="eml")
    try:
        message = _PARSER.parsebytes(data)
        return _message(message, budget, 0, _Namer(), "")
    except (MalformedFileError, LimitExceededError):
        raise
    except RecursionError as error:
        raise LimitExceededError("the e-mail nests parts too deeply", kind="eml") from error
    except (email_errors.MessageError, ValueError, TypeError, IndexError, KeyError, AttributeError, LookupError,
            UnicodeError) as error:
        raise MalformedFileError(f"the e-mail cannot be read safely ({type(error).__name__})", kind="eml") from error


def _message(message: Message, budget: Budget, depth: int, namer: _Namer, where: str) -> MessageNode:
    prefix = f"{where}, " if where else ""
    fields, dropped, unreadable = _headers(message, budget, prefix)
    body = _node(message, budget, depth, namer, prefix)
    return MessageNode(where or "the message", fields, body, dropped, unreadable)


def _headers(message: Message, budget: Budget, prefix: str) -> tuple[list[AddressField | TextField], dict[str, int], list[str]]:
    items = list(message.raw_items())
    if len(items) > budget.limits.max_headers:
        raise LimitExceededError(f"{prefix}the headers number more than {budget.limits.max_headers}", kind="eml")
    kept: dict[str, AddressField | TextField] = {}
    dropped: Counter[str] = Counter()
    unreadable: list[str] = []
    for raw_name, value in items:
        key = raw_name.strip().lower()
        name = _CANONICAL.get(key)
        if name is None:
            if key not in _REBUILT:
                dropped[key if key in _REPORTED else "other"] += 1
            continue
        if len(value) > budget.limits.max_header_bytes:
            raise LimitExceededError(f"{prefix}header {name} is longer than {budget.limits.max_header_bytes} bytes",
                                     kind="eml")
        header = policy.default.header_fetch_parse(name, value)
        if name in TEXT_FIELDS:
            if name not in kept:  # a second Subject or Date is dropped
                kept[name] = TextField(name, _decode_words(str(header)))
            else:
                dropped[key] += 1
            continue
        field = _addresses(name, header)
        if field is None:
            unreadable.append(name)
            continue
        previous = kept.get(name)
        if isinstance(previous, AddressField):
            previous.addresses += field.addresses
            previous.groups += field.groups
        else:
            kept[name] = field
    order = [*ADDRESS_FIELDS, *TEXT_FIELDS]
    return sorted(kept.values(), key=lambda f: order.index(f.name)), dict(dropped), unreadable


def _addresses(name: str, header: object) -> AddressField | None:
    field = AddressField(name, [])
    for group in getattr(header, "groups", ()):
        members = [_address(a.display_name, a.username, a.domain) for a in group.addresses]
        members = [m for m in members if m.display_name.strip() or m.addr_spec]
        if group.display_name is None:
            field.addresses += members
        else:
            field.groups.append((_decode_words(group.display_name), members))
    if not field.addresses and not field.groups:
        return None if str(header).strip() else field
    return field


def _address(display: str, username: str, domain: str) -> Address:
    display = _decode_words(display or "")
    if not domain:  # 'From: Sarah' (no address): the word is a name, not a mailbox
        return Address(" ".join(filter(None, [display, username])), "")
    return Address(display, f"{username}@{domain}")


def _decode_words(value: str) -> str:
    """Encoded words the header parser left as they were (an unknown charset): decoded leniently."""
    return decode_words(value) if _ENCODED_WORD.search(value) else value


def _node(part: Message, budget: Budget, depth: int, namer: _Namer, prefix: str) -> Node:
    budget.part(depth)
    broken = [d for d in part.defects if isinstance(d, _BROKEN)]
    if broken:
        raise MalformedFileError(f"{prefix or 'the e-mail'}: the MIME structure is broken "
                                 f"({type(broken[0]).__name__})", kind="eml")
    content_type = part.get_content_type()
    maintype = part.get_content_maintype()
    if maintype == "multipart":
        if not part.is_multipart():
            raise MalformedFileError(f"{prefix}a multipart part has no parts (a missing boundary)", kind="eml")
        children = [child for child in part.get_payload() if isinstance(child, Message)]
        return Multipart(part.get_content_subtype(), [_node(child, budget, depth + 1, namer, prefix) for child in children])
    if content_type in ("message/rfc822", "message/global") and part.is_multipart():
        inner = _inner(part, budget)
        return _message(inner, budget, depth + 1, namer, namer.message(prefix))
    raw = part.get_payload(decode=True)
    data = raw if isinstance(raw, bytes) else b""
    budget.decode(len(data))
    filename = part.get_filename()
    disposition = part.get_content_disposition()
    file_type = sniff(data, filename=filename)
    attached = disposition == "attachment" or filename is not None
    if file_type.kind == "eml" and content_type != "text/html":
        try:
            inner = _PARSER.parsebytes(data)
        except email_errors.MessageError as error:
            raise MalformedFileError(f"{prefix}an attached message cannot be read ({type(error).__name__})", kind="eml") from error
        return _message(inner, budget, depth + 1, namer, namer.message(prefix))
    binary = file_type.kind not in ("text", "unknown")
    if maintype == "text" and not binary or file_type.kind == "text":
        charset = part.get_content_charset() if maintype == "text" else file_type.mime.partition("charset=")[2] or None
        text = lenient(data, charset)
        budget.text(len(text))
        where = namer.attachment(prefix) if attached else f"{prefix}the {'HTML' if content_type == 'text/html' else 'text'} body"
        if content_type == "text/html":
            return HtmlLeaf(where, filename, disposition, html=text)
        return TextLeaf(where, filename, disposition, text=text)
    return BinaryLeaf(namer.attachment(prefix), filename, disposition, data=data, file_type=file_type)


def _inner(part: Message, budget: Budget) -> Message:
    """A message/rfc822 part's message; one sent base64- or QP-encoded (against the RFC) is decoded first."""
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload and isinstance(payload[0], Message) else EmailMessage()
    encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
    body = inner.get_payload()
    if encoding in ("base64", "quoted-printable") and isinstance(body, str) and not list(inner.raw_items()):
        try:
            data = base64.b64decode(body) if encoding == "base64" else quopri.decodestring(body.encode("ascii", "replace"))
        except (binascii.Error, ValueError) as error:
            raise MalformedFileError("an attached message's encoding is damaged", kind="eml") from error
        budget.decode(len(data))
        return _PARSER.parsebytes(data)
    return inner
