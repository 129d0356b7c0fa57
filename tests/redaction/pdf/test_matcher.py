from __future__ import annotations

import re

import pytest

from redaction.pdf.matcher import Matcher, Target, normalise, targets_from
from redaction.spans import Span


def found(targets: list[str], text: str, *, ocr: bool = False) -> list[str]:
    matcher = Matcher(targets_from(targets))
    return [text[hit.start : hit.end] for hit in matcher.find_targets(text, ocr=ocr)]


def test_normalise_drops_case_accents_space_and_punctuation() -> None:
    assert normalise("Zoë  Ł-ukasiewicz, 03/07/2016 ﬁ") == "zoełukasiewicz03072016fi"


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Mrs Margaret Thorn-\nbury called", "Margaret Thorn-\nbury"),
        ("MARGARET\u00adTHORNBURY", "MARGARET\u00adTHORNBURY"),
        ("Marg aret Thornbury", "Marg aret Thornbury"),
        ("DearMargaret Thornbury,", "Margaret Thornbury"),
    ],
)
def test_names_survive_splits_hyphenation_and_missing_spaces(text: str, match: str) -> None:
    assert found(["Margaret Thornbury"], text) == [match]


def test_numbers_match_in_any_separator_layout() -> None:
    assert found(["943 476 5919"], "NHS 943-476-5919 / 943.476.5919") == ["943-476-5919", "943.476.5919"]
    assert found(["03/07/2016"], "born 03.07.2016") == ["03.07.2016"]


def test_matches_start_and_end_at_word_boundaries() -> None:
    assert found(["Leo"], "Leo and Leonard met leo, but not cleo.") == ["Leo", "leo"]
    assert found(["Leo"], "Napoleon") == []
    assert found(["Lorem"], "sed dolore magna, Lorem ipsum") == ["Lorem"]
    assert found(["LS6 2QT"], "LS6 2QTX or LS6 2QT.") == ["LS6 2QT"]
    assert found(["Oliver"], "Oliver2 and OliverPennington, not Olivera") == ["Oliver", "Oliver"]
    assert found(["habibi"], "حَبيبي habibiحَبيبي") == ["habibi"]  # a change of script is a boundary


def test_ocr_folding_matches_confusable_characters() -> None:
    assert found(["07700 900461"], "Phone O77OO 9OO46l") == []
    assert found(["07700 900461"], "Phone O77OO 9OO46l", ocr=True) == ["O77OO 9OO46l"]


def test_known_identifiers_keep_their_type_and_duplicates_collapse() -> None:
    targets = targets_from(["Leo Whitfield"], {"PERSON": ["leo whitfield", "Sarah"], "PHONE": ["07700 900123"]})
    assert [(t.text, t.type, t.source) for t in targets] == [
        ("Leo Whitfield", "TERM", "term"), ("Sarah", "PERSON", "known"), ("07700 900123", "PHONE", "known"),
    ]
    assert Target.of(" - ", "TERM", "term") is None


def test_finders_report_spans_with_their_source() -> None:
    def finder(text: str) -> list[Span]:
        start = text.find("Oliver")
        return [Span(start, start + 6, "PERSON", 0.9, "model")] if start >= 0 else []

    matcher = Matcher([], finders=[("detector", finder)])
    hits = matcher.detect("Child: Oliver")
    assert [(h.start, h.end, h.type, h.source) for h in hits] == [(7, 13, "PERSON", "detector")]
    assert matcher.detect("nothing here") == [] and matcher.find_targets("Child: Oliver") == []


def test_long_keys_match_anywhere_like_an_outside_checker() -> None:
    assert found(["Margaret Thornbury"], "Mrs Margaret Thornburyand son") == ["Margaret Thornbury"]
    assert found(["943 476 5919"], "ref 19434765919") == ["9434765919"]


def test_blob_search_skips_short_keys_and_respects_boundaries() -> None:
    matcher = Matcher(targets_from(["Leo", "Thornbury"]))
    assert matcher.first_in_blob("xx THORNBURY xx") is not None
    assert matcher.first_in_blob("Leonard") is None
    assert matcher.first_in_blob("said Leo.") is not None
    assert matcher.first_in_blob("said Leo.", minimum_key=5) is None


