"""``vault case-study``: the whole flow from the command line on a real data folder (SQLite, the local
encrypted store, and the published store in its own folder), staff logging in with ``--as``."""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from vault.app import open_vault
from vault.cli import main
from vault.policy import Actor, Role
from vault.services import (
    ConsentDecision,
    ConsentInput,
    ConsentMethod,
    NewCase,
    NewDocument,
    PersonInput,
    RecipientKind,
    Relation,
)
from vault.services.case_studies import PURPOSE
from vault.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
PASSWORD = "a long enough password"


WARD_NOTE = "Mum rang from the Kirkstone ward; call back Tuesday at the Glenridding office."


def _suspects(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, study: str, user: str,
              data: str) -> list[dict[str, Any]]:
    code, out, err = vault_cli(capsys, monkeypatch, "case-study", "suspects", study, "--json", "--as", user,
                               "--password-stdin", "--data", data)
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def vault_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.slow  # real Argon2 settings: every --as login hashes a password
def test_case_study_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    data = str(tmp_path / "vault")
    assert vault_cli(capsys, monkeypatch, "init", "--data", data)[0] == 0
    settings = json.loads((Path(data) / "settings.json").read_text())
    settings["rules"]["require_second_factor"] = False  # each --as would need a fresh code (tests/vault/test_sign_in.py)
    (Path(data) / "settings.json").write_text(json.dumps(settings))
    for name, role in (("sam", "parental_supporter"), ("cora", "coordinator")):
        assert vault_cli(capsys, monkeypatch, "user", "add", name, "--role", role, "--password-stdin",
                         "--dbs-checked", date.today().isoformat(), "--data", data)[0] == 0
    vault = open_vault(Settings.load(Path(data)))
    try:
        sam = vault.auth.login("sam", PASSWORD).actor
        case = vault.cases.open(sam, NewCase(need="Speech, language and communication needs", details_consent=True, people=(
            PersonInput(Relation.PARENT, "SW", name="Sarah Whitfield", phone="07700 900123", address="27 Meadow Lane, Kendal"),
            PersonInput(Relation.CHILD, "LW", birth_date=date(2014, 3, 14), name="Leo Whitfield"))))
        for name in ("paediatric-letter.pdf", "call-note.txt"):
            kind = "application/pdf" if name.endswith(".pdf") else "text/plain"
            vault.documents.upload(sam, case.id, io.BytesIO((SAMPLES / name).read_bytes()), NewDocument(title=name, filename=name, content_type=kind))
        vault.documents.upload(sam, case.id, io.BytesIO(WARD_NOTE.encode()),  # two place words only the second reader notices
                               NewDocument(title="ward note", filename="ward-note.txt", content_type="text/plain"))
    finally:
        vault.close()

    draft = ("case-study", "draft", case.reference, "--as", "sam", "--password-stdin", "--title", "A plan and a phone call",
             "--all-documents", "--identifier", "SCHOOL=Fellside Primary School", "--data", data)
    code, _out, err = vault_cli(capsys, monkeypatch, *draft)
    assert code == 1 and err.startswith("vault: no consent is recorded for using this case as a case study")

    vault = open_vault(Settings.load(Path(data)))
    try:
        vault.consents.record(Actor(sam.id, Role.PARENTAL_SUPPORTER, "sam"), case.id, ConsentInput(
            recipient_kind=RecipientKind.ANYONE, purpose=PURPOSE, decision=ConsentDecision.GIVEN,
            method=ConsentMethod.EMAIL, obtained_on=date.today()))
    finally:
        vault.close()
    code, out, err = vault_cli(capsys, monkeypatch, *draft)
    assert code == 0, err
    study = re.search(r"case study ([0-9a-f]{32})", out).group(1)  # type: ignore[union-attr]
    assert out.count(" ready ") == 3 and "Sarah Whitfield -> Parent A" in out
    assert "what the second reader left (" in out and "'Kirkstone'  name-like word  line 1" in out

    code, out, err = vault_cli(capsys, monkeypatch, "case-study", "revise", study, "--as", "sam", "--password-stdin",
                               "--term", "Westmorland General Hospital", "--area", "1:1:0,780,595,842", "--data", data)
    assert code == 0 and "revision 2" in out, err
    assert vault_cli(capsys, monkeypatch, "case-study", "revise", study, "--as", "sam", "--password-stdin", "--area", "1:x", "--data", data)[2] \
        .startswith("vault: --area '1:x' is not ITEM:PAGE:x0,y0,x1,y1")
    renderings = tmp_path / "draft"
    code, out, _ = vault_cli(capsys, monkeypatch, "case-study", "show", study, "--as", "sam", "--password-stdin", "--out", str(renderings), "--data", data)
    assert code == 0 and sorted(p.name for p in renderings.iterdir()) == [
        "case-study-draft-1.pdf", "case-study-draft-2.txt", "case-study-draft-3.txt"]
    code, out, _ = vault_cli(capsys, monkeypatch, "case-study", "show", study, "--as", "sam", "--password-stdin", "--json", "--data", data)
    assert json.loads(out)["terms"] == ["Westmorland General Hospital"]

    # What the second reader left: the supporter confirms one (it is removed, the case study runs again)
    # and dismisses the rest; acceptance waited for that.
    code, _out, err = vault_cli(capsys, monkeypatch, "case-study", "accept", study, "--as", "sam", "--password-stdin", "--data", data)
    assert code == 1 and "undecided" in err
    entries = _suspects(capsys, monkeypatch, study, "sam", data)
    glenridding = next(entry["id"] for entry in entries if entry["text"] == "Glenridding")
    code, out, err = vault_cli(capsys, monkeypatch, "case-study", "suspects", study, "--confirm", glenridding, "--as", "sam",
                               "--password-stdin", "--data", data)
    assert code == 0 and out.startswith(f"confirmed {glenridding}: removed as a term") and "revision 3" in out, err
    for entry in _suspects(capsys, monkeypatch, study, "sam", data):
        code, out, err = vault_cli(capsys, monkeypatch, "case-study", "suspects", study, "--dismiss", entry["id"], "--reason",
                                   "read in context: it names no one", "--as", "sam", "--password-stdin", "--data", data)
        assert code == 0 and out.startswith(f"dismissed {entry['id']}"), err
    code, out, _ = vault_cli(capsys, monkeypatch, "case-study", "suspects", study, "--as", "sam", "--password-stdin", "--data", data)
    assert "(0 of " in out and "supporter: dismissed" in out and "Glenridding" not in out

    code, _out, err = vault_cli(capsys, monkeypatch, "case-study", "publish", study, "--as", "cora", "--password-stdin", "--data", data)
    assert code == 1 and err == "vault: no such case study\n"  # not accepted yet: a coordinator cannot see a draft
    assert vault_cli(capsys, monkeypatch, "case-study", "accept", study, "--as", "sam", "--password-stdin", "--data", data)[0] == 0
    code, out, _ = vault_cli(capsys, monkeypatch, "case-study", "list", "--queue", "--as", "cora", "--password-stdin", "--data", data)
    assert study in out
    code, out, _ = vault_cli(capsys, monkeypatch, "case-study", "show", study, "--as", "cora", "--password-stdin", "--data", data)
    assert "undecided by the publisher" in out and "supporter: dismissed" in out  # the supporter's decisions, in view
    code, _out, err = vault_cli(capsys, monkeypatch, "case-study", "publish", study, "--as", "cora", "--password-stdin", "--data", data)
    assert code == 1 and "you have not decided on" in err
    for entry in _suspects(capsys, monkeypatch, study, "cora", data):
        assert vault_cli(capsys, monkeypatch, "case-study", "suspects", study, "--dismiss", entry["id"], "--reason", "agreed",
                         "--as", "cora", "--password-stdin", "--data", data)[0] == 0
    code, out, err = vault_cli(capsys, monkeypatch, "case-study", "publish", study, "--as", "cora", "--password-stdin", "--data", data)
    assert code == 0, err
    publication = re.search(r"published ([0-9a-f]{32})", out).group(1)  # type: ignore[union-attr]

    code, out, _ = vault_cli(capsys, monkeypatch, "case-study", "list", "--data", data)  # the operator: publications only
    assert code == 0 and publication in out and "A plan and a phone call" in out
    exported = tmp_path / "export"
    assert vault_cli(capsys, monkeypatch, "case-study", "get", publication, "--out", str(exported), "--data", data)[0] == 0
    files = sorted(exported.iterdir())
    assert sorted(f.suffix for f in files) == [".pdf", ".txt", ".txt"]
    text = "\n".join(page.extract_text() or "" for f in files if f.suffix == ".pdf" for page in PdfReader(f).pages)
    text += "".join(f.read_text() for f in files if f.suffix == ".txt")
    assert "Glenridding" not in text and "Kirkstone" in text  # confirmed: removed; dismissed: kept
    for identifier in ("Sarah", "Whitfield", "Meadow Lane", "07700 900123", "401 023 2153", "Fellside", "Westmorland", case.reference):
        assert identifier not in text
    published = [p for p in (tmp_path / "vault" / "published").rglob("*") if p.is_file()]
    assert published and all(re.fullmatch(r"[0-9a-f]{32}\.(pdf|txt)(\.tags)?", p.name) for p in published)
    assert all(p.read_bytes() in (b"{}", b"{}\n", b"") for p in published if p.name.endswith(".tags"))
    assert case.id not in " ".join(str(p) for p in published)
