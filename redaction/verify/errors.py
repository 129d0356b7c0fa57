"""Errors of the second reader.

    VerifyError
     ├── ReaderUnavailableError   the model or a data file is missing (never downloaded): fail closed
     └── VerifyLimitError         the text is beyond the reader's limits
"""

from __future__ import annotations

__all__ = ["ReaderUnavailableError", "VerifyError", "VerifyLimitError"]


class VerifyError(Exception):
    """Base of the second reader's errors: the text could not be verified, so it is not released."""


class ReaderUnavailableError(VerifyError):
    pass


class VerifyLimitError(VerifyError):
    pass
