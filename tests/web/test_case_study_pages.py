"""Case studies through the pages (TestClient over the real app; tests have no job engine, so each job
is run here by a ``JobRunner`` as a worker would): the supporter drafts from chosen papers, follows the
job, reviews original and redacted side by side, decides on what the second reader left, adds a term,
leaves an item out and accepts; a coordinator reads the queue and the files, decides again and
publishes or sends back. And the refusals: without consent, another family's supporter, a coordinator
on a draft, acceptance and publication with things undecided, a form without its token."""

from __future__ import annotations

import re

from case_study_world import case_study_consent
from fastapi.testclient import TestClient
from sqlalchemy import select
from vault_world import Cast
from web_world import csrf_of

from vault.app import Vault
from vault.db.models import AuditEvent, Job
from vault.jobs import JobRunner

NOTE = "Sarah Whitfield rang from the Kirkstone ward; call back Tuesday at the Glenridding office."


def _events(vault: Vault, actor_id: str, target_id: str) -> list[str]:
    with vault.database.session() as session:
        return list(session.scalars(select(AuditEvent.action).where(AuditEvent.actor_id == actor_id,
                                                                    AuditEvent.target_id == target_id)))


def _run(client: TestClient, vault: Vault, asked: object) -> str:
    """A form that started a job answers with the job's page; a worker runs it; the page then goes on to
    what it made (the address returned)."""
    assert asked.status_code == 303, asked.text  # type: ignore[attr-defined]
    job_url = asked.headers["location"]  # type: ignore[attr-defined]
    job_id = re.fullmatch(r"/web/case-studies/jobs/([0-9a-f]{32})", job_url).group(1)  # type: ignore[union-attr]
    waiting = client.get(job_url)
    assert waiting.status_code == 200 and "Waiting for a worker" in waiting.text
    assert '<noscript><meta http-equiv="refresh"' in waiting.text and 'data-module="app-job"' in waiting.text
    assert "data-app-job-state=\"queued\"" in client.get(f"{job_url}/progress").text
    JobRunner(vault, worker="web-test").run(job_id)
    done = client.get(job_url)
    assert done.status_code == 303, done.text
    return done.headers["location"]  # type: ignore[no-any-return]


def _drafted(client: TestClient, vault: Vault, cast: Cast, note_id: str, title: str = "A call from a ward") -> str:
    form = client.get(f"/web/cases/{cast.own}/case-studies/new")
    assert form.status_code == 200 and NOTE[:40] in form.text
    shown = _run(client, vault, client.post(f"/web/cases/{cast.own}/case-studies/new", data={
        "csrf_token": csrf_of(form.text), "title": title, "notes": note_id}))
    assert shown.endswith("?done=drafted")
    return shown.split("?")[0].rsplit("/", 1)[1]


