"""Codes a few words after a reference cue, codes before their register's name, user names a few words after a
platform, and reference columns named by their register: rows that must be found, rows that must stay (with the
reason each stays). Rows written for these tests; none is a held-back row of ``benchmarks/ids_heldback``."""

from __future__ import annotations

import pytest

from redaction.text.code_shape import code_shaped
from redaction.text.recognizers import UkCuedCodeRecognizer, UkSocialHandleRecognizer
from redaction.text.table_vocabulary import header_kind

NOT_IDS = {"PERSON", "LOCATION", "ADDRESS", "SCHOOL", "DATE", "DATE_OF_BIRTH", "TERM"}


def cued(text: str) -> list[str]:
    return [text[s.start : s.end] for s in UkCuedCodeRecognizer().find(text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("they gave me a case number - 00771342", "00771342"),  # words between the cue and the code
        ("I've got a reference now, it's 99120-KL", "99120-KL"),
        ("the case number they gave me is 7731-229", "7731-229"),
        ("RiO 3310092", "3310092"),  # a register's name stands for its number
        ("PO 4500229910", "4500229910"),
        ("CAD 0993/14JAN", "0993/14JAN"),
        ("DBS number 0012 4491 8820", "0012 4491 8820"),  # read out in groups
        ("Ref no - 44 1902 77", "44 1902 77"),
        ("booking ref QX7T2M", "QX7T2M"),  # letters and digits mixed
        ("Job number: 2290114", "2290114"),
        ("logged as CAD 2231 on the night", "2231"),  # after a register's own name four digits are enough
        ("SENDIST appeal 24-00771", "24-00771"),  # a noun a code follows directly
        ("Ticket 44819 for the bus pass", "44819"),
        ("ID: 4471203", "4471203"),
        ("Child 4471092 (Mosaic) was seen", "4471092"),  # the register's name after the code
        ("ref 55/1988/CP (case ref)", "55/1988/CP"),
        ("the appeal number is SE 771 24 00912.", "SE 771 24 00912"),  # a capital prefix set apart
        ("hospital no BCH 2093317)", "BCH 2093317"),  # a prefix before one run of digits
        ("Ruby's hospital number is H U 7 7 0 3 2 1 8, please bring it", "H U 7 7 0 3 2 1 8"),  # read out one by one
        ("Driver: Kamal Mistry (badge LCC-D-0782)", "LCC-D-0782"),  # a transport escort's or driver's badge
        ("Passenger assistant: Blessing Mutasa, badge PA 22984", "PA 22984"),
        ("Route: HTS-114   Operator: Castle Cabs Ltd", "HTS-114"),  # a school transport contract's route code
        ("Llwybr / Route: SCH-217   Cwmni / Operator", "SCH-217"),
        ("Ms Thambirajah (DBS certificate 001784512209, issued 11/11/2024)", "001784512209"),
        ("no number, check CRM ADV-118203", "ADV-118203"),
    ],
)
def test_codes_after_their_cue_are_found(text: str, code: str) -> None:
    assert code in cued(text)


