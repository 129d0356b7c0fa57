from __future__ import annotations

import httpx
from vault_world import Cast, login_headers


def test_upload_and_download_round_trip(client: httpx.Client, cast: Cast) -> None:
    headers = login_headers(client, "sam")
    body = b"%PDF-1.4 school report for Leo\n" * 5000
    made = client.post(
        f"/cases/{cast.own}/documents",
        content=body,
        headers={**headers, "X-Title": "School%20report", "X-Filename": "r%C3%A9port.pdf", "Content-Type": "application/pdf"},
    )
    assert made.status_code == 201, made.text
    document = made.json()
    assert document["filename"] == "réport.pdf" and document["size"] == len(body)
    got = client.get(f"/documents/{document['id']}/content", headers=headers)
    assert got.status_code == 200 and got.content == body
    assert got.headers["cache-control"] == "no-store"
    assert "filename*=UTF-8''r%C3%A9port.pdf" in got.headers["content-disposition"]
    denied = client.get(f"/documents/{document['id']}/content", headers=login_headers(client, "bea"))
    assert denied.status_code == 404
