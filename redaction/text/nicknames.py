"""The name a person goes by, in brackets or quotes after the given name, and the surname after it: "Mohammed (Mo)
Rahman", "Alexandra 'Sasha' Petrova", "Rebecca "Becky" Shaw", "Nathaniel (prefers Nate) Osei", "Benjamin (we call him
Benji)".

A span found for a person stops at the bracket, so the nickname and the surname after it go unread unless something
else finds them, and either identifies the child as surely as the given name. After a person span, a bracketed or
quoted capitalised word is the nickname when it is a given name of the lists, no English word, or a shortening of the
given name ("Mo" of "Mohammed"), and no role, title,
month or paperwork word ("Jo Bell (Chair)", "Leo (Year 5)", "Ava 'Autumn term'" stay); the capitalised word right
after the closing bracket is the surname when it is one of the surname list or no English word, and no such word
either ("Sam (Sammy) Said" stays half read: "Said" is a verb). Both are vetted by the negatives as found names are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from redaction.spans import Span
from redaction.text.english import is_english_word
from redaction.text.given_names import is_given_name
from redaction.text.lexicons import ACRONYMS, CALENDAR_WORDS, NOT_NAMES, ORG_WORDS, ROLE_WORDS, TITLES
from redaction.text.surnames import is_surname

__all__ = ["bracketed_nicknames"]

_W = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
_NAMING = r"(?:prefers|preferred|known[ ]as|aka|a\.k\.a\.?|called|goes[ ]by|we[ ]call[ ](?:him|her|them))[ ]+"
_AFTER = regex.compile(
    rf"[ ]+(?:\([ ]*(?:{_NAMING})?['\"‘“]?(?P<nick>{_W})['\"’”]?[ ]*\)|['\"‘“](?P<quoted>{_W})['\"’”])"
    rf"(?:[ ]+(?P<sur>{_W})(?=['’]s\b|(?![\p{{L}}\p{{N}}:\-])))?")
_GIVEN = regex.compile(rf"{_W}|\p{{Lu}}{{2,}}")
_REFUSED = NOT_NAMES | ROLE_WORDS | ORG_WORDS | TITLES | CALENDAR_WORDS


def _refused(word: str) -> bool:
    return word in _REFUSED or word.upper() in ACRONYMS


def _a_nickname(word: str) -> bool:
    return not _refused(word) and (is_given_name(word) or not is_english_word(word))


def _short_for(nick: str, given: str) -> bool:
    """"Mo" of "Mohammed", "Nate" of "Nathaniel": a word opening as the given name does, a word or not."""
    return not _refused(nick) and len(given) > len(nick) and nick[:2].casefold() == given[:2].casefold()


def _a_surname(word: str) -> bool:
    return not _refused(word) and (is_surname(word) or not is_english_word(word))


def bracketed_nicknames(text: str, spans: Iterable[Span]) -> Iterator[Span]:
    """New spans for the nickname and the surname after each person span of ``spans`` (see the module)."""
    if "(" not in text and "'" not in text and '"' not in text and "‘" not in text and "“" not in text:
        return
    for span in spans:
        if span.type != "PERSON":
            continue
        match = _AFTER.match(text, span.end)
        if match is None:
            continue
        group = "nick" if match["nick"] else "quoted"
        given = text[span.start:span.end].split()[-1]
        if not _GIVEN.fullmatch(given):
            continue  # "Francesca Oyelaran-Smith BSc (Hons)": a degree, no name, before the bracket
        if not _a_nickname(match[group]) and not _short_for(match[group], given):
            continue
        yield Span(match.start(group), match.end(group), "PERSON", span.score, span.source)
        if match["sur"] and _a_surname(match["sur"]):
            yield Span(match.start("sur"), match.end("sur"), "PERSON", span.score, span.source)
