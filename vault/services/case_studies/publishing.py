"""Case studies, the coordinator's side: the queue of accepted ones, reading what is to be published,
deciding again on what the second reader left (with the supporter's decisions in view; a confirmation
sends it back to the supporter), sending it back, publishing it (four eyes: never the person who
drafted it, and only once every finding and suspect has the publisher's decision too), and taking it
down.

Publishing checks everything once more, failing closed: the parent's consent as it stands now; the
title and every rendering against the case's identifiers as they are now (a person may have been added
since the draft); then writes the renderings into the published store, commits the publication (which
names nothing of the family) and shreds the drafts. The audit log's ``published`` event is the only
record of which case a publication came from.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from vault.audit import AuditAction
from vault.db.models import AuditEvent, Case, CaseStudy, Publication, PublicationPart
from vault.errors import Conflict, DisclosureBlocked, Forbidden, InvalidRequest
from vault.policy import Action, Actor, Decision, Target, TargetKind
from vault.services._work import Core, Denied, Refused, Work
from vault.services.case_studies import records, review
from vault.services.case_studies.drafting import case_study_target
from vault.services.case_studies.formats import reread_literal_leaks
from vault.services.case_studies.identifiers import Identifiers, literal_leaks
from vault.services.case_studies.pdfs import reread_leaks
from vault.services.case_studies.publications import (
    PublishedStore,
    publication_view,
    withdraw_publication,
)
from vault.services.case_studies.redacting import CaseStudyRedactor
from vault.services.case_studies.sources import identifiers_of
from vault.services.case_studies.views import (
    PURPOSE,
    CaseStudyReview,
    CaseStudyState,
    ItemStatus,
    PublicationView,
    SuspectView,
)
from vault.services.shredding import delete_bytes

if TYPE_CHECKING:
    from vault.consent_rules import Verdict
    from vault.jobs.context import JobContext, JobOutcome
    from vault.jobs.service import JobService, JobView, Prepared

__all__ = ["CASE_STUDY_PUBLISH", "PublishingService"]

CASE_STUDY_PUBLISH = "case_study.publish"

MAX_REASON = 2000


class _OwnDraft(Denied):
    """Four eyes, said plainly: the coordinator can see the case study in the queue anyway."""

    def public_error(self) -> Exception:
        return Forbidden("a case study is published by a coordinator other than the person who drafted it")


@dataclass(frozen=True)
class _Material:
    title: str
    parts: list[_Part]
    identifiers: Identifiers
    blocked: Verdict | None  # the parent's consent as it stands now does not allow publication


@dataclass(frozen=True)
class _Written:
    problems: list[str]
    names: list[tuple[str, str]]
    kinds: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Part:
    position: int
    kind: str
    content_type: str
    data: bytes


class PublishingService:
    def __init__(self, core: Core, redactor: CaseStudyRedactor, store: PublishedStore, *,
                 jobs: JobService | None = None) -> None:
        self._core = core
        self._redactor = redactor
        self._store = store
        self._jobs = jobs

    def queue(self, actor: Actor) -> list[CaseStudyReview]:
        """Accepted case studies waiting for a coordinator, oldest first (titles and counts, no case)."""
        with self._core.read(actor) as work:
            decision = work.authorize(Action.CASE_STUDY_QUEUE, Target.service())
            rows = list(work.session.scalars(select(CaseStudy).where(CaseStudy.state == CaseStudyState.ACCEPTED)
                                             .order_by(CaseStudy.drafted_at, CaseStudy.id)))
            work.record(AuditAction.LISTED, Target.service(), decision=decision, operation=str(Action.CASE_STUDY_QUEUE),
                        detail={"case_studies": [row.id for row in rows]})
            return [records.review_view(work, row) for row in rows]

    def review(self, actor: Actor, case_study_id: str) -> CaseStudyReview:
        with self._core.read(actor) as work:
            row, decision = _accepted(work, Action.CASE_STUDY_REVIEW, case_study_id)
            work.record(AuditAction.VIEWED, case_study_target(row), decision=decision)
            return records.review_view(work, row)

    def suspects(self, actor: Actor, case_study_id: str) -> list[SuspectView]:
        """What the second reader left in an accepted case study, with the supporter's decisions."""
        with self._core.read(actor) as work:
            row, decision = _accepted(work, Action.CASE_STUDY_REVIEW, case_study_id)
            return review.listed(work, row, decision, side=review.PUBLISHER)

    def dismiss(self, actor: Actor, case_study_id: str, suspect_id: str, *, reason: str | None = None) -> SuspectView:
        """The publisher agrees it identifies nobody (a finding only with a reason); sealed, audited."""
        with self._core.work(actor) as work:
            row, decision = _accepted(work, Action.CASE_STUDY_REVIEW_DECIDE, case_study_id)
            return review.dismissed(work, row, decision, suspect_id, side=review.PUBLISHER, reason=reason)

    def confirm(self, actor: Actor, case_study_id: str, suspect_id: str, *, reason: str | None = None) -> SuspectView:
        """It does identify someone: the case study goes back to its supporter (a draft again), who must
        remove it (confirm it) or leave the item out; recorded, sealed, audited."""
        with self._core.work(actor) as work:
            row, decision = _accepted(work, Action.CASE_STUDY_REVIEW_DECIDE, case_study_id)
            entry = review.find(work, row, suspect_id)
            review.decide(work, row, entry, side=review.PUBLISHER, decision=review.CONFIRMED, reason=reason)
            row.state, row.accepted_by = CaseStudyState.DRAFT, None
            records.add_history(work, row, "sent_back", reason=f"the publisher confirmed that item {entry.item} still "
                                f"identifies someone ({entry.text!r}){': ' + reason if reason else ''}")
            work.record(AuditAction.CONFIRMED, case_study_target(row), decision=decision,
                        detail={"suspect": entry.id, "item": entry.item, "kind": entry.kind, "revision": row.revision})
            return next(e for e in review.entries(work, row) if e.id == suspect_id)

    def send_back(self, actor: Actor, case_study_id: str, *, reason: str) -> CaseStudyReview:
        """Not ready: back to its draft, with the coordinator's reason (sealed: it may quote a leak)."""
        reason = reason.strip()
        if not reason or len(reason) > MAX_REASON:
            raise InvalidRequest(f"say why it goes back (1-{MAX_REASON} characters): the supporter acts on it")
        with self._core.work(actor) as work:
            row, decision = _accepted(work, Action.CASE_STUDY_SEND_BACK, case_study_id)
            row.state, row.accepted_by = CaseStudyState.DRAFT, None
            records.add_history(work, row, "sent_back", reason=reason)
            work.record(AuditAction.REJECTED, case_study_target(row), decision=decision, detail={"revision": row.revision})
            return records.review_view(work, row)

    def publish(self, actor: Actor, case_study_id: str) -> JobView:
        """Ask for an accepted case study to be published (a coordinator who did not draft it): four eyes,
        the publisher's decisions and the parent's consent are checked now (a refusal is recorded and
        raised); the checks of every rendering and the writing run as a job."""
        with self._core.read(actor) as work:
            row, decision = _accepted(work, Action.CASE_STUDY_PUBLISH, case_study_id)
            _check_decided(work, row)
            refused = _consent_refusal(work, row, decision)
        if refused is not None:
            raise refused
        publication_id = self._core.ids.new_id()

        def prepare(work: Work) -> Prepared:
            from vault.jobs.service import Prepared

            row, _decision = _accepted(work, Action.CASE_STUDY_PUBLISH, case_study_id)
            return Prepared(case_id=row.case_id, arguments={"case_study": row.id, "revision": row.revision,
                                                            "publication": publication_id})

        if self._jobs is None:
            raise RuntimeError("publishing runs as a job: this service was made without the vault's JobService")
        return self._jobs.submit(actor, CASE_STUDY_PUBLISH, prepare)

    def run_publish(self, context: JobContext) -> JobOutcome:
        """The publish job's body. Read: the renderings, under the policy. Slow: the title and every
        rendering checked against the case as it is now, then written to the published store. Commit:
        the publication (naming nothing of the family), the drafts shredded; or, if a check found
        something or consent went meanwhile, the refusal recorded and what was written removed."""
        from vault.jobs.context import JobOutcome

        args = context.arguments
        case_study_id, base, publication_id = str(args["case_study"]), int(args["revision"]), str(args["publication"])

        def read(work: Work) -> _Material | None:
            row = work.session.get(CaseStudy, case_study_id)
            if row is not None and row.state == CaseStudyState.PUBLISHED and published_from(work, row.id) == publication_id:
                return None  # published by an earlier run of this job
            row, decision = _accepted(work, Action.CASE_STUDY_PUBLISH, case_study_id)
            if row.revision != base:
                raise Conflict("the case study changed after publication was asked for: review it again")
            _check_decided(work, row)
            verdict = records.consent_verdict(work, row.case_id)
            blocked = records.consent_blocks(verdict, required=work.rules.case_study_requires_consent)
            title, parts, identifiers = _material(work, row)
            return _Material(title, parts, identifiers, verdict if blocked else None)

        def slow(material: _Material | None) -> _Written | None:
            if material is None or material.blocked is not None:
                return None
            context.stage("checking every rendering again", total=len(material.parts))
            problems = self._problems(material, progress=context.progress)
            if problems:
                return _Written(problems, [])
            context.stage("writing the publication", total=len(material.parts))
            return _Written([], self._store.write(self._core.ids, [(p.kind, p.data) for p in material.parts]),
                            [p.kind for p in material.parts])

        def commit(work: Work, material: _Material | None, written: _Written | None) -> tuple[PublicationView, list[str]]:
            if material is None:
                publication = work.session.get(Publication, publication_id)
                assert publication is not None
                return publication_view(work, publication), []
            if material.blocked is not None:
                verdict = material.blocked
                raise Refused(DisclosureBlocked(verdict.reason, code=verdict.code),
                              _refused(case_study_id, {"code": verdict.code, "consent": verdict.consent_id,
                                                       "purpose": PURPOSE}))
            assert written is not None
            if written.problems:
                verb = "shows" if len(written.problems) == 1 else "show"
                reason = f"{' and '.join(written.problems)} still {verb} an identifier of the case as it is recorded now"
                raise Refused(Conflict(f"not published: {reason}; it went back to its draft to be run again"),
                              _sent_back(case_study_id, reason))
            row, decision = _accepted(work, Action.CASE_STUDY_PUBLISH, case_study_id)
            if row.revision != base:
                raise Conflict("the case study changed while it was being published: review it again")
            publication = Publication(id=publication_id, title=material.title, published_at=work.now,
                                      published_by=context.actor.id)
            work.session.add(publication)
            work.session.flush()
            for number, (part, (part_id, digest)) in enumerate(zip(material.parts, written.names, strict=True), start=1):
                work.session.add(PublicationPart(id=part_id, publication_id=publication.id, position=number,
                                                 kind=part.kind, content_type=part.content_type, size=len(part.data),
                                                 sha256=digest))
            drafts = records.shred_renderings(work, row)
            row.state = CaseStudyState.PUBLISHED
            records.add_history(work, row, "published")  # no publication id here: only the audit log links them
            work.record(AuditAction.PUBLISHED, case_study_target(row), decision=decision,
                        detail={"publication": publication.id, "parts": len(material.parts), "revision": row.revision,
                                "consent": row.consent, "job": context.job_id})
            work.session.flush()
            return publication_view(work, publication), drafts

        def undo(written: _Written | None) -> None:
            if written is not None and written.names:
                self._store.delete([name for name, _ in written.names], kinds=written.kinds)

        context.stage("reading the accepted case study")
        view, drafts = self._core.two_phase(context.actor, read=read, slow=slow, commit=commit, undo=undo)
        delete_bytes(self._core, drafts)
        return JobOutcome(summary={"publication": view.id, "parts": len(view.parts)})

    def unpublish(self, actor: Actor, case_study_id: str) -> None:
        """Take down what a case study published (the parent withdrew consent, a leak was found later).
        The publication is found through the audit log, the only place that links the two."""
        with self._core.work(actor) as work:
            row, _case_id = work.find(Action.CASE_STUDY_UNPUBLISH, CaseStudy, TargetKind.CASE_STUDY, case_study_id)
            decision = work.authorize(Action.CASE_STUDY_UNPUBLISH, case_study_target(row))
            if row.state != CaseStudyState.PUBLISHED:
                raise Conflict(f"the case study is {row.state}: nothing of it is published")
            publication = work.session.get(Publication, published_from(work, row.id) or "")
            names = withdraw_publication(work, publication) if publication is not None else []
            row.state = CaseStudyState.WITHDRAWN
            records.add_history(work, row, "unpublished")
            work.record(AuditAction.WITHDRAWN, case_study_target(row), decision=decision,
                        detail={"publication": publication.id if publication else None})
        self._store.delete_names(names)

    def _problems(self, material: _Material, *, progress: Callable[[int, int], None] | None = None) -> list[str]:
        """The title and renderings against the case's identifiers as they are now: what still shows one."""
        identifiers, problems = material.identifiers, []
        if self._redactor.find(material.title, Identifiers(identifiers.known, identifiers.terms)):
            problems.append("the title")
        for done, part in enumerate(material.parts, start=1):
            if part.kind == "pdf":
                leaks = reread_leaks(part.data, identifiers)
                if leaks is None or leaks:
                    problems.append(f"item {part.position}")
            elif part.kind == "text":
                text = part.data.decode("utf-8")
                if literal_leaks(text, identifiers) or self._known_in(text, identifiers):
                    problems.append(f"item {part.position}")
            else:  # e-mail and the other formats: every header, body and attachment read back
                found = reread_literal_leaks(part.data, part.kind, identifiers)
                if found is None or found or self._known_in_format(part.data, part.kind, identifiers):
                    problems.append(f"item {part.position}")
            if progress is not None:
                progress(done, len(material.parts))
        return problems

    def _known_in(self, text: str, identifiers: Identifiers) -> bool:
        from redaction.text import detect

        return bool(detect(text, known=identifiers.for_text(), detectors=False))

    def _known_in_format(self, data: bytes, kind: str, identifiers: Identifiers) -> bool:
        from redaction.formats import output_texts

        return any(self._known_in(text, identifiers) for where, text in output_texts(data, kind)
                   if where != "the raw message")


