"""Names the lists lack, read from the list they stand in: a bulleted list of people, a rota keyed by weekday.

Rosters, rotas and volunteer lists of general English hold names of every origin, one an item, with no title,
label or verb to cue them: "Volunteers this week: - Phanuwat - Thandiwe - Eero", "Mon – Anuhea; Tue – Kanoa".
A reader takes an unknown word there for a name because its siblings are names, or because a rota pairs days
with people. Taken:

- in a bulleted list of three or more items, each one to three capitalised words on its own line, of which
  at least two, and at least half, open with a given name the lists or the gazetteer hold: every other item whose words are
  no English word, no place and no word of case notes ("- Phanuwat" beside "- Thandiwe" and "- Eero");
- in a rota of two or more weekday entries, one of them opening with a given name or a rota's word before them
  ("Rota: Mon – Anuhea; Tue – Kanoa", "Drivers: Mon – Wiremu; Tue – Kanoa"): an entry's one to three capitalised words, under the same test ("Tue – Swimming", "Wed:
  Leeds" stay; a timetable of classes, "Mon – Pilates; Tue – Zumba", holds no given name and is no rota).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.places import lookup as place_lookup
from redaction.spans import Span
from redaction.text.english import is_english_word
from redaction.text.given_names import is_given_name
from redaction.text.lexicons import CALENDAR_WORDS, NOT_NAMES
from redaction.text.peoples import PEOPLES_AND_LANGUAGES
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.given_name import _gazetteer_given_name

__all__ = ["ListSiblingsRecognizer"]

_ITEM = r"\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}]+)?(?:[ ]\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}]+)?){0,2}"
_BULLET = regex.compile(rf"(?m)^[ \t]*[-•*–·][ \t]+(?P<item>{_ITEM})[ \t]*$")
_DAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?"
_ROTA = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{_DAY})[ \t]*[:–—\-][ \t]*(?P<item>{_ITEM})(?=[ \t]*(?:[;,|\n]|$))")
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]*")
# Words that head a list of people by day: "Rota:", "Drivers this week", "Who's on call".
_ROTA_CUE = regex.compile(r"(?i)\b(?:rota|roster|cover|duty|on[ -]call|drivers?|volunteers?|shifts?|pick-?ups?|lifts|carpool"
                          r"|school[ ]run|helpers?|hosts?|who['’]s|in[ ]charge|lead|leads)\b")


class ListSiblingsRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("rota entry", _ROTA.pattern, 0.55)]  # for Presidio's registry; find() reads the lists
    SCORE = 0.55

    def find(self, text: str) -> Iterator[Span]:
        if "\n" in text and any(b in text for b in "-•*–·"):
            yield from self._bullets(text)
        rota = list(_ROTA.finditer(text))
        if len(rota) >= 2 and (any(_opens_with_a_given_name(m.group("item")) for m in rota)
                               or _ROTA_CUE.search(text, max(0, rota[0].start() - 60), rota[0].start()) is not None):
            for match in rota:
                if _unknown_name(match.group("item")):
                    yield Span(match.start("item"), match.end("item"), self.ENTITY, self.SCORE, "pattern")

    def _bullets(self, text: str) -> Iterator[Span]:
        run: list[regex.Match[str]] = []
        for match in _BULLET.finditer(text):
            if run and text.count("\n", run[-1].end(), match.start()) != 1:
                yield from self._sibling_names(run)
                run = []
            run.append(match)
        yield from self._sibling_names(run)

    def _sibling_names(self, run: list[regex.Match[str]]) -> Iterator[Span]:
        if len(run) < 3:
            return
        named = [m for m in run if _opens_with_a_given_name(m.group("item"))]
        if len(named) < 2 or 2 * len(named) < len(run):
            return
        for match in run:
            if match not in named and _unknown_name(match.group("item")):
                yield Span(match.start("item"), match.end("item"), self.ENTITY, self.SCORE, "pattern")


def _opens_with_a_given_name(item: str) -> bool:
    first = item.split()[0]
    return (is_given_name(first) or _gazetteer_given_name(first)) and first not in NOT_NAMES and first not in CALENDAR_WORDS


def _unknown_name(item: str) -> bool:
    """No word of ``item`` is an English word, a place, a people or a word of case notes."""
    words = _WORD.findall(item)
    if not words or place_lookup(item) is not None:
        return False
    return not any(w in NOT_NAMES or w in CALENDAR_WORDS or w in PEOPLES_AND_LANGUAGES or is_english_word(w)
                   or is_english_word(w.casefold()) or place_lookup(w) is not None for w in words)
