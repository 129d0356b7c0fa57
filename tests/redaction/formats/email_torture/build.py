#!/usr/bin/env python3
"""Builds the e-mail torture corpus: each message hides the family's identifiers in one place a naive
redactor misses. Writes the files and ``manifest.json`` ({file: {secrets, known, notes, refusal_ok}})
into the folder given (``python build.py OUT``); deterministic (fixed boundaries), standard library only.

``secrets``: what must not be recoverable from the output by any means (the outside checker,
``../leakcheck_email.py``, decodes everything); ``known``: the case's identifiers, as a case study
passes them; ``refusal_ok``: refusing the file, with its reason, is a pass (an attachment no
redactor on this branch handles).
"""

from __future__ import annotations

import base64
import io
import json
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from pathlib import Path

CHILD, PARENT, WORKER = "Leo Whitfield", "Sarah Whitfield", "Jane Okafor"
KNOWN = {"PERSON:child": [CHILD], "PERSON:parent": [PARENT], "PERSON": [WORKER], "ADDRESS": ["27 Meadow Lane, Kendal"],
         "DATE_OF_BIRTH": ["2014-03-14"], "SCHOOL": ["Greenbank Academy"], "EMAIL": ["sarah.whitfield@example.com"]}
HEAD = ("From: Sarah Whitfield <sarah.whitfield@example.com>\nTo: SENDIASS <advice@sendiass.example.org>\n"
        "Date: Tue, 02 Jun 2026 08:30:00 +0100\nMIME-Version: 1.0\n")


def _multipart(subject: str, parts: list[str], *, kind: str = "mixed", head: str = HEAD, preamble: str = "",
               epilogue: str = "") -> str:
    body = "".join(f"--b\n{part}\n" for part in parts)
    return f"{head}Subject: {subject}\nContent-Type: multipart/{kind}; boundary=\"b\"\n\n{preamble}{body}--b--\n{epilogue}"


def _text(body: str, *, cte: str = "7bit", charset: str = "utf-8", extra: str = "") -> str:
    return f"Content-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: {cte}\n{extra}\n{body}"


def _html(body: str, *, cte: str = "7bit") -> str:
    return f"Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{body}"


def _b64(data: bytes) -> str:
    return base64.encodebytes(data).decode()


def _docx() -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                                                'content-types"/>')
        package.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body><w:p><w:r><w:t>{CHILD}, NHS 401 023 '
                         '2153</w:t></w:r></w:p><w:p><w:del w:id="1" w:author="E"><w:r><w:delText>Jane Okafor 07700 '
                         '900789</w:delText></w:r></w:del></w:p></w:body></w:document>')
    return buffer.getvalue()


def _forwarded() -> EmailMessage:
    inner = EmailMessage(policy=policy.default)
    inner["From"] = "Jane Okafor <jane.okafor@westmorland.gov.uk>"
    inner["To"] = "Sarah Whitfield <sarah.whitfield@example.com>"
    inner["Subject"] = "Leo Whitfield review"
    inner["Date"] = "Mon, 01 Jun 2026 16:00:00 +0100"
    inner.set_content("Dear Sarah,\nLeo Whitfield's review is on 3 June. Jane Okafor, Social Worker, 07700 900789\n")
    return inner


