"""The one interface every byte store implements, and the rules for object names.

A byte store keeps opaque bytes under opaque names, with a few string tags each. It knows nothing about
encryption, cases or people: :class:`storage.EncryptedStore` gives it ciphertext and keyed-hash names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO, Protocol, runtime_checkable

from storage._exceptions import InvalidArgument

__all__ = ["ByteStore", "ObjectStat", "Readable", "check_name"]

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")
_RESERVED_SUFFIX = ".tags"  # LocalStore keeps tags in a sidecar with this suffix


class Readable(Protocol):
    """Anything with ``read(size)``: an open file, a socket file, an :class:`io.BytesIO`, a reader."""

    def read(self, size: int = -1, /) -> bytes: ...


@dataclass(frozen=True)
class ObjectStat:
    name: str
    size: int
    modified: datetime


@runtime_checkable
class ByteStore(Protocol):
    """Opaque bytes under opaque names, with string tags.

    ``put`` is all or nothing: a reader never sees a partly written object under its name (a local temp
    file renamed into place; an S3 multipart upload completed, or aborted on failure). ``delete`` removes
    every version the store keeps. Errors: :class:`ObjectNotFound` for a missing name,
    :class:`BackendUnavailable` when the store cannot be reached, :class:`BackendError` otherwise; errors
    raised by the input stream itself propagate unchanged.
    """

    def put(self, name: str, stream: Readable, *, length: int | None = None,
            tags: Mapping[str, str] | None = None) -> None:
        """Store everything ``stream`` yields (``length`` bytes, if known) under ``name``, with ``tags``."""

    def open(self, name: str) -> BinaryIO:
        """A readable stream of the object; close it (or use ``with``)."""

    def stat(self, name: str) -> ObjectStat:
        """Size and modification time."""

    def get_tags(self, name: str) -> dict[str, str]:
        """The object's tags."""

    def set_tags(self, name: str, tags: Mapping[str, str]) -> None:
        """Replace the object's tags."""

    def delete(self, name: str) -> None:
        """Remove the object and every version of it; a missing name is not an error."""

    def list(self, prefix: str = "") -> Iterator[ObjectStat]:
        """Objects whose names start with ``prefix``, in name order."""

    def sweep_incomplete(self, *, started_before: datetime) -> int:
        """Discard writes that never finished (a crash, a server gone mid-upload) and began before the
        given time; returns how many. Younger ones may still be in progress and are left alone."""


def check_name(name: str) -> str:
    """Names are 1-200 characters of ``A-Z a-z 0-9 . _ -``, starting with a letter or digit."""
    if not isinstance(name, str) or not _NAME.fullmatch(name) or name.endswith(_RESERVED_SUFFIX):
        raise InvalidArgument(f"invalid object name {name!r}")
    return name
