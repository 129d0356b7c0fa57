"""The second read of a format redactor's output (fail closed): one verifier for every format.

Each format extracts what its written output holds by a route of its own (an e-mail: a fresh
``compat32`` parse, every header, body and attachment decoded; Word/OpenDocument: a fresh zip read of
every XML part; a PDF: its page text) and hands the texts here as (where, text) pairs. Then, through
:mod:`redaction.verify`:

* ``known_leaks``: the case's known identifiers and terms in every written form (NFKC, letter-spaced,
  zero-width characters, any spacing of a number), outside our own replacements: **refused**;
* ``non_prose``: an encoded block left in a text, which no reader could check: **refused**;
* ``second_reader()``: a reader of another kind than the redactor (stock Presidio with every
  recognizer over the full spaCy pipeline, phonenumbers, the names gazetteer, shape rules): its
  findings are reported for the caller to decide on (a case study blocks on them; the CLI exits
  non-zero), its suspects go to the reviewer, each with where it was read.

The texts of one output are read together (one pass of the reader), joined by a barrier that no
pattern crosses and that the reader is told to ignore; every offset is mapped back to its own text.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from redaction.formats.errors import LimitExceededError, VerificationError
from redaction.verify import ENCODED, Finding, Suspect, VerifyError, VerifyLimitError, known_leaks, non_prose

__all__ = ["BARRIER", "Page", "Placed", "Reread", "reread"]

# A letter of a script no identifier is written in, between blank lines: no literal pattern runs over
# it (a name or number pattern needs its own letters or digits next), and the reader ignores it.
BARRIER = "\n\n\u0f00\n\n"


class Page(Protocol):
    """A text read from a page, which can say where on the page a stretch of it is."""

    @property
    def number(self) -> int: ...

    def box(self, start: int, end: int) -> tuple[float, float, float, float] | None: ...


@dataclass(frozen=True, slots=True)
class Placed:
    """A finding and where it was read; its offsets are into that text. ``surface``: what of it is
    original text (our replacements blanked), the term to remove it by; ``location`` where a person
    finds it (its line); ``page`` and ``box`` for text read from a page."""

    where: str
    finding: Finding
    surface: str
    location: str | None = None
    page: int | None = None
    box: tuple[float, float, float, float] | None = None

    @property
    def type(self) -> str:
        return self.finding.type

    @property
    def text(self) -> str:
        return self.finding.text

    def to_json(self) -> dict[str, Any]:
        row = {"where": self.where, **self.finding.to_json(), "location": self.location}
        if self.page is not None:
            row.update(page=self.page, box=None if self.box is None else [round(v, 2) for v in self.box])
        return row


@dataclass
class Reread:
    refused: list[Placed] = field(default_factory=list)  # known identifiers, encoded blocks: never released
    findings: list[Placed] = field(default_factory=list)  # the second reader is sure: the caller decides
    suspects: list[Suspect] = field(default_factory=list)  # for the reviewer

    def refusal(self, what: str, *, kind: str) -> VerificationError:
        """The error to raise for the refused findings (kinds and places, never the text)."""
        kinds = ", ".join(sorted({placed.type for placed in self.refused}))
        places = ", ".join(sorted({placed.where for placed in self.refused if placed.where}))
        where = f" ({places})" if places else ""
        return VerificationError(f"verification failed: {kinds} still in {what}{where}; add them as terms and run "
                                 "again", kind=kind, where=places, what=kinds)

    def extend(self, other: Reread) -> None:
        self.refused += other.refused
        self.findings += other.findings
        self.suspects += other.suspects


def reread(texts: Iterable[tuple[str, str]], *, known: Mapping[str, Sequence[str]] | None,
           labels: Iterable[str] = (), read: bool = True, encoded: bool = True, reader: Any = None,
           pages: Mapping[str, Page] | None = None) -> Reread:
    """``texts``: (where, text) pairs read back from the output; ``labels``: the replacements written.
    ``read`` False: the literal checks only (text read out of a binary file, the raw message);
    ``encoded`` False: encoded blocks are not looked for (a PDF's text, a raw message with its own
    base64). ``reader``: a second reader to use instead of the shared one (tests). ``pages``: for the
    texts (by where) read from a page, the page, so a suspect gets its page number and box."""
    pieces = [(where, text) for where, text in texts if text.strip()]
    if not pieces:
        return Reread()
    ordered = sorted({label for label in labels if label.strip()}, key=len, reverse=True)
    joined, starts, ignore = _joined(pieces, ordered)
    try:
        if read:
            from redaction.verify import second_reader

            reading = (reader or second_reader()).read(joined, known=known, ignore=ignore)
            found, suspects = reading.findings, reading.suspects
        else:
            found = known_leaks(joined, known, ignore=ignore)
            found += [Finding(ENCODED, b.start, b.end, "", "encoding") for b in non_prose(joined) if encoded]
            suspects = []
    except VerifyLimitError as error:
        raise LimitExceededError(f"the output is beyond the second reader's limits ({error})") from error
    except VerifyError as error:
        raise VerificationError(f"the output could not be verified: the second reader is not available ({error})"
                                ) from error
    result = Reread()
    blocks = [(f.start, f.end) for f in found if f.type == ENCODED] if encoded else []
    for finding in found:
        if finding.type == ENCODED and not encoded:
            continue
        if finding.type != ENCODED and _overlaps(finding.start, finding.end, blocks):
            continue  # words the reader made of an encoded block: the block itself is refused
        placed = _placed(finding, pieces, starts, ignore, pages or {})
        if placed is None:
            continue
        (result.refused if finding.reader in ("known", "encoding") else result.findings).append(placed)
    result.suspects = [s for s in (_suspect(suspect, pieces, starts, pages or {}) for suspect in suspects
                                   if not _overlaps(suspect.start, suspect.end, blocks)) if s is not None]
    return result


def _joined(pieces: Sequence[tuple[str, str]], labels: Sequence[str]) -> tuple[str, list[int], list[tuple[int, int]]]:
    starts: list[int] = []
    ignore: list[tuple[int, int]] = []
    cursor = 0
    for index, (_, text) in enumerate(pieces):
        if index:
            ignore.append((cursor, cursor + len(BARRIER)))
            cursor += len(BARRIER)
        starts.append(cursor)
        ignore += [(cursor + a, cursor + b) for a, b in _label_regions(text, labels)]
        cursor += len(text)
    return BARRIER.join(text for _, text in pieces), starts, sorted(ignore)


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


def _label_regions(text: str, labels: Sequence[str]) -> list[tuple[int, int]]:
    regions = []
    for label in labels:
        start = text.find(label)
        while start >= 0:
            regions.append((start, start + len(label)))
            start = text.find(label, start + 1)
    return regions


def _locate(start: int, pieces: Sequence[tuple[str, str]], starts: Sequence[int]) -> tuple[int, int]:
    """(index of the piece, its start in the joined text) for a joined offset."""
    index = max(bisect.bisect_right(starts, start) - 1, 0)
    return index, starts[index]


def _placed(finding: Finding, pieces: Sequence[tuple[str, str]], starts: Sequence[int],
            ignore: Sequence[tuple[int, int]], pages: Mapping[str, Page]) -> Placed | None:
    index, offset = _locate(finding.start, pieces, starts)
    where, text = pieces[index]
    start = max(finding.start - offset, 0)
    end = min(finding.end - offset, len(text))
    if start >= end:
        return None
    surface = "".join(" " if any(a <= offset + i < b for a, b in ignore) else text[i] for i in range(start, end))
    surface = " ".join(surface.split()).strip(" ,.;:'’()[]<>")
    shown = finding.text if finding.type == ENCODED else text[start:end]
    page = pages.get(where)
    return Placed(where, replace(finding, start=start, end=end, text=shown), surface, _location(where, text, start),
                  page.number if page is not None else None, page.box(start, end) if page is not None else None)


def _location(where: str, text: str, start: int) -> str:
    line = f"line {text.count(chr(10), 0, start) + 1}"
    return f"{where}, {line}" if where else line


def _suspect(suspect: Suspect, pieces: Sequence[tuple[str, str]], starts: Sequence[int],
             pages: Mapping[str, Page]) -> Suspect | None:
    index, offset = _locate(suspect.start, pieces, starts)
    where, text = pieces[index]
    start, end = suspect.start - offset, min(suspect.end - offset, len(text))
    if start < 0 or start >= end:
        return None
    page = pages.get(where)
    return replace(suspect, start=start, end=end, location=_location(where, text, start),
                   page=page.number if page is not None else suspect.page,
                   box=page.box(start, end) if page is not None else suspect.box)
