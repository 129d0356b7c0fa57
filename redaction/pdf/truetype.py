"""Just enough of a TrueType reader to typeset with a system font: cmap, advances, metrics.

Used by the re-typeset output, which embeds one whole font (DejaVu Sans, Debian
``fonts-dejavu-core``) as a CID font addressed by glyph id, so any script the font covers can be
written without an encoding table of our own.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from redaction.pdf.errors import UnsupportedContentError

__all__ = ["DEFAULT_FONT_PATHS", "TrueTypeFont", "find_font", "load_truetype"]

DEFAULT_FONT_PATHS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/usr/local/share/fonts/DejaVuSans.ttf"),
)


@dataclass(frozen=True, slots=True)
class TrueTypeFont:
    data: bytes
    name: str
    units_per_em: int
    ascent: int
    descent: int
    bbox: tuple[int, int, int, int]
    cmap: dict[int, int]  # code point -> glyph id
    advances: tuple[int, ...]  # by glyph id, font units

    def glyph(self, char: str) -> int:
        return self.cmap.get(ord(char), 0)

    def width(self, glyph: int) -> float:
        """Advance in 1/1000 em."""
        advances = self.advances
        units = advances[glyph] if glyph < len(advances) else (advances[-1] if advances else 0)
        return units * 1000.0 / self.units_per_em

    def scaled(self, value: int) -> float:
        return value * 1000.0 / self.units_per_em


def find_font(path: Path | None = None) -> Path:
    candidates = (path,) if path is not None else DEFAULT_FONT_PATHS
    for candidate in candidates:
        if candidate is not None and candidate.is_file():
            return candidate
    raise UnsupportedContentError(
        "re-typesetting needs the DejaVu Sans font (Debian package fonts-dejavu-core), which is not installed"
    )


def _tables(data: bytes) -> dict[bytes, bytes]:
    count = struct.unpack_from(">H", data, 4)[0]
    tables = {}
    for index in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        tables[tag] = data[offset : offset + length]
    return tables


def _cmap(table: bytes) -> dict[int, int]:
    count = struct.unpack_from(">H", table, 2)[0]
    subtables = {}
    for index in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", table, 4 + 8 * index)
        subtables[(platform, encoding)] = offset
    for key in ((3, 10), (0, 4), (3, 1), (0, 3)):
        offset = subtables.get(key)
        if offset is None:
            continue
        fmt = struct.unpack_from(">H", table, offset)[0]
        if fmt == 12:
            return _cmap12(table, offset)
        if fmt == 4:
            return _cmap4(table, offset)
    raise UnsupportedContentError("the re-typesetting font has no Unicode cmap")


def _cmap4(table: bytes, offset: int) -> dict[int, int]:
    segments = struct.unpack_from(">H", table, offset + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", table, offset + 14)
    starts = struct.unpack_from(f">{segments}H", table, offset + 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}h", table, offset + 16 + 4 * segments)
    range_base = offset + 16 + 6 * segments
    ranges = struct.unpack_from(f">{segments}H", table, range_base)
    mapping = {}
    for seg in range(segments):
        for code in range(starts[seg], ends[seg] + 1):
            if code == 0xFFFF:
                continue
            if ranges[seg] == 0:
                glyph = (code + deltas[seg]) & 0xFFFF
            else:
                where = range_base + 2 * seg + ranges[seg] + 2 * (code - starts[seg])
                glyph = struct.unpack_from(">H", table, where)[0]
                glyph = (glyph + deltas[seg]) & 0xFFFF if glyph else 0
            if glyph:
                mapping[code] = glyph
    return mapping


def _cmap12(table: bytes, offset: int) -> dict[int, int]:
    groups = struct.unpack_from(">I", table, offset + 12)[0]
    mapping = {}
    for index in range(groups):
        start, end, glyph = struct.unpack_from(">III", table, offset + 16 + 12 * index)
        for code in range(start, min(end, start + 0x10000) + 1):
            mapping[code] = glyph + code - start
    return mapping


def load_truetype(path: Path) -> TrueTypeFont:
    data = path.read_bytes()
    try:
        tables = _tables(data)
        head, hhea, hmtx, maxp = tables[b"head"], tables[b"hhea"], tables[b"hmtx"], tables[b"maxp"]
        units = struct.unpack_from(">H", head, 18)[0]
        bbox = struct.unpack_from(">hhhh", head, 36)
        ascent, descent = struct.unpack_from(">hh", hhea, 4)
        metrics = struct.unpack_from(">H", hhea, 34)[0]
        glyphs = struct.unpack_from(">H", maxp, 4)[0]
        advances = list(struct.unpack_from(f">{metrics * 2}H", hmtx, 0)[::2])
        advances += [advances[-1]] * max(0, glyphs - metrics)
        cmap = _cmap(tables[b"cmap"])
    except (KeyError, struct.error) as error:
        raise UnsupportedContentError(f"the re-typesetting font {path.name} cannot be read") from error
    return TrueTypeFont(data, path.stem.replace(" ", ""), units, ascent, descent, bbox, cmap, tuple(advances))
