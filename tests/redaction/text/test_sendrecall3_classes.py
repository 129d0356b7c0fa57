"""The sendrecall3 classes: a name a scan misread ("Ke1ly", "Ernrna"), a nickname in brackets or quotes and the surname
after it ("Mohammed (Mo) Rahman"), a first name alone on a message's last line after a dash ("- bex x"), a chat
speaker's name repeated in the messages in lower case ("ok thanks sadia", "dawn you left your brolly"), and a word
in a table's surname column ("Castle" under "Surname"); beside each, the look-alike that stays."""

from __future__ import annotations

import pytest
from row_checks import touched

from redaction.text import detect
from redaction.text.recognizers.ocr_name import read_back
from redaction.text.recognizers.speaker import UkSpeakerRecognizer


def _person(text: str, word: str, context: str | None = None) -> bool:
    start = text.index(context or word) + (context.index(word) if context else 0)
    return any(s.type == "PERSON" and s.start <= start and start + len(word) <= s.end for s in detect(text))


def _touched(text: str, word: str) -> bool:
    return touched([(s.start, s.end) for s in detect(text)], text, word)


@pytest.mark.parametrize(("word", "name"), [("Ke1ly", "Kelly"), ("0liver", "Oliver"), ("Danie1", "Daniel"),
                                            ("Ernrna", "Emma"), ("Hurnphreys", "Humphreys"), ("WiIliams", "Williams"),
                                            ("J0hn", "John"), ("Mo1ly", "Molly")])
def test_a_misread_name_reads_back(word: str, name: str) -> None:
    assert read_back(word) == name


@pytest.mark.parametrize("word", ["Wi11", "Schoo1", "Barnes", "Bernard", "Learning", "McIntyre", "LinkedIn", "SO15",
                                  "Y10", "Cornwall", "Stern"])
def test_words_codes_and_names_as_written_stay(word: str) -> None:
    assert read_back(word) is None


def test_a_misread_name_in_a_scan_is_found_with_its_surname() -> None:
    text = "Parent/carer: see over\nThe assessment of Ke1ly Marsh was completed in Schoo1 on 14/05/2024."
    assert _person(text, "Ke1ly Marsh")
    assert not _touched(text, "Schoo1")


@pytest.mark.parametrize(("text", "names"), [
    ("Mohammed (Mo) Rahman attended with dad.", ["Mo", "Rahman"]),
    ("Present: mum Memory, dad Tafadzwa (\"Taffy\"), big sister Blessing", ["Taffy"]),
    ("Elizabeth ('Lizzie') Grant, Year 3", ["Lizzie", "Grant"]),
])
def test_a_nickname_and_the_surname_after_it(text: str, names: list[str]) -> None:
    for name in names:
        assert _person(text, name), name


def test_a_role_or_a_year_in_brackets_stays() -> None:
    text = "Ruth Hale (Chair) opened the meeting. Leo (Year 5) joined."
    assert not _touched(text, "Chair")
    assert not _touched(text, "Year 5")


@pytest.mark.parametrize(("text", "name"), [("thanks for everything today\n- bryony", "bryony"),
                                            ("See you there.\n\n-- Ffion", "Ffion"),
                                            ("Thanks\n- Tom", "Tom"), ("love\n~ jules x", "jules")])
def test_a_first_name_alone_after_a_dash_signs_the_message(text: str, name: str) -> None:
    assert [text[s.start:s.end] for s in UkSpeakerRecognizer().find(text)] == [name]


@pytest.mark.parametrize("text", ["shopping\n- apples\n- bananas", "bring:\n- coat", "ok\n- admin",
                                  "Actions\n- Chase", "notes\n- done"])
def test_a_list_item_or_a_log_voice_after_a_dash_stays(text: str) -> None:
    assert list(UkSpeakerRecognizer().find(text)) == []


def test_a_speaker_repeated_in_lower_case() -> None:
    text = "Naveed: has the taxi come?\nBeth: no worries naveed x\nNaveed: ok thanks"
    assert _person(text, "naveed")


def test_a_speaker_whose_name_is_a_word_called_by_name() -> None:
    text = ("[02/04/2025, 19:04] Dawn Featherstone: yes me and Bilal went\n"
            "[02/04/2025, 20:02] Bilal: dawn you left your brolly in my car\n"
            "[02/04/2025, 20:05] Dawn Featherstone: up at dawn again lol")
    assert _person(text, "dawn", "dawn you left")
    assert not _touched(text, "dawn again")


def test_a_word_in_a_surname_column_is_a_name() -> None:
    text = "Surname,Forename,Form\nHunt,Lacey,9F\nCastle,Jude,9F"
    assert _person(text, "Castle")
