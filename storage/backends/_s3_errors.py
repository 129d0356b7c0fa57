"""Turning minio and urllib3 failures into the storage error tree, one line each."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import urllib3.exceptions
from minio.error import InvalidResponseError, MinioException, S3Error, ServerError

from storage._exceptions import (
    BackendError,
    BackendUnavailable,
    InvalidArgument,
    ObjectNotFound,
    StorageError,
)

__all__ = ["translated"]

_NOT_FOUND = {"NoSuchKey", "NoSuchVersion", "NoSuchObject"}
_DENIED = {"AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "AllAccessDisabled"}
_TRANSIENT = {"SlowDown", "ServiceUnavailable", "InternalError", "RequestTimeout", "RequestTimeTooSkewed"}


@contextlib.contextmanager
def translated(action: str, *, where: str) -> Iterator[None]:
    """Run a block of SDK calls; re-raise any failure as a :class:`StorageError` naming ``action``."""
    try:
        yield
    except StorageError:
        raise
    except Exception as error:
        own = _storage_error_in_chain(error)
        if own is not None:  # e.g. the input failed and minio's abort then failed too: report the input
            raise own from None
        raise _translate(error, action=action, where=where) from error


def _storage_error_in_chain(error: BaseException) -> StorageError | None:
    seen = 0
    cause = error.__context__
    while cause is not None and seen < 10:
        if isinstance(cause, StorageError):
            return cause
        cause, seen = cause.__context__, seen + 1
    return None


def _translate(error: Exception, *, action: str, where: str) -> StorageError:
    if isinstance(error, S3Error):
        code = error.code or "UnknownError"
        if code in _NOT_FOUND:
            return ObjectNotFound(f"{action}: no such object on {where}")
        if code == "NoSuchBucket":
            return BackendError(f"{action}: the bucket does not exist ({where})")
        if code in _DENIED:
            return BackendError(f"{action}: the S3 server refused the credentials or access ({code})")
        if code in _TRANSIENT:
            return BackendUnavailable(f"{action}: the S3 server is unavailable ({code}); try again later")
        return BackendError(f"{action}: the S3 server answered {code}: {error.message}")
    if isinstance(error, ValueError):  # the SDK's own argument checks, e.g. an invalid bucket name
        return InvalidArgument(f"{action}: {error}")
    if isinstance(error, ServerError):
        return BackendUnavailable(f"{action}: the S3 server at {where} failed (HTTP {error.status_code}); "
                                  f"try again later")
    if isinstance(error, InvalidResponseError | MinioException):
        return BackendError(f"{action}: unexpected answer from {where}: {error}")
    reason = error.reason if isinstance(error, urllib3.exceptions.MaxRetryError) else error
    if isinstance(reason, urllib3.exceptions.SSLError):
        return BackendError(f"{action}: TLS with {where} failed (wrong CA file or certificate?): {reason}")
    if isinstance(reason, urllib3.exceptions.ResponseError):
        return BackendUnavailable(f"{action}: the S3 server at {where} kept failing; try again later")
    if isinstance(error, urllib3.exceptions.HTTPError | OSError):
        return BackendUnavailable(f"{action}: the S3 server at {where} is unreachable or went away "
                                  f"({type(reason).__name__})")
    return BackendError(f"{action}: {type(error).__name__}: {error}")
