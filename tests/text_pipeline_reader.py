"""A reader for the text pipeline's tests: the detector run with passes off, and whether a word was found."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from redaction.text.detector import Detector
from redaction.text.pipeline import Reading

__all__ = ["GERMAN", "WELSH", "Reader"]

WELSH = """Annwyl Mrs Gwenllian Pritchard,

Diolch am ddod i'r cyfarfod adolygiad blynyddol yn Ysgol Gynradd Bro Taf ddydd Llun. Roedd Osian yn hapus iawn \
yn y dosbarth ac mae ei athrawes, Miss Eleri Tomos, yn dweud bod ei ddarllen wedi gwella.
"""

GERMAN = """Sehr geehrte Frau Schneider,

vielen Dank für das Gespräch am Montag. Ihr Sohn Lukas hat in der Schule große Fortschritte gemacht. Die \
Lehrerin sagt, dass er beim Lesen und Schreiben viel Unterstützung braucht. Bitte bringen Sie die Unterlagen vom \
Kinderarzt mit.
"""


class Reader:
    def __init__(self, detector: Detector) -> None:
        self.detector = detector

    def read(self, text: str, *, off: Collection[str] = (), known: Mapping[str, Sequence[str]] | None = None) -> Reading:
        self.detector.passes_off = off
        try:
            return next(self.detector.read_many([text], known=known))
        finally:
            self.detector.passes_off = ()

    def found(self, text: str, word: str, *, off: Collection[str] = (),
              known: Mapping[str, Sequence[str]] | None = None) -> bool:
        """Whether every letter of ``word`` (its first occurrence) lies inside a detection."""
        start = text.index(word)
        spans = [d.span for d in self.read(text, off=off, known=known).detections]
        return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(word)) if text[i].isalnum())

    def touched(self, text: str, word: str, *, off: Collection[str] = (),
                known: Mapping[str, Sequence[str]] | None = None) -> bool:
        """Whether any detection overlaps ``word`` (its first occurrence)."""
        start = text.index(word)
        end = start + len(word)
        return any(d.span.start < end and start < d.span.end for d in self.read(text, off=off, known=known).detections)
