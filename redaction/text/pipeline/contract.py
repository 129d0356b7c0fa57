"""The contract of a pass: a name, and ``run(reading)``; a pass that reads many texts at once (the model)
is a :class:`BatchPass` with ``run_many(readings, batch_size)``.

A pass changes the reading it is given (its ``spans``, and what it logs). ``optional`` passes can be
switched off by name (for the benchmark's per-pass table, and to see what a pass adds); resolution and the
final detections cannot: without them there is no answer to compare.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import ClassVar

from redaction.text.pipeline.reading import Reading

__all__ = ["BatchPass", "Pass"]


class Pass(ABC):
    name: ClassVar[str]
    optional: ClassVar[bool] = True

    @abstractmethod
    def run(self, reading: Reading) -> None:
        """Read one text further."""


class BatchPass(Pass):
    """A pass whose work is cheaper over many texts together (spaCy's ``nlp.pipe``)."""

    @abstractmethod
    def run_many(self, readings: Sequence[Reading], *, batch_size: int = 32) -> None:
        """Read every text of ``readings`` further."""

    def run(self, reading: Reading) -> None:
        self.run_many([reading])
