"""The parent portal's service: invitations (single use, time-limited, e-mail only with consent), the
family member's first sign-in with a second factor, their own case only (every other case by any id
is "not found" with one ``denied`` event), a child of 12 or over with only their own data, and the
supporter told what the family did."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from family_world import PASSPHRASE, join, person_of
from sqlalchemy import select
from vault_world import Cast, reviewed

from vault.app import Vault
from vault.clock import FixedClock
from vault.db.models import AuditEvent, Staff
from vault.errors import AuthenticationFailed, Conflict, InvalidRequest, NotFound, SecondFactorRequired
from vault.policy import Role
from vault.services import (
    ConsentDecision,
    ConsentInput,
    ConsentMethod,
    NewDocument,
    RecipientKind,
    totp,
)


def _upload(vault: Vault, actor: Any, case_id: str, title: str) -> str:
    return vault.documents.upload(actor, case_id, io.BytesIO(f"{title} text".encode()), NewDocument(title=title, filename=f"{title}.txt")).id


def _last_seq(vault: Vault) -> int:
    with vault.database.session() as session:
        return session.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1)) or 0


def _events_after(vault: Vault, seq: int) -> list[AuditEvent]:
    with vault.database.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.seq > seq).order_by(AuditEvent.seq)))


def test_an_invited_parent_signs_up_with_a_second_factor_and_sees_their_case(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    letter = _upload(vault, cast.supporter, cast.own, "school-letter")
    parent = join(vault, clock, cast.supporter, cast.own)
    assert parent.actor.role is Role.PARENT
    # Signing in again needs the code from the app, whatever the staff rules say.
    with pytest.raises(SecondFactorRequired):
        vault.auth.login(parent.username, PASSPHRASE)
    clock.advance(seconds=60)
    session = vault.auth.login(parent.username, PASSPHRASE, code=totp.code_at(parent.secret, clock.now()))
    assert session.scope == "full" and session.actor.id == parent.actor.id
    home = vault.family.home(parent.actor)
    assert home.case_id == cast.own and [d.id for d in home.documents] == [letter]
    assert home.consents == [] and home.may_upload
    # The accounts are the supporter's to see, and are not staff.
    accounts = vault.family.accounts(cast.supporter, cast.own)
    assert [(a.status, a.username, a.role) for a in accounts] == [("active", "sarah", "parent")]
    assert "sarah" not in [s.username for s in vault.staff.list(cast.administrator)]


def test_an_invitation_works_once_and_not_after_it_expires(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    parent = person_of(vault, cast.supporter, cast.own, "parent")
    invitation = vault.family.invite(cast.supporter, cast.own, person_id=parent)
    assert "token" not in repr(invitation) or "***" in repr(invitation)
    with pytest.raises(Conflict):  # one live invitation per person
        vault.family.invite(cast.supporter, cast.own, person_id=parent)
    vault.family.accept(invitation.token, username="sarah", passphrase=PASSPHRASE)
    with pytest.raises(NotFound):
        vault.family.accept(invitation.token, username="sarah2", passphrase=PASSPHRASE)
    late = vault.family.invite(cast.other_supporter, cast.other, person_id=person_of(vault, cast.other_supporter, cast.other, "parent"))
    clock.advance(days=8)
    with pytest.raises(NotFound):
        vault.family.invitation(late.token)
    with pytest.raises(NotFound):
        vault.family.accept("0" * 64, username="nobody", passphrase=PASSPHRASE)


def test_an_email_address_is_kept_only_with_consent_to_email_contact(vault: Vault, cast: Cast) -> None:
    parent = person_of(vault, cast.supporter, cast.own, "parent")
    with pytest.raises(InvalidRequest, match="consent to e-mail contact"):
        vault.family.invite(cast.supporter, cast.own, person_id=parent, email="sarah@example.org")
    invitation = vault.family.invite(cast.supporter, cast.own, person_id=parent, email="sarah@example.org",
                                     email_consent="Agreed on the phone, 30 June")
    assert invitation.email == "sarah@example.org"
    assert [a.email for a in vault.family.accounts(cast.supporter, cast.own)] == ["sarah@example.org"]


def test_only_the_familys_supporter_invites(vault: Vault, cast: Cast) -> None:
    parent = person_of(vault, cast.supporter, cast.own, "parent")
    for stranger in (cast.other_supporter, cast.coordinator, cast.volunteer):
        with pytest.raises(NotFound):
            vault.family.invite(stranger, cast.own, person_id=parent)


def test_a_child_under_twelve_has_no_account_and_one_of_twelve_sees_only_their_own(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    # Leo was born 14 March 2014: 12 on 1 July 2026.
    parents_letter = _upload(vault, cast.supporter, cast.own, "paediatric-letter")
    child = join(vault, clock, cast.supporter, cast.own, relation="child", username="leo")
    assert child.actor.role is Role.CHILD
    mine = _upload(vault, child.actor, cast.own, "my-worries")
    home = vault.family.home(child.actor)
    assert [d.id for d in home.documents] == [mine] and home.consents is None
    before = _last_seq(vault)
    with pytest.raises(NotFound):
        vault.documents.open(child.actor, parents_letter)
    assert [(e.action, e.target_id) for e in _events_after(vault, before)] == [("denied", parents_letter)]
    with pytest.raises(NotFound):
        vault.consents.history(child.actor, cast.own)
    # What the young person gave is theirs: not their parent's to read.
    parent = join(vault, clock, cast.supporter, cast.own, username="sarah")
    assert [d.id for d in vault.family.home(parent.actor).documents] == [parents_letter]
    with pytest.raises(NotFound):
        vault.documents.open(parent.actor, mine)
    with pytest.raises(NotFound):
        vault.returns.request(parent.actor, mine)
    assert mine in [d.id for d in vault.documents.list(cast.supporter, cast.own)]  # their supporter's, as ever
    request = vault.family.ask_subject_access(child.actor)
    assert request.subject_id == request.requester_id == person_of(vault, cast.supporter, cast.own, "child")
    # Too young: a younger sibling has no account of their own.
    young = vault.cases.add_person(cast.supporter, cast.own, _young_sibling()) if hasattr(vault.cases, "add_person") else None
    if young is not None:
        with pytest.raises(InvalidRequest, match="from the age of 12"):
            vault.family.invite(cast.supporter, cast.own, person_id=young.id)


def _young_sibling() -> Any:
    from vault.services import PersonInput, Relation

    return PersonInput(Relation.CHILD, "AW", birth_date=date(2019, 5, 1))


def test_what_the_parent_does_is_told_to_the_supporter(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    letter = _upload(vault, cast.supporter, cast.own, "school-letter")
    parent = join(vault, clock, cast.supporter, cast.own)
    consent = vault.consents.record(parent.actor, cast.own, ConsentInput(
        recipient_kind=RecipientKind.ORGANISATION, recipient="Hill School", decision=ConsentDecision.GIVEN,
        method=ConsentMethod.PORTAL, obtained_on=clock.now().date()))
    withdrawn = vault.consents.record(parent.actor, cast.own, ConsentInput(
        recipient_kind=RecipientKind.ORGANISATION, recipient="Hill School", decision=ConsentDecision.WITHDRAWN,
        method=ConsentMethod.PORTAL, obtained_on=clock.now().date()))
    returned = vault.returns.request(parent.actor, letter)
    upload = _upload(vault, parent.actor, cast.own, "new-report")
    asked = vault.family.ask_subject_access(parent.actor)
    notices = vault.family.notices(cast.supporter)
    assert sorted((n.kind, n.target_id) for n in notices) == sorted([
        ("consent", consent.id), ("consent", withdrawn.id), ("return", returned.id), ("upload", upload), ("subject_access", asked.id)])
    assert vault.family.notices(cast.other_supporter) == []
    vault.family.seen(cast.supporter, notices[0].id)
    assert len(vault.family.notices(cast.supporter)) == 4
    with pytest.raises(NotFound):
        vault.family.seen(cast.other_supporter, notices[1].id)
    # Staff actions leave no notice: the supporter knows what they did.
    _upload(vault, cast.supporter, cast.own, "minutes")
    assert len(vault.family.notices(cast.supporter)) == 4


def test_the_parent_downloads_their_own_subject_access_only(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    parent = join(vault, clock, cast.supporter, cast.own)
    asked = vault.family.ask_subject_access(parent.actor)
    assert vault.family.ask_subject_access(parent.actor).id == asked.id  # one open request at a time
    with pytest.raises(InvalidRequest, match="no response has been released"):
        vault.subject_access.released(parent.actor, asked.id)
    with pytest.raises(NotFound):  # the family never builds a response themselves: they get what was reviewed
        vault.subject_access.export(parent.actor, asked.id)
    with pytest.raises(NotFound):  # nor read the review, which holds other people's details
        vault.subject_access.items(parent.actor, asked.id)
    reviewed(vault, cast.supporter, asked.id)
    vault.subject_access.release(cast.supporter, asked.id)
    assert vault.family.home(parent.actor).subject_access[0].status != "fulfilled"
    archive = vault.subject_access.released(parent.actor, asked.id)
    assert b"".join(archive.chunks)[:2] == b"PK"
    assert vault.family.home(parent.actor).subject_access[0].status == "fulfilled"
    staffs = vault.subject_access.record(cast.supporter, cast.own, subject_id=asked.subject_id, requester_id=asked.subject_id)
    with pytest.raises(NotFound):
        vault.subject_access.released(parent.actor, staffs.id)


def test_an_ended_account_reaches_nothing(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    parent = join(vault, clock, cast.supporter, cast.own)
    account = vault.family.accounts(cast.supporter, cast.own)[0]
    vault.family.end(cast.supporter, account.id)
    with pytest.raises(NotFound):
        vault.family.home(parent.actor)
    with pytest.raises(NotFound):
        vault.cases.view(parent.actor, cast.own)
    with vault.database.session() as session:
        assert session.scalar(select(Staff.active).where(Staff.id == parent.actor.id)) is False


def _ids_of_the_other_family(vault: Vault, cast: Cast, clock: FixedClock) -> dict[str, str]:
    from vault.services import DisclosureInput, ReleaseTo

    other = cast.other_supporter
    doc = _upload(vault, other, cast.other, "their-letter")
    doc2 = _upload(vault, other, cast.other, "their-plan")
    consent = vault.consents.record(other, cast.other, ConsentInput(
        recipient_kind=RecipientKind.ANYONE, decision=ConsentDecision.GIVEN, method=ConsentMethod.EMAIL, obtained_on=date(2026, 6, 30)))
    disclosure = vault.disclosures.disclose(other, cast.other, DisclosureInput(organisation="Hill School", purpose="Annual review",
                                                                             shared="The letter", document_ids=(doc,)))
    ret = vault.returns.request(other, doc2)
    release = vault.returns.request(other, doc)
    _v, _d, reader = vault.returns.release(other, release.id, to=ReleaseTo.PARENT)
    reader.close()
    parent_b = person_of(vault, other, cast.other, "parent")
    sar = vault.subject_access.record(other, cast.other, subject_id=parent_b, requester_id=parent_b)
    their_parent = join(vault, clock, other, cast.other, username="mary")
    their_sar = vault.family.ask_subject_access(their_parent.actor)
    note = vault.notes.add(other, cast.other, "Their note.")
    account = vault.family.accounts(other, cast.other)[0]
    return {"case": cast.other, "document": doc2, "consent": consent.id, "disclosure": disclosure.id, "return": ret.id,
            "released": release.id, "sar": sar.id, "their_sar": their_sar.id, "note": note.id, "person": parent_b,
            "account": account.id}


def test_a_parent_never_reaches_another_family_by_any_id(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    """Every service call that takes an id, with every id of the other family: not found, and exactly
    one ``denied`` event by the parent, nothing else."""
    from vault.services import DisclosureInput, GrantInput

    ids = _ids_of_the_other_family(vault, cast, clock)
    family = {"parent": join(vault, clock, cast.supporter, cast.own, username="sarah").actor,
              "child": join(vault, clock, cast.supporter, cast.own, relation="child", username="leo").actor}
    consent = ConsentInput(recipient_kind=RecipientKind.ANYONE, decision=ConsentDecision.WITHDRAWN, method=ConsentMethod.PORTAL,
                           obtained_on=clock.now().date())
    calls: dict[str, Callable[[Any, str], object]] = {
        "cases.view": lambda a, i: vault.cases.view(a, i),
        "cases.details": lambda a, i: vault.cases.details(a, i),
        "documents.list": lambda a, i: vault.documents.list(a, i),
        "documents.describe": lambda a, i: vault.documents.describe(a, i),
        "documents.open": lambda a, i: vault.documents.open(a, i),
        "documents.upload": lambda a, i: vault.documents.upload(a, i, io.BytesIO(b"x"), NewDocument(title="t", filename="t.txt")),
        "notes.list": lambda a, i: vault.notes.list(a, i),
        "notes.read": lambda a, i: vault.notes.read(a, i),
        "consents.history": lambda a, i: vault.consents.history(a, i),
        "consents.record": lambda a, i: vault.consents.record(a, i, consent),
        "disclosures.list": lambda a, i: vault.disclosures.list(a, i),
        "disclosures.disclose": lambda a, i: vault.disclosures.disclose(a, i, DisclosureInput(organisation="X", purpose="Y", shared="Z")),
        "returns.request": lambda a, i: vault.returns.request(a, i),
        "returns.list": lambda a, i: vault.returns.list(a, i),
        "returns.withdraw": lambda a, i: vault.returns.withdraw(a, i),
        "returns.complete": lambda a, i: vault.returns.complete(a, i),
        "subject_access.list": lambda a, i: vault.subject_access.list(a, i),
        "subject_access.export": lambda a, i: vault.subject_access.export(a, i),
        "access.list_grants": lambda a, i: vault.access.list_grants(a, i),
        "access.grant": lambda a, i: vault.access.grant(a, i, GrantInput(grantee_id=a.id, request="me")),
        "family.accounts": lambda a, i: vault.family.accounts(a, i),
        "family.end": lambda a, i: vault.family.end(a, i),
        "family.invite": lambda a, i: vault.family.invite(a, i, person_id=ids["person"]),
        "sharing.list": lambda a, i: vault.sharing.list(a, i),
        "sharing.create": lambda a, i: vault.sharing.create(a, i),
    }
    wrong = []
    for who, actor in family.items():
        for name, call in calls.items():
            for kind, target in ids.items():
                before = _last_seq(vault)
                try:
                    call(actor, target)
                except NotFound:
                    events = _events_after(vault, before)
                    if [(e.action, e.actor_id) for e in events] != [("denied", actor.id)]:
                        wrong.append((who, name, kind, [(e.action, e.actor_id) for e in events]))
                except (InvalidRequest, Conflict) as error:
                    wrong.append((who, name, kind, f"answered {type(error).__name__}: {error}"))
                else:
                    wrong.append((who, name, kind, "allowed"))
    assert wrong == []
    # And their own case still answers.
    assert vault.cases.view(family["parent"], cast.own).id == cast.own
    assert vault.family.home(family["child"]).case_id == cast.own


def test_the_policy_gives_the_family_nothing_outside_their_own_case() -> None:
    """Every action × parent and child × a target on another family's case (of any kind, owned by
    someone else or by nobody): 0 allows. On their own case, only the portal's actions."""
    from vault.policy import AccessContext, Action, Actor, CaseFacts, Target, TargetKind, check_access
    from vault_world import START

    theirs = CaseFacts(case_id="b" * 32, assigned=frozenset({"s" * 32}), family=frozenset({"m" * 32}))
    ours = CaseFacts(case_id="a" * 32, family=frozenset({"p" * 32, "k" * 32}), young=frozenset({"k" * 32}))
    allowed_own: dict[Role, set[Action]] = {
        Role.PARENT: {Action.CASE_VIEW, Action.DOCUMENT_UPLOAD, Action.DOCUMENT_LIST, Action.DOCUMENT_READ, Action.CONSENT_RECORD,
                      Action.CONSENT_READ, Action.RETURN_REQUEST, Action.RETURN_LIST, Action.RETURN_WITHDRAW, Action.SUBJECT_ACCESS_ASK},
        Role.CHILD: {Action.CASE_VIEW, Action.DOCUMENT_UPLOAD, Action.DOCUMENT_LIST, Action.SUBJECT_ACCESS_ASK},
    }
    wrong = []
    for role, me in ((Role.PARENT, "p" * 32), (Role.CHILD, "k" * 32)):
        actor = Actor(me, role, role.value)
        for action in Action:
            for kind in TargetKind:
                for owner in (None, "m" * 32, "s" * 32):
                    target = Target(kind, "d" * 32, theirs.case_id, owner_id=owner)
                    if check_access(actor, action, target, AccessContext(now=START, case=theirs)).allowed:
                        wrong.append((role, action, kind, owner))
                own = Target(kind, "d" * 32, ours.case_id)
                if check_access(actor, action, own, AccessContext(now=START, case=ours)).allowed and action not in allowed_own[role]:
                    wrong.append((role, action, kind, "own case"))
            # What is theirs by ownership: only what they gave, and the requests they made.
            mine = Target(TargetKind.DOCUMENT, "d" * 32, ours.case_id, owner_id=me)
            if check_access(actor, action, mine, AccessContext(now=START, case=ours)).allowed and action not in (
                    allowed_own[role] | {Action.DOCUMENT_READ, Action.RETURN_REQUEST, Action.SUBJECT_ACCESS_EXPORT}):
                wrong.append((role, action, "owned"))
            # And nothing of what the young person gave reaches anyone else in the family.
            childs = Target(TargetKind.DOCUMENT, "d" * 32, ours.case_id, owner_id="k" * 32)
            if role is Role.PARENT and check_access(actor, action, childs, AccessContext(now=START, case=ours)).allowed:
                wrong.append((role, action, "the child's"))
    assert wrong == []


