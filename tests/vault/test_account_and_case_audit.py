"""Services the web interface added: changing one's own password, a case's audit trail through the
policy, and a supporter's pending returns."""

from __future__ import annotations

import io

import pytest
from vault_world import PASSWORD, Cast

from vault.app import Vault
from vault.errors import AuthenticationFailed, InvalidRequest, NotFound
from vault.services import NewDocument

NEW = "a much longer new passphrase"


def test_a_member_of_staff_changes_their_own_password_and_other_sessions_end(vault: Vault, cast: Cast) -> None:
    here = vault.auth.login("sam", PASSWORD)
    elsewhere = vault.auth.login("sam", PASSWORD)
    vault.account.change_password(cast.supporter, current=PASSWORD, new=NEW, keep_token=here.token)
    assert vault.auth.authenticate(here.token).id == cast.supporter.id
    with pytest.raises(AuthenticationFailed):
        vault.auth.authenticate(elsewhere.token)
    with pytest.raises(AuthenticationFailed):
        vault.auth.login("sam", PASSWORD)
    assert vault.auth.login("sam", NEW).actor.id == cast.supporter.id


@pytest.mark.parametrize(("current", "new", "error"), [
    ("wrong password!!", NEW, AuthenticationFailed),
    (PASSWORD, "short", InvalidRequest),
    (PASSWORD, PASSWORD, InvalidRequest),
])
def test_a_password_change_needs_the_current_password_and_a_good_new_one(
    vault: Vault, cast: Cast, current: str, new: str, error: type[Exception]
) -> None:
    with pytest.raises(error):
        vault.account.change_password(cast.supporter, current=current, new=new)
    assert vault.auth.login("sam", PASSWORD).actor.id == cast.supporter.id


def test_the_case_audit_trail_is_the_supporters_and_coordinators_only(vault: Vault, cast: Cast) -> None:
    vault.cases.details(cast.supporter, cast.own)
    trail = vault.case_audit.trail(cast.supporter, cast.own)
    assert trail.entries[0].action == "viewed" and trail.entries[0].actor_name == "Sam"
    assert [e.action for e in trail.entries][-1] == "created"
    assert vault.case_audit.trail(cast.coordinator, cast.own).entries
    for outsider in (cast.other_supporter, cast.volunteer):
        with pytest.raises(NotFound):
            vault.case_audit.trail(outsider, cast.own)
    from vault.errors import Forbidden

    with pytest.raises((NotFound, Forbidden)):
        vault.case_audit.trail(cast.administrator, cast.own)


def test_safeguarding_entries_are_withheld_from_the_supporter(vault: Vault, cast: Cast) -> None:
    override = vault.overrides.request(cast.coordinator, cast.own, concern="Worried about the child", hours=2)
    vault.overrides.approve(cast.second_coordinator, override.id)
    vault.notes.list(cast.coordinator, cast.own)
    supporter_view = vault.case_audit.trail(cast.supporter, cast.own)
    coordinator_view = vault.case_audit.trail(cast.second_coordinator, cast.own)
    assert supporter_view.withheld >= 3 and not any(e.under_override or e.target_kind == "override" for e in supporter_view.entries)
    assert coordinator_view.withheld == 0 and any(e.under_override for e in coordinator_view.entries)


def test_the_trail_is_limited_and_says_when_there_is_more(vault: Vault, cast: Cast) -> None:
    for _ in range(3):
        vault.cases.view(cast.supporter, cast.own)
    trail = vault.case_audit.trail(cast.supporter, cast.own, limit=2)
    assert len(trail.entries) == 2 and trail.earlier
    with pytest.raises(InvalidRequest):
        vault.case_audit.trail(cast.supporter, cast.own, limit=0)


def test_pending_returns_are_the_supporters_own(vault: Vault, cast: Cast) -> None:
    document = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"report"), NewDocument(title="EP report", filename="ep.pdf"))
    request = vault.returns.request(cast.supporter, document.id)
    pending = vault.returns.pending(cast.supporter)
    assert [(view.id, view.status) for _reference, view in pending] == [(request.id, "requested")]
    assert vault.returns.pending(cast.other_supporter) == []
    assert vault.returns.pending(cast.coordinator) == []
    vault.returns.withdraw(cast.supporter, request.id)
    assert vault.returns.pending(cast.supporter) == []
