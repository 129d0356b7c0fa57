"""Names split around their particles, given names coordinated with a found name, surnames that are words after a
given name, thanks as a cue, and telephone numbers with an extension, a vanity word or spelt digit by digit
(redaction.text.joining, absorb, person and phone_any); the look-alikes beside them stay."""

from __future__ import annotations

import pytest

from redaction.spans import Span
from redaction.text import detect
from redaction.text.absorb import trim_person
from redaction.text.joining import coordinated_names, join_particles
from redaction.text.recognizers import AnyCountryPhoneRecognizer
from redaction.text.recognizers.phone_any import with_extension


def _of(text: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in detect(text) if s.type == kind]


def _touched(text: str, word: str) -> bool:
    """Whether a person span touches ``word`` (its first occurrence) in ``text``."""
    start = text.index(word)
    return any(s.start < start + len(word) and start < s.end for s in detect(text) if s.type == "PERSON")


def _span(text: str, surface: str, kind: str = "PERSON", score: float = 0.85) -> Span:
    start = text.index(surface)
    return Span(start, start + len(surface), kind, score, "model")


def test_a_name_split_around_its_particles_is_joined() -> None:
    text = "Email Juan Carlos de los Santos about it."
    joined = join_particles(text, [_span(text, "Juan Carlos de"), _span(text, "Santos")])
    assert [text[s.start:s.end] for s in joined] == ["Juan Carlos de los Santos"]
    text = "Pieter van der Berg and Anna Berg"  # no particle between two names: two people
    spans = [_span(text, "Pieter van der Berg"), _span(text, "Anna Berg")]
    assert join_particles(text, spans) == spans


@pytest.mark.parametrize(("text", "name"), [
    ("Email Juan Carlos de los Santos about it.", "Juan Carlos de los Santos"),
    ("Kevin Foster wrote:\n> does anyone know a good plumber", "Kevin Foster"),
    ("Sung-min Park joined the team in March.", "Sung-min Park"),
    ("Thank you Remigio Teruel for your review!", "Remigio Teruel"),
    ("Ebony and Cristofor are flying from Leeds.", "Ebony"),
])
def test_names_are_found_whole(text: str, name: str) -> None:
    assert name in _of(text, "PERSON")


def test_a_given_name_coordinated_with_a_found_name() -> None:
    text = "Ebony and Cristofor are flying"
    assert [text[s.start:s.end] for s in coordinated_names(text, [_span(text, "Cristofor")])] == ["Ebony"]
    text = "Yesterday, Tom went home"  # a comma that opens no list
    assert coordinated_names(text, [_span(text, "Tom")]) == []
    text = "Marks and Spencer opened"  # a surname that is sometimes a given name
    assert coordinated_names(text, [_span(text, "Spencer")]) == []


@pytest.mark.parametrize(("text", "word"), [
    ("Leo Foster Carer attended", "Carer"),
    ("From: Ann Ridder\nSubject: Invoice ORD-52396", "Invoice"),  # a subject line's heading word
    ("Kind regards,\nMaria Montenegro\nHuman Resources", "Human Resources"),
    ("Summer and Autumn terms are busy.", "Summer"),
])
def test_words_stay(text: str, word: str) -> None:
    assert not _touched(text, word)


def test_a_surname_that_is_a_word_after_a_given_name_stays_in_the_name() -> None:
    text = "Kevin Foster wrote:"
    trimmed = trim_person(text, _span(text, "Kevin Foster"))
    assert trimmed is not None and text[trimmed.start:trimmed.end] == "Kevin Foster"
    text = "Kevin Foster Carer"  # a role runs on: the word is the role's
    trimmed = trim_person(text, _span(text, "Kevin Foster"))
    assert trimmed is not None and text[trimmed.start:trimmed.end] == "Kevin"


@pytest.mark.parametrize(("text", "number"), [
    ("Call me on 0161 496 0123 ext. 45.", "0161 496 0123 ext. 45"),
    ("Tel: +1 (416) 555-0100, ext. 12", "+1 (416) 555-0100, ext. 12"),
    ("Call 1-800-GO-FEDEX now.", "1-800-GO-FEDEX"),
    ("Our helpline is 1-800-FLOWERS if you need it.", "1-800-FLOWERS"),
    ("Call 0800 CALL NOW today.", "0800 CALL NOW"),
    ("ph: 555 0123", "555 0123"),
    ("My number is 0 7 9 1 1 1 2 3 4 5 6", "0 7 9 1 1 1 2 3 4 5 6"),
])
def test_telephone_numbers(text: str, number: str) -> None:
    assert number in _of(text, "PHONE")


