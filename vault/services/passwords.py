"""Argon2id password hashes (argon2-cffi), with the cost taken from the settings.

Each hash takes ``argon2_memory_kib`` of memory (64 MiB by default) and a core for a moment, so how
many run at once is bounded (:class:`HashingGate`): one per core, a short queue behind them, and
everyone past that is told at once to try again (503) instead of piling up threads and memory.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from vault.errors import InvalidRequest, ServiceBusy
from vault.settings import Rules

__all__ = ["MAX_PASSWORD_LENGTH", "MIN_PASSWORD_LENGTH", "HashingGate", "Passwords"]

MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 1024  # a passphrase, not a document: Argon2 reads all of it


class HashingGate:
    """At most ``slots`` hashes at once in this process (by default as many as the cores can run side by
    side, each hash using ``threads_per_hash`` of them); ``queue`` more may wait up to ``wait`` seconds."""

    def __init__(self, *, slots: int | None = None, queue: int | None = None, wait: float = 10.0, threads_per_hash: int = 1) -> None:
        self.slots = slots or max(1, len(os.sched_getaffinity(0)) // max(1, threads_per_hash))
        self.queue = self.slots * 2 if queue is None else queue
        self._wait = wait
        self._running = threading.BoundedSemaphore(self.slots)
        self._lock = threading.Lock()
        self._inside = 0  # hashing or waiting

    @contextmanager
    def slot(self) -> Iterator[None]:
        with self._lock:
            if self._inside >= self.slots + self.queue:
                raise ServiceBusy("the server is busy checking other sign-ins: try again in a moment")
            self._inside += 1
        try:
            if not self._running.acquire(timeout=self._wait):
                raise ServiceBusy("the server is busy checking other sign-ins: try again in a moment")
            try:
                yield
            finally:
                self._running.release()
        finally:
            with self._lock:
                self._inside -= 1


class Passwords:
    def __init__(self, rules: Rules, *, gate: HashingGate | None = None) -> None:
        self._hasher = PasswordHasher(
            time_cost=rules.argon2_time_cost, memory_cost=rules.argon2_memory_kib, parallelism=rules.argon2_parallelism
        )
        self.gate = gate or HashingGate(threads_per_hash=rules.argon2_parallelism)
        # Verified against when the username is unknown, so timing does not say which names exist.
        self._decoy = self._hasher.hash("decoy password that matches nothing")

    def __repr__(self) -> str:
        return "Passwords(argon2id)"

    def hash(self, password: str) -> str:
        check_new_password(password)
        with self.gate.slot():
            return self._hasher.hash(password)

    def verify(self, stored: str | None, password: str) -> bool:
        if len(password) > MAX_PASSWORD_LENGTH:
            return False
        usable = stored if stored and stored.startswith("$argon2") else None
        with self.gate.slot():
            try:
                return self._hasher.verify(usable or self._decoy, password) and usable is not None
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                return False

    def needs_rehash(self, stored: str) -> bool:
        return self._hasher.check_needs_rehash(stored)


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidRequest(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InvalidRequest(f"a password has at most {MAX_PASSWORD_LENGTH} characters")
