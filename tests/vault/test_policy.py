"""check_access: deny by default, each ground, four eyes, grant scopes, override expiry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from vault.policy import (
    PERMISSIONS,
    AccessContext,
    Action,
    Actor,
    CaseFacts,
    GrantFact,
    Ground,
    OverrideFact,
    Role,
    Target,
    TargetKind,
    check_access,
)

NOW = datetime(2026, 7, 1, 12, tzinfo=UTC)
SUPPORTER = Actor("s1", Role.PARENTAL_SUPPORTER, "sam")
OTHER_SUPPORTER = Actor("s2", Role.PARENTAL_SUPPORTER, "bea")
COORDINATOR = Actor("c1", Role.COORDINATOR, "cora")
VOLUNTEER = Actor("v1", Role.VOLUNTEER, "val")
ADMIN = Actor("a1", Role.ADMINISTRATOR, "ada")
CASE = "case-1"
NOTE = Target(TargetKind.NOTE, "n1", CASE)
DOC = Target(TargetKind.DOCUMENT, "d1", CASE)
OTHER_DOC = Target(TargetKind.DOCUMENT, "d2", CASE)


def context(**facts: object) -> AccessContext:
    return AccessContext(now=NOW, case=CaseFacts(case_id=CASE, **facts))  # type: ignore[arg-type]


def test_every_action_has_a_rule_and_no_rule_names_an_unknown_action() -> None:
    assert set(PERMISSIONS) == set(Action)


def test_nothing_is_granted_to_anonymous() -> None:
    anonymous = Actor.anonymous()
    for action in Action:
        assert not check_access(anonymous, action, Target.service(), context(assigned=frozenset({"anonymous"}))).allowed


@pytest.mark.parametrize("action", [Action.NOTE_READ, Action.DOCUMENT_READ, Action.CASE_DETAILS_READ, Action.CONSENT_READ])
def test_administrator_never_reads_case_content(action: Action) -> None:
    decision = check_access(ADMIN, action, NOTE, context(assigned=frozenset({ADMIN.id})))
    assert not decision.allowed


def test_assigned_supporter_reads_notes_and_other_supporter_does_not() -> None:
    facts = context(assigned=frozenset({SUPPORTER.id}))
    allowed = check_access(SUPPORTER, Action.NOTE_READ, NOTE, facts)
    assert allowed.allowed and allowed.ground is Ground.ASSIGNED and allowed.override_id is None
    assert not check_access(OTHER_SUPPORTER, Action.NOTE_READ, NOTE, facts).allowed


def test_facts_about_another_case_do_not_count() -> None:
    facts = AccessContext(now=NOW, case=CaseFacts(case_id="case-2", assigned=frozenset({SUPPORTER.id})))
    assert not check_access(SUPPORTER, Action.NOTE_READ, NOTE, facts).allowed


def test_coordinator_manages_but_does_not_read_content() -> None:
    facts = context(assigned=frozenset({SUPPORTER.id}))
    case = Target(TargetKind.CASE, CASE, CASE)
    assert check_access(COORDINATOR, Action.CASE_ASSIGN, case, facts).allowed
    assert check_access(COORDINATOR, Action.CASE_VIEW, case, facts).allowed
    assert not check_access(COORDINATOR, Action.CASE_DETAILS_READ, case, facts).allowed
    assert not check_access(COORDINATOR, Action.NOTE_READ, NOTE, facts).allowed


def test_a_grant_covers_only_what_the_parent_named() -> None:
    grant = GrantFact("g1", VOLUNTEER.id, include_details=False, include_notes=False, all_documents=False, document_ids=frozenset({"d1"}))
    facts = context(grants=(grant,))
    shared = check_access(VOLUNTEER, Action.DOCUMENT_READ, DOC, facts)
    assert shared.allowed and shared.ground is Ground.GRANT and shared.grant_id == "g1"
    assert not check_access(VOLUNTEER, Action.DOCUMENT_READ, OTHER_DOC, facts).allowed
    assert not check_access(VOLUNTEER, Action.NOTE_READ, NOTE, facts).allowed
    assert not check_access(VOLUNTEER, Action.CASE_DETAILS_READ, Target(TargetKind.CASE, CASE, CASE), facts).allowed
    assert check_access(VOLUNTEER, Action.CASE_VIEW, Target(TargetKind.CASE, CASE, CASE), facts).allowed
    assert not check_access(VOLUNTEER, Action.DOCUMENT_UPLOAD, Target(TargetKind.CASE, CASE, CASE), facts).allowed


def test_a_grant_to_someone_else_does_not_count() -> None:
    grant = GrantFact("g1", "someone", include_details=True, include_notes=True, all_documents=True)
    assert not check_access(VOLUNTEER, Action.NOTE_READ, NOTE, context(grants=(grant,))).allowed


def test_override_allows_until_it_expires_and_is_marked() -> None:
    live = context(overrides=(OverrideFact("o1", COORDINATOR.id, NOW + timedelta(hours=1)),))
    decision = check_access(COORDINATOR, Action.NOTE_READ, NOTE, live)
    assert decision.allowed and decision.ground is Ground.OVERRIDE and decision.override_id == "o1"
    expired = context(overrides=(OverrideFact("o1", COORDINATOR.id, NOW),))
    assert not check_access(COORDINATOR, Action.NOTE_READ, NOTE, expired).allowed


def test_override_held_by_someone_else_does_not_count() -> None:
    facts = context(overrides=(OverrideFact("o1", SUPPORTER.id, NOW + timedelta(hours=1)),))
    assert not check_access(COORDINATOR, Action.NOTE_READ, NOTE, facts).allowed


def test_assignment_is_preferred_to_override_so_ordinary_work_is_not_marked() -> None:
    facts = context(
        assigned=frozenset({SUPPORTER.id}), overrides=(OverrideFact("o1", SUPPORTER.id, NOW + timedelta(hours=1)),)
    )
    decision = check_access(SUPPORTER, Action.NOTE_READ, NOTE, facts)
    assert decision.ground is Ground.ASSIGNED and decision.override_id is None


def test_nobody_approves_their_own_override_or_grants_themselves_access() -> None:
    own = Target(TargetKind.OVERRIDE, "o1", CASE, owner_id=COORDINATOR.id)
    assert not check_access(COORDINATOR, Action.OVERRIDE_APPROVE, own, context()).allowed
    someone_elses = Target(TargetKind.OVERRIDE, "o1", CASE, owner_id=SUPPORTER.id)
    assert check_access(COORDINATOR, Action.OVERRIDE_APPROVE, someone_elses, context()).allowed
    self_grant = Target(TargetKind.CASE, CASE, CASE, owner_id=COORDINATOR.id)
    assert not check_access(COORDINATOR, Action.GRANT_RECORD, self_grant, context()).allowed


def test_supporter_may_not_approve_overrides() -> None:
    target = Target(TargetKind.OVERRIDE, "o1", CASE, owner_id=VOLUNTEER.id)
    assert not check_access(SUPPORTER, Action.OVERRIDE_APPROVE, target, context(assigned=frozenset({SUPPORTER.id}))).allowed


def test_without_case_facts_only_role_grounds_hold() -> None:
    bare = AccessContext(now=NOW)
    assert not check_access(SUPPORTER, Action.NOTE_READ, NOTE, bare).allowed
    assert check_access(SUPPORTER, Action.CASE_CREATE, Target(TargetKind.CASE), bare).allowed
    assert check_access(ADMIN, Action.STAFF_MANAGE, Target(TargetKind.STAFF), bare).allowed
    assert not check_access(COORDINATOR, Action.STAFF_MANAGE, Target(TargetKind.STAFF), bare).allowed
