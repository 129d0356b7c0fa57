"""``vault keys rotate|rewrap|retire|status --data DIR`` on a vault made by ``vault init`` (SQLite and
PostgreSQL), including while ``vault serve`` is working on it; and ``--keyring`` refusing a vault's own
key file, whose case keys are in the vault's database rather than in a key store beside it."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from storage import Keyring, SQLiteKeyStore
from vault.app import Vault, open_vault
from vault.cli import main
from vault.datadir import create_data_dir
from vault.db.models import AuditEvent
from vault.policy import Actor, Role
from vault.services import NewCase, NewDocument, PersonInput, Relation
from vault.settings import Rules, Settings

PASSWORD = "a long enough password"
CHEAP = Rules(argon2_time_cost=1, argon2_memory_kib=64, argon2_parallelism=1, require_second_factor=False)
OPERATOR = Actor.operator("test")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def database_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """None: the embedded SQLite default; else an empty PostgreSQL database for `vault init` to fill."""
    if request.param == "sqlite":
        yield None
        return
    from fixtures_db import _create_pg_database, _drop_pg_database, _pg_url

    name = _create_pg_database()
    yield _pg_url(name)
    _drop_pg_database(name)


class Folder:
    """A vault made as `vault init` makes it, with a supporter and some families' documents."""

    def __init__(self, path: Path, database_url: str | None, *, families: int = 3) -> None:
        self.path = path
        self.settings = create_data_dir(path, database_url=database_url, rules=CHEAP)
        vault = self.open()
        try:
            staff = vault.staff.add(OPERATOR, username="sam", role=Role.PARENTAL_SUPPORTER, password=PASSWORD,
                                   dbs_checked_on=vault.core.clock.now().date())
            self.supporter = Actor(staff.id, Role.PARENTAL_SUPPORTER, "sam")
            self.documents: dict[str, bytes] = {}
            for n in range(families):
                self.add_family(vault, n)
        finally:
            vault.close()

    def open(self) -> Vault:
        return open_vault(Settings.load(self.path))

    def add_family(self, vault: Vault, n: int) -> None:
        case = vault.cases.open(self.supporter, NewCase(
            need="Autistic spectrum disorder", details_consent=True, label=f"Family {n}",
            people=(PersonInput(Relation.CHILD, "LW", birth_date=date(2015, 1, 2), name=f"Child {n}"),)))
        content = f"letter {n}".encode()
        document = vault.documents.upload(self.supporter, case.id, io.BytesIO(content), NewDocument(title="Letter", filename="l.pdf"))
        self.documents[document.id] = content

    def assert_everything_reads(self) -> None:
        vault = self.open()
        try:
            for document, content in self.documents.items():
                view, reader = vault.documents.open(self.supporter, document)
                with reader:
                    assert reader.read() == content
                assert vault.cases.details(self.supporter, view.case_id).summary.label
        finally:
            vault.close()

    def actions(self) -> list[tuple[str, str]]:
        vault = self.open()
        try:
            with vault.database.session() as session:
                return [(e.action, e.operation) for e in session.scalars(select(AuditEvent).order_by(AuditEvent.seq))
                        if e.target_kind == "master_key"]
        finally:
            vault.close()


@pytest.fixture
def folder(tmp_path: Path, database_url: str | None) -> Folder:
    return Folder(tmp_path / "vault-data", database_url)


