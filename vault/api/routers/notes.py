"""Notes on a case."""

from __future__ import annotations

from fastapi import APIRouter

from vault.api.deps import CurrentActor, VaultDep
from vault.api.schemas import NoteIn
from vault.services import NoteView

router = APIRouter(tags=["notes"])


@router.post("/cases/{case_id}/notes", status_code=201)
def add_note(case_id: str, body: NoteIn, actor: CurrentActor, vault: VaultDep) -> NoteView:
    return vault.notes.add(actor, case_id, body.body)


@router.get("/cases/{case_id}/notes")
def list_notes(case_id: str, actor: CurrentActor, vault: VaultDep) -> list[NoteView]:
    return vault.notes.list(actor, case_id)


@router.get("/notes/{note_id}")
def read_note(note_id: str, actor: CurrentActor, vault: VaultDep) -> NoteView:
    return vault.notes.read(actor, note_id)
