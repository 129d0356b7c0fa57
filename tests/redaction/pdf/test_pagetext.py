"""Page text: line breaks that only wrap a paragraph are recorded, and the detectors read the text both as
lines and with those breaks as spaces (a cue at the end of one line, the identifier on the next)."""

from __future__ import annotations

import io
import re

from pdf_builders import build_pdf, interpret
from pypdf import PdfReader

from redaction.pdf import redact_pdf
from redaction.pdf.pagetext import build_page_text
from redaction.spans import Span

PARAGRAPH = ("Following the meeting we agreed that the plan should record the child's details correctly, "
             "and the office confirmed that she was born on 03/05/2015 according to the birth certificate "
             "that her mother brought into school last week with the other papers for the file.")
ADDRESS = ["Mrs A. Example", "14 Mill Lane", "Bolton"]


def _width(word: str) -> float:
    return interpret(b"BT /F1 10 Tf 0 0 Td (" + word.encode() + b") Tj ET").runs[0].ends[-1]


def _wrapped(text: str, width: float) -> list[str]:
    """Greedy wrapping, as a word processor does: a word goes on the next line when it would not fit."""
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and _width(candidate) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def _page(lines: list[str]) -> bytes:
    ops = [b"BT /F1 10 Tf 12 TL 72 700 Td"]
    for index, line in enumerate(lines):
        ops.append((b"" if index == 0 else b"T* ") + b"(" + line.encode() + b") Tj")
    ops.append(b"ET")
    return b"\n".join(ops)


def _wrapped_so_born_on_ends_a_line() -> list[str]:
    for width in range(170, 320, 2):
        lines = _wrapped(PARAGRAPH, float(width))
        if any(line.endswith("born on") for line in lines):
            return [*lines, "", *ADDRESS]
    raise AssertionError("no width puts the cue at a line's end")


def test_the_breaks_that_wrap_a_paragraph_are_recorded_and_a_short_block_is_left_alone() -> None:
    lines = [line for line in _wrapped_so_born_on_ends_a_line() if line]
    text = build_page_text(interpret(_page(lines)).runs)
    assert text.text == "\n".join(lines)  # the text itself keeps its lines (what the verifier and users see)
    unwrapped = text.unwrapped
    assert len(unwrapped) == len(text.text)
    paragraph_part, _, block = unwrapped.rpartition(lines[-len(ADDRESS) - 1])
    assert "\n" not in paragraph_part and "born on 03/05/2015" in unwrapped
    assert block.split("\n")[1:] == ADDRESS  # the paragraph's last line and the address stay lines


def test_lines_of_a_block_that_never_reaches_an_edge_are_never_joined() -> None:
    text = build_page_text(interpret(_page(["Dear Sir", "Name: Anna Nowak", "DOB:", "03/05/2015"])).runs)
    assert text.wraps == () and text.unwrapped == text.text


def test_a_cue_wrapped_away_from_its_identifier_is_still_found_and_removed() -> None:
    lines = [line for line in _wrapped_so_born_on_ends_a_line() if line]
    born = re.compile(r"born on (\d\d/\d\d/\d{4})")  # a detector that reads a cue and what follows on one line

    def finder(text: str) -> list[Span]:
        return [Span(m.start(1), m.end(1), "DATE_OF_BIRTH", 0.9, "pattern") for m in born.finditer(text)]

    pdf = build_pdf(_page(lines))
    assert not born.search(build_page_text(interpret(_page(lines)).runs).text)  # as lines, the cue is cut off
    outcome = redact_pdf(pdf, detect=True, finder=finder)
    assert outcome.report.boxes_by_type == {"DATE_OF_BIRTH": 1}
    assert "03/05/2015" not in PdfReader(io.BytesIO(outcome.pdf_bytes)).pages[0].extract_text()


def test_a_vertical_gap_of_a_line_or_more_reads_as_a_blank_line_as_typed() -> None:
    lines = ["Dear Mrs Example,", "", "Thank you for your letter about", "the meeting on Tuesday.", "",
             "Yours sincerely,", "", "", "Dr Andrea Example", "Headteacher"]
    text = build_page_text(interpret(_page(lines)).runs)
    assert text.text == "\n".join(line for line in lines if line).replace(
        "Example,\n", "Example,\n\n").replace("Tuesday.\n", "Tuesday.\n\n").replace("sincerely,\n", "sincerely,\n\n")
    assert build_page_text(interpret(_page(["Name:", "Anna Nowak", "DOB:", "03/05/2015"])).runs).text == (
        "Name:\nAnna Nowak\nDOB:\n03/05/2015")  # an even pitch: no blank line
