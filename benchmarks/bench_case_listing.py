"""Listing a supporter's cases with 10,000 cases in the database. Target (issue 3): median under 50 ms
through the API.

    .venv/bin/python benchmarks/bench_case_listing.py                 # 10,000 cases, 250 supporters, 200 requests
    .venv/bin/python benchmarks/bench_case_listing.py --cases 10000 --supporters 250 --requests 200 [--database-url URL]

The vault is made as `vault init` makes it (SQLite by default, or the PostgreSQL database given) and
filled through the service layer (each case opened by its supporter, with a parent and a child whose
details are sealed). Then a real `vault serve` process answers GET /cases for one supporter (40 cases
each by default): every request checks the token, the policy for each case, unseals each family's
label and code with its case key, and appends a `listed` event to the audit chain (a committed write).
Baseline in the same run: the bare SQL query for the same supporter's case rows, with no policy,
decryption, audit or HTTP (the floor the API cannot go below).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _vault_bench import PASSWORD, REPO, login, served


def populate(data: Path, *, cases: int, supporters: int, database_url: str | None) -> tuple[str, float]:
    """Make the vault and its cases; returns the username whose list is measured."""
    from sqlalchemy import event

    from vault.app import Vault
    from vault.datadir import create_data_dir
    from vault.db import Database
    from vault.policy import Actor, Role
    from vault.services import NewCase, PersonInput, Relation
    from vault.settings import Rules

    settings = create_data_dir(data, database_url=database_url)
    database = Database(settings.database_url)
    if database.dialect == "sqlite":  # filling only: the measured server runs with full durability
        event.listen(database.engine, "connect", lambda connection, _record: connection.execute("PRAGMA synchronous = OFF"))
    from storage import Keyring, open_backend

    cheap = Rules(argon2_time_cost=1, argon2_memory_kib=1024, argon2_parallelism=1)
    vault = Vault(database=database, keyring=Keyring.load(settings.key_file), backend=open_backend(settings.store_url), rules=cheap)
    started = time.perf_counter()
    operator = Actor.operator("bench")
    staff = []
    for n in range(supporters):
        view = vault.staff.add(operator, username=f"supporter{n:03d}", role=Role.PARENTAL_SUPPORTER, password=PASSWORD,
                               dbs_checked_on=vault.core.clock.now().date())
        staff.append(Actor(view.id, Role.PARENTAL_SUPPORTER, view.username))
    for n in range(cases):
        supporter = staff[n % supporters]
        vault.cases.open(
            supporter,
            NewCase(
                need="Autistic spectrum disorder",
                details_consent=True,
                label=f"Family {n}",
                people=(
                    PersonInput(Relation.PARENT, "AB", name=f"Parent {n}", phone="07700 900000"),
                    PersonInput(Relation.CHILD, "CD", birth_date=date(2012 + n % 10, 1 + n % 12, 1 + n % 28), name=f"Child {n}"),
                ),
            ),
        )
        if (n + 1) % 1000 == 0:
            print(f"  {n + 1} cases ({time.perf_counter() - started:.0f} s)", flush=True)
    vault.close()
    return staff[0].name, time.perf_counter() - started


def baseline(database_url: str, username: str, requests: int) -> list[float]:
    """The same supporter's case rows by one SQL query: no token, policy, sealing, audit or HTTP."""
    from sqlalchemy import create_engine, text

    engine = create_engine(database_url)
    query = text(
        "SELECT c.* FROM cases c JOIN assignments a ON a.case_id = c.id JOIN staff s ON s.id = a.staff_id "
        "WHERE s.username = :name AND a.ended_at IS NULL ORDER BY c.opened_on DESC, c.id"
    )
    timings = []
    with engine.connect() as connection:
        for _ in range(requests):
            started = time.perf_counter()
            rows = connection.execute(query, {"name": username}).all()
            timings.append(time.perf_counter() - started)
    engine.dispose()
    assert rows
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--supporters", type=int, default=250)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--database-url", help="PostgreSQL URL of an empty database (default: SQLite in the data folder)")
    parser.add_argument("--dir", type=Path, default=REPO / "benchmarks" / "results" / "work")
    args = parser.parse_args()

    args.dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bench-listing-", dir=args.dir))
    try:
        data = work / "vault"
        print(f"filling a vault with {args.cases} cases for {args.supporters} supporters ...", flush=True)
        username, filled = populate(data, cases=args.cases, supporters=args.supporters, database_url=args.database_url)
        print(f"filled in {filled:.0f} s", flush=True)
        from vault.settings import Settings

        database_url = Settings.load(data).database_url
        with served(data) as url:
            headers = login(url, username)
            timings = []
            with httpx.Client(base_url=url, headers=headers, timeout=30) as http:
                count = len(http.get("/cases").json())  # warm-up (and the size of the list)
                for _ in range(args.requests):
                    started = time.perf_counter()
                    response = http.get("/cases")
                    timings.append(time.perf_counter() - started)
                    response.raise_for_status()
        floor = baseline(database_url, username, args.requests)
        api_median, floor_median = statistics.median(timings), statistics.median(floor)
        p95 = sorted(timings)[int(0.95 * len(timings)) - 1]
        print(f"\n{args.cases} cases in the database; {username} supports {count}; {args.requests} requests")
        print(f"GET /cases through the API : median {api_median * 1000:6.1f} ms   p95 {p95 * 1000:6.1f} ms   (target: median < 50 ms)")
        print(f"bare SQL for the same rows : median {floor_median * 1000:6.1f} ms")
        print(f"ratio API / bare SQL       : {api_median / floor_median:.1f}x")
        print("PASS" if api_median < 0.050 else "FAIL: median is over 50 ms")
        return 0 if api_median < 0.050 else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
