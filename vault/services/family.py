"""The parent portal's service: the family in the loop.

The family's supporter invites a parent or carer of their case (or a child of 12 or over, who then
has an account of their own with only their own data). The invitation is a random token, shown once
to the supporter, of which only the SHA-256 is kept: it works once, for ``INVITATION_DAYS``. Its
e-mail address is kept only with the parent's consent to e-mail contact recorded alongside;
otherwise the supporter hands the link over. With that consent and a mail server set up, the vault
sends the invitation itself (:meth:`FamilyService.send_invitation`): marked CONFIDENTIAL, naming
nobody, the address kept sealed under the case's key as before. Accepting it, the family member chooses a username and
a passphrase; their first session may only set up the authenticator app (TOTP), like a member of
staff's (:mod:`vault.services.auth`), so nobody signs in to the portal without a second factor.

The account signs in as a row of ``staff`` with the role ``parent`` or ``child`` (so sessions, the
throttle and the second factor are the staff's own) and reaches only its own case: the policy's
FAMILY ground (:mod:`vault.policy`) holds only for live accounts on that case, and every other case
answers "not found" with one ``denied`` event, like any refusal. What the family does there that
their supporter must know is left as a notice (:mod:`vault.services.family_notices`).
"""

from __future__ import annotations

import hmac
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update

from vault.audit import AuditAction
from vault.clock import add_calendar_month
from vault.db.models import (
    Case,
    Document,
    FamilyAccount,
    FamilyNotice,
    Person,
    ReturnRequest,
    SessionToken,
    Staff,
    SubjectAccessRequest,
)
from vault.errors import Conflict, InvalidRequest, NotFound
from vault.fields import Place
from vault.policy import Action, Actor, Role, Target, TargetKind
from vault.services._work import Core, Work, is_id
from vault.services.auth import AuthService, LoginResult, token_digest
from vault.services.consent import ConsentView, consent_views
from vault.services.documents import DocumentView, document_view
from vault.services.facts import involved_case_ids
from vault.services.family_notices import NoticeKind, tell_supporter
from vault.services.outbox import Outbox, Sent, when
from vault.services.passwords import Passwords, check_new_password
from vault.services.people import person_view
from vault.services.returns import ReturnView, return_view
from vault.services.states import CaseStatus, DocumentState, Relation
from vault.services.subject_access import SubjectAccessView, subject_access_view
from vault.text_rules import check_line

__all__ = [
    "INVITATION_DAYS",
    "FamilyAccountView",
    "FamilyHome",
    "FamilyService",
    "Invitation",
    "InvitationView",
    "NoticeView",
]

INVITATION_DAYS = 7
_USERNAME = re.compile(r"[a-z][a-z0-9._-]{1,63}")  # as staff usernames (vault.services.staff)
_USERNAME_HINT = "a username is 2-64 lower-case letters, digits, '.', '_' or '-', starting with a letter"


@dataclass(frozen=True)
class Invitation:
    """Shown once, to the supporter who made it: the token goes in the link they hand over."""

    id: str
    token: str
    role: str
    expires_at: datetime
    email: str | None

    def __repr__(self) -> str:
        return f"Invitation({self.id}, token=***, role={self.role}, expires_at={self.expires_at.isoformat()})"


@dataclass(frozen=True)
class InvitationView:
    """What the invited person sees before accepting: nothing about the family."""

    role: str
    expires_at: datetime


@dataclass(frozen=True)
class FamilyAccountView:
    id: str
    case_id: str
    person_id: str
    initials: str
    role: str
    status: str  # invited, expired, active, ended
    username: str | None
    email: str | None
    invited_at: datetime
    expires_at: datetime
    accepted_at: datetime | None
    ended_at: datetime | None


@dataclass(frozen=True)
class FamilyHome:
    """Everything the portal's home page shows its family member, read under the policy."""

    case_id: str
    reference: str
    role: str
    initials: str
    documents: list[DocumentView]
    returns: list[ReturnView]
    consents: list[ConsentView] | None  # None: not theirs to decide (a child's account)
    subject_access: list[SubjectAccessView]
    may_upload: bool


@dataclass(frozen=True)
class NoticeView:
    id: str
    case_id: str
    case_reference: str
    kind: str
    target_id: str | None
    made_at: datetime


