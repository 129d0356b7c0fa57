from __future__ import annotations

from vault_world import Cast

from vault.app import Vault


def test_supporter_sees_own_case_with_details(vault: Vault, cast: Cast) -> None:
    cases = vault.cases.list(cast.supporter)
    assert [c.id for c in cases] == [cast.own]
    assert cases[0].label == "Whitfield family"
    details = vault.cases.details(cast.supporter, cast.own)
    assert {p.name for p in details.people} == {"Sarah Whitfield", "Leo Whitfield"}
