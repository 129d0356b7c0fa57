"""``non_prose``: blocks of a text that are not prose, so no reader of prose can vouch for them.

An e-mail's attachment pasted as base64, a quoted-printable body ("Gree=⏎nbank Academy",
"=E2=80=99"), MIME part headers and boundaries, uuencoded data, hex dumps and ``data:`` URIs all carry
text (names included) that neither the redactor nor the second reader sees as words. A caller decodes
such a block and redacts it part by part (an e-mail), or refuses the text; the second reader reports
each as an ``ENCODED`` finding, never as verified. The one finder for the whole project: the formats'
sniffing, their refusals and the second reader all use it.

Each kind is recognised by its syntax, with thresholds ordinary prose does not reach:

* base64: a token of 100 characters or more in its alphabet, or wrapped lines totalling 120, mixing
  letter cases and digits; a shorter token (from 16: twelve bytes, a name) or block only when it
  decodes to readable text (a digest or a random id hides no words, an encoded name does);
* quoted-printable: in a run of lines, one soft line break that glues a word or a number to the next
  line or wraps a long line, or two ``=XX`` escapes;
* MIME: part header lines, and boundary lines where MIME headers are present or the boundary is declared;
* uuencode: a ``begin 644 name`` block, or three full uuencoded lines;
* hex: a run of 32 hexadecimal digits that decodes to readable text, any run of 80 (a dumped file),
  or 16 bytes written as pairs ("4c 65 6f ...");
* ``data:`` URIs with a payload.
"""

from __future__ import annotations

import base64
import binascii
import re

from redaction.verify.types import NonProse

__all__ = ["KINDS", "describe", "non_prose"]

KINDS = ("base64", "quoted-printable", "mime", "uuencode", "hex", "data-uri")

_DATA_URI = re.compile(r"data:[\w.+\-/]*(?:;[\w.+\-]+=?[\w.+\-]*)*(?:;base64)?,[A-Za-z0-9+/=%\-_.~]{8,}", re.IGNORECASE)
_MIME_HEADER = re.compile(
    r"^[ \t]*(?:content-type|content-transfer-encoding|content-disposition|content-id|mime-version)[ \t]*:.*$",
    re.IGNORECASE | re.MULTILINE)
_BOUNDARY_DECLARED = re.compile(r"""boundary\s*=\s*(?:"([^"\r\n]{1,100})"|([^\s;"]{1,100}))""", re.IGNORECASE)
_BOUNDARY_LINE = re.compile(r"^--(?=[^\s]*[A-Za-z0-9])[^\s]{6,}[ \t]*$", re.MULTILINE)
_UU_BLOCK = re.compile(r"^begin(?:-base64)? [0-7]{3,4} \S[^\n]*\n(?:[^\n]*\n)*?(?:end|====)[ \t]*$", re.MULTILINE)
_UU_LINES = re.compile(r"(?:^M[\x20-\x60]{60}[ \t]*\n){3,}", re.MULTILINE)
_B64_TOKEN = re.compile(r"(?<![\w+/=\-])[A-Za-z0-9+/]{16,}={0,2}(?![\w+/=\-])")
_B64URL_TOKEN = re.compile(r"(?<![\w\-])[A-Za-z0-9_\-]{16,}(?![\w\-])")
# Two lines or more of the alphabet alone (the last one may be short: the end of the data).
_B64_LINES = re.compile(r"(?:^[ \t]*[A-Za-z0-9+/]{20,}={0,2}[ \t]*\r?\n)+[ \t]*[A-Za-z0-9+/]{2,}={0,2}[ \t]*(?:\r?\n|\Z)",
                        re.MULTILINE)
B64_SURE_TOKEN = 100  # a token this long in the base64 alphabet, mixing cases and digits, is data
B64_SURE_BLOCK = 120  # wrapped lines totalling this many characters
_HEX = re.compile(r"(?<![0-9A-Za-z])(?:0x)?[0-9a-fA-F]{32,}(?![0-9A-Za-z])")
HEX_SURE = 80  # a hex run this long is a dump whatever it decodes to (a SHA-1 digest is 40)
_HEX_BYTES = re.compile(r"(?<![0-9A-Za-z])(?:[0-9a-fA-F]{2}[ :\-]){15,}[0-9a-fA-F]{2}(?![0-9A-Za-z])")
_QP_ESCAPE = re.compile(r"=[0-9A-F]{2}")
QP_LONG_LINE = 60  # an encoder wraps lines at 76; a line this long ending in '=' is wrapped
READABLE = 0.8  # the share of readable characters that makes decoded bytes text


def non_prose(text: str) -> list[NonProse]:
    """Every non-prose block of ``text``, in order, with its offsets and kind."""
    blocks: list[NonProse] = []
    blocks += [NonProse(m.start(), m.end(), "data-uri") for m in _DATA_URI.finditer(text)]
    blocks += _mime(text)
    blocks += [NonProse(m.start(), m.end(), "uuencode") for m in _UU_BLOCK.finditer(text)]
    blocks += [NonProse(m.start(), m.end(), "uuencode") for m in _UU_LINES.finditer(text)]
    blocks += _base64(text)
    blocks += [NonProse(m.start(), m.end(), "hex") for m in _HEX.finditer(text) if _hex_data(m.group())]
    blocks += [NonProse(m.start(), m.end(), "hex") for m in _HEX_BYTES.finditer(text)]
    blocks += _quoted_printable(text)
    return _merged(blocks)


