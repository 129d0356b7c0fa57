"""E-mail end to end: what is removed from headers, bodies and attachments, one pseudonym throughout,
attachments through their own redactors (or refused, or dropped on request), verification that
fails closed. Each output is judged by the outside checker (``leakcheck_email``)."""

from __future__ import annotations

import email
import io
from email import policy
from typing import Any

import formats_builders as build
import leakcheck_email
import pytest
from pdf_builders import build_pdf
from pypdf import PdfReader

from redaction.formats import (
    FormatOutcome,
    FormatRequest,
    InvalidRequestError,
    UnsupportedFormatError,
    VerificationError,
    redact,
)

KNOWN = {"PERSON:child": ["Leo Whitfield"], "PERSON:parent": ["Sarah Whitfield"], "DATE_OF_BIRTH": ["2014-03-14"]}
DROPPED_HEADERS = ("Received", "Message-ID", "In-Reply-To", "References", "DKIM-Signature", "Authentication-Results",
                   "ARC-Seal", "X-Originating-IP", "X-Mailer", "User-Agent", "Thread-Index", "Return-Path")


@pytest.fixture
def request_(text_redactor: Any) -> FormatRequest:
    return FormatRequest(known=KNOWN, text_redactor=text_redactor)


def parsed(outcome: FormatOutcome) -> email.message.EmailMessage:
    return email.message_from_bytes(outcome.data, policy=policy.default)  # type: ignore[return-value]


def leaked(outcome: FormatOutcome, *secrets: str) -> list[str]:
    return leakcheck_email.leaks(outcome.data, list(secrets))


def test_headers_from_an_allowlist_addresses_replaced_names_redacted(request_: FormatRequest) -> None:
    headers = {name: "x-value <id@mail.example.com>" for name in DROPPED_HEADERS}
    headers |= {"Cc": "=?utf-8?q?Jane_Okafor?= <jane.okafor@council.gov.uk>", "Reply-To": '"Whitfield, Sarah" <sw@example.net>'}
    data = build.eml(sender="Sarah Whitfield <sarah.whitfield@example.com>", to="Fellside Office <office@fellside.sch.uk>",
                     subject="=?utf-8?b?TGVvIFdoaXRmaWVsZCdzIHBsYW4=?=", body="Hi Jane,\nLeo is settling in.\nSarah",
                     headers=headers)
    outcome = redact(data, request_)
    message = parsed(outcome)
    assert not [name for name in DROPPED_HEADERS if message[name] is not None]
    assert message["MIME-Version"] == "1.0" and message["Date"]
    assert outcome.report["headers_dropped"]["received"] == 1 and outcome.report["headers_dropped"]["x-mailer"] == 1
    addresses = [a.addr_spec for name in ("From", "To", "Cc", "Reply-To") for a in message[name].addresses]
    assert all(a.endswith("@example.invalid") for a in addresses)
    assert message["From"].addresses[0].addr_spec == "redacted-1@example.invalid"
    assert message["From"].addresses[0].display_name == message["Reply-To"].addresses[0].display_name  # one person
    assert "Leo" not in str(message["Subject"]) and "plan" in str(message["Subject"])
    assert leaked(outcome, "Sarah Whitfield", "Leo Whitfield", "Jane Okafor", "okafor", "fellside", "whitfield",
                  "mail.example.com") == []


QP_MAIL = b"""From: Sarah Whitfield <sarah@example.com>
To: office@example.org
Subject: Monday
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b"

--b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Leo starts at Gree=
nbank Academy on Monday; the SENCo will ring on 07700 =
900456. It=E2=80=99s all agreed.
--b
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<p>Leo starts at <b>Gree</b>=
nbank Acad=65my. Ring 07700&nbsp;=
900456.</p>
--b--
"""


def test_quoted_printable_soft_breaks_are_decoded_before_detection(request_: FormatRequest) -> None:
    assert leakcheck_email.leaks(QP_MAIL, ["Greenbank Academy", "07700 900456"]) == ["Greenbank Academy", "07700 900456"]
    outcome = redact(QP_MAIL, request_)
    assert leaked(outcome, "Greenbank Academy", "Greenbank", "07700 900456", "Sarah Whitfield") == []
    plain = parsed(outcome).get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "[School 1]" in plain and "[PHONE]" in plain and "It’s all agreed" in plain


