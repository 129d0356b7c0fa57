"""Given names that are also words ("Hope", "Chase", "Hunter", "Summer") where the sentence reads them as a person.

:mod:`.given_name` leaves such a word to readers that weigh more cues, and :mod:`.cued_given_name` reads the
cues that come before it (a family word, a verb done to a person). Two cues of general English come after it
or beside it, and plain sentences with no title or label use them all the time:

- the subject of a verb only people do, at a sentence's opening or after "and": "Hope texted me last night",
  "Chase reckons it'll rain", "Bill says the invoice is late". Hope does not text and a chase does not reckon;
  "I hope you can make it" has the word in lower case, and "Hope Street says" has a capitalised word between;
- one of a pair joined by "and"/"&" whose other member is a given name no reader takes for a word: "Hunter and
  Skye went camping", "Pita and Losa run the fale". A pair of words ("Salt and Pepper", "Rich and Famous")
  holds no such name.

A season or a month that is a given name ("Summer", "June") is taken as a verb's subject, as after a family
word: a season does not text. Any other month or weekday, a role, a title, an organisation's word or a people is never taken (``_could_be_a_name``
of :mod:`.cued_given_name`).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.given_names import is_given_name
from redaction.text.lexicons import ENGLISH_WORD_NAMES
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.cued_given_name import _could_be_a_name, _unmistakable

__all__ = ["WordNameSubjectRecognizer"]

_NAME = r"\p{Lu}\p{Ll}+"
# Verbs of speaking, messaging, thinking and wanting: done by people only ("Hope texted", "Chase reckons").
_PEOPLE_VERB = (
    r"said|says|texted|texts|messaged|emailed|e-mailed|rang|phoned|replied|replies|reckons|reckoned|reckon"
    r"|thinks|thought|wants|wanted|mentioned|promised|offered|suggested|confirmed|explained|agreed|told|tells"
    r"|asked|asks|wrote|writes|posted|laughed|smiled|cried|complained|apologised|apologized|insisted|admitted"
    r"|called[ ]me|called[ ]us|called[ ]back|DM['’]?d|pinged|whatsapped|reckon"
    r"|was[ ]saying|has[ ]been[ ]asking|just[ ](?:texted|messaged|called|rang|said)"
)
# The opening of a sentence, a line or a clause after "and"/"but": where a capital says nothing of a name.
_SUBJECT = regex.compile(
    rf"(?:^|(?<=[.!?:;]\s{{1,3}})|(?<=\n[ \t]*)|(?<=[\"“(]\s?)|(?<=\b(?:and|but|so|then|because)[ ]))"
    rf"(?P<name>{_NAME})[ ]+(?:{_PEOPLE_VERB})\b"
)
_PAIR = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’\-])(?P<first>{_NAME})[ ]+(?:and|&)[ ]+(?P<second>{_NAME})(?![\p{{L}}\p{{N}}'’\-]|[ ]+\p{{Lu}})"
)


class WordNameSubjectRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("word name before a people verb", _SUBJECT.pattern, 0.6)]  # for Presidio's registry
    SCORE = 0.6

    def find(self, text: str) -> Iterator[Span]:
        for match in _SUBJECT.finditer(text):
            name = match.group("name")
            if name.casefold() in ENGLISH_WORD_NAMES and _could_be_a_name(name, possessive=True, family=True):
                yield Span(match.start("name"), match.end("name"), self.ENTITY, self.SCORE, "pattern")
        for match in _PAIR.finditer(text):
            first, second = match.group("first"), match.group("second")
            for word, other, group in ((first, second, "first"), (second, first, "second")):
                if (_unmistakable(other) and _could_be_a_name(word)
                        and (word.casefold() in ENGLISH_WORD_NAMES or is_given_name(word))):
                    yield Span(match.start(group), match.end(group), self.ENTITY, self.SCORE, "pattern")
