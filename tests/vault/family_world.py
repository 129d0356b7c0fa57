"""The family in the loop, for tests: a parent (or a child of 12 or over) invited, signed up and
enrolled with an authenticator app, as the portal would do it (imported as ``family_world``)."""

from __future__ import annotations

from dataclasses import dataclass

from vault.app import Vault
from vault.clock import FixedClock
from vault.policy import Actor
from vault.services import totp

PASSPHRASE = "my family passphrase"


@dataclass(frozen=True)
class Member:
    actor: Actor
    secret: bytes  # their authenticator app's secret
    username: str


def person_of(vault: Vault, supporter: Actor, case_id: str, relation: str) -> str:
    return next(p.id for p in vault.cases.details(supporter, case_id).people if p.relation == relation)


def join(vault: Vault, clock: FixedClock, supporter: Actor, case_id: str, *, relation: str = "parent",
         username: str = "sarah") -> Member:
    invitation = vault.family.invite(supporter, case_id, person_id=person_of(vault, supporter, case_id, relation))
    first = vault.family.accept(invitation.token, username=username, passphrase=PASSPHRASE)
    enrolment = vault.auth.enrol_second_factor(first.token)
    secret = totp.secret_from_text(enrolment.secret)
    vault.auth.confirm_second_factor(first.token, totp.code_at(secret, clock.now()))
    return Member(first.actor, secret, username)
