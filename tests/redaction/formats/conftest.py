"""Fixtures for the formats tests: the shared text redactor, and the builders of test files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))  # formats_builders
sys.path.insert(0, str(HERE.parent / "pdf"))  # pdf_builders (small hand-made PDFs)


@pytest.fixture(scope="session")
def text_redactor():  # type: ignore[no-untyped-def]
    from redaction.text import default_redactor

    return default_redactor()
