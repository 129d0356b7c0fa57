"""Letter spacing: a line whose letters all stand apart by one spacing (``Tc``, or glyphs placed one by one with
air between them) reads as its words, not as letters with spaces; gaps that vary (cells, words placed one by one)
and ordinary text are read as before."""

from __future__ import annotations

from pdf_builders import interpret

from redaction.pdf.pagetext import WORD_GAP, build_page_text
from redaction.pdf.tracking import letter_spacing_spaces


def _text(content: bytes) -> str:
    return build_page_text(interpret(content).runs).text


def test_a_heading_set_with_character_spacing_reads_as_words() -> None:
    assert _text(b"BT /F1 14 Tf 3.5 Tc 72 700 Td (PLAN FOR ELLIE-MAY THOMPSON) Tj ET") == "PLAN FOR ELLIE-MAY THOMPSON"
    assert _text(b"BT /F1 12 Tf 2.5 Tc 72 700 Td (Pupil: Benedikt Sauerbrunn) Tj ET") == "Pupil: Benedikt Sauerbrunn"


def test_glyphs_placed_one_by_one_with_tracking_read_as_words_and_keep_their_spaces() -> None:
    content = b""
    x = 72.0
    for char in "Esme Whitlock":
        if char != " ":
            width = interpret(b"BT /F1 11 Tf 0 0 Td (" + char.encode() + b") Tj ET").runs[0].ends[-1]
            content += f"BT /F1 11 Tf {x:.2f} 700 Td (".encode() + char.encode() + b") Tj ET\n"
        else:
            width = 11 * 0.278
        x += width + 2.0  # tracking of 2 pt at 11 pt: a gap of 0.18 text heights after every letter
    assert _text(content) == "Esme Whitlock"


def test_a_little_tracking_on_a_short_line_or_uneven_gaps_change_nothing() -> None:
    assert _text(b"BT /F1 11 Tf 2 Tc 72 700 Td (ABC) Tj ET") == "A B C"  # too few letters to tell
    cells = b"".join(f"BT /F1 10 Tf {x} 700 Td ({c}) Tj ET\n".encode() for x, c in
                     [(72, "1"), (90, "2"), (130, "3"), (135.6, "4"), (200, "5"), (260, "6")])
    assert _text(cells) == "1 2 34 5 6"
    assert _text(b"BT /F1 11 Tf 72 700 Td (Dear Mr Haile, thank you) Tj ET") == "Dear Mr Haile, thank you"


def test_only_spaces_within_the_spacing_plus_a_word_gap_go() -> None:
    gaps = [(0.2, 1), (0.21, 3), (0.2, 5), (0.2, None), (0.6, 9), (0.19, 11)]
    assert sorted(letter_spacing_spaces(gaps, WORD_GAP)) == [1, 3, 5, 11]
    assert letter_spacing_spaces([(0.2, 1), (0.9, 3), (0.4, 5), (0.25, 7)], WORD_GAP) == []  # not one spacing
