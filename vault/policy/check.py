"""``check_access``: the one place an access decision is made. Deny by default."""

from __future__ import annotations

from vault.policy.model import (
    AccessContext,
    Action,
    Actor,
    Decision,
    GrantFact,
    Ground,
    Target,
)
from vault.policy.rules import GRANT_SCOPE, NOT_OWN, PERMISSIONS, GrantScope

__all__ = ["check_access"]

# When several grounds hold, the least exceptional one is recorded: an assigned supporter reading
# their own case is not "under override" just because an override also exists.
_PREFERENCE = (Ground.ROLE, Ground.OWNER, Ground.ASSIGNED, Ground.FAMILY, Ground.GRANT, Ground.OVERRIDE)


def check_access(actor: Actor, action: Action, target: Target, context: AccessContext) -> Decision:
    grounds = PERMISSIONS.get(action, {}).get(actor.role, frozenset())
    if not grounds:
        return _deny(action, f"a {actor.role} may not {action}")
    if action in NOT_OWN and target.owner_id == actor.id:
        return _deny(action, f"{action} needs someone other than the person it is for")
    for ground in _PREFERENCE:
        if ground in grounds:
            decision = _holds(ground, actor, action, target, context)
            if decision is not None:
                return decision
    return _deny(action, f"{actor.name} has no {'/'.join(sorted(grounds))} on this case")


def _holds(ground: Ground, actor: Actor, action: Action, target: Target, context: AccessContext) -> Decision | None:
    if ground is Ground.ROLE:
        return Decision(True, action, f"allowed to a {actor.role}", ground=ground)
    if ground is Ground.OWNER:
        if target.owner_id is not None and target.owner_id == actor.id:
            return Decision(True, action, "their own request", ground=ground)
        return None
    facts = context.case
    if facts is None or target.case_id is None or facts.case_id != target.case_id:
        return None
    if ground is Ground.ASSIGNED:
        if actor.id in facts.assigned:
            return Decision(True, action, "the family's supporter", ground=ground)
        return None
    if ground is Ground.FAMILY:
        # A child of 12 or over's own (what they gave) is theirs, not the rest of the family's.
        someone_elses = target.owner_id in facts.young and target.owner_id != actor.id
        if actor.id in facts.family and not someone_elses:
            return Decision(True, action, "the family's own account", ground=ground)
        return None
    if ground is Ground.GRANT:
        for grant in facts.grants:
            if grant.grantee_id == actor.id and _covers(grant, action, target):
                return Decision(True, action, "as the parent asked", ground=ground, grant_id=grant.grant_id)
        return None
    for override in facts.overrides:
        if override.holder_id == actor.id and context.now < override.expires_at:
            return Decision(True, action, "under safeguarding override", ground=ground, override_id=override.override_id)
    return None


def _covers(grant: GrantFact, action: Action, target: Target) -> bool:
    scope = GRANT_SCOPE.get(action)
    if scope is GrantScope.ANY:
        return True
    if scope is GrantScope.DETAILS:
        return grant.include_details
    if scope is GrantScope.NOTES:
        return grant.include_notes
    if scope is GrantScope.DOCUMENT:
        return grant.all_documents or target.id in grant.document_ids
    return False


def _deny(action: Action, reason: str) -> Decision:
    return Decision(False, action, reason)
