"""Place names from the gazetteer (:mod:`redaction.places`): towns, villages, cities, regions and countries in prose.

The model finds places it has seen in sentences like its training text; a reader finds "near Tuam",
"her nan in Ullapool", "Scottsdale, Arizona" because they know the place. This recognizer looks every
capitalised phrase of up to five words up in the gazetteer, longest first ("Newcastle upon Tyne",
"Stamford Hill", "San Antonio"), and keeps a hit unless the text shows another reading of it
(:func:`_ordinary_reading`):

- a place that is also an ordinary English word ("Reading", "Bath", "Nice", "Split", "Orange") or a
  given name ("Florence", "Chelsea"; a small town's name the gazetteer ranks as a given name: "Amara") is a place
  only after a place cue ("in", "at", "from", "near",
  "moved to") or before ", <county/state/country>" ("Reading, Berkshire"): "Reading is fun" stays;
- a month or a weekday that is also a town ("March", "May") only before ", <county/state/country>";
- a role or a word of case notes ("Officer"), or a people ("Roma"), is no place alone;
- a place word inside a longer capitalised name is not a place: an organisation ("Bristol City
  Council", "Leeds Teaching Hospitals") or a person ("Tom Chester", "Mr Preston"); a street keeps its
  street word ("Belgrave Road");
- words in capitals and lower-case text are left to other readers (headings, acronyms, chat).

A town the gazetteer does not hold is read by its build, as a reader reads an unknown place: a word ending as
English and South Asian place names end ("-mouth", "-chester", "-ville", "-abad", "-nagar") or a place prefix
before a capitalised word ("Port Mary", "South Dawn"), after a place cue or before "office"/"branch"
(:meth:`PlaceNameRecognizer._built_places`).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.places import Place, lookup
from redaction.spans import Span
from redaction.text.english import is_english_word
from redaction.text.names import sentence_given_name
from redaction.text.lexicons import CALENDAR_WORDS, FIRST_NAMES, NOT_NAMES, ORG_WORDS, ROLE_WORDS, TITLES
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.address_grammar import STREET_TYPES

__all__ = ["PLACE_CUE", "PlaceNameRecognizer"]

_WORD = r"\p{Lu}[\p{Ll}'’]*\p{Ll}(?:-(?:\p{Lu}[\p{Ll}'’]*|upon|on|in|by|le|la|sur|the|next|under|sous)(?=[\s,.;:!?)\-]|$))*"
_JOINER = r"(?:of|upon|on|by|the|de|la|le|du|des|del|di|da|am|an|der|im|sur|en|y|under|and)"
_PHRASE = regex.compile(rf"(?<![\p{{L}}\p{{N}}@/\-])(?:{_WORD})(?:[ ](?:{_JOINER}[ ]){{0,2}}{_WORD}){{0,4}}(?![\p{{L}}\p{{N}}@])")
_TOKEN = regex.compile(_WORD)
# Words before a place that say it is one: "in Bath", "from Reading", "near Tuam", "moved to Nice".
_PLACE_CUE = regex.compile(
    r"(?i:\b(?:in|at|from|near|nr|outside|around|round|via|towards?|through|across|into|visiting|visited|of[ ]central"
    r"|(?:moved|move|moving|went|go|going|gone|came|come|coming|drove|drive|driving|flew|fly|flying|travelled|emigrated"
    r"|relocated|back|trip|holiday|journey|train|bus|flight|road|been|way|returned|return|returning|near)[ ]+to"
    r"|(?:north|south|east|west)[ ]+of|(?:outskirts|centre|center|edge)[ ]+of"
    # the second place of a route: "from Reading to Slough", "between Inverness and Aviemore"
    r"|(?:from|between)[ ]+\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*)?[ ]+(?:to|and))[ ]+)\Z"
)
# Shared with the reader of places in capitals (:mod:`.place_capitals`).
PLACE_CUE = _PLACE_CUE
_REGION_AFTER = regex.compile(r",[ ]*(?P<place>\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*){0,3})")
_STATE_CODE_AFTER = regex.compile(r",[ ]*[A-Z]{2,3}\b(?![a-z])")
_STREET_AFTER = regex.compile(r"[ ](?:" + "|".join(STREET_TYPES) + r")\b\.?")
_NEXT_CAPITAL = regex.compile(r"[ ](?P<word>\p{Lu}[\p{L}'’\-]*)")
_PREVIOUS_CAPITAL = regex.compile(r"(?r)(?P<word>\p{Lu}[\p{L}'’\-]*\.?)[ ]\Z")
# "L. Oliveira dos Santos", "Willemine ten Pas": a particle of a surname before the word.
_PARTICLE_BEFORE = regex.compile(r"\p{L}[ ](?:dos|das|da|de|del|della|di|du|van|von|der|den|ten|ter|al|el|bin|ibn|binti|ap|ab|le|la|mac|nic)[ ]\Z")
_HUMAN_AFTER = regex.compile(
    r"[ ]+(?:said|says|told|asked|rang|phoned|emailed|texted|agreed|explained|wants|wanted|feels|felt|thinks|thought"
    r"|is[ ]aged|was[ ]born|cried|laughed|smiled|shouted)\b"
)
_ORG_WORDS = NOT_NAMES - CALENDAR_WORDS
# Peoples and languages GeoNames also lists as places ("Roma" is Rome in Italian).
PEOPLES = frozenset("Roma Romani Romany Sinti Gypsy Traveller Travellers Kurd Kurds Hmong Maya Inca Zulu Xhosa Tswana".split())
_NEVER_ALONE = ORG_WORDS | ROLE_WORDS | TITLES | PEOPLES
_DETERMINER_BEFORE = regex.compile(r"\b(a|an|the|A|An|The)[ ]\Z")
# A lower-case word after "the <place>" that is no function word: the place names a thing ("the Victoria line").
_LOWER_WORD_AFTER = regex.compile(
    r"[ ](?!(?:and|or|but|nor|to|in|on|at|for|with|from|by|of|is|was|are|were|has|had|have|will|would|can|could"
    r"|last|next|this|that|since|until|before|after|where|when|which|who|as|so|then|now|too|again|yet)\b)\p{Ll}")


# A town the gazetteer does not hold, read as English-speaking readers read an unknown place: a word built like a place
# name ("Lorimouth", "Watsonchester", "Bidhannagar", "Jehanabad") or a place-name prefix before a capitalised word
# ("South Dawn", "Port Mary", "Lake Reece"), after a place cue ("moved to", "in", "from") or before "office",
# "branch", "area". Never an English word ("Woodland", "Downtown"), a role or an organisation's word.
_PLACE_SUFFIXES = ("ton town ville burgh borough brough bury berg burg chester caster cester mouth port haven ford field "
                   "ham stead wick wich thorpe worth land side view furt fort shire stad gate burn dale mere bridge "
                   "minster pool mont abad nagar pur pura puram garh gaon ganj").split()
_BUILT_PLACE = regex.compile(
    r"(?<![\p{L}\p{N}@/\-])(?:(?P<prefix>(?:North|South|East|West|New|Port|Lake|Mount|Fort|St\.|Saint)[ ])?"
    r"(?P<word>\p{Lu}\p{Ll}{2,}(?:" + "|".join(sorted(_PLACE_SUFFIXES, key=len, reverse=True)) + r"))"
    r"|(?P<prefix2>(?:North|South|East|West|New|Port|Lake|Mount|Fort|St\.|Saint)[ ])(?P<word2>\p{Lu}\p{Ll}+)"
    r"|(?P<word3>\p{Lu}\p{Ll}+)[ ]Ville)(?![\p{L}\p{N}@])")
_STRONG_PREFIXES = frozenset("North South East West Port Lake Mount Fort".split())
_OWNER_BEFORE = regex.compile(r"\b(?i:the|our|your|their|his|her|my)[ ]\Z")
_PLACE_NOUN_AFTER = regex.compile(r"[ ](?:office|branch|area|site|depot|store|campus|headquarters|HQ)\b")


class PlaceNameRecognizer(UkPatternRecognizer):
    ENTITY = "LOCATION"
    PATTERNS = [Pattern("gazetteer place", _PHRASE.pattern, 0.8)]  # for Presidio's registry; find() reads the gazetteer
    # Below every address and school pattern (0.6 and up), so a place inside an address block or a school's name
    # leaves that span whole; above a weak person cue (0.5), so "Poland" is a place and not "Person 2".
    SCORE = 0.55

    def find(self, text: str) -> Iterator[Span]:
        for phrase in _PHRASE.finditer(text):
            yield from self._places_in(text, phrase.start(), phrase.end())
        yield from self._built_places(text)

    def _built_places(self, text: str) -> Iterator[Span]:
        """Towns the gazetteer does not hold, by their build and a place cue (``_BUILT_PLACE``)."""
        for match in _BUILT_PLACE.finditer(text):
            start, end = match.start(), match.end()
            if lookup(match.group()) is not None:
                continue  # the gazetteer's reading above decides
            word = match.group("word") or match.group("word2") or match.group("word3")
            if word in NOT_NAMES or word in _NEVER_ALONE or word in CALENDAR_WORDS:
                continue
            # an English word only after a compass point or a "Port", "Lake", "Mount", "Fort": "South Dawn"
            prefix = (match.group("prefix2") or "").strip()
            if is_english_word(word) and prefix not in _STRONG_PREFIXES:
                continue
            cue = _PLACE_CUE.search(text, max(0, start - 30), start)
            if cue is None and text[max(0, start - 4) : start] == "the ":  # "from the Lorimouth office"
                cue = _PLACE_CUE.search(text, max(0, start - 34), start - 4)
            if cue is None and _PLACE_NOUN_AFTER.match(text, end) is None and not _anchored(text, end):
                continue
            if _in_a_longer_name(text, start, end) and not _anchored(text, end):
                continue
            yield Span(start, end, self.ENTITY, self.SCORE, "pattern")

    def _places_in(self, text: str, start: int, end: int) -> Iterator[Span]:
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
        i = 0
        while i < len(tokens):
            for j in range(len(tokens) - 1, i - 1, -1):
                surface = text[tokens[i][0] : tokens[j][1]]
                place = lookup(surface)
                if place is None:
                    continue
                span_end = tokens[j][1]
                street = _STREET_AFTER.match(text, span_end)
                if street is not None:  # "Belgrave Road", "Stratford Road": the street is the place
                    yield Span(tokens[i][0], street.end(), self.ENTITY, self.SCORE, "pattern")
                elif not _ordinary_reading(text, tokens[i][0], span_end, surface, place, whole_phrase=(i == 0 and j == len(tokens) - 1)):
                    yield Span(tokens[i][0], span_end, self.ENTITY, self.SCORE, "pattern")
                i = j
                break
            i += 1


def _ordinary_reading(text: str, start: int, end: int, surface: str, place: Place, *, whole_phrase: bool) -> bool:
    """Whether the text shows ``surface`` is not the place here (see the module's docstring)."""
    words = surface.split()
    cued = _PLACE_CUE.search(text, max(0, start - 30), start) is not None or (
        # "the Leeds office", "our Bath branch": an office or a branch in the place
        _PLACE_NOUN_AFTER.match(text, end) is not None and _OWNER_BEFORE.search(text, max(0, start - 7), start) is not None)
    anchored = _anchored(text, end)
    if words[0] in CALENDAR_WORDS and len(words) == 1:
        return not anchored
    if _in_a_longer_name(text, start, end) and not anchored:
        return True
    if len(words) > 1:
        return False
    word = words[0]
    determiner = _DETERMINER_BEFORE.search(text, max(0, start - 5), start)
    if determiner is not None and (determiner.group(1).lower() != "the" or place.kind in ("country", "region")
                                   and _LOWER_WORD_AFTER.match(text, end) is not None
                                   and _PLACE_NOUN_AFTER.match(text, end) is None):  # "the Kent office" is in Kent
        return True  # "an Orange", "a Victoria sponge", "the Victoria line": a thing named after the place
    if word in _NEVER_ALONE:
        return True  # "Budgets Officer, Shropshire Council", "a Roma family": a role, an organisation's word, a people
    if word in NOT_NAMES:
        return not (cued or anchored)  # "Reading is fun" / "from Reading"
    if _HUMAN_AFTER.match(text, end) is not None and not place.major:
        return True  # "Chester said": a person
    # a given name of the lists, or a small town's name the gazetteer ranks as a given name ("I met Amara", a town
    # in Romania too): a place only after its cue or before its region
    if word in FIRST_NAMES or (not place.major and not is_english_word(word) and sentence_given_name(word)):
        return not (anchored or cued and not text[max(0, start - 3) : start].lower().endswith("to "))
    if is_english_word(word):
        return not (cued or anchored)
    return False


def _anchored(text: str, end: int) -> bool:
    """"Reading, Berkshire", "Springfield, IL", "Perth, Western Australia": a place followed by the region or
    country it lies in."""
    region = _REGION_AFTER.match(text, end)
    if region is not None:
        words = region.group("place").split()
        for n in range(len(words), 0, -1):
            found = lookup(" ".join(words[:n]))
            if found is not None and found.kind in ("country", "region"):
                return True
    return _STATE_CODE_AFTER.match(text, end) is not None


def _in_a_longer_name(text: str, start: int, end: int) -> bool:
    """A place word beside another capitalised word that is no place word: part of an organisation's name
    ("Bristol City Council") or a person's ("Tom Chester", "Mr Preston")."""
    following = _NEXT_CAPITAL.match(text, end)
    if following is not None:
        word = following.group("word")
        if word in _ORG_WORDS or word not in NOT_NAMES:
            return True
    if _PARTICLE_BEFORE.search(text, max(0, start - 10), start) is not None:
        return True
    before = _PREVIOUS_CAPITAL.search(text, max(0, start - 30), start)
    if before is not None:
        word = before.group("word").rstrip(".")
        if word in TITLES or len(word) == 1:
            return True  # "Mr Preston", "R. Atherton"
        if word not in NOT_NAMES and not _sentence_opening(text, before.start()):
            return True
        if word not in NOT_NAMES and (word in FIRST_NAMES or sentence_given_name(word)):
            return True  # "Grace Preston", "Will Thompson joined late"
    return False


def _sentence_opening(text: str, index: int) -> bool:
    head = text[max(0, index - 3) : index].rstrip(" ")
    return not head or head[-1] in ".!?:;\n\"“(•-*"
