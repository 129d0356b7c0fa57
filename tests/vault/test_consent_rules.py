"""judge_disclosure: what consent in force allows, with the reason given when it does not."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from vault.consent_rules import ConsentRecord, judge_disclosure
from vault.services.states import ConsentDecision, RecipientKind

T0 = datetime(2026, 5, 1, tzinfo=UTC)
LA = "Northamptonshire County Council SEN team"


def consent(
    n: int,
    decision: ConsentDecision,
    kind: RecipientKind = RecipientKind.ORGANISATION,
    recipient: str | None = LA,
    purpose: str | None = "EHC needs assessment",
    roles: tuple[str, ...] = (),
) -> ConsentRecord:
    return ConsentRecord(
        id=f"c{n}",
        recipient_kind=kind,
        recipient=recipient if kind != RecipientKind.ANYONE else None,
        purpose=purpose,
        decision=decision,
        roles=roles,
        method="telephone",
        obtained_on=date(2026, 5, n),
        recorded_at=T0 + timedelta(days=n),
    )


def judge(records: list[ConsentRecord], *, organisation: str = LA, role: str | None = None, purpose: str = "EHC needs assessment", at: datetime = T0 + timedelta(days=30)):  # type: ignore[no-untyped-def]
    return judge_disclosure(records, organisation=organisation, role=role, purpose=purpose, at=at)


def test_no_consent_blocks_with_a_reason() -> None:
    verdict = judge([])
    assert not verdict.allowed and verdict.code == "missing"
    assert "no consent is recorded" in verdict.reason and LA in verdict.reason


def test_given_consent_allows_matching_recipient_and_purpose_only() -> None:
    records = [consent(1, ConsentDecision.GIVEN)]
    assert judge(records).allowed and judge(records).consent_id == "c1"
    assert judge(records, organisation="  northamptonshire county council  SEN team").allowed  # case and spaces
    assert not judge(records, organisation="School").allowed
    assert not judge(records, purpose="Tribunal").allowed


def test_consent_for_any_purpose_covers_every_purpose() -> None:
    assert judge([consent(1, ConsentDecision.GIVEN, purpose=None)], purpose="Tribunal").allowed


def test_the_newest_decision_for_a_scope_replaces_older_ones() -> None:
    withdrawn = judge([consent(1, ConsentDecision.GIVEN), consent(2, ConsentDecision.WITHDRAWN)])
    assert not withdrawn.allowed and withdrawn.code == "withdrawn" and withdrawn.consent_id == "c2"
    assert judge([consent(1, ConsentDecision.REFUSED), consent(2, ConsentDecision.GIVEN)]).allowed


def test_a_decision_recorded_after_the_moment_does_not_count() -> None:
    records = [consent(1, ConsentDecision.GIVEN), consent(20, ConsentDecision.WITHDRAWN)]
    assert judge(records, at=T0 + timedelta(days=10)).allowed
    assert not judge(records, at=T0 + timedelta(days=21)).allowed


def test_specific_refusal_beats_general_permission() -> None:
    records = [consent(1, ConsentDecision.GIVEN, kind=RecipientKind.ANYONE, purpose=None), consent(2, ConsentDecision.REFUSED)]
    verdict = judge(records)
    assert not verdict.allowed and verdict.code == "refused"
    assert judge(records, organisation="Fellside Primary School").allowed


def test_specific_permission_beats_general_refusal() -> None:
    records = [consent(1, ConsentDecision.REFUSED, kind=RecipientKind.ANYONE, purpose=None), consent(2, ConsentDecision.GIVEN)]
    assert judge(records).allowed
    assert not judge(records, organisation="Fellside Primary School").allowed


def test_at_equal_specificity_refusal_wins() -> None:
    records = [
        consent(1, ConsentDecision.GIVEN),
        consent(2, ConsentDecision.REFUSED, kind=RecipientKind.ROLE, recipient="Educational psychologist"),
    ]
    assert not judge(records, role="educational psychologist").allowed
    assert judge(records, role="SENCO").allowed


def test_restricted_consent_allows_only_listed_roles() -> None:
    records = [consent(1, ConsentDecision.RESTRICTED, kind=RecipientKind.ANYONE, roles=("Educational psychologist", "SENCO"))]
    assert judge(records, role="SENCO").allowed
    refused = judge(records, role="Social worker")
    assert not refused.allowed and refused.code == "restricted"
    assert "Educational psychologist, SENCO" in refused.reason and "Social worker" in refused.reason
    assert "professional role" in judge(records, role=None).reason