def published_from(work: Work, case_study_id: str) -> str | None:
    """The publication a case study became, read from its ``published`` audit event."""
    detail = work.session.scalar(select(AuditEvent.detail).where(
        AuditEvent.target_kind == str(TargetKind.CASE_STUDY), AuditEvent.target_id == case_study_id,
        AuditEvent.action == str(AuditAction.PUBLISHED)).order_by(AuditEvent.seq.desc()).limit(1))
    return json.loads(detail).get("publication") if detail else None


def published_by_publication(work: Work, publication_id: str) -> str | None:
    """The case study a publication came from, read from the ``published`` audit event naming it."""
    events = work.session.execute(select(AuditEvent.target_id, AuditEvent.detail).where(
        AuditEvent.target_kind == str(TargetKind.CASE_STUDY), AuditEvent.action == str(AuditAction.PUBLISHED),
        AuditEvent.detail.contains(publication_id)))
    for target_id, detail in events:
        if json.loads(detail).get("publication") == publication_id:
            return target_id  # type: ignore[no-any-return]
    return None


def _refused(case_study_id: str, detail: dict[str, Any]) -> Callable[[Work], None]:
    def record(work: Work) -> None:
        row, decision = _accepted(work, Action.CASE_STUDY_PUBLISH, case_study_id)
        work.record(AuditAction.REFUSED, case_study_target(row), decision=decision, detail=detail)

    return record