def test_one_pseudonym_across_headers_bodies_and_text_attachments(request_: FormatRequest) -> None:
    notes = "Call log: Sarah Whitfield rang about Leo.\n".encode()
    data = build.eml(sender="Sarah Whitfield <sarah@example.com>", body="From Sarah: Leo had a good week.",
                     attachments=[(notes, "text/plain", "Sarah Whitfield call log.txt")])
    outcome = redact(data, request_)
    message = parsed(outcome)
    label = message["From"].addresses[0].display_name
    attachment = next(message.iter_attachments())
    assert label and label in message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert label in attachment.get_content() and label in attachment.get_filename()
    assert attachment.get_filename().endswith(".txt")
    assert leaked(outcome, "Sarah Whitfield", "Leo Whitfield", "sarah@example.com") == []


def test_nested_and_forwarded_messages_are_redacted_with_the_rest(request_: FormatRequest) -> None:
    inner = build.eml(sender="Jane Okafor <jane@council.gov.uk>", subject="Re: Leo Whitfield",
                      body="Leo Whitfield's review is on 3 June. Jane Okafor, social worker, 07700 900789")
    data = build.message(body="See below.")
    data.add_attachment(email.message_from_bytes(inner, policy=policy.default))  # message/rfc822
    data.add_attachment(inner, maintype="application", subtype="octet-stream", filename="forwarded.eml")
    outcome = redact(data.as_bytes(policy=policy.default), request_)
    assert outcome.report["parts"]["messages"] == 3
    assert leaked(outcome, "Leo Whitfield", "Jane Okafor", "07700 900789", "council.gov.uk") == []


def test_a_pdf_attachment_goes_through_the_pdf_redactor_with_the_names_the_mail_gives(request_: FormatRequest) -> None:
    pdf = build_pdf(b"BT /F1 12 Tf 72 700 Td (Report by Jane Okafor for Leo Whitfield.) Tj ET")
    data = build.eml(sender="Jane Okafor <jane@council.gov.uk>", body="Report attached.",
                     attachments=[(pdf, "application/pdf", "report.pdf")])
    outcome = redact(data, request_)
    attachment = next(parsed(outcome).iter_attachments())
    text = PdfReader(io.BytesIO(attachment.get_content())).pages[0].extract_text()
    assert "Okafor" not in text and "Whitfield" not in text and "Report by" in text
    assert outcome.report["attachments"][0]["status"] == "redacted"
    assert leaked(outcome, "Jane Okafor", "Leo Whitfield") == []


def test_html_attributes_comments_and_hidden_text_never_reach_the_output(request_: FormatRequest) -> None:
    html = ('<p title="Leo Whitfield">Dear parent,</p><!-- DOB 14/03/2014 --><div style="display:none">NHS 401 023 2153'
            '</div><a href="mailto:sarah.whitfield@example.com">Sarah Whitfield</a><img alt="Fellside Primary logo">')
    outcome = redact(build.eml(body="Dear parent,", html=html), request_)
    assert leaked(outcome, "Leo Whitfield", "14/03/2014", "401 023 2153", "sarah.whitfield", "Sarah Whitfield",
                  "Fellside") == []
    assert outcome.report["html_dropped"]["comments"] == 1


def test_alternatives_that_differ_are_each_redacted(request_: FormatRequest) -> None:
    outcome = redact(build.eml(body="Leo Whitfield is fine.", html="<p>Tadhg Quennell (Leo's brother) is fine.</p>"),
                     request_)
    assert leaked(outcome, "Leo Whitfield", "Tadhg Quennell") == []


