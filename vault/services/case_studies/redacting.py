"""The redaction of one case study's sources: one engine per process, loaded on first use.

Loading the text pipeline (spaCy and the recognizers) takes seconds, so one redactor is kept per
process (``redaction.text.default_redactor``, which the PDF redactor's detectors share) and loaded
lazily, the first time a case study is drafted. Runs are serialised by one lock: the model is not
documented as safe to call from several threads at once, and one Python process computes on one core
anyway (``vault serve --workers`` gives parallelism). The API calls :meth:`CaseStudyRedactor.run`
from a worker thread, so the event loop keeps serving other requests meanwhile.

Each source goes by the type sniffed from its content (recorded at upload): text documents and notes
are redacted together (``texts``: one pseudonym per person across them), after a check that they are
prose (no base64, quoted-printable or MIME blocks); PDFs through ``pdfs``; every other type (e-mail,
Word, OpenDocument, and images once their redactor is installed) through ``formats``. Every path ends
in the same verdict (``redaction.formats.Verdict``): refused, and the item fails with the reason; or
verified, with what the second reader still found and suspects, each given a stable id here
(:func:`.review.identified`) for the supporter and the publisher to confirm or dismiss.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from vault.services.case_studies.formats import redact_other
from vault.services.case_studies.identifiers import Identifiers
from vault.services.case_studies.pdfs import redact_document
from vault.services.case_studies.review import identified
from vault.services.case_studies.texts import redact_texts

if TYPE_CHECKING:
    from redaction.text import TextRedactor

__all__ = ["CaseStudyRedactor", "ItemOutcome", "RunOutcome", "Source", "shared_redactor"]

PDF = "application/pdf"
LARGE = 1024 * 1024  # after a document this large, its parser's leftovers are collected before the next
TEXT = "text/plain; charset=utf-8"


@dataclass(frozen=True)
class Source:
    """One chosen document or note: its bytes (a note's text in UTF-8) and the type sniffed from them.

    A document's bytes may be read only when its turn comes (``load``, bounded by its recorded size), so
    a case study of many documents holds one of them in memory at a time, never all."""

    position: int
    kind: str  # document, note
    content_type: str
    data: bytes
    problem: str | None = None  # why its bytes were not read or could not be (type, size, damaged, missing)
    file_kind: str | None = None  # redaction.formats kind recorded at upload; None: sniffed here
    load: Callable[[], bytes] | None = None  # reads the bytes when they are needed (then ``data`` is unused)

    def read(self) -> tuple[bytes, str | None]:
        """The bytes, or why they could not be read (damaged, missing, larger than recorded)."""
        if self.load is None:
            return self.data, None
        from vault.errors import ContentUnavailable

        try:
            return self.load(), None
        except ContentUnavailable as error:
            return b"", str(error)

    @property
    def rendering(self) -> str:
        """The formats kind: text for a note, else what the content is (pdf, text, eml, docx ...)."""
        if self.kind == "note":
            return "text"
        if self.file_kind is not None:
            return self.file_kind
        from redaction.formats import sniff

        return sniff(self.data).kind


@dataclass(frozen=True)
class Instructions:
    identifiers: Identifiers  # the case's, the supporter's additions, the reviewer's terms
    reviewer_terms: tuple[str, ...] = ()
    areas: Mapping[int, Sequence[Any]] = field(default_factory=dict)  # position -> redaction.pdf.Area
    retypeset: bool = False
    pdf_seconds: float = 300.0
    max_text_chars: int = 2_000_000
    max_document_bytes: int = 64 * 1024 * 1024


@dataclass(frozen=True)
class ItemOutcome:
    position: int
    output_kind: str | None
    content_type: str | None
    data: bytes | None  # the verified rendering; None when the item failed
    report: dict[str, Any]
    reason: str | None = None

    @property
    def ready(self) -> bool:
        return self.data is not None


@dataclass(frozen=True)
class RunOutcome:
    items: list[ItemOutcome]
    pseudonyms: list[dict[str, str]]
    verification_terms: list[str]  # leaks verification found and removed as terms


class CaseStudyRedactor:
    def __init__(self, *, load: Callable[[], TextRedactor] | None = None) -> None:
        self._load = load
        self._lock = threading.Lock()
        self._redactor: TextRedactor | None = None

    def _text_redactor(self) -> TextRedactor:
        if self._redactor is None:
            if self._load is not None:
                self._redactor = self._load()
            else:
                from redaction.text import default_redactor

                self._redactor = default_redactor()
        return self._redactor

    def find(self, text: str, identifiers: Identifiers) -> list[str]:
        """The types of identifier found in a short text (a title): detectors and known identifiers."""
        with self._lock:
            spans = self._text_redactor().detect(text, known=identifiers.for_text())
        return sorted({span.type for span in spans if span.type != "DATE"})

    def run(self, sources: Sequence[Source], instructions: Instructions, *, progress: Progress | None = None,
            keep: Keep | None = None) -> RunOutcome:
        """Redact ``sources``; ``progress(done, total)`` after each item (it may raise to stop the run: a
        cancelled job); ``keep`` takes each ready item as it is made (to store its bytes at once) and
        returns what the outcome holds instead, so renderings are not all held in memory together."""
        with self._lock:
            return self._run(sources, instructions, _Tally(len(sources), progress, keep))

    def _run(self, sources: Sequence[Source], instructions: Instructions, tally: _Tally) -> RunOutcome:
        outcomes = tally.outcomes
        texts: list[tuple[int, str]] = []
        kinds = {source.position: source.rendering if source.problem is None else None for source in sources}
        for source in sources:
            if source.problem is not None:
                tally.add(_failed(source, source.problem))
            elif kinds[source.position] == "text":
                text, reason = _prose(source)
                if reason is not None:
                    tally.add(_failed(source, reason))
                else:
                    texts.append((source.position, text))
        total = sum(len(text) for _, text in texts)
        if total > instructions.max_text_chars:
            for position, _ in texts:
                tally.add(ItemOutcome(position, "text", None, None, {}, f"the texts of this case study hold {total} characters; at most {instructions.max_text_chars} are redacted in one case study"))
            texts = []
        identifiers = instructions.identifiers
        pseudonyms: list[dict[str, str]] = []
        added: list[str] = []
        if texts:
            from redaction.text import TextRedactionError
            from redaction.verify import VerifyError

            try:
                results, pseudonyms, added = redact_texts(self._text_redactor(), texts, identifiers)
            except (TextRedactionError, VerifyError, ValueError) as error:  # model missing, bad identifiers: fail closed
                results = []
                for position, _ in texts:
                    tally.add(ItemOutcome(position, "text", None, None, {}, f"identifier detection failed ({error})"))
            for result in results:
                data = result.text.encode("utf-8") if result.text is not None else None
                tally.add(ItemOutcome(result.position, "text", TEXT, data, result.report, result.reason))
        others = identifiers.with_additions({}, added)  # what the texts revealed is removed from the rest too
        for source in sources:
            kind = kinds[source.position]
            if source.position in outcomes or kind is None:
                continue
            data, problem = source.read()
            if problem is not None:
                tally.add(_failed(source, problem))
            elif kind == "pdf":
                pdf = redact_document(data, others, reviewer_terms=instructions.reviewer_terms,
                                      areas=instructions.areas.get(source.position, ()), retypeset=instructions.retypeset,
                                      seconds=instructions.pdf_seconds)
                tally.add(ItemOutcome(source.position, "pdf", PDF, pdf.data, pdf.report, pdf.reason))
            elif instructions.areas.get(source.position):
                tally.add(_failed(source, "areas mark PDF pages; this item is not a PDF: remove them"))
            else:
                item = redact_other(data, kind, others, seconds=instructions.pdf_seconds,
                                    max_bytes=instructions.max_document_bytes, redactor=self._text_redactor())
                tally.add(ItemOutcome(source.position, item.kind, item.content_type, item.data, item.report, item.reason))
            large = len(data) > LARGE
            del data  # the next document is read only now: one at a time in memory
            if large:  # a parser's reference cycles hold their copies of it until the cycle collector runs
                gc.collect()
        return RunOutcome([outcomes[source.position] for source in sources], pseudonyms, added)


Progress = Callable[[int, int], None]
Keep = Callable[[ItemOutcome], ItemOutcome]


class _Tally:
    """The items done so far: each given its findings' ids, handed to ``keep``, and counted."""

    def __init__(self, total: int, progress: Progress | None, keep: Keep | None) -> None:
        self.outcomes: dict[int, ItemOutcome] = {}
        self._total, self._progress, self._keep = total, progress, keep

    def add(self, item: ItemOutcome) -> None:
        item = _identified(item)
        if self._keep is not None and item.ready:
            item = self._keep(item)
        self.outcomes[item.position] = item
        if self._progress is not None:
            self._progress(len(self.outcomes), self._total)


def _identified(item: ItemOutcome) -> ItemOutcome:
    """A ready item's findings and suspects, each with its stable id."""
    if not item.ready:
        return item
    findings, suspects = identified(item.position, item.report.get("findings", []), item.report.get("suspects", []))
    return replace(item, report={**item.report, "findings": findings, "suspects": suspects})


def _prose(source: Source) -> tuple[str, str | None]:
    """A text document's or note's text, unless it cannot be read as prose (then the reason)."""
    from redaction.formats import UnsupportedFormatError
    from redaction.formats.plaintext import prose_of

    data, problem = source.read()
    if problem is not None:
        return "", problem
    try:
        return prose_of(data), None
    except UnsupportedFormatError as error:
        return "", str(error)


def _failed(source: Source, reason: str) -> ItemOutcome:
    kind = source.file_kind or ("text" if source.kind == "note" else None)
    return ItemOutcome(source.position, kind, None, None, {}, reason)


_SHARED = CaseStudyRedactor()


def shared_redactor() -> CaseStudyRedactor:
    """The process's one redactor (the model loads when it is first used, not when the vault opens)."""
    return _SHARED
