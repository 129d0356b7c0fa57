"""Sharing that is delivered: a link for a consented disclosure's recipient, carrying exactly its
documents; time-limited, revocable, rate-limited; single use as one visit; every opening and download
audited; expired, revoked, replayed or consent-withdrawn links answer as not found."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from vault_world import Cast

from vault.app import Vault
from vault.clock import FixedClock
from vault.db.models import AuditEvent
from vault.errors import Conflict, InvalidRequest, NotFound, TooManyAttempts
from vault.services import (
    ConsentDecision,
    ConsentInput,
    ConsentMethod,
    DisclosureInput,
    NewDocument,
    RecipientKind,
)
from vault.services.sharing import WINDOW_USES

SCHOOL = "Hill School"


def _consent(vault: Vault, cast: Cast, decision: ConsentDecision = ConsentDecision.GIVEN) -> None:
    vault.consents.record(cast.supporter, cast.own, ConsentInput(
        recipient_kind=RecipientKind.ORGANISATION, recipient=SCHOOL, decision=decision, method=ConsentMethod.EMAIL,
        obtained_on=date(2026, 6, 30)))


def _shared(vault: Vault, cast: Cast) -> tuple[str, str, str]:
    """A disclosure to the school of one of two documents: (disclosure, shared document, other document)."""
    shared = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"the school report"), NewDocument(title="Report", filename="report.txt")).id
    other = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"the medical letter"), NewDocument(title="Medical", filename="medical.txt")).id
    _consent(vault, cast)
    disclosure = vault.disclosures.disclose(cast.supporter, cast.own, DisclosureInput(
        organisation=SCHOOL, purpose="Annual review", shared="The school report", document_ids=(shared,)))
    return disclosure.id, shared, other


def _events(vault: Vault, after: int = 0) -> list[AuditEvent]:
    with vault.database.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.seq > after).order_by(AuditEvent.seq)))


def _seq(vault: Vault) -> int:
    events = _events(vault)
    return events[-1].seq if events else 0


def test_the_recipient_opens_and_downloads_exactly_the_consented_documents(vault: Vault, cast: Cast) -> None:
    disclosure, shared, other = _shared(vault, cast)
    link = vault.sharing.create(cast.supporter, disclosure, hours=48)
    assert link.documents == 1 and "***" in repr(link)
    before = _seq(vault)
    page = vault.sharing.open(link.token)
    assert page.organisation == SCHOOL and [d.id for d in page.documents] == [shared]
    view, reader = vault.sharing.download(link.token, shared)
    try:
        assert reader.read() == b"the school report" and view.id == shared
    finally:
        reader.close()
    with pytest.raises(NotFound):
        vault.sharing.download(link.token, other)  # not on the link
    events = _events(vault, before)
    actor = f"link:{link.id}"
    assert [(e.action, e.operation, e.target_kind, e.target_id, e.actor_id) for e in events] == [
        ("viewed", "share_link.open", "share_link", link.id, actor),
        ("viewed", "share_link.download", "document", shared, actor),
        ("denied", "share_link.download", "document", other, actor),
    ]
    assert all(e.case_id == cast.own and e.actor_role == "recipient" for e in events)


def test_expired_revoked_and_withdrawn_links_are_not_found(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    disclosure, shared, _other = _shared(vault, cast)
    short = vault.sharing.create(cast.supporter, disclosure, hours=1)
    revoked = vault.sharing.create(cast.supporter, disclosure)
    kept = vault.sharing.create(cast.supporter, disclosure)
    vault.sharing.open(short.token)
    vault.sharing.revoke(cast.supporter, revoked.id)
    with pytest.raises(Conflict):
        vault.sharing.revoke(cast.supporter, revoked.id)
    clock.advance(hours=2)
    for token in (short.token, revoked.token, "f" * 64, "nonsense"):
        with pytest.raises(NotFound):
            vault.sharing.open(token)
        with pytest.raises(NotFound):
            vault.sharing.download(token, shared)
    reasons = [json.loads(e.detail) for e in _events(vault) if e.action == "denied" and e.target_kind == "share_link"]
    assert [r["reason"] for r in reasons] == ["expired", "expired", "revoked", "revoked"]
    assert vault.sharing.open(kept.token).documents
    _consent(vault, cast, ConsentDecision.WITHDRAWN)  # the parent changed their mind: nothing more leaves
    with pytest.raises(NotFound):
        vault.sharing.open(kept.token)
    statuses = {v.id: v.status for v in vault.sharing.list(cast.supporter, disclosure)}
    assert statuses == {short.id: "expired", revoked.id: "revoked", kept.id: "active"}


def test_a_single_use_link_is_one_visit(vault: Vault, cast: Cast) -> None:
    disclosure, shared, _other = _shared(vault, cast)
    link = vault.sharing.create(cast.supporter, disclosure, single_use=True)
    first = vault.sharing.open(link.token)
    assert first.visit is not None
    again = vault.sharing.open(link.token, visit=first.visit)  # the same visit: a reload
    assert again.visit is None
    _view, reader = vault.sharing.download(link.token, shared, visit=first.visit)
    reader.close()
    with pytest.raises(NotFound):
        vault.sharing.open(link.token)  # replayed, without the visit
    with pytest.raises(NotFound):
        vault.sharing.download(link.token, shared, visit="0" * 64)


def test_a_link_is_rate_limited(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    disclosure, _shared_doc, _other = _shared(vault, cast)
    link = vault.sharing.create(cast.supporter, disclosure)
    for _ in range(WINDOW_USES):
        vault.sharing.open(link.token)
    with pytest.raises(TooManyAttempts):
        vault.sharing.open(link.token)
    clock.advance(timedelta(hours=1))
    vault.sharing.open(link.token)


def test_only_the_familys_supporter_makes_links_and_only_for_consented_disclosures(vault: Vault, cast: Cast) -> None:
    disclosure, _shared_doc, _other = _shared(vault, cast)
    for stranger in (cast.other_supporter, cast.volunteer, cast.coordinator):
        with pytest.raises(NotFound):
            vault.sharing.create(stranger, disclosure)
    with pytest.raises(InvalidRequest):
        vault.sharing.create(cast.supporter, disclosure, hours=24 * 30)
    nothing = vault.disclosures.disclose(cast.supporter, cast.own, DisclosureInput(organisation=SCHOOL, purpose="Annual review",
                                                                                 shared="A phone call"))
    with pytest.raises(InvalidRequest, match="no documents"):
        vault.sharing.create(cast.supporter, nothing.id)
    link = vault.sharing.create(cast.supporter, disclosure)
    vault.sharing.revoke(cast.coordinator, link.id)  # a coordinator may end any link
