"""Places abroad in a UK case text: a country or a region is no family's address; a city abroad is a place.

A UK SEND case file (an EHC plan, a clinic letter, a helpline note, a referral) is about a child and a family in
the UK. Countries and regions abroad appear in it for other reasons - "we came from Kurdistan", "flights to
Pakistan", "family in Poland" - and each holds millions: this reader counts them as negatives, but only in a text
that shows itself to be a UK case text (:func:`uk_case_text`: two distinct words of SEND and care paperwork).

A city abroad is different. "Maternal grandmother in Kosice: Helena Lakatosova, +421 ..." or "Aram's uncle in Erbil
(+964 ...)" puts a named relative at a place, and with a name, a phone and a UK town beside it a reader of a case
study could find the family; issue 9 asks that a candidate be removed unless a specific negative explains why not,
and a city being large is no such explanation. So a city abroad is left to the rule every text has
(:func:`redaction.text.named_things.why_not_identifying_place`): it is kept only after a travel word ("holiday in
Lagos", "back from Lahore"). Until 2026-12-07 this module kept every city abroad of 10,000 people or more in a case
text, following the labelling of ``text_holdout_v5`` to ``_v9`` (which count a relative's city abroad as a negative);
``text_holdout_v2``, ``_v4``, ``_v10`` and ``_v11`` label it LOCATION, as a reader protecting a family would (v2's
LOCATION recall had fallen 0.977 -> 0.886 and v4's 0.932 -> 0.795 under the old rule).

What counts as abroad (:func:`place_abroad`): a country (with the common names the place table lacks: "Korea",
"Congo", "Burma", "America"), a region outside the UK and Ireland, and a city of 10,000 people or more outside
them. Kept, because a British place may share the name: Irish places (families move across the border), regions
and towns of the USA, Canada, Australia and New Zealand below a million people ("Canterbury", "Leamington",
"Kingston" are British towns too), towns under 10,000 (a village abroad narrows a family down), and any name the
place table holds as a UK or Irish place ("Boston", "Perth").

A country on its own is also no one's address when it stands in a list of countries ("in Syria and Lebanon",
"Poland, Romania and Syria"): :func:`why_country_in_a_list`, in any text.
"""

from __future__ import annotations

import regex

from redaction.spans import Span
from redaction.text.text_caches import per_text

__all__ = ["place_abroad", "uk_case_text", "why_country_in_a_list", "why_place_abroad"]

_LOCAL = frozenset({"GB", "IE", "IM", "JE", "GG"})
_BRITISH_NAMED = frozenset({"US", "CA", "AU", "NZ"})  # settler countries whose towns and regions copy British names

# Countries' everyday names the place table (GeoNames' official names) lacks.
COUNTRY_ALIASES = frozenset(
    "korea|congo|drc|burma|america|usa|holland|macedonia|swaziland|gambia|palestine|kosovo|taiwan|uae|emirates"
    "|czech republic|slovak republic|the netherlands|the gambia|ivory coast|cote d'ivoire|the philippines|the uae"
    "|the us|the usa|the states|the congo|east timor|cape verde|united states|united arab emirates|south sudan"
    "|sri lanka|saudi arabia".split("|")
)

# Words of SEND and care paperwork: two distinct ones make a text a UK case text.
_CASE_WORDS = regex.compile(
    r"\b(?:SEND|SEN|SENCo|SENCO|Senco|EHCP|EHC|EHCNA|ALN|ALNCo|ADY|CAMHS|SENDIASS|SENDIAS|IASS|IEP|IDP|CSP|EHCNA"
    r"|SALT|SaLT|OT|EP|DSL|TAC|TAF|CIN|LAC|PEP|IRO|HLTA|TA|SENDIST|LA"
    r"|(?i:annual[ ]review|key[ ]stage|year[ ](?:[1-9]|1[0-3])|reception[ ]class|nursery|school|college"
    r"|paediatrician|paediatric|educational[ ]psycholog\w*|social[ ]worker|early[ ]help|virtual[ ]school"
    r"|local[ ]authority|tribunal|interpreter|safeguarding|autism|autistic|ADHD|dyslexia|speech[ ]and[ ]language"
    r"|health[ ]visitor|teaching[ ]assistant|headteacher|head[ ]teacher|pupil|short[ ]breaks|direct[ ]payments?"
    r"|ysgol|cydlynydd))\b"
)


