"""DBS checks and roles: "All staff who work with families are DBS checked" (policies 000, 001). An
administrator records each member's check by date; a family is assigned only to staff whose check is
recorded and current (``dbs_valid_years``); an administrator changes a member's role."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select
from vault_world import DBS_CHECKED_ON, OPERATOR, Cast, add_staff, family_case

from vault.app import Vault
from vault.clock import FixedClock
from vault.db.models import AuditEvent, Case, SessionToken, Staff
from vault.errors import Conflict, Forbidden, InvalidRequest
from vault.policy import Role
from vault.services.staff import dbs_current, dbs_valid_until


def test_a_check_is_current_for_the_rules_years_from_its_date() -> None:
    assert dbs_valid_until(date(2025, 9, 1), 3) == date(2028, 8, 31)
    assert dbs_current(date(2025, 9, 1), today=date(2028, 8, 31), years=3)
    assert not dbs_current(date(2025, 9, 1), today=date(2028, 9, 1), years=3)
    assert not dbs_current(None, today=date(2026, 1, 1), years=3)
    assert dbs_valid_until(date(2024, 2, 29), 1) == date(2025, 2, 27)  # 28 February is a year on


def test_an_administrator_records_a_check_and_the_list_shows_it(vault: Vault, cast: Cast) -> None:
    newbie = add_staff(vault, "newbie", Role.PARENTAL_SUPPORTER, dbs_checked_on=None)
    listed = {view.username: view for view in vault.staff.list(cast.administrator)}
    assert listed["newbie"].dbs_checked_on is None and not listed["newbie"].dbs_current
    assert listed["sam"].dbs_checked_on == DBS_CHECKED_ON and listed["sam"].dbs_current
    view = vault.staff.record_dbs_check(cast.administrator, newbie.id, date(2026, 6, 12))
    assert (view.dbs_checked_on, view.dbs_valid_until, view.dbs_current) == (date(2026, 6, 12), date(2029, 6, 11), True)
    with vault.database.session() as session:
        detail = session.scalars(select(AuditEvent.detail).where(AuditEvent.target_id == newbie.id)).all()
    assert any("2026-06-12" in (d or "") for d in detail)


def test_a_check_in_the_future_is_refused(vault: Vault, cast: Cast) -> None:
    with pytest.raises(InvalidRequest, match="cannot be in the future"):
        vault.staff.record_dbs_check(cast.administrator, cast.supporter.id, date(2026, 7, 2))
    with pytest.raises(InvalidRequest, match="cannot be in the future"):
        vault.staff.add(OPERATOR, username="early", role=Role.VOLUNTEER, password="a long enough password",
                        dbs_checked_on=date(2027, 1, 1))


def test_only_an_administrator_records_a_check_or_changes_a_role(vault: Vault, cast: Cast) -> None:
    for actor in (cast.coordinator, cast.supporter):
        with pytest.raises(Forbidden):
            vault.staff.record_dbs_check(actor, cast.supporter.id, date(2026, 1, 1))
        with pytest.raises(Forbidden):
            vault.staff.set_role(actor, cast.volunteer.id, Role.PARENTAL_SUPPORTER)


def test_a_family_is_assigned_only_to_staff_with_a_recorded_check(vault: Vault, cast: Cast) -> None:
    unchecked = add_staff(vault, "newbie", Role.PARENTAL_SUPPORTER, dbs_checked_on=None)
    with pytest.raises(InvalidRequest, match="no DBS check recorded"):
        vault.access.assign(cast.coordinator, cast.own, unchecked.id)
    vault.staff.record_dbs_check(cast.administrator, unchecked.id, date(2026, 5, 1))
    vault.access.assign(cast.coordinator, cast.own, unchecked.id)
    assert unchecked.id in vault.cases.view(cast.coordinator, cast.own).supporters


def test_a_check_that_has_run_out_refuses_the_assignment_with_its_dates(vault: Vault, cast: Cast) -> None:
    stale = add_staff(vault, "stale", Role.PARENTAL_SUPPORTER, dbs_checked_on=date(2023, 6, 30))
    with pytest.raises(InvalidRequest, match=r"of 30/06/2023 is no longer current \(it ran to 29/06/2026, 3 years\)"):
        vault.access.assign(cast.coordinator, cast.own, stale.id)
    assert stale.id not in vault.cases.view(cast.coordinator, cast.own).supporters


def test_a_check_runs_out_as_time_passes(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    clock.set(datetime(2028, 9, 1, 9, tzinfo=UTC))  # the cast's checks (1 September 2025) ran to 31 August 2028
    bea = next(v for v in vault.staff.list(cast.administrator) if v.username == "bea")
    assert not bea.dbs_current
    with pytest.raises(InvalidRequest, match="no longer current"):
        vault.access.assign(cast.coordinator, cast.own, cast.other_supporter.id)


def test_reassigning_moves_the_family_in_one_step(vault: Vault, cast: Cast) -> None:
    vault.access.assign(cast.coordinator, cast.own, cast.other_supporter.id, replacing=cast.supporter.id)
    assert vault.cases.view(cast.coordinator, cast.own).supporters == [cast.other_supporter.id]
    unchecked = add_staff(vault, "newbie", Role.PARENTAL_SUPPORTER, dbs_checked_on=None)
    with pytest.raises(InvalidRequest, match="DBS"):  # refused: the family keeps its supporter
        vault.access.assign(cast.coordinator, cast.own, unchecked.id, replacing=cast.other_supporter.id)
    assert vault.cases.view(cast.coordinator, cast.own).supporters == [cast.other_supporter.id]


def test_an_administrator_changes_a_role_and_the_members_sessions_end(vault: Vault, cast: Cast) -> None:
    vault.auth.login("val", "correct horse battery")
    view = vault.staff.set_role(cast.administrator, cast.volunteer.id, Role.PARENTAL_SUPPORTER)
    assert view.role == "parental_supporter"
    with vault.database.session() as session:
        assert session.get(Staff, cast.volunteer.id).role == "parental_supporter"  # type: ignore[union-attr]
        revoked = session.scalars(select(SessionToken.revoked_at).where(SessionToken.staff_id == cast.volunteer.id)).all()
    assert revoked and all(at is not None for at in revoked)
    vault.access.assign(cast.coordinator, cast.own, cast.volunteer.id)  # now a supporter, with a current check


def test_a_role_change_is_refused_while_families_depend_on_it_or_on_oneself(vault: Vault, cast: Cast) -> None:
    with pytest.raises(Conflict, match="still supports 1 family"):
        vault.staff.set_role(cast.administrator, cast.supporter.id, Role.COORDINATOR)
    with pytest.raises(Conflict, match="your own role"):
        vault.staff.set_role(cast.administrator, cast.administrator.id, Role.COORDINATOR)
    with pytest.raises(InvalidRequest, match="role must be one of"):
        vault.staff.set_role(cast.administrator, cast.volunteer.id, "operator")


def test_a_supporter_without_a_current_check_cannot_open_a_case(vault: Vault, cast: Cast) -> None:
    """Who opens a case supports the family: the same rule as an assignment, and nothing is kept."""
    unchecked = add_staff(vault, "newbie", Role.PARENTAL_SUPPORTER, dbs_checked_on=None)
    with pytest.raises(InvalidRequest, match="you have no DBS check recorded"):
        family_case(vault, unchecked)
    assert vault.cases.list(unchecked) == []
    with vault.database.session() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 2  # the cast's two families only
    vault.staff.record_dbs_check(cast.administrator, unchecked.id, date(2026, 6, 1))
    assert vault.cases.view(unchecked, family_case(vault, unchecked)).supporters == [unchecked.id]
