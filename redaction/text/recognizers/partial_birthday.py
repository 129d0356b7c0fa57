"""Partial birthdays: a day and month (or a month and year) that a birthday cue makes a date of birth.

"she turns 11 on the 3rd of May", "he'll be 11 on 3 May", "she turned 5 on 14 June", "he was 9 on 4 December",
"his birthday is 3 May", "birthday's on May 3rd", "bday 03/05", "born in May 2015", "born on the 3rd of May", "DOB: 3rd May", "DOB 3/5" (a form that keeps
the year back). A full date after "DOB" or "born" is
:class:`UkDateOfBirthRecognizer`'s; this one reads what is left when the year is missing, and a month and
year after a birth cue. Other day-and-month dates (a meeting "on 3 May") stay.
"""

from __future__ import annotations

import regex

from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkPartialBirthdayRecognizer"]

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![\p{L}])\.?")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d])"
_YEAR = r"(?:[ ,]+(?:19|20)\d{2}(?!\d))?"
_CUE = (r"(?:\bD\.?[ ]?O\.?[ ]?B\b\.?|\bdate[ ]+of[ ]+birth\b|\bbirthday|\bb['’]?day|\bbday|\bborn|\bturns?[ ]+\d{1,2}|\bturning[ ]+\d{1,2}|\bturned[ ]+\d{1,2}"
        # "he was 9 on 4 December": an age reached on a day is a birthday
        r"|\b(?:was|were)[ ]+\d{1,2}(?=(?:[ ]+years?(?:[ ]+old)?)?[ ]+on\b)"
        r"|(?:\bwill|['’]ll|\bshall|\bis[ ]going[ ]to)[ ]+be[ ]+\d{1,2})(?:[ ]+years?(?:[ ]+old)?)?")
_LINK = r"(?:['’]s|is|was|on|in|the|of|falls|fell|:|-|–|=|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)"
_DATE_BEFORE_BIRTHDAY = "partial date then a birthday"
_DATE = (rf"(?:{_DAY}(?:[ ]+of)?[ ]+{_MONTH}{_YEAR}|{_MONTH}[ ]+{_DAY}{_YEAR}|{_MONTH}[ ]+(?:19|20)\d{{2}}(?!\d)"
         r"|(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?![/\d]))")


class UkPartialBirthdayRecognizer(UkPatternRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    FLAGS = regex.MULTILINE | regex.IGNORECASE
    PATTERNS = [
        Pattern("birthday cue then a partial date", rf"{_CUE}(?:[ ]*{_LINK}){{0,4}}[ ]*(?P<id>{_DATE})", 0.85),
        Pattern(_DATE_BEFORE_BIRTHDAY, rf"(?P<id>{_DATE})[ ]+(?:is|was)[ ]+(?:her|his|their|my|the)[ ]+birthday", 0.85),
    ]
    CONTEXT = ["birthday", "born", "turns"]

    def keep_pattern(self, pattern_name: str, text: str) -> bool:
        # A cheap test first: the patterns try a cue (or a date) at every word, and most texts have none; the
        # pattern that reads a date before "birthday" cannot match where that word is not written.
        if pattern_name == _DATE_BEFORE_BIRTHDAY:
            return _BIRTHDAY.search(text) is not None
        return _ANY_CUE.search(text) is not None


_BIRTHDAY = regex.compile(r"birthday", regex.IGNORECASE)  # the same flags as the pattern that writes it
_ANY_CUE = regex.compile(r"(?i)\b(?:was|were)[ ]\d|birth|d\.?[ ]?o\.?[ ]?b|b['’]?day|born|turn|[ '’]ll[ ]be|will[ ]be|shall[ ]be|going[ ]to[ ]be")
