"""Hostile and damaged input: sniffing never fails, and redaction fails only with a FormatError (a
clear reason), never with anything else, whatever the bytes."""

from __future__ import annotations

import email
from email import policy
from typing import Any

import formats_builders as build
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redaction.formats import FormatError, FormatRequest, redact, sniff

SEEDS = [build.eml(sender="Sarah Whitfield <s@example.com>", subject="=?utf-8?q?Leo=0AWhitfield?=", body="Leo.",
                   html="<p title='x'>Leo<!-- c --></p>", attachments=[(b"notes", "text/plain", "n.txt")]),
         build.docx(["Leo"]), build.odt(), build.ole(build.MSG_STREAMS), build.plain_zip(), build.image("png")]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, max(0, len(data) - 1)))
        choice = draw(st.integers(0, 2))
        if choice == 0 and data:
            data[at] = draw(st.integers(0, 255))
        elif choice == 1:
            data[at:at] = draw(st.binary(max_size=16))
        else:
            del data[at : at + draw(st.integers(1, 64))]
    return bytes(data)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=2048), mutated()))
def test_sniffing_never_fails(data: bytes) -> None:
    assert sniff(data).kind


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutated())
def test_redaction_fails_only_with_a_reason(text_redactor: Any, data: bytes) -> None:
    request = FormatRequest(known={"PERSON": ["Leo Whitfield"]}, detect=False, text_redactor=text_redactor,
                            attachments="drop")
    try:
        outcome = redact(data, request)
    except FormatError as error:
        assert str(error)
    else:
        assert "Whitfield" not in outcome.data.decode("latin-1")


@pytest.mark.parametrize("header", ["=?utf-8?q?Leo=0D=0AWhitfield_rang?=", "=?utf-8?b?TGVvCgpXaGl0ZmllbGQgcmFuZw==?="])
def test_decoded_headers_with_line_breaks_are_written_safely(text_redactor: Any, header: str) -> None:
    raw = f"From: a@example.com\nSubject: {header}\nMIME-Version: 1.0\nContent-Type: text/plain\n\nHi.\n".encode()
    outcome = redact(raw, FormatRequest(known={"PERSON": ["Leo Whitfield"]}, text_redactor=text_redactor))
    message = email.message_from_bytes(outcome.data, policy=policy.default)
    assert "Whitfield" not in str(message["Subject"]) and "rang" in str(message["Subject"])


def test_a_decoded_line_break_in_a_kept_subject_is_written_on_one_line(text_redactor: Any) -> None:
    raw = b"From: a@example.com\nSubject: =?utf-8?q?Hello=0Athere?=\nMIME-Version: 1.0\nContent-Type: text/plain\n\nHi.\n"
    outcome = redact(raw, FormatRequest(detect=False, text_redactor=text_redactor))
    assert str(email.message_from_bytes(outcome.data, policy=policy.default)["Subject"]) == "Hello there"
