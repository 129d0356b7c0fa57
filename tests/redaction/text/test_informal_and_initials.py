"""Names without capitals (messages, quick notes) found by their cues; initials standing for people; eponyms
and English words that are not people."""

from __future__ import annotations

import pytest

from redaction.text import RedactionSettings, TextRedactor
from redaction.text.english import looks_like_a_typo
from redaction.text.recognizers import UkInformalPersonRecognizer, UkInitialsRecognizer


def found(recognizer, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[s.start : s.end] for s in recognizer.find(text)]


@pytest.fixture(scope="module")
def redactor() -> TextRedactor:
    return TextRedactor(settings=RedactionSettings(dob="remove"))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # The speaker and the child apart: a name is two words, the possessive's name the rest.
        ("hi it's kerry barker amelia rose's mum, can you ring me back", {"kerry barker", "amelia rose"}),
        ("hi its wanjiru donnelly-prys kieron's mum, can u ring me back", {"wanjiru donnelly-prys", "kieron"}),
        ("my name is hamza bajwa and i am 15", {"hamza bajwa"}),
        ("spoke to kerry, she is upset. rang tomasz at 3", {"kerry", "tomasz"}),
        ("hiya, cerian here (şebnems mum)", {"cerian", "şebnem"}),
        ("hadiza rang upset because the bus was late", {"hadiza"}),
        ("this plan was finalised by nadia uddin, ehc co-ordinator", {"nadia uddin"}),
        ("kerry-ann bhattacharya (appellant)", {"kerry-ann bhattacharya"}),
        ("dear dr\nsomtochukwu wiśniewski", {"somtochukwu wiśniewski"}),
    ],
)
def test_lower_case_names_are_found_by_their_cues(text: str, names: set[str]) -> None:
    assert set(found(UkInformalPersonRecognizer(), text)) == names


@pytest.mark.parametrize(
    "text",
    ["rang school. spoke to the office. told mum. thanks for your help. asked for a meeting",
     "it's really hard. this is important. my son's teacher rang. the boy's mum came",
     "Zoë Kumari (class teacher) said it was fine",  # no "clas's teacher"
     "the evidence was clear. eviidence was given",  # a typo is no name
     "i like minecraft and my ipad"],
)
def test_ordinary_lower_case_words_are_not_names(text: str) -> None:
    assert found(UkInformalPersonRecognizer(), text) == []


@pytest.mark.parametrize(("word", "typo"), [("eviidence", True), ("mornng", True), ("coonsulted", True),
                                            ("kerry", False), ("iman", False), ("hadiza", False)])
def test_typos_are_told_from_names(word: str, typo: bool) -> None:
    assert looks_like_a_typo(word) is typo


def test_names_found_in_lower_case_text_are_found_again(redactor: TextRedactor) -> None:
    text = "spoke to santiago vasquez on the phone. santiago agreed to meet. vasquez will ring back"
    redacted = redactor.redact(text).redacted
    assert "santiago" not in redacted and "vasquez" not in redacted, redacted


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Action: JP to send the report. AK and RK (Appellants) agreed. B.O. said no.", ["JP", "AK", "RK", "B.O."]),
        ("BMcC said the plan was late; LVdM agreed.", ["BMcC", "LVdM"]),
        ("The appellants are the parents of DS, born 19/Mar/2009. DS has Prader-Willi. D.S. needs", ["DS", "DS", "D.S."]),
        ("Next meeting: 3 June. Minutes: MB.", ["MB"]),
        ("EP said that the LA will fund it. TA to support. SENCo agreed. NHS will pay. The ASD team met.", []),
        ("The CAMHS and SALT reports.", []),
    ],
)
def test_initials_stand_for_people_where_the_words_around_say_so(text: str, initials: list[str]) -> None:
    assert found(UkInitialsRecognizer(), text) == initials


def test_initials_of_a_person_found_by_name_are_that_person(redactor: TextRedactor) -> None:
    text = "Present: Zbigniew Mirza, Bernie McCann\nZM explained the plan. BMcC asked about transport. ZM will write."
    redacted = redactor.redact(text).redacted
    assert "ZM" not in redacted and "BMcC" not in redacted, redacted


def test_initials_of_an_o_name_and_initials_defined_beside_a_name_are_that_person(redactor: TextRedactor) -> None:
    from redaction.text.propagate import initials_of

    assert "NOF" in initials_of("Niamh O'Flaherty")
    text = ("worker: Niamh O'Flaherty (NOF)   supervisor: Deepa Raval\nNOF to attend EP obs.\n"
            "LlD = Llinos Dafis, caseworker\nRang back at 10:05. - LlD")
    redacted = redactor.redact(text).redacted
    assert "NOF" not in redacted and "LlD" not in redacted, redacted
    # Initials that are no name's, or an acronym of the paperwork, stay.
    text = "NOK: Niamh O'Connor (mother). Mr Adam Smith met the SENCo (SC) and the LA (Local Authority)."
    redacted = redactor.redact(text).redacted
    assert "(SC)" in redacted and "LA" in redacted and "NOK:" in redacted, redacted


