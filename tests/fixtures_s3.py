"""Fixtures for the real S3 server: Ceph RADOS Gateway over TLS, started and stopped by ``scripts/ceph-rgw``.

``s3_server`` (session-scoped) starts one single-node cluster for the whole test run in a temporary
directory and stops it at the end; set ``VAULT_TEST_CEPH_DIR`` to reuse a gateway you started yourself
(``scripts/ceph-rgw start --dir DIR``), which is then left running. Tests get a fresh bucket each::

    def test_something(s3_server):
        bucket = s3_server.new_bucket(versioning=True)
        backend = open_backend(s3_server.store_url(bucket), environ=s3_server.environ())

``ceph_cluster_factory`` starts *extra*, private clusters for tests that kill or pause the gateway.
Without Ceph installed the tests skip (or fail in CI, see ``support.unavailable``).
"""

from __future__ import annotations

import gc
import itertools
import os
import secrets
import signal
import subprocess
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from support import REPO_ROOT, require_executable, unavailable

if TYPE_CHECKING:
    from minio import Minio

    from storage.backends.s3_settings import S3Settings

__all__ = ["S3Server", "ceph_cluster_factory", "s3_server"]

SCRIPT = REPO_ROOT / "scripts" / "ceph-rgw"
_bucket_numbers = itertools.count(1)


@dataclass
class S3Server:
    """One running gateway: where it is, how to reach it, and helpers for tests."""

    endpoint: str
    access_key: str = field(repr=False)
    secret_key: str = field(repr=False)
    ca_path: Path
    directory: Path
    _inspector: Minio | None = field(default=None, repr=False, compare=False)

    def environ(self) -> dict[str, str]:
        """The credentials as the store URL parser reads them (pass as ``environ=`` or setenv them)."""
        return {"VAULT_S3_ACCESS_KEY": self.access_key, "VAULT_S3_SECRET_KEY": self.secret_key}

    def apply_env(self, monkeypatch: pytest.MonkeyPatch) -> None:
        for name, value in self.environ().items():
            monkeypatch.setenv(name, value)

    def store_url(self, bucket: str, *, prefix: str = "") -> str:
        """``s3://bucket[/prefix]?endpoint=...&secure=true&ca=...`` for this gateway."""
        path = f"/{prefix}" if prefix else ""
        return f"s3://{bucket}{path}?endpoint={self.endpoint}&secure=true&ca={self.ca_path}"

    def settings(self, bucket: str, **overrides: object) -> S3Settings:
        from storage.backends.s3_settings import S3Settings

        options: dict[str, object] = {"bucket": bucket, "endpoint": self.endpoint, "access_key": self.access_key,
                                      "secret_key": self.secret_key, "ca_file": str(self.ca_path)}
        options.update(overrides)
        return S3Settings(**options)  # type: ignore[arg-type]

    def client(self) -> Minio:
        """A plain minio client (for inspecting what the server really holds); one per server, closed with it."""
        from minio import Minio

        from storage.backends.s3 import http_client

        if self._inspector is None:
            self._inspector = Minio(self.endpoint, access_key=self.access_key, secret_key=self.secret_key,
                                    secure=True, http_client=http_client(self.settings("unused")))
        return self._inspector

    def close(self) -> None:
        """Close the inspecting client's connections (left to the garbage collector, they warn mid-test)."""
        if self._inspector is not None:
            self._inspector._http.clear()
            self._inspector = None

    def new_bucket(self, *, versioning: bool = False, object_lock: bool = False) -> str:
        """Create a fresh, uniquely named bucket and return its name."""
        from minio.commonconfig import ENABLED
        from minio.versioningconfig import VersioningConfig

        name = f"t{next(_bucket_numbers)}-{secrets.token_hex(4)}"
        client = self.client()
        client.make_bucket(name, object_lock=object_lock)
        if versioning and not object_lock:  # object lock turns versioning on by itself
            client.set_bucket_versioning(name, VersioningConfig(ENABLED))
        return name

    # -- for tests that make the gateway go away ---------------------------------------------------

    def gateway_pid(self) -> int:
        return int((self.directory / "run" / "client.rgw.vault.pid").read_text())

    def kill_gateway(self) -> None:
        os.kill(self.gateway_pid(), signal.SIGKILL)

    def pause_gateway(self) -> None:
        os.kill(self.gateway_pid(), signal.SIGSTOP)

    def resume_gateway(self) -> None:
        os.kill(self.gateway_pid(), signal.SIGCONT)

    def restart_gateway(self) -> None:
        _run_script("restart-gateway", self.directory)


def _run_script(command: str, directory: Path, *extra: str) -> str:
    result = subprocess.run([str(SCRIPT), command, "--dir", str(directory), *extra],
                            capture_output=True, text=True, timeout=240, check=False)
    if result.returncode != 0:
        pytest.fail(f"scripts/ceph-rgw {command} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def _parse_env(text: str) -> dict[str, str]:
    values = {}
    for line in text.splitlines():
        if line.startswith("export ") and "=" in line:
            name, _, value = line[len("export "):].partition("=")
            values[name] = value.strip("'")
    return values


def _server_from(directory: Path, env_text: str) -> S3Server:
    env = _parse_env(env_text)
    return S3Server(endpoint=env["VAULT_S3_ENDPOINT"], access_key=env["VAULT_S3_ACCESS_KEY"],
                    secret_key=env["VAULT_S3_SECRET_KEY"], ca_path=Path(env["VAULT_S3_CA"]), directory=directory)


def _require_ceph() -> None:
    for executable in ("ceph-mon", "ceph-osd", "radosgw", "openssl", "curl"):
        require_executable(executable)


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    """The suite's Ceph RADOS Gateway (TLS, self-signed CA), shared by every S3 test of the run."""
    reuse = os.environ.get("VAULT_TEST_CEPH_DIR")
    if reuse:
        directory = Path(reuse)
        if not (directory / "env").exists():
            unavailable(f"VAULT_TEST_CEPH_DIR={reuse} holds no running gateway")
        reused = _server_from(directory, _run_script("env", directory))
        yield reused
        reused.close()
        return
    _require_ceph()
    directory = tmp_path_factory.mktemp("ceph") / "cluster"
    started = time.monotonic()
    server = _server_from(directory, _run_script("start", directory, "--size", "3G"))
    print(f"ceph-rgw: gateway ready in {time.monotonic() - started:.1f}s at {server.endpoint}")
    try:
        yield server
    finally:
        server.close()
        _run_script("stop", directory)


@pytest.fixture
def ceph_cluster_factory(tmp_path: Path) -> Iterator[Callable[[], S3Server]]:
    """Starts private clusters (for tests that kill or pause the gateway); all stopped afterwards."""
    _require_ceph()
    started: list[Path] = []
    servers: list[S3Server] = []

    def start() -> S3Server:
        directory = tmp_path / f"cluster{len(started)}"
        started.append(directory)
        servers.append(_server_from(directory, _run_script("start", directory, "--size", "2G")))
        return servers[-1]

    try:
        yield start
    finally:
        for server in servers:
            server.close()
        # Connections to a gateway the test killed or paused die with it; collected here, where their sockets are
        # known to be dead, they cannot warn later inside some other test.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()
        for directory in started:
            # A paused gateway cannot be stopped politely; the script escalates to SIGKILL.
            subprocess.run([str(SCRIPT), "stop", "--dir", str(directory)], capture_output=True, timeout=120,
                           check=False)
