"""Is a word ordinary English? A capitalised word that opens a sentence is a name only if it is not.

"Gethin can come on Tuesday" has no cue but the word itself: any sentence opens with a capital, so
the opening word is a name only when it is not an English word ("Everyone can come", "Staff said").
The word list is Webster's Second International (``english-words``, public domain), whose lower-case
entries are common words (its capitalised entries, proper nouns, are ignored); a few suffixes are
stripped so inflected forms count ("Meetings", "Attended"). Loaded once per process, offline.
:func:`is_common_word` uses the narrower GCIDE dictionary of the same package for lower-case text.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

__all__ = ["abbreviates_a_word", "gcide_words", "is_common_word", "is_english_word", "looks_like_a_typo",
           "two_words_run_together", "web2_words"]


@lru_cache(maxsize=1)
def web2_words() -> frozenset[str]:
    """Webster's Second's lower-case entries (its capitalised ones are proper nouns); loaded once per
    process for every reader that asks (the redactor, the second reader, the gazetteer's build)."""
    from english_words import get_english_words_set

    return frozenset(filter(str.islower, get_english_words_set(["web2"])))


@lru_cache(maxsize=1)
def gcide_words() -> frozenset[str]:
    """GCIDE's entries, lower-cased."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide"], lower=True))


# Inflectional suffixes and what may stand in their place in the stem.
_SUFFIXES = (("ies", ("y",)), ("es", ("",)), ("s", ("",)), ("ed", ("", "e")),
             ("ing", ("", "e")), ("ly", ("",)), ("er", ("", "e")), ("est", ("", "e")))
_SUFFIX_ENDS = tuple(sorted({suffix[-1] for suffix, _ in _SUFFIXES}))


def _stems(word: str) -> set[str]:
    stems = {word}
    if not word.endswith(_SUFFIX_ENDS):
        return stems  # most words end in no suffix: spare the loop (the typo test asks this of many made-up words)
    for suffix, replacements in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if suffix[0] == "e" and stem.endswith("e"):
                continue  # "naveed" is not "nave" + "ed" (that would be "naved")
            stems.update(stem + r for r in replacements)
    return stems


@lru_cache(maxsize=1)
def _dictionary_words() -> frozenset[str]:
    from redaction.text.lexicons import MODERN_WORDS

    return gcide_words() | MODERN_WORDS


@lru_cache(maxsize=65536)
def is_common_word(word: str) -> bool:
    """Whether a word written in lower case is an entry of a general dictionary (GCIDE, Webster's 1913 revised:
    "rose", "barker", "mark"), or an inflection of one. Narrower than :func:`is_english_word`, whose Webster's
    Second also lists lower-case forms of many given names ("kerry", "hamza"): in lower-case text, where a
    name has no capital to mark it, a word outside this dictionary after a cue is taken as a name."""
    return _in_dictionary(_dictionary_words(), word)


def _in_dictionary(common: frozenset[str], word: str) -> bool:
    return any(stem in common for stem in _stems(word.casefold().strip("'’")))


@lru_cache(maxsize=1)
def _sorted_dictionary() -> tuple[str, ...]:
    return tuple(sorted(_dictionary_words()))


@lru_cache(maxsize=16384)
def abbreviates_a_word(word: str) -> bool:
    """Whether a lower-case word of three to six letters is the first letters of a dictionary word two or more
    letters longer, as notes shorten words ("interp", "addr", "sch", "approx"): one bisection of the sorted
    dictionary."""
    word = word.casefold()
    if not 3 <= len(word) <= 6 or not word.isalpha():
        return False
    words = _sorted_dictionary()
    at = bisect_left(words, word)
    while at < len(words) and words[at].startswith(word):
        if len(words[at]) >= len(word) + 2:
            return True
        at += 1
    return False


@lru_cache(maxsize=16384)
def two_words_run_together(word: str, *, shortest_tail: int = 3) -> bool:
    """Two dictionary words of three letters or more run together, any case ("check" + "list", "time" +
    "sheets", "Fibre" + "link"): a compound newer than the dictionary, or a brand coined from two words.
    ``shortest_tail`` asks more of the second word (a name's last syllables are often a short word: "Alesana")."""
    word = word.casefold()
    return word.isalpha() and any(is_common_word(word[:i]) and is_common_word(word[i:])
                                  for i in range(3, len(word) - shortest_tail + 1))


@lru_cache(maxsize=16384)
def looks_like_a_typo(word: str) -> bool:
    """Whether a lower-case word is a dictionary word mistyped: two letters swapped, a letter doubled, or (in a
    word of six letters or more) a letter dropped ("hte", "eviidence", "mornng"). Substituted letters, and
    dropped letters in short words, are not tried: too many names are that close to a word ("kerry",
    "iman", "tyra")."""
    word = word.casefold()
    if len(word) < 4:
        return False
    for i in range(len(word) - 1):
        if word[i] == word[i + 1] and is_common_word(word[:i] + word[i + 1 :]):
            return True
        if word[i] != word[i + 1] and is_common_word(word[:i] + word[i + 1] + word[i] + word[i + 2 :]):
            return True
    if len(word) < 6:
        return False
    # Every letter at every place: hundreds of made-up words, nearly all asked once, so they are looked up without
    # is_common_word's cache (going through it cost more than the look-up, and pushed real words out of it).
    common = _dictionary_words()
    return any(_in_dictionary(common, word[:i] + ch + word[i:])
               for i in range(1, len(word)) for ch in "abcdefghijklmnopqrstuvwxyz")


@lru_cache(maxsize=65536)
def is_english_word(word: str) -> bool:
    """Whether ``word`` (any case) is a common English word or an inflection of one."""
    return _in_dictionary(web2_words(), word)
