"""NHS numbers, ULNs and UPNs after their own cue, however written (any grouping, OCR misreadings, a check
digit that does not hold): rows that must be found whole and typed by the cue, and rows that must stay."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import UkCuedNationalNumberRecognizer


def found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in UkCuedNationalNumberRecognizer().find(text)]


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("student no. K2307714 – ULN 377 873 8282\n", "377 873 8282", "ULN"),
        ("ULN 934-372-5301 (apprenticeship)", "934-372-5301", "ULN"),
        ("uln 934372530l", "934372530l", "ULN"),  # a scan's l for 1
        ("Unique Learner Number: 9343 725 301", "9343 725 301", "ULN"),
        ("ULN (for the apprenticeship service account): 934 372 5301", "934 372 5301", "ULN"),  # a hint between
        ("NHS no 485 777 3456 (check digit wrong in the referral)", "485 777 3456", "NHS_NUMBER"),
        ("NHS No: 485 777 34S6", "485 777 34S6", "NHS_NUMBER"),  # S for 5
        ("NHS number is 48577 73456.", "48577 73456", "NHS_NUMBER"),
        ("UPN B670361518509\nSchool", "B670361518509", "UPN"),
        ("UPN: B67O 3615 18509", "B67O 3615 18509", "UPN"),  # O for 0, spaced
    ],
)
def test_cued_numbers_are_found_whatever_their_writing(text: str, number: str, kind: str) -> None:
    assert (number, kind) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "NHS 111 was called at 02:00",
        "NHS Trust 2024 report",
        "ULN: TBC",
        "UPN - not yet issued",
        "NHS 12 - 3 4.5 6 7 8 9 0",  # figures run with mixed separators, not one number
        "the ULN and UPN are on the form",
    ],
)
def test_cues_without_a_number_find_nothing(text: str) -> None:
    assert found(text) == []
