"""A case study in Chromium against the real server with a job worker running in it: the supporter
drafts one from a note, the job's page follows the job and goes on to the review screen by itself,
original and redacted side by side, one suspect kept and one removed (which runs it again), accepted;
a coordinator finds it in the queue, reads it, decides and publishes it (a job too). axe on every
page; nothing fetched from anywhere but 127.0.0.1; no CSP complaint. And without JavaScript, the job's
page refreshes itself until the draft is made."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_world import Checked, World, sign_in, world_at
from case_study_world import case_study_consent

from vault.jobs import InProcessEngine
from vault.services import NewDocument

pytestmark = pytest.mark.integration
LETTER = Path(__file__).parents[2] / "samples" / "paediatric-letter.pdf"
NOTE = "Sarah Whitfield rang from the Kirkstone ward; call back Tuesday at the Glenridding office."


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    made = world_at(tmp_path)
    made.vault.jobs.engine = InProcessEngine(made.vault.database, stale_after=30.0, sweep_every=1.0)
    yield made  # the test starts the worker (as `vault serve` does in each process) once it has seen a job wait
    made.close()


def _after_job(checked: Checked, url: str, landing: str) -> None:
    """Through the job's page until its script takes the browser on to what the job made."""
    checked.page.wait_for_url(f"{url}{landing}", timeout=120_000)
    checked.axe()


def _ask_for_a_draft(checked: Checked, url: str, case_id: str, title: str, *chosen: str) -> None:
    """Signed in as the family's supporter, the draft form sent with a title and the chosen sources."""
    sign_in(checked, url, "sam")
    checked.goto(f"{url}/web/cases/{case_id}/case-studies/new")
    checked.page.fill("#title", title)
    for box in chosen:
        checked.page.check(box)
    checked.page.click("button:has-text('Draft the case study')")


def _keep_the_rest(checked: Checked) -> None:
    """Dismiss every entry still to decide, with a reason (a finding needs one)."""
    page = checked.page
    keep = page.get_by_role("button", name="It identifies nobody")
    while keep.count():
        card = page.locator(".govuk-summary-card").filter(has=keep).first
        card.locator("input[name=reason]").fill("read in context: it names no one")
        card.get_by_role("button", name="It identifies nobody").click()
        assert "Your decision is recorded" in page.content()
    checked.axe()


def test_a_case_study_is_drafted_reviewed_and_published_in_the_browser(world: World, chromium: Any) -> None:
    vault, cast, url = world.vault, world.cast, world.url
    case_study_consent(vault, cast.supporter, cast.own)
    vault.notes.add(cast.supporter, cast.own, NOTE)
    vault.documents.upload(cast.supporter, cast.own, io.BytesIO(LETTER.read_bytes()),
                           NewDocument(title="Clinic letter", filename="letter.pdf"))
    checked = Checked(chromium.new_context())
    page = checked.page
    sign_in(checked, url, "sam")
    checked.goto(f"{url}/web/cases/{cast.own}/case-studies")
    page.click("a:has-text('Draft a case study')")
    checked.axe()
    page.fill("#title", "A call from a ward")
    page.check("#notes")
    page.check("#documents")
    page.click("button:has-text('Draft the case study')")
    page.wait_for_url(f"{url}/web/case-studies/jobs/*")  # no worker yet: the job waits, and its page says so
    assert "Waiting for a worker" in page.content() and page.locator("progress").count() == 1
    checked.axe()
    world.vault.start_worker(name="browser-test")
    _after_job(checked, url, "/web/case-studies/*?done=drafted")
    assert page.locator("mark.app-removed", has_text="Sarah Whitfield").count() == 1  # the original, marked
    assert page.locator("mark.app-removed", has_text="Parent A").count() == 1  # what stands in its place
    assert page.locator(".app-removed__type", has_text="PERSON").count() == 2
    # The letter: its original page with each removed area outlined and named, beside the redacted page.
    assert page.locator("svg.app-page rect.app-box").count() >= 3 and page.locator("img.app-page").count() == 1
    page.locator("img.app-page").scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('img.app-page').naturalWidth > 0")
    page.screenshot(path="/tmp/csjobs-review.png", full_page=True)
    page.locator(".govuk-summary-card", has_text="Kirkstone").get_by_role("button", name="It identifies nobody").click()
    assert "Your decision is recorded" in page.content()
    checked.axe()
    page.locator(".govuk-summary-card", has_text="Glenridding").get_by_role("button", name="It identifies someone").click()
    _after_job(checked, url, "/web/case-studies/*?done=revised")
    assert "revision 2" in page.content() and page.locator("mark.app-removed", has_text="Glenridding").count() == 1
    _keep_the_rest(checked)  # what the second reader left in the letter
    page.click("button:has-text('Accept: ready for a coordinator')")
    assert "Accepted: a coordinator other than you" in page.content()
    checked.axe()
    checked.finish()

    coordinator = Checked(chromium.new_context())
    page = coordinator.page
    sign_in(coordinator, url, "cora")
    page.click("a:has-text('Case studies to publish')")
    coordinator.axe()
    page.click("a:has-text('A call from a ward')")
    coordinator.axe()
    assert "Parent A rang from the Kirkstone ward" in page.content() and "Whitfield" not in page.content()
    _keep_the_rest(coordinator)
    page.click("button:has-text('Publish it')")
    _after_job(coordinator, url, "/web/case-studies/queue?published=*")
    assert "Published: every member of staff can read it now" in page.content()
    assert [p.title for p in vault.publications.list(cast.coordinator)] == ["A call from a ward"]
    coordinator.finish()


