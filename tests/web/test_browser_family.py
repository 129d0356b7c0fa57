"""The parent portal and delivered sharing in Chromium against the real server, on a phone-sized
screen: a parent invited by their supporter joins, sets up their authenticator app, signs in again
with its code, sends a document (with progress), asks for one back, withdraws a consent and downloads
what is held on them; a recipient opens a link, downloads, and after it expires finds nothing. axe
on every page (0 serious or critical), nothing fetched from anywhere but 127.0.0.1."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from browser_world import Checked, World, sign_in, world_at
from vault_world import reviewed

from vault.clock import FixedClock
from vault.services import (
    ConsentDecision,
    ConsentInput,
    ConsentMethod,
    DisclosureInput,
    NewDocument,
    RecipientKind,
    totp,
)

pytestmark = pytest.mark.integration
PASSPHRASE = "purple kettle garden walk"
PHONE = {"viewport": {"width": 375, "height": 740}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime.now(UTC))


@pytest.fixture
def world(tmp_path: Path, clock: FixedClock) -> Iterator[World]:
    made = world_at(tmp_path, clock=clock)
    yield made
    made.close()


def _invitation_link(world: World, chromium: Any) -> str:
    staff = Checked(chromium.new_context())
    sign_in(staff, world.url, "sam")
    staff.goto(f"{world.url}/web/cases/{world.cast.own}/family")
    staff.page.select_option("#person", label="Sarah Whitfield (parent)")
    staff.page.click("button:has-text('Make an invitation')")
    staff.page.wait_for_selector("#invitation-link")
    staff.axe()
    link = staff.page.locator("#invitation-link").inner_text().strip()
    staff.finish()
    return link


def test_a_parent_on_a_phone(world: World, chromium: Any, clock: FixedClock, tmp_path: Path) -> None:
    vault, cast = world.vault, world.cast
    vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"the paediatric letter"),
                           NewDocument(title="Paediatric letter", filename="letter.txt"))
    vault.consents.record(cast.supporter, cast.own, ConsentInput(
        recipient_kind=RecipientKind.ORGANISATION, recipient="Hill School", decision=ConsentDecision.GIVEN,
        method=ConsentMethod.EMAIL, obtained_on=date.today() - timedelta(days=1)))
    link = _invitation_link(world, chromium)

    checked = Checked(chromium.new_context(**PHONE))
    page, url = checked.page, world.url
    # Joining: a username and a passphrase, then the authenticator app before anything else.
    checked.goto(link)
    assert "Set up your account" in page.content()
    page.fill("#username", "sarah")
    page.fill("#passphrase", PASSPHRASE)
    page.fill("#passphrase_again", PASSPHRASE)
    page.click("button:has-text('Continue')")
    page.wait_for_url(f"{url}/web/account/authenticator")
    checked.axe()
    page.click("button:has-text('Show the code to scan')")
    page.click("summary:has-text('I cannot scan the QR code')")
    secret = totp.secret_from_text(page.locator("#secret code").inner_text())
    checked.axe()
    page.fill("#code", totp.code_at(secret, clock.now()))
    page.click("button:has-text('Finish setting up')")
    page.wait_for_url(f"{url}/web/account/authenticator?set_up=true")
    page.click("a:has-text('Continue')")
    page.wait_for_url(f"{url}/web/family/")
    checked.axe()
    # Signing in again: the passphrase, then the app's code.
    page.click("button:has-text('Sign out')")
    checked.goto(f"{url}/web/sign-in")
    page.fill("#username", "sarah")
    page.fill("#password", PASSPHRASE)
    page.click("button:has-text('Sign in')")
    page.wait_for_url(f"{url}/web/sign-in?step=code")
    checked.axe()
    clock.advance(seconds=30)
    page.fill("#code", totp.code_at(secret, clock.now()))
    page.click("button:has-text('Continue')")
    page.wait_for_url(f"{url}/web/family/")
    assert "Paediatric letter" in page.content()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # nothing wider than the phone
    checked.axe()

    # Send a document from the phone, with progress.
    checked.goto(f"{url}/web/family/upload")
    photo = tmp_path / "school-report.txt"
    photo.write_bytes(b"the school report, photographed\n" * 2000)
    page.set_input_files("#app-choose-files", str(photo))
    assert page.locator("progress.app-upload-progress").count() == 1
    page.click("button:has-text('Send')")
    page.wait_for_selector("text=Uploaded as")
    assert page.locator("progress.app-upload-progress").evaluate("p => p.value") == 100
    checked.axe()

    # Ask for the letter back.
    checked.goto(f"{url}/web/family/")
    assert "school-report.txt" in page.content()
    page.click("button:has-text('Ask for it back')")
    page.wait_for_selector("text=We have your request")
    assert "You asked for it back" in page.content()
    checked.axe()

    # Withdraw the consent to the school.
    page.click("a:has-text('Who we may share your information with')")
    page.wait_for_url(f"{url}/web/family/consents")
    checked.axe()
    page.click("button:has-text('Withdraw')")
    page.wait_for_selector("text=Your answer is saved")
    assert "You withdrew it" in page.content()
    checked.axe()

    # What is held on them: ask, then download it.
    checked.goto(f"{url}/web/family/my-information")
    page.click("button:has-text('Ask for my information')")
    page.wait_for_selector("text=Your request is saved")
    assert "Being prepared" in page.content()
    checked.axe()
    asked_for = vault.subject_access.list(cast.supporter, cast.own)[0].id  # the supporter reviews and releases it
    reviewed(vault, cast.supporter, asked_for)
    vault.subject_access.release(cast.supporter, asked_for)
    checked.goto(f"{url}/web/family/my-information")
    with page.expect_download() as download:
        page.click("button:has-text('Download my information')")
    archive = Path(download.value.path())
    assert "case.json" in zipfile.ZipFile(archive).namelist()
    checked.finish()
    notices = vault.family.notices(cast.supporter)
    assert sorted(n.kind for n in notices) == ["consent", "return", "subject_access", "upload"]


def test_a_recipient_opens_the_link_downloads_and_then_it_has_expired(world: World, chromium: Any, clock: FixedClock) -> None:
    vault, cast = world.vault, world.cast
    report = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"the school report"),
                                    NewDocument(title="School report", filename="report.txt")).id
    vault.consents.record(cast.supporter, cast.own, ConsentInput(
        recipient_kind=RecipientKind.ORGANISATION, recipient="Hill School", decision=ConsentDecision.GIVEN,
        method=ConsentMethod.EMAIL, obtained_on=date.today() - timedelta(days=1)))
    disclosure = vault.disclosures.disclose(cast.supporter, cast.own, DisclosureInput(
        organisation="Hill School", purpose="Annual review", shared="The report", document_ids=(report,)))
    staff = Checked(chromium.new_context())
    sign_in(staff, world.url, "sam")
    staff.goto(f"{world.url}/web/cases/{cast.own}/disclosures")
    staff.page.click("a:has-text('Send by a secure link')")
    staff.axe()
    staff.page.check("#days")  # 1 day
    staff.page.click("button:has-text('Make a link')")
    staff.page.wait_for_selector("#share-link")
    staff.axe()
    link = staff.page.locator("#share-link").inner_text().strip()
    staff.finish()

    checked = Checked(chromium.new_context(**PHONE))
    page = checked.page
    checked.goto(link)
    assert "Documents shared with you" in page.content() and "CONFIDENTIAL" in page.content()
    with page.expect_download() as download:
        page.click("a:has-text('School report')")
    assert Path(download.value.path()).read_bytes() == b"the school report"
    clock.advance(timedelta(days=1, minutes=1))
    response = page.goto(link)
    assert response is not None and response.status == 404 and "Page not found" in page.content()
    checked.axe()
    checked.finish()
    assert "viewed" in world.events(cast.own, f"link:{vault.sharing.list(cast.supporter, disclosure.id)[0].id}")
