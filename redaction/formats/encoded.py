"""Non-prose in text: blocks a text redactor must never pass as verified prose.

A forwarded e-mail pasted or uploaded as text carries its attachments as base64 and its body as
quoted-printable, where "Gree=⏎nbank Academy" and "=E2=80=99" hide words from every detector. This
finds such blocks: base64 (wrapped lines, or one long token), quoted-printable (soft line breaks,
``=XX`` escapes), uuencode, MIME structure (part headers, boundaries) and long hexadecimal runs.
A caller either decodes them (an e-mail, part by part) or refuses the text, saying where and what.

(The second reader's ``redaction.verify.non_prose`` serves the same purpose; the integrator makes one
serve both.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["NonProse", "describe", "find_non_prose"]

KINDS = ("base64", "quoted-printable", "uuencode", "mime", "hex")

_B64_LINE = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")
_B64_TOKEN = re.compile(r"(?<![A-Za-z0-9+/_\-=])[A-Za-z0-9+/_\-]{100,}={0,2}")
_QP_ESCAPE = re.compile(r"=[0-9A-F]{2}")
_UU_BEGIN = re.compile(r"begin(?:-base64)? [0-7]{3,4} \S")
_MIME_FIELD = re.compile(r"(?i)(content-type|content-transfer-encoding|mime-version|content-disposition)[ \t]*:")
_BOUNDARY = re.compile(r"""(?i)boundary\s*=\s*(?:"([^"\r\n]{1,100})"|([^\s;"]{1,100}))""")
_HEX = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f]{80,}(?![0-9A-Za-z])")
MIN_B64_BLOCK = 120  # characters over wrapped lines
QP_LONG_LINE = 60


@dataclass(frozen=True, slots=True)
class NonProse:
    start: int
    end: int
    kind: str  # one of KINDS


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without its line break."""
    spans, start = [], 0
    for match in re.finditer(r"\r\n|\n|\r", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def find_non_prose(text: str) -> list[NonProse]:
    lines = _lines(text)
    found = [*_base64(text, lines), *_quoted_printable(text, lines), *_uuencode(text, lines), *_mime(text, lines)]
    found += [NonProse(m.start(), m.end(), "hex") for m in _HEX.finditer(text) if _mixed_hex(m.group())]
    return sorted(found, key=lambda block: (block.start, block.end))


def describe(text: str, block: NonProse) -> str:
    """Where and what, for a refusal a caseworker can act on (never the block's content)."""
    line = text.count("\n", 0, block.start) + 1
    return f"a {block.kind} block of {block.end - block.start} characters at line {line}"


def _base64(text: str, lines: list[tuple[int, int]]) -> list[NonProse]:
    found: list[NonProse] = []
    run: list[tuple[int, int]] = []

    def close() -> None:
        if len(run) >= 2 and sum(e - s for s, e in run) >= MIN_B64_BLOCK and _looks_encoded(text[run[0][0]:run[-1][1]]):
            found.append(NonProse(run[0][0], run[-1][1], "base64"))
        run.clear()

    for start, end in lines:
        stripped = text[start:end].strip()
        if stripped and _B64_LINE.fullmatch(stripped):
            run.append((start, end))
        else:
            close()
    close()
    for match in _B64_TOKEN.finditer(text):
        if _looks_encoded(match.group()) and not any(b.start <= match.start() < b.end for b in found):
            found.append(NonProse(match.start(), match.end(), "base64"))
    return found


def _looks_encoded(token: str) -> bool:
    """Letters of both cases and digits or symbols: random data, not a long word or a rule of dashes."""
    return (any(c.islower() for c in token) and any(c.isupper() for c in token)
            and any(c.isdigit() or c in "+/_" for c in token))


def _quoted_printable(text: str, lines: list[tuple[int, int]]) -> list[NonProse]:
    found: list[NonProse] = []
    run: list[tuple[int, int]] = []
    evidence = [0, 0]  # soft breaks, escapes

    def close() -> None:
        if run and (evidence[0] >= 1 or evidence[1] >= 2):
            found.append(NonProse(run[0][0], run[-1][1], "quoted-printable"))
        run.clear()
        evidence[:] = [0, 0]

    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        escapes = len(_QP_ESCAPE.findall(line))
        soft = _soft_break(line, text[lines[index + 1][0]:lines[index + 1][1]] if index + 1 < len(lines) else "")
        if soft or escapes:
            run.append((start, end))
            evidence[0] += soft
            evidence[1] += escapes
        else:
            close()
    close()
    return found


def _soft_break(line: str, following: str) -> bool:
    """A line ending in a lone '=' that joins a word or a number to the next line ('Gree=⏎nbank',
    '07700 =⏎900456'), or wraps a long encoded line."""
    if not line.endswith("=") or line.endswith("==") or not following:
        return False
    glued = len(line) >= 2 and not line[-2].isspace() and not following[0].isspace()
    number = len(line) >= 3 and line[-2] == " " and line[-3].isdigit() and following[0].isdigit()
    return glued or number or len(line) >= QP_LONG_LINE


def _uuencode(text: str, lines: list[tuple[int, int]]) -> list[NonProse]:
    found = []
    for index, (start, end) in enumerate(lines):
        if _UU_BEGIN.match(text[start:end]):
            last = end
            for s, e in lines[index + 1 :]:
                last = e
                if text[s:e].strip() == "end":
                    break
            found.append(NonProse(start, last, "uuencode"))
    return found


def _mime(text: str, lines: list[tuple[int, int]]) -> list[NonProse]:
    boundaries = {m.group(1) or m.group(2) for m in _BOUNDARY.finditer(text)}
    found = []
    for start, end in lines:
        line = text[start:end]
        if _MIME_FIELD.match(line) or any(line.strip() in (f"--{b}", f"--{b}--") for b in boundaries):
            found.append(NonProse(start, end, "mime"))
    return found


def _mixed_hex(token: str) -> bool:
    return any(c.isdigit() for c in token) and any(c.isalpha() for c in token)
