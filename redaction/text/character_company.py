"""Characters and public figures known by the company they keep.

The lists of characters and public figures (:data:`redaction.text.named_things._CHARACTERS_AND_FIGURES`,
:data:`redaction.text.send_things._FIGURES_AND_CHARACTERS`) hold whole names, and only names that are no ordinary
given name alone: "Peppa Pig", "Roald Dahl", "Paw Patrol". A candidate is read against them as a whole, so three
readings escape them:

- a title before a listed figure ("Sir David Attenborough", "Dame Judi Dench"): the figure with its honour;
- a candidate the name reader ran over two listed names ("Roald Dahl, David Walliams" read as "Dahl, David"):
  every word of it lies inside a listed name;
- a character whose own name is an ordinary given name ("George", "Chase", "Elsa", "Mario"), known by its
  company: it stands in a list with a listed character or figure ("Peppa Pig and George", "Spider-Man, Elsa and
  Buzz Lightyear"), after the franchise's possessive or before "from" and the franchise ("Paw Patrol's Chase",
  "Chase from Paw Patrol"), or after a word of play and pretence ("dressed as Elsa", "plays as Mario",
  "favourite characters: Sonic and Tails").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from redaction.spans import Span

__all__ = ["why_character_by_company"]

_HONOUR = regex.compile(r"(?:Sir|Dame|Lord|Lady|Baroness|Baron|Saint|St)[ \u00a0]+")
_NAME_WORD = regex.compile(r"\p{L}[\p{L}'’\-]*")
# The separators of a list of names: ", ", " and ", " or ", " & ", "/".
_LIST_GAP = regex.compile(r"(?:,[ ]*(?:and[ ]+|or[ ]+)?|[ ]+(?:and|or|&)[ ]+|[ ]*/[ ]*)")
_CAPITALISED_ITEM = regex.compile(r"\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*){0,3}")
_PLAY_CUE = (
    r"(?i:\b(?:dress(?:ed|es|ing)?(?:[ ]up)?[ ]as|plays?[ ]as|playing[ ]as|played[ ]as"
    r"|role-?play(?:s|ed|ing)?[ ]as|pretend(?:s|ed|ing)?[ ]to[ ]be|(?:favourite|favorite)[ ]characters?"
    r"(?:[ ]+(?:is|are|was|were))?[ ]*:?|characters?[ ]*:)[ ]+)"
)
_PLAY_CUE_BEFORE = regex.compile(_PLAY_CUE + r"\Z")
_CUE_ANYWHERE = regex.compile(_PLAY_CUE)
# A word of liking, watching, reading or playing earlier in the sentence: the list is of a child's interests
# ("Her favourite is Peppa Pig and George"), not of the people who did something ("Alfie and Joe Wicks did PE").
_FAN_CUE = regex.compile(
    r"(?i:\b(?:loves?|loved|loving|likes?|liked|obsess(?:ed|ion)|fixated|favou?rites?|watch(?:es|ed|ing)?"
    r"|reads?|reading|plays?|playing|played|draws?|drawing|scripts?|scripting|fan[ ]of|into|enjoys?|enjoyed"
    r"|characters?|films?|books?|games?|shows?|cartoons?|toys?)\b)"
)
_SENTENCE_START = regex.compile(r"[.!?;\n][^.!?;\n]*\Z")
_FROM_AFTER = regex.compile(r"[ ]+(?:from|in|off)[ ]+(?:the[ ]+)?")


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern[str], ...]:
    from redaction.text.named_things import _FIGURES
    from redaction.text.send_things import _lists

    return (_FIGURES, _lists()[1][0])


def _figures(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    for pattern in _patterns():
        for match in pattern.finditer(text, lo, hi):
            yield match.start(), match.end()


def _whole_figure(text: str, start: int, end: int) -> bool:
    return any(s == start and e >= end - 2 and e <= end for s, e in _figures(text, start, end))


def _covered(text: str, span: Span, figures: list[tuple[int, int]]) -> bool:
    words = list(_NAME_WORD.finditer(text, span.start, span.end))
    return bool(words) and all(any(s <= w.start() and w.end() <= e for s, e in figures) for w in words)


def _listed_beside(text: str, span: Span, figures: list[tuple[int, int]]) -> bool:
    """A listed name is an item of the same list as the candidate, the items between them capitalised names."""
    for start, end in figures:
        if end <= span.start:  # the figure before: items and separators up to the candidate
            if _list_between(text, end, span.start):
                return True
        elif start >= span.end and _list_between(text, span.end, start):
            return True
    return False


def _fan_sentence(text: str, start: int) -> bool:
    """A word of liking or playing between the start of the sentence and ``start``."""
    lo = max(0, start - 200)
    opening = _SENTENCE_START.search(text, lo, start)
    return _FAN_CUE.search(text, opening.start() if opening is not None else lo, start) is not None


def _list_between(text: str, lo: int, hi: int) -> bool:
    """Only list separators and capitalised items between ``lo`` and ``hi``, one separator a joining word ("and",
    "or", "&", "/"): a comma alone may end a clause ("Chris Packham, Amy said")."""
    at, joined = lo, False
    while True:
        gap = _LIST_GAP.match(text, at, hi)
        if gap is None:
            return False
        joined = joined or gap.group().strip(" ,") != ""
        if gap.end() == hi:
            return joined
        item = _CAPITALISED_ITEM.match(text, gap.end(), hi)
        if item is None:
            return False
        at = item.end()


def why_character_by_company(text: str, span: Span) -> str | None:
    """Why a person candidate is a character or a public figure read by its company, or ``None``."""
    if span.type != "PERSON":
        return None
    surface = text[span.start : span.end]
    honour = _HONOUR.match(surface)
    if honour is not None and _whole_figure(text, span.start + honour.end(), span.end):
        return "a public figure with an honour before the name ('Sir David Attenborough')"
    lo, hi = max(0, span.start - 80), min(len(text), span.end + 80)
    figures = list(_figures(text, lo, hi))
    if figures and _covered(text, span, figures):
        return "every word inside listed characters' or figures' names ('Roald Dahl, David Walliams')"
    if _PLAY_CUE_BEFORE.search(text, max(0, span.start - 40), span.start) is not None and all(
            len(_NAME_WORD.findall(item)) <= 2 for item in _LIST_GAP.split(surface)):
        return "a character after a word of play or pretence ('dressed as Elsa', 'favourite characters: Sonic')"
    words = _NAME_WORD.findall(surface)
    if len(words) != 1 or not surface[:1].isupper():  # a full name beside a figure is more often a person's
        return None
    if figures and _listed_beside(text, span, figures) and _fan_sentence(text, min(s for s, _ in figures + [(span.start, 0)])):
        return "an item of a list of characters or public figures ('Peppa Pig and George')"
    if any(text[e : span.start] in ("'s ", "’s ") or (e == span.start - 1 and text[e - 2 : e] in ("'s", "’s"))
           for _, e in figures):
        return "a character after its franchise's possessive ('Paw Patrol's Chase')"
    after = _FROM_AFTER.match(text, span.end)
    if after is not None and any(s == after.end() for s, _ in figures):
        return "a character before 'from' and its franchise ('Chase from Paw Patrol')"
    return _after_a_cued_list(text, span)


def _after_a_cued_list(text: str, span: Span) -> str | None:
    """The candidate ends a list a play cue opens: "dressed as Elsa, Anna and Olaf"."""
    for cue in _CUE_ANYWHERE.finditer(text, max(0, span.start - 80), span.start):
        first = _CAPITALISED_ITEM.match(text, cue.end(), span.start)
        if first is not None and _list_between(text, first.end(), span.start):
            return "an item of a list of characters a word of play opens ('dressed as Elsa, Anna and Olaf')"
    return None
