"""Bounded requests and the headers every response carries (issue 12, items 1, 6 and 7).

These run against the suite's real uvicorn server (stock protocol); the bounded memory of
``vault serve`` itself, with its own HTTP parser, is measured in tests/cli/test_serve_bounds.py.
"""

from __future__ import annotations

import re
import socket
from urllib.parse import urlsplit

import httpx
import pytest
from vault_world import Cast, LiveServer, login_headers

from vault.api.limits import DEFAULT_BODY_LIMIT, MAX_HEAD_BYTES, BodyLimit
from vault.app import Vault

SECURITY = {
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


def _raw(client: httpx.Client, head: bytes, body_parts: tuple[bytes, ...] = ()) -> bytes:
    """Send a request by hand; what the server answered (it may close before taking the body)."""
    url = urlsplit(str(client.base_url))
    with socket.create_connection((url.hostname, url.port), timeout=10) as conn:
        conn.sendall(head)
        try:
            for part in body_parts:
                conn.sendall(part)
        except OSError:
            pass  # the server answered and closed: what it said is still to be read
        answer = b""
        while chunk := conn.recv(65536):  # the server closes after a refusal
            answer += chunk
        return answer


def _assert_security_headers(response: httpx.Response) -> None:
    for name, value in SECURITY.items():
        assert response.headers.get(name) == value, (name, response.status_code)
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp


def test_a_declared_body_over_the_limit_is_refused_before_it_is_read(client: httpx.Client) -> None:
    head = (b"POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 209715200\r\n\r\n")
    answer = _raw(client, head)  # not one byte of the 200 MB is sent: the answer comes anyway
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"connection: close" in answer.lower() and b"no-store" in answer


def test_a_chunked_body_is_counted_as_it_arrives(client: httpx.Client, cast: Cast) -> None:
    headers = login_headers(client, "sam")

    def chunks() -> object:
        for _ in range(4):
            yield b" " * (DEFAULT_BODY_LIMIT // 2)  # JSON whitespace: valid, if it were ever parsed
        yield b'{"body": "a note"}'

    response = client.post(f"/cases/{cast.own}/notes", content=chunks(), headers={**headers, "Content-Type": "application/json"})
    assert response.status_code == 413 and "larger than" in response.json()["detail"]
    _assert_security_headers(response)


def test_uploads_keep_their_own_large_limit(client: httpx.Client, cast: Cast) -> None:
    headers = login_headers(client, "sam")
    data = b"x" * (3 * DEFAULT_BODY_LIMIT)
    response = client.post(f"/cases/{cast.own}/documents", content=data, headers={**headers, "X-Title": "Big", "X-Filename": "big.txt"})
    assert response.status_code == 201, response.text
    assert response.json()["size"] == len(data)


def test_headers_over_the_limit_answer_431(client: httpx.Client) -> None:
    response = client.get("/auth/me", headers={"X-Padding": "a" * (MAX_HEAD_BYTES + 10)})
    assert response.status_code == 431
    _assert_security_headers(response)
    many = {f"X-H{n}": "1" for n in range(120)}
    assert client.get("/auth/me", headers=many).status_code == 431


@pytest.mark.parametrize("body", [b'{"body": NaN}', b'{"body": Infinity}', b'{"body": -Infinity}'])
def test_not_a_number_is_a_clear_422_not_a_500(client: httpx.Client, cast: Cast, body: bytes) -> None:
    headers = {**login_headers(client, "sam"), "Content-Type": "application/json"}
    response = client.post(f"/cases/{cast.own}/notes", content=body, headers=headers)
    assert response.status_code == 422, response.text
    assert response.json()["error"] == "InvalidInput"
    assert "nan" not in response.text.lower().replace("finite", "")  # what was sent is not echoed back


def test_validation_errors_do_not_echo_what_was_sent(client: httpx.Client) -> None:
    response = client.post("/auth/login", json={"username": "sam", "password": 12345678901234, "secret": "my password"})
    assert response.status_code == 422
    assert "my password" not in response.text and "12345678901234" not in response.text


def test_every_answer_carries_the_security_headers_500s_included(client: httpx.Client, cast: Cast, vault: Vault,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    headers = login_headers(client, "sam")
    _assert_security_headers(client.get("/auth/me", headers=headers))
    _assert_security_headers(client.get("/auth/me"))
    _assert_security_headers(client.get(f"/notes/{'0' * 32}", headers=headers))
    _assert_security_headers(client.get("/openapi.json"))

    def broken(_token: str) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(vault.auth, "authenticate", broken)
    failed = client.get("/auth/me", headers=headers)
    assert failed.status_code == 500 and failed.json()["error"] == "InternalError"
    assert "a bug" not in failed.text
    _assert_security_headers(failed)


def test_docs_are_served_from_here_without_inline_script(client: httpx.Client) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "<script>" not in page.text and "cdn" not in page.text.lower() and "http" not in page.text.split("<body>")[1]
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "docs-init.js"):
        response = client.get(f"/docs/assets/{asset}")
        assert response.status_code == 200 and len(response.content) > 300, asset
    assert client.get("/docs/assets/..%2Fdocs.py").status_code == 404
    assert client.get("/openapi.json").status_code == 200


def test_another_part_of_the_app_can_give_a_route_its_own_limit(client: httpx.Client, cast: Cast, live_server: LiveServer) -> None:
    headers = login_headers(client, "sam")
    live_server.app.state.body_limits = (BodyLimit("POST", re.compile(r"/cases/[^/]+/notes"), 64),)
    try:
        assert client.post(f"/cases/{cast.own}/notes", json={"body": "short"}, headers=headers).status_code == 201
        assert client.post(f"/cases/{cast.own}/notes", json={"body": "x" * 100}, headers=headers).status_code == 413
    finally:
        del live_server.app.state.body_limits
