"""A case study's rows in and out of their sealed form, and the views built from them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from vault.consent_rules import Verdict, judge_disclosure
from vault.db.models import CaseStudy, CaseStudyItem, Document
from vault.errors import ContentUnavailable
from vault.fields import Place
from vault.services._work import Work
from vault.services.case_studies.views import (
    EXTENSIONS,
    PURPOSE,
    CaseStudyItemView,
    CaseStudyReview,
    CaseStudySummary,
    CaseStudyView,
    ItemStatus,
)
from vault.services.consent import load_records

if TYPE_CHECKING:
    from storage import EncryptedStore

__all__ = [
    "CONSENT_RECIPIENT",
    "add_history",
    "extension",
    "consent_blocks",
    "consent_verdict",
    "history",
    "item_report",
    "item_rows",
    "read_object",
    "report",
    "review_view",
    "seal_item",
    "settings",
    "shred_renderings",
    "store_json",
    "subject_access_records",
    "summary",
    "view",
]

# Published material goes to whoever reads it: only a consent for "anyone" covers it. No organisation
# is called this, so an organisation's or a role's consent never does.
CONSENT_RECIPIENT = "anyone (a published case study)"


def extension(output_kind: str | None) -> str:
    """A rendering's file name extension, by the kind of its output."""
    return EXTENSIONS.get(output_kind or "", "bin")


def consent_verdict(work: Work, case_id: str) -> Verdict:
    verdict = judge_disclosure(load_records(work, case_id), organisation=CONSENT_RECIPIENT, role=None, purpose=PURPOSE, at=work.now)
    if verdict.code == "missing":
        return Verdict(False, "missing", f"no consent is recorded for using this case as a case study: record the parent's "
                                         f"consent for recipient 'anyone' with purpose {PURPOSE!r} (or any purpose) first")
    return verdict


def consent_blocks(verdict: Verdict, *, required: bool) -> bool:
    """The parent's "no" (refused, withdrawn, or restricted to roles a publication does not go to) always
    blocks; no answer at all blocks only where the service requires consent (Rules)."""
    return not verdict.allowed and (required or verdict.code != "missing")


def _place(row: CaseStudy | CaseStudyItem, column: str) -> Place:
    table = "case_studies" if isinstance(row, CaseStudy) else "case_study_items"
    return Place(table, column, row.id)


def store_json(work: Work, row: CaseStudy | CaseStudyItem, column: str, value: Any) -> None:
    setattr(row, f"{column}_sealed", work.fields.seal_json(row.case_id, _place(row, column), value))


def _open(work: Work, row: CaseStudy | CaseStudyItem, column: str, default: Any) -> Any:
    sealed = getattr(row, f"{column}_sealed")
    return default if sealed is None else work.fields.open_json(row.case_id, _place(row, column), sealed)


def settings(work: Work, row: CaseStudy) -> dict[str, Any]:
    return _open(work, row, "settings", {})  # type: ignore[no-any-return]


def report(work: Work, row: CaseStudy) -> dict[str, Any]:
    """The case study's own report: the pseudonyms used, the terms verification added, the decisions
    taken on what the second reader left (:mod:`.review`)."""
    return _open(work, row, "report", {})  # type: ignore[no-any-return]


def history(work: Work, row: CaseStudy) -> list[dict[str, Any]]:
    return _open(work, row, "history", [])  # type: ignore[no-any-return]


def add_history(work: Work, row: CaseStudy, event: str, **detail: Any) -> None:
    entries = history(work, row)
    entries.append({"event": event, "by": work.actor.id, "at": work.now.isoformat(), "revision": row.revision, **detail})
    store_json(work, row, "history", entries)


def item_report(work: Work, item: CaseStudyItem) -> dict[str, Any]:
    return _open(work, item, "report", {})  # type: ignore[no-any-return]


def seal_item(work: Work, item: CaseStudyItem, *, report: Mapping[str, Any], reason: str | None) -> None:
    store_json(work, item, "report", dict(report))
    item.reason_sealed = work.fields.seal_optional(item.case_id, _place(item, "reason"), reason)


def item_rows(work: Work, case_study_id: str) -> list[CaseStudyItem]:
    return list(work.session.scalars(select(CaseStudyItem).where(CaseStudyItem.case_study_id == case_study_id)
                                     .order_by(CaseStudyItem.position)))


def _counts(report: Mapping[str, Any]) -> dict[str, int]:
    return {str(k): int(v) for k, v in report.get("counts", {}).items()}


def _item_view(work: Work, item: CaseStudyItem, *, titles: Mapping[str, str | None]) -> CaseStudyItemView:
    report = item_report(work, item)
    return CaseStudyItemView(
        position=item.position,
        source_kind=item.source_kind,
        source_id=item.source_id,
        source_title=titles.get(item.source_id),
        status=item.status,
        output_kind=item.output_kind,
        content_type=report.get("content_type"),
        size=item.size,
        counts=_counts(report),
        reason=work.fields.open_optional(item.case_id, _place(item, "reason"), item.reason_sealed),
        report=report or None,
    )


