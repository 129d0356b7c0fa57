"""Known identifiers changed as writers change them (known2 work): diminutives of other languages, transliterations,
OCR'd letters and plurals of a name's words (known_forms.py); a listed nickname with the person's surname; a title
with the surname's initials; dates in words, in Welsh, Polish and other months, read from a scan, or as a birthday
in figures after a cue (date_words.py); schools by a short name, an acronym or "&"; addresses with a cut-short
word or a hyphened town; e-mails broken over a line. Rows that must be found whole, and rows that must stay."""

from __future__ import annotations

import pytest

from redaction.text import detect
from redaction.text.date_words import find_date_words, ocr_digits
from redaction.text.known_forms import diminutives, ocr_key, sound_key


def covered(text: str, mention: str, known: dict[str, list[str]]) -> bool:
    start = text.index(mention)
    spans = detect(text, known=known, detectors=False)
    return all(any(s.start <= i < s.end for s in spans)
               for i in range(start, start + len(mention)) if text[i].isalnum())


def touched(text: str, mention: str, known: dict[str, list[str]]) -> bool:
    start = text.index(mention)
    return any(s.start < start + len(mention) and start < s.end for s in detect(text, known=known, detectors=False))


@pytest.mark.parametrize(
    ("known", "text", "mention"),
    [
        # diminutives of other languages, and a Yoruba or Igbo name cut to its end
        ({"PERSON:child": ["Wojciech Nowicki"]}, "Wojtek was tired after swimming.", "Wojtek"),
        ({"PERSON:child": ["Ekaterina Volkova"]}, "Katya has joined the nurture group.", "Katya"),
        ({"PERSON:child": ["Oluwafemi Adeyemi"]}, "Femi settled quickly this term.", "Femi"),
        ({"PERSON:child": ["Chukwudi Eze"]}, "Dad says Di sleeps badly; Chukwudi's mum agrees.", "Chukwudi"),
        # transliterations: the same consonants, other vowels and doubled letters
        ({"PERSON:child": ["Mohammed Hussain"]}, "Report for Muhammad Hussein, Year 5.", "Muhammad Hussein"),
        ({"PERSON:parent": ["Yusuf Chaudhry"]}, "Spoke with Mr Youssef Choudhury by phone.", "Youssef Choudhury"),
        ({"PERSON:child": ["Dmitri Sokolov"]}, "Dmitry started on Monday.", "Dmitry"),
        # OCR'd letters and plurals
        ({"PERSON:child": ["Jarosław Kamiński"]}, "Re: Jarosław Karniński (scan)", "Karniński"),
        ({"PERSON:child": ["Olek Wróbel"]}, "Pupil: 0lek Wrobel", "0lek"),
        ({"PERSON:child": ["Maja Szczepańska"]}, "The Szczepańskas moved in May.", "Szczepańskas"),
        # a listed nickname with the surname, and after a title the surname's initials
        ({"PERSON:parent": ["Bogumiła Nowicka", "Bogna"]}, "From: Bogna N <bn@example.com>", "Bogna N"),
        ({"PERSON:parent": ["Rhian Lloyd-Evans"]}, "Mrs L-E asked for the minutes.", "L-E"),
        # dates of birth in words, other languages, a scan's letters, a birthday in figures
        ({"DATE_OF_BIRTH": ["2015-06-02"]}, "born on the second of June two thousand and fifteen", "second of June two thousand and fifteen"),
        ({"DATE_OF_BIRTH": ["2015-06-02"]}, "Dyddiad geni: 2 Mehefin 2015", "2 Mehefin 2015"),
        ({"DATE_OF_BIRTH": ["2015-06-02"]}, "ur. 2 czerwca 2015 r. w Gdańsku", "2 czerwca 2015"),
        ({"DATE_OF_BIRTH": ["2015-06-02"]}, "DOB O2/O6/2Ol5 (poor copy)", "O2/O6/2Ol5"),
        ({"DATE_OF_BIRTH": ["2015-06-02"]}, "her birthday is 2/6 so cake on Friday", "2/6"),
        # schools by a short name, an acronym, "&"
        ({"SCHOOL": ["St Aidan's Catholic Primary School"]}, "He moved from St Aidan's in Year 2.", "St Aidan's"),
        ({"SCHOOL": ["King Edward's Grammar School"]}, "Offered a place at KEGS.", "KEGS"),
        ({"SCHOOL": ["Ysgol Gynradd Pen y Bryn"]}, "Visited Pen y Bryn on Monday.", "Pen y Bryn"),
        ({"SCHOOL": ["Hollybank Specialist School"]}, "Hollybank Academy sent the report.", "Hollybank Academy"),
        ({"SCHOOL": ["Oakridge Infant and Nursery School"]}, "Oakridge Infant & Nursery School", "Oakridge Infant & Nursery School"),
        # a plural possessive, an apostrophe written as a space, a US date where the UK reading is no date
        ({"PERSON:child": ["Maja Szczepańska"]}, "the Szczepańskas' dog", "Szczepańskas'"),
        ({"PERSON:parent": ["Siobhán O'Dowd"]}, "Ms O Dowd rang.", "O Dowd"),
        ({"DATE_OF_BIRTH": ["2015-06-22"]}, "DOB (US form): 06/22/2015", "06/22/2015"),
        # the record's given name before another surname: the person named otherwise
        ({"PERSON:child": ["Saoirse Nic Giolla"]}, "(also Saoirse Gilley on the old roll)", "Saoirse Gilley"),
        # addresses, e-mails, an e-mail's own part as a handle
        ({"EMAIL": ["bogna.nowicka81@example.com"]}, "Teams: bogna.nowicka81 joined", "bogna.nowicka81"),
        ({"ADDRESS": ["Ivy Cottage, Church Lane, Newcastle"]}, "Home: Ivy Cott., Church Ln, Newcastle-upon-Tyne",
         "Ivy Cott., Church Ln, Newcastle-upon-Tyne"),
        ({"EMAIL": ["bogna.nowicka@example.com"]}, "reply to bogna.now\nicka@example.com please", "bogna.now\nicka@example.com"),
    ],
)
def test_changed_forms_of_known_values_are_found(known: dict[str, list[str]], text: str, mention: str) -> None:
    assert covered(text, mention, known), (text, mention)


