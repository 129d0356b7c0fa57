from __future__ import annotations

from pathlib import Path

import pytest

from storage import InvalidArgument, LocalStore, MemoryStore, open_backend
from storage.backends import parse_s3_url

CREDENTIALS = {"VAULT_S3_ACCESS_KEY": "AK", "VAULT_S3_SECRET_KEY": "very-secret"}


def test_file_and_memory_urls(tmp_path: Path) -> None:
    local = open_backend(f"file://{tmp_path}/objects")
    assert isinstance(local, LocalStore) and local.root == tmp_path / "objects"
    assert isinstance(open_backend("memory://"), MemoryStore)


@pytest.mark.parametrize("url", ["file://host/path", "file:///x?y=1", "ftp://x", "objects/here", "s3://"])
def test_bad_urls_are_refused_clearly(url: str) -> None:
    with pytest.raises(InvalidArgument):
        open_backend(url, environ=CREDENTIALS)


def test_s3_url_with_every_parameter() -> None:
    settings = parse_s3_url("s3://vault-docs/prod/objects?endpoint=127.0.0.1:7480&secure=true&ca=/etc/ca.pem"
                            "&region=eu-west-2&part_size=32", environ=CREDENTIALS)
    assert (settings.bucket, settings.prefix, settings.endpoint) == ("vault-docs", "prod/objects", "127.0.0.1:7480")
    assert (settings.secure, settings.ca_file, settings.region) == (True, "/etc/ca.pem", "eu-west-2")
    assert settings.part_size == 32 * 1024 * 1024
    assert (settings.access_key, settings.secret_key) == ("AK", "very-secret")
    assert "very-secret" not in repr(settings) and "AK" not in repr(settings).replace("access_key", "")


def test_s3_credentials_fall_back_to_the_aws_variables() -> None:
    settings = parse_s3_url("s3://b?endpoint=h:1&secure=false",
                            environ={"AWS_ACCESS_KEY_ID": "A2", "AWS_SECRET_ACCESS_KEY": "S2", "AWS_SESSION_TOKEN": "T"})
    assert (settings.access_key, settings.secret_key, settings.session_token, settings.secure) == ("A2", "S2", "T", False)
    assert parse_s3_url("s3://b", environ=CREDENTIALS).endpoint == "s3.amazonaws.com"


@pytest.mark.parametrize(("url", "environ", "message"), [
    ("s3://b?endpoint=h:1", {}, "credentials missing"),
    ("s3://b?endpoint=h:1&secrue=false", CREDENTIALS, "unknown S3 URL parameter"),
    ("s3://b?secure=perhaps", CREDENTIALS, "true or false"),
    ("s3://b?part_size=1", CREDENTIALS, "between 5 and 512"),
    ("s3://b?part_size=big", CREDENTIALS, "whole number"),
    ("s3://key:secret@b?endpoint=h:1", CREDENTIALS, "not in the URL"),
])
def test_s3_url_mistakes_are_explained(url: str, environ: dict[str, str], message: str) -> None:
    with pytest.raises(InvalidArgument, match=message):
        parse_s3_url(url, environ=environ)
