"""Master key rotation and retirement on a vault's own key store (the case keys in its database), on
SQLite and PostgreSQL: every case key is rewrapped, a server started before the rotation follows the
key file, an interrupted rotation leaves everything readable, retirement refuses while a version is
still needed, and each step is in the audit log."""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from vault_world import OPERATOR, START, TEST_RULES, add_staff, family_case

from storage import Keyring, MemoryStore
from vault.app import Vault
from vault.audit import verify_chain
from vault.clock import FixedClock
from vault.db import Database
from vault.db.models import AuditEvent, CaseKeyRow
from vault.errors import Conflict, Forbidden, StorageUnavailable
from vault.ids import SeededIds
from vault.keystore import SqlKeyStore
from vault.policy import Actor, Role
from vault.services import NewDocument


class World:
    """One vault seen by two processes: the server (started before any rotation) and the operator's
    command line, each with its own engine and its own reading of the key file."""

    def __init__(self, db_url: str, key_file: Path) -> None:
        self.db_url, self.key_file = db_url, key_file
        self.backend = MemoryStore()
        self.clock = FixedClock(START)
        self._seeds = iter(range(100, 200))
        self._opened: list[Vault] = []
        self.inspect = Database(db_url)
        self.server = self.process()
        self.supporter = add_staff(self.server, "sam", Role.PARENTAL_SUPPORTER)
        self.cases = [family_case(self.server, self.supporter, initials="LW" if n % 2 else "MB", label=f"Family {n}") for n in range(5)]
        self.documents = {
            case: self.server.documents.upload(self.supporter, case, io.BytesIO(f"letter of {case}".encode()),
                                               NewDocument(title="Letter", filename="letter.pdf")).id
            for case in self.cases
        }

    def process(self) -> Vault:
        vault = Vault(database=Database(self.db_url), keyring=Keyring.load(self.key_file), backend=self.backend,
                      rules=TEST_RULES, clock=self.clock, ids=SeededIds(next(self._seeds)))
        self._opened.append(vault)
        return vault

    def close(self) -> None:
        for vault in self._opened:
            vault.close()
        self.inspect.dispose()

    def versions_in_database(self) -> Counter[int]:
        with self.inspect.session() as session:
            return Counter(Keyring.version_of(bytes(w)) for w in session.scalars(select(CaseKeyRow.wrapped)))

    def assert_everything_reads(self, vault: Vault) -> None:
        for case, document in self.documents.items():
            details = vault.cases.details(self.supporter, case)
            assert details.summary.label and details.summary.label.startswith("Family ")
            _view, reader = vault.documents.open(self.supporter, document)
            with reader:
                assert reader.read() == f"letter of {case}".encode()

    def events(self, *actions: str) -> list[AuditEvent]:
        with self.inspect.session() as session:
            return list(session.scalars(select(AuditEvent).where(AuditEvent.action.in_(actions)).order_by(AuditEvent.seq)))

    def chain_is_whole(self) -> bool:
        with self.inspect.session() as session:
            return verify_chain(session).ok


@pytest.fixture
def world(db_url: str, tmp_path: Path) -> Iterator[World]:
    key_file = tmp_path / "vault.key"
    Keyring.create(key_file)
    made = World(db_url, key_file)
    yield made
    made.close()


def test_rotation_rewraps_every_case_key_in_the_vault_database_and_is_audited(world: World) -> None:
    assert world.versions_in_database() == {1: 5}
    result = world.process().keys.rotate(OPERATOR)
    assert (result.active_version, result.rewrapped, result.remaining, result.unreadable) == (2, 5, 0, [])
    assert world.versions_in_database() == {2: 5}
    assert Keyring.load(world.key_file).versions == (1, 2)  # the old version stays until retired
    rotated, rewrapped = world.events("rotated"), world.events("rewrapped")
    assert [(e.actor_id, e.target_kind, e.target_id, json.loads(e.detail)) for e in rotated] == [
        (OPERATOR.id, "master_key", "2", {"previous": 1, "ground": "role"})]
    assert [json.loads(e.detail) for e in rewrapped] == [{"case_keys": 5, "from": {"1": 5}, "ground": "role"}]
    assert world.chain_is_whole()
    # The server loaded the key file before version 2 existed: it follows the file.
    world.assert_everything_reads(world.server)
    late = family_case(world.server, world.supporter, initials="NW", label="New family")
    assert world.versions_in_database() == {2: 6}
    assert world.server.cases.details(world.supporter, late).summary.label == "New family"


def test_status_counts_what_each_version_wraps_in_the_database(world: World) -> None:
    status = world.process().keys.status(OPERATOR)
    assert [(v.version, v.active, v.case_keys) for v in status.versions] == [(1, True, 5)]
    world.process().keys.rotate(OPERATOR)
    status = world.process().keys.status(OPERATOR)
    assert [(v.version, v.active, v.case_keys) for v in status.versions] == [(1, False, 0), (2, True, 5)]
    assert (status.stale, status.retirable, status.missing) == (0, [1], {})


