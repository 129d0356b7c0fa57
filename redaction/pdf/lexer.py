"""Content-stream tokenizer: operations with the byte range each one came from.

pypdf's ``ContentStream`` parses one byte at a time and re-serialises everything it parsed; we need
the opposite: fast parsing, and the untouched bytes of every operation we do not change, so the
rewritten stream differs from the original only where glyphs were removed. So each
:class:`Operation` keeps ``start``/``end`` offsets into the stream, and the rewriter splices.

Values: numbers are ``float``/``int``, names :class:`Name` (``"/F1"``), strings ``bytes`` (escapes
and hex decoded), arrays ``list``, dictionaries ``dict``, ``true``/``false``/``null`` Python values.
An inline image is one operation ``BI`` with operands ``[settings, data]``.

Malformed input is tolerated as PDF viewers tolerate it (an unknown token is an unknown operator;
an unbalanced ``)`` is skipped); nesting deeper than :data:`MAX_NESTING` raises
:class:`LimitExceededError` rather than recursing.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from redaction.pdf.errors import LimitExceededError

__all__ = ["MAX_NESTING", "Name", "Operation", "tokenize"]

MAX_NESTING = 64
MAX_PENDING_OPERANDS = 100_000

_WS = b"\x00\t\n\x0c\r "
_REGULAR = rb"[^\x00\t\n\x0c\r ()<>\[\]{}/%]"

_TOKEN = re.compile(  # leading whitespace and comments are consumed with the token that follows
    rb"(?:[\x00\t\n\x0c\r ]+|%[^\r\n]*)*"
    rb"(?:(?P<num>[+-]?(?:\d+\.?\d*|\.\d+))(?!" + _REGULAR + rb")"
    rb"|(?P<hex><[^<>]*>)"
    rb"|(?P<name>/" + _REGULAR + rb"*)"
    rb"|(?P<op>" + _REGULAR + rb"+)"
    rb"|(?P<aopen>\[)|(?P<aclose>\])"
    rb"|(?P<str>\()"
    rb"|(?P<dopen><<)|(?P<dclose>>>)"
    rb"|(?P<junk>.))",
    re.DOTALL,
)
_SIMPLE_STRING = re.compile(rb"\((?:[^()\\]|\\.)*\)", re.DOTALL)
_STRING_SPECIAL = re.compile(rb"[()\\]")
_ESCAPE = re.compile(rb"\\(?:([0-7]{1,3})|(\r\n|\r|\n)|(.))", re.DOTALL)
_NON_HEX = re.compile(rb"[^0-9A-Fa-f]")
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_EI = re.compile(rb"(?<=[\x00\t\n\x0c\r ])EI(?=[\x00\t\n\x0c\r ]|\Z)")
_PRINTABLE_TAIL = re.compile(rb"[\x00\t\n\x0c\r \x21-\x7e]*\Z")
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_KEYWORD_VALUES: dict[bytes, Any] = {b"true": True, b"false": False, b"null": None}
_INLINE_COMPONENTS = {
    "/G": 1, "/DeviceGray": 1, "/CalGray": 1, "/I": 1, "/Indexed": 1,
    "/RGB": 3, "/DeviceRGB": 3, "/CalRGB": 3, "/CMYK": 4, "/DeviceCMYK": 4,
}


class Name(str):
    """A PDF name, spelled with its leading slash as pypdf's dictionary keys are (``"/F1"``)."""

    __slots__ = ()


class Operation(NamedTuple):
    operator: bytes
    operands: list[Any]
    start: int  # offset of the first operand (or of the operator)
    end: int  # offset just past the operator (past ``EI`` for an inline image)


