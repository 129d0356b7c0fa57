"""``vault demo`` (the README's first command) walks a family's case end to end on the embedded defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from vault.cli import main


def test_demo_runs_every_step_and_keeps_its_promises(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "demo"
    assert main(["demo", "--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert "refused: the parent refused consent" in out
    assert "no such document (recorded as 'denied'" in out
    assert "(identical to the original); vault copy destroyed" in out
    assert "audit chain whole" in out
    returned = data / "returned-to-parent" / "paediatric-letter.pdf"
    assert returned.read_bytes() == (Path(__file__).resolve().parents[2] / "samples" / "paediatric-letter.pdf").read_bytes()
    # Nothing a storage administrator can list names the family or the documents.
    for stored in (data / "vault" / "objects").rglob("*"):
        assert b"Whitfield" not in stored.name.encode()
        if stored.is_file():
            assert b"Whitfield" not in stored.read_bytes()


def test_demo_replaces_its_own_folder_but_never_another(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "demo"
    assert main(["demo", "--data", str(data)]) == 0
    assert main(["demo", "--data", str(data)]) == 0
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "keep.txt").write_text("mine")
    capsys.readouterr()
    assert main(["demo", "--data", str(precious)]) == 1
    assert "was not made by 'vault demo'" in capsys.readouterr().err
    assert (precious / "keep.txt").read_text() == "mine"


def test_demo_without_samples_says_which_are_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--data", str(tmp_path / "d"), "--samples", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("vault: sample documents not found") and "ehc-plan-excerpt.pdf" in err
    assert not (tmp_path / "d").exists()


def test_the_served_demo_lets_a_person_sign_in_with_the_printed_password(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``vault demo --serve`` (without the server): its settings ask for no authenticator app, so the
    password it prints signs in whole; and it says so."""
    from vault.app import open_vault
    from vault.cli.demo import _demo_passwords, _fresh_demo_dir, _samples_dir, _walk_through
    from vault.settings import Settings

    passwords = _demo_passwords()
    _walk_through(_fresh_demo_dir(tmp_path / "demo"), _samples_dir(None), passwords)
    assert "require_second_factor to false" in capsys.readouterr().out
    settings = Settings.load(tmp_path / "demo" / "vault")
    assert settings.rules.require_second_factor is False
    vault = open_vault(settings)
    try:
        for username in ("sam", "bea", "priya", "dev"):
            assert vault.auth.login(username, passwords[username]).scope == "full"
    finally:
        vault.close()
    _walk_through(_fresh_demo_dir(tmp_path / "plain"), _samples_dir(None))  # without --serve: as shipped
    assert Settings.load(tmp_path / "plain" / "vault").rules.require_second_factor is True
