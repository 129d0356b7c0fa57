"""``find_non_prose``: the blocks a text redactor must never pass as verified prose, and the prose it
must leave alone."""

from __future__ import annotations

import base64
import binascii

import pytest

from redaction.formats import find_non_prose
from redaction.formats.encoded import describe

DOCX_B64 = base64.encodebytes(b"PK\x03\x04" + bytes(range(256)) * 2).decode()
FOUND = [
    ("wrapped base64", f"See attached.\n\n{DOCX_B64}\nThanks", "base64"),
    ("one long token", "data:" + base64.b64encode(bytes(range(120))).decode() + " end", "base64"),
    ("quoted-printable soft break in a word", "Leo starts at Gree=\nnbank Academy on Monday.", "quoted-printable"),
    ("quoted-printable soft break in a number", "Ring me on 07700 =\n900456 after three, or any time on the weekend; I am in.",
     "quoted-printable"),
    ("quoted-printable escapes", "It=E2=80=99s Leo=E2=80=99s plan.", "quoted-printable"),
    ("uuencode", "begin 644 plan.doc\nM4$L#!!0````(`&!!\n`\nend\n", "uuencode"),
    ("MIME part headers", "Hi\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\nbody", "mime"),
    ("MIME boundary", 'Content-Type: multipart/mixed; boundary="abc123"\n\n--abc123\nhello\n--abc123--\n', "mime"),
    ("long hex", "digest " + binascii.hexlify(bytes(range(60))).decode(), "hex"),
]


@pytest.mark.parametrize(("text", "kind"), [row[1:] for row in FOUND], ids=[row[0] for row in FOUND])
def test_encoded_blocks_are_found(text: str, kind: str) -> None:
    blocks = find_non_prose(text)
    assert kind in {block.kind for block in blocks}
    block = next(block for block in blocks if block.kind == kind)
    assert f"a {kind} block" in describe(text, block) and "line" in describe(text, block)


PROSE = [
    "Dear Mrs Quennell,\nLeo (DOB 14/03/2015) rang on 07700 900123 about Kingsmead Primary School.",
    "Total cost =\n£40 per week",  # a short line ending in ' =' is arithmetic, not a soft break
    "Read https://www.gov.uk/children-with-special-educational-needs/extra-SEN-help?section=3&x=AbCdEf0123456789",
    "=" * 70 + "\nMinutes\n" + "-" * 70,
    "Pneumonoultramicroscopicsilicovolcanoconiosis is a long word.\nAntidisestablishmentarianism too.",
    "SHA-1 of the file: 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
    "Score = 20 out of 30; target A=B.",
]


@pytest.mark.parametrize("text", PROSE)
def test_prose_is_left_alone(text: str) -> None:
    assert find_non_prose(text) == []
