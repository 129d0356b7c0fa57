"""Publications: the published case studies, in a store of their own, readable by every member of staff.

Why the published store is not encrypted: what goes in has passed redaction and verification twice and
was read and accepted by the family's supporter and a second person; it is training material meant to
be handed on (a shared folder, a bucket a training site reads). Encrypting it under the vault's keys
would protect nothing secret and would tie every future reader to the vault's key file, and a separate
key hierarchy would be one more key to lose. What encryption would add, integrity, comes instead from the
SHA-256 of every part, recorded in the database when it is published and checked before any part is
released. Kept apart from the families' encrypted store (its own URL: a folder or an S3 bucket), so
neither store's administrator learns anything from the other.

Nothing in the published store or the publication rows points back to a family: object names are
fresh random ids, with no tags and no metadata; the rows hold a checked title, dates and sizes, and the
coordinator who published it. The audit log alone records which case study a publication came from.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
from collections.abc import Sequence

from sqlalchemy import select

from storage import ByteStore, StorageError
from vault.audit import AuditAction
from vault.db.models import CaseStudy, Publication, PublicationPart
from vault.errors import ContentUnavailable, StorageUnavailable
from vault.ids import IdSource
from vault.policy import Action, Actor, Target, TargetKind
from vault.services._work import Core, Work
from vault.services.case_studies.views import (
    EXTENSIONS,
    CaseStudyState,
    PublicationPartView,
    PublicationView,
)

__all__ = ["PublicationService", "PublishedPart", "PublishedStore", "publication_view", "withdraw_publication"]


class PublishedStore:
    """The published store: plain bytes under random names, nothing else."""

    def __init__(self, backend: ByteStore) -> None:
        self.backend = backend

    def __repr__(self) -> str:
        return f"PublishedStore({self.backend!r})"

    @staticmethod
    def name(part_id: str, kind: str) -> str:
        return f"{part_id}.{EXTENSIONS.get(kind, 'bin')}"

    def write(self, ids: IdSource, parts: Sequence[tuple[str, bytes]]) -> list[tuple[str, str]]:
        """Each (kind, bytes) under a fresh id; returns (part id, sha256) in order. All or nothing."""
        written: list[tuple[str, str]] = []
        try:
            for kind, data in parts:
                part_id = ids.new_id()
                self.backend.put(self.name(part_id, kind), io.BytesIO(data), length=len(data))
                written.append((part_id, hashlib.sha256(data).hexdigest()))
        except StorageError as error:
            self.delete([part_id for part_id, _ in written], kinds=[kind for kind, _ in parts[: len(written)]])
            raise StorageUnavailable(f"the published store is unavailable ({error}); nothing was published") from None
        return written

    def delete(self, part_ids: Sequence[str], *, kinds: Sequence[str]) -> None:
        self.delete_names([self.name(part_id, kind) for part_id, kind in zip(part_ids, kinds, strict=True)])

    def delete_names(self, names: Sequence[str]) -> None:
        for name in names:
            with contextlib.suppress(StorageError):
                self.backend.delete(name)

    def read(self, part: PublicationPart) -> bytes:
        try:
            with self.backend.open(self.name(part.id, part.kind)) as stream:
                data = stream.read()
        except StorageError as error:
            raise ContentUnavailable(f"the published file cannot be read ({type(error).__name__})") from None
        if len(data) != part.size or hashlib.sha256(data).hexdigest() != part.sha256:
            raise ContentUnavailable("the published file failed its integrity check (changed since it was published)")
        return data


class PublishedPart:
    def __init__(self, filename: str, content_type: str, data: bytes) -> None:
        self.filename, self.content_type, self.data = filename, content_type, data


class PublicationService:
    def __init__(self, core: Core, store: PublishedStore) -> None:
        self._core = core
        self._store = store

    def list(self, actor: Actor) -> list[PublicationView]:
        with self._core.read(actor) as work:
            decision = work.authorize(Action.PUBLICATION_LIST, Target.service())
            rows = list(work.session.scalars(select(Publication).where(Publication.withdrawn_at.is_(None))
                                             .order_by(Publication.published_at.desc(), Publication.id)))
            work.record(AuditAction.LISTED, Target.service(), decision=decision, operation=str(Action.PUBLICATION_LIST),
                        detail={"publications": [row.id for row in rows]})
            return [publication_view(work, row) for row in rows]

    def describe(self, actor: Actor, publication_id: str) -> PublicationView:
        with self._core.read(actor) as work:
            row = _live(work, Action.PUBLICATION_READ, publication_id)
            decision = work.authorize(Action.PUBLICATION_READ, Target(TargetKind.PUBLICATION, row.id))
            work.record(AuditAction.VIEWED, Target(TargetKind.PUBLICATION, row.id), decision=decision)
            return publication_view(work, row)

    def part(self, actor: Actor, publication_id: str, position: int) -> PublishedPart:
        """One part's bytes, checked against the digest recorded when it was published."""
        with self._core.read(actor) as work:
            row = _live(work, Action.PUBLICATION_READ, publication_id)
            decision = work.authorize(Action.PUBLICATION_READ, Target(TargetKind.PUBLICATION, row.id))
            part = work.session.scalar(select(PublicationPart).where(PublicationPart.publication_id == row.id,
                                                                     PublicationPart.position == position))
            if part is None:
                raise work.missing(Action.PUBLICATION_READ, TargetKind.PUBLICATION, publication_id)
            data = self._store.read(part)
            work.record(AuditAction.VIEWED, Target(TargetKind.PUBLICATION, row.id), decision=decision,
                        detail={"part": position, "content": True})
        name = f"case-study-{row.id[:8]}-part-{position}.{EXTENSIONS.get(part.kind, 'bin')}"
        return PublishedPart(name, part.content_type, data)

    def withdraw(self, actor: Actor, publication_id: str) -> None:
        with self._core.work(actor) as work:
            row = _live(work, Action.PUBLICATION_WITHDRAW, publication_id)
            decision = work.authorize(Action.PUBLICATION_WITHDRAW, Target(TargetKind.PUBLICATION, row.id))
            names = withdraw_publication(work, row)
            _mark_withdrawn(work, row.id)
            work.record(AuditAction.WITHDRAWN, Target(TargetKind.PUBLICATION, row.id), decision=decision,
                        detail={"parts": len(names)})
        self._store.delete_names(names)


