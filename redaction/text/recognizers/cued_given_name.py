"""Given names that are also words ("Will", "Rose", "Faith") or short ("Tom", "Max"), where the text gives a reader's cue.

:mod:`.given_name` leaves a name that is also an English word, or of three letters, to readers that weigh
more cues: alone it is a word as often as a name. These are the cues a reader uses, each a shape the word
has only as a name:

- a family word before it: "her sister Faith", "my son Will", "his twin brothers Jack and Harry",
  "Mum (Precious)";
- a family word, a carer or a record of one person after its possessive: "Rose's mum", "Will's teacher",
  "Summer's UPN", "Hope's EHCP";
- the object of a verb only done to or with people: "shouted at Will", "pushed Rose", "texted Hope", "call
  Grace", "ask Will", "met Hope", "ask Summer" (a month or a season that is a given name too, no date after it),
  and of thanks and good wishes: "Thanks to Hope for organising", "Congratulations to Faith";
- a list of given names with at least one no reader takes for a word: "Tom, Will, Rose and Ahmed"
  (a list of words, "Amber, Red and Green", has a word that is no given name);
- a self-introduction: "My name is Siiri", "This is Chidi speaking", "Hi all, I'm Tage, new here" (after a
  greeting's "I'm"/"it's" a word that is no English word or is a given name: "Hi, I'm Sorry" is no one).

A month or weekday, a role, a title, an organisation's word or a people is never taken.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.english import is_english_word
from redaction.text.given_names import is_given_name
from redaction.text.lexicons import CALENDAR_WORDS, ENGLISH_WORD_NAMES, NOT_NAMES, ORG_WORDS, ROLE_WORDS, TITLES
from redaction.text.peoples import PEOPLES_AND_LANGUAGES
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.field_person import EXACT_SCORE

__all__ = ["CuedGivenNameRecognizer"]

_NAME = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
_FAMILY = (
    r"(?:son|sons|daughter|daughters|brother|brothers|sister|sisters|sibling|siblings|twin|twins|cousin|cousins|niece"
    r"|nephew|grandson|granddaughter|grandchild|stepson|stepdaughter|stepbrother|stepsister|half-brother|half-sister"
    r"|baby|mum|mom|mam|dad|mother|father|stepmum|stepdad|aunt|auntie|uncle|nan|nana|gran|granny|grandma|grandad"
    r"|grandpa|grandmother|grandfather|husband|wife|partner|boyfriend|girlfriend|friend|friends|best[ ]friend"
    # general English: "Aroha's aunty Mereana", "my two kids Arlo and Mere", "our neighbour Kalani"
    r"|aunty|aunties|kids|children|grandkids|grandchildren|godson|goddaughter|neighbour|neighbor|colleague"
    r"|flatmate|housemate|roommate|fianc[ée]e?|fiance[e]?)"
)
# "her sister Faith", "his twin brothers Jack and Harry", "Mum (Precious)": the names after the family word.
_AFTER_FAMILY = regex.compile(
    rf"(?i:\b{_FAMILY})(?:[ ]+\((?P<bracketed>{_NAME})\)|,?[ ]+(?P<names>{_NAME}(?:(?:,[ ]+|[ ]+(?:and|&)[ ]+){_NAME})*))"
    r"(?![\p{L}\p{N}])"
)
# "Rose's mum", "Will's teacher": a possessive before a family word or a carer.
_POSSESSIVE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’\-])(?P<name>{_NAME})['’]s[ ]+(?:{_FAMILY}|teacher|keyworker|key[ ]worker|carer|foster[ ]carers?"
    r"|class[ ]teacher|TA|SENCo|social[ ]worker"
    # what a case file holds of one person: "Summer's UPN", "Will's EHCP", "Rose's attendance"
    r"|UPN|ULN|NHS[ ]number|DOB|date[ ]of[ ]birth|EHCP|EHC[ ]plan|IEP|IDP|PEP|one-page[ ]profile|diagnosis|medication"
    r"|attendance|placement|statement|annual[ ]review|case[ ]file|records?|(?:temporary|new|old)[ ]UPN)\b"
)
# "Tom, Will, Rose and Ahmed": three or more capitalised words joined as a list, or two joined by "and".
_LIST = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’\-])(?:{_NAME},[ ]+)+{_NAME},?[ ]+(?:and|&)[ ]+{_NAME}(?![\p{{L}}\p{{N}}])"
)
# "shouted at Will", "pushed Rose over", "texted Hope", "Call Grace": what one does to a person (the verb in any case). Places and things are not
# shouted at or hugged; verbs that take a place ("visited", "met at") are not here.
_PERSON_VERB = regex.compile(
    r"\b(?i:(?:shouted|yelled|screamed|swore|spat|lashed[ ]out|lunged|smiled|waved|winked|laughed|glared|growled)[ ]+at"
    r"|(?:pushed|shoved|hit|kicked|punched|slapped|bit|scratched|hugged|kissed|thanked|bullied|teased|tripped|pinched"
    r"|texted|messaged|phoned|emailed|e-mailed|comforted|reassured|praised|congratulated"
    # asking, telling, calling and meeting are done with people: "Can you call Grace", "ask Will", "I met Hope"
    r"|call|calling|called|ring|ringing|rang|ask|asking|asked|tell|telling|told|thank|thanks|met|email|text)"
    # thanks and good wishes go to people: "Thanks to Hope for organising", "Congratulations to Faith and Joy"
    r"|(?:thanks|thank[ ]you|grateful|congratulations|congrats|well[ ]done|shout[ \-]?out|hats[ ]off)[ ]+to"
    r"|(?:argued|fought|played|sat|fell[ ]out|chatted|talked)[ ]+with)[ ]+(?-i:(?P<name>" + _NAME + r"))(?![\p{L}\p{N}'’\-])"
)
# A self-introduction: "This is Chidi speaking", "My name is Siiri", "Hi all, I'm Tage, new here", "Hey, it's Forum!".
# "This is" only before "speaking", "here", "calling"; "I'm"/"it's" only after a greeting.
_INTRODUCED = regex.compile(
    r"(?:\b(?i:my[ ]name[ ]is|my[ ]name['’]s|i[ ]am[ ]called|i['’]m[ ]called)[ ]+(?P<named>" + _NAME + r"(?:[ ]" + _NAME + r"){0,2})"
    r"|\b(?i:this[ ]is)[ ]+(?P<speaking>" + _NAME + r"(?:[ ]" + _NAME + r")?)(?=[ ,]+(?:speaking|here|calling)\b)"
    r"|\b(?i:hi|hello|hey|hiya|morning|evening)(?:[ ](?i:all|everyone|there|guys|folks))?[,!]?[ ]+(?i:it['’]s|i['’]m|i[ ]am)"
    r"[ ]+(?P<greeted>" + _NAME + r")(?=[ ]*[,!.]|[ ]+(?:here|from|and)\b))"
    r"(?![\p{L}\p{N}'’\-])"
)
_THING_AFTER = regex.compile(r"[ ](?:Street|Road|Lane|Hall|House|Centre|Center|School|Academy|College|Hospital|Park|Ward|Unit|Group|Class)\b")
_NAME_IN = regex.compile(_NAME)


_ALWAYS_A_WORD = ROLE_WORDS | TITLES | ORG_WORDS


class CuedGivenNameRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("given name after a family word", _AFTER_FAMILY.pattern, 0.6)]  # for Presidio's registry
    SCORE = 0.6

    def find(self, text: str) -> Iterator[Span]:
        for match in _AFTER_FAMILY.finditer(text):
            group = "bracketed" if match.group("bracketed") else "names"
            yield from self._names(text, match.start(group), match.end(group))
        for match in _PERSON_VERB.finditer(text):
            name = match.group("name")
            if _THING_AFTER.match(text, match.end()) is not None:
                continue
            if _could_be_a_name(name):
                yield Span(match.start("name"), match.end("name"), self.ENTITY, self.SCORE, "pattern")
            elif (name in _CALENDAR_NAMES and _CALENDAR_AFTER.match(text, match.end()) is None
                    and _could_be_a_name(name, possessive=True, family=True)):
                # a month or a season that is a given name too is asked, thanked or texted only as a person ("ask
                # Summer about the tickets"), unless a date or a term runs on ("met June 2024"); read whole, as
                # after a family word
                yield Span(match.start("name"), match.end("name"), self.ENTITY, EXACT_SCORE, "pattern")
        for match in _POSSESSIVE.finditer(text):
            name = match.group("name")
            if _could_be_a_name(name, possessive=True):
                # A word of case notes let in by the possessive ("Summer") is read whole, as a field's value is:
                # the trimming that drops such words at a weak candidate's edge would undo the cue.
                score = EXACT_SCORE if name in NOT_NAMES else self.SCORE
                yield Span(match.start("name"), match.end("name"), self.ENTITY, score, "pattern")
        for match in _INTRODUCED.finditer(text):
            group = next(g for g in ("named", "speaking", "greeted") if match.group(g))
            words = list(_NAME_IN.finditer(text, match.start(group), match.end(group)))
            # after "my name is" any name; after "this is" or a greeting's "it's"/"I'm" a word that
            # is no English word, or a given name ("I'm Fine" and "it's Great" are no one)
            if all(_introduced(w.group(), strict=group != "named") for w in words):
                yield Span(match.start(group), match.end(group), self.ENTITY, self.SCORE, "pattern")
        for match in _LIST.finditer(text):
            words = list(_NAME_IN.finditer(text, match.start(), match.end()))
            if all(_could_be_a_name(w.group()) for w in words) and any(_unmistakable(w.group()) for w in words):
                for word in words:
                    yield Span(word.start(), word.end(), self.ENTITY, self.SCORE, "pattern")

    def _names(self, text: str, start: int, end: int) -> Iterator[Span]:
        for word in _NAME_IN.finditer(text, start, end):
            name = word.group()
            if _could_be_a_name(name):
                yield Span(word.start(), word.end(), self.ENTITY, self.SCORE, "pattern")
            elif _could_be_a_name(name, possessive=True, family=True) and _CALENDAR_AFTER.match(text, word.end()) is None:
                # "her daughter, Summer, is five", "my son Hunter": after a family word a word of case notes, or a
                # month or season that is a given name, is the name; read whole, as the possessive's is
                yield Span(word.start(), word.end(), self.ENTITY, EXACT_SCORE, "pattern")
            elif _unlisted_name(name):
                # "Aroha's aunty Mereana", "my kids Arlo and Mere": after a family word a capitalised word that is
                # no English word, no place and no word of case notes is a name the lists lack
                yield Span(word.start(), word.end(), self.ENTITY, self.SCORE, "pattern")


def _unlisted_name(word: str) -> bool:
    from redaction.places import lookup as place_lookup

    if word in NOT_NAMES or word in PEOPLES_AND_LANGUAGES or word in CALENDAR_WORDS or word in _ALWAYS_A_WORD:
        return False
    if is_english_word(word.casefold()) or is_english_word(word) or len(word) < 3:
        return False
    return place_lookup(word) is None


# Months and seasons that are given names, taken after a family word ("her daughter April") unless a term, a
# holiday or a date runs on ("her son's May half-term" is no name, nor "his sister June 2024").
_CALENDAR_NAMES = frozenset({"April", "May", "June", "August", "Summer", "Autumn"})
_CALENDAR_AFTER = regex.compile(r"[ ]+(?:\d|(?i:term|half|holidays?|hols|break|camp|school|fair|show|concert)\b)")


def _could_be_a_name(word: str, *, possessive: bool = False, family: bool = False) -> bool:
    """Whether a word may be a given name. A possessive before one person's record ("Summer's UPN") lets in a
    word that is otherwise a word of case notes ("Summer" term): a term or a season has no mum and no UPN;
    a role, a title, an organisation's word still does not. After a family word (``family``), a month or a
    season that is a given name too."""
    if (word in CALENDAR_WORDS and not (family and word in _CALENDAR_NAMES)) or word in PEOPLES_AND_LANGUAGES:
        return False
    if word in (_ALWAYS_A_WORD if possessive else NOT_NAMES):
        return False
    return is_given_name(word) or word.casefold() in ENGLISH_WORD_NAMES


def _introduced(word: str, *, strict: bool) -> bool:
    if word in CALENDAR_WORDS or word in PEOPLES_AND_LANGUAGES or word in NOT_NAMES:
        return False
    return not strict or is_given_name(word) or not is_english_word(word)


def _unmistakable(word: str) -> bool:
    """A given name no reader takes for a word ("Ahmed", "Mustafa")."""
    return is_given_name(word) and len(word) > 3 and word.casefold() not in ENGLISH_WORD_NAMES and not is_english_word(word)
