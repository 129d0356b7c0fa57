"""Simple-font encodings: which character each one-byte code stands for.

``/Encoding`` (a named base encoding plus ``/Differences`` glyph names), else the font program's
own built-in encoding (an embedded Type 1 or CFF program), else StandardEncoding (WinAnsi for
TrueType); glyph names become text through the Adobe glyph list and the ``uniXXXX``, ``uXXXXX``,
ligature (``f_i``) and suffix (``a.sc``) naming rules.
"""

from __future__ import annotations

from typing import Any

from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

from redaction.pdf import _pypdf_private as private

__all__ = ["get_resolved", "number", "resolve", "simple_encoding", "unicode_of_glyph_name"]

_SUBSET_TAG_LENGTH = 7  # "ABCDEF+"


def get_resolved(obj: Any, key: str, default: Any = None) -> Any:
    if not isinstance(obj, DictionaryObject):
        return default
    value = obj.get(key, default)
    return resolve(value)


def resolve(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


def number(value: Any, default: float) -> float:
    value = resolve(value)
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default


def unicode_of_glyph_name(name: str) -> str | None:
    """Glyph name → text: the Adobe list, ``uniXXXX[YYYY]``, ``uXXXXX``, ligatures ``f_i``, ``a.sc``."""
    name = name.removeprefix("/")
    found = private.glyph_name_to_unicode(name)
    if found is not None:
        return found
    base = name.split(".", 1)[0]
    if base and base != name:
        return unicode_of_glyph_name(base)
    if "_" in name:
        parts = [unicode_of_glyph_name(part) for part in name.split("_")]
        known = [part for part in parts if part is not None]
        return "".join(known) if len(known) == len(parts) else None
    if name.startswith("uni") and len(name) > 7 and (len(name) - 3) % 4 == 0:
        try:
            return "".join(chr(int(name[i : i + 4], 16)) for i in range(3, len(name), 4))
        except ValueError:
            return None
    return None


def simple_encoding(font: DictionaryObject, base: str, subtype: Any, descriptor: Any) -> dict[int, str]:
    encoding = get_resolved(font, "/Encoding")
    base_name = encoding if isinstance(encoding, str) else get_resolved(encoding, "/BaseEncoding")
    table = private.named_encoding(str(base_name)) if base_name else None
    if table is None:
        table = _builtin_table(base, subtype, descriptor)
    mapping = {code: char for code, char in enumerate(table) if char and (code >= 32 or char >= " ")}
    differences = get_resolved(encoding, "/Differences")
    if isinstance(differences, ArrayObject):
        code = 0
        for item in differences:
            item = resolve(item)
            if isinstance(item, int):
                code = item
            elif isinstance(item, str):
                text = unicode_of_glyph_name(item)
                if text is None:
                    mapping.pop(code, None)
                else:
                    mapping[code] = text
                code += 1
    return mapping


def _builtin_table(base: str, subtype: Any, descriptor: Any) -> list[str]:
    """The encoding a simple font uses without ``/Encoding``: its own, or Standard (WinAnsi for TrueType)."""
    plain = base[_SUBSET_TAG_LENGTH:] if len(base) > _SUBSET_TAG_LENGTH and base[6] == "+" else base
    if plain in ("Symbol", "ZapfDingbats"):
        return private.named_encoding("/" + plain) or []
    for key, reader in (("/FontFile", private.type1_builtin_encoding), ("/FontFile3", private.cff_builtin_encoding)):
        program = get_resolved(descriptor, key)
        if not isinstance(program, StreamObject) or (key == "/FontFile3" and program.get("/Subtype") != "/Type1C"):
            continue
        try:
            builtin = reader(program.get_data())
        except Exception:  # noqa: BLE001 - an unreadable font program: fall back to StandardEncoding
            builtin = {}
        if builtin:
            return [builtin.get(code, "") for code in range(256)]
    name = "/WinAnsiEncoding" if subtype == "/TrueType" else "/StandardEncoding"
    return private.named_encoding(name) or []
