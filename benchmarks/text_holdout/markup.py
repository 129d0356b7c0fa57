"""Read one hand-labelled hold-out document: a small header, ``---``, then text with inline labels.

    genre: call_note
    known PERSON:child = Alfred Hartley-Browne | Alfie
    known POSTCODE = CT1 2PL
    ---
    rang re [[PERSON*|Alfie]] ([[NEG|ADHD]]), mum says school ...

``[[TYPE|surface]]`` is a gold identifier of a ``SPAN_TYPES`` type; ``TYPE*`` marks an occurrence of
something in the ``known`` block (it must be removed when the case record is passed), ``TYPE!`` a
deliberate typo in the source (e.g. a mistyped NHS number: still an identifier, exempt from checksum
checks). ``[[NEG|surface]]`` is a tricky negative that must stay; ``[[NEUTRAL|surface]]`` is text that
may be redacted or kept (a named council or hospital): predictions wholly inside it are not counted.
Labels do not nest; the surface is the exact text and may span lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from redaction.spans import SPAN_TYPES

__all__ = ["Gold", "HoldoutDocument", "HoldoutFormatError", "parse_document"]

_LABEL = re.compile(r"\[\[([A-Z_]+)([*!]*)\|(.*?)\]\]", re.DOTALL)
_KNOWN = re.compile(r"known\s+([A-Z_]+(?::[a-z_]+)?)\s*=\s*(.+)")
_HEADER_KEYS = {"genre", "note"}


class HoldoutFormatError(ValueError):
    """A document's header or labels are malformed; the message names the file and line."""


@dataclass(frozen=True)
class Gold:
    """One gold identifier; ``entity`` is ``"known"`` for an occurrence of the document's known block."""

    start: int
    end: int
    type: str
    entity: str | None
    typo: bool = False


@dataclass(frozen=True)
class HoldoutDocument:
    id: str
    genre: str
    text: str
    gold: tuple[Gold, ...]
    negatives: tuple[tuple[int, int], ...]
    neutral: tuple[tuple[int, int], ...]
    known: dict[str, list[str]] = field(default_factory=dict)
    note: str = ""


def _fail(path: Path, line: int, message: str) -> HoldoutFormatError:
    return HoldoutFormatError(f"{path.name}:{line}: {message}")


def _parse_header(path: Path, lines: list[str]) -> tuple[str, str, dict[str, list[str]]]:
    genre, note = "", ""
    known: dict[str, list[str]] = {}
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("known"):
            match = _KNOWN.fullmatch(line)
            if match is None:
                raise _fail(path, number, f"expected 'known TYPE[:role] = value | value', got {line!r}")
            key, values = match[1], [v.strip() for v in match[2].split("|")]
            if key.split(":")[0] not in SPAN_TYPES or not all(values):
                raise _fail(path, number, f"bad known entry {line!r} (type must be one of SPAN_TYPES)")
            known.setdefault(key, []).extend(values)
            continue
        name, sep, value = line.partition(":")
        if not sep or name not in _HEADER_KEYS or not value.strip():
            raise _fail(path, number, f"unknown header line {line!r}")
        if name == "genre":
            genre = value.strip()
        else:
            note = value.strip()
    if not genre:
        raise _fail(path, 1, "header has no 'genre:' line")
    return genre, note, known


def parse_document(path: Path, source: str | None = None) -> HoldoutDocument:
    """Parse ``path`` (or ``source`` given as its contents); raises :class:`HoldoutFormatError`."""
    raw = path.read_text(encoding="utf-8") if source is None else source
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        raise _fail(path, 1, "no '---' line between the header and the text")
    genre, note, known = _parse_header(path, head.splitlines())
    body_line0 = head.count("\n") + 3
    text: list[str] = []
    gold: list[Gold] = []
    negatives: list[tuple[int, int]] = []
    neutral: list[tuple[int, int]] = []
    length = cursor = 0
    for match in _LABEL.finditer(body):
        line = body_line0 + body.count("\n", 0, match.start())
        plain = body[cursor:match.start()]
        if "[[" in plain or "]]" in plain:
            raise _fail(path, line, "unbalanced '[[' or ']]' before this label")
        kind, flags, surface = match[1], match[2], match[3]
        if not surface or surface != surface.strip() or "[[" in surface or "|" in surface:
            raise _fail(path, line, f"bad surface {surface!r} (empty, padded, nested or containing '|')")
        text.append(plain)
        start = length + len(plain)
        end = start + len(surface)
        text.append(surface)
        length = end
        cursor = match.end()
        if kind in {"NEG", "NEUTRAL"}:
            if flags:
                raise _fail(path, line, f"{kind} takes no '*' or '!'")
            (negatives if kind == "NEG" else neutral).append((start, end))
        elif kind in SPAN_TYPES:
            gold.append(Gold(start, end, kind, "known" if "*" in flags else None, typo="!" in flags))
        else:
            raise _fail(path, line, f"unknown label type {kind!r}")
    rest = body[cursor:]
    if "[[" in rest or "]]" in rest:
        raise _fail(path, body_line0 + body.count("\n", 0, cursor), "unbalanced '[[' or ']]' after the last label")
    text.append(rest)
    if any(g.entity for g in gold) and not known:
        raise _fail(path, 1, "spans marked '*' but the header has no known block")
    return HoldoutDocument(path.stem, genre, "".join(text), tuple(gold), tuple(negatives), tuple(neutral),
                           known, note)
