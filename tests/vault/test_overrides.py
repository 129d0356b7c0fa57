"""Safeguarding overrides: a named concern, another coordinator's approval, time-limited, reported."""

from __future__ import annotations

from datetime import timedelta

import pytest
from vault_world import Cast

from vault.app import Vault
from vault.clock import FixedClock
from vault.errors import Conflict, InvalidRequest, NotFound


def test_access_starts_on_approval_and_ends_when_it_expires(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    override = vault.overrides.request(cast.volunteer, cast.other, concern="Call to the helpline about the family", hours=2)
    with pytest.raises(NotFound):
        vault.notes.list(cast.volunteer, cast.other)  # not yet approved
    with pytest.raises(NotFound):
        vault.overrides.approve(cast.supporter, override.id)  # a supporter cannot approve
    approved = vault.overrides.approve(cast.coordinator, override.id)
    assert approved.status == "active" and approved.expires_at == clock.now() + timedelta(hours=2)
    assert vault.notes.list(cast.volunteer, cast.other) == []
    with pytest.raises(Conflict):
        vault.overrides.approve(cast.second_coordinator, override.id)
    clock.advance(timedelta(hours=2))
    with pytest.raises(NotFound):
        vault.notes.list(cast.volunteer, cast.other)
    report = vault.overrides.report(cast.coordinator)
    assert report[0].status == "expired" and report[0].concern == "Call to the helpline about the family"
    assert [(e.action, e.operation) for e in report[0].events] == [("listed", "note.list")]


def test_a_coordinator_cannot_approve_their_own_request(vault: Vault, cast: Cast) -> None:
    own = vault.overrides.request(cast.coordinator, cast.other, concern="Concern from school")
    with pytest.raises(NotFound):
        vault.overrides.approve(cast.coordinator, own.id)
    assert vault.overrides.approve(cast.second_coordinator, own.id).status == "active"


def test_an_override_can_be_ended_early_or_declined(vault: Vault, cast: Cast) -> None:
    pending = vault.overrides.request(cast.supporter, cast.other, concern="Unclear concern")
    assert vault.overrides.end(cast.coordinator, pending.id).status == "declined"
    with pytest.raises(Conflict):
        vault.overrides.approve(cast.second_coordinator, pending.id)
    live = vault.overrides.request(cast.supporter, cast.other, concern="Concern")
    vault.overrides.approve(cast.coordinator, live.id)
    vault.documents.list(cast.supporter, cast.other)
    assert vault.overrides.end(cast.second_coordinator, live.id).status == "ended"
    with pytest.raises(NotFound):
        vault.documents.list(cast.supporter, cast.other)


def test_limits_on_a_request(vault: Vault, cast: Cast) -> None:
    with pytest.raises(InvalidRequest, match="state the safeguarding concern"):
        vault.overrides.request(cast.supporter, cast.other, concern="  ")
    with pytest.raises(InvalidRequest, match="1-72 hours"):
        vault.overrides.request(cast.supporter, cast.other, concern="x", hours=100)
    with pytest.raises(NotFound):
        vault.overrides.request(cast.administrator, cast.other, concern="x")
