"""Store URLs: one string that says which byte store to use.

::

    file:///srv/vault/objects                         LocalStore (created if missing)
    memory://                                         MemoryStore (empty, this process only)
    s3://BUCKET[/PREFIX]?endpoint=HOST:PORT&secure=true&ca=/path/ca.pem[&region=R][&part_size=MiB]

S3 credentials never go in the URL: they come from ``VAULT_S3_ACCESS_KEY`` / ``VAULT_S3_SECRET_KEY``, or
else ``AWS_ACCESS_KEY_ID`` / ``AWS_SECRET_ACCESS_KEY`` (and ``AWS_SESSION_TOKEN``). ``secure`` defaults to
true; ``endpoint`` defaults to ``s3.amazonaws.com``. Unknown parameters are refused, so a typo such as
``secrue=false`` cannot silently change behaviour.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from storage._exceptions import InvalidArgument
from storage.backends.base import ByteStore
from storage.backends.s3_settings import S3Settings

__all__ = ["open_backend", "parse_s3_url"]

_S3_PARAMETERS = {"endpoint", "secure", "ca", "region", "part_size"}


def open_backend(url: str, *, environ: Mapping[str, str] | None = None) -> ByteStore:
    """The byte store a URL names (see the module docstring)."""
    scheme = urlsplit(url).scheme.lower()
    if scheme == "file":
        from storage.backends.local import LocalStore

        return LocalStore(_file_path(url))
    if scheme == "memory":
        from storage.backends.memory import MemoryStore

        return MemoryStore()
    if scheme == "s3":
        from storage.backends.s3 import S3Store

        return S3Store(parse_s3_url(url, environ=os.environ if environ is None else environ))
    raise InvalidArgument(f"unsupported store URL {_redacted(url)!r} (use file:///path, s3://bucket?... or memory://)")


def _file_path(url: str) -> Path:
    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost") or not parts.path or parts.query:
        raise InvalidArgument(f"file store URL must look like file:///absolute/path, not {url!r}")
    return Path(unquote(parts.path))


def parse_s3_url(url: str, *, environ: Mapping[str, str]) -> S3Settings:
    parts = urlsplit(url)
    if parts.username or parts.password:
        raise InvalidArgument("put S3 credentials in the environment (VAULT_S3_ACCESS_KEY, VAULT_S3_SECRET_KEY), "
                              "not in the URL")
    if not parts.hostname:
        raise InvalidArgument(f"S3 URL needs a bucket: s3://BUCKET?endpoint=HOST:PORT, not {url!r}")
    query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=False)
    unknown = sorted(set(query) - _S3_PARAMETERS)
    if unknown:
        raise InvalidArgument(f"unknown S3 URL parameter(s): {', '.join(unknown)} "
                              f"(known: {', '.join(sorted(_S3_PARAMETERS))})")
    value = {key: values[-1] for key, values in query.items()}
    access_key = environ.get("VAULT_S3_ACCESS_KEY") or environ.get("AWS_ACCESS_KEY_ID")
    secret_key = environ.get("VAULT_S3_SECRET_KEY") or environ.get("AWS_SECRET_ACCESS_KEY")
    if not access_key or not secret_key:
        raise InvalidArgument("S3 credentials missing: set VAULT_S3_ACCESS_KEY and VAULT_S3_SECRET_KEY "
                              "(or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)")
    return S3Settings(
        bucket=parts.hostname,
        prefix=parts.path.strip("/"),
        endpoint=value.get("endpoint") or "s3.amazonaws.com",
        secure=_parse_secure(value.get("secure", "true")),
        ca_file=value.get("ca") or None,
        region=value.get("region") or None,
        access_key=access_key,
        secret_key=secret_key,
        session_token=None if environ.get("VAULT_S3_ACCESS_KEY") else environ.get("AWS_SESSION_TOKEN"),
        part_size=_parse_part_size(value.get("part_size")),
    )


def _parse_secure(text: str) -> bool:
    lowered = text.lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    raise InvalidArgument(f"secure must be true or false, not {text!r}")


def _parse_part_size(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        mebibytes = int(text)
    except ValueError:
        raise InvalidArgument(f"part_size is a whole number of MiB, not {text!r}") from None
    return mebibytes * 1024 * 1024


def _redacted(url: str) -> str:
    parts = urlsplit(url)
    return url.replace(parts.password, "***") if parts.password else url
