"""``vault digest send``: the SMTP server from settings.json, a dry run that prints, and the real send."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from smtp_inbox import Inbox, smtp  # noqa: F401 (the fixture)

from vault.app import open_vault
from vault.cli import main
from vault.services import NewCase, PersonInput, Relation
from vault.settings import Settings

PASSWORD = "a long enough password"


def vault_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_digest_send(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                     smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    data = str(tmp_path / "vault")
    assert vault_cli(capsys, monkeypatch, "init", "--data", data)[0] == 0
    code, _, err = vault_cli(capsys, monkeypatch, "digest", "send", "--data", data)
    assert code == 1 and "no mail server is set up" in err
    settings = json.loads((Path(data) / "settings.json").read_text())
    settings["rules"].update(argon2_time_cost=1, argon2_memory_kib=64, argon2_parallelism=1)
    settings["smtp"] = {"host": "127.0.0.1", "port": port, "security": "none", "sender": "vault@sendsupport.example"}
    (Path(data) / "settings.json").write_text(json.dumps(settings))
    assert Settings.load(Path(data)).smtp is not None
    code, _, err = vault_cli(capsys, monkeypatch, "user", "add", "sam", "--role", "parental_supporter", "--email", "sam at work",
                             "--password-stdin", "--data", data)
    assert code == 1 and "not an e-mail address" in err
    assert vault_cli(capsys, monkeypatch, "user", "add", "sam", "--role", "parental_supporter", "--dbs-checked", str(date.today()), "--password-stdin", "--data", data)[0] == 0
    assert vault_cli(capsys, monkeypatch, "digest", "send", "--data", data)[1].startswith("nothing needs doing")

    vault = open_vault(Settings.load(Path(data)))
    try:
        sam = vault.auth.login("sam", PASSWORD).actor
        case = vault.cases.open(sam, NewCase(need="Speech, language and communication needs", people=(
            PersonInput(Relation.PARENT, "SW"), PersonInput(Relation.CHILD, "LW", birth_date=date(2014, 3, 14)))))
        parent = next(p.id for p in vault.cases.details(sam, case.id).people if p.relation == "parent")
        vault.subject_access.record(sam, case.id, subject_id=parent, requester_id=parent)
    finally:
        vault.close()
    code, out, _ = vault_cli(capsys, monkeypatch, "digest", "send", "--dry-run", "--data", data)
    assert code == 0 and "no e-mail address for: sam" in out and f"case {case.reference}: due" in out and inbox.messages == []
    assert vault_cli(capsys, monkeypatch, "user", "email", "sam", "sam@sendsupport.example", "--data", data)[0] == 0
    code, out, err = vault_cli(capsys, monkeypatch, "digest", "send", "--data", data)
    assert code == 0 and "sent 1 digest(s)" in out, err
    [message] = inbox.messages
    assert message["To"] == "sam@sendsupport.example" and case.reference in message.get_content()
