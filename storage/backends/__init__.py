"""Byte stores: one small interface (:class:`ByteStore`) and its backends.

``S3Store`` is imported lazily (it pulls in the minio SDK), so ``import storage`` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from storage.backends.base import ByteStore, ObjectStat, Readable, check_name
from storage.backends.local import LocalStore
from storage.backends.memory import MemoryStore
from storage.backends.s3_settings import S3Settings
from storage.backends.url import open_backend, parse_s3_url

if TYPE_CHECKING:
    from storage.backends.s3 import S3Store

__all__ = [
    "ByteStore",
    "LocalStore",
    "MemoryStore",
    "ObjectStat",
    "Readable",
    "S3Settings",
    "S3Store",
    "check_name",
    "open_backend",
    "parse_s3_url",
]


def __getattr__(name: str) -> Any:
    if name == "S3Store":
        from storage.backends.s3 import S3Store

        return S3Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
