"""Surnames from the census list (:mod:`redaction.text.surnames`) where a title or a given name makes the word one.

"The teacher, Mrs Ward, said…", "Mr Best rang", "Tyler Best and Shannon Best were present": the surname is
an English word, so the word alone says nothing and the readers that weigh a word's shape let it go. A
reader knows it is a surname from what stands beside it. This recognizer takes a word of the surname list:

- after a title ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", in capitals too): the title and the surname, unless
  the word is a role or a title itself ("Mr Chairman"), or "Dr" is a street's ("Mill Dr Ward": a
  capitalised word before "Dr");
- after a given name that is no English word ("Tyler Best", "Kateryna Moroz"): both words, unless the
  pair names a place ("Chelsea Harbour"), or the surname is a street, school or organisation word
  ("Victoria Street", "Alexandra Hospital", "Grace Academy") or one follows it ("Tyler Best Solicitors").

Registers, distribution lists and file names put the surname first ("Best, Tyler", "Hall, Jasmine"): a word
of the list before ", <given name>" is a surname when the given name is no English word, or the surname is
none; a greeting or an adverb opening a sentence ("Thanks, Tyler", "Finally, Ahmed") is no surname.

Chat and quick notes drop capitals ("dear mrs ward", "mr okafor rang", "aleksandra kowalczyk is here"): there
a title in lower case makes the next word of the list a surname as one in capitals does, and a lower-case
given name that is no dictionary word makes the next word a surname when that is no dictionary word either.

A given name that is also an English word ("Will Best", "Grace Hall") is left to the readers that weigh
more cues: "Grace Hall" is as often a building.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.places import lookup as place_lookup
from redaction.spans import Span
from redaction.text.english import is_common_word, is_english_word
from redaction.text.given_names import is_given_name
from redaction.text.lexicons import (
    CALENDAR_WORDS,
    ENGLISH_WORD_NAMES,
    NOT_NAMES,
    ORG_WORDS,
    ROLE_WORDS,
    SCHOOL_GENERIC_WORDS,
    TITLES,
)
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.address_grammar import STREET_TYPES
from redaction.text.recognizers.field_person import EXACT_SCORE
from redaction.text.recognizers.place import PLACE_CUE
from redaction.text.surnames import is_surname

__all__ = ["SurnameRecognizer"]

_SURNAME = r"(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})(?:[\-’']\p{Lu}(?:\p{Ll}+|\p{Lu}+))?"
_AFTER_TITLE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?P<title>Mr|MR|Mrs|MRS|Ms|MS|Miss|MISS|Mx|MX|Dr|DR)\.?[ ](?P<surname>{_SURNAME})(?![\p{{L}}\p{{N}}@])"
)
_AFTER_GIVEN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}@.'’\-])(?P<given>\p{{Lu}}\p{{Ll}}+)[ ](?P<surname>\p{{Lu}}\p{{Ll}}+(?:[\-’']\p{{Lu}}\p{{Ll}}+)?)(?![\p{{L}}\p{{N}}@])"
)
_SURNAME_FIRST = regex.compile(
    r"(?<![\p{L}\p{N}@.'’\-])(?P<surname>\p{Lu}\p{Ll}+(?:[\-’']\p{Lu}\p{Ll}+)?),[ ](?P<given>\p{Lu}\p{Ll}+)(?![\p{L}\p{N}@'’\-])")
# Words that open a sentence before a comma and a name and are no surname there.
_OPENERS = frozenset(
    "thanks thank hi hello hey dear morning evening afternoon sorry yes no ok okay well so love cheers please "
    "regards best also then now sadly finally however again today yesterday tomorrow first second third next last "
    "meanwhile anyway overall".split())
_LOWER_AFTER_TITLE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:mr|mrs|ms|mx|dr)\.?[ ](?P<surname>\p{Ll}{2,}(?:-\p{Ll}{2,})?)(?![\p{L}\p{N}@])")
_LOWER_PAIR = regex.compile(
    r"(?<![\p{L}\p{N}@.'’\-])(?P<given>\p{Ll}{3,})[ ](?P<surname>\p{Ll}{3,}(?:-\p{Ll}{2,})?)(?![\p{L}\p{N}@])")
# "ms word", "ms excel": Microsoft's products, not a woman; "mr men": the books. (Lower-case "miss" is the verb.)
_NOT_A_LOWER_SURNAME = frozenset("word excel office forms access project paint edge dos men".split())
# Words that name a thing, not a family, when they follow a given name: "Victoria Street", "Grace Academy".
# Street words that are also among the commonest surnames ("Simon Green", "Ellie Hill") stay surnames here: a
# street named after a given name is rarer than a person, and a place of that shape is in the gazetteer.
_THING_WORDS = frozenset({*STREET_TYPES, *SCHOOL_GENERIC_WORDS, *ORG_WORDS, "Hospital", "Street", "House",
                          "Centre", "Center", "Church", "Hall", "Station", "Airport", "Park", "Road", "Ward", "Unit",
                          "Line", "Bridge", "Court", "Square", "Gardens", "Harbour", "Island", "Bay", "Beach", "Lodge"}
                         - {"Green", "Hill", "Field", "Fields", "Wood", "Banks", "Bank", "Marsh", "Lane"})
# Words of a sentence that title case gives a capital ("Ahmed Will Attend", "Kemal Said"): no surname there.
_FUNCTION_WORDS = frozenset(
    "will would can could may might shall should must said says did does do has had have is was are were also and "
    "but or not then when where who why how what this that to from with for on in at by he she they we you it his "
    "her him them us".split())
_CAPITAL_WORD_AFTER = regex.compile(r"[ ](?P<word>\p{Lu}[\p{L}'’\-]*)")
_CAPITAL_WORD_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’\-]*[ ]\Z")
_NOT_A_SURNAME_AFTER_TITLE = TITLES | ROLE_WORDS | CALENDAR_WORDS


class SurnameRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("title and surname", _AFTER_TITLE.pattern, 0.65)]  # for Presidio's registry; find() reads the list
    SCORE = 0.65
    # A surname that is an English word ("Ward", "Best") is read whole, as a field's value is: the pair is the
    # cue, so the trimming that drops an English word at a weak candidate's edge must not undo it. Other
    # surnames keep the weak score, so a longer candidate over them ("Specialist Member Ms Bellamy") is
    # trimmed as before rather than cut into pieces around this one. A given name and a surname together are
    # always read whole.
    WORD_SCORE = EXACT_SCORE

    def find(self, text: str) -> Iterator[Span]:
        yield from self._after_titles(text)
        yield from self._after_given_names(text)
        yield from self._surname_first(text)
        yield from self._in_lower_case(text)
        if "he " in text:
            yield from _families(text)

    def _after_titles(self, text: str) -> Iterator[Span]:
        for match in _AFTER_TITLE.finditer(text):
            surname = match.group("surname")
            if surname.title() in _NOT_A_SURNAME_AFTER_TITLE or not is_surname(surname.split("-")[0]):
                continue
            if match.group("title") in ("Dr", "DR") and _CAPITAL_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue  # "Mill Dr Ward": the street's "Drive"
            yield Span(match.start(), match.end(), self.ENTITY, self._score(surname), "pattern")

    def _score(self, surname: str) -> float:
        return self.WORD_SCORE if is_english_word(surname.title()) else self.SCORE

    def _after_given_names(self, text: str) -> Iterator[Span]:
        for match in _AFTER_GIVEN.finditer(text, overlapped=True):
            given, surname = match.group("given"), match.group("surname")
            if given.casefold() in _FUNCTION_WORDS or not _unambiguous_given_name(given) or not is_surname(surname.split("-")[0]):
                continue
            if (surname in _THING_WORDS or surname in CALENDAR_WORDS or surname in TITLES or surname in ROLE_WORDS
                    or surname.casefold() in _FUNCTION_WORDS):
                continue  # "Victoria Street", "Alexandra Hospital", "Tyler Monday"
            after = _CAPITAL_WORD_AFTER.match(text, match.end())
            if after is not None and after.group("word") in _THING_WORDS:
                continue  # "Tyler Best Solicitors", "Jordan Hill Road"
            if place_lookup(f"{given} {surname}") is not None:
                continue  # "Chelsea Harbour", "San Antonio"
            # Two words of the lists side by side are read whole in any language of the text ("Sioned Pritchard" in
            # a Welsh letter): the pair is a name wherever it stands.
            yield Span(match.start(), match.end(), self.ENTITY, self.WORD_SCORE, "pattern")


    def _surname_first(self, text: str) -> Iterator[Span]:
        for match in _SURNAME_FIRST.finditer(text, overlapped=True):
            surname, given = match.group("surname"), match.group("given")
            folded = surname.casefold()
            if folded in _OPENERS or folded in _FUNCTION_WORDS or folded.endswith("ly") or not is_surname(surname.split("-")[0]):
                continue
            if surname in CALENDAR_WORDS or surname in TITLES or surname in ROLE_WORDS or surname in NOT_NAMES and is_english_word(surname):
                continue
            if not (_unambiguous_given_name(given) or (is_given_name(given) or _gazetteer_given_name(given)
                                                       and place_lookup(surname) is None)  # "Lima, Lima": places
                    and not is_english_word(surname)):
                continue
            if surname in _THING_WORDS and _CAPITAL_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue  # "Meadowbank Business Park, Dudley": a place's last word, then its town
            after = _CAPITAL_WORD_AFTER.match(text, match.end())
            if after is not None and (after.group("word") in _THING_WORDS or is_surname(after.group("word"))):
                continue  # "Leeds, Victoria Street"; "Morgan, Tyler Best": the given name opens another name
            place = place_lookup(surname)
            if place is not None and (place.kind in ("country", "region")
                                      or PLACE_CUE.search(text, max(0, match.start() - 30), match.start()) is not None):
                continue  # "Kent, Tyler": a county first; "In Bristol, Jasmine met us": a place
            yield Span(match.start(), match.end(), self.ENTITY, self.WORD_SCORE, "pattern")

    def _in_lower_case(self, text: str) -> Iterator[Span]:
        for match in _LOWER_AFTER_TITLE.finditer(text):
            surname = match.group("surname")
            if (surname in _FUNCTION_WORDS or surname in _NOT_A_LOWER_SURNAME or surname.title() in _NOT_A_SURNAME_AFTER_TITLE
                    or not is_surname(surname.split("-")[0])):
                continue
            if match.group().startswith("dr") and text[max(0, match.start() - 2) : match.start()].strip(" ").isalpha():
                continue  # "mill dr ward": a street's "drive"
            # The surname alone, as the lower-case readers take it: a lower-case title is the note's word, not the name's.
            yield Span(match.start("surname"), match.end("surname"), self.ENTITY, self.WORD_SCORE, "pattern")
        for match in _LOWER_PAIR.finditer(text, overlapped=True):
            given, surname = match.group("given"), match.group("surname")
            if (given in _FUNCTION_WORDS or surname in _FUNCTION_WORDS or is_common_word(surname)
                    or not is_given_name(given.title()) or not is_surname(surname.split("-")[0])):
                continue
            if is_common_word(given) and (given.title() in NOT_NAMES or given.title() in CALENDAR_WORDS
                                          or is_english_word(surname) or not _typed_in_lower_case(text, match.start())):
                continue  # "dawn mistry" in a lower-case chat; a word before a surname elsewhere is the word
            yield Span(match.start(), match.end(), self.ENTITY, self.WORD_SCORE, "pattern")


def _typed_in_lower_case(text: str, start: int) -> bool:
    """The line ``start`` stands in has no capital letter (a chat typed without capitals)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return not any(ch.isupper() for ch in line)


