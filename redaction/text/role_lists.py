"""A list of job titles read as one name: "Independent Reviewing Officer and Virtual School Head were invited".

Minutes and invitation lists name the professionals by role, joined by "and" or commas. A school reader or a
name reader may take the middle of such a list for one name, from the words after one role's head word to the
words before the next role's head ("Reviewing Officer and Virtual School", typed a school, before "Head";
"Health Visitor and School", before "Nurse"). :func:`redaction.text.named_things.why_role_title` reads one title
ending in its head word; this reads the run: the candidate holds a role's head word before a joining word, a
role's head word follows the candidate, and every word of it is a dictionary word, none a given name.
"""

from __future__ import annotations

import regex

from redaction.spans import Span

__all__ = ["why_role_list"]

_WORD = regex.compile(r"[\p{L}][\p{L}'’\-]*")
_JOINED_AFTER_HEAD = regex.compile(r"(\p{Lu}[\p{L}\-]*)(?:,[ ]*(?:and[ ]+)?|[ ]+(?:and|&)[ ]+)\p{Lu}")
_HEAD_AFTER = regex.compile(r"[ ]+(\p{Lu}[\p{L}\-]*)\b")
_JOINING = frozenset({"and", "of", "for", "the", "&"})


def why_role_list(text: str, span: Span) -> str | None:
    """Why a name candidate is the middle of a list of job titles, or ``None``."""
    from redaction.text.english import is_english_word
    from redaction.text.lexicons import FIRST_NAMES
    from redaction.text.named_things import ROLE_HEADS, _given_name

    surface = text[span.start : span.end]
    joined = _JOINED_AFTER_HEAD.search(surface)
    if joined is None or joined.group(1) not in ROLE_HEADS:
        return None
    after = _HEAD_AFTER.match(text, span.end)
    if after is None or after.group(1) not in ROLE_HEADS:
        return None
    for word in _WORD.findall(surface):
        if word in _JOINING:
            continue
        if word in FIRST_NAMES or _given_name(word) or not (word.isupper() or is_english_word(word)):
            return None
    return "the middle of a list of job titles ('Independent Reviewing Officer and Virtual School Head')"
