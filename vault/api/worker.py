"""The application of one server process when ``vault serve --workers N`` runs several.

Each process opens the vault itself, from the data folder ``vault serve`` names in its environment,
so the processes share the database, the object store and the key file, and nothing else: the policy
runs on every request, SQLite's locks (or PostgreSQL's) and the audit head serialise the writers, and
each process follows the key file on its own (:class:`vault.keyfile.LiveKeyring`).

A worker must not outlive ``vault serve``: killed with ``kill -9``, the parent cannot stop its
workers, and they would go on serving the port with nobody supervising them. So each worker asks
the kernel for SIGTERM when its parent dies (``prctl(PR_SET_PDEATHSIG)``), and checks once that the
parent it was started by is still its parent (it may have died before the request was made).
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI

if TYPE_CHECKING:
    from vault.app import Vault

__all__ = ["DATA_ENV", "JOBS_ENV", "PARENT_ENV", "app", "serving_app", "stop_with_parent"]

DATA_ENV = "VAULT_SERVE_DATA"
JOBS_ENV = "VAULT_SERVE_JOBS"  # "0": this server process runs no job worker (`vault serve --no-jobs`)
PARENT_ENV = "VAULT_SERVE_PARENT"
_PR_SET_PDEATHSIG = 1


def stop_with_parent(parent: int) -> None:
    """SIGTERM to this process when ``parent`` (the ``vault serve`` process) dies; at once if it has."""
    if not sys.platform.startswith("linux"):
        return  # prctl is Linux's; elsewhere a parent killed with -9 can still leave workers running
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if os.getppid() != parent:  # the parent died before the kernel was asked to tell us
        os.kill(os.getpid(), signal.SIGTERM)


def app() -> FastAPI:
    """The ASGI application of this process (an app factory, as uvicorn's workers need)."""
    from vault.app import open_vault
    from vault.settings import Settings

    if os.environ.get(PARENT_ENV):
        stop_with_parent(int(os.environ[PARENT_ENV]))
    settings = Settings.load(Path(os.environ[DATA_ENV]))
    vault = open_vault(settings, migrate=False)  # `vault serve` migrated it before starting us
    return serving_app(vault, run_jobs=os.environ.get(JOBS_ENV, "1") != "0")


def serving_app(vault: Vault, *, run_jobs: bool = True) -> FastAPI:
    """What `vault serve` serves: the JSON API with the web interface mounted beside it (and, unless
    told not to, a job worker in the background of each server process)."""
    from vault.api.app import create_app
    from vault.web import mount_web

    return mount_web(create_app(vault, run_jobs=run_jobs), vault)
