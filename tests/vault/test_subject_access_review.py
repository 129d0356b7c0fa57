"""Subject access as the law expects: other people's information reviewed before release, a readable
response led by a summary PDF, the deadline's extension, and "fulfilled" only when delivered."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from vault_world import OPERATOR, Cast, login_headers

from vault.app import Vault
from vault.clock import FixedClock
from vault.db.models import AuditEvent, ObjectKeyRow, SubjectAccessItem
from vault.errors import InvalidRequest
from vault.jobs import JobRunner
from vault.services import NewDocument

NOTE = ("Sarah Whitfield rang: Leo's social worker Priya Shahzad (07700 900456) will join the review. "
        "Sam will send the minutes.")
LETTER = ("Medical letter\nPatient: Leo Whitfield\nHis classmate Jayden Okonkwo was also seen by Dr Imogen Fairbairn "
          "at 14 Larch Close, Kendal LA9 7QT.\n").encode()
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def _request(vault: Vault, cast: Cast) -> str:
    parent = next(p.id for p in vault.cases.details(cast.supporter, cast.own).people if p.relation == "parent")
    return vault.subject_access.record(cast.supporter, cast.own, subject_id=parent, requester_id=parent).id


def _archive(vault: Vault, cast: Cast, request_id: str) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(b"".join(vault.subject_access.export(cast.supporter, request_id).chunks)))


def _everything(archive: zipfile.ZipFile) -> str:
    texts = []
    for name in archive.namelist():
        data = archive.read(name)
        if name.endswith(".pdf") and name == "summary.pdf":
            texts.append("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))
        else:
            texts.append(data.decode("utf-8", errors="replace"))
    return " ".join(" ".join(texts).split())


@pytest.fixture
def held(vault: Vault, cast: Cast) -> dict[str, str]:
    note = vault.notes.add(cast.supporter, cast.own, NOTE)
    letter = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(LETTER),
                                    NewDocument(title="Medical letter", filename="letter.txt", content_type="text/plain"))
    return {"note": note.id, "letter": letter.id}


def test_the_review_marks_other_peoples_information_not_the_familys_or_staffs(vault: Vault, cast: Cast, held: dict[str, str]) -> None:
    request = _request(vault, cast)
    summary = vault.subject_access.assemble(cast.supporter, request)
    items = vault.subject_access.items(cast.supporter, request)
    texts = {item.text for item in items}
    assert summary.items == len(items) == summary.undecided > 0
    assert {"Priya Shahzad", "07700 900456", "Jayden Okonkwo"} <= texts
    assert any("Imogen Fairbairn" in t for t in texts) and any("LA9 7QT" in t for t in texts)
    assert not any(word in t for t in texts for word in ("Sarah", "Leo", "Whitfield", "Sam"))  # the family, staff in role
    shahzad = next(i for i in items if i.text == "Priya Shahzad")
    assert shahzad.where.startswith("note of") and "[Priya Shahzad]" in shahzad.context and shahzad.decision is None
    assert vault.subject_access.list(cast.supporter, cast.own)[0].review == "in review"


def test_the_released_archive_holds_no_unreviewed_third_party_span(vault: Vault, cast: Cast, held: dict[str, str]) -> None:
    request = _request(vault, cast)
    with pytest.raises(InvalidRequest, match="not been reviewed"):
        vault.subject_access.export(cast.supporter, request)
    vault.subject_access.assemble(cast.supporter, request)
    items = vault.subject_access.items(cast.supporter, request)
    with pytest.raises(InvalidRequest, match=f"{len(items)} item"):
        vault.subject_access.export(cast.supporter, request)
    with pytest.raises(InvalidRequest, match="reason"):
        vault.subject_access.decide(cast.supporter, request, items[0].number, decision="redact", reason=" ")
    kept = next(i for i in items if i.text == "Priya Shahzad")
    for item in items:
        if item is kept:
            vault.subject_access.decide(cast.supporter, request, item.number, decision="keep",
                                        reason="the social worker acts in her professional role for Leo")
        else:
            vault.subject_access.decide(cast.supporter, request, item.number, decision="redact", reason="another family's data")

    archive = _archive(vault, cast, request)
    whole = _everything(archive)
    for item in items:
        assert (item.text in whole) == (item is kept), item
    assert "Priya Shahzad" in json.loads(archive.read("notes.json"))[0]["body"]
    assert "[redacted: someone else's information]" in whole
    assert archive.namelist()[0] == "summary.pdf"
    letter = next(n for n in archive.namelist() if n.startswith("documents/"))
    assert letter.endswith(".redacted.txt") and "Leo Whitfield" in archive.read(letter).decode()
    with vault.core.database.transaction() as session:
        decided = [json.loads(e.detail) for e in session.scalars(select(AuditEvent).where(AuditEvent.operation == "subject_access.decide"))]
    assert sorted(n for d in decided for n in d["numbers"]) == sorted(i.number for i in items)
    assert all("another family" not in json.dumps(d) for d in decided)  # reasons are sealed, not in the log


def test_a_person_named_again_is_decided_everywhere_at_once(vault: Vault, cast: Cast, held: dict[str, str]) -> None:
    vault.notes.add(cast.supporter, cast.own, "Priya Shahzad rang back: the visit is on Tuesday.")
    request = _request(vault, cast)
    vault.subject_access.assemble(cast.supporter, request)
    named = [i for i in vault.subject_access.items(cast.supporter, request) if i.text == "Priya Shahzad"]
    assert len(named) == 2
    vault.subject_access.decide(cast.supporter, request, named[0].number, decision="keep", reason="the family's social worker",
                                everywhere=True)
    after = {i.number: i for i in vault.subject_access.items(cast.supporter, request)}
    assert [after[i.number].decision for i in named] == ["keep", "keep"]
    assert sum(i.decision is None for i in after.values()) == len(after) - 2


def test_what_was_added_after_the_review_is_reviewed_before_release(vault: Vault, cast: Cast, held: dict[str, str]) -> None:
    request = _request(vault, cast)
    vault.subject_access.assemble(cast.supporter, request)
    for item in vault.subject_access.items(cast.supporter, request):
        vault.subject_access.decide(cast.supporter, request, item.number, decision="redact", reason="a third party")
    vault.notes.add(cast.supporter, cast.own, "Spoke to Marcus Ellingham-Boyd, the child's uncle.")
    with pytest.raises(InvalidRequest, match="since the review"):
        vault.subject_access.export(cast.supporter, request)
    again = vault.subject_access.assemble(cast.supporter, request)
    assert again.undecided >= 1 and again.items - again.undecided >= 4  # earlier decisions kept
    [new] = [i for i in vault.subject_access.items(cast.supporter, request) if i.decision is None]
    assert "Marcus" in new.text
    vault.subject_access.decide(cast.supporter, request, new.number, decision="redact", reason="a relative")
    assert "Marcus" not in _everything(_archive(vault, cast, request))


def test_records_are_readable_and_a_summary_pdf_leads(vault: Vault, cast: Cast, held: dict[str, str]) -> None:
    request = _request(vault, cast)
    vault.subject_access.assemble(cast.supporter, request)
    for item in vault.subject_access.items(cast.supporter, request):
        vault.subject_access.decide(cast.supporter, request, item.number, decision="keep", reason="reviewed")
    archive = _archive(vault, cast, request)
    [note] = json.loads(archive.read("notes.json"))
    assert note["author_id"] == "Sam (parental supporter)"
    assert cast.supporter.id not in archive.read("documents.json").decode()
    pdf = PdfReader(io.BytesIO(archive.read("summary.pdf")))
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert pdf.metadata is not None and "subject access response" in str(pdf.metadata.title)
    assert "Sarah Whitfield" in text and "Medical letter" in text and "Sam (parental supporter)" in text
    assert "due by 1 August 2026" in text
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["files"][0]["path"] == "summary.pdf" and manifest["redacted_passages"] == 0


def test_an_unreadable_document_is_kept_whole_or_withheld(vault: Vault, cast: Cast) -> None:
    vault.documents.upload(cast.supporter, cast.own, io.BytesIO(PNG), NewDocument(title="Photo", filename="photo.png", content_type="image/png"))
    request = _request(vault, cast)
    vault.subject_access.assemble(cast.supporter, request)
    [item] = vault.subject_access.items(cast.supporter, request)
    assert item.type == "UNREADABLE" and item.where.startswith("document 'Photo'")
    vault.subject_access.decide(cast.supporter, request, item.number, decision="redact", reason="shows another child")
    archive = _archive(vault, cast, request)
    assert not any(n.startswith("documents/") for n in archive.namelist())
    assert "withheld" in json.loads(archive.read("manifest.json"))["documents"][0]["included"]


def test_the_deadline_extends_by_up_to_two_months_with_a_reason(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    request = _request(vault, cast)  # received 1 July 2026: due 1 August
    with pytest.raises(InvalidRequest, match="reason"):
        vault.subject_access.extend(cast.supporter, request, months=1, reason="")
    once = vault.subject_access.extend(cast.supporter, request, months=1, reason="eleven years of records across three schools")
    assert once.due_on == date(2026, 9, 1) and once.extended_months == 1
    with pytest.raises(InvalidRequest, match="up to 2 further months"):
        vault.subject_access.extend(cast.supporter, request, months=2, reason="more")
    twice = vault.subject_access.extend(cast.supporter, request, months=1, reason="the LA's files came late")
    assert twice.due_on == date(2026, 10, 1)
    late = _request(vault, cast)
    clock.advance(timedelta(days=40))
    with pytest.raises(InvalidRequest, match="has passed"):
        vault.subject_access.extend(cast.supporter, late, months=1, reason="complex")


def test_fulfilled_only_when_delivered_not_when_generated(vault: Vault, cast: Cast) -> None:
    request = _request(vault, cast)
    with pytest.raises(InvalidRequest, match="not been reviewed"):
        vault.subject_access.hand_over(cast.supporter, request, note="given to Sarah in person")
    vault.subject_access.assemble(cast.supporter, request)
    _archive(vault, cast, request)  # made and downloaded by staff: not delivered
    [open_] = vault.subject_access.list(cast.supporter, cast.own)
    assert open_.status == "open" and open_.review == "ready"
    done = vault.subject_access.hand_over(cast.supporter, request, note="given to Sarah in person at the office")
    assert done.status == "fulfilled" and done.delivered_how == "hand-over"
    assert request not in [r.id for r in vault.subject_access.outstanding(cast.coordinator)]
    with pytest.raises(InvalidRequest, match="answered already"):
        vault.subject_access.hand_over(cast.supporter, request, note="again")


def test_the_review_through_the_api(client: httpx.Client, vault: Vault, cast: Cast, held: dict[str, str]) -> None:
    sam = login_headers(client, "sam")
    request = _request(vault, cast)
    asked = client.post(f"/subject-access-requests/{request}/review", headers=sam)
    assert asked.status_code == 202 and asked.headers["Location"] == f"/jobs/{asked.json()['id']}"
    JobRunner(vault, worker="api-test").run(asked.json()["id"])
    done = client.get(asked.headers["Location"], headers=sam).json()
    assert done["state"] == "succeeded" and done["summary"]["items"] >= 5 and "Priya" not in json.dumps(done)
    items = client.get(f"/subject-access-requests/{request}/items", headers=sam).json()
    assert {"Priya Shahzad", "Jayden Okonkwo"} <= {i["text"] for i in items}
    bea = login_headers(client, "bea")
    assert client.get(f"/subject-access-requests/{request}/items", headers=bea).status_code == 404
    assert client.post(f"/subject-access-requests/{request}/items/1/decision", json={"decision": "redact", "reason": "x"},
                       headers=bea).status_code == 404
    assert client.post(f"/subject-access-requests/{request}/archive", headers=sam).status_code == 400
    assert client.post(f"/subject-access-requests/{request}/items/1/decision", json={"decision": "maybe", "reason": "x"},
                       headers=sam).status_code == 422
    for item in items:
        decided = client.post(f"/subject-access-requests/{request}/items/{item['number']}/decision",
                              json={"decision": "redact", "reason": "someone else's"}, headers=sam)
        assert decided.status_code == 200 and decided.json()["decided_by"] == "Sam (parental supporter)"
    extended = client.post(f"/subject-access-requests/{request}/extension", json={"months": 2, "reason": "complex"}, headers=sam)
    assert extended.json()["due_on"] == "2026-10-01" and extended.json()["extended_months"] == 2
    assert client.post(f"/subject-access-requests/{request}/extension", json={"months": 3, "reason": "x"}, headers=sam).status_code == 422
    archive = client.post(f"/subject-access-requests/{request}/archive", headers=sam)
    assert archive.status_code == 200 and "Jayden" not in _everything(zipfile.ZipFile(io.BytesIO(archive.content)))
    assert client.get(f"/cases/{cast.own}/subject-access-requests", headers=sam).json()[0]["status"] == "open"
    handed = client.post(f"/subject-access-requests/{request}/hand-over", json={"note": "given in person"}, headers=sam)
    assert handed.json()["status"] == "fulfilled" and handed.json()["delivered_how"] == "hand-over"


def test_the_review_goes_with_the_case_when_it_is_destroyed(vault: Vault, cast: Cast, held: dict[str, str], clock: FixedClock) -> None:
    request = _request(vault, cast)
    vault.subject_access.assemble(cast.supporter, request)
    vault.cases.close(cast.supporter, cast.own, outcome="Resolved")
    clock.set(datetime(2032, 7, 2, 12, tzinfo=UTC))
    assert len(vault.retention.apply(OPERATOR).destroyed) == 1
    with vault.core.database.transaction() as session:
        assert session.scalars(select(SubjectAccessItem)).all() == []


def test_the_released_archive_is_kept_and_delivered_as_reviewed(client: httpx.Client, vault: Vault, cast: Cast,
                                                                held: dict[str, str]) -> None:
    sam = login_headers(client, "sam")
    request = _request(vault, cast)
    assert client.post(f"/subject-access-requests/{request}/release", headers=sam).status_code == 400  # not reviewed
    assert client.get(f"/subject-access-requests/{request}/released", headers=sam).status_code == 400
    vault.subject_access.assemble(cast.supporter, request)
    for item in vault.subject_access.items(cast.supporter, request):
        vault.subject_access.decide(cast.supporter, request, item.number, decision="redact", reason="a third party")
    asked = client.post(f"/subject-access-requests/{request}/release", headers=sam)
    assert asked.status_code == 202
    JobRunner(vault, worker="api-test").run(asked.json()["id"])
    job = client.get(asked.headers["Location"], headers=sam).json()
    assert job["state"] == "succeeded", job
    view = vault.subject_access.get(cast.supporter, request)
    assert view.released_sha256 == job["summary"]["sha256"] and view.status == "open"
    first = client.get(f"/subject-access-requests/{request}/released", headers=sam)
    assert first.status_code == 200 and hashlib.sha256(first.content).hexdigest() == view.released_sha256
    assert "Priya" not in _everything(zipfile.ZipFile(io.BytesIO(first.content)))
    vault.notes.add(cast.supporter, cast.own, "Another note, added after the release.")  # the released copy stays as reviewed
    again = client.get(f"/subject-access-requests/{request}/released", headers=sam)
    assert again.content == first.content
    assert client.get(f"/subject-access-requests/{request}/released", headers=login_headers(client, "bea")).status_code == 404
    with vault.core.database.transaction() as session:
        released = session.scalars(select(AuditEvent).where(AuditEvent.operation == "subject_access.released")).all()
    assert len(released) == 2 and json.loads(released[0].detail)["sha256"] == view.released_sha256
    # Released again (after reviewing the new note): the earlier archive's key is shredded.
    vault.subject_access.assemble(cast.supporter, request)
    old = view.released_sha256
    renewed = vault.subject_access.release(cast.supporter, request)
    assert renewed.released_sha256 != old
    with vault.core.database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(ObjectKeyRow).where(ObjectKeyRow.case_id == cast.own)) == 2  # letter, archive
    done = vault.subject_access.hand_over(cast.supporter, request, note="the released archive on an encrypted stick")
    assert done.status == "fulfilled"


def test_a_pdf_with_someone_elses_name_is_given_with_it_blacked_out(vault: Vault, cast: Cast) -> None:
    letter = (Path(__file__).parents[2] / "samples" / "paediatric-letter.pdf").read_bytes()  # from Dr Amina Rahman
    vault.documents.upload(cast.supporter, cast.own, io.BytesIO(letter),
                           NewDocument(title="Clinic letter", filename="clinic.pdf", content_type="application/pdf"))
    request = _request(vault, cast)
    vault.subject_access.assemble(cast.supporter, request)
    items = vault.subject_access.items(cast.supporter, request)
    assert any("Rahman" in i.text for i in items)
    for item in items:
        decision = "redact" if "Rahman" in item.text else "keep"
        vault.subject_access.decide(cast.supporter, request, item.number, decision=decision, reason="reviewed")
    archive = _archive(vault, cast, request)
    [copy] = [n for n in archive.namelist() if n.startswith("documents/")]
    assert copy == "documents/001-clinic.redacted.pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(archive.read(copy))).pages)
    assert "Rahman" not in text and "Leo Whitfield" in text
    assert "blacked out" in json.loads(archive.read("manifest.json"))["documents"][0]["included"]
