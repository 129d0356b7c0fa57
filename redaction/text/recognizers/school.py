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
from redaction.text.lexicons import CALENDAR_WORDS, FIELD_VALUE_STOPWORDS, FIRST_NAMES, SCHOOL_GENERIC_WORDS
from redaction.text.names import strip_possessive
from redaction.text.peoples import PEOPLES_AND_LANGUAGES
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkSchoolRecognizer"]

_WORD = r"(?:\p{Lu}[\p{L}'’\-]*|St\.?)"
_JOINER = r"(?:of|and|&|the|on|upon|in|under|le|by|C[ ]of(?:[ ]|[ ]?\n[ ]?)E|CofE|CE|RC|VA|VC)"
# Words are separated by a space or by one line break (PDF text wraps a long name); two spaces or more
# are a table's cell gap, which separates cells, not the words of a name.
_SEP = r"(?:[ ]|[ ]?\n[ ]?)"
_TYPE = (
    r"(?:Primary|Infants?|Juniors?|Nursery|Pre-?[Ss]chool|Secondary|High|Grammar|Academy|College"
    r"|School|Church School|Federation|Learning Centre|Learning Community|Studio|Free School|Collegiate|Playgroup"
    r"|Kindergarten)"
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


_KIND_ALONE = "school name then its kind alone in lower case"
_KIND_ALONE_WORD = regex.compile(r"\p{Lu}\p{Ll}*[ ](?:infants|juniors|nursery|pre-?school|playgroup|primary)\b")
# Words before a kind that say what kind of setting, language, faith or day it is, not which ("a Welsh primary",
# "the Montessori nursery", "Monday nursery", "NHS nursery").
_NOT_A_NAME_BEFORE_KIND = frozenset({"montessori", "steiner", "forest", "workplace", "council", "nhs", "church",
                                     "baby", "toddler", "pre", "after", "holiday", "summer"})


def _named_before_its_kind(words: list[str]) -> bool:
    """Whether the capitalised ``words`` before a lower-case kind name a setting: a word with a small letter that is
    no generic, describing, calendar, language or nationality word ("a Welsh primary", "his Monday nursery")."""
    named = [w for w in words if w not in SCHOOL_GENERIC_WORDS and w not in ("of", "and", "&", "the", "on", "upon",
                                                                            "in", "under", "le", "by")]
    if not named or any(w.isupper() and len(w) > 1 for w in named):
        return False  # "SEN nursery", "NHS primary": an acronym's kind of setting
    return not any(w.lower() in _DESCRIBING or w.lower() in _NOT_A_NAME_BEFORE_KIND or w in CALENDAR_WORDS
                   or w in PEOPLES_AND_LANGUAGES for w in named)


def _our_lady(words: list[regex.Match[str]]) -> bool:
    """"Our Lady of Lourdes", "Our Lady's": the dedication's "Our" is the name's, not a generic word."""
    return len(words) > 1 and words[0].group().casefold() == "our" and words[1].group().casefold().startswith("lady")


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
        Pattern("saint's", r"(?<![\p{L}])(?:St\.?[ \n]\p{Lu}\p{Ll}+|Our[ ]Lady)['’]s(?![\p{L}])", 0.7),
        # A name of two words or more closed by its church status alone ("Our Lady of Lourdes RC", "St Aidan's CofE",
        # "Holy Trinity CiW"): only schools and churches write it so, and in SEND writing it is the school.
        Pattern("school name then its church status",
                rf"(?<![\p{{L}}])(?:{_WORD}{_SEP}(?:{_JOINER}{_SEP})*){{2,6}}(?-i:RC|R\.C\.|CofE|C[ ]of[ ]E|CE|CiW)"
                r"(?![\p{L}])(?![ ]*\n?[ ]*\p{Lu})", 0.7),
        # A name in capitals before a type in lower case ("Kingfisher special school"); a
        # possessive before it is somebody's school ("Ellie's primary school"), not a name.
        Pattern("school name then its type in lower case",
                rf"(?<![\p{{L}}])(?:{_WORD}{_SEP}(?:{_JOINER}{_SEP})*){{0,2}}{_WORD}(?<!['’]s)"
                r"[ ](?:special|primary|junior|infant|secondary|high|nursery)[ ]school"
                r"(?![\p{L}])", 0.7),
        # A name in capitals before its kind alone in lower case, as parents write it ("Kingsmead juniors", "St Ives
        # infants", "Little Acorns nursery", "Westfield primary"); judged in ``keep``.
        Pattern(_KIND_ALONE,
                # (not one of a kind: "a Leeds primary", "any Catholic nursery"; not a kind as an adjective: "Leeds
                # primary settings", "Welsh nursery provision")
                rf"(?<![\p{{L}}])(?<!\b(?i:an?|any|every|some|other|another|which|what|no)[ ])"
                rf"(?:{_WORD}{_SEP}(?:{_JOINER}{_SEP})*){{0,2}}{_WORD}(?<!['’]s)"
                r"[ ](?:infants|juniors|nursery|pre-school|preschool|playgroup|primary)(?![\p{L}\-])"
                r"(?![ ]+(?i:schools?|settings?|pupils?|children|provision|places?|phase|stage|sector|age|aged|years"
                r"|education|teachers?|staff|care|nurses?|rhymes?|class(?:es)?|level|trainings?|funding|heads?)\b)", 0.7),
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
        if pattern_name == _KIND_ALONE:
            return _KIND_ALONE_WORD.search(text) is not None
        return True

    def keep(self, pattern_name: str, found: str) -> bool:
        if pattern_name == _KIND_ALONE:
            return _named_before_its_kind(found.split()[:-1])
        if pattern_name == "school name then its church status":  # "John Smith RC": a person's name and faith
            return found.split()[0] not in FIRST_NAMES
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
        while words and not _our_lady(words) and (_capitalised(words[0].group().strip(",.;:"), lower) in SCHOOL_GENERIC_WORDS
                         or lower and is_common_word(words[0].group()) and words[0].group() not in _NAME_OPENERS):
            words.pop(0)  # "have consulted eaglesfield infant school": lower-case words before the name
        if not words:
            return None
        distinctive = [w for w in words if _capitalised(w.group(), lower)[:1].isupper()
                       and _capitalised(w.group(), lower) not in SCHOOL_GENERIC_WORDS]
        type_words = {"School", "Academy", "Nursery", "Unit", "Centre", "Federation", "College",
                      "Primary", "Infant", "Infants", "Junior", "Juniors", "Secondary", "High",
                      "Grammar", "Pre-school", "Preschool", "Pre-School", "Studio", "Free", "Learning", "Community",
                      "Playgroup", "Kindergarten",
                      "Church", "&", "and"}
        if not [w for w in distinctive if _capitalised(w.group().strip(",.;:"), lower) not in type_words
                and len(w.group().strip(",.;:")) > 1]:
            return None
        return Span(words[0].start(), span.end, span.type, span.score, span.source)