def corpus() -> dict[str, tuple[bytes, list[str], str, bool]]:
    files: dict[str, tuple[bytes, list[str], str, bool]] = {}

    def add(name: str, text: str | bytes, secrets: list[str], notes: str, *, refusal_ok: bool = False) -> None:
        files[name] = (text.encode() if isinstance(text, str) else text, secrets, notes, refusal_ok)

    add("qp_soft_breaks.eml", _multipart("Monday", [
        _text("Leo starts at Gree=\nnbank Academy; the SENCo's number is 07700 =\n900456. Sarah Whit=\nfield", cte="quoted-printable"),
        _html("<p>Leo starts at <b>Gree</b>=\nnbank Acad=65my. Ring 07700&nbsp;=\n900456.</p>", cte="quoted-printable"),
    ], kind="alternative"), ["Greenbank Academy", "07700 900456", "Sarah Whitfield", "sarah.whitfield@example.com"],
        "quoted-printable soft line breaks inside a school's name, a phone number and a surname")
    add("encoded_words.eml", HEAD.replace("Sarah Whitfield <", "=?utf-8?b?U2FyYWggV2hpdGZpZWxk?= <") +
        "Subject: =?iso-8859-1?q?Leo_Whitfield=27s_plan_-_Greenbank?= =?utf-8?b?IEFjYWRlbXk=?=\n"
        "Content-Type: text/plain; charset=utf-8\n\nSee the subject.\n",
        ["Leo Whitfield", "Sarah Whitfield", "Greenbank Academy"], "RFC 2047 encoded words in Subject and From")
    add("html_attributes.eml", _multipart("Photos", [
        _text("Photos from the trip."),
        _html('<p title="Leo Whitfield at Greenbank Academy">Photos from the trip.</p><img alt="Leo Whitfield, 14/03/2014">'
              '<a href="mailto:sarah.whitfield@example.com" data-owner="27 Meadow Lane, Kendal">write</a>'),
    ], kind="alternative"), ["Leo Whitfield", "14/03/2014", "sarah.whitfield@example.com", "27 Meadow Lane"],
        "identifiers only in HTML attributes: title, alt, href mailto:, data-*")
    add("html_comments_hidden.eml", _multipart("Notes", [
        _text("Notes below."),
        _html('<p>Notes below.</p><!-- child: Leo Whitfield, NHS 401 023 2153 --><!--[if mso]><p>07700 900456</p>'
              '<![endif]--><div style="display:none">Jane Okafor</div><span style="font-size:0">Greenbank Academy</span>'
              '<p hidden>27 Meadow Lane, Kendal</p>'),
    ], kind="alternative"), ["Leo Whitfield", "401 023 2153", "07700 900456", "Jane Okafor", "Greenbank Academy",
                             "27 Meadow Lane"], "HTML comments (Outlook's conditional too) and hidden elements")
    add("base64_text_attachment.eml", _multipart("Notes attached", [
        _text("Notes attached."),
        "Content-Type: application/octet-stream\nContent-Disposition: attachment; filename=\"notes.txt\"\n"
        "Content-Transfer-Encoding: base64\n\n" + _b64(b"Leo Whitfield, DOB 14/03/2014, NHS number 401 023 2153, "
                                                        b"27 Meadow Lane, Kendal LA9 4QX."),
    ]), ["Leo Whitfield", "14/03/2014", "401 023 2153", "27 Meadow Lane", "LA9 4QX"],
        "a text attachment sent base64-encoded as application/octet-stream")
    outer = EmailMessage(policy=policy.default)
    for line in HEAD.strip().split("\n"):
        name, _, value = line.partition(": ")
        if name != "MIME-Version":
            outer[name] = value
    outer["Subject"] = "Fwd: review"
    outer.set_content("See below.")
    outer.add_attachment(_forwarded())
    add("nested_rfc822.eml", outer.as_bytes(policy=policy.default).replace(b"===============", b"=_torture_"),
        [WORKER, "Leo Whitfield", "07700 900789", "jane.okafor@westmorland.gov.uk"],
        "a forwarded message/rfc822 part: its headers and body")
    add("octet_stream_eml.eml", _multipart("Fwd", [
        _text("Forwarded as a file."),
        "Content-Type: application/octet-stream\nContent-Disposition: attachment; filename=\"fwd.eml\"\n"
        "Content-Transfer-Encoding: base64\n\n" + _b64(_forwarded().as_bytes(policy=policy.default)),
    ]), [WORKER, "Leo Whitfield", "07700 900789"], "a forwarded .eml attached as application/octet-stream")
    add("attachment_filename.eml", _multipart("Report", [
        _text("Report attached."),
        "Content-Type: text/plain; charset=utf-8; name=\"Leo Whitfield report.txt\"\n"
        "Content-Disposition: attachment; filename*=utf-8''Leo%20Whitfield%20Greenbank%20Academy%20report.txt\n\n"
        "A good term.",
    ]), ["Leo Whitfield", "Greenbank Academy"], "the child's name only in an attachment's file name (RFC 2231 too)")
    add("reply_to_display.eml", HEAD + "Subject: Call back\nReply-To: \"Okafor, Jane\" <jw@example.net>\n"
        "Sender: Jane Okafor <jane.okafor@westmorland.gov.uk>\nContent-Type: text/plain\n\nPlease call back.\n",
        [WORKER, "Okafor", "jane.okafor@westmorland.gov.uk", "jw@example.net"],
        "a Reply-To display name in 'Surname, First' form and a Sender")
    add("alternative_differ.eml", _multipart("Update", [
        _text("Update: all fine."),
        _html("<p>Update: Jane Okafor met Leo Whitfield at Greenbank Academy.</p>"),
    ], kind="alternative"), [WORKER, "Leo Whitfield", "Greenbank Academy"],
        "multipart/alternative where only the HTML names anyone")
    add("text_plain_upload.txt", _multipart("Leo Whitfield", [
        _text("Leo starts at Gree=\nnbank Academy.", cte="quoted-printable"),
        "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\n"
        "Content-Disposition: attachment; filename=\"plan.docx\"\nContent-Transfer-Encoding: base64\n\n" + _b64(_docx()),
    ]), ["Leo Whitfield", "Greenbank Academy", "401 023 2153", WORKER, "07700 900789"],
        "a whole MIME message saved as .txt, with a Word attachment (tracked deletion)", refusal_ok=True)
    add("received_headers.eml", "Received: from mail.whitfield-family.co.uk ([81.2.69.160]) by mx.example.org\n"
        "X-Originating-IP: [81.2.69.160]\nMessage-ID: <leo.whitfield.2026@mail.whitfield-family.co.uk>\n"
        "X-Mailer: Whitfield family PC\nIn-Reply-To: <jane.okafor.1@westmorland.gov.uk>\n"
        "References: <jane.okafor.1@westmorland.gov.uk>\n" + HEAD + "Subject: hello\nContent-Type: text/plain\n\nHello.\n",
        ["whitfield-family", "81.2.69.160", "leo.whitfield", "jane.okafor", "Whitfield family"],
        "identifiers only in Received, X-Originating-IP, Message-ID, X-Mailer, In-Reply-To, References")
    add("base64_message_rfc822.eml", _multipart("Fwd", [
        _text("Forwarded."),
        "Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n" + _b64(_forwarded().as_bytes(policy=policy.default)),
    ]), [WORKER, "Leo Whitfield", "07700 900789"], "a message/rfc822 part base64-encoded (against the RFC)")
    add("uuencoded_part.eml", _multipart("Old client", [
        _text("See attachment."),
        "Content-Type: text/plain\nContent-Disposition: attachment; filename=\"n.txt\"\nContent-Transfer-Encoding: x-uuencode\n\n"
        + _uu(b"Leo Whitfield, NHS 401 023 2153"),
    ]), ["Leo Whitfield", "401 023 2153"], "a part in x-uuencode")
    add("zero_width.eml", HEAD + "Subject: note\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + _b64("Leo Whit\u200bfield and S a r a h  W h i t f i e l d came in.".encode()),
        ["Leo Whitfield", "Sarah Whitfield"], "a known name with a zero-width space, another letter-spaced, in a base64 body")
    add("comment_address.eml", "From: sarah.whitfield@example.com (Sarah Whitfield)\nTo: advice@sendiass.example.org\n"
        "Subject: hi\nMIME-Version: 1.0\nContent-Type: text/plain\n\nHi.\n",
        ["Sarah Whitfield", "sarah.whitfield@example.com"], "an old-style address with the name in a comment")
    add("preamble_epilogue.eml", _multipart("x", [_text("Hello.")], preamble="This message is for Leo Whitfield's family.\n",
                                            epilogue="Greenbank Academy 07700 900456\n"),
        ["Leo Whitfield", "Greenbank Academy", "07700 900456"], "identifiers only in a multipart's preamble and epilogue")
    add("group_syntax.eml", HEAD.replace("To: SENDIASS <advice@sendiass.example.org>",
                                         "To: Whitfield family: sarah.whitfield@example.com, leo@example.com;") +
        "Subject: group\nContent-Type: text/plain\n\nHello all.\n", ["Whitfield family", "leo@example.com"],
        "a named address group")
    add("utf16_attachment.eml", _multipart("UTF-16", [
        _text("See the file."),
        "Content-Type: text/plain; charset=utf-16\nContent-Disposition: attachment; filename=\"n.txt\"\n"
        "Content-Transfer-Encoding: base64\n\n" + _b64("Leo Whitfield lives at 27 Meadow Lane, Kendal.".encode("utf-16")),
    ]), ["Leo Whitfield", "27 Meadow Lane"], "a UTF-16 text attachment")
    return files


def _uu(data: bytes) -> str:
    import binascii

    lines = [binascii.b2a_uu(data[i : i + 45]).decode() for i in range(0, len(data), 45)]
    return "begin 644 n.txt\n" + "".join(lines) + "`\nend\n"


def write(folder: Path) -> dict[str, dict[str, object]]:
    folder.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict[str, object]] = {}
    for name, (data, secrets, notes, refusal_ok) in corpus().items():
        (folder / name).write_bytes(data)
        manifest[name] = {"secrets": secrets, "known": KNOWN, "notes": notes, "refusal_ok": refusal_ok}
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


if __name__ == "__main__":
    write(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
