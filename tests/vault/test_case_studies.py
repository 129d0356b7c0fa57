"""Case studies: consent, four eyes, who sees drafts, bad input, shredding, subject access, audit events.

Every test runs on SQLite and PostgreSQL (the ``vault`` fixture), against the real text and PDF
redactors (the model loads once per test process).
"""

from __future__ import annotations

import dataclasses
import io
import json
import zipfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from case_study_world import JobFailed, case_study_consent, drafted, published_now, revised, settle
from pypdf import PdfWriter
from sqlalchemy import select
from vault_world import START, TEST_RULES, Cast, reviewed

from storage import MemoryStore
from vault.app import Vault
from vault.clock import FixedClock
from vault.db import Database
from vault.db.models import AuditEvent, CaseStudy, CaseStudyItem, ObjectKeyRow
from vault.errors import (
    Conflict,
    ContentUnavailable,
    DisclosureBlocked,
    Forbidden,
    InvalidRequest,
    NotFound,
)
from vault.ids import SeededIds
from vault.policy import Actor, Role
from vault.services import (
    CaseStudyInput,
    CaseStudyRevision,
    ConsentDecision,
    NewDocument,
    ReleaseTo,
)

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
NOTE = "Sarah Whitfield rang: Leo's new school, Fellside Primary School, will not agree the 1:1 support."


def events_after(vault: Vault, seq: int) -> list[tuple[str, str, str, str | None]]:
    with vault.database.session() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.seq > seq).order_by(AuditEvent.seq))
        return [(row.actor_id or "", row.action, row.operation, row.target_kind) for row in rows]


def last_seq(vault: Vault) -> int:
    with vault.database.session() as session:
        return session.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1)) or 0


def upload(vault: Vault, actor: Actor, case_id: str, data: bytes, *, name: str, content_type: str) -> str:
    return vault.documents.upload(actor, case_id, io.BytesIO(data), NewDocument(title=name, filename=name, content_type=content_type)).id


def letter(vault: Vault, cast: Cast) -> str:
    return upload(vault, cast.supporter, cast.own, (SAMPLES / "paediatric-letter.pdf").read_bytes(), name="letter.pdf", content_type="application/pdf")


def note(vault: Vault, cast: Cast) -> str:
    return vault.notes.add(cast.supporter, cast.own, NOTE).id


def test_without_the_parents_consent_nothing_is_drafted_and_the_refusal_is_recorded(vault: Vault, cast: Cast) -> None:
    note_id = note(vault, cast)
    before = last_seq(vault)
    with pytest.raises(DisclosureBlocked, match="no consent is recorded for using this case as a case study") as refused:
        drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A phone call", note_ids=(note_id,)))
    assert refused.value.code == "missing"
    assert events_after(vault, before) == [(cast.supporter.id, "refused", "case_study.draft", "case")]
    with vault.database.session() as session:
        assert session.scalars(select(CaseStudy)).all() == []

    case_study_consent(vault, cast.supporter, cast.own, decision=ConsentDecision.REFUSED)
    with pytest.raises(DisclosureBlocked, match="the parent refused consent") as said_no:
        drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A phone call", note_ids=(note_id,)))
    assert said_no.value.code == "refused"


