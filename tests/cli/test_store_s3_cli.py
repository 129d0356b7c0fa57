"""``vault store`` against Ceph RADOS Gateway over TLS, exactly as the issue spells the commands."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from fixtures_s3 import S3Server

from vault.cli import main

pytestmark = pytest.mark.integration


def test_put_get_tags_shred_on_s3(s3_server: S3Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    s3_server.apply_env(monkeypatch)
    bucket = s3_server.new_bucket(versioning=True)
    keyring = tmp_path / "vault.keys"
    assert main(["keys", "init", "--keyring", str(keyring)]) == 0
    base = ["store", "--store", s3_server.store_url(bucket), "--keyring", str(keyring)]
    document = tmp_path / "EHCP draft - Jessica.pdf"
    document.write_bytes(os.urandom(6 * 1024 * 1024 + 3))

    assert main([*base, "put", "doc-1", str(document), "--case", "case-9", "--tag", "return-on-request=true"]) == 0
    assert main([*base, "get", "doc-1", str(tmp_path / "back.pdf")]) == 0
    assert (tmp_path / "back.pdf").read_bytes() == document.read_bytes()
    capsys.readouterr()
    assert main([*base, "tags", "doc-1"]) == 0
    tags = json.loads(capsys.readouterr().out)
    assert tags["return-on-request"] is True and tags["state"] == "held"

    # Damage the object on the server: get fails with one line and writes nothing.
    client = s3_server.client()
    (found,) = list(client.list_objects(bucket))
    response = client.get_object(bucket, found.object_name)
    data = bytearray(response.read())
    response.close()
    response.release_conn()
    data[-1] ^= 0xFF
    client.put_object(bucket, found.object_name, io.BytesIO(bytes(data)), len(data))
    assert main([*base, "get", "doc-1", str(tmp_path / "damaged.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "integrity check" in err and not (tmp_path / "damaged.pdf").exists()

    assert main(["keys", "rotate", "--keyring", str(keyring)]) == 0
    assert main([*base, "shred", "doc-1"]) == 0
    assert list(client.list_objects(bucket, include_version=True)) == []
    capsys.readouterr()
    assert main([*base, "tags", "doc-1"]) == 0
    assert json.loads(capsys.readouterr().out)["state"] == "shredded"


def test_missing_credentials_are_one_line(s3_server: S3Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("VAULT_S3_ACCESS_KEY", "VAULT_S3_SECRET_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.delenv(name, raising=False)
    keyring = tmp_path / "vault.keys"
    main(["keys", "init", "--keyring", str(keyring)])
    capsys.readouterr()
    code = main(["store", "--store", s3_server.store_url("whatever"), "--keyring", str(keyring), "list"])
    err = capsys.readouterr().err
    assert code == 1 and "VAULT_S3_ACCESS_KEY" in err and err.count("\n") == 1
