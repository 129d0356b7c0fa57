"""Jobs through the HTTP API: ``202 Accepted`` with the job's URL, then the job followed to its end;
someone else's job is not found; a cancelled job says so."""

from __future__ import annotations

import httpx
from vault_world import Cast, login_headers

from vault.app import Vault
from vault.jobs import JobRunner


def test_statistics_as_a_job_through_the_api(client: httpx.Client, vault: Vault, cast: Cast) -> None:
    headers = login_headers(client, "cora")
    asked = client.post("/reports/statistics/jobs", params={"quarter": "2026-Q3"}, headers=headers)
    assert asked.status_code == 202, asked.text
    job = asked.json()
    assert asked.headers["Location"] == f"/jobs/{job['id']}" and job["state"] == "queued"
    JobRunner(vault, worker="api-test").run(job["id"])
    done = client.get(asked.headers["Location"], headers=headers).json()
    assert done["state"] == "succeeded" and "enquiries_by_topic" in done["summary"]["csv"]
    assert [j["id"] for j in client.get("/jobs", headers=headers).json()] == [job["id"]]
    other = login_headers(client, "dev")
    assert client.get(f"/jobs/{job['id']}", headers=other).status_code == 404
    assert client.get("/jobs", headers=other).json() == []
    assert client.post("/reports/statistics/jobs", params={"quarter": "2026-Q9"}, headers=headers).status_code == 400
    assert client.post("/reports/statistics/jobs", params={"quarter": "2026-Q3"},
                       headers=login_headers(client, "val")).status_code == 403


def test_retention_as_a_job_and_cancelling_it(client: httpx.Client, vault: Vault, cast: Cast) -> None:
    headers = login_headers(client, "cora")
    asked = client.post("/retention/apply", headers=headers)
    assert asked.status_code == 202
    job_id = asked.json()["id"]
    cancelled = client.post(f"/jobs/{job_id}/cancel", headers=headers)
    assert cancelled.status_code == 200 and cancelled.json()["state"] == "cancelled"
    assert client.post(f"/jobs/{job_id}/cancel", headers=headers).status_code == 409
    assert client.get(f"/jobs/{job_id}/result", headers=headers).status_code == 409
    assert client.post(f"/jobs/{job_id}/cancel", headers=login_headers(client, "dev")).status_code == 404
    assert client.post("/retention/apply", headers=login_headers(client, "sam")).status_code == 403