def _sent_back(case_study_id: str, reason: str) -> Callable[[Work], None]:
    """A check at publication found an identifier: the case study goes back to its draft (recorded)."""

    def record(work: Work) -> None:
        row, decision = _accepted(work, Action.CASE_STUDY_PUBLISH, case_study_id)
        row.state, row.accepted_by = CaseStudyState.DRAFT, None
        records.add_history(work, row, "sent_back", reason=f"publication stopped: {reason}")
        work.record(AuditAction.REFUSED, case_study_target(row), decision=decision,
                    detail={"code": "verification", "revision": row.revision})

    return record


def _accepted(work: Work, action: Action, case_study_id: str) -> tuple[CaseStudy, Decision]:
    """An accepted case study, for a coordinator; a draft is the family's and answers as not found."""
    row, _case_id = work.find(action, CaseStudy, TargetKind.CASE_STUDY, case_study_id)
    target = case_study_target(row)
    decision = work.decide(action, target)
    if not decision.allowed:
        own = row.state == CaseStudyState.ACCEPTED and row.drafted_by == work.actor.id
        reviewer = work.decide(Action.CASE_STUDY_REVIEW, target).allowed
        raise (_OwnDraft if own and reviewer else Denied)(decision, target)
    if row.state != CaseStudyState.ACCEPTED:
        raise Denied(Decision(False, action, f"the case study is {row.state}, not accepted"), target)
    return row, decision


