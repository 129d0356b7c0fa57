"""``non_prose``: blocks of a text that are not prose, so no reader of prose can vouch for them.

An e-mail's attachment pasted as base64, a quoted-printable body, MIME part headers and boundaries,
uuencoded data, long hex runs and ``data:`` URIs all carry text (names included) that neither the
redactor nor this reader sees as words. The caller must decode and redact such a block part by part,
or refuse it: the second reader reports each as an ``ENCODED`` finding, never as verified.

Each kind is recognised by its syntax, with thresholds that ordinary prose does not reach (a 40-
character token in the base64 alphabet mixing letter cases and digits; three quoted-printable escapes
or soft line breaks in a block; a MIME header line; a boundary line where MIME headers are present).
"""

from __future__ import annotations

import re

from redaction.verify.types import NonProse

__all__ = ["KINDS", "non_prose"]

KINDS = ("base64", "quoted-printable", "mime", "uuencode", "hex", "data-uri")

_DATA_URI = re.compile(r"data:[\w.+\-/]*(?:;[\w.+\-]+=?[\w.+\-]*)*(?:;base64)?,[A-Za-z0-9+/=%\-_.~]{8,}", re.IGNORECASE)
_MIME_HEADER = re.compile(
    r"^(?:content-type|content-transfer-encoding|content-disposition|content-id|mime-version)[ \t]*:.*$",
    re.IGNORECASE | re.MULTILINE)
_BOUNDARY_DECLARED = re.compile(r"boundary\s*=\s*\"?([^\";\s]+)", re.IGNORECASE)
_BOUNDARY_LINE = re.compile(r"^--(?=[^\s]*[A-Za-z0-9])[^\s]{6,}[ \t]*$", re.MULTILINE)
_UU_BLOCK = re.compile(r"^begin(?:-base64)? [0-7]{3,4} \S[^\n]*\n(?:[^\n]*\n)*?(?:end|====)[ \t]*$", re.MULTILINE)
_UU_LINES = re.compile(r"(?:^M[\x20-\x60]{60}[ \t]*\n){3,}", re.MULTILINE)
_B64_TOKEN = re.compile(r"(?<![\w+/=\-])[A-Za-z0-9+/]{40,}={0,2}(?![\w+/=\-])")
_B64URL_TOKEN = re.compile(r"(?<![\w\-])[A-Za-z0-9_\-]{40,}(?![\w\-])")
# Two lines or more of the alphabet alone (the last one may be short: the end of the data).
_B64_LINES = re.compile(r"(?:^[ \t]*[A-Za-z0-9+/]{20,}={0,2}[ \t]*\n)+[ \t]*[A-Za-z0-9+/]{2,}={0,2}[ \t]*(?:\n|\Z)",
                        re.MULTILINE)
_HEX = re.compile(r"(?<![0-9A-Za-z])(?:0x)?[0-9a-fA-F]{32,}(?![0-9A-Za-z])")
_HEX_BYTES = re.compile(r"(?<![0-9A-Za-z])(?:[0-9a-fA-F]{2}[ :\-]){15,}[0-9a-fA-F]{2}(?![0-9A-Za-z])")
_QP_ESCAPE = re.compile(r"=[0-9A-F]{2}")
_QP_SOFT_BREAK = re.compile(r"[^\s=]=[ \t]*$")
QP_MIN_SIGNS = 3


def non_prose(text: str) -> list[NonProse]:
    """Every non-prose block of ``text``, in order, with its offsets and kind."""
    blocks: list[NonProse] = []
    blocks += [NonProse(m.start(), m.end(), "data-uri") for m in _DATA_URI.finditer(text)]
    blocks += _mime(text)
    blocks += [NonProse(m.start(), m.end(), "uuencode") for m in _UU_BLOCK.finditer(text)]
    blocks += [NonProse(m.start(), m.end(), "uuencode") for m in _UU_LINES.finditer(text)]
    blocks += _base64(text)
    blocks += [NonProse(m.start(), m.end(), "hex") for m in _HEX.finditer(text) if _mixed_hex(m.group())]
    blocks += [NonProse(m.start(), m.end(), "hex") for m in _HEX_BYTES.finditer(text)]
    blocks += _quoted_printable(text)
    return _merged(blocks)


def _mime(text: str) -> list[NonProse]:
    headers = [NonProse(m.start(), m.end(), "mime") for m in _MIME_HEADER.finditer(text)]
    declared = {m.group(1) for m in _BOUNDARY_DECLARED.finditer(text)}
    lines = []
    for match in _BOUNDARY_LINE.finditer(text):
        token = match.group().strip()[2:].removesuffix("--")
        if headers or token in declared:
            lines.append(NonProse(match.start(), match.end(), "mime"))
    return headers + lines


def _base64(text: str) -> list[NonProse]:
    found = [NonProse(m.start(), m.end(), "base64") for m in _B64_LINES.finditer(text) if _mixed(m.group())]
    found += [NonProse(m.start(), m.end(), "base64") for m in _B64_TOKEN.finditer(text) if _mixed(m.group())]
    found += [NonProse(m.start(), m.end(), "base64") for m in _B64URL_TOKEN.finditer(text)
              if ("_" in m.group() or "-" in m.group()) and _mixed(m.group(), minimum=2)]
    return found


def _mixed(token: str, *, minimum: int = 1) -> bool:
    """Upper case, lower case and digits all present (words and plain numbers are not encodings)."""
    upper = sum(c.isupper() for c in token)
    lower = sum(c.islower() for c in token)
    digits = sum(c.isdigit() for c in token)
    return min(upper, lower, digits) >= minimum


def _mixed_hex(token: str) -> bool:
    body = token[2:] if token[:2].lower() == "0x" else token
    return any(c.isdigit() for c in body) and any(c.isalpha() for c in body)


def _quoted_printable(text: str) -> list[NonProse]:
    """Runs of lines carrying soft line breaks (``=`` at the end) or ``=XX`` escapes, with at least
    :data:`QP_MIN_SIGNS` of them in the run."""
    found: list[NonProse] = []
    start = signs = 0
    run_start: int | None = None
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        count = len(_QP_ESCAPE.findall(body)) + (1 if _QP_SOFT_BREAK.search(body) else 0)
        if count:
            if run_start is None:
                run_start, signs = offset, 0
            signs += count
            start = offset + len(body)
        elif run_start is not None:
            if signs >= QP_MIN_SIGNS:
                found.append(NonProse(run_start, start, "quoted-printable"))
            run_start = None
        offset += len(line)
    if run_start is not None and signs >= QP_MIN_SIGNS:
        found.append(NonProse(run_start, start, "quoted-printable"))
    return found


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
