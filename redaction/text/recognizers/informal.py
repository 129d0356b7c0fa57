"""Names in lower-case informal text: call notes, texts, voicemail transcripts, a young person's own words.

"hi it's kerry barker amelia rose's mum", "my name is hamza bajwa", "spoke to kerry", "rang tomasz".
Without capitals a name is told by the words before or after it, in any case:

- a self-introduction ("my name is", "name's", "i'm called", "this is", "it's" after a greeting or
  opening a line, "X here" opening a line) takes up to three words;
- a relation or an action ("my son", "her daughter", "spoke to", "rang", "message from", "mr", "dear",
  "hi") takes one or two words;
- a possessive before a relation ("kerry's mum", "amelias dad") takes the one or two words before it.

In a lower-case note a name also opens a sentence before a verb people do ("hadiza rang upset", "gethin
has significant difficulties"), follows "by", "with", "for", "from", "referring" ("finalised by nadia
uddin"), or stands before a role in brackets ("kerry-ann barker (appellant)"); there the word must be
unusual: no stop word, no dictionary word, no mistyped dictionary word ("eviidence"), no acronym. After "by",
"with", "for", "from" the sentence must also be typed in lower case up to the word: a writer who opened it with a
capital ("He copies phrases from television", "held by video") would have capitalised a name, and the dictionary
is older than many words of today.

A word is taken when it is written in lower case and is no stop word (function words, roles, the
commonest words of messages: :data:`~redaction.text.lexicons.FIELD_VALUE_STOPWORDS`); after the weaker
cues (relations, actions, possessives beyond the word next to the cue) it must also be no entry of a
general dictionary (:func:`~redaction.text.english.is_common_word`), so "rang school" or "spoke to
the office" find nothing. Capitalised names are left to the other recognizers.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.english import is_common_word, looks_like_a_typo
from redaction.text.lexicons import ACRONYMS, FIELD_VALUE_STOPWORDS, FIRST_NAMES
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.lowercase_cued_name import opens_in_lower_case

__all__ = ["UkInformalPersonRecognizer"]

_WORD = r"\p{Ll}[\p{Ll}\p{M}'’\-]*\p{Ll}"
_NAMING = r"my[ ]name[ ]is|my[ ]names|name['’]s|i[ ]am[ ]called|i['’]?m[ ]called"  # not "the LA names ..."
_SELF = (
    rf"{_NAMING}|(?:hi|hello|hiya|hey|morning|evening)[ ,]+(?:it['’]?s|its|this[ ]is)|(?:(?m:^)|(?<=[.!?][ ]))[ \t]*(?:it['’]?s|its)"
)
_CUE = (
    r"this[ ]is|my[ ](?:son|daughter|boy|girl|mum|mam|dad|brother|sister|partner|husband|wife|nan|gran|friend)"
    r"|(?:her|his|their)[ ](?:son|daughter|mum|mam|dad|brother|sister|partner|mother|father|grandmother|grandfather"
    r"|carer|aunt|uncle|nan|gran)"
    r"|spoke[ ](?:to|with)|rang|phoned|called|texted|emailed|messaged|met[ ]with|told|asked"
    r"|(?:message|call|voicemail|text|email)[ ]from|mr|mrs|ms|miss|dr|dear|hi|hello|hiya|thanks|thank[ ]you"
)
_RELATION_AFTER = (
    r"(?:['’]s|s)[ ](?:mum|mam|mummy|mom|dad|daddy|nan|nana|gran|grandma|grandad|sister|brother|son|daughter"
    r"|teacher|ta|key[ ]?worker|social[ ]worker|school|class|ehcp|plan|appointment|review)\b"
)
_INTRODUCED = regex.compile(rf"(?i:\b(?:{_SELF}))[ ,:]+(?P<name>{_WORD}(?:[ ]{_WORD}){{0,2}})")
_CUED = regex.compile(rf"(?i:\b(?:{_CUE}))(?:[ ,]+|[ ]?\n)(?P<name>{_WORD}(?:[ ]{_WORD})?)")
_NAME_WORD = regex.compile(_WORD)
_NAMING_CUE = regex.compile(rf"(?i:\b(?:{_NAMING}))")
_PART = r"(?:ó|ní|nic|van|von|der|den|de|da|di|du|del|della|la|le|al|el|bin|ibn|dos|das)"
_SURNAME = rf"(?:{_PART}[ ])*{_WORD}"
_PARTICLE = regex.compile(_PART)  # compiled once: regex.fullmatch(pattern, ...) looks it up per call
_NON_SPACE = regex.compile(r"\S+")
# After a title typed in lower case ("mrs okafor", "judge pereira", "miss ó súilleabháin") the words are a name.
# A title's name may wrap onto the next line ("mr shakeel⏎abernethy"), but not into the next line's heading or role.
_NOT_SURNAME_LINE = r"consultant|paediatrician|senco|headteacher|teacher|director|manager|officer|psychologist|worker|re|tel"
_TITLED = regex.compile(
    rf"(?<![\p{{L}}])(?<!(?i:the|a|an)[ ]+)(?i:mr|mrs|ms|miss|mx|judge)\.?[ ]+(?P<name>{_SURNAME}(?:(?:[ ]|[ ]?\n)(?!(?:{_NOT_SURNAME_LINE})\b){_SURNAME}){{0,2}})"
)  # not "the judge summarised"
# "dr" in lower case is a doctor where a sentence, a list or a verb puts a person ("letter from dr mirza", "yours
# sincerely⏎dr precious enright"), not after a street's name ("priory dr").
_DOCTOR = regex.compile(
    # a list item's start ("- dr amadou sow - indep EP"), and verbs of a to-do list ("check dr sow can do 11am")
    r"(?:(?m:^)|(?m:(?<=^[ \t]*[-*•–][ \t]*))|(?<=[,;:(\"“][ \t]*)|(?<=[.!?][ ]+)|(?<=(?<![\p{L}])(?i:by|with|from|to|and|or|saw|see|seen|cc|dear"
    r"|contact|contacted|ask|asked|told|tell|rang|phoned|via|per|of|for|check|chase|call|ring|email|book|thank)[ ]+))"
    rf"(?:dr|prof)\.?[ ]+(?P<name>{_SURNAME}(?:[ ]{_SURNAME}){{0,2}})"
)
# An initial and a surname in lower case ("notes taken by n. malinowski", "- e. brannigan to update").
_INITIAL_SURNAME = regex.compile(rf"(?<![\p{{L}}\p{{N}}.'’@])(?P<name>\p{{Ll}}\.[ ]?{_SURNAME})(?![\p{{L}}])")
# The name under a sign-off ("kind regards,⏎iman rahman").
_SIGNED_OFF = regex.compile(
    rf"(?i:regards|sincerely|faithfully|best[ ]wishes|many[ ]thanks|thanks)[,.!]?[ \t]*\n+[ \t]*(?P<name>{_SURNAME}(?:[ ]{_SURNAME}){{0,2}})[ \t]*$",
    regex.MULTILINE,
)
_HERE = regex.compile(rf"(?m:^)[ \t]*(?:(?i:hi|hiya|hello|hey)[ ,]+)?(?P<name>{_WORD}(?:[ ]{_WORD})?)[ ,]+here\b")
_VERB = (
    r"(?:also[ ]|still[ ]|now[ ]|then[ ]|really[ ])?(?:is|was|has|had|have|said|says|told|rang|phoned|called|asked|agreed"
    r"|explained|explains|reported|reports|added|adds|agrees|asks|tells|feels|felt|thinks|wants|wanted|needs|likes|loves|enjoys|attends|attended|can|cannot"
    r"|can't|cant|could|will|would|won't|wont|did|does|doesn't|doesnt|didn't|didnt|gets|got|went|goes|came|comes"
    r"|lives|struggles|struggled|finds|found|seems|started|starts|applied|refuses|refused|cried|hit|left|joined"
    r"|drew|described|gave|completed|confirmed|welcomed|copes|uses|receives|received|must|should|may|might)\b"
)
_OPENS_BEFORE_VERB = regex.compile(
    rf"(?:^|(?<=[.!?:;]\s*|\n[ \t]*|[\"“(][ ]*))(?P<name>{_WORD}(?:[ ]{_WORD})?)(?=[ ]+{_VERB})",
    regex.MULTILINE,
)
_AFTER_WORD = regex.compile(rf"(?<![\p{{L}}])(?:by|with|for|from|referring|reviewed|and|saw)[ ]+(?P<name>{_WORD}(?:[ ]{_WORD})?)")
# A name with an inner particle, in lower case or capitals ("shay ní bhriain", "TYRA NÍ BHRIAIN"): the particle says
# both words round it are the name's, whatever the first word reads as.
_INNER_PARTICLE = r"ní|nic|ó|uí|mac|van|von|der|den|de|da|del|della|bin|ibn|al|el|dos|das"
_WITH_PARTICLE = regex.compile(
    rf"(?<![\p{{L}}'’])(?:(?P<first>{_WORD})[ ](?:(?:{_INNER_PARTICLE})[ ])+(?P<surname>{_WORD})"
    rf"|(?P<first>\p{{Lu}}{{2,}})[ ](?:(?i:{_INNER_PARTICLE})[ ])+(?P<surname>\p{{Lu}}[\p{{Lu}}'’\-]+))(?![\p{{L}}])"
)
# The particle between spaces, in any case, that every such name has: a text without one is not searched for them.
_PARTICLE = regex.compile(rf"[ ](?i:{_INNER_PARTICLE})[ ]")
# A subject line names the child before the birth date: "Re: blessing (DOB 8 Mar. 2010)".
_SUBJECT_CHILD = regex.compile(
    r"(?im)^[ \t]*re[ ]*:[ ]*(?P<name>\p{L}[\p{L}\p{M}'’\-]*(?:[ ]\p{L}[\p{L}\p{M}'’\-]*){0,2})[ ]*\((?:dob|d\.o\.b\.?|born)\b"
)
_BEFORE_ROLE = regex.compile(
    rf"(?m:^)[ \t]*(?P<name>{_WORD}(?:,?[ ]{_WORD}){{0,2}})[ ]*\((?i:the[ ])?(?i:child|young[ ]person|appellants?|parents?"
    r"|mum|mother|dad|father|respondent|pupil)\)"
)
_SPEAKER_BEFORE = regex.compile(rf"(?i:\b(?:{_SELF}))[ ,:]+{_WORD}[ ]\Z")
_POSSESSED = regex.compile(rf"(?r)(?<![\p{{L}}'’])(?P<name>{_WORD}(?:[ ]{_WORD})?)(?={_RELATION_AFTER})")


def _written_name(match: regex.Match[str]) -> Iterator[Span]:
    """The words after a title or under a sign-off: any words but stop words (particles kept inside)."""
    words = list(_NON_SPACE.finditer(match["name"]))
    taken = 0
    for index, word in enumerate(words):
        bare = word.group().strip("'’-")
        particle = _PARTICLE.fullmatch(bare) is not None
        if bare in FIELD_VALUE_STOPWORDS or bare.upper() in ACRONYMS and not particle:
            break
        previous = words[index - 1].group() if index else ""
        if index and not particle and not _PARTICLE.fullmatch(previous) and not _name_like(bare) \
                and not _surname_at_end(match, words, index):
            break  # "miss okafor know": after the first word, only words no dictionary has
        taken = index + 1
    while taken and _PARTICLE.fullmatch(words[taken - 1].group()):
        taken -= 1
    if taken:
        start = match.start("name")
        yield Span(start, start + words[taken - 1].end(), "PERSON", 0.8, "pattern")


_NAME_ENDS = regex.compile(r"[ \t]*(?:[,;)\n]|\.(?:\s|\Z)|\Z)|[ ]+(?:and|&)[ ]+(?i:mr|mrs|ms|miss|mx|dr)\b")


def _surname_at_end(match: regex.Match[str], words: list[regex.Match[str]], index: int) -> bool:
    """A dictionary word that ends the name where a comma or the line ends it ("mr arnav eke, reports") is its
    surname, unless it reads as a word of the sentence ("today", "reviewed")."""
    word = words[index].group().strip("'’-")
    if word in FIELD_VALUE_STOPWORDS or word.endswith(("ed", "ing", "ly")):
        return False
    return _NAME_ENDS.match(match.string, match.start("name") + words[index].end()) is not None


def _before_possessive(text: str, span: Span, start: int) -> Span:
    """A self-introduction running into a possessive's name: "it's kerry barker amelia rose's mum" is kerry
    barker (a name is two words) and amelia rose; "its wanjiru okafor kieron's mum" is wanjiru okafor and
    kieron."""
    if not span.start < start < span.end + 1:
        return span
    words = list(_NAME_WORD.finditer(text, span.start, span.end))
    if len(words) < 3:
        return span
    return Span(span.start, words[1].end(), span.type, span.score, span.source)


# "st" opens a saint's school or church, or shortens a street ("excluded from st josephs"): no name.
_SAINT_OR_STREET = frozenset({"st", "st."})


def _unusual(word: str) -> bool:
    return not is_common_word(word) or word.capitalize() in FIRST_NAMES


def _name_like(word: str) -> bool:
    """A lower-case word with no other reading: no stop word, acronym, dictionary word or typo of one, and no
    compound of dictionary words ("top-up", "one-page")."""
    bare = word.strip("'’-")
    if "-" in bare and all(is_common_word(part) for part in bare.split("-") if part):
        return False
    return (len(bare) >= 2 and bare not in FIELD_VALUE_STOPWORDS and bare.casefold() not in _SAINT_OR_STREET
            and bare.upper() not in ACRONYMS
            and not is_common_word(bare) and not looks_like_a_typo(bare))


def _taken(words: list[str], *, naming: bool = False, strong: bool = False, possessive: bool = False) -> int:
    """How many of ``words`` (in reading order) form the name. After "my name is" any words but stop words;
    after another self-introduction the first must be unusual (no dictionary word), the rest any; after a
    weaker cue each must be unusual, except the word right before a possessive ("rose's mum")."""
    count = 0
    for index, word in enumerate(words):
        bare = word.strip("'’-")
        if bare in FIELD_VALUE_STOPWORDS or len(bare) < 2 or bare.casefold() in _SAINT_OR_STREET:
            break
        if not (naming or possessive and index == 0 or strong and index > 0) and not _unusual(bare):
            break
        if word.endswith(("'s", "’s")) and not possessive and index > 0:
            break  # "its cerian okafor kieron's mum": a possessive after a name is another person's
        count += 1
        if word.endswith(("'s", "’s")) and not possessive:
            break
    return count


class UkInformalPersonRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("self-introduction", _INTRODUCED.pattern, 0.8), Pattern("informal cue", _CUED.pattern, 0.75)]

    def find(self, text: str) -> Iterator[Span]:
        introduced: list[Span] = []
        for pattern, strong in ((_INTRODUCED, True), (_HERE, True), (_CUED, False)):
            for match in pattern.finditer(text, overlapped=pattern is _CUED):  # "dear dr⏎name": two cues in a row
                naming = strong and _NAMING_CUE.search(match.group(), 0, match.start("name") - match.start()) is not None
                introduced.extend(self._name(match, strong=strong, naming=naming))
        for pattern in (_TITLED, _DOCTOR, _SIGNED_OFF):
            for match in pattern.finditer(text):
                yield from _written_name(match)
        for match in _INITIAL_SURNAME.finditer(text):
            surname = match["name"].split(".", 1)[1].strip().split(" ")[-1]
            if _name_like(surname):
                yield Span(match.start("name"), match.end("name"), "PERSON", 0.8, "pattern")
        for match in _WITH_PARTICLE.finditer(text) if _PARTICLE.search(text) is not None else ():
            if _name_like(match["surname"].casefold()) and match["first"].casefold() not in FIELD_VALUE_STOPWORDS:
                yield Span(match.start(), match.end(), "PERSON", 0.75, "pattern")
        for pattern in (_OPENS_BEFORE_VERB, _AFTER_WORD, _BEFORE_ROLE, _SUBJECT_CHILD):
            for match in pattern.finditer(text, overlapped=True):  # "and tourette's with chidinma": both cues
                if pattern is _AFTER_WORD and not opens_in_lower_case(text, match.start("name")):
                    continue  # "He repeats phrases from television": this writer would have capitalised a name
                words = list(_NAME_WORD.finditer(text, match.start("name"), match.end("name")))
                count = 0
                while count < len(words) and _name_like(words[count].group()):
                    count += 1
                if pattern in (_BEFORE_ROLE, _SUBJECT_CHILD):  # "precious mahmoud (appellant)": the name, whatever its words
                    count = 0
                    while count < len(words) and words[count].group() not in FIELD_VALUE_STOPWORDS \
                            and words[count].group().upper() not in ACRONYMS:
                        count += 1
                if count:
                    yield Span(match.start("name"), words[count - 1].end(), "PERSON", 0.75, "pattern")
        for match in _POSSESSED.finditer(text):
            words = match["name"].split(" ")
            if not text.startswith(("'", "’"), match.end("name")) and is_common_word(words[-1] + "s"):
                continue  # "class teacher" is no "clas's teacher": without an apostrophe the word must be unusual
            count = _taken(words[::-1], strong=False, possessive=True)
            if count > 1 and _SPEAKER_BEFORE.search(text, max(0, match.start("name") - 40), match.start("name")):
                count = 1  # "its precious kaczmarek dáithí's mum": the speaker's first and last name, then the child
            if count:
                start = match.end("name") - len(" ".join(words[len(words) - count :]))
                introduced = [_before_possessive(text, s, start) for s in introduced]
                overlapping = [s for s in introduced if s.start < start < s.end + 1]
                yield Span(max([start, *(s.end + 1 for s in overlapping)]), match.end("name"), "PERSON", 0.75, "pattern")
        yield from introduced

    @staticmethod
    def _name(match: regex.Match[str], *, strong: bool, naming: bool) -> Iterator[Span]:
        words = match["name"].split(" ")
        count = _taken(words, strong=strong, naming=naming)
        if count:
            start = match.start("name")
            end = start + len(" ".join(words[:count]))
            if match.string.startswith(("'s", "’s"), end - 2):
                end -= 2
            yield Span(start, end, "PERSON", 0.8 if strong else 0.75, "pattern")
