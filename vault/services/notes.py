"""Notes on a case: sealed at rest, seen only by the family's supporter (policy: "any notes made
during the period of contact ... will be seen only by the parent's parental supporter"), or as the
parent asked, or under a safeguarding override."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from vault.audit import AuditAction
from vault.db.models import Case, Note
from vault.errors import InvalidRequest
from vault.fields import Place
from vault.policy import Action, Actor, Target, TargetKind
from vault.services._work import Core, Work

__all__ = ["NoteService", "NoteView", "note_view"]

MAX_NOTE_CHARS = 100_000


@dataclass(frozen=True)
class NoteView:
    id: str
    case_id: str
    author_id: str | None
    created_at: datetime
    body: str


class NoteService:
    def __init__(self, core: Core) -> None:
        self._core = core

    def add(self, actor: Actor, case_id: str, body: str) -> NoteView:
        if not body.strip():
            raise InvalidRequest("a note cannot be empty")
        if len(body) > MAX_NOTE_CHARS:
            raise InvalidRequest(f"a note is at most {MAX_NOTE_CHARS} characters; upload longer text as a document")
        with self._core.work(actor) as work:
            case, decision = work.load(Action.NOTE_CREATE, Case, TargetKind.CASE, case_id)
            row = Note(id=work.new_id(), case_id=case.id, author_id=actor.id, created_at=work.now)
            row.body_sealed = work.fields.seal_text(case.id, Place("notes", "body", row.id), body)
            work.session.add(row)
            work.session.flush()
            work.record(AuditAction.CREATED, Target(TargetKind.NOTE, row.id, case.id), decision=decision)
            return note_view(work, row)

    def list(self, actor: Actor, case_id: str) -> list[NoteView]:
        with self._core.read(actor) as work:
            case, decision = work.load(Action.NOTE_LIST, Case, TargetKind.CASE, case_id)
            rows = list(
                work.session.scalars(select(Note).where(Note.case_id == case.id).order_by(Note.created_at, Note.id))
            )
            work.record_listing(case.id, decision, notes=[row.id for row in rows])
            return [note_view(work, row) for row in rows]

    def read(self, actor: Actor, note_id: str) -> NoteView:
        with self._core.read(actor) as work:
            row, decision = work.load(Action.NOTE_READ, Note, TargetKind.NOTE, note_id)
            work.record(AuditAction.VIEWED, Target(TargetKind.NOTE, row.id, row.case_id), decision=decision)
            return note_view(work, row)


def note_view(work: Work, row: Note) -> NoteView:
    body = work.fields.open_text(row.case_id, Place("notes", "body", row.id), row.body_sealed)
    return NoteView(id=row.id, case_id=row.case_id, author_id=row.author_id, created_at=row.created_at, body=body)
