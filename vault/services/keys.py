"""Master keys of a running vault: status, rotation, rewrapping and retirement, through the vault's own
key store (the case keys in its metadata database) and recorded in its audit log.

Safe beside a live server, and if interrupted at any point:

- **rotate** writes the new master key version to the key file first (atomically, keeping every old
  version) and records ``rotated``; only then are case keys rewrapped, in batches of their own
  transactions, each with its ``rewrapped`` event. The database never holds a key wrapped by a version
  the key file lacks, so a rotation stopped half way leaves a mix of versions that all still open;
  ``rewrap`` (or another rotation) finishes the job. Each key is replaced by compare-and-swap, so a
  writer changing it meanwhile is never overwritten.
- **retire** holds the case keys still (SQLite's write lock; PostgreSQL's share lock on the table),
  counts what each version wraps, refuses while any version being retired still wraps a key, and
  rewrites the key file before letting go: a case key created concurrently is either counted or, once
  its insert gets through, sees the new file and is rewrapped under the active version (see
  :meth:`Work.create_case_key`).

Nothing here reads or changes an object: object keys are wrapped by case keys, not master keys.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from storage import Keyring, StorageError
from vault.audit import AuditAction
from vault.db.models import CaseKeyRow
from vault.errors import Conflict, InvalidRequest
from vault.keystore import SqlKeyStore
from vault.policy import Action, Actor, Decision, Target, TargetKind
from vault.services._work import Core
from vault.services.search_index import rewrap_search_keys, search_key_versions

__all__ = ["KeyService", "KeyStatus", "MasterKeyView", "RewrapResult"]

DEFAULT_BATCH = 500  # case keys per transaction: short enough that a live server's writers barely wait
_PASSES = 3  # keys a stale writer created under an old version during a pass are caught by the next


@dataclass(frozen=True)
class MasterKeyView:
    version: int
    created: datetime
    active: bool
    case_keys: int  # case keys in the vault's database wrapped by this version


@dataclass(frozen=True)
class KeyStatus:
    versions: list[MasterKeyView]
    # Case keys wrapped by a version the key file does not hold: unreadable until that key file is back.
    missing: dict[int, int] = field(default_factory=dict)

    @property
    def active_version(self) -> int:
        return next(view.version for view in self.versions if view.active)

    @property
    def stale(self) -> int:
        """Case keys still under an older version (a rotation to finish with ``rewrap``)."""
        return sum(view.case_keys for view in self.versions if not view.active)

    @property
    def retirable(self) -> list[int]:
        return [view.version for view in self.versions if not view.active and view.case_keys == 0]


@dataclass(frozen=True)
class RewrapResult:
    active_version: int
    rewrapped: int
    remaining: int  # still under an older version afterwards (written meanwhile): run rewrap again
    unreadable: list[str] = field(default_factory=list)  # case ids whose key failed to open (left as they were)


class KeyService:
    def __init__(self, core: Core) -> None:
        self._core = core

    def status(self, actor: Actor) -> KeyStatus:
        with self._core.work(actor) as work:
            work.authorize(Action.KEYS_STATUS, Target(TargetKind.MASTER_KEY))
            in_use = _versions_in_use(work.session)
        keyring = self._core.keyring.current()
        views = [MasterKeyView(info.version, info.created, info.active, in_use.pop(info.version, 0))
                 for info in keyring.master_keys()]
        return KeyStatus(views, dict(sorted(in_use.items())))

    def rotate(self, actor: Actor, *, batch_size: int = DEFAULT_BATCH) -> RewrapResult:
        """A new master key version, made active, then every case key rewrapped under it."""
        _check_batch(batch_size)
        with self._core.work(actor) as work:
            decision = work.authorize(Action.KEYS_MANAGE, Target(TargetKind.MASTER_KEY))
            previous = self._core.keyring.active_version
            # Written (and fsync'd) before the event commits: if the commit fails, the file has a
            # version nothing uses yet, which is harmless; the reverse order could log a rotation
            # that never happened.
            version = self._core.keyring.add_master_key(clock=self._core.clock.now)
            work.record(AuditAction.ROTATED, Target(TargetKind.MASTER_KEY, str(version)), decision=decision,
                        detail={"previous": previous})
        return self._rewrap(actor, decision, batch_size)

    def rewrap(self, actor: Actor, *, batch_size: int = DEFAULT_BATCH) -> RewrapResult:
        """Finish a rotation: rewrap case keys still under an older master key version."""
        _check_batch(batch_size)
        with self._core.work(actor) as work:
            decision = work.authorize(Action.KEYS_MANAGE, Target(TargetKind.MASTER_KEY))
        return self._rewrap(actor, decision, batch_size)

    def retire(self, actor: Actor) -> list[int]:
        """Remove every master key version but the active one from the key file; refused (and nothing
        removed) while any of them still wraps a case key in the vault's database."""
        with self._core.work(actor) as work:
            decision = work.authorize(Action.KEYS_MANAGE, Target(TargetKind.MASTER_KEY))
            _hold_case_keys(work.session)
            keyring = self._core.keyring.current()
            doomed = [version for version in keyring.versions if version != keyring.active_version]
            if not doomed:
                return []
            in_use = _versions_in_use(work.session)
            blocking = {version: in_use[version] for version in doomed if in_use[version]}
            if blocking:
                counts = ", ".join(f"version {version} still wraps {count} case key(s)" for version, count in blocking.items())
                raise Conflict(f"cannot retire: {counts} in the vault's database (a rotation that did not finish); "
                               f"rewrap them under version {keyring.active_version} first (vault keys rewrap); "
                               f"nothing was retired")
            search = search_key_versions(work.session)
            if any(search[version] for version in doomed):
                raise Conflict(f"cannot retire: the search index key is still wrapped by an older master key version; "
                               f"rewrap it under version {keyring.active_version} first (vault keys rewrap); nothing was retired")
            work.record(AuditAction.RETIRED, Target(TargetKind.MASTER_KEY), decision=decision,
                        detail={"versions": doomed, "active": keyring.active_version})
            # Last, while the case keys are still held: nobody can add one under a doomed version now.
            return self._core.keyring.retire(doomed)

    # -- rewrapping ----------------------------------------------------------------------------

    def _rewrap(self, actor: Actor, decision: Decision, batch_size: int) -> RewrapResult:
        rewrapped = 0
        unreadable: set[str] = set()
        for _ in range(_PASSES):
            pending = [(case_id, wrapped) for case_id, wrapped in self._stale_keys() if case_id not in unreadable]
            if not pending:
                break
            for start in range(0, len(pending), batch_size):
                done, failed = self._rewrap_batch(actor, decision, pending[start : start + batch_size])
                rewrapped += done
                unreadable.update(failed)
        remaining = sum(1 for case_id, _ in self._stale_keys() if case_id not in unreadable)
        self._rewrap_search_keys(actor)
        return RewrapResult(self._core.keyring.active_version, rewrapped, remaining, sorted(unreadable))

    def _rewrap_search_keys(self, actor: Actor) -> None:
        """The case search index's keys are wrapped by the master key too (vault.services.search_index)."""
        with self._core.work(actor) as work:
            rewrap_search_keys(work.session, self._core.keyring)

    def _stale_keys(self) -> list[tuple[str, bytes]]:
        active = self._core.keyring.active_version
        with self._core.database.reading() as session:
            rows = session.execute(select(CaseKeyRow.case_id, CaseKeyRow.wrapped).order_by(CaseKeyRow.case_id))
            return [(case_id, bytes(wrapped)) for case_id, wrapped in rows if Keyring.version_of(wrapped) != active]

    def _rewrap_batch(self, actor: Actor, decision: Decision, batch: Iterable[tuple[str, bytes]]) -> tuple[int, list[str]]:
        """One transaction: each key unwrapped and wrapped again under the active version, swapped in
        only if nobody changed it meanwhile; one ``rewrapped`` event for what changed."""
        live = self._core.keyring
        failed: list[str] = []
        with self._core.work(actor) as work:
            keystore = SqlKeyStore.bound(work.session)
            active = live.active_version
            moved: Counter[int] = Counter()
            for case_id, wrapped in batch:
                try:
                    fresh = live.current().wrap_case_key(case_id, live.unwrap_case_key(case_id, wrapped))
                except StorageError:
                    failed.append(case_id)  # damaged, or under a version the key file lacks: status shows it
                    continue
                if Keyring.version_of(fresh) == active and keystore.replace_case_key(case_id, old=wrapped, new=fresh):
                    moved[Keyring.version_of(wrapped)] += 1
            if moved:
                work.record(AuditAction.REWRAPPED, Target(TargetKind.MASTER_KEY, str(active)), decision=decision,
                            detail={"case_keys": sum(moved.values()), "from": {str(v): n for v, n in sorted(moved.items())}})
        return sum(moved.values()), failed


def _versions_in_use(session: Session) -> Counter[int]:
    return Counter(Keyring.version_of(bytes(wrapped)) for wrapped in session.scalars(select(CaseKeyRow.wrapped)))


def _hold_case_keys(session: Session) -> None:
    """Keep every other writer off the case keys until this transaction ends. SQLite: the first
    statement takes the database's write lock (BEGIN IMMEDIATE). PostgreSQL: a share lock on the
    table, which waits for writers in flight and blocks new inserts and updates (not reads)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE case_keys IN SHARE MODE"))
    else:
        session.execute(select(CaseKeyRow.case_id).limit(1))


def _check_batch(batch_size: int) -> None:
    if batch_size < 1:
        raise InvalidRequest("a batch holds at least one case key")
