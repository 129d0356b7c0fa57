"""School and setting names in the forms :class:`UkSchoolRecognizer` does not read:

- in capitals, as letterheads and headings write them ("DAWLEY BANK ACADEMY – Student timetable",
  "THE BRIDGE HOSPITAL SCHOOL");
- with a kind of provision other than a school's ("Park Hill Alternative Provision", "Kincorth ELC Centre",
  "Riverside Pupil Referral Unit", "Oak Lodge Short Stay School") or a school's "for Boys"/"for Girls";
- a capitalised name before its kind in lower case, as notes type it ("Gresford VC school", "Oakfield primary");
- Irish- and Gaelic-medium names ("Gaelscoil an tSeanchai", "Bunscoil Bhéal Feirste", "Sgoil Ghàidhlig an
  Eilein"), whose kind comes first, as in Welsh (:class:`WelshSchoolRecognizer`), and Welsh-medium names typed
  in lower case ("ysgol morgan llwyd").

A name needs one distinctive word (:func:`_distinctive`): generic words ("THE SPECIAL SCHOOL", "LOCAL
AUTHORITY SCHOOL"), headings ("ANNUAL REVIEW SCHOOL") and a capital opening a sentence ("Every school") are
not names. A leading "The" stays in the span ("THE BRIDGE HOSPITAL SCHOOL": it is part of the name).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.english import is_common_word
from redaction.text.lexicons import ACRONYMS, NOT_NAMES, SCHOOL_GENERIC_WORDS
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkSchoolFormsRecognizer"]

# Words of three capitals or more (a heading's "FOR", "TO" join no school's name), and the joiners names have.
_CAPS_WORD = r"(?:(?!(?:FOR|FROM|WITH|INTO|ONTO|YOUR|OUR|THEIR|HIS|HER)(?![\p{L}]))\p{Lu}['’]?\p{Lu}{2,}[\p{Lu}'’\-]*|ST\.?|OF|CE|RC|VA|VC|&|V?I{1,3}|IV|IX)"
_CAPS_KIND = (r"(?:PRIMARY|INFANTS?|JUNIORS?|NURSERY|SECONDARY|HIGH|GRAMMAR|ACADEMY|COLLEGE|SCHOOL|LEARNING[ ]CENTRE"
              r"|PUPIL[ ]REFERRAL[ ]UNIT|PRU|FREE[ ]SCHOOL)(?:[ ](?:SCHOOL|ACADEMY|AND[ ]NURSERY|&[ ]NURSERY))?")
_CAP_WORD = r"(?:\p{Lu}[\p{Ll}'’\-]+|St\.?)"
_PROVISION = (r"(?:Alternative[ ]Provision|Pupil[ ]Referral[ ]Unit|PRU|Short[ ]Stay[ ]School|Hospital[ ]School"
              r"|Tuition[ ]Centre|Education[ ]Centre|ELC(?:[ ]Centre)?|Early[ ]Learning[ ]Centre|Early[ ]Years[ ]Centre"
              r"|Sixth[ ]Form(?:[ ]College)?|(?:Primary|High|Grammar|Secondary)[ ]School[ ]for[ ](?:Boys|Girls))")
_LOWER_KIND = r"(?:(?:VC|VA|CE|RC|C[ ]of[ ]E|CofE)[ ])?(?:primary|infants?|juniors?|nursery|academy|high[ ]school|school)"
_GAEL_KIND = r"(?:Gaelscoil|Gaelcholáiste|Gaelcholaiste|Bunscoil|Scoil|Coláiste|Sgoil|Àrd-sgoil|Ard-sgoil)"
_GAEL_WORD = r"(?:an|na|nan|a|\p{Lu}[\p{L}\p{M}'’\-]*|t\p{Lu}[\p{L}'’\-]*|[hn]-?\p{Lu}[\p{L}'’\-]*)"


class UkSchoolFormsRecognizer(UkPatternRecognizer):
    ENTITY = "SCHOOL"
    PATTERNS = [
        Pattern("school name in capitals",
                rf"(?<![\p{{L}}])(?P<name>(?:{_CAPS_WORD}[ ]){{1,5}}){_CAPS_KIND}(?![\p{{L}}])(?![ ]*:)", 0.75),
        Pattern("provision other than a school",
                rf"(?<![\p{{L}}])(?P<name>(?:{_CAP_WORD}[ ]){{1,4}}){_PROVISION}(?![\p{{L}}])", 0.75),
        Pattern("name then its kind in lower case",
                rf"(?<![\p{{L}}])(?P<name>(?:{_CAP_WORD}[ ]){{1,3}}){_LOWER_KIND}(?![\p{{L}}])", 0.7),
        Pattern("gaelic or irish kind then its name",
                rf"(?<![\p{{L}}]){_GAEL_KIND}(?P<name>(?:[ ]{_GAEL_WORD}){{1,5}})(?![\p{{L}}])", 0.85),
        Pattern("welsh name in lower case",
                r"(?<![\p{L}])ysgol(?P<name>(?:[ ](?:gynradd|uwchradd|gyfun|gymraeg|bro|y|yr|[\p{Ll}]{3,}['’\-]?[\p{Ll}]*)){1,4})"
                r"(?![\p{L}])", 0.7),
    ]
    CONTEXT = ["school", "ysgol", "attends", "attended"]

    def find(self, text: str) -> Iterator[Span]:
        for pattern, compiled in self._compiled:
            if not self.keep_pattern(pattern.name, text):
                continue
            for match in compiled.finditer(text):
                start, end = match.span()
                if pattern.name == "gaelic or irish kind then its name":
                    end = _without_trailing_particles(text, start, end)
                elif pattern.name == "welsh name in lower case":
                    if not _welsh_lower_name(match["name"]):
                        continue
                else:
                    words = _name_words(match["name"])
                    if not words:
                        continue
                    opening = match["name"].index(words[0])
                    if not match["name"][:opening].strip().casefold() == "the":  # "THE BRIDGE ...": "The" is the name's
                        start = match.start("name") + opening
                    if not _distinctive(words, lower_kind=pattern.name == "name then its kind in lower case"):
                        continue
                yield Span(start, end, self.ENTITY, pattern.score, "pattern")

    def keep_pattern(self, pattern_name: str, text: str) -> bool:
        # Cheap tests first: a pattern runs only where its kind's word occurs.
        test = _KEEP[pattern_name]
        return test.search(text) is not None


_KEEP = {
    "school name in capitals": regex.compile(
        r"PRIMARY|INFANT|JUNIOR|NURSERY|SECONDARY|HIGH|GRAMMAR|ACADEMY|COLLEGE|SCHOOL|CENTRE|PRU|UNIT"),
    "provision other than a school": regex.compile(r"Provision|Unit|PRU|School|Centre|ELC|Sixth"),
    "name then its kind in lower case": regex.compile(r"[\p{Ll}\p{Lu}][ ](?:VC |VA |CE |RC |C of E |CofE )?"
                                                      r"(?:primary|infant|junior|nursery|academy|high school|school)"),
    "gaelic or irish kind then its name": regex.compile(r"scoil|Sgoil|sgoil|Coláiste|Gaelcholáiste|Gaelcholaiste"),
    "welsh name in lower case": regex.compile(r"ysgol"),
}
_WORDS = regex.compile(r"[\p{L}][\p{L}'’.\-]*|&")
_GENERIC_TITLE = {w.casefold() for w in SCHOOL_GENERIC_WORDS} | {"st", "st.", "saint", "&", "and", "of", "the"}


def _name_words(name: str) -> list[str]:
    """The name's words, generic openers dropped ("THE", "At", "our")."""
    words = _WORDS.findall(name)
    while words and words[0].casefold() in _GENERIC_TITLE - {"st", "st.", "saint"}:
        words.pop(0)
    return words


