"""The stored object format: a versioned header, then AES-256-GCM chunks in the STREAM construction.

::

    header  = b"SVLT" | version (1 byte) | chunk size (u32, big-endian) | salt (16 bytes)      25 bytes
    chunk i = AES-256-GCM(payload key, nonce = i (11 bytes) | final (1 byte), plaintext_i, aad) + 16-byte tag
    aad     = header | len(object id) (u16) | object id (UTF-8)

Every chunk but the last holds exactly ``chunk size`` bytes of plaintext; the last holds 0..chunk size
(0 only for an empty object, which is one empty final chunk). The payload key is HKDF(data key, salt),
so even a data key used twice by mistake never repeats a (key, nonce) pair.

Both directions are readable streams with bounded memory (about two chunks), so a 1 GiB file never sits
in memory: :class:`EncryptingReader` turns plaintext into ciphertext as a backend reads it, and
:class:`DecryptingReader` hands out plaintext only after each chunk authenticates. The reader learns
which chunk is final by looking one byte ahead, so truncation at a chunk boundary, extra trailing bytes,
reordered, repeated or dropped chunks all fail to authenticate, and the stream never reports a clean end
of file for an object that is not whole.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Iterator
from typing import BinaryIO, Protocol

from storage._crypto import TAG_BYTES, ChunkCipher, derive_key
from storage._exceptions import IntegrityError, SourceError

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "HEADER_SIZE",
    "MAX_CHUNK_SIZE",
    "DecryptingReader",
    "EncryptingReader",
    "ciphertext_length",
]

MAGIC = b"SVLT"
FORMAT_VERSION = 1
_HEADER = struct.Struct(">4sBI16s")
HEADER_SIZE = _HEADER.size
SALT_BYTES = 16
# Measured: encrypting or decrypting 1 GiB in memory costs 0.1-0.4 s of CPU at any chunk size from 64 KiB
# to 1 MiB (disk and network dominate; see benchmarks/bench_storage_local.py --chunk-kib 64,256,1024), so
# 256 KiB: tags add 0.006 %, and a reader or writer holds about 1 MiB of buffers.
DEFAULT_CHUNK_SIZE = 256 * 1024
# A reader refuses larger chunks before reading them, so a forged header cannot make it buffer gigabytes.
MAX_CHUNK_SIZE = 4 * 1024 * 1024
_PAYLOAD_INFO = b"send-vault stream v1 payload key"


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def ciphertext_length(plaintext_length: int, chunk_size: int) -> int:
    """Exact stored size of a plaintext of this length (lets S3 uploads declare their length)."""
    chunks = max(1, -(-plaintext_length // chunk_size))
    return HEADER_SIZE + plaintext_length + chunks * TAG_BYTES


def _associated_data(header: bytes, object_id: str) -> bytes:
    encoded = object_id.encode("utf-8")
    return header + len(encoded).to_bytes(2, "big") + encoded


def _readinto_full(source: Readable, buffer: memoryview) -> int:
    """Fill ``buffer`` from ``source``, short only at end of file; returns the bytes read."""
    readinto = getattr(source, "readinto", None)
    if readinto is None:
        block = _read_full(source, len(buffer))
        buffer[:len(block)] = block
        return len(block)
    filled = 0
    while filled < len(buffer):
        count = readinto(buffer[filled:])
        if not count:
            break
        filled += count
    return filled


def _read_full(source: Readable, size: int) -> bytes:
    """Read up to ``size`` bytes, fewer only at end of file (pipes and sockets return short reads)."""
    first = source.read(size)
    if first is None or len(first) == size or not first:
        return first or b""
    parts = [first]
    missing = size - len(first)
    while missing:
        more = source.read(missing)
        if not more:
            break
        parts.append(more)
        missing -= len(more)
    return b"".join(parts)


class _ChunkedRawReader(io.RawIOBase):
    """A raw readable stream served from a generator of byte blocks, one block buffered at a time.

    A block may be a view of a buffer the generator reuses: it is valid until the next block is asked for,
    so everything here copies a block out before moving on.
    """

    def __init__(self) -> None:
        super().__init__()
        self._blocks: Iterator[bytes | memoryview] | None = None
        self._pending = memoryview(b"")

    def _generate(self) -> Iterator[bytes | memoryview]:  # pragma: no cover - overridden
        raise NotImplementedError

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._blocks is None:
            self._blocks = self._generate()
        while not self._pending:
            block = next(self._blocks, None)
            if block is None:
                return 0
            self._pending = memoryview(block)
        count = min(len(buffer), len(self._pending))
        buffer[:count] = self._pending[:count]
        self._pending = self._pending[count:]
        return count

    def read(self, size: int | None = -1, /) -> bytes:
        """Exactly ``size`` bytes unless at end of file, in one join (callers such as the minio SDK
        concatenate short reads with ``+=``, which is quadratic for a 16 MiB part)."""
        if size is None or size < 0:
            return b"".join(bytes(block) for block in self.blocks())
        parts: list[bytes] = []
        missing = size
        if self._blocks is None:
            self._blocks = self._generate()
        while missing:
            if not self._pending:
                block = next(self._blocks, None)
                if block is None:
                    break
                self._pending = memoryview(block)
            taken = self._pending[:missing]
            parts.append(bytes(taken))
            self._pending = self._pending[len(taken):]
            missing -= len(taken)
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def blocks(self) -> Iterator[bytes | memoryview]:
        """The output in natural blocks (whole chunks), without copying through ``readinto``. Each block
        is valid only until the next is taken: write it out (or copy it) before iterating on."""
        if self._pending:
            yield bytes(self._pending)
            self._pending = memoryview(b"")
        if self._blocks is None:
            self._blocks = self._generate()
        yield from self._blocks


class EncryptingReader(_ChunkedRawReader):
    """Ciphertext of ``source``, produced as it is read.

    With ``expected_length`` the source must yield exactly that many bytes (a file that grows or shrinks
    while being stored raises :class:`SourceError` rather than storing something else).
    """

    def __init__(
        self,
        source: Readable,
        *,
        data_key: bytes,
        object_id: str,
        salt: bytes,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        expected_length: int | None = None,
    ) -> None:
        super().__init__()
        if not 0 < chunk_size <= MAX_CHUNK_SIZE:
            raise ValueError(f"chunk size must be 1..{MAX_CHUNK_SIZE} bytes")
        if len(salt) != SALT_BYTES:
            raise ValueError("salt must be 16 bytes")
        self._source = source
        self._chunk_size = chunk_size
        self._expected = expected_length
        self._header = _HEADER.pack(MAGIC, FORMAT_VERSION, chunk_size, salt)
        payload_key = derive_key(data_key, salt=salt, info=_PAYLOAD_INFO)
        self._cipher = ChunkCipher(payload_key, aad=_associated_data(self._header, object_id))
        self.plaintext_length = 0

    def _read_plaintext(self, buffer: memoryview) -> int:
        try:
            count = _readinto_full(self._source, buffer)
        except OSError as error:
            raise SourceError(f"reading the input failed: {error}") from error
        self.plaintext_length += count
        if self._expected is not None and self.plaintext_length > self._expected:
            raise SourceError("the input grew while it was being stored; nothing was kept")
        return count

    def _generate(self) -> Iterator[bytes | memoryview]:
        yield self._header
        size = self._chunk_size
        # Reused buffers (see ChunkCipher.open_into): the current chunk, the one read ahead to learn
        # whether the current one is final, and the sealed output.
        current, following = memoryview(bytearray(size)), memoryview(bytearray(size))
        sealed = bytearray(size + 2 * TAG_BYTES)
        sealed_view = memoryview(sealed)
        count = self._read_plaintext(current)
        index = 0
        while True:
            next_count = self._read_plaintext(following) if count == size else 0
            final = next_count == 0
            if final and self._expected is not None and self.plaintext_length != self._expected:
                raise SourceError("the input shrank while it was being stored; nothing was kept")
            yield sealed_view[:self._cipher.seal_into(index, current[:count], sealed, final=final)]
            if final:
                return
            index += 1
            current, following, count = following, current, next_count


class DecryptingReader(_ChunkedRawReader):
    """Plaintext of a stored object, released one authenticated chunk at a time.

    Any corruption raises :class:`IntegrityError` from ``read``; end of file (``b""``) is reported only
    after the final chunk has authenticated. Errors from the underlying stream (e.g. the server going
    away) propagate unchanged: they mean "could not read", not "corrupted".
    """

    def __init__(self, source: BinaryIO | Readable, *, data_key: bytes, object_id: str) -> None:
        super().__init__()
        self._source = source
        self._data_key = data_key
        self._object_id = object_id

    def _open_header(self) -> tuple[ChunkCipher, int]:
        header = _read_full(self._source, HEADER_SIZE)
        if len(header) != HEADER_SIZE:
            raise IntegrityError("stored object failed its integrity check (too short to have a header)")
        magic, version, chunk_size, salt = _HEADER.unpack(header)
        if magic != MAGIC or version != FORMAT_VERSION or not 0 < chunk_size <= MAX_CHUNK_SIZE:
            raise IntegrityError("stored object failed its integrity check (unknown or damaged header)")
        payload_key = derive_key(self._data_key, salt=salt, info=_PAYLOAD_INFO)
        return ChunkCipher(payload_key, aad=_associated_data(header, self._object_id)), chunk_size

    def _generate(self) -> Iterator[memoryview]:  # type: ignore[override]
        cipher, chunk_size = self._open_header()
        sealed_size = chunk_size + TAG_BYTES
        # Two buffers reused for every chunk (see ChunkCipher.open_into); the sealed buffer has one spare
        # byte for the look-ahead that tells whether this chunk is the final one.
        sealed = bytearray(sealed_size + 1)
        plaintext = bytearray(chunk_size + TAG_BYTES)
        sealed_view, plaintext_view = memoryview(sealed), memoryview(plaintext)
        carried = 0
        index = 0
        while True:
            filled = carried + _readinto_full(self._source, sealed_view[carried:])
            final = filled <= sealed_size
            size = cipher.open_into(index, sealed_view[:min(filled, sealed_size)], plaintext, final=final)
            yield plaintext_view[:size]
            if final:
                return
            sealed[0] = sealed[sealed_size]
            carried = 1
            index += 1