def test_consent_withdrawn_after_acceptance_stops_publication(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    case_study_consent(vault, cast.supporter, cast.own)
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A phone call", note_ids=(note(vault, cast),)))
    vault.case_studies.accept(cast.supporter, draft.id)
    clock.advance(timedelta(minutes=5))
    case_study_consent(vault, cast.supporter, cast.own, decision=ConsentDecision.WITHDRAWN)
    before = last_seq(vault)
    with pytest.raises(DisclosureBlocked, match="the parent withdrew consent") as blocked:
        published_now(vault, cast.coordinator, draft.id)
    assert blocked.value.code == "withdrawn"
    assert events_after(vault, before) == [(cast.coordinator.id, "refused", "case_study.publish", "case_study")]
    assert vault.publications.list(cast.coordinator) == []


def test_with_the_consent_rule_off_the_absence_of_consent_is_shown_and_audited(database: Database, cast: Cast, vault: Vault) -> None:
    lenient = Vault(database=database, keyring=vault.core.keyring.as_keyring(), backend=vault.core.backend,
                    rules=dataclasses.replace(TEST_RULES, case_study_requires_consent=False), clock=FixedClock(START), ids=SeededIds(99))
    before = last_seq(lenient)
    draft = drafted(lenient, cast.supporter, cast.own, CaseStudyInput(title="A phone call", note_ids=(note(lenient, cast),)))
    assert draft.consent == "missing" and draft.consent_note.startswith("no consent in force for this use")
    with lenient.database.session() as session:
        created = session.scalars(select(AuditEvent).where(AuditEvent.seq > before, AuditEvent.action == "created",
                                                           AuditEvent.target_kind == "case_study")).one()
    assert json.loads(created.detail)["consent"] == "missing"
    lenient.case_studies.accept(cast.supporter, draft.id)
    review = lenient.publishing.review(cast.coordinator, draft.id)
    assert review.consent == "missing" and "no consent" in review.consent_note  # the publisher sees it too
    case_study_consent(lenient, cast.supporter, cast.own, decision=ConsentDecision.REFUSED)
    with pytest.raises(DisclosureBlocked, match="refused"):  # the parent's "no" is never overridden
        published_now(lenient, cast.coordinator, draft.id)
    with pytest.raises(DisclosureBlocked, match="refused"):
        drafted(lenient, cast.supporter, cast.own, CaseStudyInput(title="Another call", note_ids=(note(lenient, cast),)))


def test_only_the_familys_supporter_sees_a_draft_and_a_coordinator_only_once_accepted(vault: Vault, cast: Cast) -> None:
    case_study_consent(vault, cast.supporter, cast.own)
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A phone call", note_ids=(note(vault, cast),)))
    for outsider in (cast.other_supporter, cast.coordinator, cast.volunteer, cast.administrator):
        before = last_seq(vault)
        with pytest.raises(NotFound):
            vault.case_studies.read(outsider, draft.id)
        with pytest.raises(NotFound):
            vault.case_studies.rendering(outsider, draft.id, 1)
        assert {event[1] for event in events_after(vault, before)} == {"denied"}
    with pytest.raises(NotFound):
        vault.publishing.review(cast.coordinator, draft.id)
    vault.case_studies.accept(cast.supporter, draft.id)
    shown = vault.case_studies.rendering(cast.coordinator, draft.id, 1).data.decode()
    assert "Whitfield" not in shown and "Parent A" in shown
    review = vault.publishing.review(cast.coordinator, draft.id)
    assert not hasattr(review, "pseudonyms") and "case_id" not in dataclasses.asdict(review)
    assert "Sarah" not in json.dumps(dataclasses.asdict(review))


def test_four_eyes_the_drafter_never_publishes_their_own(vault: Vault, cast: Cast) -> None:
    case_study_consent(vault, cast.supporter, cast.own)
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A phone call", note_ids=(note(vault, cast),)))
    vault.case_studies.accept(cast.supporter, draft.id)
    promoted = Actor(cast.supporter.id, Role.COORDINATOR, cast.supporter.name)  # the drafter, now a coordinator
    before = last_seq(vault)
    with pytest.raises(Forbidden, match="other than the person who drafted it"):
        published_now(vault, promoted, draft.id)
    assert events_after(vault, before) == [(cast.supporter.id, "denied", "case_study.publish", "case_study")]
    with pytest.raises(NotFound):
        published_now(vault, cast.supporter, draft.id)  # a supporter never publishes
    publication = published_now(vault, cast.coordinator, draft.id)
    assert [part.kind for part in publication.parts] == ["text"]


def test_documents_that_cannot_be_redacted_block_acceptance_with_a_reason_each(vault: Vault, cast: Cast) -> None:
    case_study_consent(vault, cast.supporter, cast.own)
    protected = PdfWriter(clone_from=str(SAMPLES / "school-report.pdf"))
    protected.encrypt(user_password="secret", owner_password="owner")
    buffer = io.BytesIO()
    protected.write(buffer)
    locked = upload(vault, cast.supporter, cast.own, buffer.getvalue(), name="locked.pdf", content_type="application/pdf")
    broken = upload(vault, cast.supporter, cast.own, b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage", name="broken.pdf", content_type="application/pdf")
    word = upload(vault, cast.supporter, cast.own, b"PK\x03\x04 not really a docx", name="plan.docx",
                  content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    latin = upload(vault, cast.supporter, cast.own, "Zoë rang".encode("latin-1"), name="note.txt", content_type="text/plain")
    good = letter(vault, cast)
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(
        title="Several papers", document_ids=(locked, broken, word, latin, good)))
    reasons = {item.position: (item.status, item.reason) for item in draft.items}
    assert reasons[1][0] == "failed" and "password" in (reasons[1][1] or "")
    assert reasons[2][0] == "failed" and "cannot be read safely" in (reasons[2][1] or "")
    assert reasons[3][0] == "failed" and "ZIP archive cannot be redacted as one file" in (reasons[3][1] or "")
    assert reasons[4][0] == "failed" and "not UTF-8" in (reasons[4][1] or "")
    assert reasons[5] == ("ready", None)
    for position in (1, 2, 3, 4):
        with pytest.raises(InvalidRequest, match="no redacted rendering"):
            vault.case_studies.rendering(cast.supporter, draft.id, position)
    with pytest.raises(Conflict, match=r"item\(s\) 1, 2, 3, 4 could not be redacted"):
        vault.case_studies.accept(cast.supporter, draft.id)
    again = revised(vault, cast.supporter, draft.id, CaseStudyRevision(exclude=(1, 2, 3, 4)))
    assert [item.status for item in again.items] == ["excluded"] * 4 + ["ready"]
    settle(vault, cast.supporter, draft.id)
    vault.case_studies.accept(cast.supporter, draft.id)
    for entry in vault.publishing.suspects(cast.coordinator, draft.id):
        vault.publishing.dismiss(cast.coordinator, draft.id, entry.id, reason="agreed: it names no one")
    publication = published_now(vault, cast.coordinator, draft.id)
    assert [(part.position, part.kind) for part in publication.parts] == [(1, "pdf")]


def test_a_title_that_names_the_family_is_refused(vault: Vault, cast: Cast) -> None:
    """The title is read by the detectors in the job (the model is slow to load): the job fails with the
    reason and nothing is made."""
    case_study_consent(vault, cast.supporter, cast.own)
    with pytest.raises(JobFailed, match="title looks like it names"):
        drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="Leo Whitfield's plan", note_ids=(note(vault, cast),)))
    with vault.database.session() as session:
        assert session.scalars(select(CaseStudy)).all() == [] and session.scalars(select(ObjectKeyRow)).all() == []


