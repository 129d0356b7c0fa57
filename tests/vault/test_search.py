"""Case search: a keyed blind index of name tokens and postcodes (no name in the clear), answering
only what the actor may see, kept in step with the sealed fields, rebuilt and rewrapped."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select, text
from vault_world import OPERATOR, Cast

from vault.app import Vault
from vault.db.models import AuditEvent, Case, SearchKey, SearchToken
from vault.errors import InvalidRequest
from vault.search_terms import address_tokens, name_tokens, query_tokens
from vault.services import GrantInput, GrantKind, NewCase, PersonInput, Relation


def _found(vault: Vault, actor, query: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [summary.id for summary in vault.search.search(actor, query)]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Zoë O'Brien-Smith", {"zoe", "obrien", "smith", "obriensmith"}),
        ("Whitfield family", {"whitfield"}),
        ("SIÂN  ap Dafydd", {"sian", "ap", "dafydd"}),
        ("Mrs J. Kerr", {"kerr"}),
    ],
)
def test_names_fold_accents_case_and_apostrophes(text: str, tokens: set[str]) -> None:
    assert name_tokens(text) == tokens


def test_postcodes_give_full_and_outward_forms_and_queries_keep_them_whole() -> None:
    assert address_tokens("27 Meadow Lane, Kendal LA9 4AB") == {"la9", "la94ab"}
    assert address_tokens("no postcode here") == set()
    assert query_tokens("la94ab") == {"la9", "la94ab"}
    assert query_tokens("LS6 2AB Whitfield") == {"ls6", "ls62ab", "whitfield"}
    assert query_tokens("LS6") == {"ls6"}


def test_a_supporter_finds_their_own_family_by_family_name_child_name_or_postcode(vault: Vault, cast: Cast) -> None:
    case = vault.cases.open(cast.supporter, NewCase(
        need="Autistic spectrum disorder", details_consent=True, label="Ó Súilleabháin family",
        people=(PersonInput(Relation.PARENT, "AO", name="Aoife Ó Súilleabháin", address="4 Quay St, Leeds LS6 2AB"),
                PersonInput(Relation.CHILD, "CO", birth_date=date(2015, 5, 1), name="Ciarán Ó Súilleabháin")),
    )).id
    for query in ("o suilleabhain", "Ó SÚILLEABHÁIN", "Ciarán", "ciaran suilleabhain", "LS6 2AB", "ls62ab", "LS6"):
        assert case in _found(vault, cast.supporter, query), query
    assert _found(vault, cast.supporter, "ciaran whitfield") == []  # every word must match
    assert _found(vault, cast.supporter, "LS6 2AC") == []


def test_nobody_finds_a_family_they_may_not_read(vault: Vault, cast: Cast) -> None:
    # Both families hold a Whitfield (the cast's two families share their people); each supporter
    # finds only their own.
    assert _found(vault, cast.supporter, "Whitfield") == [cast.own]
    assert _found(vault, cast.other_supporter, "Whitfield") == [cast.other]
    assert _found(vault, cast.supporter, "Brown") == []
    assert _found(vault, cast.other_supporter, "Brown") == [cast.other]
    # A coordinator manages every case by reference but does not read names: a name finds nothing...
    assert _found(vault, cast.coordinator, "Whitfield") == []
    # ... and a reference finds the case (its summary, without the family's label).
    reference = vault.cases.view(cast.coordinator, cast.own).reference
    found = vault.search.search(cast.coordinator, reference.lower().replace("-", ""))
    assert [s.id for s in found] == [cast.own] and found[0].label is None
    assert _found(vault, cast.other_supporter, reference) == []  # not their family
    # When the parent asks that someone see the details, the name finds the case for them.
    vault.access.grant(cast.supporter, cast.own, GrantInput(
        grantee_id=cast.volunteer.id, kind=GrantKind.PARENT_REQUEST, request="Parent asked by phone, 1 July",
        include_details=True))
    assert _found(vault, cast.volunteer, "Leo") == [cast.own]
    assert _found(vault, cast.volunteer, "Brown") == []


def test_no_name_is_stored_in_the_clear_and_digests_need_the_key(vault: Vault, cast: Cast) -> None:
    with vault.database.session() as session:
        digests = list(session.scalars(select(SearchToken.digest)))
        wrapped = session.scalars(select(SearchKey.wrapped)).one()
    assert digests and all(len(d) == 32 and int(d, 16) >= 0 for d in digests)
    dump = " ".join(digests).lower() + bytes(wrapped).hex()
    for word in ("whitfield", "leo", "sarah", "brown", "kendal"):
        assert word not in dump


def test_the_index_follows_the_sealed_fields(vault: Vault, cast: Cast) -> None:
    person = vault.cases.add_person(cast.supporter, cast.own, PersonInput(Relation.CARER, "GT", name="Gwen Tanaka"))
    assert person and _found(vault, cast.supporter, "Tanaka") == [cast.own]
    # Withdrawing consent to keep details erases the names, and the index with them.
    vault.cases.set_details_consent(cast.supporter, cast.own, given=False)
    assert _found(vault, cast.supporter, "Tanaka") == [] and _found(vault, cast.supporter, "Whitfield") == []
    vault.cases.set_details_consent(cast.supporter, cast.own, given=True, label="Penhallow family")
    assert _found(vault, cast.supporter, "Penhallow") == [cast.own]


def test_a_destroyed_case_leaves_no_token(vault: Vault, cast: Cast) -> None:
    from vault.services.shredding import destroy_case

    with vault.core.work(OPERATOR) as work:
        case = work.session.get(Case, cast.other)
        assert case is not None
        destroy_case(work, case)
    with vault.database.session() as session:
        assert session.scalar(select(SearchToken).where(SearchToken.case_id == cast.other)) is None


def test_searches_are_audited_without_the_query(vault: Vault, cast: Cast) -> None:
    vault.search.search(cast.supporter, "Whitfield")
    with vault.database.session() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.operation == "case.search")).one()
    assert json.loads(event.detail)["cases"] == [cast.own]
    assert "whitfield" not in event.detail.lower()


@pytest.mark.parametrize("query", ["", "   ", "x" * 201, "a1 b2 c3 d4 e5 f6 g7 h8 i9"])
def test_bad_queries_are_refused_with_a_reason(vault: Vault, cast: Cast, query: str) -> None:
    with pytest.raises(InvalidRequest):
        vault.search.search(cast.supporter, query)


def test_reindex_rebuilds_the_index_and_a_new_key_replaces_every_digest(vault: Vault, cast: Cast) -> None:
    with vault.database.transaction() as session:  # as after the upgrade: cases but no index
        session.execute(text("DELETE FROM search_tokens"))
    assert _found(vault, cast.supporter, "Whitfield") == []
    result = vault.search.reindex(OPERATOR)
    assert (result.cases, result.generation, result.new_key) == (2, 1, False)
    assert _found(vault, cast.supporter, "Whitfield") == [cast.own]
    with vault.database.session() as session:
        before = set(session.scalars(select(SearchToken.digest)))
    result = vault.search.reindex(OPERATOR, new_key=True)
    assert result.generation == 2
    with vault.database.session() as session:
        assert [row.generation for row in session.scalars(select(SearchKey))] == [2]
        after = set(session.scalars(select(SearchToken.digest)))
        assert set(session.scalars(select(SearchToken.generation))) == {2}
    assert before and after and not before & after
    assert _found(vault, cast.supporter, "Whitfield") == [cast.own]


def test_only_the_operator_reindexes(vault: Vault, cast: Cast) -> None:
    from vault.errors import Forbidden

    with pytest.raises(Forbidden):
        vault.search.reindex(cast.coordinator)


def test_master_key_rotation_rewraps_the_index_key(vault: Vault, cast: Cast) -> None:
    from storage import Keyring

    vault.keys.rotate(OPERATOR)
    with vault.database.session() as session:
        assert {Keyring.version_of(bytes(w)) for w in session.scalars(select(SearchKey.wrapped))} == {2}
    assert vault.keys.retire(OPERATOR) == [1]
    assert _found(vault, cast.supporter, "Whitfield") == [cast.own]
