"""Rewriting one content stream: glyphs removed, the remaining text kept exactly where it was.

A text operation that loses glyphs becomes ``[kept n kept ...] TJ`` where each removed stretch is
replaced by the number ``n`` that moves the text position by the stretch's advance (its widths plus
character and word spacing): ``n = -advance·1000/Tfs`` (``+`` for vertical writing; horizontal
scaling applies to both, so it cancels). ``'`` and ``"`` keep their line move (``T*``, ``Tw``,
``Tc``). Every other operation is copied byte for byte from the original stream, so the output
differs only where something was removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from redaction.pdf.content import Context, TextRun
from redaction.pdf.errors import UnsupportedContentError, UnsupportedFontError

__all__ = ["ContextEdits", "Rewritten", "encode_name", "format_number", "rewrite_context", "rewrite_text_operation"]

_NAME_SAFE = re.compile(rb"[!-~]")
_NAME_SPECIAL = set(b"()<>[]{}/%#")


@dataclass(slots=True)
class ContextEdits:
    """Everything to change in one context, by operation index."""

    removed: dict[int, set[int]] = field(default_factory=dict)  # text op -> glyph indices removed
    runs: dict[int, TextRun] = field(default_factory=dict)  # text op -> its run
    deleted: set[int] = field(default_factory=set)  # operations dropped entirely
    renamed: dict[int, str] = field(default_factory=dict)  # ``Do`` op -> new resource name
    replaced: dict[int, bytes] = field(default_factory=dict)  # op -> new bytes (inline images)

    def __bool__(self) -> bool:
        return bool(self.removed or self.deleted or self.renamed or self.replaced)


def format_number(value: float) -> bytes:
    if value == int(value) and abs(value) < 1e15:
        return str(int(value)).encode()
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return (text if text not in ("", "-0", "-") else "0").encode()


def encode_name(name: str) -> bytes:
    raw = name.removeprefix("/").encode("utf-8")
    out = bytearray(b"/")
    for byte in raw:
        if 0x21 <= byte <= 0x7E and byte not in _NAME_SPECIAL:
            out.append(byte)
        else:
            out += b"#%02X" % byte
    return bytes(out)


def rewrite_text_operation(context: Context, run: TextRun, removed: set[int]) -> bytes:
    operation = context.operations[run.op_index]
    if run.size == 0:
        raise UnsupportedContentError("text with font size 0 lies under a redaction box")
    if not run.font.widths_exact:
        raise UnsupportedFontError(f"font {run.font.name} has no widths, so glyphs cannot be removed in place")
    original = operation.operands[-1] if operation.operator == b"TJ" else [operation.operands[-1]]
    sign = 1.0 if run.vertical else -1.0
    parts: list[bytes] = []
    pending_number = 0.0
    kept = bytearray()
    glyph_index = 0

    def flush_string() -> None:
        nonlocal pending_number
        if kept:
            if pending_number:
                parts.append(format_number(pending_number))
                pending_number = 0.0
            parts.append(b"<" + kept.hex().upper().encode() + b">")
            kept.clear()

    for item_index, item in enumerate(original):
        if isinstance(item, bytes):
            while glyph_index < len(run.glyphs) and run.items[glyph_index] == item_index:
                if glyph_index in removed:
                    flush_string()
                    pending_number += sign * run.advances[glyph_index] * 1000.0 / run.size
                else:
                    kept += run.glyphs[glyph_index].code
                glyph_index += 1
        elif isinstance(item, (int, float)) and not isinstance(item, bool):
            flush_string()
            pending_number += float(item)
    flush_string()
    if pending_number:
        parts.append(format_number(pending_number))
    shown = b"[" + b" ".join(parts) + b"] TJ"
    if operation.operator == b"'":
        return b"T* " + shown
    if operation.operator == b'"':
        word, char = operation.operands[-3], operation.operands[-2]
        return format_number(float(word)) + b" Tw " + format_number(float(char)) + b" Tc T* " + shown
    return shown


def _marked_as_plain(context: Context, index: int) -> bytes:
    """``/Tag <<...>> BDC`` -> ``/Tag BMC``: drops ActualText, Alt, MCID and the like."""
    operands = context.operations[index].operands
    tag = operands[-2] if len(operands) >= 2 and isinstance(operands[-2], str) else "/Span"
    return encode_name(tag) + b" BMC"


@dataclass(frozen=True, slots=True)
class Rewritten:
    data: bytes
    changes: dict[int, bytes]  # operation index -> what replaced it


def rewrite_context(context: Context, edits: ContextEdits) -> Rewritten | None:
    """The new stream bytes (and what changed), or ``None`` when nothing changes."""
    changes: dict[int, bytes] = {}
    for index, removed in edits.removed.items():
        changes[index] = rewrite_text_operation(context, edits.runs[index], removed)
    for index in edits.deleted:
        changes[index] = b""
    for index, name in edits.renamed.items():
        changes[index] = encode_name(name) + b" Do"
    changes.update(edits.replaced)
    for index in context.marked_ops:
        changes.setdefault(index, _marked_as_plain(context, index))
    if not changes:
        return None
    out = bytearray()
    last = 0
    data = context.data
    for index in sorted(changes):
        operation = context.operations[index]
        out += data[last : operation.start]
        out += changes[index]
        last = operation.end
    out += data[last:]
    return Rewritten(bytes(out), changes)
