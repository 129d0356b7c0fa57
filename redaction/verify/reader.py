"""The second reader: what a redacted output still holds, read by detectors other than the redactor's.

Its parts, each over the whole text (every line):

* ``encoding`` (:mod:`.encoded`): base64, quoted-printable, MIME, uuencode, hex, ``data:`` blocks;
* ``known`` (:mod:`.known`): the case's own identifiers in every written form;
* ``shape`` (:mod:`.shapes`): identifier shapes and checksums;
* ``phonenumbers`` (:mod:`.phones`): telephone numbers of any country;
* ``presidio`` (:mod:`.presidio_reader`): stock Presidio, every recognizer, the full spaCy pipeline;
* ``gazetteer`` (:mod:`redaction.gazetteer`): every word looked up as a first name or surname.

What blocks release (a **finding**): an encoded block, a known identifier, a checksum-valid health
number, an NI number, a postcode in capitals, an e-mail address, a handle or a social-media profile
path, a telephone number, a vehicle registration, a sort code or account number after its cue,
Presidio's own checksum or high-score pattern hits, and a person's name that two readers agree on
(the model calls it a person and the gazetteer knows it as a name that is not an ordinary word, or
as a name-word written mid-sentence with a capital: "asked Will to").

What goes to the reviewer (a **suspect**): a gazetteer name standing alone; a capitalised word that is
neither an English word, nor in the reader's own vocabulary, nor one of our labels ("name-like
word"); a place the model names that is not a country or a large city ("rare place word"); numbers
and codes in identifier shapes; words mixing scripts, or holding replacement characters ("unreadable
text"). Our own replacements (``ignore``, and the labels' shapes) are never either.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from redaction.text.language import language_of
from redaction.verify.encoded import non_prose
from redaction.verify.errors import VerifyLimitError
from redaction.verify.known import known_leaks
from redaction.verify.names import weigh_words
from redaction.verify.phones import phone_numbers
from redaction.verify.presidio_reader import PresidioReader
from redaction.verify.shapes import looks_like_date, shapes
from redaction.verify.types import ENCODED, Finding, Reading, Suspect
from redaction.verify.vocabulary import LABEL

__all__ = ["MAX_CHARS", "Reader", "SecondReader", "check_length", "second_reader", "start_second_reader"]

MAX_CHARS = 5_000_000
VALIDATED = 0.99  # Presidio gives a checksum-validated hit the top score (1.0)
PRESIDIO_SURE = 0.5
# Types that are an identifier whatever recognizer found them; other pattern hits are findings only
# when validated (a regex-only hit of another country's plate or licence matches dates and words).
PRESIDIO_IDENTIFIERS = frozenset({"EMAIL_ADDRESS", "PHONE_NUMBER", "UK_NHS", "UK_NINO", "CREDIT_CARD", "IBAN_CODE",
                                  "IP_ADDRESS", "CRYPTO", "US_SSN", "UK_PASSPORT", "UK_DRIVING_LICENCE"})
# Plates, licences and postal codes are "validated" by a format check only: never findings on their own.
_WEAKLY_VALIDATED = re.compile(r"PLATE|VEHICLE|KFZ|LICEN[CS]E|POSTAL|PLZ|ZIP")
PRESIDIO_SHAPED = 0.4  # below it, noise (the regex-only recognizers of other countries score 0.01-0.3)
_NER_TYPES = frozenset({"PERSON", "LOCATION", "NRP", "DATE_TIME", "ORGANIZATION", "URL"})
_TOKEN = re.compile(r"\S+")


class Reader(Protocol):
    """What reads an output: :class:`SecondReader`, or the same served by a child process (:mod:`.forked`)."""

    def read(self, text: str, *, known: Mapping[str, Sequence[str]] | None = None,
             ignore: Sequence[tuple[int, int]] = ()) -> Reading: ...


def check_length(text: str, max_chars: int = MAX_CHARS) -> None:
    if len(text) > max_chars:
        raise VerifyLimitError(f"the text holds {len(text)} characters; the second reader reads at most {max_chars}")


class SecondReader:
    def __init__(self, *, presidio: PresidioReader | None = None, max_chars: int = MAX_CHARS) -> None:
        self.presidio = presidio or PresidioReader()
        self.max_chars = max_chars

    def read(self, text: str, *, known: Mapping[str, Sequence[str]] | None = None,
             ignore: Sequence[tuple[int, int]] = ()) -> Reading:
        check_length(text, self.max_chars)
        ignored = sorted([*ignore, *((m.start(), m.end()) for m in LABEL.finditer(text))])
        findings: list[Finding] = []
        suspects: list[Suspect] = []

        def outside(start: int, end: int) -> bool:
            return not _covered(start, end, ignored)

        for block in non_prose(text):
            if outside(block.start, block.end):
                findings.append(Finding(ENCODED, block.start, block.end, _clip(text[block.start:block.end]), "encoding"))
        findings += known_leaks(text, known, ignore=ignored)
        for shape in shapes(text):
            if not outside(shape.start, shape.end):
                continue
            if shape.sure:
                findings.append(Finding(shape.type, shape.start, shape.end, text[shape.start:shape.end], "shape"))
            else:
                suspects.append(Suspect(shape.start, shape.end, text[shape.start:shape.end], "identifier-shaped number"))
        for start, end in phone_numbers(text):
            if outside(start, end):
                findings.append(Finding("PHONE_NUMBER", start, end, text[start:end], "phonenumbers"))
        persons, places = self._presidio(text, outside, findings, suspects)
        for match in _TOKEN.finditer(text):  # first: a word no matcher can read is that before anything else
            if _unreadable(match.group()) and outside(match.start(), match.end()):
                suspects.append(Suspect(match.start(), match.end(), match.group(), "unreadable text"))
        language = language_of(text)  # ordinary words of another language are words to this reader too
        for verdict in weigh_words(text, ignored=ignored, persons=persons, places=places, language=language):
            if verdict.verdict == "person":
                findings.append(Finding("PERSON", verdict.start, verdict.end, verdict.text, "gazetteer+ner",
                                        verdict.strength))
            else:
                suspects.append(Suspect(verdict.start, verdict.end, verdict.text, verdict.verdict))
        return _reading(text, findings, suspects)

    def _presidio(self, text: str, outside: Callable[[int, int], bool], findings: list[Finding],
                  suspects: list[Suspect]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Presidio's person and place spans; its identifier hits as findings (validated, or of a type
        that is an identifier whatever its score) or suspects (a shaped pattern hit)."""
        persons, places = [], []
        for result in self.presidio.analyze(text):
            start, end, kind = result.start, result.end, result.entity_type
            if kind == "PERSON":
                persons.append((start, end))
            elif kind == "LOCATION":
                places.append((start, end))
            elif kind in _NER_TYPES or not outside(start, end) or looks_like_date(text[start:end]):
                continue
            elif (result.score >= VALIDATED and not _WEAKLY_VALIDATED.search(kind)) or (
                    kind in PRESIDIO_IDENTIFIERS and result.score >= PRESIDIO_SURE):
                findings.append(Finding(kind, start, end, text[start:end], "presidio", result.score))
            elif result.score >= PRESIDIO_SHAPED and any(c.isdigit() for c in text[start:end]):
                suspects.append(Suspect(start, end, text[start:end], "identifier-shaped number"))
        return persons, places


