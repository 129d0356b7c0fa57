"""Plain text through the formats entry: prose redacted and verified, encoded blocks refused."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from test_email import _Forgetful

from redaction.formats import FormatRequest, UnsupportedFormatError, VerificationError, redact

KNOWN = {"PERSON:child": ["Leo Whitfield"], "PERSON:parent": ["Sarah Whitfield"]}


def test_prose_is_redacted_and_read_back(text_redactor: Any) -> None:
    data = "Sarah Whitfield rang: Leo starts at Greenbank Academy; ring her on 07700 900456.\n".encode()
    outcome = redact(data, FormatRequest(known=KNOWN, text_redactor=text_redactor))
    text = outcome.data.decode()
    assert outcome.kind == "text" and outcome.content_type == "text/plain; charset=utf-8"
    for secret in ("Whitfield", "Leo", "Greenbank", "900456"):
        assert secret not in text
    assert outcome.report["counts"]["PERSON"] >= 2 and outcome.report["verification"]["rounds"] == 1
    assert all("slot" not in span for span in outcome.report["spans"])


def test_utf16_with_its_bom_is_read(text_redactor: Any) -> None:
    outcome = redact("Leo Whitfield rang.".encode("utf-16"), FormatRequest(known=KNOWN, text_redactor=text_redactor))
    assert "Whitfield" not in outcome.data.decode("utf-8")


@pytest.mark.parametrize(("text", "match"), [
    ("Hi,\nLeo starts at Gree=\nnbank Academy on Monday.\n", "a quoted-printable block of .* at line 2"),
    ("Attached:\n" + base64.encodebytes(b"PK\x03\x04" + bytes(range(200))).decode(), "a base64 block .* at line 2"),
    ("Content-Type: text/plain\n\nLeo", "the text holds a mime block"),
])
def test_encoded_blocks_are_refused_with_where_they_are(text: str, match: str, text_redactor: Any) -> None:
    with pytest.raises(UnsupportedFormatError, match=match):
        redact(text.encode(), FormatRequest(text_redactor=text_redactor), kind="text")


def test_not_utf8_is_refused(text_redactor: Any) -> None:
    with pytest.raises(UnsupportedFormatError, match="not UTF-8"):
        redact("Zoë".encode("latin-1"), FormatRequest(text_redactor=text_redactor), kind="text")


def test_a_leak_is_never_returned(text_redactor: Any) -> None:
    with pytest.raises(VerificationError, match=r"PERSON.* still in the redacted text after \d rounds"):
        redact(b"Sarah Whitfield rang.", FormatRequest(known=KNOWN, text_redactor=_Forgetful(text_redactor, "Whitfield")))


def test_letter_spaced_and_invisible_forms_of_a_known_name_are_caught(text_redactor: Any) -> None:
    data = "Notes: S a r a h  W h i t f i e l d rang; so did Sa\u200brah Whit\u00adfield.".encode()
    outcome = redact(data, FormatRequest(known=KNOWN, text_redactor=text_redactor))
    compact = "".join(c for c in outcome.data.decode().replace("\u200b", "").replace("\u00ad", "") if c.isalnum()).lower()
    assert "whitfield" not in compact
    # The redactor finds these forms itself now (redaction.text.written_forms): each is labelled as the person,
    # and the verifier has nothing left to add as a term.
    assert outcome.data.decode().count("Parent A") == 2 and not outcome.report["verification"]["terms_added"]


def test_a_text_in_another_language_says_what_is_not_guaranteed(text_redactor: Any) -> None:
    german = ("Sehr geehrte Frau Schneider, vielen Dank für das Gespräch am Montag. Ihr Sohn Lukas hat in der "
              "Schule große Fortschritte gemacht, und wir werden im nächsten Monat ein weiteres Treffen vereinbaren.")
    outcome = redact(german.encode(), FormatRequest(text_redactor=text_redactor))
    assert "Schneider" not in outcome.data.decode() and "Gespräch am Montag" in outcome.data.decode()
    assert outcome.report["language"] == "de" and "German" in outcome.report["not_guaranteed"][0]
    english = redact(b"Sarah Whitfield rang about Tuesday.", FormatRequest(text_redactor=text_redactor))
    assert "not_guaranteed" not in english.report
