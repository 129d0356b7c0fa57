"""non_prose: encoded blocks no reader of prose can vouch for, with where and what for a refusal;
prose stays. (The one finder: the formats' sniffing and refusals use it too, so their rows are here.)"""

from __future__ import annotations

import base64
import binascii
import quopri

import pytest

from redaction.verify import NON_PROSE_KINDS, non_prose
from redaction.verify.encoded import describe

SECRET = "Dear Mrs Thistlewood, Leo's NHS number is 943 476 5919. Regards, Sarah Whitfield".encode()
B64 = base64.encodebytes(SECRET * 3).decode()
QP = quopri.encodestring("Café for Zoë – Thistlewood’s “letter” — déjà vu, naïve résumé, ümlaut ".encode() * 3).decode()
UU = "begin 644 letter.txt\n" + "".join(binascii.b2a_uu(SECRET[i:i + 45]).decode() for i in range(0, len(SECRET), 45)) + "`\nend\n"
MIME = ("MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1_abc123\"\n\n--b1_abc123\n"
        "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nSGVsbG8=\n--b1_abc123--\n")


def kinds(text: str) -> set[str]:
    return {block.kind for block in non_prose(text)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Attachment follows:\n" + B64, "base64"),
        ("token " + base64.b64encode(SECRET).decode() + " end", "base64"),
        ("token " + base64.urlsafe_b64encode(SECRET * 2).decode().rstrip("=") + " end", "base64"),
        ("Body:\n" + QP, "quoted-printable"),
        ("see=\nthe letter =E2=80=99 and =3D more=\n", "quoted-printable"),
        (MIME, "mime"),
        ("Content-Transfer-Encoding: quoted-printable\n", "mime"),
        (UU, "uuencode"),
        ("hash " + SECRET[:24].hex() + " end", "hex"),
        ("bytes 4c 65 6f 20 57 68 69 74 66 69 65 6c 64 20 31 32 33 end", "hex"),
        ('<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAE">', "data-uri"),
        ("link data:text/plain,Leo%20Whitfield%20lives%20here", "data-uri"),
    ],
)
def test_encoded_blocks_are_found(text: str, kind: str) -> None:
    assert kind in kinds(text)
    assert kind in NON_PROSE_KINDS


@pytest.mark.parametrize(
    "text",
    [
        "Parent A rang on Monday about the annual review. She said x = 2 and y = 3.",
        "The score was 85/100 (=20 above last year).",  # one escape-like run is not quoted-printable
        "-- \nSarah\n",  # a signature separator
        "------------------------------\nNotes\n",  # a rule, no MIME around it
        "--Sarah",  # a sign-off dash
        "Antidisestablishmentarianismsupercalifragilistic is long but one word",
        "https://www.gov.uk/children-with-special-educational-needs/extra-SEN-help",
        "Reference 20240314 and phone 07700900456 and 1234567890123456789012345678901234",
        "Section 9.2.1, Regulation 6(1)(a), SI 2014/1530",
    ],
)
def test_prose_is_not_encoded(text: str) -> None:
    assert non_prose(text) == []


DOCX_B64 = base64.encodebytes(b"PK\x03\x04" + bytes(range(256)) * 2).decode()
FORMATS_FOUND = [
    ("wrapped base64", f"See attached.\n\n{DOCX_B64}\nThanks", "base64"),
    ("one long token", "data:" + base64.b64encode(bytes(range(120))).decode() + " end", "base64"),
    ("short token of encoded text", "ref " + base64.b64encode(b"Leo Whitfield, 27 Meadow Lane").decode() + " end", "base64"),
    ("quoted-printable soft break in a word", "Leo starts at Gree=\nnbank Academy on Monday.", "quoted-printable"),
    ("quoted-printable soft break in a number", "Ring me on 07700 =\n900456 after three, or any time on the weekend; I am in.",
     "quoted-printable"),
    ("quoted-printable escapes", "It=E2=80=99s Leo=E2=80=99s plan.", "quoted-printable"),
    ("uuencode", "begin 644 plan.doc\nM4$L#!!0````(`&!!\n`\nend\n", "uuencode"),
    ("MIME part headers", "Hi\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\nbody", "mime"),
    ("MIME boundary", 'Content-Type: multipart/mixed; boundary="abc123"\n\n--abc123\nhello\n--abc123--\n', "mime"),
    ("long hex", "digest " + binascii.hexlify(bytes(range(60))).decode(), "hex"),
    ("UTF-16 text as hex", "dump " + "Leo Whitfield".encode("utf-16-le").hex(), "hex"),
]


@pytest.mark.parametrize(("text", "kind"), [row[1:] for row in FORMATS_FOUND], ids=[row[0] for row in FORMATS_FOUND])
def test_blocks_a_redactor_must_decode_or_refuse_are_found_and_described(text: str, kind: str) -> None:
    blocks = non_prose(text)
    assert kind in {block.kind for block in blocks}
    block = next(block for block in blocks if block.kind == kind)
    assert f"a {kind} block of {block.end - block.start} characters at line" in describe(text, block)


FORMATS_PROSE = [
    "Dear Mrs Quennell,\nLeo (DOB 14/03/2015) rang on 07700 900123 about Kingsmead Primary School.",
    "Total cost =\n£40 per week",  # a short line ending in ' =' is arithmetic, not a soft break
    "Read https://www.gov.uk/children-with-special-educational-needs/extra-SEN-help?section=3&x=AbCdEf0123456789",
    "=" * 70 + "\nMinutes\n" + "-" * 70,
    "Pneumonoultramicroscopicsilicovolcanoconiosis is a long word.\nAntidisestablishmentarianism too.",
    "SHA-1 of the file: 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",  # a digest decodes to no words
    "SHA-256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "Score = 20 out of 30; target A=B.",
    "Shared folder: https://drive.example.org/d/1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT_uV-wX/view",  # a random id
]


@pytest.mark.parametrize("text", FORMATS_PROSE)
def test_prose_the_formats_meet_is_left_alone(text: str) -> None:
    assert non_prose(text) == []


def test_blocks_carry_offsets_in_order() -> None:
    text = "Hello.\n" + B64 + "\nThanks,\n" + MIME
    blocks = non_prose(text)
    assert [b.kind for b in blocks][:1] == ["base64"]
    assert all(0 <= b.start < b.end <= len(text) for b in blocks)
    assert blocks == sorted(blocks, key=lambda b: (b.start, b.end, b.kind))
    assert text[blocks[0].start:blocks[0].end].strip() == B64.strip()
    assert blocks[0].to_json() == {"start": blocks[0].start, "end": blocks[0].end, "kind": "base64"}