def test_a_destroyed_case_takes_its_familys_accounts_notices_and_links_with_it(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    from datetime import UTC, datetime

    from vault.db.models import FamilyAccount, FamilyNotice, SessionToken, ShareLink
    from vault.services import DisclosureInput
    from vault_world import OPERATOR

    parent = join(vault, clock, cast.supporter, cast.own)
    mine = _upload(vault, parent.actor, cast.own, "my-letter")
    vault.consents.record(cast.supporter, cast.own, ConsentInput(
        recipient_kind=RecipientKind.ANYONE, decision=ConsentDecision.GIVEN, method=ConsentMethod.EMAIL, obtained_on=date(2026, 6, 30)))
    disclosure = vault.disclosures.disclose(cast.supporter, cast.own, DisclosureInput(organisation="Hill School", purpose="Review",
                                                                                   shared="Letter", document_ids=(mine,)))
    link = vault.sharing.create(cast.supporter, disclosure.id)
    vault.cases.close(cast.supporter, cast.own, outcome="Resolved")
    clock.set(datetime(2032, 7, 2, 12, tzinfo=UTC))
    assert len(vault.retention.apply(OPERATOR).destroyed) == 1
    with vault.database.session() as session:
        for model in (FamilyAccount, FamilyNotice, ShareLink):
            assert session.scalar(select(model.id).where(model.case_id == cast.own)) is None
        assert session.get(Staff, parent.actor.id) is None
        assert session.scalar(select(SessionToken.id).where(SessionToken.staff_id == parent.actor.id)) is None
    with pytest.raises(NotFound):
        vault.sharing.open(link.token)
    with pytest.raises(AuthenticationFailed):  # the account is gone: no sign-in at all
        vault.auth.login(parent.username, PASSPHRASE, code=totp.code_at(parent.secret, clock.now()))
