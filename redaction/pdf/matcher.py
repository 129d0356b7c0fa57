"""Finding the identifiers to remove in page text: explicit terms, known identifiers, detectors.

Terms and known identifiers are matched on a *key*: the text decomposed (NFKD), case-folded, with
combining marks, whitespace and punctuation dropped, so a name split across operators, fonts,
streams or a hyphenated line wrap still matches, and so do ``03.07.2016`` for ``03/07/2016`` and
``Zoe`` for ``Zoë`` (over-matching is the safe direction). A match of a short key (under
:data:`BOUNDED_BELOW` characters) must also start and end at a word boundary in the text
(:func:`word_boundary`), so ``Leo`` does not blank ``Leonard`` and ``Lorem`` does not blank
``dolore magna``; a boundary is anything but two letters or two digits in a row of the same script,
or a lower-case letter before a capital (``DearMargaret``, where positioning, not a space, separated
the words). Longer keys match anywhere, as an outside checker searches: a name glued to the next
word by tight positioning (``Thornburyand``) is still found. Detector spans come from an injected *finder*
(``text -> spans``), so terms, known identifiers and areas work with or without the detectors; the
text pipeline's variants of the known identifiers ("M. Thornbury", "14.03.2014") come the same way.

The verifier uses the same :class:`Matcher`, so "redacted" and "verified" mean the same thing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from redaction.pdf.emptied import emptied_field_artefact, title_joined_by_wrap
from redaction.pdf.lowercase import ordinary_word_use
from redaction.spans import Span

__all__ = ["BOUNDED_BELOW", "Finder", "Hit", "Matcher", "Target", "normalise", "targets_from", "word_boundary"]

BOUNDED_BELOW = 8
ARTEFACT_TYPES = frozenset({"PERSON", "LOCATION"})  # what a break makes a capitalised word look like
_LINE_BREAK = re.compile(r"[ \t]*\n\s*")


def _address_breaks(text: str) -> list[tuple[int, int]]:
    """The line breaks (with the blanks around them) that fall inside an e-mail address: after its "@", before it,
    or after a "." or a "-" of its domain ("senco@st-brendans-\nrc.bolton.sch.uk"). No writer breaks an address
    there; a narrow cell or a text layer does."""
    breaks = []
    for match in _LINE_BREAK.finditer(text):
        start, end = match.span()
        before, after = text[max(0, start - 128):start], text[end:end + 128]
        head = before.rsplit(None, 1)[-1] if before.strip() else ""
        tail = after.split(None, 1)[0] if after.strip() else ""
        if not head or not tail:
            continue
        if ((head.endswith("@") and len(head) > 1 and tail[0].isalnum())
                or (tail.startswith("@") and len(tail) > 1 and tail[1].isalnum() and head[-1].isalnum())
                or (head.endswith(".") and "@" in head[1:-1] and (tail[0].islower() or tail[0].isdigit()))
                or (head.endswith("-") and "@" in head[1:-1] and (tail[0].islower() or tail[0].isdigit()))):
            breaks.append((start, end))
    return breaks

Finder = Callable[[str], Sequence[Span]]


class _KeyTable(dict[int, str]):
    """``str.translate`` table computed lazily: each distinct character is normalised once."""

    def __missing__(self, codepoint: int) -> str:
        if codepoint == 0xFFFD:  # a glyph we could not decode: ignored like a space, not a barrier
            self[codepoint] = ""
            return ""
        value = "".join(
            c for c in unicodedata.normalize("NFKD", chr(codepoint)).casefold()
            if unicodedata.category(c)[0] in "LNS" and unicodedata.category(c) != "Mn"
        )
        self[codepoint] = value
        return value


_KEYS = _KeyTable()
# What OCR confuses, folded on both sides when matching OCR text (over-matching is safe there).
_OCR_FOLD = str.maketrans("olizsbgq|", "011258991")


def normalise(text: str) -> str:
    """The matching key of ``text`` (see the module docstring)."""
    return text.translate(_KEYS)


@dataclass(frozen=True, slots=True)
class Target:
    """A string to remove, with its span type (``PERSON``, ``TERM``...) and where it came from."""

    text: str
    type: str
    source: str  # "term", "known", "detector", "ocr"
    key: str

    @classmethod
    def of(cls, text: str, type_: str, source: str) -> Target | None:
        key = normalise(text)
        return cls(text, type_, source, key) if key else None

    @property
    def bounded(self) -> bool:
        return len(self.key) < BOUNDED_BELOW


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    type: str
    source: str


def targets_from(
    terms: Iterable[str] = (), known: Mapping[str, Iterable[str]] | None = None
) -> list[Target]:
    targets: dict[str, Target] = {}
    for term in terms:
        target = Target.of(term, "TERM", "term")
        if target is not None:
            targets.setdefault(target.key, target)
    for type_, values in (known or {}).items():
        for value in values:
            target = Target.of(value, type_, "known")
            if target is not None:
                targets.setdefault(target.key, target)
    return list(targets.values())


def _key_with_offsets(text: str) -> tuple[str, list[int]]:
    key_chars: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        normal = _KEYS[ord(char)]
        for piece in normal:
            key_chars.append(piece)
            offsets.append(index)
    return "".join(key_chars), offsets


def _script(char: str) -> str:
    return unicodedata.name(char, "?").split(" ", 1)[0]  # LATIN, ARABIC, CYRILLIC...


def word_boundary(before: str, after: str) -> bool:
    """Whether a word can end between the characters ``before`` and ``after``."""
    if not (before.isalnum() and after.isalnum()):
        return True
    if before.isdigit() != after.isdigit():
        return True
    return (before.islower() and after.isupper()) or _script(before) != _script(after)


def _at_boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return word_boundary(before, text[start]) and word_boundary(text[end - 1], after)


def _broken_line_artefact(text: str, hit: Hit, wraps: Sequence[int], unwrapped_hits: Iterable[Hit]) -> bool:
    """``hit`` (found in the lines as broken) is one word taken for a person or place that opens a line a wrap
    begins or closes one a wrap ends, and no hit of the unwrapped reading overlaps it (see :meth:`Matcher.detect`).
    Only such words: dropping a wrapped line's address or school found only in the lines cost real secrets on the
    development sets (the geometry takes some real breaks for wraps)."""
    value = text[hit.start:hit.end]
    if not wraps or hit.type not in ARTEFACT_TYPES or not value.replace("-", "").replace("'", "").isalpha():
        return False  # one word only: an address, a school or a number cut by a break is kept
    line_start = text.rfind("\n", 0, hit.start)  # the break before the line (-1: none)
    line_end = text.find("\n", hit.end)
    opens = line_start in wraps and not any(char.isalnum() for char in text[line_start + 1:hit.start])
    closes = line_end in wraps and not any(char.isalnum() for char in text[hit.end:line_end])
    if not (opens or closes):
        return False
    return not any(other.start < hit.end and hit.start < other.end for other in unwrapped_hits)


class Matcher:
    """Targets matched by key, plus finders (``(source, text -> spans)``: the detectors, the
    text pipeline's variants of the known identifiers) run on whole texts."""

    def __init__(self, targets: Iterable[Target], *, finders: Sequence[tuple[str, Finder]] = ()) -> None:
        self.targets = list(targets)
        self.finders = tuple(finders)

    def with_targets(self, extra: Iterable[Target]) -> Matcher:
        known = {target.key for target in self.targets}
        added: dict[str, Target] = {}
        for target in extra:
            if target.key not in known:
                added.setdefault(target.key, target)
        return Matcher([*self.targets, *added.values()], finders=self.finders) if added else self

    def find_targets(self, text: str, *, ocr: bool = False) -> list[Hit]:
        """Occurrences of the targets (terms, known identifiers) in ``text``; ``ocr`` folds the
        characters OCR confuses (0/o, 1/l/i, 5/s...) on both sides."""
        if not self.targets or not text:
            return []
        key, offsets = _key_with_offsets(text)
        if ocr:
            key = key.translate(_OCR_FOLD)
        hits: list[Hit] = []
        for target in self.targets:
            wanted = target.key.translate(_OCR_FOLD) if ocr else target.key
            position = key.find(wanted)
            while position >= 0:
                start = offsets[position]
                end = offsets[position + len(wanted) - 1] + 1
                if ((not target.bounded or _at_boundary(text, start, end))
                        and not ordinary_word_use(target, text, start, end)):
                    hits.append(Hit(start, end, target.type, target.source))
                position = key.find(wanted, position + 1)
        return hits

    def detect(self, text: str, *, unwrapped: str | None = None, wraps: Sequence[int] = ()) -> list[Hit]:
        """What the finders report in ``text`` (offsets into ``text``), and in ``unwrapped``, the same text
        with the line breaks that only wrap a paragraph (``wraps``, their indexes) given as spaces (same length, so
        same offsets).

        A hit found only in the lines as broken, opening a line that a wrap begins or closing one that a wrap
        ends, and overlapping nothing found in the unwrapped sentence, is an artefact of the break: a capitalised word at a line's start reads
        as a name ("Vilnius,\nLithuania, my telephone"). The sentence as typed is the unwrapped one, so such a
        hit (one word, a person or place) is left out. A hit that spans
        the break itself is kept (the break may be a real one the geometry took for a wrap), and so is one inside
        a line (a record of a table export wrapped over lines: its unwrapped reading is one long run-on)."""
        if not self.finders or not text.strip():
            return []
        readings = [text]
        if unwrapped is not None and unwrapped != text and len(unwrapped) == len(text):
            readings.append(unwrapped)
        found: list[dict[tuple[int, int, str, str], Hit]] = []
        for reading in readings:
            hits: dict[tuple[int, int, str, str], Hit] = {}
            for source, finder in self.finders:
                for span in finder(reading):
                    if 0 <= span.start < span.end <= len(text):
                        hits.setdefault((span.start, span.end, span.type, source),
                                        Hit(span.start, span.end, span.type, source))
            found.append(hits)
        merged = dict(found[0])
        if len(found) > 1:
            merged = {key: hit for key, hit in merged.items()
                      if not _broken_line_artefact(text, hit, wraps, found[1].values())}
            for key, hit in found[1].items():
                if not title_joined_by_wrap(text, hit, wraps, found[0].values()):
                    merged.setdefault(key, hit)
        for hit in self._broken_addresses(text):
            merged.setdefault((hit.start, hit.end, hit.type, hit.source), hit)
        return [hit for hit in merged.values()
                if hit.source != "detector" or not emptied_field_artefact(text, hit.start, hit.end, hit.type)]

    def _broken_addresses(self, text: str) -> list[Hit]:
        """E-mail addresses the text layer broke over lines (see ``_address_breaks``): the finders read the text with
        those breaks closed, and an EMAIL hit across a closed break is mapped back onto the lines as broken."""
        breaks = _address_breaks(text)
        if not breaks:
            return []
        pieces: list[str] = []
        origin: list[int] = []  # per character of the closed reading: its offset in ``text``
        closed_at: list[int] = []  # offsets in the closed reading where a break was closed
        position = 0
        for start, end in breaks:
            pieces.append(text[position:start])
            origin.extend(range(position, start))
            closed_at.append(len(origin))
            position = end
        pieces.append(text[position:])
        origin.extend(range(position, len(text)))
        reading = "".join(pieces)
        hits = []
        for source, finder in self.finders:
            for span in finder(reading):
                if (span.type == "EMAIL" and 0 <= span.start < span.end <= len(reading)
                        and any(span.start < at < span.end for at in closed_at)):
                    hits.append(Hit(origin[span.start], origin[span.end - 1] + 1, span.type, source))
        return hits

    def first_in_blob(self, text: str, *, minimum_key: int = 1) -> Target | None:
        """A target occurring in ``text`` (raw channels: a fast key test first, the boundaries only
        where the key occurs). Keys shorter than ``minimum_key`` are skipped (binary data)."""
        candidates = [t for t in self.targets if len(t.key) >= minimum_key]
        if not candidates or not text:
            return None
        key = normalise(text)
        for target in candidates:
            if target.key in key and (not target.bounded or self.find_targets_for(text, target)):
                return target
        return None

    @staticmethod
    def find_targets_for(text: str, target: Target) -> bool:
        return bool(Matcher([target]).find_targets(text))
