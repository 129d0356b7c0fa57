"""Generate labelled UK SEND documents, deterministically from a seed.

Each document is rendered from a genre template (EHC plan excerpt, annual review, school report, LA
letter, tribunal notes and decisions, call notes, e-mail, medical and hospital letters, referral and
assessment forms, post-16 reviews, multi-agency minutes, registers, informal messages, data exports in
every table serialisation) filled with one
fictional case. Two styles: ``clean`` (as typed by a careful administrator) and ``noisy`` (``noise.py``:
lower case, typos, odd spacing); ``mixed`` alternates them. Gold spans
are exact because the renderer records the offsets of every identifier it inserts; tricky negatives
(diagnoses, legislation, generic organisations, non-birth dates, money, page numbers, job titles) are
recorded the same way. See ``pools.py`` for how the names are held out from the detector's lexicons.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from benchmarks.text_corpus.case import make_case
from benchmarks.text_corpus.exports import EXPORT
from benchmarks.text_corpus.fields import fields_for
from benchmarks.text_corpus.noise import Noise
from benchmarks.text_corpus.render import Gold, Labelled, render
from benchmarks.text_corpus.templates import GENRES as FIRST_GENRES
from benchmarks.text_corpus.templates import PDF_LIKE as FIRST_PDF_LIKE
from benchmarks.text_corpus.templates_more import MORE_GENRES, MORE_PDF_LIKE

GENRES = {**FIRST_GENRES, **MORE_GENRES, "data_export": EXPORT}
PDF_LIKE = FIRST_PDF_LIKE | MORE_PDF_LIKE
STYLES = ("clean", "noisy", "mixed")

__all__ = ["GENRES", "STYLES", "Document", "generate"]


@dataclass(frozen=True)
class Document:
    id: str
    genre: str
    text: str
    gold: tuple[Gold, ...]
    negatives: tuple[tuple[int, int], ...]
    neutral: tuple[tuple[int, int], ...]
    known: dict[str, list[str]]
    style: str = "clean"


def _document(index: int, rng: random.Random, *, noisy: bool) -> Document:
    genre = sorted(GENRES)[index % len(GENRES)]
    head, body, foot = GENRES[genre]
    case = make_case(rng)
    fields = fields_for(case, rng)
    chosen = [p for p in body if rng.random() < 0.9] or body[:1]
    labelled = Labelled(style=Noise(rng) if noisy else None)
    for part in [rng.choice(head), *chosen, rng.choice(foot)]:
        render(part, fields, into=labelled)
    text = labelled.text
    if genre in PDF_LIKE and rng.random() < 0.6:
        text = hard_wrapped(text, width=rng.randint(68, 92))
    return Document(f"doc-{index:05d}", genre, text, tuple(labelled.gold), tuple(labelled.negatives),
                    tuple(labelled.neutral), case.known(), "noisy" if noisy else "clean")


def hard_wrapped(text: str, *, width: int) -> str:
    """Lines broken at ``width`` as PDF text extraction breaks them: a space becomes a line break, so every
    offset (and every gold span) stays where it was, while a name or number may now run over two lines."""
    chars = list(text)
    line_start = 0
    last_space = -1
    for i, ch in enumerate(chars):
        if ch == "\n":
            line_start, last_space = i + 1, -1
        elif ch == " ":
            last_space = i
        if i - line_start >= width and last_space > line_start:
            chars[last_space] = "\n"
            line_start, last_space = last_space + 1, -1
    return "".join(chars)


def generate(count: int, *, seed: int = 0, style: str = "clean") -> list[Document]:
    """``count`` documents; ``style`` is ``clean``, ``noisy`` or ``mixed`` (every other document noisy)."""
    if style not in STYLES:
        raise ValueError(f"style must be one of {', '.join(STYLES)}, not {style!r}")
    rng = random.Random(seed)
    return [_document(i, rng, noisy=style == "noisy" or (style == "mixed" and i % 2 == 1)) for i in range(count)]
