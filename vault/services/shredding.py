"""Destroying documents and cases: the key shred commits with the rows; the bytes go afterwards.

Inside the unit of work the object keys (or the case key) are deleted through the KeyStore, in the
same transaction that marks the rows destroyed: once that commits, every copy of the ciphertext is
noise. Only then are the bytes (and every version the backend keeps) deleted, best effort; anything
left behind is undecryptable and the orphan sweep removes it. The reverse order could leave a row
whose bytes are gone, which is never allowed.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select

from storage import EncryptedStore, StorageError
from vault.db.models import (
    AccessGrant,
    Case,
    Consent,
    Disclosure,
    Document,
    Note,
    Person,
    ReturnRequest,
    SafeguardingOverride,
    SubjectAccessItem,
    SubjectAccessRequest,
)
from vault.keystore import SqlKeyStore
from vault.services._work import Core, Work
from vault.services.states import CaseStatus, DocumentState

__all__ = ["delete_bytes", "destroy_case", "destroy_document"]


def destroy_document(work: Work, row: Document) -> list[str]:
    """Shred the document's key (and its previews'); returns the object ids whose bytes go after the commit."""
    from vault.services.case_studies.forgetting import (
        forget_document,  # case studies import this module
    )
    from vault.services.previews import forget_previews

    work.keystore.shred_object(row.id, at=work.now)
    previews = forget_previews(work, document_id=row.id)
    forget_document(work, row.id)
    row.state = DocumentState.DESTROYED
    row.destroyed_at = work.now
    row.title_sealed = row.filename_sealed = None
    return [row.id, *previews]


def destroy_case(work: Work, case: Case) -> list[str]:
    """Shred the case key and every object key, and delete everything personal; the case row stays
    as a tombstone (its opaque reference and its statistics categories). Returns the object ids."""
    from vault.services.case_studies.forgetting import (
        forget_case,  # case studies import this module
    )

    from vault.services.family_forgetting import forget_family
    from vault.services.previews import forget_previews
    from vault.services.search_index import forget_case as forget_search_tokens

    object_ids = [t.object_id for t in work.keystore.shred_case(case.id, at=work.now)]
    forget_case(work, case.id)
    forget_search_tokens(work, case.id)
    object_ids += forget_previews(work, case_id=case.id)  # their keys went with the case key
    forget_family(work, case.id)  # its links before the disclosures, its accounts before the people
    for model in (Disclosure, ReturnRequest, SubjectAccessItem, SubjectAccessRequest, Consent, AccessGrant, SafeguardingOverride,
                  Note):
        work.session.execute(delete(model).where(model.case_id == case.id))
    documents = list(work.session.scalars(select(Document.id).where(Document.case_id == case.id)))
    work.session.execute(delete(Document).where(Document.case_id == case.id))
    work.session.execute(delete(Person).where(Person.case_id == case.id))
    case.status = CaseStatus.DESTROYED
    case.destroyed_at = work.now
    case.code_sealed = case.label_sealed = case.hold_reason_sealed = None
    return sorted(set(object_ids) | set(documents))


def delete_bytes(core: Core, object_ids: Iterable[str]) -> list[str]:
    """After the commit: delete the (already undecryptable) bytes. Returns ids whose bytes remain."""
    core.database.scrub()
    store = EncryptedStore(core.backend, keyring=core.keyring.as_keyring(), keystore=SqlKeyStore(core.database), clock=core.clock.now)
    leftovers = []
    for object_id in object_ids:
        try:
            if store.shred(object_id).leftovers:
                leftovers.append(object_id)
        except StorageError:
            leftovers.append(object_id)
    return leftovers
