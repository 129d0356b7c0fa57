"""Fixtures for the vault's tests: a vault over each database backend (see tests/fixtures_db.py),
with a fixed clock, seeded ids, cheap password hashing, an in-memory object store, and a cast."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage import Keyring, MemoryStore

sys.path.insert(0, str(Path(__file__).parent))  # so tests can `import vault_world`

import httpx
from vault_world import (
    START,
    TEST_RULES,
    Cast,
    LiveServer,
    make_cast,
)

from vault.api import create_app
from vault.app import Vault
from vault.clock import FixedClock
from vault.db import Database
from vault.ids import SeededIds


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def backend() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
def keyring() -> Keyring:
    return Keyring.generate()


@pytest.fixture
def vault(database: Database, keyring: Keyring, backend: MemoryStore, clock: FixedClock) -> Iterator[Vault]:
    yield Vault(database=database, keyring=keyring, backend=backend, rules=TEST_RULES, clock=clock, ids=SeededIds(7))


@pytest.fixture
def cast(vault: Vault) -> Cast:
    return make_cast(vault)



@pytest.fixture(scope="session")
def live_server() -> Iterator[LiveServer]:
    """One real uvicorn server for the session; each test points it at its own vault."""
    server = LiveServer(create_app(None))  # type: ignore[arg-type]
    yield server
    server.stop()


@pytest.fixture
def client(vault: Vault, live_server: LiveServer) -> Iterator[httpx.Client]:
    live_server.app.state.vault = vault
    with httpx.Client(base_url=live_server.url, timeout=30) as http:
        yield http
    live_server.app.state.vault = None
