"""A person's name directly followed by their job title: "Harriet Cole Programme Lead", "Paul Reid Class Teacher",
"Carl Whitby Assessment Coordinator", "Liam Dodd Head of Year 7", "Rukhsana Begum SENCo".

Attendee lists, minutes, signature lines and sign-offs write the role right after the name, with no comma. The
title's first word is often a word the negatives read as the name's kind ("Programme", "Assessment": an instrument;
"Class": a class's name; "Service": an institution), which would throw the whole name out as a named thing; and a
recognizer reading a capitalised run may take the title into the name ("Jenny Platt Family Support Worker"). Here a
title is a run of capitalised words (with "of", "and", "for", "to", "&" and numbers between them) that ends in a
role's head word ("Lead", "Teacher", "Coordinator", "Worker", "SENCo") or opens on "Head of"; the name before it is
a name when it has two or more words and opens on a given name (or follows a personal title). Then the title says
what the person does, not what the name is: the name stays a candidate, and a span that took the title is cut
at the name.
"""

from __future__ import annotations

import regex

from redaction.spans import Span

__all__ = ["cut_at_title", "name_before_title", "title_after"]

# Role words that end a title but are no head word of named_things.ROLE_HEADS (a person candidate ending in one is
# not thereby a job title: "Teacher" is a surname too; here they only close a title after a name).
_EXTRA_HEADS = frozenset("Teacher Teachers SENCo SENDCo SENCO SENDCO Nurse Headteacher Worker Clerk".split())
_CONNECTOR = frozenset("of and for to & in".split())
_WORD = regex.compile(r"[\p{L}\d][\p{L}\d'’\-/]*|&")
_TITLE_BEFORE = regex.compile(r"(?i:\b(?:mr|mrs|ms|miss|mx|dr|prof|professor|cllr|councillor|rev|revd))\.?[ \u00a0]+\Z")
_LINE_GAP = regex.compile(r"[ \u00a0]+")  # a title follows on the same line, after spaces only
_MAX_TITLE_WORDS = 7


def _heads() -> frozenset[str]:
    from redaction.text.named_things import ROLE_HEADS

    return ROLE_HEADS | _EXTRA_HEADS


def title_after(text: str, end: int) -> int | None:
    """Where a job title right after ``end`` (spaces between, same line) ends, or ``None``: capitalised words,
    numbers and joining words, closed by a role's head word ("Family Support Worker", "Programme Lead") or opened
    by "Head of" ("Head of Year 9", "Head of Sixth Form")."""
    gap = _LINE_GAP.match(text, end)
    if gap is None:
        return None
    heads = _heads()
    pos = gap.end()
    words: list[regex.Match[str]] = []
    while len(words) < _MAX_TITLE_WORDS:
        word = _WORD.match(text, pos)
        if word is None:
            break
        w = word.group()
        if not (w[:1].isupper() or w[:1].isdigit() or (words and w in _CONNECTOR)):
            break
        words.append(word)
        after = _LINE_GAP.match(text, word.end())
        if after is None:
            break
        pos = after.end()
    if not words:
        return None
    if words[0].group() == "Head" and len(words) >= 3 and words[1].group() == "of":
        last = max(i for i, w in enumerate(words) if w.group() not in _CONNECTOR)
        return words[last].end()
    close = None
    for i, word in enumerate(words):
        if word.group() in heads and (i > 0 or word.group() not in ("Head", "Member", "Police")):
            close = word.end()
    return close


def _name_words_ok(text: str, span: Span, words: list[str]) -> bool:
    """Two or more words opening on a given name, or any name after a personal title ("Mrs Ashworth")."""
    from redaction.text.given_names import is_given_name
    from redaction.text.named_things import _gazetteer_given, _given_name

    if not words or any(w in _heads() for w in words):
        return False
    if _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is not None:
        return True
    first = words[0]
    return len(words) >= 2 and (_given_name(first) or is_given_name(first) or _gazetteer_given(first))


def name_before_title(text: str, span: Span) -> bool:
    """Whether ``span`` is a person's name with their job title right after it ("Harriet Cole | Programme Lead"):
    then the title's words say what the person does, and no word-after rule makes the name a named thing."""
    words = [w.group() for w in _WORD.finditer(text, span.start, span.end)]
    return _name_words_ok(text, span, words) and title_after(text, span.end) is not None


def cut_at_title(text: str, span: Span) -> Span | None:
    """``span`` cut before a job title it ran into ("Jenny Platt Family Support Worker" -> "Jenny Platt"), or
    ``None`` when it holds none: the name part opens on a given name and the title runs to the span's end."""
    words = list(_WORD.finditer(text, span.start, span.end))
    for i in range(1, len(words)):
        name = Span(span.start, words[i - 1].end(), span.type, span.score, span.source)
        if not _name_words_ok(text, name, [w.group() for w in words[:i]]):
            continue
        closes = title_after(text, name.end)
        if closes is None or closes < words[-1].end():
            continue
        # The words cut off are a title's, none a likely surname: "Rob Ellis | Senior Caseworker" is cut, but
        # "Mary Ann Smith" before "Class Teacher" keeps Smith (the title after it is no part of the span).
        if all(w.group() in _TITLE_OPENERS or w.group() in _heads() or not _likely_surname(w.group())
               for w in words[i:]):
            return name
    return None


# Words that open job titles though the gazetteer also knows them as surnames.
_TITLE_OPENERS = frozenset("Senior Head Deputy Assistant Principal Chief Lead Key Early Class Service Family Specialist "
                           "Virtual Learning Pastoral Designated Clinical Consultant Community School".split())


def _likely_surname(word: str) -> bool:
    from redaction.gazetteer import lookup

    info = lookup(word)
    return info is not None and info.last >= 0.5
