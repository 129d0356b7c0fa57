"""Case studies, the family's supporter's side: draft, read, revise, decide on suspects, accept, discard.

Policy 003: "for training purposes, cases may be ... used as case studies. Where this takes place ...
any identifying details will be removed". A draft is the family's content (it is made from their
papers and its report holds their identifiers): only their supporter makes and reads it; it is sealed
and stored under the case key, goes into a subject access archive, and is destroyed with the case.
"""

from __future__ import annotations

import builtins
import dataclasses
import io
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from vault.audit import AuditAction
from vault.db.models import Case, CaseStudy
from vault.errors import Conflict, DisclosureBlocked, InvalidRequest
from vault.policy import Action, Actor, Decision, Target, TargetKind
from vault.services._work import Core, Denied, Refused, Work
from vault.services.case_studies import drafting, records, review, running
from vault.services.case_studies.comparing import MAX_PAGES, PdfPage, Segment, pdf_pages, side_by_side
from vault.services.case_studies.drafting import (
    Plan,
    case_study_target,
    load_case_study,
)
from vault.services.case_studies.identifiers import validate_extra
from vault.services.case_studies.redacting import CaseStudyRedactor
from vault.services.case_studies.sources import (
    SourceRef,
    check_open,
    check_refs,
    still_held,
)
from vault.services.case_studies.views import (
    PURPOSE,
    AreaInput,
    CaseStudyInput,
    CaseStudyRevision,
    CaseStudyState,
    CaseStudySummary,
    CaseStudyView,
    ItemStatus,
    SuspectView,
)
from vault.services.shredding import delete_bytes

if TYPE_CHECKING:
    from vault.jobs.context import JobContext, JobOutcome
    from vault.jobs.service import JobService, JobView, Prepared

__all__ = ["CASE_STUDY_DRAFT", "CASE_STUDY_REVISE", "CaseStudyService", "Rendering"]

CASE_STUDY_DRAFT = "case_study.draft"
CASE_STUDY_REVISE = "case_study.revise"  # a revision, or a suspect the supporter confirmed

EDITABLE = (CaseStudyState.DRAFT, CaseStudyState.ACCEPTED)


class Rendering:
    """A draft item's redacted bytes, for reading (a draft PDF or text)."""

    def __init__(self, filename: str, content_type: str, data: bytes) -> None:
        self.filename, self.content_type, self.data = filename, content_type, data


