"""Finding a case: by a family name, a child's (or parent's) name, a postcode, or the case reference.

Names are looked up in the keyed index (:mod:`vault.services.search_index`): the query is folded into
tokens as the index was, each token keyed, and a case matches when it holds every one. Only cases the
actor could list are searched, and a name match is shown only where the policy lets the actor read the
case's details (a supporter: their own families; a coordinator: none but those a parent let them see
or a safeguarding override opens), so a search never says that a family the actor may not know about
exists. A reference finds a case wherever the actor may see its summary (coordinators: every case).
Every search is audited as a listing of what it showed; the query itself is never recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import delete, distinct, func, select

from vault.audit import AuditAction
from vault.db.models import Case, SearchKey, SearchToken
from vault.errors import InvalidRequest
from vault.policy import Action, Actor, Role, Target, TargetKind
from vault.search_terms import MAX_QUERY_CHARS, MAX_QUERY_TERMS, query_tokens
from vault.services._work import Core, Work
from vault.services.cases import CaseSummary, case_summaries
from vault.services.facts import involved_case_ids
from vault.services.search_index import (
    ACTIVE,
    BUILDING,
    active_key,
    digest,
    index_case,
    live_keys,
    new_generation,
)
from vault.services.states import CaseStatus

__all__ = ["CaseSearchService", "ReindexResult"]

_REFERENCE = re.compile(r"[0-9A-F]{4}-?[0-9A-F]{4}-?[0-9A-F]{4}")
MAX_RESULTS = 200


@dataclass(frozen=True)
class ReindexResult:
    cases: int
    tokens: int
    generation: int
    new_key: bool


class CaseSearchService:
    def __init__(self, core: Core) -> None:
        self._core = core

    def search(self, actor: Actor, query: str, *, limit: int = 50) -> list[CaseSummary]:
        text = " ".join(query.split())
        if not text:
            raise InvalidRequest("enter a family name, a child's name, a postcode or a case reference")
        if len(text) > MAX_QUERY_CHARS:
            raise InvalidRequest(f"a search is at most {MAX_QUERY_CHARS} characters")
        if not 1 <= limit <= MAX_RESULTS:
            raise InvalidRequest(f"limit is 1-{MAX_RESULTS}")
        tokens = query_tokens(text)
        if len(tokens) > MAX_QUERY_TERMS:
            raise InvalidRequest(f"search for at most {MAX_QUERY_TERMS} words at a time")
        with self._core.read(actor) as work:
            decision = work.authorize(Action.CASE_LIST, Target.service())
            by_reference = self._by_reference(work, text)
            by_name = self._by_tokens(work, tokens, limit) if tokens else []
            cases = _unique([*by_reference, *by_name])
            summaries, readable = case_summaries(work, cases)
            viewable = {case.id for case in by_reference if work.decide(Action.CASE_VIEW, _case(case)).allowed}
            shown = [s for s in summaries if s.id in viewable or s.id in readable][:limit]
            work.record(
                AuditAction.LISTED,
                Target.service(),
                decision=decision,
                operation="case.search",
                detail={"cases": [s.id for s in shown], "terms": len(tokens)},
            )
            return shown

    def _by_reference(self, work: Work, text: str) -> list[Case]:
        compact = text.upper().replace(" ", "")
        if not _REFERENCE.fullmatch(compact):
            return []
        reference = compact if "-" in compact else "-".join(compact[i : i + 4] for i in (0, 4, 8))
        case = work.session.scalar(select(Case).where(Case.reference == reference, Case.status != CaseStatus.DESTROYED))
        return [case] if case is not None else []

    def _by_tokens(self, work: Work, tokens: set[str], limit: int) -> list[Case]:
        key = active_key(work)
        if key is None:
            return []
        generation, secret = key
        digests = sorted({digest(secret, token) for token in tokens})
        matching = (
            select(SearchToken.case_id)
            .where(SearchToken.generation == generation, SearchToken.digest.in_(digests))
            .group_by(SearchToken.case_id)
            .having(func.count(distinct(SearchToken.digest)) == len(digests))
        )
        query = select(Case).where(Case.id.in_(matching), Case.status != CaseStatus.DESTROYED)
        if work.actor.role is not Role.COORDINATOR:
            query = query.where(Case.id.in_(involved_case_ids(work.actor, now=work.now)))
        # Enough rows that the policy's filter (a coordinator reads few cases' details) leaves `limit`.
        query = query.order_by(Case.opened_on.desc(), Case.id).limit(limit * 4)
        return list(work.session.scalars(query))

    # -- rebuilding ----------------------------------------------------------------------------

    def reindex(self, actor: Actor, *, new_key: bool = False, batch_size: int = 200) -> ReindexResult:
        """Index every case again from its sealed fields (existing cases after the upgrade that added
        the index, or after a restore). With ``new_key``, a fresh index key is made, every case is
        indexed under it while searches go on under the old one, and then the old key and its tokens
        are deleted."""
        if batch_size < 1:
            raise InvalidRequest("a batch holds at least one case")
        with self._core.work(actor) as work:
            decision = work.authorize(Action.SEARCH_REINDEX, Target.service())
            if new_key:
                generation = new_generation(work.session, self._core.keyring, self._core.ids.random_bytes(32),
                                            state=BUILDING, at=work.now)
            else:
                generation = live_keys(work)[-1][0]
            case_ids = list(work.session.scalars(select(Case.id).where(Case.status != CaseStatus.DESTROYED).order_by(Case.id)))
        tokens = 0
        for start in range(0, len(case_ids), batch_size):
            with self._core.work(actor) as work:
                keys = live_keys(work)
                for case_id in case_ids[start : start + batch_size]:
                    case = work.session.get(Case, case_id)
                    if case is not None and case.status != CaseStatus.DESTROYED:
                        tokens += index_case(work, case, keys)
        with self._core.work(actor) as work:
            if new_key:
                for row in work.session.scalars(select(SearchKey)):
                    if row.generation != generation:
                        work.session.delete(row)
                    else:
                        row.state = ACTIVE
                work.session.execute(delete(SearchToken).where(SearchToken.generation != generation))
            work.record(
                AuditAction.UPDATED,
                Target.service(),
                decision=decision,
                operation=str(Action.SEARCH_REINDEX),
                detail={"cases": len(case_ids), "generation": generation, "new_key": new_key},
            )
        return ReindexResult(len(case_ids), tokens, generation, new_key)


def _case(case: Case) -> Target:
    return Target(TargetKind.CASE, case.id, case.id)


def _unique(cases: list[Case]) -> list[Case]:
    seen: dict[str, Case] = {}
    for case in cases:
        seen.setdefault(case.id, case)
    return list(seen.values())
