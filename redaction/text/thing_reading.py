"""Name candidates the text itself shows to be things: what surrounds them is how a text writes a thing, never a
person.

- **a named thing before its kind** (:func:`why_thing_before_its_kind`): "the Joy of Reading leaflets", "the Young
  Voices concert", "the Angel café", "the Grace period": after "the", a capitalised name (with joining words
  inside) and then a lower-case noun of a thing's kind - a leaflet, a concert, a café, a scheme, an app. English
  writes a person so only with a family's word ("the Patel family", "the Ahmed twins"), which is no thing here;
- **a house or team of a points tally** (:func:`why_tallied_name`): "House points: Tudor 212, Stuart 198, Windsor
  187" or "Turing 377 · Earhart 350 · Seacole 341": three or more capitalised words each with its score on one
  line are houses or teams, and so are the same words alone elsewhere in the text ("Well done Seacole!");
- **an eponym before its score** (:func:`why_eponym_before_a_score`): "Beighton 6/9", "Apgar 9/10": a
  capitalised word that no list of given names holds, right before a score out of a usual maximum, names the
  scale;
- **a short month after a time cue** (:func:`why_short_month`): "EHCNA agreed Jan", "due Sept", "by end Feb": a
  month's short form after a word of time or deadline, with no surname after it ("Jan Kowalski").
- **a class or group of a list** (:func:`why_listed_group`): "Hazel, Rowan and Elm groups rotate", and the same
  names alone after "in", "to" or "from" ("she is in Rowan"), never before a surname ("Hazel Mbeki");
- **a funding band or a level** (:func:`why_level`): "Band D", "Element 3", "Wave 2";
- **a car** (:func:`why_car`): a car maker's name, alone or with its model ("a silver Skoda Octavia", "the
  Vauxhall"), which social-care referrals write beside a registration.
"""

from __future__ import annotations

import regex

from redaction.spans import Span
from redaction.text.names import strip_possessive
from redaction.text.text_caches import per_text

# Patterns the rules below ask once per candidate, compiled once (``regex.match(pattern, ...)`` looks its
# pattern up in ``regex``'s cache on every call, which costs more than the match).
_CAPITALISED_WORD_AFTER = regex.compile(r"[ ]+\p{Lu}\p{Ll}")  # a surname after a given name
_PERSON_AFTER = regex.compile(r"[ ]+\p{Lu}\p{Ll}|['’]s\b")  # a surname, or a possessive
_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}+")
_LIST_JOIN = regex.compile(r",[ ]*|[ ]+(?:and|&)[ ]+")
_LEVEL_MARK = regex.compile(r"[A-H]|\d{1,2}")  # the letter or number of "Band D", "Element 3"

__all__ = ["why_car", "why_eponym_before_a_score", "why_level", "why_listed_group", "why_short_month", "why_tallied_name",
           "why_thing_before_its_kind"]

_THING_KINDS = (
    r"leaflets?|booklets?|flyers?|posters?|schemes?|programmes?|projects?|concerts?|café|cafe|cafés|cafes|shop|festival"
    r"|fair|campaign|initiative|awards?|apps?|website|course|courses|workshops?|events?|trip|show|assembly|choir"
    r"|lanyards?|cards?|badges?|passport|forms?|pathway|model|policy|fund|grant|minibus|device|devices|laptop|tablet"
    r"|period|prayers|service|services|programme|curriculum|charter|pledge|standard|framework|toolkit|resource"
    r"|resources|scale|scales|score|scores|checklist|screener|screening|test|tests|questionnaire"
)
_JOIN = r"(?:of|and|&|for|the|in|on|at|to|a)"
_CAP = r"\p{Lu}[\p{L}'’\-]*"
_THE_BEFORE = regex.compile(r"(?<![\p{L}])(?i:the)[ ]+\Z")
_KIND_AFTER = regex.compile(rf"(?:[ ]+(?:{_JOIN}|{_CAP})){{0,4}}[ ]+(?:{_THING_KINDS})\b")


def why_thing_before_its_kind(text: str, span: Span) -> str | None:
    """Why a person or place candidate is a named thing: "the" before it, and after it (past joining or capitalised
    words) a lower-case noun of a thing's kind ("the Joy of Reading leaflets", "the Young Voices concert"); a
    place candidate only when the place table does not know it."""
    if span.type not in ("PERSON", "LOCATION"):
        return None
    surface = text[span.start : span.end]
    if not surface[:1].isupper() or _THE_BEFORE.search(text, max(0, span.start - 5), span.start) is None:
        return None
    if _KIND_AFTER.match(text, span.end) is None:
        return None
    if span.type == "LOCATION":
        from redaction.places import lookup

        if lookup(surface) is not None:
            return None  # "the Chatteris site", "the Blackpool trip": a place the table knows stays a question
    return "a named thing: 'the', the name, then its kind ('the Joy of Reading leaflets', 'the Young Voices concert')"