def test_a_family_by_its_surname_and_a_name_cut_by_a_hyphen_are_the_person(redactor: TextRedactor) -> None:
    text = "Mrs Rhian Henderson rang. Case closing - the Hendersons have moved."
    assert "Henderson" not in redactor.redact(text).redacted
    text = "Re: Ciarán Doherty (Year 4)\nHaving considered the needs assessment for Ciar-\nán, we agree."
    redacted = redactor.redact(text).redacted
    assert "Ciar-" not in redacted and "án," not in redacted, redacted
    # An ordinary plural after "the" stays when no such name was found.
    text = "Mrs Rhian Henderson rang. The Smiths and the Joneses were discussed in general."
    assert "Smiths" in redactor.redact(text).redacted


@pytest.mark.parametrize(
    "text",
    ["She has Down syndrome and Rett syndrome.", "Asperger's syndrome was discussed; Tourette's too.",
     "Duchenne muscular dystrophy was excluded.", "A Vineland assessment and the Boxall Profile.",
     "Prader-Willi syndrome and Ehlers-Danlos syndrome.", "Will you send it? Mark making is going well.",
     "grace and will", "The Williams syndrome clinic."],
)
def test_eponyms_and_words_are_not_people(redactor: TextRedactor, text: str) -> None:
    assert redactor.redact(text).redacted == text


