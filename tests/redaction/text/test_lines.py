"""The line around a position, from the text's index of line breaks: the same answer as reading the line."""

from __future__ import annotations

import time

import pytest

from redaction.text.lines import line_bounds, line_text
from redaction.text.text_caches import forget_texts


def _read(text: str, start: int, end: int) -> tuple[int, int]:
    """The line as the rules found it before the index: ``rfind`` back and ``find`` forward."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


TEXTS = [
    "",
    "one line, no break",
    "\n",
    "\n\nthird line\n",
    "Name: Sarah Jones\nDOB: 14/03/2015\n\nSchool: Kingsmead Primary\n",
    "a\nb\nc",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_position_gives_the_line_a_reader_finds(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert line_bounds(text, start, end) == _read(text, start, end), (text, start, end)
            assert line_text(text, start, end) == text[slice(*_read(text, start, end))]
    forget_texts()


def test_a_span_across_a_break_gets_both_lines() -> None:
    text = "Dear Mrs\nQuennell, thank you\nBest"
    assert line_text(text, text.index("Mrs"), text.index("Quennell") + 3) == "Dear Mrs\nQuennell, thank you"


def test_a_line_is_cut_once_for_every_candidate_on_it() -> None:
    """Candidates on one line share one string (a cache keyed by the line hashes it once)."""
    text = "Okonkwo " * 1000 + "\nnext"
    assert line_text(text, 0, 7) is line_text(text, 800, 807)
    forget_texts()


def test_one_long_line_is_not_copied_per_question() -> None:
    """Ten thousand candidates on one 400,000-character line: the line is cut once (cutting it per candidate, as
    the rules did, took seconds here)."""
    text = "Okonkwo " * 50_000
    started = time.process_time()
    for at in range(0, len(text), 40):
        line_text(text, at, at + 7)
    assert time.process_time() - started < 1.0
    forget_texts()
