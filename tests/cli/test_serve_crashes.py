"""What a crash leaves behind, with the real server (issue 12, item 7): temp files of uploads killed part
way (counted by the sweep, cleared at start-up), workers of a parent killed with ``kill -9``, a missing
audit head, and a subject access archive abandoned part way."""

from __future__ import annotations

import io
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from serving import alive, children, free_port, wait_until_serving

from vault.app import open_vault
from vault.cli import main
from vault.datadir import create_data_dir
from vault.policy import Actor, Role
from vault.services import NewCase, PersonInput, Relation
from vault.settings import Rules, Settings

pytestmark = pytest.mark.slow

PASSWORD = "a long enough password"
RULES = Rules(argon2_time_cost=1, argon2_memory_kib=64, argon2_parallelism=1, require_second_factor=False)


@pytest.fixture
def data(tmp_path: Path) -> tuple[Settings, str, str]:
    settings = create_data_dir(tmp_path / "data", rules=RULES)
    vault = open_vault(settings)
    try:
        view = vault.staff.add(Actor.operator("test"), username="sam", role=Role.PARENTAL_SUPPORTER, password=PASSWORD,
                               dbs_checked_on=vault.core.clock.now().date())
        sam = Actor(view.id, Role.PARENTAL_SUPPORTER, "sam")
        case = vault.cases.open(sam, NewCase(need="Autistic spectrum disorder", people=(PersonInput(Relation.PARENT, "SW"),))).id
    finally:
        vault.close()
    return settings, case, view.id


@contextmanager
def serving(settings: Settings, *extra: str) -> Iterator[tuple[subprocess.Popen[bytes], str, int]]:
    port = free_port()
    options = extra or ("--workers", "1")
    process = subprocess.Popen([sys.executable, "-m", "vault", "serve", "--data", str(settings.data_dir), "--port", str(port), *options],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(process, url)
        yield process, url, port
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=90)
        if process.stdout:
            process.stdout.close()


def _headers(url: str) -> dict[str, str]:
    response = httpx.post(f"{url}/auth/login", json={"username": "sam", "password": PASSWORD}, timeout=30)
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def _temp_files(settings: Settings) -> list[Path]:
    return sorted((settings.data_dir / "objects").rglob(".tmp-*"))  # where the local store spools a write


def test_an_upload_killed_part_way_is_cleared_at_start_up_and_counted_by_the_sweep(data: tuple[Settings, str, str],
                                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    settings, case, _sam = data
    with serving(settings) as (process, url, port):
        bearer = _headers(url)["Authorization"].encode()
        conn = socket.create_connection(("127.0.0.1", port))
        conn.sendall(b"POST /cases/%s/documents HTTP/1.1\r\nHost: x\r\nAuthorization: %s\r\nX-Title: Big\r\nX-Filename: big.bin\r\n"
                     b"Content-Length: %d\r\n\r\n" % (case.encode(), bearer, 64 << 20))
        for _ in range(8):
            conn.sendall(os.urandom(1 << 20))
        deadline = time.monotonic() + 20
        while not _temp_files(settings):
            assert time.monotonic() < deadline, "the upload never reached the store"
            time.sleep(0.1)
        process.send_signal(signal.SIGKILL)  # the server dies mid-upload
        process.wait(timeout=10)
        conn.close()
    left = _temp_files(settings)
    assert len(left) == 1 and left[0].stat().st_size > 0
    # The sweep removes it and says so (it said "deleted 0" while removing it).
    assert main(["sweep", "--older-than-hours", "0", "--data", str(settings.data_dir)]) == 0
    assert "deleted 0 orphan object(s) and 1 unfinished upload(s)" in capsys.readouterr().out
    assert _temp_files(settings) == []
    # A restart clears what a crash left, once nobody has written to it for a while.
    crashed = left[0]
    crashed.write_bytes(b"x" * 1024)
    old = time.time() - 3600
    os.utime(crashed, (old, old))
    fresh = crashed.with_name(".tmp-0123456789abcdef")
    fresh.write_bytes(b"y")  # as if an upload of another server were in flight: spared
    with serving(settings) as (process, _url, _port):
        pass
    assert not crashed.exists() and fresh.exists()


def test_killing_the_parent_leaves_no_worker_serving_the_port(data: tuple[Settings, str, str]) -> None:
    settings, _case, _sam = data
    with serving(settings, "--workers", "2") as (process, url, port):
        deadline = time.monotonic() + 30
        while len(workers := children(process.pid)) < 2:
            assert time.monotonic() < deadline, f"expected 2 worker processes, found {workers}"
            time.sleep(0.2)
        time.sleep(1)  # the workers are serving
        assert httpx.get(f"{url}/openapi.json", timeout=5).status_code == 200
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        deadline = time.monotonic() + 40
        while any(alive(pid) for pid in workers):
            assert time.monotonic() < deadline, f"workers still running after their parent was killed: {[p for p in workers if alive(p)]}"
            time.sleep(0.2)
        with pytest.raises(httpx.TransportError):
            httpx.get(f"{url}/openapi.json", timeout=2)
    with socket.socket() as probe:  # the port is free again
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))