def _check_decided(work: Work, row: CaseStudy) -> None:
    """Every finding and suspect needs the publisher's decision on this revision before it goes out."""
    shown = review.entries(work, row)
    undecided = review.publisher_undecided(shown)
    if undecided:
        raise Conflict(f"the second reader left {review.open_count(undecided)} that you have not decided on: confirm "
                       f"or dismiss each (GET /case-studies/{row.id}/review/suspects) before publishing")
    if any((entry.publisher or {}).get("decision") == review.CONFIRMED for entry in shown):
        raise Conflict("you confirmed that something still identifies someone: the case study is back with its supporter")


def _consent_refusal(work: Work, row: CaseStudy, decision: Decision) -> Exception | None:
    verdict = records.consent_verdict(work, row.case_id)
    if not records.consent_blocks(verdict, required=work.rules.case_study_requires_consent):
        return None
    work.record(AuditAction.REFUSED, case_study_target(row), decision=decision,
                detail={"code": verdict.code, "consent": verdict.consent_id, "purpose": PURPOSE})
    return DisclosureBlocked(verdict.reason, code=verdict.code)


def _material(work: Work, row: CaseStudy) -> tuple[str, list[_Part], Identifiers]:
    case = work.session.get(Case, row.case_id)
    assert case is not None
    chosen = records.settings(work, row)
    report = records._open(work, row, "report", {})
    identifiers = identifiers_of(work, case, extra=chosen.get("identifiers", {}),
                                 terms=[*chosen.get("terms", []), *report.get("verification_terms", [])])
    parts = []
    for item in records.item_rows(work, row.id):
        if item.status != ItemStatus.READY or item.object_id is None:
            continue
        data = records.read_object(work, item.object_id, consequence="nothing was published")
        content_type = records.item_report(work, item).get("content_type") or "application/octet-stream"
        parts.append(_Part(item.position, item.output_kind or "text", content_type, data))
    if not parts:
        raise Conflict("nothing in the case study is ready to publish")
    return chosen.get("title", ""), parts, identifiers
