"""Given names that are also words, typed in lower case, where a reader's cue says they are names.

"can you tell grace i'll be late", "my daughter amber has her review", "hi hope, did you get the form",
"me and jade are coming". In a chat typed without capitals nothing but the words around tells "grace" the
name from "grace" the word; :mod:`.lowercase_given_name` takes only the names that are nothing else, and
:mod:`.informal` wants an unusual word after its cues. These cues are ones a reader trusts with a word that
is also a name, because the word's other reading does not fit there:

- a family word before it: "my daughter amber", "her brother jack" (no one writes "my daughter amber" of a
  colour);
- a verb done to a person: "tell grace", "asked faith if", "spoke to rose", "texted summer";
- a greeting or thanks standing alone before it: "hi hope," "thanks grace x" (not "hi hope you're well",
  where "hope" is the verb);
- a pair with the writer: "me and jade", "jade and i".

Only a word of the given-name lists (:mod:`redaction.text.given_names`) is taken, never a stop word of
messages ("will", "may"), a month before a day's number, a weekday, a role or a people; and only where the
stretch of text it stands in is typed in lower case: in a text with capitals a lower-case "grace" is the word.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.given_names import is_given_name
from redaction.text.lexicons import CALENDAR_WORDS, FIELD_VALUE_STOPWORDS, NOT_NAMES
from redaction.text.peoples import PEOPLES_AND_LANGUAGES
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["LowerCaseCuedNameRecognizer"]

_WORD = r"\p{Ll}{2,}"
# A whole word, not part of an address or a handle ("grace@", "grace.h@", "grace-ful"); "grace's" is the name.
_END = r"(?![\p{L}\p{N}@_/\-]|\.\p{L})(?!['’]\p{L}{2})"
_FAMILY = (
    r"son|daughter|boy|girl|brother|sister|twin|cousin|niece|nephew|grandson|granddaughter|stepson|stepdaughter"
    r"|mum|mam|mom|dad|nan|nana|gran|grandma|grandad|aunt|auntie|aunty|uncle|husband|wife|partner|friend|bestie"
)
_AFTER_FAMILY = regex.compile(
    rf"\b(?:my|her|his|their|our|your|ur)[ ]+(?:little[ ]+|big[ ]+|younger[ ]+|older[ ]+|eldest[ ]+|youngest[ ]+)?"
    rf"(?:{_FAMILY})s?[ ,]+(?P<name>{_WORD}){_END}"
)
_PERSON_VERB = regex.compile(
    r"\b(?:tell|told|ask|asked|asking|text|texted|texting|message|messaged|email|emailed|ring|rang|phone|phoned"
    r"|thank|thanked|(?:spoke|speak|speaking|talk|talked|chat|chatted)[ ]+(?:to|with)|met[ ]+with|ask[ ]+for"
    r"|shouted[ ]+at|pushed|hit|kicked|hugged|bullied|teased|picked[ ]+up|pick[ ]+up|collect|collected)"
    rf"[ ]+(?P<name>{_WORD}){_END}"
)
# A greeting alone before the name: the name ends there ("hi hope," "thanks grace x", "morning faith!").
_GREETED = regex.compile(
    r"(?:^|(?<=[.!?:;][ ]*)|(?<=\n[ \t]*))(?:hi|hiya|hey|hello|dear|thanks|thank[ ]+you|thankyou|ty|cheers|morning"
    rf"|evening|night)[ ,]+(?P<name>{_WORD})(?=[ ]*(?:[,!.?:;)\n]|x{{1,3}}\b|\Z))",
    regex.MULTILINE,
)
_WITH_ME = regex.compile(
    rf"\b(?:me|i)[ ]+(?:and|&|n)[ ]+(?P<name>{_WORD}){_END}|(?<![\p{{L}}'’])(?P<name>{_WORD})[ ]+(?:and|&|n)[ ]+(?:me|i)\b"
)
_PATTERNS = (_AFTER_FAMILY, _PERSON_VERB, _GREETED, _WITH_ME)
_DAY_AFTER = regex.compile(r"[ ]+(?:the[ ]+)?\d")
_ROLE_AFTER = regex.compile(r"[ ]+(?:teacher|class|group|ward|street|road|school|house|centre|team|hall)\b")
_CAPITAL = regex.compile(r"(?<![\p{L}'’])(?!I(?:['’]\p{Ll}+)?(?![\p{L}]))\p{Lu}")
_STRETCH_START = regex.compile(r"(?r)(?:\n|:[ ]|[.!?][ ])")


class LowerCaseCuedNameRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("lower-case name after a family word", _AFTER_FAMILY.pattern, 0.55)]  # for Presidio's registry
    SCORE = 0.55

    def find(self, text: str) -> Iterator[Span]:
        if not any(c.islower() for c in text):
            return
        seen: set[int] = set()
        for pattern in _PATTERNS:
            for match in pattern.finditer(text):
                start, end = match.span("name")
                if start not in seen and _a_name_here(text, start, end, match.group("name")):
                    seen.add(start)
                    yield Span(start, end, self.ENTITY, self.SCORE, "pattern")


def _a_name_here(text: str, start: int, end: int, word: str) -> bool:
    if word in FIELD_VALUE_STOPWORDS or not is_given_name(word.title()):
        return False
    if word.title() in NOT_NAMES or word.title() in PEOPLES_AND_LANGUAGES:
        return False
    if word.title() in CALENDAR_WORDS and (_DAY_AFTER.match(text, end) is not None or word.endswith("day")):
        return False  # "rang june 5th": a date
    if _ROLE_AFTER.match(text, end) is not None:
        return False  # "asked art teacher": a subject's teacher
    return _typed_in_lower_case(text, start, end)


def _typed_in_lower_case(text: str, start: int, end: int) -> bool:
    """The stretch the word stands in (from the last line break, speaker's colon or sentence end before it to
    the end of its line) has no capital letter but the writer's "I" and the stretch's first letter."""
    opening = _STRETCH_START.search(text, max(0, start - 200), start)
    first = opening.end() if opening is not None else max(0, start - 200)
    line_end = text.find("\n", end)
    last = len(text) if line_end < 0 else line_end
    stretch = text[first:last].lstrip(" \t\"“(")
    return _CAPITAL.search(stretch, 1) is None
