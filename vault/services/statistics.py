"""The quarterly return for the local authority: the vault's rows reduced to the statistics engine's
records (categories and dates only; no reference, name or birth date leaves the vault), then
suppressed, rounded and audited by :mod:`vault.statistics`, and written as CSV."""

from __future__ import annotations

import io
from collections.abc import Iterator

from sqlalchemy import or_, select

from vault.audit import AuditAction
from vault.db.models import Case, Enquiry
from vault.errors import InvalidRequest
from vault.policy import Action, Actor, Target
from vault.services._work import Core, Work
from vault.statistics import (
    CaseRecord,
    DisclosureControl,
    EnquiryRecord,
    Quarter,
    StatisticsError,
    quarterly_report,
    write_csv,
)

__all__ = ["StatisticsService"]


class StatisticsService:
    def __init__(self, core: Core) -> None:
        self._core = core

    def quarterly_csv(self, actor: Actor, quarter: str) -> str:
        try:
            period = Quarter.parse(quarter)
            control = DisclosureControl(
                max_suppressed=self._core.rules.statistics_suppress_up_to,
                rounding_base=self._core.rules.statistics_round_to,
            )
        except StatisticsError as error:
            raise InvalidRequest(str(error)) from None
        with self._core.work(actor) as work:
            decision = work.authorize(Action.REPORT_STATISTICS, Target.service())
            try:
                tables = quarterly_report(
                    _enquiries(work, period),
                    _cases(work, period),
                    quarter=period,
                    control=control,
                    categories=work.rules.vocab().categories,
                )
                out = io.StringIO()
                write_csv(tables, out)
            except StatisticsError as error:
                raise InvalidRequest(f"the quarterly return cannot be produced: {error}") from None
            work.record(
                AuditAction.EXPORTED,
                Target.service(),
                decision=decision,
                operation=str(Action.REPORT_STATISTICS),
                detail={"quarter": str(period), "tables": len(tables)},
            )
            return out.getvalue()


def _enquiries(work: Work, period: Quarter) -> Iterator[EnquiryRecord]:
    rows = work.session.execute(
        select(Enquiry.received_on, Enquiry.topic, Enquiry.outcome, Enquiry.channel).where(
            Enquiry.received_on >= period.start, Enquiry.received_on <= period.end
        )
    )
    for received_on, topic, outcome, channel in rows:
        yield EnquiryRecord(received_on=received_on, topic=topic, outcome=outcome, channel=channel)


def _cases(work: Work, period: Quarter) -> Iterator[CaseRecord]:
    """Every case that opened, closed, or was open during the quarter (destroyed ones included: their
    tombstones keep the categories)."""
    rows = work.session.execute(
        select(
            Case.opened_on, Case.closed_on, Case.need, Case.outcome, Case.referral_source, Case.age_band, Case.school_phase
        ).where(Case.opened_on <= period.end, or_(Case.closed_on.is_(None), Case.closed_on >= period.start))
    )
    for opened_on, closed_on, need, outcome, source, band, phase in rows:
        yield CaseRecord(
            opened_on=opened_on,
            closed_on=closed_on,
            need=need,
            outcome=outcome,
            referral_source=source,
            age_band=band,
            school_phase=phase,
        )
