"""Limits on what an image may make us do: hostile files must not grow memory or time without bound."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from redaction.formats.errors import LimitExceededError

__all__ = ["Deadline", "ImageLimits"]


@dataclass(frozen=True, kw_only=True)
class ImageLimits:
    max_bytes: int = 100 * 1024 * 1024
    max_frame_pixels: int = 50_000_000  # a 12 MP phone photo is 12 million; an A3 scan at 600 dpi is 70
    max_total_pixels: int = 250_000_000  # every frame of a multi-page TIFF together
    max_frames: int = 100
    max_seconds: float = 300.0
    max_rounds: int = 3  # verification rounds that may still add boxes before giving up


class Deadline:
    """Raises :class:`LimitExceededError` once ``seconds`` have passed since it was made."""

    def __init__(self, seconds: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._seconds = seconds
        self._end = clock() + seconds

    def check(self, doing: str) -> None:
        if self._clock() > self._end:
            raise LimitExceededError(f"redacting the image took longer than {self._seconds:g} s ({doing})")
