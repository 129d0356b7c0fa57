"""Sharing that is delivered: a disclosure made under the parent's consent becomes a link for its
recipient only, carrying exactly the disclosure's documents.

The link's token (256 bits) is shown once, to the supporter who made it; only its SHA-256 is kept.
A link stops working when it expires (at most ``MAX_HOURS``), when it is revoked, or when the consent
the disclosure relied on is no longer in force (withdrawn, refused, restricted away): each then
answers exactly like a link that never existed. A single-use link is good for one visit: its first
opening hands the browser a visit secret (a cookie), and any later opening without it is a replay,
not found. Every opening and every download is audited under the recipient's own actor
(``link:<id>``); they are rate-limited per link (``WINDOW_USES`` an hour).

The supporter may have the vault e-mail the link to its recipient (:meth:`SharingService.send_link`),
only where the parent's consent to e-mail contact is on record for the case (policy 002, 4.2;
:func:`vault.services.outbox.email_contact_agreed`), marked CONFIDENTIAL, naming no child or family.
The recipient's address is used for the sending and not kept: the vault has no later use for a third
party's address, and the audit log says the link went to its recipient, never where.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from storage import PlaintextReader
from vault.audit import AuditAction
from vault.consent_rules import judge_disclosure
from vault.db.models import Case, Disclosure, Document, ShareLink
from vault.errors import Conflict, InvalidRequest, NotFound, TooManyAttempts
from vault.policy import Action, Actor, Role, Target, TargetKind
from vault.services._work import Core, Work, is_id
from vault.services.auth import token_digest
from vault.services.consent import load_records
from vault.services.disclosure import disclosure_view
from vault.services.documents import DocumentView, document_view, storage_errors
from vault.services.outbox import (
    Outbox,
    Sent,
    check_address,
    email_contact_agreed,
    when,
)
from vault.services.states import CaseStatus, DocumentState

__all__ = ["DEFAULT_HOURS", "MAX_HOURS", "WINDOW_USES", "LinkMade", "ShareLinkView", "SharedView", "SharingService"]

DEFAULT_HOURS = 72
MAX_HOURS = 14 * 24
WINDOW = timedelta(hours=1)
WINDOW_USES = 30  # openings and downloads of one link in an hour


@dataclass(frozen=True)
class LinkMade:
    """Shown once, to the supporter: the token goes in the link they send the recipient."""

    id: str
    token: str
    expires_at: datetime
    single_use: bool
    documents: int

    def __repr__(self) -> str:
        return f"LinkMade({self.id}, token=***, expires_at={self.expires_at.isoformat()})"


@dataclass(frozen=True)
class ShareLinkView:
    id: str
    disclosure_id: str
    single_use: bool
    created_by: str | None
    created_at: datetime
    expires_at: datetime
    status: str  # active, expired, revoked, used
    opens: int
    opened_at: datetime | None
    revoked_at: datetime | None


@dataclass(frozen=True)
class SharedView:
    """What the recipient sees: who it is for, why, and the documents (nothing else of the family)."""

    organisation: str
    recipient_role: str | None
    purpose: str
    expires_at: datetime
    documents: list[DocumentView]
    visit: str | None = None  # a single-use link's visit secret, given on its first opening only

    def __repr__(self) -> str:
        return f"SharedView({self.organisation!r}, documents={len(self.documents)})"


class SharingService:
    def __init__(self, core: Core, outbox: Outbox | None = None) -> None:
        self._core = core
        self._outbox = outbox or Outbox()

    # -- staff -------------------------------------------------------------------------------------

    def create(self, actor: Actor, disclosure_id: str, *, hours: int = DEFAULT_HOURS, single_use: bool = False) -> LinkMade:
        if not 1 <= hours <= MAX_HOURS:
            raise InvalidRequest(f"a link lasts from 1 hour to {MAX_HOURS // 24} days")
        with self._core.work(actor) as work:
            disclosure, decision = work.load(Action.SHARE_LINK_CREATE, Disclosure, TargetKind.DISCLOSURE, disclosure_id)
            if disclosure.consent_id is None:
                raise InvalidRequest("a link delivers a disclosure made under the parent's consent; "
                                     "share what a safeguarding override allows by other means")
            if not _consent_holds(work, disclosure):
                raise Conflict("the parent's consent for this disclosure is no longer in force: nothing can be sent")
            documents = json.loads(disclosure.document_ids)
            if not documents:
                raise InvalidRequest("this disclosure named no documents: there is nothing for a link to carry")
            token = self._core.ids.token()
            row = ShareLink(id=work.new_id(), case_id=disclosure.case_id, disclosure_id=disclosure.id,
                            token_hash=token_digest(token), document_ids=json.dumps(documents), single_use=single_use,
                            created_by=actor.id, created_at=work.now, expires_at=work.now + timedelta(hours=hours),
                            opens=0, window_uses=0)
            work.session.add(row)
            work.session.flush()
            work.record(AuditAction.CREATED, Target(TargetKind.SHARE_LINK, row.id, row.case_id), decision=decision,
                        detail={"disclosure": disclosure.id, "documents": documents, "hours": hours, "single_use": single_use})
            return LinkMade(row.id, token, row.expires_at, single_use, len(documents))

    def send_link(self, actor: Actor, made: LinkMade, *, to: str, link: str) -> Sent:
        """E-mail a link just made (``link``: its address, carrying ``made``'s token) to its recipient
        at ``to``, which is not kept. Refused (:class:`Conflict`, the refusal audited) unless the
        parent's consent to e-mail contact is on record for the case; :class:`MailNotSetUp` without a
        mail server; :class:`vault.mail.MailError` if the server does not take it (nothing recorded)."""
        address = check_address(to)
        if made.token not in link:
            raise InvalidRequest("the message carries the link that was made")
        self._outbox.require()
        with self._core.work(actor) as work:
            row, decision = work.load(Action.SHARE_LINK_CREATE, ShareLink, TargetKind.SHARE_LINK, made.id)
            target = Target(TargetKind.SHARE_LINK, row.id, row.case_id)
            if not hmac.compare_digest(row.token_hash, token_digest(made.token)):
                raise InvalidRequest("the message carries the link that was made")
            dead = _dead(work, row, None)
            if dead is not None:
                raise Conflict(f"this link can no longer be sent ({dead})")
            agreed = email_contact_agreed(work, row.case_id)
            if agreed:
                self._outbox.send_confidential(to=address, subject="documents shared with you",
                                               body=_link_body(link, row.expires_at, single_use=row.single_use))
                work.record(AuditAction.EXPORTED, target, decision=decision, operation="share_link.email",
                            detail={"to": "recipient", "disclosure": row.disclosure_id})
            else:
                work.record(AuditAction.REFUSED, target, decision=decision, operation="share_link.email",
                            detail={"to": "recipient", "reason": "no consent to e-mail contact"})
        if not agreed:  # after the commit: the refusal stays on the audit log
            raise Conflict("the parent's consent to e-mail contact is not recorded for this case (policy 002, 4.2): "
                           "hand the link over yourself")
        return Sent("recipient", made.id)

    def list(self, actor: Actor, disclosure_id: str) -> list[ShareLinkView]:
        with self._core.read(actor) as work:
            disclosure, decision = work.load(Action.SHARE_LINK_LIST, Disclosure, TargetKind.DISCLOSURE, disclosure_id)
            rows = list(work.session.scalars(select(ShareLink).where(ShareLink.disclosure_id == disclosure.id)
                                             .order_by(ShareLink.created_at, ShareLink.id)))
            work.record_listing(disclosure.case_id, decision, share_links=[row.id for row in rows])
            return [_link_view(work, row) for row in rows]

    def revoke(self, actor: Actor, link_id: str) -> ShareLinkView:
        with self._core.work(actor) as work:
            row, decision = work.load(Action.SHARE_LINK_REVOKE, ShareLink, TargetKind.SHARE_LINK, link_id)
            if row.revoked_at is not None:
                raise Conflict("this link was already revoked")
            row.revoked_at, row.revoked_by = work.now, actor.id
            work.record(AuditAction.REVOKED, Target(TargetKind.SHARE_LINK, row.id, row.case_id), decision=decision)
            return _link_view(work, row)

    # -- the recipient -----------------------------------------------------------------------------

    def open(self, token: str, *, visit: str | None = None) -> SharedView:
        """The link's page: NotFound for a link that is unknown, expired, revoked, replayed or whose
        consent ended; TooManyAttempts past the hour's uses. Audited as ``viewed``."""
        with self._core.work(Actor.anonymous()) as work:
            row = _usable(work, token, visit)
            if row is None:
                shared = None
            else:
                shared = self._opened(work, row)
        if shared is None:
            raise NotFound("no such link")  # after the commit: the refusal stays on the audit log
        return shared

    def _opened(self, work: Work, row: ShareLink) -> SharedView:
        fresh = None
        if row.single_use and row.opened_at is None:
            fresh = self._core.ids.token()
            row.visit_hash = token_digest(fresh)
        row.opened_at = row.opened_at or work.now
        row.opens += 1
        disclosure = work.session.get(Disclosure, row.disclosure_id)
        assert disclosure is not None
        view = disclosure_view(work, disclosure)
        work.record(AuditAction.VIEWED, Target(TargetKind.SHARE_LINK, row.id, row.case_id), operation="share_link.open",
                    detail={"opens": row.opens})
        documents = [document_view(work, doc) for doc in _documents(work, row)]
        return SharedView(view.organisation, view.recipient_role, view.purpose, row.expires_at, documents, fresh)

    def download(self, token: str, document_id: str, *, visit: str | None = None) -> tuple[DocumentView, PlaintextReader]:
        """One of the link's documents and a reader of its bytes (close it); audited as ``viewed``."""
        reader: PlaintextReader | None = None
        view = None
        try:
            with self._core.work(Actor.anonymous()) as work:
                row = _usable(work, token, visit)
                document = None if row is None else next((d for d in _documents(work, row) if d.id == document_id), None)
                if row is not None and document is None:
                    work.record(AuditAction.DENIED, Target(TargetKind.DOCUMENT, document_id if is_id(document_id) else None,
                                                           row.case_id),
                                operation="share_link.download", detail={"link": row.id, "reason": "not on this link"})
                if row is not None and document is not None:
                    with storage_errors("the document cannot be read now"):
                        reader = work.store.open(document.id)
                    work.record(AuditAction.VIEWED, Target(TargetKind.DOCUMENT, document.id, row.case_id),
                                operation="share_link.download", detail={"link": row.id, "content": True})
                    view = document_view(work, document)
            if view is None:
                raise NotFound("no such document")
        except BaseException:
            if reader is not None:
                reader.close()
            raise
        assert reader is not None
        return view, reader


def _link_body(link: str, expires_at: datetime, *, single_use: bool) -> str:
    lines = ["The SEND parent support service has shared documents with you, with the parent's consent.", "",
             "Open them with this link, which is for you only:", "", link, "",
             f"It works until {when(expires_at)}" + (", for one visit only." if single_use else "."),
             "Every opening and download is recorded. Please do not forward this message.",
             "If it was not meant for you, delete it and let the service know."]
    return "\n".join(lines) + "\n"


def recipient(link_id: str) -> Actor:
    """The actor a link's recipient is audited as."""
    return Actor(id=f"link:{link_id}", role=Role.RECIPIENT, name="recipient")


def _usable(work: Work, token: str, visit: str | None) -> ShareLink | None:
    """The link, counted against its hour's uses, with the work's actor its recipient; None (the
    refusal recorded) for a dead one, NotFound for an unknown token."""
    row = work.session.scalar(select(ShareLink).where(ShareLink.token_hash == token_digest(token)).with_for_update()) \
        if is_id(token[:32]) and len(token) == 64 else None
    if row is None:
        raise NotFound("no such link")
    work.actor = recipient(row.id)
    reason = _dead(work, row, visit)
    if reason is not None:
        # Recorded, and answered as nothing there: a dead link tells its holder nothing.
        work.record(AuditAction.DENIED, Target(TargetKind.SHARE_LINK, row.id, row.case_id), operation="share_link.open",
                    detail={"reason": reason})
        return None
    if row.window_started_at is None or work.now - row.window_started_at >= WINDOW:
        row.window_started_at, row.window_uses = work.now, 0
    if row.window_uses >= WINDOW_USES:
        wait = int((row.window_started_at + WINDOW - work.now).total_seconds()) + 1
        raise TooManyAttempts("this link has been used too often: try again later", retry_after=wait)
    row.window_uses += 1
    return row


def _dead(work: Work, row: ShareLink, visit: str | None) -> str | None:
    if row.revoked_at is not None:
        return "revoked"
    if work.now >= row.expires_at:
        return "expired"
    if row.single_use and row.visit_hash is not None and not (
            visit and hmac.compare_digest(row.visit_hash, token_digest(visit))):
        return "replayed"
    case = work.session.get(Case, row.case_id)
    if case is None or case.status == CaseStatus.DESTROYED:
        return "case destroyed"
    disclosure = work.session.get(Disclosure, row.disclosure_id)
    if disclosure is None or not _consent_holds(work, disclosure):
        return "consent no longer in force"
    return None


def _consent_holds(work: Work, disclosure: Disclosure) -> bool:
    view = disclosure_view(work, disclosure)
    verdict = judge_disclosure(load_records(work, disclosure.case_id), organisation=view.organisation,
                               role=view.recipient_role, purpose=view.purpose, at=work.now)
    return verdict.allowed


def _documents(work: Work, row: ShareLink) -> list[Document]:
    """The link's documents still held (one returned or destroyed since is no longer sent)."""
    ids = json.loads(row.document_ids)
    return list(work.session.scalars(select(Document).where(
        Document.id.in_(ids), Document.case_id == row.case_id, Document.state == DocumentState.HELD).order_by(Document.uploaded_at, Document.id)))


def _link_view(work: Work, row: ShareLink) -> ShareLinkView:
    if row.revoked_at is not None:
        status = "revoked"
    elif work.now >= row.expires_at:
        status = "expired"
    elif row.single_use and row.opened_at is not None:
        status = "used"
    else:
        status = "active"
    return ShareLinkView(row.id, row.disclosure_id, row.single_use, row.created_by, row.created_at, row.expires_at,
                         status, row.opens, row.opened_at, row.revoked_at)
