"""Loading what the policy needs to know about cases: supporters, parents' requests, live overrides."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection
from datetime import datetime

from sqlalchemy import CompoundSelect, select
from sqlalchemy.orm import Session

from vault.db.models import AccessGrant, Assignment, SafeguardingOverride
from vault.policy import Actor, CaseFacts, GrantFact, OverrideFact

__all__ = ["involved_case_ids", "load_facts"]


def load_facts(
    session: Session, case_ids: Collection[str], *, now: datetime, actor_id: str | None = None
) -> dict[str, CaseFacts]:
    """Facts for each case; with ``actor_id``, only the facts about that actor (all a decision for
    that actor can depend on), which keeps a long list cheap."""
    if not case_ids:
        return {}
    ids = list(case_ids)
    assigned: dict[str, set[str]] = defaultdict(set)
    grants: dict[str, list[GrantFact]] = defaultdict(list)
    overrides: dict[str, list[OverrideFact]] = defaultdict(list)

    query = select(Assignment.case_id, Assignment.staff_id).where(
        Assignment.case_id.in_(ids), Assignment.ended_at.is_(None)
    )
    if actor_id is not None:
        query = query.where(Assignment.staff_id == actor_id)
    for case_id, staff_id in session.execute(query):
        assigned[case_id].add(staff_id)

    grant_query = select(AccessGrant).where(AccessGrant.case_id.in_(ids), AccessGrant.ended_at.is_(None))
    if actor_id is not None:
        grant_query = grant_query.where(AccessGrant.grantee_id == actor_id)
    for grant in session.scalars(grant_query):
        grants[grant.case_id].append(
            GrantFact(
                grant_id=grant.id,
                grantee_id=grant.grantee_id,
                include_details=grant.include_details,
                include_notes=grant.include_notes,
                all_documents=grant.all_documents,
                document_ids=frozenset(json.loads(grant.document_ids)),
            )
        )

    override_query = select(SafeguardingOverride).where(
        SafeguardingOverride.case_id.in_(ids),
        SafeguardingOverride.approved_at.is_not(None),
        SafeguardingOverride.ended_at.is_(None),
        SafeguardingOverride.expires_at > now,
    )
    if actor_id is not None:
        override_query = override_query.where(SafeguardingOverride.requested_by == actor_id)
    for override in session.scalars(override_query):
        assert override.expires_at is not None
        overrides[override.case_id].append(OverrideFact(override.id, override.requested_by, override.expires_at))

    return {
        case_id: CaseFacts(
            case_id=case_id,
            assigned=frozenset(assigned[case_id]),
            grants=tuple(grants[case_id]),
            overrides=tuple(overrides[case_id]),
        )
        for case_id in ids
    }


def involved_case_ids(actor: Actor, *, now: datetime) -> CompoundSelect[str]:
    """Cases the actor supports, was let into by the parent, or holds a live override on."""
    assigned = select(Assignment.case_id).where(Assignment.staff_id == actor.id, Assignment.ended_at.is_(None))
    granted = select(AccessGrant.case_id).where(AccessGrant.grantee_id == actor.id, AccessGrant.ended_at.is_(None))
    overridden = select(SafeguardingOverride.case_id).where(
        SafeguardingOverride.requested_by == actor.id,
        SafeguardingOverride.approved_at.is_not(None),
        SafeguardingOverride.ended_at.is_(None),
        SafeguardingOverride.expires_at > now,
    )
    return assigned.union(granted, overridden)
