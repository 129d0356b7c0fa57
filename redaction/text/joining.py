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

__all__ = ["coordinated_names", "join_particles", "whole_user_name"]

_PARTICLE_GAP = regex.compile(rf"[ ](?:{PARTICLE}[ ])*")
_ENDS_IN_PARTICLE = regex.compile(rf"(?<![\p{{L}}]){PARTICLE}\Z")
# The word before or after a found name across "and", "&", "or" or a list's comma; in lower case beside a name typed in lower case ("hamza and yusuf").
_LOWER = r"\p{Ll}[\p{Ll}\p{M}'’\-]*\p{Ll}"
_BEFORE = regex.compile(
    rf"(?r)(?<![\p{{L}}\p{{N}}'’\-.@_])(?P<word>{NAME}|{_LOWER})(?:[ ](?:and|&|or)[ ]|,[ ])\Z")
_AFTER = regex.compile(rf"\A(?:[ ](?:and|&|or)[ ]|,[ ])(?P<word>{NAME}|{_LOWER})(?![\p{{L}}\p{{N}}\-@_])")
_PLACE_PREPOSITION = regex.compile(r"(?i:\b(?:in|at|from|near|via|between|across|around|visit(?:ing|ed)?)[ ])\Z")
_LIST_GOES_ON = at_a_position(regex.compile(rf"(?:,[ ](?:{NAME}|{_LOWER}))*,?[ ](?:and|&)[ ]"))


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


def _may_be_given_name(word: str, partner: str, *, listed: bool = False) -> bool:
    """``word`` beside ``partner`` (a found name) is a given name: in the partner's case, a given name before all
    ("Ebony", "Simon"; "hamza"), not a surname that is sometimes one ("Marks and Spencer"), nor a word in lower
    case ("bread and jam") unless a list of names holds it (``listed``: "ewan, precious, lin and tom")."""
    from redaction.gazetteer import lookup
    from redaction.text.english import is_common_word

    bare = strip_possessive(word)
    if bare.islower() != partner.islower():
        return False
    if bare.islower() and is_common_word(bare) and not listed:
        return False
    if bare in NOT_NAMES or bare.capitalize() in NOT_NAMES or bare in COMMON_CAPITALISED or bare in TITLES:
        return False
    info = lookup(bare)
    return info is not None and info.first >= 0.5 and (info.first >= info.last or info.first >= 0.75)


def coordinated_names(text: str, spans: Iterable[Span]) -> list[Span]:
    """New person spans for the given names coordinated with a found person's name which no other span holds,
    or only a place's span of the same word ("grateful to Esperanza and Teodoro": the model's place). A name found
    so is a partner in turn, so a list is read to its end ("ewan, lin, mohammed and tom"); inside a list of three
    names or more a given name that is also a word is read as the name it is there ("lin, precious and tom")."""
    spans = list(spans)
    people = [s for s in spans if s.type == "PERSON" and s.score >= 0.5]
    new: list[Span] = []

    def free(start: int, end: int) -> bool:
        if _PLACE_PREPOSITION.search(text, max(0, start - 12), start):
            return not any(s.start < end and start < s.end for s in (*spans, *new))  # "flights from Jordan and Tom"
        return not any(s.start < end and start < s.end and (s.type != "LOCATION" or (s.start, s.end) != (start, end))
                       for s in (*spans, *new))

    for _ in range(12):  # a list of a dozen names at most is read from one found name
        found: list[Span] = []
        for person in people:
            partner = text[person.start:person.end]
            before = _BEFORE.search(text, max(0, person.start - 40), person.start)
            # A list's comma only where the list goes on to "and" ("Kalani, Malia and Iolana"), not "Yesterday, Tom".
            if before is not None:
                start, end = before.span("word")
                listed = _in_a_list(text, start, person.end)
            if before is not None and (not text.startswith(",", before.end("word"))
                                       or _LIST_GOES_ON.match(text, person.end) or listed):
                if _may_be_given_name(before["word"], partner, listed=listed) and free(start, end):
                    found.append(Span(start, end, "PERSON", 0.6, person.source))
            after = _AFTER.match(text[person.end:person.end + 40])
            if after is not None:
                start, end = person.end + after.start("word"), person.end + after.end("word")
                listed = _in_a_list(text, person.start, end)
            if after is not None and (after.group().startswith(" ") or listed
                                      or _LIST_GOES_ON.match(text, person.end + after.end())):
                if _may_be_given_name(after["word"], partner, listed=listed) and free(start, end):
                    found.append(Span(start, end, "PERSON", 0.6, person.source))
        found = list({(s.start, s.end): s for s in found}.values())
        if not found:
            break
        new += found
        people = found
    return new


