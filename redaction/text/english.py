"""Is a word ordinary English? A capitalised word that opens a sentence is a name only if it is not.

"Gethin can come on Tuesday" has no cue but the word itself: any sentence opens with a capital, so
the opening word is a name only when it is not an English word ("Everyone can come", "Staff said").
The word list is Webster's Second International (``english-words``, public domain), whose lower-case
entries are common words (its capitalised entries, proper nouns, are ignored); a few suffixes are
stripped so inflected forms count ("Meetings", "Attended"). Loaded once per process, offline.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["is_english_word"]


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(word for word in get_english_words_set(["web2"]) if word.islower())


def _stems(word: str) -> set[str]:
    stems = {word}
    for suffix, replacements in (("ies", ("y",)), ("es", ("",)), ("s", ("",)), ("ed", ("", "e")),
                                 ("ing", ("", "e")), ("ly", ("",)), ("er", ("", "e")), ("est", ("", "e"))):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if suffix[0] == "e" and stem.endswith("e"):
                continue  # "naveed" is not "nave" + "ed" (that would be "naved")
            stems.update(stem + r for r in replacements)
    return stems


def is_english_word(word: str) -> bool:
    """Whether ``word`` (any case) is a common English word or an inflection of one."""
    common = _common_words()
    return any(stem in common for stem in _stems(word.casefold().strip("'’")))
