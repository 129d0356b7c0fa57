"""The writer of a message: chat exports' speakers and the name under a sign-off."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import UkSpeakerRecognizer


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in UkSpeakerRecognizer().find(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[12/02/2024, 20:14:07] Nikki Hargreaves: Has anyone had the papers?\n"
         "[12/02/2024, 20:21:55] Gosia Wiśniewska: we got ours today.", ["Nikki Hargreaves", "Gosia Wiśniewska"]),
        ("12/02/2024, 20:14 - Summer Okafor: running late", ["Summer Okafor"]),  # Android's layout; a name that is a word
        ("Yours sincerely,\n\nApril Fairclough\n\n(Typed up from a handwritten letter)", ["April Fairclough"]),
        ("Kind regards,\nDr Ruth K. Hetherington\n", ["Dr Ruth K. Hetherington"]),
    ],
)
def test_the_writer_is_found_whatever_the_words_read_as(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    "text",
    ["Yours sincerely,\n\nSEN Team\n", "Yours faithfully,\n\nThe Local Authority\n",
     "[12/02/2024, 20:14:07] Messages and calls are end-to-end encrypted.", "Meeting at 12/02/2024, 20:14 - see notes"],
)
def test_teams_and_system_lines_are_no_writers(text: str) -> None:
    assert found(text) == []