def _unreadable(word: str) -> bool:
    """Letters of several scripts in one word (a Cyrillic "а" inside a Latin name hides it from
    every matcher), or the replacement character."""
    if "\ufffd" in word:
        return True
    scripts = {_script(c) for c in word if c.isalpha()}
    return len(scripts) > 1


def _script(char: str) -> str:
    import unicodedata

    return unicodedata.name(char, "?").split(" ", 1)[0]


def _covered(start: int, end: int, regions: Sequence[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in regions)


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _reading(text: str, findings: list[Finding], suspects: list[Suspect]) -> Reading:
    """Sorted, duplicates dropped, a suspect inside a finding dropped, each suspect with its line."""
    unique = {(f.start, f.end, f.type): f for f in findings}
    ordered = sorted(unique.values(), key=lambda f: (f.start, f.end, f.type))
    lines = [0] + [m.end() for m in re.finditer("\n", text)]
    kept: dict[tuple[int, int], Suspect] = {}
    for suspect in sorted(suspects, key=lambda s: (s.start, s.end)):
        if _overlaps(suspect.start, suspect.end, [(f.start, f.end) for f in ordered]):
            continue
        line = bisect.bisect_right(lines, suspect.start)
        kept.setdefault((suspect.start, suspect.end), Suspect(suspect.start, suspect.end, suspect.text, suspect.reason,
                                                              f"line {line}"))
    return Reading(ordered, list(kept.values()))


_SHARED: Reader | None = None
_LOCK = threading.Lock()


def second_reader() -> Reader:
    """The process's one second reader (Presidio and spaCy load on its first read, the gazetteer too;
    or in its own process, since :func:`start_second_reader`)."""
    global _SHARED
    with _LOCK:
        if _SHARED is None:
            _SHARED = SecondReader()
        return _SHARED


def start_second_reader() -> None:
    """Have the shared second reader load now, beside whatever the caller loads next (the first reader):
    in a forked process of its own where that runs in parallel (:mod:`.forked`); else it loads on its
    first read, as before. What it reads and says is the same either way. A no-op once it exists."""
    from redaction.verify.forked import ForkedReader, worthwhile

    global _SHARED
    with _LOCK:
        if _SHARED is None and worthwhile():
            _SHARED = ForkedReader()
