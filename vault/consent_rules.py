"""Does a consent in force cover this disclosure? A pure function over the case's consent history.

Rules (policy 004 section 4; 002 section 3; 003 "explicit consent ... documented"):

- A consent names a recipient (an organisation, a professional role, or anyone) and optionally a
  purpose (none means any purpose). The newest decision for a given recipient and purpose replaces
  the older ones: history is kept, never overwritten.
- Among the decisions that cover a disclosure, the most specific decides: a named organisation or
  role beats "anyone", and a named purpose beats "any purpose". At equal specificity a refusal or
  withdrawal wins over a permission (the parent's "no" is never overridden by a broader "yes").
- ``restricted`` allows only the listed professional roles; the recipient's role must be one of them.
- Nothing covering the disclosure means no: sharing needs consent given in advance.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from vault.services.states import ConsentDecision, RecipientKind

__all__ = ["ConsentRecord", "Verdict", "current_records", "judge_disclosure", "normalise"]


@dataclass(frozen=True)
class ConsentRecord:
    id: str
    recipient_kind: RecipientKind
    recipient: str | None
    purpose: str | None
    decision: ConsentDecision
    roles: tuple[str, ...]
    method: str
    obtained_on: date
    recorded_at: datetime

    def scope(self) -> tuple[str, str, str]:
        return (self.recipient_kind, normalise(self.recipient or ""), normalise(self.purpose or ""))

    def specificity(self) -> tuple[bool, bool]:
        return (self.recipient_kind != RecipientKind.ANYONE, self.purpose is not None)

    def covers(self, *, organisation: str, role: str | None, purpose: str) -> bool:
        if self.purpose is not None and normalise(self.purpose) != normalise(purpose):
            return False
        if self.recipient_kind == RecipientKind.ANYONE:
            return True
        if self.recipient_kind == RecipientKind.ORGANISATION:
            return normalise(self.recipient or "") == normalise(organisation)
        return role is not None and normalise(self.recipient or "") == normalise(role)


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    code: str  # given, restricted, refused, withdrawn, missing
    reason: str
    consent_id: str | None = None


def normalise(text: str) -> str:
    return " ".join(text.casefold().split())


def current_records(records: Iterable[ConsentRecord], *, at: datetime) -> list[ConsentRecord]:
    """The newest decision for each recipient and purpose, as of ``at``."""
    latest: dict[tuple[str, str, str], ConsentRecord] = {}
    for record in sorted(records, key=lambda r: (r.recorded_at, r.obtained_on)):
        if record.recorded_at <= at:
            latest[record.scope()] = record
    return list(latest.values())


def judge_disclosure(
    records: Iterable[ConsentRecord], *, organisation: str, role: str | None, purpose: str, at: datetime
) -> Verdict:
    covering = [r for r in current_records(records, at=at) if r.covers(organisation=organisation, role=role, purpose=purpose)]
    what = f"to share with {organisation}{f' ({role})' if role else ''} for {purpose!r}"
    if not covering:
        return Verdict(False, "missing", f"no consent is recorded {what}; ask the parent first")
    top = max(r.specificity() for r in covering)
    deciding = [r for r in covering if r.specificity() == top]
    for record in deciding:
        if record.decision in (ConsentDecision.REFUSED, ConsentDecision.WITHDRAWN):
            return Verdict(
                False,
                str(record.decision),
                f"the parent {'withdrew' if record.decision == ConsentDecision.WITHDRAWN else 'refused'} consent {what} "
                f"({record.method}, {record.obtained_on.isoformat()})",
                record.id,
            )
    for record in deciding:
        if record.decision == ConsentDecision.GIVEN:
            return Verdict(True, "given", f"consent given {what}", record.id)
    restricted = deciding[0]
    allowed_roles = {normalise(r) for r in restricted.roles}
    if role is not None and normalise(role) in allowed_roles:
        return Verdict(True, "restricted", f"consent restricted to {', '.join(restricted.roles)} covers {role}", restricted.id)
    who = f"the recipient's role {role!r} is not among them" if role else "give the recipient's professional role"
    return Verdict(
        False, "restricted", f"the parent restricted consent to: {', '.join(restricted.roles)}; {who}", restricted.id
    )