class FamilyService:
    def __init__(self, core: Core, passwords: Passwords, auth: AuthService, outbox: Outbox | None = None) -> None:
        self._core = core
        self._passwords = passwords
        self._auth = auth
        self._outbox = outbox or Outbox()

    # -- the supporter -----------------------------------------------------------------------------

    def invite(self, actor: Actor, case_id: str, *, person_id: str, email: str | None = None,
               email_consent: str | None = None) -> Invitation:
        """An invitation for a parent or carer of the case, or a child of 12 or over (their own account).
        ``email`` is kept only with ``email_consent``: how and when the parent agreed to e-mail contact."""
        email = (email or "").strip() or None
        consent = (email_consent or "").strip() or None
        if email is not None:
            check_line(email, field="an e-mail address", max_length=254)
            if "@" not in email or " " in email:
                raise InvalidRequest("enter an e-mail address like name@example.com")
            if consent is None:
                raise InvalidRequest("an e-mail address is kept only with the parent's consent to e-mail contact: "
                                     "record how and when they agreed, or hand the link over instead")
        elif consent is not None:
            raise InvalidRequest("consent to e-mail contact is recorded with the address it is for")
        with self._core.work(actor) as work:
            case, decision = work.load(Action.FAMILY_INVITE, Case, TargetKind.CASE, case_id)
            if case.status != CaseStatus.OPEN:
                raise Conflict(f"case {case.reference} is closed: reopen it to invite the family")
            person = work.session.get(Person, person_id) if is_id(person_id) else None
            if person is None or person.case_id != case.id:
                raise InvalidRequest("invite a person on this case")
            view = person_view(work.fields, person, today=work.today, adult_age=work.rules.adult_age)
            if person.relation == Relation.CHILD and not view.own_right_of_access:
                raise InvalidRequest(f"a child has an account of their own from the age of {work.rules.adult_age}; "
                                     "their parent or carer uses the portal for them until then")
            if _live_for(work, case.id, person.id) is not None:
                raise Conflict("this person already has an account or an invitation waiting: end it first")
            role = Role.CHILD if person.relation == Relation.CHILD else Role.PARENT
            token = self._core.ids.token()
            row = FamilyAccount(id=work.new_id(), case_id=case.id, person_id=person.id, role=str(role),
                                token_hash=token_digest(token), invited_by=actor.id, invited_at=work.now,
                                expires_at=work.now + timedelta(days=INVITATION_DAYS))
            seal = work.fields.seal_optional
            row.email_sealed = seal(case.id, Place("family_accounts", "email", row.id), email)
            row.email_consent_sealed = seal(case.id, Place("family_accounts", "email_consent", row.id), consent)
            work.session.add(row)
            work.session.flush()
            work.record(AuditAction.CREATED, Target(TargetKind.FAMILY_ACCOUNT, row.id, case.id), decision=decision,
                        detail={"role": str(role), "email": email is not None})
            return Invitation(row.id, token, str(role), row.expires_at, email)

    def send_invitation(self, actor: Actor, invitation: Invitation, *, link: str) -> Sent:
        """E-mail an invitation just made (``link``: its address, carrying the token) to the address kept
        with the parent's consent to e-mail contact. Refused (:class:`Conflict`) for an invitation made
        without an address, used, ended or expired; :class:`MailNotSetUp` without a mail server;
        :class:`vault.mail.MailError` if the server does not take it (nothing recorded)."""
        if invitation.token not in link:
            raise InvalidRequest("the message carries the invitation that was made")
        self._outbox.require()
        with self._core.work(actor) as work:
            row, decision = work.load(Action.FAMILY_INVITE, FamilyAccount, TargetKind.FAMILY_ACCOUNT, invitation.id)
            if row.token_hash is None or not hmac.compare_digest(row.token_hash, token_digest(invitation.token)) \
                    or row.ended_at is not None or work.now >= row.expires_at:
                raise Conflict("this invitation can no longer be sent: make a new one")
            fields = work.fields
            address = fields.open_optional(row.case_id, Place("family_accounts", "email", row.id), row.email_sealed)
            if address is None or row.email_consent_sealed is None:
                raise Conflict("no e-mail address was kept with the parent's consent to e-mail contact "
                               "(policy 002, 4.2): hand the link over yourself")
            self._outbox.send_confidential(to=address, subject="your invitation to the parent portal",
                                           body=_invitation_body(link, row.expires_at))
            work.record(AuditAction.EXPORTED, Target(TargetKind.FAMILY_ACCOUNT, row.id, row.case_id), decision=decision,
                        operation="family.invite.email", detail={"to": row.role})
            return Sent(row.role, row.id)

    def accounts(self, actor: Actor, case_id: str) -> list[FamilyAccountView]:
        with self._core.read(actor) as work:
            case, decision = work.load(Action.FAMILY_LIST, Case, TargetKind.CASE, case_id)
            rows = list(work.session.scalars(
                select(FamilyAccount).where(FamilyAccount.case_id == case.id).order_by(FamilyAccount.invited_at, FamilyAccount.id)))
            work.record_listing(case.id, decision, family_accounts=[row.id for row in rows])
            return [_account_view(work, row) for row in rows]

    def end(self, actor: Actor, family_account_id: str) -> FamilyAccountView:
        """End an account (it can no longer sign in; its sessions end) or an invitation not yet used."""
        with self._core.work(actor) as work:
            row, decision = work.load(Action.FAMILY_END, FamilyAccount, TargetKind.FAMILY_ACCOUNT, family_account_id)
            if row.ended_at is not None:
                raise Conflict("this account has already ended")
            row.ended_at, row.ended_by, row.token_hash = work.now, actor.id, None
            if row.account_id is not None:
                staff = work.session.get(Staff, row.account_id)
                assert staff is not None
                staff.active = False
                work.session.execute(update(SessionToken).where(
                    SessionToken.staff_id == staff.id, SessionToken.revoked_at.is_(None)).values(revoked_at=work.now))
            work.record(AuditAction.ENDED, Target(TargetKind.FAMILY_ACCOUNT, row.id, row.case_id), decision=decision)
            return _account_view(work, row)

    def notices(self, actor: Actor) -> list[NoticeView]:
        """What the families of the actor's cases did in the portal, not yet seen, oldest first."""
        with self._core.read(actor) as work:
            decision = work.authorize(Action.FAMILY_NOTICES, Target.service())
            rows = [
                (row, reference)
                for row, reference in work.session.execute(
                    select(FamilyNotice, Case.reference).join(Case, Case.id == FamilyNotice.case_id)
                    .where(FamilyNotice.seen_at.is_(None), Case.status != CaseStatus.DESTROYED,
                           Case.id.in_(involved_case_ids(actor, now=work.now)))
                    .order_by(FamilyNotice.made_at, FamilyNotice.id))
                if work.decide(Action.FAMILY_LIST, Target(TargetKind.CASE, row.case_id, row.case_id)).allowed
            ]
            work.record(AuditAction.LISTED, Target.service(), decision=decision,
                        detail={"family_notices": [row.id for row, _ in rows]})
            return [NoticeView(row.id, row.case_id, reference, row.kind, row.target_id, row.made_at) for row, reference in rows]

    def seen(self, actor: Actor, notice_id: str) -> None:
        with self._core.work(actor) as work:
            row, decision = work.load(Action.FAMILY_LIST, FamilyNotice, TargetKind.FAMILY_NOTICE, notice_id)
            if row.seen_at is None:
                row.seen_at, row.seen_by = work.now, actor.id
                work.record(AuditAction.UPDATED, Target(TargetKind.FAMILY_NOTICE, row.id, row.case_id),
                            decision=decision, operation="family.notice.seen")

    # -- the invited family member -----------------------------------------------------------------

    def invitation(self, token: str) -> InvitationView:
        """The invitation a link carries, if it can still be used; otherwise :class:`NotFound`."""
        with self._core.database.reading() as session:
            row = _usable(session.scalar(select(FamilyAccount).where(FamilyAccount.token_hash == token_digest(token))),
                          token, self._core.clock.now())
            return InvitationView(row.role, row.expires_at)

    def accept(self, token: str, *, username: str, passphrase: str, client: str | None = None) -> LoginResult:
        """The account the invitation makes, with the username and passphrase chosen; then a first
        session, which may only set up the authenticator app. The invitation is spent."""
        username = username.strip().lower()
        if not _username_ok(username):
            raise InvalidRequest(_USERNAME_HINT)
        check_new_password(passphrase)
        invited = self.invitation(token)  # before the slow hash: a dead link is answered at once
        password_hash = self._passwords.hash(passphrase)
        actor = Actor(id=self._core.ids.new_id(), role=Role(invited.role), name=username)
        with self._core.work(actor) as work:
            row = _usable(work.session.scalar(select(FamilyAccount).where(FamilyAccount.token_hash == token_digest(token))
                                              .with_for_update()), token, work.now)
            if work.session.scalar(select(Staff.id).where(Staff.username == username)) is not None:
                raise Conflict("that username is taken: choose another")
            person = work.session.get(Person, row.person_id)
            assert person is not None
            initials = person_view(work.fields, person, today=work.today, adult_age=work.rules.adult_age).initials
            shown = "Parent or carer" if row.role == Role.PARENT else "Young person"
            work.session.add(Staff(id=actor.id, username=username, display_name=f"{shown} ({initials})", role=row.role,
                                   password_hash=password_hash, active=True, created_at=work.now))
            work.session.flush()
            row.account_id, row.accepted_at, row.token_hash = actor.id, work.now, None
            work.record(AuditAction.ACCEPTED, Target(TargetKind.FAMILY_ACCOUNT, row.id, row.case_id),
                        operation="family.accept", detail={"role": row.role})
        return self._auth.login(username, passphrase, client=client)

    # -- the family member, signed in --------------------------------------------------------------

    def home(self, actor: Actor) -> FamilyHome:
        """The actor's own case as the portal shows it: the documents they may read (a child's account:
        what they gave), return requests for those, consents (a parent's), their own data requests."""
        with self._core.read(actor) as work:
            account = _own_account(work, actor)
            case, decision = work.load(Action.CASE_VIEW, Case, TargetKind.CASE, account.case_id)
            documents = [
                row for row in work.session.scalars(
                    select(Document).where(Document.case_id == case.id, Document.state != DocumentState.DESTROYED)
                    .order_by(Document.uploaded_at, Document.id))
                if work.decide(Action.DOCUMENT_READ, Target(TargetKind.DOCUMENT, row.id, case.id, owner_id=row.uploaded_by)).allowed
            ]
            shown = {row.id for row in documents}
            returns = [row for row in work.session.scalars(
                select(ReturnRequest).where(ReturnRequest.case_id == case.id).order_by(ReturnRequest.requested_at))
                if row.document_id in shown]
            consents = None
            if work.decide(Action.CONSENT_READ, Target(TargetKind.CASE, case.id, case.id)).allowed:
                consents = consent_views(work, case.id)
            requests = list(work.session.scalars(
                select(SubjectAccessRequest).where(SubjectAccessRequest.case_id == case.id,
                                                   SubjectAccessRequest.recorded_by == actor.id)
                .order_by(SubjectAccessRequest.recorded_at.desc())))
            person = work.session.get(Person, account.person_id)
            assert person is not None
            initials = person_view(work.fields, person, today=work.today, adult_age=work.rules.adult_age).initials
            work.record_listing(case.id, decision, documents=sorted(shown), return_requests=[r.id for r in returns],
                                consents=[c.id for c in consents or []], subject_access_requests=[r.id for r in requests])
            may_upload = case.status == CaseStatus.OPEN and work.decide(
                Action.DOCUMENT_UPLOAD, Target(TargetKind.CASE, case.id, case.id)).allowed
            return FamilyHome(
                case_id=case.id, reference=case.reference, role=account.role, initials=initials,
                documents=[document_view(work, row) for row in documents],
                returns=[return_view(work, row) for row in returns],
                consents=consents,
                subject_access=[subject_access_view(work, row, case.reference) for row in requests],
                may_upload=may_upload,
            )

    def case_of(self, actor: Actor) -> str:
        """The id of the actor's own case (their portal account's); NotFound when there is none."""
        with self._core.database.reading() as session:
            case_id = session.scalar(select(FamilyAccount.case_id).where(
                FamilyAccount.account_id == actor.id, FamilyAccount.ended_at.is_(None)))
        if case_id is None:
            raise NotFound("no such case")
        return case_id

    def ask_subject_access(self, actor: Actor) -> SubjectAccessView:
        """The family member's own request for what is held on them (a child's: their own data), due in
        a calendar month; they download it from the portal whenever they like."""
        with self._core.work(actor) as work:
            account = _own_account(work, actor)
            case, decision = work.load(Action.SUBJECT_ACCESS_ASK, Case, TargetKind.CASE, account.case_id)
            person = work.session.get(Person, account.person_id)
            assert person is not None
            view = person_view(work.fields, person, today=work.today, adult_age=work.rules.adult_age)
            if person.relation == Relation.CHILD and not view.own_right_of_access:
                raise InvalidRequest(f"a child under {work.rules.adult_age} asks through their parent or carer")
            open_request = work.session.scalar(select(SubjectAccessRequest).where(
                SubjectAccessRequest.case_id == case.id, SubjectAccessRequest.recorded_by == actor.id,
                SubjectAccessRequest.fulfilled_at.is_(None)))
            if open_request is not None:
                return subject_access_view(work, open_request, case.reference)
            row = SubjectAccessRequest(id=work.new_id(), case_id=case.id, subject_id=person.id, requester_id=person.id,
                                       received_on=work.today, due_on=add_calendar_month(work.today),
                                       recorded_by=actor.id, recorded_at=work.now)
            work.session.add(row)
            work.session.flush()
            work.record(AuditAction.REQUESTED, Target(TargetKind.SUBJECT_ACCESS, row.id, case.id), decision=decision,
                        detail={"due_on": row.due_on.isoformat(), "by_child": person.relation == Relation.CHILD,
                                "in_portal": True})
            tell_supporter(work, case.id, NoticeKind.SUBJECT_ACCESS, row.id)
            return subject_access_view(work, row, case.reference)


