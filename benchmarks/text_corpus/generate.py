"""Generate labelled UK SEND documents, deterministically from a seed.

Each document is rendered from a genre template (EHC plan excerpt, annual review, school report, LA
letter, tribunal notes, call notes, e-mail, medical letter) filled with one fictional case. Gold spans
are exact because the renderer records the offsets of every identifier it inserts; tricky negatives
(diagnoses, legislation, generic organisations, non-birth dates, money, page numbers, job titles) are
recorded the same way. See ``pools.py`` for how the names are held out from the detector's lexicons.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from benchmarks.text_corpus.case import make_case
from benchmarks.text_corpus.fields import fields_for
from benchmarks.text_corpus.render import Gold, Labelled, render
from benchmarks.text_corpus.templates import GENRES

__all__ = ["Document", "generate"]


@dataclass(frozen=True)
class Document:
    id: str
    genre: str
    text: str
    gold: tuple[Gold, ...]
    negatives: tuple[tuple[int, int], ...]
    neutral: tuple[tuple[int, int], ...]
    known: dict[str, list[str]]


def _document(index: int, rng: random.Random) -> Document:
    genre = sorted(GENRES)[index % len(GENRES)]
    head, body, foot = GENRES[genre]
    case = make_case(rng)
    fields = fields_for(case, rng)
    chosen = [p for p in body if rng.random() < 0.9] or body[:1]
    labelled = Labelled()
    for part in [rng.choice(head), *chosen, rng.choice(foot)]:
        render(part, fields, into=labelled)
    return Document(f"doc-{index:05d}", genre, labelled.text, tuple(labelled.gold), tuple(labelled.negatives),
                    tuple(labelled.neutral), case.known())


def generate(count: int, *, seed: int = 0) -> list[Document]:
    rng = random.Random(seed)
    return [_document(i, rng) for i in range(count)]
