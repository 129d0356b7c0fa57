"""One rule set for every text field (issue 12, item 6): each case the attack run found, refused with a
clear 4xx (never a 500 or a dropped connection), and what is accepted is stored as NFC."""

from __future__ import annotations

import io
import sys
import unicodedata
from urllib.parse import quote

import httpx
import pytest
from vault_world import OPERATOR, Cast, login_headers

from vault.app import Vault
from vault.errors import InvalidRequest
from vault.policy import Role
from vault.text_rules import check_line, check_text, printable

FORBIDDEN = ["\x00", "\r", "\n", "\x0b", "\x7f", "\x85", "\u2028", "\u2029", "\u202e", "\u2066", "\u200f"]


@pytest.mark.parametrize("char", FORBIDDEN)
def test_a_line_refuses_every_invisible_control(char: str) -> None:
    with pytest.raises(InvalidRequest, match=f"U\\+{ord(char):04X}"):
        check_line(f"report{char}.pdf", field="a file name")


def test_text_keeps_line_breaks_and_tabs_but_nothing_else() -> None:
    assert check_text("first line\r\nsecond\tline", field="a note") == "first line\nsecond\tline"
    for char in ("\x00", "\r", "\x0b", "\x85", "\u2028", "\u202e"):
        with pytest.raises(InvalidRequest):
            check_text(f"a{char}b", field="a note")


def test_text_is_stored_as_nfc_and_bounded() -> None:
    decomposed = "Cafe\u0301"
    assert check_line(decomposed, field="a title") == unicodedata.normalize("NFC", decomposed) == "Caf\u00e9"
    with pytest.raises(InvalidRequest, match="at most 200"):
        check_line("x" * 201, field="a name", max_length=200)


def test_printable_escapes_what_would_forge_a_line() -> None:
    assert printable("Sam\nmallory              administrator") == "Sam\\u000amallory              administrator"


@pytest.mark.parametrize("quarter", ["2026-Q3\u00a0", "2026-Q3\u3000", "2026-Q3\r\nX-Injected: 1", "2026-Q3\x0b", "\u0662\u0660\u0662\u0666-Q3"])
def test_a_quarter_with_odd_characters_is_a_400(client: httpx.Client, cast: Cast, quarter: str) -> None:
    response = client.get("/reports/statistics", params={"quarter": quarter}, headers=login_headers(client, "cora"))
    assert response.status_code in (400, 422), response.text
    assert "x-injected" not in response.headers


def test_a_good_quarter_still_works(client: httpx.Client, cast: Cast) -> None:
    response = client.get("/reports/statistics", params={"quarter": " 2026-Q3"}, headers=login_headers(client, "cora"))
    assert response.status_code == 200 and "statistics-2026-Q3.csv" in response.headers["content-disposition"]


@pytest.mark.parametrize(("header", "value"), [
    ("X-Title", quote("Report\x00")), ("X-Title", quote("Report\r\nInjected")),
    ("X-Filename", quote("report\x7f.pdf")), ("X-Filename", quote("report\x85.pdf")),
    ("X-Filename", quote("report\u2028.pdf")), ("X-Filename", quote("\u202efdp.exe")),
])
def test_document_names_with_controls_are_refused(client: httpx.Client, cast: Cast, header: str, value: str) -> None:
    names = {"X-Title": "Report", "X-Filename": "report.pdf", header: value}
    response = client.post(f"/cases/{cast.own}/documents", content=b"data", headers={**login_headers(client, "sam"), **names})
    assert response.status_code == 400 and "may not contain" in response.json()["detail"], response.text


def test_raw_utf8_in_a_header_is_refused_saying_percent_encode_it(client: httpx.Client, cast: Cast) -> None:
    headers = [*login_headers(client, "sam").items(), ("X-Title", "Report"), ("X-Filename", "caf\u00e9.txt".encode())]
    response = client.post(f"/cases/{cast.own}/documents", content=b"data", headers=headers)
    assert response.status_code == 400 and "percent-encode it" in response.json()["detail"]
    encoded = client.post(f"/cases/{cast.own}/documents", content=b"data",
                          headers={**login_headers(client, "sam"), "X-Title": "Report", "X-Filename": quote("caf\u00e9.txt")})
    assert encoded.status_code == 201 and encoded.json()["filename"] == "caf\u00e9.txt"


@pytest.mark.parametrize("body", [
    {"body": "a note\x00with a NUL"}, {"body": "x\u202ey"}, {"body": "x" * 100_001},
])
def test_every_json_text_field_follows_the_rules(client: httpx.Client, cast: Cast, body: dict[str, str]) -> None:
    response = client.post(f"/cases/{cast.own}/notes", json=body, headers=login_headers(client, "sam"))
    assert response.status_code == 422 and response.json()["error"] == "InvalidInput"


@pytest.mark.parametrize("name", ["Sam\nmallory  administrator", "x" * 100_000, "Sam\x00", "\u202eSam"])
def test_staff_display_names_are_checked(vault: Vault, client: httpx.Client, cast: Cast, name: str) -> None:
    with pytest.raises(InvalidRequest):
        vault.staff.add(OPERATOR, username="newbie", role=Role.VOLUNTEER, password="a long enough password", display_name=name)
    response = client.post("/staff", json={"username": "newbie", "role": "volunteer", "password": "a long enough password",
                                           "display_name": name}, headers=login_headers(client, "ada"))
    assert response.status_code in (400, 422)


def test_vault_user_list_cannot_be_forged_by_a_display_name(vault: Vault, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    # A name stored before these rules (or written to the database directly) is escaped when printed.
    from sqlalchemy import update

    from vault.cli import user
    from vault.db.models import Staff

    view = vault.staff.add(OPERATOR, username="sam", role=Role.PARENTAL_SUPPORTER, password="a long enough password")
    with vault.database.transaction() as session:
        session.execute(update(Staff).where(Staff.id == view.id).values(display_name="Sam\nmallory              administrator"))

    class Opened:
        def __enter__(self) -> Vault:
            return vault

        def __exit__(self, *_exc: object) -> None:
            return None

    monkeypatch.setattr(user, "opened_vault", lambda _args: Opened())
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    user.run_list(None)  # type: ignore[arg-type]
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "mallory" in out and "\\u000a" in out
