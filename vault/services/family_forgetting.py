"""When a case is destroyed (retention): its family's portal accounts go with it, sign-in and all (a
username may be a name), with its notices and its recipients' links. Called by
:func:`vault.services.shredding.destroy_case` in the same transaction."""

from __future__ import annotations

from sqlalchemy import delete, select

from vault.db.models import FamilyAccount, FamilyNotice, SessionToken, ShareLink, Staff, WebSession
from vault.services._work import Work

__all__ = ["forget_family"]


def forget_family(work: Work, case_id: str) -> None:
    accounts = [a for a in work.session.scalars(select(FamilyAccount.account_id).where(FamilyAccount.case_id == case_id)) if a]
    work.session.execute(delete(ShareLink).where(ShareLink.case_id == case_id))
    work.session.execute(delete(FamilyNotice).where(FamilyNotice.case_id == case_id))
    work.session.execute(delete(FamilyAccount).where(FamilyAccount.case_id == case_id))
    if accounts:
        work.session.execute(delete(WebSession).where(WebSession.staff_id.in_(accounts)))
        work.session.execute(delete(SessionToken).where(SessionToken.staff_id.in_(accounts)))
        work.session.execute(delete(Staff).where(Staff.id.in_(accounts)))