def test_what_the_case_record_says_at_publication_is_checked_again(vault: Vault, cast: Cast) -> None:
    """The family's label changed after the draft was accepted (it is one of the case's terms): the
    rendering that still shows it is not published, and the case study goes back to its draft."""
    case_study_consent(vault, cast.supporter, cast.own)
    note_id = vault.notes.add(cast.supporter, cast.own, "The Brambles household came to the drop-in about transport to school.").id
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="Transport to school", note_ids=(note_id,)))
    vault.case_studies.accept(cast.supporter, draft.id)
    assert "Brambles household" in vault.case_studies.rendering(cast.supporter, draft.id, 1).data.decode()
    vault.cases.set_details_consent(cast.supporter, cast.own, given=True, label="Brambles household")
    before = last_seq(vault)
    with pytest.raises(JobFailed, match="not published: item 1 still shows an identifier"):
        published_now(vault, cast.coordinator, draft.id)
    assert events_after(vault, before) == [(cast.coordinator.id, "requested", "job.case_study.publish", "job"),
                                           (cast.coordinator.id, "refused", "case_study.publish", "case_study")]
    assert vault.case_studies.read(cast.supporter, draft.id).state == "draft"
    assert vault.publications.list(cast.coordinator) == [] and list(vault.published_store.backend.list()) == []
    rerun = revised(vault, cast.supporter, draft.id, CaseStudyRevision())
    assert "Brambles" not in vault.case_studies.rendering(cast.supporter, rerun.id, 1).data.decode()


def test_destroying_the_case_destroys_its_drafts_and_keeps_publications(vault: Vault, cast: Cast, clock: FixedClock, backend: MemoryStore) -> None:
    case_study_consent(vault, cast.supporter, cast.own)
    kept = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A letter", document_ids=(letter(vault, cast),)))
    published = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A phone call", note_ids=(note(vault, cast),)))
    vault.case_studies.accept(cast.supporter, published.id)
    publication = published_now(vault, cast.coordinator, published.id)
    with vault.database.session() as session:
        drafts = [item.object_id for item in session.scalars(select(CaseStudyItem)) if item.object_id]
    assert len(drafts) == 1  # the published one's renderings were shredded at publication
    vault.cases.close(cast.supporter, cast.own, outcome="Resolved")
    clock.advance(timedelta(days=366 * 7))
    result = vault.retention.apply(cast.coordinator)
    assert result.destroyed and not result.leftover_objects
    with vault.database.session() as session:
        assert session.scalars(select(CaseStudy).where(CaseStudy.case_id == cast.own)).all() == []
        assert session.scalars(select(CaseStudyItem).where(CaseStudyItem.case_id == cast.own)).all() == []
        assert session.scalars(select(ObjectKeyRow).where(ObjectKeyRow.object_id.in_(drafts))).all() == []
    assert len(list(backend.list())) == 0  # every object of the case, drafts included, deleted after the shred
    with pytest.raises(NotFound):
        vault.case_studies.read(cast.supporter, kept.id)
    assert [p.id for p in vault.publications.list(cast.volunteer)] == [publication.id]  # no family data: it stays


