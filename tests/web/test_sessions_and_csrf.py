"""Signing in and out, session cookies, idle and absolute expiry, password change, and CSRF on every
form (TestClient over the real app: fast, no browser)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from vault_world import PASSWORD, Cast
from web_world import csrf_of, sign_in

from vault.api.worker import serving_app
from vault.app import Vault
from vault.clock import FixedClock
from vault.db.models import AuditEvent, SessionToken, WebSession
from vault.web.headers import CSP


def _events(vault: Vault, action: str) -> list[AuditEvent]:
    with vault.database.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_signing_in_sets_a_strict_http_only_cookie_holding_no_name(browser: TestClient, cast: Cast) -> None:
    form = browser.get("/web/sign-in")
    assert form.status_code == 200 and "<title>Sign in – SEND vault</title>" in form.text
    visitor = form.headers["set-cookie"]
    assert "vault_visitor=" in visitor and "HttpOnly" in visitor and "SameSite=strict" in visitor.replace("Strict", "strict")
    response = browser.post("/web/sign-in", data={"csrf_token": csrf_of(form.text), "username": "sam", "password": PASSWORD})
    assert response.status_code == 303 and response.headers["location"] == "/web/"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("vault_session=") and "HttpOnly" in cookie and "samesite=strict" in cookie.lower()
    assert "secure" not in cookie.lower()  # plain HTTP on the loopback: a Secure cookie would never come back
    assert "sam" not in cookie.split(";")[0]
    assert browser.get("/web/").status_code == 200


def test_behind_tls_cookies_are_secure_and_host_only(vault: Vault, cast: Cast) -> None:
    with TestClient(serving_app(vault), base_url="https://127.0.0.1", follow_redirects=False) as client:
        form = client.get("/web/sign-in")
        assert form.headers["set-cookie"].startswith("__Host-vault_visitor=") and "Secure" in form.headers["set-cookie"]
        response = client.post("/web/sign-in", data={"csrf_token": csrf_of(form.text), "username": "sam", "password": PASSWORD})
        cookie = response.headers["set-cookie"]
        assert cookie.startswith("__Host-vault_session=") and "Secure" in cookie and "Path=/" in cookie
        assert client.get("/web/").status_code == 200


def test_a_wrong_password_is_shown_on_the_form_and_audited(browser: TestClient, cast: Cast, vault: Vault) -> None:
    form = browser.get("/web/sign-in")
    response = browser.post("/web/sign-in", data={"csrf_token": csrf_of(form.text), "username": "sam", "password": "nope"})
    assert response.status_code == 400
    assert "There is a problem" in response.text and 'href="#username"' in response.text
    assert "<title>Error: Sign in – SEND vault</title>" in response.text
    assert 'value="sam"' in response.text and "nope" not in response.text
    assert len(_events(vault, "login_failed")) == 1
    empty = browser.post("/web/sign-in", data={"csrf_token": csrf_of(form.text), "username": "", "password": ""})
    assert "Enter your username" in empty.text and "Enter your password" in empty.text


def test_pages_need_a_session(browser: TestClient, cast: Cast) -> None:
    for path in ("/web/", "/web/cases", f"/web/cases/{cast.own}", "/web/account/password"):
        response = browser.get(path)
        assert response.status_code == 303 and response.headers["location"] == "/web/sign-in", path
    assert browser.get("/").headers["location"] == "/web/"


@pytest.mark.parametrize("token", [None, "", "forged-token"])
def test_every_form_is_refused_without_its_token(signed_in, cast: Cast, vault: Vault, token: str | None) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    data = {} if token is None else {"csrf_token": token}
    for path, fields in (
        ("/web/sign-out", {}),
        ("/web/account/password", {"current": PASSWORD, "new": "a brand new passphrase", "confirm": "a brand new passphrase"}),
    ):
        response = client.post(path, data={**data, **fields})
        assert response.status_code == 403, path
        assert "Your form could not be sent" in response.text
    upload = client.post(f"/web/cases/{cast.own}/upload", data=data, files={"file-1": ("a.txt", b"hello")})
    assert upload.status_code == 403
    assert client.get("/web/").status_code == 200  # still signed in: nothing was done
    assert vault.auth.login("sam", PASSWORD)  # the password did not change


def test_the_sign_in_form_is_refused_without_its_signed_token(browser: TestClient, cast: Cast) -> None:
    browser.get("/web/sign-in")
    refused = browser.post("/web/sign-in", data={"csrf_token": "0" * 64, "username": "sam", "password": PASSWORD})
    assert refused.status_code == 403
    # A token made for another browser's visitor cookie does not do either.
    with TestClient(browser.app, base_url="http://127.0.0.1", follow_redirects=False) as other:
        token = csrf_of(other.get("/web/sign-in").text)
    assert browser.post("/web/sign-in", data={"csrf_token": token, "username": "sam", "password": PASSWORD}).status_code == 403


def test_signing_out_ends_the_session_everywhere(signed_in, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    token = client.cookies.get("vault_session")
    response = client.post("/web/sign-out", data={"csrf_token": csrf_of(client.get("/web/").text)})
    assert response.status_code == 303 and response.headers["location"] == "/web/sign-in?ended=signed_out"
    assert "vault_session=" in response.headers["set-cookie"] and "Max-Age=0" in response.headers["set-cookie"]
    with vault.database.session() as session:
        assert session.scalars(select(SessionToken.revoked_at)).one() is not None
        assert session.scalar(select(WebSession)) is None
    client.cookies.set("vault_session", token)  # a copy kept by someone else no longer works
    assert client.get("/web/").status_code == 303
    assert "You are signed out" in client.get("/web/sign-in?ended=signed_out").text


def test_an_idle_session_ends_and_says_why(signed_in, clock: FixedClock, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    clock.advance(minutes=29)
    assert client.get("/web/").status_code == 200  # activity keeps it alive
    clock.advance(minutes=29)
    assert client.get("/web/").status_code == 200
    clock.advance(minutes=31)
    response = client.get("/web/")
    assert response.status_code == 303 and response.headers["location"] == "/web/sign-in?ended=idle"
    assert "had not done anything for a while" in client.get(response.headers["location"]).text
    assert _events(vault, "logged_out")  # ended in the service too


def test_a_session_ends_at_its_absolute_expiry_however_busy(signed_in, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    for _ in range(16):  # eight hours of steady work (the last request at 7:59:44)
        clock.advance(minutes=29, seconds=59)
        assert client.get("/web/").status_code == 200
    clock.advance(minutes=1)
    assert client.get("/web/").headers["location"] == "/web/sign-in?ended=expired"


def test_changing_the_password_keeps_this_session_and_ends_the_others(signed_in, browser: TestClient, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    elsewhere = vault.auth.login("sam", PASSWORD)
    client = signed_in("sam")
    token = csrf_of(client.get("/web/account/password").text)
    wrong = client.post("/web/account/password", data={"csrf_token": token, "current": "not it", "new": "a brand new passphrase",
                                                        "confirm": "a brand new passphrase"})
    assert wrong.status_code == 400 and "Your current password is not right" in wrong.text
    mismatch = client.post("/web/account/password", data={"csrf_token": token, "current": PASSWORD, "new": "a brand new passphrase",
                                                           "confirm": "another passphrase!"})
    assert "The new passwords do not match" in mismatch.text
    short = client.post("/web/account/password", data={"csrf_token": token, "current": PASSWORD, "new": "short", "confirm": "short"})
    assert "at least 12 characters" in short.text
    done = client.post("/web/account/password", data={"csrf_token": token, "current": PASSWORD, "new": "a brand new passphrase",
                                                       "confirm": "a brand new passphrase"})
    assert done.status_code == 303
    assert "Your password has been changed" in client.get(done.headers["location"]).text
    from vault.errors import AuthenticationFailed

    with pytest.raises(AuthenticationFailed):
        vault.auth.authenticate(elsewhere.token)
    assert vault.auth.login("sam", "a brand new passphrase")


def test_pages_carry_the_security_headers(signed_in, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    for path in ("/web/", "/web/sign-in", f"/web/cases/{cast.own}", "/web/no-such-page"):
        headers = client.get(path).headers
        assert headers["content-security-policy"] == CSP, path
        assert "'unsafe-inline'" not in CSP and "default-src 'self'" in CSP
        assert headers["x-frame-options"] == "DENY" and headers["cache-control"] == "no-store"
    assert "<script>" not in client.get("/web/").text  # no inline script anywhere
    static = client.get("/static/app.js")
    assert static.status_code == 200 and "max-age" in static.headers["cache-control"]


def test_the_api_is_untouched_by_the_web_interface(browser: TestClient, cast: Cast) -> None:
    response = browser.post("/auth/login", json={"username": "sam", "password": PASSWORD})
    assert response.status_code == 200 and "access_token" in response.json()
    assert browser.get("/cases", headers={"Authorization": f"Bearer {response.json()['access_token']}"}).status_code == 200
    from vault.api.headers import CONTENT_SECURITY_POLICY
    from vault.web.headers import CSP

    # The API keeps its own headers (vault.api.headers); the pages' policy never reaches it, nor doubles up.
    assert browser.get("/openapi.json").headers.get_list("content-security-policy") == [CONTENT_SECURITY_POLICY]
    assert browser.get("/web/sign-in").headers.get_list("content-security-policy") == [CSP]


def test_idle_minutes_come_from_the_settings(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    from dataclasses import replace

    from vault.api.app import create_app
    from vault.web import WebOptions, mount_web

    app = mount_web(create_app(vault), vault, replace(WebOptions.from_rules(vault.rules), idle=timedelta(minutes=5)))
    with TestClient(app, base_url="http://127.0.0.1", follow_redirects=False) as client:
        sign_in(client, "sam")
        clock.advance(minutes=6)
        assert client.get("/web/").headers["location"] == "/web/sign-in?ended=idle"
