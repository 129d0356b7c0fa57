"""What the second reader leaves in a case study, decided by people (issue 9 item 5), through the API.

The note below keeps two place words no detector removes; the second reader suspects both. The
family's supporter lists them, dismisses one and confirms the other (it becomes a term and the case
study runs again without it); acceptance waits until each is decided; the publisher sees the
supporter's decisions and decides each again before publishing; a publisher's confirmation sends the
case study back. Another supporter sees nothing (404, one ``denied`` event, no ``viewed``). Every step's
audit events, exactly; the decisions are sealed with the case study, never in an audit event. Runs on
SQLite and PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from case_study_world import STUDY_NOTE, api_finished, api_study, case_study_consent, confirmed, drafted, published_now
from sqlalchemy import select
from vault_world import Cast, login_headers

from vault.app import Vault
from vault.db.models import AuditEvent, CaseStudy
from vault.services import CaseStudyInput

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _events(vault: Vault, after: int, names: dict[str, str]) -> list[tuple[str, str, str]]:
    with vault.database.session() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.seq > after).order_by(AuditEvent.seq))
        return [(names.get(row.actor_id or "", row.actor_id or ""), row.action, row.operation) for row in rows]


def _last(vault: Vault) -> int:
    with vault.database.session() as session:
        return session.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1)) or 0


def _details(vault: Vault, after: int) -> list[str]:
    with vault.database.session() as session:
        return list(session.scalars(select(AuditEvent.detail).where(AuditEvent.seq > after)))


def test_suspects_are_decided_by_the_supporter_then_the_publisher(client: httpx.Client, vault: Vault, cast: Cast) -> None:
    sam, bea, cora = (login_headers(client, name) for name in ("sam", "bea", "cora"))
    names = {cast.supporter.id: "sam", cast.other_supporter.id: "bea", cast.coordinator.id: "cora"}
    case_study_consent(vault, cast.supporter, cast.own)
    note_id = client.post(f"/cases/{cast.own}/notes", json={"body": STUDY_NOTE}, headers=sam).json()["id"]
    before = _last(vault)

    # 1. The draft: ready, and the second reader left two suspects, each with an id, a place and a reason.
    study = api_study(client, vault, client.post(f"/cases/{cast.own}/case-studies", headers=sam,
                                                 json={"title": "A call from a ward", "note_ids": [note_id]}), sam)
    assert [item["status"] for item in study["items"]] == ["ready"]
    listed = client.get(f"/case-studies/{study['id']}/suspects", headers=sam)
    assert listed.status_code == 200
    suspects = {entry["text"]: entry for entry in listed.json()}
    assert set(suspects) == {"Kirkstone", "Glenridding"} and [e["id"] for e in study["suspects"]] == [e["id"] for e in listed.json()]
    rendering = client.get(f"/case-studies/{study['id']}/items/1/content", headers=sam).text
    for entry in suspects.values():
        assert entry["kind"] == "suspect" and entry["reason"] in ("name-like word", "rare place word") and entry["location"] == "line 1"
        assert rendering[entry["start"]:entry["end"]] == entry["text"] and entry["supporter"] is None
    kirkstone, glenridding = suspects["Kirkstone"]["id"], suspects["Glenridding"]["id"]

    # 2. Nothing is accepted while one is undecided; another supporter sees none of it.
    refused = client.post(f"/case-studies/{study['id']}/accept", headers=sam)
    assert refused.status_code == 409 and "2 suspects undecided" in refused.json()["detail"]
    denied_at = _last(vault)
    assert client.get(f"/case-studies/{study['id']}/suspects", headers=bea).status_code == 404
    assert client.post(f"/case-studies/{study['id']}/suspects/{kirkstone}/dismiss", headers=bea).status_code == 404
    assert _events(vault, denied_at, names) == [("bea", "denied", "case_study.read"), ("bea", "denied", "case_study.decide")]
    assert client.post(f"/case-studies/{study['id']}/suspects/s000000000000/dismiss", headers=sam).status_code == 404

    # 3. The supporter dismisses one (a ward name, public) and confirms the other: the case study runs
    #    again with it as a term, and the dismissal stands for the same words in the new run.
    dismissed = client.post(f"/case-studies/{study['id']}/suspects/{kirkstone}/dismiss", headers=sam,
                            json={"reason": "the ward of every children's hospital here"})
    assert dismissed.status_code == 200 and dismissed.json()["supporter"]["decision"] == "dismissed"
    assert dismissed.json()["supporter"]["by"] == cast.supporter.id
    study = api_study(client, vault, client.post(f"/case-studies/{study['id']}/suspects/{glenridding}/confirm", headers=sam), sam)
    assert study["revision"] == 2 and study["terms"] == ["Glenridding"] and study["state"] == "draft"
    assert [(e["text"], e["supporter"]["decision"]) for e in study["suspects"]] == [("Kirkstone", "dismissed")]
    rendering = client.get(f"/case-studies/{study['id']}/items/1/content", headers=sam).text
    assert "Glenridding" not in rendering and "Kirkstone" in rendering
    assert client.post(f"/case-studies/{study['id']}/accept", headers=sam).json()["state"] == "accepted"

    # 4. The publisher sees what the supporter decided and must decide too before publishing.
    review = client.get(f"/case-studies/{study['id']}/review/suspects", headers=cora).json()
    assert [(e["id"], e["supporter"]["decision"], e["publisher"]) for e in review] == [(kirkstone, "dismissed", None)]
    not_yet = client.post(f"/case-studies/{study['id']}/publish", headers=cora)
    assert not_yet.status_code == 409 and "1 suspect that you have not decided on" in not_yet.json()["detail"]
    agreed = client.post(f"/case-studies/{study['id']}/review/suspects/{kirkstone}/dismiss", headers=cora)
    assert agreed.status_code == 200 and agreed.json()["publisher"]["decision"] == "dismissed"
    api_finished(client, vault, client.post(f"/case-studies/{study['id']}/publish", headers=cora), cora)

    # 5. Every step audited, exactly; no event names what was decided on, only its id.
    assert _events(vault, before, names) == [
        ("sam", "requested", "job.case_study.draft"),
        ("sam", "created", "case_study.draft"),
        ("sam", "viewed", "case_study.read"),  # the draft, once its job succeeded
        ("sam", "viewed", "case_study.read"),
        ("sam", "viewed", "case_study.read"),  # the draft's rendering
        ("bea", "denied", "case_study.read"),
        ("bea", "denied", "case_study.decide"),
        ("sam", "dismissed", "case_study.decide"),
        ("sam", "requested", "job.case_study.revise"),
        ("sam", "confirmed", "case_study.decide"),
        ("sam", "viewed", "case_study.read"),  # the case study, once the job ran it again
        ("sam", "viewed", "case_study.read"),
        ("sam", "accepted", "case_study.accept"),
        ("cora", "viewed", "case_study.review"),
        ("cora", "dismissed", "case_study.review_decide"),
        ("cora", "requested", "job.case_study.publish"),
        ("cora", "published", "case_study.publish"),
    ]
    assert not [detail for detail in _details(vault, before) if "Kirkstone" in detail or "Glenridding" in detail]
    with vault.database.session() as session:
        row = session.get(CaseStudy, study["id"])
        assert row is not None and b"Kirkstone" not in row.report_sealed and b"dismissed" not in row.report_sealed


def test_a_publishers_confirmation_sends_it_back_and_the_supporter_must_remove_it(vault: Vault, cast: Cast) -> None:
    case_study_consent(vault, cast.supporter, cast.own)
    note_id = vault.notes.add(cast.supporter, cast.own, STUDY_NOTE).id
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A call", note_ids=(note_id,)))
    for entry in draft.suspects:
        vault.case_studies.dismiss(cast.supporter, draft.id, entry.id)
    vault.case_studies.accept(cast.supporter, draft.id)
    entries = {entry.text: entry for entry in vault.publishing.suspects(cast.coordinator, draft.id)}
    kirkstone, glenridding = entries["Kirkstone"], entries["Glenridding"]
    vault.publishing.dismiss(cast.coordinator, draft.id, kirkstone.id)
    shown = vault.publishing.confirm(cast.coordinator, draft.id, glenridding.id, reason="a village of 200 people")
    assert shown.publisher is not None and shown.publisher["decision"] == "confirmed" and shown.supporter is None
    back = vault.case_studies.read(cast.supporter, draft.id)
    assert back.state == "draft" and back.history[-1]["event"] == "sent_back"
    from vault.errors import Conflict

    with pytest.raises(Conflict, match="the publisher confirmed"):
        vault.case_studies.dismiss(cast.supporter, draft.id, glenridding.id)
    with pytest.raises(Conflict, match="1 suspect undecided"):
        vault.case_studies.accept(cast.supporter, draft.id)
    rerun = confirmed(vault, cast.supporter, draft.id, glenridding.id)
    assert [entry.text for entry in rerun.suspects] == ["Kirkstone"] and rerun.revision == 2
    vault.case_studies.accept(cast.supporter, draft.id)
    (again,) = vault.publishing.suspects(cast.coordinator, draft.id)
    assert again.id == kirkstone.id and again.supporter is not None  # the supporter's dismissal stands
    assert again.publisher is None  # a publisher decides on the revision they are asked to publish
    vault.publishing.dismiss(cast.coordinator, draft.id, kirkstone.id)
    assert [part.kind for part in published_now(vault, cast.coordinator, draft.id).parts] == ["text"]


def test_a_pdfs_suspects_have_their_page_and_box(vault: Vault, cast: Cast) -> None:
    """The sample letter keeps its hospital's name: "Westmorland" a suspect, "General" a finding (the
    reader is sure it is a name); each placed on page 1 with a box inside the page."""
    import io

    from vault.services import NewDocument

    case_study_consent(vault, cast.supporter, cast.own)
    letter = vault.documents.upload(cast.supporter, cast.own, io.BytesIO((SAMPLES / "paediatric-letter.pdf").read_bytes()),
                                    NewDocument(title="letter", filename="letter.pdf", content_type="application/pdf")).id
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A letter", document_ids=(letter,)))
    entries = {entry.text: entry for entry in draft.suspects}
    assert entries["Westmorland"].kind == "suspect" and entries["General"].kind == "finding"
    for entry in entries.values():
        assert entry.page == 1 and entry.location is not None and entry.location.startswith("page 1, line ")
        assert entry.box is not None and 0 <= entry.box[0] < entry.box[2] <= 595 and 0 <= entry.box[1] < entry.box[3] <= 842
    from vault.errors import InvalidRequest

    with pytest.raises(InvalidRequest, match="say why it may stay"):
        vault.case_studies.dismiss(cast.supporter, draft.id, entries["General"].id)
    rerun = confirmed(vault, cast.supporter, draft.id, entries["Westmorland"].id)  # boxed like any term
    assert rerun.items[0].status == "ready" and rerun.items[0].counts.get("TERM") == 1
    assert rerun.suspects == []  # without "Westmorland" before it, "General" is no name to the reader either
