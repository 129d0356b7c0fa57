"""Places of a trip or an event: where the family went, not where it lives.

A place in a case text is a question because it may say where the family, the child or the school is
("moved to Hull", "the school in Heywood"). A place the text names as the end of a holiday, a day out or a
school trip, or as the venue of a conference, a course or a festival, says where somebody went once: "On holiday
in Cornwall we visited Newquay and Padstow", "a day trip to Blackpool", "the NASEN conference in Birmingham".
:mod:`redaction.text.named_things` already keeps a town abroad after a travel word; this
reader does the same for a British town in a UK case text (:func:`redaction.text.abroad.uk_case_text`: general
writing, "The match in Manchester was cancelled", tells of the writer's own life, where a trip may be home), with
stricter words: a holiday, a trip, an outing or an event right before the preposition (no visit to a relative: "visiting Nan in Hull" names where Nan lives), or "visited" /
"flew" with the place as its object. A place joined to such a place in a list is one of the trip's places
("Newquay and Padstow"). A residence or origin word in the clause ("we live in", "moved to", "back to") or a relative
("a holiday with Nan in Whitby") leaves the place a question.
"""

from __future__ import annotations

import regex

from redaction.spans import Span

__all__ = ["why_trip_place"]

_TRIP = (
    r"holidays?|holidaying|hols|trips?|day[ ]out|days[ ]out|day[ ]trip|outings?|excursions?|residential"
    r"|camping|caravan|staycation|mini[ ]break|weekend[ ]away|short[ ]break[ ]away|conference|summit|festival"
    r"|exhibition|tournament|gala|concert|match|show|expo"
)
# The trip's word, at most a few words, then the preposition before the place.
_TRIP_BEFORE = regex.compile(
    rf"(?i:\b(?:{_TRIP})\b(?:[ ]+[\p{{L}}'’\-]+){{0,4}}?[ ]+(?:in|to|at|near)[ ]+(?:the[ ]+)?)\Z"
)
# A place as the object of a trip's verb: "we visited Newquay", "flew into Brindisi", "off to Tenerife".
_VERB_BEFORE = regex.compile(
    r"(?i:\b(?:visited|toured|explored|flew[ ]+(?:in)?to|flying[ ]+(?:in)?to|fly[ ]+(?:in)?to|off[ ]+to"
    r"|day[ ]+at|sailed[ ]+to|drove[ ]+to[ ]+the[ ]+beach[ ]+at)[ ]+(?:the[ ]+)?)\Z"
)
# Residence, origin or return in the clause before the place: it may be home.
_HOME_BEFORE = regex.compile(
    r"(?i:\b(?:lives?|living|lived|live|born|moved?|moving|settled|resident|based|address|home|house|grew[ ]up"
    r"|back|returned?|returning|works?|working|stays?|staying|stayed|nan|nana|nanna|gran|granny|grandma|grandad"
    r"|grandparents?|mum|dad|auntie|aunty|aunt|uncle|cousins?|relatives?|family|friends?)\b)"
)
_CLAUSE_START = regex.compile(r"[.;:!?\n(][^.;:!?\n(]*\Z")
_LIST_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*){0,2})(?:,[ ]*(?:and[ ]+)?|[ ]+(?:and|&)[ ]+)\Z")


def _clause_before(text: str, start: int) -> str:
    lo = max(0, start - 120)
    opening = _CLAUSE_START.search(text, lo, start)
    return text[opening.start() + 1 if opening is not None else lo : start]


def _a_trip_place_at(text: str, start: int) -> bool:
    clause = _clause_before(text, start)
    cue = _TRIP_BEFORE.search(clause) or _VERB_BEFORE.search(clause)
    if cue is None:
        return False
    return _HOME_BEFORE.search(clause) is None


def why_trip_place(text: str, span: Span) -> str | None:
    """Why a place candidate is the end of a trip or the venue of an event, or ``None``."""
    if span.type not in ("LOCATION", "PERSON"):
        return None
    from redaction.places import lookup

    surface = text[span.start : span.end]
    place = lookup(surface)
    if place is None or place.country not in ("GB", ""):
        return None  # a town abroad is read by named_things' own travel rule
    from redaction.text.abroad import uk_case_text

    if not uk_case_text(text):
        return None
    if span.type == "PERSON":
        from redaction.text.named_things import _given_name

        if _given_name(surface.split()[0]):
            return None
    if _a_trip_place_at(text, span.start):
        return "the place of a holiday, a trip or an event ('on holiday in Cornwall', 'the conference in Harrogate')"
    listed = _LIST_BEFORE.search(text, max(0, span.start - 60), span.start)
    if listed is not None and lookup(listed.group(1)) is not None and _a_trip_place_at(text, listed.start(1)):
        return "a place listed with a trip's place ('we visited Newquay and Padstow')"
    return None
