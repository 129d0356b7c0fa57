"""A case's known identifiers as writers change them (known3): typing slips in names, a name word split in two,
other scripts, names run together in user names and e-mails, English short forms that are everyday words; numbers
a digit short, slipped, said in words or cut to the subscriber's part; references, NI numbers and postcodes in part;
eight-figure and Roman-month dates; house and flat numbers moved. Each with look-alikes that must stay."""

from __future__ import annotations

import pytest

from redaction.text import TextRedactor
from redaction.text.date_words import find_date_words
from redaction.text.known_forms import RunTogether, edit_distance, transliterated
from redaction.text.known_numbers import spoken_digits


@pytest.fixture(scope="module")
def redactor() -> TextRedactor:
    return TextRedactor()


def _found(redactor: TextRedactor, text: str, known: dict[str, list[str]]) -> list[str]:
    return [text[s.start:s.end] for s in redactor.detect(text, known=known, detectors=False)]


def _covered(redactor: TextRedactor, text: str, known: dict[str, list[str]], surface: str) -> bool:
    spans = redactor.detect(text, known=known, detectors=False)
    start = text.index(surface)
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(surface)) if text[i].isalnum())


def _touched(redactor: TextRedactor, text: str, known: dict[str, list[str]], surface: str) -> bool:
    spans = redactor.detect(text, known=known, detectors=False)
    start = text.index(surface)
    return any(s.start < start + len(surface) and start < s.end for s in spans)


def test_edit_distance_counts_a_swap_as_one_step_and_stops_past_its_bound() -> None:
    assert edit_distance("jmaes", "james", 1) == 1
    assert edit_distance("okafour", "okafor", 1) == 1
    assert edit_distance("greenhalg", "greenhalgh", 1) == 1
    assert edit_distance("jamie", "james", 1) == 2  # past the bound: bound + 1
    assert edit_distance("abcdefgh", "a", 2) == 3


@pytest.mark.parametrize(("text", "known", "surface"), [
    ("Bnejamin enjoyed the trip.", {"PERSON:child": ["Benjamin Achterberg"]}, "Bnejamin"),
    ("Mrs Achterburg rang the office.", {"PERSON:mother": ["Liesbeth Achterberg"]}, "Achterburg"),
    ("Letter to Mr Achterbeg.", {"PERSON:father": ["Willem Achterberg"]}, "Achterbeg"),
    ("ACHTERBERGG on the register.", {"PERSON:child": ["Benjamin Achterberg"]}, "ACHTERBERGG"),
    ("Kwame Mensahh was absent.", {"PERSON:child": ["Kwame Mensah"]}, "Mensahh"),
    ("Mrs Obasanjoe (mum) agreed.", {"PERSON:mother": ["Funmi Obasanjo-Adeyemi"]}, "Obasanjoe"),
])
def test_a_name_word_with_a_typing_slip_is_found(redactor: TextRedactor, text: str, known: dict[str, list[str]],
                                                 surface: str) -> None:
    assert _covered(redactor, text, known, surface)


@pytest.mark.parametrize(("text", "known", "surface"), [
    ("The Mansion House hosted the event.", {"PERSON:child": ["Kofi Mensah"]}, "Mansion"),  # a word
    ("Dear Mr Bennet, thank you.", {"PERSON:child": ["Kofi Sennet"]}, "Bennet"),  # another first letter
    ("Jake and Jane came.", {"PERSON:child": ["James Okafor"]}, "Jane"),  # two letters off a five-letter name
    ("Mrs Okafo.", {"PERSON:child": ["Ada Okafor"]}, "Mrs"),
])
def test_a_word_near_a_name_but_a_word_another_letter_or_further_stays(
        redactor: TextRedactor, text: str, known: dict[str, list[str]], surface: str) -> None:
    assert not _touched(redactor, text, known, surface)


def test_one_name_word_written_as_two_is_found(redactor: TextRedactor) -> None:
    text = "Abdul Karim Yusuf and Mr Mac Farlane attended."
    known = {"PERSON:child": ["Abdulkarim Yusuf"], "PERSON:father": ["Iain MacFarlane"]}
    assert _covered(redactor, text, known, "Abdul Karim Yusuf")
    assert _covered(redactor, text, known, "Mac Farlane")
    assert not _touched(redactor, text, known, "attended")


