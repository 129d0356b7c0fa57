"""Test helpers that ship with the library (as httpx ships its mock transport).

- :class:`KeyStoreContract`, :class:`DurableKeyStoreContract` - the behaviour of any key store, e.g. the
  vault's SQLAlchemy one: subclass them in a test module and provide a ``keystore`` fixture.
- :class:`ByteStoreContract` - the behaviour of any byte store (memory, local, S3, a new backend):
  subclass it and provide a ``byte_store`` fixture.
- :class:`FlakyStore` - wraps a byte store and makes it unreachable, or makes the next upload fail part
  way, like a storage server that goes away.

None of these import pytest; they are collected when subclassed as ``Test...`` classes.
"""

from __future__ import annotations

from storage.testing.bytestore_contract import ByteStoreContract
from storage.testing.flaky import FlakyStore
from storage.testing.keystore_contract import DurableKeyStoreContract, KeyStoreContract

__all__ = ["ByteStoreContract", "DurableKeyStoreContract", "FlakyStore", "KeyStoreContract"]