@pytest.mark.parametrize("text", [
    "In 1800 THE SHIP sailed.",
    "Our 0800 numbers are free to call.",
    "Scores were 4 5 6 7 8 9 1 in the quiz.",
    "Order 1-800 WIDGETS AND MORE",
])
def test_look_alikes_stay(text: str) -> None:
    assert list(AnyCountryPhoneRecognizer().find(text)) == []


def test_an_extension_is_taken_in() -> None:
    text = "(415) 555-0134 x7 and more"
    assert text[:with_extension(text, _span(text, "(415) 555-0134", "PHONE")).end] == "(415) 555-0134 x7"


def test_a_time_stamped_chat_speaker_in_lower_case() -> None:
    from redaction.text.recognizers.speaker import UkSpeakerRecognizer

    text = "[09:15] dele: anyone seen it?\n[09:16] system: dele joined\n[09:17] admin: pinned\n[09:18] Kofi Mensah: hi"
    assert [text[s.start:s.end] for s in UkSpeakerRecognizer().find(text)] == ["dele", "Kofi Mensah"]


@pytest.mark.parametrize(("text", "found", "name"), [
    ("We're so grateful to Esperanza and Teodoro", "Teodoro", "Esperanza"),  # the model's place is a person here
    ("omg hamza and yusuf are here", "yusuf", "hamza"),  # in the found name's case
])
def test_a_coordinated_given_name_in_its_partners_case(text: str, found: str, name: str) -> None:
    start = text.index(name)
    place = Span(start, start + len(name), "LOCATION", 0.55, "pattern")
    new = coordinated_names(text, [place, _span(text, found)])
    assert [text[s.start:s.end] for s in new] == [name]


@pytest.mark.parametrize(("text", "found", "word"), [
    ("ask yusuf and chips", "yusuf", "chips"),  # a word in lower case
    ("Flights from Jordan and Tom", "Tom", "Jordan"),  # a place after a place's preposition stays a place
])
def test_coordinated_words_stay(text: str, found: str, word: str) -> None:
    start = text.index(word)
    place = Span(start, start + len(word), "LOCATION", 0.55, "pattern")
    assert coordinated_names(text, [place, _span(text, found)]) == []


@pytest.mark.parametrize(("text", "word"), [
    ("lmao did you see that", "lmao"),  # chat slang opening a line is no name
    ("Person ID: 1187342", "Person ID"),  # a word and an acronym are no "First SURNAME"
])
def test_chat_slang_and_acronyms_stay(text: str, word: str) -> None:
    assert not _touched(text, word)


def test_initials_after_a_word_stay_a_name() -> None:
    assert "RJ" in " ".join(_of("Seen RJ alone in his bedroom.", "PERSON"))


@pytest.mark.parametrize(("text", "handle"), [
    ("Posted by mike_obrien77: the app keeps crashing.", "mike_obrien77"),
    ("user: kate_morrison_22 joined the group", "kate_morrison_22"),
])
def test_a_forum_posters_user_name(text: str, handle: str) -> None:
    from redaction.text.recognizers.social_handle import UkSocialHandleRecognizer

    assert [text[s.start:s.end] for s in UkSocialHandleRecognizer().find(text)] == [handle]


@pytest.mark.parametrize("text", ["Sent from my iPhone", "user: version 2.4.1 installed", "Reviewed by the panel."])
def test_a_posters_cue_before_no_user_name_finds_nothing(text: str) -> None:
    from redaction.text.recognizers.social_handle import UkSocialHandleRecognizer

    assert list(UkSocialHandleRecognizer().find(text)) == []


@pytest.mark.parametrize(("text", "number"), [
    ("Call me on (11) 96123-4567", "(11) 96123-4567"),  # São Paulo's area code, not only the tail another reads
    ("Her mobile is (21) 98765-4321.", "(21) 98765-4321"),
    ("Call me on 8 (912) 345-67-89", "8 (912) 345-67-89"),  # Russia's national layout
    ("Call me on 011 15-2345-6789", "011 15-2345-6789"),  # Argentina's
])
def test_a_cued_number_is_read_whole_by_the_country_that_writes_it(text: str, number: str) -> None:
    assert [text[s.start:s.end] for s in AnyCountryPhoneRecognizer().find(text)] == [number]


@pytest.mark.parametrize(("text", "role"), [
    ("CURRICULUM VITAE\nMARIAM OYELOWO-HAYES\nSenior Analyst", "Analyst"),
    ("made between Graham Pettigrew (the Landlord) and Nadia Haddad (the Tenant).", "Landlord"),
])
def test_general_englishs_roles_are_no_names(text: str, role: str) -> None:
    assert not _touched(text, role)


