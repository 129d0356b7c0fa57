"""CMap programs: how a font's byte string splits into codes, and what each code means.

One parser serves both kinds a PDF embeds: the ``/Encoding`` CMap of a Type0 font (codespace ranges
and code → CID) and a ``/ToUnicode`` CMap (code → Unicode). pypdf only decodes ToUnicode, by line
heuristics, and treats every Type0 font as UTF-16 (merging surrogate-range codes), so this is ours.

Ranges are kept as ranges (a hostile ``<00000000> <FFFFFFFF>`` range costs nothing); lookups go to
a dictionary first, then a bisect over the ranges.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from redaction.pdf.lexer import Name, tokenize

__all__ = ["IDENTITY_CODESPACE", "CMap", "Codespace", "parse_cmap", "split_codes"]

MAX_CODE_BYTES = 4


@dataclass(frozen=True, slots=True)
class Codespace:
    """One ``begincodespacerange`` entry: codes of ``length`` bytes between ``low`` and ``high``."""

    length: int
    low: bytes
    high: bytes

    def contains_prefix(self, prefix: bytes) -> bool:
        return all(self.low[i] <= prefix[i] <= self.high[i] for i in range(len(prefix)))


IDENTITY_CODESPACE = (Codespace(2, b"\x00\x00", b"\xff\xff"),)


@dataclass(slots=True)
class CMap:
    """A parsed CMap: codespace, code → CID, code → Unicode (whichever the program defines)."""

    codespaces: list[Codespace] = field(default_factory=list)
    cids: dict[int, int] = field(default_factory=dict)
    cid_ranges: list[tuple[int, int, int]] = field(default_factory=list)  # (low, high, first cid)
    unicode: dict[int, str] = field(default_factory=dict)
    unicode_ranges: list[tuple[int, int, int, int]] = field(default_factory=list)  # (low, high, first, width)
    uses: str | None = None  # ``usecmap`` parent (a predefined CMap name), if any
    _cid_lows: list[int] = field(default_factory=list)
    _uni_lows: list[int] = field(default_factory=list)

    def cid(self, code: int) -> int | None:
        if code in self.cids:
            return self.cids[code]
        found = _in_ranges(self.cid_ranges, self._cid_lows, code)
        return None if found is None else found[2] + code - found[0]

    def to_unicode(self, code: int) -> str | None:
        text = self.unicode.get(code)
        if text is not None:
            return text
        found = _in_ranges(self.unicode_ranges, self._uni_lows, code)
        if found is None:
            return None
        value = found[2] + code - found[0]
        return _utf16(value.to_bytes(found[3], "big"))

    def finish(self) -> CMap:
        self.cid_ranges.sort()
        self.unicode_ranges.sort()
        self._cid_lows = [r[0] for r in self.cid_ranges]
        self._uni_lows = [r[0] for r in self.unicode_ranges]
        return self


def _in_ranges(ranges: list[Any], lows: list[int], code: int) -> Any:
    index = bisect_right(lows, code) - 1
    if index >= 0 and ranges[index][0] <= code <= ranges[index][1]:
        return ranges[index]
    return None


def _utf16(raw: bytes) -> str:
    if len(raw) == 1:  # some producers write one-byte destinations
        return raw.decode("latin-1")
    if len(raw) % 2:
        raw = b"\x00" + raw
    return raw.decode("utf-16-be", "replace")


def split_codes(data: bytes, codespaces: list[Codespace] | tuple[Codespace, ...]) -> list[bytes]:
    """Split a shown string into codes by the codespace ranges (ISO 32000-1, 9.7.6.2)."""
    if not codespaces:
        return [data[i : i + 1] for i in range(len(data))]
    lengths = {space.length for space in codespaces}
    if len(lengths) == 1 and all(_full_range(space) for space in codespaces):
        step = lengths.pop()
        return [data[i : i + step] for i in range(0, len(data), step)]
    codes: list[bytes] = []
    pos = 0
    shortest = min(lengths)
    while pos < len(data):
        taken = 0
        for length in range(1, MAX_CODE_BYTES + 1):
            prefix = data[pos : pos + length]
            if len(prefix) < length:
                break
            if any(s.length == length and s.contains_prefix(prefix) for s in codespaces):
                taken = length
                break
        if not taken:  # no range matches: consume the shortest code length (the spec's notdef rule)
            taken = shortest
        codes.append(data[pos : pos + taken])
        pos += taken
    return codes


def _full_range(space: Codespace) -> bool:
    return space.low == b"\x00" * space.length and space.high == b"\xff" * space.length


def parse_cmap(data: bytes) -> CMap:
    """Parse a CMap program (embedded ``/Encoding`` or ``/ToUnicode`` stream)."""
    cmap = CMap()
    for operation in tokenize(data):
        operator, operands = operation.operator, operation.operands
        if operator == b"endcodespacerange":
            for low, high in _pairs(operands):
                if isinstance(low, bytes) and isinstance(high, bytes) and len(low) == len(high) and 0 < len(low) <= 4:
                    cmap.codespaces.append(Codespace(len(low), low, high))
        elif operator == b"endcidrange":
            for low, high, cid in _triples(operands):
                if isinstance(low, bytes) and isinstance(high, bytes) and isinstance(cid, int):
                    cmap.cid_ranges.append((_int(low), _int(high), cid))
        elif operator == b"endcidchar":
            for code, cid in _pairs(operands):
                if isinstance(code, bytes) and isinstance(cid, int):
                    cmap.cids[_int(code)] = cid
        elif operator == b"endbfchar":
            for code, target in _pairs(operands):
                if isinstance(code, bytes):
                    text = _bf_target(target)
                    if text is not None:
                        cmap.unicode[_int(code)] = text
        elif operator == b"endbfrange":
            for low, high, target in _triples(operands):
                if isinstance(low, bytes) and isinstance(high, bytes):
                    _add_bf_range(cmap, _int(low), _int(high), target)
        elif operator == b"usecmap" and operands and isinstance(operands[-1], Name):
            cmap.uses = operands[-1]
    return cmap.finish()


def _add_bf_range(cmap: CMap, low: int, high: int, target: Any) -> None:
    if high < low:
        return
    if isinstance(target, list):  # one destination per code
        for offset, item in enumerate(target[: high - low + 1]):
            text = _bf_target(item)
            if text is not None:
                cmap.unicode[low + offset] = text
    elif isinstance(target, bytes) and target:
        cmap.unicode_ranges.append((low, high, _int(target), len(target)))


def _bf_target(target: Any) -> str | None:
    if isinstance(target, bytes):
        return _utf16(target) if target else ""
    if isinstance(target, Name):  # a glyph name destination (rare, allowed by old producers)
        from redaction.pdf._pypdf_private import glyph_name_to_unicode

        return glyph_name_to_unicode(target)
    return None


def _int(raw: bytes) -> int:
    return int.from_bytes(raw, "big")


def _pairs(items: list[Any]) -> list[tuple[Any, Any]]:
    return list(zip(items[::2], items[1::2], strict=False))


def _triples(items: list[Any]) -> list[tuple[Any, Any, Any]]:
    return list(zip(items[::3], items[1::3], items[2::3], strict=False))
