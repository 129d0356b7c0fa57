"""The first journeys in Chromium (Debian's, through Playwright) against the real server: each role,
the refusals, the keyboard alone, JavaScript on and off; axe-core on every page (no serious or
critical violation), no request leaving 127.0.0.1, and no Content-Security-Policy violation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select
from support import require_executable, unavailable
from vault_world import PASSWORD, LiveServer, make_cast

from storage import Keyring, MemoryStore
from vault.api.worker import serving_app
from vault.app import Vault
from vault.db import Database, upgrade
from vault.db.models import AuditEvent
from vault.settings import Rules
from vault.web import assets_built

pytestmark = pytest.mark.integration

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


class World:
    def __init__(self, tmp: Path) -> None:
        database = Database(f"sqlite:///{tmp / 'vault.sqlite'}")
        upgrade(database.engine)
        self.vault = Vault(database=database, keyring=Keyring.generate(), backend=MemoryStore(),
                           rules=Rules(argon2_time_cost=1, argon2_memory_kib=64, argon2_parallelism=1,
                                       require_second_factor=False))  # password sign-in here; second factors: tests/vault/test_sign_in.py
        self.cast = make_cast(self.vault)
        self.server = LiveServer(serving_app(self.vault))
        self.url = self.server.url

    def events(self, case_id: str, actor_id: str) -> list[str]:
        with self.vault.database.session() as session:
            return list(session.scalars(select(AuditEvent.action).where(AuditEvent.case_id == case_id,
                                                                        AuditEvent.actor_id == actor_id)))


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    if not assets_built():
        unavailable("the web assets are not built (scripts/build-web)")
    made = World(tmp_path)
    yield made
    made.server.stop()
    made.vault.close()


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    require_executable("chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Checked:
    """A page whose every request is logged, whose console is watched, and which axe checks on demand."""

    def __init__(self, context: Any, *, scripts: bool = True) -> None:
        self.page = context.new_page()
        self.scripts = scripts  # axe runs in the page: with scripts off, the same pages are checked with them on
        self.requests: list[str] = []
        self.console: list[str] = []
        self.checked: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda message: self.console.append(message.text))

    def axe(self) -> None:
        from axe_playwright_python.sync_playwright import Axe

        if not self.scripts:
            return
        results = Axe().run(self.page)
        bad = [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}"
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
        assert not bad, f"{self.page.url}: {bad}"
        self.checked.append(self.page.url)

    def goto(self, url: str) -> None:
        self.page.goto(url)
        self.axe()

    def finish(self) -> None:
        hosts = {urlsplit(url).hostname for url in self.requests if not url.startswith(("data:", "blob:"))}
        assert hosts <= {"127.0.0.1"}, hosts
        assert not [line for line in self.console if "Content Security Policy" in line], self.console


def _sign_in(checked: Checked, url: str, username: str) -> None:
    checked.goto(f"{url}/web/sign-in")
    checked.page.fill("#username", username)
    checked.page.fill("#password", PASSWORD)
    checked.page.click("button:has-text('Sign in')")
    checked.page.wait_for_url(f"{url}/web/")
    checked.axe()


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
    page.wait_for_selector("text=it is a Windows program")
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

    def tab_to(predicate: str, limit: int = 40) -> None:
        for _ in range(limit):
            keyboard.press("Tab")
            if page.evaluate(f"(() => {{ const e = document.activeElement; return {predicate}; }})()"):
                return
        raise AssertionError(f"nothing focusable matched {predicate}")

    keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    tab_to("e.id === 'username'")
    keyboard.type("sam")
    keyboard.press("Tab")
    keyboard.type(PASSWORD)
    keyboard.press("Enter")
    page.wait_for_url(f"{world.url}/web/")
    tab_to("e.textContent.trim() === 'My cases'")
    keyboard.press("Enter")
    page.wait_for_url(f"{world.url}/web/cases")
    tab_to("e.id === 'q'")
    keyboard.type("whitfield")
    keyboard.press("Enter")
    page.wait_for_url(f"{world.url}/web/cases?q=whitfield")
    tab_to("e.textContent.trim() === 'Whitfield family'")
    keyboard.press("Enter")
    page.wait_for_url(f"{world.url}/web/cases/{world.cast.own}")
    tab_to("e.textContent.trim() === 'Change password'")
    keyboard.press("Enter")
    page.wait_for_url(f"{world.url}/web/account/password")
    tab_to("e.id === 'current'")
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