def test_an_attachment_nobody_redacts_refuses_the_mail_or_is_dropped_on_request(request_: FormatRequest,
                                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _without(monkeypatch, "office")
    _without(monkeypatch, "image")  # the photo too, as where neither redactor is installed
    docx = build.docx(["Leo Whitfield, 12 Meadow Lane"], deleted=["Jane Okafor 07700 900789"])
    data = build.eml(body="Plan attached.", attachments=[(docx, "application/octet-stream", "Leo Whitfield plan.docx"),
                                                         (build.image("png"), "image/png", "photo.png")])
    with pytest.raises(UnsupportedFormatError, match=r"attachment 1 \(a Word document\).*refused") as refused:
        redact(data, request_)
    assert "Whitfield" not in str(refused.value)  # places and kinds, never the file's name
    outcome = redact(data, request_.with_(attachments="drop"))
    assert [(a["where"], a["status"]) for a in outcome.report["attachments"]] == [("attachment 1", "dropped"),
                                                                                   ("attachment 2", "dropped")]
    assert list(parsed(outcome).iter_attachments()) == []
    assert leaked(outcome, "Leo Whitfield", "Meadow Lane", "Jane Okafor", "07700 900789") == []


def test_an_installed_format_redactor_is_used_and_its_second_reader_reported(request_: FormatRequest,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def redact_docx(data: bytes, request: FormatRequest) -> FormatOutcome:
        calls.append(request)
        return FormatOutcome(build.docx(["[redacted] plan"]), "application/vnd.openxmlformats-officedocument."
                             "wordprocessingml.document", "docx", {"counts": {"PERSON": 1},
                             "second_reader": [{"where": "word/document.xml", "type": "PERSON", "text": "Mx Brook"}]})

    _installed(monkeypatch, "office", redact_docx=redact_docx)
    data = build.eml(sender="Jane Okafor <jane@x.org>", attachments=[(build.docx(["Leo"]), "application/octet-stream",
                                                                     "plan.docx")])
    outcome = redact(data, request_)
    assert "Jane Okafor" in calls[0].known["PERSON"] and calls[0].areas == ()  # the mail's people go down too
    assert outcome.report["second_reader"][0]["where"].startswith("attachment 1")
    assert outcome.report["attachments"][0]["status"] == "redacted"


def test_verification_fails_closed_when_the_redactor_lets_a_name_through(text_redactor: Any) -> None:
    forgetful = _Forgetful(text_redactor, "Whitfield")
    with pytest.raises(VerificationError, match="PERSON") as failed:
        redact(build.eml(body="Sarah Whitfield rang."), FormatRequest(known=KNOWN, text_redactor=forgetful))
    assert "Whitfield" not in str(failed.value)


def test_a_leak_the_read_back_finds_is_removed_in_another_round(text_redactor: Any) -> None:
    forgetful = _Forgetful(text_redactor, "Whitfield", runs=1)
    outcome = redact(build.eml(body="Sarah Whitfield rang."), FormatRequest(known=KNOWN, text_redactor=forgetful))
    assert outcome.report["verification"]["rounds"] == 2 and leaked(outcome, "Whitfield") == []


def test_encoded_text_inside_a_body_is_refused_not_passed_as_prose(request_: FormatRequest) -> None:
    blob = build.docx(["Leo Whitfield"])
    import base64

    body = "Pasted below:\n" + base64.encodebytes(blob).decode()
    with pytest.raises(UnsupportedFormatError, match="the text body holds a base64 block"):
        redact(build.eml(body=body), request_)


def test_requests_that_do_not_apply(request_: FormatRequest) -> None:
    from redaction.pdf import Area

    with pytest.raises(InvalidRequestError, match="areas mark PDF pages"):
        redact(build.eml(), request_.with_(areas=[Area(1, 0, 0, 10, 10)]))
    with pytest.raises(UnsupportedFormatError, match=r"\.msg"):
        redact(build.ole(build.MSG_STREAMS), request_)


class _Forgetful:
    """The real redactor, except that it lets ``name`` through (on its first ``runs`` runs, or always)."""

    def __init__(self, real: Any, name: str, *, runs: int | None = None) -> None:
        self._real, self._name, self._runs, self._count = real, name, runs, 0

    def detect(self, text: str, **options: Any) -> Any:
        return self._real.detect(text, **options)

    def redact(self, text: str, **options: Any) -> Any:
        from redaction.text import RedactionResult

        result = self._real.redact(text, **options)
        self._count += 1
        if self._runs is not None and self._count > self._runs:
            return result
        kept = tuple(None if self._name in text[s.start:s.end] else r for s, r in zip(result.spans, result.replacements))
        return RedactionResult(result.redacted, result.spans, kept)


def _without(monkeypatch: pytest.MonkeyPatch, package: str) -> None:
    """As on a branch where ``redaction.formats.<package>`` does not exist (yet)."""
    import importlib
    import sys

    from redaction.formats import api

    real = importlib.import_module
    name = f"redaction.formats.{package}"
    monkeypatch.delitem(sys.modules, name, raising=False)

    def absent(module: str, *args: Any) -> Any:
        if module == name:
            raise ModuleNotFoundError(f"No module named {module!r}", name=module)
        return real(module, *args)

    monkeypatch.setattr(api.importlib, "import_module", absent)


def _installed(monkeypatch: pytest.MonkeyPatch, package: str, **functions: Any) -> None:
    import sys
    import types

    module = types.ModuleType(f"redaction.formats.{package}")
    for name, function in functions.items():
        setattr(module, name, function)
    monkeypatch.setitem(sys.modules, module.__name__, module)
