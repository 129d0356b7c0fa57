"""Reports for coordinators: the quarterly statistics return (made by a job on a worker, as the API's
``POST /reports/statistics/jobs``: the page that asks for it returns at once, and the job's page shows
its progress until the tables are ready, suppressed cells shown as ``[c]``, with the CSV to download)
and the retention report (closed cases due for destruction, and those a legal hold keeps).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from vault.api.streams import content_disposition
from vault.errors import InvalidRequest, NotFound
from vault.jobs import JobView
from vault.jobs.bodies.reports import QUARTERLY_STATISTICS, request_quarterly_statistics
from vault.policy import Action
from vault.statistics import COLUMNS, SUPPRESSED, DisclosureControl, StatisticsError, read_csv
from vault.statistics.csv_layout import NOTES
from vault.web.core import PREFIX, Page, SignedIn, WebRoute, refused_as_not_found
from vault.web.formdata import FormValues, values_of
from vault.web.i18n import gettext as _
from vault.web.i18n import uk_date
from vault.web.routes.coordination import recent_quarters

router = APIRouter(prefix=PREFIX, route_class=WebRoute, include_in_schema=False)

RETENTION_HORIZONS = (0, 30, 90, 365)
POLL_SECONDS = 2


def _statistics_form(page: Page, form: FormValues, *, status: int) -> Response:
    if Action.REPORT_STATISTICS not in page.vault.abilities.on_service(page.actor, [Action.REPORT_STATISTICS]):
        raise NotFound("no such page")
    today = page.today
    quarters = [(str(q), _("%(quarter)s (%(start)s to %(end)s)", quarter=str(q), start=uk_date(q.start), end=uk_date(q.end)))
                for q in recent_quarters(today)]
    title = _("Quarterly statistics")
    return page.render("reports/statistics.html", title=_("Error: %(title)s", title=title) if form.errors else title,
                       status=status, nav="statistics", errors=form.errors,
                       chosen=form.values.get("quarter", quarters[1][0]), quarters=quarters)


@router.get("/reports/statistics")
def statistics(page: SignedIn) -> Response:
    return _statistics_form(page, FormValues({}), status=200)


@router.post("/reports/statistics")
async def ask_for_statistics(page: SignedIn) -> Response:
    form = values_of(await page.form())
    quarter = form.text("quarter", required=_("Choose a quarter"), max_length=20)
    if not form.errors:
        try:
            with refused_as_not_found():
                job = request_quarterly_statistics(page.vault, page.actor, quarter)
        except InvalidRequest as refused:
            form.errors.add("quarter", _("Choose a quarter like 2026-Q3 (%(reason)s)", reason=str(refused)))
        else:
            return RedirectResponse(f"{PREFIX}/reports/statistics/jobs/{job.id}", status_code=303)
    return _statistics_form(page, form, status=400)


def _statistics_job(page: Page, job_id: str) -> JobView:
    job = page.vault.jobs.get(page.actor, job_id)  # the requester's own (anyone else: not found)
    if job.kind != QUARTERLY_STATISTICS:
        raise NotFound("no such page")
    return job


@router.get("/reports/statistics/jobs/{job_id}")
def statistics_job(page: SignedIn, job_id: str) -> Response:
    job = _statistics_job(page, job_id)
    quarter = str(job.arguments.get("quarter", ""))
    tables: list[dict[str, Any]] = []
    notes: list[tuple[str, str]] = []
    if job.state == "succeeded":
        tables, notes = _tables(page, str(job.summary.get("csv", "")))
    title = _("Quarterly statistics for %(quarter)s", quarter=quarter)
    response = page.render("reports/statistics_job.html", title=title, nav="statistics", job=job, quarter=quarter,
                           tables=tables, notes=notes, poll_seconds=POLL_SECONDS, suppressed=SUPPRESSED)
    if not job.finished:
        response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/reports/statistics/jobs/{job_id}/csv")
def statistics_csv(page: SignedIn, job_id: str) -> Response:
    job = _statistics_job(page, job_id)
    if job.state != "succeeded":
        raise NotFound("no such page")
    quarter = str(job.arguments.get("quarter", "quarter"))
    return Response(str(job.summary.get("csv", "")), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": content_disposition(f"statistics-{quarter}.csv")})


def _tables(page: Page, csv_text: str) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """The CSV's tables as rows and columns for the page (figures as written: digits or ``[c]``),
    and its notes (what ``[c]`` means, the rounding, the period)."""
    rules = page.vault.rules
    control = DisclosureControl(max_suppressed=rules.statistics_suppress_up_to, rounding_base=rules.statistics_round_to)
    try:
        parsed = read_csv(io.StringIO(csv_text), control=control)
    except StatisticsError:
        return [], []
    tables = [{"name": t.name, "title": t.title, "population": t.population, "row_dimension": t.row_dimension,
               "columns": t.column_labels,
               "rows": [(row, [t.cell(row, column).shown for column in t.column_labels]) for row in t.row_labels]}
              for t in parsed]
    notes = [(fields[4], fields[7]) for fields in csv.reader(io.StringIO(csv_text))
             if len(fields) == len(COLUMNS) and fields[1] == NOTES and not fields[4].startswith("title:")]
    return tables, notes


@router.get("/reports/retention")
def retention(page: SignedIn, within: int = 90) -> Response:
    within = within if within in RETENTION_HORIZONS else 90
    with refused_as_not_found():
        items = page.vault.retention.report(page.actor, within_days=within)
    return page.render("reports/retention.html", title=_("Retention"), nav="retention", items=items, within=within,
                       horizons=RETENTION_HORIZONS, years=page.vault.rules.retention_years)
