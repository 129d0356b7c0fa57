"""Settings of one S3 store: a frozen object built once at the edge (from a URL and the environment)."""

from __future__ import annotations

from dataclasses import dataclass, field

from storage._exceptions import InvalidArgument

__all__ = ["MIN_PART_SIZE", "S3Settings"]

MIN_PART_SIZE = 5 * 1024 * 1024  # S3's floor for every part but the last
_MAX_PART_SIZE = 512 * 1024 * 1024


@dataclass(frozen=True)
class S3Settings:
    """Where and how to reach one bucket. Secrets are masked in ``repr``.

    Timeouts bound every socket operation so a server that stops answering becomes an error, not a hang;
    ``retries`` bounds urllib3's retries of connection failures and 500/502/503/504 answers.
    ``part_size`` is the multipart part size: memory for an upload is about four parts (three being sent while
    the next is read).
    """

    bucket: str
    endpoint: str
    access_key: str = field(repr=False)
    secret_key: str = field(repr=False)
    prefix: str = ""
    secure: bool = True
    ca_file: str | None = None
    region: str | None = None
    session_token: str | None = field(default=None, repr=False)
    part_size: int | None = None
    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    retries: int = 3

    def __post_init__(self) -> None:
        if self.part_size is not None and not MIN_PART_SIZE <= self.part_size <= _MAX_PART_SIZE:
            raise InvalidArgument("part_size must be between 5 and 512 MiB")
        if self.retries < 0:
            raise InvalidArgument("retries must not be negative")

    def __repr__(self) -> str:
        scheme = "https" if self.secure else "http"
        prefix = f"/{self.prefix}" if self.prefix else ""
        return (f"S3Settings({scheme}://{self.endpoint}/{self.bucket}{prefix}, ca_file={self.ca_file!r}, "
                f"access_key=***, secret_key=***)")
