"""The second read of a format redactor's output (fail closed), over texts extracted from the written
bytes by an independent route (for an e-mail: a fresh parse, every header decoded, every body and
attachment decoded).

Three checks on each text:
- the case's known identifiers, literally, in every written form a leak takes (NFKC, any case,
  letter-spaced, zero-width characters and soft hyphens, any spacing of a number): a hit is a *known*
  leak, and the caller refuses the output (``VerificationError``);
- the text detectors, outside the replacements the redactor wrote: what they find is reported as
  the second reader's findings and suspects, for the caller to decide on (a case study blocks);
- non-prose blocks (base64, quoted-printable ...): an encoded block in an output is a known leak too,
  since nothing in it was read.

(Written against the ``redaction.verify`` interface; the integrator switches it to the shared second
reader when that lands.)
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from redaction.formats.encoded import describe, find_non_prose

if TYPE_CHECKING:
    from redaction.text import TextRedactor

__all__ = ["DetectionCache", "Finding", "Reading", "Suspect", "known_leaks", "reread"]

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_INITIALS = re.compile(r"[A-Z]{1,4}")
_NUMBER_TYPES = frozenset({"PHONE", "NHS_NUMBER", "NI_NUMBER", "UPN", "ULN", "CASE_REF", "POSTCODE", "DATE_OF_BIRTH"})


@dataclass(frozen=True, slots=True)
class Suspect:
    start: int
    end: int
    text: str
    reason: str
    location: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    where: str
    type: str
    text: str
    known: bool  # a known identifier (or an encoded block): the output must not be released

    def to_json(self) -> dict[str, Any]:
        return {"where": self.where, "type": self.type, "text": self.text, "known": self.known}


@dataclass
class Reading:
    findings: list[Finding] = field(default_factory=list)
    suspects: list[Suspect] = field(default_factory=list)

    @property
    def known(self) -> list[Finding]:
        return [f for f in self.findings if f.known]

    @property
    def second_reader(self) -> list[Finding]:
        return [f for f in self.findings if not f.known]


class DetectionCache:
    """A redactor whose ``detect`` remembers its answers for one document: the rounds' check and the
    final read-back of the written file meet many of the same texts (a body decoded is the body
    redacted), and the detectors' answer for the same text and identifiers is the same."""

    def __init__(self, redactor: TextRedactor) -> None:
        self._redactor = redactor
        self._seen: dict[tuple[str, str, bool], Any] = {}

    def redact(self, text: str, **options: Any) -> Any:
        return self._redactor.redact(text, **options)

    def detect(self, text: str, *, known: Mapping[str, Sequence[str]] | None = None, detectors: bool = True) -> Any:
        key = (text, repr(sorted((known or {}).items())), detectors)
        if key not in self._seen:
            self._seen[key] = self._redactor.detect(text, known=known, detectors=detectors)
        return self._seen[key]


def reread(texts: Iterable[tuple[str, str]], *, known: Mapping[str, Sequence[str]] | None, labels: Iterable[str],
           redactor: TextRedactor | None, detect: bool, non_prose: bool = True) -> Reading:
    """``texts``: (where, text) pairs read back from the output; ``labels``: the replacements written.
    ``redactor`` None: the literal checks only; ``non_prose`` False: encoded blocks are not looked for
    (text read out of a binary file, or a raw message with its own base64)."""
    labels = sorted({label for label in labels if label}, key=len, reverse=True)
    reading = Reading()
    for where, text in texts:
        if not text.strip():
            continue
        regions = _label_regions(text, labels)
        for block in find_non_prose(text) if non_prose else ():
            reading.findings.append(Finding(where, f"encoded:{block.kind}", describe(text, block), True))
        for kind, start, end in known_leaks(text, known):
            if not _inside(start, end, regions):
                reading.findings.append(Finding(where, kind, text[start:end], True))
        if redactor is None:
            continue
        for span in redactor.detect(text, known=dict(known) if known else None, detectors=detect):
            if span.type == "DATE" or _inside(span.start, span.end, regions):
                continue
            surface = _outside(text, span.start, span.end, regions)
            if not surface:
                continue
            is_known = span.source in ("known", "term")
            reading.findings.append(Finding(where, span.type, surface, is_known))
            if not is_known:
                reading.suspects.append(Suspect(span.start, span.end, surface, f"{span.type} ({span.source})", where))
    reading.findings = list(dict.fromkeys(reading.findings))
    return reading


