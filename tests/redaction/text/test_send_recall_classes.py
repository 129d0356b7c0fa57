"""Classes of SEND case text the detector missed or took wrongly: a word-name opening a sentence before a surname,
a title, a given name and a word-surname, a possessive typed without its apostrophe before a family word, business
units on industrial estates, nicknames in quotes, initials after a clerical title's name, dotted form labels, a
given name that is a word read whole from a field, statutory instrument numbers and words after a reference; each
with the look-alikes that must stay."""

from __future__ import annotations

import pytest

from redaction.text import detect
from redaction.text.code_shape import code_end
from redaction.text.propagate import initials_of
from redaction.text.recognizers.case_ref import statutory_instrument
from redaction.text.recognizers.person import UkPersonPatternRecognizer


def _covered(text: str, piece: str) -> bool:
    spans = detect(text)
    start = text.index(piece)
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(piece)) if text[i].isalnum())


def _touched(text: str, piece: str, at: int = 0) -> bool:
    start = text.index(piece, at)
    return any(s.start < start + len(piece) and start < s.end for s in detect(text))


def _person(text: str, piece: str) -> bool:
    start = text.index(piece)
    return any(s.type == "PERSON" and s.start <= start and start + len(piece) <= s.end for s in detect(text))


@pytest.mark.parametrize("text, name", [
    ("Will Kowalczyk came in after lunch.", "Will Kowalczyk"),  # a word-name opening a sentence, then a surname
    ("Hope Adeyemi-Okoro has settled well.", "Hope Adeyemi-Okoro"),
    ("The bus was late. May Szymanska arrived at ten.", "May Szymanska"),
])
def test_a_word_name_opening_a_sentence_goes_with_its_surname(text: str, name: str) -> None:
    assert _person(text, name)


@pytest.mark.parametrize("text, word", [
    ("Will Thompson attend the review?", "Will"),  # a question: the modal
    ("See Thompson (2019) on attachment.", "See"),  # a citation
    ("Can Thompson come on Friday?", "Can"),
])
def test_a_sentence_opener_that_asks_or_cites_stays(text: str, word: str) -> None:
    assert not _touched(text, word)


@pytest.mark.parametrize("text, name", [
    ("We rang Ms Blessing Sunday after the visit.", "Ms Blessing Sunday"),  # a day as a surname
    ("Copy to Mr Daniel Winter, caseworker.", "Mr Daniel Winter"),  # a season
])
def test_a_title_and_given_name_keep_a_word_surname(text: str, name: str) -> None:
    assert _covered(text, name)


@pytest.mark.parametrize("text, word", [
    ("I rang Mrs Taylor Monday morning.", "Monday"),  # "Taylor" is a surname first: Monday is the day
    ("Mr John Monday: please see below.", "Monday"),  # a label before its colon
])
def test_a_day_after_a_titled_surname_stays(text: str, word: str) -> None:
    assert not _touched(text, word)


@pytest.mark.parametrize("text, name", [
    ("spoke to frankies dad at the gate", "frankies"),
    ("ellies gran picks her up on fridays", "ellies"),
    ("rang jaxons mum, no answer", "jaxons"),  # a given name only the gazetteer holds
])
def test_a_possessive_without_its_apostrophe_before_a_family_word(text: str, name: str) -> None:
    assert _person(text, name)


@pytest.mark.parametrize("text, word", [
    ("the girls mum came in", "girls"),
    ("the mans dad was there and the ladys mum", "mans"),
    ("other kids dad shouted", "kids"),
])
def test_a_noun_before_a_family_word_stays(text: str, word: str) -> None:
    assert not _touched(text, word)


@pytest.mark.parametrize("text, address", [
    ("He works at Unit 14, Bradley Ind Est these days.", "Unit 14, Bradley Ind Est"),
    ("Invoices to Units 2-3 Westgate Trading Estate, Leek", "Units 2-3 Westgate Trading Estate"),
    ("The taxi office is at Unit 6B Calder Business Park, Brighouse.", "Unit 6B Calder Business Park, Brighouse"),
])
def test_business_units_are_addresses(text: str, address: str) -> None:
    assert _covered(text, address)
    assert not any(s.type == "PERSON" and text[s.start : s.end].startswith("Park") for s in detect(text))