def _username_ok(username: str) -> bool:
    return bool(_USERNAME.fullmatch(username))


def _usable(row: FamilyAccount | None, token: str, now: datetime) -> FamilyAccount:
    """The invitation, if the token is its own, unused, unexpired and not ended."""
    if row is None or row.token_hash is None or not hmac.compare_digest(row.token_hash, token_digest(token)) \
            or row.ended_at is not None or row.account_id is not None or now >= row.expires_at:
        raise NotFound("no such invitation: it may have expired or been used already")
    return row


def _live_for(work: Work, case_id: str, person_id: str) -> FamilyAccount | None:
    return work.session.scalar(select(FamilyAccount).where(
        FamilyAccount.case_id == case_id, FamilyAccount.person_id == person_id, FamilyAccount.ended_at.is_(None),
        (FamilyAccount.account_id.is_not(None)) | (FamilyAccount.expires_at > work.now)))


def _own_account(work: Work, actor: Actor) -> FamilyAccount:
    """The actor's live portal account; a member of staff (or an ended account) has none: not found."""
    row = work.session.scalar(select(FamilyAccount).where(FamilyAccount.account_id == actor.id,
                                                          FamilyAccount.ended_at.is_(None)))
    if row is None:
        raise work.missing(Action.CASE_VIEW, TargetKind.CASE, "")
    return row


