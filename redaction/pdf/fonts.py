"""Font models: split a shown string into codes, and give each code its Unicode text and width.

Widths are read from the font dictionary ourselves (``/Widths`` + ``/FirstChar`` + ``/MissingWidth``
for simple fonts, ``/W`` + ``/DW`` with the spec's default of 1000 for CID fonts, AFM metrics for the
standard 14): pypdf's extraction widths are heuristics (a missing CID width becomes an average), and
the rewriter needs exact advances so that the text left after a removed glyph does not move.

A font we cannot split or measure raises :class:`UnsupportedFontError`; a code without a Unicode
mapping decodes to ``None`` and is counted by the caller (such glyphs cannot be searched).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

from redaction.pdf import _pypdf_private as private
from redaction.pdf.cmap import (
    IDENTITY_CODESPACE,
    CMap,
    Codespace,
    parse_cmap,
    split_codes,
)
from redaction.pdf.encodings import (
    get_resolved,
    number,
    simple_encoding,
)
from redaction.pdf.errors import UnsupportedFontError

__all__ = ["FontModel", "GlyphCode", "load_font"]

log = logging.getLogger("redaction.pdf")

MAX_WIDTH_ENTRIES = 200_000
DEFAULT_ASCENT, DEFAULT_DESCENT = 0.8, -0.2
_CORE_ALIASES = {
    "ArialMT": "Arial", "Arial-BoldMT": "Arial,Bold", "Arial-ItalicMT": "Arial,Italic",
    "Arial-BoldItalicMT": "Arial,BoldItalic", "TimesNewRomanPSMT": "TimesNewRoman",
    "TimesNewRomanPS-BoldMT": "TimesNewRoman,Bold", "TimesNewRomanPS-ItalicMT": "TimesNewRoman,Italic",
    "CourierNewPSMT": "CourierNew", "Helv": "Helvetica", "TiRo": "Times-Roman", "Cour": "Courier",
    "ZaDb": "ZapfDingbats", "Symb": "Symbol",
}


@dataclass(frozen=True, slots=True)
class GlyphCode:
    """One code of a shown string: its bytes, Unicode text (``None``: unknown) and metrics.

    ``width`` is the horizontal advance in text space per unit of font size (1/1000 of the glyph
    width for ordinary fonts, scaled by ``/FontMatrix`` for Type 3); ``vertical_advance`` is used
    by vertical (``-V``) fonts. ``word_space`` marks the single-byte code 32 that ``Tw`` applies to.
    """

    code: bytes
    text: str | None
    width: float
    word_space: bool
    vertical_advance: float = 0.0


@dataclass(slots=True)
class FontModel:
    name: str
    composite: bool
    vertical: bool = False
    widths_exact: bool = True
    ascent: float = DEFAULT_ASCENT
    descent: float = DEFAULT_DESCENT
    codespaces: tuple[Codespace, ...] | list[Codespace] = ()
    to_unicode: CMap | None = None
    encoding: dict[int, str] = field(default_factory=dict)
    widths: dict[int, float] = field(default_factory=dict)  # by code (simple) or CID (composite)
    default_width: float = 0.0
    vertical_widths: dict[int, float] = field(default_factory=dict)
    default_vertical: float = -1.0
    cid_map: CMap | None = None  # composite: code -> CID (None: identity)
    scale: float = 0.001  # glyph space -> text space (Type 3: /FontMatrix)
    source: Any = None  # the font dictionary this models
    _cache: dict[bytes, list[GlyphCode]] = field(default_factory=dict)

    def decode(self, data: bytes) -> list[GlyphCode]:
        cached = self._cache.get(data)
        if cached is None:
            cached = [self._glyph(code) for code in self.split(data)]
            if len(self._cache) < 50_000:
                self._cache[data] = cached
        return cached

    def split(self, data: bytes) -> list[bytes]:
        if not self.composite:
            return [data[i : i + 1] for i in range(len(data))]
        return split_codes(data, self.codespaces)

    def _glyph(self, code: bytes) -> GlyphCode:
        value = int.from_bytes(code, "big")
        text = self.to_unicode.to_unicode(value) if self.to_unicode is not None else None
        if self.composite:
            cid = value if self.cid_map is None else (self.cid_map.cid(value) or 0)
            width = self.widths.get(cid, self.default_width)
            vertical = self.vertical_widths.get(cid, self.default_vertical) if self.vertical else 0.0
        else:
            if text is None:
                text = self.encoding.get(value)
            width = self.widths.get(value, self.default_width)
            vertical = 0.0
        return GlyphCode(code, text, width * self.scale, len(code) == 1 and value == 32, vertical * self.scale)


def load_font(font: Any) -> FontModel:
    """Build the model of a font dictionary (a resolved pypdf ``DictionaryObject``)."""
    if not isinstance(font, DictionaryObject):
        raise UnsupportedFontError("a font resource is not a dictionary")
    subtype = get_resolved(font, "/Subtype")
    base = str(get_resolved(font, "/BaseFont", "") or "").removeprefix("/")
    to_unicode = _to_unicode(font)
    if subtype == "/Type0":
        model = _composite(font, base)
    else:
        model = _simple(font, base, subtype)
    model.to_unicode = to_unicode
    model.source = font
    return model


def _to_unicode(font: DictionaryObject) -> CMap | None:
    stream = get_resolved(font, "/ToUnicode")
    if isinstance(stream, StreamObject):
        try:
            return parse_cmap(stream.get_data())
        except Exception as error:  # noqa: BLE001 - a broken ToUnicode: fall back to the encoding, say so
            log.info("ignoring an unreadable /ToUnicode CMap (%s)", type(error).__name__)
    return None


def _simple(font: DictionaryObject, base: str, subtype: Any) -> FontModel:
    model = FontModel(name=base or "(unnamed)", composite=False)
    descriptor = get_resolved(font, "/FontDescriptor")
    model.encoding = simple_encoding(font, base, subtype, descriptor)
    core = private.core_font_metrics(_CORE_ALIASES.get(base, base))
    widths = get_resolved(font, "/Widths")
    if isinstance(widths, ArrayObject):
        first = int(number(get_resolved(font, "/FirstChar"), 0))
        for offset, width in enumerate(widths[:256]):
            model.widths[first + offset] = number(width, 0.0)
        model.default_width = number(get_resolved(descriptor, "/MissingWidth"), 0.0)
    elif core is not None:
        for code, char in model.encoding.items():
            if char in core.widths:
                model.widths[code] = core.widths[char]
        model.default_width = core.default_width
    else:
        model.widths_exact = False
        model.default_width = 500.0
        log.info("font %s has no widths; glyph positions are approximate", model.name)
    if subtype == "/Type3":
        matrix = get_resolved(font, "/FontMatrix")
        if isinstance(matrix, ArrayObject) and len(matrix) == 6:
            model.scale = number(matrix[0], 0.001) or 0.001
        model.ascent, model.descent = _type3_extent(font, model.scale)
    else:
        model.ascent, model.descent = _extent(descriptor, core)
    return model


def _extent(descriptor: Any, core: private.CoreMetrics | None) -> tuple[float, float]:
    ascent = number(get_resolved(descriptor, "/Ascent"), 0.0)
    descent = number(get_resolved(descriptor, "/Descent"), 0.0)
    if (ascent == 0 and descent == 0) and core is not None:
        ascent, descent = core.ascent, core.descent
    if ascent == 0 and descent == 0:
        bbox = get_resolved(descriptor, "/FontBBox")
        if isinstance(bbox, ArrayObject) and len(bbox) == 4:
            descent, ascent = number(bbox[1], 0.0), number(bbox[3], 0.0)
    return _sane_extent(ascent / 1000.0, descent / 1000.0)


def _type3_extent(font: DictionaryObject, scale: float) -> tuple[float, float]:
    bbox = get_resolved(font, "/FontBBox")
    if isinstance(bbox, ArrayObject) and len(bbox) == 4:
        return _sane_extent(number(bbox[3], 0.0) * scale, number(bbox[1], 0.0) * scale)
    return DEFAULT_ASCENT, DEFAULT_DESCENT


def _sane_extent(ascent: float, descent: float) -> tuple[float, float]:
    if descent > 0:
        descent = -descent
    if not (0.3 <= ascent - descent <= 3.0) or ascent <= 0:
        return DEFAULT_ASCENT, DEFAULT_DESCENT
    return ascent, descent


def _composite(font: DictionaryObject, base: str) -> FontModel:
    model = FontModel(name=base or "(unnamed)", composite=True)
    encoding = get_resolved(font, "/Encoding")
    if isinstance(encoding, StreamObject):
        cmap = parse_cmap(encoding.get_data())
        if not cmap.codespaces:
            raise UnsupportedFontError(f"font {model.name}: its embedded CMap has no codespace ranges")
        model.codespaces = list(cmap.codespaces)
        model.cid_map = cmap
        model.vertical = bool(get_resolved(encoding, "/WMode", 0) == 1)
        if cmap.uses not in (None, "/Identity-H", "/Identity-V") and not (cmap.cids or cmap.cid_ranges):
            raise UnsupportedFontError(f"font {model.name}: CMap uses {cmap.uses}, which is not supported")
    elif encoding in ("/Identity-H", "/Identity-V"):
        model.codespaces = IDENTITY_CODESPACE
        model.vertical = encoding == "/Identity-V"
    else:
        raise UnsupportedFontError(f"font {model.name}: CMap {encoding} is not supported (only Identity and embedded)")
    descendants = get_resolved(font, "/DescendantFonts")
    descendant = _get_first(descendants)
    if not isinstance(descendant, DictionaryObject):
        raise UnsupportedFontError(f"font {model.name}: no descendant CID font")
    model.default_width = number(get_resolved(descendant, "/DW"), 1000.0)
    _read_cid_widths(get_resolved(descendant, "/W"), model.widths, scalar=True)
    if model.vertical:
        dw2 = get_resolved(descendant, "/DW2")
        if isinstance(dw2, ArrayObject) and len(dw2) == 2:
            model.default_vertical = number(dw2[1], -1000.0)
        else:
            model.default_vertical = -1000.0
        _read_cid_widths(get_resolved(descendant, "/W2"), model.vertical_widths, scalar=False)
    model.ascent, model.descent = _extent(get_resolved(descendant, "/FontDescriptor"), None)
    return model


def _get_first(array: Any) -> Any:
    if isinstance(array, ArrayObject) and array:
        return array[0].get_object()
    return None


def _read_cid_widths(array: Any, into: dict[int, float], *, scalar: bool) -> None:
    """``/W`` (``c [w1 w2 ...]`` or ``c_first c_last w``); ``/W2`` has triples (w1y vx vy) per CID."""
    if not isinstance(array, ArrayObject):
        return
    items = [item.get_object() for item in array]
    index = 0
    per_cid = 1 if scalar else 3
    while index < len(items):
        first = items[index]
        if not isinstance(first, int) or index + 1 >= len(items):
            break
        second = items[index + 1]
        if isinstance(second, list):
            values = [number(v, 0.0) for v in second]
            for offset in range(0, len(values) - per_cid + 1, per_cid):
                into[first + offset // per_cid] = values[offset]
                if len(into) > MAX_WIDTH_ENTRIES:
                    raise UnsupportedFontError("a CID font declares too many widths")
            index += 2
        elif isinstance(second, int) and index + 1 + per_cid < len(items):
            value = number(items[index + 2], 0.0)
            last = min(second, first + MAX_WIDTH_ENTRIES)
            if last - first + len(into) > MAX_WIDTH_ENTRIES:
                raise UnsupportedFontError("a CID font declares too many widths")
            for cid in range(first, last + 1):
                into[cid] = value
            index += 2 + per_cid
        else:
            break
