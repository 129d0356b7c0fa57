"""One detector (with the model) for the pipeline's tests, behind a reader that runs it with passes off."""

from __future__ import annotations

import pytest

from redaction.text.detector import Detector
from text_pipeline_reader import Reader


@pytest.fixture(scope="session")
def reader() -> Reader:
    return Reader(Detector())
