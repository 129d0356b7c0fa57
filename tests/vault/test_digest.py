"""The daily digest: each member of staff gets what needs doing on their cases (coordinators what is
service-wide), by case reference only, through a real SMTP conversation with a local server."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from sqlalchemy import select
from smtp_inbox import Inbox, smtp  # noqa: F401 (the fixture)
from vault_world import OPERATOR, Cast

from vault.app import Vault
from vault.db.models import AuditEvent
from vault.errors import Forbidden, InvalidRequest, SetupError
from vault.jobs import JobRunner
from vault.jobs.bodies.digest import request_digest
from vault.mail import MailError, Mailer, SmtpSettings
from vault.services import ConsentDecision, ConsentInput, ConsentMethod, NewDocument, RecipientKind


def _mailer(port: int) -> Mailer:
    return Mailer(SmtpSettings(host="127.0.0.1", port=port, security="none", sender="vault@sendsupport.example"))


@pytest.fixture
def busy(vault: Vault, cast: Cast) -> dict[str, str]:
    """A subject access request, a consent due for review and a return on Sam's case; an override on
    Bea's case asked for by Cora."""
    for who, address in ((cast.supporter, "sam@sendsupport.example"), (cast.coordinator, "cora@sendsupport.example"),
                         (cast.second_coordinator, "dev@sendsupport.example")):
        vault.staff.set_email(OPERATOR, who.id, address)
    parent = next(p.id for p in vault.cases.details(cast.supporter, cast.own).people if p.relation == "parent")
    vault.subject_access.record(cast.supporter, cast.own, subject_id=parent, requester_id=parent)
    vault.consents.record(cast.supporter, cast.own, ConsentInput(
        recipient_kind=RecipientKind.ORGANISATION, recipient="LA SEN team", decision=ConsentDecision.GIVEN,
        method=ConsentMethod.EMAIL, obtained_on=date(2025, 7, 1), review_on=date(2026, 7, 10)))
    document = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"%PDF-1.4 report"), NewDocument(title="Report", filename="r.pdf"))
    vault.returns.request(cast.supporter, document.id)
    vault.overrides.request(cast.coordinator, cast.other, concern="Concern raised by school")
    own = vault.cases.details(cast.supporter, cast.own).summary.reference
    other = vault.cases.details(cast.other_supporter, cast.other).summary.reference
    return {"own": own, "other": other}


def test_each_member_of_staff_gets_their_digest_by_reference_only(vault: Vault, cast: Cast, busy: dict[str, str],
                                                                 smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    vault.digests.mailer = _mailer(port)
    run = vault.digests.send(OPERATOR)
    assert run.sent == 3 and sorted(to for _, [to] in inbox.envelopes) == [
        "cora@sendsupport.example", "dev@sendsupport.example", "sam@sendsupport.example"]
    sam = inbox.to("sam@sendsupport.example")
    assert sam["From"] == "vault@sendsupport.example" and sam["Subject"].startswith("CONFIDENTIAL")
    body = sam.get_content()
    assert f"case {busy['own']}: due 1 August 2026 (31 day(s) left); review not started" in body
    assert f"case {busy['own']}: due for review 10 July 2026" in body and "Returns pending (1)" in body
    assert busy["other"] not in body and "Overrides" not in body
    everything = " ".join(m.get_content() for m in inbox.messages)
    for secret in ("Whitfield", "Sarah", "Leo", "LA SEN", "Concern raised", "Report"):
        assert secret not in everything
    cora, dev = (inbox.to(f"{who}@sendsupport.example").get_content().replace("\r\n", "\n") for who in ("cora", "dev"))
    assert "Subject access deadlines (1)" in cora and "Overrides" not in cora  # her own request waits for another coordinator
    assert f"Overrides awaiting a second coordinator (1)\n  - case {busy['other']}" in dev
    assert "Returns pending" not in dev  # not their case
    with vault.core.database.transaction() as session:
        [sent] = session.scalars(select(AuditEvent).where(AuditEvent.operation == "digest.send")).all()
    assert sent.action == "exported" and sorted(json.loads(sent.detail)["sent_to"]) == sorted(
        [cast.supporter.id, cast.coordinator.id, cast.second_coordinator.id])


def test_a_dry_run_sends_nothing_and_staff_without_an_address_are_named(vault: Vault, cast: Cast, busy: dict[str, str],
                                                                         smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    vault.staff.set_email(OPERATOR, cast.supporter.id, None)
    vault.digests.mailer = _mailer(port)
    run = vault.digests.send(OPERATOR, dry_run=True)
    assert run.sent == 0 and inbox.messages == [] and run.without_email == ["sam"]
    assert {d.username for d in run.digests} == {"sam", "cora", "dev"}
    with pytest.raises(InvalidRequest, match="not an e-mail address"):
        vault.staff.set_email(OPERATOR, cast.supporter.id, "sam at home")


def test_the_digest_as_a_job_and_who_may_send_it(vault: Vault, cast: Cast, busy: dict[str, str], smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    vault.digests.mailer = _mailer(port)
    job = request_digest(vault, OPERATOR)
    JobRunner(vault, worker="digest-test").run(job.id)
    done = vault.jobs.get(OPERATOR, job.id)
    assert done.state == "succeeded" and done.summary["sent"] == 3 and len(inbox.messages) == 3
    with pytest.raises(Forbidden):
        vault.digests.send(cast.coordinator)


def test_no_mail_server_or_one_that_refuses_is_said_plainly(vault: Vault, cast: Cast, busy: dict[str, str],
                                                            smtp: tuple[Inbox, int]) -> None:
    vault.digests.mailer = None
    with pytest.raises(SetupError, match="no mail server"):
        vault.digests.send(OPERATOR)
    _, port = smtp
    vault.digests.mailer = Mailer(SmtpSettings(host="127.0.0.1", port=port, security="starttls", sender="vault@sendsupport.example"))
    with pytest.raises(MailError, match="did not take the mail"):  # the test server offers no STARTTLS
        vault.digests.send(OPERATOR)
    assert "password='***'" in repr(SmtpSettings(host="mail.example", sender="v@example.org", username="v", password="hunter2"))


@pytest.mark.parametrize(("document", "message"), [
    ({"host": "mail.example.org", "sender": "vault@example.org", "port": "587"}, "port a number"),
    ({"host": "mail.example.org", "sender": "vault@example.org", "security": "ssl"}, "security is one of"),
    ({"host": "mail.example.org", "sender": "vault@example.org", "username": "vault"}, "come together"),
    ({"host": "mail.example.org", "sender": "vault@example.org", "relay": "x"}, "unknown setting"),
    ({"host": "mail.example.org"}, "smtp: "),
])
def test_smtp_settings_are_checked(document: dict[str, object], message: str) -> None:
    with pytest.raises(SetupError, match=message):
        SmtpSettings.from_document(document)
