"""A given name that is also a word before a surname, where the sentence reads the pair as a person: "Tom Ward has
offered to drive", "Grace Mills and her partner", "thanks to Holly Green", "Ms Bliss Ward".

:mod:`.surname` reads a given name and a surname together only when the given name is no English word ("Tyler
Best"): "Grace Hall" is as often a building, "Rose Marsh" a place, "Mark Lane" a street. A reader tells them apart
by what the sentence does with the pair, and the cues of general English are the ones people get:

- a verb only people do after the pair, or after a pair of such pairs: "Tom Ward has offered", "Rose Marsh is
  retiring", "Robin Fisher and Dawn Parker led the litter pick", "Bill Sterling signed off the accounts";
- "and her/his/their ..." after it ("Grace Mills and her partner"), or its possessive before a family word or a
  role ("Tom Ward's wife");
- a verb done to people, or thanks, before it: "ask Will Turner", "thanks to Holly Green", "met Mark Bishop";
- a title before it: "Ms Bliss Ward" (the title's own reader takes a surname right after it).

The first word must be a word that names are ("Will", "Grace", "Miles"; after a title any English word, "Bliss"), never a month,
a weekday, a role or an organisation's word; the second a surname of the census list or one the gazetteer holds at
some strength, never a street's, building's or organisation's word ("Grace Hall", "Victoria Park", "Rose Court").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.english import is_english_word
from redaction.text.given_names import is_given_name
from redaction.text.lexicons import CALENDAR_WORDS, ENGLISH_WORD_NAMES, NOT_NAMES, ORG_WORDS
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.address_grammar import STREET_TYPES
from redaction.text.recognizers.field_person import EXACT_SCORE
from redaction.text.surnames import is_surname

__all__ = ["WordNamePairRecognizer"]

_NAME = r"\p{Lu}\p{Ll}+"


def _pair(g: str, s: str) -> str:
    return rf"(?P<{g}>{_NAME})[ ](?P<{s}>{_NAME}(?:[\-’']\p{{Lu}}\p{{Ll}}+)?)"


# Verbs a person does; an auxiliary may stand between ("has offered", "is retiring", "will bring").
_PEOPLE_VERB = (
    r"said|says|texted|messaged|emailed|rang|phoned|replied|reckons|thinks|wants|mentioned|promised|offered|suggested"
    r"|confirmed|explained|agreed|told|asked|wrote|posted|volunteered|retired|retiring|retires|joined|joins|resigned"
    r"|signed|led|leads|ran|runs|won|drove|drives|brought|brings|bringing|came|went|called|visited|married|moved"
    r"|lives|lived|works|worked|founded|organised|organized|organises|coaches|coached|chairs|chaired|fixed|found"
    r"|helped|hosted|baked|kindly|presented|approved|arranged|collected|dropped|picked|sent|took|gave|enjoys|enjoyed"
    r"|loves|loved|likes|hopes|hoped|feels|felt|knows|knew|remembers|remembered"
)
_AUX = r"(?:(?:has|had|have|is|was|will|would|can|could|also|just|kindly|has[ ]kindly|has[ ]been|is[ ]now)[ ]+)*"
_FAMILY_OR_ROLE = (r"wife|husband|partner|mum|mother|dad|father|son|daughter|sister|brother|kids|children|family"
                   r"|boss|manager|team|office|colleague|friend|car|house|dog")
_AFTER = regex.compile(
    rf"(?:[ ]+(?:and|&)[ ]+{_pair('g2', 's2')})?"
    rf"(?:[ ]+{_AUX}(?:{_PEOPLE_VERB})\b|[ ]+and[ ]+(?:her|his|their)[ ]|['’]s[ ]+(?:{_FAMILY_OR_ROLE})\b)"
)
_BEFORE = regex.compile(
    r"(?:\b(?i:(?:thanks|thank[ ]you|congratulations|congrats|well[ ]done|welcome|goodbye|farewell)[ ]+to"
    r"|ask|asked|tell|told|met|meet|call|called|ring|rang|email|emailed|text|texted|contact|invite|invited"
    r"|thank|thanked|congratulate|congratulated|welcome|welcomed)"
    r"|(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?)[ ]\Z"
)
_TITLES = frozenset("Mr Mrs Ms Miss Mx Dr".split())
_PAIR_RE = regex.compile(rf"(?<![\p{{L}}\p{{N}}@.'’\-]){_pair('g', 's')}(?![\p{{L}}\p{{N}}@])")
_THING_WORDS = frozenset({*STREET_TYPES, *ORG_WORDS, "Hospital", "Street", "House", "Centre", "Center", "Church", "Hall",
                          "Station", "Airport", "Park", "Road", "Unit", "Line", "Bridge", "Court", "Square", "Gardens",
                          "Harbour", "Island", "Bay", "Beach", "Lodge", "Primary", "Academy", "School", "College",
                          "Surgery", "Practice", "Farm", "Cottage", "Manor", "Estate", "Valley", "Avenue"}
                         - {"Green", "Hill", "Field", "Fields", "Wood", "Banks", "Bank", "Marsh", "Lane", "Brook", "Mills"})


def _word_given_name(word: str, *, titled: bool = False) -> bool:
    """A word names are ("Summer", "June", "Grace"), or a given name of the lists that is no month, weekday, role or
    organisation's word; after a title any word that is none of those ("Ms Bliss Ward")."""
    if word.casefold() in ENGLISH_WORD_NAMES:
        return True
    if word in CALENDAR_WORDS or word in NOT_NAMES or word in ORG_WORDS or not is_english_word(word):
        return False  # a given name that is no word ("Niall Corrigan") is :mod:`.surname`'s to read
    return titled or is_given_name(word)


# Words of case notes (NOT_NAMES) that are also common surnames: after a given name they are the surname.
_SURNAME_WORDS = frozenset("Ward Best Foster Page Judge Key Early Kind Head Master Down Case Chamber Bell".split())


def _surname(word: str) -> bool:
    if word in _THING_WORDS or word in CALENDAR_WORDS or word in NOT_NAMES and word not in _SURNAME_WORDS:
        return False
    bare = word.split("-")[0]
    if is_surname(bare):
        return True
    from redaction.gazetteer import lookup

    info = lookup(bare)
    return info is not None and info.last >= 0.5


class WordNamePairRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("given name and surname before a people verb", _pair("g", "s"), 0.6)]
    SCORE = EXACT_SCORE  # read whole: the trimming that drops an English word at a weak candidate's edge must not undo it

    def find(self, text: str) -> Iterator[Span]:
        for match in _PAIR_RE.finditer(text, overlapped=True):
            start, end = match.span("g")[0], match.end("s")
            before = _BEFORE.search(text, max(0, start - 40), start)
            titled = before is not None and before.group().strip(" .") in _TITLES
            if not (_word_given_name(match.group("g"), titled=titled) and _surname(match.group("s"))):
                continue
            after = _AFTER.match(text, end)
            cued = before is not None
            if after is not None and after.group("g2") is not None:
                if _word_given_name(after.group("g2")) and _surname(after.group("s2")):
                    yield Span(after.start("g2"), after.end("s2"), self.ENTITY, self.SCORE, "pattern")
                    cued = True
                else:
                    after = None
            if cued or after is not None:
                yield Span(start, end, self.ENTITY, self.SCORE, "pattern")