def test_a_document_returned_to_the_parent_takes_its_drafts_with_it(vault: Vault, cast: Cast) -> None:
    case_study_consent(vault, cast.supporter, cast.own)
    document = letter(vault, cast)
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A letter", document_ids=(document,), note_ids=(note(vault, cast),)))
    settle(vault, cast.supporter, draft.id)
    vault.case_studies.accept(cast.supporter, draft.id)
    request = vault.returns.request(cast.supporter, document)
    _view, _doc, reader = vault.returns.release(cast.supporter, request.id, to=ReleaseTo.PARENT)
    reader.close()
    vault.returns.complete(cast.supporter, request.id)
    after = vault.case_studies.read(cast.supporter, draft.id)
    assert after.state == "draft" and after.items[0].status == "removed" and after.items[0].report is None
    assert "returned to the parent" in (after.items[0].reason or "")
    with pytest.raises(InvalidRequest):
        vault.case_studies.rendering(cast.supporter, draft.id, 1)


def test_subject_access_shows_what_was_made_from_the_familys_data(vault: Vault, cast: Cast) -> None:
    case_study_consent(vault, cast.supporter, cast.own)
    drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A phone call", note_ids=(note(vault, cast),)))
    parent = next(p.id for p in vault.cases.details(cast.supporter, cast.own).people if p.relation == "parent")
    request = vault.subject_access.record(cast.supporter, cast.own, subject_id=parent, requester_id=parent)
    reviewed(vault, cast.supporter, request.id)
    archive = zipfile.ZipFile(io.BytesIO(b"".join(vault.subject_access.export(cast.supporter, request.id).chunks)))
    studies = json.loads(archive.read("case_studies.json"))
    assert studies[0]["title"] == "A phone call" and studies[0]["state"] == "draft"
    assert {"text": "Sarah Whitfield", "label": "Parent A", "type": "PERSON"} in studies[0]["pseudonyms"]
    assert studies[0]["items"][0]["identifiers_removed"]["PERSON"] >= 2


def test_a_tampered_publication_is_never_released(vault: Vault, cast: Cast) -> None:
    case_study_consent(vault, cast.supporter, cast.own)
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A phone call", note_ids=(note(vault, cast),)))
    vault.case_studies.accept(cast.supporter, draft.id)
    publication = published_now(vault, cast.coordinator, draft.id)
    store = vault.published_store.backend
    assert isinstance(store, MemoryStore)
    (name,) = [stat.name for stat in store.list()]
    store.replace_raw(name, store.raw(name).replace(b"Parent A", b"Sarah W."))
    with pytest.raises(ContentUnavailable, match="integrity"):
        vault.publications.part(cast.volunteer, publication.id, 1)


def test_unpublishing_finds_the_publication_through_the_audit_log_and_removes_it(vault: Vault, cast: Cast) -> None:
    case_study_consent(vault, cast.supporter, cast.own)
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A phone call", note_ids=(note(vault, cast),)))
    vault.case_studies.accept(cast.supporter, draft.id)
    publication = published_now(vault, cast.coordinator, draft.id)
    vault.publishing.unpublish(cast.second_coordinator, draft.id)
    assert vault.publications.list(cast.supporter) == []
    assert list(vault.published_store.backend.list()) == []
    with pytest.raises(NotFound):
        vault.publications.part(cast.supporter, publication.id, 1)
    assert vault.case_studies.read(cast.supporter, draft.id).state == "withdrawn"


def test_a_published_store_shared_with_the_families_store_is_refused(tmp_path: Path) -> None:
    from vault.app import open_vault
    from vault.datadir import create_data_dir
    from vault.errors import SetupError

    settings = create_data_dir(tmp_path / "v")
    with pytest.raises(SetupError, match="must not be the families' store"):
        open_vault(dataclasses.replace(settings, published_store_url=settings.store_url))