@pytest.mark.parametrize(
    ("known", "text", "mention"),
    [
        ({"DATE_OF_BIRTH": ["2015-06-02"]}, "Review held on 2 czerwca 2024.", "2 czerwca 2024"),  # another year
        ({"DATE_OF_BIRTH": ["2015-06-02"]}, "She scored 2/6 on the spelling test.", "2/6"),  # a score, no cue
        ({"DATE_OF_BIRTH": ["2015-06-02"]}, "the second of June two thousand and twenty", "second of June"),
        ({"PERSON:child": ["Mohammed Hussain"]}, "The Mayhem Husky show.", "Husky"),  # an English word, not a name
        ({"SCHOOL": ["Lakeside Special School"]}, "a lakeside walk", "lakeside"),  # a word, written as one
        ({"PERSON:parent": ["Rhian Lloyd-Evans"]}, "L-E shaped room", "L-E"),  # initials without a title
        ({"PERSON:child": ["Saoirse Nic Giolla"]}, "Saoirse Said Thanks", "Said"),  # words after the given name
        ({"DATE_OF_BIRTH": ["2015-04-06"]}, "Letter of 04/06/2015.", "04/06/2015"),  # UK reading stands: 4 June
    ],
)
def test_look_alikes_of_known_values_stay(known: dict[str, list[str]], text: str, mention: str) -> None:
    assert not touched(text, mention, known), (text, mention)


def test_keys_forget_what_writers_change() -> None:
    assert sound_key("Mohammed") == sound_key("Muhammad") == sound_key("Mohamed")
    assert sound_key("Aleksandr") == sound_key("Alexander") == sound_key("Oleksandr")
    assert sound_key("Chaudhry") == sound_key("Chowdhury")
    assert ocr_key("Kaczrnarczyk") == ocr_key("Kaczmarczyk") and ocr_key("WiIliams") == ocr_key("Williams")
    assert "Seun" in diminutives("Oluwaseun") and "Gosia" in diminutives("Małgorzata")


def test_date_words_read_day_month_and_year() -> None:
    assert [d for _, _, d in find_date_words("the twenty-first of May, twenty eleven")] == [(21, 5, 2011)]
    assert [d for _, _, d in find_date_words("ar yr 21ain o Fawrth")] == [(21, 3, None)]
    assert list(find_date_words("14 marca '26")) == []
    assert ocr_digits("14/O3/2O11") == "14/03/2011" and ocr_digits("Olive") == "Olive"


@pytest.mark.parametrize(
    ("known", "text", "name"),
    [
        # the span is the name, the possessive stays in the text ("Child 1's new TA"), however the name is matched
        ({"PERSON:parent": ["Sarah Whitfield"], "PERSON:child": ["Leo Whitfield"]},
         "Sarah rang: Leo Whitfield's new TA starts Monday.", "Leo Whitfield"),
        ({"PERSON:child": ["Saoirse Nic Giolla"]}, "Saoirse Gilley's coat was found.", "Saoirse Gilley"),
    ],
)
def test_a_known_name_stops_before_its_possessive(known: dict[str, list[str]], text: str, name: str) -> None:
    start = text.index(name)
    spans = {(s.start, s.end) for s in detect(text, known=known, detectors=False)}
    assert (start, start + len(name)) in spans, (spans, text)
