"""The vault's own commands: init, user, audit verify, serve, and the coordinator's housekeeping."""

from __future__ import annotations

import io
import json
import socket
import sqlite3
import stat
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from vault.cli import main
from vault.services import totp

PASSWORD = "a long enough password"


def run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str | None = None, monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "vault-data"
    code, _out, err = run(capsys, "init", "--data", str(folder))
    assert code == 0, err
    return folder


def test_init_makes_a_private_vault_and_refuses_to_overwrite_it(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("vault.key", "settings.json", "vault.sqlite"):
        assert stat.S_IMODE((data / name).stat().st_mode) == 0o600, name
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    key_before = (data / "vault.key").read_bytes()
    code, _out, err = run(capsys, "init", "--data", str(data))
    assert code == 1 and "refusing to overwrite" in err
    assert (data / "vault.key").read_bytes() == key_before


def test_init_refuses_a_database_that_already_holds_a_vault(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "second"
    code, _out, err = run(capsys, "init", "--data", str(other), "--database-url", f"sqlite:///{data / 'vault.sqlite'}")
    assert code == 1 and "already holds a vault" in err
    assert not other.exists()  # nothing half-made is left behind


def test_default_data_folder_comes_from_vault_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("VAULT_DATA", str(tmp_path / "from-env"))
    code, out, _err = run(capsys, "init")
    assert code == 0 and str(tmp_path / "from-env") in out
    assert (tmp_path / "from-env" / "vault.key").exists()


def test_commands_on_a_folder_without_a_vault_say_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "audit", "verify", "--data", str(tmp_path / "nothing"))
    assert code == 1 and "no vault at" in err and "vault init" in err


def test_user_add_reads_the_password_from_stdin_and_checks_it(data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, "user", "add", "cora", "--role", "coordinator", "--password-stdin", "--data", str(data), stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    assert code == 0 and "added cora (coordinator)" in out, err
    code, _out, err = run(capsys, "user", "add", "cora", "--role", "coordinator", "--password-stdin", "--data", str(data), stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    assert code == 1 and "already a member of staff called 'cora'" in err
    code, _out, err = run(capsys, "user", "add", "bob", "--role", "coordinator", "--password-stdin", "--data", str(data), stdin="short\n", monkeypatch=monkeypatch)
    assert code == 1 and "at least 12 characters" in err
    code, _out, err = run(capsys, "user", "add", "bob", "--role", "coordinator", "--data", str(data), stdin="", monkeypatch=monkeypatch)
    assert code == 1 and "--password-stdin" in err
    code, out, _err = run(capsys, "user", "list", "--data", str(data))
    assert "cora" in out and "bob" not in out


def test_user_dbs_and_role_record_a_check_and_change_a_role(data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, "user", "add", "sam", "--role", "volunteer", "--dbs-checked", "2025-09-01", "--password-stdin",
                         "--data", str(data), stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    assert code == 0 and "DBS 2025-09-01 (current to 2028-08-31)" in out, err
    with pytest.raises(SystemExit):
        run(capsys, "user", "dbs", "sam", "--checked", "27/03/2026", "--data", str(data))
    assert "is not a date like 2026-03-27" in capsys.readouterr().err
    code, _out, err = run(capsys, "user", "dbs", "sam", "--checked", "2999-01-01", "--data", str(data))
    assert code == 1 and "cannot be in the future" in err
    code, out, err = run(capsys, "user", "role", "sam", "--role", "parental_supporter", "--data", str(data))
    assert code == 0 and "sam is now a parental supporter" in out, err
    code, out, _err = run(capsys, "user", "list", "--data", str(data))
    assert "parental_supporter" in out and "DBS 2025-09-01" in out


def test_audit_verify_passes_then_names_a_tampered_row(data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    run(capsys, "user", "add", "ada", "--role", "administrator", "--password-stdin", "--data", str(data), stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    code, out, _err = run(capsys, "audit", "verify", "--data", str(data))
    assert code == 0 and "audit chain whole" in out
    head = out.split("head ")[1].strip()
    code, _out, _err = run(capsys, "audit", "verify", "--data", str(data), "--expect-head", head)
    assert code == 0
    with sqlite3.connect(data / "vault.sqlite") as db:
        db.execute("UPDATE audit_events SET actor_role = 'coordinator' WHERE seq = 1")
    code, _out, err = run(capsys, "audit", "verify", "--data", str(data))
    assert code == 1 and "event 1" in err and "does not match its hash" in err


def test_audit_verify_catches_a_log_rebuilt_from_the_start(data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    run(capsys, "user", "add", "ada", "--role", "administrator", "--password-stdin", "--data", str(data), stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    _code, out, _err = run(capsys, "audit", "verify", "--data", str(data))
    head = out.split("head ")[1].strip()
    with sqlite3.connect(data / "vault.sqlite") as db:  # wipe the log; the chain restarts whole but short
        db.execute("DELETE FROM audit_events")
        db.execute("UPDATE audit_head SET seq = 0, hash = ?", ("0" * 64,))
    code, _out, _err = run(capsys, "audit", "verify", "--data", str(data))
    assert code == 0  # a chain alone cannot know what it never saw ...
    code, _out, err = run(capsys, "audit", "verify", "--data", str(data), "--expect-head", head)
    assert code == 1 and "the log was rewritten" in err  # ... the head written down earlier can


def test_housekeeping_commands_run_on_an_empty_vault(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "consent", "review-due", "--data", str(data))[1].startswith("no consent reviews due")
    assert run(capsys, "retention", "report", "--data", str(data))[1].startswith("no closed case")
    code, _out, err = run(capsys, "retention", "apply", "--data", str(data))
    assert code == 1 and "--yes" in err
    assert run(capsys, "retention", "apply", "--yes", "--data", str(data))[0] == 0
    assert run(capsys, "sweep", "--data", str(data))[1].startswith("deleted 0 orphan")
    assert run(capsys, "subject-access", "due", "--data", str(data))[1].startswith("no subject access")
    code, out, _err = run(capsys, "stats", "quarterly", "--quarter", "2026-Q3", "--data", str(data))
    assert code == 0 and "enquiries_by_topic" in out
    code, _out, err = run(capsys, "stats", "quarterly", "--quarter", "2026-Q9", "--data", str(data))
    assert code == 1 and "quarter" in err
    code, _out, err = run(capsys, "case", "assign", "NO-SUCH-CASE", "--supporter", "sam", "--data", str(data))
    assert code == 1 and "no case NO-SUCH-CASE" in err


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serve_starts_the_api_on_the_embedded_defaults(data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    run(capsys, "user", "add", "ada", "--role", "administrator", "--password-stdin", "--data", str(data), stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "vault", "serve", "--data", str(data), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120  # generous: a loaded CI machine starts slowly
        while True:
            try:
                spec = httpx.get(f"{url}/openapi.json", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stdout.read().decode() if server.stdout else ""
                assert time.monotonic() < deadline, "vault serve did not answer"
                time.sleep(0.2)
        assert spec.status_code == 200 and "/cases/{case_id}/documents" in spec.json()["paths"]
        assert httpx.get(f"{url}/docs", timeout=5).status_code == 200
        login = httpx.post(f"{url}/auth/login", json={"username": "ada", "password": PASSWORD}, timeout=10)
        assert login.status_code == 200 and login.json()["scope"] == "enrol"  # a second factor is required by default
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        assert httpx.get(f"{url}/staff", headers=headers, timeout=10).status_code == 403
        secret = httpx.post(f"{url}/auth/totp/enrol", headers=headers, timeout=10).json()["secret"]
        code = totp.code_at(totp.secret_from_text(secret), datetime.now(UTC))
        assert httpx.post(f"{url}/auth/totp/confirm", json={"code": code}, headers=headers, timeout=10).status_code == 204
        staff = httpx.get(f"{url}/staff", headers=headers, timeout=10)
        assert [s["username"] for s in staff.json()] == ["ada"]
        assert httpx.get(f"{url}/cases", timeout=10).status_code == 401
    finally:
        server.terminate()
        server.wait(timeout=10)
        if server.stdout:
            server.stdout.close()
    settings = json.loads((data / "settings.json").read_text())
    assert settings["format"] == "send-vault settings"
