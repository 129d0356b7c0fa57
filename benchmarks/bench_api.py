"""The API's overhead: upload then download N documents through the HTTP API with C concurrent
clients, against the storage layer alone (EncryptedStore put/get of the same documents with the same
concurrency, same disk, local backend) in the same run. Target (issue 3): report the ratio.

    .venv/bin/python benchmarks/bench_api.py                       # 100 x 1 MiB, 8 clients, best of 3
    .venv/bin/python benchmarks/bench_api.py --docs 100 --size-kib 1024 --clients 8 --repeat 3

The API side is a real `vault serve` process (uvicorn, SQLite, local encrypted store, as `vault init`
makes it): each upload is a streamed request that is policy-checked, encrypted into the store, then
committed with its audit event; each download is policy-checked, audited and streamed back. The
baseline does only the encryption and storage (plus its own key rows, in the storage package's SQLite
key store). Every downloaded document is compared with what was uploaded, outside the timings.
"""

from __future__ import annotations

import argparse
import http.client
import io
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from threading import Lock
from urllib.parse import urlsplit

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _vault_bench import PASSWORD, REPO, login, served


def make_vault(data: Path) -> str:
    from vault.app import open_vault
    from vault.datadir import create_data_dir
    from vault.policy import Actor, Role
    from vault.services import NewCase

    settings = create_data_dir(data)
    vault = open_vault(settings)
    try:
        operator = Actor.operator("bench")
        staff = vault.staff.add(operator, username="sam", role=Role.PARENTAL_SUPPORTER, password=PASSWORD,
                                dbs_checked_on=vault.core.clock.now().date())
        sam = Actor(staff.id, Role.PARENTAL_SUPPORTER, "sam")
        return vault.cases.open(sam, NewCase(need="Autistic spectrum disorder", details_consent=False)).id
    finally:
        vault.close()


class Clients:
    """One keep-alive connection per client thread, opened (and used once) before any timing starts,
    so connection set-up (and httpx's TLS context, built even for plain HTTP) is not counted."""

    def __init__(self, url: str, headers: dict[str, str], *, count: int, kind: str) -> None:
        self.kind = kind
        self._free: list[object] = []
        parsed = urlsplit(url)
        for _ in range(count):
            if kind == "httpx":
                client: object = httpx.Client(base_url=url, headers=headers, timeout=120)
            else:
                client = _StdlibClient(parsed.hostname or "127.0.0.1", parsed.port or 80, headers)
            self._request(client, "GET", "/auth/me", None, {})
            self._free.append(client)
        self._lock = Lock()

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None) -> bytes:
        with self._lock:
            client = self._free.pop()
        try:
            return self._request(client, method, path, body, headers or {})
        finally:
            with self._lock:
                self._free.append(client)

    def _request(self, client: object, method: str, path: str, body: bytes | None, headers: dict[str, str]) -> bytes:
        if isinstance(client, httpx.Client):
            response = client.request(method, path, content=body, headers=headers)
            response.raise_for_status()
            return response.content
        assert isinstance(client, _StdlibClient)
        return client.request(method, path, body, headers)

    def close(self) -> None:
        for client in self._free:
            client.close()  # type: ignore[attr-defined]


class _StdlibClient:
    """http.client on one keep-alive connection: the leanest Python client, so the client's own cost
    (which shares the machine with the server) is small."""

    def __init__(self, host: str, port: int, headers: dict[str, str]) -> None:
        self._connection = http.client.HTTPConnection(host, port, timeout=120)
        self._headers = headers

    def request(self, method: str, path: str, body: bytes | None, headers: dict[str, str]) -> bytes:
        self._connection.request(method, path, body=body, headers={**self._headers, **headers})
        response = self._connection.getresponse()
        data = response.read()
        if response.status >= 300:
            raise SystemExit(f"{method} {path}: {response.status} {data[:200]!r}")
        return data

    def close(self) -> None:
        self._connection.close()