def test_quad_containment_is_strict_and_follows_rotation() -> None:
    from redaction.pdf.geometry import Quad

    box = Quad.from_rect(0, 0, 10, 5)
    assert box.contains(5, 2) and not box.contains(10, 2) and not box.contains(0, 0) and not box.contains(11, 2)
    turned = Quad(((0, 0), (10, 10), (5, 15), (-5, 5)))
    assert turned.contains(0, 5) and not turned.contains(9, 2)
    assert box.padded(1).bounds == (-1, -1, 11, 6)


def test_the_finders_read_the_text_as_lines_and_unwrapped_and_their_hits_are_joined() -> None:
    seen: list[str] = []

    def finder(text: str) -> list[Span]:
        seen.append(text)
        spans = [Span(0, 4, "PERSON", 0.9, "model")]  # found in both readings: reported once
        at = text.find("born on 03")
        return spans + ([Span(at + 8, at + 18, "DATE_OF_BIRTH", 0.9, "pattern")] if at >= 0 else [])

    matcher = Matcher([], finders=[("detector", finder)])
    lined = "Anna was born on\n03/05/2015."
    hits = matcher.detect(lined, unwrapped=lined.replace("\n", " "))
    assert seen == [lined, lined.replace("\n", " ")]
    assert sorted((h.start, h.end, h.type) for h in hits) == [(0, 4, "PERSON"), (17, 27, "DATE_OF_BIRTH")]
    seen.clear()
    assert len(matcher.detect(lined, unwrapped=lined)) == 1 and seen == [lined]  # nothing wrapped: read once


def test_a_hit_only_the_broken_lines_show_next_to_a_wrap_is_left_out() -> None:
    from redaction.pdf.matcher import Matcher
    from redaction.spans import Span

    def line_starts(text: str) -> list[Span]:  # a detector that takes a capitalised word opening a line for a name
        found = []
        for match in re.finditer(r"(?m)^([A-Z][a-z]+)", text):
            found.append(Span(match.start(1), match.end(1), "PERSON", 0.9, "model"))
        for match in re.finditer(r"Dr [A-Z][a-z]+ [A-Z][a-z]+", text):
            found.append(Span(match.start(), match.end(), "PERSON", 0.9, "pattern"))
        return found

    matcher = Matcher([], finders=[("detector", line_starts)])
    text = "I live in Vilnius,\nLithuania, and Dr Anna\nNowak saw me.\nKaunas"
    wrap_one, wrap_two, real = (index for index, char in enumerate(text) if char == "\n")
    unwrapped = text[:wrap_one] + " " + text[wrap_one + 1:wrap_two] + " " + text[wrap_two + 1:]
    found = {text[h.start:h.end] for h in matcher.detect(text, unwrapped=unwrapped, wraps=(wrap_one, wrap_two))}
    assert "Lithuania" not in found  # opens a wrapped line: an artefact of the break
    assert "Dr Anna\nNowak" in found  # what the sentence as typed shows
    assert "Kaunas" in found  # after a real break: kept
    assert "Lithuania" in {text[h.start:h.end] for h in matcher.detect(text, unwrapped=unwrapped)}  # no wraps known


def test_a_hit_inside_a_wrapped_line_is_kept() -> None:
    from redaction.pdf.matcher import Matcher
    from redaction.spans import Span

    def dates(text: str) -> list[Span]:  # finds a record's date only when the record stands on its own line
        return [Span(m.start(1), m.end(1), "DATE_OF_BIRTH", 0.9, "pattern")
                for m in re.finditer(r"(?m)^\w+,\w+,(\d{4}-\d\d-\d\d),", text)]

    text = "A1,SMITH,2012-10-02,9,K,SEMH,J\nKaur"
    wrap = text.index("\n")
    found = Matcher([], finders=[("detector", dates)]).detect(text, unwrapped=text.replace("\n", " "), wraps=(wrap,))
    assert [text[h.start:h.end] for h in found] == ["2012-10-02"]