def test_every_member_of_staff_and_the_operator_read_publications_and_no_event_names_a_case(vault: Vault, cast: Cast) -> None:
    from vault_world import OPERATOR

    case_study_consent(vault, cast.supporter, cast.own)
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A phone call", note_ids=(note(vault, cast),)))
    vault.case_studies.accept(cast.supporter, draft.id)
    publication = published_now(vault, cast.coordinator, draft.id)
    before = last_seq(vault)
    for reader in (cast.supporter, cast.other_supporter, cast.coordinator, cast.volunteer, cast.administrator, OPERATOR):
        assert [p.id for p in vault.publications.list(reader)] == [publication.id]
        assert "Parent A" in vault.publications.part(reader, publication.id, 1).data.decode()
    with pytest.raises(NotFound):
        vault.publications.part(cast.volunteer, publication.id, 2)
    with pytest.raises(NotFound):
        vault.publications.describe(cast.volunteer, "0" * 32)
    with vault.database.session() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.seq > before)).all()
    assert {(e.action, e.target_kind) for e in events} == {("listed", "service"), ("viewed", "publication"), ("denied", "publication")}
    assert all(e.case_id is None for e in events)
    for outsider in (cast.supporter, cast.volunteer, cast.administrator):
        with pytest.raises((NotFound, Forbidden)):
            vault.publications.withdraw(outsider, publication.id)
        with pytest.raises(Forbidden):
            vault.publishing.queue(outsider)
    vault.publications.withdraw(cast.second_coordinator, publication.id)
    assert vault.publications.list(cast.volunteer) == []
    assert vault.case_studies.read(cast.supporter, draft.id).state == "withdrawn"  # found through the audit log


class _Forgetful:
    """The real text redactor, except that it lets ``name`` through: on its first run only (``once``),
    or always. Verification (the real detectors and known identifiers) must catch what it lets through."""

    def __init__(self, name: str, *, once: bool) -> None:
        from redaction.text import default_redactor

        self._real, self._name, self._once, self._runs = default_redactor(), name, once, 0

    def detect(self, text: str, **options: object) -> list[object]:
        return self._real.detect(text, **options)  # type: ignore[arg-type]

    def redact(self, text: str, **options: object) -> object:
        from redaction.text import RedactionResult

        result = self._real.redact(text, **options)  # type: ignore[arg-type]
        self._runs += 1
        if self._once and self._runs > 1:
            return result
        kept = tuple(None if self._name in text[s.start:s.end] else r
                     for s, r in zip(result.spans, result.replacements, strict=True))
        return RedactionResult(result.redacted, result.spans, kept)


@pytest.mark.parametrize("once", [True, False], ids=["caught-and-removed", "never-removed"])
def test_text_verification_fails_closed(vault: Vault, cast: Cast, once: bool) -> None:
    from vault.services import CaseStudyRedactor, CaseStudyService

    case_study_consent(vault, cast.supporter, cast.own)
    vault.case_studies = CaseStudyService(vault.core, CaseStudyRedactor(load=lambda: _Forgetful("Whitfield", once=once)),  # type: ignore[arg-type, return-value]
                                          jobs=vault.jobs)
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A phone call", note_ids=(note(vault, cast),)))
    (item,) = draft.items
    if once:
        assert item.status == "ready" and "Whitfield" in " ".join(draft.verification_terms)
        assert "Whitfield" not in vault.case_studies.rendering(cast.supporter, draft.id, 1).data.decode()
    else:
        assert item.status == "failed" and (item.reason or "").startswith("verification failed: PERSON")
        assert item.report is not None and any("Whitfield" in leak["text"] for leak in item.report["leaks"])
        with pytest.raises(Conflict):
            vault.case_studies.accept(cast.supporter, draft.id)


def test_drafts_are_sealed_at_rest_and_renderings_encrypted(vault: Vault, cast: Cast, backend: MemoryStore) -> None:
    case_study_consent(vault, cast.supporter, cast.own)
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(
        title="A letter and a call", document_ids=(letter(vault, cast),), note_ids=(note(vault, cast),), terms=("Kendal Medical Practice",)))
    assert draft.pseudonyms
    with vault.database.session() as session:
        dumped = b"".join(str(value).encode() if not isinstance(value, bytes) else value
                          for model in (CaseStudy, CaseStudyItem) for row in session.scalars(select(model)) for value in vars(row).values())
    for secret in (b"Whitfield", b"Sarah", b"Kendal", b"A letter and a call", b"Parent A"):
        assert secret not in dumped
    for stat in backend.list():
        assert b"Parent A" not in backend.raw(stat.name) and b"%PDF" not in backend.raw(stat.name)


