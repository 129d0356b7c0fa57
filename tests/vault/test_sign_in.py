"""Signing in (issue 12, items 2 and 3): throttling per account and address, bounded hashing and
audit writes, the second factor (RFC 6238), and resets that never hand an administrator an account."""

from __future__ import annotations

import io
import json
import sys
import threading
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from vault_world import DBS_CHECKED_ON, PASSWORD, START, TEST_RULES, family_case, reviewed

from storage import Keyring, MemoryStore
from vault.app import Vault
from vault.clock import FixedClock
from vault.db import Database
from vault.db.models import AuditEvent, CaseKeyRow, Staff
from vault.errors import ServiceBusy
from vault.ids import SeededIds
from vault.policy import Actor, Role
from vault.services import totp
from vault.services.passwords import HashingGate
from vault.services.second_factor import STAFF_SECRETS
from vault.services.throttle import ACCOUNT

OPERATOR = Actor.operator("test")
STRICT = TEST_RULES.__class__(**{**TEST_RULES.__dict__, "require_second_factor": True})


# -- RFC 6238 ------------------------------------------------------------------------------------

SEEDS = {"sha1": b"12345678901234567890", "sha256": b"12345678901234567890123456789012",
         "sha512": b"1234567890123456789012345678901234567890123456789012345678901234"}
VECTORS = [  # RFC 6238, appendix B: time, then the SHA-1, SHA-256 and SHA-512 codes (8 digits)
    (59, "94287082", "46119246", "90693936"),
    (1111111109, "07081804", "68084774", "25091201"),
    (1111111111, "14050471", "67062674", "99943326"),
    (1234567890, "89005924", "91819424", "93441116"),
    (2000000000, "69279037", "90698825", "38618901"),
    (20000000000, "65353130", "77737706", "47863826"),
]


@pytest.mark.parametrize(("seconds", "sha1", "sha256", "sha512"), VECTORS)
def test_totp_matches_the_rfc_6238_vectors(seconds: int, sha1: str, sha256: str, sha512: str) -> None:
    at = datetime.fromtimestamp(seconds, UTC)
    for digest, expected in (("sha1", sha1), ("sha256", sha256), ("sha512", sha512)):
        assert totp.code_at(SEEDS[digest], at, digits=8, digest=digest) == expected


def test_a_code_is_good_for_its_step_and_one_either_side_once() -> None:
    secret, now = SEEDS["sha1"], datetime.fromtimestamp(1111111111, UTC)
    step = totp.step_of(now)
    for offset in (-1, 0, 1):
        assert totp.matching_step(secret, totp.hotp(secret, step + offset), now) == step + offset
    assert totp.matching_step(secret, totp.hotp(secret, step + 2), now) is None
    assert totp.matching_step(secret, totp.hotp(secret, step), now, after=step) is None  # spent
    assert totp.matching_step(secret, "12a456", now) is None and totp.matching_step(secret, "１２３４５６", now) is None
    assert totp.secret_from_text(totp.secret_text(secret)) == secret


# -- a vault with the default sign-in rules ------------------------------------------------------

@pytest.fixture
def vault(database: Database, clock: FixedClock) -> Vault:
    """This module's vault (served by the suite's ``client``) signs in by the default rules."""
    return Vault(database=database, keyring=Keyring.generate(), backend=MemoryStore(), rules=STRICT, clock=clock, ids=SeededIds(11))


@pytest.fixture
def strict(vault: Vault) -> Vault:
    return vault


@pytest.fixture
def http(client: httpx.Client) -> httpx.Client:
    return client


def _add(vault: Vault, name: str, role: Role) -> Actor:
    view = vault.staff.add(OPERATOR, username=name, role=role, password=PASSWORD, display_name=name.title(),
                           dbs_checked_on=DBS_CHECKED_ON)
    return Actor(view.id, Role(view.role), name)