def test_an_english_word_name_is_still_a_name_where_a_person_acts(redactor: TextRedactor) -> None:
    known = {"PERSON:parent": ["Will Taylor"]}
    redacted = redactor.redact("Will said yes. Will you send it?", known=known).redacted
    assert redacted == "Parent A said yes. Will you send it?", redacted


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("the local authority names fellview primary school. she is happy at fellview.", ["fellview"]),
        ("parent: eabha raithby, flat 17b lochside court, parkside grove, todmorden LE9 0FZ.",
         ["lochside", "parkside", "todmorden"]),
        ("mrs wiktoria mbeki\n3b cherrytree grove\npaisley\nLE19 6NL\n\ndear mrs mbeki", ["cherrytree", "paisley", "mbeki"]),
        # school names of dictionary words where they stand as names; wrapped names; saints in lower case
        ("the questionnaire has been sent to valley view primary school (dfe 941-2645).", ["valley view"]),
        ("lakeside high school\nend of year report 2023-24", ["lakeside"]),
        ("the local authority names castlerigg primary\nschool  (castlerigg) as the setting.", ["castlerigg"]),
        ("re: brandon (dob january 1st 2018), st columba's\n\nshe rang upset", ["columba"]),
        ("he goes to yarlside community and they're saying he has to move", ["yarlside"]),
        ("osian also attends little\noakfield nursery on fridays", ["little\noakfield"]),
        # lower-case streets: abbreviated types, wrapped lines, house names, numbered buildings
        ("the family live at 45 thornbank gr.\n\ni discussed", ["thornbank"]),
        ("the family live at 19 canalside\nclose. i discussed", ["canalside"]),
        ("nhs no: 519 286 0415\ncartref, priory drive, motherwell M18 5NP", ["cartref", "priory", "motherwell"]),
        ("cc: ms ndlovu, 63 wellington house, elmwood drive; senco, northfield academy",
         ["ndlovu", "wellington", "elmwood", "northfield"]),
        ("st herbert's rc primary school, chapel road, whitehaven NN4 6RF", ["herbert", "chapel", "whitehaven"]),
        ("headteacher: t. mcallister\nst herbert's rc primary school, chapel road", ["mcallister", "herbert's rc"]),
        ("cc: Mrs Qureshi; SENCo, St Boniface's C of\nE Primary School\nTel 0141 496 0646", ["Qureshi", "Boniface", "E Primary"]),
        ("osian also attends little\ndowdales.\n", ["little", "dowdales"]),
        ("physiotherapy at unit 17, conway park business centre, dalton-in-furness will continue.",
         ["conway", "dalton-in-furness"]),
        ("the local authority names little valley view nursery\n(little valley view) as the setting. she will stay at little valley view\n",
         ["valley"]),
        ("the local authority names westfield community primary school\n(westfield community) as the setting.",
         ["westfield", "community"]),
        ("emergency  contacts - little kirkbarrow nursery\n", ["little", "kirkbarrow"]),
        ("Re: blessing (DOB 8 Mar. 2010), Lakeside\n\nEsme rang upset", ["blessing", "Lakeside"]),
        ("involved: dr yuki o'halloran (ep), unit 14, conway\npark business centre, horncastle; dr tanisha okafor.",
         ["conway", "horncastle"]),
        ("flat 10b parkhill court, beech court, burton upon trent \nPE19 8FL.", ["burton", "trent"]),
        ("Physiotherapy at Unit 21, Lowfield Trading Estate, Burton upon Trent will\ncontinue.", ["Burton", "Trent"]),
        ("a questionnaire was sent to St Alban's RC Primary School (DfE\n3524770).", ["Alban", "3524770"]),
    ],
)
def test_schools_and_addresses_typed_in_lower_case(redactor: TextRedactor, text: str, gone: list[str]) -> None:
    redacted = redactor.redact(text).redacted
    assert not any(word in redacted for word in gone), redacted
    for ordinary in ("the local primary school", "we looked at small primary school options", "it is a 20 minute drive",
                     "she is starting secondary school in september", "goes to a mainstream primary school"):
        assert redactor.redact(ordinary).redacted == ordinary


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("the la was represented by mr shakeel nkemelu.", {"shakeel nkemelu"}),
        ("judge pereira\ndate of decision: 12/03/2025", {"pereira"}),
        ("will you let miss ó súilleabháin know x", {"ó súilleabháin"}),
        ("notes taken by n. malinowski. page 1 of 4", {"n. malinowski"}),
        ("- e. brannigan to update the one-page profile", {"e. brannigan"}),
        ("kind regards,\niman rahman\n", {"iman rahman"}),
        ("yours sincerely,\n\noisín hussaini\nehc co-ordinator", {"oisín hussaini"}),
        # not a title's name: an article before it, or an ordinary initial-like abbreviation
        ("the judge summarised the issues", set()),
        ("see p. 12 and i.e. the plan", set()),
    ],
)
def test_lower_case_titles_initials_and_sign_offs_name_people(text: str, names: set[str]) -> None:
    assert set(found(UkInformalPersonRecognizer(), text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("the la was represented by mr shakeel\nabernethy.", {"shakeel\nabernethy"}),  # a name wrapped by the line
        ("her tutor, mr arnav eke, reports good attendance", {"arnav eke"}),  # a dictionary word ending the name
        ("yours sincerely\n\ndr precious enright\nconsultant paediatrician", {"precious enright"}),
        ("- DR to share the letter from dr mirza", {"mirza"}),
        ("will you let  Miss ó súilleabháin know x", {"ó súilleabháin"}),
        ("blood pressure normal.lowri reports improved concentration", {"lowri"}),
        ("mahmoud, afia (the child)\nprecious mahmoud (appellant)", {"mahmoud, afia", "precious mahmoud"}),
        ("present for the appellant: ms simran wainwright and mr osian kowalczyk", {"simran wainwright", "osian kowalczyk"}),
        ("i discussed tourette's with chidinma; neither fits", {"chidinma"}),
        ("who i saw today with her mother zuzanna.", {"zuzanna"}),
        ("this plan was finalised by shay ní bhriain, ehc co-ordinator", {"shay ní bhriain"}),
        ('"I like the hall." TYRA NÍ BHRIAIN drew a picture', {"TYRA NÍ BHRIAIN"}),
        # a street's "dr", a sentence's own words after a title's name, a verb that names a school
        ("the family live at cartref, priory dr. the school is near", set()),
        ("spoke to mr okafor today, she is fine", {"okafor"}),
        ("the local authority names castlerigg primary school as the setting", set()),
    ],
)
def test_titles_doctors_and_sentence_openers_in_lower_case(text: str, names: set[str]) -> None:
    spans = set(found(UkInformalPersonRecognizer(), text))  # a cue may also find a part, which the whole absorbs
    assert names <= spans and all(any(part in name for name in names) for part in spans), spans


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Appeal no: EH485/25/49939\n\nPM and HM\n(appellants)\n\n3. PM gave evidence.", ["PM", "HM", "PM"]),
        ("AW reported that she is settled. GB added that she copes better.", ["AW", "GB"]),
        ("the appellants are the parents of PD, born 03.07.2008.", ["PD"]),
        ("Next meeting: 30 Nov. Minutes: HR. Page 1 of 6", ["HR"]),
        # everyday acronyms where a determiner or a number says so
        ("The MP said she would write. We met at 2 PM and the HR team agreed.", []),
    ],
)
def test_everyday_acronyms_are_initials_only_where_a_person_acts(text: str, initials: list[str]) -> None:
    assert found(UkInitialsRecognizer(), text) == initials


def test_initials_that_spell_a_country_are_a_person_where_they_act(redactor: TextRedactor) -> None:
    redacted = redactor.redact("AW reported that she is settled. GB added that she copes better.").redacted
    assert "GB" not in redacted and "AW" not in redacted, redacted


@pytest.mark.parametrize("text, present", [
    ("spoke to TYRA NÍ BHRIAIN today", True),
    ("call from yusuf al hashimi re transport", True),
    ("nothing with a particle between names", False),
])
def test_names_with_a_particle_are_looked_for_only_where_a_particle_stands(text: str, present: bool) -> None:
    # The particle prefilter (a speed-up) lets through every text where such a name can stand.
    from redaction.text.recognizers.informal import _PARTICLE, _WITH_PARTICLE

    assert (_PARTICLE.search(text) is not None) is present
    if _WITH_PARTICLE.search(text) is not None:
        assert present


def test_a_doctor_in_a_lower_case_to_do_list_is_found() -> None:
    from redaction.text.recognizers import UkInformalPersonRecognizer

    found = [t[s.start : s.end] for t in ["- dr amadou sow - indep EP", "check dr sow can do 11am slot"]
             for s in UkInformalPersonRecognizer().find(t)]
    assert "amadou" in " ".join(found) and "sow" in found