# A tally's item: a capitalised word and its score ("Tudor 212", "Seacole: 341"), between separators.
_TALLY_ITEM = regex.compile(r"(?<![\p{L}\d])(\p{Lu}\p{Ll}+)[ ]*:?[ ]*(\d{1,5})(?![\d/:\-]|\.\d)")
_SEPARATORS = regex.compile(r"^[ ]*(?:[,;·•|/\-–—]|and)?[ ]*$")


@per_text(maxsize=64)
def _tallied_words(text: str) -> frozenset[str]:
    """The words of the text's points tallies: three or more "Word 123" items on one line, nothing but separators
    between them."""
    words: set[str] = set()
    for line in text.splitlines():
        items = list(_TALLY_ITEM.finditer(line))
        run: list[regex.Match[str]] = []
        for item in items:
            if run and _SEPARATORS.match(line[run[-1].end() : item.start()]) is None:
                if len(run) >= 3:
                    words.update(m.group(1) for m in run)
                run = []
            run.append(item)
        if len(run) >= 3:
            words.update(m.group(1) for m in run)
    return frozenset(words)


def why_tallied_name(text: str, span: Span) -> str | None:
    """Why a one-word person candidate is a house or team: the text lists it in a points tally."""
    if span.type != "PERSON" or " " in text[span.start : span.end].strip():
        return None
    word = strip_possessive(text[span.start : span.end])
    if word not in _tallied_words(text):
        return None
    from redaction.text.names import TITLE

    if regex.search(rf"{TITLE}\.?[ ]+\Z", text[max(0, span.start - 12) : span.start]) is not None:
        return None  # "Mrs Tudor": a person of that name
    if _CAPITALISED_WORD_AFTER.match(text[span.end : span.end + 3]) is not None:
        return None  # "Stuart Hughes": a given name before a surname
    return "a house or team: the text lists it in a points tally ('Tudor 212, Stuart 198, Windsor 187')"


_SCORE_AFTER = regex.compile(r"[ ]+(?:score[ ]+(?:of[ ]+)?)?(\d{1,3})[ ]*/[ ]*(\d{1,3})(?![\d/])")
_SCORE_MAXIMA = frozenset({4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 24, 25, 30, 36, 40, 45, 48, 50, 60, 80, 100})


def why_eponym_before_a_score(text: str, span: Span) -> str | None:
    """Why a one-word candidate names a scale: a score out of a usual maximum follows ("Beighton 6/9", "Apgar
    9/10"), and no list of given names holds the word."""
    if span.type not in ("PERSON", "LOCATION"):
        return None
    surface = text[span.start : span.end]
    if " " in surface or not surface[:1].isupper():
        return None
    score = _SCORE_AFTER.match(text, span.end)
    if score is None:
        return None
    got, out_of = int(score.group(1)), int(score.group(2))
    if out_of not in _SCORE_MAXIMA or got > out_of:
        return None
    from redaction.text.named_things import _given_name

    if _given_name(surface):
        return None
    return "a scale's eponym before its score ('Beighton 6/9', 'Apgar 9/10')"


_SHORT_MONTHS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_DEADLINE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:due|agreed|expected|planned|booked|scheduled|deadline|in|since|until|till|before|after|by[ ]end"
    r"|end|mid|early|late|start|(?:end|start|middle)[ ]of|since|w/c|wc)[ ]+\Z"
)


def why_short_month(text: str, span: Span) -> str | None:
    """Why a one-word candidate is a month's short form: a word of time or deadline before it ("agreed Jan", "due
    Sept", "by end Feb"), and no capitalised word after it (a surname: "Jan Kowalski")."""
    if span.type != "PERSON" or text[span.start : span.end] not in _SHORT_MONTHS:
        return None
    if _DEADLINE_BEFORE.search(text, max(0, span.start - 16), span.start) is None:
        return None
    if _PERSON_AFTER.match(text[span.end : span.end + 4]) is not None:
        return None
    return "a month's short form after a word of time or deadline ('agreed Jan', 'due Sept')"


_CAR_MAKERS = frozenset(
    "Skoda Škoda Vauxhall Toyota Nissan Peugeot Citroen Citroën Renault Volkswagen VW Hyundai Dacia Mazda Volvo Fiat "
    "Seat SEAT Suzuki Mitsubishi Subaru "
    # general English (reviews, classifieds of North America and Australia): makers no given name shares
    "Honda BMW Audi Lexus Chevrolet Chevy Holden Jeep Porsche Tesla Infiniti Acura Isuzu Mahindra Proton Perodua "
    "Cupra Polestar".split())
_MAKER_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Lu}[\p{L}]+)[ ]+\Z")


