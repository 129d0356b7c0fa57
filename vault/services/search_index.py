"""The case search index, kept in step with the sealed fields it is made from.

A random 256-bit index key per generation, wrapped by the master key exactly as a case key is (so a
database dump cannot recompute a digest, master key rotation rewraps it with the case keys, and
retiring a master key version waits until it wraps no index key either). Each token of a case
(:mod:`vault.search_terms`) is stored as HMAC-SHA256(index key, token), truncated to 128 bits.

Every write of a name, a label or an address re-indexes its case inside the same unit of work
(:func:`index_case`), under every live generation: the active one, and one being built by
``vault search reindex --new-key``. Destroying a case deletes its tokens (:func:`forget_case`).

Known limit of any such index: equal names give equal digests, so someone holding the database can
count how many cases share a (unknown) token; the key keeps them from learning which name it is.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError as SqlIntegrityError
from sqlalchemy.orm import Session

from storage import Keyring, StorageError
from vault.db.models import Case, Person, SearchKey, SearchToken
from vault.errors import ContentUnavailable
from vault.fields import Place
from vault.keyfile import LiveKeyring
from vault.search_terms import tokens_of
from vault.services._work import Work

__all__ = [
    "ACTIVE",
    "BUILDING",
    "active_key",
    "case_tokens",
    "digest",
    "forget_case",
    "index_case",
    "live_keys",
    "new_generation",
    "rewrap_search_keys",
    "search_key_versions",
]

ACTIVE = "active"
BUILDING = "building"
_DIGEST_BYTES = 16
_CONTEXT = b"send-vault search token v1\x00"


def _key_id(generation: int) -> str:
    # Bound into the wrapping (as a case id is), so one generation's wrapped key cannot stand for another's.
    return f"search-index:{generation}"


def digest(key: bytes, token: str) -> str:
    return hmac.new(key, _CONTEXT + token.encode("utf-8"), hashlib.sha256).digest()[:_DIGEST_BYTES].hex()


def _unwrap(keyring: LiveKeyring, row: SearchKey) -> bytes:
    try:
        return keyring.unwrap_case_key(_key_id(row.generation), bytes(row.wrapped))
    except StorageError:
        raise ContentUnavailable("the search index key cannot be opened with this key file") from None


def new_generation(session: Session, keyring: LiveKeyring, key: bytes, *, state: str, at: object) -> int:
    """Add a generation of the index key (in a savepoint: two first writers racing pick one)."""
    latest = session.scalar(select(SearchKey.generation).order_by(SearchKey.generation.desc()).limit(1)) or 0
    generation = latest + 1
    row = SearchKey(generation=generation, wrapped=keyring.wrap_case_key(_key_id(generation), key), state=state, created_at=at)
    with session.begin_nested():
        session.add(row)
    return generation


def live_keys(work: Work, *, create: bool = True) -> list[tuple[int, bytes]]:
    """Every generation indexing writes go to: (generation, key). With ``create``, the first write of
    a vault makes generation 1."""
    rows = list(work.session.scalars(select(SearchKey).order_by(SearchKey.generation)))
    if not rows and create:
        try:
            new_generation(work.session, work.core.keyring, work.core.ids.random_bytes(32), state=ACTIVE, at=work.now)
        except SqlIntegrityError:
            pass  # another writer made it first: use theirs
        rows = list(work.session.scalars(select(SearchKey).order_by(SearchKey.generation)))
    return [(row.generation, _unwrap(work.core.keyring, row)) for row in rows]


def active_key(work: Work) -> tuple[int, bytes] | None:
    row = work.session.scalar(
        select(SearchKey).where(SearchKey.state == ACTIVE).order_by(SearchKey.generation.desc()).limit(1)
    )
    return None if row is None else (row.generation, _unwrap(work.core.keyring, row))


def case_tokens(work: Work, case: Case) -> set[str]:
    """The tokens of a case's label, people's names and postcodes, opened from their sealed fields."""
    names: list[str] = []
    addresses: list[str] = []
    label = work.fields.open_optional(case.id, Place("cases", "label", case.id), case.label_sealed)
    if label:
        names.append(label)
    for person in work.session.scalars(select(Person).where(Person.case_id == case.id)):
        if person.details_sealed is None:
            continue
        details = work.fields.open_json(case.id, Place("people", "details", person.id), person.details_sealed)
        if details.get("name"):
            names.append(details["name"])
        if details.get("address"):
            addresses.append(details["address"])
    return tokens_of(names, addresses)


def index_case(work: Work, case: Case, keys: Iterable[tuple[int, bytes]] | None = None) -> int:
    """Replace the case's tokens with those of its fields as they are in this unit of work."""
    work.session.flush()
    tokens = case_tokens(work, case)
    forget_case(work, case.id)
    written = 0
    for generation, key in keys if keys is not None else live_keys(work, create=bool(tokens)):
        digests = {digest(key, token) for token in tokens}
        work.session.add_all(SearchToken(generation=generation, digest=d, case_id=case.id) for d in sorted(digests))
        written += len(digests)
    return written


def forget_case(work: Work, case_id: str) -> None:
    work.session.execute(delete(SearchToken).where(SearchToken.case_id == case_id))


# -- master key rotation (vault.services.keys) ----------------------------------------------------


def search_key_versions(session: Session) -> Counter[int]:
    """Master key versions that wrap an index key (retirement waits for these too)."""
    return Counter(Keyring.version_of(bytes(wrapped)) for wrapped in session.scalars(select(SearchKey.wrapped)))


def rewrap_search_keys(session: Session, keyring: LiveKeyring) -> int:
    """Wrap every index key again under the active master key version; returns how many moved."""
    active = keyring.active_version
    moved = 0
    for row in session.scalars(select(SearchKey)):
        wrapped = bytes(row.wrapped)
        if Keyring.version_of(wrapped) == active:
            continue
        key = keyring.unwrap_case_key(_key_id(row.generation), wrapped)
        row.wrapped = keyring.current().wrap_case_key(_key_id(row.generation), key)
        moved += 1
    return moved
