"""``TextRedactor``: a :class:`Detector` plus the anonymiser, loaded once, for one text or many.

Two-core mode: :meth:`TextRedactor.pool` starts worker processes, each with its own redactor, and
hands them batches of documents (spaCy's own ``n_process`` would leave our recognizers in the parent).
"""

from __future__ import annotations

import multiprocessing
import random
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING

from redaction.spans import Span
from redaction.text.anonymise import RedactionResult, anonymise
from redaction.text.detector import Detector, KnownMapping
from redaction.text.settings import RedactionSettings

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["TextRedactor"]


class TextRedactor:
    def __init__(
        self,
        *,
        settings: RedactionSettings | None = None,
        nlp: Language | None = None,
        load_model: bool = True,
    ) -> None:
        self.settings = settings or RedactionSettings()
        self.detector = Detector(nlp=nlp, load_model=load_model, dates=self.settings.shift_dates)

    def detect(self, text: str, *, known: KnownMapping | None = None, detectors: bool = True) -> list[Span]:
        return self.detector.detect(text, known=known, detectors=detectors)

    def detect_many(self, texts: Iterable[str], *, known: object = None, detectors: bool = True,
                    batch_size: int = 32) -> Iterator[list[Span]]:
        return self.detector.detect_many(texts, known=known, detectors=detectors, batch_size=batch_size)  # type: ignore[arg-type]

    def redact(self, text: str, *, known: KnownMapping | None = None, detectors: bool = True,
               rng: random.Random | None = None) -> RedactionResult:
        detections = self.detector.detect_detailed(text, known=known, detectors=detectors)
        return anonymise(text, detections, settings=self.settings, rng=rng)

    def redact_many(self, texts: Iterable[str], *, known: object = None, detectors: bool = True,
                    rng: random.Random | None = None, batch_size: int = 32) -> Iterator[RedactionResult]:
        """Each text is its own output: labels restart and (with an rng) each gets its own date offset."""
        texts = list(texts)
        batches = self.detector.detect_many_detailed(texts, known=known, detectors=detectors, batch_size=batch_size)  # type: ignore[arg-type]
        for text, detections in zip(texts, batches):
            yield anonymise(text, detections, settings=self.settings, rng=rng)

    @classmethod
    @contextmanager
    def pool(cls, *, processes: int = 2, settings: RedactionSettings | None = None) -> Iterator[_Pool]:
        """Worker processes, each with a loaded redactor; ``map_redact`` spreads batches over them."""
        context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
        with ProcessPoolExecutor(processes, mp_context=context, initializer=_init_worker, initargs=(settings,)) as executor:
            yield _Pool(executor, processes)


_WORKER: TextRedactor | None = None


def _init_worker(settings: RedactionSettings | None) -> None:
    global _WORKER
    _WORKER = TextRedactor(settings=settings)


def _redact_batch(items: Sequence[tuple[str, Mapping[str, Sequence[str]] | None]], seed: int | None) -> list[RedactionResult]:
    assert _WORKER is not None
    rng = random.Random(seed) if seed is not None else None
    return list(_WORKER.redact_many([t for t, _ in items], known=[k for _, k in items], rng=rng))


def _warm(_: int) -> bool:
    return _WORKER is not None


class _Pool:
    def __init__(self, executor: ProcessPoolExecutor, processes: int) -> None:
        self._executor = executor
        list(executor.map(_warm, range(processes)))  # every worker has loaded its model

    def map_redact(
        self,
        items: Iterable[tuple[str, Mapping[str, Sequence[str]] | None]],
        *,
        batch_size: int = 16,
        seed: int | None = None,
    ) -> Iterator[RedactionResult]:
        """Results in input order; ``seed`` (with date shifting) seeds each batch's rng reproducibly."""
        items = list(items)
        batches = [items[i : i + batch_size] for i in range(0, len(items), batch_size)]
        seeds = [None if seed is None else seed + i for i in range(len(batches))]
        for results in self._executor.map(_redact_batch, batches, seeds):
            yield from results