def why_car(text: str, span: Span) -> str | None:
    """Why a candidate is a car: a maker's name opens it ("Skoda Octavia", "Vauxhall Zafira") with at most its
    model after it, or it is the model right after a maker's name ("Octavia" of "Skoda Octavia"); never after a
    title ("Mrs Seat")."""
    if span.type not in ("PERSON", "LOCATION", "SCHOOL"):
        return None
    words = text[span.start : span.end].split()
    before = _MAKER_BEFORE.search(text, max(0, span.start - 12), span.start)
    if before is not None and before.group(1) in _CAR_MAKERS and 0 < len(words) <= 2:
        return "a car's model after its maker ('a silver Skoda Octavia')"
    if not words or words[0] not in _CAR_MAKERS or len(words) > 3:
        return None
    from redaction.text.names import TITLE

    if regex.search(rf"{TITLE}\.?[ ]+\Z", text[max(0, span.start - 12) : span.start]) is not None:
        return None
    return "a car: a maker's name, alone or with its model ('a silver Skoda Octavia')"


_LEVEL_WORDS = frozenset("Band Element Tier Level Stage Phase Wave Step Grade Banding".split())
_LEVEL_AFTER = regex.compile(r"[ \u00a0]+(?:[A-H]|\d{1,2})(?![\p{L}\d])")


def why_level(text: str, span: Span) -> str | None:
    """Why a candidate is a funding band or a level: its words are such words ("Band", "Element", "Tier", "Wave")
    and a letter or a number follows ("Band D", "Element 3", "Wave 2")."""
    if span.type not in ("PERSON", "LOCATION"):
        return None
    words = text[span.start : span.end].split()
    if len(words) >= 2 and _LEVEL_MARK.fullmatch(words[-1]):  # the model's "Band D"
        words = words[:-1]
    elif _LEVEL_AFTER.match(text, span.end) is None:
        return None
    if not words or not all(w in _LEVEL_WORDS for w in words):
        return None
    return "a funding band or a level before its letter or number ('Band D', 'Element 3')"


# Names the text gives to classes, groups, rooms and houses: "Willow class", "Kestrel Room", and each name of a list
# before a plural group word ("Hazel, Rowan and Elm groups", "Oak and Ash classes").
_NAMED_GROUP = regex.compile(r"(?<![\p{L}])(\p{Lu}\p{Ll}+)[ ](?i:class|group|room|base|house)(?![\p{L}])(?![ ]*:)")
_GROUP_LIST = regex.compile(
    r"(?<![\p{L}])((?:\p{Lu}\p{Ll}+,[ ]+)*\p{Lu}\p{Ll}+,?[ ]+(?:and|&)[ ]+\p{Lu}\p{Ll}+)[ ](?i:classes|groups|rooms|houses)"
    r"(?![\p{L}])")
_IN_BEFORE = regex.compile(r"(?<![\p{L}])(?i:in|into|to|from|join(?:s|ed)?|left|moved[ ]to)[ ]+\Z")


@per_text(maxsize=64)
def _group_names(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The text's names of classes and groups: (every name, the names of lists before a plural group word)."""
    single = {m.group(1) for m in _NAMED_GROUP.finditer(text)}
    listed = {w for m in _GROUP_LIST.finditer(text) for w in _CAPITALISED.findall(m.group(1))}
    return frozenset(single | listed), frozenset(listed)


def why_listed_group(text: str, span: Span) -> str | None:
    """Why a one-word candidate names a class or group: it stands in a list before a plural group word ("Hazel,
    Rowan and Elm groups"), or, alone after "in", "to" or "from", it is a name the text gives a class or group
    elsewhere ("Rowan class ... she is in Rowan"); never after a title or before a surname."""
    if span.type not in ("PERSON", "LOCATION"):
        return None
    word = text[span.start : span.end]
    names, listed = _group_names(text)
    parts = _LIST_JOIN.split(word)
    if len(parts) > 1 and all(p in listed for p in parts):
        return "classes or groups of a list before its plural head ('Hazel, Rowan and Elm groups')"
    if word not in names:
        return None
    if _PERSON_AFTER.match(text[span.end : span.end + 4]) is not None:
        return None  # "Hazel Mbeki", "Rowan's mum": a person
    window = text[max(0, span.start - 60) : min(len(text), span.end + 60)]
    in_a_list = any(m.start() <= span.start - max(0, span.start - 60) and span.end - max(0, span.start - 60) <= m.end()
                    for m in _GROUP_LIST.finditer(window))
    if in_a_list:
        return "a class or group in a list before its plural head ('Hazel, Rowan and Elm groups')"
    if _IN_BEFORE.search(text, max(0, span.start - 12), span.start) is not None:
        return "a class or group the text names elsewhere, after 'in', 'to' or 'from' ('she is in Rowan')"
    return None