@pytest.mark.parametrize("text, word", [
    ("In Unit 4 of the science scheme they grow cress.", "Unit 4"),
    ("The base runs a Unit 1 award in cooking.", "Unit 1"),
])
def test_a_course_unit_stays(text: str, word: str) -> None:
    assert not _touched(text, word)


@pytest.mark.parametrize("text, pieces", [
    ('Thomas "Tommo" Briggs is in Year 6.', ["Thomas", "Tommo", "Briggs"]),
    ("Mrs Margaret 'Peggy' Olsen rang.", ["Margaret", "Peggy", "Olsen"]),
    ("He prefers to be known as 'Kwame' in class.", ["Kwame"]),
    ('"Frankie" stayed in at lunch.', ["Frankie"]),
])
def test_nicknames_in_quotes_are_found(text: str, pieces: list[str]) -> None:
    assert all(_covered(text, piece) for piece in pieces)


@pytest.mark.parametrize("text", [
    'He calls the quiet room "the cave" and his timer "Bleep".',  # no given name in quotes
    'Staff call it "Quiet Time" after lunch.',
])
def test_quoted_words_that_are_no_names_are_no_nickname(text: str) -> None:
    found = [text[s.start : s.end] for s in UkPersonPatternRecognizer().find(text)]
    assert found == []


def test_initials_after_a_clerical_name_are_that_person() -> None:
    assert "PG" in initials_of("Revd Canon Peter Gittins")
    text = "Governors: Revd Canon Peter Gittins (PG), Mrs Ann Lowe (AL)\nPG asked about the support plan."
    assert any(s.type == "PERSON" and s.start == text.rindex("PG") for s in detect(text))


def test_a_dotted_form_label_reads_its_value() -> None:
    text = "Name................: MORRIS, Kai\nAlso known as.......: KJ\nGender..............: M"
    assert _covered(text, "KJ")


def test_a_word_given_name_read_whole_is_found_again() -> None:
    text = ("Pupil: Autumn Haworth    Year 2\n\nAutumn has settled well this year. In the Autumn term she "
            "joined the choir. We will review in June. It was lovely to teach Autumn this year.")
    people = {s.start for s in detect(text) if s.type == "PERSON"}
    assert text.index("Autumn has") in people
    assert text.rindex("Autumn") in people
    assert not _touched(text, "Autumn term")
    assert not _touched(text, "June")


@pytest.mark.parametrize("text", [
    "Ref 2015/62 of the SI sets the timescales.",
    "under the Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)",
    "The Equality Act 2010 (Specific Duties) Regulations, S.I. 2011/2260, apply.",
])
def test_statutory_instrument_numbers_stay(text: str) -> None:
    number = next(w.strip("(),.") for w in text.split() if "/" in w)
    assert not _touched(text, number)


def test_a_reference_that_is_no_statutory_instrument_is_found() -> None:
    assert _covered("Our ref: 2019/5521 – please quote it.", "2019/5521")
    assert not statutory_instrument("Our ref: 2019/5521", 9, 18)


def test_a_lower_case_word_after_a_spaced_dash_is_no_part_of_a_code() -> None:
    text = "Your ref: 2023/0071 - thanks"
    assert code_end(text, 10, len(text)) == 19
    assert not _touched(text, "thanks")
    assert code_end("SEN / 2231 / KH", 0, 15) == 15  # capitals joined by spaced slashes are the code's


@pytest.mark.parametrize("text, name", [
    ("ok thats fine. see you at 3. kerry x", "kerry"),  # a message signed off with kisses
    ("hiya its megan. she had a bad night", "megan"),  # the writer's "it's"
    ("brilliant thank you so much tara.", "tara"),  # thanks closing the sentence
])
def test_lower_case_messages_sign_their_names(text: str, name: str) -> None:
    assert _person(text, name)


