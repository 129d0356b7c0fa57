"""Partial birthdays: a day and month (or a month and year) that a birthday cue makes a date of birth.

"she turns 11 on the 3rd of May", "he'll be 11 on 3 May", "she turned 5 on 14 June", "he was 9 on 4 December",
"his birthday is 3 May", "birthday's on May 3rd", "her 18th birthday (1st August)", "pen-blwydd is 21 Gorff", "bday 03/05", "born in May 2015", "born on the 3rd of May", "DOB: 3rd May", "DOB 3/5" (a form that keeps
the year back), "b. 12/2017", "born on the 14th". A "the" before the day is part of the date ("will be 9 on the 14th of April"). A full date after "DOB" or "born" is
:class:`UkDateOfBirthRecognizer`'s; this one reads what is left when the year is missing, and a month and
year after a birth cue. A whole date after an age reached on it is the birthday's too ("celebrated turning 7 on 22/11/2024").
Also (dob3): a day in words ("her birthday's the twenty-eighth of February"), a month with a short year ("born Aug
'12"), an age reached on a day alone ("he turns 8 next Friday the 21st"), an age held since a day ("aged 10 since 14
January") and a feast that names its day ("born on Christmas Eve 2012").
Other day-and-month dates (a meeting "on 3 May") stay.
"""

from __future__ import annotations

import regex

from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.birth_cue import DAY_WORD, FOREIGN_MONTH

__all__ = ["UkPartialBirthdayRecognizer"]

_MONTH = (r"(?:(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)(?![\p{L}])\.?|(?:January|February|March|April|May|June?"
          rf"|July?|August|September|October|November|December)(?![\p{{L}}])|{FOREIGN_MONTH})")
# An age in digits or in words ("turns 8", "will be nine", "turned twelve").
_AGE = (r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
        r"|sixteen|seventeen|eighteen|nineteen|twenty)(?![\p{L}\d])")
# (a chat shortens the weekday: "she'll be 9 on sat 12th", "turns 6 on thurs the 3rd")
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues?|wed|thur?s?|fri|sat|sun)(?![\p{L}])\.?)"
_YEARS_OLD = r"(?:[ ]+years?(?:[ ]+old)?)?"  # "turns 8 years old", "turned 5"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d])"
_YEAR = r"(?:[ ,]+(?:19|20)\d{2}(?!\d))?"
_CUE = (rf"(?:\bD\.?[ ]?O\.?[ ]?B\b\.?|\bdate[ ]+of[ ]+birth\b|(?<![\p{{L}}])b\.(?=[ ]?\d)|\bbirthday|\bb['’]?day|\bbday|\bborn|\bturns?[ ]+{_AGE}|\bturning[ ]+{_AGE}|\bturned[ ]+{_AGE}"
        # "he was 9 on 4 December": an age reached on a day is a birthday
        # (said of somebody: a pronoun or a name, not "the score was 5 on 12 March")
        rf"|(?<=(?:\b(?:he|she|they|i|we|you)|(?-i:\p{{Lu}}\p{{Ll}}+))[ ]+)(?:was|were)[ ]+{_AGE}"
        rf"(?={_YEARS_OLD}[ ]+on\b)"
        # "he's 5 on sunday the 9th", "shes 9 on 3 May": an age a child is on a coming day is that day's birthday
        rf"|\b(?:he|she)['’]?s[ ]+{_AGE}(?={_YEARS_OLD}[ ]+on\b)"
        # Welsh "pen-blwydd" and Polish "urodziny" (a birthday), "urodził(a) się" (was born)
        # "aged 10 since 14 January", "has been 7 since 3rd May": the day an age was reached is the birthday
        rf"|\b(?:aged?|been)[ ]+{_AGE}[ ]+since\b"
        r"|\b(?:p|ph|b|mh)en[- ]?blwydd|\burodzin[yach]*|\burodzi[łl]a?[ ]+si[ęe]"
        rf"|(?:\bwill|['’]ll|\bshall|\bis[ ]going[ ]to)[ ]+be[ ]+{_AGE}){_YEARS_OLD}")
_LINK = rf"(?:['’]s|is|was|on|in|the|of|falls|fell|ar|yw|ydy|s[ąa]|jest|:|-|–|=|\(|{_WEEKDAY},?)"
_DATE_BEFORE_BIRTHDAY = "partial date then a birthday"
_DAY_ALONE = "birthday then a day alone"
_AGE_ON_A_DAY = "an age reached on a day alone"
# An age reached, then the words before a day's ordinal, read two ways (those of two patterns merged into one; each
# kept whole, so that the one reads what the two read, no more, no less):
# - after "turns", "turned", "will be", the words in a sentence's order, any left out ("turned 5 on the 30th",
#   "turned 8 last Friday the 3rd", "she'll be 9 on Friday, the 3rd", "turns 8 14th");
_AGE_THEN_DAY_WORDS_IN_ORDER = (
    rf"(?:\bturns?|\bturning|\bturned|(?:\bwill|['’]ll)[ ]+be)[ ]+{_AGE}{_YEARS_OLD}[ ]+"
    rf"(?:on[ ]+)?(?:(?:next|this|last|on)[ ]+)?(?:{_WEEKDAY},?[ ]+)?(?:the[ ]+)?")
