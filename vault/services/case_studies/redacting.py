"""The redaction of one case study's sources: one engine per process, loaded on first use.

Loading the text pipeline (spaCy and the recognizers) takes seconds, so one redactor is kept per
process (``redaction.text.default_redactor``, which the PDF redactor's detectors share) and loaded
lazily, the first time a case study is drafted. Runs are serialised by one lock: the model is not
documented as safe to call from several threads at once, and one Python process computes on one core
anyway (``vault serve --workers`` gives parallelism). The API calls :meth:`CaseStudyRedactor.run`
from a worker thread, so the event loop keeps serving other requests meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vault.services.case_studies.identifiers import Identifiers
from vault.services.case_studies.pdfs import redact_document
from vault.services.case_studies.texts import redact_texts

if TYPE_CHECKING:
    from redaction.text import TextRedactor

__all__ = ["CaseStudyRedactor", "ItemOutcome", "RunOutcome", "Source", "shared_redactor"]

PDF = "application/pdf"
TEXT = "text/plain; charset=utf-8"


@dataclass(frozen=True)
class Source:
    """One chosen document or note: its bytes (a note's text in UTF-8) and what kind it claims to be."""

    position: int
    kind: str  # document, note
    content_type: str
    data: bytes
    problem: str | None = None  # why its bytes could not be read (damaged, missing from the store)

    @property
    def rendering(self) -> str | None:
        """pdf, text, or None for what cannot be redacted."""
        if self.kind == "note":
            return "text"
        if self.content_type == "application/pdf" or self.data[:5] == b"%PDF-":
            return "pdf"
        if self.content_type.startswith("text/"):
            return "text"
        return None


@dataclass(frozen=True)
class Instructions:
    identifiers: Identifiers  # the case's, the supporter's additions, the reviewer's terms
    reviewer_terms: tuple[str, ...] = ()
    areas: Mapping[int, Sequence[Any]] = field(default_factory=dict)  # position -> redaction.pdf.Area
    retypeset: bool = False
    pdf_seconds: float = 300.0
    max_text_chars: int = 2_000_000


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

    def run(self, sources: Sequence[Source], instructions: Instructions) -> RunOutcome:
        with self._lock:
            return self._run(sources, instructions)

    def _run(self, sources: Sequence[Source], instructions: Instructions) -> RunOutcome:
        outcomes: dict[int, ItemOutcome] = {}
        texts: list[tuple[int, str]] = []
        for source in sources:
            rendering = source.rendering
            if source.problem is not None:
                outcomes[source.position] = _failed(source, source.problem)
            elif rendering is None:
                outcomes[source.position] = _failed(source, f"only PDF and plain-text documents can be redacted (this one is {source.content_type})")
            elif rendering == "text":
                try:
                    texts.append((source.position, source.data.decode("utf-8-sig")))
                except UnicodeDecodeError:
                    outcomes[source.position] = _failed(source, "the text is not UTF-8: save it as UTF-8 text and upload it again")
        total = sum(len(text) for _, text in texts)
        if total > instructions.max_text_chars:
            for position, _ in texts:
                outcomes[position] = ItemOutcome(position, "text", None, None, {}, f"the texts of this case study hold {total} characters; at most {instructions.max_text_chars} are redacted in one case study")
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
                    outcomes[position] = ItemOutcome(position, "text", None, None, {}, f"identifier detection failed ({error})")
            for result in results:
                data = result.text.encode("utf-8") if result.text is not None else None
                outcomes[result.position] = ItemOutcome(result.position, "text", TEXT, data, result.report, result.reason)
        pdf_identifiers = identifiers.with_additions({}, added)  # what the texts revealed is removed from PDFs too
        for source in sources:
            if source.position in outcomes or source.rendering != "pdf":
                continue
            pdf = redact_document(source.data, pdf_identifiers, reviewer_terms=instructions.reviewer_terms,
                                  areas=instructions.areas.get(source.position, ()), retypeset=instructions.retypeset,
                                  seconds=instructions.pdf_seconds)
            outcomes[source.position] = ItemOutcome(source.position, "pdf", PDF, pdf.data, pdf.report, pdf.reason)
        return RunOutcome([outcomes[source.position] for source in sources], pseudonyms, added)


def _failed(source: Source, reason: str) -> ItemOutcome:
    return ItemOutcome(source.position, source.rendering, None, None, {}, reason)


_SHARED = CaseStudyRedactor()


def shared_redactor() -> CaseStudyRedactor:
    """The process's one redactor (the model loads when it is first used, not when the vault opens)."""
    return _SHARED
