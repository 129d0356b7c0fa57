"""What the case-study services take and return."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

__all__ = [
    "EXTENSIONS",
    "PURPOSE",
    "AreaInput",
    "CaseStudyInput",
    "CaseStudyItemView",
    "CaseStudyReview",
    "CaseStudyRevision",
    "CaseStudyState",
    "CaseStudySummary",
    "CaseStudyView",
    "ItemStatus",
    "PublicationPartView",
    "PublicationView",
    "SuspectView",
]

# A rendering's (and a published part's) file name extension, by the kind of its output.
EXTENSIONS = {"pdf": "pdf", "text": "txt", "eml": "eml", "docx": "docx", "odt": "odt"}
# The purpose a parent's consent names for this use (recipient kind "anyone"): published material is
# meant to be shared, so only a consent for anyone covers it.
PURPOSE = "training / case study"


class CaseStudyState(StrEnum):
    DRAFT = "draft"
    ACCEPTED = "accepted"  # the supporter's review is done; waiting for a coordinator
    PUBLISHED = "published"
    DISCARDED = "discarded"
    WITHDRAWN = "withdrawn"  # published, then taken down


class ItemStatus(StrEnum):
    READY = "ready"  # redacted and verified
    FAILED = "failed"  # could not be redacted or verified: the reason says why; blocks acceptance
    EXCLUDED = "excluded"  # left out by the reviewer
    REMOVED = "removed"  # its source was returned to the parent and destroyed


@dataclass(frozen=True)
class AreaInput:
    """A reviewer's box on a PDF item: ``item`` is its position (from 1), ``page`` from 1, PDF points."""

    item: int
    page: int
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class CaseStudyInput:
    title: str
    document_ids: tuple[str, ...] = ()
    note_ids: tuple[str, ...] = ()
    identifiers: dict[str, list[str]] = field(default_factory=dict)  # what the record lacks: SCHOOL, a sibling
    terms: tuple[str, ...] = ()
    retypeset: bool = False  # PDFs re-typeset from their redacted text instead of keeping the layout


@dataclass(frozen=True)
class CaseStudyRevision:
    """A reviewer's changes; everything adds to what was there, then the whole case study is run again."""

    terms: tuple[str, ...] = ()
    identifiers: dict[str, list[str]] = field(default_factory=dict)
    areas: tuple[AreaInput, ...] = ()
    exclude: tuple[int, ...] = ()  # item positions to leave out
    include: tuple[int, ...] = ()  # positions left out before, back in
    retypeset: bool | None = None
    title: str | None = None


@dataclass(frozen=True)
class CaseStudyItemView:
    position: int
    source_kind: str
    source_id: str
    source_title: str | None
    status: str
    output_kind: str | None
    content_type: str | None
    size: int | None
    counts: dict[str, int]
    reason: str | None
    report: dict[str, Any] | None  # spans or boxes, with the text found (the family's supporter only)


@dataclass(frozen=True)
class SuspectView:
    """Something the second reader left in a ready item for people to decide on: a ``finding`` (it is
    sure this identifies someone) or a ``suspect`` (it could). ``id`` is stable across runs of the case
    study; ``start``/``end`` are offsets into the text it was read in (the rendering, for a text item),
    ``location`` where a person finds it, ``page`` and ``box`` (PDF points) for a page where known.
    ``supporter`` and ``publisher``: their decisions (``decision`` confirmed or dismissed, ``by``,
    ``at``, ``reason``), or None while undecided."""

    id: str
    item: int
    kind: str  # finding, suspect
    text: str
    reason: str
    type: str | None
    start: int
    end: int
    location: str | None
    page: int | None
    box: list[float] | None
    supporter: dict[str, Any] | None
    publisher: dict[str, Any] | None


@dataclass(frozen=True)
class CaseStudyView:
    """The whole draft, for the family's supporter."""

    id: str
    case_id: str
    title: str
    state: str
    revision: int
    drafted_by: str
    drafted_at: datetime
    accepted_by: str | None
    consent: str  # given, restricted, missing, refused, withdrawn: the parent's answer for this purpose
    consent_note: str
    retypeset: bool
    identifiers: dict[str, list[str]]
    terms: list[str]
    areas: list[dict[str, float]]
    items: list[CaseStudyItemView]
    pseudonyms: list[dict[str, str]]
    verification_terms: list[str]
    history: list[dict[str, Any]]
    suspects: list[SuspectView] = field(default_factory=list)  # to confirm or dismiss before accepting


@dataclass(frozen=True)
class CaseStudySummary:
    id: str
    title: str
    state: str
    revision: int
    drafted_by: str
    drafted_at: datetime
    items: int
    ready: int
    failed: int
    consent: str


@dataclass(frozen=True)
class CaseStudyReview:
    """What a coordinator sees of an accepted case study: the renderings to read and the counts, and what
    the second reader left in them (with the supporter's decisions); never the identifiers found, the
    pseudonym map or the case it came from."""

    id: str
    title: str
    revision: int
    consent: str
    consent_note: str
    retypeset: bool
    items: list[dict[str, Any]]  # position, output_kind, content_type, size, counts
    suspects: list[SuspectView] = field(default_factory=list)  # with the supporter's decisions; to decide again


@dataclass(frozen=True)
class PublicationPartView:
    position: int
    kind: str
    content_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class PublicationView:
    id: str
    title: str
    published_at: datetime
    parts: list[PublicationPartView]