def test_retire_refuses_while_a_retiring_version_still_wraps_a_case_key(world: World) -> None:
    admin = world.process()
    admin.core.keyring.add_master_key(clock=world.clock.now)  # a rotation that stopped before rewrapping
    with pytest.raises(Conflict, match=r"version 1 still wraps 5 case key\(s\).*nothing was retired"):
        admin.keys.retire(OPERATOR)
    assert Keyring.load(world.key_file).versions == (1, 2)
    assert world.events("retired") == []
    world.assert_everything_reads(world.process())

    assert admin.keys.rewrap(OPERATOR).rewrapped == 5
    assert admin.keys.retire(OPERATOR) == [1]
    assert Keyring.load(world.key_file).versions == (2,)
    [retired] = world.events("retired")
    assert json.loads(retired.detail) == {"versions": [1], "active": 2, "ground": "role"}
    world.assert_everything_reads(world.server)  # loaded version 1 at start; re-reads the file
    world.assert_everything_reads(world.process())  # a process that never knew version 1
    assert admin.keys.retire(OPERATOR) == []
    assert world.chain_is_whole()


def test_an_interrupted_rotation_leaves_every_key_readable_and_rewrap_finishes_it(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = 0
    replace = SqlKeyStore.replace_case_key

    def interrupted(self: SqlKeyStore, case_id: str, *, old: bytes, new: bytes) -> bool:
        nonlocal calls
        calls += 1
        if calls == 3:  # the first key of the second batch: Ctrl-C, or the machine going down
            raise KeyboardInterrupt
        return replace(self, case_id, old=old, new=new)

    monkeypatch.setattr(SqlKeyStore, "replace_case_key", interrupted)
    with pytest.raises(KeyboardInterrupt):
        world.process().keys.rotate(OPERATOR, batch_size=2)
    monkeypatch.setattr(SqlKeyStore, "replace_case_key", replace)

    # The first batch committed with its event; the second rolled back whole.
    assert world.versions_in_database() == {2: 2, 1: 3}
    assert [json.loads(e.detail)["case_keys"] for e in world.events("rewrapped")] == [2]
    assert len(world.events("rotated")) == 1 and world.chain_is_whole()
    world.assert_everything_reads(world.server)
    world.assert_everything_reads(world.process())
    admin = world.process()
    status = admin.keys.status(OPERATOR)
    assert (status.stale, status.retirable) == (3, [])
    with pytest.raises(Conflict, match=r"version 1 still wraps 3 case key\(s\)"):
        admin.keys.retire(OPERATOR)

    result = admin.keys.rewrap(OPERATOR, batch_size=2)
    assert (result.rewrapped, result.remaining) == (3, 0)
    assert admin.keys.retire(OPERATOR) == [1]
    world.assert_everything_reads(world.server)
    assert world.chain_is_whole()


def test_a_case_key_wrapped_just_before_a_retirement_is_rewrapped_when_it_is_written(world: World) -> None:
    """The server wraps a new case key under version 1, then (before its insert gets the database)
    a rotation and a retirement complete. The insert waited for the retirement, which rewrote the key
    file first; the server sees that and wraps the key again under version 2."""
    admin = world.process()
    live = world.server.core.keyring
    wrap = live.wrap_case_key
    raced = False

    def wrap_then_race(case_id: str, case_key: bytes) -> bytes:
        nonlocal raced
        wrapped = wrap(case_id, case_key)
        if not raced:
            raced = True
            admin.keys.rotate(OPERATOR)
            assert admin.keys.retire(OPERATOR) == [1]
        return wrapped

    live.wrap_case_key = wrap_then_race  # type: ignore[method-assign]
    late = family_case(world.server, world.supporter, initials="NW", label="New family")
    assert raced and world.versions_in_database() == {2: 6}
    assert world.process().cases.details(world.supporter, late).summary.label == "New family"


def test_the_server_refuses_a_key_file_of_another_vault(world: World) -> None:
    world.key_file.unlink()
    Keyring.create(world.key_file)
    with pytest.raises(StorageUnavailable, match="different vault's key file"):
        family_case(world.server, world.supporter)


def test_a_damaged_key_file_is_reported_not_guessed_at(world: World) -> None:
    world.key_file.write_text("{}")  # rewritten in place, so its size and times change
    with pytest.raises(StorageUnavailable, match="key file changed and cannot be read"):
        family_case(world.server, world.supporter)


def test_only_the_operator_manages_keys(world: World) -> None:
    admin = world.process()
    staff = Actor(world.supporter.id, world.supporter.role, world.supporter.name)
    for attempt in (admin.keys.rotate, admin.keys.rewrap, admin.keys.retire, admin.keys.status):
        with pytest.raises(Forbidden):
            attempt(staff)
    assert Keyring.load(world.key_file).versions == (1,)
    assert len(world.events("denied")) == 4
