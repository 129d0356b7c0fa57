"""Mail to people outside the staff (policy 002, 4.2): a sharing link e-mailed to its recipient and an
invitation e-mailed to the parent, only with the parent's consent to e-mail contact on record, marked
CONFIDENTIAL, naming no child or family, the recipient's address never in the audit log nor kept;
without a mail server, a clear refusal. Through a real SMTP conversation with a local server."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from family_world import person_of
from smtp_inbox import Inbox
from smtp_inbox import smtp as smtp  # noqa: PLC0414 (the fixture, by its name)
from sqlalchemy import select, text
from vault_world import Cast

from vault.app import Vault
from vault.db.models import AuditEvent
from vault.errors import Conflict, InvalidRequest, NotFound
from vault.mail import Mailer, MailError, SmtpSettings
from vault.services import (
    ConsentDecision,
    ConsentInput,
    ConsentMethod,
    DisclosureInput,
    NewDocument,
    RecipientKind,
)
from vault.services.outbox import MailNotSetUp
from vault.services.sharing import LinkMade

SCHOOL = "Hill School"
SENCO = "senco@hill-school.example"
NAMES = ("Whitfield", "Sarah", "Leo", SCHOOL, "Annual review", "school report")


def _mailer(port: int) -> Mailer:
    return Mailer(SmtpSettings(host="127.0.0.1", port=port, security="none", sender="vault@sendsupport.example"))


def _disclosure(vault: Vault, cast: Cast) -> str:
    shared = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"the school report"),
                                    NewDocument(title="Leo's school report", filename="report.txt")).id
    vault.consents.record(cast.supporter, cast.own, ConsentInput(
        recipient_kind=RecipientKind.ORGANISATION, recipient=SCHOOL, decision=ConsentDecision.GIVEN,
        method=ConsentMethod.EMAIL, obtained_on=date(2026, 6, 30)))
    return vault.disclosures.disclose(cast.supporter, cast.own, DisclosureInput(
        organisation=SCHOOL, purpose="Annual review", shared="The school report", document_ids=(shared,))).id


def _email_agreed(vault: Vault, cast: Cast) -> str:
    """The parent invited with their consent to e-mail contact recorded: the invitation's id."""
    return vault.family.invite(cast.supporter, cast.own, person_id=person_of(vault, cast.supporter, cast.own, "parent"),
                               email="sarah@example.org", email_consent="Agreed on the phone, 30 June").id


def _events(vault: Vault, operation: str) -> list[AuditEvent]:
    with vault.database.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.operation == operation).order_by(AuditEvent.seq)))


@pytest.fixture
def inbox(vault: Vault, smtp: tuple[Inbox, int]) -> Inbox:
    """The local server's inbox, with the vault's outbox sending to it."""
    vault.outbox.mailer = _mailer(smtp[1])
    return smtp[0]


@pytest.fixture
def made(vault: Vault, cast: Cast) -> LinkMade:
    """A link for a disclosure to the school."""
    return vault.sharing.create(cast.supporter, _disclosure(vault, cast))


def _link(token: str) -> str:
    return f"https://vault.example/shared/{token}"


def test_a_link_is_mailed_to_its_recipient_marked_confidential_naming_nobody(vault: Vault, cast: Cast, inbox: Inbox) -> None:
    disclosure = _disclosure(vault, cast)
    _email_agreed(vault, cast)
    made = vault.sharing.create(cast.supporter, disclosure, hours=72, single_use=True)
    sent = vault.sharing.send_link(cast.supporter, made, to=f"  {SENCO} ", link=_link(made.token))
    assert (sent.to, sent.target_id) == ("recipient", made.id)
    assert inbox.envelopes == [("vault@sendsupport.example", [SENCO])]
    message = inbox.to(SENCO)
    assert message["Subject"].startswith("CONFIDENTIAL:")
    body = message.get_content()
    assert _link(made.token) in body and "until 4 July 2026" in body and "one visit only" in body
    for name in NAMES:
        assert name not in body and name not in message["Subject"]
    [event] = _events(vault, "share_link.email")
    assert (event.action, event.target_id, event.case_id) == ("exported", made.id, cast.own)
    assert json.loads(event.detail)["to"] == "recipient" and SENCO not in event.detail
    with vault.database.session() as session:  # the address is not kept anywhere
        for table in ("share_links", "audit_events"):
            rows = session.execute(text(f"select * from {table}")).all()
            assert SENCO not in repr(rows)


def test_a_link_is_not_mailed_without_the_parents_consent_to_email_contact(vault: Vault, cast: Cast, inbox: Inbox,
                                                                            made: LinkMade) -> None:
    vault.family.invite(cast.supporter, cast.own, person_id=person_of(vault, cast.supporter, cast.own, "parent"))  # no address
    with pytest.raises(Conflict, match="consent to e-mail contact is not recorded"):
        vault.sharing.send_link(cast.supporter, made, to=SENCO, link=_link(made.token))
    assert inbox.messages == []
    [event] = _events(vault, "share_link.email")
    assert event.action == "refused" and SENCO not in event.detail
    # The link itself still works, for the supporter to hand over.
    assert vault.sharing.open(made.token).organisation == SCHOOL


