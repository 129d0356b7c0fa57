"""The browser tests' world (importable as ``browser_world``): a vault with the cast, served over real
HTTP; Debian's Chromium through Playwright; and :class:`Checked`, a page whose every request is logged,
whose console is watched, and which axe-core checks on demand."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select
from support import require_executable, unavailable
from vault_world import PASSWORD, TEST_RULES, LiveServer, make_cast

from storage import Keyring, MemoryStore
from vault.api.worker import serving_app
from vault.app import Vault
from vault.clock import Clock
from vault.db import Database, upgrade
from vault.db.models import AuditEvent
from vault.settings import Rules
from vault.web import assets_built

__all__ = ["CHROMIUM_ARGS", "Checked", "World", "chromium_browser", "sign_in", "tab_to", "world_at"]

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


class World:
    def __init__(self, tmp: Path, *, rules: Rules | None = None, clock: Clock | None = None) -> None:
        database = Database(f"sqlite:///{tmp / 'vault.sqlite'}")
        upgrade(database.engine)
        # Cheap hashing; no second factor unless the test asks for the rules as shipped (the journeys
        # other than signing in need not each set up an authenticator app).
        self.vault = Vault(database=database, keyring=Keyring.generate(), backend=MemoryStore(), rules=rules or TEST_RULES,
                           clock=clock)
        self.cast = make_cast(self.vault)
        self.server = LiveServer(serving_app(self.vault))
        self.url = self.server.url

    def events(self, case_id: str, actor_id: str) -> list[str]:
        with self.vault.database.session() as session:
            return list(session.scalars(select(AuditEvent.action).where(AuditEvent.case_id == case_id,
                                                                        AuditEvent.actor_id == actor_id)))

    def close(self) -> None:
        self.server.stop()
        self.vault.close()


def world_at(tmp: Path, *, second_factor: bool = False, clock: Clock | None = None) -> World:
    if not assets_built():
        unavailable("the web assets are not built (scripts/build-web)")
    return World(tmp, rules=replace(TEST_RULES, require_second_factor=second_factor), clock=clock)


def chromium_browser() -> Iterator[Any]:
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


def sign_in(checked: Checked, url: str, username: str, password: str = PASSWORD) -> None:
    checked.goto(f"{url}/web/sign-in")
    checked.page.fill("#username", username)
    checked.page.fill("#password", password)
    checked.page.click("button:has-text('Sign in')")
    checked.page.wait_for_url(f"{url}/web/")
    checked.axe()


def tab_to(page: Any, predicate: str, limit: int = 60) -> None:
    """Press Tab until the focused element matches ``predicate`` (JavaScript over ``e``)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const e = document.activeElement; return {predicate}; }})()"):
            return
    raise AssertionError(f"nothing focusable matched {predicate}")
