"""The first journeys in Chromium (Debian's, through Playwright) against the real server: each role,
the refusals, the keyboard alone, JavaScript on and off; axe-core on every page (no serious or
critical violation), no request leaving 127.0.0.1, and no Content-Security-Policy violation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from browser_world import Checked, World, tab_to
from browser_world import sign_in as _sign_in
from vault_world import PASSWORD

pytestmark = pytest.mark.integration


def test_a_supporter_works_on_their_family(world: World, chromium: Any, tmp_path: Path) -> None:
    checked = Checked(chromium.new_context())
    page, url, cast = checked.page, world.url, world.cast
    checked.goto(f"{url}/web/sign-in")
    page.fill("#username", "sam")
    page.fill("#password", "wrong password")
    page.click("button:has-text('Sign in')")
    assert page.locator(".govuk-error-summary").is_visible()
    assert page.title().startswith("Error: Sign in")
    checked.axe()
    _sign_in(checked, url, "sam")
    assert "What needs doing" in page.content()
    page.click("nav[aria-label='Menu'] a:has-text('My cases')")
    checked.axe()
    page.fill("#q", "Leo")
    page.click("button:has-text('Search')")
    assert "1 case found" in page.content()
    checked.axe()
    page.click("a:has-text('Whitfield family')")
    assert page.locator("h1").inner_text() == "Whitfield family"
    checked.axe()
    for section in ("Documents", "Notes", "Consents", "Disclosures", "Returns", "Subject access", "Case studies", "Audit"):
        page.click(f"nav[aria-label='Parts of this case'] a:has-text('{section}')")
        assert page.locator("h2.govuk-heading-m").first.inner_text() == section
        checked.axe()
    # Upload with JavaScript: several files at once, a progress bar and a result each.
    page.click("nav[aria-label='Parts of this case'] a:has-text('Documents')")
    page.click("a:has-text('Upload documents')")
    checked.axe()
    good, bad = tmp_path / "letter.pdf", tmp_path / "tool.exe"
    good.write_bytes(b"%PDF-1.4\n" + b"0" * 200_000)
    bad.write_bytes(b"MZ" + b"\x00" * 1000)
    page.set_input_files("#app-choose-files", [str(good), str(bad)])
    page.fill("#app-title-1", "Clinic letter")
    page.check("#app-return-1")
    assert page.locator("progress.app-upload-progress").count() == 2
    checked.axe()
    page.click("button:has-text('Upload documents')")
    page.wait_for_selector("text=Uploaded as “Clinic letter”")
    page.wait_for_selector("text=it is a file of an unrecognised type")
    assert page.locator("progress.app-upload-progress").first.evaluate("p => p.value") == 100
    checked.axe()
    documents = world.vault.documents.list(cast.supporter, cast.own)
    assert [(d.title, d.return_on_request) for d in documents] == [("Clinic letter", True)]
    page.click("button:has-text('Sign out')")
    assert "You are signed out" in page.content()
    checked.axe()
    checked.finish()


def test_uploading_without_javascript(world: World, chromium: Any, tmp_path: Path) -> None:
    checked = Checked(chromium.new_context(java_script_enabled=False), scripts=False)
    page, url, cast = checked.page, world.url, world.cast
    _sign_in(checked, url, "sam")
    checked.goto(f"{url}/web/cases/{cast.own}/upload")
    one, two = tmp_path / "one.txt", tmp_path / "two.pdf"
    one.write_text("Telephone note: Sarah called about transport.")
    two.write_bytes(b"%PDF-1.4\nplan")
    page.fill("#title-1", "Telephone note")
    page.check("#keep-1")
    page.set_input_files("#file-1", str(one))
    page.set_input_files("#file-2", str(two))
    page.click("button:has-text('Upload documents')")
    assert "2 documents uploaded" in page.content()
    checked.axe()
    titles = {d.title: d.keep_on_file for d in world.vault.documents.list(cast.supporter, cast.own)}
    assert titles == {"Telephone note": True, "two.pdf": False}
    checked.finish()


def test_another_supporter_meets_not_found_and_the_audit_shows_denied(world: World, chromium: Any) -> None:
    checked = Checked(chromium.new_context())
    _sign_in(checked, world.url, "bea")
    checked.goto(f"{world.url}/web/cases/{world.cast.own}")
    assert checked.page.locator("h1").inner_text() == "Page not found"
    assert "Whitfield" not in checked.page.content()
    assert world.events(world.cast.own, world.cast.other_supporter.id) == ["denied"]
    checked.finish()


def test_a_coordinator_manages_by_reference(world: World, chromium: Any) -> None:
    checked = Checked(chromium.new_context())
    page = checked.page
    world.vault.overrides.request(world.cast.supporter, world.cast.other, concern="Worried", hours=4)
    _sign_in(checked, world.url, "cora")
    assert "Safeguarding overrides awaiting a second coordinator" in page.content()
    reference = world.vault.cases.view(world.cast.coordinator, world.cast.own).reference
    checked.goto(f"{world.url}/web/cases")
    page.fill("#q", reference)
    page.click("button:has-text('Search')")
    checked.axe()
    page.click(f"a:has-text('Case {reference}')")
    assert "shown only to their supporter" in page.content() and "Sarah" not in page.content()
    checked.axe()
    page.click("nav[aria-label='Parts of this case'] a:has-text('Audit')")
    checked.axe()
    checked.goto(f"{world.url}/web/account/password")
    checked.finish()


def test_the_keyboard_alone_signs_in_finds_a_family_and_changes_the_password(world: World, chromium: Any) -> None:
    checked = Checked(chromium.new_context())
    page, keyboard = checked.page, checked.page.keyboard
    checked.goto(f"{world.url}/web/sign-in")

    def tab_to_(predicate: str) -> None:
        tab_to(page, predicate)

    keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    tab_to_("e.id === 'username'")
    keyboard.type("sam")
    keyboard.press("Tab")
    keyboard.type(PASSWORD)
    keyboard.press("Enter")
    page.wait_for_url(f"{world.url}/web/")
    tab_to_("e.textContent.trim() === 'My cases'")
    keyboard.press("Enter")
    page.wait_for_url(f"{world.url}/web/cases")
    tab_to_("e.id === 'q'")
    keyboard.type("whitfield")
    keyboard.press("Enter")
    page.wait_for_url(f"{world.url}/web/cases?q=whitfield")
    tab_to_("e.textContent.trim() === 'Whitfield family'")
    keyboard.press("Enter")
    page.wait_for_url(f"{world.url}/web/cases/{world.cast.own}")
    tab_to_("e.textContent.trim() === 'Change password'")
    keyboard.press("Enter")
    page.wait_for_url(f"{world.url}/web/account/password")
    tab_to_("e.id === 'current'")
    keyboard.type(PASSWORD)
    keyboard.press("Tab")
    keyboard.type("keyboard only passphrase")
    keyboard.press("Tab")
    keyboard.type("keyboard only passphrase")
    keyboard.press("Enter")
    page.wait_for_url(f"{world.url}/web/account/password?changed=true")
    assert "Your password has been changed" in page.content()
    checked.axe()
    assert world.vault.auth.login("sam", "keyboard only passphrase")
    checked.finish()
