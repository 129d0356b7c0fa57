"""From candidates to detections: resolution, widening, propagation, final typing, and the detections.

- ``resolution``: overlapping candidates become disjoint spans (:func:`redaction.text.resolve.resolve`),
  and the confident names among them are indexed for widening and propagation;
- ``widening``: a person span takes in the neighbouring words that are names too ("Ella" + "Hughes"),
  except a span read whole from a field or a table cell (widening it would cross into the next cell); names split
  around their particles are joined, a given name coordinated with a found name is found (vetted by the
  negatives), and so are the nickname and the surname after a given name ("Mohammed (Mo) Rahman":
  :mod:`redaction.text.nicknames`), and a telephone number takes in its extension (:mod:`redaction.text.joining`,
  :func:`redaction.text.recognizers.phone_any.with_extension`);
- ``propagation``: a name found once is found at its other mentions (:mod:`redaction.text.propagate`),
  each vetted by the negatives still on (a propagated "Will" opening "Will you…" stays a word);
- ``final-typing``: a "place" that is a name already found for a person ("mum of Leo") is a person, and so is a
  user name built from a person's name ("@kev_oconnor", "maria.gonzalez": :mod:`redaction.text.handle_names`);
- ``detections``: the last resolution, and for each span the case-record entry behind it and what a
  table or form says of it (the whole name, whose name it is).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import regex

from redaction.spans import Span
from redaction.text.absorb import absorb_neighbours
from redaction.text.handle_names import handle_names_a_person, platform_account
from redaction.text.intervals import Overlaps
from redaction.text.joining import coordinated_names, join_particles, whole_user_name
from redaction.text.known import KnownEntry, KnownMatch
from redaction.text.names import strip_possessive
from redaction.text.nicknames import bracketed_nicknames
from redaction.text.pipeline.contract import Pass
from redaction.text.pipeline.negatives import WORD_ALONE, NotAPerson
from redaction.text.pipeline.reading import Detection, Reading
from redaction.text.propagate import propagate
from redaction.text.recognizers.field_person import EXACT_SCORE
from redaction.text.recognizers.phone_any import with_extension
from redaction.text.resolve import resolve

__all__ = ["Detections", "FinalTyping", "Propagation", "Resolution", "Widening"]

_NAME_WORDS = regex.compile(r"[\p{L}][\p{L}'’\-]*")


class Resolution(Pass):
    name = "resolution"
    optional = False

    def run(self, reading: Reading) -> None:
        reading.spans = resolve(reading.spans, reading.text)
        reading.names.add_spans(reading.text, reading.spans)


class Widening(Pass):
    name = "widening"

    def __init__(self, vetted_by: Sequence[NotAPerson] = ()) -> None:
        self.vetted_by = tuple(vetted_by)

    def run(self, reading: Reading) -> None:
        names = reading.names.person_words()
        text = reading.text
        negatives = [n for n in self.vetted_by if n.name not in reading.off]
        coordinated = []
        nicknames = list(bracketed_nicknames(text, reading.spans))
        for span in [*coordinated_names(text, reading.spans), *nicknames]:
            why = next((w for n in negatives if (w := n.why(reading, span)) is not None), None)
            if why is None or span in nicknames and why.startswith(WORD_ALONE):  # "Tafadzwa ("Taffy")": a name
                coordinated.append(span)
            else:
                reading.reject(span, self.name, why)
        if coordinated:
            places = {(s.start, s.end) for s in coordinated}
            reading.spans = [s for s in reading.spans if s.type != "LOCATION" or (s.start, s.end) not in places]
            reading.add(coordinated, by=self.name)
        reading.spans = [absorb_neighbours(text, s, known_names=names) if s.type == "PERSON" and s.score < EXACT_SCORE
                         else with_extension(text, s) if s.type == "PHONE" else s for s in reading.spans]
        reading.spans = join_particles(text, reading.spans)
        if "_" in text or "." in text:
            reading.spans = [whole_user_name(text, s) if s.type == "PERSON" else s for s in reading.spans]
        reading.names.add_spans(reading.text, (s for s in reading.spans if s.type == "PERSON"))


class Propagation(Pass):
    name = "propagation"

    def __init__(self, vetted_by: Sequence[NotAPerson] = ()) -> None:
        self.vetted_by = tuple(vetted_by)

    def run(self, reading: Reading) -> None:
        negatives = [n for n in self.vetted_by if n.name not in reading.off]
        new = []
        for span in propagate(reading.text, reading.names):
            why = next((w for n in negatives if (w := n.why(reading, span)) is not None), None)
            if why is None:
                new.append(span)
            else:
                reading.reject(span, self.name, why)
        reading.add(new, by=self.name)


class FinalTyping(Pass):
    name = "final-typing"

    def run(self, reading: Reading) -> None:
        names = reading.names.person_words()
        reading.spans = [_as_person(s) if s.type == "LOCATION" and _is_person_name(reading.text, s, names)
                         else _handle_as_person(reading.text, s) if s.type == "SOCIAL_HANDLE" else s
                         for s in reading.spans]


def _is_person_name(text: str, span: Span, names: set[str]) -> bool:
    """A "place" the model found that is a name already found for a person ("mum of Leo"), or a given name that
    does what only people do ("Brooklyn lives in Sydney", "Is Leopold coming?")."""
    words = _NAME_WORDS.findall(text, span.start, span.end)
    if bool(words) and all(strip_possessive(w).casefold() in names for w in words):
        return True
    return len(words) == 1 and _HUMAN_VERB_AFTER.match(text, span.end) is not None and _given_name_first(words[0])


# What only a person does, right after the word: "Brooklyn said", "Leopold is coming", "Chelsea replied".
_HUMAN_VERB_AFTER = regex.compile(
    r"[ ]+(?:(?:also|still|then|never|always)[ ]+)?(?:said|says|told|tells|asked|asks|replied|replies|agreed|explained"
    r"|thinks|thought|feels|felt|wants|wanted|hopes|hoped|lives|lived|texted|emailed|phoned|rang|wrote|writes|laughed"
    r"|smiled|cried|married|(?:is|was|isn't|wasn't)[ ]+(?:coming|going|feeling|hoping|planning|bringing)|coming|going)\b")


def _given_name_first(word: str) -> bool:
    """A given name before all in the gazetteer ("Brooklyn", "Leopold"), not a surname that is sometimes one."""
    from redaction.gazetteer import lookup

    info = lookup(strip_possessive(word))
    return info is not None and info.first >= 0.5 and info.first >= info.last


def _handle_as_person(text: str, span: Span) -> Span:
    """A user name built from a person's name is that person ("@kev_oconnor", "jsmith88"), its "@" left out;
    any other handle stays one ("@BBCBreaking"), and so does an account given on a platform ("follow @lily_xo")."""
    if not handle_names_a_person(text[span.start:span.end]) or platform_account(text, span.start, span.end):
        return span
    start = span.start + 1 if text.startswith("@", span.start) else span.start
    return Span(start, span.end, "PERSON", span.score, span.source)


def _as_person(span: Span) -> Span:
    return Span(span.start, span.end, "PERSON", span.score, span.source)


class Detections(Pass):
    name = "detections"
    optional = False

    def run(self, reading: Reading) -> None:
        resolved = resolve(reading.spans, reading.text)
        cells = _name_cells(reading) if any(s.type == "PERSON" for s in resolved) else []
        # Filed by position, so each span meets only the matches and cells near it (a long text has thousands).
        cell_index: Overlaps[int] = Overlaps()
        for number, (start, end, _, _) in enumerate(cells):
            if start < end:
                cell_index.add(number, start, end)
        matches = sorted(reading.known_matches, key=lambda m: m.span.start)
        match_starts = [m.span.start for m in matches]
        reading.detections = [
            Detection(span, _entry_for(span, matches[bisect_left(match_starts, span.start):bisect_left(match_starts, span.end)]),
                      *_cell_hints(span, cells, cell_index))
            for span in resolved]


def _name_cells(reading: Reading) -> list[tuple[int, int, str | None, str | None]]:
    """The name cells of tables and records that say more than a span does: the whole name when the cell is
    one part of it (a surname cell beside a forename cell), and whose name it is ("child")."""
    tables = reading.tables
    return [(c.start, c.end, tables.groups.get(c.group) if c.group else None, c.role)
            for c in tables.cells if c.group is not None or c.role is not None]


def _cell_hints(span: Span, cells: list[tuple[int, int, str | None, str | None]],
                index: Overlaps[int]) -> tuple[str | None, str | None]:
    """What the first cell (in the tables' order) that overlaps a person span says of it."""
    if span.type != "PERSON" or not cells:
        return None, None
    first = index.overlapping(span.start, span.end)
    return cells[first[0]][2:] if first else (None, None)


def _entry_for(span: Span, matches: list[KnownMatch]) -> KnownEntry | None:
    """The case-record entry behind a span: the longest known match inside it ("Mark Hughes", not
    "Hughes"); an entry's own written form before a relative's reading of its surname ("Sarah Whitfield" is
    the record's Sarah Whitfield, not Leo Whitfield's relative); none when two entries tie ("Whitfield" of both
    "Sarah Whitfield" and "Leo Whitfield")."""
    inside = [m for m in matches if m.span.type == span.type and span.start <= m.span.start < span.end]
    if not inside:
        return None
    longest = max(m.span.end - m.span.start for m in inside)
    top = [m for m in inside if m.span.end - m.span.start == longest]
    if any(not m.relative for m in top):
        top = [m for m in top if not m.relative]
    entries = {m.entry for m in top}
    return entries.pop() if len(entries) == 1 else None
