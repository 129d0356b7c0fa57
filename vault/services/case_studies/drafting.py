"""Drafting and revising: the family's supporter chooses documents and notes, the vault redacts them
(outside any transaction: it takes seconds), and the draft is kept as case content.

Order, as for uploads: the policy and the parent's consent are checked and the sources read in a
reading unit of work; the redaction runs with no transaction held; then, under the lock, the policy is
asked again, the renderings are encrypted into the store under the case key, and the rows and the one
audit event commit together. A crash in between leaves only undecryptable orphans for the sweep.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete

from vault.audit import AuditAction
from vault.db.models import Case, CaseStudy, CaseStudyItem
from vault.errors import DisclosureBlocked, InvalidRequest
from vault.policy import Action, Decision, Target, TargetKind
from vault.services._work import Work
from vault.services.case_studies.identifiers import Identifiers
from vault.services.case_studies.records import (
    add_history,
    consent_blocks,
    consent_verdict,
    item_rows,
    report,
    seal_item,
    store_json,
)
from vault.services.case_studies.redacting import Instructions, RunOutcome
from vault.services.case_studies.sources import SourceRef
from vault.services.case_studies.views import PURPOSE, AreaInput, ItemStatus
from vault.services.documents import storage_errors

if TYPE_CHECKING:
    from storage import PendingObject

__all__ = [
    "Plan",
    "areas_by_position",
    "audit_detail",
    "case_study_target",
    "check_title",
    "checked_areas",
    "checked_title",
    "load_case_study",
    "new_case_study",
    "refuse_without_consent",
    "store_outcome",
]

MAX_TITLE = 200


@dataclass(frozen=True)
class Plan:
    """What to run: the sources (all of them, with the excluded positions), the additions and options."""

    title: str
    refs: tuple[SourceRef, ...]
    excluded: frozenset[int]
    identifiers: dict[str, list[str]]
    terms: tuple[str, ...]
    areas: tuple[dict[str, float], ...]
    retypeset: bool

    def included(self) -> list[SourceRef]:
        return [ref for ref in self.refs if ref[0] not in self.excluded]

    def settings(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "sources": [{"position": p, "kind": k, "id": i} for p, k, i in self.refs],
            "excluded": sorted(self.excluded),
            "identifiers": self.identifiers,
            "terms": list(self.terms),
            "areas": list(self.areas),
            "retypeset": self.retypeset,
        }

    def instructions(self, identifiers: Identifiers, *, seconds: float, max_text_chars: int,
                     max_document_bytes: int) -> Instructions:
        return Instructions(identifiers, self.terms, areas_by_position(self.areas), self.retypeset, seconds, max_text_chars,
                            max_document_bytes)


def checked_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise InvalidRequest("a case study needs a title (it is published with it)")
    if len(title) > MAX_TITLE:
        raise InvalidRequest(f"a title is at most {MAX_TITLE} characters")
    return title


def check_title(found: Sequence[str]) -> None:
    if found:
        raise InvalidRequest(f"the title looks like it names someone or something of the family ({', '.join(found)}): "
                             "it is published as it is, so choose one that identifies nobody")


def checked_areas(areas: Sequence[AreaInput], refs: Sequence[SourceRef]) -> list[dict[str, float]]:
    from redaction.pdf import Area, InvalidRequestError

    positions = {ref[0] for ref in refs}
    checked = []
    for area in areas:
        if area.item not in positions:
            raise InvalidRequest(f"area on item {area.item}, but the case study has items 1-{len(refs)}")
        try:
            Area(area.page, area.x0, area.y0, area.x1, area.y1)
        except InvalidRequestError as error:
            raise InvalidRequest(str(error)) from None
        checked.append({"item": area.item, "page": area.page, "x0": area.x0, "y0": area.y0, "x1": area.x1, "y1": area.y1})
    return checked


def areas_by_position(areas: Sequence[dict[str, float]]) -> dict[int, list[Any]]:
    from redaction.pdf import Area

    by_item: dict[int, list[Any]] = {}
    for area in areas:
        by_item.setdefault(int(area["item"]), []).append(Area(int(area["page"]), area["x0"], area["y0"], area["x1"], area["y1"]))
    return by_item


def refuse_without_consent(work: Work, case: Case, decision: Decision, target: Target) -> DisclosureBlocked | None:
    """The refusal to raise (after the unit of work, so its event stays) when the parent's consent is
    needed and not in force; ``None`` when the draft may go on."""
    verdict = consent_verdict(work, case.id)
    if not consent_blocks(verdict, required=work.rules.case_study_requires_consent):
        return None
    work.record(AuditAction.REFUSED, target, decision=decision,
                detail={"code": verdict.code, "consent": verdict.consent_id, "purpose": PURPOSE})
    return DisclosureBlocked(verdict.reason, code=verdict.code)


def store_outcome(work: Work, row: CaseStudy, plan: Plan, outcome: RunOutcome,
                  kept: Mapping[int, PendingObject] | None = None) -> list[str]:
    """Replace the case study's items with this run's: renderings encrypted under the case key (or, for
    those in ``kept``, already encrypted into the store by the slow step: their keys commit here),
    reports sealed. Returns the object ids of the previous renderings, whose keys are shredded here
    (their bytes are deleted after the commit)."""
    kept = kept or {}
    old = [item.object_id for item in item_rows(work, row.id) if item.object_id]
    for object_id in old:
        work.keystore.shred_object(object_id, at=work.now)
    work.session.execute(delete(CaseStudyItem).where(CaseStudyItem.case_study_id == row.id))
    by_position = {item.position: item for item in outcome.items}
    for position, kind, source_id in plan.refs:
        item = CaseStudyItem(id=work.new_id(), case_study_id=row.id, case_id=row.case_id, position=position,
                             source_kind=kind, source_id=source_id, status=ItemStatus.EXCLUDED)
        result = by_position.get(position)
        if result is not None:
            item.output_kind = result.output_kind
            item.status = ItemStatus.READY if result.ready else ItemStatus.FAILED
            pending = kept.get(position)
            if pending is not None:
                work.keystore.add_object_key(pending.key)
                item.object_id, item.size = pending.key.object_id, pending.key.size
            elif result.data is not None:
                item.object_id = work.new_id()
                item.size = len(result.data)
                with storage_errors("the draft was not kept"):
                    work.store.put(item.object_id, io.BytesIO(result.data), case_id=row.case_id, length=len(result.data))
            seal_item(work, item, report={**result.report, "content_type": result.content_type}, reason=result.reason)
        work.session.add(item)
    store_json(work, row, "settings", plan.settings())
    decisions = report(work, row).get("decisions", {})  # by stable id: what was decided stands for the same words
    store_json(work, row, "report", {"pseudonyms": outcome.pseudonyms, "verification_terms": outcome.verification_terms,
                                     "decisions": decisions})
    work.session.flush()
    return old


def audit_detail(plan: Plan, outcome: RunOutcome, consent: str) -> dict[str, Any]:
    """Ids, counts and codes only: never a term, an identifier or a title."""
    found: dict[str, int] = {}
    for item in outcome.items:
        for kind, count in item.report.get("counts", {}).items():
            found[kind] = found.get(kind, 0) + int(count)
    return {
        "documents": [i for _, k, i in plan.refs if k == "document"],
        "notes": [i for _, k, i in plan.refs if k == "note"],
        "ready": sum(item.ready for item in outcome.items),
        "failed": sum(not item.ready for item in outcome.items),
        "excluded": len(plan.excluded),
        "found": dict(sorted(found.items())),
        "consent": consent,
    }


def new_case_study(work: Work, case: Case, plan: Plan, consent: tuple[str, str | None], *,
                   case_study_id: str | None = None) -> CaseStudy:
    row = CaseStudy(id=case_study_id or work.new_id(), case_id=case.id, state="draft", revision=1, drafted_by=work.actor.id,
                    drafted_at=work.now, accepted_by=None, consent=consent[0], consent_id=consent[1])
    store_json(work, row, "history", [])
    store_json(work, row, "settings", plan.settings())
    work.session.add(row)
    work.session.flush()
    add_history(work, row, "drafted")
    return row


def case_study_target(row: CaseStudy) -> Target:
    return Target(TargetKind.CASE_STUDY, row.id, row.case_id, owner_id=row.drafted_by)


def load_case_study(work: Work, action: Action, case_study_id: str) -> tuple[CaseStudy, Decision]:
    row, _case_id = work.find(action, CaseStudy, TargetKind.CASE_STUDY, case_study_id)
    return row, work.authorize(action, case_study_target(row))
