"""The slow step of a draft or a revision, as a job runs it (:meth:`vault.services._work.Core.two_phase`).

Read (under the policy, in a reading unit of work): the case's identifiers, the chosen notes' text and
each chosen document's row, checked for type and size before a byte of it is read, and the case key
as stored (wrapped). Slow (no transaction held): each document read when its turn comes, bounded by its
recorded size, redacted and verified, and each verified rendering encrypted into the store at once with
its key kept back (``put_pending``), so one document and one rendering at a time are in memory. The
commit adds the kept keys with the rows; a refusal, a failure or a cancel discards what was written.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from vault.errors import ContentUnavailable
from vault.services._work import Core, Work
from vault.services.case_studies import drafting, records
from vault.services.case_studies.drafting import Plan
from vault.services.case_studies.identifiers import Identifiers
from vault.services.case_studies.redacting import CaseStudyRedactor, ItemOutcome, RunOutcome, Source
from vault.services.case_studies.sources import identifiers_of, read_sources

if TYPE_CHECKING:
    from storage import PendingObject
    from vault.db.models import Case

__all__ = ["Inputs", "Redacted", "discard", "inputs_of", "redact", "summary"]


@dataclass(frozen=True)
class Inputs:
    case_id: str
    found: Identifiers
    sources: list[Source]
    wrapped_case_key: bytes


@dataclass
class Redacted:
    outcome: RunOutcome
    kept: dict[int, PendingObject] = field(default_factory=dict)


def inputs_of(core: Core, work: Work, case: Case, plan: Plan) -> Inputs:
    """What the slow step needs, read under the policy; no document's bytes yet."""
    wrapped = work.keystore.get_case_key(case.id)
    if wrapped is None:
        raise ContentUnavailable("this case's key is gone (the case was destroyed)")
    found = identifiers_of(work, case, extra=plan.identifiers, terms=plan.terms)

    def later(document_id: str, size: int) -> Callable[[], bytes]:
        return lambda: records.read_stored(core.store(), document_id, consequence="it was left out", limit=size)

    return Inputs(case.id, found, read_sources(work, case.id, plan.included(), later=later), wrapped)


def redact(core: Core, redactor: CaseStudyRedactor, plan: Plan, inputs: Inputs, *,
           progress: Callable[[int, int], None] | None = None) -> Redacted:
    """Check the title, then redact and verify every source, storing each rendering as it is made."""
    from vault.services.documents import storage_errors

    drafting.check_title(redactor.find(plan.title, inputs.found))
    rules = core.rules
    instructions = plan.instructions(inputs.found, seconds=rules.case_study_seconds,
                                     max_text_chars=rules.case_study_max_text_chars,
                                     max_document_bytes=rules.case_study_max_document_bytes)
    kept: dict[int, PendingObject] = {}
    store = core.store()

    def keep(item: ItemOutcome) -> ItemOutcome:
        assert item.data is not None
        with storage_errors("the draft was not kept"):
            kept[item.position] = store.put_pending(core.ids.new_id(), io.BytesIO(item.data), case_id=inputs.case_id,
                                                    wrapped_case_key=inputs.wrapped_case_key, length=len(item.data))
        return replace(item, data=b"")  # ready; its bytes are in the store now

    try:
        outcome = redactor.run(inputs.sources, instructions, progress=progress, keep=keep)
    except BaseException:
        discard(Redacted(RunOutcome([], [], []), kept))
        raise
    return Redacted(outcome, kept)


def discard(done: Redacted | None) -> None:
    """Remove renderings written by a slow step whose commit did not happen (their keys never existed)."""
    if done is None:
        return
    for pending in done.kept.values():
        try:
            pending.discard()
        except Exception:  # the store is away: the orphan sweep removes them (nobody can decrypt them)
            continue


def summary(row_id: str, revision: int, items: list[Any]) -> dict[str, Any]:
    """A draft job's summary: ids and counts only."""
    return {"case_study": row_id, "revision": revision, "ready": sum(i.status == "ready" for i in items),
            "failed": sum(i.status == "failed" for i in items), "excluded": sum(i.status == "excluded" for i in items)}
