"""Helpers shared by the whole suite (importable as ``support``: tests/ is on pytest's pythonpath).

Integration tests need real parts (Ceph RGW, PostgreSQL, tesseract, poppler, chromium, the corpora in
``../shared``). On a developer's machine a missing part skips the test with the reason; in CI
(``VAULT_REQUIRE_INTEGRATION=1``, set by ``.ci/run``) it fails instead, so nothing is silently skipped.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"


def integration_required() -> bool:
    return os.environ.get("VAULT_REQUIRE_INTEGRATION") == "1"


def unavailable(reason: str) -> None:
    """Skip (developer machine) or fail (CI) because a real part the test needs is missing."""
    if integration_required():
        pytest.fail(f"required for CI but unavailable: {reason}")
    pytest.skip(reason)


def require_executable(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        unavailable(f"{name} is not installed (scripts/install --tests installs it)")
    assert path is not None
    return path


def shared_corpus(name: str) -> Path:
    """A folder of ../shared (corpora for tests); the product never reads it at run time."""
    path = SHARED / name
    if not path.is_dir():
        unavailable(f"../shared/{name} is not next to this clone")
    return path
