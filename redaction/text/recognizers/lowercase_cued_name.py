"""Given names that are also words, typed in lower case, where a reader's cue says they are names.

"can you tell grace i'll be late", "my daughter amber has her review", "hi hope, did you get the form",
"me and jade are coming". In a chat typed without capitals nothing but the words around tells "grace" the
name from "grace" the word; :mod:`.lowercase_given_name` takes only the names that are nothing else, and
:mod:`.informal` wants an unusual word after its cues. These cues are ones a reader trusts with a word that
is also a name, because the word's other reading does not fit there:

- a family word before it: "my daughter amber", "her brother jack" (no one writes "my daughter amber" of a
  colour);
- a verb done to a person: "tell grace", "asked faith if", "spoke to rose", "texted summer";
- a greeting or thanks standing alone before it: "hi hope," "thanks grace x", "thank you so much jo." (not
  "hi hope you're well", where "hope" is the verb);
- a message's signature with kisses or its writer's "it's": "got it thank u. rose x", "morning dee its rose.";
- a pair with the writer: "me and jade", "jade and i";
- a possessive typed without its apostrophe before a family word: "marcs mum", "kayleighs nan" (the word
  less its "s" must be a given name: "the boys mum" stays).

Only a word of the given-name lists (:mod:`redaction.text.given_names`) is taken, never a stop word of
messages ("will", "may"), a month before a day's number, a weekday, a role or a people; and only where the
stretch of text it stands in is typed in lower case: in a text with capitals a lower-case "grace" is the word.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.at_a_position import at_a_position
from redaction.text.given_names import is_given_name
from redaction.text.lexicons import CALENDAR_WORDS, FIELD_VALUE_STOPWORDS, NOT_NAMES
from redaction.text.peoples import PEOPLES_AND_LANGUAGES
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["LowerCaseCuedNameRecognizer", "bare_possessive_name", "opens_in_lower_case"]

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
    r"(?:^|(?<=[.!?:;][ ]*)|(?<=\n[ \t]*))(?:hi|hiya|hey|hello|dear|cheers|morning|evening|night"
    r"|(?:thanks|thank[ ]+you|thank[ ]+u|thankyou|ty)(?:[ ]+(?:so[ ]+much|very[ ]+much|again|loads|lots))?)"
    rf"[ ,]+(?P<name>{_WORD})(?=[ ]*(?:[,!.?:;)\n]|x{{1,3}}\b|\Z))",
    regex.MULTILINE,
)
# A message signed off with kisses ("got it thank u. rose x") or opened by its writer ("morning dee its rose.").
_SIGNED = regex.compile(
    rf"(?:^|(?<=[.!?][ ]+))(?P<name>{_WORD})[ ]+x{{1,3}}[ \t]*$"
    rf"|\b(?:it['’]?s|this[ ]is)[ ]+(?P<name>{_WORD})(?=[ ]*(?:[.!,]|$))"
    # thanks inside a message, the name closing its sentence: "got it thank you so much jo."
    rf"|\b(?:thanks|thank[ ]+(?:you|u)|ty)(?:[ ]+(?:so|very)[ ]+much|[ ]+again)?[ ,]+(?P<name>{_WORD})"
    rf"(?=[ ]*(?:[.!]|x{{1,3}}\b|$))",
    regex.MULTILINE,
)
_WITH_ME = regex.compile(
    rf"\b(?:me|i)[ ]+(?:and|&|n)[ ]+(?P<name>{_WORD}){_END}|(?<![\p{{L}}'’])(?P<name>{_WORD})[ ]+(?:and|&|n)[ ]+(?:me|i)\b"
)
# A possessive typed without its apostrophe before a family word: "marcs mum", "kayleighs nan", "tylers dad"
# (the name is the word less its "s"; "the boys mum", "the kids dad" are no names).
_BARE_POSSESSIVE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’@_/\-])(?P<name>(?P<stem>{_WORD})s)[ ]+(?:{_FAMILY}|step-?(?:mum|dad)|carer|foster[ ]+carer)s?\b"
)
_FAMILY_WORD = regex.compile(rf"(?<![\p{{L}}])(?:{_FAMILY}|carer)s?(?![\p{{L}}])")
_BARE_POSSESSIVE_AT = at_a_position(_BARE_POSSESSIVE)  # asked at each candidate's start (the loop below searches)
_PATTERNS = (_AFTER_FAMILY, _PERSON_VERB, _GREETED, _WITH_ME, _SIGNED, _BARE_POSSESSIVE)
# Nouns the given-name lists also hold that people write before "mum" and "dad" ("the mans dad", "the boys mum").
_NOUN_POSSESSORS = frozenset(
    "man guy lady boy girl kid lad lass son young foster baby child friend mate other twin pupil student teacher "
    "neighbour cousin brother sister mother father parent carer nephew niece wife husband partner gran nan grandma "
    "grandad aunt uncle daughter person family dog cat".split()
)
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
        family = _FAMILY_WORD.search(text) is not None
        for pattern in _PATTERNS:
            if pattern is _BARE_POSSESSIVE and not family:
                continue  # "marcs mum" wants a family word somewhere in the text
            for match in pattern.finditer(text):
                start, end = match.span("name")
                if pattern is _BARE_POSSESSIVE:
                    if start not in seen and bare_possessive_name(text, start, end):
                        seen.add(start)
                        yield Span(start, end, self.ENTITY, self.SCORE, "pattern")
                    continue
                if start not in seen and _a_name_here(text, start, end, match.group("name")):
                    seen.add(start)
                    yield Span(start, end, self.ENTITY, self.SCORE, "pattern")


# Words of endearment that the given-name lists also hold: "love x", "thanks hun", "hi honey,".
_ENDEARMENTS = frozenset("love luv honey hun hon babe baby darling sweetheart sweetie pet chick dear mate sunshine "
                         "angel precious treasure star".split())


def _a_name_here(text: str, start: int, end: int, word: str) -> bool:
    if word in FIELD_VALUE_STOPWORDS or word in _ENDEARMENTS or not is_given_name(word.title()):
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


def opens_in_lower_case(text: str, start: int) -> bool:
    """The sentence ``start`` stands in (from the last line break, speaker's colon or sentence end) opens with a
    lower-case letter and has no capital before ``start`` but the writer's "I": a writer who capitalised the
    sentence's first word ("He repeats phrases from television") would have capitalised a name after it too."""
    opening = _STRETCH_START.search(text, max(0, start - 200), start)
    first = opening.end() if opening is not None else max(0, start - 200)
    letter = regex.search(r"\p{L}", text, pos=first, endpos=start)
    if letter is None:
        return True
    return _CAPITAL.search(text, letter.start(), start) is None


def bare_possessive_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a given name's possessive typed without its apostrophe before a family word
    ("marcs mum"): a lower-case common word only as a plural ("marcs", "tylers"), the name less its "s"."""
    match = _BARE_POSSESSIVE_AT.match(text, start)
    if match is None or match.end("name") != end:
        return False
    stem = match.group("stem")
    if stem in _NOUN_POSSESSORS:
        return False
    if _a_name_here(text, start, end, stem):
        return True
    # a given name the census lists lack ("jaydens dad"): one the gazetteer holds as a name and as no word
    from redaction.gazetteer import lookup

    info = lookup(stem.title())
    return (info is not None and not info.word and info.first >= 0.5 and stem not in FIELD_VALUE_STOPWORDS
            and stem.title() not in NOT_NAMES and _typed_in_lower_case(text, start, end))
