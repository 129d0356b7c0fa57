"""Helpers for the web interface's tests (importable as ``web_world``)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from vault_world import PASSWORD

__all__ = ["csrf_of", "sign_in"]


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "the page has no form token"
    return found.group(1)


def sign_in(client: TestClient, username: str, password: str = PASSWORD) -> None:
    form = client.get("/web/sign-in")
    response = client.post("/web/sign-in", data={"csrf_token": csrf_of(form.text), "username": username, "password": password})
    assert response.status_code == 303, response.text
    assert response.headers["location"] == "/web/"
