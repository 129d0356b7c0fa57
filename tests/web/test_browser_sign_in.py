"""Signing in as the hardened service asks, in Chromium against the real server: setting up the
authenticator app at the first sign-in (QR code drawn on the server), the code on a page of its own,
choosing one's own password after an administrator's reset, and throttling; axe on every page, the
keyboard alone, nothing fetched from anywhere but 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from browser_world import Checked, World, tab_to, world_at
from vault_world import PASSWORD

from vault.clock import FixedClock
from vault.services import totp

pytestmark = pytest.mark.integration
NEW_PASSWORD = "my very own passphrase"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime.now(UTC))  # moved on by hand: each code belongs to a later 30-second step


@pytest.fixture
def world(tmp_path: Path, clock: FixedClock) -> Iterator[World]:
    made = world_at(tmp_path, second_factor=True, clock=clock)
    yield made
    made.close()


def _password(checked: Checked, url: str, username: str = "sam", password: str = PASSWORD) -> None:
    checked.goto(f"{url}/web/sign-in")
    checked.page.fill("#username", username)
    checked.page.fill("#password", password)
    checked.page.click("button:has-text('Sign in')")


def _set_up_app(checked: Checked, url: str, clock: FixedClock) -> bytes:
    page = checked.page
    page.wait_for_url(f"{url}/web/account/authenticator")
    assert "You need to set this up once, now" in page.content()
    assert page.locator("nav[aria-label='Menu']").count() == 0
    checked.axe()
    page.click("button:has-text('Show the code to scan')")
    qr = page.locator("img.app-qr")
    assert qr.get_attribute("src").startswith("data:image/svg+xml")  # type: ignore[union-attr]
    assert qr.evaluate("img => img.complete && img.naturalWidth > 100")  # drawn: a real image the app can scan
    page.click("summary:has-text('I cannot scan the QR code')")
    secret = totp.secret_from_text(page.locator("#secret code").inner_text())
    assert page.locator(".app-uri code").inner_text().startswith("otpauth://totp/SEND%20vault:sam?secret=")
    checked.axe()
    page.fill("#code", "000000")
    page.click("button:has-text('Finish setting up')")
    assert page.locator(".govuk-error-summary").is_visible() and "The code does not match" in page.content()
    checked.axe()
    clock.advance(seconds=30)
    page.fill("#code", totp.code_at(secret, clock.now()))
    page.click("button:has-text('Finish setting up')")
    page.wait_for_url(f"{url}/web/account/authenticator?set_up=true")
    assert "Your authenticator app is set up" in page.content()
    checked.axe()
    return secret


def test_first_sign_in_sets_up_the_app_and_the_next_asks_for_its_code(world: World, chromium: Any, clock: FixedClock) -> None:
    checked = Checked(chromium.new_context())
    page, url = checked.page, world.url
    _password(checked, url)
    secret = _set_up_app(checked, url, clock)
    page.click("a:has-text('Continue to your dashboard')")
    page.wait_for_url(f"{url}/web/")
    page.click("button:has-text('Sign out')")
    _password(checked, url)
    page.wait_for_url(f"{url}/web/sign-in?step=code")
    checked.axe()
    page.fill("#code", totp.code_at(secret, clock.now()))  # the code that set the app up: spent
    page.click("button:has-text('Continue')")
    assert "used already" in page.content() and page.title().startswith("Error:")
    checked.axe()
    clock.advance(seconds=30)
    page.fill("#code", totp.code_at(secret, clock.now()))
    page.click("button:has-text('Continue')")
    page.wait_for_url(f"{url}/web/")
    assert "What needs doing" in page.content()
    checked.finish()


def test_after_a_reset_the_owner_chooses_a_password_with_the_keyboard_alone(world: World, chromium: Any, clock: FixedClock) -> None:
    checked = Checked(chromium.new_context())
    page, keyboard, url = checked.page, checked.page.keyboard, world.url
    _password(checked, url)
    secret = _set_up_app(checked, url, clock)
    reset = world.vault.staff.reset_password(world.cast.administrator, world.cast.supporter.id)
    checked.goto(f"{url}/web/sign-in")  # the reset ended the session
    tab_to(page, "e.textContent.trim() === 'Choose a new password with your reset token'")
    keyboard.press("Enter")
    page.wait_for_url(f"{url}/web/sign-in?step=new-password")
    checked.axe()
    tab_to(page, "e.id === 'username'")
    keyboard.type("sam")
    for value in (reset.token, NEW_PASSWORD, NEW_PASSWORD):
        keyboard.press("Tab")
        keyboard.type(value)
    clock.advance(seconds=30)
    keyboard.press("Tab")
    keyboard.type(totp.code_at(secret, clock.now()))
    keyboard.press("Enter")
    page.wait_for_url(f"{url}/web/sign-in?step=code")
    assert "Your new password is set" in page.content()
    checked.axe()
    clock.advance(seconds=30)
    tab_to(page, "e.id === 'code'")
    keyboard.type(totp.code_at(secret, clock.now()))
    keyboard.press("Enter")
    page.wait_for_url(f"{url}/web/")
    _password(checked, url, password=PASSWORD)
    assert "Enter a correct username and password" in page.content()
    checked.finish()


def test_too_many_wrong_passwords_say_how_long_to_wait(world: World, chromium: Any) -> None:
    checked = Checked(chromium.new_context())
    for _ in range(10):
        _password(checked, world.url, password="not my password")
        assert "Enter a correct username and password" in checked.page.content()
    _password(checked, world.url)  # the right password, too late
    assert "Wait 1 minute, then try again" in checked.page.content()
    assert checked.page.title().startswith("Error: Sign in")
    checked.axe()
    checked.finish()
