"""Mail to people outside the staff (a sharing link's recipient, an invited family member), under
policy 002, 4.2: personal information goes by e-mail only with the parent's permission, marked
CONFIDENTIAL. Every subject begins ``CONFIDENTIAL:``; bodies name no child and no family. Without an
SMTP server in the settings, nothing is sent and :class:`MailNotSetUp` says so (the supporter hands the
link over instead).

The parent's permission is the consent to e-mail contact the supporter records with the family's
address when inviting them (:meth:`vault.services.family.FamilyService.invite`): see
:func:`email_contact_agreed`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from vault.clock import SERVICE_ZONE
from vault.db.models import FamilyAccount
from vault.errors import InvalidRequest, SetupError
from vault.mail import Mailer
from vault.policy import Role
from vault.services._work import Work
from vault.text_rules import check_line

__all__ = ["SUBJECT_MARK", "MailNotSetUp", "Outbox", "Sent", "check_address", "email_contact_agreed", "when"]

SUBJECT_MARK = "CONFIDENTIAL: "
NOT_SET_UP = "e-mail is not set up on this vault (no \"smtp\" in settings.json): hand the link over yourself"


class MailNotSetUp(SetupError):
    """No SMTP server in the settings: nothing can be sent."""


@dataclass(frozen=True)
class Sent:
    """A message that went: to whom by kind (never the address), and what it was about."""

    to: str  # recipient, parent or child
    target_id: str


class Outbox:
    """The vault's mailer, if one is set up (``mailer`` may be set later, as tests do)."""

    def __init__(self, mailer: Mailer | None = None) -> None:
        self.mailer = mailer

    @property
    def ready(self) -> bool:
        return self.mailer is not None

    def require(self) -> Mailer:
        if self.mailer is None:
            raise MailNotSetUp(NOT_SET_UP)
        return self.mailer

    def send_confidential(self, *, to: str, subject: str, body: str) -> None:
        """One message, its subject marked CONFIDENTIAL; :class:`vault.mail.MailError` if the server refuses it."""
        mailer = self.require()
        mailer.send([mailer.message(to=to, subject=SUBJECT_MARK + subject, body=body)])


def check_address(address: str | None) -> str:
    """A plausible single e-mail address, or :class:`InvalidRequest`."""
    address = (address or "").strip()
    if not address:
        raise InvalidRequest("enter the e-mail address to send it to")
    check_line(address, field="an e-mail address", max_length=254)
    if address.count("@") != 1 or " " in address or "," in address or ";" in address \
            or not all(address.split("@")):
        raise InvalidRequest("enter an e-mail address like name@example.com")
    return address


def email_contact_agreed(work: Work, case_id: str) -> bool:
    """Whether the parent's consent to e-mail contact is on record for the case: a parent's or carer's
    invitation or account, not ended, whose address was kept with that consent (an address is kept
    only with it: :meth:`vault.services.family.FamilyService.invite`)."""
    return work.session.scalar(select(FamilyAccount.id).where(
        FamilyAccount.case_id == case_id, FamilyAccount.role == str(Role.PARENT), FamilyAccount.ended_at.is_(None),
        FamilyAccount.email_consent_sealed.is_not(None), FamilyAccount.email_sealed.is_not(None)).limit(1)) is not None


def when(instant: datetime) -> str:
    """``9 July 2026, 2:00pm`` in UK time, for a message's text."""
    local = instant.astimezone(SERVICE_ZONE)
    hour = local.hour % 12 or 12
    return f"{local.day} {local:%B %Y}, {hour}:{local.minute:02d}{'am' if local.hour < 12 else 'pm'}"
