"""Fixtures for the web interface: a vault with the cast of tests/vault (fixed clock, seeded ids, cheap
hashing), the server app with the web interface mounted, and a TestClient that signs in as anyone."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parents[1] / "vault"))  # the cast: tests/vault/vault_world.py
sys.path.insert(0, str(Path(__file__).parent))  # web_world

from browser_world import World, chromium_browser, world_at
from vault_world import START, TEST_RULES, Cast, make_cast
from web_world import sign_in

from storage import Keyring, MemoryStore
from vault.api.worker import serving_app
from vault.app import Vault
from vault.clock import FixedClock
from vault.db import Database
from vault.ids import SeededIds


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def vault(database: Database, clock: FixedClock) -> Iterator[Vault]:
    yield Vault(database=database, keyring=Keyring.generate(), backend=MemoryStore(), rules=TEST_RULES, clock=clock,
                ids=SeededIds(11))


@pytest.fixture
def cast(vault: Vault) -> Cast:
    return make_cast(vault)


@pytest.fixture
def browser(vault: Vault) -> Iterator[TestClient]:
    """A browser without a session (cookies kept between requests, redirects not followed)."""
    with TestClient(serving_app(vault), base_url="http://127.0.0.1", follow_redirects=False) as client:
        yield client


@pytest.fixture
def signed_in(browser: TestClient, cast: Cast) -> Callable[[str], TestClient]:
    def as_(username: str) -> TestClient:
        sign_in(browser, username)
        return browser

    return as_


# The browser tests' own (tests/web/browser_world.py): one Chromium per module, a served vault per test.
# A module that needs another world (a second factor, a fixed clock, a job engine) defines its own.
@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    yield from chromium_browser()


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    made = world_at(tmp_path)
    yield made
    made.close()