class CaseStudyService:
    def __init__(self, core: Core, redactor: CaseStudyRedactor, *, jobs: JobService | None = None) -> None:
        self._core = core
        self._redactor = redactor
        self._jobs = jobs

    # -- drafting: asked for now, run as a job (vault.jobs.bodies.case_studies) ----------------------

    def draft(self, actor: Actor, case_id: str, new: CaseStudyInput) -> JobView:
        """Ask for a draft: the input, the policy, the case and the parent's consent are checked now
        (a refusal is recorded and raised); the redaction runs as a job, whose summary names the case
        study (its id is chosen now, so a job run again after a crash makes it once)."""
        refs = [(p, k, i) for p, (k, i) in enumerate(
            [("document", d) for d in dict.fromkeys(new.document_ids)] + [("note", n) for n in dict.fromkeys(new.note_ids)], start=1)]
        identifiers, terms = validate_extra(new.identifiers, new.terms)
        plan = Plan(drafting.checked_title(new.title), tuple(refs), frozenset(), identifiers, tuple(terms), (), new.retypeset)
        self._check_size(refs)
        with self._core.read(actor) as work:
            case, decision = work.load(Action.CASE_STUDY_DRAFT, Case, TargetKind.CASE, case_id)
            check_open(case)
            refused = drafting.refuse_without_consent(work, case, decision, Target(TargetKind.CASE, case.id, case.id))
            if refused is None:
                check_refs(work, case.id, refs)
        if refused is not None:
            raise refused
        case_study_id = self._core.ids.new_id()

        def prepare(work: Work) -> Prepared:
            from vault.jobs.service import Prepared

            case, _decision = work.load(Action.CASE_STUDY_DRAFT, Case, TargetKind.CASE, case_id)
            check_open(case)
            return Prepared(case_id=case.id, arguments={"case_study": case_study_id, "items": len(refs)},
                            sealed={"plan": plan.settings()})

        return self._submit(actor, CASE_STUDY_DRAFT, prepare)

    def run_draft(self, context: JobContext) -> JobOutcome:
        """The draft job's body: read, redact (slow, no transaction held), then commit or undo."""
        from vault.jobs.context import JobOutcome

        plan = _revised(context.sealed_arguments["plan"], {}, [], CaseStudyRevision())
        case_study_id, case_id = str(context.arguments["case_study"]), str(context.case_id)

        def read(work: Work) -> running.Inputs | None:
            case, _decision = work.load(Action.CASE_STUDY_DRAFT, Case, TargetKind.CASE, case_id)
            if work.session.get(CaseStudy, case_study_id) is not None:
                return None  # made by an earlier run of this job, which stopped before it could say so
            check_open(case)
            return running.inputs_of(self._core, work, case, plan)

        def commit(work: Work, inputs: running.Inputs | None, done: running.Redacted | None) -> dict[str, Any]:
            if inputs is None or done is None:
                row = work.session.get(CaseStudy, case_study_id)
                assert row is not None
                return running.summary(row.id, row.revision, records.item_rows(work, row.id))
            case, decision = work.load(Action.CASE_STUDY_DRAFT, Case, TargetKind.CASE, case_id)
            check_open(case)
            still_held(work, case.id, plan.refs)
            verdict = records.consent_verdict(work, case.id)
            if records.consent_blocks(verdict, required=work.rules.case_study_requires_consent):
                raise Refused(DisclosureBlocked(verdict.reason, code=verdict.code), _refusal(case_id, verdict))
            row = drafting.new_case_study(work, case, plan, (verdict.code, verdict.consent_id), case_study_id=case_study_id)
            drafting.store_outcome(work, row, plan, done.outcome, done.kept)
            work.record(AuditAction.CREATED, case_study_target(row), decision=decision,
                        detail={"revision": 1, "job": context.job_id,
                                **drafting.audit_detail(plan, done.outcome, verdict.code)})
            return running.summary(row.id, row.revision, records.item_rows(work, row.id))

        context.stage("reading the chosen documents and notes")
        summary = self._core.two_phase(context.actor, read=read, slow=lambda inputs: self._slow(context, plan, inputs),
                                       commit=commit, undo=running.discard)
        return JobOutcome(summary=summary)

    def revise(self, actor: Actor, case_study_id: str, change: CaseStudyRevision) -> JobView:
        """Add terms, identifiers or areas, leave items out or put them back, change the rendering or
        the title; then the whole case study runs again as a job (pseudonyms stay consistent only that
        way). The change is checked now; it is sealed under the case key with the job."""
        return self._ask_again(actor, case_study_id, change, Action.CASE_STUDY_REVISE)

    def _ask_again(self, actor: Actor, case_study_id: str, change: CaseStudyRevision, action: Action,
                   confirm: str | None = None) -> JobView:
        identifiers, terms = validate_extra(change.identifiers, change.terms)

        def prepare(work: Work) -> Prepared:
            from vault.jobs.service import Prepared

            row, _decision = self._editable(work, action, case_study_id)
            case = work.session.get(Case, row.case_id)
            assert case is not None
            check_open(case)
            _revised(records.settings(work, row), identifiers, terms, change)  # bad positions are refused now
            return Prepared(case_id=row.case_id,
                            arguments={"case_study": row.id, "revision": row.revision, "action": str(action)},
                            sealed={"change": _change_json(change), "confirm": confirm})

        return self._submit(actor, CASE_STUDY_REVISE, prepare)

    def run_revise(self, context: JobContext) -> JobOutcome:
        """The revision job's body (a confirmed suspect too): the whole case study runs again."""
        from vault.jobs.context import JobOutcome

        args, sealed = context.arguments, context.sealed_arguments
        case_study_id, base, action = str(args["case_study"]), int(args["revision"]), Action(str(args["action"]))
        change = _change_of(sealed["change"])
        identifiers, terms = validate_extra(change.identifiers, change.terms)
        event = AuditAction.CONFIRMED if sealed.get("confirm") else AuditAction.UPDATED

        def read(work: Work) -> tuple[Plan, running.Inputs, SuspectView | None] | None:
            row, _decision = self._editable(work, action, case_study_id)
            if row.revision != base:
                if any(entry.get("job") == context.job_id for entry in records.history(work, row)):
                    return None  # this job's revision committed before its worker stopped
                raise Conflict("the case study changed after this revision was asked for: reload it and try again")
            case = work.session.get(Case, row.case_id)
            assert case is not None
            check_open(case)
            plan = _revised(records.settings(work, row), identifiers, terms, change)
            confirmed = review.find(work, row, str(sealed["confirm"])) if sealed.get("confirm") else None
            return plan, running.inputs_of(self._core, work, case, plan), confirmed

        def slow(prepared: tuple[Plan, running.Inputs, SuspectView | None] | None) -> running.Redacted | None:
            return None if prepared is None else self._slow(context, prepared[0], prepared[1])

        def commit(work: Work, prepared: tuple[Plan, running.Inputs, SuspectView | None] | None,
                   done: running.Redacted | None) -> tuple[dict[str, Any], list[str]]:
            row, decision = self._editable(work, action, case_study_id)
            if prepared is None or done is None:
                return running.summary(row.id, row.revision, records.item_rows(work, row.id)), []
            plan, _inputs, confirmed = prepared
            if row.revision != base:
                raise Conflict("the case study changed while this revision ran: reload it and try again")
            still_held(work, row.case_id, plan.included())
            verdict = records.consent_verdict(work, row.case_id)
            row.revision += 1
            row.state, row.accepted_by = CaseStudyState.DRAFT, None
            row.consent, row.consent_id = verdict.code, verdict.consent_id
            old = drafting.store_outcome(work, row, plan, done.outcome, done.kept)
            records.add_history(work, row, "revised", terms=len(terms), identifiers=sum(map(len, identifiers.values())),
                                areas=len(change.areas), excluded=sorted(plan.excluded), job=context.job_id)
            detail: dict[str, Any] = {"revision": row.revision, "job": context.job_id,
                                      **drafting.audit_detail(plan, done.outcome, verdict.code)}
            if confirmed is not None:
                review.decide(work, row, confirmed, side=review.SUPPORTER, decision=review.CONFIRMED, reason=None)
                detail.update(suspect=confirmed.id, item=confirmed.item, kind=confirmed.kind)
            work.record(event, case_study_target(row), decision=decision, detail=detail)
            return running.summary(row.id, row.revision, records.item_rows(work, row.id)), old

        context.stage("reading the chosen documents and notes")
        summary, old = self._core.two_phase(context.actor, read=read, slow=slow, commit=commit, undo=running.discard)
        delete_bytes(self._core, old)
        return JobOutcome(summary=summary)

    def _slow(self, context: JobContext, plan: Plan, inputs: running.Inputs | None) -> running.Redacted | None:
        if inputs is None:
            return None
        context.stage("redacting and verifying each item", total=len(inputs.sources))
        return running.redact(self._core, self._redactor, plan, inputs, progress=context.progress)

    def _submit(self, actor: Actor, kind: str, prepare: Callable[[Work], Prepared]) -> JobView:
        if self._jobs is None:
            raise RuntimeError("case studies run as jobs: this service was made without the vault's JobService")
        return self._jobs.submit(actor, kind, prepare)

    # -- reading -------------------------------------------------------------------------------

    def list(self, actor: Actor, case_id: str) -> list[CaseStudySummary]:
        with self._core.read(actor) as work:
            case, decision = work.load(Action.CASE_STUDY_LIST, Case, TargetKind.CASE, case_id)
            rows = list(work.session.scalars(select(CaseStudy).where(CaseStudy.case_id == case.id)
                                             .order_by(CaseStudy.drafted_at, CaseStudy.id)))
            work.record_listing(case.id, decision, case_studies=[row.id for row in rows])
            return [records.summary(work, row) for row in rows]

    def read(self, actor: Actor, case_study_id: str) -> CaseStudyView:
        with self._core.read(actor) as work:
            row, decision = load_case_study(work, Action.CASE_STUDY_READ, case_study_id)
            work.record(AuditAction.VIEWED, case_study_target(row), decision=decision)
            return records.view(work, row)

    def rendering(self, actor: Actor, case_study_id: str, position: int) -> Rendering:
        """One item's redacted rendering: for the family's supporter while they review it, and for a
        coordinator once it is accepted (they read what they are asked to publish)."""
        with self._core.read(actor) as work:
            row, decision = _readable(work, case_study_id)
            item = next((i for i in records.item_rows(work, row.id) if i.position == position), None)
            if item is None or item.status != ItemStatus.READY or item.object_id is None:
                raise InvalidRequest(f"item {position} has no redacted rendering to read")
            data = records.read_object(work, item.object_id, consequence="nothing was read")
            work.record(AuditAction.VIEWED, case_study_target(row), decision=decision, detail={"item": position, "content": True})
            extension = records.extension(item.output_kind)
            content_type = records.item_report(work, item).get("content_type") or "application/octet-stream"
        return Rendering(f"case-study-draft-{position}.{extension}", content_type, data)

    def side_by_side(self, actor: Actor, case_study_id: str, position: int) -> builtins.list[Segment]:
        """A ready text item's original and redacted text in the same pieces, each removed span with its
        type (the family's supporter, while they review it); read as the rendering is (one ``viewed``)."""
        with self._core.read(actor) as work:
            row, decision = load_case_study(work, Action.CASE_STUDY_READ, case_study_id)
            item = next((i for i in records.item_rows(work, row.id) if i.position == position), None)
            if item is None or item.status != ItemStatus.READY or item.object_id is None or item.output_kind != "text":
                raise InvalidRequest(f"item {position} has no redacted text to compare")
            data = records.read_object(work, item.object_id, consequence="nothing was read")
            spans = records.item_report(work, item).get("spans", [])
            work.record(AuditAction.VIEWED, case_study_target(row), decision=decision,
                        detail={"item": position, "content": True, "compared": True})
        try:
            return side_by_side(data.decode("utf-8"), spans)
        except (UnicodeDecodeError, ValueError):
            raise InvalidRequest(f"item {position} cannot be shown side by side: read its rendering instead") from None

    def pdf_pages(self, actor: Actor, case_study_id: str, position: int) -> builtins.list[PdfPage]:
        """A ready PDF item's pages, with where something was removed from each original page and what
        (the family's supporter, while they review it); read as the rendering is (one ``viewed``)."""
        shown = self.rendering(actor, case_study_id, position)
        if shown.content_type != "application/pdf":
            raise InvalidRequest(f"item {position} is not a PDF")
        with self._core.read(actor) as work:
            row, _decision = load_case_study(work, Action.CASE_STUDY_READ, case_study_id)
            item = next(i for i in records.item_rows(work, row.id) if i.position == position)
            report = records.item_report(work, item)
        try:
            return pdf_pages(shown.data, report)
        except Exception:  # a rendering pypdf cannot read back: it is read as a download instead
            raise InvalidRequest(f"item {position} cannot be shown page by page: download it instead") from None

    def area_on_page(self, actor: Actor, case_study_id: str, position: int, page: int,
                     box: tuple[float, float, float, float]) -> AreaInput:
        """A box the reviewer drew on page ``page`` of a PDF item as shown on the review screen, as
        ``(left, top, right, bottom)`` percentages of the page's width and height from its top left
        corner, made an area in PDF points (for a revision's ``areas``). Only where the rendering keeps
        the original's layout on an unrotated page (where the screen marks what was removed)."""
        left, top, right, bottom = box
        if not all(0 <= value <= 100 for value in box):
            raise InvalidRequest("an area's edges are percentages from 0 to 100")
        if left >= right or top >= bottom:
            raise InvalidRequest("an area's left edge must be left of its right edge, and its top above its bottom")
        shown = next((p for p in self.pdf_pages(actor, case_study_id, position) if p.number == page), None)
        if shown is None:
            raise InvalidRequest(f"item {position} has no page {page} shown on the review screen")
        if not shown.placed:
            raise InvalidRequest(f"page {page} of item {position} is re-typeset or turned, so a box drawn on it does "
                                 "not fit the original: give the area in PDF points instead")
        return AreaInput(position, page, *shown.area(left, top, right, bottom))

    def page_count(self, actor: Actor, case_study_id: str, position: int) -> int:
        """How many pages a PDF item's rendering has (at most MAX_PAGES are shown in a page), for whoever
        may read the rendering; read as the rendering is."""
        from pypdf import PdfReader

        shown = self.rendering(actor, case_study_id, position)
        if shown.content_type != "application/pdf":
            raise InvalidRequest(f"item {position} is not a PDF")
        try:
            return min(len(PdfReader(io.BytesIO(shown.data)).pages), MAX_PAGES)
        except Exception:
            raise InvalidRequest(f"item {position} cannot be shown page by page: download it instead") from None

    def page_image(self, actor: Actor, case_study_id: str, position: int, page: int) -> bytes:
        """Page ``page`` of a PDF item's redacted rendering as a PNG (rendered on the server, never
        stored); for whoever may read the rendering, and recorded as its reading is."""
        from vault.previews import PreviewUnavailable, render
        from vault.services.previews import PreviewUnavailableError

        if page < 1:
            raise InvalidRequest("pages count from 1")
        shown = self.rendering(actor, case_study_id, position)
        if shown.content_type != "application/pdf":
            raise InvalidRequest(f"item {position} is not a PDF")
        try:
            rendered = render(shown.data, [page])
        except PreviewUnavailable as error:
            raise PreviewUnavailableError(str(error)) from None
        if page not in rendered.images:
            raise InvalidRequest(f"item {position} has {rendered.pages} page(s)")
        return rendered.images[page]

    # -- what the second reader left: the supporter confirms or dismisses each ----------------------

    def suspects(self, actor: Actor, case_study_id: str) -> builtins.list[SuspectView]:
        """Every finding and suspect of the draft's ready items, with the decisions taken on them."""
        with self._core.read(actor) as work:
            row, decision = load_case_study(work, Action.CASE_STUDY_READ, case_study_id)
            return review.listed(work, row, decision, side=review.SUPPORTER)

    def confirm(self, actor: Actor, case_study_id: str, suspect_id: str) -> JobView:
        """It does identify someone: its text becomes a term and the whole case study runs again (a job)."""
        with self._core.read(actor) as work:
            row, _decision = self._editable(work, Action.CASE_STUDY_DECIDE, case_study_id)
            entry = review.find(work, row, suspect_id)
        return self._ask_again(actor, case_study_id, CaseStudyRevision(terms=(entry.text,)), Action.CASE_STUDY_DECIDE,
                               confirm=entry.id)

    def dismiss(self, actor: Actor, case_study_id: str, suspect_id: str, *, reason: str | None = None) -> SuspectView:
        """It identifies nobody and may stay (a finding only with a reason); recorded, sealed, audited."""
        with self._core.work(actor) as work:
            row, decision = load_case_study(work, Action.CASE_STUDY_DECIDE, case_study_id)
            if row.state != CaseStudyState.DRAFT:
                raise Conflict(f"the case study is {row.state}: decisions are taken on a draft")
            return review.dismissed(work, row, decision, suspect_id, side=review.SUPPORTER, reason=reason)

    # -- the supporter's decision ---------------------------------------------------------------

    def accept(self, actor: Actor, case_study_id: str) -> CaseStudyView:
        with self._core.work(actor) as work:
            row, decision = load_case_study(work, Action.CASE_STUDY_ACCEPT, case_study_id)
            if row.state != CaseStudyState.DRAFT:
                raise Conflict(f"the case study is {row.state}: only a draft is accepted")
            items = records.item_rows(work, row.id)
            failed = [item.position for item in items if item.status == ItemStatus.FAILED]
            if failed:
                raise Conflict(f"item(s) {', '.join(map(str, failed))} could not be redacted and verified (see each "
                               "reason): add terms or areas, or leave them out, and run it again before accepting")
            if not any(item.status == ItemStatus.READY for item in items):
                raise Conflict("nothing in the case study is ready to publish")
            undecided = review.supporter_undecided(review.entries(work, row))
            if undecided:
                raise Conflict(f"the second reader left {review.open_count(undecided)} undecided: confirm each (it is "
                               f"removed) or dismiss it before accepting (GET /case-studies/{row.id}/suspects)")
            row.state, row.accepted_by = CaseStudyState.ACCEPTED, work.actor.id
            records.add_history(work, row, "accepted")
            work.record(AuditAction.ACCEPTED, case_study_target(row), decision=decision,
                        detail={"revision": row.revision, "consent": row.consent})
            return records.view(work, row)

    def discard(self, actor: Actor, case_study_id: str) -> CaseStudyView:
        """Drop a draft: its renderings are shredded; the record that it was made stays with the case."""
        with self._core.work(actor) as work:
            row, decision = self._editable(work, Action.CASE_STUDY_DISCARD, case_study_id)
            removed = records.shred_renderings(work, row)
            row.state = CaseStudyState.DISCARDED
            records.add_history(work, row, "discarded")
            work.record(AuditAction.DESTROYED, case_study_target(row), decision=decision,
                        detail={"revision": row.revision, "objects": len(removed)})
            view = records.view(work, row)
        delete_bytes(self._core, removed)
        return view

    # -- helpers -------------------------------------------------------------------------------

    def _check_size(self, refs: Sequence[SourceRef]) -> None:
        if not refs:
            raise InvalidRequest("choose at least one document or note")
        limit = self._core.rules.case_study_max_items
        if len(refs) > limit:
            raise InvalidRequest(f"a case study is made of at most {limit} documents and notes")

    @staticmethod
    def _editable(work: Work, action: Action, case_study_id: str) -> tuple[CaseStudy, Decision]:
        row, decision = load_case_study(work, action, case_study_id)
        if row.state not in EDITABLE:
            raise Conflict(f"the case study is {row.state}: it can no longer be changed")
        return row, decision


