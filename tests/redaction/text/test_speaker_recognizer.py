"""The writer of a message: chat exports' speakers and the name under a sign-off."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import UkSpeakerRecognizer


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in UkSpeakerRecognizer().find(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[12/02/2024, 20:14:07] Nikki Hargreaves: Has anyone had the papers?\n"
         "[12/02/2024, 20:21:55] Gosia Wiśniewska: we got ours today.", ["Nikki Hargreaves", "Gosia Wiśniewska"]),
        ("12/02/2024, 20:14 - Summer Okafor: running late", ["Summer Okafor"]),  # Android's layout; a name that is a word
        ("Yours sincerely,\n\nApril Fairclough\n\n(Typed up from a handwritten letter)", ["April Fairclough"]),
        ("Kind regards,\nDr Ruth K. Hetherington\n", ["Dr Ruth K. Hetherington"]),
    ],
)
def test_the_writer_is_found_whatever_the_words_read_as(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    "text",
    ["Yours sincerely,\n\nSEN Team\n", "Yours faithfully,\n\nThe Local Authority\n",
     "[12/02/2024, 20:14:07] Messages and calls are end-to-end encrypted.", "Meeting at 12/02/2024, 20:14 - see notes"],
)
def test_teams_and_system_lines_are_no_writers(text: str) -> None:
    assert found(text) == []


# --- genperson: chats exported from apps (user name + time, IRC, "user_name:") and lower-case chats ---
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("rhys.morgan 09:02  morning, build is out\nada.obi 09:05  nice\nrhys.morgan 09:06  yes",
         ["rhys.morgan", "ada.obi", "rhys.morgan"]),
        ("Kwame Mensah 10:25  done\nLena Vogel 10:26  thanks", ["Kwame Mensah", "Lena Vogel"]),
        ("[21:04] <kalani_h> anyone got a charger\n[21:05] <bjorn.e> try desk 3", ["kalani_h", "bjorn.e"]),
        ("Fatima_R: Hi, is it still available?\nSeller: yes\nFatima_R: great", ["Fatima_R", "Fatima_R"]),
        ("mum: has anyone heard from her?\npriya: she's fine mum\nsunny: IM HERE. phone died.\nvik: ok",
         ["priya", "sunny", "vik"]),
    ],
)
def test_chat_users_are_found(text: str, names: list[str]) -> None:
    assert sorted(found(text)) == sorted(names)


@pytest.mark.parametrize(
    "text",
    [
        "<div> hello</div>\n<p> text</p>",  # markup, no chat
        "note: bring coats\ntip: arrive early\nupdate: all fine",  # lower-case labels that are words
        "report.pdf 12:00 uploaded\nnotes.txt 12:05 edited",  # files, not users
        "Monday 09:00  meeting\nTuesday 10:00  dentist",  # a diary, not a chat
        "Fatima_R: Hi, is it still available?",  # one line: no chat shape
    ],
)
def test_chat_look_alikes_are_no_users(text: str) -> None:
    assert found(text) == []


def test_a_forms_field_keys_are_no_users() -> None:
    text = "postcode: ol84ne\nchilds_first_name: zahra\nchilds_age: 11\nschool_or_setting: hathershaw\nip_hash: 7f3c9b21"
    assert found(text) == []


def test_short_lower_labels_are_abbreviations() -> None:
    text = "ss: Sharon Eddowes, team\nnb: call back\nss: left message\npriya: ok"
    assert "ss" not in found(text) and "nb" not in found(text)


# --- genperson2: the writer after a dash closing a message's line ---
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Running late, start without me. - Cengkir", ["Cengkir"]),
        ("Lovely stay, would book again! – Tafadzwa M.", ["Tafadzwa M."]),
        ("\"Kind and patient with my mum.\" — Lusia Havili\nNext review", ["Lusia Havili"]),
    ],
)
def test_the_writer_after_a_dash_is_found(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    "text",
    ["Shopping list:\n- Milk\n- Eggs", "See you at 6 - Tuesday", "Great idea. - Admin", "Pages 4 - 7 Appendix",
     "Thanks. - Moderator", "Attendees: Ola Bakare (OB) – SW\nKojo (EP)", "Notes by the TA. – SW"],
)
def test_dashes_that_sign_no_one(text: str) -> None:
    assert found(text) == []
