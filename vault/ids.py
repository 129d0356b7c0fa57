"""Opaque identifiers: random, carrying nothing about a family, and injectable so tests can fix them."""

from __future__ import annotations

import os
import random
from collections.abc import Callable

__all__ = ["IdSource", "RandomIds", "SeededIds"]

RandomBytes = Callable[[int], bytes]


class IdSource:
    """Makes 128-bit identifiers (32 hex digits) and secret tokens from one source of random bytes."""

    def __init__(self, random_bytes: RandomBytes) -> None:
        self._random_bytes = random_bytes

    def new_id(self) -> str:
        return self._random_bytes(16).hex()

    def token(self) -> str:
        """A bearer secret (256 bits, URL-safe hex)."""
        return self._random_bytes(32).hex()

    def random_bytes(self, n: int) -> bytes:
        return self._random_bytes(n)


class RandomIds(IdSource):
    """The production source: the operating system's CSPRNG."""

    def __init__(self) -> None:
        super().__init__(os.urandom)


class SeededIds(IdSource):
    """Reproducible identifiers for tests and benchmarks; never for tokens that guard real data."""

    def __init__(self, seed: int = 0) -> None:
        rng = random.Random(seed)
        super().__init__(rng.randbytes)
