"""A setting's short name told as a setting by the words beside it: "Meadowbank (the special school)", "Pen y Bryn
(special school in Swansea)", "the Orchard Centre (AP)", "The Compass Centre (KS3 PRU)", and a plan's naming "named Cotswold Chine as the school".

Parents and case notes name a setting by its short name and say in brackets, or after a comma, what it is; the
reader of school names (:mod:`.school`) needs the kind inside the name ("Meadowbank School"), the reader after a
verb of schooling (:mod:`.school_cue`) a verb before it. Here the apposition says it: a bracket or a comma, an
article or none, a few describing words, a kind of setting ("school", "academy", "PRU", "AP", "nursery", "college",
"comp"), and the bracket's or the clause's end (or where it is: "in Swansea", "for autistic children"). The name is
one to four capitalised words (with Welsh "y"/"yr" and "of"/"the" between), none a word of case notes, a role, a
title or a day, and not a single given name ("Amira (the school's ...)" is a person, and "school's" is no kind).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.lexicons import CALENDAR_WORDS, FIRST_NAMES, NOT_NAMES, ORG_WORDS, ROLE_WORDS, TITLES
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["SchoolAppositionRecognizer"]

_CAP = r"\p{Lu}[\p{Ll}'’\-]+"
_NAME = rf"(?P<name>{_CAP}(?:[ ](?:y|yr|of|the|on|upon|&|and)?[ ]?{_CAP}){{0,3}})"
# What kind of setting: a describing word or two, then its kind.
_DESCRIBING = (r"(?:(?:local|mainstream|independent|residential|special|specialist|primary|secondary|junior|infant"
               r"|high|big|small|little|new|old|current|previous|former|catholic|church|village|free|autism|ASC|SEMH"
               r"|MLD|SLD|PMLD|KS\d|day|boarding|welsh[ ]medium|all-through|grammar|private|faith)[ ]){0,3}")
_KIND = (r"(?:school|academy|PRU|pupil[ ]referral[ ]unit|AP|alternative[ ]provision|nursery|pre-school|preschool"
         r"|college|comp|comprehensive|sixth[ ]form|unit|provision|setting)")
_WHERE = r"(?:[ ]+(?:in|at|near|for|on|off)[ ][^()\n,;]{1,40})?"
_APPOSITION = regex.compile(
    rf"(?<![\p{{L}}]){_NAME}(?:[ ]*\([ ]*(?i:(?:the|a|an|his|her|their|our|my)[ ])?(?i:{_DESCRIBING}{_KIND})"
    rf"(?!['’\p{{L}}]){_WHERE}[ ]*\)"
    rf"|,[ ](?i:(?:the|a|an|his|her|their|our|my)[ ]){_DESCRIBING}(?i:{_KIND})(?!['’\p{{L}}]){_WHERE}(?=[ ]*(?:[,.;)\n]|$)))")
_NAMED_AS = regex.compile(
    rf"\b(?i:named|naming|names)[ ]{_NAME}[ ](?i:as[ ](?:the|his|her|their)[ ](?:named[ ])?(?:school|setting|placement))\b")
_NEVER = NOT_NAMES | ORG_WORDS | ROLE_WORDS | TITLES | CALENDAR_WORDS
_JOINERS = frozenset({"y", "yr", "of", "the", "on", "upon", "&", "and"})
_SETTING_ENDS = frozenset({"Centre", "Center", "Unit", "House", "Lodge", "Hall", "Base", "Hub", "Campus", "Project",
                           "College", "School", "Academy"})
_ARTICLES = frozenset({"The", "A", "An", "Our", "His", "Her", "Their", "My"})


class SchoolAppositionRecognizer(UkPatternRecognizer):
    ENTITY = "SCHOOL"
    PATTERNS = [Pattern("setting named beside its kind", _APPOSITION.pattern, 0.65)]  # for Presidio's registry
    SCORE = 0.65  # above the gazetteer's place and a name reader's guess: the apposition says what it is

    def find(self, text: str) -> Iterator[Span]:
        if "(" not in text and "," not in text and "named" not in text.lower():
            return
        for pattern in (_APPOSITION, _NAMED_AS):
            for match in pattern.finditer(text):
                start, end = match.start("name"), match.end("name")
                words = text[start:end].split()
                while words and words[0] in _ARTICLES:  # "The Compass Centre (KS3 PRU)": the article goes
                    start += len(words[0]) + 1
                    words = words[1:]
                named = [w for w in words if w not in _JOINERS]
                if named and len(named) > 1 and named[-1] in _SETTING_ENDS:
                    named = named[:-1]  # "the Compass Centre (KS3 PRU)": a setting's word closes its name
                if not named or any(w in _NEVER or w.rstrip("'’s") in _NEVER for w in named):
                    continue
                if len(named) == 1 and named[0] in FIRST_NAMES:
                    continue  # "Amira (a school refuser)": a child's name, for the name readers
                yield Span(start, end, self.ENTITY, self.SCORE, "pattern")
