"""Fixtures for the image redactor's tests: the torture corpus, its letters, and the outside judge."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from support import require_executable

FORMATS = Path(__file__).resolve().parents[1]
TORTURE = FORMATS / "image_torture"
sys.path.insert(0, str(TORTURE))  # letters.py: fictional families' letters, degraded like phone photos


@pytest.fixture(scope="session")
def torture() -> Path:
    return TORTURE


@pytest.fixture(scope="session")
def torture_manifest() -> dict[str, Any]:
    return json.loads((TORTURE / "manifest.json").read_text())  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def leakcheck() -> Callable[..., dict[str, list[str]]]:
    """``leakcheck_image.py`` run as a subprocess: {secret: [channels]} of what it still finds."""
    require_executable("exiftool")
    require_executable("tesseract")

    def judge(path: Path, secrets: list[str], *, ocr: bool = True, until_all_found: bool = False) -> dict[str, list[str]]:
        command = [sys.executable, str(FORMATS / "leakcheck_image.py"), str(path), *secrets]
        if not ocr:
            command.append("--no-ocr")
        if until_all_found:
            command.append("--until-all-found")
        completed = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
        assert completed.returncode in (0, 1), completed.stderr
        result: dict[str, list[str]] = json.loads(completed.stdout)
        return result

    return judge


@pytest.fixture(scope="session")
def tesseract() -> str:
    return require_executable("tesseract")