@pytest.mark.parametrize("text, word", [
    ("see you then\nlove x", "love"),  # an endearment
    ("thanks so much hun.", "hun"),
    ("its raining again. its late.", "raining"),
])
def test_endearments_and_words_in_messages_stay(text: str, word: str) -> None:
    assert not _touched(text, word)


def test_a_given_name_keeps_its_surname_initial_closing_a_bracket() -> None:
    assert _covered("Parent view (Nadia R)\nShe wants a specialist place.", "Nadia R")
    assert not _touched("We chose Plan B, then Option C.", "Plan B")


def test_a_bilingual_role_in_brackets_cues_the_name_before_it() -> None:
    assert _covered("Cyswllt / Contact: Ng Mei Ling (mam-gu / grandmother), 07700 900 118", "Ng Mei Ling")


def test_staff_codes_keyed_to_names_are_those_people() -> None:
    text = ("Mon | En E3 LWA | Sc L2 PJO | Hi H1 DKE\nTue | Ma S1 PJO | RE H2 LWA\n\nStaff key\n"
            "LWA  Ms Lucy Walsh (English)\nPJO  Mr Paul Jones (science)\nDKE = Dr D. Kenyon")
    people = {text[s.start : s.end] for s in detect(text) if s.type == "PERSON"}
    assert {"LWA", "PJO", "DKE"} <= people
    assert not _touched(text, "RE H2")  # a subject's code keyed to no name


def test_a_code_after_a_name_in_brackets_is_that_person() -> None:
    text = "Tutor: Mrs K. Osei (KOS)\nPeriod 5: tutor time with KOS"
    assert any(s.type == "PERSON" and s.start == text.rindex("KOS") for s in detect(text))
    assert not _touched("Key: SEN = Special Educational Needs\nPE   Physical Education", "SEN")


def test_a_signature_name_stops_at_its_line() -> None:
    text = "Kind regards,\nTegwen\nAdvisory Teacher (Hearing)"
    assert _covered(text, "Tegwen")
    assert not _touched(text, "Advisory")


def test_a_team_in_an_address_field_is_no_person() -> None:
    assert not _touched("From: Dana Ruiz <d.ruiz@x.org>\nTo: SEND Casework\nSubject: review", "SEND Casework")


def test_a_collegiate_is_a_school() -> None:
    text = "He has a place at Cardinal Newman Catholic Collegiate."
    assert any(s.type == "SCHOOL" and text[s.start : s.end].endswith("Collegiate") for s in detect(text))


def test_a_job_title_under_a_signature_is_no_name() -> None:
    text = "Yours sincerely\n\nMegan Pryce\nPersonal Budgets Officer, Powys County Council"
    assert _covered(text, "Megan Pryce")
    assert not _touched(text, "Personal Budgets")


def test_a_department_under_a_signature_is_no_name() -> None:
    text = "Thanks for your patience.\n\nKind regards,\nOkonkwo Briggs\nHuman Resources"
    assert _covered(text, "Okonkwo Briggs")
    assert not _touched(text, "Human Resources")


@pytest.mark.parametrize("text, address", [
    ("Mr Tom Lee\nPlot 7, Greenfields Site, Mill Lane\nLeek", "Plot 7, Greenfields Site, Mill Lane"),  # a Traveller site
    ("They stay on Pitch 3, Sandy Bay Caravan Park, Exmouth.", "Pitch 3, Sandy Bay Caravan Park"),
    ("Mrs A Cohen\nFlat C\n41 Stamford Hill\nLondon", "Flat C\n41 Stamford Hill"),  # a flat by its letter
])
def test_plots_pitches_and_lettered_flats_are_addresses(text: str, address: str) -> None:
    assert _covered(text, address)
    assert not any(s.type == "PERSON" and "\n" in text[s.start : s.end] for s in detect(text))


@pytest.mark.parametrize("text, word", [
    ("We read plot 3 of the novel. Plot 9 of the allotments is the class's.", "Plot 9"),
    ("Flat B is the answer to question 4.", "Flat B"),
])
def test_plots_and_flats_that_are_no_address_stay(text: str, word: str) -> None:
    assert not _touched(text, word)