@per_text(maxsize=64)
def uk_case_text(text: str) -> bool:
    """Whether ``text`` shows itself to be a UK SEND or care case text: two distinct words of that paperwork
    ("SENCo" and "annual review"; "school" and "CAMHS"), case folded."""
    seen: set[str] = set()
    for match in _CASE_WORDS.finditer(text):
        seen.add(match.group().casefold())
        if len(seen) >= 2:
            return True
    return False


def place_abroad(surface: str) -> str | None:
    """The kind of place abroad ``surface`` names ("country", "region", "city"), or ``None`` when it names no
    place, a UK or Irish one, or one whose name a British place may share (see the module's note)."""
    folded = surface.casefold().strip()
    if folded in COUNTRY_ALIASES:
        return "country"
    from redaction.places import lookup

    place = lookup(surface)
    if place is None or place.country in _LOCAL:
        return None
    if place.kind == "country":
        return "country"
    if place.kind == "region":
        return "region" if place.country not in _BRITISH_NAMED else None
    if place.kind == "city":
        if place.population_order < 4:
            return None  # a village or small town abroad narrows a family down
        if place.country in _BRITISH_NAMED and place.population_order < 6:
            return None
        return "city"
    return None


_PLACE_PREPOSITION = regex.compile(r"\b(?i:in|from|to|at|near|of)[ ]+\Z")


def why_place_abroad(text: str, span: Span) -> str | None:
    """Why a LOCATION candidate in a UK case text is no family's place: it names a country or a region abroad, or
    ``None``. A PERSON candidate goes too when it is no given name and a place's preposition comes right before it."""
    if span.type not in ("LOCATION", "PERSON"):
        return None
    surface = text[span.start : span.end]
    kind = place_abroad(surface)
    if kind is None or kind == "city" or not uk_case_text(text):
        return None  # a city abroad is a place that, with a relative's name, finds a family (see the module's note)
    if span.type == "PERSON":  # "joined us from Seoul" read as a surname: a place's preposition, and no given name
        from redaction.text.named_things import _given_name

        if _given_name(surface) or _PLACE_PREPOSITION.search(text, max(0, span.start - 8), span.start) is None:
            return None
    return f"a {kind} abroad in a UK case text: where a relative is or the family came from, no family's address here"


# A country, then "and", "or", "&" or a comma, right before the candidate: "Syria and ", "Poland, Romania and ".
_LIST_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*)?)(?:,[ ]*|[ ]+(?:and|or|&)[ ]+|,[ ]*(?:and|or)[ ]+)\Z")
_LIST_AFTER = regex.compile(r"(?:,[ ]*|[ ]+(?:and|or|&)[ ]+)(\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*)?)")


def _is_country(surface: str) -> bool:
    return place_abroad(surface) == "country"


def why_country_in_a_list(text: str, span: Span) -> str | None:
    """Why a country candidate is no one: it stands in a list with another country ("experiences in Syria and
    Lebanon", "Germany and France"), which a name never does; ``None`` otherwise."""
    if span.type not in ("PERSON", "LOCATION"):
        return None
    from redaction.text.named_things import _given_name

    surface = text[span.start : span.end]
    if not _is_country(surface) or (span.type == "PERSON" and _given_name(surface)):
        return None  # "Jordan and India are in Year 5": two children
    before = _LIST_BEFORE.search(text, max(0, span.start - 40), span.start)
    after = _LIST_AFTER.match(text, span.end)
    if any(m is not None and _is_country(m.group(1)) and not _given_name(m.group(1)) for m in (before, after)):
        return "a country in a list of countries ('Syria and Lebanon'): a country, no one's name or address"
    return None
