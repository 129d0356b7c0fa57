"""Shredding objects and cases, and sweeping what interrupted operations left behind.

The shred itself is the key store step: once an object's key row (or its case's key) is deleted, every
copy of its ciphertext is noise, including old versions a backend keeps. Everything around it is best
effort and in an order that fails safe: tag the object ``shredded`` first (so an administrator or a
lifecycle rule sees it even if the delete below fails), destroy the key, then delete the bytes and all
their versions. Bytes that could not be deleted are reported as leftovers and removed by a later
``shred`` retry or :meth:`Shredder.sweep_orphans`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from storage._exceptions import (
    BackendUnavailable,
    IntegrityError,
    InvalidArgument,
    ObjectNotFound,
    StorageError,
)
from storage._system import Clock
from storage.backends.base import ByteStore
from storage.keystore import KeyStore, ObjectKey
from storage.naming import Naming
from storage.tags import ObjectState, ObjectTags

__all__ = ["ShredReport", "Shredder"]

# Only names this package makes (document ref "." random) are ever swept, so a shared bucket is safe.
_OUR_NAME = re.compile(r"[0-9a-f]{32}\.[0-9a-f]{16}")


@dataclass(frozen=True)
class ShredReport:
    """``shredded``: object ids whose keys this call destroyed. ``leftovers``: backend names whose
    (already undecryptable) bytes could not be deleted now."""

    shredded: tuple[str, ...]
    leftovers: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.leftovers


class Shredder:
    def __init__(self, backend: ByteStore, keystore: KeyStore, naming: Naming, *, clock: Clock) -> None:
        self._backend = backend
        self._keystore = keystore
        self._naming = naming
        self._clock = clock

    def shred_object(self, object_id: str) -> ShredReport:
        key = self._keystore.get_object_key(object_id)
        if key is None:
            tombstone = self._keystore.get_tombstone(object_id)
            if tombstone is None:
                raise ObjectNotFound(f"no object {object_id!r} in this store")
            return ShredReport((), self._delete_all([tombstone.name]))  # already shredded: retry the bytes
        self._mark_shredded([key])
        tombstone = self._keystore.shred_object(object_id, at=self._clock())
        shredded = (object_id,) if tombstone is not None else ()
        return ShredReport(shredded, self._delete_all([key.name]))

    def shred_case(self, case_id: str) -> ShredReport:
        keys = list(self._keystore.list_object_keys(case_id=case_id))
        if not keys and self._keystore.get_case_key(case_id) is None:
            if self._keystore.is_case_shredded(case_id):
                return ShredReport((), ())
            raise ObjectNotFound(f"no case {case_id!r} in this store")
        self._mark_shredded(keys)
        tombstones = self._keystore.shred_case(case_id, at=self._clock())
        return ShredReport(tuple(t.object_id for t in tombstones), self._delete_all([t.name for t in tombstones]))

    def sweep_orphans(self, *, older_than: timedelta) -> list[str]:
        """Delete our objects that no key row references and that are older than ``older_than``
        (younger ones may be uploads whose key row is about to be written), and discard the backend's
        unfinished writes of that age (temp files, multipart uploads whose abort never arrived)."""
        if older_than < timedelta(0):
            raise InvalidArgument("older_than must not be negative")
        live = {key.name for key in self._keystore.list_object_keys()}
        cutoff = self._clock() - older_than
        doomed = [found.name for found in self._backend.list()
                  if _OUR_NAME.fullmatch(found.name) and found.name not in live and found.modified <= cutoff]
        for name in doomed:
            self._backend.delete(name)
        self._backend.sweep_incomplete(started_before=cutoff)
        return doomed

    def delete_quietly(self, name: str) -> None:
        """Delete bytes nobody will ever have a key for; a failure leaves an orphan for the sweep."""
        self._delete_all([name])

    def _mark_shredded(self, keys: Iterable[ObjectKey]) -> None:
        for key in keys:
            try:
                current = self._current_tags(key)
                tags = current.with_state(ObjectState.SHREDDED)
                self._backend.set_tags(key.name, self._naming.sign_tags(key.name, tags.as_strings()))
            except BackendUnavailable:
                return  # no point waiting out a timeout per object; the key shred below still happens
            except StorageError:
                continue

    def _current_tags(self, key: ObjectKey) -> ObjectTags:
        try:
            return ObjectTags.from_strings(self._naming.check_tags(key.name, self._backend.get_tags(key.name)))
        except (IntegrityError, InvalidArgument):  # tags were tampered with: rebuild them from the key row
            return ObjectTags(case=self._naming.case_ref(key.case_id), document=self._naming.document_ref(key.object_id))

    def _delete_all(self, names: list[str]) -> tuple[str, ...]:
        leftovers: list[str] = []
        for position, name in enumerate(names):
            try:
                self._backend.delete(name)
            except BackendUnavailable:
                leftovers.extend(names[position:])
                break
            except StorageError:
                leftovers.append(name)
        return tuple(leftovers)
