"""The public surface of ``storage`` is pinned: changing it is a decision, not an accident."""

from __future__ import annotations

import importlib

import storage
import storage.backends

EXPECTED = {
    "DEFAULT_CHUNK_SIZE", "BackendError", "BackendUnavailable", "ByteStore", "CaseShredded", "EncryptedStore",
    "IntegrityError", "InvalidArgument", "KeyStore", "Keyring", "KeyringError", "LocalStore", "MasterKeyInfo",
    "MemoryKeyStore", "MemoryStore", "ObjectExists", "ObjectInfo", "ObjectKey", "ObjectNotFound", "ObjectShredded",
    "ObjectStat", "ObjectState", "ObjectTags", "PendingObject", "PlaintextReader", "RotationReport", "S3Settings", "SQLiteKeyStore",
    "ShredReport", "SourceError", "StorageError", "Tombstone", "open_backend",
}


def test_public_surface_is_pinned() -> None:
    assert set(storage.__all__) == EXPECTED
    for name in storage.__all__:
        assert getattr(storage, name) is not None


def test_every_package_declares_all() -> None:
    for module in ("storage", "storage.backends"):
        assert isinstance(importlib.import_module(module).__all__, list)


def test_s3_store_is_importable_lazily() -> None:
    from storage.backends.s3 import S3Store

    assert storage.backends.S3Store is S3Store


def test_errors_form_the_documented_tree() -> None:
    assert issubclass(storage.IntegrityError, storage.StorageError)
    assert issubclass(storage.ObjectShredded, storage.ObjectNotFound)
    assert issubclass(storage.BackendUnavailable, storage.BackendError)
    assert issubclass(storage.InvalidArgument, ValueError)
    for name in ("KeyringError", "ObjectExists", "CaseShredded", "SourceError", "BackendError"):
        assert issubclass(getattr(storage, name), storage.StorageError)


def test_nothing_above_the_crypto_module_imports_hazmat() -> None:
    import pathlib

    root = pathlib.Path(storage.__file__).parent
    users = sorted(str(path.relative_to(root)) for path in root.rglob("*.py") if "cryptography" in path.read_text())
    assert users == ["_crypto.py"]


def test_storage_never_imports_vault_or_redaction() -> None:
    import pathlib
    import re

    root = pathlib.Path(storage.__file__).parent
    pattern = re.compile(r"^\s*(from|import)\s+(vault|redaction)\b", re.MULTILINE)
    assert [p.name for p in root.rglob("*.py") if pattern.search(p.read_text())] == []
