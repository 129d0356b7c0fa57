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
from typing import Any

from matrix_world import CaseWorld, World

from vault.app import Vault
from vault.jobs import JobRunner, JobView, RunResult
from vault.policy import Actor
from vault.services import (
    CaseStudyInput,
    CaseStudyRevision,
    CaseStudyView,
    ConsentDecision,
    ConsentInput,
    ConsentMethod,
    PublicationView,
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


class JobFailed(Exception):
    """A case-study job ended without succeeding; the message is the job's one-line reason."""


def run_job(vault: Vault, actor: Actor, job: JobView) -> JobView:
    """Run the job here (tests have no engine) until it ends; its final view."""
    runner = JobRunner(vault, worker="test")
    while runner.run(job.id) in (RunResult.RETRY, RunResult.WAIT):
        pass
    final = vault.jobs.get(actor, job.id)
    if final.state != "succeeded":
        raise JobFailed(final.reason or final.state)
    return final


def api_finished(client: Any, vault: Vault, asked: Any, headers: dict[str, str]) -> dict[str, Any]:
    """Through the API: a ``202`` with the job's URL; the job run here (tests have no engine); the job as
    its URL shows it then, succeeded, with its progress counted to the end."""
    assert asked.status_code == 202, asked.text
    job = asked.json()
    assert asked.headers["Location"] == f"/jobs/{job['id']}" and job["state"] == "queued"
    JobRunner(vault, worker="api-test").run(job["id"])
    done: dict[str, Any] = client.get(asked.headers["Location"], headers=headers).json()
    assert done["state"] == "succeeded", done
    assert done["done"] == done["total"]
    return done


def api_study(client: Any, vault: Vault, asked: Any, headers: dict[str, str]) -> dict[str, Any]:
    """A draft or revision asked for through the API, run, and the case study it made, as the API shows it."""
    done = api_finished(client, vault, asked, headers)
    study: dict[str, Any] = client.get(f"/case-studies/{done['summary']['case_study']}", headers=headers).json()
    return study


def api_publication(client: Any, vault: Vault, asked: Any, headers: dict[str, str]) -> dict[str, Any]:
    done = api_finished(client, vault, asked, headers)
    publication: dict[str, Any] = client.get(f"/published/{done['summary']['publication']}", headers=headers).json()
    return publication


def study_view(vault: Vault, actor: Actor, case_study_id: str) -> CaseStudyView:
    """The case study as its supporter sees it, read without a ``viewed`` event (tests count events)."""
    from vault.db.models import CaseStudy
    from vault.services.case_studies import records

    with vault.core.read(actor) as work:
        row = work.session.get(CaseStudy, case_study_id)
        assert row is not None
        return records.view(work, row)


def drafted(vault: Vault, actor: Actor, case_id: str, new: CaseStudyInput) -> CaseStudyView:
    """Ask for a draft, run its job, and read what it made."""
    done = run_job(vault, actor, vault.case_studies.draft(actor, case_id, new))
    return study_view(vault, actor, done.summary["case_study"])


def revised(vault: Vault, actor: Actor, case_study_id: str, change: CaseStudyRevision) -> CaseStudyView:
    run_job(vault, actor, vault.case_studies.revise(actor, case_study_id, change))
    return study_view(vault, actor, case_study_id)


def confirmed(vault: Vault, actor: Actor, case_study_id: str, suspect_id: str) -> CaseStudyView:
    run_job(vault, actor, vault.case_studies.confirm(actor, case_study_id, suspect_id))
    return study_view(vault, actor, case_study_id)


def published_now(vault: Vault, actor: Actor, case_study_id: str) -> PublicationView:
    from vault.db.models import Publication
    from vault.services.case_studies.publications import publication_view

    done = run_job(vault, actor, vault.publishing.publish(actor, case_study_id))
    with vault.core.read(actor) as work:
        publication = work.session.get(Publication, done.summary["publication"])
        assert publication is not None
        return publication_view(work, publication)


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
    view = drafted(vault, supporter, case.case_id, CaseStudyInput(title=title, note_ids=(note,)))
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
        publication = published_now(vault, dev, published)
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
