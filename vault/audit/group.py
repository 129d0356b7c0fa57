"""Group commit for the events of reads: many requests' events appended in one transaction.

A read (a document downloaded, a note opened, a list shown) changes nothing but the audit log, yet its
event must be durable before the content is released, and a durable commit costs a flush to disk
(SQLite ``synchronous=FULL``: one fsync; PostgreSQL: one WAL flush). Requests that arrive while one
commit is being written wait for it to finish, then the first of them commits all their events
together: one flush for the whole group. Each caller returns only once its own events are committed,
or raises the error that stopped them (so nothing is released without its event).

The chain is unchanged: events are appended one after another under the head row's lock, in the
order the group committed them.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from vault.audit.events import AuditAction
from vault.audit.log import append_event
from vault.db.engine import Database
from vault.policy import Actor, Target

__all__ = ["GroupCommitter", "PendingEvent"]


@dataclass(frozen=True)
class PendingEvent:
    """The arguments of one :func:`append_event`, kept until the event is written."""

    at: datetime
    actor: Actor
    action: AuditAction
    operation: str
    target: Target
    override_id: str | None = None
    detail: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class _Ticket:
    events: Sequence[PendingEvent]
    done: bool = False
    error: BaseException | None = None


class GroupCommitter:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._queue: list[_Ticket] = []
        self._queue_lock = threading.Lock()
        self._commit_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"GroupCommitter({self._database!r})"

    def append(self, events: Sequence[PendingEvent]) -> None:
        """Append ``events`` (in order) and return once they are committed."""
        if not events:
            return
        ticket = _Ticket(events)
        with self._queue_lock:
            self._queue.append(ticket)
        with self._commit_lock:
            if not ticket.done:  # nobody committed it while we waited: commit everything queued
                with self._queue_lock:
                    group, self._queue = self._queue, []
                self._commit(group)
        if ticket.error is not None:
            raise ticket.error

    def _commit(self, group: list[_Ticket]) -> None:
        try:
            with self._database.transaction() as session:
                for ticket in group:
                    for event in ticket.events:
                        append_event(session, at=event.at, actor=event.actor, action=event.action,
                                     operation=event.operation, target=event.target,
                                     override_id=event.override_id, detail=event.detail)
        except BaseException as error:
            for ticket in group:
                ticket.error = error
            raise
        finally:
            for ticket in group:
                ticket.done = True