def _live(work: Work, action: Action, publication_id: str) -> Publication:
    from vault.services._work import is_id

    row = work.session.get(Publication, publication_id) if is_id(publication_id) else None
    if row is None or row.withdrawn_at is not None:
        raise work.missing(action, TargetKind.PUBLICATION, publication_id)
    return row


def withdraw_publication(work: Work, row: Publication) -> list[str]:
    """Mark it withdrawn; returns the store names to delete once the change is committed."""
    row.withdrawn_at, row.withdrawn_by = work.now, work.actor.id
    parts = work.session.scalars(select(PublicationPart).where(PublicationPart.publication_id == row.id))
    return [PublishedStore.name(part.id, part.kind) for part in parts]


def _mark_withdrawn(work: Work, publication_id: str) -> None:
    """The case study it came from (found through the audit log) is marked withdrawn too, if it still exists."""
    from vault.services.case_studies.publishing import published_by_publication

    case_study_id = published_by_publication(work, publication_id)
    row = work.session.get(CaseStudy, case_study_id) if case_study_id else None
    if row is not None and row.state == CaseStudyState.PUBLISHED:
        row.state = CaseStudyState.WITHDRAWN


def publication_view(work: Work, row: Publication) -> PublicationView:
    parts = work.session.scalars(select(PublicationPart).where(PublicationPart.publication_id == row.id)
                                 .order_by(PublicationPart.position))
    return PublicationView(row.id, row.title, row.published_at,
                           [PublicationPartView(p.position, p.kind, p.content_type, p.size, p.sha256) for p in parts])