def _enrol(http: httpx.Client, clock: FixedClock, name: str) -> bytes:
    """Sign in for the first time and set up the authenticator, as the member of staff does."""
    first = http.post("/auth/login", json={"username": name, "password": PASSWORD})
    assert first.status_code == 200 and first.json()["scope"] == "enrol", first.text
    headers = {"Authorization": f"Bearer {first.json()['access_token']}"}
    enrolment = http.post("/auth/totp/enrol", headers=headers).json()
    assert enrolment["uri"].startswith(f"otpauth://totp/SEND%20vault:{name}?secret={enrolment['secret']}&issuer=SEND%20vault")
    secret = totp.secret_from_text(enrolment["secret"])
    assert http.post("/auth/totp/confirm", json={"code": "000000" if totp.code_at(secret, clock.now()) != "000000" else "111111"},
                     headers=headers).status_code == 400
    assert http.post("/auth/totp/confirm", json={"code": totp.code_at(secret, clock.now())}, headers=headers).status_code == 204
    assert http.get("/auth/me", headers=headers).status_code == 200  # the same session is now a whole one
    clock.advance(timedelta(seconds=30))  # the code just used is spent
    return secret


def _sign_in(http: httpx.Client, clock: FixedClock, name: str, secret: bytes, password: str = PASSWORD) -> dict[str, str]:
    response = http.post("/auth/login", json={"username": name, "password": password, "code": totp.code_at(secret, clock.now())})
    assert response.status_code == 200 and response.json()["scope"] == "full", response.text
    clock.advance(timedelta(seconds=30))
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


# -- throttling ----------------------------------------------------------------------------------

def test_forty_wrong_passwords_throttle_the_account_until_the_window_passes(http: httpx.Client, strict: Vault, clock: FixedClock) -> None:
    _add(strict, "sam", Role.PARENTAL_SUPPORTER)
    answers = [http.post("/auth/login", json={"username": "sam", "password": f"wrong guess {n:04d}"}) for n in range(40)]
    assert [a.status_code for a in answers] == [401] * ACCOUNT.capacity + [429] * (40 - ACCOUNT.capacity)
    throttled = answers[-1]
    wait = int(throttled.headers["Retry-After"])
    assert 0 < wait <= ACCOUNT.refill_seconds and "try again in" in throttled.json()["detail"]
    right = http.post("/auth/login", json={"username": "sam", "password": PASSWORD})
    assert right.status_code == 429  # the right password too: nothing is checked while throttled
    clock.advance(timedelta(seconds=wait - 1))
    assert http.post("/auth/login", json={"username": "sam", "password": PASSWORD}).status_code == 429
    clock.advance(timedelta(seconds=1))
    assert http.post("/auth/login", json={"username": "sam", "password": PASSWORD}).status_code == 200
    # One audit event for the burst, not forty; the next one after the window carries the count.
    with strict.database.session() as session:
        failures = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "login_failed")))
    assert len(failures) == 1 and json.loads(failures[0].detail) == {"reason": "wrong password"}
    clock.advance(timedelta(minutes=20))
    http.post("/auth/login", json={"username": "sam", "password": "another wrong one"})
    with strict.database.session() as session:
        details = [json.loads(e.detail) for e in session.scalars(select(AuditEvent).where(AuditEvent.action == "login_failed").order_by(AuditEvent.seq))]
    assert details[-1] == {"reason": "wrong password", "earlier_failures": ACCOUNT.capacity - 1}


def test_one_address_trying_many_accounts_is_throttled_too(http: httpx.Client) -> None:
    codes = [http.post("/auth/login", json={"username": f"user{n}", "password": "whatever it is"}).status_code for n in range(35)]
    assert codes[:30] == [401] * 30 and set(codes[30:]) == {429}


