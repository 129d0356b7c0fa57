"""The model as a candidate source: the domain NER reads a batch of texts at once.

The model reads the lines of each text chosen by :mod:`redaction.text.model_input` (every line, at the
detector's reach ``all``), through ``nlp.pipe`` shortest text first so a batch holds texts of similar
length; a long text's lines are read in parts of bounded length with context either side (:func:`model_parts`),
so the model's memory does not grow with the text. Lower-case words no English dictionary has are capitalised for it in English text only (in
another language that would be every other word). Its entities become candidates through
:func:`redaction.text.model.entity_spans`; a one-word person opening a sentence with a capitalised
English word is made a weak cue (:func:`opening_word_weak`), for the weak-cue pass to corroborate.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from redaction.spans import Span
from redaction.text.english import is_english_word
from redaction.text.language import ENGLISH, Language
from redaction.text.lexicons import FIRST_NAMES
from redaction.text.model import entity_spans
from redaction.text.model_blas import one_blas_thread
from redaction.text.model_input import model_input
from redaction.text.pipeline.contract import BatchPass
from redaction.text.pipeline.reading import Reading

if TYPE_CHECKING:
    from spacy.language import Language as SpacyModel

__all__ = ["BATCH_CHARS", "CHUNK", "OVERLAP", "WEAK", "ModelEntities", "Part", "model_entities", "model_parts", "opening_word_weak"]

WEAK = 0.5  # a cue at or below this score stands only when corroborated (weak_cues.py)
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
SENTENCE_START = regex.compile(r"(?:^|[.!?:;•\-*]\s*|\n\s*|[\"“(]\s*)$")


# The model reads a long text in parts: spaCy's memory grows with the tokens of one call (a 400 KB text read
# whole took 1.4 GB), so no part is longer than CHUNK characters of the model's input, and no call reads more
# than BATCH_CHARS characters at once. A text whose model input fits in one part (every ordinary document)
# is read exactly as before. Parts are cut at line breaks (at a space in a line longer than a part, anywhere
# in a run with no space), and each part reads OVERLAP characters of whole lines on either side of its own
# stretch, so a name across the cut is read whole by the part it starts in, with its neighbours as context.
CHUNK = 10_000
OVERLAP = 500
BATCH_CHARS = 64_000


def model_entities(nlp: SpacyModel, texts: Sequence[str], found: Sequence[Sequence[Span]], *, reach: str,
                   batch_size: int = 32, languages: Sequence[Language] | None = None) -> list[list[tuple[str, int, int]]]:
    """The model's ``(label, start, end)`` entities for each text, ``found`` being what the recognizers found."""
    languages = languages or [ENGLISH] * len(texts)
    inputs = [model_input(text, spans, reach=reach, truecase=lang.english and not lang.welsh)
              for text, spans, lang in zip(texts, found, languages)]
    parts = {i: model_parts(m.text) for i, m in enumerate(inputs) if m.text}  # per text, in text order
    kept: dict[tuple[int, int], list[tuple[str, int, int]]] = {}
    # Shortest first, so a batch holds parts of similar length (a text of one part is ordered by its length).
    order = sorted(((i, k) for i, text_parts in parts.items() for k in range(len(text_parts))),
                   key=lambda ik: parts[ik[0]][ik[1]].length)
    with one_blas_thread():  # the model's products on this thread alone (model_blas)
        for batch in _batches(order, parts, batch_size):
            docs = nlp.pipe((inputs[i].text[parts[i][k].read_start : parts[i][k].read_end] for i, k in batch),
                            batch_size=len(batch))
            for (i, k), doc in zip(batch, docs):
                kept[i, k] = list(parts[i][k].keep([(e.label_, e.start_char, e.end_char) for e in doc.ents]))
    out: list[list[tuple[str, int, int]]] = [[] for _ in texts]
    for i, text_parts in parts.items():
        out[i] = list(inputs[i].entities(_joined([kept[i, k] for k in range(len(text_parts))])))
    return out