def _readable(work: Work, case_study_id: str) -> tuple[CaseStudy, Decision]:
    row, _case_id = work.find(Action.CASE_STUDY_READ, CaseStudy, TargetKind.CASE_STUDY, case_study_id)
    target = case_study_target(row)
    decision = work.decide(Action.CASE_STUDY_READ, target)
    if decision.allowed:
        return row, decision
    review = work.decide(Action.CASE_STUDY_REVIEW, target)
    if review.allowed and row.state == CaseStudyState.ACCEPTED:
        return row, review
    raise Denied(decision if not review.allowed else Decision(False, Action.CASE_STUDY_REVIEW, "only an accepted case study is reviewed"), target)


def _refusal(case_id: str, verdict: Any) -> Callable[[Work], None]:
    """The ``refused`` event of a draft whose consent was withdrawn while it ran."""

    def record(work: Work) -> None:
        _case, decision = work.load(Action.CASE_STUDY_DRAFT, Case, TargetKind.CASE, case_id)
        work.record(AuditAction.REFUSED, Target(TargetKind.CASE, case_id, case_id), decision=decision,
                    detail={"code": verdict.code, "consent": verdict.consent_id, "purpose": PURPOSE})

    return record


def _change_json(change: CaseStudyRevision) -> dict[str, Any]:
    return dataclasses.asdict(change)


