"""Damaged Word and OpenDocument files never crash the redactor: a verified outcome, or a clean refusal
(a ``FormatError``) — whatever bytes are flipped, cut or inserted, in the zip or inside its XML."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redaction.formats import FormatError, FormatRequest
from redaction.formats.office import redact_docx, redact_odt

TORTURE = Path(__file__).resolve().parents[1] / "office_torture"
SEEDS = {"docx": (TORTURE / "field_code.docx").read_bytes(), "odt": (TORTURE / "odt_tracked_changes.odt").read_bytes()}
REQUEST = FormatRequest(known={"PERSON": ["Kacper Nowak", "Callum Brennan"]}, detect=False)


def run(kind: str, data: bytes) -> None:
    try:
        outcome = (redact_docx if kind == "docx" else redact_odt)(data, REQUEST)
    except FormatError:
        return
    assert b"Nowak" not in outcome.data and b"Brennan" not in outcome.data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(["docx", "odt"]), cuts=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=4),
       truncate=st.floats(0.05, 1.0))
def test_damaged_packages(kind: str, cuts: list[tuple[float, int]], truncate: float) -> None:
    data = bytearray(SEEDS[kind])
    for where, value in cuts:
        data[min(int(where * len(data)), len(data) - 1)] = value
    run(kind, bytes(data[: max(1, int(truncate * len(data)))]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(["docx", "odt"]), where=st.floats(0, 1), junk=st.text(max_size=40))
def test_damaged_xml_inside_a_sound_zip(kind: str, where: float, junk: str) -> None:
    """The zip is whole but a part's XML is cut or has text spliced in (markup characters included)."""
    source = zipfile.ZipFile(io.BytesIO(SEEDS[kind]))
    target_name = "word/document.xml" if kind == "docx" else "content.xml"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for info in source.infolist():
            blob = source.read(info)
            if info.filename == target_name:
                cut = int(where * len(blob))
                blob = blob[:cut] + junk.encode("utf-8") + blob[cut:]
            out.writestr(info, blob)
    run(kind, buffer.getvalue())


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_the_seeds_redact(kind: str) -> None:
    outcome = (redact_docx if kind == "docx" else redact_odt)(SEEDS[kind], REQUEST)
    assert outcome.kind == kind