def known_leaks(text: str, known: Mapping[str, Sequence[str]] | None) -> list[tuple[str, int, int]]:
    """Literal occurrences of the known identifiers, as (type, start, end) in ``text``."""
    if not known:
        return []
    folded = {case: _fold(text, fold_case=case) for case in (True, False)}
    hits: list[tuple[str, int, int]] = []
    for key, values in known.items():
        kind = key.partition(":")[0]
        for value in values:
            for pattern, fold_case in _patterns(kind, value):
                view, index = folded[fold_case]
                for match in pattern.finditer(view):
                    if match.end() > match.start():
                        hits.append((kind, index[match.start()], index[match.end() - 1] + 1))
    return sorted(set(hits), key=lambda hit: hit[1:])


def _fold(text: str, *, fold_case: bool) -> tuple[str, list[int]]:
    """NFKC, invisible characters dropped (and case folded); with each character's source offset."""
    chars: list[str] = []
    index: list[int] = []
    for offset, char in enumerate(text):
        piece = unicodedata.normalize("NFKC", char).translate(_INVISIBLE)
        for folded in piece.casefold() if fold_case else piece:
            chars.append(folded)
            index.append(offset)
    return "".join(chars), index


def _patterns(kind: str, value: str) -> list[tuple[re.Pattern[str], bool]]:
    """(pattern, over case-folded text?) for each written form of ``value`` a leak takes."""
    value = unicodedata.normalize("NFKC", value).strip()
    if not value or (kind == "PERSON" and _INITIALS.fullmatch(value)):
        return []
    folded: list[str] = []
    if kind in _NUMBER_TYPES:
        for digits in _digit_forms(kind, value):
            folded.append(r"(?<!\d)" + r"\D{0,3}".join(digits) + r"(?!\d)")
    if kind == "DATE_OF_BIRTH":
        folded += [_spaced(words) for words in _date_words(value)]
    compact = [c for c in value.casefold() if c.isalnum()]
    if len(compact) >= 5:
        # Any spacing or punctuation between the characters: letter-spaced, hyphenated, wrapped.
        folded.append(_BOUND_L + r"[\W_]{0,3}".join(map(re.escape, compact)) + _BOUND_R)
    elif compact:
        folded.append(_BOUND_L + r"\s*".join(map(re.escape, compact)) + _BOUND_R)
    patterns = [(re.compile(p), True) for p in folded]
    words = value.split()
    if kind == "PERSON" and len(words) > 1 and len(words[-1]) >= 3:
        # The surname alone, as written (capitalised), also glued on in camel case ('LeoWhitfield') and
        # as the family ('the Whitfields'); the redactor's own check is the same, without those two.
        surname = re.escape(words[-1])
        patterns.append((re.compile(rf"(?:{_BOUND_L}|(?<=[a-z])){surname}(?:['’]?s)?{_BOUND_R}"), False))
    return patterns


_BOUND_L, _BOUND_R = r"(?<![^\W\d_])", r"(?![^\W\d_])"  # no letter either side: a digit is no part of a name
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


def _spaced(words: str) -> str:
    return _BOUND_L + r"[\s,]+".join(map(re.escape, words.split())) + _BOUND_R


def _date(value: str) -> dt.date | None:
    for form in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(value, form).date()
        except ValueError:
            continue
    return None


def _digit_forms(kind: str, value: str) -> list[str]:
    digits = re.sub(r"\D", "", value)
    day = _date(value) if kind == "DATE_OF_BIRTH" else None
    if day is None:
        return [digits] if len(digits) >= 8 else []
    d, m, y = f"{day.day:02d}", f"{day.month:02d}", f"{day.year:04d}"
    return list(dict.fromkeys([d + m + y, y + m + d, m + d + y, d + m + y[2:]]))


def _date_words(value: str) -> list[str]:
    day = _date(value)
    if day is None:
        return []
    month, n = _MONTHS[day.month - 1], day.day
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return [f"{n} {month} {day.year}", f"{n}{suffix} {month} {day.year}", f"{month} {n} {day.year}",
            f"{month} {n}{suffix} {day.year}", f"{n} {month[:3]} {day.year}"]


def _label_regions(text: str, labels: Sequence[str]) -> list[tuple[int, int]]:
    regions = []
    for label in labels:
        start = text.find(label)
        while start >= 0:
            regions.append((start, start + len(label)))
            start = text.find(label, start + 1)
    return regions


def _inside(start: int, end: int, regions: Sequence[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in regions)


def _outside(text: str, start: int, end: int, regions: Sequence[tuple[int, int]]) -> str:
    """The part of ``text[start:end]`` that is not a replacement."""
    kept = "".join(" " if any(a <= i < b for a, b in regions) else text[i] for i in range(start, end))
    return " ".join(kept.split()).strip(" ,.;:'’()[]<>")