def test_a_deleted_audit_head_is_named_not_an_unexpected_error(data: tuple[Settings, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    settings, _case, _sam = data
    with sqlite3.connect(settings.data_dir / "vault.sqlite") as db:
        db.execute("DELETE FROM audit_head")
    code = main(["audit", "verify", "--data", str(settings.data_dir)])
    err = capsys.readouterr().err
    assert code == 1 and "unexpected error" not in err
    assert "audit head row is missing" in err
    code = main(["sweep", "--data", str(settings.data_dir)])  # anything else that records says why it cannot
    err = capsys.readouterr().err
    assert code == 1 and "unexpected error" not in err and "head row is missing" in err


def test_an_archive_abandoned_part_way_leaves_the_request_open(data: tuple[Settings, str, str]) -> None:
    settings, case, _sam = data
    with serving(settings) as (_process, url, _port):
        headers = _headers(url)
        big = os.urandom(24 << 20)  # random: the archive cannot compress it, nor can the sockets hold it all
        assert httpx.post(f"{url}/cases/{case}/documents", content=big,
                          headers={**headers, "X-Title": "Scan", "X-Filename": "scan.bin"}, timeout=60).status_code == 201
        parent = httpx.get(f"{url}/cases/{case}/details", headers=headers, timeout=30).json()["people"][0]["id"]
        request = httpx.post(f"{url}/cases/{case}/subject-access-requests", json={"subject_id": parent, "requester_id": parent},
                             headers=headers, timeout=30).json()

        def status() -> str:
            listed = httpx.get(f"{url}/cases/{case}/subject-access-requests", headers=headers, timeout=30).json()
            return str(next(r["status"] for r in listed if r["id"] == request["id"]))

        job = httpx.post(f"{url}/subject-access-requests/{request['id']}/review", headers=headers, timeout=30).json()
        deadline = time.monotonic() + 60
        while httpx.get(f"{url}/jobs/{job['id']}", headers=headers, timeout=30).json()["state"] != "succeeded":
            assert time.monotonic() < deadline
            time.sleep(0.2)
        for item in httpx.get(f"{url}/subject-access-requests/{request['id']}/items", headers=headers, timeout=30).json():
            httpx.post(f"{url}/subject-access-requests/{request['id']}/items/{item['number']}/decision",
                       json={"decision": "keep", "reason": "the family's own scan"}, headers=headers, timeout=30)

        with httpx.stream("POST", f"{url}/subject-access-requests/{request['id']}/archive", headers=headers, timeout=60) as response:
            assert response.status_code == 200
            received = 0
            for chunk in response.iter_raw():
                received += len(chunk)
                if received >= 1 << 20:
                    break  # the download is abandoned after 1 MB
        time.sleep(2)
        assert status() == "open"
        whole = httpx.post(f"{url}/subject-access-requests/{request['id']}/archive", headers=headers, timeout=120)
        assert zipfile.ZipFile(io.BytesIO(whole.content)).testzip() is None
        time.sleep(1)
        assert status() == "open"  # a member of staff's download: delivered only once handed over
        httpx.post(f"{url}/subject-access-requests/{request['id']}/hand-over", json={"note": "on a memory stick"},
                   headers=headers, timeout=30)
        assert status() == "fulfilled"
