"""Documents, returns, subject access, notes and opening a case through the pages (TestClient over the
real app): each read audited as the API's are, each action for the role the policy allows, and a
refusal that answers "Page not found" with `denied` and no `viewed`."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest
from sqlalchemy import select
from vault_world import Cast, reviewed
from web_world import csrf_of

from vault.app import Vault
from vault.db.models import AuditEvent
from vault.services import NewDocument

LETTER = b"%PDF-1.4\n" + b"clinic letter " * 500 + b"\n%%EOF"


def _events(vault: Vault, actor_id: str, target_id: str) -> list[str]:
    with vault.database.session() as session:
        return list(session.scalars(select(AuditEvent.action).where(AuditEvent.actor_id == actor_id,
                                                                    AuditEvent.target_id == target_id)))


def _letter(vault: Vault, cast: Cast, **wishes: bool):  # type: ignore[no-untyped-def]
    return vault.documents.upload(cast.supporter, cast.own, io.BytesIO(LETTER),
                                  NewDocument(title="Clinic letter", filename="clinic.pdf", **wishes))


def test_a_document_page_and_its_download_are_audited_as_the_api_does(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    doc = _letter(vault, cast)
    client = signed_in("sam")
    assert f'href="/web/documents/{doc.id}"' in client.get(f"/web/cases/{cast.own}/documents").text
    page = client.get(f"/web/documents/{doc.id}")
    assert page.status_code == 200 and "Clinic letter" in page.text and "clinic.pdf" in page.text and ">PDF<" in page.text
    assert "<iframe" not in page.text and "<embed" not in page.text and "<object" not in page.text
    assert _events(vault, cast.supporter.id, doc.id) == ["uploaded", "viewed"]
    download = client.get(f"/web/documents/{doc.id}/download")
    assert download.status_code == 200 and download.content == LETTER
    assert download.headers["content-type"] == "application/pdf" and download.headers["x-content-type-options"] == "nosniff"
    assert download.headers["content-disposition"].startswith('attachment; filename="clinic.pdf"')
    assert _events(vault, cast.supporter.id, doc.id) == ["uploaded", "viewed", "viewed"]


def test_a_document_is_previewed_page_by_page_as_images_drawn_on_the_server(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    doc = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"Phone call with the school.\n" * 20),
                                 NewDocument(title="Call note", filename="call.txt"))
    client = signed_in("sam")
    page = client.get(f"/web/documents/{doc.id}")
    image_path = f"/web/documents/{doc.id}/pages/1.png"
    assert f'src="{image_path}"' in page.text and "Next page" in page.text  # how many pages: not known yet
    image = client.get(image_path)
    assert image.status_code == 200 and image.headers["content-type"] == "image/png" and image.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert image.headers["cache-control"] == "no-store"
    page = client.get(f"/web/documents/{doc.id}?shown=5")  # past the end, once known: the last page
    assert "Page 1 of 1" in page.text and "Next page" not in page.text and "Previous page" not in page.text
    assert _events(vault, cast.supporter.id, doc.id) == ["uploaded", "viewed", "viewed", "viewed"]  # page, image, page
    unknown = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"\x00\x01\x02\x03binary\x00\xff"),
                                     NewDocument(title="Mystery", filename="mystery.bin"))
    assert "has no preview: download it instead" in client.get(f"/web/documents/{unknown.id}").text


@pytest.mark.parametrize("username", ["bea", "cora", "val"])
def test_another_familys_document_is_not_found_and_only_denied(signed_in, cast: Cast, vault: Vault, username: str) -> None:  # type: ignore[no-untyped-def]
    doc = _letter(vault, cast)
    client = signed_in(username)
    actor = {"bea": cast.other_supporter, "cora": cast.coordinator, "val": cast.volunteer}[username]
    for path in ("", "/download", "/pages/1.png"):
        response = client.get(f"/web/documents/{doc.id}{path}")
        assert response.status_code == 404 and "Page not found" in response.text and "Clinic letter" not in response.text
    token = csrf_of(client.get("/web/").text)
    for path in ("wishes", "return-request"):
        assert client.post(f"/web/documents/{doc.id}/{path}", data={"csrf_token": token, "keep": "yes"}).status_code == 404
    assert set(_events(vault, actor.id, doc.id)) == {"denied"}
    assert vault.returns.list(cast.supporter, cast.own) == [] and not vault.documents.describe(cast.supporter, doc.id).keep_on_file


def test_a_return_is_asked_for_released_to_a_solicitor_and_completed(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    doc = _letter(vault, cast, return_on_request=True)
    client = signed_in("sam")
    page = client.get(f"/web/documents/{doc.id}")
    asked = client.post(f"/web/documents/{doc.id}/return-request", data={"csrf_token": csrf_of(page.text)})
    assert asked.headers["location"] == f"/web/cases/{cast.own}/returns?requested=true"
    assert "Return: asked for" in client.get(f"/web/cases/{cast.own}/documents").text
    returns = client.get(asked.headers["location"]).text
    assert "request is recorded. Release the document" in returns and "Clinic letter" in returns
    [request] = vault.returns.list(cast.supporter, cast.own)
    token = csrf_of(returns)
    nameless = client.post(f"/web/returns/{request.id}/release", data={"csrf_token": token, "case": cast.own, "to": "solicitor"})
    assert nameless.status_code == 400 and "name and firm" in nameless.text and 'href="#solicitor"' in nameless.text
    released = client.post(f"/web/returns/{request.id}/release",
                           data={"csrf_token": token, "case": cast.own, "to": "solicitor", "solicitor": "A. Khan, Khan & Co"})
    assert released.status_code == 200 and released.content == LETTER
    assert "Return: released" in client.get(f"/web/cases/{cast.own}/documents").text
    done = client.post(f"/web/returns/{request.id}/complete", data={"csrf_token": token})
    assert done.headers["location"] == f"/web/cases/{cast.own}/returns?done=destroyed"
    assert "the vault copy was destroyed" in client.get(done.headers["location"]).text
    assert client.get(f"/web/documents/{doc.id}").status_code == 404  # destroyed


def test_a_request_withdrawn_before_release_leaves_the_document_held(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    doc = _letter(vault, cast)
    request = vault.returns.request(cast.supporter, doc.id)
    client = signed_in("sam")
    token = csrf_of(client.get(f"/web/cases/{cast.own}/returns").text)
    done = client.post(f"/web/returns/{request.id}/withdraw", data={"csrf_token": token})
    assert "The request is withdrawn" in client.get(done.headers["location"]).text
    assert vault.documents.describe(cast.supporter, doc.id).state == "held"
    wishes = client.post(f"/web/documents/{doc.id}/wishes", data={"csrf_token": token, "keep": "yes"})
    assert "wishes for this document are saved" in client.get(wishes.headers["location"]).text
    assert vault.documents.describe(cast.supporter, doc.id).keep_on_file


def test_subject_access_by_a_child_of_twelve_and_the_archive(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    _letter(vault, cast)
    people = {p.relation: p for p in vault.cases.details(cast.supporter, cast.own).people}
    client = signed_in("sam")
    form = client.get(f"/web/cases/{cast.own}/subject-access/new")
    assert "Leo Whitfield (child, 12)" in form.text
    fields = {"csrf_token": csrf_of(form.text), "received_on-day": "30", "received_on-month": "6", "received_on-year": "2026"}
    # The parent asking for their 12-year-old's data without the child's agreement: the service says no.
    refused = client.post(f"/web/cases/{cast.own}/subject-access/new",
                          data={**fields, "subject": people["child"].id, "requester": people["parent"].id})
    assert refused.status_code == 400 and "The request was not recorded: the child is 12" in refused.text
    made = client.post(f"/web/cases/{cast.own}/subject-access/new",
                       data={**fields, "subject": people["child"].id, "requester": people["child"].id})
    assert made.headers["location"] == f"/web/cases/{cast.own}/subject-access?recorded=true"
    listing = client.get(made.headers["location"]).text
    assert "30 July 2026" in listing and "29 days left" in listing
    [request] = vault.subject_access.list(cast.supporter, cast.own)
    reviewed(vault, cast.supporter, request.id)
    archive = client.post(f"/web/subject-access/{request.id}/archive", data={"csrf_token": csrf_of(listing)})
    assert archive.status_code == 200 and archive.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(archive.content)) as opened:
        assert "manifest.json" in opened.namelist() and any(n.startswith("documents/") for n in opened.namelist())
    [made_only] = vault.subject_access.list(cast.supporter, cast.own)
    assert made_only.status == "open"  # a member of staff's download is not delivery
    vault.subject_access.hand_over(cast.supporter, request.id, note="given to Leo and his mother at the office")
    assert "Answered" in client.get(f"/web/cases/{cast.own}/subject-access").text


def test_opening_a_case_adding_a_person_and_a_note(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    assert "Open a case" in client.get("/web/cases").text
    form = client.get("/web/cases/new")
    fields = {"csrf_token": csrf_of(form.text), "need": "Speech, language and communication needs", "school_phase": "Primary",
              "referral_source": "Parent or carer", "details_consent": "no", "parent-initials": "AH",
              "parent-name": "Amy Hughes", "child-initials": "TH", "child-birth_date-day": "2",
              "child-birth_date-month": "5", "child-birth_date-year": "2017"}
    refused = client.post("/web/cases/new", data=fields)  # a name without the parent's consent
    assert refused.status_code == 400 and "the parent has not consented to personal details being kept" in refused.text
    assert 'value="Amy Hughes"' in refused.text
    opened = client.post("/web/cases/new", data={**fields, "details_consent": "yes", "label": "Hughes family"})
    assert opened.status_code == 303
    case_id = opened.headers["location"].split("/")[3].split("?")[0]
    summary = client.get(opened.headers["location"]).text
    assert "The case is open" in summary and "Amy Hughes" in summary and "Add a person to this case" in summary
    person_form = client.get(f"/web/cases/{case_id}/people/new")
    added = client.post(f"/web/cases/{case_id}/people/new", data={
        "csrf_token": csrf_of(person_form.text), "relation": "child", "person-initials": "EH",
        "person-birth_date-day": "9", "person-birth_date-month": "1", "person-birth_date-year": "2020"})
    assert added.headers["location"] == f"/web/cases/{case_id}?added=true"
    notes = client.get(f"/web/cases/{case_id}/notes")
    empty = client.post(f"/web/cases/{case_id}/notes", data={"csrf_token": csrf_of(notes.text), "body": "  "})
    assert empty.status_code == 400 and "Write the note" in empty.text
    note = client.post(f"/web/cases/{case_id}/notes", data={"csrf_token": csrf_of(notes.text), "body": "Amy rang about\ntransport."})
    assert "Amy rang about\ntransport." in client.get(note.headers["location"]).text
    details = vault.cases.details(cast.supporter, case_id)
    people = {p.initials: p for p in details.people}
    assert sorted(people) == ["AH", "EH", "TH"] and people["EH"].birth_date == date(2020, 1, 9)
    assert people["AH"].name == "Amy Hughes" and details.summary.label == "Hughes family"


@pytest.mark.parametrize("username", ["bea", "cora"])
def test_notes_people_and_rights_are_the_supporters_alone(signed_in, cast: Cast, vault: Vault, username: str) -> None:  # type: ignore[no-untyped-def]
    client = signed_in(username)
    token = csrf_of(client.get("/web/").text)
    for path in ("people/new", "subject-access/new"):
        assert client.get(f"/web/cases/{cast.own}/{path}").status_code == 404, path
    assert client.post(f"/web/cases/{cast.own}/notes", data={"csrf_token": token, "body": "x"}).status_code == 404
    assert client.post(f"/web/cases/{cast.own}/people/new", data={"csrf_token": token, "relation": "child",
                                                                 "person-initials": "X"}).status_code == 404
    assert vault.notes.list(cast.supporter, cast.own) == []


def test_a_volunteer_cannot_open_a_case(signed_in) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("val")
    assert "Open a case" not in client.get("/web/cases").text
    assert client.get("/web/cases/new").status_code == 404
