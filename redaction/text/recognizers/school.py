"""School and setting names: "St Aidan's C of E Primary School", "Oakfield Academy", "Kingsmead Primary",
"Little Acorns Nursery", "Riverside Special School", "Kingfisher special school"; in lower case after a word
pointing at a place ("her school is highfield juniors"). Generic phrases ("the local primary school",
"a Special School") are not names: at least one distinctive capitalised word must precede the type word.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.english import is_common_word
from redaction.text.lexicons import FIELD_VALUE_STOPWORDS, SCHOOL_GENERIC_WORDS
from redaction.text.names import strip_possessive
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkSchoolRecognizer"]

_WORD = r"(?:\p{Lu}[\p{L}'’\-]*|St\.?)"
_JOINER = r"(?:of|and|&|the|on|upon|in|under|le|by|C[ ]of(?:[ ]|[ ]?\n[ ]?)E|CofE|CE|RC|VA|VC)"
# Words are separated by a space or by one line break (PDF text wraps a long name); two spaces or more
# are a table's cell gap, which separates cells, not the words of a name.
_SEP = r"(?:[ ]|[ ]?\n[ ]?)"
_TYPE = (
    r"(?:Primary|Infants?|Juniors?|Nursery|Pre-?[Ss]chool|Secondary|High|Grammar|Academy|College"
    r"|School|Church School|Federation|Learning Centre|Studio|Free School|Collegiate)"
)
_LOWER_WORD = r"(?:st\.?|\p{Ll}[\p{Ll}'’\-]*)"
_LOWER_TYPE = (
    rf"(?:(?:community{_SEP}|church{_SEP}of{_SEP}england{_SEP}|c{_SEP}of{_SEP}e{_SEP}|rc{_SEP}|catholic{_SEP})?"
    rf"(?:primary|infants?|juniors?|high|special|grammar|secondary)(?:{_SEP}school|{_SEP}academy)?|academy|nursery"
    rf"|community{_SEP}college|college|free{_SEP}school)"
)
_TYPE_WORD = regex.compile(rf"(?<![\p{{L}}]){_TYPE}(?![\p{{L}}])")
_LOWER_TYPE_WORD = regex.compile(rf"(?<![\p{{L}}]){_LOWER_TYPE}(?![\p{{L}}])")
_TAIL = r"(?:\s+(?:School|Academy|and Nursery|& Nursery|Nursery|Unit|Centre|Federation))*"


_NON_SPACE = regex.compile(r"\S+")
_LOWER_TYPE_SCHOOL = regex.compile(r"(?:special|primary|junior|infant|secondary|high|nursery)[ ]school")
# Dictionary words that open school names ("little kirkbarrow nursery", "holy trinity", "st bega's"): kept in lower case.
_NAME_OPENERS = frozenset({"st", "st.", "little", "holy"})
# Before a school's name typed in lower case, where it stands as a name ("sent to valley view primary school"):
# a line's start or a word that points at a place.
_POINTS_AT_NAME = regex.compile(
    r"(?:(?m:^)|[,;:(]|\b(?:to|at|from|attends|attended|attending|named?|names|visited|contacted|joined|left"
    r"|school[ ](?:is|was)))[ \t]*\Z")
# Words that describe a school rather than name it ("at small primary schools", "to a good high school").
_DESCRIBING = frozenset("small smaller big bigger large larger good better best great outstanding nearby different right "
                        "wrong normal ordinary regular typical private public mixed single boys girls village town city "
                        "rural urban church faith welsh english medium nearest closest usual first last next same "
                        "general specialist resourced enhanced secure hospital".split())
_LOWER_TYPE_WORDS = frozenset("community church of england c e rc catholic primary infant junior high special grammar "
                              "secondary school academy nursery college free".split())


def _named_in_words(text: str, words: list[regex.Match[str]]) -> int | None:
    """Where a school name made of dictionary words starts, in lower-case text: one to three words, none of them
    generic ("the local", "a new", "his mainstream"), after a word that points at a place. ``None`` when the name
    has a word no dictionary has (judged as before) or does not stand as a name."""
    while words and (words[0].group() in FIELD_VALUE_STOPWORDS or words[0].group().capitalize() in SCHOOL_GENERIC_WORDS):
        words = words[1:]
    name = [w for w in words if w.group() not in _LOWER_TYPE_WORDS]
    if not name or len(name) > 3 or any(not is_common_word(strip_possessive(w.group())) for w in name):
        return None
    if name != words[: len(name)] or any(w.group() in FIELD_VALUE_STOPWORDS or w.group() in _DESCRIBING for w in name):
        return None
    start = name[0].start()
    if _POINTS_AT_NAME.search(text, max(0, start - 12), start) is None:
        return None
    return start


def _capitalised(word: str, lower: bool) -> str:
    return word.capitalize() if lower else word


class UkSchoolRecognizer(UkPatternRecognizer):
    ENTITY = "SCHOOL"
    PATTERNS = [
        Pattern(
            "school name",
            rf"(?<![\p{{L}}])(?:{_WORD}{_SEP}(?:{_JOINER}{_SEP})*){{1,6}}{_TYPE}{_TAIL}(?![\p{{L}}])"
            r"(?![ ]?(?i:name|names|address|email|tel)\b|[ ]*:)",  # "School name:" is a label, not a school
            0.75,
        ),
        Pattern("saint's", r"(?<![\p{L}])St\.?[ \n]\p{Lu}\p{Ll}+['’]s(?![\p{L}])", 0.7),
        # A name in capitals before a type in lower case ("Kingfisher special school"); a
        # possessive before it is somebody's school ("Ellie's primary school"), not a name.
        Pattern("school name then its type in lower case",
                rf"(?<![\p{{L}}])(?:{_WORD}{_SEP}(?:{_JOINER}{_SEP})*){{0,2}}{_WORD}(?<!['’]s)"
                r"[ ](?:special|primary|junior|infant|secondary|high|nursery)[ ]school"
                r"(?![\p{L}])", 0.7),
        Pattern("saint's in lower case", r"(?<![\p{L}\p{N}])st\.?[ ]?\n?[ ]?\p{Ll}{3,}['’]s(?![\p{L}])", 0.65),
        # Typed in lower case ("fellview primary school"): kept when a word before the type is no dictionary
        # word, or when dictionary words stand as a name after a word pointing at a place ("sent to valley view
        # primary school"), never for a generic phrase ("the local primary school").
        Pattern("school name in lower case", rf"(?<![\p{{L}}])(?:{_LOWER_WORD}{_SEP}){{1,3}}{_LOWER_TYPE}(?![\p{{L}}])", 0.7),
    ]
    CONTEXT = ["attends", "attended", "school", "placement", "named"]

    def keep_pattern(self, pattern_name: str, text: str) -> bool:
        # A cheap test first: the pattern tries a capitalised word everywhere, and few texts write its type in lower case.
        if pattern_name == "school name then its type in lower case":
            return _LOWER_TYPE_SCHOOL.search(text) is not None
        return True

    def keep(self, pattern_name: str, found: str) -> bool:
        if pattern_name == "saint's in lower case":  # "st columba's", "st mary's"; not "1st child's"
            return found.split()[-1][:-2] not in FIELD_VALUE_STOPWORDS
        if pattern_name != "school name in lower case":
            return True
        words = found.split()
        while words and (words[0] in FIELD_VALUE_STOPWORDS or words[0].capitalize() in SCHOOL_GENERIC_WORDS):
            words.pop(0)
        # A name of dictionary words ("valley view primary school") is judged with the text around it in _trim_words.
        return bool(words[:-1])

    def find(self, text: str) -> Iterator[Span]:
        for span in super().find(text):
            trimmed = self._trim(text, span)
            if trimmed is not None:
                yield trimmed

    @classmethod
    def _trim(cls, text: str, span: Span) -> Span | None:
        """A name wrapped over a line break is one name ("St Alban's C of E⏎Primary School"), unless the
        next line holds a whole school name of its own ("N. Shevchenko⏎Little Valley View Nursery")."""
        cut = text.rfind("\n", span.start, span.end)
        type_word = _LOWER_TYPE_WORD if text[span.start : span.end].islower() else _TYPE_WORD
        if cut >= 0 and type_word.search(text, cut + 1, span.end) and (
                own_line := cls._trim_words(text, Span(cut + 1, span.end, span.type, span.score, span.source))):
            return own_line
        return cls._trim_words(text, span)

    @staticmethod
    def _trim_words(text: str, span: Span) -> Span | None:
        """Drop leading generic words ("At", "The local") and reject names with nothing distinctive."""
        words = list(_NON_SPACE.finditer(text, span.start, span.end))
        lower = text[span.start : span.end].islower()  # typed in lower case: the words are read as if capitalised
        if lower and (named := _named_in_words(text, words)) is not None:
            return Span(named, span.end, span.type, span.score, span.source)
        while words and (_capitalised(words[0].group().strip(",.;:"), lower) in SCHOOL_GENERIC_WORDS
                         or lower and is_common_word(words[0].group()) and words[0].group() not in _NAME_OPENERS):
            words.pop(0)  # "have consulted eaglesfield infant school": lower-case words before the name
        if not words:
            return None
        distinctive = [w for w in words if _capitalised(w.group(), lower)[:1].isupper()
                       and _capitalised(w.group(), lower) not in SCHOOL_GENERIC_WORDS]
        type_words = {"School", "Academy", "Nursery", "Unit", "Centre", "Federation", "College",
                      "Primary", "Infant", "Infants", "Junior", "Juniors", "Secondary", "High",
                      "Grammar", "Pre-school", "Preschool", "Pre-School", "Studio", "Free", "Learning",
                      "Church", "&", "and"}
        if not [w for w in distinctive if _capitalised(w.group().strip(",.;:"), lower) not in type_words
                and len(w.group().strip(",.;:")) > 1]:
            return None
        return Span(words[0].start(), span.end, span.type, span.score, span.source)
