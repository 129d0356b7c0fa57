"""Malformed and hostile e-mail: a clear error naming the problem, never a guess, bounded work."""

from __future__ import annotations

import base64
from email import policy
from email.message import EmailMessage
from typing import Any

import formats_builders as build
import pytest

from redaction.formats import (
    EmailLimits,
    FormatRequest,
    LimitExceededError,
    MalformedFileError,
    redact,
)
from redaction.formats.email.limits import Budget
from redaction.formats.email.parse import parse_message
from redaction.formats.email.tree import BinaryLeaf, MessageNode, Multipart, TextLeaf


@pytest.fixture
def request_(text_redactor: Any) -> FormatRequest:
    return FormatRequest(text_redactor=text_redactor)


def tree(data: bytes, **limits: int) -> MessageNode:
    return parse_message(data, Budget(EmailLimits(**limits), seconds=60))


def many_parts(count: int) -> bytes:
    message = build.message(body="x")
    for index in range(count):
        message.add_attachment(f"part {index}", filename=f"{index}.txt")
    return message.as_bytes(policy=policy.default)


def nested(depth: int) -> bytes:
    inner = build.message(body="innermost")
    for _ in range(depth):
        outer = build.message(body="wrapper")
        outer.add_attachment(inner)
        inner = outer
    return inner.as_bytes(policy=policy.default)


@pytest.mark.parametrize(("data", "limits", "match"), [
    (many_parts(20), {"max_parts": 10}, "more than 10 parts"),
    (nested(6), {"max_depth": 4}, "more than 4 deep"),
    (build.eml(body="x" * 5000), {"max_bytes": 1000}, "larger than 1000 bytes"),
    (build.eml(attachments=[(b"\x00" * 50_000, "application/octet-stream", "zeros.bin")]), {"max_decoded_bytes": 10_000},
     "decodes to more than"),
    (build.eml(body="word " * 3000), {"max_text_chars": 1000}, "characters of text"),
    (build.eml(headers={f"X-Header-{i}": "v" for i in range(30)}), {"max_headers": 20}, "headers number more"),
    (build.eml(to=", ".join(f"p{i}@example.org" for i in range(200))), {"max_header_bytes": 500}, "header To is longer"),
])
def test_limits_stop_hostile_messages(data: bytes, limits: dict[str, int], match: str) -> None:
    with pytest.raises(LimitExceededError, match=match):
        tree(data, **limits)


def test_a_multipart_without_its_boundary_is_refused(request_: FormatRequest) -> None:
    broken = b"From: a@example.com\nSubject: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed\n\nLeo Whitfield\n"
    with pytest.raises(MalformedFileError, match="MIME structure is broken|no parts"):
        redact(broken, request_)
    missing = (b"From: a@example.com\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=zzz\n\n"
               b"--other\nContent-Type: text/plain\n\nLeo\n--other--\n")
    with pytest.raises(MalformedFileError, match="MIME structure is broken"):
        redact(missing, request_)


def test_the_time_limit_holds(request_: FormatRequest) -> None:
    with pytest.raises(LimitExceededError, match="time limit"):
        redact(build.eml(body="Leo Whitfield rang."), request_.with_(max_seconds=1e-9))


def test_every_leaf_is_decoded_and_sniffed_whatever_its_declared_type() -> None:
    message = build.message(body="Body")
    message.add_attachment(b"Leo Whitfield's notes", maintype="application", subtype="octet-stream", filename="a.bin")
    message.add_attachment(build.eml(body="inner"), maintype="text", subtype="plain", filename="looks.txt")
    message.add_attachment(build.docx(), maintype="text", subtype="plain", filename="x.txt")
    found = tree(message.as_bytes(policy=policy.default))
    assert isinstance(found.body, Multipart)
    kinds = [type(child).__name__ for child in found.body.children]
    assert kinds == ["TextLeaf", "TextLeaf", "MessageNode", "BinaryLeaf"]
    text = found.body.children[1]
    assert isinstance(text, TextLeaf) and text.text == "Leo Whitfield's notes" and text.where == "attachment 1"
    binary = found.body.children[3]
    assert isinstance(binary, BinaryLeaf) and binary.file_type is not None and binary.file_type.kind == "docx"


def test_a_forwarded_message_sent_base64_encoded_is_decoded_and_read() -> None:
    inner = build.eml(subject="Leo Whitfield", body="inner body")
    raw = (b"From: a@example.com\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
           b"Content-Type: text/plain\n\nouter\n--b\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n"
           + base64.encodebytes(inner) + b"--b--\n")
    found = tree(raw)
    assert isinstance(found.body, Multipart)
    message = found.body.children[1]
    assert isinstance(message, MessageNode) and message.where == "forwarded message 1"
    assert [f.value for f in message.fields if getattr(f, "name", "") == "Subject"] == ["Leo Whitfield"]


def test_headers_that_are_not_addresses_are_kept_as_names_or_dropped() -> None:
    message = EmailMessage(policy=policy.compat32)
    message["From"] = "Sarah"
    message["To"] = "<>"
    message["Subject"] = "=?x-unknown?q?Leo_Whitfield?="
    message.set_payload("Hi")
    found = tree(message.as_bytes())
    fields = {f.name: f for f in found.fields}
    assert fields["From"].addresses[0].display_name == "Sarah" and fields["From"].addresses[0].addr_spec == ""  # type: ignore[union-attr]
    assert fields["Subject"].value == "Leo Whitfield"  # type: ignore[union-attr]
    assert "To" not in fields and found.unreadable == ["To"]