def _batches(order: list[tuple[int, int]], parts: dict[int, list[Part]], size: int) -> Iterator[list[tuple[int, int]]]:
    """Runs of ``order`` of at most ``size`` parts and, past a batch's first part, at most BATCH_CHARS characters."""
    batch: list[tuple[int, int]] = []
    chars = 0
    for i, k in order:
        length = parts[i][k].length
        if batch and (len(batch) >= size or chars + length > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append((i, k))
        chars += length
    if batch:
        yield batch


def _joined(per_part: list[list[tuple[str, int, int]]]) -> list[tuple[str, int, int]]:
    """The parts' entities in order; one starting inside an entity the part before kept (read over the cut)
    gives way to it."""
    out: list[tuple[str, int, int]] = []
    reached = 0
    for entities in per_part:
        for entity in entities:
            if entity[1] >= reached:
                out.append(entity)
                reached = entity[2]
    return out


@dataclass(frozen=True, slots=True)
class Part:
    """A stretch ``[start, end)`` of the model's input, read as ``[read_start, read_end)`` (with context)."""

    start: int
    end: int
    read_start: int
    read_end: int

    @property
    def length(self) -> int:
        return self.read_end - self.read_start

    def keep(self, entities: Sequence[tuple[str, int, int]]) -> Iterator[tuple[str, int, int]]:
        """The entities read that start in this part's own stretch, in input offsets."""
        for label, start, end in entities:
            start, end = start + self.read_start, end + self.read_start
            if self.start <= start < self.end:
                yield label, start, end


def model_parts(text: str, *, size: int | None = None, overlap: int | None = None) -> list[Part]:
    """``text`` cut into stretches of at most ``size`` characters (:data:`CHUNK`), each read with ``overlap``
    (:data:`OVERLAP`) characters of context either side; one part if it fits."""
    size = CHUNK if size is None else size
    overlap = OVERLAP if overlap is None else overlap
    if len(text) <= size:
        return [Part(0, len(text), 0, len(text))]
    cuts = [0]
    while len(text) - cuts[-1] > size:
        cuts.append(_cut_before(text, cuts[-1], cuts[-1] + size))
    cuts.append(len(text))
    parts = []
    for start, end in zip(cuts, cuts[1:]):
        read_start = 0 if start == 0 else _cut_after(text, max(0, start - overlap), start)
        read_end = len(text) if end == len(text) else _cut_before(text, end, min(len(text), end + overlap))
        parts.append(Part(start, end, read_start, read_end))
    return parts


_SPACE = regex.compile(r"\s")


def _cut_before(text: str, lo: int, hi: int) -> int:
    """The last cut in ``(lo, hi]``: just after a line break, else after a space, else ``hi``."""
    for mark in ("\n", " "):
        at = text.rfind(mark, lo, hi)
        if at >= 0:
            return at + 1
    match = None
    for match in _SPACE.finditer(text, lo, hi):
        pass
    return match.end() if match is not None else hi


def _cut_after(text: str, lo: int, hi: int) -> int:
    """The first cut in ``[lo, hi]``: just after a line break, else after a space, else ``lo``."""
    for mark in ("\n", " "):
        at = text.find(mark, lo, hi)
        if at >= 0:
            return at + 1
    match = _SPACE.search(text, lo, hi)
    return match.end() if match is not None else lo


class ModelEntities(BatchPass):
    name = "model"

    def __init__(self, nlp: SpacyModel, *, reach: str) -> None:
        self.nlp = nlp
        self.reach = reach

    def run_many(self, readings: Sequence[Reading], *, batch_size: int = 32) -> None:
        entities = model_entities(self.nlp, [r.text for r in readings], [r.detected for r in readings],
                                  reach=self.reach, batch_size=batch_size, languages=[r.language for r in readings])
        for reading, found in zip(readings, entities):
            reading.entities = found
            reading.add((opening_word_weak(reading.text, s) for s in entity_spans(reading.text, found)), by=self.name)
            reading.name_ranges = [(start, end) for label, start, end in found if label in _NAME_LABELS]


def opening_word_weak(text: str, span: Span) -> Span:
    """The model reads every line, so it also sees sentences opening with a capitalised English word
    ("Governors agreed", "Staff said"), where the capital says nothing: its one-word person there is a weak
    cue, kept only when corroborated (a known first name, a mention elsewhere, a verb only people do)."""
    if span.source != "model" or span.type != "PERSON" or span.score <= WEAK:
        return span
    surface = text[span.start : span.end]
    if (" " in surface or surface in FIRST_NAMES or not is_english_word(surface)
            or SENTENCE_START.search(text, max(0, span.start - 4), span.start) is None):
        return span
    return Span(span.start, span.end, span.type, WEAK, span.source)