def test_pdfs_can_be_retypeset_for_publication(vault: Vault, cast: Cast) -> None:
    case_study_consent(vault, cast.supporter, cast.own)
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A letter", document_ids=(letter(vault, cast),), retypeset=True))
    (item,) = draft.items
    assert item.status == "ready" and item.report is not None and item.report["retypeset"] is True
    from pypdf import PdfReader

    text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(vault.case_studies.rendering(cast.supporter, draft.id, 1).data)).pages)
    assert "Whitfield" not in text and "Consultant Paediatrician" in text
    layout = revised(vault, cast.supporter, draft.id, CaseStudyRevision(retypeset=False))
    assert layout.items[0].report is not None and layout.items[0].report["retypeset"] is False


class _Blind:
    """The real text redactor, blind to ``name``: it neither removes it nor detects it (on its first run
    only, with ``once``, or always), and the name is not in the case record, so neither the redactor's own
    re-detection nor the literal checks can see it. Only the independent second reader can."""

    def __init__(self, name: str, *, once: bool) -> None:
        from redaction.text import default_redactor

        self._real, self._name, self._once, self._runs = default_redactor(), name, once, 0

    def _blind(self) -> bool:
        return not self._once or self._runs <= 1

    def detect(self, text: str, **options: object) -> list[object]:
        spans = self._real.detect(text, **options)  # type: ignore[arg-type]
        return [s for s in spans if not self._blind() or self._name not in text[s.start:s.end]]

    def redact(self, text: str, **options: object) -> object:
        from redaction.text import RedactionResult

        self._runs += 1
        result = self._real.redact(text, **options)  # type: ignore[arg-type]
        if not self._blind():
            return result
        kept = tuple(None if self._name in text[s.start:s.end] else r
                     for s, r in zip(result.spans, result.replacements, strict=True))
        return RedactionResult(result.redacted, result.spans, kept)


THERAPIST_NOTE = "Parent rang: the speech therapist, Oluwaseun Adeyemi, will see Leo at school next week."


@pytest.mark.parametrize("once", [True, False], ids=["caught-and-removed", "never-removed"])
def test_the_second_reader_blocks_what_the_first_reader_missed(vault: Vault, cast: Cast, once: bool) -> None:
    from vault.services import CaseStudyRedactor, CaseStudyService

    case_study_consent(vault, cast.supporter, cast.own)
    note_id = vault.notes.add(cast.supporter, cast.own, THERAPIST_NOTE).id
    vault.case_studies = CaseStudyService(vault.core, CaseStudyRedactor(load=lambda: _Blind("Adeyemi", once=once)),  # type: ignore[arg-type, return-value]
                                          jobs=vault.jobs)
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A phone call", note_ids=(note_id,)))
    (item,) = draft.items
    assert item.report is not None and "second reader" in item.report["verification"]["checks"]
    if once:
        assert item.status == "ready" and "Adeyemi" in draft.verification_terms
        assert "Adeyemi" not in vault.case_studies.rendering(cast.supporter, draft.id, 1).data.decode()
    else:
        assert item.status == "failed" and (item.reason or "").startswith("verification failed: PERSON")
        assert any(leak["text"] == "Adeyemi" for leak in item.report["leaks"])
        with pytest.raises(Conflict):
            vault.case_studies.accept(cast.supporter, draft.id)


def test_what_the_second_reader_only_suspects_goes_to_the_report(vault: Vault, cast: Cast) -> None:
    case_study_consent(vault, cast.supporter, cast.own)
    note_id = vault.notes.add(cast.supporter, cast.own, "Sarah Whitfield rang from the Kirkstone ward; Leo is in hospital.").id
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A call", note_ids=(note_id,)))
    (item,) = draft.items
    assert item.status == "ready" and item.report is not None
    rendering = vault.case_studies.rendering(cast.supporter, draft.id, 1).data.decode()
    suspects = item.report["suspects"]
    assert {s["reason"] for s in suspects} <= {"gazetteer name", "identifier-shaped number", "name-like word",
                                               "rare place word", "unreadable text"}
    for suspect in suspects:
        assert rendering[suspect["start"]:suspect["end"]] == suspect["text"] and suspect["location"].startswith("line ")
    assert "Kirkstone" in {s["text"] for s in suspects}  # a name-like word the redactor kept: the reviewer decides
    assert item.report["second_reader"] == {"findings": 0, "suspects": len(suspects)}


