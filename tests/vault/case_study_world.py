"""Case studies in the access matrix's world (imported by tests as ``case_study_world``).

On each of the world's two cases: the parent's consent for this use, and case studies in every state
an operation needs: a draft, three accepted ones (one to review and send back, one to publish, one
whose suspect a coordinator confirms), and one published. Made from a note in which the second reader
suspects two place words ("Kirkstone", "Glenridding"): the supporter dismisses both before accepting,
and a coordinator who is not the acting one (dev) dismisses both before publishing, where that is
needed. The ids are attached to each ``CaseWorld`` as ``.study``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from matrix_world import CaseWorld, World

from vault.app import Vault
from vault.policy import Actor
from vault.services import (
    CaseStudyInput,
    ConsentDecision,
    ConsentInput,
    ConsentMethod,
    RecipientKind,
)
from vault.services.case_studies import PURPOSE


STUDY_NOTE = "Mum rang from the Kirkstone ward; call back Tuesday at the Glenridding office."


@dataclass(frozen=True)
class StudyWorld:
    draft: str
    to_review: str  # accepted
    to_publish: str  # accepted, its suspects already dismissed by a coordinator (dev)
    to_confirm: str  # accepted
    published: str  # a case study already published
    publication: str
    suspects: tuple[str, ...]  # the ids of the two suspects (the same in every case study of the note)


def case_study_consent(vault: Vault, supporter: Actor, case_id: str, *, decision: ConsentDecision = ConsentDecision.GIVEN) -> None:
    vault.consents.record(supporter, case_id, ConsentInput(
        recipient_kind=RecipientKind.ANYONE, purpose=PURPOSE, decision=decision, method=ConsentMethod.LETTER,
        obtained_on=date(2026, 6, 30)))


def settle(vault: Vault, supporter: Actor, case_study_id: str) -> None:
    """The supporter reads what the second reader left and dismisses each (a finding with a reason):
    for tests about something else than that review (the sample letter's "Westmorland General")."""
    for entry in vault.case_studies.suspects(supporter, case_study_id):
        if entry.supporter is None:
            vault.case_studies.dismiss(supporter, case_study_id, entry.id,
                                       reason="read in context: it names no one" if entry.kind == "finding" else None)


def _drafted(vault: Vault, supporter: Actor, note: str, case: CaseWorld, title: str, *, accept: bool) -> str:
    view = vault.case_studies.draft(supporter, case.case_id, CaseStudyInput(title=title, note_ids=(note,)))
    assert len(view.suspects) == 2, view.suspects
    if accept:
        for suspect in view.suspects:
            vault.case_studies.dismiss(supporter, view.id, suspect.id)
        vault.case_studies.accept(supporter, view.id)
    return view.id


def _publisher_dismisses(vault: Vault, coordinator: Actor, case_study_id: str) -> None:
    for suspect in vault.publishing.suspects(coordinator, case_study_id):
        vault.publishing.dismiss(coordinator, case_study_id, suspect.id)


def attach_case_studies(vault: Vault, world: World) -> None:
    dev = world.staff["dev"]
    for case, supporter in ((world.a, world.staff["sam"]), (world.b, world.staff["bea"])):
        case_study_consent(vault, supporter, case.case_id)
        note = vault.notes.add(supporter, case.case_id, STUDY_NOTE).id
        published = _drafted(vault, supporter, note, case, "Preparing for an annual review", accept=True)
        _publisher_dismisses(vault, dev, published)
        publication = vault.publishing.publish(dev, published)
        draft = _drafted(vault, supporter, note, case, "Calling back", accept=False)
        to_publish = _drafted(vault, supporter, note, case, "An annual review", accept=True)
        _publisher_dismisses(vault, dev, to_publish)
        case.study = StudyWorld(  # type: ignore[attr-defined]
            draft=draft,
            to_review=_drafted(vault, supporter, note, case, "Worries before a review", accept=True),
            to_publish=to_publish,
            to_confirm=_drafted(vault, supporter, note, case, "A phone call about a ward", accept=True),
            published=published,
            publication=publication.id,
            suspects=tuple(suspect.id for suspect in vault.case_studies.read(supporter, draft).suspects),
        )
