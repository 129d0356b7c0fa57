"""Anonymous enquiries: the service "respects the right of anyone to contact the service anonymously"
(policies 000-002). Topic, outcome and channel come from fixed lists and there is no identity field,
not even who took the call (the audit log says which member of staff recorded it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from vault.audit import AuditAction
from vault.db.models import Enquiry
from vault.errors import InvalidRequest
from vault.policy import Action, Actor, Target, TargetKind
from vault.services._work import Core

__all__ = ["EnquiryService", "EnquiryView"]


@dataclass(frozen=True)
class EnquiryView:
    id: str
    received_on: date
    topic: str
    outcome: str
    channel: str


class EnquiryService:
    def __init__(self, core: Core) -> None:
        self._core = core

    def record(self, actor: Actor, *, topic: str, outcome: str, channel: str, received_on: date | None = None) -> EnquiryView:
        with self._core.work(actor) as work:
            decision = work.authorize(Action.ENQUIRY_RECORD, Target(TargetKind.ENQUIRY))
            vocab = work.rules.vocab()
            row = Enquiry(
                id=work.new_id(),
                received_on=received_on or work.today,
                topic=vocab.check("topic", topic),
                outcome=vocab.check("enquiry_outcome", outcome),
                channel=vocab.check("channel", channel),
            )
            if row.received_on > work.today:
                raise InvalidRequest("an enquiry cannot be received in the future")
            work.session.add(row)
            work.session.flush()
            work.record(AuditAction.CREATED, Target(TargetKind.ENQUIRY, row.id), decision=decision)
            return _view(row)

    def list(self, actor: Actor, *, start: date, end: date) -> list[EnquiryView]:
        if end < start:
            raise InvalidRequest("the end date comes after the start date")
        with self._core.work(actor) as work:
            decision = work.authorize(Action.ENQUIRY_LIST, Target(TargetKind.ENQUIRY))
            rows = list(
                work.session.scalars(
                    select(Enquiry)
                    .where(Enquiry.received_on >= start, Enquiry.received_on <= end)
                    .order_by(Enquiry.received_on, Enquiry.id)
                )
            )
            work.record(
                AuditAction.LISTED,
                Target(TargetKind.ENQUIRY),
                decision=decision,
                detail={"from": start.isoformat(), "to": end.isoformat(), "count": len(rows)},
            )
            return [_view(row) for row in rows]


def _view(row: Enquiry) -> EnquiryView:
    return EnquiryView(row.id, row.received_on, row.topic, row.outcome, row.channel)
