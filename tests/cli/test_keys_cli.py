"""``vault keys``: init never overwrites; rotate, retire and status do what they print."""

from __future__ import annotations

import io
import json
import stat
from pathlib import Path

import pytest

from storage import EncryptedStore, Keyring, LocalStore, SQLiteKeyStore
from vault.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_creates_a_private_key_file_and_key_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    keyring = tmp_path / "vault.keys"
    code, out, err = run(capsys, "keys", "init", "--keyring", str(keyring))
    assert (code, err) == (0, "")
    assert "created key file" in out
    assert stat.S_IMODE(keyring.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "vault.keys.keys.sqlite").stat().st_mode) == 0o600
    assert Keyring.load(keyring).versions == (1,)


def test_init_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    keyring = tmp_path / "vault.keys"
    run(capsys, "keys", "init", "--keyring", str(keyring))
    before = keyring.read_bytes()
    code, out, err = run(capsys, "keys", "init", "--keyring", str(keyring))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "refusing to overwrite" in err
    assert keyring.read_bytes() == before


def test_init_refuses_when_a_key_store_of_another_key_file_is_there(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "new.keys.keys.sqlite").write_bytes(b"old rows")
    code, _out, err = run(capsys, "keys", "init", "--keyring", str(tmp_path / "new.keys"))
    assert code == 1 and "key store already exists" in err
    assert not (tmp_path / "new.keys").exists()


def test_rotate_retire_and_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    keyring_path = tmp_path / "vault.keys"
    run(capsys, "keys", "init", "--keyring", str(keyring_path))
    keystore = SQLiteKeyStore(tmp_path / "vault.keys.keys.sqlite")
    store = EncryptedStore(LocalStore(tmp_path / "objects"), keyring=Keyring.load(keyring_path), keystore=keystore)
    for case in ("case-a", "case-b"):
        store.put(f"doc-{case}", io.BytesIO(case.encode()), case_id=case)

    code, out, _err = run(capsys, "keys", "rotate", "--keyring", str(keyring_path))
    assert code == 0 and "version 2 is active; 2 case key(s) rewrapped" in out and "no longer used: 1" in out
    code, out, _err = run(capsys, "keys", "status", "--keyring", str(keyring_path))
    assert "version 1: created" in out and "wraps 0 case key(s)" in out
    assert "version 2 (active)" in out and "wraps 2 case key(s)" in out
    code, out, _err = run(capsys, "keys", "retire", "--keyring", str(keyring_path))
    assert code == 0 and "retired master key version(s): 1" in out
    assert json.loads(keyring_path.read_text())["active"] == 2 and Keyring.load(keyring_path).versions == (2,)

    reopened = EncryptedStore(store.backend, keyring=Keyring.load(keyring_path), keystore=keystore)
    with reopened.open("doc-case-a") as reader:
        assert reader.read() == b"case-a"
    code, out, _err = run(capsys, "keys", "retire", "--keyring", str(keyring_path))
    assert "no master key version can be retired" in out
    keystore.close()


def test_key_commands_explain_a_missing_or_open_key_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "keys", "rotate", "--keyring", str(tmp_path / "absent"))
    assert code == 1 and "no key file" in err
    keyring = tmp_path / "vault.keys"
    run(capsys, "keys", "init", "--keyring", str(keyring))
    keyring.chmod(0o644)
    code, _out, err = run(capsys, "keys", "status", "--keyring", str(keyring))
    assert code == 1 and "chmod 600" in err and err.count("\n") == 1
