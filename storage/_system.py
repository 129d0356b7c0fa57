"""The few places that read the outside world: the wall clock (as a default) and directory fsync."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

__all__ = ["Clock", "RandomBytes", "fsync_directory", "utc_now"]

Clock = Callable[[], datetime]
RandomBytes = Callable[[int], bytes]


def utc_now() -> datetime:
    """The default :data:`Clock`; everything that needs time takes a clock parameter instead."""
    return datetime.now(UTC)


def fsync_directory(directory: Path) -> None:
    """Make a rename or unlink in ``directory`` durable."""
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