# - after "turns", "will (be)", "is going to (be)", one to four of "on", "next", "this", "the" and a weekday in any
#   order ("turns 8 next Friday on the 21st", "is going to be 10 on the 5th").
_AGE_THEN_ANY_DAY_WORDS = (
    rf"(?:\bturns?|\bturning|\bwill|['’]ll|\bis[ ]going[ ]to|\b(?:he|she)['’]?s(?=[ ]+{_AGE}{_YEARS_OLD}[ ]+on\b))"
    rf"(?:[ ]+be)?[ ]+{_AGE}{_YEARS_OLD}[ ]+"
    rf"(?:(?:on|next|this|the|{_WEEKDAY})[ ]+){{1,4}}")
# A whole date in digits after an age reached on it is the birthday's too ("celebrated turning 7 on 22/11/2024").
# A day may be written in words ("the twenty-eighth of February"), and a month's year short ("born Aug '12").
_DATE = (rf"(?:(?:{_DAY}|{DAY_WORD}(?![\p{{L}}]))(?:[ ]+of)?[ ]+{_MONTH}{_YEAR}|{_MONTH}[ ]+{_DAY}{_YEAR}"
         rf"|{_MONTH}[ ]+(?:(?:19|20)\d{{2}}|['’]\d{{2}})(?!\d)"
         # a feast that names its day ("born on Christmas Eve 2012", "his birthday is Boxing Day")
         r"|(?:Christmas[ ]+(?:Eve|Day)|Boxing[ ]+Day|New[ ]+Year['’]?s[ ]+(?:Eve|Day)|Valentine['’]?s[ ]+Day"
         r"|Hallowe['’]?en|Bonfire[ ]+Night|Guy[ ]+Fawkes[ ]+Night|St\.?[ ]+(?:Patrick|David|Andrew|George)['’]?s[ ]+Day)"
         r"(?:[ ,]+(?:19|20)\d{2}(?!\d))?"
         r"|(?:0?[1-9]|[12]\d|3[01])[/.\-](?:0?[1-9]|1[0-2])[/.\-](?:(?:19|20)\d{2}|\d{2})(?![/.\-]?\d)"
         r"|(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?![/\d])"
         # a month and year in digits ("b. 12/2017", "born 03/2018"): a form that keeps the day back
         r"|(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![/\d]))")


class UkPartialBirthdayRecognizer(UkPatternRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    FLAGS = regex.MULTILINE | regex.IGNORECASE
    PATTERNS = [
        Pattern("birthday cue then a partial date", rf"{_CUE}(?:[ ]*{_LINK}){{0,4}}?[ ]*(?P<id>(?:the[ ]+)?{_DATE})", 0.85),
        # "her birthday is the 14th", "his birthday's on the 3rd": an ordinal day with no month after it
        Pattern(_DAY_ALONE, r"\b(?:birthday|b['’]?day|(?:p|ph|b|mh)en[- ]?blwydd|born(?=[ ]+on\b))(?:[ ]*(?:['’]s|is|was|falls|fell|on|the)){1,4}[ ]*"
                r"(?P<id>(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th))(?![\p{L}\d])(?![ ]+(?:of[ ]+)?\p{L}+[ ]+\d)", 0.8),
        # "turned 5 on the 30th", "he turns 8 next Friday the 21st", "she'll be ten on Saturday 4th": an age reached on a
        # day told by its ordinal alone, with no month after it
        Pattern(_AGE_ON_A_DAY, rf"(?:{_AGE_THEN_DAY_WORDS_IN_ORDER}|{_AGE_THEN_ANY_DAY_WORDS})"
                rf"(?P<id>(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th))(?![\p{{L}}\d])(?![ ]+(?:of[ ]+)?{_MONTH})", 0.8),
        Pattern(_DATE_BEFORE_BIRTHDAY, rf"(?P<id>{_DATE})[ ]+(?:is|was)[ ]+(?:her|his|their|my|the)[ ]+birthday", 0.85),
    ]
    CONTEXT = ["birthday", "born", "turns"]

    def keep_pattern(self, pattern_name: str, text: str) -> bool:
        # A cheap test first: the patterns try a cue (or a date) at every word, and most texts have none; the
        # pattern that reads a date before "birthday" cannot match where that word is not written.
        if pattern_name == _DATE_BEFORE_BIRTHDAY:  # its own tail, which any match of it holds
            return _BIRTHDAY_AFTER_A_DATE.search(text) is not None
        if pattern_name == _DAY_ALONE:
            return _BIRTHDAY.search(text) is not None
        return _ANY_CUE.search(text) is not None


_BIRTHDAY = regex.compile(r"birthday|b['’]?day|blwydd|born", regex.IGNORECASE)  # the same flags as the pattern that writes it
# The tail of the pattern that reads a date before "is her birthday", as it writes it: most texts with a birthday
# have none, and that pattern tries a date at every digit and month word (a tenth of the recognizers' regex time).
_BIRTHDAY_AFTER_A_DATE = regex.compile(r"[ ]+(?:is|was)[ ]+(?:her|his|their|my|the)[ ]+birthday", regex.IGNORECASE)
_ANY_CUE = regex.compile(r"(?i)(?<![\p{L}])b\.[ ]?\d|\b(?:he|she)['’]?s[ ]\p{L}*\d*[ ](?:years?[ ](?:old[ ])?)?on\b|\b(?:was|were)[ ](?:\d|\p{L}+[ ](?:years?[ ](?:old[ ])?)?on\b)|birth|d\.?[ ]?o\.?[ ]?b|b['’]?day|born|turn|blwydd|urodzi|[ '’]ll[ ]be|will[ ]be|shall[ ]be|going[ ]to[ ]be|since")
