"""LiveKeyring: the running vault's view of a key file that other processes rotate and retire."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage import Keyring
from vault.errors import StorageUnavailable
from vault.keyfile import LiveKeyring


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "vault.key"
    Keyring.create(path)
    return path


def test_follows_versions_another_process_adds_and_retires(key_file: Path) -> None:
    live = LiveKeyring(Keyring.load(key_file))
    wrapped_v1 = live.wrap_case_key("case-1", b"k" * 32)
    elsewhere = Keyring.load(key_file)
    elsewhere.add_master_key()
    wrapped_v2 = elsewhere.wrap_case_key("case-2", b"q" * 32)
    assert live.unwrap_case_key("case-2", wrapped_v2) == b"q" * 32  # a version it had not loaded
    assert live.active_version == 2 and Keyring.version_of(live.wrap_case_key("case-3", b"z" * 32)) == 2
    elsewhere.retire([1])
    assert live.versions == (2,)  # the retired key is dropped from memory too
    with pytest.raises(Exception, match="no master key version 1"):
        live.unwrap_case_key("case-1", wrapped_v1)


def test_a_write_of_its_own_does_not_hide_a_later_write_by_another(key_file: Path) -> None:
    live = LiveKeyring(Keyring.load(key_file))
    assert live.add_master_key(clock=lambda: Keyring.load(key_file).master_keys()[0].created) == 2
    Keyring.load(key_file).add_master_key()  # another process, right after
    assert live.versions == (1, 2, 3) and live.active_version == 3
    assert live.retire([1, 2]) == [1, 2]
    assert Keyring.load(key_file).versions == (3,)


def test_keeps_its_keys_while_the_file_is_briefly_missing(key_file: Path, tmp_path: Path) -> None:
    live = LiveKeyring(Keyring.load(key_file))
    key_file.rename(tmp_path / "aside")
    assert live.versions == (1,)
    (tmp_path / "aside").rename(key_file)


def test_refuses_another_vaults_key_file_and_a_damaged_one(key_file: Path) -> None:
    live = LiveKeyring(Keyring.load(key_file))
    key_file.unlink()
    Keyring.create(key_file)
    with pytest.raises(StorageUnavailable, match="different vault's key file"):
        live.wrap_case_key("case-1", b"k" * 32)
    key_file.write_text("not a key file at all")
    with pytest.raises(StorageUnavailable, match="cannot be read now"):
        live.wrap_case_key("case-1", b"k" * 32)


def test_a_keyring_without_a_file_is_used_as_it_is() -> None:
    keyring = Keyring.generate()
    live = LiveKeyring(keyring)
    assert live.current() is keyring and live.path is None
    assert live.add_master_key(clock=lambda: keyring.master_keys()[0].created) == 2 and keyring.active_version == 2
