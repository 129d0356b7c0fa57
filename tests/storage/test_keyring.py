from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage import IntegrityError, Keyring, KeyringError


def test_create_writes_a_private_file_and_load_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    created = Keyring.create(path, clock=lambda: datetime(2026, 1, 1, tzinfo=UTC))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    loaded = Keyring.load(path)
    assert loaded.versions == (1,) and loaded.active_version == 1
    wrapped = created.wrap_case_key("case-1", b"k" * 32)
    assert loaded.unwrap_case_key("case-1", wrapped) == b"k" * 32
    assert loaded.master_keys()[0].created == datetime(2026, 1, 1, tzinfo=UTC)


def test_create_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    Keyring.create(path)
    before = path.read_bytes()
    with pytest.raises(KeyringError, match="refusing to overwrite"):
        Keyring.create(path)
    assert path.read_bytes() == before


def test_create_does_not_follow_a_planted_symlink(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    (tmp_path / "keyring.json").symlink_to(target)
    with pytest.raises(KeyringError):
        Keyring.create(tmp_path / "keyring.json")
    assert not target.exists()


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o660, 0o644])
def test_load_refuses_a_file_others_can_read(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "keyring.json"
    Keyring.create(path)
    path.chmod(mode)
    with pytest.raises(KeyringError, match="chmod 600"):
        Keyring.load(path)


def test_load_explains_a_missing_or_damaged_file(tmp_path: Path) -> None:
    with pytest.raises(KeyringError, match="no key file"):
        Keyring.load(tmp_path / "absent.json")
    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"format": "send-vault keyring", "version": 1, "active": 1}')
    damaged.chmod(0o600)
    with pytest.raises(KeyringError, match="not a valid key file"):
        Keyring.load(damaged)
    short = tmp_path / "short.json"
    Keyring.create(short)
    document = json.loads(short.read_text())
    document["master_keys"][0]["key"] = "c2hvcnQ="
    short.write_text(json.dumps(document))
    with pytest.raises(KeyringError, match="not a valid key file"):
        Keyring.load(short)


def test_rotation_adds_a_version_and_keeps_the_old_ones(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    keyring = Keyring.create(path)
    old_wrapped = keyring.wrap_case_key("case-1", b"k" * 32)
    assert keyring.add_master_key() == 2
    reloaded = Keyring.load(path)
    assert reloaded.versions == (1, 2) and reloaded.active_version == 2
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert Keyring.version_of(reloaded.wrap_case_key("case-1", b"k" * 32)) == 2
    assert reloaded.unwrap_case_key("case-1", old_wrapped) == b"k" * 32
    assert [p.name for p in tmp_path.iterdir()] == ["keyring.json"]  # no temp files left


def test_concurrent_rotations_through_stale_objects_lose_no_version(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    first = Keyring.create(path)
    second = Keyring.load(path)
    first.add_master_key()
    assert second.add_master_key() == 3  # re-read under the lock, so version 2 survives
    assert Keyring.load(path).versions == (1, 2, 3)


def test_retiring_removes_old_versions_but_never_the_active_one(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    keyring = Keyring.create(path)
    old_wrapped = keyring.wrap_case_key("case-1", b"k" * 32)
    keyring.add_master_key()
    with pytest.raises(KeyringError, match="active"):
        keyring.retire([2])
    assert keyring.retire([1]) == [1]
    assert Keyring.load(path).versions == (2,)
    with pytest.raises(KeyringError, match="no master key version 1"):
        keyring.unwrap_case_key("case-1", old_wrapped)


def test_a_case_key_wrapped_for_one_case_does_not_open_for_another() -> None:
    keyring = Keyring.generate()
    wrapped = keyring.wrap_case_key("case-1", b"k" * 32)
    with pytest.raises(IntegrityError):
        keyring.unwrap_case_key("case-2", wrapped)
    with pytest.raises(IntegrityError):
        Keyring.generate().unwrap_case_key("case-1", wrapped)


def test_repr_shows_no_secrets(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    keyring = Keyring.create(path)
    document = json.loads(path.read_text())
    text = repr(keyring) + repr(keyring.naming) + repr(keyring.master_keys())
    assert document["master_keys"][0]["key"] not in text and document["naming_secret"] not in text
    assert "***" in repr(keyring)


def test_a_replaced_key_file_is_not_silently_merged(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    keyring = Keyring.create(path)
    os.unlink(path)
    Keyring.create(path)
    with pytest.raises(KeyringError, match="replaced"):
        keyring.add_master_key()
