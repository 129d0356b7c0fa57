"""Every error the storage package raises on purpose.

::

    StorageError
     ├── IntegrityError          an object (or a wrapped key, or its tags) failed to authenticate:
     │                           tampering, truncation, reordering, a swapped object, the wrong key
     ├── ObjectNotFound          no object is stored under this id
     │    └── ObjectShredded     ... because it was shredded (its key is gone for good)
     ├── ObjectExists            the id is already taken (objects are immutable; shredded ids stay taken)
     ├── CaseShredded            the case's key was shredded: nothing can be added to it
     ├── InvalidArgument         (also a ValueError) a bad id, tag, state or store URL
 ├── SourceError             the stream being stored failed or changed size part way; nothing was kept
     ├── KeyringError            the key file is missing, unreadable, too open, malformed or already exists
     └── BackendError            the byte store refused or failed an operation
          └── BackendUnavailable the byte store could not be reached or went away mid-transfer; retry later

Raise policy (after pypdf): raise when the caller must handle it; nothing here warns. Messages are one
line, carry no key material and no plaintext, and name no person (ids in them are the caller's own).
"""

from __future__ import annotations

__all__ = [
    "BackendError",
    "BackendUnavailable",
    "CaseShredded",
    "IntegrityError",
    "InvalidArgument",
    "KeyringError",
    "ObjectExists",
    "ObjectNotFound",
    "ObjectShredded",
    "SourceError",
    "StorageError",
]


class StorageError(Exception):
    """Base class of every error raised on purpose by ``storage``."""


class IntegrityError(StorageError):
    """Stored bytes, a wrapped key or signed tags failed to authenticate.

    Deliberately one bare error for every cause (like Fernet's ``InvalidToken``): telling a caller *which*
    check failed helps an attacker more than it helps an operator.
    """

    def __init__(self, message: str = "stored object failed its integrity check "
                                      "(tampered with, truncated, reordered or swapped)") -> None:
        super().__init__(message)


class ObjectNotFound(StorageError):
    """No object is stored under this id."""


class ObjectShredded(ObjectNotFound):
    """The object was shredded: its key is destroyed and its bytes can never be decrypted again."""


class ObjectExists(StorageError):
    """An object id is stored once; a shredded id is never reused."""


class CaseShredded(StorageError):
    """The case key was shredded, so no new object may be stored for that case."""


class InvalidArgument(StorageError, ValueError):
    """A malformed id, tag, state or store URL."""


class SourceError(StorageError):
    """Reading the caller's input failed, or it changed size while being stored; nothing was kept.

    Kept apart from :class:`BackendError` so that a failing local disk is never blamed on the server.
    """


class KeyringError(StorageError):
    """The key file cannot be created, loaded or used as asked."""


class BackendError(StorageError):
    """The byte store failed an operation (refused, misconfigured, or answered nonsense)."""


class BackendUnavailable(BackendError):
    """The byte store could not be reached, or went away part way; nothing partial was kept."""
