"""The training-data export (policy 003: "before anything is used for training ... any identifying
details will be removed"): the consented cases' documents and notes through the same redaction as
case studies, read again by the independent second reader, with no person in the loop.

One case at a time (:func:`export_case`): the case's consent for training is checked now (a refusal or
withdrawal since the export was asked for leaves it out); its documents and notes (those added since
``since``) are read under the policy, redacted together (so each person keeps one label across the
family's records), turned into readable text, their dates moved by the case's own offset, and read by
the second reader: anything it finds leaves that item out, with the reason. The case's records go to
one file, written whole, named by the case's token for this export; a file that exists is finished,
which is what makes a stopped export resumable.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from vault.audit import AuditAction
from vault.consent_rules import Verdict, judge_disclosure
from vault.db.models import Case, Document, Note
from vault.export.pseudonymity import ExportKeys, shift_dates
from vault.export.readable import NotText, readable_text
from vault.export.sink import ExportSink
from vault.policy import Action, Actor, Target, TargetKind
from vault.services.states import CaseStatus, DocumentState

if TYPE_CHECKING:
    from vault.app import Vault
    from vault.services._work import Work

__all__ = ["TRAINING_PURPOSE", "CaseExport", "case_file", "eligible_cases", "export_case", "training_consent"]

TRAINING_PURPOSE = "training data"
RECIPIENT = "anyone (training data)"


def case_file(token: str) -> str:
    return f"case-{token}.jsonl"


def training_consent(work: Work, case_id: str) -> Verdict:
    """The parent's consent to this use: recipient "anyone", purpose "training data" (or any purpose)."""
    from vault.services.consent import load_records

    return judge_disclosure(load_records(work, case_id), organisation=RECIPIENT, role=None, purpose=TRAINING_PURPOSE,
                            at=work.now)


def eligible_cases(work: Work) -> list[str]:
    """Every case not destroyed whose consent in force covers training, in a stable order."""
    rows = work.session.scalars(select(Case.id).where(Case.status != CaseStatus.DESTROYED).order_by(Case.id))
    return [case_id for case_id in rows if training_consent(work, case_id).allowed]


@dataclass
class CaseExport:
    """What one case gave the export (counts only: this is what the datasheet is made of)."""

    token: str
    records: int = 0
    characters: int = 0
    removed: Counter[str] = field(default_factory=Counter)
    left_out: Counter[str] = field(default_factory=Counter)  # reason -> items
    dates_shifted: int = 0
    skipped: str | None = None  # the whole case was left out, and why

    def to_json(self) -> dict[str, Any]:
        return {"case": self.token, "records": self.records, "characters": self.characters,
                "removed": dict(self.removed), "left_out": dict(self.left_out), "dates_shifted": self.dates_shifted,
                "skipped": self.skipped}


def export_case(vault: Vault, actor: Actor, case_id: str, *, keys: ExportKeys, since: datetime | None,
                sink: ExportSink, export_id: str) -> CaseExport:
    token = keys.case_token(case_id)
    result = CaseExport(token)
    name = case_file(token)
    if sink.exists(name):  # finished before this export stopped: its summary is the file's last line
        return _summary_of(sink.read(name), token)
    from vault.services.case_studies.redacting import Instructions
    from vault.services.case_studies.sources import identifiers_of, read_sources

    with vault.core.read(actor) as work:
        decision = work.authorize(Action.TRAINING_EXPORT, Target.service())
        case = work.session.get(Case, case_id)
        verdict = training_consent(work, case_id) if case is not None else None
        if case is None or case.status == CaseStatus.DESTROYED or verdict is None or not verdict.allowed:
            result.skipped = "no consent in force for training, or the case is gone"
            sources, identifiers, refs = [], None, []
        else:
            refs = _sources(work, case_id, since)
            identifiers = identifiers_of(work, case, extra={}, terms=())
            sources = read_sources(work, case_id, refs) if refs else []
    lines: list[dict[str, Any]] = []
    if sources and identifiers is not None:
        rules = vault.rules
        outcome = vault.redactor.run(sources, Instructions(
            identifiers, retypeset=True, pdf_seconds=rules.case_study_seconds,
            max_text_chars=rules.case_study_max_text_chars, max_document_bytes=rules.case_study_max_document_bytes))
        kinds = {position: kind for position, kind, _ in refs}
        for item in outcome.items:
            lines.append(_record(item, kinds[item.position], token, keys.date_offset(case_id), identifiers, result))
    lines.append({"summary": result.to_json()})
    sink.write(name, b"".join(json.dumps(line, ensure_ascii=False, sort_keys=True).encode() + b"\n" for line in lines))
    with vault.core.work(actor) as work:
        work.record(AuditAction.EXPORTED, Target(TargetKind.CASE, case_id, case_id), decision=decision,
                    operation=str(Action.TRAINING_EXPORT),
                    detail={"export": export_id, "records": result.records, "left_out": sum(result.left_out.values()),
                            "skipped": result.skipped is not None})
    return result


def _sources(work: Work, case_id: str, since: datetime | None) -> list[tuple[int, str, str]]:
    documents = select(Document.id).where(Document.case_id == case_id, Document.state != DocumentState.DESTROYED)
    notes = select(Note.id).where(Note.case_id == case_id)
    if since is not None:
        documents = documents.where(Document.uploaded_at >= since)
        notes = notes.where(Note.created_at >= since)
    chosen = [("document", d) for d in work.session.scalars(documents.order_by(Document.uploaded_at, Document.id))]
    chosen += [("note", n) for n in work.session.scalars(notes.order_by(Note.created_at, Note.id))]
    return [(position, kind, item_id) for position, (kind, item_id) in enumerate(chosen, start=1)]


def _record(item: Any, source: str, token: str, offset: int, identifiers: Any, result: CaseExport) -> dict[str, Any]:
    from redaction.verify import second_reader

    base = {"case": token, "item": f"{token}-{item.position}", "source": source}
    if not item.ready:
        return _left_out(base, f"not redacted and verified: {item.reason}", result)
    try:
        text = readable_text(item.data, item.output_kind or "text")
    except NotText as error:
        return _left_out(base, str(error), result)
    except Exception as error:  # a rendering that cannot be read back is not exported
        return _left_out(base, f"the redacted rendering could not be read back ({type(error).__name__})", result)
    text, moved = shift_dates(text, offset)
    reading = second_reader().read(text, known=identifiers.for_text())
    if reading.findings:
        kinds = ", ".join(sorted({finding.type for finding in reading.findings}))
        return _left_out(base, f"the second reader found {kinds}", result)
    removed = Counter({str(k): int(v) for k, v in (item.report.get("counts") or {}).items()})
    result.records += 1
    result.characters += len(text)
    result.removed.update(removed)
    result.dates_shifted += moved
    return {**base, "kind": item.output_kind, "text": text, "removed": dict(removed), "dates_shifted": moved,
            "suspects": len(reading.suspects)}


def _left_out(base: dict[str, Any], reason: str, result: CaseExport) -> dict[str, Any]:
    # Reasons name kinds and places, never the family's text (the redactors' messages are written so).
    reason = " ".join(reason.split())[:200]
    result.left_out[reason] += 1
    return {**base, "left_out": reason}


def _summary_of(data: bytes, token: str) -> CaseExport:
    last = json.loads(data.rstrip(b"\n").rsplit(b"\n", 1)[-1])["summary"]
    result = CaseExport(token, records=last["records"], characters=last["characters"], removed=Counter(last["removed"]),
                        left_out=Counter(last["left_out"]), dates_shifted=last["dates_shifted"], skipped=last["skipped"])
    return result