def test_encoded_text_is_refused_not_verified(vault: Vault, cast: Cast) -> None:
    import base64

    case_study_consent(vault, cast.supporter, cast.own)
    blob = base64.encodebytes(b"Leo Whitfield, 27 Meadow Lane, Kendal; NHS 943 476 5919. " * 4).decode()
    note_id = vault.notes.add(cast.supporter, cast.own, "Forwarded attachment:\n" + blob).id
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="An e-mail", note_ids=(note_id,)))
    (item,) = draft.items
    # Refused before any reader runs (redaction.formats.plaintext finds the block); were it to reach the
    # output, verification would fail it as ENCODED (texts.py) - either way nothing is verified or kept.
    assert item.status == "failed" and "encoded" in (item.reason or "") and "base64" in (item.reason or "")
    assert "Whitfield" not in json.dumps(item.report or {})


# Issue 12 item 5: known identifiers written in other forms were verified and published.
OTHER_FORMS = [
    ("PHONE", "Call her on ０７７００ ９００１２３ after school."),  # full-width digits
    ("PERSON", "Mrs W h i t f i e l d came to the drop-in."),  # a letter-spaced surname
    ("POSTCODE", "They live at L A 9  4 T T now."),  # a letter-spaced postcode
]


@pytest.mark.parametrize(("kind", "text"), OTHER_FORMS, ids=["full-width-phone", "spaced-surname", "spaced-postcode"])
def test_the_literal_checks_read_known_identifiers_in_other_written_forms(kind: str, text: str) -> None:
    from vault.services.case_studies.identifiers import Identifiers, literal_leaks

    identifiers = Identifiers({"PERSON:parent": ("Sarah Whitfield",), "PHONE": ("07700 900123",), "POSTCODE": ("LA9 4TT",)}, ())
    assert [leak[0] for leak in literal_leaks(text, identifiers)] == [kind]


@pytest.mark.parametrize(("kind", "text"), OTHER_FORMS, ids=["full-width-phone", "spaced-surname", "spaced-postcode"])
def test_known_identifiers_in_other_written_forms_never_reach_a_publication(vault: Vault, cast: Cast, kind: str, text: str) -> None:
    case_study_consent(vault, cast.supporter, cast.own)
    note_id = vault.notes.add(cast.supporter, cast.own, text).id
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(
        title="A note", note_ids=(note_id,), identifiers={"POSTCODE": ["LA9 4TT"]}))
    (item,) = draft.items
    if item.status == "ready":  # removed (by the redactor, or as a term verification added), never kept
        rendering = vault.case_studies.rendering(cast.supporter, draft.id, 1).data.decode()
        from redaction.verify import known_leaks

        assert known_leaks(rendering, {"PERSON": ["Sarah Whitfield"], "PHONE": ["07700 900123"], "POSTCODE": ["LA9 4TT"]}) == []
    else:
        assert (item.reason or "").startswith("verification failed")


def test_original_and_redacted_side_by_side_are_put_together_from_the_report(vault: Vault, cast: Cast) -> None:
    from vault.services.case_studies.comparing import Segment, side_by_side

    case_study_consent(vault, cast.supporter, cast.own)
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A phone call", note_ids=(note(vault, cast),)))
    before = last_seq(vault)
    segments = vault.case_studies.side_by_side(cast.supporter, draft.id, 1)
    assert "".join(s.original for s in segments) == NOTE  # the original, whole, without reading the note again
    assert "".join(s.redacted for s in segments) == vault.case_studies.rendering(cast.supporter, draft.id, 1).data.decode()
    assert Segment("Sarah Whitfield", "Parent A", "PERSON") in segments
    assert [e[1] for e in events_after(vault, before)] == ["viewed", "viewed"]
    with pytest.raises(NotFound):
        vault.case_studies.side_by_side(cast.other_supporter, draft.id, 1)
    with pytest.raises(ValueError, match="does not fit"):
        side_by_side("Parent A rang.", [{"start": 0, "end": 15, "text": "Sarah Whitfield", "replacement": "Parent B"}])


