"""``vault subject-access``: the review as a job run by the command line, items decided, the deadline
extended, the reviewed archive written, and the hand-over that fulfils the request."""

from __future__ import annotations

import hashlib
import io
import json
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

from vault.app import open_vault
from vault.cli import main
from vault.services import NewCase, NewDocument, PersonInput, Relation
from vault.settings import Settings

PASSWORD = "a long enough password"
LETTER = b"Leo Whitfield was seen with Jayden Okonkwo, whose mother Tamsin Okonkwo called on 07700 900777.\n"


def vault_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_answering_a_request_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    data = str(tmp_path / "vault")
    assert vault_cli(capsys, monkeypatch, "init", "--data", data)[0] == 0
    settings = json.loads((Path(data) / "settings.json").read_text())
    settings["rules"].update(require_second_factor=False, argon2_time_cost=1, argon2_memory_kib=64, argon2_parallelism=1)
    (Path(data) / "settings.json").write_text(json.dumps(settings))
    assert vault_cli(capsys, monkeypatch, "user", "add", "sam", "--role", "parental_supporter", "--dbs-checked", str(date.today()), "--password-stdin", "--data", data)[0] == 0
    vault = open_vault(Settings.load(Path(data)))
    try:
        sam = vault.auth.login("sam", PASSWORD).actor
        case = vault.cases.open(sam, NewCase(need="Speech, language and communication needs", details_consent=True, people=(
            PersonInput(Relation.PARENT, "SW", name="Sarah Whitfield", phone="07700 900123"),
            PersonInput(Relation.CHILD, "LW", birth_date=date(2014, 3, 14), name="Leo Whitfield"))))
        vault.documents.upload(sam, case.id, io.BytesIO(LETTER), NewDocument(title="Letter", filename="letter.txt", content_type="text/plain"))
        parent = next(p.id for p in vault.cases.details(sam, case.id).people if p.relation == "parent")
        request = vault.subject_access.record(sam, case.id, subject_id=parent, requester_id=parent).id
    finally:
        vault.close()
    staff = ("--as", "sam", "--password-stdin", "--data", data)

    code, out, err = vault_cli(capsys, monkeypatch, "subject-access", "review", request, *staff)
    assert code == 0 and "to decide" in out, err
    code, out, _ = vault_cli(capsys, monkeypatch, "subject-access", "items", request, "--json", *staff)
    items = json.loads(out)
    assert {"Jayden Okonkwo", "Tamsin Okonkwo", "07700 900777"} <= {i["text"] for i in items}
    assert not any("Whitfield" in i["text"] for i in items)
    out_file = tmp_path / "response.zip"
    code, _, err = vault_cli(capsys, monkeypatch, "subject-access", "archive", request, "--out", str(out_file), *staff)
    assert code != 0 and "not decided yet" in err and not out_file.exists()
    for item in items:
        code, out, err = vault_cli(capsys, monkeypatch, "subject-access", "decide", request, str(item["number"]), "--redact",
                                   "--reason", "another family", *staff)
        assert code == 0 and "redact" in out, err
    code, out, _ = vault_cli(capsys, monkeypatch, "subject-access", "extend", request, "--months", "1", "--reason", "complex", *staff)
    assert code == 0 and "extended by 1 month" in out
    code, out, err = vault_cli(capsys, monkeypatch, "subject-access", "release", request, *staff)
    assert code == 0 and "released: SHA-256" in out, err
    sha = out.split("SHA-256 ")[1].split(";")[0]
    code, out, err = vault_cli(capsys, monkeypatch, "subject-access", "archive", request, "--released", "--out", str(out_file), *staff)
    assert code == 0, err
    assert hashlib.sha256(out_file.read_bytes()).hexdigest() == sha
    archive = zipfile.ZipFile(out_file)
    assert archive.namelist()[0] == "summary.pdf" and not any(b"Okonkwo" in archive.read(n) for n in archive.namelist())
    code, out, _ = vault_cli(capsys, monkeypatch, "subject-access", "due", "--data", data)
    assert "review ready, 0 undecided" in out
    code, out, _ = vault_cli(capsys, monkeypatch, "subject-access", "hand-over", request, "--note", "posted, signed for", *staff)
    assert code == 0 and "fulfilled (hand-over" in out
    assert vault_cli(capsys, monkeypatch, "subject-access", "due", "--data", data)[1].startswith("no subject access")
