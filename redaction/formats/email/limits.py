"""Bounds on one e-mail, so a hostile message cannot grow memory or time without limit."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from redaction.formats.errors import LimitExceededError

__all__ = ["Budget", "EmailLimits"]


@dataclass(frozen=True, slots=True)
class EmailLimits:
    max_bytes: int = 50_000_000  # the message as written
    max_parts: int = 500  # MIME parts, nested messages' included
    max_depth: int = 12  # multipart and message/rfc822 nesting
    max_decoded_bytes: int = 200_000_000  # every decoded payload together
    max_header_bytes: int = 65_536  # one kept header's raw value
    max_headers: int = 2_000  # header fields of one message or part
    max_text_chars: int = 5_000_000  # all text read from the message together

    def __post_init__(self) -> None:
        for name in self.__slots__:  # type: ignore[attr-defined]
            if getattr(self, name) <= 0:
                raise ValueError(f"EmailLimits.{name} must be positive")


class Budget:
    """What one message has used of its limits, and its deadline."""

    def __init__(self, limits: EmailLimits, *, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        self.parts = 0
        self.decoded = 0
        self.chars = 0
        self._clock = clock
        self._seconds = seconds
        self._ends = clock() + seconds

    def part(self, depth: int) -> None:
        self.parts += 1
        if self.parts > self.limits.max_parts:
            raise LimitExceededError(f"the e-mail has more than {self.limits.max_parts} parts", kind="eml")
        if depth > self.limits.max_depth:
            raise LimitExceededError(f"the e-mail nests parts more than {self.limits.max_depth} deep", kind="eml")

    def decode(self, size: int) -> None:
        self.decoded += size
        if self.decoded > self.limits.max_decoded_bytes:
            raise LimitExceededError(f"the e-mail decodes to more than {self.limits.max_decoded_bytes} bytes", kind="eml")

    def text(self, chars: int) -> None:
        self.chars += chars
        if self.chars > self.limits.max_text_chars:
            raise LimitExceededError(f"the e-mail holds more than {self.limits.max_text_chars} characters of text",
                                     kind="eml")

    def left(self) -> float:
        return max(0.0, self._ends - self._clock())

    def check(self, doing: str) -> None:
        if self._clock() > self._ends:
            raise LimitExceededError(f"time limit of {self._seconds:g} s exceeded while {doing}", kind="eml")
