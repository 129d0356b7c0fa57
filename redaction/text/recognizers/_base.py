"""The recognizer shape every UK pattern recognizer shares.

A recognizer is data, in Presidio's style: class-level ``PATTERNS`` (``presidio_analyzer.Pattern``),
``CONTEXT`` words and a ``validate_result`` checksum. It *is* a Presidio ``PatternRecognizer``, so it can
be added to a stock ``AnalyzerEngine`` registry, but it also exposes :meth:`find`, which our thin engine
calls directly: Presidio's per-match bookkeeping (timestamps, explanations, logging) costs more than the
regex itself on short case notes.

Conventions beyond Presidio's:
- a pattern may capture the identifier in a group named ``id``: the label around it ("DOB:", "Ref")
  anchors the match but is not redacted;
- ``FLAGS`` are per recognizer (Presidio's default is case-insensitive, which breaks capital patterns);
- a match whose ``validate_result`` is ``False`` or ``invalidate_result`` is ``True`` is dropped; a
  ``True`` validation raises the score to 1.0; a context word in the ``CONTEXT_WINDOW`` characters
  before the match adds ``CONTEXT_BOOST``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import presidio_analyzer
import regex
from presidio_analyzer import PatternRecognizer, RecognizerResult

from redaction.spans import Span

__all__ = ["Pattern", "UkPatternRecognizer"]


class Pattern(presidio_analyzer.Pattern):
    """Presidio's ``Pattern``, compiled once: by its recognizer, with the recognizer's ``FLAGS``.

    Presidio's constructor compiles each regex once more, without flags, only to check it: for our
    patterns (long alternations, parsed by ``regex`` in Python) that was a fifth of a second of every
    start-up, spent on programs nothing runs. A malformed regex still fails when its recognizer is
    built, as every recognizer is by the detector (and by the tests).
    """

    def __init__(self, name: str, regex: str, score: float) -> None:  # not Presidio's: it compiles
        if not 0 <= score <= 1:
            raise ValueError(f"Invalid score: {score}. Score should be between 0 and 1")
        self.name = name
        self.regex = regex
        self.score = score
        self.compiled_regex = None
        self.compiled_with_flags = None


class UkPatternRecognizer(PatternRecognizer):
    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[list[Pattern]]
    CONTEXT: ClassVar[list[str]] = []
    FLAGS: ClassVar[int] = regex.MULTILINE
    CONTEXT_WINDOW: ClassVar[int] = 40
    CONTEXT_BOOST: ClassVar[float] = 0.3

    def __init__(self) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=self.FLAGS,
        )
        self._compiled = [(p, regex.compile(p.regex, self.FLAGS)) for p in self.PATTERNS]
        self._context = (
            regex.compile(r"\b(?:" + "|".join(regex.escape(c) for c in self.CONTEXT) + r")\b", regex.IGNORECASE)
            if self.CONTEXT
            else None
        )

    # -- our engine -------------------------------------------------------------------------
    def find(self, text: str) -> Iterator[Span]:
        for pattern, compiled in self._compiled:
            if not self.keep_pattern(pattern.name, text):
                continue
            for match in compiled.finditer(text):
                start, end = match.span("id") if "id" in compiled.groupindex else match.span()
                if start < 0 or start == end:
                    continue
                found = text[start:end]
                if self.invalidate_result(found) or not self.keep(pattern.name, found):
                    continue
                valid = self.validate_result(found)
                if valid is False:
                    continue
                score = 1.0 if valid else pattern.score
                if valid is None and self._context is not None and self._has_context(text, start):
                    score = min(1.0, score + self.CONTEXT_BOOST)
                yield Span(start, end, self.ENTITY, score, "pattern")

    def keep_pattern(self, pattern_name: str, text: str) -> bool:
        """Whether to run a pattern on this text at all (a cheap test that spares a costly pattern)."""
        return True

    def keep(self, pattern_name: str, found: str) -> bool:
        """A pattern-specific last check (Presidio's validation sees only the text, not the pattern)."""
        return True

    def _has_context(self, text: str, start: int) -> bool:
        assert self._context is not None
        return self._context.search(text, max(0, start - self.CONTEXT_WINDOW), start) is not None

    # -- Presidio's interface ----------------------------------------------------------------
    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # type: ignore[no-untyped-def]
        """Presidio entry point: the same matches as :meth:`find`, as ``RecognizerResult``."""
        return [
            RecognizerResult(span.type, span.start, span.end, span.score)  # a recognizer may retype ("CASE_REF")
            for span in self.find(text)
            if not entities or span.type in entities
        ]

    @staticmethod
    def digits(text: str) -> str:
        return "".join(ch for ch in text if ch.isdigit())
