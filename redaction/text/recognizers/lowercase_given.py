"""Whether a word typed in lower case is a given name, for the recognizers that read names in logs and chats typed
without capitals (:mod:`.lowercase_role_name`: "caseworker gemma"; :mod:`.lowercase_pair_names`: "jess and mo are
coming").

A word is one when it is no stop word of messages ("will", "may"), no listed non-name, role, month or weekday,
people or language, and it is a given name of the lists (:mod:`redaction.text.given_names`) or one the gazetteer
holds as a given name at some strength (names the census lists lack: "yusra", "amadou", "mo", "maja").
"""

from __future__ import annotations

from redaction.text.given_names import is_given_name
from redaction.text.lexicons import CALENDAR_WORDS, FIELD_VALUE_STOPWORDS, NOT_NAMES, ROLE_WORDS
from redaction.text.peoples import PEOPLES_AND_LANGUAGES

__all__ = ["is_lower_case_given_name"]

_GIVEN = 0.5  # the gazetteer's given-name score from which a word is taken as a given name
_NEVER = NOT_NAMES | ROLE_WORDS | CALENDAR_WORDS | PEOPLES_AND_LANGUAGES


def is_lower_case_given_name(word: str) -> bool:
    """Whether the lower-case ``word`` is a given name (see the module's docstring)."""
    title = word.title()
    if word in FIELD_VALUE_STOPWORDS or title in _NEVER:
        return False
    if is_given_name(title):
        return True
    from redaction.gazetteer import lookup

    info = lookup(title)
    return info is not None and info.first >= _GIVEN
