"""The coordinator's and the administrator's pages (TestClient over the real app): staff and roles with
their DBS checks, assigning a family (refused, with the reason, to staff without a current check),
safeguarding overrides asked for and approved by a second coordinator, anonymous enquiries, the
quarterly statistics as a job with `[c]` cells and a CSV, retention, the audit check and key status.
Each for the role the policy allows: anyone else gets "Page not found", and the audit shows `denied`."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select
from vault_world import Cast, add_staff
from web_world import csrf_of

from vault.app import Vault
from vault.db.models import AuditEvent
from vault.policy import Role


def _actions(vault: Vault, actor_id: str) -> list[str]:
    with vault.database.session() as session:
        return list(session.scalars(select(AuditEvent.action).where(AuditEvent.actor_id == actor_id).order_by(AuditEvent.seq)))


def _token(client, path: str = "/web/") -> str:  # type: ignore[no-untyped-def]
    return csrf_of(client.get(path).text)


# -- staff and roles ----------------------------------------------------------------------------------


def test_an_administrator_adds_a_member_who_gets_a_one_time_token(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("ada")
    listing = client.get("/web/staff")
    assert listing.status_code == 200 and "Add a member of staff" in listing.text and "Sam" in listing.text
    assert 'aria-current="page"' in listing.text and ">Current<" in listing.text
    form = client.get("/web/staff/new")
    sent = {"csrf_token": csrf_of(form.text), "display_name": "Jo Baker", "username": "jo.baker", "role": "parental_supporter",
            "dbs_checked_on-day": "12", "dbs_checked_on-month": "6", "dbs_checked_on-year": "2026"}
    added = client.post("/web/staff/new", data=sent)
    assert added.status_code == 200 and "Member of staff added" in added.text and added.headers["cache-control"] == "no-store"
    member = next(m for m in vault.staff.list(cast.administrator) if m.username == "jo.baker")
    assert (member.role, member.dbs_checked_on, member.dbs_current, member.password_reset_pending) == (
        "parental_supporter", date(2026, 6, 12), True, True)
    token = added.text.split('<strong class="app-token">')[1].split("<")[0]
    vault.auth.finish_reset("jo.baker", token, "a brand new password here")  # the token lets them choose their own
    assert vault.auth.login("jo.baker", "a brand new password here").scope == "full"


def test_adding_a_member_shows_each_problem_on_the_form(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("ada")
    token = _token(client, "/web/staff/new")
    empty = client.post("/web/staff/new", data={"csrf_token": token, "dbs_checked_on-day": "31", "dbs_checked_on-month": "2",
                                                "dbs_checked_on-year": "2026"})
    assert empty.status_code == 400 and "Error: Add a member of staff" in empty.text
    for field in ("display_name", "username", "role", "dbs_checked_on"):
        assert f'href="#{field}"' in empty.text, field
    taken = client.post("/web/staff/new", data={"csrf_token": token, "display_name": "Sam Two", "username": "sam",
                                                "role": "volunteer"})
    assert taken.status_code == 400 and "already a member of staff called" in taken.text and 'value="Sam Two"' in taken.text


def test_an_administrator_records_a_dbs_check_changes_a_role_and_deactivates(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("ada")
    page = client.get(f"/web/staff/{cast.volunteer.id}")
    assert page.status_code == 200 and "1 September 2025, current until 31 August 2028" in page.text
    token = csrf_of(page.text)
    future = client.post(f"/web/staff/{cast.volunteer.id}/dbs", data={
        "csrf_token": token, "dbs_checked_on-day": "1", "dbs_checked_on-month": "1", "dbs_checked_on-year": "2027"})
    assert future.status_code == 400 and "cannot be in the future" in future.text
    done = client.post(f"/web/staff/{cast.volunteer.id}/dbs", data={
        "csrf_token": token, "dbs_checked_on-day": "2", "dbs_checked_on-month": "6", "dbs_checked_on-year": "2026"})
    assert done.headers["location"] == f"/web/staff/{cast.volunteer.id}?done=dbs"
    assert "The DBS check is recorded" in client.get(done.headers["location"]).text
    role = client.post(f"/web/staff/{cast.volunteer.id}/role", data={"csrf_token": token, "role": "parental_supporter"})
    assert role.status_code == 303 and vault.staff.get(cast.administrator, cast.volunteer.id).role == "parental_supporter"
    busy = client.post(f"/web/staff/{cast.supporter.id}/role", data={"csrf_token": token, "role": "coordinator"})
    assert busy.status_code == 400 and "still supports 1 family" in busy.text
    off = client.post(f"/web/staff/{cast.other_supporter.id}/deactivate", data={"csrf_token": token})
    assert off.status_code == 303 and not vault.staff.get(cast.administrator, cast.other_supporter.id).active
    own = client.get(f"/web/staff/{cast.administrator.id}")
    assert "Change their role" not in own.text and "Deactivate the account" not in own.text


def test_a_coordinator_sees_the_staff_list_but_changes_nothing(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("cora")
    listing = client.get("/web/staff")
    assert listing.status_code == 200 and "Add a member of staff" not in listing.text
    assert "Record a DBS check" not in client.get(f"/web/staff/{cast.volunteer.id}").text
    assert client.get("/web/staff/new").status_code == 404
    token = _token(client)
    refused = client.post(f"/web/staff/{cast.volunteer.id}/role", data={"csrf_token": token, "role": "coordinator"})
    assert refused.status_code == 404 and vault.staff.get(cast.administrator, cast.volunteer.id).role == "volunteer"
    assert _actions(vault, cast.coordinator.id)[-1] == "denied"


@pytest.mark.parametrize("path", ["/web/staff", f"/web/staff/{'0' * 32}", "/web/keys", "/web/overrides",
                                  "/web/reports/retention", "/web/reports/statistics", "/web/audit"])
def test_a_supporter_gets_page_not_found_on_the_coordinators_and_administrators_pages(signed_in, cast: Cast, vault: Vault, path: str) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    before = _actions(vault, cast.supporter.id)
    response = client.get(path)
    assert response.status_code == 404 and "Page not found" in response.text
    after = _actions(vault, cast.supporter.id)[len(before):]
    assert "viewed" not in after and "listed" not in after
    if path in ("/web/staff", "/web/keys", "/web/overrides", "/web/reports/retention"):  # the service was asked, and said no
        assert after == ["denied"]


def test_navigation_offers_each_role_its_journeys(signed_in, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    def links(username: str) -> str:
        return signed_in(username).get("/web/").text.split('id="navigation"')[1].split("</ul>")[0]

    admin = links("ada")
    assert all(href in admin for href in ("/web/staff", "/web/audit", "/web/keys")) and "/web/cases" not in admin
    coordinator = links("cora")
    assert all(href in coordinator for href in ("/web/overrides", "/web/enquiries", "/web/reports/statistics",
                                                 "/web/reports/retention", "/web/staff", "/web/audit"))
    assert "/web/keys" not in coordinator
    supporter = links("sam")
    assert "/web/overrides/new" in supporter and "/web/enquiries" in supporter and "/web/staff" not in supporter


# -- assigning a family ---------------------------------------------------------------------------------


def test_a_coordinator_assigns_and_reassigns_a_family(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("cora")
    summary = client.get(f"/web/cases/{cast.own}")
    assert f"/web/cases/{cast.own}/supporters" in summary.text
    page = client.get(f"/web/cases/{cast.own}/supporters")
    assert page.status_code == 200 and "Bea (DBS check current until 31 August 2028)" in page.text
    moved = client.post(f"/web/cases/{cast.own}/supporters", data={
        "csrf_token": csrf_of(page.text), "staff_id": cast.other_supporter.id, "replacing": cast.supporter.id})
    assert moved.headers["location"] == f"/web/cases/{cast.own}/supporters?done=assigned"
    assert vault.cases.view(cast.coordinator, cast.own).supporters == [cast.other_supporter.id]
    assert "The family is assigned" in client.get(moved.headers["location"]).text


@pytest.mark.parametrize(("checked", "reason"), [(None, "no DBS check recorded"), (date(2023, 1, 5), "is no longer current")])
def test_an_assignment_without_a_current_dbs_check_is_refused_with_the_reason(signed_in, cast: Cast, vault: Vault,  # type: ignore[no-untyped-def]
                                                                              checked: date | None, reason: str) -> None:
    newbie = add_staff(vault, "newbie", Role.PARENTAL_SUPPORTER, dbs_checked_on=checked)
    client = signed_in("cora")
    page = client.get(f"/web/cases/{cast.own}/supporters")
    refused = client.post(f"/web/cases/{cast.own}/supporters", data={"csrf_token": csrf_of(page.text), "staff_id": newbie.id})
    assert refused.status_code == 400 and "The family was not assigned" in refused.text and reason in refused.text
    assert 'href="#staff_id"' in refused.text
    assert newbie.id not in vault.cases.view(cast.coordinator, cast.own).supporters


def test_a_supporter_cannot_reach_the_assignment_page(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    assert "/supporters" not in client.get(f"/web/cases/{cast.own}").text
    assert client.get(f"/web/cases/{cast.own}/supporters").status_code == 404
    refused = client.post(f"/web/cases/{cast.own}/supporters", data={"csrf_token": _token(client), "staff_id": cast.supporter.id})
    assert refused.status_code == 404 and _actions(vault, cast.supporter.id)[-1] == "denied"


# -- safeguarding overrides -----------------------------------------------------------------------------


def test_an_override_is_asked_for_then_approved_by_a_second_coordinator(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    reference = vault.cases.view(cast.coordinator, cast.other).reference
    client = signed_in("sam")
    form = client.get("/web/overrides/new")
    assert form.status_code == 200 and 'value="24"' in form.text
    token = csrf_of(form.text)
    missing = client.post("/web/overrides/new", data={"csrf_token": token, "case": "NOPE-NOPE-NOPE", "concern": "x", "hours": "24"})
    assert missing.status_code == 400 and "No open case has that reference" in missing.text
    too_long = client.post("/web/overrides/new", data={"csrf_token": token, "case": reference, "concern": "Bruising", "hours": "500"})
    assert too_long.status_code == 400 and "an override lasts 1-72 hours" in too_long.text
    asked = client.post("/web/overrides/new", data={"csrf_token": token, "case": reference,
                                                    "concern": "School reported bruising", "hours": "12"})
    assert asked.status_code == 303
    status = client.get(asked.headers["location"])
    assert "Your request is sent" in status.text and "Pending" in status.text and "Approve" not in status.text

    coordinator = signed_in("cora")
    overview = coordinator.get("/web/overrides")
    assert overview.status_code == 200 and reference in overview.text and "Awaiting a second coordinator" in overview.text
    [pending] = vault.overrides.report(cast.coordinator, status="pending")
    assert f"/web/overrides/{pending.id}" in coordinator.get("/web/").text  # the dashboard lists it, linked
    detail = coordinator.get(f"/web/overrides/{pending.id}")
    assert "School reported bruising" in detail.text and ">Approve<" in detail.text
    approved = coordinator.post(f"/web/overrides/{pending.id}/approve", data={"csrf_token": csrf_of(detail.text)})
    assert approved.headers["location"] == "/web/overrides?done=approved"
    assert vault.overrides.view(cast.coordinator, pending.id).status == "active"


def test_a_coordinator_does_not_approve_their_own_override(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    mine = vault.overrides.request(cast.coordinator, cast.other, concern="Police called", hours=4)
    client = signed_in("cora")
    page = client.get(f"/web/overrides/{mine.id}")
    assert "another coordinator must approve it" in page.text and ">Approve<" not in page.text
    refused = client.post(f"/web/overrides/{mine.id}/approve", data={"csrf_token": csrf_of(page.text)})
    assert refused.status_code in (403, 404) and vault.overrides.view(cast.coordinator, mine.id).status == "pending"
    declined = signed_in("dev").post(f"/web/overrides/{mine.id}/end", data={"csrf_token": _token(client, "/web/overrides")})
    assert declined.headers["location"] == "/web/overrides?done=declined"


# -- anonymous enquiries --------------------------------------------------------------------------------


def test_enquiries_are_recorded_and_listed_by_quarter(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("cora")
    page = client.get("/web/enquiries")
    vocab = vault.rules.vocab()
    topic, outcome, channel = vocab.allowed("topic")[0], vocab.allowed("enquiry_outcome")[0], vocab.allowed("channel")[0]
    token = csrf_of(page.text)
    wrong = client.post("/web/enquiries", data={"csrf_token": token, "topic": "Someone's name"})
    assert wrong.status_code == 400 and 'href="#topic"' in wrong.text and 'href="#channel"' in wrong.text
    done = client.post("/web/enquiries", data={"csrf_token": token, "topic": topic, "enquiry_outcome": outcome, "channel": channel})
    assert done.headers["location"] == "/web/enquiries?recorded=true"
    listed = client.get(done.headers["location"])
    assert "The enquiry is recorded" in listed.text and "Enquiries in 2026-Q3" in listed.text and "1 July 2026" in listed.text
    assert "No enquiry is recorded" in client.get("/web/enquiries?quarter=2026-Q2").text


def test_a_volunteer_records_an_enquiry_but_sees_no_list(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("val")
    page = client.get("/web/enquiries")
    assert page.status_code == 200 and "Record an enquiry" in page.text and "Enquiries in" not in page.text


# -- statistics, retention, audit, keys -----------------------------------------------------------------


def test_quarterly_statistics_run_as_a_job_and_show_suppressed_cells(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    vocab = vault.rules.vocab()
    for _ in range(3):
        vault.enquiries.record(cast.coordinator, topic=vocab.allowed("topic")[0], outcome=vocab.allowed("enquiry_outcome")[0],
                               channel=vocab.allowed("channel")[0])
    client = signed_in("cora")
    form = client.get("/web/reports/statistics")
    assert form.status_code == 200 and "2026-Q3" in form.text
    bad = client.post("/web/reports/statistics", data={"csrf_token": csrf_of(form.text), "quarter": "2026-Q9"})
    assert bad.status_code == 400 and 'href="#quarter"' in bad.text
    asked = client.post("/web/reports/statistics", data={"csrf_token": csrf_of(form.text), "quarter": "2026-Q3"})
    assert asked.status_code == 303  # answered at once: the job runs on a worker
    job_page = asked.headers["location"]
    waiting = client.get(job_page)
    assert "Waiting for a worker" in waiting.text and 'data-module="app-job-poll"' in waiting.text and "Check again" in waiting.text
    job_id = job_page.rsplit("/", 1)[1]
    vault.job_runner("test").run(job_id)
    ready = client.get(job_page)
    assert ready.status_code == 200 and "Download the CSV" in ready.text and "app-job-poll" not in ready.text
    assert "<abbr" in ready.text and "[c]</abbr>" in ready.text  # 3 enquiries: suppressed
    csv = client.get(f"{job_page}/csv")
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert csv.text.startswith("quarter,table,") and "[c]" in csv.text
    assert signed_in("dev").get(job_page).status_code == 404  # a job is its requester's


def test_the_retention_report_lists_closed_cases_due(signed_in, cast: Cast, vault: Vault, clock) -> None:  # type: ignore[no-untyped-def]
    vault.cases.close(cast.coordinator, cast.other, outcome="Resolved")
    reference = vault.cases.view(cast.coordinator, cast.other).reference
    client = signed_in("cora")
    assert reference not in client.get("/web/reports/retention?within=0").text
    soon = client.get("/web/reports/retention?within=365")  # an odd horizon falls back to 90 days
    assert "No closed case is due" in soon.text
    clock.set(datetime(2032, 7, 2, 9, tzinfo=UTC))
    client = signed_in("cora")
    page = client.get("/web/reports/retention?within=0")
    assert page.status_code == 200 and reference in page.text and "1 July 2032" in page.text and ">Due<" in page.text


def test_audit_verification_shows_the_result_and_is_recorded(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("ada")
    page = client.get("/web/audit")
    assert page.status_code == 200 and "Check the audit log" in page.text
    checked = client.post("/web/audit/verify", data={"csrf_token": csrf_of(page.text)})
    assert checked.status_code == 200 and "The audit log is whole" in checked.text
    assert _actions(vault, cast.administrator.id)[-1] == "verified"


def test_an_administrator_sees_the_key_status_and_never_a_key(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    page = signed_in("ada").get("/web/keys")
    assert page.status_code == 200 and "Master key versions" in page.text and "Every case key is under the active version" in page.text
    assert ">2<" in page.text  # the two families' case keys, under version 1
    assert signed_in("cora").get("/web/keys").status_code == 404


def test_the_administrators_dashboard_lists_dbs_checks_to_record(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    add_staff(vault, "newbie", Role.VOLUNTEER, dbs_checked_on=None)
    page = signed_in("ada").get("/web/")
    assert "DBS checks to record" in page.text and "Newbie" in page.text and "Not recorded" in page.text
    assert "Sam" not in page.text.split('id="dbs"')[1]


@pytest.mark.parametrize(("username", "path", "fields"), [
    ("ada", "/web/staff/new", {"display_name": "Jo", "username": "jo", "role": "volunteer"}),
    ("cora", "/web/enquiries", {"topic": "x"}),
    ("cora", "/web/reports/statistics", {"quarter": "2026-Q3"}),
])
def test_the_forms_are_refused_without_their_token(signed_in, cast: Cast, vault: Vault, username: str, path: str,  # type: ignore[no-untyped-def]
                                                   fields: dict[str, str]) -> None:
    client = signed_in(username)
    refused = client.post(path, data=fields)
    assert refused.status_code == 403 and "Your form could not be sent" in refused.text
    assert "jo" not in {m.username for m in vault.staff.list(cast.administrator)}
    assert vault.jobs.list(cast.coordinator) == []
