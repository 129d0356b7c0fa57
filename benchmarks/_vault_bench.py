"""Helpers shared by the vault benchmarks: a throwaway vault, a `vault serve` child, timing."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
PASSWORD = "benchmark password 1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def served(data: Path, *, extra: tuple[str, ...] = ()) -> Iterator[str]:
    """`vault serve` on the data folder, in its own process (as in production); yields its URL.
    ``extra``: more options (``--no-jobs``, ``--workers 1``)."""
    port = free_port()
    log = open(data / "serve.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [sys.executable, "-m", "vault", "serve", "--data", str(data), "--port", str(port), *extra],
        stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{url}/openapi.json", timeout=2)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"vault serve did not start; see {data / 'serve.log'}") from None
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


_SECRETS: dict[tuple[str, str], bytes] = {}  # second factors set up by login(), per server and user


def login(url: str, username: str) -> dict[str, str]:
    """Sign in as ``username``; the first time, set up the second factor as a member of staff would."""
    from datetime import UTC, datetime

    body = {"username": username, "password": PASSWORD}
    secret = _SECRETS.get((url, username))
    if secret is not None:
        from vault.services import totp

        time.sleep(totp.STEP_SECONDS - time.time() % totp.STEP_SECONDS + 0.1)  # a code is good once: the next one
        body["code"] = totp.code_at(secret, datetime.now(UTC))
    response = httpx.post(f"{url}/auth/login", json=body, timeout=30)
    response.raise_for_status()
    headers = {"Authorization": f"Bearer {response.json()['access_token']}"}
    if response.json().get("scope") == "enrol":
        from vault.services import totp

        enrolment = httpx.post(f"{url}/auth/totp/enrol", headers=headers, timeout=30).json()
        secret = totp.secret_from_text(enrolment["secret"])
        code = totp.code_at(secret, datetime.now(UTC))
        httpx.post(f"{url}/auth/totp/confirm", json={"code": code}, headers=headers, timeout=30).raise_for_status()
        _SECRETS[(url, username)] = secret
    return headers