@pytest.mark.parametrize(
    "text",
    [
        "With reference to paragraph 9.69 of the Code.",  # a decimal: the first number is no code
        "With reference to your letter of 12 March 2024.",  # a date
        "Case number to follow in 2 weeks.",  # a count
        "The case was heard on 03/04/2024.",
        "Ref to Section 20",  # too few digits
        "ref the £1,250 invoice",  # money
        "Our reference number is on page 22041.",  # a page is no register
        "the reference group meets at 10:30",  # a time
        "Complaint about the 2023/24 transport",  # an academic year
        "the crime figures for 2019-2020",  # a span of years
        "The reference ISBN 978-0-14-103614-4",  # a book's number
        "PO Box 1234",  # a box, not a purchase order
        "take route A614 to Newark",  # a road after "route"
        "officer CPr   route GOR-14   cost band C",  # a timetable's line: fewer than three digits
        "the bus route 77 goes past the school",  # a bus route's number is no code
        "our ref SEN 2024 review is next week",  # a year after a capital word is no code
        "his badge 12 for swimming",  # too few digits
        "RiO shows 3 appointments",
        "Order: 500mg twice daily",  # a dose
        "order 3 copies of the EHCP",
        "Mosaic is down today, will add case notes later",
        "Please quote our reference. Call 0161 496 0018 first.",  # the sentence ends before the number
        "Number on SIMS is 020 7946 0812",  # a telephone number is the telephone recognizers' to type
        "a job with 37.5 hours",
        "photo ID 2 forms",  # a count after "ID"
        "his ID 2014",  # a year
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert cued(text) == []


def test_a_cue_does_not_reach_past_its_window() -> None:
    assert cued("Our ref: see the letter we sent you about the meeting, 55012") == []


def test_registers_keep_their_types() -> None:
    types = {s.type for s in UkCuedCodeRecognizer().find("RiO 3310092")}
    assert types == {"HOSPITAL_NUMBER"}
    types = {s.type for s in UkCuedCodeRecognizer().find("Mosaic no 2290013")}
    assert types == {"SOCIAL_CARE_ID"}
    types = {s.type for s in UkCuedCodeRecognizer().find("PO 4500229910")}
    assert types == {"CASE_REF"}


@pytest.mark.parametrize(
    ("token", "shaped"),
    [("00771342", True), ("99120-KL", True), ("QX7T2M", True), ("K884 1093", True), ("0993/14JAN", True),
     ("2024", False), ("2023/24", False), ("12/03/2024", False), ("10:30", False), ("500mg", False),
     ("40dB", False), ("Y6", False), ("SEN2", False), ("3rd", False), ("9780141036144", False)],
)
def test_code_shape(token: str, shaped: bool) -> None:
    assert code_shaped(token) is shaped


def handles(text: str) -> list[str]:
    return [text[s.start : s.end] for s in UkSocialHandleRecognizer().find(text)]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Mum is on facebook as tracey.holt.96", "tracey.holt.96"),
        ("on snapchat he calls himself kai_b_2009", "kai_b_2009"),
        ("his xbox gamertag is Kn1ghtRider77", "Kn1ghtRider77"),
        ("IG - maisie.rose_09", "maisie.rose_09"),
        ("set work at home via Google Classroom - his login is dlivingstone-clarke21.", "dlivingstone-clarke21"),
        ('On Snapchat, user "tyler_w2011" (Tyler) shared it', "tyler_w2011"),  # quoted, after "user"
        ("Discord name: kerridge#4471", "kerridge#4471"),  # a Discord tag with its number
    ],
)
def test_user_names_a_few_words_after_a_platform(text: str, handle: str) -> None:
    assert handle in handles(text)


@pytest.mark.parametrize(
    "text",
    [
        "on Instagram at 7.30pm",  # a time
        "he's on snapchat most nights till 11",
        "she posts on TikTok about Year 9",
        "Snapchat: she uses it a lot",
        "facebook.com is blocked at school",  # the site, not a user
        "messaged on Instagram about the visit.Then she left",  # words run together
        "Apologies: SEND Officer - comments sent by e-mail.",  # a hyphenated word, not a user name
        "the user is well-being. Posted by year-group staff.",
    ],
)
def test_platform_words_keep_ordinary_text(text: str) -> None:
    assert handles(text) == []


@pytest.mark.parametrize(
    ("header", "kind"),
    [("Mosaic", "CASE_REF"), ("RiO no", "CASE_REF"), ("Student number", "CASE_REF"), ("DBS cert no", "CASE_REF"),
     ("PO number", "CASE_REF"), ("Claim No.", "CASE_REF"),
     ("PPS", "CASE_REF"), ("PESEL", "CASE_REF"), ("Passport no", "CASE_REF"), ("Personal number", "CASE_REF"),
     ("ID number", "CASE_REF"), ("Passport", None), ("Personal", None),  # "Passport | Yes" holds no number
     ("No", "OTHER"), ("Number", "OTHER"), ("Year", "OTHER"), ("Class", "OTHER"), ("Reg", None)],
)
def test_register_columns(header: str, kind: str | None) -> None:
    assert header_kind(header) == kind


