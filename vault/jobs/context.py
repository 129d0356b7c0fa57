"""What a job's body gets: who asked, the arguments, and a way to report progress and notice a cancel.

A body is an ordinary service call that takes a :class:`JobContext`; it reports stages and progress
(``stage``, ``advance``), and between steps the context checks whether the job was cancelled, raising
:class:`JobCancelled` so the body stops (and undoes what it began). A body ends by returning a
:class:`JobOutcome`; a :class:`vault.errors.VaultError` it raises is the job's one-line reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vault.policy import Actor

if TYPE_CHECKING:
    from vault.app import Vault

__all__ = ["JobCancelled", "JobContext", "JobOutcome", "JobWaiting", "ProgressSink"]


class JobCancelled(Exception):
    """Internal: the job was cancelled; the body stops at its next step."""


class JobWaiting(Exception):
    """Raised by a body that must wait for other jobs (an export for its parts): the job goes back to
    the queue for ``seconds`` without using up an attempt, and the worker is free meanwhile."""

    def __init__(self, seconds: float = 2.0) -> None:
        super().__init__(f"waiting {seconds} s")
        self.seconds = seconds


@dataclass(frozen=True)
class JobOutcome:
    """``summary``: counts and ids, shown to anyone who may see the job; ``result``: what names a family,
    sealed under the case key (case jobs only)."""

    summary: Mapping[str, Any] = field(default_factory=dict)
    result: Mapping[str, Any] | None = None


# (stage, done, total) -> whether a cancel was asked for. Writes the job's row; called at most every
# MIN_INTERVAL seconds, and at every change of stage.
ProgressSink = Callable[[str | None, int, int | None], bool]


class JobContext:
    MIN_INTERVAL = 0.5

    def __init__(
        self,
        *,
        vault: Vault,
        job_id: str,
        kind: str,
        actor: Actor,
        case_id: str | None,
        arguments: Mapping[str, Any],
        sealed_arguments: Mapping[str, Any],
        attempt: int,
        sink: ProgressSink,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.vault = vault
        self.job_id = job_id
        self.kind = kind
        self.actor = actor
        self.case_id = case_id
        self.arguments = arguments
        self.sealed_arguments = sealed_arguments
        self.attempt = attempt  # 1 on the first run; more after a worker died or a retry
        self._sink = sink
        self._clock = clock
        self._stage: str | None = None
        self._done = 0
        self._total: int | None = None
        self._last = float("-inf")

    def __repr__(self) -> str:
        return f"JobContext({self.kind} {self.job_id}, attempt {self.attempt}, {self._stage} {self._done}/{self._total})"

    def stage(self, name: str, *, total: int | None = None) -> None:
        """A new stage (``total`` steps, if known); written at once, and checked for a cancel."""
        self._stage, self._done, self._total = name, 0, total
        self._report(force=True)

    def advance(self, steps: int = 1) -> None:
        self._done += steps
        self._report(force=False)

    def progress(self, done: int, total: int | None) -> None:
        """Where the stage stands now, for a service that counts its own steps."""
        self._done, self._total = done, total
        self._report(force=False)

    def check(self) -> None:
        """Raise :class:`JobCancelled` if the job was cancelled (at most one database read per interval)."""
        self._report(force=False)

    def _report(self, *, force: bool) -> None:
        now = self._clock()
        if not force and now - self._last < self.MIN_INTERVAL:
            return
        self._last = now
        if self._sink(self._stage, self._done, self._total):
            raise JobCancelled