def test_without_javascript_the_jobs_page_refreshes_itself_until_the_draft_is_made(world: World, chromium: Any) -> None:
    vault, cast, url = world.vault, world.cast, world.url
    case_study_consent(vault, cast.supporter, cast.own)
    vault.notes.add(cast.supporter, cast.own, NOTE)
    checked = Checked(chromium.new_context(java_script_enabled=False), scripts=False)
    page = checked.page
    _ask_for_a_draft(checked, url, cast.own, "A call from a ward", "#notes")
    page.wait_for_url(f"{url}/web/case-studies/jobs/*")
    assert "Waiting for a worker" in page.content() and "Refresh to see how it is going" in page.content()
    world.vault.start_worker(name="browser-test")
    page.wait_for_url(f"{url}/web/case-studies/*?done=drafted", timeout=120_000)  # the page refreshed itself
    assert page.locator("mark.app-removed", has_text="Parent A").count() == 1
    checked.finish()


def test_the_reviewer_draws_a_box_on_a_pdf_page_and_it_is_covered(world: World, chromium: Any) -> None:
    """Drag on the letter's original page: the form under it gets the box's edges (percentages of the
    page) and the box stays drawn; its button runs the case study again with the area covered."""
    vault, cast, url = world.vault, world.cast, world.url
    case_study_consent(vault, cast.supporter, cast.own)
    vault.documents.upload(cast.supporter, cast.own, io.BytesIO(LETTER.read_bytes()),
                           NewDocument(title="Clinic letter", filename="letter.pdf"))
    world.vault.start_worker(name="browser-test")
    checked = Checked(chromium.new_context())
    page = checked.page
    _ask_for_a_draft(checked, url, cast.own, "A clinic letter", "#documents")
    _after_job(checked, url, "/web/case-studies/*?done=drafted")
    study = page.url.split("?")[0].rsplit("/", 1)[1]
    original = page.locator("svg#original-1-1")
    original.scroll_into_view_if_needed()
    bounds = original.bounding_box()
    assert bounds is not None
    page.mouse.move(bounds["x"] + bounds["width"] * 0.2, bounds["y"] + bounds["height"] * 0.6)
    page.mouse.down()
    page.mouse.move(bounds["x"] + bounds["width"] * 0.4, bounds["y"] + bounds["height"] * 0.65, steps=5)
    page.mouse.move(bounds["x"] + bounds["width"] * 0.5, bounds["y"] + bounds["height"] * 0.7, steps=5)
    page.mouse.up()
    edges = {edge: float(page.input_value(f"#area-1-1-{edge}")) for edge in ("left", "top", "right", "bottom")}
    for edge, want in (("left", 20), ("top", 60), ("right", 50), ("bottom", 70)):
        assert abs(edges[edge] - want) < 1, edges
    assert original.locator("rect.app-drawn").count() == 1  # the box stays drawn until the button is pressed
    checked.axe()
    page.get_by_role("button", name="Cover this area and run it again (item 1, page 1)").click()
    _after_job(checked, url, "/web/case-studies/*?done=revised")
    assert "revision 2" in page.content()
    item = vault.case_studies.read(cast.supporter, study).items[0]
    assert item.status == "ready" and item.counts.get("AREA") == 1, item.counts
    assert page.locator("svg#original-1-1 rect.app-box title", has_text="AREA").count() == 1  # outlined as removed
    checked.finish()
