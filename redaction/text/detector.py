"""The detector: our recognizers, the model, the case's known identifiers and propagation, in one pass.

Presidio's ``AnalyzerEngine`` runs each recognizer through generic orchestration (per-recognizer
language checks, explanations, context enhancement that needs lemmas from the full spaCy pipeline).
We keep Presidio's recognizer shape but call each recognizer's :meth:`find` directly, run the domain
NER (:mod:`.domain_model`, ``ner`` only) in batches (``nlp.pipe``) over every line that may hold a name,
and match known identifiers with one compiled alternation per entry (in the text and in its plain
form, :mod:`.written_forms`). Each text's language is told first (:mod:`.language`): in a text that is
not English, candidate names are cut to the words that may be names there (:mod:`.other_languages`).
Load a :class:`Detector` once and reuse it: loading spaCy takes about a second.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from redaction.spans import Span
from redaction.text.absorb import absorb_neighbours, trim_person
from redaction.text.english import is_english_word
from redaction.text.known import KnownEntry, KnownMatch, matcher_for, parse_known
from redaction.text.language import ENGLISH, Language, language_of
from redaction.text.lexicons import FIRST_NAMES, NOT_NAMES
from redaction.text.domain_model import load_domain_ner
from redaction.text.model import entity_spans
from redaction.text.model_input import REACHES, model_input
from redaction.text.names import strip_possessive
from redaction.text.negatives import is_not_a_person
from redaction.text.propagate import NameIndex, propagate
from redaction.text.recognizers import (
    EXACT_SCORE,
    UkDateRecognizer,
    UkPatternRecognizer,
    identifier_recognizers,
)
from redaction.text.recognizers.date_of_birth import dated_name
from redaction.text.resolve import resolve
from redaction.text.other_languages import foreign_reading, welsh_names
from redaction.text.tables import read_tables

if TYPE_CHECKING:
    from spacy.language import Language as SpacyModel

__all__ = ["Detection", "Detector", "KnownMapping"]

KnownMapping = Mapping[str, Sequence[str]]
_CHUNK = 256  # texts whose patterns are found before the model reads them, sorted by length
# Which lines the model reads (model_input.REACHES): every line. Reading only lines that look like names was
# the point chosen on the project's own corpus (+0.0005 recall for reading all); on writing nobody tuned it
# on, names in plain sentences with no capital cue ("my name is siiri") are lost wholesale that way.
# Recall comes first; bench_text_redaction.py --trade-curve still measures the other reaches.
MODEL_REACH = "all"
_WEAK = 0.5
_LETTERS = regex.compile(r"[\p{L}][\p{L}'’]*")
_NAME_WORDS = regex.compile(r"[\p{L}][\p{L}'’\-]*")
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
_NAME_TYPES = frozenset({"PERSON", "LOCATION", "SCHOOL", "ADDRESS"})
_HUMAN_VERB_AFTER = regex.compile(
    r"[ ]+(?:(?:also|still|now|often|really|then|never|always|usually|sometimes|just|only|already)[ ]+)?"
    r"(?:said|says|told|tells|feels|felt|thinks|thought|wants|wanted|rang|phoned|emailed|texted|asked|agreed"
    r"|explained|reported|reports|attends|attended|applied|applies|enjoys|enjoyed|loves|loved|hates|likes|liked|can[ ]come"
    r"|will[ ]come|came|cried|worries|worried|struggles|struggled|consented|refuses|refused)\b"
)
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;•\-*]\s*|\n\s*|[\"“(]\s*)$")


@dataclass(frozen=True, slots=True)
class Detection:
    """A resolved span; when it came from the case record, the known entry it matched; when it is one part of
    a name the text writes in parts (a register row's surname and forename cells), the whole name; when a
    table or form says whose name it is, that role."""

    span: Span
    entry: KnownEntry | None = None
    full_name: str | None = None
    role: str | None = None  # "child": the name stands in a pupils' register or a child's record


def _corroborated(span: Span, text: str, strong_words: set[str], person_ranges: list[tuple[int, int]]) -> bool:
    """A weak person cue (possessive, reporting verb, a line in capitals) stands only with support for it
    being a name: a known first name, a confident mention elsewhere, its place mid-sentence, or - at a
    sentence's opening, where any word is capitalised - the model calling it a name (of a person, place
    or organisation: the model's label for a rare name is often wrong, its boundary rarely), not being
    English, or being the subject of a verb only people do."""
    surface = text[span.start : span.end]
    if surface in FIRST_NAMES or surface in strong_words or dated_name(text, span.start, span.end):
        return True
    if _SENTENCE_START.search(text, max(0, span.start - 4), span.start) is None and not surface.isupper():
        return True
    # A plural of an English word ("Governors agreed", "Meetings are") is no name, whatever the model says: it
    # reads every line, sentence openings included, where a capital tells it nothing.
    if surface.endswith("s") and is_english_word(surface[:-1]) and surface[:-1] not in FIRST_NAMES:
        return False
    if span.source == "pattern" and any(start <= span.start < end for start, end in person_ranges):
        return True
    words = _LETTERS.findall(surface)
    if any(w.capitalize() in NOT_NAMES for w in words):
        return False
    if any(not is_english_word(w) for w in words):
        return True
    # An English word that is also a name ("Shay", "Precious") opens a sentence as the subject of a verb
    # only people do ("Precious also attends", "Shay can come").
    return _HUMAN_VERB_AFTER.match(text, span.end) is not None


class Detector:
    """Everything that finds identifiers, loaded once; ``detect`` for one text, ``detect_many`` in batches."""

    def __init__(self, *, nlp: SpacyModel | None = None, load_model: bool = True, dates: bool = False,
                 model_reach: str = MODEL_REACH) -> None:
        if model_reach not in REACHES:
            raise ValueError(f"model_reach must be one of {', '.join(REACHES)}, not {model_reach!r}")
        self.model_reach = model_reach
        self._nlp = nlp if nlp is not None or not load_model else load_domain_ner()
        self._recognizers: list[UkPatternRecognizer] = identifier_recognizers()
        if dates:
            self._recognizers.append(UkDateRecognizer())

    @property
    def recognizers(self) -> tuple[UkPatternRecognizer, ...]:
        return tuple(self._recognizers)

    def detect(self, text: str, *, known: KnownMapping | None = None, detectors: bool = True) -> list[Span]:
        return [d.span for d in self.detect_detailed(text, known=known, detectors=detectors)]

    def detect_many(
        self,
        texts: Iterable[str],
        *,
        known: KnownMapping | Iterable[KnownMapping | None] | None = None,
        detectors: bool = True,
        batch_size: int = 32,
    ) -> Iterator[list[Span]]:
        """Spans for each text, in order. ``known`` is one mapping for all texts or one per text."""
        for detections in self.detect_many_detailed(texts, known=known, detectors=detectors, batch_size=batch_size):
            yield [d.span for d in detections]

    def detect_detailed(self, text: str, *, known: KnownMapping | None = None, detectors: bool = True) -> list[Detection]:
        return next(iter(self.detect_many_detailed([text], known=[known], detectors=detectors)))

    def detect_many_detailed(
        self,
        texts: Iterable[str],
        *,
        known: KnownMapping | Iterable[KnownMapping | None] | None = None,
        detectors: bool = True,
        batch_size: int = 32,
    ) -> Iterator[list[Detection]]:
        texts = list(texts)
        knowns = self._known_per_text(known, len(texts))
        for first in range(0, len(texts), _CHUNK):
            chunk = texts[first : first + _CHUNK]
            languages = [language_of(t) for t in chunk] if detectors else [ENGLISH] * len(chunk)
            found = [self.pattern_spans(t, language=lang) for t, lang in zip(chunk, languages)] if detectors \
                else [[] for _ in chunk]
            entities: list[list[tuple[str, int, int]] | None] = [None] * len(chunk)
            if detectors and self._nlp is not None:
                entities = list(self.model_entities(chunk, found, batch_size=batch_size, languages=languages))
            for index, text in enumerate(chunk):
                yield self._analyse(text, knowns[first + index], found[index], entities[index], detectors=detectors,
                                    language=languages[index])

    def pattern_spans(self, text: str, *, language: Language | None = None) -> list[Span]:
        """What our recognizers find, before the model is consulted (in a Welsh text, also Welsh given names)."""
        spans = [s for r in self._recognizers for s in r.find(text)]
        if language is not None and language.welsh:
            spans.extend(welsh_names(text, language))
        return spans

    def model_entities(self, texts: Sequence[str], found: Sequence[Sequence[Span]], *,
                       batch_size: int = 32, languages: Sequence[Language] | None = None) -> list[list[tuple[str, int, int]]]:
        """The model's ``(label, start, end)`` entities for each text. The model reads only the lines where it
        can add something (:mod:`.model_input`), and the texts go through ``nlp.pipe`` shortest first, so a
        batch holds texts of similar length. Lower-case words no English dictionary has are capitalised for it
        in English text only (in another language that would be every other word)."""
        assert self._nlp is not None
        languages = languages or [ENGLISH] * len(texts)
        inputs = [model_input(text, spans, reach=self.model_reach, truecase=lang.english and not lang.welsh)
                  for text, spans, lang in zip(texts, found, languages)]
        order = sorted((i for i, m in enumerate(inputs) if m.text), key=lambda i: len(inputs[i].text))
        out: list[list[tuple[str, int, int]]] = [[] for _ in texts]
        docs = self._nlp.pipe((inputs[i].text for i in order), batch_size=batch_size)
        for index, doc in zip(order, docs):
            out[index] = list(inputs[index].entities([(e.label_, e.start_char, e.end_char) for e in doc.ents]))
        return out

    @staticmethod
    def _known_per_text(known: object, count: int) -> list[tuple[KnownEntry, ...]]:
        if known is None or isinstance(known, Mapping):
            entries = parse_known(known)  # type: ignore[arg-type]
            return [entries] * count
        per_text = [parse_known(k) for k in known]  # type: ignore[attr-defined]
        if len(per_text) != count:
            raise ValueError(f"{len(per_text)} known mappings for {count} texts")
        return per_text

    def _analyse(self, text: str, entries: tuple[KnownEntry, ...], found: list[Span],
                 entities: list[tuple[str, int, int]] | None, *, detectors: bool,
                 language: Language = ENGLISH) -> list[Detection]:
        known_matches: list[KnownMatch] = list(matcher_for(entries).find(text)) if entries else []
        # A known "Will" is not "Will you send it?": English-word names used as words stay.
        known_matches = [m for m in known_matches
                         if m.span.type != "PERSON" or not is_not_a_person(text, m.span, known=True)]
        spans = [m.span for m in known_matches]
        if detectors:
            spans = self._detected(text, spans, list(found), entities, language)
        resolved = resolve(spans, text)
        cells = _name_cells(text)
        return [Detection(span, _entry_for(span, known_matches), *_cell_hints(span, cells)) for span in resolved]

    def _detected(self, text: str, known: list[Span], found: list[Span],
                  entities: list[tuple[str, int, int]] | None, language: Language = ENGLISH) -> list[Span]:
        """Known spans plus everything the recognizers, the model and propagation find. In a text that is not
        English (or has Welsh passages), candidate names are cut down to the words that may be names in that
        language (:func:`.other_languages.foreign_reading`), before and after widening and propagation."""
        model_ranges: list[tuple[int, int]] = []
        if entities is not None:
            found.extend(_opening_words_weak(text, s) for s in entity_spans(text, entities))
            model_ranges = [(start, end) for label, start, end in entities if label in _NAME_LABELS]
        tables = read_tables(text)
        if tables.headers:  # a table's header holds column names, never an identifier
            found = [s for s in found if not any(start <= s.start and s.end <= end for start, end in tables.headers)]
        if tables.codes:  # "SpLD" under "SEN type" is no town, whatever stands next to it
            found = [s for s in found if s.type == "PERSON"
                     or not any(start <= s.start and s.end <= end for start, end in tables.codes)]
        found = [s for s in found if s.type not in _NAME_TYPES or not is_not_a_person(text, s)]
        foreign = not language.english or language.welsh
        if foreign:
            found = foreign_reading(text, found, language)
        strong = [s for s in found if s.score > _WEAK]
        strong_words = {text[s.start : s.end] for s in strong if s.type == "PERSON"}
        weak = [s for s in found if s.score <= _WEAK and s.type == "PERSON"]
        kept = strong + [_scored(s, text) for s in weak if _corroborated(s, text, strong_words, model_ranges)]
        kept += [s for s in found if s.score <= _WEAK and s.type != "PERSON"]
        kept = [t for s in kept if (t := trim_person(text, s) if s.type == "PERSON" and s.score < EXACT_SCORE else s) is not None]
        first = resolve(known + kept, text)
        index = NameIndex()
        index.add_spans(text, first)
        names = index.person_words()
        # Spans read from a field or a table cell are whole already: widening them would cross into the next cell.
        widened = [absorb_neighbours(text, s, known_names=names) if s.type == "PERSON" and s.score < EXACT_SCORE else s
                   for s in first]
        index.add_spans(text, (s for s in widened if s.type == "PERSON"))
        names = index.person_words()
        spans = widened + [s for s in propagate(text, index) if s.type not in _NAME_TYPES or not is_not_a_person(text, s)]
        if foreign:
            spans = foreign_reading(text, spans, language)
        return [_as_person(text, s) if s.type == "LOCATION" and _is_person_name(text, s, names) else s for s in spans]


def _opening_words_weak(text: str, span: Span) -> Span:
    """The model reads every line, so it also sees sentences opening with a capitalised English word
    ("Governors agreed", "Staff said"), where the capital says nothing: its one-word person there is a weak
    cue, kept only when corroborated (:func:`_corroborated`: a known first name, a mention elsewhere, a verb
    only people do)."""
    if span.source != "model" or span.type != "PERSON" or span.score <= _WEAK:
        return span
    surface = text[span.start : span.end]
    if (" " in surface or surface in FIRST_NAMES or not is_english_word(surface)
            or _SENTENCE_START.search(text, max(0, span.start - 4), span.start) is None):
        return span
    return Span(span.start, span.end, span.type, _WEAK, span.source)


def _scored(span: Span, text: str) -> Span:
    """A weak cue on a word the first-name lexicon knows is a confident name (it will propagate)."""
    if text[span.start : span.end] in FIRST_NAMES:
        return Span(span.start, span.end, span.type, 0.75, span.source)
    return span


def _is_person_name(text: str, span: Span, names: set[str]) -> bool:
    """A "place" the model found that is a name already found for a person ("mum of Leo")."""
    words = _NAME_WORDS.findall(text, span.start, span.end)
    return bool(words) and all(strip_possessive(w).casefold() in names for w in words)


def _as_person(text: str, span: Span) -> Span:
    return Span(span.start, span.end, "PERSON", span.score, span.source)


def _name_cells(text: str) -> list[tuple[int, int, str | None, str | None]]:
    """The name cells of tables and records that say more than a span does: the whole name when the cell is
    one part of it (a surname cell beside a forename cell), and whose name it is ("child")."""
    reading = read_tables(text)
    return [(c.start, c.end, reading.groups.get(c.group) if c.group else None, c.role)
            for c in reading.cells if c.group is not None or c.role is not None]


def _cell_hints(span: Span, cells: list[tuple[int, int, str | None, str | None]]) -> tuple[str | None, str | None]:
    if span.type != "PERSON" or not cells:
        return None, None
    return next(((name, role) for start, end, name, role in cells if start < span.end and span.start < end), (None, None))


def _entry_for(span: Span, matches: list[KnownMatch]) -> KnownEntry | None:
    """The case-record entry behind a span: the longest known match inside it ("Mark Hughes", not
    "Hughes"); none when two entries tie ("Whitfield" of both "Sarah Whitfield" and "Leo Whitfield")."""
    inside = [m for m in matches if m.span.type == span.type and span.start <= m.span.start < span.end]
    if not inside:
        return None
    longest = max(m.span.end - m.span.start for m in inside)
    entries = {m.entry for m in inside if m.span.end - m.span.start == longest}
    return entries.pop() if len(entries) == 1 else None
