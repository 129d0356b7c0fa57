"""The casework journeys in Chromium against the real server, as the family's supporter: consent with
its signed form and sharing (allowed, then refused with the reason), a document's page and download,
a return from request to completion, subject access by a child of 12 with the archive, and opening a
case with a person and a note; the keyboard alone for some, JavaScript off for one; axe on every page,
nothing fetched from anywhere but 127.0.0.1; another supporter meets "Page not found" and the audit
shows `denied` with no `viewed`."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from browser_world import Checked, World, sign_in, tab_to

from vault.jobs import JobRunner
from vault.services import NewDocument

pytestmark = pytest.mark.integration
LETTER = b"%PDF-1.4\n" + b"clinic letter " * 500 + b"\n%%EOF"


def _letter(world: World, **wishes: bool) -> str:
    return world.vault.documents.upload(world.cast.supporter, world.cast.own, io.BytesIO(LETTER),
                                        NewDocument(title="Clinic letter", filename="clinic.pdf", **wishes)).id


def _section(checked: Checked, name: str) -> None:
    checked.page.click(f"nav[aria-label='Parts of this case'] a:has-text('{name}')")
    checked.axe()


def _date(page: Any, field: str, day: str, month: str, year: str) -> None:
    page.fill(f"#{field}-day", day)
    page.fill(f"#{field}-month", month)
    page.fill(f"#{field}-year", year)


def test_consent_with_its_signed_form_then_sharing_allowed_and_refused(world: World, chromium: Any, tmp_path: Path) -> None:
    letter = _letter(world)
    checked = Checked(chromium.new_context())
    page, url, own = checked.page, world.url, world.cast.own
    sign_in(checked, url, "sam")
    checked.goto(f"{url}/web/cases/{own}/consents")
    page.click("a:has-text('Record a consent decision')")
    checked.axe()
    page.click("button:has-text('Record the decision')")  # nothing filled in: every problem listed
    assert page.locator(".govuk-error-summary").is_visible() and page.title().startswith("Error:")
    checked.axe()
    scan = tmp_path / "signed-form.pdf"
    scan.write_bytes(b"%PDF-1.4\nsigned and dated\n%%EOF")
    page.check("#recipient_kind")  # an organisation
    page.fill("#recipient", "Fellside Primary")
    page.fill("#purpose", "annual review")
    page.check("#decision")  # given
    page.check("#method-2")  # in person
    _date(page, "obtained_on", "1", "6", "2026")
    _date(page, "review_on", "1", "12", "2026")
    page.set_input_files("#form_file", str(scan))
    page.click("button:has-text('Record the decision')")
    assert "decision is recorded" in page.content() and "1 December 2026" in page.content()
    checked.axe()
    page.click("a:has-text('Signed form')")
    assert "Signed consent form (Fellside Primary)" in page.content()
    checked.axe()
    checked.goto(f"{url}/web/documents/{letter}")
    page.click("a:has-text('Share this document')")
    checked.axe()
    page.fill("#organisation", "Fellside Primary")
    page.fill("#purpose", "annual review")
    page.fill("#shared", "The clinic letter")
    page.click("button:has-text('Share')")
    assert "Shared with Fellside Primary and recorded" in page.content()
    checked.axe()
    _section(checked, "Consents")
    page.click("a:has-text('Record a withdrawal')")
    assert page.locator("#recipient").input_value() == "Fellside Primary" and page.locator("#decision-4").is_checked()
    page.check("#method")  # by telephone
    page.fill("#method_note", "Sarah rang to withdraw her consent")
    _date(page, "obtained_on", "30", "6", "2026")
    page.click("button:has-text('Record the decision')")
    assert "decision is recorded" in page.content()
    checked.goto(f"{url}/web/cases/{own}/disclosures/new")
    page.fill("#organisation", "Fellside Primary")
    page.fill("#purpose", "annual review")
    page.fill("#shared", "The clinic letter again")
    page.click("button:has-text('Share')")
    assert "Not shared: the parent withdrew consent to share with Fellside Primary" in page.content()
    assert "Nothing was shared, and the refusal is recorded" in page.content()
    checked.axe()
    assert len(world.vault.disclosures.list(world.cast.supporter, own)) == 1
    checked.finish()


def test_a_document_is_read_downloaded_and_returned_to_a_solicitor(world: World, chromium: Any) -> None:
    letter = _letter(world, return_on_request=True)
    checked = Checked(chromium.new_context(accept_downloads=True))
    page, url, own = checked.page, world.url, world.cast.own
    sign_in(checked, url, "sam")
    checked.goto(f"{url}/web/cases/{own}/documents")
    page.click("a:has-text('Clinic letter')")
    checked.axe()
    assert page.locator("iframe, embed, object").count() == 0
    with page.expect_download() as downloading:
        page.click("a:has-text('Download')")
    assert Path(downloading.value.path()).read_bytes() == LETTER and downloading.value.suggested_filename == "clinic.pdf"
    page.click("button:has-text('Record that the parent asked for it back')")
    assert "request is recorded" in page.content()
    checked.axe()
    page.check("#to-solicitor-" + world.vault.returns.list(world.cast.supporter, own)[0].id)
    page.click("button:has-text('Release and download the document')")  # no name: the form says so
    assert "Enter the solicitor" in page.content() and page.title().startswith("Error:")
    checked.axe()
    page.fill("#solicitor", "A. Khan, Khan & Co")
    with page.expect_download() as released:
        page.click("button:has-text('Release and download the document')")
    assert Path(released.value.path()).read_bytes() == LETTER
    checked.goto(f"{url}/web/cases/{own}/returns")
    assert "Khan &amp; Co" in page.content() or "Khan & Co" in page.inner_text("main")
    page.click("button:has-text('Complete the return')")
    assert "the vault copy was destroyed" in page.content()
    checked.axe()
    checked.goto(f"{url}/web/documents/{letter}")
    assert page.locator("h1").inner_text() == "Page not found"
    checked.finish()


def test_subject_access_by_a_child_with_the_keyboard_alone(world: World, chromium: Any) -> None:
    _letter(world)
    checked = Checked(chromium.new_context(accept_downloads=True))
    page, keyboard, url, own = checked.page, checked.page.keyboard, world.url, world.cast.own
    sign_in(checked, url, "sam")
    checked.goto(f"{url}/web/cases/{own}/subject-access")
    tab_to(page, "e.textContent.trim() === 'Record a subject access request'")
    keyboard.press("Enter")
    page.wait_for_url(f"{url}/web/cases/{own}/subject-access/new")
    checked.axe()
    child = next(p for p in world.vault.cases.details(world.cast.supporter, own).people if p.relation == "child")
    assert child.age == 12
    for group in ("subject", "requester"):  # Tab into the radio group, arrow keys to the child, Space to choose
        tab_to(page, f"e.name === '{group}'")
        for _ in range(3):
            if page.evaluate("document.activeElement.value") == child.id:
                break
            keyboard.press("ArrowDown")
        keyboard.press("Space")
        assert page.evaluate("document.activeElement.value") == child.id
    for value in ("1", "6", "2026"):
        tab_to(page, "e.name.startsWith('received_on')" + " && !e.value")
        keyboard.type(value)
    keyboard.press("Enter")
    page.wait_for_url(f"{url}/web/cases/{own}/subject-access?recorded=true")
    assert "1 July 2026" in page.content()
    checked.axe()
    [request] = world.vault.subject_access.list(world.cast.supporter, own)
    assert (request.subject_id, request.requester_id) == (child.id, child.id)
    # The review first: run (a job, run here), every passage decided, then the archive, then the hand-over.
    tab_to(page, "e.textContent.trim().startsWith('Review and answer')")
    keyboard.press("Enter")
    page.wait_for_url(f"{url}/web/subject-access/{request.id}")
    checked.axe()
    tab_to(page, "e.textContent.trim() === 'Run the review'")
    keyboard.press("Enter")
    page.wait_for_url(f"{url}/web/subject-access/{request.id}?done=started")
    [job] = world.vault.jobs.list(world.cast.supporter)
    JobRunner(world.vault, worker="browser-test").run(job.id)
    for item in world.vault.subject_access.items(world.cast.supporter, request.id):
        world.vault.subject_access.decide(world.cast.supporter, request.id, item.number, decision="keep", reason="the family's own")
    checked.goto(f"{url}/web/subject-access/{request.id}")
    assert "Every passage decided" in page.content()
    checked.axe()
    checked.goto(f"{url}/web/cases/{own}/subject-access")
    tab_to(page, "e.textContent.trim().startsWith('Download the archive')")
    with page.expect_download() as downloading:
        keyboard.press("Enter")
    with zipfile.ZipFile(downloading.value.path()) as archive:
        assert "manifest.json" in archive.namelist() and archive.namelist()[0] == "summary.pdf"
    checked.goto(f"{url}/web/subject-access/{request.id}")
    tab_to(page, "e.name === 'note'")
    keyboard.type("Given to Leo and his mother at the office")
    tab_to(page, "e.textContent.trim() === 'Record the hand-over'")
    keyboard.press("Enter")
    page.wait_for_url(f"{url}/web/subject-access/{request.id}?done=handed-over")
    checked.axe()
    checked.goto(f"{url}/web/cases/{own}/subject-access")
    assert "Answered" in page.content()
    checked.finish()


def test_opening_a_case_without_javascript_then_a_person_and_a_note(world: World, chromium: Any) -> None:
    checked = Checked(chromium.new_context(java_script_enabled=False), scripts=False)
    page, url = checked.page, world.url
    sign_in(checked, url, "sam")
    checked.goto(f"{url}/web/cases")
    page.click("a:has-text('Open a case')")
    page.select_option("#need", "Speech, language and communication needs")
    page.check("#details_consent")  # yes
    page.fill("#label", "Hughes family")
    page.fill("#parent-initials", "AH")
    page.click("summary:has-text('Personal details')")
    page.fill("#parent-name", "Amy Hughes")
    page.fill("#child-initials", "TH")
    _date(page, "child-birth_date", "2", "5", "2017")
    page.click("button:has-text('Open the case')")
    assert "The case is open" in page.content() and "Amy Hughes" in page.content()
    page.click("a:has-text('Add a person to this case')")
    page.check("#relation-3")  # a child
    page.fill("#person-initials", "EH")
    _date(page, "person-birth_date", "9", "1", "2020")
    page.click("button:has-text('Add the person')")
    assert "The person is added to the case" in page.content()
    page.click("nav[aria-label='Parts of this case'] a:has-text('Notes')")
    page.fill("#body", "Amy rang about transport.")
    page.click("button:has-text('Add the note')")
    assert "The note is added" in page.content() and "Amy rang about transport." in page.content()
    checked.finish()


def test_the_casework_pages_pass_axe_and_another_supporter_meets_not_found(world: World, chromium: Any) -> None:
    letter = _letter(world)
    own = world.cast.own
    checked = Checked(chromium.new_context())
    sign_in(checked, world.url, "sam")
    for path in (f"cases/{own}/consents/new", f"cases/{own}/disclosures/new", f"cases/{own}/people/new", "cases/new",
                 f"cases/{own}/notes", f"cases/{own}/subject-access/new"):
        checked.goto(f"{world.url}/web/{path}")  # axe on each form as first shown
    other = Checked(chromium.new_context())
    sign_in(other, world.url, "bea")
    for path in (f"documents/{letter}", f"documents/{letter}/download", f"cases/{own}/consents/new",
                 f"cases/{own}/disclosures/new", f"cases/{own}/subject-access/new", f"cases/{own}/people/new"):
        other.goto(f"{world.url}/web/{path}")
        assert other.page.locator("h1").inner_text() == "Page not found", path
        assert "Clinic letter" not in other.page.content() and "Whitfield" not in other.page.content()
    assert set(world.events(own, world.cast.other_supporter.id)) == {"denied"}
    checked.finish()
    other.finish()
