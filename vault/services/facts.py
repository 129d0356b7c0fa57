"""Loading what the policy needs to know about cases: supporters, parents' requests, live overrides."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import BindParameter, CompoundSelect, Executable, bindparam, select
from sqlalchemy.orm import Session

from vault.db.models import AccessGrant, Assignment, FamilyAccount, SafeguardingOverride
from vault.policy import Actor, CaseFacts, GrantFact, OverrideFact, Role

__all__ = ["involved_case_ids", "load_facts"]


def _statements(*, for_actor: bool) -> tuple[Executable, Executable, Executable]:
    """The three fact queries, built once: they run on every request, and building a statement
    costs more than running it. Parameters: ``ids`` (a list), ``now``, and with ``for_actor``, ``actor``."""
    ids: BindParameter[list[str]] = bindparam("ids", expanding=True)
    assignments = select(Assignment.case_id, Assignment.staff_id).where(
        Assignment.case_id.in_(ids), Assignment.ended_at.is_(None)
    )
    # Columns, not ORM objects: nothing here is changed.
    grants = select(
        AccessGrant.case_id,
        AccessGrant.id,
        AccessGrant.grantee_id,
        AccessGrant.include_details,
        AccessGrant.include_notes,
        AccessGrant.all_documents,
        AccessGrant.document_ids,
    ).where(AccessGrant.case_id.in_(ids), AccessGrant.ended_at.is_(None))
    overrides = select(
        SafeguardingOverride.case_id, SafeguardingOverride.id, SafeguardingOverride.requested_by, SafeguardingOverride.expires_at
    ).where(
        SafeguardingOverride.case_id.in_(ids),
        SafeguardingOverride.approved_at.is_not(None),
        SafeguardingOverride.ended_at.is_(None),
        SafeguardingOverride.expires_at > bindparam("now"),
    )
    if for_actor:
        actor: BindParameter[str] = bindparam("actor")
        assignments = assignments.where(Assignment.staff_id == actor)
        grants = grants.where(AccessGrant.grantee_id == actor)
        overrides = overrides.where(SafeguardingOverride.requested_by == actor)
    return assignments, grants, overrides


_ALL_FACTS = _statements(for_actor=False)
_ACTOR_FACTS = _statements(for_actor=True)


def _family_statement(*, for_actor: bool) -> Executable:
    """The family's live portal accounts on the cases (the parent portal's FAMILY ground)."""
    ids: BindParameter[list[str]] = bindparam("ids", expanding=True)
    query = select(FamilyAccount.case_id, FamilyAccount.account_id, FamilyAccount.role).where(
        FamilyAccount.case_id.in_(ids), FamilyAccount.account_id.is_not(None), FamilyAccount.ended_at.is_(None)
    )
    # For one actor: their own account, and the children's (whose own data nobody else in the family reads).
    mine_or_young = (FamilyAccount.account_id == bindparam("actor")) | (FamilyAccount.role == str(Role.CHILD))
    return query.where(mine_or_young) if for_actor else query


_ALL_FAMILY = _family_statement(for_actor=False)
_ACTOR_FAMILY = _family_statement(for_actor=True)


def load_facts(
    session: Session, case_ids: Collection[str], *, now: datetime, actor_id: str | None = None
) -> dict[str, CaseFacts]:
    """Facts for each case; with ``actor_id``, only the facts about that actor (all a decision for
    that actor can depend on), which keeps a long list cheap."""
    if not case_ids:
        return {}
    ids = list(case_ids)
    params: dict[str, Any] = {"ids": ids, "now": now}
    if actor_id is not None:
        params["actor"] = actor_id
    assignments, grant_query, override_query = _ACTOR_FACTS if actor_id is not None else _ALL_FACTS
    assigned: dict[str, set[str]] = defaultdict(set)
    grants: dict[str, list[GrantFact]] = defaultdict(list)
    overrides: dict[str, list[OverrideFact]] = defaultdict(list)
    family: dict[str, set[str]] = defaultdict(set)
    young: dict[str, set[str]] = defaultdict(set)

    for case_id, staff_id in session.execute(assignments, params):
        assigned[case_id].add(staff_id)
    for case_id, grant_id, grantee_id, include_details, include_notes, all_documents, document_ids in session.execute(
        grant_query, params
    ):
        grants[case_id].append(
            GrantFact(
                grant_id=grant_id,
                grantee_id=grantee_id,
                include_details=include_details,
                include_notes=include_notes,
                all_documents=all_documents,
                document_ids=frozenset(json.loads(document_ids)),
            )
        )
    for case_id, override_id, holder_id, expires_at in session.execute(override_query, params):
        overrides[case_id].append(OverrideFact(override_id, holder_id, expires_at))
    for case_id, account_id, role in session.execute(_ACTOR_FAMILY if actor_id is not None else _ALL_FAMILY, params):
        family[case_id].add(account_id)
        if role == Role.CHILD:
            young[case_id].add(account_id)

    return {
        case_id: CaseFacts(
            case_id=case_id,
            assigned=frozenset(assigned[case_id]),
            grants=tuple(grants[case_id]),
            overrides=tuple(overrides[case_id]),
            family=frozenset(family[case_id]),
            young=frozenset(young[case_id]),
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
