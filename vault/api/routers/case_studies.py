"""Case studies and publications (policy 003: cases used as case studies, identifying details removed).

Drafting, revising and publishing run the redaction (seconds; the text model loads on the first one in
a server process) in a worker thread of their own, one at a time per process, so the event loop and
the thread pool that serves every other request are never held up by it.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Response
from pydantic import BaseModel, ConfigDict, Field

from vault.api.deps import CurrentActor, VaultDep
from vault.api.routers.jobs import accepted
from vault.api.streams import content_disposition
from vault.services import (
    AreaInput,
    CaseStudyInput,
    CaseStudyReview,
    CaseStudyRevision,
    CaseStudySummary,
    CaseStudyView,
    PublicationView,
    SuspectView,
)
from vault.jobs import JobView
from vault.text_rules import Id, Line, Name, Paragraphs

router = APIRouter(tags=["case studies"])
published = APIRouter(prefix="/published", tags=["publications"])

_BINARY: dict[int | str, dict[str, Any]] = {200: {"content": {"application/pdf": {}, "text/plain": {}}, "description": "the file's bytes"}}
Position = Annotated[int, Path(ge=1, description="the item's (or part's) position, from 1")]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)  # text fields: vault.text_rules


class CaseStudyIn(_In):
    title: Name = Field(description="published as it is: checked to identify nobody", examples=["Challenging a draft EHC plan"])
    document_ids: list[Id] = Field([], description="documents of the case (PDF or plain text)")
    note_ids: list[Id] = []
    identifiers: dict[Name, list[Line]] = Field({}, description="what the case record does not hold, by type "
                                              "(SCHOOL, PERSON, PERSON:child, ADDRESS, PHONE, ...)",
                                              examples=[{"SCHOOL": ["Fellside Primary School"]}])
    terms: list[Line] = Field([], description="further strings to remove wherever they occur")
    retypeset: bool = Field(False, description="PDFs re-typeset from their redacted text (nothing of the original file kept)")


class AreaIn(_In):
    item: int = Field(ge=1)
    page: int = Field(ge=1)
    x0: float
    y0: float
    x1: float
    y1: float


class RevisionIn(_In):
    terms: list[Line] = []
    identifiers: dict[Name, list[Line]] = {}
    areas: list[AreaIn] = Field([], description="boxes on PDF items, in PDF points of the unrotated page")
    exclude: list[int] = Field([], description="item positions to leave out")
    include: list[int] = Field([], description="item positions left out before, back in")
    retypeset: bool | None = None
    title: Name | None = None


class SendBackIn(_In):
    reason: Paragraphs = Field(description="what the supporter must look at (kept sealed with the case)")


class DecisionIn(_In):
    reason: Paragraphs | None = Field(None, description="why (kept sealed with the case); needed to dismiss a finding")


SuspectId = Annotated[str, Path(pattern=r"^[fs][0-9a-f]{12}$", description="a finding's or suspect's id")]


@router.post("/cases/{case_id}/case-studies", status_code=202)
def draft(case_id: str, body: CaseStudyIn, response: Response, actor: CurrentActor, vault: VaultDep) -> JobView:
    """Draft a case study from the case's documents and notes (the family's supporter, with the parent's
    consent for 'anyone', purpose 'training / case study'), as a job: ``202`` with its URL. Each item is
    redacted and verified, or has the reason it could not be; the job's summary names the case study;
    nobody but the family's supporter sees the draft."""
    new = CaseStudyInput(title=body.title, document_ids=tuple(body.document_ids), note_ids=tuple(body.note_ids),
                         identifiers=body.identifiers, terms=tuple(body.terms), retypeset=body.retypeset)
    return accepted(response, vault.case_studies.draft(actor, case_id, new))


@router.get("/cases/{case_id}/case-studies")
def list_case_studies(case_id: str, actor: CurrentActor, vault: VaultDep) -> list[CaseStudySummary]:
    return vault.case_studies.list(actor, case_id)


@router.get("/case-studies/queue")
def queue(actor: CurrentActor, vault: VaultDep) -> list[CaseStudyReview]:
    """Accepted case studies waiting for a coordinator (titles and counts only)."""
    return vault.publishing.queue(actor)


@router.get("/case-studies/{case_study_id}")
def read(case_study_id: str, actor: CurrentActor, vault: VaultDep) -> CaseStudyView:
    """The whole draft: what was found in each item (with the text found), the pseudonyms, reasons."""
    return vault.case_studies.read(actor, case_study_id)


@router.get("/case-studies/{case_study_id}/items/{position}/content", response_class=Response, responses=_BINARY)
def rendering(case_study_id: str, position: Position, actor: CurrentActor, vault: VaultDep) -> Response:
    """An item's redacted rendering, to read: the supporter's draft, or an accepted one for a coordinator."""
    shown = vault.case_studies.rendering(actor, case_study_id, position)
    return Response(shown.data, media_type=shown.content_type, headers={"Content-Disposition": content_disposition(shown.filename)})


@router.post("/case-studies/{case_study_id}/revisions", status_code=202)
def revise(case_study_id: str, body: RevisionIn, response: Response, actor: CurrentActor, vault: VaultDep) -> JobView:
    """Add terms, identifiers or areas, leave items out or back in, change the rendering or title; the
    whole case study is redacted again (so pseudonyms stay consistent) and goes back to draft (a job:
    ``202`` with its URL)."""
    change = CaseStudyRevision(
        terms=tuple(body.terms), identifiers=body.identifiers,
        areas=tuple(AreaInput(**area.model_dump()) for area in body.areas),
        exclude=tuple(body.exclude), include=tuple(body.include), retypeset=body.retypeset, title=body.title,
    )
    return accepted(response, vault.case_studies.revise(actor, case_study_id, change))


