"""Where an export is written: a folder on this machine, or an S3 bucket (``s3://BUCKET[/PREFIX]?...``,
the same URLs as the object store). Every file is written whole or not at all (a temp file renamed into
place; an S3 upload completed), so a file that exists is complete: an export that stopped half way is
resumed by skipping what is there.

Names are flat (``case-1f2e….jsonl``, ``manifest.json``): they say nothing about a family.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from vault.errors import InvalidRequest, StorageUnavailable

__all__ = ["DirectorySink", "ExportSink", "StoreSink", "open_sink"]


class ExportSink(Protocol):
    def exists(self, name: str) -> bool: ...

    def write(self, name: str, data: bytes) -> None: ...

    def write_file(self, name: str, path: Path) -> None:
        """Store a finished local file under ``name`` (large outputs are built on disk, not in memory)."""

    def read(self, name: str) -> bytes: ...

    def names(self) -> Iterator[str]: ...

    def describe(self) -> str: ...


class DirectorySink:
    def __init__(self, root: Path) -> None:
        self.root = root

    def describe(self) -> str:
        return str(self.root)

    def exists(self, name: str) -> bool:
        return (self.root / name).is_file()

    def write(self, name: str, data: bytes) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=self.root, prefix=".part-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, self.root / name)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def write_file(self, name: str, path: Path) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=self.root, prefix=".part-")
        os.close(handle)
        try:
            shutil.copyfile(path, temp)
            with open(temp, "rb+") as out:
                os.fsync(out.fileno())
            os.replace(temp, self.root / name)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def read(self, name: str) -> bytes:
        return (self.root / name).read_bytes()

    def names(self) -> Iterator[str]:
        if self.root.is_dir():
            yield from sorted(p.name for p in self.root.iterdir() if p.is_file() and not p.name.startswith("."))


class StoreSink:
    """An S3 bucket (or any byte store) through the storage layer's backends; nothing is encrypted: an
    export holds nothing of any family by construction, like a publication."""

    def __init__(self, url: str) -> None:
        from storage import StorageError, open_backend

        try:
            self._store = open_backend(url)
        except StorageError as error:
            raise InvalidRequest(f"cannot open {url.partition('?')[0]}: {error}") from None
        self._url = url.partition("?")[0]

    def describe(self) -> str:
        return self._url

    def exists(self, name: str) -> bool:
        from storage import ObjectNotFound

        try:
            self._store.stat(name)
            return True
        except ObjectNotFound:
            return False

    def write(self, name: str, data: bytes) -> None:
        from storage import BackendUnavailable

        try:
            self._store.put(name, io.BytesIO(data), length=len(data))
        except BackendUnavailable as error:
            raise StorageUnavailable(f"the export store is unavailable ({error})") from None

    def write_file(self, name: str, path: Path) -> None:
        from storage import BackendUnavailable

        try:
            with path.open("rb") as source:
                self._store.put(name, source, length=path.stat().st_size)
        except BackendUnavailable as error:
            raise StorageUnavailable(f"the export store is unavailable ({error})") from None

    def read(self, name: str) -> bytes:
        with self._store.open(name) as stream:
            return stream.read()

    def names(self) -> Iterator[str]:
        for stat in self._store.list():
            yield stat.name


def open_sink(destination: str) -> ExportSink:
    """``s3://…`` or ``file:///…`` URLs, or a plain folder path (made if missing)."""
    if destination.startswith("s3://"):
        return StoreSink(destination)
    if destination.startswith("file://"):
        from urllib.parse import unquote, urlparse

        destination = unquote(urlparse(destination).path)
    if not destination:
        raise InvalidRequest("give the export a destination: a folder, or an s3:// URL")
    path = Path(destination)
    if not path.is_absolute():
        raise InvalidRequest(f"an export folder is an absolute path (not {destination!r}): a worker may run elsewhere")
    if path.exists() and not path.is_dir():
        raise InvalidRequest(f"{destination} is not a folder")
    return DirectorySink(path)
