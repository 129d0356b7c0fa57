"""``TextRedactor``: a :class:`Detector` plus the anonymiser, loaded once, for one text or many.

Two-core mode: :meth:`TextRedactor.pool` starts worker processes, each with its own redactor, and
hands them batches of documents (spaCy's own ``n_process`` would leave our recognizers in the parent).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import random
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING

from redaction.spans import Span
from redaction.text.anonymise import RedactionResult, anonymise
from redaction.text.detector import Detector, KnownMapping
from redaction.text.settings import RedactionSettings

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["TextRedactor", "available_cpus"]


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
        # What is loaded now (the model, word lists, gazetteers, compiled patterns: some 150,000 objects) lives as
        # long as the process; left to the garbage collector, every full collection while texts are read walks it
        # all again. Frozen, collections skip it (reference counting still frees what is dropped). Measured on
        # 60 generated documents, same process, alternating: 2.58 -> 2.38 s CPU (median of 10).
        gc.freeze()

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
    def pool(cls, *, processes: int | None = None, settings: RedactionSettings | None = None) -> Iterator[_Pool]:
        """Worker processes, each loading its own redactor once; ``map_redact`` spreads large batches over
        them. ``processes`` defaults to the CPUs this process may run on (``os.sched_getaffinity``, so a
        ``taskset`` limit is respected)."""
        processes = processes or available_cpus()
        context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
        with ProcessPoolExecutor(processes, mp_context=context, initializer=_init_worker, initargs=(settings,)) as executor:
            yield _Pool(executor, processes)


def available_cpus() -> int:
    """CPUs this process may use: its affinity mask where the platform has one, else the CPU count."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


_WORKER: TextRedactor | None = None


def _init_worker(settings: RedactionSettings | None) -> None:
    global _WORKER
    _WORKER = TextRedactor(settings=settings)
    # Lazy parts (the word list, regex caches) load now, not inside the first batch's time.
    _WORKER.redact("Dear Mrs Quennell,\nTadhg (DOB 14/03/2015) rang on 07700 900123 about Kingsmead Primary School.")


def _redact_batch(texts: list[str], known: list[KnownMapping | None] | None, seed: int | None) -> list[RedactionResult]:
    """One task: a large batch through spaCy's ``pipe``; only texts go in and compact results come out."""
    assert _WORKER is not None
    rng = random.Random(seed) if seed is not None else None
    return list(_WORKER.redact_many(texts, known=known, rng=rng))


def _ready(_: int) -> int:
    time.sleep(0.05)  # long enough that each worker takes one of these
    return os.getpid()


class _Pool:
    def __init__(self, executor: ProcessPoolExecutor, processes: int) -> None:
        self._executor = executor
        self.processes = processes
        ready: set[int] = set()
        for _ in range(20):  # every worker has started and loaded its model before any timing starts
            ready |= set(executor.map(_ready, range(processes)))
            if len(ready) >= processes:
                break
        # The workers' process ids, for a benchmark that reads their CPU time (bench_text_redaction.py).
        self.worker_pids = tuple(sorted(ready))

    def map_redact(
        self,
        items: Iterable[tuple[str, KnownMapping | None]],
        *,
        batch_size: int | None = None,
        seed: int | None = None,
    ) -> Iterator[RedactionResult]:
        """Results in input order. Items go out in a few large batches (by default about four per worker,
        so a slow batch cannot leave a worker idle for long); ``seed`` (with date shifting) seeds each
        batch's rng reproducibly."""
        items = list(items)
        if batch_size is None:
            batch_size = max(8, -(-len(items) // (self.processes * 4)))
        batches = [items[i : i + batch_size] for i in range(0, len(items), batch_size)]
        texts = [[t for t, _ in batch] for batch in batches]
        known = [None if all(k is None for _, k in batch) else [k for _, k in batch] for batch in batches]
        seeds = [None if seed is None else seed + i for i in range(len(batches))]
        for results in self._executor.map(_redact_batch, texts, known, seeds):
            yield from results
