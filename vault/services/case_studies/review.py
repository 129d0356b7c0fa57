"""What the second reader left for people to decide: each item's findings and suspects, with stable
ids, and the supporter's and the publisher's decisions on them.

An id is a hash of the item's position, the kind (``f`` finding, ``s`` suspect), the text and which
occurrence of that text in the item it is: the same words at the same place get the same id when the
case study runs again, so a dismissal made before a revision still stands after it (and a confirmed
one, removed by its term, simply is no longer there).

Decisions are sealed with the case study (its report, under the case key), never in an audit event:

* the family's supporter confirms (the text becomes a term and the case study runs again) or
  dismisses each (a finding only with a reason: the reader was sure); acceptance waits for all;
* the publisher, a coordinator, sees the supporter's decisions and confirms or dismisses each again
  for the revision they are asked to publish; a confirmation sends the case study back to the
  supporter, who then cannot dismiss it (only remove it, or leave the item out).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from vault.audit import AuditAction
from vault.db.models import CaseStudy
from vault.errors import Conflict, InvalidRequest, NotFound
from vault.policy import Decision
from vault.services._work import Work
from vault.services.case_studies import records
from vault.services.case_studies.views import ItemStatus, SuspectView

if TYPE_CHECKING:
    from redaction.formats import Verdict

__all__ = [
    "MAX_REASON",
    "SUPPORTER",
    "PUBLISHER",
    "decide",
    "dismissed",
    "entries",
    "find",
    "identified",
    "listed",
    "open_count",
    "publisher_undecided",
    "review_fields",
    "supporter_undecided",
]

SUPPORTER, PUBLISHER = "supporter", "publisher"
CONFIRMED, DISMISSED = "confirmed", "dismissed"
MAX_REASON = 2000


def review_fields(verdict: Verdict) -> dict[str, Any]:
    """What a verified item's verdict adds to its report: the second reader's full lists (ids are given
    when the run's items are put together) and their counts."""
    return {"findings": [dict(row) for row in verdict.findings], "suspects": [s.to_json() for s in verdict.suspects],
            "second_reader": {"findings": len(verdict.findings), "suspects": len(verdict.suspects)}}


def identified(position: int, findings: Sequence[Mapping[str, Any]], suspects: Sequence[Mapping[str, Any]]
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The item's findings and suspects as report rows, each with its stable id."""
    return _with_ids(position, "f", findings), _with_ids(position, "s", suspects)


def _with_ids(position: int, kind: str, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    seen: Counter[str] = Counter()
    out = []
    for row in sorted(rows, key=lambda r: (_text_read(r), int(r.get("start", 0)))):
        text = " ".join(str(row.get("text", "")).split())
        seen[text] += 1
        digest = hashlib.sha256(f"{position}\x1f{kind}\x1f{text}\x1f{seen[text]}".encode()).hexdigest()[:12]
        out.append({"id": f"{kind}{digest}", **row})
    return out


def _text_read(row: Mapping[str, Any]) -> str:
    """Which text of the output an entry was read in (offsets count within it): its ``where``, or its
    location without the line ("part 2 (HTML)", "page 3"; "" for a text item)."""
    if row.get("where") is not None:
        return str(row["where"])
    return _LINE.sub("", str(row.get("location") or ""))


_LINE = re.compile(r"(?:^|, )line \d+$")


def _decisions(work: Work, row: CaseStudy) -> dict[str, dict[str, Any]]:
    return dict(records.report(work, row).get("decisions", {}))


def entries(work: Work, row: CaseStudy) -> list[SuspectView]:
    """Every finding and suspect of the ready items, with the decisions taken on them."""
    decisions = _decisions(work, row)
    shown = []
    for item in records.item_rows(work, row.id):
        if item.status != ItemStatus.READY:
            continue
        report = records.item_report(work, item)
        for kind, entry_rows in (("finding", report.get("findings", [])), ("suspect", report.get("suspects", []))):
            for entry in entry_rows:
                if "id" not in entry:
                    continue
                decided = decisions.get(entry["id"], {})
                publisher = decided.get(PUBLISHER)
                if publisher is not None and publisher.get("revision") != row.revision and publisher["decision"] != CONFIRMED:
                    publisher = None  # a publisher decides on the revision they are asked to publish
                shown.append(SuspectView(
                    id=entry["id"], item=item.position, kind=kind, text=str(entry.get("text", "")),
                    reason=str(entry.get("reason") or f"the second reader is sure this is a {entry.get('type')}"),
                    type=entry.get("type"), start=int(entry.get("start", 0)), end=int(entry.get("end", 0)),
                    location=entry.get("location") or entry.get("where") or None, page=entry.get("page"),
                    box=entry.get("box"),
                    supporter=decided.get(SUPPORTER), publisher=publisher))
    return shown


def find(work: Work, row: CaseStudy, suspect_id: str) -> SuspectView:
    for entry in entries(work, row):
        if entry.id == suspect_id:
            return entry
    raise NotFound("no such suspect in this case study (it may have gone when the case study ran again)")


def supporter_undecided(shown: Sequence[SuspectView]) -> list[SuspectView]:
    return [entry for entry in shown if entry.supporter is None]


def publisher_undecided(shown: Sequence[SuspectView]) -> list[SuspectView]:
    return [entry for entry in shown if entry.publisher is None]


def open_count(shown: Sequence[SuspectView]) -> str:
    """"2 findings and 3 suspects" (what is still undecided), for a refusal."""
    findings = sum(entry.kind == "finding" for entry in shown)
    suspects = len(shown) - findings
    parts = [f"{n} {word}{'' if n == 1 else 's'}" for n, word in ((findings, "finding"), (suspects, "suspect")) if n]
    return " and ".join(parts)


def decide(work: Work, row: CaseStudy, entry: SuspectView, *, side: str, decision: str, reason: str | None) -> None:
    """Record one decision (sealed with the case study, and in its history)."""
    reason = " ".join(reason.split()) if reason else None
    if reason is not None and len(reason) > MAX_REASON:
        raise InvalidRequest(f"a reason is at most {MAX_REASON} characters")
    if decision == DISMISSED and entry.kind == "finding" and not reason:
        raise InvalidRequest("the second reader was sure this identifies someone: say why it may stay (a reason), "
                             "or confirm it so it is removed")
    if side == SUPPORTER and decision == DISMISSED and (entry.publisher or {}).get("decision") == CONFIRMED:
        raise Conflict("the publisher confirmed this one identifies someone: confirm it (it is removed) or leave the "
                       "item out")
    decisions = _decisions(work, row)
    chosen = dict(decisions.get(entry.id, {}))
    chosen[side] = {"decision": decision, "by": work.actor.id, "at": work.now.isoformat(), "reason": reason,
                    "revision": row.revision, "item": entry.item, "text": entry.text}
    if side == PUBLISHER and decision == CONFIRMED:
        chosen.pop(SUPPORTER, None)  # back with the supporter, undecided, until it is removed
    decisions[entry.id] = chosen
    report = records.report(work, row)
    report["decisions"] = decisions
    records.store_json(work, row, "report", report)
    records.add_history(work, row, f"{decision} {entry.kind}", suspect=entry.id, item=entry.item, side=side)


def listed(work: Work, row: CaseStudy, decision: Decision, *, side: str) -> list[SuspectView]:
    """The entries, read under ``decision`` (one ``viewed`` event: how many, how many ``side`` left open)."""
    from vault.services.case_studies.drafting import case_study_target

    shown = entries(work, row)
    undecided = supporter_undecided(shown) if side == SUPPORTER else publisher_undecided(shown)
    work.record(AuditAction.VIEWED, case_study_target(row), decision=decision,
                detail={"suspects": len(shown), "undecided": len(undecided)})
    return shown


def dismissed(work: Work, row: CaseStudy, decision: Decision, suspect_id: str, *, side: str,
              reason: str | None) -> SuspectView:
    """Dismiss one entry for ``side`` (one ``dismissed`` event: ids and numbers, never its text)."""
    from vault.services.case_studies.drafting import case_study_target

    entry = find(work, row, suspect_id)
    decide(work, row, entry, side=side, decision=DISMISSED, reason=reason)
    work.record(AuditAction.DISMISSED, case_study_target(row), decision=decision,
                detail={"suspect": entry.id, "item": entry.item, "kind": entry.kind, "revision": row.revision})
    return find(work, row, suspect_id)
