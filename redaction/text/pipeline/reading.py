"""One text as the detector reads it: what each pass found, what each negative removed and why.

A :class:`Reading` is made per text and handed through the passes in order (:mod:`.passes`). Before
resolution, ``spans`` holds the case record's matches first (source ``known``) and the detected
candidates after them; negatives look only at the detected ones (:attr:`Reading.detected`): the case
record is never overruled by a guess. After resolution ``spans`` is one disjoint list, widened,
propagated and typed by the later passes, and the last pass turns it into :class:`Detection` rows.
``found`` and ``removed`` are a log for explanation and tests; no pass reads them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from redaction.spans import Span
from redaction.text.known import KnownEntry, KnownMatch
from redaction.text.language import ENGLISH, Language
from redaction.text.propagate import NameIndex
from redaction.text.tables import TableReading, read_tables

__all__ = ["Detection", "Found", "Reading", "Removal"]


@dataclass(frozen=True, slots=True)
class Detection:
    """A resolved span; when it came from the case record, the known entry it matched; when it is one part of
    a name the text writes in parts (a register row's surname and forename cells), the whole name; when a
    table or form says whose name it is, that role."""

    span: Span
    entry: KnownEntry | None = None
    full_name: str | None = None
    role: str | None = None  # "child": the name stands in a pupils' register or a child's record


@dataclass(frozen=True, slots=True)
class Found:
    """A candidate as a source first gave it: ``by`` names the pass (and the recognizer, "patterns:Uk…")."""

    span: Span
    by: str


@dataclass(frozen=True, slots=True)
class Removal:
    """A candidate a negative removed (or cut down), the pass that did it, and the reason in words."""

    span: Span
    by: str
    reason: str


@dataclass(eq=False)
class Reading:
    text: str
    entries: tuple[KnownEntry, ...] = ()
    language: Language = ENGLISH
    spans: list[Span] = field(default_factory=list)
    known_matches: list[KnownMatch] = field(default_factory=list)
    # The model's raw ``(label, start, end)`` entities, and where it saw a name of any kind (a person, place or
    # organisation: its label for a rare name is often wrong, its boundary rarely).
    entities: list[tuple[str, int, int]] | None = None
    name_ranges: list[tuple[int, int]] = field(default_factory=list)
    names: NameIndex = field(default_factory=NameIndex)
    detections: list[Detection] = field(default_factory=list)
    found: list[Found] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    off: frozenset[str] = frozenset()  # passes switched off for this run (a negative is off wherever it applies)
    _tables: TableReading | None = field(default=None, repr=False)

    @property
    def tables(self) -> TableReading:
        """The text's tables and records, read once for every pass that needs them."""
        if self._tables is None:
            self._tables = read_tables(self.text)
        return self._tables

    @property
    def detected(self) -> list[Span]:
        """The candidates that are not the case record's matches."""
        return [s for s in self.spans if s.source != "known"]

    def add(self, spans: Iterable[Span], by: str) -> None:
        """New candidates from a source, logged as found by ``by``."""
        new = list(spans)
        self.spans.extend(new)
        self.found.extend(Found(s, by) for s in new)

    def keep_detected(self, kept: list[Span]) -> None:
        """Replace the detected candidates by ``kept``; the case record's matches stay, first."""
        self.spans = [s for s in self.spans if s.source == "known"] + kept

    def reject(self, span: Span, by: str, reason: str) -> None:
        self.removed.append(Removal(span, by, reason))