@pytest.mark.parametrize(("text", "name"), [
    ("Is Leopold coming to the party?", "Leopold"),
    ("Brooklyn lives in Sydney with Jordan.", "Brooklyn"),
])
def test_a_given_name_that_does_what_people_do_is_no_place(text: str, name: str) -> None:
    assert name in _of(text, "PERSON")


def test_a_place_that_is_no_given_name_stays_a_place() -> None:
    assert "London" not in _of("London said no to the plan.", "PERSON")


def test_a_verb_done_to_people_opening_a_sentence() -> None:
    text = "Call Grace or Will if you need help."
    assert _of(text, "PERSON")[:2] == ["Grace", "Will"]
    assert _of("Call Centre staff were rude.", "PERSON") == []


@pytest.mark.parametrize(("text", "word"), [
    ("Dear Sir or Madam, I write regarding Mr Kwabena Osei.", "Madam"),
    ("Attn: Accounts Payable / Sunita Rao", "Accounts Payable"),
])
def test_address_words_are_no_names(text: str, word: str) -> None:
    assert not _touched(text, word)


def test_ten_digits_after_a_telephones_label_are_a_telephone_number() -> None:
    assert _of("mobile no. 9876543210", "PHONE") == ["9876543210"]
    assert _of("NHS no. 9876543210", "NHS_NUMBER") == ["9876543210"]


def test_the_speakers_of_a_chat_written_line_by_line() -> None:
    from redaction.text.recognizers.speaker import UkSpeakerRecognizer

    text = "Sione: bro where r u\nTevita: omw\nMum: tea is ready"
    assert [text[s.start:s.end] for s in UkSpeakerRecognizer().find(text)] == ["Sione", "Tevita"]
    form = "Postcode: LS1 4AB\nNotes: none\nEthnicity: White British\nDob: 01/02/2015"
    assert list(UkSpeakerRecognizer().find(form)) == []


# --- genperson: a list read to its end from one found name; a user name taken whole ---
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("new starters from the college: ewan, precious, lin, mohammed and tom",
         ["ewan", "precious", "lin", "mohammed", "tom"]),
        ("- new starters: ewan, precious, lin, mohammed — Halima is buddying them.",
         ["ewan", "precious", "lin", "mohammed"]),
        ("invite ravi, hope, grace and will", ["ravi", "hope", "grace", "will"]),
    ],
)
def test_a_list_of_names_is_read_to_its_end(text: str, names: list[str]) -> None:
    people = _of(text, "PERSON")
    assert all(any(name in p for p in people) for name in names), people


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("we bought bread, milk, jam and eggs for the party", "milk"),
        ("Attendees: Finance, Legal and Operations", "Legal"),
        ("Stock: apples, pears, plums, grapes.", "pears"),
        ("I hope Tom and grace under pressure win.", "grace"),  # two items: no list, a word in lower case
    ],
)
def test_a_list_of_words_stays(text: str, word: str) -> None:
    assert not _touched(text, word)


@pytest.mark.parametrize(
    ("text", "surface", "whole"),
    [
        ("Original post by gardenguy_dale: so last spring", "gardenguy", "gardenguy_dale"),
        ("Messages from Fatima_R today", "Fatima", "Fatima_R"),
        ("ping sarah.mitchell88 about it", "sarah", "sarah.mitchell88"),
    ],
)
def test_a_name_inside_a_user_name_takes_it_whole(text: str, surface: str, whole: str) -> None:
    from redaction.text.joining import whole_user_name

    widened = whole_user_name(text, _span(text, surface))
    assert text[widened.start:widened.end] == whole


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Email sarah.jones@example.com today", "sarah"),  # an e-mail address
        ("The file Kevin_notes.pdf is attached", "Kevin"),  # a file's name
        ("I met John.Then we left.", "John"),  # a sentence typed without its space
        ("See example.com/sarah_k for more", "sarah"),  # a web address
    ],
)
def test_no_user_name_to_take(text: str, surface: str) -> None:
    from redaction.text.joining import whole_user_name

    span = _span(text, surface)
    assert whole_user_name(text, span) == span


def test_a_scans_misread_letters_are_no_user_name() -> None:
    from redaction.text.joining import whole_user_name

    for text, surface in (("the Chi1dren and Fami1ies Act", "Fami"), ("a P1an for 0lek today", "lek")):
        span = _span(text, surface)
        assert whole_user_name(text, span) == span


def test_a_sentence_typed_without_its_space_is_no_user_name() -> None:
    from redaction.text.joining import whole_user_name

    text = "prepared by ł. jaramillo.page 2 of 5"
    span = _span(text, "jaramillo")
    assert whole_user_name(text, span) == span
