"""Reading a zip package (docx, odt) within limits, and writing the rebuilt one.

Every entry is checked before any is read: count, declared sizes, compression ratio, duplicate or
escaping names, per-entry encryption. Reads stop at the declared size, so an entry that lies about
its size cannot inflate past it (zipfile also checks the CRC at the end). An OLE compound file in
place of a zip is either an encrypted OOXML document (refused: it needs its password removed
first) or a legacy binary file (refused here: it goes through LibreOffice as .doc).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable

from redaction.formats.errors import LimitExceededError, MalformedFileError, UnsupportedFormatError
from redaction.formats.office.limits import RATIO_FLOOR, OfficeLimits

__all__ = ["OLE_MAGIC", "Package", "write_package"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_CHUNK = 1 << 20
# A fixed timestamp: the output carries no trace of when (or on what clock) it was made.
_EPOCH = (1980, 1, 1, 0, 0, 0)


class Package:
    """The entries of a zip package, checked against ``limits``; parts are read on demand."""

    def __init__(self, data: bytes, *, limits: OfficeLimits, what: str) -> None:
        self._what = what
        self._limits = limits
        if len(data) > limits.max_input_bytes:
            raise LimitExceededError(f"the {what} is larger than {limits.max_input_bytes} bytes")
        if data.startswith(OLE_MAGIC):
            if _ENCRYPTED_STREAM in data:
                raise UnsupportedFormatError(f"the {what} is password-protected (encrypted): remove the password "
                                             "in Word or LibreOffice and upload it again")
            raise UnsupportedFormatError(f"this is not a {what} but an older binary Office file (.doc): "
                                         "redact it as .doc")
        if not data.startswith(b"PK"):
            raise MalformedFileError(f"the {what} is not a zip package (damaged or another type of file)")
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
            raise MalformedFileError(f"the {what} is damaged: its zip directory cannot be read ({error})") from error
        self._infos = {info.filename: info for info in self._check(infos)}
        self._read_total = 0

    def _check(self, infos: list[zipfile.ZipInfo]) -> list[zipfile.ZipInfo]:
        limits = self._limits
        if len(infos) > limits.max_entries:
            raise LimitExceededError(f"the {self._what} has {len(infos)} zip entries (limit {limits.max_entries})")
        folded: set[str] = set()  # OPC part names are case-insensitive
        total = 0
        for info in infos:
            name = info.filename
            if name.casefold() in folded:
                raise MalformedFileError(f"the {self._what} has two entries named {name!r}: two readers could "
                                         "see different documents")
            folded.add(name.casefold())
            if name.startswith("/") or "\\" in name or any(p in ("..", ".") for p in name.split("/")):
                raise MalformedFileError(f"the {self._what} has an entry with an unsafe name")
            if info.flag_bits & 0x1:
                raise UnsupportedFormatError(f"the {self._what} has encrypted zip entries: remove the password first")
            if info.file_size > limits.max_part_bytes:
                raise LimitExceededError(f"a part of the {self._what} unpacks to {info.file_size} bytes "
                                         f"(limit {limits.max_part_bytes})")
            if info.file_size > RATIO_FLOOR and info.file_size > limits.max_ratio * max(info.compress_size, 1):
                raise LimitExceededError(f"a part of the {self._what} is compressed more than "
                                         f"{limits.max_ratio:g} to 1 (a zip bomb?)")
            total += info.file_size
        if total > limits.max_total_bytes:
            raise LimitExceededError(f"the {self._what} unpacks to {total} bytes (limit {limits.max_total_bytes})")
        return infos

    @property
    def names(self) -> list[str]:
        return list(self._infos)

    def has(self, name: str) -> bool:
        return name in self._infos

    def read(self, name: str) -> bytes:
        """One entry's bytes, never more than its declared size (and the limits)."""
        info = self._infos.get(name)
        if info is None:
            raise MalformedFileError(f"the {self._what} refers to a part {name!r} it does not contain")
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as stream:
                while True:
                    chunk = stream.read(_CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > info.file_size:
                        raise MalformedFileError(f"a part of the {self._what} is longer than its zip entry says")
                    chunks.append(chunk)
        except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError) as error:
            # zlib errors, CRC mismatches, unsupported compression methods all land here
            raise MalformedFileError(f"a part of the {self._what} cannot be unpacked ({type(error).__name__}: "
                                     f"{str(error)[:120]})") from error
        self._read_total += size
        if self._read_total > self._limits.max_total_bytes:
            raise LimitExceededError(f"the {self._what} unpacks to more than {self._limits.max_total_bytes} bytes")
        return b"".join(chunks)


def write_package(parts: Iterable[tuple[str, bytes]], *, stored_first: str | None = None) -> bytes:
    """A fresh zip of ``parts`` in order (deflated, fixed timestamps, no comments or extra fields);
    ``stored_first`` names an entry written first and uncompressed (ODF's ``mimetype``)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()
