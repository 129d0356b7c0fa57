"""Keeping what the stock model knows while it learns our text: its own entities become labels.

Fine-tuning on names alone would make the small model forget its other labels (ORG, GPE, DATE...),
which the detector still reads (a school is an ORG with a school word; a town a GPE). So every training
text is also read by the stock model, and its entities other than PERSON are kept as labels where the
gold says nothing else (:func:`to_doc`); a PERSON it finds outside the gold is a false alarm, taught as
not a name. General English (docstrings of Python's standard library, prose only) is added labelled
wholly by the stock model, so the fine-tuned model also keeps its behaviour on text unlike ours.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from redaction.text.training.segments import Labelled

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["general_texts", "to_doc"]

_TAUGHT = ("PERSON", "GPE", "ORG")
_NOT_ON_NEGATIVES = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP"})
_PIECE = regex.compile(r"\S+(?:[ ]\S+)*")  # a label's text cut at line breaks and wider gaps


def _pieces(doc: Doc, start: int, end: int, label: str) -> tuple[list[Span], list[Span]]:
    """The labelled stretch as entity spans line by line; pieces that do not align become missing."""
    ents, missing = [], []
    for match in _PIECE.finditer(doc.text, start, end):
        span = doc.char_span(match.start(), match.end(), label=label, alignment_mode="expand")
        if span is None:
            continue
        if len(span.text) > len(match.group()) + 3:  # the tokenizer glued it to its neighbours
            missing.append(span)
        else:
            ents.append(span)
    return ents, missing


def to_doc(labelled: Labelled, stock: Doc) -> Doc:
    """A training ``Doc`` for ``labelled`` given the stock model's reading of the same text (``stock``,
    tokenized identically): gold PERSON/GPE/ORG as entities, other identifiers and neutral text missing,
    the stock model's non-person entities elsewhere (none on a negative that would make it a person or
    a place), everything else outside any entity."""
    from spacy.tokens import Span

    doc = stock.copy()
    doc.ents = []
    ents: list[Span] = []
    missing: list[Span] = []
    taken = [False] * len(doc)
    negative = [False] * len(doc)
    for start, end, kind in labelled.spans():
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if kind in _TAUGHT:
            found, lost = _pieces(doc, start, end, kind)
            ents += found
            missing += lost
        elif kind in ("MISSING", "NEUTRAL"):
            missing.append(span)
        for i in range(span.start, span.end):
            taken[i] = kind != "NEG" or taken[i]
            negative[i] = kind == "NEG" or negative[i]
    for ent in stock.ents:
        tokens = range(ent.start, ent.end)
        if ent.label_ == "PERSON" or any(taken[i] for i in tokens):
            continue
        if ent.label_ in _NOT_ON_NEGATIVES and any(negative[i] for i in tokens):
            continue
        ents.append(Span(doc, ent.start, ent.end, label=ent.label_))
    ents = _without_overlaps(ents)
    covered = {i for e in ents for i in range(e.start, e.end)}
    unknown = sorted({i for m in missing for i in range(m.start, m.end)} - covered)
    runs: list[list[int]] = []
    for i in unknown:
        if runs and runs[-1][1] == i:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    doc.set_ents(ents, missing=[doc[a:b] for a, b in runs], default="outside")
    return doc


def _without_overlaps(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    end = -1
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start >= end:
            out.append(span)
            end = span.end
    return out


_PROSE = regex.compile(r"^[A-Z][^\n]*[a-z][.:]?$")


def general_texts(*, chars: int, part: int = 0, parts: int = 5) -> Iterator[str]:
    """Prose paragraphs of the standard library's docstrings, about ``chars`` characters, from every
    ``parts``-th module starting at ``part`` (so a slice can be kept apart for measuring)."""
    root = Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}"
    paths = sorted(p for p in root.glob("*.py"))
    total = 0
    for path in paths[part::parts]:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8", errors="replace"))
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if not isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)):
                continue
            text = ast.get_docstring(node) or ""
            for paragraph in text.split("\n\n"):
                lines = [line.strip() for line in paragraph.splitlines()]
                joined = " ".join(lines)
                if len(joined) >= 120 and sum(ch.isalpha() or ch == " " for ch in joined) > 0.85 * len(joined):
                    yield joined
                    total += len(joined)
                    if total >= chars:
                        return