def test_a_supporter_drafts_reviews_side_by_side_and_accepts(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    case_study_consent(vault, cast.supporter, cast.own)
    note_id = vault.notes.add(cast.supporter, cast.own, NOTE).id
    client = signed_in("sam")
    listing = client.get(f"/web/cases/{cast.own}/case-studies")
    assert f'href="/web/cases/{cast.own}/case-studies/new"' in listing.text
    form = client.get(f"/web/cases/{cast.own}/case-studies/new")
    empty = client.post(f"/web/cases/{cast.own}/case-studies/new", data={"csrf_token": csrf_of(form.text), "title": ""})
    assert empty.status_code == 400 and 'href="#title"' in empty.text and 'href="#documents"' in empty.text
    with vault.database.session() as session:
        assert session.scalars(select(Job)).all() == []  # nothing asked for

    study = _drafted(client, vault, cast, note_id)
    page = client.get(f"/web/case-studies/{study}?done=drafted")
    assert page.status_code == 200 and "The case study is drafted" in page.text
    # Original and redacted side by side, each removed span marked with its type.
    assert '<mark class="app-removed">Sarah Whitfield<span class="app-removed__type"> [PERSON]</span></mark>' in page.text
    assert '<mark class="app-removed">Parent A<span class="app-removed__type"> [PERSON]</span></mark>' in page.text
    assert "Kirkstone" in page.text and "Glenridding" in page.text  # suspects: the supporter decides
    refused = client.post(f"/web/case-studies/{study}/accept", data={"csrf_token": csrf_of(page.text)})
    assert refused.status_code == 409 and "2 suspects undecided" in refused.text
    assert vault.case_studies.read(cast.supporter, study).state == "draft"

    suspects = {s.text: s.id for s in vault.case_studies.suspects(cast.supporter, study)}
    kept = client.post(f"/web/case-studies/{study}/suspects/{suspects['Kirkstone']}/dismiss",
                       data={"csrf_token": csrf_of(page.text), "reason": "a ward of every hospital"})
    assert kept.status_code == 303
    again = _run(client, vault, client.post(f"/web/case-studies/{study}/suspects/{suspects['Glenridding']}/confirm",
                                            data={"csrf_token": csrf_of(page.text)}))
    assert again.endswith("?done=revised")
    shown = client.get(again).text
    assert "revision 2" in shown and '[TERM]' in shown
    # A term added, and the note left out and back in: the whole case study runs again each time.
    termed = _run(client, vault, client.post(f"/web/case-studies/{study}/revise", data={
        "csrf_token": csrf_of(shown), "terms": "Tuesday", "shown": "1"}))
    rendering = vault.case_studies.rendering(cast.supporter, study, 1).data.decode()
    assert "Tuesday" not in rendering and "Glenridding" not in rendering and "Whitfield" not in rendering
    everything_out = client.post(f"/web/case-studies/{study}/revise", data={"csrf_token": csrf_of(shown), "shown": "1",
                                                                           "exclude": "1"})
    assert everything_out.status_code == 400 and "every item would be left out" in everything_out.text
    accepted = client.post(f"/web/case-studies/{study}/accept", data={"csrf_token": csrf_of(client.get(termed).text)})
    assert accepted.status_code == 303 and vault.case_studies.read(cast.supporter, study).state == "accepted"
    download = client.get(f"/web/case-studies/{study}/items/1")
    assert download.status_code == 200 and download.text == rendering
    assert download.headers["content-disposition"].startswith("attachment")


def test_a_coordinator_reads_the_queue_decides_and_publishes_or_sends_back(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    case_study_consent(vault, cast.supporter, cast.own)
    note_id = vault.notes.add(cast.supporter, cast.own, NOTE).id
    client = signed_in("sam")
    studies = [_drafted(client, vault, cast, note_id, title) for title in ("A call from a ward", "Calling back")]
    for study in studies:
        for entry in vault.case_studies.suspects(cast.supporter, study):
            vault.case_studies.dismiss(cast.supporter, study, entry.id)
        vault.case_studies.accept(cast.supporter, study)
    first, second = studies

    client = signed_in("cora")
    home = client.get("/web/")
    assert 'href="/web/case-studies/queue"' in home.text
    queue = client.get("/web/case-studies/queue")
    assert queue.status_code == 200 and all(f'href="/web/case-studies/{s}/review"' in queue.text for s in studies)
    review = client.get(f"/web/case-studies/{first}/review")
    assert review.status_code == 200 and "Parent A rang from the Kirkstone ward" in review.text
    assert "Whitfield" not in review.text  # the coordinator reads what would be published, nothing more
    token = csrf_of(review.text)
    not_yet = client.post(f"/web/case-studies/{first}/publish", data={"csrf_token": token})
    assert not_yet.status_code == 409 and "you have not decided on" in not_yet.text
    for entry in vault.publishing.suspects(cast.coordinator, first):
        assert client.post(f"/web/case-studies/{first}/review/suspects/{entry.id}/dismiss",
                           data={"csrf_token": token}).status_code == 303
    published = _run(client, vault, client.post(f"/web/case-studies/{first}/publish", data={"csrf_token": token}))
    assert published.startswith("/web/case-studies/queue?published=")
    assert "Published: every member of staff" in client.get(published).text
    [publication] = vault.publications.list(cast.coordinator)
    assert publication.title == "A call from a ward" and published.endswith(publication.id)

    nameless = client.post(f"/web/case-studies/{second}/send-back", data={"csrf_token": token, "reason": ""})
    assert nameless.status_code == 400 and "Say what the supporter must look at" in nameless.text
    back = client.post(f"/web/case-studies/{second}/send-back", data={"csrf_token": token, "reason": "Say less about the ward."})
    assert back.status_code == 303 and vault.case_studies.read(cast.supporter, second).state == "draft"
    assert f"/web/case-studies/{second}/review" not in client.get("/web/case-studies/queue").text


def test_refusals_answer_as_the_services_do(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    note_id = vault.notes.add(cast.supporter, cast.own, NOTE).id
    client = signed_in("sam")
    form = client.get(f"/web/cases/{cast.own}/case-studies/new")
    no_consent = client.post(f"/web/cases/{cast.own}/case-studies/new", data={
        "csrf_token": csrf_of(form.text), "title": "A call", "notes": note_id})
    assert no_consent.status_code == 409 and "no consent is recorded for using this case as a case study" in no_consent.text
    assert "refused" in _events(vault, cast.supporter.id, cast.own)
    tokenless = client.post(f"/web/cases/{cast.own}/case-studies/new", data={"title": "A call", "notes": note_id})
    assert tokenless.status_code == 403
    case_study_consent(vault, cast.supporter, cast.own)
    study = _drafted(client, vault, cast, note_id)
    job_id = vault.jobs.list(cast.supporter)[0].id

    for username, actor in (("bea", cast.other_supporter), ("cora", cast.coordinator)):
        other = signed_in(username)
        for path in (f"/web/case-studies/{study}", f"/web/case-studies/{study}/items/1", f"/web/case-studies/jobs/{job_id}",
                     f"/web/cases/{cast.own}/case-studies/new"):
            response = other.get(path)
            assert response.status_code == 404 and "Page not found" in response.text, path
            assert "Whitfield" not in response.text and "Parent A" not in response.text
        assert other.get(f"/web/case-studies/{study}/review").status_code == 404  # a draft is the family's
        assert "viewed" not in _events(vault, actor.id, study) and "denied" in _events(vault, actor.id, study)
    client = signed_in("bea")
    token = csrf_of(client.get("/web/").text)
    assert client.post(f"/web/case-studies/{study}/accept", data={"csrf_token": token}).status_code == 404
    assert client.post(f"/web/case-studies/{study}/revise", data={"csrf_token": token, "terms": "x"}).status_code == 404
    assert vault.case_studies.read(cast.supporter, study).revision == 1
    volunteer = signed_in("val")
    assert volunteer.get("/web/case-studies/queue").status_code == 403


def test_a_failed_job_says_why_and_a_cancelled_one_made_nothing(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    case_study_consent(vault, cast.supporter, cast.own)
    note_id = vault.notes.add(cast.supporter, cast.own, NOTE).id
    client = signed_in("sam")
    form = client.get(f"/web/cases/{cast.own}/case-studies/new")
    asked = client.post(f"/web/cases/{cast.own}/case-studies/new", data={
        "csrf_token": csrf_of(form.text), "title": "Sarah Whitfield's call", "notes": note_id})
    job_url = asked.headers["location"]
    JobRunner(vault, worker="web-test").run(job_url.rsplit("/", 1)[1])
    failed = client.get(job_url)
    assert failed.status_code == 200 and "It could not be done" in failed.text and "title looks like it names" in failed.text
    assert "Stop it" not in failed.text and "http-equiv" not in failed.text
    asked = client.post(f"/web/cases/{cast.own}/case-studies/new", data={
        "csrf_token": csrf_of(form.text), "title": "A call", "notes": note_id})
    job_url = asked.headers["location"]
    stopped = client.post(f"{job_url}/cancel", data={"csrf_token": csrf_of(client.get(job_url).text)})
    assert stopped.status_code == 303 and "It was stopped: nothing was made" in client.get(job_url).text
    assert vault.case_studies.list(cast.supporter, cast.own) == []


def _drafted_letter(client: TestClient, vault: Vault, cast: Cast) -> tuple[str, str]:
    """The sample clinic letter uploaded and drafted as a case study: its document, and the review's address."""
    import io
    from pathlib import Path

    from vault.services import NewDocument

    case_study_consent(vault, cast.supporter, cast.own)
    letter = (Path(__file__).parents[2] / "samples" / "paediatric-letter.pdf").read_bytes()
    document = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(letter),
                                      NewDocument(title="Clinic letter", filename="letter.pdf")).id
    form = client.get(f"/web/cases/{cast.own}/case-studies/new")
    shown = _run(client, vault, client.post(f"/web/cases/{cast.own}/case-studies/new", data={
        "csrf_token": csrf_of(form.text), "title": "A clinic letter", "documents": document}))
    return document, shown


def test_a_pdf_item_is_shown_page_by_page_with_each_removed_area_named(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    from support import require_executable

    require_executable("pdftoppm")
    client = signed_in("sam")
    document, shown = _drafted_letter(client, vault, cast)
    page = client.get(shown).text
    original = f"/web/case-studies/originals/{document}/pages/1"
    study = shown.split("?")[0].rsplit("/", 1)[1]
    assert f'<image href="{original}"' in page and f'src="/web/case-studies/{study}/items/1/pages/1"' in page
    assert '<rect class="app-box"' in page and "<title>PERSON</title>" in page and "Removed on this page:" in page
    for url in (original, f"/web/case-studies/{study}/items/1/pages/1"):
        image = client.get(url)
        assert image.status_code == 200 and image.headers["content-type"] == "image/png" and image.content[:4] == b"\x89PNG"
    assert client.get(f"/web/case-studies/{study}/items/1/pages/9").status_code == 400  # a one-page letter
    other = signed_in("bea")
    assert other.get(original).status_code == 404 and other.get(f"/web/case-studies/{study}/items/1/pages/1").status_code == 404
    # Accepted: a coordinator reads each page as it would be published (never the original).
    for entry in vault.case_studies.suspects(cast.supporter, study):
        vault.case_studies.dismiss(cast.supporter, study, entry.id, reason="read in context: it names no one")
    vault.case_studies.accept(cast.supporter, study)
    coordinator = signed_in("cora")
    review = coordinator.get(f"/web/case-studies/{study}/review").text
    assert f'src="/web/case-studies/{study}/items/1/pages/1"' in review and "originals" not in review
    assert coordinator.get(f"/web/case-studies/{study}/items/1/pages/1").content[:4] == b"\x89PNG"
    assert coordinator.get(original).status_code == 404  # the family's own document is not the coordinator's


def test_a_box_typed_under_a_pdf_page_is_covered_when_the_case_study_runs_again(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    """The form under each page of a PDF item (what the script fills when the reviewer draws on the
    original page): percentages of the page, made PDF points, and the case study runs again with them."""
    client = signed_in("sam")
    _document, shown = _drafted_letter(client, vault, cast)
    study = shown.split("?")[0].rsplit("/", 1)[1]
    page = client.get(shown).text
    action = f"/web/case-studies/{study}/items/1/pages/1/area"
    assert f'action="{action}"' in page and "Cover an area of this page" in page and 'id="area-1-1-left"' in page
    assert "AREA" not in vault.case_studies.read(cast.supporter, study).items[0].counts
    token = csrf_of(page)

    def post(**edges: str) -> object:
        return client.post(action, data={"csrf_token": token, **{f"area-1-1-{k}": v for k, v in edges.items()}})

    # Each edge missing, unreadable, out of range, or the wrong way round: said beside the field; nothing runs.
    jobs_before = len(vault.jobs.list(cast.supporter))
    missing = post(left="10", top="", right="x", bottom="120")
    assert missing.status_code == 400  # type: ignore[attr-defined]
    text = missing.text  # type: ignore[attr-defined]
    assert "Enter the top edge as a percentage from 0 to 100" in text and 'href="#area-1-1-top"' in text
    assert "Enter the right edge as a number from 0 to 100" in text and "Enter the bottom edge as a number from 0 to 100" in text
    assert 'id="area-1-1-left" name="area-1-1-left" type="text" inputmode="decimal" spellcheck="false" data-app-cover-edge="left" value="10"' in text
    backwards = post(left="60", top="50", right="40", bottom="50").text  # type: ignore[attr-defined]
    assert "The right edge must be greater than the left edge" in backwards
    assert "The bottom edge must be greater than the top edge" in backwards
    assert len(vault.jobs.list(cast.supporter)) == jobs_before
    # A page the item does not have: the service's refusal, shown as the field's error.
    nowhere = client.post(f"/web/case-studies/{study}/items/1/pages/9/area", data={
        "csrf_token": token, "area-1-9-left": "10", "area-1-9-top": "10", "area-1-9-right": "20", "area-1-9-bottom": "20"})
    assert nowhere.status_code == 400 and "item 1 has no page 9" in nowhere.text

    first = vault.case_studies.pdf_pages(cast.supporter, study, 1)[0]
    width, height = first.width, first.height
    again = _run(client, vault, post(left="10", top="40", right="50%", bottom="45.5"))
    assert again.endswith("?done=revised")
    item = vault.case_studies.read(cast.supporter, study).items[0]
    assert item.status == "ready" and item.counts.get("AREA") == 1, item.counts
    area = [b for b in vault.case_studies.pdf_pages(cast.supporter, study, 1)[0].boxes if b.type == "AREA"]
    assert len(area) == 1
    box = area[0]
    expected = (width * 0.10, height * 0.40, width * 0.40, height * 0.055)
    assert all(abs(got - want) < 0.01 for got, want in zip((box.x, box.y, box.width, box.height), expected, strict=True))
    assert "revision 2" in client.get(again).text