# Three items or more of one or two words each, with commas between them and "and" or "&" before the last:
# "ewan, precious, lin and tom". The window around two neighbours must hold such a list.
_LIST_ITEM = rf"(?:{NAME}|{_LOWER})(?:[ ](?:{NAME}|{_LOWER}))?"
_A_LIST = regex.compile(
    rf"{_LIST_ITEM}(?:,[ ]{_LIST_ITEM}){{1,}},?[ ](?:and|&)[ ]{_LIST_ITEM}"
    # or four items or more with commas alone, after a colon or a line's start, to the clause's end: "new starters:
    # ewan, precious, lin, mohammed — Halima is buddying them"
    rf"|(?:(?<=:[ ]?)|^){_LIST_ITEM}(?:,[ ]{_LIST_ITEM}){{3,}}(?=[ ]*(?:[—–\-.;:!?)(]|$))")


def _in_a_list(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (two neighbours of a coordination) lies inside a list of three items or more
    on one line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > 400:
        line_start, line_end = max(line_start, start - 200), min(line_end, end + 200)
    return any(m.start() <= start - line_start and end - line_start <= m.end()
               for m in _A_LIST.finditer(text[line_start:line_end]))

# A user name's characters: a name found inside one ("Fatima" of "Fatima_R", "dale" of "gardenguy_dale") is the
# whole user name, which says who it is as much as the name does.
_USER_RUN_AFTER = regex.compile(r"(?:[\p{L}\p{N}]|[._](?=[\p{L}\p{N}]))*")
_USER_RUN_BEFORE = regex.compile(r"(?r)(?:[\p{L}\p{N}]|[._](?=[\p{L}\p{N}]))*")
_DIGITS_LAST = regex.compile(r"\p{L}{2,}\d{1,4}")
_DIGITS_AT_END = regex.compile(r"\p{L}{2,}\d{1,4}\Z")
_USER_ENDS = frozenset("txt pdf doc docx xls xlsx csv jpg jpeg png gif zip com org net uk io js py md html htm".split())


def whole_user_name(text: str, span: Span) -> Span:
    """A person span glued by an underscore or a dot (or digits) to more of a user name, widened to the whole of
    it: "Fatima_R", "gardenguy_dale", "mike.obrien77". Never over an e-mail address or a web address (an "@" or
    a "/" beside the run), a file's or a site's name ("notes.pdf"), or a run with a space-free sentence break."""
    end = span.end
    start = span.start
    glued_after = end < len(text) and (text[end] == "_" or text[end].isdigit() or (
        text[end] == "." and end + 1 < len(text) and text[end + 1].isalnum()))
    glued_before = start > 0 and (text[start - 1] == "_" or (
        text[start - 1] == "." and start > 1 and text[start - 2].isalnum()))
    if not (glued_after or glued_before):
        return span
    if glued_after:
        end = _USER_RUN_AFTER.match(text, end).end()  # type: ignore[union-attr]  # "*": always matches
    if glued_before:
        start = _USER_RUN_BEFORE.search(text, max(0, start - 40), start).start()  # type: ignore[union-attr]
    run = text[start:end]
    if text[end:end + 1] in ("@", "/") or text[start - 1:start] in ("@", "/"):
        return span
    if "_" not in run and _DIGITS_AT_END.search(run) is None:
        # Digits inside a word ("Fami1ies", "0lek") are a scan's misreading, and a dot alone joins a sentence typed
        # without its space as often as a user name ("ł. jaramillo.page 2"): an underscore or closing digits say
        # it is one ("sarah.mitchell88").
        return span
    if "_" not in run and "." not in run and _DIGITS_LAST.fullmatch(run) is None:
        return span
    if run.rsplit(".", 1)[-1].casefold() in _USER_ENDS or len(run) > 40:
        return span
    if "." in run and "_" not in run and any(part[:1].isupper() for part in run.split(".")[1:]):
        return span  # "Smith.Next", "łapiński.Page 2": a sentence typed without its space, not a user name
    return Span(start, end, span.type, span.score, span.source)