def _gazetteer_given_name(word: str) -> bool:
    """A given name the census lists lack that the gazetteer holds before all as one, and no English word ("Lian",
    "Chidi", "Amrit"): after a surname and a comma ("Wu, Lian") the register's order makes it the given name."""
    from redaction.gazetteer import lookup

    info = lookup(word)
    return (info is not None and not info.word and info.first >= 0.5 and not is_english_word(word)
            and word not in NOT_NAMES and word not in CALENDAR_WORDS)


def _unambiguous_given_name(word: str) -> bool:
    """A given name no reader takes for anything else ("Tyler", "Kateryna"): in the lists, no English word that
    names also are ("Will", "Grace"), no word of case notes ("Head", "Principal"), no month."""
    if not is_given_name(word) or word.casefold() in ENGLISH_WORD_NAMES:
        return False
    if word in NOT_NAMES or word in CALENDAR_WORDS:
        return False
    return not is_english_word(word) or len(word) > 3 and word.casefold() not in _COMMON_WORD_NAMES


# Given names the general dictionary lists as ordinary words, which open a capitalised phrase as the word:
# "Major Road", "Frank Discussion" ("Frank" in ENGLISH_WORD_NAMES covers the rest).
_COMMON_WORD_NAMES = frozenset("major general august liberty royal sterling summer winter page king prince".split())