def test_a_draft_job_run_again_after_its_worker_stopped_makes_it_once(vault: Vault, cast: Cast, backend: MemoryStore) -> None:
    """The worker committed the draft and died before it could say so: the job is run again (another
    worker takes it over) and finds what it made; one case study, no second set of renderings."""
    from sqlalchemy import update

    from vault.db.models import Job
    from vault.jobs import JobRunner

    case_study_consent(vault, cast.supporter, cast.own)
    job = vault.case_studies.draft(cast.supporter, cast.own, CaseStudyInput(
        title="A letter and a call", document_ids=(letter(vault, cast),), note_ids=(note(vault, cast),)))
    JobRunner(vault, worker="first").run(job.id)
    objects = sorted(stat.name for stat in backend.list())
    with vault.database.transaction() as session:
        session.execute(update(Job).where(Job.id == job.id).values(state="queued", summary=None, finished_at=None,
                                                                   claimed_by=None))
    JobRunner(vault, worker="second").run(job.id)
    final = vault.jobs.get(cast.supporter, job.id)
    assert final.state == "succeeded" and final.summary["case_study"] == job.arguments["case_study"]
    assert [s.id for s in vault.case_studies.list(cast.supporter, cast.own)] == [job.arguments["case_study"]]
    assert sorted(stat.name for stat in backend.list()) == objects


def test_a_draft_cancelled_while_it_runs_leaves_nothing_behind(vault: Vault, cast: Cast, backend: MemoryStore,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancelled after its first item was redacted and stored (its key kept back): the job ends cancelled,
    no case study is made, and the rendering already written is removed (no orphan for the sweep)."""
    from vault.jobs import JobContext, JobRunner
    from vault.services import CaseStudyRedactor

    monkeypatch.setattr(JobContext, "MIN_INTERVAL", 0.0)  # every step asks whether it was cancelled
    case_study_consent(vault, cast.supporter, cast.own)
    document, note_id = letter(vault, cast), note(vault, cast)
    before = sorted(stat.name for stat in backend.list())
    job = vault.case_studies.draft(cast.supporter, cast.own, CaseStudyInput(
        title="A letter and a call", document_ids=(document,), note_ids=(note_id,)))
    real = CaseStudyRedactor.run
    seen: list[int] = []

    def run(self: CaseStudyRedactor, sources: Any, instructions: Any, **options: Any) -> Any:
        progress = options.pop("progress")

        def cancelling(done: int, total: int) -> None:
            seen.append(len(list(backend.list())))
            if done == 1:
                vault.jobs.cancel(cast.supporter, job.id)
            progress(done, total)

        return real(self, sources, instructions, progress=cancelling, **options)

    monkeypatch.setattr(CaseStudyRedactor, "run", run)
    JobRunner(vault, worker="test").run(job.id)
    assert vault.jobs.get(cast.supporter, job.id).state == "cancelled"
    assert seen == [len(before) + 1]  # the note's rendering was in the store when the cancel came
    assert vault.case_studies.list(cast.supporter, cast.own) == []
    assert sorted(stat.name for stat in backend.list()) == before


def test_consent_withdrawn_while_the_draft_waits_stops_it_and_the_refusal_is_recorded(vault: Vault, cast: Cast,
                                                                                       clock: FixedClock) -> None:
    from vault.jobs import JobRunner

    case_study_consent(vault, cast.supporter, cast.own)
    job = vault.case_studies.draft(cast.supporter, cast.own, CaseStudyInput(title="A phone call", note_ids=(note(vault, cast),)))
    clock.advance(timedelta(minutes=5))
    case_study_consent(vault, cast.supporter, cast.own, decision=ConsentDecision.WITHDRAWN)
    before = last_seq(vault)
    JobRunner(vault, worker="test").run(job.id)
    final = vault.jobs.get(cast.supporter, job.id)
    assert final.state == "failed" and "withdrew consent" in (final.reason or "")
    assert events_after(vault, before) == [(cast.supporter.id, "refused", "case_study.draft", "case")]
    assert vault.case_studies.list(cast.supporter, cast.own) == []


def test_a_box_drawn_on_a_shown_page_is_made_pdf_points_from_the_mediabox() -> None:
    """Percentages of the page as shown (from its top left) become points from the MediaBox's bottom left,
    wherever the MediaBox starts; a turned page, or a re-typeset rendering, is not placed at all."""
    from pypdf.generic import RectangleObject

    from vault.services.case_studies.comparing import pdf_pages

    writer = PdfWriter()
    offset = writer.add_blank_page(width=200, height=400)
    offset.mediabox = RectangleObject((10, 20, 210, 420))
    writer.add_blank_page(width=200, height=400).rotate(90)
    buffer = io.BytesIO()
    writer.write(buffer)
    first, turned = pdf_pages(buffer.getvalue(), {"boxes": []})
    assert first.placed and (first.left, first.bottom, first.width, first.height) == (10, 20, 200, 400)
    assert first.area(10, 25, 60, 50) == (30, 220, 130, 320)
    assert not turned.placed
    assert not any(p.placed for p in pdf_pages(buffer.getvalue(), {"boxes": [], "retypeset": True}))
