"""The training-data export: only consented cases, every identifier gone from every file written, one
token per family per export, dates moved by the family's own offset, what the verification catches left
out with its reason, a datasheet and a manifest hashed into the audit log; resumable; policy-checked."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path

import pytest
from case_study_world import case_study_consent
from sqlalchemy import select
from vault_world import OPERATOR, Cast

from vault.app import Vault
from vault.audit import AuditAction
from vault.db.models import AuditEvent, Job
from vault.errors import Forbidden, InvalidRequest
from vault.export.training import TRAINING_PURPOSE
from vault.jobs import JobRunner, JobState, RunResult
from vault.jobs.bodies.training import request_training_export
from vault.services import ConsentDecision, ConsentInput, ConsentMethod, NewDocument, RecipientKind

pytestmark = pytest.mark.slow  # the text model and the second reader load once per session

SECRETS = ("Sarah Whitfield", "Whitfield", "Meadow Lane", "07700 900123", "14/03/2014", "Kendal")
NOTE = "Sarah Whitfield rang on 07700 900123: Leo (DOB 14/03/2014) starts at the new school on 02/09/2026."
LETTER = ("Dear Mrs Whitfield,\n\nThank you for meeting us on 3 June 2026 about Leo's plan. The annual review is "
          "booked for 14 October 2026 at 27 Meadow Lane, Kendal.\n\nYours sincerely,\nA. Carter\nSENCo\n")


def consent_to_training(vault: Vault, supporter, case_id: str, decision=ConsentDecision.GIVEN) -> None:  # type: ignore[no-untyped-def]
    vault.consents.record(supporter, case_id, ConsentInput(
        recipient_kind=RecipientKind.ANYONE, purpose=TRAINING_PURPOSE, decision=decision, method=ConsentMethod.LETTER,
        obtained_on=vault.core.clock.now().date()))


def papers(vault: Vault, cast: Cast, case_id: str, supporter) -> None:  # type: ignore[no-untyped-def]
    vault.notes.add(supporter, case_id, NOTE)
    vault.documents.upload(supporter, case_id, io.BytesIO(LETTER.encode()),
                           NewDocument(title="Letter from school", filename="letter.txt", content_type="text/plain"))


def drain(vault: Vault, export_id: str, *, limit: int = 50) -> None:
    """Run queued jobs (the export and its parts) until the export has ended, as workers would."""
    runner = JobRunner(vault, worker="test-worker")
    for _ in range(limit):
        with vault.database.reading() as session:
            queued = list(session.scalars(select(Job.id).where(Job.state == JobState.QUEUED).order_by(Job.parent_id.is_(None), Job.id)))
        for job_id in queued:
            runner.run(job_id)
        if vault.jobs.get(OPERATOR, export_id).finished:
            return
    raise AssertionError("the export did not end")


def every_byte(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file())


def test_an_export_holds_only_consented_cases_and_nothing_that_identifies_them(vault: Vault, cast: Cast, tmp_path: Path) -> None:
    consent_to_training(vault, cast.supporter, cast.own)
    papers(vault, cast, cast.own, cast.supporter)
    papers(vault, cast, cast.other, cast.other_supporter)  # no consent for training: never read
    case_study_consent(vault, cast.other_supporter, cast.other)  # a case-study consent is not a training consent
    out = tmp_path / "export"
    view = request_training_export(vault, cast.coordinator, str(out))
    drain(vault, view.id)
    final = vault.jobs.get(cast.coordinator, view.id)
    assert final.state == JobState.SUCCEEDED, final.reason
    assert final.summary["cases"] == 1 and final.summary["records"] == 2 and final.summary["left_out"] == 0
    records = [json.loads(line) for line in (out / "data.jsonl").read_text().splitlines()]
    assert {r["source"] for r in records} == {"note", "document"} and len({r["case"] for r in records}) == 1
    written = every_byte(out).decode()
    for secret in SECRETS:
        assert secret not in written, secret
    note = next(r for r in records if r["source"] == "note")["text"]
    assert "Parent A" in note or "Person" in note
    assert "02/09/2026" not in note and "[DATE OF BIRTH]" in note  # moved, and the birth date removed
    manifest = json.loads((out / "manifest.json").read_text())
    assert {f["name"] for f in manifest["files"]} >= {"data.jsonl", "datasheet.md"}
    assert "## Not guaranteed" in (out / "datasheet.md").read_text()
    with vault.database.reading() as session:
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.EXPORTED)))
    assert any(json.loads(e.detail or "{}").get("manifest_sha256") == final.summary["manifest_sha256"] for e in events)
    assert {e.target_id for e in events if e.target_kind == "case"} == {cast.own}


def test_two_exports_cannot_be_joined_and_a_withdrawn_consent_stops_the_next(vault: Vault, cast: Cast, tmp_path: Path) -> None:
    consent_to_training(vault, cast.supporter, cast.own)
    papers(vault, cast, cast.own, cast.supporter)
    first = request_training_export(vault, cast.coordinator, str(tmp_path / "one"))
    drain(vault, first.id)
    second = request_training_export(vault, cast.coordinator, str(tmp_path / "two"), fmt="parquet")
    drain(vault, second.id)
    import pyarrow.parquet as pq

    tokens_one = {json.loads(line)["case"] for line in (tmp_path / "one" / "data.jsonl").read_text().splitlines()}
    tokens_two = set(pq.read_table(tmp_path / "two" / "data.parquet").column("case").to_pylist())
    assert len(tokens_one) == len(tokens_two) == 1 and tokens_one != tokens_two
    vault.core.clock.advance(timedelta(hours=1))  # type: ignore[attr-defined]
    consent_to_training(vault, cast.supporter, cast.own, ConsentDecision.WITHDRAWN)
    third = request_training_export(vault, cast.coordinator, str(tmp_path / "three"))
    drain(vault, third.id)
    assert vault.jobs.get(cast.coordinator, third.id).summary["records"] == 0


def test_what_verification_catches_is_left_out_with_its_reason(vault: Vault, cast: Cast, tmp_path: Path) -> None:
    from test_case_studies import THERAPIST_NOTE, _Blind

    from vault.services import CaseStudyRedactor

    consent_to_training(vault, cast.supporter, cast.own)
    vault.notes.add(cast.supporter, cast.own, THERAPIST_NOTE)
    vault.notes.add(cast.supporter, cast.own, "Mum says the new timetable is working well.")
    vault.redactor = CaseStudyRedactor(load=lambda: _Blind("Adeyemi", once=False))  # type: ignore[arg-type, return-value]
    view = request_training_export(vault, cast.coordinator, str(tmp_path / "out"))
    drain(vault, view.id)
    final = vault.jobs.get(cast.coordinator, view.id)
    assert final.summary["records"] == 1 and final.summary["left_out"] == 1
    assert "Adeyemi" not in every_byte(tmp_path / "out").decode()
    sheet = (tmp_path / "out" / "datasheet.md").read_text()
    assert "1 × not redacted and verified" in sheet or "second reader" in sheet


def test_a_stopped_export_resumes_without_redoing_finished_cases(vault: Vault, cast: Cast, tmp_path: Path) -> None:
    consent_to_training(vault, cast.supporter, cast.own)
    consent_to_training(vault, cast.other_supporter, cast.other)
    papers(vault, cast, cast.own, cast.supporter)
    papers(vault, cast, cast.other, cast.other_supporter)
    out = tmp_path / "out"
    view = request_training_export(vault, cast.coordinator, str(out))
    runner = JobRunner(vault, worker="w")
    assert runner.run(view.id) is RunResult.WAIT  # the parts are made
    parts = vault.jobs.parts(view.id)
    assert len(parts) == 2
    assert runner.run(parts[0].id) is RunResult.FINISHED  # one part done; then the workers stopped
    done = {p.name: p.stat().st_mtime_ns for p in out.glob("case-*.jsonl")}
    assert len(done) == 1
    drain(vault, view.id)
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("case-*.jsonl")}.items() >= done.items()  # not rewritten
    assert vault.jobs.get(cast.coordinator, view.id).summary["records"] == 4


def test_only_a_coordinator_or_the_operator_asks_and_a_bad_destination_is_refused(vault: Vault, cast: Cast, tmp_path: Path) -> None:
    for actor in (cast.supporter, cast.volunteer, cast.administrator):
        with pytest.raises(Forbidden):
            request_training_export(vault, actor, str(tmp_path / "x"))
    with pytest.raises(InvalidRequest, match="absolute"):
        request_training_export(vault, cast.coordinator, "relative/folder")
    with pytest.raises(InvalidRequest, match="format"):
        request_training_export(vault, cast.coordinator, str(tmp_path / "x"), fmt="csv")
    assert request_training_export(vault, OPERATOR, str(tmp_path / "y")).state == JobState.QUEUED


def test_cancelling_an_export_cancels_its_parts(vault: Vault, cast: Cast, tmp_path: Path) -> None:
    consent_to_training(vault, cast.supporter, cast.own)
    papers(vault, cast, cast.own, cast.supporter)
    view = request_training_export(vault, cast.coordinator, str(tmp_path / "out"))
    JobRunner(vault, worker="w").run(view.id)
    vault.jobs.cancel(cast.coordinator, view.id)
    assert {p.state for p in vault.jobs.parts(view.id)} == {JobState.CANCELLED}


def test_the_command_line_runs_the_export_and_its_parts_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from vault_world import add_staff, family_case

    from vault.app import open_vault
    from vault.cli import main
    from vault.datadir import create_data_dir
    from vault.policy import Role
    from vault.settings import Settings

    data = tmp_path / "vault"
    create_data_dir(data)
    settings = Settings.load(data).with_rules(argon2_time_cost=1, argon2_memory_kib=64, argon2_parallelism=1)
    vault = open_vault(settings)
    try:
        supporter = add_staff(vault, "sam", Role.PARENTAL_SUPPORTER)
        case_id = family_case(vault, supporter)
        consent_to_training(vault, supporter, case_id)
        vault.notes.add(supporter, case_id, NOTE)
    finally:
        vault.close()
    out = tmp_path / "export"
    assert main(["export", "training", "--out", str(out), "--data", str(data)]) == 0
    said = capsys.readouterr().out
    assert "exported 1 records from 1 cases" in said and "manifest SHA-256" in said
    assert "Whitfield" not in every_byte(out).decode()
    assert main(["export", "training", "--out", str(out), "--since", "yesterday", "--data", str(data)]) == 2
