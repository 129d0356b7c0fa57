"""``vault serve --workers N``: N server processes over one vault, stopped together."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from serving import alive, children, free_port, wait_until_serving

from vault.cli import main
from vault.datadir import create_data_dir
from vault.policy import Actor, Role
from vault.settings import Rules

PASSWORD = "a long enough password"


@pytest.mark.slow
def test_several_processes_serve_one_vault_and_stop_together(tmp_path: Path) -> None:
    from vault.app import open_vault
    from vault.services import NewCase

    settings = create_data_dir(tmp_path / "data", rules=Rules(argon2_time_cost=1, argon2_memory_kib=64, argon2_parallelism=1,
                                                           require_second_factor=False))
    vault = open_vault(settings)
    try:
        staff = vault.staff.add(Actor.operator("test"), username="sam", role=Role.PARENTAL_SUPPORTER, password=PASSWORD,
                                dbs_checked_on=vault.core.clock.now().date())
        case = vault.cases.open(Actor(staff.id, Role.PARENTAL_SUPPORTER, "sam"), NewCase(need="Autistic spectrum disorder")).id
    finally:
        vault.close()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "vault", "serve", "--data", str(settings.data_dir), "--port", str(port),
                               "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    workers: list[int] = []
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_serving(server, url)
        deadline = time.monotonic() + 30
        while len(workers := children(server.pid)) < 2:
            assert time.monotonic() < deadline, f"expected 2 worker processes, found {workers}"
            time.sleep(0.2)
        token = httpx.post(f"{url}/auth/login", json={"username": "sam", "password": PASSWORD}, timeout=30).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        made = []
        for n in range(6):  # a fresh connection each time: the processes share the listening socket
            response = httpx.post(f"{url}/cases/{case}/documents", content=f"letter {n}".encode(),
                                  headers={**headers, "X-Title": "Letter", "X-Filename": "l.txt"}, timeout=30)
            assert response.status_code == 201, response.text
            made.append(response.json()["id"])
        for n, document in enumerate(made):
            assert httpx.get(f"{url}/documents/{document}/content", headers=headers, timeout=30).content == f"letter {n}".encode()
    finally:
        server.terminate()
        server.wait(timeout=30)
        if server.stdout:
            server.stdout.close()
    time.sleep(0.5)
    assert [pid for pid in workers if alive(pid)] == []
    assert main(["audit", "verify", "--data", str(settings.data_dir)]) == 0


def test_workers_must_be_positive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    create_data_dir(tmp_path / "data")
    assert main(["serve", "--data", str(tmp_path / "data"), "--workers", "-1"]) == 2
    assert "--workers is 1 or more" in capsys.readouterr().err
