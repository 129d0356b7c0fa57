"""Retention destroys closed cases after the period unless on hold; statistics still count them."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select
from vault_world import OPERATOR, Cast

from storage import MemoryStore
from vault.app import Vault
from vault.clock import FixedClock
from vault.db.models import Case, Document, Note, Person
from vault.errors import NotFound
from vault.keystore import SqlKeyStore
from vault.services import NewCase, NewDocument, PersonInput, Relation


def test_closed_cases_are_destroyed_after_the_retention_period_unless_held(vault: Vault, cast: Cast, clock: FixedClock, backend: MemoryStore) -> None:
    for case_id, supporter in ((cast.own, cast.supporter), (cast.other, cast.other_supporter)):
        vault.documents.upload(supporter, case_id, io.BytesIO(b"%PDF letter"), NewDocument(title="Letter", filename="l.pdf"))
        vault.notes.add(supporter, case_id, "note")
        vault.cases.close(supporter, case_id, outcome="Resolved")
    vault.cases.set_legal_hold(cast.coordinator, cast.other, on=True, reason="Tribunal appeal lodged")

    assert vault.retention.report(cast.coordinator) == []
    upcoming = vault.retention.report(cast.coordinator, within_days=6 * 366)
    assert {(i.case_id, i.status, i.destroy_on) for i in upcoming} == {(cast.own, "upcoming", date(2032, 7, 1)), (cast.other, "on_hold", date(2032, 7, 1))}

    clock.set(datetime(2032, 7, 1, 12, tzinfo=UTC))
    assert [(i.case_id, i.status) for i in vault.retention.report(OPERATOR) if i.status == "due"] == [(cast.own, "due")]
    result = vault.retention.apply(OPERATOR)
    assert result.held == [vault.cases.view(cast.coordinator, cast.other).reference] and len(result.destroyed) == 1
    assert result.leftover_objects == []

    with vault.database.session() as session:
        tombstone = session.get(Case, cast.own)
        assert tombstone is not None and tombstone.status == "destroyed" and tombstone.code_sealed is None
        for model in (Person, Note, Document):
            assert session.scalar(select(func.count()).select_from(model).where(model.case_id == cast.own)) == 0
    keys = SqlKeyStore(vault.database)
    assert keys.get_case_key(cast.own) is None and keys.is_case_shredded(cast.own)
    assert keys.get_case_key(cast.other) is not None
    assert len(list(backend.list())) == 1  # only the held family's letter is left
    with pytest.raises(NotFound):
        vault.cases.view(cast.coordinator, cast.own)
    assert vault.retention.report(OPERATOR) == [] or all(i.status == "on_hold" for i in vault.retention.report(OPERATOR))


def test_the_quarterly_return_counts_cases_and_enquiries_without_identifying_anyone(vault: Vault, cast: Cast) -> None:
    for n in range(12):
        vault.enquiries.record(cast.supporter, topic="Exclusion", outcome="Advice given", channel="Telephone", received_on=date(2026, 7, 1))
    for n in range(9):
        vault.cases.open(cast.supporter, NewCase(need="Autistic spectrum disorder", school_phase="Primary",
                                                 people=(PersonInput(Relation.CHILD, "AB", birth_date=date(2018, 1, n + 1)),)))
    text = vault.statistics.quarterly_csv(cast.coordinator, "2026-Q3")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows, text[:500]
    flat = text.lower()
    for forbidden in ("whitfield", "lw140314", cast.own):
        assert forbidden not in flat
    by_topic = {(r["table"], r["row"], r.get("column") or ""): r for r in rows if r["table"] == "enquiries_by_topic"}
    assert any(r["row"] == "Exclusion" and r["value"] == "10" for r in by_topic.values())  # 12 rounded to 5s
    opened = [r for r in rows if r["table"] == "cases_opened_by_need" and r["row"] == "Autistic spectrum disorder"]
    assert opened and opened[0]["value"] == "10"  # 9 + the 2 cast cases = 11, rounded
    with pytest.raises(Exception, match="quarter"):
        vault.statistics.quarterly_csv(cast.coordinator, "2026-Q5")
