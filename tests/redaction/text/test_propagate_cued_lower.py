"""A name found in lower case that is also a word ("dawn" of "dawn mistry", the chat speaker "sunny:") is found at
its other lower-case mentions where a reader's cue says it is the name (redaction.text.propagate); the same word
in its ordinary reading stays."""

from __future__ import annotations

import pytest

from redaction.text import detect

CHAT = (
    "mum: has anyone heard from sunny? she hasnt answered since tuesday\n"
    "priya: she's fine mum, she's at dawn's in leicester for the weekend\n"
    "priya: dawn mistry from uni. her number is the same\n"
    "mum: yes and tell sunny to bring dawn if she wants\n"
    "sunny: IM HERE. phone died. dawn says thank u aunty\n"
    "vik: up at dawn for that lol. sunny day tomorrow, it is sunny.\n"
)


def _person_at(text: str, word: str, context: str) -> bool:
    start = text.index(context) + context.index(word)
    return any(s.type == "PERSON" and s.start <= start and start + len(word) <= s.end for s in detect(text))


@pytest.mark.parametrize(
    ("word", "context"),
    [("sunny", "heard from sunny?"), ("dawn", "dawn's in"), ("sunny", "tell sunny to"), ("dawn", "bring dawn if"),
     ("dawn", "dawn says")],
)
def test_a_cued_mention_is_the_name(word: str, context: str) -> None:
    assert _person_at(CHAT, word, context)


@pytest.mark.parametrize(("word", "context"), [("dawn", "at dawn for"), ("sunny", "sunny day"), ("sunny", "is sunny.")])
def test_the_word_in_its_ordinary_reading_stays(word: str, context: str) -> None:
    start = CHAT.index(context) + context.index(word)
    assert not any(s.start < start + len(word) and start < s.end for s in detect(CHAT))