def describe(text: str, block: NonProse) -> str:
    """Where and what, for a refusal a caseworker can act on (never the block's content)."""
    line = text.count("\n", 0, block.start) + 1
    return f"a {block.kind} block of {block.end - block.start} characters at line {line}"


def _mime(text: str) -> list[NonProse]:
    headers = [NonProse(m.start(), m.end(), "mime") for m in _MIME_HEADER.finditer(text)]
    declared = {a or b for a, b in _BOUNDARY_DECLARED.findall(text)}
    lines = []
    for match in _BOUNDARY_LINE.finditer(text):
        token = match.group().strip()[2:].removesuffix("--")
        if headers or token in declared:
            lines.append(NonProse(match.start(), match.end(), "mime"))
    return headers + lines


def _base64(text: str) -> list[NonProse]:
    found = [NonProse(m.start(), m.end(), "base64") for m in _B64_LINES.finditer(text)
             if _mixed(m.group()) and (_length(m.group()) >= B64_SURE_BLOCK or _decodes_to_text(m.group()))]
    found += [NonProse(m.start(), m.end(), "base64") for m in _B64_TOKEN.finditer(text)
              if _mixed(m.group()) and (len(m.group()) >= B64_SURE_TOKEN or _decodes_to_text(m.group()))]
    found += [NonProse(m.start(), m.end(), "base64") for m in _B64URL_TOKEN.finditer(text)
              if ("_" in m.group() or "-" in m.group()) and _mixed(m.group(), minimum=2)
              and (len(m.group()) >= B64_SURE_TOKEN or _decodes_to_text(m.group(), urlsafe=True))]
    return found


def _length(block: str) -> int:
    return sum(len(line.strip()) for line in block.splitlines())


def _mixed(token: str, *, minimum: int = 1) -> bool:
    """Upper case, lower case and digits all present (words and plain numbers are not encodings)."""
    upper = sum(c.isupper() for c in token)
    lower = sum(c.islower() for c in token)
    digits = sum(c.isdigit() for c in token)
    return min(upper, lower, digits) >= minimum


def _decodes_to_text(block: str, *, urlsafe: bool = False) -> bool:
    data = "".join(block.split())
    data += "=" * (-len(data) % 4)
    try:
        raw = base64.urlsafe_b64decode(data) if urlsafe else base64.b64decode(data)
    except (binascii.Error, ValueError):
        return False
    return _readable(raw)


def _readable(raw: bytes) -> bool:
    """Bytes that read as text (UTF-8, or UTF-16 of Latin script), not as random data: mostly printable,
    at least half of it letters. (Random bytes rarely decode as UTF-8; as UTF-16 they do, as CJK
    ideographs, hence the Latin condition there.)"""
    for encoding, latin in (("utf-8", False), ("utf-16-le", True), ("utf-16-be", True)):
        try:
            decoded = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        usable = [c for c in decoded if (c.isprintable() or c in "\t\r\n") and (not latin or c < "\u0250")]
        if decoded and len(usable) >= READABLE * len(decoded) and sum(c.isalpha() for c in usable) >= 0.5 * len(decoded):
            return True
    return False


def _hex_data(token: str) -> bool:
    body = token[2:] if token[:2].lower() == "0x" else token
    if not (any(c.isdigit() for c in body) and any(c.isalpha() for c in body)):
        return False
    if len(body) >= HEX_SURE:
        return True
    return _readable(binascii.unhexlify(body[: len(body) // 2 * 2]))


def _quoted_printable(text: str) -> list[NonProse]:
    """Runs of lines carrying soft line breaks or ``=XX`` escapes: a run is quoted-printable with one
    soft break or two escapes."""
    lines = _lines(text)
    found: list[NonProse] = []
    run: list[tuple[int, int]] = []
    soft = escapes = 0
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        following = text[lines[index + 1][0]:lines[index + 1][1]] if index + 1 < len(lines) else ""
        line_escapes = len(_QP_ESCAPE.findall(line))
        line_soft = _soft_break(line, following)
        if line_escapes or line_soft:
            run.append((start, end))
            soft += line_soft
            escapes += line_escapes
            continue
        if run and (soft >= 1 or escapes >= 2):
            found.append(NonProse(run[0][0], run[-1][1], "quoted-printable"))
        run, soft, escapes = [], 0, 0
    if run and (soft >= 1 or escapes >= 2):
        found.append(NonProse(run[0][0], run[-1][1], "quoted-printable"))
    return found


def _soft_break(line: str, following: str) -> bool:
    """A line ending in a lone '=' that joins a word or a number to the next line ('Gree=⏎nbank',
    '07700 =⏎900456'), or wraps a long encoded line; ' =⏎£40' (arithmetic) is not one."""
    if not line.endswith("=") or line.endswith("==") or not following:
        return False
    glued = len(line) >= 2 and not line[-2].isspace() and not following[0].isspace()
    number = len(line) >= 3 and line[-2] == " " and line[-3].isdigit() and following[0].isdigit()
    return glued or number or len(line) >= QP_LONG_LINE


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without its line break."""
    spans, start = [], 0
    for match in re.finditer(r"\r\n|\n|\r", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _merged(blocks: list[NonProse]) -> list[NonProse]:
    """Sorted; overlapping blocks of one kind joined."""
    merged: list[NonProse] = []
    for block in sorted(blocks, key=lambda b: (b.kind, b.start, b.end)):
        last = merged[-1] if merged else None
        if last is not None and last.kind == block.kind and block.start <= last.end:
            merged[-1] = NonProse(last.start, max(last.end, block.end), last.kind)
        else:
            merged.append(block)
    return sorted(merged, key=lambda b: (b.start, b.end, b.kind))
