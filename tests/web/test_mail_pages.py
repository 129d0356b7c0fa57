"""Mail from the staff pages (TestClient over the real app, a local SMTP server): the supporter has the
vault send a link to its recipient and an invitation to the parent, marked CONFIDENTIAL, where the
parent agreed to e-mail contact; otherwise, or without a mail server, the page says why and shows the
link to hand over."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import date
from html import unescape

from fastapi.testclient import TestClient
from smtp_inbox import Inbox
from smtp_inbox import smtp as smtp  # noqa: PLC0414 (the fixture, by its name)
from vault_world import Cast
from web_world import csrf_of

from vault.app import Vault
from vault.mail import Mailer, SmtpSettings
from vault.services import (
    ConsentDecision,
    ConsentInput,
    ConsentMethod,
    DisclosureInput,
    NewDocument,
    RecipientKind,
)

SENCO = "senco@hill-school.example"


def _disclosure(vault: Vault, cast: Cast) -> str:
    report = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"the school report"),
                                    NewDocument(title="School report", filename="report.txt")).id
    vault.consents.record(cast.supporter, cast.own, ConsentInput(
        recipient_kind=RecipientKind.ORGANISATION, recipient="Hill School", decision=ConsentDecision.GIVEN,
        method=ConsentMethod.EMAIL, obtained_on=date(2026, 6, 30)))
    return vault.disclosures.disclose(cast.supporter, cast.own, DisclosureInput(
        organisation="Hill School", purpose="Annual review", shared="The report", document_ids=(report,))).id


def _make_link(staff: TestClient, disclosure: str, **fields: str) -> tuple[str, str]:
    page = staff.get(f"/web/disclosures/{disclosure}/links")
    made = staff.post(f"/web/disclosures/{disclosure}/links", data={"csrf_token": csrf_of(page.text), "days": "1", **fields})
    link = re.search(r'id="share-link">([^<]+)<', made.text)
    assert made.status_code == 200 and link, made.text
    return made.text, unescape(link.group(1))


def test_the_supporter_has_the_vault_mail_a_link_and_an_invitation(vault: Vault, cast: Cast, smtp: tuple[Inbox, int],
                                                                 signed_in: Callable[[str], TestClient]) -> None:
    inbox, port = smtp
    disclosure = _disclosure(vault, cast)
    staff = signed_in("sam")
    # Without a mail server: the page says so, and a link made is shown to hand over.
    page = staff.get(f"/web/disclosures/{disclosure}/links")
    assert "E-mail is not set up on this vault" in page.text and 'name="email"' not in page.text
    text, _ = _make_link(staff, disclosure, email=SENCO)
    assert "Not sent by e-mail: e-mail is not set up" in unescape(text)

    vault.outbox.mailer = Mailer(SmtpSettings(host="127.0.0.1", port=port, security="none", sender="vault@sendsupport.example"))
    assert 'name="email"' in staff.get(f"/web/disclosures/{disclosure}/links").text
    # No consent to e-mail contact recorded yet: refused, with the reason, the link to hand over.
    text, _ = _make_link(staff, disclosure, email=SENCO)
    assert "consent to e-mail contact is not recorded" in unescape(text) and inbox.messages == []
    # A bad address makes no link.
    page = staff.get(f"/web/disclosures/{disclosure}/links")
    wrong = staff.post(f"/web/disclosures/{disclosure}/links", data={"csrf_token": csrf_of(page.text), "days": "1", "email": "senco at school"})
    assert wrong.status_code == 400 and "like name@example.com" in wrong.text and 'id="share-link"' not in wrong.text

    # The parent invited with their consent to e-mail contact, the invitation sent by the vault.
    page = staff.get(f"/web/cases/{cast.own}/family")
    assert 'name="send_email"' in page.text
    parent = re.search(r'<option value="([0-9a-f]{32})">Sarah Whitfield \(parent\)', page.text).group(1)  # type: ignore[union-attr]
    invited = staff.post(f"/web/cases/{cast.own}/family", data={
        "csrf_token": csrf_of(page.text), "person": parent, "email": "sarah@example.org",
        "email_consent": "Agreed by phone, 30 June", "send_email": "yes"})
    assert invited.status_code == 200 and 'id="invitation-mailed"' in invited.text
    invitation = inbox.to("sarah@example.org")
    join = unescape(re.search(r'id="invitation-link">([^<]+)<', invited.text).group(1))  # type: ignore[union-attr]
    assert invitation["Subject"].startswith("CONFIDENTIAL:") and join in invitation.get_content()

    # Now the link goes to the recipient.
    text, link = _make_link(staff, disclosure, email=SENCO)
    assert 'id="share-mailed"' in text
    message = inbox.to(SENCO)
    assert message["Subject"].startswith("CONFIDENTIAL:") and link in message.get_content()
    for mail in inbox.messages:
        for name in ("Whitfield", "Sarah", "Leo", "Hill School", "Annual review"):
            assert name not in mail.get_content() and name not in mail["Subject"]