def test_a_name_in_cyrillic_or_greek_is_found() -> None:
    assert transliterated("Коваленко") == "Kovalenko"
    assert transliterated("Олександра") == "Oleksandra"
    assert transliterated("Γιώργος") == "Giorgos"


def test_a_name_in_cyrillic_is_found_against_its_latin_record(redactor: TextRedactor) -> None:
    text = "Підпис: Тарас Бондаренко, батько."
    known = {"PERSON:father": ["Taras Bondarenko"]}
    assert _covered(redactor, text, known, "Тарас Бондаренко")
    assert not _touched(redactor, text, known, "батько")


def test_a_name_run_together_in_a_user_name_handle_file_or_email(redactor: TextRedactor) -> None:
    known = {"PERSON:child": ["Nadia Achterberg"]}
    text = ("Shared with nadiaachterberg and achterberg.n; login nachterberg07; file Achterberg_Nadia_EHCP.docx; "
            "e-mail n.achterberg@example.org; @nadiaachterberg_mum. Other logins: admin, sencooffice.")
    assert _covered(redactor, "From @nadiaachterberg_mum on the app.", known, "nadiaachterberg")
    for surface in ("nadiaachterberg", "achterberg.n", "nachterberg07", "Achterberg_Nadia", "n.achterberg@example.org"):
        assert _covered(redactor, text, known, surface), surface
    assert not _touched(redactor, text, known, "admin")
    assert not _touched(redactor, text, known, "sencooffice")


def test_a_run_together_key_that_is_a_word_is_not_one() -> None:
    runs = RunTogether([("owner", ["Mark", "Smith"])])
    assert list(runs.find("he marks work")) == []
    assert [(s, e) for s, e, _, _ in runs.find("user mark.smith2")] == [(5, 16)]


def test_a_short_form_that_is_an_everyday_word_is_a_name_only_as_one_is_written(redactor: TextRedactor) -> None:
    known = {"PERSON:child": ["Arthur Dale"], "PERSON:mother": ["Patricia Holt"], "PERSON:sibling": ["Maximilian Berg"]}
    text = "Art came in; art lessons are his best. Pat said so; pat the dough. Max is 6; max 20 minutes."
    for surface in ("Art came", "Pat said", "Max is"):
        assert _covered(redactor, text, known, surface.split()[0])
    for surface in ("art lessons", "pat the", "max 20"):
        assert not _touched(redactor, text, known, surface), surface


def test_the_records_own_hyphened_part_keeps_its_any_case_reading(redactor: TextRedactor) -> None:
    text = "hiya its kyries mum again, can we talk"
    assert _covered(redactor, text, {"PERSON:child": ["Kyrie-Leigh Marsden"]}, "kyrie")


def test_digits_said_in_words() -> None:
    assert [d for _, _, d in spoken_digits("ring oh seven seven double oh nine double oh one two three")] \
        == ["07700900123"]
    assert list(spoken_digits("one or two of the seven")) == []


@pytest.mark.parametrize(("text", "known", "surface"), [
    ("Call 07700 90045 (one short).", {"PHONE": ["07700 900456"]}, "07700 90045"),
    ("Call 07700 900465 (swapped).", {"PHONE": ["07700 900456"]}, "07700 900465"),
    ("Home 496 0123.", {"PHONE": ["0113 496 0123"]}, "496 0123"),
    ("Text +44 7700 900 456.", {"PHONE": ["07700 900456"]}, "+44 7700 900 456"),
    ("Her number: oh seven seven double oh nine double oh four five six.", {"PHONE": ["07700 900456"]},
     "oh seven seven double oh nine double oh four five six"),
    ("NHS 450 557 7194 on the letter.", {"NHS_NUMBER": ["450 557 7104"]}, "450 557 7194"),
    ("ULN 12345b7890.", {"ULN": ["1234567890"]}, "12345b7890"),
    ("NI AB123456 on payroll.", {"NI_NUMBER": ["AB 12 34 56 D"]}, "AB123456"),
    ("Quote 2024/00312 please.", {"CASE_REF": ["LA/2024/00312"]}, "2024/00312"),
    ("Ref LA-2024-312.", {"CASE_REF": ["LA/2024/00312"]}, "LA-2024-312"),
    ("They live in LS12, near the park.", {"POSTCODE": ["LS12 3QT"]}, "LS12"),
    ("Sector LS12 3 only.", {"POSTCODE": ["LS12 3QT"]}, "LS12 3"),
    ("Sector LS12 3 is out.", {"POSTCODE": ["LS12 3QT"]}, "LS12 3"),
])
def test_a_known_number_changed_is_found(redactor: TextRedactor, text: str, known: dict[str, list[str]],
                                         surface: str) -> None:
    assert _covered(redactor, text, known, surface)


