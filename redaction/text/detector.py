"""The detector: our recognizers, the model, the case's known identifiers and propagation, as named passes.

Presidio's ``AnalyzerEngine`` runs each recognizer through generic orchestration (per-recognizer
language checks, explanations, context enhancement that needs lemmas from the full spaCy pipeline).
We keep Presidio's recognizer shape but call each recognizer's :meth:`find` directly, run the domain
NER (:mod:`.domain_model`, ``ner`` only) in batches (``nlp.pipe``) over every line, and match known
identifiers with one compiled alternation per entry (in the text and in its plain form,
:mod:`.written_forms`). Each text is one :class:`~.pipeline.Reading` handed through the passes of
:func:`~.pipeline.standard_pipeline` (its language told first, :mod:`.language`; in a text that is not
English, candidate names are cut to the words that may be names there, :mod:`.other_languages`).
Load a :class:`Detector` once and reuse it: loading spaCy takes about a second.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from redaction import pattern_cache
from redaction.spans import Span
from redaction.text.domain_model import load_domain_ner
from redaction.text.errors import MAX_TEXT_CHARS, TextTooLongError
from redaction.text.known import KnownEntry, parse_known
from redaction.text.language import ENGLISH, Language
from redaction.text.model_input import REACHES
from redaction.text.other_languages import welsh_names
from redaction.text.pipeline import KNOWN_ONLY, Detection, Pipeline, Reading, standard_pipeline
from redaction.text.pipeline.model_source import model_entities
from redaction.text.recognizers import UkDateRecognizer, UkPatternRecognizer, identifier_recognizers

if TYPE_CHECKING:
    from spacy.language import Language as SpacyModel

__all__ = ["Detection", "Detector", "KnownMapping"]

KnownMapping = Mapping[str, Sequence[str]]
_CHUNK = 256  # texts read together: each pass runs over the chunk before the next (the model in batches)
# Which lines the model reads (model_input.REACHES): every line. Reading only lines that look like names was
# the point chosen on the project's own corpus (+0.0005 recall for reading all); on writing nobody tuned it
# on, names in plain sentences with no capital cue ("my name is siiri") are lost wholesale that way.
# Recall comes first; bench_text_redaction.py --trade-curve still measures the other reaches.
MODEL_REACH = "all"


class Detector:
    """Everything that finds identifiers, loaded once; ``detect`` for one text, ``detect_many`` in batches.
    ``passes_off`` names pipeline passes to leave out (to measure what each adds; see ``pipeline.names``).
    A text longer than ``max_chars`` is refused (:class:`~.errors.TextTooLongError`) before any text is read."""

    def __init__(self, *, nlp: SpacyModel | None = None, load_model: bool = True, dates: bool = False,
                 model_reach: str = MODEL_REACH, passes_off: Collection[str] = (),
                 max_chars: int = MAX_TEXT_CHARS) -> None:
        if model_reach not in REACHES:
            raise ValueError(f"model_reach must be one of {', '.join(REACHES)}, not {model_reach!r}")
        self.model_reach = model_reach
        self.max_chars = max_chars
        self._nlp = nlp if nlp is not None or not load_model else load_domain_ner()
        with pattern_cache.recording():  # the recognizers' patterns are the code's, never a text's: they may be kept
            self._recognizers: list[UkPatternRecognizer] = identifier_recognizers()
            if dates:
                self._recognizers.append(UkDateRecognizer())
            self.pipeline: Pipeline = standard_pipeline(self._recognizers, self._nlp, model_reach=model_reach)
        self.passes_off = passes_off  # type: ignore[assignment]

    @property
    def recognizers(self) -> tuple[UkPatternRecognizer, ...]:
        return tuple(self._recognizers)

    @property
    def passes_off(self) -> frozenset[str]:
        return self._passes_off

    @passes_off.setter
    def passes_off(self, names: Collection[str]) -> None:
        self._passes_off = self.pipeline.check_off(names)

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
        for reading in self.read_many(texts, known=known, detectors=detectors, batch_size=batch_size):
            yield reading.detections

    def read_many(
        self,
        texts: Iterable[str],
        *,
        known: KnownMapping | Iterable[KnownMapping | None] | None = None,
        detectors: bool = True,
        batch_size: int = 32,
    ) -> Iterator[Reading]:
        """Each text's whole reading: its detections, and what each source found and each negative removed
        (with the reason). ``detectors=False`` runs only the case record's matching."""
        texts = list(texts)
        for number, text in enumerate(texts, 1):
            if len(text) > self.max_chars:
                which = "the text" if len(texts) == 1 else f"text {number} of {len(texts)}"
                raise TextTooLongError(f"{which} is {len(text):,} characters; at most {self.max_chars:,} are read in "
                                       "one call: split it (by document, chapter or message) and redact the parts")
        knowns = self._known_per_text(known, len(texts))
        off = self._passes_off if detectors else self._passes_off | (set(self.pipeline.names) - KNOWN_ONLY)
        for first in range(0, len(texts), _CHUNK):
            readings = [Reading(text, knowns[first + i]) for i, text in enumerate(texts[first : first + _CHUNK])]
            self.pipeline.run(readings, off=off, batch_size=batch_size)
            yield from readings

    def pattern_spans(self, text: str, *, language: Language | None = None) -> list[Span]:
        """What our recognizers find, before the model is consulted (in a Welsh text, also Welsh given names)."""
        spans = [s for r in self._recognizers for s in r.find(text)]
        if language is not None and language.welsh:
            spans.extend(welsh_names(text, language))
        return spans

    def model_entities(self, texts: Sequence[str], found: Sequence[Sequence[Span]], *,
                       batch_size: int = 32, languages: Sequence[Language] | None = None) -> list[list[tuple[str, int, int]]]:
        """The model's ``(label, start, end)`` entities for each text (:func:`.pipeline.model_source.model_entities`)."""
        assert self._nlp is not None
        return model_entities(self._nlp, texts, found, reach=self.model_reach, batch_size=batch_size,
                              languages=languages or [ENGLISH] * len(texts))

    @staticmethod
    def _known_per_text(known: object, count: int) -> list[tuple[KnownEntry, ...]]:
        if known is None or isinstance(known, Mapping):
            entries = parse_known(known)  # type: ignore[arg-type]
            return [entries] * count
        per_text = [parse_known(k) for k in known]  # type: ignore[attr-defined]
        if len(per_text) != count:
            raise ValueError(f"{len(per_text)} known mappings for {count} texts")
        return per_text