def _change_of(value: dict[str, Any]) -> CaseStudyRevision:
    return CaseStudyRevision(
        terms=tuple(value.get("terms", ())), identifiers={k: list(v) for k, v in value.get("identifiers", {}).items()},
        areas=tuple(AreaInput(**area) for area in value.get("areas", ())), exclude=tuple(value.get("exclude", ())),
        include=tuple(value.get("include", ())), retypeset=value.get("retypeset"), title=value.get("title"))


def _revised(settings: dict[str, Any], identifiers: dict[str, list[str]], terms: list[str], change: CaseStudyRevision) -> Plan:
    refs = tuple((int(s["position"]), str(s["kind"]), str(s["id"])) for s in settings.get("sources", []))
    positions = {ref[0] for ref in refs}
    for position in (*change.exclude, *change.include):
        if position not in positions:
            raise InvalidRequest(f"no item {position}: the case study has items 1-{len(refs)}")
    excluded = (set(settings.get("excluded", [])) | set(change.exclude)) - set(change.include)
    if excluded >= positions:
        raise InvalidRequest("every item would be left out: discard the case study instead")
    merged = {key: list(values) for key, values in settings.get("identifiers", {}).items()}
    for key, values in identifiers.items():
        merged[key] = list(dict.fromkeys([*merged.get(key, []), *values]))
    return Plan(
        title=drafting.checked_title(change.title) if change.title is not None else settings.get("title", ""),
        refs=refs,
        excluded=frozenset(excluded),
        identifiers=merged,
        terms=tuple(dict.fromkeys([*settings.get("terms", []), *terms])),
        areas=(*settings.get("areas", []), *drafting.checked_areas(change.areas, refs)),
        retypeset=bool(settings.get("retypeset")) if change.retypeset is None else change.retypeset,
    )
