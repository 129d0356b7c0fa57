"""``vault store``: the command line named in the issue, with its exit codes and one-line failures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vault.cli import main


class Vault:
    """Runs ``vault store`` in-process against one local store and key file."""

    def __init__(self, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.root = root
        self.keyring = root / "vault.keys"
        self.url = f"file://{root}/objects"
        self._capsys = capsys
        assert self.keys("init") == 0

    def keys(self, *argv: str) -> int:
        code = main(["keys", *argv, "--keyring", str(self.keyring)])
        self._capsys.readouterr()
        return code

    def store(self, *argv: str) -> tuple[int, str, str]:
        code = main(["store", "--store", self.url, "--keyring", str(self.keyring), *argv])
        out, err = self._capsys.readouterr()
        return code, out, err

    def object_files(self) -> list[Path]:
        return [p for p in (self.root / "objects" / "objects").rglob("*") if p.is_file() and not p.name.endswith(".tags")]


@pytest.fixture
def vault(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Vault:
    return Vault(tmp_path, capsys)


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "Jessica letter.pdf"
    path.write_bytes(os.urandom(300_000))
    return path


def test_put_get_round_trip(vault: Vault, letter: Path, tmp_path: Path) -> None:
    code, out, err = vault.store("put", "doc-1", str(letter), "--case", "case-7", "--tag", "return-on-request=true")
    assert (code, err) == (0, "") and "stored doc-1 (300000 bytes) in case case-7" in out
    code, out, err = vault.store("get", "doc-1", str(tmp_path / "copy.pdf"))
    assert (code, err) == (0, "") and "verified" in out
    assert (tmp_path / "copy.pdf").read_bytes() == letter.read_bytes()


def test_tags_print_json(vault: Vault, letter: Path) -> None:
    vault.store("put", "doc-1", str(letter), "--case", "case-7", "--tag", "keep-on-file=true")
    code, out, _err = vault.store("tags", "doc-1")
    tags = json.loads(out)
    assert code == 0 and set(tags) == {"case", "document", "return-on-request", "keep-on-file", "state"}
    assert (tags["return-on-request"], tags["keep-on-file"], tags["state"]) == (False, True, "held")
    assert len(tags["case"]) == 32 and "case-7" not in out


def test_set_tags_changes_state_and_flags(vault: Vault, letter: Path) -> None:
    vault.store("put", "doc-1", str(letter))
    code, out, _err = vault.store("set-tags", "doc-1", "--tag", "state=returned", "--tag", "keep-on-file=yes")
    assert code == 0 and json.loads(out)["state"] == "returned" and json.loads(out)["keep-on-file"] is True
    code, _out, err = vault.store("set-tags", "doc-1", "--tag", "state=shredded")
    assert code == 1 and "shredding" in err


def test_list_prints_json_lines(vault: Vault, letter: Path) -> None:
    vault.store("put", "doc-1", str(letter), "--case", "a")
    vault.store("put", "doc-2", str(letter), "--case", "b")
    vault.store("put", "doc-3", str(letter))
    code, out, _err = vault.store("list")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [(r["object_id"], r["case_id"]) for r in rows] == [("doc-1", "a"), ("doc-2", "b"), ("doc-3", "doc-3")]
    _code, out, _err = vault.store("list", "--case", "b")
    assert [json.loads(line)["object_id"] for line in out.splitlines()] == ["doc-2"]


def test_failed_get_of_a_tampered_object_leaves_no_output(vault: Vault, letter: Path, tmp_path: Path) -> None:
    vault.store("put", "doc-1", str(letter))
    (stored,) = vault.object_files()
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0x40
    stored.write_bytes(bytes(data))
    out_file, existing = tmp_path / "out.pdf", tmp_path / "existing.pdf"
    existing.write_bytes(b"earlier download")
    for target in (out_file, existing):
        code, out, err = vault.store("get", "doc-1", str(target))
        assert code == 1 and out == ""
        assert err.count("\n") == 1 and "integrity" in err and "no output written" in err
    assert not out_file.exists() and existing.read_bytes() == b"earlier download"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_failed_get_of_a_missing_object(vault: Vault, tmp_path: Path) -> None:
    code, _out, err = vault.store("get", "nothing", str(tmp_path / "out.pdf"))
    assert code == 1 and "no object 'nothing'" in err and not (tmp_path / "out.pdf").exists()


def test_get_into_a_missing_directory(vault: Vault, letter: Path, tmp_path: Path) -> None:
    vault.store("put", "doc-1", str(letter))
    code, _out, err = vault.store("get", "doc-1", str(tmp_path / "no-such-dir" / "out.pdf"))
    assert code == 1 and "does not exist" in err and not (tmp_path / "no-such-dir").exists()


def test_shred_then_get_fails_and_tags_say_shredded(vault: Vault, letter: Path, tmp_path: Path) -> None:
    vault.store("put", "doc-1", str(letter))
    code, out, _err = vault.store("shred", "doc-1")
    assert code == 0 and "shredded doc-1" in out and vault.object_files() == []
    code, _out, err = vault.store("get", "doc-1", str(tmp_path / "out.pdf"))
    assert code == 1 and "was shredded" in err and not (tmp_path / "out.pdf").exists()
    assert json.loads(vault.store("tags", "doc-1")[1])["state"] == "shredded"
    assert "already shredded" in vault.store("shred", "doc-1")[1]


def test_shred_case(vault: Vault, letter: Path) -> None:
    for object_id in ("doc-1", "doc-2"):
        vault.store("put", object_id, str(letter), "--case", "family")
    vault.store("put", "doc-3", str(letter), "--case", "other")
    code, out, _err = vault.store("shred-case", "family")
    assert code == 0 and "2 object key(s)" in out
    assert len(vault.object_files()) == 1
    code, _out, err = vault.store("put", "doc-4", str(letter), "--case", "family")
    assert code == 1 and "was shredded" in err
    code, _out, err = vault.store("shred-case", "no-such-case")
    assert code == 1 and "no case" in err


def test_put_refusals_are_one_line(vault: Vault, letter: Path, tmp_path: Path) -> None:
    cases = [
        (("put", "doc-1", str(tmp_path / "absent.pdf")), 1, "No such file"),
        (("put", "doc-1", str(letter), "--tag", "owner=Jessica"), 1, "cannot be set"),
        (("put", "doc-1", str(letter), "--tag", "keep-on-file"), 2, "KEY=VALUE"),
    ]
    for argv, expected_code, reason in cases:
        code, _out, err = vault.store(*argv)
        assert code == expected_code and reason in err and err.count("\n") == 1, (argv, err)
    assert vault.store("put", "doc-1", str(letter))[0] == 0
    code, _out, err = vault.store("put", "doc-1", str(letter))
    assert code == 1 and "already exists" in err


def test_a_different_key_file_cannot_read(vault: Vault, letter: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    vault.store("put", "doc-1", str(letter))
    other = tmp_path / "other.keys"
    main(["keys", "init", "--keyring", str(other)])
    keystore = f"{vault.keyring}.keys.sqlite"
    capsys.readouterr()
    code = main(["store", "--store", vault.url, "--keyring", str(other), "--keystore", keystore,
                 "get", "doc-1", str(tmp_path / "out.pdf")])
    err = capsys.readouterr().err
    assert code == 1 and "integrity" in err and not (tmp_path / "out.pdf").exists()


def test_a_missing_key_store_is_not_silently_created(vault: Vault, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["store", "--store", vault.url, "--keyring", str(vault.keyring),
                 "--keystore", str(tmp_path / "typo.sqlite"), "list"])
    assert code == 1 and "no key store" in capsys.readouterr().err
    assert not (tmp_path / "typo.sqlite").exists()


@pytest.mark.slow  # urllib3's bounded retries wait 0.5 + 1 + 2 s before giving up
def test_an_unreachable_s3_server_exits_75(vault: Vault, letter: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("VAULT_S3_ACCESS_KEY", "k")
    monkeypatch.setenv("VAULT_S3_SECRET_KEY", "s")
    code = main(["store", "--store", f"s3://bucket?endpoint=127.0.0.1:{port}&secure=false",
                 "--keyring", str(vault.keyring), "put", "doc-1", str(letter)])
    err = capsys.readouterr().err
    assert code == 75 and "unreachable" in err and err.count("\n") == 1
    assert main(["store", "--store", vault.url, "--keyring", str(vault.keyring), "list"]) == 0
    assert capsys.readouterr().out == ""  # no key row was left for the failed upload


def test_the_real_command_prints_one_line_and_no_traceback(vault: Vault, letter: Path, tmp_path: Path) -> None:
    vault.store("put", "doc-1", str(letter))
    (stored,) = vault.object_files()
    stored.write_bytes(stored.read_bytes()[:-5])
    result = subprocess.run(
        [sys.executable, "-m", "vault", "store", "--store", vault.url, "--keyring", str(vault.keyring),
         "get", "doc-1", str(tmp_path / "out.pdf")],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("vault: cannot get doc-1") and result.stderr.count("\n") == 1
    assert not (tmp_path / "out.pdf").exists()