def test_the_buckets_are_shared_by_every_server_process(database: Database, clock: FixedClock) -> None:
    one = Vault(database=database, keyring=Keyring.generate(), backend=MemoryStore(), rules=STRICT, clock=clock)
    two = Vault(database=database, keyring=one.core.keyring.current(), backend=MemoryStore(), rules=STRICT, clock=clock)
    _add(one, "sam", Role.PARENTAL_SUPPORTER)
    from vault.errors import AuthenticationFailed, TooManyAttempts

    for n in range(ACCOUNT.capacity):
        with pytest.raises(AuthenticationFailed):
            (one if n % 2 else two).auth.login("sam", f"wrong {n:012d}", client="10.0.0.1")
    with pytest.raises(TooManyAttempts):
        two.auth.login("sam", PASSWORD, client="10.0.0.2")


def test_hashing_is_bounded_and_the_rest_are_told_to_come_back() -> None:
    gate = HashingGate(slots=1, queue=1, wait=5)
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with gate.slot():
            holding.set()
            release.wait(5)

    first = threading.Thread(target=hold)
    first.start()
    holding.wait(5)
    waited: list[bool] = []
    second = threading.Thread(target=lambda: waited.append(bool(gate.slot().__enter__() or True)))
    second.start()
    for _ in range(100):  # the second is queued (inside the gate) before the third arrives
        if gate._inside == 2:
            break
        threading.Event().wait(0.01)
    with pytest.raises(ServiceBusy), gate.slot():
        pass
    release.set()
    first.join(5)
    second.join(5)
    assert waited == [True]


# -- the second factor ---------------------------------------------------------------------------

def test_staff_enrol_themselves_and_then_sign_in_with_a_code_once(http: httpx.Client, strict: Vault, clock: FixedClock) -> None:
    _add(strict, "sam", Role.PARENTAL_SUPPORTER)
    first = http.post("/auth/login", json={"username": "sam", "password": PASSWORD}).json()
    limited = {"Authorization": f"Bearer {first['access_token']}"}
    refused = http.get("/cases", headers=limited)
    assert refused.status_code == 403 and "authenticator" in refused.json()["detail"]
    secret = _enrol(http, clock, "sam")
    no_code = http.post("/auth/login", json={"username": "sam", "password": PASSWORD})
    assert no_code.status_code == 401 and no_code.json()["error"] == "SecondFactorRequired"
    code = totp.code_at(secret, clock.now())
    assert http.post("/auth/login", json={"username": "sam", "password": PASSWORD, "code": code}).status_code == 200
    replayed = http.post("/auth/login", json={"username": "sam", "password": PASSWORD, "code": code})
    assert replayed.status_code == 401  # a code is good once
    assert http.post("/auth/login", json={"username": "sam", "password": "wrong password!", "code": code}).status_code == 401
    clock.advance(timedelta(seconds=30))
    headers = _sign_in(http, clock, "sam", secret)
    assert http.get("/cases", headers=headers).status_code == 200
    assert http.post("/auth/totp/enrol", headers=headers).status_code == 409  # set up once; only a reset undoes it


def test_the_secret_is_sealed_at_rest_and_nobody_else_can_read_or_set_it(http: httpx.Client, strict: Vault, clock: FixedClock) -> None:
    _add(strict, "ada", Role.ADMINISTRATOR)
    sam = _add(strict, "sam", Role.PARENTAL_SUPPORTER)
    secret = _enrol(http, clock, "sam")
    ada = _sign_in(http, clock, "ada", _enrol(http, clock, "ada"))
    with strict.database.session() as session:
        row = session.get(Staff, sam.id)
        assert row is not None and row.totp_sealed is not None and secret not in row.totp_sealed
        assert session.get(CaseKeyRow, STAFF_SECRETS) is not None  # wrapped by the master key like a case key
    listing = http.get("/staff", headers=ada).json()
    assert all(set(view) >= {"second_factor"} and "secret" not in json.dumps(view).lower() for view in listing)
    assert next(v for v in listing if v["username"] == "sam")["second_factor"] is True
    assert http.post(f"/staff/{sam.id}/password", json={"password": "the admin's choice"}, headers=ada).status_code in (404, 405)
    spec = http.get("/openapi.json").json()["paths"]
    assert not any("totp" in path and path.startswith("/staff") and "reset" not in path for path in spec)