def api_round(clients: Clients, case_id: str, documents: list[bytes], workers: int) -> tuple[float, float, list[str]]:
    def upload(index: int) -> str:
        made = clients.request(
            "POST", f"/cases/{case_id}/documents", documents[index],
            {"X-Title": f"Document%20{index}", "X-Filename": f"doc-{index}.pdf", "Content-Type": "application/pdf"},
        )
        return str(json.loads(made)["id"])

    def download(document_id: str) -> bytes:
        return clients.request("GET", f"/documents/{document_id}/content")

    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(lambda _n: None, range(workers)))  # the pool's threads exist before the clock starts
        started = time.perf_counter()
        ids = list(pool.map(upload, range(len(documents))))
        uploaded = time.perf_counter() - started
        started = time.perf_counter()
        got = list(pool.map(download, ids))
        downloaded = time.perf_counter() - started
    if got != documents:
        raise SystemExit("API round trip returned different bytes")
    return uploaded, downloaded, ids


def storage_round(work: Path, documents: list[bytes], clients: int, round_number: int) -> tuple[float, float]:
    from storage import EncryptedStore, Keyring, LocalStore, SQLiteKeyStore

    folder = work / f"storage-{round_number}"
    folder.mkdir()
    (folder / "objects").mkdir()
    store = EncryptedStore(
        LocalStore(folder / "objects"), keyring=Keyring.create(folder / "key"), keystore=SQLiteKeyStore(folder / "keys.sqlite")
    )

    def put(index: int) -> None:
        store.put(f"doc-{index}", io.BytesIO(documents[index]), case_id="case-1")

    def get(index: int) -> bytes:
        with store.open(f"doc-{index}") as reader:
            return reader.read()

    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(lambda _n: None, range(clients)))
        started = time.perf_counter()
        list(pool.map(put, range(len(documents))))
        put_time = time.perf_counter() - started
        started = time.perf_counter()
        got = list(pool.map(get, range(len(documents))))
        get_time = time.perf_counter() - started
    if got != documents:
        raise SystemExit("storage round trip returned different bytes")
    return put_time, get_time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--size-kib", type=int, default=1024)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--client", choices=("stdlib", "httpx"), default="stdlib",
                        help="HTTP client of the API side: http.client (lean; default) or httpx")
    parser.add_argument("--dir", type=Path, default=REPO / "benchmarks" / "results" / "work")
    args = parser.parse_args()

    args.dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bench-api-", dir=args.dir))
    try:
        documents = [os.urandom(args.size_kib * 1024) for _ in range(args.docs)]
        megabytes = args.docs * args.size_kib / 1024
        data = work / "vault"
        case_id = make_vault(data)
        results: dict[str, list[float]] = {"api up": [], "api down": [], "store put": [], "store get": []}
        with served(data) as url:
            clients = Clients(url, login(url, "sam"), count=args.clients, kind=args.client)
            for round_number in range(args.repeat):
                up, down, _ids = api_round(clients, case_id, documents, args.clients)
                put, get = storage_round(work, documents, args.clients, round_number)
                for name, value in zip(results, (up, down, put, get), strict=True):
                    results[name].append(value)
                print(f"round {round_number + 1}: API up {up:.2f}s down {down:.2f}s | storage put {put:.2f}s get {get:.2f}s", flush=True)
            clients.close()
        best = {name: min(values) for name, values in results.items()}
        print(f"\n{args.docs} x {args.size_kib} KiB, {args.clients} concurrent {args.client} clients, best of {args.repeat} "
              f"({megabytes:.0f} MiB each way; {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f})")
        print(f"{'':18}{'API':>10}{'storage':>10}{'ratio':>8}")
        for label, api_key, store_key in (("upload / put", "api up", "store put"), ("download / get", "api down", "store get")):
            api, store = best[api_key], best[store_key]
            print(f"{label:18}{api:9.2f}s{store:9.2f}s{api / store:7.2f}x   ({megabytes / api:.0f} vs {megabytes / store:.0f} MiB/s)")
        total_api, total_store = best["api up"] + best["api down"], best["store put"] + best["store get"]
        print(f"{'round trip':18}{total_api:9.2f}s{total_store:9.2f}s{total_api / total_store:7.2f}x")
        print(f"(median API round trip over rounds: {statistics.median(u + d for u, d in zip(results['api up'], results['api down'])):.2f}s)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