def _invitation_body(link: str, expires_at: datetime) -> str:
    lines = ["The SEND parent support service has invited you to its online portal, where you can see your",
             "papers, send documents, change your consents and see what is held about you.", "",
             "To accept, open this link and choose a username and a passphrase:", "", link, "",
             f"The link works once, until {when(expires_at)}. It is for you only: please do not forward this message.",
             "If you were not expecting it, ignore it and let your supporter know."]
    return "\n".join(lines) + "\n"


def _account_view(work: Work, row: FamilyAccount) -> FamilyAccountView:
    if row.ended_at is not None:
        status = "ended"
    elif row.account_id is not None:
        status = "active"
    else:
        status = "invited" if work.now < row.expires_at else "expired"
    person = work.session.get(Person, row.person_id)
    assert person is not None
    initials = person_view(work.fields, person, today=work.today, adult_age=work.rules.adult_age).initials
    username = work.session.scalar(select(Staff.username).where(Staff.id == row.account_id)) if row.account_id else None
    return FamilyAccountView(
        id=row.id, case_id=row.case_id, person_id=row.person_id, initials=initials, role=row.role, status=status,
        username=username,
        email=work.fields.open_optional(row.case_id, Place("family_accounts", "email", row.id), row.email_sealed),
        invited_at=row.invited_at, expires_at=row.expires_at, accepted_at=row.accepted_at, ended_at=row.ended_at,
    )