@pytest.mark.parametrize(("text", "known", "surface"), [
    ("Room 900, extension 4560.", {"PHONE": ["07700 900456"]}, "extension 4560"),
    ("Call 07700 900789 instead.", {"PHONE": ["07700 900456"]}, "07700 900789"),  # three digits off
    ("He needs vitamin B12 daily.", {"POSTCODE": ["B12 9AB"]}, "B12"),  # a one-letter area's code alone
    ("Their new postcode is LS12 4AB.", {"POSTCODE": ["LS12 3QT"]}, "LS12 4AB"),  # another postcode, same area
    ("Sector LS12 4 is theirs.", {"POSTCODE": ["LS12 3QT"]}, "LS12 4"),
    ("Ref 2023/00312 is another case.", {"CASE_REF": ["LA/2024/00312"]}, "2023"),  # "00312" alone is known.py's
    ("Score 123456 on the test.", {"NI_NUMBER": ["AB123456D"]}, "123456"),
])
def test_a_number_that_is_not_the_known_one_stays(redactor: TextRedactor, text: str, known: dict[str, list[str]],
                                                  surface: str) -> None:
    assert not _touched(redactor, text, known, surface)


def test_eight_figure_and_roman_month_dates() -> None:
    assert {d for _, _, d in find_date_words("DOB 20150722")} == {(22, 7, 2015)}
    assert (22, 7, 2015) in {d for _, _, d in find_date_words("ur. 22072015")}
    assert [d for _, _, d in find_date_words("ur. 22 VII 2015 r.")] == [(22, 7, 2015)]
    assert [d for _, _, d in find_date_words("22.vii.15")] == [(22, 7, 2015)]
    assert list(find_date_words("order 12345678 and tel 07700900")) == []


def test_a_known_birth_date_in_eight_figures_is_found_and_another_day_stays(redactor: TextRedactor) -> None:
    text = "DOB 20150722; export row 20150723."
    known = {"DATE_OF_BIRTH": ["22/07/2015"]}
    assert _covered(redactor, text, known, "20150722")
    assert not _touched(redactor, text, known, "20150723")


@pytest.mark.parametrize("surface", ["31, LARCH GROVE", "No. 31 Larch Grove", "6/5 Alder Ct", "5 Alder Court (Flat 6)",
                                     "Apt 6, 5 Alder Court", "5 Alder Ct, Flat 6", "31 Larch Grv"])
def test_house_and_flat_numbers_moved(redactor: TextRedactor, surface: str) -> None:
    known = {"ADDRESS": ["31 Larch Grove, Hexham", "Flat 6, 5 Alder Court, Morpeth"]}
    assert _covered(redactor, f"Address: {surface}.", known, surface)


def test_another_street_and_number_stay(redactor: TextRedactor) -> None:
    known = {"ADDRESS": ["31 Larch Grove, Hexham"]}
    text = "He walked to 12 Oak Road; Grove Lane is closed."
    assert _found(redactor, text, known) == []


def test_a_schools_or_addresss_own_word_with_a_slip_is_found_and_other_words_stay(redactor: TextRedactor) -> None:
    known = {"SCHOOL": ["Brookfield High School"], "ADDRESS": ["31 Larch Grove, Hexham"]}
    text = "He left Brookfeild High in May; they live on Larche Grove near Hexam. A brook ran by the high school."
    for surface in ("Brookfeild", "Larche", "Hexam"):
        assert _covered(redactor, text, known, surface), surface
    for surface in ("brook ran", "high school"):
        assert not _touched(redactor, text, known, surface), surface
