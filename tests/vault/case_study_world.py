"""Case studies in the access matrix's world (imported by tests as ``case_study_world``).

On each of the world's two cases: the parent's consent for this use, and case studies in every state
an operation needs: a draft, two accepted ones (one to review and send back, one to publish), and one
published. Made by the family's supporter and published by a coordinator who is not the acting one
when that matters. The ids are attached to each ``CaseWorld`` as ``.study``.
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


@dataclass(frozen=True)
class StudyWorld:
    draft: str
    to_review: str  # accepted
    to_publish: str  # accepted
    published: str  # a case study already published
    publication: str


def case_study_consent(vault: Vault, supporter: Actor, case_id: str, *, decision: ConsentDecision = ConsentDecision.GIVEN) -> None:
    vault.consents.record(supporter, case_id, ConsentInput(
        recipient_kind=RecipientKind.ANYONE, purpose=PURPOSE, decision=decision, method=ConsentMethod.LETTER,
        obtained_on=date(2026, 6, 30)))


def _drafted(vault: Vault, supporter: Actor, case: CaseWorld, title: str, *, accept: bool) -> str:
    view = vault.case_studies.draft(supporter, case.case_id, CaseStudyInput(title=title, note_ids=(case.note,)))
    if accept:
        vault.case_studies.accept(supporter, view.id)
    return view.id


def attach_case_studies(vault: Vault, world: World) -> None:
    for case, supporter in ((world.a, world.staff["sam"]), (world.b, world.staff["bea"])):
        case_study_consent(vault, supporter, case.case_id)
        published = _drafted(vault, supporter, case, "Preparing for an annual review", accept=True)
        publication = vault.publishing.publish(world.staff["dev"], published)
        case.study = StudyWorld(  # type: ignore[attr-defined]
            draft=_drafted(vault, supporter, case, "Calling back", accept=False),
            to_review=_drafted(vault, supporter, case, "Worries before a review", accept=True),
            to_publish=_drafted(vault, supporter, case, "An annual review", accept=True),
            published=published,
            publication=publication.id,
        )