def _titles(work: Work, items: Sequence[CaseStudyItem]) -> dict[str, str | None]:
    ids = [item.source_id for item in items if item.source_kind == "document"]
    titles: dict[str, str | None] = {}
    for document in work.session.scalars(select(Document).where(Document.id.in_(ids))) if ids else ():
        titles[document.id] = work.fields.open_optional(document.case_id, Place("documents", "title", document.id), document.title_sealed)
    return titles


def _consent_note(row: CaseStudy) -> str:
    if row.consent in ("given", "restricted"):
        return f"the parent consented to this use ({PURPOSE})"
    return f"no consent in force for this use ({row.consent}): the parent was not asked, or said no"


def view(work: Work, row: CaseStudy) -> CaseStudyView:
    items = item_rows(work, row.id)
    titles = _titles(work, items)
    chosen = settings(work, row)
    found = report(work, row)
    return CaseStudyView(
        id=row.id,
        case_id=row.case_id,
        title=chosen.get("title", ""),
        state=row.state,
        revision=row.revision,
        drafted_by=row.drafted_by,
        drafted_at=row.drafted_at,
        accepted_by=row.accepted_by,
        consent=row.consent,
        consent_note=_consent_note(row),
        retypeset=bool(chosen.get("retypeset")),
        identifiers=chosen.get("identifiers", {}),
        terms=chosen.get("terms", []),
        areas=chosen.get("areas", []),
        items=[_item_view(work, item, titles=titles) for item in items],
        pseudonyms=found.get("pseudonyms", []),
        verification_terms=found.get("verification_terms", []),
        history=history(work, row),
        suspects=_suspects(work, row),
    )


def summary(work: Work, row: CaseStudy) -> CaseStudySummary:
    items = item_rows(work, row.id)
    return CaseStudySummary(
        id=row.id,
        title=settings(work, row).get("title", ""),
        state=row.state,
        revision=row.revision,
        drafted_by=row.drafted_by,
        drafted_at=row.drafted_at,
        items=len(items),
        ready=sum(item.status == ItemStatus.READY for item in items),
        failed=sum(item.status == ItemStatus.FAILED for item in items),
        consent=row.consent,
    )


def review_view(work: Work, row: CaseStudy) -> CaseStudyReview:
    chosen = settings(work, row)
    parts = []
    for item in item_rows(work, row.id):
        if item.status == ItemStatus.READY:
            report = item_report(work, item)
            parts.append({"position": item.position, "output_kind": item.output_kind, "content_type": report.get("content_type"),
                          "size": item.size, "counts": _counts(report)})
    return CaseStudyReview(row.id, chosen.get("title", ""), row.revision, row.consent, _consent_note(row),
                           bool(chosen.get("retypeset")), parts, _suspects(work, row))


def _suspects(work: Work, row: CaseStudy) -> list[Any]:
    from vault.services.case_studies.review import entries  # review reads these records

    return entries(work, row)


def subject_access_records(work: Work, case_id: str) -> list[dict[str, Any]]:
    """The case's case studies for a subject access archive: what was made from the family's data, when
    and by whom, what was found and removed, and what became of it (the drafts' renderings themselves
    are the documents and notes already in the archive, with identifiers replaced)."""
    rows = work.session.scalars(select(CaseStudy).where(CaseStudy.case_id == case_id).order_by(CaseStudy.drafted_at))
    found = []
    for row in rows:
        shown = view(work, row)
        found.append({
            "title": shown.title,
            "state": shown.state,
            "drafted_at": shown.drafted_at,
            "consent": shown.consent_note,
            "items": [{"source": item.source_kind, "title": item.source_title, "status": item.status,
                       "identifiers_removed": item.counts, "reason": item.reason} for item in shown.items],
            "pseudonyms": shown.pseudonyms,
            "history": [{"event": entry.get("event"), "at": entry.get("at")} for entry in shown.history],
        })
    return found


def read_object(work: Work, object_id: str, *, consequence: str, limit: int | None = None, whole: bool = True) -> bytes:
    """A whole object from the encrypted store (authenticated chunk by chunk as it is read); with
    ``limit``, never more than that many bytes are held: a larger object is refused, or (``whole``
    False) its first ``limit`` bytes returned."""
    return read_stored(work.store, object_id, consequence=consequence, limit=limit, whole=whole)


def read_stored(store: EncryptedStore, object_id: str, *, consequence: str, limit: int | None = None,
                whole: bool = True) -> bytes:
    """:func:`read_object` from a given store (a job's slow step reads with no unit of work open)."""
    from vault.services.documents import storage_errors

    with storage_errors(consequence):
        reader = store.open(object_id)
        try:
            data = reader.read() if limit is None else reader.read(limit + 1)
        finally:
            reader.close()
    if limit is not None and len(data) > limit and whole:
        raise ContentUnavailable(f"the stored document is larger than recorded; {consequence}")
    return data


def shred_renderings(work: Work, row: CaseStudy) -> list[str]:
    """Shred the keys of the case study's renderings; returns their object ids (bytes go after the commit)."""
    shredded = []
    for item in item_rows(work, row.id):
        if item.object_id:
            work.keystore.shred_object(item.object_id, at=work.now)
            shredded.append(item.object_id)
            item.object_id = None
    return shredded