# A family named by its surname in the plural: "The Okonkwos are moving", "ask the Johanssons", "the Nguyens'
# flat". The word less its "s" must be a surname (gazetteer) and no English word, and the plural no word, people,
# place or named thing of its own ("the Americans", "the Alps", "the Beatles").
_FAMILY_PLURAL = regex.compile(r"(?<![\p{L}])(?:[Tt]he|THE)[ ](?P<family>\p{Lu}\p{Ll}{2,}(?:e)?s)(?:['’])?(?![\p{L}\p{N}\-])")


def _families(text: str) -> Iterator[Span]:
    from redaction.gazetteer import lookup
    from redaction.text.peoples import PEOPLES_AND_LANGUAGES

    for match in _FAMILY_PLURAL.finditer(text):
        plural = match["family"]
        stem = plural[:-2] if plural.endswith("ses") or plural.endswith("zes") else plural[:-1]
        if (plural in NOT_NAMES or plural in PEOPLES_AND_LANGUAGES or stem in PEOPLES_AND_LANGUAGES
                or is_english_word(plural.casefold()) or is_english_word(stem.casefold()) or stem in NOT_NAMES
                or place_lookup(plural) is not None or place_lookup(stem) is not None):
            continue
        info = lookup(stem)
        if info is None or info.last < 0.3 or info.word or info.first > info.last:
            continue
        yield Span(match.start("family"), match.end("family"), "PERSON", 0.75, "pattern")
