"""What a ZIP holds, from its central directory (what Word and LibreOffice read), without unpacking it.

Reads the end-of-central-directory record (and its ZIP64 form), then the directory's entries: names,
and for an OpenDocument file the ``mimetype`` entry's few bytes. Bounded: at most ``MAX_ENTRIES``
entries and ``MAX_DIRECTORY`` bytes of directory; a damaged or oversized directory says so.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from redaction.formats._ranges import RangeReader

__all__ = ["ZipDirectory", "read_directory"]

EOCD = b"PK\x05\x06"
EOCD64 = b"PK\x06\x06"
LOCATOR64 = b"PK\x06\x07"
CENTRAL = b"PK\x01\x02"
LOCAL = b"PK\x03\x04"
MAX_COMMENT = 0xFFFF
MAX_ENTRIES = 50_000
MAX_DIRECTORY = 16 * 1024 * 1024
MAX_MIMETYPE = 256


@dataclass(frozen=True)
class ZipDirectory:
    names: tuple[str, ...]
    mimetype: str | None  # the OpenDocument ``mimetype`` entry's content, when there is one
    problem: str | None = None  # why the directory could not be read whole


def read_directory(access: RangeReader) -> ZipDirectory:
    tail_length = min(access.size, 22 + MAX_COMMENT)
    (tail,) = access.read_ranges([(access.size - tail_length, tail_length)])
    at = tail.rfind(EOCD)
    if at < 0 or len(tail) - at < 22:
        return ZipDirectory((), None, "no central directory (damaged or cut short)")
    _, disk, _, _, count, size, offset, _ = struct.unpack("<4sHHHHIIH", tail[at : at + 22])
    eocd_offset = access.size - tail_length + at
    if 0xFFFF in (count, disk) or 0xFFFFFFFF in (size, offset):
        zip64 = _zip64(access, eocd_offset)
        if zip64 is None:
            return ZipDirectory((), None, "a damaged ZIP64 directory")
        count, size, offset = zip64
    if count > MAX_ENTRIES or size > MAX_DIRECTORY:
        return ZipDirectory((), None, f"too large a directory to inspect ({count} entries)")
    if offset + size > access.size:
        return ZipDirectory((), None, "the central directory points past the end of the file")
    (directory,) = access.read_ranges([(offset, size)])
    return _entries(access, directory, count)


def _zip64(access: RangeReader, eocd_offset: int) -> tuple[int, int, int] | None:
    (locator,) = access.read_ranges([(eocd_offset - 20, 20)])
    if len(locator) != 20 or locator[:4] != LOCATOR64:
        return None
    (record_offset,) = struct.unpack("<Q", locator[8:16])
    (record,) = access.read_ranges([(record_offset, 56)])
    if len(record) != 56 or record[:4] != EOCD64:
        return None
    count, size, offset = struct.unpack("<QQQ", record[32:56])
    return count, size, offset


def _entries(access: RangeReader, directory: bytes, count: int) -> ZipDirectory:
    names: list[str] = []
    mimetype_at: tuple[int, int, int] | None = None
    position = 0
    for _ in range(count):
        if directory[position : position + 4] != CENTRAL or len(directory) < position + 46:
            return ZipDirectory(tuple(names), None, "a damaged central directory")
        flags, method = struct.unpack("<HH", directory[position + 8 : position + 12])
        compressed, = struct.unpack("<I", directory[position + 20 : position + 24])
        name_length, extra_length, comment_length = struct.unpack("<HHH", directory[position + 28 : position + 34])
        local_offset, = struct.unpack("<I", directory[position + 42 : position + 46])
        raw = directory[position + 46 : position + 46 + name_length]
        name = raw.decode("utf-8" if flags & 0x800 else "cp437", errors="replace")
        names.append(name)
        if name == "mimetype" and compressed <= MAX_MIMETYPE:
            mimetype_at = (local_offset, compressed, method)
        position += 46 + name_length + extra_length + comment_length
    return ZipDirectory(tuple(names), _mimetype(access, mimetype_at) if mimetype_at else None)


def _mimetype(access: RangeReader, where: tuple[int, int, int]) -> str | None:
    offset, compressed, method = where
    (header,) = access.read_ranges([(offset, 30)])
    if len(header) != 30 or header[:4] != LOCAL:
        return None
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    (body,) = access.read_ranges([(offset + 30 + name_length + extra_length, compressed)])
    try:
        data = body if method == 0 else zlib.decompressobj(-15).decompress(body, MAX_MIMETYPE) if method == 8 else b""
        return data.decode("ascii").strip() or None
    except (zlib.error, UnicodeDecodeError):
        return None
