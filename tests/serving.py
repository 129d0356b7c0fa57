"""Helpers for tests that run ``vault serve`` in a subprocess (importable as ``serving``)."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

import httpx

__all__ = ["alive", "children", "free_port", "wait_until_serving"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_until_serving(process: subprocess.Popen[bytes], url: str, *, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            httpx.get(f"{url}/openapi.json", timeout=2)
            return
        except httpx.TransportError:
            assert process.poll() is None and time.monotonic() < deadline, "vault serve did not start"
            time.sleep(0.2)
