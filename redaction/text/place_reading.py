"""Place candidates the text itself shows to be no family's place: a county that only locates a town just named, and
a party of a reported case cited as law.

- **the county of a named town** (:func:`why_county_of_a_named_town`): "rang from Buckley in Flintshire", "work in
  Boston (Lincolnshire)", "Kendal, Cumbria": the town right before says where somebody is; the county after it
  only tells the reader which town of that name is meant, and holds hundreds of thousands of people. The town
  stays a candidate; a county on its own ("moving to Cumbria") is untouched.
- **a party of a reported case** (:func:`why_party_of_a_reported_case`): "London Borough of Bromley v SENT [1999]
  ELR 260", "Devon CC v OH [2016] UKUT 63 (AAC)": a tribunal decision or a supporter's notes cite case law by its
  parties and its report; those parties are councils and people of other, published cases, no one of this one.
  The citation must carry its report's year in brackets right after the parties, as law reports do.
"""

from __future__ import annotations

import regex

from redaction.spans import Span
from redaction.text.lines import line_bounds
from redaction.text.text_caches import per_text

__all__ = ["why_county_of_a_named_town", "why_party_of_a_reported_case"]

_CAP = r"\p{Lu}[\p{L}'’\-]*"
# A town's name, then " in ", ", " or " (", right before the county: "Buckley in ", "Boston (", "Kendal, ".
_TOWN_BEFORE = regex.compile(rf"({_CAP}(?:[ -](?:upon|on|in|under|le|by|-)?[ -]?{_CAP}){{0,2}})(?:[ ]+in[ ]+|,[ ]*|[ ]+\()\Z")


def why_county_of_a_named_town(text: str, span: Span) -> str | None:
    """Why a LOCATION candidate is only a named town's county ("Buckley in Flintshire", "Boston (Lincolnshire)"),
    or ``None``: the candidate is a UK or Irish county or region, and a UK or Irish town the place table knows
    comes right before it."""
    if span.type != "LOCATION":
        return None
    from redaction.places import lookup

    county = lookup(text[span.start : span.end])
    if county is None or county.kind != "region" or county.country not in ("GB", "IE"):
        return None
    before = _TOWN_BEFORE.search(text, max(0, span.start - 40), span.start)
    if before is None:
        return None
    town = lookup(before.group(1))
    if town is None or town.kind != "local":
        return None
    return "a county after the town it locates ('Buckley in Flintshire'): the town says where, the county only which"


# Parties of a reported case, then its report's year in brackets: "Bromley v SENT [1999]", "Devon CC v OH (2016)".
_PARTY = rf"(?:{_CAP}|of|the|and|&|\(|\)|\p{{Lu}}{{1,4}}\.?)"
_CITATION = regex.compile(
    rf"(?<![\p{{L}}])(?:{_PARTY}[ ]+){{0,7}}{_CAP}\.?[ ]+v\.?[ ]+(?:{_PARTY}[ ]+){{0,7}}{_PARTY}[ ]*[\[(](?:18|19|20)\d\d[\])]"
)

_REPORT_BEFORE = regex.compile(r"[\[(](?:18|19|20)\d\d[\])][ ]+\Z")
_SERIES = regex.compile(r"\p{Lu}[\p{L}]{1,7}")  # a law report's series: "UKUT", "ELR"
_NUMBER_AFTER = regex.compile(r"[ ]+\d")


def why_party_of_a_reported_case(text: str, span: Span) -> str | None:
    """Why a place or person candidate is a party of a case cited as law ("London Borough of Bromley v SENT
    [1999] ELR 260"), or ``None``."""
    if span.type not in ("LOCATION", "PERSON", "SCHOOL"):
        return None
    if (_REPORT_BEFORE.search(text, max(0, span.start - 12), span.start) is not None
            and _SERIES.fullmatch(text[span.start : span.end]) and _NUMBER_AFTER.match(text[span.end : span.end + 4])):
        return "a law report's series after its year ('[2016] UKUT 63'): no one"
    if any(start <= span.start and span.end <= end for start, end in _citations(text, *line_bounds(text, span.start, span.end))):
        return "a party of a reported case cited as law ('Bromley v SENT [1999] ELR 260'): no one of this case"
    return None


@per_text(maxsize=8192)  # asked by every candidate on the line
def _citations(text: str, line_start: int, line_end: int) -> tuple[tuple[int, int], ...]:
    """Where the line ``text[line_start:line_end]`` cites a reported case."""
    if text.find(" v", line_start, line_end) < 0:  # no citation without its " v"
        return ()
    return tuple(m.span() for m in _CITATION.finditer(text, line_start, line_end))
