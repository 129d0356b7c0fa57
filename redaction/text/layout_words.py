"""Ordinary words that a document's layout sets apart: a table cell or a line holding one plain word, and a heading
line that a name on the next line was joined to.

- **a plain word standing alone in a cell or on its line** (:func:`why_plain_cell_word`): "| Deadline |",
  "| Background |", "| Grandparent |", a RAG cell or a heading line "Conclusion": the model reads a capitalised
  word set apart as a name or a place, but a word every dictionary has, that no list of given names holds, that
  the name gazetteer knows at most rarely (as a given name or a surname), that no place list holds, and that the
  text never writes as somebody's (after a title, with an apostrophe's), names no one. A surname in a register's
  column ("| Wood |", "| Price |") stays: the gazetteer knows it well;
- **a heading line joined to the name below it** (:func:`cut_heading_line`): "Parent Views⏎Alfie Brennan has ..."
  read as one person from "Views": the words before the line break are a heading's (dictionary words, no given
  name, no title, and the span began after other words of that line or the words are all the line holds) and the
  name starts the next line;
- **a weekday cut short** (:func:`why_short_weekday`): "Weds", "Thurs" in notes and chats.
"""

from __future__ import annotations

import regex

from redaction.spans import Span
from redaction.text.english import is_common_word, is_english_word
from redaction.text.lexicons import FIRST_NAMES, TITLES

__all__ = ["cut_heading_line", "why_plain_cell_word", "why_short_weekday"]

_WORD = regex.compile(r"\p{L}[\p{L}'’\-]*")
_CELL_BEFORE = regex.compile(r"(?:^|\||\t|[ \u00a0]{2,})[ \t\u00a0]*\Z", regex.MULTILINE)
_CELL_AFTER = regex.compile(r"[ \t\u00a0]*(?:$|\||\t|[ \u00a0]{2,})", regex.MULTILINE)
_TITLE_BEFORE_WORD = "(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?[ ]+"
_POSTCODE_AHEAD = regex.compile(r"\b\p{Lu}{1,2}\d[\p{Lu}\d]?[ \u00a0]*\d\p{Lu}{2}\b")
_RARE = 0.3  # the gazetteer's score under which a dictionary word's name reading is taken as rare


def _plain_word(word: str) -> bool:
    """A dictionary word of three letters or more with no name reading worth the name: no given-name list holds
    it and the gazetteer knows it, if at all, rarely."""
    from redaction.gazetteer import lookup
    from redaction.places import lookup as place
    from redaction.text.given_names import is_given_name
    from redaction.text.language import welsh_given_names

    bare = word.capitalize() if word.isupper() else word
    if len(bare) < 3 or not bare[:1].isupper() or not (is_common_word(bare.lower()) or is_english_word(bare.lower())):
        return False
    if bare in FIRST_NAMES or bare in TITLES or is_given_name(bare) or bare in welsh_given_names():
        return False
    info = lookup(bare)
    if info is not None and (info.first >= _RARE or info.last >= _RARE):
        return False
    return place(bare) is None


def _written_as_somebodys(text: str, word: str) -> bool:
    """The text writes the word as a person's: after a title, or with an apostrophe's."""
    escaped = regex.escape(word)
    return regex.search(rf"(?i:\b{_TITLE_BEFORE_WORD}{escaped}\b|\b{escaped}['’]s\b)", text) is not None


def why_plain_cell_word(text: str, span: Span) -> str | None:
    """Why a one-word name or place candidate alone in its cell or line is a plain word, or ``None``."""
    if span.type not in ("PERSON", "LOCATION", "SCHOOL"):
        return None
    words = _WORD.findall(text, span.start, span.end)
    if len(words) != 1 or words[0] != text[span.start : span.end]:
        return None
    if _CELL_BEFORE.search(text, max(0, span.start - 40), span.start) is None or _CELL_AFTER.match(text, span.end) is None:
        return None
    word = words[0]
    if not _plain_word(word) or _written_as_somebodys(text, word):
        return None
    if _POSTCODE_AHEAD.search(text, span.end, min(len(text), span.end + 80)) is not None:
        return None  # an address block's line ("Ocean⏎Harbour Road⏎Plymouth PL1 2AB"): a house's name
    return "a plain dictionary word alone in its cell or on its line, that no list of names or places holds"


def _heading_words(words: list[str]) -> bool:
    return bool(words) and all(w not in TITLES and w.rstrip(".") not in TITLES and _plain_word(w) for w in words)


def cut_heading_line(text: str, span: Span) -> Span:
    """``span`` from the line after a heading's words it was joined to, or ``span`` as it is."""
    brk = text.rfind("\n", span.start, span.end)
    if brk < 0:
        return span
    after = brk + 1
    while after < span.end and text[after] in " \t\u00a0":
        after += 1
    if after >= span.end or not text[after].isupper():
        return span
    if not _heading_words(_WORD.findall(text, span.start, brk)):
        return span
    return Span(after, span.end, span.type, span.score, span.source)


# Weekdays cut short in notes and chats ("cant do Weds, can do Thurs"); not "Mon", "Thu" or "Sun", which are also
# given names or surnames (Burmese, Vietnamese, Chinese).
_SHORT_DAYS = frozenset("Tue Tues Wed Weds Thur Thurs Fri Sat".split())
_A_TITLE_BEFORE = regex.compile(rf"\b{_TITLE_BEFORE_WORD}\Z")


def why_short_weekday(text: str, span: Span) -> str | None:
    """Why a name candidate is a weekday cut short ("Weds", "Thurs"), or ``None``; never after a title."""
    if span.type not in ("PERSON", "LOCATION"):
        return None
    surface = text[span.start : span.end].rstrip(".")
    if surface not in _SHORT_DAYS and surface.capitalize() not in _SHORT_DAYS:
        return None
    if _A_TITLE_BEFORE.search(text, max(0, span.start - 8), span.start) is not None:
        return None
    return "a weekday cut short ('Weds', 'Thurs')"