def _name(raw: bytes) -> Name:
    """``raw`` includes the leading slash."""
    if b"#" in raw:
        raw = _NAME_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), raw)
    try:
        return Name(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return Name(raw.decode("latin-1"))


def _unescape_match(match: re.Match[bytes]) -> bytes:
    octal, newline, other = match.groups()
    if octal is not None:
        return bytes([int(octal, 8) & 0xFF])
    if newline is not None:
        return b""
    return _ESCAPES.get(other, other)


def _string_value(body: bytes) -> bytes:
    if b"\\" in body:
        # Unescaped end-of-line markers become LF; escaped ones (line continuations) vanish.
        out = bytearray()
        last = 0
        for match in _ESCAPE.finditer(body):
            out += _normalise_eol(body[last : match.start()])
            out += _unescape_match(match)
            last = match.end()
        out += _normalise_eol(body[last:])
        return bytes(out)
    return _normalise_eol(body)


def _normalise_eol(raw: bytes) -> bytes:
    if b"\r" in raw:
        return raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return raw


def _read_string(data: bytes, pos: int) -> tuple[bytes, int]:
    """Literal string starting at ``data[pos] == '('``: (value, offset past the closing paren)."""
    simple = _SIMPLE_STRING.match(data, pos)
    if simple is not None:
        return _string_value(data[pos + 1 : simple.end() - 1]), simple.end()
    depth = 0
    scan = pos
    while True:
        special = _STRING_SPECIAL.search(data, scan)
        if special is None:  # unterminated: the string runs to the end, as viewers read it
            return _string_value(data[pos + 1 :]), len(data)
        char = data[special.start()]
        if char == 0x5C:  # backslash: skip the escaped byte
            scan = special.start() + 2
            continue
        depth += 1 if char == 0x28 else -1
        scan = special.start() + 1
        if depth == 0:
            return _string_value(data[pos + 1 : special.start()]), scan


def _hex_value(token: bytes) -> bytes:
    try:
        return bytes.fromhex(token[1:-1].decode("ascii"))
    except ValueError:  # odd length, stray characters: the spec's lenient reading
        pass
    digits = _NON_HEX.sub(b"", token[1:-1])
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode("ascii"))


def _inline_data_end(data: bytes, begin: int, settings: dict[Any, Any]) -> tuple[bytes, int]:
    """Find the binary data of an inline image starting at ``begin``: (data, offset past ``EI``)."""
    filters = settings.get("/F", settings.get("/Filter"))
    if isinstance(filters, list):
        filters = filters[0] if filters else None
    if filters is None:
        size = _unfiltered_inline_size(settings)
        if size is not None:
            after = begin + size
            probe = after
            while probe < len(data) and data[probe] in _WS:
                probe += 1
            if data[probe : probe + 2] == b"EI" and (probe + 2 == len(data) or data[probe + 2] in _WS):
                return data[begin:after], probe + 2
    elif filters in ("/AHx", "/ASCIIHexDecode"):
        marker = data.find(b">", begin)
        if marker >= 0:
            return _data_then_ei(data, begin, marker + 1)
    elif filters in ("/A85", "/ASCII85Decode"):
        marker = data.find(b"~>", begin)
        if marker >= 0:
            return _data_then_ei(data, begin, marker + 2)
    scan = begin
    while True:
        found = _EI.search(data, scan)
        if found is None:
            return data[begin:], len(data)
        tail = data[found.end() : found.end() + 48]
        if _PRINTABLE_TAIL.match(tail):
            return data[begin : found.start() - 1], found.end()
        scan = found.end()


def _data_then_ei(data: bytes, begin: int, data_end: int) -> tuple[bytes, int]:
    found = _EI.search(data, data_end)
    if found is None:
        return data[begin:data_end], len(data)
    return data[begin:data_end], found.end()


def _unfiltered_inline_size(settings: dict[Any, Any]) -> int | None:
    width = settings.get("/W", settings.get("/Width"))
    height = settings.get("/H", settings.get("/Height"))
    if not isinstance(width, int) or not isinstance(height, int) or width <= 0 or height <= 0:
        return None
    if settings.get("/IM", settings.get("/ImageMask")) is True:
        return (width + 7) // 8 * height
    bits = settings.get("/BPC", settings.get("/BitsPerComponent", 8))
    space = settings.get("/CS", settings.get("/ColorSpace"))
    if isinstance(space, list) and space:
        space = space[0]
    components = _INLINE_COMPONENTS.get(space) if isinstance(space, str) else None
    if not isinstance(bits, int) or components is None:
        return None
    return (width * components * bits + 7) // 8 * height


