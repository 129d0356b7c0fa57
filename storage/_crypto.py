"""The only module that touches ``cryptography.hazmat``: AES-256-GCM, HKDF-SHA256 and HMAC-SHA256.

Everything above this module speaks in "seal", "open", "wrap", "unwrap" and "keyed hash"; every failure
to open becomes the one bare :class:`IntegrityError`.
"""

from __future__ import annotations

import hashlib
import hmac

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage._exceptions import IntegrityError

__all__ = [
    "KEY_BYTES",
    "NONCE_BYTES",
    "TAG_BYTES",
    "ChunkCipher",
    "derive_key",
    "keyed_hash",
    "unwrap_key",
    "wrap_key",
]

KEY_BYTES = 32  # AES-256
NONCE_BYTES = 12  # GCM's native nonce size
TAG_BYTES = 16
_COUNTER_BYTES = NONCE_BYTES - 1  # STREAM: 11-byte chunk counter, then a 1-byte final flag


def derive_key(secret: bytes, *, salt: bytes, info: bytes) -> bytes:
    """HKDF-SHA256: a fresh 32-byte key for one purpose (``info``) from a secret."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(secret)


def keyed_hash(secret: bytes, message: bytes) -> bytes:
    """HMAC-SHA256 of ``message`` under ``secret``."""
    return hmac.new(secret, message, hashlib.sha256).digest()


def wrap_key(kek: bytes, key: bytes, *, context: bytes, nonce: bytes) -> bytes:
    """Encrypt ``key`` under the key-encryption key ``kek``, bound to ``context``: ``nonce || ct || tag``.

    The context names what the key is for (e.g. which case), so a wrapped key copied onto another row
    fails to unwrap instead of silently opening someone else's object.
    """
    if len(nonce) != NONCE_BYTES:
        raise ValueError("wrap nonce must be 12 bytes")
    return nonce + AESGCM(kek).encrypt(nonce, key, context)


def unwrap_key(kek: bytes, blob: bytes, *, context: bytes) -> bytes:
    """Inverse of :func:`wrap_key`; raises :class:`IntegrityError` for a wrong key, context or blob."""
    if len(blob) != NONCE_BYTES + KEY_BYTES + TAG_BYTES:
        raise IntegrityError("wrapped key failed its integrity check (wrong length)")
    try:
        return AESGCM(kek).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], context)
    except InvalidTag:
        raise IntegrityError("wrapped key failed its integrity check "
                             "(not this key file's, or the key store was tampered with)") from None


class ChunkCipher:
    """AES-256-GCM over one object's chunks, with STREAM nonces: ``counter (11 bytes) || final flag``.

    The counter and final flag live in the nonce, which GCM authenticates, so a chunk decrypts only at
    its own position and only with its own final/not-final status; ``aad`` (the object's header and
    id) is the same for every chunk of the object, so a chunk of another object fails too.
    """

    __slots__ = ("_aad", "_aead", "_key")

    def __init__(self, key: bytes, *, aad: bytes) -> None:
        self._aead = AESGCM(key)
        self._aad = aad
        self._key = key

    @staticmethod
    def nonce(index: int, *, final: bool) -> bytes:
        return index.to_bytes(_COUNTER_BYTES, "big") + (b"\x01" if final else b"\x00")

    def seal(self, index: int, plaintext: bytes, *, final: bool) -> bytes:
        return self._aead.encrypt(self.nonce(index, final=final), plaintext, self._aad)

    def seal_into(self, index: int, plaintext: memoryview, out: bytearray, *, final: bool) -> int:
        """:meth:`seal` into a reused buffer (``len(plaintext) + 31`` bytes); returns the sealed length."""
        encryptor = Cipher(algorithms.AES(self._key), modes.GCM(self.nonce(index, final=final))).encryptor()
        encryptor.authenticate_additional_data(self._aad)
        size = encryptor.update_into(plaintext, out)
        encryptor.finalize()
        out[size:size + TAG_BYTES] = encryptor.tag
        return size + TAG_BYTES

    def open(self, index: int, ciphertext: bytes, *, final: bool) -> bytes:
        try:
            return self._aead.decrypt(self.nonce(index, final=final), ciphertext, self._aad)
        except InvalidTag:
            raise IntegrityError() from None

    def open_into(self, index: int, sealed: memoryview, out: bytearray, *, final: bool) -> int:
        """Decrypt ``sealed`` (ciphertext || tag) into ``out``; returns the plaintext length.

        Same result as :meth:`open`, but into a buffer the caller reuses: a gigabyte read as fresh
        256 KiB objects makes the allocator grow and trim its heap for every chunk, which measurably slows
        reads. ``out`` must hold ``len(sealed) - 16 + 15`` bytes; it holds unverified bytes if this raises.
        """
        if len(sealed) < TAG_BYTES:
            raise IntegrityError()
        body, tag = sealed[:-TAG_BYTES], bytes(sealed[-TAG_BYTES:])
        decryptor = Cipher(algorithms.AES(self._key), modes.GCM(self.nonce(index, final=final), tag)).decryptor()
        decryptor.authenticate_additional_data(self._aad)
        size = decryptor.update_into(body, out)
        try:
            decryptor.finalize()
        except InvalidTag:
            raise IntegrityError() from None
        return size
