"""The access policy: permissions as data (:mod:`.rules`) and the one function that applies them."""

from __future__ import annotations

from vault.policy.check import check_access
from vault.policy.model import (
    FAMILY_ROLES,
    STAFF_ROLES,
    AccessContext,
    Action,
    Actor,
    CaseFacts,
    Decision,
    GrantFact,
    Ground,
    OverrideFact,
    Role,
    Target,
    TargetKind,
)
from vault.policy.rules import PERMISSIONS

__all__ = [
    "FAMILY_ROLES",
    "PERMISSIONS",
    "STAFF_ROLES",
    "AccessContext",
    "Action",
    "Actor",
    "CaseFacts",
    "Decision",
    "GrantFact",
    "Ground",
    "OverrideFact",
    "Role",
    "Target",
    "TargetKind",
    "check_access",
]
