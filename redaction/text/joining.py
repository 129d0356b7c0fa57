"""Spans that belong together once the candidates are resolved: the widening pass's second half.

- a name split around its particles: the model's "Juan Carlos de" and "Santos" are one name, "Juan Carlos de los
  Santos" (resolution keeps the two apart; a span read whole from a field is never widened, so they are joined
  here, and only across particles);
- a name coordinated with a found name: in "Ebony and Cristofor are flying", "Kalani, Malia and Iolana", the
  word beside the found name across "and", "&" or a list's comma is a name too when the gazetteer knows it as a
  given name before all (even one that is also a word, "Ebony"), written in the found name's case ("hamza and
  yusuf"), and no other span holds it but a place's of the same word (which it replaces);
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from redaction.spans import Span
from redaction.text.at_a_position import at_a_position
from redaction.text.lexicons import COMMON_CAPITALISED, NOT_NAMES, TITLES
from redaction.text.names import NAME, PARTICLE, strip_possessive

__all__ = ["coordinated_names", "join_particles"]

_PARTICLE_GAP = regex.compile(rf"[ ](?:{PARTICLE}[ ])*")
_ENDS_IN_PARTICLE = regex.compile(rf"(?<![\p{{L}}]){PARTICLE}\Z")
# The word before or after a found name across "and", "&", "or" or a list's comma; in lower case beside a name typed in lower case ("hamza and yusuf").
_LOWER = r"\p{Ll}[\p{Ll}\p{M}'’\-]*\p{Ll}"
_BEFORE = regex.compile(
    rf"(?r)(?<![\p{{L}}\p{{N}}'’\-.@_])(?P<word>{NAME}|{_LOWER})(?:[ ](?:and|&|or)[ ]|,[ ])\Z")
_AFTER = regex.compile(rf"\A(?:[ ](?:and|&|or)[ ]|,[ ])(?P<word>{NAME}|{_LOWER})(?![\p{{L}}\p{{N}}\-@_])")
_PLACE_PREPOSITION = regex.compile(r"(?i:\b(?:in|at|from|near|via|between|across|around|visit(?:ing|ed)?)[ ])\Z")
_LIST_GOES_ON = at_a_position(regex.compile(rf"(?:,[ ]{NAME})*,?[ ](?:and|&)[ ]"))


def join_particles(text: str, spans: list[Span]) -> list[Span]:
    """Neighbouring person spans with only particles between them ("Juan Carlos de" + "los" + "Santos"), or the
    first ending in one ("Pieter van" + "der Berg"), as one span."""
    people = sorted((s for s in spans if s.type == "PERSON"), key=lambda s: s.start)
    groups: list[list[Span]] = []
    for person in people:
        if groups:
            last = groups[-1][-1]
            gap = text[last.end:person.start]
            if 0 < len(gap) <= 16 and _PARTICLE_GAP.fullmatch(gap) and (
                    gap.strip() or _ENDS_IN_PARTICLE.search(text, max(0, last.end - 8), last.end)):
                groups[-1].append(person)
                continue
        groups.append([person])
    merged = {g[0]: Span(g[0].start, g[-1].end, "PERSON", max(s.score for s in g), g[0].source)
              for g in groups if len(g) > 1}
    if not merged:
        return spans
    gone = {s for g in groups if len(g) > 1 for s in g[1:]}
    return [merged.get(s, s) for s in spans if s not in gone]


def _may_be_given_name(word: str, partner: str) -> bool:
    """``word`` beside ``partner`` (a found name) is a given name: in the partner's case, a given name before all
    ("Ebony", "Simon"; "hamza"), not a surname that is sometimes one ("Marks and Spencer"), nor a word in lower
    case ("bread and jam")."""
    from redaction.gazetteer import lookup
    from redaction.text.english import is_common_word

    bare = strip_possessive(word)
    if bare.islower() != partner.islower():
        return False
    if bare.islower() and is_common_word(bare):
        return False
    if bare in NOT_NAMES or bare.capitalize() in NOT_NAMES or bare in COMMON_CAPITALISED or bare in TITLES:
        return False
    info = lookup(bare)
    return info is not None and info.first >= 0.5 and (info.first >= info.last or info.first >= 0.75)


def coordinated_names(text: str, spans: Iterable[Span]) -> list[Span]:
    """New person spans for the given names coordinated with a found person's name which no other span holds,
    or only a place's span of the same word ("grateful to Esperanza and Teodoro": the model's place)."""
    spans = list(spans)
    people = [s for s in spans if s.type == "PERSON" and s.score >= 0.5]
    new: list[Span] = []

    def free(start: int, end: int) -> bool:
        if _PLACE_PREPOSITION.search(text, max(0, start - 12), start):
            return not any(s.start < end and start < s.end for s in (*spans, *new))  # "flights from Jordan and Tom"
        return not any(s.start < end and start < s.end and (s.type != "LOCATION" or (s.start, s.end) != (start, end))
                       for s in (*spans, *new))

    for person in people:
        partner = text[person.start:person.end]
        before = _BEFORE.search(text, max(0, person.start - 40), person.start)
        # A list's comma only where the list goes on to "and" ("Kalani, Malia and Iolana"), not "Yesterday, Tom".
        if before is not None and (not text.startswith(",", before.end("word"))
                                   or _LIST_GOES_ON.match(text, person.end)):
            start, end = before.span("word")
            if _may_be_given_name(before["word"], partner) and free(start, end):
                new.append(Span(start, end, "PERSON", 0.6, person.source))
        after = _AFTER.match(text[person.end:person.end + 40])
        if after is not None and (after.group().startswith(" ") or _LIST_GOES_ON.match(text, person.end + after.end())):
            start, end = person.end + after.start("word"), person.end + after.end("word")
            if _may_be_given_name(after["word"], partner) and free(start, end):
                new.append(Span(start, end, "PERSON", 0.6, person.source))
    return new