def test_an_administrators_reset_cannot_be_used_to_sign_in_as_the_user(http: httpx.Client, strict: Vault, clock: FixedClock) -> None:
    _add(strict, "ada", Role.ADMINISTRATOR)
    _add(strict, "eve", Role.ADMINISTRATOR)
    sam = _add(strict, "sam", Role.PARENTAL_SUPPORTER)
    sam_secret = _enrol(http, clock, "sam")
    ada = _sign_in(http, clock, "ada", _enrol(http, clock, "ada"))
    sam_session = _sign_in(http, clock, "sam", sam_secret)

    reset = http.post(f"/staff/{sam.id}/reset", headers=ada).json()
    assert http.get("/auth/me", headers=sam_session).status_code == 401  # their sessions ended
    assert http.post("/auth/login", json={"username": "sam", "password": PASSWORD,
                                         "code": totp.code_at(sam_secret, clock.now())}).status_code == 401  # old password gone
    # The administrator holds the token, but not the code: the token alone opens nothing.
    own_choice = {"username": "sam", "reset_token": reset["reset_token"], "new_password": "the administrator's choice"}
    assert http.post("/auth/password/reset", json=own_choice).json()["error"] == "SecondFactorRequired"
    assert http.post("/auth/password/reset", json={**own_choice, "code": "123456"}).status_code == 401
    # Nor can the same administrator also reset the second factor to get round it.
    both = http.post(f"/staff/{sam.id}/totp-reset", headers=ada)
    assert both.status_code == 409 and "another administrator" in both.json()["detail"]
    # The member of staff chooses their own password with the token and their code.
    mine = {"username": "sam", "reset_token": reset["reset_token"], "new_password": "my own new password",
            "code": totp.code_at(sam_secret, clock.now())}
    assert http.post("/auth/password/reset", json=mine).status_code == 204
    clock.advance(timedelta(seconds=30))
    assert http.post("/auth/password/reset", json={**mine, "code": totp.code_at(sam_secret, clock.now())}).status_code == 401  # once
    _sign_in(http, clock, "sam", sam_secret, password="my own new password")


def test_a_second_factor_reset_makes_the_owner_enrol_again(http: httpx.Client, strict: Vault, clock: FixedClock) -> None:
    _add(strict, "ada", Role.ADMINISTRATOR)
    sam = _add(strict, "sam", Role.PARENTAL_SUPPORTER)
    _enrol(http, clock, "sam")
    ada = _sign_in(http, clock, "ada", _enrol(http, clock, "ada"))
    view = http.post(f"/staff/{sam.id}/totp-reset", headers=ada).json()
    assert view["second_factor"] is False
    again = http.post(f"/staff/{sam.id}/reset", headers=ada)
    assert again.status_code == 409  # one administrator never holds both
    new_secret = _enrol(http, clock, "sam")  # with their own password: the administrator does not know it
    _sign_in(http, clock, "sam", new_secret)


def test_reset_tokens_expire(http: httpx.Client, strict: Vault, clock: FixedClock) -> None:
    sam = _add(strict, "sam", Role.PARENTAL_SUPPORTER)
    reset = strict.staff.reset_password(OPERATOR, sam.id)
    clock.advance(timedelta(hours=STRICT.reset_token_hours))
    late = http.post("/auth/password/reset", json={"username": "sam", "reset_token": reset.token, "new_password": "too late for this"})
    assert late.status_code == 401


def test_changing_ones_own_password_needs_the_current_one(http: httpx.Client, strict: Vault, clock: FixedClock) -> None:
    _add(strict, "sam", Role.PARENTAL_SUPPORTER)
    secret = _enrol(http, clock, "sam")
    headers = _sign_in(http, clock, "sam", secret)
    other = _sign_in(http, clock, "sam", secret)
    assert http.post("/auth/password", json={"current_password": "not my password", "new_password": "a brand new password"},
                     headers=headers).status_code == 401
    assert http.post("/auth/password", json={"current_password": PASSWORD, "new_password": "a brand new password"},
                     headers=headers).status_code == 204
    assert http.get("/auth/me", headers=headers).status_code == 200 and http.get("/auth/me", headers=other).status_code == 401
    _sign_in(http, clock, "sam", secret, password="a brand new password")


