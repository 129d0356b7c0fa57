"""The embedded default byte store: a directory on the local filesystem.

Layout: ``ROOT/objects/<first two characters of the name>/<name>`` for the bytes and ``<name>.tags`` (JSON)
beside it for the tags. Every write is atomic and durable: a temp file (``.tmp-*``) in the same
directory, written, fsync'd, renamed into place, then the directory fsync'd; a crash leaves either the
old state or the new one, plus at most a temp file that :meth:`LocalStore.sweep_incomplete` clears.
Tags are written before the bytes, so an object is never visible without its tags. Directories are
created mode 0700 and files 0600.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from storage._exceptions import BackendError, ObjectNotFound
from storage._system import fsync_directory
from storage.backends.base import ObjectStat, Readable, check_name

__all__ = ["LocalStore"]

_COPY_BLOCK = 1024 * 1024
_TAGS_SUFFIX = ".tags"
_TEMP_PREFIX = ".tmp-"


class LocalStore:
    """A :class:`~storage.backends.base.ByteStore` in a directory (created if missing)."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self._objects = self.root / "objects"
        try:
            self._objects.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            raise BackendError(f"cannot use {self.root} as a store: {error.strerror}") from None

    def __repr__(self) -> str:
        return f"LocalStore({str(self.root)!r})"

    def _path(self, name: str) -> Path:
        check_name(name)
        return self._objects / name[:2] / name

    # -- writing -------------------------------------------------------------------------------

    def put(self, name: str, stream: Readable, *, length: int | None = None,
            tags: Mapping[str, str] | None = None) -> None:
        path = self._path(name)
        _ensure_directory(path.parent)
        temporary = self._write_temporary(path.parent, _blocks(stream))
        try:
            if length is not None and (written := temporary.stat().st_size) != length:
                raise ValueError(f"stream yielded {written} bytes, not the declared {length}")
            self._replace_file(_tags_path(path), _encode_tags(tags or {}), sync_directory=False)
            _rename(temporary, path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise

    def set_tags(self, name: str, tags: Mapping[str, str]) -> None:
        path = self._path(name)
        if not path.exists():
            raise ObjectNotFound(f"no object named {name}")
        self._replace_file(_tags_path(path), _encode_tags(tags), sync_directory=True)

    def delete(self, name: str) -> None:
        path = self._path(name)
        try:
            path.unlink(missing_ok=True)
            _tags_path(path).unlink(missing_ok=True)
        except OSError as error:
            raise BackendError(f"cannot delete {name}: {error.strerror}") from None
        if path.parent.exists():
            fsync_directory(path.parent)

    def _replace_file(self, path: Path, data: bytes, *, sync_directory: bool) -> None:
        temporary = self._write_temporary(path.parent, iter((data,)))
        try:
            if sync_directory:
                _rename(temporary, path)
            else:
                os.replace(temporary, path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise

    def _write_temporary(self, directory: Path, blocks: Iterator[bytes | memoryview]) -> Path:
        """Write ``blocks`` to a new private temp file in ``directory`` and fsync it."""
        temporary = directory / f"{_TEMP_PREFIX}{secrets.token_hex(8)}"
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        except OSError as error:
            raise BackendError(f"cannot write to {directory}: {error.strerror}") from None
        try:
            with os.fdopen(fd, "wb", buffering=0) as handle:
                for block in blocks:  # an error from the input stream propagates as it is
                    _write_all(handle, block)
                _sync(handle)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        return temporary

    def sweep_incomplete(self, *, started_before: datetime) -> int:
        """Remove temp files left by crashed writes; returns how many were removed."""
        cutoff = started_before.timestamp()
        removed = 0
        for temporary in self._objects.glob(f"*/{_TEMP_PREFIX}*"):
            with contextlib.suppress(FileNotFoundError):
                if temporary.stat().st_mtime < cutoff:
                    temporary.unlink()
                    removed += 1
        return removed

    # -- reading -------------------------------------------------------------------------------

    def open(self, name: str) -> BinaryIO:
        path = self._path(name)
        try:
            return open(path, "rb")
        except FileNotFoundError:
            raise ObjectNotFound(f"no object named {name}") from None
        except OSError as error:
            raise BackendError(f"cannot read {name}: {error.strerror}") from None

    def stat(self, name: str) -> ObjectStat:
        path = self._path(name)
        try:
            info = path.stat()
        except FileNotFoundError:
            raise ObjectNotFound(f"no object named {name}") from None
        return ObjectStat(name, info.st_size, datetime.fromtimestamp(info.st_mtime, UTC))

    def get_tags(self, name: str) -> dict[str, str]:
        path = self._path(name)
        if not path.exists():
            raise ObjectNotFound(f"no object named {name}")
        try:
            tags = json.loads(_tags_path(path).read_bytes())
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            raise BackendError(f"tags of {name} are unreadable: {error}") from None
        if not isinstance(tags, dict) or not all(isinstance(v, str) for v in tags.values()):
            raise BackendError(f"tags of {name} are malformed")
        return tags

    def list(self, prefix: str = "") -> Iterator[ObjectStat]:
        if len(prefix) >= 2:
            directories = [self._objects / prefix[:2]]
        else:
            directories = sorted(d for d in self._objects.iterdir() if d.is_dir() and d.name.startswith(prefix))
        for directory in directories:
            try:
                entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
            except FileNotFoundError:
                continue
            for entry in entries:
                if _is_object(entry.name) and entry.name.startswith(prefix):
                    with contextlib.suppress(FileNotFoundError):
                        info = entry.stat()
                        yield ObjectStat(entry.name, info.st_size, datetime.fromtimestamp(info.st_mtime, UTC))


def _is_object(filename: str) -> bool:
    return not filename.startswith(".") and not filename.endswith(_TAGS_SUFFIX)


def _tags_path(path: Path) -> Path:
    return path.with_name(path.name + _TAGS_SUFFIX)


def _encode_tags(tags: Mapping[str, str]) -> bytes:
    return json.dumps(dict(tags), sort_keys=True).encode("utf-8")


def _blocks(stream: Readable) -> Iterator[bytes | memoryview]:
    """The stream in blocks of up to 1 MiB, through one reused buffer when it supports ``readinto``."""
    readinto = getattr(stream, "readinto", None)
    if readinto is None:
        while block := stream.read(_COPY_BLOCK):
            yield block
        return
    buffer = memoryview(bytearray(_COPY_BLOCK))
    while count := readinto(buffer):
        yield buffer[:count]


def _write_all(handle: BinaryIO, block: bytes | memoryview) -> None:
    view = memoryview(block)
    try:
        while view:
            written = handle.write(view)
            view = view[written:]
    except OSError as error:
        raise BackendError(f"writing to the local store failed: {error.strerror or error}") from None


def _sync(handle: BinaryIO) -> None:
    try:
        os.fsync(handle.fileno())
    except OSError as error:
        raise BackendError(f"flushing to disk failed: {error.strerror}") from None


def _rename(temporary: Path, path: Path) -> None:
    os.replace(temporary, path)
    fsync_directory(path.parent)


def _ensure_directory(directory: Path) -> None:
    if directory.is_dir():
        return
    try:
        directory.mkdir(mode=0o700, exist_ok=True)
    except OSError as error:
        if error.errno != errno.EEXIST:
            raise BackendError(f"cannot create {directory}: {error.strerror}") from None
    fsync_directory(directory.parent)
