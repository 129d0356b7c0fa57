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
pattern crosses and that the reader is told to ignore; every offset is mapped back to its own text. A
text met twice in one document (a body read in the rounds and again from the written file, a quoted
message) is read once (:class:`ReadCache`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from redaction.formats.errors import LimitExceededError, VerificationError
from redaction.verify import ENCODED, Finding, Suspect, VerifyError, VerifyLimitError, known_leaks, non_prose

__all__ = ["BARRIER", "Page", "Placed", "ReadCache", "Reread", "reread"]

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


class ReadCache:
    """What the second reader made of each text of one document: the rounds and the final check of an
    e-mail meet many of the same texts (a body redacted is the body read back), and the answer for the
    same text, replacements and known identifiers is the same. One per document, dropped with it."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, tuple[tuple[int, int], ...], str], tuple[list[Finding], list[Suspect]]] = {}

    def get(self, key: tuple[str, tuple[tuple[int, int], ...], str]) -> tuple[list[Finding], list[Suspect]] | None:
        return self._seen.get(key)

    def put(self, key: tuple[str, tuple[tuple[int, int], ...], str], value: tuple[list[Finding], list[Suspect]]) -> None:
        self._seen[key] = value


def reread(texts: Iterable[tuple[str, str]], *, known: Mapping[str, Sequence[str]] | None,
           labels: Iterable[str] = (), read: bool = True, encoded: bool = True, reader: Any = None,
           pages: Mapping[str, Page] | None = None, cache: ReadCache | None = None) -> Reread:
    """``texts``: (where, text) pairs read back from the output; ``labels``: the replacements written.
    ``read`` False: the literal checks only (text read out of a binary file, the raw message);
    ``encoded`` False: encoded blocks are not looked for (a PDF's text, a raw message with its own
    base64). ``reader``: a second reader to use instead of the shared one (tests). ``pages``: for the
    texts (by where) read from a page, the page, so a suspect gets its page number and box. ``cache``:
    the document's earlier readings (a text read before, or twice in this call, is read once)."""
    pieces = [(where, text) for where, text in texts if text.strip()]
    if not pieces:
        return Reread()
    ordered = sorted({label for label in labels if label.strip()}, key=len, reverse=True)
    regions = [tuple(sorted(_label_regions(text, ordered))) for _, text in pieces]
    try:
        local = _read(pieces, regions, known, reader, cache) if read else _literal(pieces, regions, known, encoded)
    except VerifyLimitError as error:
        raise LimitExceededError(f"the output is beyond the second reader's limits ({error})") from error
    except VerifyError as error:
        raise VerificationError(f"the output could not be verified: the second reader is not available ({error})"
                                ) from error
    result = Reread()
    for (where, text), ignore, (found, suspects) in zip(pieces, regions, local, strict=True):
        page = (pages or {}).get(where)
        blocks = [(f.start, f.end) for f in found if f.type == ENCODED] if encoded else []
        for finding in found:
            if finding.type == ENCODED and not encoded:
                continue
            if finding.type != ENCODED and _overlaps(finding.start, finding.end, blocks):
                continue  # words the reader made of an encoded block: the block itself is refused
            placed = _placed(finding, where, text, ignore, page)
            (result.refused if finding.reader in ("known", "encoding") else result.findings).append(placed)
        result.suspects += [_suspect(suspect, where, text, page) for suspect in suspects
                            if not _overlaps(suspect.start, suspect.end, blocks)]
    return result


Local = tuple[list[Finding], list[Suspect]]  # one text's findings and suspects, offsets into it


def _read(pieces: Sequence[tuple[str, str]], regions: Sequence[tuple[tuple[int, int], ...]],
          known: Mapping[str, Sequence[str]] | None, reader: Any, cache: ReadCache | None) -> list[Local]:
    """The second reader over the texts not read before, joined and read once; each text's share."""
    from redaction.verify import second_reader

    cache = cache if cache is not None else ReadCache()
    known_key = repr(sorted((key, list(values)) for key, values in (known or {}).items()))
    keys = [(text, ignore, known_key) for (_, text), ignore in zip(pieces, regions, strict=True)]
    todo = list(dict.fromkeys(key for key in keys if cache.get(key) is None))
    if todo:
        joined, starts, ignore = _joined([(key[0], key[1]) for key in todo])
        reading = (reader or second_reader()).read(joined, known=known, ignore=ignore)
        for key, share in zip(todo, _split(reading.findings, reading.suspects, [k[0] for k in todo], starts),
                              strict=True):
            cache.put(key, share)
    return [cache.get(key) or ([], []) for key in keys]


def _literal(pieces: Sequence[tuple[str, str]], regions: Sequence[tuple[tuple[int, int], ...]],
             known: Mapping[str, Sequence[str]] | None, encoded: bool) -> list[Local]:
    joined, starts, ignore = _joined([(text, region) for (_, text), region in zip(pieces, regions, strict=True)])
    found = known_leaks(joined, known, ignore=ignore)
    found += [Finding(ENCODED, b.start, b.end, "", "encoding") for b in non_prose(joined) if encoded]
    return _split(found, [], [text for _, text in pieces], starts)


def _joined(pieces: Sequence[tuple[str, tuple[tuple[int, int], ...]]]) -> tuple[str, list[int], list[tuple[int, int]]]:
    """The texts joined by the barrier; where each starts; the barriers and every text's replacements."""
    starts: list[int] = []
    ignore: list[tuple[int, int]] = []
    cursor = 0
    for index, (text, regions) in enumerate(pieces):
        if index:
            ignore.append((cursor, cursor + len(BARRIER)))
            cursor += len(BARRIER)
        starts.append(cursor)
        ignore += [(cursor + a, cursor + b) for a, b in regions]
        cursor += len(text)
    return BARRIER.join(text for text, _ in pieces), starts, sorted(ignore)


def _split(found: Sequence[Finding], suspects: Sequence[Suspect], texts: Sequence[str],
           starts: Sequence[int]) -> list[Local]:
    """Findings and suspects of a joined text, given back to their own texts (clipped to them)."""
    shares: list[Local] = [([], []) for _ in texts]
    for finding in found:
        index, start, end = _share(finding.start, finding.end, texts, starts)
        if start < end:
            text = finding.text if finding.type == ENCODED else texts[index][start:end]
            shares[index][0].append(replace(finding, start=start, end=end, text=text))
    for suspect in suspects:
        index, start, end = _share(suspect.start, suspect.end, texts, starts)
        if start < end:
            shares[index][1].append(replace(suspect, start=start, end=end))
    return shares


def _share(start: int, end: int, texts: Sequence[str], starts: Sequence[int]) -> tuple[int, int, int]:
    """(which text, start, end within it) of a joined span; start >= end when nothing of it is text."""
    index = max(bisect.bisect_right(starts, start) - 1, 0)
    local = start - starts[index]
    return index, local, min(end - starts[index], len(texts[index])) if local >= 0 else local


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


def _placed(finding: Finding, where: str, text: str, ignore: Sequence[tuple[int, int]], page: Page | None) -> Placed:
    start, end = finding.start, finding.end
    surface = "".join(" " if any(a <= i < b for a, b in ignore) else text[i] for i in range(start, end))
    surface = " ".join(surface.split()).strip(" ,.;:'’()[]<>")
    return Placed(where, finding, surface, _location(where, text, start), page.number if page is not None else None,
                  page.box(start, end) if page is not None else None)


def _location(where: str, text: str, start: int) -> str:
    line = f"line {text.count(chr(10), 0, start) + 1}"
    return f"{where}, {line}" if where else line


def _suspect(suspect: Suspect, where: str, text: str, page: Page | None) -> Suspect:
    return replace(suspect, location=_location(where, text, suspect.start),
                   page=page.number if page is not None else suspect.page,
                   box=page.box(suspect.start, suspect.end) if page is not None else suspect.box)
