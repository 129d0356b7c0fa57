"""From OCR words to boxes and suspects, on hand-made readings (no OCR needed)."""

from __future__ import annotations

import numpy as np

from redaction.formats.image.fuzzy import edit_budget, fuzzy_hits
from redaction.formats.image.planning import boxes_for, plan
from redaction.formats.image.geometry import Geometry
from redaction.formats.image.reading import Box, Reading, Word
from redaction.formats.image.suspects import unsure_words
from redaction.pdf.matcher import Hit, Matcher, Target, targets_from

SCALE2 = Geometry(np.diag([2.0, 2.0, 1.0]), (2000, 2000), None, 0.0, 2.0)  # prepared = original x 2


def line(texts: list[str], *, y: float = 100, confidence: float = 95, row: int = 1) -> list[Word]:
    words, x = [], 40.0
    for text in texts:
        width = 18.0 * len(text)
        words.append(Word(text, confidence, (x, y, x + width, y + 30), (1, 1, row)))
        x += width + 20
    return words


def test_text_joins_words_and_lines_and_remembers_owners() -> None:
    reading = Reading.of(0, "grey", SCALE2, line(["Dear", "Mrs", "Thornbury"]) + line(["Thank", "you"], y=150, row=2))
    assert reading.text == "Dear Mrs Thornbury\nThank you"
    assert reading.owners[9:18] == [2] * 9 and reading.owners[18] is None


def test_fuzzy_matching_reads_through_ocr_errors() -> None:
    targets = targets_from([], {"PERSON": ["Margaret Thornbury"], "PHONE": ["07700 900461"]})
    text = "Dear Margarct Th0rnbwy, please ring O77OO 9OO46l today"
    found = {text[hit.start : hit.end] for hit in fuzzy_hits(text, targets)}
    assert found == {"Margarct Th0rnbwy", "O77OO 9OO46l"}
    assert fuzzy_hits("Dear Mr Thompson", targets) == []
    assert [edit_budget(n) for n in (3, 5, 9, 20)] == [0, 1, 2, 3]


def test_every_word_of_a_hit_gets_a_padded_box_on_the_original() -> None:
    reading = Reading.of(0, "grey", SCALE2, line(["Re:", "Oliver", "Pennington,", "date"]))
    boxes = boxes_for(reading, [Hit(4, 21, "PERSON", "known")])
    assert len(boxes) == 1
    x0, y0, x1, y1 = boxes[0].bounds()
    oliver, pennington = reading.words[1].rect, reading.words[2].rect
    assert x0 <= oliver[0] / 2 - 2 and x1 >= pennington[2] / 2 + 2 and y0 < 50 and y1 > 65
    assert x1 < reading.words[3].rect[0] / 2  # "date" stays readable


def test_known_names_and_what_the_detectors_find_are_boxed_everywhere() -> None:
    first = Reading.of(0, "grey", SCALE2, line(["Dear", "Thornbwy,", "your", "son", "Leo"]))
    second = Reading.of(1, "grey", SCALE2, line(["Contact", "Mr", "Zebedee", "Fairclough"]) +
                        line(["Fairclough", "said", "yes"], y=160, row=2))

    def finder(text: str) -> list:  # type: ignore[type-arg]
        from redaction.spans import Span

        start = text.find("Zebedee Fairclough")
        return [Span(start, start + 18, "PERSON", 0.9, "model")] if start >= 0 else []

    matcher = Matcher(targets_from([], {"PERSON": ["Margaret Thornbury"]}), finders=[("detector", finder)])
    boxes = plan([first, second], matcher).boxes
    assert any(box.frame == 0 and box.contains(*first.centre(1)) for box in boxes)  # "Thornbwy," misread
    second_line = [box for box in boxes if box.frame == 1 and box.bounds()[1] > 70]
    assert second_line, "a name the detectors found once is boxed where it stands alone too"
    assert not any(box.frame == 0 and box.contains(*first.centre(4)) for box in boxes)  # "Leo" is no target


def test_unsure_words_become_suspects_unless_boxed_or_read_elsewhere() -> None:
    words = line(["Dear", "Mrs"]) + [Word("Xqzvbn", 31.0, (200, 100, 320, 130), (1, 1, 1))]
    words += line(["Thank", "you"], y=150, row=2)
    best = Reading.of(0, "grey", SCALE2, words)
    suspects = unsure_words(best, [], [], (1000, 1000))
    assert len(suspects) == 1
    suspect = suspects[0]
    assert suspect.text == "Xqzvbn" and best.text[suspect.start : suspect.end] == "Xqzvbn"
    assert suspect.page == 1 and suspect.box == (99, 49, 162, 67)
    assert suspect.reason == "unreadable text" and suspect.location and "31" in suspect.location
    box = Box(0, ((90, 40), (170, 40), (170, 70), (90, 70)), "AREA", "area")
    assert unsure_words(best, [], [box], (1000, 1000)) == []
    other = Reading.of(0, "sauvola", SCALE2, [Word("Hughes", 93.0, (205, 102, 318, 128), (1, 1, 1))])
    assert unsure_words(best, [other], [], (1000, 1000)) == []


def test_target_keys_short_and_long() -> None:
    assert Target.of("Leo", "PERSON", "known") is not None
    assert fuzzy_hits("Lee went home", [Target.of("Leo", "PERSON", "known")]) == []  # type: ignore[list-item]


def test_lookalike_letters_do_not_hide_numbers_and_postcodes() -> None:
    from redaction.formats.image.lookalikes import digits_folded, lookalike_hits

    assert digits_folded("ring O77OO 9OO461 or LAI 4QX Olive") == "ring 07700 900461 or LAI 4QX Olive"

    def phones(text: str) -> list:  # type: ignore[type-arg]
        from redaction.spans import Span

        start = text.find("07700 900461")
        return [Span(start, start + 12, "PHONE", 0.9, "pattern")] if start >= 0 else []

    matcher = Matcher([], finders=[("detector", phones)])
    text = "ring O77OO 9OO461 or write to LAI 4QX. TO 2PM Olive"
    found = {(hit.type, text[hit.start : hit.end]) for hit in lookalike_hits(text, matcher)}
    assert ("PHONE", "O77OO 9OO461") in found and ("POSTCODE", "LAI 4QX") in found
    assert not any(value == "Olive" for _type, value in found)
