"""Opening the input: bytes, size limit, decryption, pypdf's repairs recorded, pages counted.

pypdf repairs what it can (broken xref tables, wrong offsets) and logs it; those messages are
captured per call and go into the report as *repairs*. What it cannot repair is refused with
:class:`MalformedPdfError`.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from pypdf import PasswordType, PdfReader
from pypdf.errors import (
    DependencyError,
    FileNotDecryptedError,
    LimitReachedError,
    PdfReadError,
    PyPdfError,
)

from redaction.pdf.errors import (
    LimitExceededError,
    MalformedPdfError,
    PasswordRequiredError,
    PdfInputError,
)
from redaction.pdf.limits import Limits

__all__ = ["Source", "capture_repairs", "open_reader", "read_source"]

Source = bytes | bytearray | str | os.PathLike[str] | IO[bytes]
MAX_REPAIR_MESSAGES = 50


def read_source(source: Source, limits: Limits) -> bytes:
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    elif isinstance(source, (str, os.PathLike)):
        path = Path(source)
        try:
            if path.stat().st_size > limits.max_input_bytes:
                raise LimitExceededError(f"the input is larger than {limits.max_input_bytes} bytes")
            data = path.read_bytes()
        except OSError as error:
            raise PdfInputError(f"cannot read {path}: {error.strerror or error}") from error
    else:
        data = source.read(limits.max_input_bytes + 1)
    if len(data) > limits.max_input_bytes:
        raise LimitExceededError(f"the input is larger than {limits.max_input_bytes} bytes")
    if b"%PDF" not in data[:1024]:
        raise MalformedPdfError("the input is not a PDF (no %PDF header)")
    return data


class _RepairLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.messages) < MAX_REPAIR_MESSAGES:
            message = " ".join(record.getMessage().split())
            if message not in self.messages:
                self.messages.append(message[:300])


@contextmanager
def capture_repairs() -> Iterator[list[str]]:
    """Collect what pypdf warns about (repairs, tolerated damage) during the block."""
    handler = _RepairLog()
    logger = logging.getLogger("pypdf")
    logger.addHandler(handler)
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)


def open_reader(data: bytes, *, password: str | None, limits: Limits) -> tuple[PdfReader, bool]:
    """The reader, decrypted, with its pages counted; and whether the input was encrypted."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except LimitReachedError as error:
        raise LimitExceededError(f"the input exceeds a parsing limit ({error})") from error
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError) as error:
        raise MalformedPdfError(f"the PDF cannot be read ({_reason(error)})") from error
    except RecursionError as error:
        raise LimitExceededError("the PDF nests objects too deeply") from error
    except NotImplementedError as error:  # e.g. a security handler other than the standard one
        raise PdfInputError(f"the PDF uses something pypdf cannot read ({_reason(error)})") from error
    encrypted = bool(reader.is_encrypted)
    if encrypted:
        _decrypt(reader, password)
    try:
        count = len(reader.pages)
    except FileNotDecryptedError as error:
        raise PasswordRequiredError("the PDF is encrypted and needs a password") from error
    except LimitReachedError as error:
        raise LimitExceededError(f"the page tree exceeds a limit ({error})") from error
    except RecursionError as error:
        raise LimitExceededError("the page tree nests too deeply") from error
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError) as error:
        raise MalformedPdfError(f"the page tree cannot be read ({_reason(error)})") from error
    if count == 0:
        raise MalformedPdfError("the PDF has no pages")
    if count > limits.max_pages:
        raise LimitExceededError(f"the PDF has {count} pages; the limit is {limits.max_pages}")
    return reader, encrypted


def _decrypt(reader: PdfReader, password: str | None) -> None:
    try:
        result = reader.decrypt(password if password is not None else "")
    except DependencyError as error:
        raise PdfInputError(f"the PDF's encryption is not supported here ({error})") from error
    except (PdfReadError, PyPdfError, NotImplementedError, ValueError, KeyError, TypeError) as error:
        raise PasswordRequiredError(f"the PDF's encryption cannot be opened ({_reason(error)})") from error
    if result == PasswordType.NOT_DECRYPTED:
        if password is None:
            raise PasswordRequiredError("the PDF is encrypted and needs a password (--password)")
        raise PasswordRequiredError("the password does not open this PDF")


def _reason(error: BaseException) -> str:
    text = " ".join(str(error).split())[:200]
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
