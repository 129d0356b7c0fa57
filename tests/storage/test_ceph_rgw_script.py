"""scripts/ceph-rgw itself: idempotent start, recovery from a crashed cluster, clean stop, safe deletes."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from fixtures_s3 import SCRIPT, _parse_env, _require_ceph

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def script(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SCRIPT), *argv], capture_output=True, text=True, timeout=240, check=False)


def test_start_is_idempotent_recovers_from_a_crash_and_stop_cleans_up(tmp_path: Path) -> None:
    _require_ceph()
    directory = tmp_path / "cluster"
    first = script("start", "--dir", str(directory))
    try:
        assert first.returncode == 0, first.stderr
        env = _parse_env(first.stdout)
        assert set(env) == {"VAULT_S3_ENDPOINT", "VAULT_S3_ACCESS_KEY", "VAULT_S3_SECRET_KEY", "VAULT_S3_CA",
                            "VAULT_S3_URL_QUERY", "CEPH_CONF"}
        assert Path(env["VAULT_S3_CA"]).is_file() and env["VAULT_S3_ENDPOINT"].startswith("127.0.0.1:")
        assert script("status", "--dir", str(directory)).returncode == 0

        again = script("start", "--dir", str(directory))
        assert again.returncode == 0 and "already running" in again.stderr
        assert _parse_env(again.stdout) == env
        assert _parse_env(script("env", "--dir", str(directory)).stdout) == env

        for pidfile in (directory / "run").glob("*.pid"):  # a crash: every daemon gone at once
            os.kill(int(pidfile.read_text()), signal.SIGKILL)
        time.sleep(0.5)
        assert script("status", "--dir", str(directory)).returncode == 1
        restarted = script("start", "--dir", str(directory))
        assert restarted.returncode == 0, restarted.stderr
        assert script("status", "--dir", str(directory)).returncode == 0
    finally:
        stopped = script("stop", "--dir", str(directory))
    assert stopped.returncode == 0 and not directory.exists()
    assert script("status", "--dir", str(directory)).returncode == 1
    assert "nothing running" in script("stop", "--dir", str(directory)).stderr


def test_never_deletes_a_directory_it_did_not_make(tmp_path: Path) -> None:
    _require_ceph()
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.txt").write_text("do not delete")
    result = script("start", "--dir", str(precious))
    assert result.returncode == 1 and "not made by this script" in result.stderr
    assert script("stop", "--dir", str(precious)).returncode == 1
    assert (precious / "thesis.txt").read_text() == "do not delete"


def test_usage_errors() -> None:
    assert script("start", "--objectstore", "floppy").returncode == 2
    assert script("start", "--bogus").returncode == 2
    assert script("frobnicate").returncode == 2
