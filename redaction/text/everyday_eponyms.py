"""Everyday things named after people and places: a named day or night, a food, a garment, a dog's breed.

School calendars, newsletters, food diaries and sensory profiles name days after saints and people ("St David's
Day", "Valentine's Day", "Burns Night", "Christmas Eve") and foods and clothes after towns ("Yorkshire pudding",
"Cheddar cheese", "Eccles cakes", "Wellington boots", "a Chelsea bun"). The person's or the town's word is then a
word of the thing's name: it says nothing about where the family lives or who is in the case. The reader looks at
what follows the candidate: a capitalised Day or Week after a possessive, or a Night ("Burns Night"; a day
centre, a day nursery or a night shelter is a service, left alone), the festival before an Eve, or a lower-case noun of food, drink, clothing or a breed
right after a place's name.
"""

from __future__ import annotations

import regex

from redaction.spans import Span

__all__ = ["why_everyday_eponym"]

# A day or a week after a possessive ("Valentine's Day"); a night also without one ("Burns Night"): "Sarah Day" is
# a surname after a given name.
_DAY_AFTER = regex.compile(
    r"(?:['’]s[ \u00a0]+(?:Day|Night|Week)|[ \u00a0]+Night)\b(?![ \u00a0]+(?i:centre|center|care|service|services|nursery|unit"
    r"|hospital|shelter|provision|placement|team|staff|school|club|respite|opportunities|support))"
)
_EVE = r"(?:Christmas|New[ ]Year['’]s|Hallowe['’]?en|Midsummer|All[ ]Hallows['’]?)[ ]+"
_EVE_BEFORE = regex.compile(_EVE + r"\Z")
_FESTIVAL_EVE = regex.compile(_EVE + r"Eve")
_SAINTS_DAY = regex.compile(r"(?:St\.?|Saint)[ \u00a0]+\p{Lu}\p{Ll}+['’]s[ \u00a0]+(?:Day|Eve|Week|Night)")
_POSSESSIVE_BEFORE = regex.compile(r"\p{L}['’]s[ \u00a0]+\Z")
_THINGS_AFTER = regex.compile(
    r"[ \u00a0]+(?:puddings?|pasty|pasties|cheese|tarts?|cakes?|buns?|sprouts|boots|wellies|sponge|rolls?|eggs?"
    r"|sausages?|biscuits?|fudge|rock|cream|ham|bacon|pies?|rarebit|oatcakes?|stew|hotpot|crumpets?|muffins?"
    r"|fancies|slices?|toffee|mustard|sauce|terriers?|spaniels?|fruitcake|parkin|lardy|flapjacks?|chops?"
    r"|jumpers?|jerseys?|tweed|knit|cardigans?)\b"
)
_TITLE_BEFORE = regex.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?[ ]+\Z")


def why_everyday_eponym(text: str, span: Span) -> str | None:
    """Why a person or place candidate is a word of an everyday thing's name, or ``None``."""
    if span.type not in ("PERSON", "LOCATION", "SCHOOL"):
        return None
    surface = text[span.start : span.end]
    if _SAINTS_DAY.fullmatch(surface) is not None:
        return "a saint's day ('St David's Day', 'St Patrick's Day')"
    if _FESTIVAL_EVE.fullmatch(surface) is not None:
        return "a festival's eve ('Christmas Eve')"
    if surface in ("Day", "Night", "Week") and _POSSESSIVE_BEFORE.search(text, max(0, span.start - 4), span.start):
        return "a word of a named day or night ('St David's Day', 'Valentine's Day', 'Burns Night')"
    if span.type == "SCHOOL" and not surface.startswith(("St ", "St. ", "Saint ")):
        return None  # "St David's" before "Day"
    if not surface[:1].isupper() or len(surface.split()) > 2:
        return None
    if _TITLE_BEFORE.search(text, max(0, span.start - 6), span.start) is not None:
        return None
    possessive = surface.endswith(("'s", "’s"))
    if _DAY_AFTER.match(text, span.end) is not None or (possessive and _DAY_AFTER.match(text, span.end - 2)):
        return "a word of a named day or night ('St David's Day', 'Valentine's Day', 'Burns Night')"
    if surface == "Eve" and _EVE_BEFORE.search(text, max(0, span.start - 20), span.start) is not None:
        return "a festival's eve ('Christmas Eve')"
    if _THINGS_AFTER.match(text, span.end) is not None:
        from redaction.places import lookup

        if lookup(surface) is not None:
            return "a place's name in a food's, a garment's or a breed's name ('Yorkshire pudding', 'Wellington boots')"
    return None
