"""The training-data export as jobs: one job the coordinator asked for, which splits the consented cases
into parts (jobs of their own, so several workers export at once), waits for them without holding a
worker, and then assembles the data file, the datasheet and the manifest (hashed into the audit log).

A part exports its cases one by one; a case's file, once written, is final, so a part run again after its
worker died goes on from the first case without a file. The export's keys (case tokens, date offsets) are
derived from the vault's naming secret and the export's id: never stored, the same on every worker.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from vault.audit import AuditAction
from vault.clock import UTC
from vault.errors import Conflict, InvalidRequest
from vault.export.assemble import FORMATS, assemble
from vault.export.pseudonymity import ExportKeys
from vault.export.sink import open_sink
from vault.export.training import eligible_cases, export_case
from vault.jobs.context import JobContext, JobOutcome, JobWaiting
from vault.jobs.kinds import job_kind
from vault.jobs.service import JobView, Prepared
from vault.jobs.states import JobState
from vault.policy import Action, Actor, Target

if TYPE_CHECKING:
    from vault.app import Vault
    from vault.services._work import Work

__all__ = ["TRAINING_EXPORT", "TRAINING_EXPORT_PART", "request_training_export"]

TRAINING_EXPORT = "training.export"
TRAINING_EXPORT_PART = "training.export_part"
PARTS_PER_WORKER = 4  # parts are small enough that two workers share the work evenly
MAX_CASES_PER_PART = 25
RESUBMIT_AFTER_SECONDS = 60


def request_training_export(vault: Vault, actor: Actor, destination: str, *, since: date | None = None,
                            fmt: str = "jsonl", workers: int = 2) -> JobView:
    if fmt not in FORMATS:
        raise InvalidRequest(f"format is one of {', '.join(FORMATS)}, not {fmt!r}")
    open_sink(destination)  # the destination is checked now: a bad one is refused before any job exists
    if not 1 <= workers <= 64:
        raise InvalidRequest("workers is 1-64")

    def prepare(work: Work) -> Prepared:
        work.authorize(Action.TRAINING_EXPORT, Target.service())
        return Prepared(arguments={"destination": destination, "since": since.isoformat() if since else None,
                                   "format": fmt, "workers": workers})

    return vault.jobs.submit(actor, TRAINING_EXPORT, prepare)


def _keys(vault: Vault, export_id: str) -> ExportKeys:
    label = vault.core.keyring.naming.case_ref(f"training-export:{export_id}")
    return ExportKeys(hashlib.sha256(label.encode("ascii")).digest())


def _since(value: str | None) -> datetime | None:
    return datetime.combine(date.fromisoformat(value), time(), tzinfo=UTC) if value else None


def _split(cases: list[str], workers: int) -> list[list[str]]:
    if not cases:
        return []
    parts = max(1, min(len(cases), workers * PARTS_PER_WORKER))
    size = min(MAX_CASES_PER_PART, -(-len(cases) // parts))
    return [cases[i : i + size] for i in range(0, len(cases), size)]


@job_kind(TRAINING_EXPORT, max_attempts=3)
def training_export(context: JobContext) -> JobOutcome:
    vault, args = context.vault, context.arguments
    parts = vault.jobs.parts(context.job_id)
    if not parts:
        context.stage("choosing the consented cases")
        with vault.core.read(context.actor) as work:
            work.authorize(Action.TRAINING_EXPORT, Target.service())
            cases = eligible_cases(work)
        chunks = _split(cases, int(args.get("workers", 2)))
        if chunks:
            vault.jobs.submit_parts(context.actor, context.job_id, TRAINING_EXPORT_PART,
                                    [{"parent": context.job_id, "cases": chunk, **_part_arguments(args)} for chunk in chunks])
            raise JobWaiting(1.0)
    failed = [part for part in parts if part.state in (JobState.FAILED, JobState.CANCELLED)]
    if failed:
        raise Conflict(f"{len(failed)} of {len(parts)} part(s) of the export did not finish: {failed[0].reason}")
    total = sum(len(_cases_of(part)) for part in parts)
    if any(part.state != JobState.SUCCEEDED for part in parts):
        context.stage("exporting cases", total=total)
        context.progress(sum(part.done for part in parts), total)
        now = vault.core.clock.now()
        stuck = [p for p in parts if p.state == JobState.QUEUED and (now - p.requested_at).total_seconds() > RESUBMIT_AFTER_SECONDS]
        if stuck and context.attempt > 1:  # this export's worker died between writing its parts and telling the engine
            vault.jobs.resubmit(stuck)
        raise JobWaiting(2.0)
    context.stage("assembling the data file, the datasheet and the manifest")
    keys = _keys(vault, context.job_id)
    tokens = [keys.case_token(case_id) for part in parts for case_id in _cases_of(part)]
    sink = open_sink(str(args["destination"]))
    manifest = assemble(sink, tokens=tokens, export_id=context.job_id, fmt=str(args["format"]), since=args.get("since"),
                        finished_at=vault.core.clock.now())
    with vault.core.work(context.actor) as work:
        decision = work.authorize(Action.TRAINING_EXPORT, Target.service())
        work.record(AuditAction.EXPORTED, Target.service(), decision=decision, operation=str(Action.TRAINING_EXPORT),
                    detail={"export": context.job_id, "manifest_sha256": manifest["manifest_sha256"],
                            "records": manifest["totals"]["records"], "cases": manifest["totals"]["cases"]})
    return JobOutcome(summary={"destination": sink.describe(), "format": args["format"], **manifest["totals"],
                               "left_out": sum(manifest["left_out"].values()), "manifest_sha256": manifest["manifest_sha256"]})


def _part_arguments(args: Mapping[str, Any]) -> dict[str, Any]:
    return {"destination": args["destination"], "since": args.get("since")}


def _cases_of(part: JobView) -> list[str]:
    return [str(case_id) for case_id in part.arguments.get("cases", [])]


@job_kind(TRAINING_EXPORT_PART, queue="redaction", max_attempts=3)
def training_export_part(context: JobContext) -> JobOutcome:
    vault, args = context.vault, context.arguments
    cases = list(args["cases"])
    keys = _keys(vault, str(args["parent"]))
    sink = open_sink(str(args["destination"]))
    since = _since(args.get("since"))
    context.stage("exporting cases", total=len(cases))
    records = 0
    for case_id in cases:
        context.check()
        records += export_case(vault, context.actor, case_id, keys=keys, since=since, sink=sink,
                               export_id=str(args["parent"])).records
        context.advance()
    return JobOutcome(summary={"cases": len(cases), "records": records})
