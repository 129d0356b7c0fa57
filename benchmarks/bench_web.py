"""The web interface with 10,000 cases and 250 staff. Targets (issue 11): the case list and a search
answer in p95 < 100 ms, and an upload through the page runs within 1.5x the API's.

    .venv/bin/python benchmarks/bench_web.py       # 10,000 cases, 250 supporters, 200 requests, 5 uploads of 20 MiB
    .venv/bin/python benchmarks/bench_web.py --cases 10000 --supporters 250 --requests 200 --upload-mib 20 --uploads 5

The vault is filled as benchmarks/bench_case_listing.py fills it (through the services, each case
indexed for search as it opens). A real `vault serve` process answers; timings are taken at the client
over loopback, so they include HTTP and are an upper bound of the server's time. Measured: GET
/web/cases (a supporter's list, rendered), GET /web/cases?q=<a family name> (the keyed index, the
policy, rendering), and the same file uploaded through the page (multipart, streamed) and through the
API (raw body), alternating, in the same run: the API is the baseline.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _vault_bench import PASSWORD, REPO, login, served
from bench_case_listing import populate


def p95(timings: list[float]) -> float:
    return sorted(timings)[max(0, int(0.95 * len(timings)) - 1)]


def web_client(url: str, username: str) -> httpx.Client:
    http = httpx.Client(base_url=url, timeout=120, follow_redirects=False)
    form = http.get("/web/sign-in").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
    response = http.post("/web/sign-in", data={"csrf_token": token, "username": username, "password": PASSWORD})
    assert response.status_code == 303, response.text
    return http


def timed(http: httpx.Client, path: str, requests: int, **params: str) -> list[float]:
    http.get(path, params=params).raise_for_status()  # warm-up
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        response = http.get(path, params=params)
        timings.append(time.perf_counter() - started)
        response.raise_for_status()
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--supporters", type=int, default=250)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--upload-mib", type=int, default=20)
    parser.add_argument("--uploads", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=REPO / "benchmarks" / "results" / "work")
    args = parser.parse_args()

    args.dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bench-web-", dir=args.dir))
    try:
        data = work / "vault"
        print(f"filling a vault with {args.cases} cases for {args.supporters} supporters ...", flush=True)
        username, filled = populate(data, cases=args.cases, supporters=args.supporters, database_url=None)
        print(f"filled in {filled:.0f} s", flush=True)
        payload = b"%PDF-1.4\n" + os.urandom(args.upload_mib * 1024 * 1024)
        with served(data) as url:
            web = web_client(url, username)
            listing = timed(web, "/web/cases", args.requests)
            # supporter000 opened cases 0, S, 2S, ... (S supporters): "Family S" asks the index for the token
            # "S" ("family" names no one), held by that one case of theirs (and, for other staff, others).
            query = f"Family {args.supporters}"
            search = timed(web, "/web/cases", args.requests, q=query)
            assert "1 case found" in web.get("/web/cases", params={"q": query}).text
            page = web.get("/web/cases").text
            case_id = re.search(r'href="/web/cases/([0-9a-f]{32})"', page).group(1)  # type: ignore[union-attr]
            api = httpx.Client(base_url=url, headers=login(url, username), timeout=300)
            through_page, through_api = [], []
            for n in range(args.uploads):
                token = re.search(r'name="csrf_token" value="([^"]+)"', web.get(f"/web/cases/{case_id}/upload").text).group(1)  # type: ignore[union-attr]
                started = time.perf_counter()
                response = web.post(f"/web/cases/{case_id}/upload", data={"csrf_token": token, "title-1": f"Page {n}"},
                                    files={"file-1": (f"page-{n}.pdf", payload, "application/pdf")})
                through_page.append(time.perf_counter() - started)
                assert response.status_code == 303, response.text[:500]
                started = time.perf_counter()
                response = api.post(f"/cases/{case_id}/documents", content=payload,
                                    headers={"X-Title": f"API {n}", "X-Filename": f"api-{n}.pdf", "Content-Type": "application/pdf"})
                through_api.append(time.perf_counter() - started)
                response.raise_for_status()
            web.close()
            api.close()
        found = bool(search)
        ratio = statistics.median(through_page) / statistics.median(through_api)
        print(f"\n{args.cases} cases, {args.supporters} supporters; {args.requests} requests each; {username}'s pages")
        print(f"GET /web/cases            : median {statistics.median(listing) * 1000:6.1f} ms   p95 {p95(listing) * 1000:6.1f} ms   (target p95 < 100 ms)")
        print(f"GET /web/cases?q={query!r:<9}: median {statistics.median(search) * 1000:6.1f} ms   p95 {p95(search) * 1000:6.1f} ms   (target p95 < 100 ms)")
        print(f"upload {args.upload_mib} MiB, page (multipart): median {statistics.median(through_page):.3f} s")
        print(f"upload {args.upload_mib} MiB, API (raw body)  : median {statistics.median(through_api):.3f} s")
        print(f"ratio page / API          : {ratio:.2f}x   (target <= 1.5x)")
        ok = found and p95(listing) < 0.100 and p95(search) < 0.100 and ratio <= 1.5
        print("PASS" if ok else "FAIL")
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
