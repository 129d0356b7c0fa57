"""The administrator's and the coordinator's journeys in Chromium against the real server: staff added
(with a one-time token), a DBS check recorded and a role changed; key status and the audit check (by
keyboard); a safeguarding override approved by a second coordinator; a family assigned, refused first
with the reason (no DBS check), then reassigned; an anonymous enquiry; the quarterly statistics made by
a job while the page waits and polls, with `[c]` cells; the retention report. axe on every page,
nothing fetched from anywhere but 127.0.0.1; a supporter meets "Page not found" on the staff pages
and the audit shows `denied`."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from browser_world import Checked, World, sign_in, tab_to
from sqlalchemy import select
from vault_world import add_staff

from vault.db.models import AuditEvent, Job
from vault.policy import Role

pytestmark = pytest.mark.integration


def _date(page: Any, field: str, day: str, month: str, year: str) -> None:
    page.fill(f"#{field}-day", day)
    page.fill(f"#{field}-month", month)
    page.fill(f"#{field}-year", year)


def test_the_administrators_journeys(world: World, chromium: Any) -> None:
    checked = Checked(chromium.new_context())
    page, url = checked.page, world.url
    sign_in(checked, url, "ada")
    page.click(".govuk-service-navigation a:has-text('Staff')")
    checked.axe()
    page.click("a:has-text('Add a member of staff')")
    checked.axe()
    page.click("button:has-text('Add the member of staff')")  # nothing filled in: every problem listed
    assert page.locator(".govuk-error-summary").is_visible() and page.title().startswith("Error:")
    checked.axe()
    page.fill("#display_name", "Jo Baker")
    page.fill("#username", "jo.baker")
    page.check("#role-3")  # a volunteer
    page.click("button:has-text('Add the member of staff')")
    assert "One-time token for jo.baker" in page.content()
    checked.axe()
    page.click("a:has-text('Go to jo.baker')")
    assert "Not recorded" in page.content()
    checked.axe()
    _date(page, "dbs_checked_on", "3", "11", "2026")
    page.click("button:has-text('Record the check')")
    assert "The DBS check is recorded" in page.content() and "3 November 2026, current until 2 November 2029" in page.content()
    checked.axe()
    page.check("#role")  # a parental supporter
    page.click("button:has-text('Change the role')")
    assert "The role is changed" in page.content() and "Parental supporter" in page.content()
    checked.axe()
    page.click(".govuk-service-navigation a:has-text('Encryption keys')")
    assert "Master key versions" in page.content()
    checked.axe()
    checked.goto(f"{url}/web/audit")
    tab_to(page, "e.tagName === 'BUTTON' && e.textContent.includes('Check the audit log')")
    page.keyboard.press("Enter")
    page.wait_for_selector("#verify-result")
    assert "The audit log is whole" in page.content()
    checked.axe()
    checked.finish()


def test_the_coordinators_journeys(world: World, chromium: Any) -> None:
    vault, cast = world.vault, world.cast
    asked = vault.overrides.request(cast.supporter, cast.other, concern="The school reported bruising", hours=12)
    newbie = add_staff(vault, "newbie", Role.PARENTAL_SUPPORTER, dbs_checked_on=None)
    checked = Checked(chromium.new_context(accept_downloads=True))
    page, url = checked.page, world.url
    sign_in(checked, url, "cora")
    assert "Safeguarding overrides awaiting a second coordinator" in page.content()
    page.click(f"a[href='/web/overrides/{asked.id}']")
    assert "The school reported bruising" in page.content()
    checked.axe()
    page.click("button:has-text('Approve')")
    assert "The override is approved" in page.content()
    checked.axe()
    assert vault.overrides.view(cast.coordinator, asked.id).status == "active"

    checked.goto(f"{url}/web/cases/{cast.own}")
    page.click("a:has-text('Assign or change the family')")
    checked.axe()
    page.select_option("#staff_id", newbie.id)
    page.click("button:has-text('Assign')")
    assert "no DBS check recorded" in page.content() and page.title().startswith("Error:")
    checked.axe()
    page.select_option("#staff_id", cast.other_supporter.id)
    page.check("#replacing-2")  # instead of Sam
    page.click("button:has-text('Assign')")
    assert "The family is assigned" in page.content()
    checked.axe()
    assert vault.cases.view(cast.coordinator, cast.own).supporters == [cast.other_supporter.id]

    page.click(".govuk-service-navigation a:has-text('Enquiries')")
    checked.axe()
    page.select_option("#topic", index=1)
    page.select_option("#enquiry_outcome", index=1)
    page.select_option("#channel", index=1)
    page.click("button:has-text('Record the enquiry')")
    assert "The enquiry is recorded" in page.content()
    checked.axe()

    page.click(".govuk-service-navigation a:has-text('Statistics')")
    checked.axe()
    page.select_option("#quarter", index=0)  # this quarter, with the enquiry just recorded
    page.click("button:has-text('Make the statistics')")
    page.wait_for_selector("[data-module='app-job-poll']")  # the page is back at once; the job waits for a worker
    checked.axe()
    with vault.database.session() as session:
        job_id = session.scalars(select(Job.id).where(Job.requested_by == cast.coordinator.id)).one()
    worker = threading.Thread(target=vault.job_runner("test").run, args=(job_id,))
    worker.start()
    page.wait_for_selector("#statistics-ready", timeout=30_000)  # the page looked again by itself
    worker.join()
    assert "[c]" in page.content()
    checked.axe()
    with page.expect_download() as download:
        page.click("a:has-text('Download the CSV')")
    assert Path(download.value.path()).read_text().startswith("quarter,table,")

    page.click(".govuk-service-navigation a:has-text('Retention')")
    checked.axe()
    checked.finish()


def test_a_supporter_meets_page_not_found_on_the_staff_pages(world: World, chromium: Any) -> None:
    checked = Checked(chromium.new_context())
    page, url = checked.page, world.url
    sign_in(checked, url, "sam")
    assert "/web/staff" not in page.content()
    checked.goto(f"{url}/web/staff")
    assert "Page not found" in page.content()
    with world.vault.database.session() as session:
        actions = list(session.scalars(select(AuditEvent.action).where(AuditEvent.actor_id == world.cast.supporter.id,
                                                                       AuditEvent.target_kind == "staff")))
    assert actions == ["denied"]
    checked.finish()
