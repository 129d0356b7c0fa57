"""Run passes in order over a batch of readings, timing each pass by name."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Collection, Sequence

from redaction.text.pipeline.contract import BatchPass, Pass
from redaction.text.pipeline.reading import Reading
from redaction.text.text_caches import forget_texts

__all__ = ["Pipeline"]


class Pipeline:
    """Passes in the order they run. A name may stand twice (a negative applied before and after
    propagation): switching it off switches off both, and its time is their sum."""

    def __init__(self, passes: Sequence[Pass]) -> None:
        if not passes:
            raise ValueError("a pipeline needs at least one pass")
        for p in passes:
            if not isinstance(p, Pass) or not getattr(p, "name", ""):
                raise TypeError(f"{p!r} is not a named Pass")
        self.passes = tuple(passes)
        # CPU seconds per pass name, accumulated over every run (reset with ``seconds.clear()``). CPU time, not
        # wall time: on a shared machine other jobs stretch the wall clock, not this process's CPU.
        self.seconds: defaultdict[str, float] = defaultdict(float)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.name for p in self.passes))

    @property
    def optional(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.name for p in self.passes if p.optional))

    def check_off(self, names: Collection[str]) -> frozenset[str]:
        """``names`` as a set of passes that may be switched off; a clear error for any other name."""
        unknown = sorted(set(names) - set(self.names))
        if unknown:
            raise ValueError(f"no pass named {', '.join(unknown)}; passes: {', '.join(self.names)}")
        required = sorted(set(names) - set(self.optional))
        if required:
            raise ValueError(f"{', '.join(required)} cannot be switched off")
        return frozenset(names)

    def run(self, readings: Sequence[Reading], *, off: Collection[str] = (), batch_size: int = 32) -> None:
        """Every pass not in ``off`` over ``readings``, in order (``off`` is not checked here: the detector
        also leaves out every detector pass when only the case record is matched)."""
        off = frozenset(off)
        for reading in readings:
            reading.off = off
        for p in self.passes:
            if p.name in off:
                continue
            start = time.process_time()
            if isinstance(p, BatchPass):
                p.run_many(readings, batch_size=batch_size)
            else:
                for reading in readings:
                    p.run(reading)
            self.seconds[p.name] += time.process_time() - start
        forget_texts()  # what the caches learnt of these texts is not kept once they are read
