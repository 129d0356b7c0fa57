"""Fixtures for the Office redactor's tests: the torture corpus and its builder, the outside judge."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

FORMATS = Path(__file__).resolve().parents[1]
TORTURE = FORMATS / "office_torture"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


builder = _load("office_torture_build", TORTURE / "build.py")
judge = _load("leakcheck_office", FORMATS / "leakcheck_office.py")


@pytest.fixture(scope="session")
def kit() -> ModuleType:
    """The corpus builder's pieces (``docx``, ``document``, ``p``, ``r``, ``odt``, ``png``...) for small files."""
    return builder


@pytest.fixture(scope="session")
def leakcheck() -> ModuleType:
    return judge


@pytest.fixture(scope="session")
def manifest() -> dict[str, Any]:
    return json.loads((TORTURE / "manifest.json").read_text())


@pytest.fixture(scope="session")
def torture() -> Path:
    return TORTURE


@pytest.fixture(scope="session")
def redactor() -> Any:
    """The shared text redactor with the model (loaded once for the session)."""
    from redaction.text import default_redactor

    return default_redactor()


class FakeOcr:
    """An OCR engine that reads what the test says each picture holds (keyed by its size), except words
    whose middle has been painted black (a box over them)."""

    def __init__(self, words_by_size: dict[tuple[int, int], list[Any]] | None = None, *, available: bool = True) -> None:
        self._words = words_by_size or {}
        self._available = available
        self.calls = 0

    def available(self) -> bool:
        return self._available

    def words(self, image: Any) -> list[Any]:
        self.calls += 1
        grey = image.convert("L")
        return [word for word in self._words.get(image.size, [])
                if grey.getpixel((word.left + word.width // 2, word.top + word.height // 2)) != 0]


@pytest.fixture
def fake_ocr() -> type[FakeOcr]:
    return FakeOcr
