"""The storage package's KeyStore contract, run against the vault's SQLAlchemy key store."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from storage.testing import DurableKeyStoreContract, KeyStoreContract
from vault.db import Database
from vault.keystore import SqlKeyStore


@pytest.fixture
def keystore(database: Database) -> SqlKeyStore:
    return SqlKeyStore(database)


@pytest.fixture
def reopen(db_url: str) -> Iterator[Callable[[], SqlKeyStore]]:
    opened: list[Database] = []

    def again() -> SqlKeyStore:
        opened.append(Database(db_url))
        return SqlKeyStore(opened[-1])

    yield again
    for database in opened:
        database.dispose()


class TestSqlKeyStore(KeyStoreContract, DurableKeyStoreContract):
    pass


def test_a_bound_key_store_writes_nothing_until_its_transaction_commits(database: Database) -> None:
    with pytest.raises(RuntimeError), database.transaction() as session:
        SqlKeyStore.bound(session).add_case_key("case-1", b"wrapped")
        assert SqlKeyStore.bound(session).get_case_key("case-1") == b"wrapped"
        raise RuntimeError("crash before commit")
    assert SqlKeyStore(database).get_case_key("case-1") is None
