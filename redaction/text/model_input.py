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
from redaction.text.english import is_common_word, is_english_word, looks_like_a_typo
from redaction.text.lexicons import ACRONYMS, FIELD_VALUE_STOPWORDS, NOT_NAMES
from redaction.text.names import strip_possessive

__all__ = ["REACHES", "ModelInput", "model_input"]

_LINE = regex.compile(r"[^\n]+")
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’\-]*")
_OPENS = regex.compile(r"(?:^|[.!?:;•*\-–—\"“(]\s*|\s{2,})$")
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}@./\-])\p{Ll}[\p{Ll}\p{M}'’\-]*\p{Ll}(?![\p{L}\p{N}@])")
_CONFIDENT = 0.7
_VERB_AFTER = regex.compile(
    r"['’]s\b|[ ]+(?:(?:also|still|now|then|really|never|always|often|usually|just)[ ]+)?"
    r"(?:is|was|has|had|said|says|told|feels|felt|wants|wanted|likes|loves|enjoys|needs|attends|attended|can|could"
    r"|will|would|did|does|doesn't|didn't|gets|got|went|goes|came|comes|lives|struggles|finds|found|seems|started"
    r"|starts|reported|reports|explained|asked|agreed|rang|phoned|called|thinks|thought|worries|refuses|uses"
    r"|receives|remains|continues|should|may|might|must|copes|became|responds|prefers|hopes|plans)\b"
)


@dataclass(frozen=True, slots=True)
class ModelInput:
    """The text the model reads and, per kept line, ``(model_start, text_start, length)``."""

    text: str
    pieces: tuple[tuple[int, int, int], ...]

    def entities(self, found: Sequence[tuple[str, int, int]]) -> Iterator[tuple[str, int, int]]:
        """``(label, start, end)`` of the model's entities in the original text, cut at kept-line ends."""
        starts = [model_start for model_start, _, _ in self.pieces]  # ascending: the pieces are in text order
        for label, start, end in found:
            # The pieces an entity can touch begin at the last piece starting at or before it.
            for index in range(max(0, bisect_right(starts, start) - 1), len(self.pieces)):
                model_start, text_start, length = self.pieces[index]
                if model_start >= end:
                    break
                lo, hi = max(start, model_start), min(end, model_start + length)
                if lo < hi:
                    yield label, text_start + lo - model_start, text_start + hi - model_start


REACHES = ("names", "subjects", "capitals", "all")


def _explained(word: str, line_start: int, position: int, line: str, reach: str) -> bool:
    bare = word.rstrip("'’").removesuffix("'s").removesuffix("’s")
    if len(bare) < 2 or bare in NOT_NAMES or bare.capitalize() in NOT_NAMES or bare.upper() in ACRONYMS:
        return True
    if bare.isupper() or reach == "capitals":
        return False
    opens = _OPENS.search(line, 0, position - line_start) is not None
    if not opens or not is_common_word(bare):
        return False
    # "Tyrone has settled", "Precious also attends": an opening dictionary word before a verb may be a name.
    return reach == "names" or _VERB_AFTER.match(line, position - line_start + len(word)) is None


def model_input(text: str, found: Sequence[Span], *, reach: str = "names", truecase: bool = True) -> ModelInput:
    """The lines of ``text`` the model should read, given the spans the recognizers ``found``. ``reach``:
    ``names`` (lines with a capitalised word nothing explains), ``subjects`` (also an opening dictionary
    word before a verb: "Tyrone has settled"), ``capitals`` (any capitalised word but headings and roles),
    ``all`` (every line with a word that could be a name: any word, in any case, outside the confident spans
    and not a heading, role, title or acronym)."""
    covered = _Covered(found)
    parts: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    model_length = 0
    for line in _LINE.finditer(text):
        start, end = line.span()
        if reach == "all":
            if not _may_hold_a_name(text, start, end, covered):
                continue
        elif not any(not _explained(w.group(), start, w.start(), line.group(), reach) and not covered.holds(w.start(), w.end())
                     for w in _CAPITALISED.finditer(text, start, end)) and not _unusual_lower(text, start, end, covered):
            continue
        if parts:
            model_length += 1  # the line break joining two kept lines
        line_text = line.group()
        if truecase:
            line_text = _truecased(text, start, end)
        pieces.append((model_length, start, end - start))
        parts.append(line_text)
        model_length += end - start
    return ModelInput("\n".join(parts), tuple(pieces))


_WORD = regex.compile(r"[\p{L}][\p{L}\p{M}'’\-]*")


def _may_hold_a_name(text: str, start: int, end: int, covered: _Covered) -> bool:
    """Whether a line has a word, in any case, that is not already inside a confident span and is not a word
    that is never a name (headings, roles, titles, organisation words, days, acronyms): a line of labels and
    identifiers the recognizers already found ("Tel: 07700 900123", "NHS No:") gives the model nothing."""
    for word in _WORD.finditer(text, start, end):
        bare = strip_possessive(word.group())
        if len(bare) < 2 or bare in NOT_NAMES or bare.capitalize() in NOT_NAMES or bare.upper() in ACRONYMS:
            continue
        if not covered.holds(word.start(), word.end()):
            return True
    return False


def _name_like(word: str) -> bool:
    return (len(word) > 2 and not is_common_word(word) and word not in FIELD_VALUE_STOPWORDS
            and word.upper() not in ACRONYMS and not looks_like_a_typo(word))


def _unusual_lower(text: str, start: int, end: int, covered: _Covered) -> bool:
    """A line typed in lower case with a word no dictionary has ("spoke to kerry"): a name, maybe."""
    return any(not covered.holds(w.start(), w.end()) and _name_like(w.group())
               for w in _LOWER_WORD.finditer(text, start, end))


def _truecased(text: str, start: int, end: int) -> str:
    """The line as the model should read it: a lower-case word no dictionary has is capitalised ("orla had a
    hard weekend" -> "Orla had ..."), since the model tells names by their capitals. Lengths are kept, so its
    entities map back to the text unchanged."""
    line = text[start:end]
    # Not a word of the wider dictionary either ("input", "dystrophy"): a capital would make it a name.
    words = [w for w in _LOWER_WORD.finditer(text, start, end) if _name_like(w.group()) and not is_english_word(w.group())]
    if not words:
        return line
    chars = list(line)
    for word in words:
        chars[word.start() - start] = chars[word.start() - start].upper()
    return "".join(chars)


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