def test_rotate_status_retire_through_the_vaults_own_key_store(folder: Folder, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(folder.path)
    code, out, err = run(capsys, "keys", "status", "--data", data)
    assert (code, err) == (0, "") and "version 1 (active)" in out and "wraps 3 case key(s)" in out

    code, out, err = run(capsys, "keys", "rotate", "--data", data)
    assert (code, err) == (0, "")
    assert "master key version 2 is active; 3 case key(s) rewrapped" in out and "vault keys retire --data" in out
    code, out, _err = run(capsys, "keys", "status", "--data", data)
    assert "version 1: created" in out and "wraps 0 case key(s)" in out
    assert "version 2 (active)" in out and "wraps 3 case key(s)" in out and "can be retired" in out

    code, out, err = run(capsys, "keys", "retire", "--data", data)
    assert (code, err) == (0, "") and "retired master key version(s): 1" in out
    assert Keyring.load(folder.path / "vault.key").versions == (2,)
    folder.assert_everything_reads()
    assert folder.actions() == [("rotated", "keys.manage"), ("rewrapped", "keys.manage"), ("retired", "keys.manage")]
    assert run(capsys, "audit", "verify", "--data", data)[0] == 0
    code, out, _err = run(capsys, "keys", "retire", "--data", data)
    assert code == 0 and "no master key version can be retired" in out


def test_retire_refuses_while_the_database_still_needs_an_old_version(folder: Folder, capsys: pytest.CaptureFixture[str]) -> None:
    Keyring.load(folder.path / "vault.key").add_master_key()  # a rotation interrupted before any rewrap
    data = str(folder.path)
    code, out, err = run(capsys, "keys", "status", "--data", data)
    assert code == 0 and "3 case key(s) are still under older versions: vault keys rewrap --data" in out
    code, out, err = run(capsys, "keys", "retire", "--data", data)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "version 1 still wraps 3 case key(s)" in err and "nothing was retired" in err
    assert Keyring.load(folder.path / "vault.key").versions == (1, 2)
    folder.assert_everything_reads()

    code, out, err = run(capsys, "keys", "rewrap", "--data", data)
    assert (code, err) == (0, "") and "3 case key(s) rewrapped under master key version 2" in out
    assert run(capsys, "keys", "retire", "--data", data)[0] == 0
    folder.assert_everything_reads()


@pytest.mark.parametrize("action", ["rotate", "rewrap", "retire", "status"])
def test_keyring_refuses_a_vaults_own_key_file(folder: Folder, capsys: pytest.CaptureFixture[str], tmp_path: Path, action: str) -> None:
    key_file = folder.path / "vault.key"
    Keyring.load(key_file).add_master_key()  # so that a careless retire would have something to remove
    before = key_file.read_bytes()
    SQLiteKeyStore(folder.path / "vault.key.keys.sqlite").close()  # the empty key store it would otherwise see
    link = tmp_path / "linked.key"
    link.symlink_to(key_file)
    for given in (key_file, link):
        code, out, err = run(capsys, "keys", action, "--keyring", str(given))
        assert code == 1 and out == "" and err.count("\n") == 1
        assert "is the key file of the vault in" in err and f"vault keys {action} --data {folder.path}" in err
    assert key_file.read_bytes() == before
    folder.assert_everything_reads()


def test_store_refuses_a_vaults_own_key_file(folder: Folder, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "store", "--store", (folder.path / "objects").as_uri(),
                          "--keyring", str(folder.path / "vault.key"), "list")
    assert code == 1 and "is the key file of the vault in" in err


def test_keystore_goes_only_with_keyring(folder: Folder, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "keys", "status", "--data", str(folder.path), "--keystore", "x.sqlite")
    assert code == 2 and "--keystore goes with --keyring" in err
    with pytest.raises(SystemExit) as exit_:
        main(["keys", "rotate"])
    assert exit_.value.code == 2
    assert "one of the arguments --data --keyring is required" in capsys.readouterr().err


# -- on a live vault ---------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Served:
    """`vault serve` on the folder, in a process of its own."""

    def __init__(self, data: Path) -> None:
        port = _free_port()
        self.url = f"http://127.0.0.1:{port}"
        self._log = open(data.parent / f"serve-{port}.log", "wb")  # noqa: SIM115 - closed in stop()
        self._process = subprocess.Popen([sys.executable, "-m", "vault", "serve", "--data", str(data), "--port", str(port)],
                                         stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{self.url}/openapi.json", timeout=2)
                return
            except httpx.TransportError:
                if self._process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise AssertionError("vault serve did not start") from None
                time.sleep(0.2)

    def stop(self) -> None:
        self._process.terminate()
        self._process.wait(timeout=30)
        self._log.close()


def _keys(data: Path, action: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vault", "keys", action, "--data", str(data)],
                          capture_output=True, text=True, timeout=300, check=False, env={**os.environ, "PYTHONWARNINGS": "ignore"})


@pytest.mark.slow
def test_rotation_and_retirement_while_the_server_works(tmp_path: Path, database_url: str | None) -> None:
    """Clients open cases, upload and download documents through `vault serve` without a pause while
    another process rotates the master key and retires the old one. Nothing fails, every case key
    ends under the new version, and everything reads back, before and after a server restart."""
    folder = Folder(tmp_path / "vault-data", database_url, families=120)
    served = Served(folder.path)
    errors: list[str] = []
    uploaded: dict[str, bytes] = {}
    lock = threading.Lock()
    stop = threading.Event()

    def client(number: int) -> None:
        with httpx.Client(base_url=served.url, timeout=60) as http:
            token = http.post("/auth/login", json={"username": "sam", "password": PASSWORD}).json()["access_token"]
            http.headers["Authorization"] = f"Bearer {token}"
            round_ = 0
            while not stop.is_set():
                round_ += 1
                case = http.post("/cases", json={"need": "Autistic spectrum disorder", "details_consent": True,
                                                  "label": f"Client {number}/{round_}"})
                if case.status_code != 201:
                    errors.append(f"open case: {case.status_code} {case.text}")
                    return
                content = os.urandom(2048)
                document = http.post(f"/cases/{case.json()['id']}/documents", content=content,
                                     headers={"X-Title": "Letter", "X-Filename": "letter.pdf"})
                if document.status_code != 201:
                    errors.append(f"upload: {document.status_code} {document.text}")
                    return
                with lock:
                    uploaded[document.json()["id"]] = content
                    recent = list(uploaded.items())[-5:]
                for document_id, expected in recent:
                    got = http.get(f"/documents/{document_id}/content")
                    if got.status_code != 200 or got.content != expected:
                        errors.append(f"download: {got.status_code}")
                        return
                details = http.get(f"/cases/{case.json()['id']}/details")
                if details.status_code != 200 or details.json()["summary"]["label"] != f"Client {number}/{round_}":
                    errors.append(f"details: {details.status_code} {details.text}")
                    return

    clients = [threading.Thread(target=client, args=(n,)) for n in range(3)]
    try:
        try:
            for thread in clients:
                thread.start()
            time.sleep(1.0)
            rotated = _keys(folder.path, "rotate")
            if rotated.returncode == 1 and "run `vault keys rewrap" in rotated.stderr:
                rotated = _keys(folder.path, "rewrap")  # a key written under the old version at the last moment
            assert rotated.returncode == 0, rotated.stderr
            time.sleep(0.5)
            retired = _keys(folder.path, "retire")
            assert retired.returncode == 0 and "retired master key version(s): 1" in retired.stdout, retired.stderr
            time.sleep(1.0)
        finally:
            stop.set()
            for thread in clients:
                thread.join(timeout=120)
        assert errors == []
        assert len(uploaded) >= 6  # the clients really worked across the rotation
        status = _keys(folder.path, "status")
        assert status.returncode == 0 and "version 1" not in status.stdout
        assert "version 2 (active)" in status.stdout and "older versions" not in status.stdout
        with httpx.Client(base_url=served.url, timeout=60) as http:  # the server that saw it all
            token = http.post("/auth/login", json={"username": "sam", "password": PASSWORD}).json()["access_token"]
            for document_id, content in uploaded.items():
                got = http.get(f"/documents/{document_id}/content", headers={"Authorization": f"Bearer {token}"})
                assert got.status_code == 200 and got.content == content
    finally:
        served.stop()
    folder.documents.update(uploaded)
    folder.assert_everything_reads()  # a fresh process that never knew version 1
    verified = subprocess.run([sys.executable, "-m", "vault", "audit", "verify", "--data", str(folder.path)],
                              capture_output=True, text=True, timeout=120, check=False)
    assert verified.returncode == 0, verified.stderr
    assert json.loads((folder.path / "vault.key").read_text())["active"] == 2
