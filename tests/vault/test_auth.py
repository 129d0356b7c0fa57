"""Logging in: Argon2 hashes, hashed expiring tokens, failures audited, deactivation ends sessions."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import httpx
from sqlalchemy import select
from vault_world import PASSWORD, Cast, login_headers

from vault.app import Vault
from vault.clock import FixedClock
from vault.db.models import AuditEvent, SessionToken, Staff


def test_no_token_wrong_token_and_wrong_password_are_refused(client: httpx.Client, cast: Cast, vault: Vault) -> None:
    assert client.get("/cases").status_code == 401
    assert client.get("/cases", headers={"Authorization": "Bearer nope"}).status_code == 401
    wrong = client.post("/auth/login", json={"username": "sam", "password": "not the password"})
    assert wrong.status_code == 401 and wrong.json()["detail"] == "wrong username or password"
    unknown = client.post("/auth/login", json={"username": "nobody", "password": "whatever it is"})
    assert unknown.json()["detail"] == "wrong username or password"  # the same answer: no user list
    with vault.database.session() as session:
        failures = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "login_failed").order_by(AuditEvent.seq)))
    assert [(f.actor_id, f.detail) for f in failures] == [(cast.supporter.id, '{"reason":"wrong password"}'), ("anonymous", '{"reason":"unknown user"}')]


def test_passwords_are_argon2_and_tokens_are_kept_only_as_hashes(client: httpx.Client, cast: Cast, vault: Vault) -> None:
    headers = login_headers(client, "sam")
    token = headers["Authorization"].split()[1]
    with vault.database.session() as session:
        staff = session.scalar(select(Staff).where(Staff.username == "sam"))
        tokens = list(session.scalars(select(SessionToken)))
    assert staff is not None and staff.password_hash.startswith("$argon2id$") and PASSWORD not in staff.password_hash
    assert [t.token_hash for t in tokens] == [hashlib.sha256(token.encode()).hexdigest()]


def test_sessions_expire_and_logout_ends_them(client: httpx.Client, cast: Cast, clock: FixedClock) -> None:
    headers = login_headers(client, "sam")
    assert client.get("/auth/me", headers=headers).json()["username"] == "sam"
    clock.advance(timedelta(hours=8))
    expired = client.get("/auth/me", headers=headers)
    assert expired.status_code == 401 and "expired" in expired.json()["detail"]
    fresh = login_headers(client, "sam")
    assert client.post("/auth/logout", headers=fresh).status_code == 204
    assert client.get("/auth/me", headers=fresh).status_code == 401


def test_deactivating_a_member_of_staff_ends_their_sessions(client: httpx.Client, cast: Cast) -> None:
    sam, ada = login_headers(client, "sam"), login_headers(client, "ada")
    assert client.post(f"/staff/{cast.supporter.id}/deactivate", headers=ada).status_code == 200
    assert client.get("/auth/me", headers=sam).status_code == 401
    assert client.post("/auth/login", json={"username": "sam", "password": PASSWORD}).status_code == 401


def test_the_openapi_schema_is_published(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    assert spec["info"]["title"] == "SEND vault"
    assert {"/cases/{case_id}/disclosures", "/subject-access-requests/{request_id}/archive", "/audit/verify"} <= set(spec["paths"])