@router.get("/case-studies/{case_study_id}/suspects")
def suspects(case_study_id: str, actor: CurrentActor, vault: VaultDep) -> list[SuspectView]:
    """What the second reader left in the draft's ready items: its findings (it is sure) and suspects
    (it could be), each with a stable id, its place, and the decisions taken. All need the supporter's
    decision before the draft can be accepted."""
    return vault.case_studies.suspects(actor, case_study_id)


@router.post("/case-studies/{case_study_id}/suspects/{suspect_id}/confirm", status_code=202)
def confirm(case_study_id: str, suspect_id: SuspectId, response: Response, actor: CurrentActor,
            vault: VaultDep) -> JobView:
    """It identifies someone: it becomes a term and the whole case study runs again (a job: ``202``)."""
    return accepted(response, vault.case_studies.confirm(actor, case_study_id, suspect_id))


@router.post("/case-studies/{case_study_id}/suspects/{suspect_id}/dismiss")
def dismiss(case_study_id: str, suspect_id: SuspectId, actor: CurrentActor, vault: VaultDep,
            body: DecisionIn | None = None) -> SuspectView:
    """It identifies nobody and may stay (a finding needs a reason); recorded and audited."""
    return vault.case_studies.dismiss(actor, case_study_id, suspect_id, reason=body.reason if body else None)


@router.post("/case-studies/{case_study_id}/accept")
def accept(case_study_id: str, actor: CurrentActor, vault: VaultDep) -> CaseStudyView:
    """The supporter's review is done: every included item redacted and verified. Next: a coordinator."""
    return vault.case_studies.accept(actor, case_study_id)


@router.post("/case-studies/{case_study_id}/discard")
def discard(case_study_id: str, actor: CurrentActor, vault: VaultDep) -> CaseStudyView:
    return vault.case_studies.discard(actor, case_study_id)


@router.get("/case-studies/{case_study_id}/review")
def review(case_study_id: str, actor: CurrentActor, vault: VaultDep) -> CaseStudyReview:
    """A coordinator's view of an accepted case study: its renderings' sizes and counts, and consent."""
    return vault.publishing.review(actor, case_study_id)


@router.get("/case-studies/{case_study_id}/review/suspects")
def review_suspects(case_study_id: str, actor: CurrentActor, vault: VaultDep) -> list[SuspectView]:
    """A coordinator's view of what the second reader left in an accepted case study, with the
    supporter's decisions; each needs the coordinator's decision too before it is published."""
    return vault.publishing.suspects(actor, case_study_id)


@router.post("/case-studies/{case_study_id}/review/suspects/{suspect_id}/confirm")
def review_confirm(case_study_id: str, suspect_id: SuspectId, actor: CurrentActor, vault: VaultDep,
                   body: DecisionIn | None = None) -> SuspectView:
    """It still identifies someone: the case study goes back to its supporter to remove it."""
    return vault.publishing.confirm(actor, case_study_id, suspect_id, reason=body.reason if body else None)


@router.post("/case-studies/{case_study_id}/review/suspects/{suspect_id}/dismiss")
def review_dismiss(case_study_id: str, suspect_id: SuspectId, actor: CurrentActor, vault: VaultDep,
                   body: DecisionIn | None = None) -> SuspectView:
    """The coordinator agrees it identifies nobody (a finding needs a reason); recorded and audited."""
    return vault.publishing.dismiss(actor, case_study_id, suspect_id, reason=body.reason if body else None)


@router.post("/case-studies/{case_study_id}/send-back")
def send_back(case_study_id: str, body: SendBackIn, actor: CurrentActor, vault: VaultDep) -> CaseStudyReview:
    return vault.publishing.send_back(actor, case_study_id, reason=body.reason)


@router.post("/case-studies/{case_study_id}/publish", status_code=202)
def publish(case_study_id: str, response: Response, actor: CurrentActor, vault: VaultDep) -> JobView:
    """Publish an accepted case study (a coordinator who did not draft it), as a job: ``202`` with its URL.
    Consent and every rendering are checked again against the case as it is now; the publication names
    nothing of the family; the job's summary names it."""
    return accepted(response, vault.publishing.publish(actor, case_study_id))


@router.post("/case-studies/{case_study_id}/unpublish", status_code=204)
def unpublish(case_study_id: str, actor: CurrentActor, vault: VaultDep) -> None:
    """Take down what this case study published (e.g. the parent withdrew consent)."""
    vault.publishing.unpublish(actor, case_study_id)


@published.get("")
def list_publications(actor: CurrentActor, vault: VaultDep) -> list[PublicationView]:
    """Published case studies: training material any member of staff may read."""
    return vault.publications.list(actor)


@published.get("/{publication_id}")
def describe_publication(publication_id: str, actor: CurrentActor, vault: VaultDep) -> PublicationView:
    return vault.publications.describe(actor, publication_id)


@published.get("/{publication_id}/parts/{position}", response_class=Response, responses=_BINARY)
def download_part(publication_id: str, position: Position, actor: CurrentActor, vault: VaultDep) -> Response:
    """One part, released only if it matches the digest recorded when it was published."""
    part = vault.publications.part(actor, publication_id, position)
    return Response(part.data, media_type=part.content_type, headers={"Content-Disposition": content_disposition(part.filename)})


@published.delete("/{publication_id}", status_code=204)
def withdraw(publication_id: str, actor: CurrentActor, vault: VaultDep) -> None:
    vault.publications.withdraw(actor, publication_id)

