"""The stream names in an OLE2 compound file (the container of Word 97 .doc, Outlook .msg, Excel .xls),
which tell the kinds apart: ``WordDocument`` is a Word document, ``__substg1.0_…`` and
``__properties_version1.0`` are an Outlook message. Reads the header, the allocation table (through
the DIFAT) and the directory chain; bounded and loop-safe, so a hostile file cannot spin.
"""

from __future__ import annotations

import struct

from redaction.formats._ranges import RangeReader

__all__ = ["OLE_MAGIC", "stream_names"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
END_OF_CHAIN = 0xFFFFFFFE
MAX_SECTOR = 0xFFFFFFFA
MAX_DIRECTORY_SECTORS = 4096
MAX_FAT_SECTORS = 32768


class OleError(Exception):
    pass


def stream_names(access: RangeReader) -> tuple[str, ...]:
    """Every directory entry's name; raises ``OleError`` for a damaged file."""
    (header,) = access.read_ranges([(0, 512)])
    if len(header) < 512 or header[:8] != OLE_MAGIC:
        raise OleError("not an OLE2 file")
    shift, = struct.unpack("<H", header[30:32])
    if shift not in (9, 12):
        raise OleError("an impossible sector size")
    size = 1 << shift
    fat_count, first_directory = struct.unpack("<II", header[44:52])
    first_difat, difat_count = struct.unpack("<II", header[68:76])
    if fat_count > MAX_FAT_SECTORS:
        raise OleError("too large an allocation table")
    fat_sectors = [s for s in struct.unpack("<109I", header[76:512]) if s <= MAX_SECTOR]
    sector = first_difat
    for _ in range(min(difat_count, MAX_FAT_SECTORS)):
        if sector > MAX_SECTOR or len(fat_sectors) >= fat_count:
            break
        (block,) = access.read_ranges([((sector + 1) * size, size)])
        entries = struct.unpack(f"<{size // 4}I", block.ljust(size, b"\xff"))
        fat_sectors += [s for s in entries[:-1] if s <= MAX_SECTOR]
        sector = entries[-1]
    fat_sectors = fat_sectors[:fat_count]
    blocks = access.read_ranges([((s + 1) * size, size) for s in fat_sectors])
    fat = b"".join(block.ljust(size, b"\xff") for block in blocks)
    table = struct.unpack(f"<{len(fat) // 4}I", fat)
    chain: list[int] = []
    sector, seen = first_directory, set()
    while sector <= MAX_SECTOR and sector not in seen and len(chain) < MAX_DIRECTORY_SECTORS:
        seen.add(sector)
        chain.append(sector)
        sector = table[sector] if sector < len(table) else END_OF_CHAIN
    if not chain:
        raise OleError("no directory")
    directory = b"".join(access.read_ranges([((s + 1) * size, size) for s in chain]))
    names = []
    for at in range(0, len(directory) - 127, 128):
        entry = directory[at : at + 128]
        length, kind = struct.unpack("<HB", entry[64:67])
        if kind == 0 or not 2 <= length <= 64:
            continue
        names.append(entry[: length - 2].decode("utf-16-le", errors="replace"))
    return tuple(names)
