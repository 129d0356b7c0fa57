"""What the model reads: only the lines where it can add something.

spaCy's NER is most of the pipeline's time, and its time grows with the tokens it reads. The model
finds names, places and organisations, which case notes write capitalised; so a line is worth the
model's time only when it holds a capitalised word that nothing else explains yet: not inside a
confident span a recognizer already found, not a word that is never a name (headings, roles, days,
acronyms), and not an ordinary dictionary word opening a sentence ("Thank", "Meetings"). Blank lines,
numbers, lower-case prose of dictionary words and lines the patterns fully cover are left out (a
lower-case line with a word no dictionary has is kept: in a message that may be a name). The kept lines are joined by line breaks, so the model still reads each line whole with its
neighbours kept; its entity offsets are mapped back to the text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate

import regex

from redaction.spans import Span
from redaction.text.english import is_common_word, looks_like_a_typo
from redaction.text.lexicons import ACRONYMS, FIELD_VALUE_STOPWORDS, NOT_NAMES

__all__ = ["ModelInput", "model_input"]

_LINE = regex.compile(r"[^\n]+")
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’\-]*")
_OPENS = regex.compile(r"(?:^|[.!?:;•*\-–—\"“(]\s*|\s{2,})$")
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}@./\-])\p{Ll}[\p{Ll}\p{M}'’\-]*\p{Ll}(?![\p{L}\p{N}@])")
_CONFIDENT = 0.7


@dataclass(frozen=True, slots=True)
class ModelInput:
    """The text the model reads and, per kept line, ``(model_start, text_start, length)``."""

    text: str
    pieces: tuple[tuple[int, int, int], ...]

    def entities(self, found: Sequence[tuple[str, int, int]]) -> Iterator[tuple[str, int, int]]:
        """``(label, start, end)`` of the model's entities in the original text, cut at kept-line ends."""
        for label, start, end in found:
            for model_start, text_start, length in self.pieces:
                lo, hi = max(start, model_start), min(end, model_start + length)
                if lo < hi:
                    yield label, text_start + lo - model_start, text_start + hi - model_start


def _explained(word: str, line_start: int, position: int, line: str) -> bool:
    bare = word.rstrip("'’").removesuffix("'s").removesuffix("’s")
    if len(bare) < 2 or bare in NOT_NAMES or bare.capitalize() in NOT_NAMES or bare.upper() in ACRONYMS:
        return True
    if bare.isupper():
        return False
    opens = _OPENS.search(line, 0, position - line_start) is not None
    return opens and is_common_word(bare)


def model_input(text: str, found: Sequence[Span]) -> ModelInput:
    """The lines of ``text`` the model should read, given the spans the recognizers ``found``."""
    covered = _Covered(found)
    parts: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    model_length = 0
    for line in _LINE.finditer(text):
        start, end = line.span()
        if not any(not _explained(w.group(), start, w.start(), line.group()) and not covered.holds(w.start(), w.end())
                   for w in _CAPITALISED.finditer(text, start, end)) and not _unusual_lower(text, start, end, covered):
            continue
        if parts:
            model_length += 1  # the line break joining two kept lines
        pieces.append((model_length, start, end - start))
        parts.append(line.group())
        model_length += end - start
    return ModelInput("\n".join(parts), tuple(pieces))


def _unusual_lower(text: str, start: int, end: int, covered: _Covered) -> bool:
    """A line typed in lower case with a word no dictionary has ("spoke to kerry"): a name, maybe."""
    for word in _LOWER_WORD.finditer(text, start, end):
        bare = word.group()
        if len(bare) > 2 and not covered.holds(word.start(), word.end()) and not is_common_word(bare) \
                and bare not in FIELD_VALUE_STOPWORDS and bare.upper() not in ACRONYMS and not looks_like_a_typo(bare):
            return True
    return False


class _Covered:
    """The confident spans, for "is this word inside one?" in logarithmic time: spans sorted by start, with
    the furthest end reached by any span starting at or before each."""

    def __init__(self, found: Sequence[Span]) -> None:
        spans = sorted((s.start, s.end) for s in found if s.score >= _CONFIDENT)
        self.starts = [start for start, _ in spans]
        self.reach = list(accumulate((end for _, end in spans), max))

    def holds(self, start: int, end: int) -> bool:
        index = bisect_right(self.starts, start) - 1
        return index >= 0 and self.reach[index] >= end