# Words that say what kind of school or what it teaches, not which: "NOMINATED SCHOOL", "HOME TO SCHOOL",
# "Virtual School", "Gujarati school" (a community's Saturday class), "Irish-medium school".
_DESCRIBING = frozenset("""home nominated named virtual application transport travel applications saturday sunday
    weekend supplementary language faith bible quran madrassa irish welsh gaelic english scottish british polish
    gujarati urdu arabic punjabi bengali chinese mandarin cantonese somali hebrew tamil turkish portuguese spanish
    french german italian romanian lithuanian ukrainian russian""".split())


def _distinctive(words: list[str], *, lower_kind: bool) -> bool:
    """Whether a word of the name is its own: not generic, not a heading's, role's or organisation's word
    ("ANNUAL REVIEW", "COUNCIL"), not an acronym; before a kind in lower case ("Gresford VC school") the word
    must be no dictionary word either, since a capital there may only open a sentence ("Every school")."""
    for word in words:
        title = word.capitalize()
        if word.casefold() in _GENERIC_TITLE or title in NOT_NAMES or word.upper() in ACRONYMS or len(word) < 3:
            continue
        if word.casefold() in _DESCRIBING or word.casefold().endswith("-medium"):
            continue
        if lower_kind and is_common_word(word):
            continue
        return True
    return False


def _without_trailing_particles(text: str, start: int, end: int) -> int:
    """"Sgoil Ghàidhlig an Eilein" ends at its last capitalised word, not at a particle after it."""
    words = text[start:end].split(" ")
    while len(words) > 2 and words[-1] in ("an", "na", "nan", "a"):
        words.pop()
    return start + len(" ".join(words))


def _welsh_lower_name(name: str) -> bool:
    """"ysgol morgan llwyd": a name beyond the kind words; not "ysgol gynradd" nor English words after
    "ysgol" ("the ysgol is closed")."""
    words = name.split()
    kind = {"gynradd", "uwchradd", "gyfun", "gymraeg", "bro", "y", "yr"}
    own = [w for w in words if w not in kind]
    return bool(own) and not all(is_common_word(w) for w in own)
