"""The cast and the families every vault test works with (imported by tests as ``vault_world``)."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import uvicorn

from vault.app import Vault
from vault.clock import local_date
from vault.policy import Actor, Role
from vault.services import NewCase, PersonInput, Relation
from vault.services.staff import dbs_current
from vault.settings import Rules

START = datetime(2026, 7, 1, 9, 0, tzinfo=UTC)
PASSWORD = "correct horse battery"
# Cheap hashing; and no second factor, so the policy suites sign in with a password alone (the sign-in
# itself, second factor included, is tested with the default rules in test_sign_in.py).
TEST_RULES = Rules(argon2_time_cost=1, argon2_memory_kib=64, argon2_parallelism=1, require_second_factor=False)


OPERATOR = Actor.operator("test")
# Everyone in the cast has a current DBS check (a family is assigned only to staff with one).
DBS_CHECKED_ON = date(2025, 9, 1)


@dataclass
class Cast:
    """The staff every policy test needs, and two families."""

    supporter: Actor  # supports the family in case ``own``
    other_supporter: Actor  # supports the family in case ``other``
    coordinator: Actor
    second_coordinator: Actor
    volunteer: Actor
    administrator: Actor
    own: str  # case id
    other: str  # case id

    def by_role(self, role: str) -> Actor:
        return {
            "parental_supporter": self.supporter,
            "coordinator": self.coordinator,
            "volunteer": self.volunteer,
            "administrator": self.administrator,
        }[role]


_CURRENT = date.min  # add_staff's default: a check current on the vault's clock


def add_staff(vault: Vault, username: str, role: Role, *, dbs_checked_on: date | None = _CURRENT) -> Actor:
    if dbs_checked_on is _CURRENT:  # DBS_CHECKED_ON while it is current (fixed clocks); else a check made today
        today = local_date(vault.core.clock.now())
        current = dbs_current(DBS_CHECKED_ON, today=today, years=vault.rules.dbs_valid_years)
        dbs_checked_on = DBS_CHECKED_ON if current else today
    view = vault.staff.add(OPERATOR, username=username, role=role, password=PASSWORD, display_name=username.title(),
                           dbs_checked_on=dbs_checked_on)
    return Actor(id=view.id, role=Role(view.role), name=view.username)


def family_case(vault: Vault, supporter: Actor, *, initials: str = "LW", label: str = "Whitfield family") -> str:
    summary = vault.cases.open(
        supporter,
        NewCase(
            need="Autistic spectrum disorder",
            details_consent=True,
            label=label,
            people=(
                PersonInput(Relation.PARENT, "SW", name="Sarah Whitfield", phone="07700 900123", address="27 Meadow Lane, Kendal"),
                PersonInput(Relation.CHILD, initials, birth_date=date(2014, 3, 14), name="Leo Whitfield"),
            ),
        ),
    )
    return summary.id


def make_cast(vault: Vault) -> Cast:
    supporter = add_staff(vault, "sam", Role.PARENTAL_SUPPORTER)
    other = add_staff(vault, "bea", Role.PARENTAL_SUPPORTER)
    return Cast(
        supporter=supporter,
        other_supporter=other,
        coordinator=add_staff(vault, "cora", Role.COORDINATOR),
        second_coordinator=add_staff(vault, "dev", Role.COORDINATOR),
        volunteer=add_staff(vault, "val", Role.VOLUNTEER),
        administrator=add_staff(vault, "ada", Role.ADMINISTRATOR),
        own=family_case(vault, supporter),
        other=family_case(vault, other, initials="MB", label="Brown family"),
    )


def reviewed(vault: Vault, actor: Actor, request_id: str, *, decision: str = "keep") -> None:
    """A subject access request's review run and every item decided (a test about something else)."""
    vault.subject_access.assemble(actor, request_id)
    for item in vault.subject_access.items(actor, request_id):
        vault.subject_access.decide(actor, request_id, item.number, decision=decision, reason="reviewed in the test")


def login_headers(client: object, username: str) -> dict[str, str]:
    """Bearer headers for a member of the cast, logged in through the API."""
    response = client.post("/auth/login", json={"username": username, "password": PASSWORD})  # type: ignore[attr-defined]
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


class LiveServer:
    """uvicorn serving ``app`` on a free loopback port, in a thread (real HTTP, real streaming)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False, lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="vault-test-server", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
