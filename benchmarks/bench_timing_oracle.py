"""Does the time of a "not found" tell a random id from one that exists but may not be read?

    .venv/bin/python benchmarks/bench_timing_oracle.py                # 200 requests of each, interleaved
    .venv/bin/python benchmarks/bench_timing_oracle.py --requests 500 --http

A supporter asks for another family's note (it exists; the policy refuses it, answered as not found)
and for random ids (nothing there), alternately, through the service layer (in process: the policy
path alone, no network noise), and with ``--http`` also through a real ``vault serve``. Both answers
are the same 404 with one ``denied`` event; the medians should be the same too. Reported: each
median, their difference, and the ratio known/random (target: |difference| within the noise, ratio
within 0.95-1.05). Baseline in the same run: the random ids.
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _vault_bench import PASSWORD, login, served


def build(data: Path) -> tuple[str, str]:
    """A vault with two supporters and a note on each one's case; returns (other family's note, case)."""
    from vault.app import open_vault
    from vault.datadir import create_data_dir
    from vault.policy import Actor, Role
    from vault.services import NewCase
    from vault.settings import Rules

    settings = create_data_dir(data, rules=Rules(argon2_time_cost=1, argon2_memory_kib=1024, argon2_parallelism=1))
    vault = open_vault(settings)
    try:
        operator = Actor.operator("bench")
        made = {}
        for name in ("sam", "bea"):
            view = vault.staff.add(operator, username=name, role=Role.PARENTAL_SUPPORTER, password=PASSWORD,
                                   dbs_checked_on=vault.core.clock.now().date())
            actor = Actor(view.id, Role.PARENTAL_SUPPORTER, name)
            case = vault.cases.open(actor, NewCase(need="Autistic spectrum disorder")).id
            made[name] = (actor, vault.notes.add(actor, case, "A note for this family only.").id)
        return made["bea"][1], made["sam"][0].id
    finally:
        vault.close()


def timed(call: object) -> float:
    began = time.perf_counter()
    try:
        call()  # type: ignore[operator]
    except Exception:  # noqa: BLE001 - the refusal is what is timed
        pass
    return time.perf_counter() - began


def measure(known: object, random: object, requests: int) -> tuple[float, float]:
    for _ in range(20):  # warm up both paths
        timed(known), timed(random)
    known_times, random_times = [], []
    for n in range(requests):  # interleaved, alternating which goes first
        pair = (known, random) if n % 2 else (random, known)
        first, second = timed(pair[0]), timed(pair[1])
        (known_times, random_times)[0 if pair[0] is known else 1].append(first)
        (known_times, random_times)[1 if pair[0] is known else 0].append(second)
    return statistics.median(known_times), statistics.median(random_times)


def report(label: str, known: float, random: float) -> None:
    print(f"{label}: known id {known * 1000:.3f} ms, random id {random * 1000:.3f} ms (medians); "
          f"difference {(known - random) * 1000:+.3f} ms; ratio known/random {known / random:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--http", action="store_true", help="also through a real vault serve")
    args = parser.parse_args()
    print(f"CPUs {len(os.sched_getaffinity(0))}, load {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        note, sam_id = build(data)
        from vault.app import open_vault
        from vault.policy import Actor, Role
        from vault.settings import Settings

        vault = open_vault(Settings.load(data))
        sam = Actor(sam_id, Role.PARENTAL_SUPPORTER, "sam")
        try:
            known, random = measure(lambda: vault.notes.read(sam, note), lambda: vault.notes.read(sam, secrets.token_hex(16)),
                                    args.requests)
            report("service layer", known, random)
        finally:
            vault.close()
        if args.http:
            with served(data) as url, httpx.Client(base_url=url, headers=login(url, "sam"), timeout=30) as client:
                known, random = measure(lambda: client.get(f"/notes/{note}"), lambda: client.get(f"/notes/{secrets.token_hex(16)}"),
                                        args.requests)
                report("HTTP (vault serve)", known, random)


if __name__ == "__main__":
    main()
