"""Other people's information in a subject access response, found before it is released.

The redaction engine reads every text the response would release (notes, the free-text fields of
consents and disclosures, each document's text) with the family's own identifiers as known ones; what
it finds that is not the requester's family and not a member of staff acting in their role (another
child, another family, a social worker, a doctor) becomes an item the supporter decides: redact or
keep, with a reason. A document whose text cannot be read is one item for the whole document (keep it
whole or withhold it). Nothing here touches the database: the service stores and audits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from redaction.spans import Span

__all__ = [
    "REDACTED",
    "THIRD_PARTY_TYPES",
    "UNREADABLE",
    "Detect",
    "Found",
    "ReviewSource",
    "apply_redactions",
    "default_detect",
    "document_texts",
    "find_third_parties",
    "pdf_without",
]

# What identifies a person; organisations, schools, places and ordinary dates are not someone's data.
THIRD_PARTY_TYPES = frozenset(
    {"PERSON", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "DATE_OF_BIRTH", "NHS_NUMBER", "NI_NUMBER", "UPN", "ULN"}
)
UNREADABLE = "UNREADABLE"
REDACTED = "[redacted: someone else's information]"
CONTEXT_CHARS = 60
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "master"})
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")

# (text, known identifiers) -> spans with offsets into text
Detect = Callable[[str, Mapping[str, Sequence[str]]], list[Span]]


@dataclass(frozen=True)
class ReviewSource:
    """One text the response releases: a record's field (``notes.json``, note id, ``body``), or a
    document's text part (``document``, document id, ``"0"``); ``text`` None: unreadable."""

    source: str
    source_id: str
    field: str
    text: str | None


@dataclass(frozen=True)
class Found:
    source: str
    source_id: str
    field: str
    start: int
    end: int
    span_type: str
    text: str
    context: str


def default_detect(text: str, known: Mapping[str, Sequence[str]]) -> list[Span]:
    from redaction.text import detect

    return detect(text, known=known)


def find_third_parties(
    sources: Iterable[ReviewSource], *, family: Mapping[str, Sequence[str]], staff_names: Iterable[str], detect: Detect
) -> list[Found]:
    """Every span of someone other than the family or staff acting in role, in reading order."""
    ours = _Ours(family, staff_names)
    found: list[Found] = []
    for source in sources:
        if source.text is None:
            found.append(Found(source.source, source.source_id, source.field, 0, 0, UNREADABLE, "", ""))
            continue
        taken: list[Span] = []
        for span in sorted(detect(source.text, family), key=lambda s: (s.start, -s.end)):
            if span.source == "known" or span.type not in THIRD_PARTY_TYPES or any(span.overlaps(t) for t in taken):
                continue
            value = source.text[span.start : span.end]
            if ours.holds(span.type, value):
                continue
            taken.append(span)
            found.append(Found(source.source, source.source_id, source.field, span.start, span.end, span.type, value,
                               _context(source.text, span.start, span.end)))
    return found


def apply_redactions(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each ``(start, end)`` replaced by :data:`REDACTED` (overlaps merged)."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in reversed(merged):
        text = text[:start] + REDACTED + text[end:]
    return text


def document_texts(data: bytes) -> list[str] | None:
    """The texts of a document as the redaction engine reads them; None when it holds none it can read
    (an image, a scan without text, a format nobody reads)."""
    from redaction.formats import FormatError, output_texts, sniff

    kind = sniff(data).kind
    try:
        if kind == "text":
            texts = [data.decode("utf-8", errors="replace")]
        elif kind in ("image", "unknown", "zip"):
            return None
        else:
            texts = [text for _, text in output_texts(data, kind)]
    except (FormatError, ValueError, OSError):
        return None
    texts = [t for t in texts if t.strip()]
    return texts or None


def pdf_without(data: bytes, terms: Sequence[str], *, seconds: float = 120.0) -> bytes | None:
    """A PDF with ``terms`` removed where they are drawn (``redaction.pdf``, verified by it), checked
    again here: none of them may be left in its text, in any spacing or case. None when it is not a
    PDF, cannot be redacted, or the check fails (the caller then gives a text copy instead)."""
    from redaction.formats import FormatError, output_texts, sniff
    from redaction.pdf import Limits, PdfRedactionError, redact_pdf

    if sniff(data).kind != "pdf" or not terms:
        return None
    try:
        out = redact_pdf(data, terms=list(terms), detect=False, limits=Limits(max_seconds=seconds)).pdf_bytes
        left = _norm(" ".join(text for _, text in output_texts(out, "pdf")))
    except (PdfRedactionError, FormatError, ValueError, OSError):
        return None
    if any(_norm(term) and _norm(term) in left for term in terms):
        return None
    return out


class _Ours:
    """The requester's family's identifiers and the staff's names, compared loosely (case, spacing,
    titles; phone numbers by their digits)."""

    def __init__(self, family: Mapping[str, Sequence[str]], staff_names: Iterable[str]) -> None:
        self.values: set[str] = set()
        self.words: set[str] = set()
        self.digits: set[str] = set()
        for values in family.values():
            for value in values:
                self._add(value)
        for name in staff_names:
            self._add(name)

    def _add(self, value: str) -> None:
        self.values.add(_norm(value))
        self.words.update(w for w in _words(value) if len(w) > 1)
        digits = re.sub(r"\D", "", value)
        if len(digits) >= 6:
            self.digits.add(digits[-10:])

    def holds(self, span_type: str, value: str) -> bool:
        if _norm(value) in self.values:
            return True
        if span_type == "PHONE":
            digits = re.sub(r"\D", "", value)
            return len(digits) >= 6 and digits[-10:] in self.digits
        if span_type == "PERSON":
            words = [w for w in _words(value) if w not in _TITLES]
            return bool(words) and all(w in self.words for w in words)
        return False


def _words(value: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(value)]


def _norm(value: str) -> str:
    return " ".join(_words(value))


def _context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - CONTEXT_CHARS) : start]
    after = text[end : end + CONTEXT_CHARS]
    return " ".join(f"{before}[{text[start:end]}]{after}".split())
