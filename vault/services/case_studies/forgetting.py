"""Case studies are the family's content, so they go when the family's data goes: with the case
(retention, or any case shred) every draft and its report is deleted, its renderings' keys shredded
with the case key; with a document returned to the parent and destroyed, every item made from it.
Publications stay: they hold nothing of the family (the audit log still says where they came from).
"""

from __future__ import annotations

from sqlalchemy import delete, select

from vault.db.models import CaseStudy, CaseStudyItem
from vault.services._work import Work
from vault.services.case_studies.records import add_history, seal_item
from vault.services.case_studies.views import CaseStudyState, ItemStatus

__all__ = ["forget_case", "forget_document"]


def forget_case(work: Work, case_id: str) -> None:
    """Delete the case's case studies (their objects' keys went with the case key)."""
    work.session.execute(delete(CaseStudyItem).where(CaseStudyItem.case_id == case_id))
    work.session.execute(delete(CaseStudy).where(CaseStudy.case_id == case_id))


def forget_document(work: Work, document_id: str) -> list[str]:
    """Remove every draft item made from a destroyed document; returns the object ids shredded. A case
    study waiting for publication goes back to its draft: what it would publish has changed."""
    shredded = []
    for item in work.session.scalars(select(CaseStudyItem).where(CaseStudyItem.source_id == document_id,
                                                                 CaseStudyItem.source_kind == "document")):
        if item.status == ItemStatus.REMOVED:
            continue
        if item.object_id:
            work.keystore.shred_object(item.object_id, at=work.now)
            shredded.append(item.object_id)
        item.object_id, item.size, item.status = None, None, ItemStatus.REMOVED
        seal_item(work, item, report={}, reason="its document was returned to the parent and destroyed")
        case_study = work.session.get(CaseStudy, item.case_study_id)
        if case_study is not None and case_study.state == CaseStudyState.ACCEPTED:
            case_study.state, case_study.accepted_by = CaseStudyState.DRAFT, None
            add_history(work, case_study, "source_destroyed", item=item.position)
    return shredded
