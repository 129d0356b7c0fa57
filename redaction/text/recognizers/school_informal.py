"""Schools by the names people use for them when they do not spell them out:

- two saints joined: "St Barnabas and St Paul's", "SS Peter and Paul" (the saint's reader takes the last only);
- Gaelic and Irish schools ("Gaelscoil na bhFál", "Bunscoil an Iúir", "Sgoil Lionacleit", "Coláiste Feirste"), with
  the lower-case particles and the eclipsed capitals of Irish ("bhFál", "gCaisleán", "Naomh"), and a Welsh, Gaelic
  or Irish school's name in capitals on a letterhead ("YSGOL BRO ALAW");
- a name before its church or foundation status and a lower-case kind: "Gresford VC school", "Holy Trinity CE
  primary";
- a school by the street it is on, with its article: "the Academy on Burn Lane", "the primary on Mill Road";
- a short name after a cue of school life that only a school takes: "naming Fieldway" (a plan names a school),
  "Year 2 at Millbrook", "the unit at Hazlehead", "the SENCo at Oakfield", "school: oakhurst community".

After a cue the name is one to three capitalised words, none a word of case notes, a given name or an English
word, or a lower-case run ending in a school's kind ("oakhurst community"); a sentence's plain words stay.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.english import is_english_word
from redaction.text.lexicons import CALENDAR_WORDS, FIRST_NAMES, NOT_NAMES, ORG_WORDS, ROLE_WORDS, TITLES
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.only_a_name import only_a_name

__all__ = ["InformalSchoolRecognizer"]

_CAP = r"\p{Lu}[\p{Ll}'’\-]+"
_SAINTS = regex.compile(
    rf"(?<![\p{{L}}])(?:St\.?|Saint|SS)[ ]{_CAP}(?:(?:,[ ]|[ ]and[ ]|[ ]&[ ])(?:(?:St\.?|Saint)[ ])?{_CAP}){{1,2}}(?![\p{{L}}])"
)
# Irish and Gaelic: "na", "an", "Naomh", "Mhuire", eclipsed "bhFál", "gCaisleán", prefixed "t-Sléibhe", "h-Aird".
_GAELIC_WORD = r"(?:na|an|nan|a'|of|Naomh|(?:[bdgmnt]h?|h-|n-|t-)?\p{Lu}[\p{Ll}'’áéíóú\-]*)"
_GAELIC = regex.compile(
    rf"(?<![\p{{L}}])(?:Gaelscoil|Bunscoil|Scoil|Sgoil|Meánscoil|Coláiste|Gaelcholáiste|Colaiste|Gaelcholaiste)"
    rf"(?:[ ]{_GAELIC_WORD}){{1,4}}(?![\p{{L}}])"
)
# A heading's name, not a phrase inside a heading ("PRYDAU YSGOL AM DDIM", free school meals): no capital word before
# it, no Welsh function word in it.
_CAPITALS = regex.compile(
    r"(?<![\p{L}])(?<!\p{Lu}[ ])(?:YSGOL|SGOIL|GAELSCOIL|BUNSCOIL|SCOIL|COLÁISTE|COLAISTE)(?:[ ](?:Y|YR|NA|AN|(?!(?:AM|AR|YN|I|O|AC|DDIM|GYDA|NEU)\b)\p{Lu}[\p{Lu}'’\-]+)){1,5}"
    r"(?![\p{L}])"
)
_STATUS = regex.compile(
    rf"(?<![\p{{L}}])(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})[ ](?:VC|VA|CE|C[ ]of[ ]E|CofE|RC|CE[ ]VC|CE[ ]VA|RC[ ]VA)"
    r"[ ](?:school|primary|academy|junior|infant|infants|juniors|first[ ]school|high)(?![\p{L}])"
)
_STREET_TYPES = r"(?:Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Terrace|Hill|Grove|Gardens|Park|Rise|View|Walk|Green)"
_ON_STREET = regex.compile(
    rf"(?<![\p{{L}}])(?P<school>(?i:the)[ ](?:Academy|academy|school|School|primary|Primary|nursery|Nursery|college"
    rf"|College|juniors|infants|secondary|high[ ]school|special[ ]school)[ ](?:on|in|off)[ ]{_CAP}(?:[ ]{_CAP})?[ ]{_STREET_TYPES})"
    r"(?![\p{L}])"
)
# Cues only a school takes: a plan names it, a class, a unit or a member of staff is at it.
_CUE = regex.compile(
    r"(?:\b(?i:naming|to[ ]name|naming[ ]of|named[ ]school(?:[ ]is)?|name[ ](?:of[ ])?school(?:[ ]is)?)"
    r"|\b(?:Year|year|Yr|yr|Y|P|S)[ ]?\d{1,2}[ ](?:at|in)|\b(?i:reception|nursery)[ ](?:class[ ])?at"
    r"|\b(?i:unit|base|resource[ ]base|hub|class|classes|provision|sixth[ ]form|SENCo|SENCO|Senco|ALNCo|headteacher"
    r"|head[ ]teacher|deputy[ ]head|class[ ]teacher|form[ ]tutor|TA|1:1)[ ]at)[ ]"
    rf"(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})(?![\p{{L}}])"
)
_ON_STREET_SCORE = 0.9
_LOWER_KINDS = r"(?:community|primary|academy|juniors|infants|junior|infant|high|college|nursery|prep)"
_LOWER_FIELD = regex.compile(
    rf"\b(?i:school|sch|setting|nursery)[ ]?[:\-]?[ ](?P<name>\p{{Ll}}{{3,}}(?:[ ]\p{{Ll}}{{3,}})?[ ]{_LOWER_KINDS})(?![\p{{L}}])"
)
_NEVER = NOT_NAMES | ORG_WORDS | ROLE_WORDS | TITLES | CALENDAR_WORDS


class InformalSchoolRecognizer(UkPatternRecognizer):
    ENTITY = "SCHOOL"
    PATTERNS = [Pattern("school by an informal name", _GAELIC.pattern, 0.7)]  # for Presidio's registry
    SCORE = 0.7

    def find(self, text: str) -> Iterator[Span]:
        for pattern in (_SAINTS, _GAELIC, _CAPITALS):
            for match in pattern.finditer(text):
                yield Span(match.start(), match.end(), self.ENTITY, self.SCORE, "pattern")
        for match in _STATUS.finditer(text):
            words = match.group("name").split()
            while words and words[0] in _NEVER:  # "The Gresford VC school": the sentence's word goes
                words = words[1:]
            if words:
                start = match.end("name") - len(" ".join(words))
                yield Span(start, match.end(), self.ENTITY, 0.8, "pattern")  # over a name cue on its first word
        for match in _ON_STREET.finditer(text):
            # the article with it ("the academy on Mill Lane" is the name parents use), and above a name reader's
            # reading of the street ("Burn Lane" as a person): the kind and "on" say it is a school's street
            yield Span(match.start("school"), match.end("school"), self.ENTITY, _ON_STREET_SCORE, "pattern")
        for match in _CUE.finditer(text):
            words = match.group("name").split()
            while words and not only_a_name(words, _NEVER):  # "at Sarah's request": the owner is a person
                words = words[:-1]
            if words:
                start = match.start("name")
                yield Span(start, start + len(" ".join(words)), self.ENTITY, 0.6, "pattern")
        for match in _LOWER_FIELD.finditer(text):
            head = match.group("name").split()[0]
            if is_english_word(head) or head.capitalize() in FIRST_NAMES:
                continue
            yield Span(match.start("name"), match.end("name"), self.ENTITY, 0.6, "pattern")