def test_the_parents_access_log_shows_resets_and_whose_sign_in_read_what(http: httpx.Client, strict: Vault, clock: FixedClock) -> None:
    _add(strict, "ada", Role.ADMINISTRATOR)
    sam = _add(strict, "sam", Role.PARENTAL_SUPPORTER)
    case = family_case(strict, sam)
    sam_secret = _enrol(http, clock, "sam")
    ada = _sign_in(http, clock, "ada", _enrol(http, clock, "ada"))
    reset = http.post(f"/staff/{sam.id}/reset", headers=ada).json()
    http.post("/auth/password/reset", json={"username": "sam", "reset_token": reset["reset_token"], "new_password": "my own new password",
                                            "code": totp.code_at(sam_secret, clock.now())})
    clock.advance(timedelta(seconds=30))
    headers = _sign_in(http, clock, "sam", sam_secret, password="my own new password")
    assert http.get(f"/cases/{case}/details", headers=headers).status_code == 200
    people = strict.cases.details(sam, case).people
    parent = next(p.id for p in people if p.relation == "parent")
    request = strict.subject_access.record(sam, case, subject_id=parent, requester_id=parent)
    reviewed(strict, sam, request.id)
    archive = zipfile.ZipFile(io.BytesIO(b"".join(strict.subject_access.export(sam, request.id).chunks)))
    log = json.loads(archive.read("access_log.json"))
    read = next(e for e in log if e["operation"] == "case.details.read" and e["who"] == "Sam")
    assert read["signed_in"]["second_factor"] is True and read["signed_in"]["at"] > START.isoformat()
    changes = json.loads(archive.read("staff_accounts.json"))
    assert any(c["account"] == "Sam" and c["change"].get("password") == "reset" and c["by"] == "Ada"
               and c["by_role"] == "administrator" for c in changes)
    assert any(c["account"] == "Sam" and c["by"] == "its owner" and "after a reset" in c["change"].get("password", "") for c in changes)


def test_second_factors_survive_a_master_key_rotation_and_retirement(http: httpx.Client, strict: Vault, clock: FixedClock) -> None:
    _add(strict, "sam", Role.PARENTAL_SUPPORTER)
    secret = _enrol(http, clock, "sam")
    strict.keys.rotate(OPERATOR)
    assert strict.keys.retire(OPERATOR) == [1]  # the staff-secrets key was rewrapped with the case keys
    _sign_in(http, clock, "sam", secret)


def test_the_command_line_acts_as_a_member_of_staff_only_with_their_second_factor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import update

    from vault.app import open_vault
    from vault.cli import main
    from vault.datadir import create_data_dir

    settings = create_data_dir(tmp_path / "data", rules=STRICT)
    opened = open_vault(settings)
    try:
        _add(opened, "sam", Role.PARENTAL_SUPPORTER)
        first = opened.auth.login("sam", PASSWORD)
        assert first.scope == "enrol"
        as_sam = ["case-study", "list", "--as", "sam", "--password-stdin", "--data", str(settings.data_dir)]
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        assert main(as_sam) == 1 and "must set up a second factor" in capsys.readouterr().err
        secret = totp.secret_from_text(opened.auth.enrol_second_factor(first.token).secret)
        opened.auth.confirm_second_factor(first.token, totp.code_at(secret, datetime.now(UTC)))
        with opened.database.transaction() as session:  # as if the step of that code had passed
            session.execute(update(Staff).values(totp_last_step=None))
    finally:
        opened.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert main(as_sam) == 1 and "--code" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert main([*as_sam, "--code", totp.code_at(secret, datetime.now(UTC))]) == 0, capsys.readouterr().err