def tokenize(data: bytes) -> list[Operation]:
    """All operations of a content stream, in order."""
    operations: list[Operation] = []
    operands: list[Any] = []
    stack: list[list[Any] | dict[Any, Any]] = []
    start = -1
    pos = 0
    size = len(data)
    match_token = _TOKEN.match
    while pos < size:
        match = match_token(data, pos)
        if match is None or match.lastgroup is None:  # only whitespace or comments remain
            break
        kind = match.lastgroup
        token_start = match.start(kind)
        pos = match.end()
        if kind == "num":
            raw = match.group(kind)
            value: Any = float(raw) if b"." in raw else int(raw)
        elif kind == "hex":
            value = _hex_value(match.group(kind))
        elif kind == "name":
            value = _name(match.group(kind))
        elif kind == "op":
            word = match.group(kind)
            if word in _KEYWORD_VALUES:
                value = _KEYWORD_VALUES[word]
            else:
                while stack:  # an operator inside an unclosed array/dict: close them, as viewers recover
                    done = stack.pop()
                    _append(stack, operands, _finish_dict(done) if isinstance(done, dict) else done)
                if start < 0:
                    start = token_start
                if word == b"BI":  # the settings that follow are operands of the image, not an op
                    operands = []
                    start = token_start
                    continue
                if word == b"ID":
                    settings = _inline_settings(operands)
                    begin = pos + 1 if pos < size and data[pos] in _WS else pos
                    image_data, pos = _inline_data_end(data, begin, settings)
                    operations.append(Operation(b"BI", [settings, image_data], start, pos))
                else:
                    operations.append(Operation(word, operands, start, pos))
                operands = []
                start = -1
                continue
        elif kind == "str":
            value, pos = _read_string(data, token_start)
        elif kind == "aopen" or kind == "dopen":
            if len(stack) >= MAX_NESTING:
                raise LimitExceededError(f"content stream nests arrays/dictionaries deeper than {MAX_NESTING}")
            container: list[Any] | dict[Any, Any] = [] if kind == "aopen" else {_PENDING_KEY: None}
            if start < 0:
                start = token_start
            stack.append(container)
            continue
        elif kind == "aclose" or kind == "dclose":
            if not stack:
                continue
            done = stack.pop()
            value = _finish_dict(done) if isinstance(done, dict) else done
        else:  # junk: a stray ')' '>' '{' '}' byte
            continue
        if start < 0:
            start = token_start
        if not stack:
            operands.append(value)
            if len(operands) > MAX_PENDING_OPERANDS:
                raise LimitExceededError("content stream has too many operands without an operator")
        elif type(stack[-1]) is list:
            stack[-1].append(value)  # type: ignore[union-attr]
        else:
            _append(stack, operands, value)
    return operations


_PENDING_KEY = object()


def _append(stack: list[list[Any] | dict[Any, Any]], operands: list[Any], value: Any) -> None:
    if not stack:
        operands.append(value)
        return
    top = stack[-1]
    if isinstance(top, list):
        top.append(value)
    else:
        pending = top[_PENDING_KEY]
        if pending is None:
            top[_PENDING_KEY] = value if isinstance(value, Name) else None
        else:
            top[pending] = value
            top[_PENDING_KEY] = None


def _finish_dict(container: dict[Any, Any]) -> dict[Any, Any]:
    container.pop(_PENDING_KEY, None)
    return container


def _inline_settings(operands: list[Any]) -> dict[Any, Any]:
    """``BI /W 4 /H 4 ... ID``: the operands after ``BI`` as a dictionary."""
    settings: dict[Any, Any] = {}
    for key, value in zip(operands[::2], operands[1::2], strict=False):
        if isinstance(key, Name):
            settings[key] = value
    return settings
