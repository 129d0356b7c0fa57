"""The model as a candidate source: the domain NER reads a batch of texts at once.

The model reads the lines of each text chosen by :mod:`redaction.text.model_input` (every line, at the
detector's reach ``all``), through ``nlp.pipe`` shortest text first so a batch holds texts of similar
length. Lower-case words no English dictionary has are capitalised for it in English text only (in
another language that would be every other word). Its entities become candidates through
:func:`redaction.text.model.entity_spans`; a one-word person opening a sentence with a capitalised
English word is made a weak cue (:func:`opening_word_weak`), for the weak-cue pass to corroborate.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from redaction.spans import Span
from redaction.text.english import is_english_word
from redaction.text.language import ENGLISH, Language
from redaction.text.lexicons import FIRST_NAMES
from redaction.text.model import entity_spans
from redaction.text.model_input import model_input
from redaction.text.pipeline.contract import BatchPass
from redaction.text.pipeline.reading import Reading

if TYPE_CHECKING:
    from spacy.language import Language as SpacyModel

__all__ = ["WEAK", "ModelEntities", "model_entities", "opening_word_weak"]

WEAK = 0.5  # a cue at or below this score stands only when corroborated (weak_cues.py)
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
SENTENCE_START = regex.compile(r"(?:^|[.!?:;•\-*]\s*|\n\s*|[\"“(]\s*)$")


def model_entities(nlp: SpacyModel, texts: Sequence[str], found: Sequence[Sequence[Span]], *, reach: str,
                   batch_size: int = 32, languages: Sequence[Language] | None = None) -> list[list[tuple[str, int, int]]]:
    """The model's ``(label, start, end)`` entities for each text, ``found`` being what the recognizers found."""
    languages = languages or [ENGLISH] * len(texts)
    inputs = [model_input(text, spans, reach=reach, truecase=lang.english and not lang.welsh)
              for text, spans, lang in zip(texts, found, languages)]
    order = sorted((i for i, m in enumerate(inputs) if m.text), key=lambda i: len(inputs[i].text))
    out: list[list[tuple[str, int, int]]] = [[] for _ in texts]
    docs = nlp.pipe((inputs[i].text for i in order), batch_size=batch_size)
    for index, doc in zip(order, docs):
        out[index] = list(inputs[index].entities([(e.label_, e.start_char, e.end_char) for e in doc.ents]))
    return out


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
