"""Verified or refused, one contract: a format outcome is released or needs review (the second
reader's findings and suspects, for a person to decide on); a format error is refused with its reason."""

from __future__ import annotations

import pytest

from redaction.formats import FormatOutcome, FormatRequest, Suspect, UnsupportedFormatError, Verdict, judge, judged
from redaction.formats.verdict import Status, refused, verify_text

ROW = {"where": "part 1", "type": "PHONE_NUMBER", "start": 0, "end": 12, "text": "07700 900456", "reader": "phonenumbers"}
SUSPECT = Suspect(3, 12, "Kirkstone", "name-like word", "line 1")


@pytest.mark.parametrize(
    ("report", "suspects", "status", "summary", "blocks"),
    [
        ({"second_reader": []}, [], Status.RELEASED, "second reader: 0 findings, 0 suspects", False),
        ({}, [SUSPECT], Status.REVIEW, "second reader: 0 findings, 1 suspect", False),
        ({"second_reader": [ROW, ROW]}, [SUSPECT], Status.REVIEW, "second reader: 2 findings, 1 suspect", True),
    ],
    ids=["clean", "suspects-only", "findings"],
)
def test_an_outcome_is_released_or_needs_review(report: dict, suspects: list[Suspect], status: Status, summary: str,
                                                blocks: bool) -> None:
    verdict = judge(FormatOutcome(b"out", "text/plain", "text", report, suspects))
    assert (verdict.status, verdict.summary(), verdict.blocks_release, verdict.refused) == (status, summary, blocks, False)
    assert verdict.to_json()["status"] == str(status) and verdict.to_json()["suspects"] == [s.to_json() for s in suspects]


def test_an_error_is_refused_with_its_reason_and_the_error() -> None:
    error = UnsupportedFormatError("an Outlook message cannot be redacted here:\n  save it as .eml", kind="msg")
    verdict = refused(error)
    assert verdict.refused and verdict.blocks_release and verdict.error is error
    assert verdict.summary() == "refused: an Outlook message cannot be redacted here: save it as .eml"
    assert verdict == Verdict(Status.REFUSED, reason=verdict.reason)  # the error is no part of its identity


def test_judged_runs_the_one_entry() -> None:
    outcome, verdict = judged(b"PK\x03\x04 not a zip at all", FormatRequest(detect=False))
    assert outcome is None and verdict.refused and verdict.error is not None
    outcome, verdict = judged(b"Mum rang from the Kirkstone ward on Tuesday.\n", FormatRequest(detect=False))
    assert outcome is not None and verdict.status is Status.REVIEW and [s.text for s in verdict.suspects] == ["Kirkstone"]


def test_a_text_redacted_elsewhere_gets_the_same_second_read() -> None:
    assert verify_text("Parent A rang on Monday.", known={"PERSON": ["Sarah Whitfield"]}, replacements=["Parent A"]).status \
        is Status.RELEASED
    leaked = verify_text("Parent A (Mrs W h i t f i e l d) rang.", known={"PERSON": ["Sarah Whitfield"]}, replacements=["Parent A"])
    assert leaked.refused and "PERSON" in (leaked.reason or "") and "Whitfield" not in (leaked.reason or "")
    encoded = verify_text("Forwarded: It=E2=80=99s Leo=E2=80=99s plan.", known=None, replacements=[])
    assert encoded.refused and "encoded content" in (encoded.reason or "")
    found = verify_text("Parent A rang from 07700 900456.", known=None, replacements=["Parent A"])
    assert [row["type"] for row in found.findings] == ["PHONE_NUMBER"] and found.blocks_release