def test_a_revoked_link_another_link_or_a_bad_address_is_not_mailed(vault: Vault, cast: Cast, inbox: Inbox,
                                                                    made: LinkMade) -> None:
    _email_agreed(vault, cast)
    with pytest.raises(InvalidRequest, match="e-mail address"):
        vault.sharing.send_link(cast.supporter, made, to="senco at school", link=_link(made.token))
    with pytest.raises(InvalidRequest, match="the link that was made"):
        vault.sharing.send_link(cast.supporter, made, to=SENCO, link=_link("0" * 64))
    vault.sharing.revoke(cast.supporter, made.id)
    with pytest.raises(Conflict, match="revoked"):
        vault.sharing.send_link(cast.supporter, made, to=SENCO, link=_link(made.token))
    assert inbox.messages == []


def test_without_a_mail_server_nothing_is_sent_and_it_says_so(vault: Vault, cast: Cast, made: LinkMade) -> None:
    assert not vault.outbox.ready
    _email_agreed(vault, cast)
    with pytest.raises(MailNotSetUp, match="not set up"):
        vault.sharing.send_link(cast.supporter, made, to=SENCO, link=_link(made.token))
    assert _events(vault, "share_link.email") == []


def test_a_mail_server_that_refuses_leaves_nothing_recorded(vault: Vault, cast: Cast, smtp: tuple[Inbox, int],
                                                            made: LinkMade) -> None:
    # The local server offers no STARTTLS: the conversation fails before anything is sent.
    vault.outbox.mailer = Mailer(SmtpSettings(host="127.0.0.1", port=smtp[1], security="starttls", sender="vault@sendsupport.example"))
    _email_agreed(vault, cast)
    with pytest.raises(MailError):
        vault.sharing.send_link(cast.supporter, made, to=SENCO, link=_link(made.token))
    assert _events(vault, "share_link.email") == []


def test_the_parents_invitation_is_mailed_to_the_address_kept_with_consent(vault: Vault, cast: Cast, inbox: Inbox) -> None:
    parent = person_of(vault, cast.supporter, cast.own, "parent")
    invitation = vault.family.invite(cast.supporter, cast.own, person_id=parent, email="sarah@example.org",
                                     email_consent="Agreed on the phone, 30 June")
    link = f"https://vault.example/join/{invitation.token}"
    sent = vault.family.send_invitation(cast.supporter, invitation, link=link)
    assert (sent.to, sent.target_id) == ("parent", invitation.id)
    message = inbox.to("sarah@example.org")
    assert message["Subject"].startswith("CONFIDENTIAL:")
    body = message.get_content()
    assert link in body and "until 8 July 2026" in body
    for name in NAMES:
        assert name not in body and name not in message["Subject"]
    [event] = _events(vault, "family.invite.email")
    assert event.action == "exported" and json.loads(event.detail)["to"] == "parent" and "sarah@" not in event.detail
    # Accepted, the invitation is spent: it is not sent again.
    vault.family.accept(invitation.token, username="sarah", passphrase="my family passphrase")
    with pytest.raises(Conflict, match="can no longer be sent"):
        vault.family.send_invitation(cast.supporter, invitation, link=link)


def test_an_invitation_without_an_address_kept_with_consent_is_not_mailed(vault: Vault, cast: Cast,
                                                                          smtp: tuple[Inbox, int]) -> None:
    parent = person_of(vault, cast.supporter, cast.own, "parent")
    invitation = vault.family.invite(cast.supporter, cast.own, person_id=parent)
    link = f"https://vault.example/join/{invitation.token}"
    with pytest.raises(MailNotSetUp):
        vault.family.send_invitation(cast.supporter, invitation, link=link)
    vault.outbox.mailer = _mailer(smtp[1])
    inbox = smtp[0]
    with pytest.raises(Conflict, match="consent to e-mail contact"):
        vault.family.send_invitation(cast.supporter, invitation, link=link)
    assert inbox.messages == [] and _events(vault, "family.invite.email") == []


def test_only_who_may_make_the_link_or_the_invitation_has_it_sent(vault: Vault, cast: Cast, inbox: Inbox,
                                                                    made: LinkMade) -> None:
    invitation = vault.family.invite(cast.supporter, cast.own, person_id=person_of(vault, cast.supporter, cast.own, "parent"),
                                     email="sarah@example.org", email_consent="Agreed on the phone, 30 June")
    for stranger in (cast.other_supporter, cast.volunteer):
        with pytest.raises(NotFound):
            vault.sharing.send_link(stranger, made, to=SENCO, link=_link(made.token))
        with pytest.raises(NotFound):
            vault.family.send_invitation(stranger, invitation, link=f"https://vault.example/join/{invitation.token}")
    assert inbox.messages == []
    assert {e.action for e in _events(vault, "share_link.create")} >= {"denied"}
