"""A labelled document as a list of segments: plain text, or one labelled stretch (a name, a negative...).

Segments keep labels attached to their text while names are swapped and the text is re-styled, so
offsets never need mending. Kinds:

- ``PERSON``, ``GPE`` (a gold LOCATION), ``ORG`` (a gold SCHOOL): entities the model is taught;
- ``MISSING``: another identifier (address, e-mail, number, date of birth): the model is neither taught
  nor corrected there (spaCy's missing annotation), since our recognizers own those types;
- ``NEG``: a tricky negative (a diagnosis, an eponym, legislation, a role): never a person or a place;
- ``NEUTRAL``: a named council or hospital, which may or may not be redacted: missing too;
- ``None``: ordinary text.

Sources: the project's generator (:func:`from_generated`) and the hold-out markup ``[[TYPE|surface]]``
(:func:`parse_markup`), which the hand-written training documents share.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Labelled", "Segment", "from_generated", "gold_kind", "parse_markup", "read_markup_folder"]

_TO_NER = {"PERSON": "PERSON", "LOCATION": "GPE", "SCHOOL": "ORG"}
_LABEL = re.compile(r"\[\[([A-Z_]+)[*!]*\|(.*?)\]\]", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    kind: str | None = None


@dataclass(frozen=True)
class Labelled:
    id: str
    segments: tuple[Segment, ...]

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segments)

    def spans(self) -> list[tuple[int, int, str]]:
        """``(start, end, kind)`` of every labelled segment."""
        out, at = [], 0
        for segment in self.segments:
            if segment.kind is not None and segment.text:
                out.append((at, at + len(segment.text), segment.kind))
            at += len(segment.text)
        return out


def gold_kind(gold_type: str, surface: str = "") -> str:
    """The segment kind for a gold identifier type of the generator or the markup (a school's DfE
    number is not taught as an organisation)."""
    if gold_type in ("NEG", "NEUTRAL"):
        return gold_type
    if gold_type == "SCHOOL" and not any(ch.isalpha() for ch in surface):
        return "MISSING"
    return _TO_NER.get(gold_type, "MISSING")


def _cut(doc_id: str, text: str, marks: Iterable[tuple[int, int, str]]) -> Labelled:
    segments, at = [], 0
    for start, end, kind in sorted(marks):
        if start < at:  # overlapping marks: the earlier one wins
            continue
        if start > at:
            segments.append(Segment(text[at:start]))
        segments.append(Segment(text[start:end], kind))
        at = end
    if at < len(text):
        segments.append(Segment(text[at:]))
    return Labelled(doc_id, tuple(segments))


def from_generated(doc: object) -> Labelled:
    """A ``benchmarks.text_corpus.Document`` as segments."""
    marks = [(g.start, g.end, gold_kind(g.type, doc.text[g.start:g.end])) for g in doc.gold]  # type: ignore[attr-defined]
    marks += [(s, e, "NEG") for s, e in doc.negatives]  # type: ignore[attr-defined]
    marks += [(s, e, "NEUTRAL") for s, e in doc.neutral]  # type: ignore[attr-defined]
    return _cut(doc.id, doc.text, marks)  # type: ignore[attr-defined]


def parse_markup(doc_id: str, raw: str) -> Labelled:
    """A hold-out style document (header, ``---``, text with ``[[TYPE|surface]]`` labels) as segments.
    Any label type is accepted (sets written for newer span types read the same)."""
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        raise ValueError(f"{doc_id}: no '---' line between the header and the text")
    segments, at = [], 0
    for match in _LABEL.finditer(body):
        if match.start() > at:
            segments.append(Segment(body[at:match.start()]))
        segments.append(Segment(match[2], gold_kind(match[1], match[2])))
        at = match.end()
    segments.append(Segment(body[at:]))
    return Labelled(doc_id, tuple(s for s in segments if s.text))


def read_markup_folder(folder: Path, *, exclude: Sequence[str] = ()) -> list[Labelled]:
    """Every ``*.txt`` document of ``folder`` (its ``documents/`` when it has one), in name order."""
    if (folder / "documents").is_dir():
        folder = folder / "documents"
    paths = sorted(p for p in folder.glob("*.txt") if p.stem not in exclude)
    if not paths:
        raise FileNotFoundError(f"no labelled documents in {folder}")
    return [parse_markup(p.stem, p.read_text(encoding="utf-8")) for p in paths]