@pytest.fixture(scope="module")
def detector():  # type: ignore[no-untyped-def]
    from redaction.text.detector import Detector

    return Detector(load_model=False)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Name | Year | Mosaic\nA. K. | 9 | 2290173", "2290173"),  # a column named by its register
        ("Pupil,RiO no,Need\nJ.,4471902,SEMH", "4471902"),
        ("Ref: letter of 3 May, ours 4471/JK", "4471/JK"),  # a reference label over a phrase: its code only
    ],
)
def test_the_detector_finds(detector, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    start = text.index(code)
    spans = [s for s in detector.detect(text) if s.type not in NOT_IDS]
    assert all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(code)))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Reference: 12/03/2024", "12/03/2024"),  # a date under a reference label
        ("Ref: your email of 14/02/2025", "your email"),
        ("case ref: see letter dated 01/02/2024", "see letter"),
        ("Ref: SEN2 return", "SEN2"),  # no token with three digits under the label
        ("Ref: F84.0", "F84.0"),  # a diagnosis code
    ],
)
def test_the_detector_keeps(detector, text: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    start = text.index(kept)
    end = start + len(kept)
    assert not [s for s in detector.detect(text) if s.type not in NOT_IDS and s.start < end and start < s.end]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("PPS No. 8765432KA", "8765432KA"),  # other countries' personal numbers after their name
        ("her PPSN: 2345678FA", "2345678FA"),
        ("PESEL 14230512345", "14230512345"),
        ("NIE number X1234567L (Spanish)", "X1234567L"),
        ("Passport no. 552198734", "552198734"),
        ("ID number (social care): 3302917", "3302917"),  # an aside in brackets between the cue and the code
        ("Case ID (Mosaic) - 7781220", "7781220"),
    ],
)
def test_personal_numbers_and_asides(text: str, code: str) -> None:
    assert code in cued(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nie 2024 roku",  # Polish "not", a year: lower-case "nie" is no register
        "passport photos (2 copies) needed",  # a count after the aside
        "ID number (see the letter of 12/03/2024)",  # a date in the aside, nothing after it
    ],
)
def test_personal_number_cues_keep_ordinary_text(text: str) -> None:
    assert cued(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("RE: Tribunal appeal EH870/24/00019 - bundle", "EH870/24/00019"),  # a subject line's words after a dash
        ("Fwd: Your ref KJ/5521 - meeting", "KJ/5521"),
        ("ref 99120 - KL for the claim", "99120 - KL"),  # capitals after a spaced dash belong to the code
    ],
)
def test_a_spaced_dash_ends_a_code_before_a_word(detector, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert code in [text[s.start : s.end] for s in detector.detect(text)]


@pytest.mark.parametrize(
    ("text", "kept", "code"),
    [
        ("Ref: SEND Code of Practice 2015, para 9.2", "Code of Practice", None),  # a reference label over a citation
        ("Ref: Letter dated 12/03/2024", "Letter dated", None),
        ("Ref: EHC Plan 2024/118", "EHC Plan", "2024/118"),  # only the code of a phrase under the label
        ("Ref: Smith Family SW 4471", "Family", "4471"),  # four digits under a reference label
    ],
)
def test_a_reference_labels_prose_stays(detector, text: str, kept: str, code: str | None) -> None:  # type: ignore[no-untyped-def]
    ids = [(s.start, s.end) for s in detector.detect(text) if s.type not in NOT_IDS]
    a = text.index(kept)
    assert not any(s < a + len(kept) and a < e for s, e in ids)
    if code is not None:
        assert code in [text[s:e] for s, e in ids]


# Round 3 (dob_ref): any noun with "number"/"no."/"ID" after it is a cue when the code follows at once (what a
# register numbers is an open class), unless the noun names a telephone, a place, a document's part, a product, an
# organisation or a count; "quote" asks for a code; "cert no" after a register's name; a capital prefix before
# separators set apart; a police log's four digits; a single capital before two groups of digits.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Grant number G-2219-88", "G-2219-88"),
        ("Membership no. 4410-2298", "4410-2298"),
        ("Wheelchair service ID WS/883/21", "WS/883/21"),
        ("Respite allocation number 2291-RA", "2291-RA"),
        ("please quote 77120/KR in any reply", "77120/KR"),
        ("DBS cert no 001299810034", "001299810034"),
        ("Tribunal case number - SE 112 / 25 / 00419", "SE 112 / 25 / 00419"),
        ("Police log 2231 of 03/02 refers.", "2231"),
        ("Cyfeirnod: CDU-YM-2025-0148", "CDU-YM-2025-0148"),  # Welsh: reference
        ("Ein cyf: AD/2291/CH", "AD/2291/CH"),
        ("Rhif achos 22-01934", "22-01934"),
    ],
)
def test_round_3_codes_after_open_cues(text: str, code: str) -> None:
    assert code in cued(text)


@pytest.mark.parametrize(
    "text",
    [
        "Phone number 07700 900123 for mum",  # a telephone's number: the phone recognizers' to type
        "Page number 12345 of the bundle",
        "Room number B2-114 on the plan",
        "Model number XJ-2000 wheelchair",
        "Company number 01234567 at Companies House",
        "The number 27 bus goes there.",
        "Please quote this reference in any reply.",
        "The reference ISBN 978-0-14-103614-4",
        "Ref: SI 2014/1530",
        "Rhif ffôn 01554 496027",  # Welsh: a telephone number
    ],
)
def test_round_3_open_cues_keep_look_alikes(text: str) -> None:
    assert cued(text) == []


@pytest.mark.parametrize(("text", "code"), [
    ("Escort: Mr Hale (badge TX 5512)", "TX 5512"),  # a capital prefix set apart before four digits
    ("badge no. PT 40517 on the lanyard", "PT 40517"),
])
def test_a_prefixed_four_digit_code_right_after_its_noun(text: str, code: str) -> None:
    assert code in cued(text)


@pytest.mark.parametrize("text", [
    "case KS 2024 was opened",  # a year after a prefix
    "ticket Year 2024",  # not a prefix in capitals
    "route A 1234",  # a road's number after "route"
])
def test_a_prefix_before_a_year_or_after_route_stays(text: str) -> None:
    assert not [c for c in cued(text) if any(ch.isdigit() for ch in c)]
