"""Signing in as the hardened service asks (TestClient over the real app): the authenticator app's
code as a step of its own, setting the app up (QR code drawn on the server, the otpauth:// address
and the secret as text, then a code), choosing one's own password after an administrator's reset,
throttling (429 with Retry-After) and a busy server (503)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from html import unescape
from urllib.parse import unquote

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from vault_world import PASSWORD, TEST_RULES, Cast, make_cast
from web_world import csrf_of

from storage import Keyring, MemoryStore
from vault.api.worker import serving_app
from vault.app import Vault
from vault.clock import FixedClock
from vault.db import Database
from vault.db.models import AuditEvent
from vault.ids import SeededIds
from vault.services import totp
from vault.services.passwords import HashingGate

NEW_PASSWORD = "a passphrase of my own choosing"


@pytest.fixture
def strict(database: Database, clock: FixedClock) -> Iterator[Vault]:
    """A vault as shipped: every member of staff signs in with an authenticator app too."""
    made = Vault(database=database, keyring=Keyring.generate(), backend=MemoryStore(),
                 rules=replace(TEST_RULES, require_second_factor=True), clock=clock, ids=SeededIds(12))
    yield made
    made.close()


@pytest.fixture
def people(strict: Vault) -> Cast:
    return make_cast(strict)


@pytest.fixture
def web(strict: Vault, people: Cast) -> Iterator[TestClient]:
    with TestClient(serving_app(strict), base_url="http://127.0.0.1", follow_redirects=False) as client:
        yield client


def _post_sign_in(client: TestClient, **fields: str):  # type: ignore[no-untyped-def]
    return client.post("/web/sign-in", data={"csrf_token": csrf_of(client.get("/web/sign-in").text), **fields})


def _enrol(client: TestClient, clock: FixedClock) -> bytes:
    """From a signed-in session that must set up the app: the secret the page shows, confirmed."""
    start = client.get("/web/account/authenticator")
    shown = client.post("/web/account/authenticator", data={"csrf_token": csrf_of(start.text)})
    secret = re.search(r'id="secret"><code>([A-Z2-7 ]+)</code>', shown.text)
    assert secret, shown.text
    clock.advance(seconds=30)
    code = totp.code_at(totp.secret_from_text(secret.group(1)), clock.now())
    done = client.post("/web/account/authenticator/confirm", data={"csrf_token": csrf_of(shown.text), "code": code})
    assert done.status_code == 303 and done.headers["location"] == "/web/account/authenticator?set_up=true"
    return totp.secret_from_text(secret.group(1))


def test_a_first_sign_in_sets_up_the_app_before_anything_else(web: TestClient, strict: Vault, people: Cast, clock: FixedClock) -> None:
    response = _post_sign_in(web, step="password", username="sam", password=PASSWORD)
    assert response.status_code == 303 and response.headers["location"] == "/web/account/authenticator"
    for path in ("/web/", "/web/cases", f"/web/cases/{people.own}", "/web/account/password"):
        refused = web.get(path)  # the session may only set up the app
        assert refused.status_code == 303 and refused.headers["location"] == "/web/account/authenticator", path
    start = web.get("/web/account/authenticator")
    assert start.status_code == 200 and "You need to set this up once, now" in start.text
    assert 'aria-label="Menu"' not in start.text and "Sign out" in start.text
    shown = web.post("/web/account/authenticator", data={"csrf_token": csrf_of(start.text)})
    assert shown.status_code == 200
    qr = re.search(r'<img class="app-qr" src="([^"]+)"', shown.text)
    assert qr and qr.group(1).startswith("data:image/svg+xml")  # drawn here: nothing is fetched
    assert "<svg" in unquote(unescape(qr.group(1)))
    uri = unescape(re.search(r'class="govuk-body app-uri"><code>([^<]+)</code>', shown.text).group(1))  # type: ignore[union-attr]
    secret = re.search(r'id="secret"><code>([A-Z2-7 ]+)</code>', shown.text).group(1).replace(" ", "")  # type: ignore[union-attr]
    assert uri.startswith("otpauth://totp/SEND%20vault:sam?secret=") and f"secret={secret}&" in uri
    wrong = web.post("/web/account/authenticator/confirm", data={"csrf_token": csrf_of(shown.text), "code": "000000"})
    assert wrong.status_code == 400 and "The code does not match" in wrong.text and "Error: Set up" in wrong.text
    assert secret not in wrong.text  # shown once only
    code = totp.code_at(totp.secret_from_text(secret), clock.now())
    done = web.post("/web/account/authenticator/confirm", data={"csrf_token": csrf_of(shown.text), "code": code})
    assert done.headers["location"] == "/web/account/authenticator?set_up=true"
    assert "Your authenticator app is set up" in web.get(done.headers["location"]).text
    assert web.get("/web/").status_code == 200  # the same session is whole now


def test_later_sign_ins_ask_for_the_code_on_a_page_of_its_own(web: TestClient, strict: Vault, people: Cast, clock: FixedClock) -> None:
    _post_sign_in(web, step="password", username="sam", password=PASSWORD)
    secret = _enrol(web, clock)
    web.post("/web/sign-out", data={"csrf_token": csrf_of(web.get("/web/").text)})
    first = _post_sign_in(web, step="password", username="sam", password=PASSWORD)
    assert first.status_code == 303 and first.headers["location"] == "/web/sign-in?step=code"
    pending = first.headers["set-cookie"]
    assert "vault_sign_in=" in pending and "HttpOnly" in pending
    assert PASSWORD not in unquote(pending) and "correct" not in pending  # a proof travels, never the password
    page = web.get("/web/sign-in?step=code")
    assert "Enter the code from your authenticator app" in page.text and 'autocomplete="one-time-code"' in page.text
    bad = web.post("/web/sign-in", data={"csrf_token": csrf_of(page.text), "step": "code", "code": "12345"})
    assert bad.status_code == 400 and "The code is 6 digits" in bad.text
    clock.advance(seconds=30)
    code = totp.code_at(secret, clock.now())
    done = web.post("/web/sign-in", data={"csrf_token": csrf_of(page.text), "step": "code", "code": code})
    assert done.status_code == 303 and done.headers["location"] == "/web/"
    assert web.get("/web/").status_code == 200
    with strict.database.session() as session:
        logins = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "logged_in")))
    detail = json.loads(logins[-1].detail)
    assert detail["second_factor"] is True and detail["scope"] == "full"
    # The same code again (someone watching over a shoulder) does not sign in.
    web.post("/web/sign-out", data={"csrf_token": csrf_of(web.get("/web/").text)})
    _post_sign_in(web, step="password", username="sam", password=PASSWORD)
    again = web.post("/web/sign-in", data={"csrf_token": csrf_of(web.get("/web/sign-in?step=code").text), "step": "code", "code": code})
    assert again.status_code == 400 and "used already" in again.text


def test_the_code_step_cannot_be_reached_without_the_password(web: TestClient, people: Cast) -> None:
    form = web.get("/web/sign-in?step=code")
    assert "Enter the code from your authenticator app" not in form.text  # no pending sign-in: the password form
    skipped = web.post("/web/sign-in", data={"csrf_token": csrf_of(form.text), "step": "code", "code": "123456"})
    assert skipped.status_code == 400 and "Enter your username" in skipped.text  # treated as the first step
    web.cookies.set("vault_sign_in", "eyJzdGVwIjogImNvZGUifQ.forged")
    assert "Enter your username" in web.post("/web/sign-in", data={"csrf_token": csrf_of(form.text), "step": "code",
                                                                   "code": "123456"}).text


def test_a_proof_is_worthless_once_the_password_changes(strict: Vault, people: Cast, clock: FixedClock) -> None:
    from vault.errors import AuthenticationFailed, SecondFactorRequired

    token = strict.auth.login("sam", PASSWORD).token
    secret = totp.secret_from_text(strict.auth.enrol_second_factor(token).secret)
    strict.auth.confirm_second_factor(token, totp.code_at(secret, clock.now()))
    with pytest.raises(SecondFactorRequired) as needed:
        strict.auth.login("sam", PASSWORD)
    proof = needed.value.proof
    assert proof and PASSWORD not in proof
    strict.auth.change_password(token, current=PASSWORD, new=NEW_PASSWORD)
    clock.advance(seconds=30)
    with pytest.raises(AuthenticationFailed, match="start again"):
        strict.auth.login_with_proof(proof, totp.code_at(secret, clock.now()))
    with pytest.raises(AuthenticationFailed, match="start again"):
        strict.auth.login_with_proof(proof.rsplit(".", 1)[0] + ".00", totp.code_at(secret, clock.now()))


def test_after_a_reset_the_owner_chooses_their_password_then_signs_in(web: TestClient, strict: Vault, people: Cast,
                                                                      clock: FixedClock) -> None:
    _post_sign_in(web, step="password", username="sam", password=PASSWORD)
    secret = _enrol(web, clock)
    reset = strict.staff.reset_password(people.administrator, people.supporter.id)  # ends sam's sessions
    old = _post_sign_in(web, step="password", username="sam", password=PASSWORD)
    assert old.status_code == 400 and "Choose a new password with your reset token" in old.text
    form = web.get("/web/sign-in?step=new-password")
    assert "Choose a new password" in form.text and 'name="reset_token"' in form.text
    fields = {"csrf_token": csrf_of(form.text), "step": "new-password", "username": "sam", "reset_token": reset.token,
              "new": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    no_code = web.post("/web/sign-in", data=fields)
    assert no_code.status_code == 400 and "Enter the code from your authenticator app too" in no_code.text
    mismatch = web.post("/web/sign-in", data={**fields, "confirm": "something else"})
    assert "The new passwords do not match" in mismatch.text
    clock.advance(seconds=30)
    chosen = web.post("/web/sign-in", data={**fields, "code": totp.code_at(secret, clock.now())})
    assert chosen.status_code == 303 and chosen.headers["location"] == "/web/sign-in?step=code"
    step = web.get("/web/sign-in?step=code")
    assert "Your new password is set" in step.text
    clock.advance(seconds=30)
    done = web.post("/web/sign-in", data={"csrf_token": csrf_of(step.text), "step": "code", "code": totp.code_at(secret, clock.now())})
    assert done.headers["location"] == "/web/"
    used = web.post("/web/sign-in", data={**fields, "code": totp.code_at(secret, clock.now() + timedelta(seconds=30))})
    assert used.status_code == 400 and "reset token or code is not right" in used.text  # the token was good once


def test_a_reset_without_an_app_signs_straight_in(browser: TestClient, vault: Vault, cast: Cast) -> None:
    reset = vault.staff.reset_password(cast.administrator, cast.supporter.id)
    form = browser.get("/web/sign-in?step=new-password")
    done = browser.post("/web/sign-in", data={"csrf_token": csrf_of(form.text), "step": "new-password", "username": "sam",
                                              "reset_token": reset.token, "new": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert done.status_code == 303 and done.headers["location"] == "/web/"
    assert browser.get("/web/").status_code == 200
    short = browser.post("/web/sign-in", data={"csrf_token": csrf_of(form.text), "step": "new-password", "username": "sam",
                                               "reset_token": reset.token, "new": "short", "confirm": "short"})
    assert "The new password is not allowed: a password needs at least 12 characters" in short.text


def test_throttling_says_how_long_to_wait(browser: TestClient, cast: Cast) -> None:
    for _ in range(10):
        assert _post_sign_in(browser, step="password", username="sam", password="wrong guess").status_code == 400
    throttled = _post_sign_in(browser, step="password", username="sam", password=PASSWORD)  # right, but too late
    assert throttled.status_code == 429 and throttled.headers["retry-after"] == "60"
    assert "Too many attempts to sign in" in throttled.text and "Wait 1 minute, then try again" in throttled.text
    assert "<title>Error: Sign in" in throttled.text


def test_a_busy_server_says_so(browser: TestClient, vault: Vault, cast: Cast) -> None:
    gate = HashingGate(slots=1, queue=0)
    vault.auth._passwords.gate = gate  # type: ignore[attr-defined]
    with gate.slot():  # every hashing slot taken
        busy = _post_sign_in(browser, step="password", username="sam", password=PASSWORD)
    assert busy.status_code == 503 and busy.headers["retry-after"] == "1"
    assert "The service is busy signing other people in" in busy.text
    assert _post_sign_in(browser, step="password", username="sam", password=PASSWORD).status_code == 303


def test_the_new_forms_need_their_tokens(web: TestClient, people: Cast) -> None:
    _post_sign_in(web, step="password", username="sam", password=PASSWORD)
    for path in ("/web/account/authenticator", "/web/account/authenticator/confirm", "/web/sign-out"):
        assert web.post(path, data={"code": "123456"}).status_code == 403, path


def test_without_the_rule_an_app_is_optional_and_can_be_set_up(signed_in, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    assert "only those who set one up" in client.get("/web/sign-in").text
    assert "Set up or check the authenticator app" in client.get("/web/account/password").text
    page = client.get("/web/account/authenticator")
    assert "does not ask everyone for a code" in page.text and 'aria-label="Menu"' in page.text
    _enrol(client, clock)
    assert "You sign in with your password and a code" in client.get("/web/account/authenticator").text
