"""Whether a user name or an ``@`` mention is built from a person's name: "@kev_oconnor", "maria.gonzalez",
"jsmith88", "priyasharma_92", "@AishaK", "Fatima_R", "gardenguy_dale".

The social-handle recognizer (:mod:`.recognizers.social_handle`) finds user names by their shape and their cues;
what a reader sees next is that "@kev_oconnor" is Kevin O'Connor, as "maria.gonzalez" is Maria Gonzalez: the
handle names a person as the name does, and general-English writing labels it a person. A handle that names no one
by its words ("@BBCBreaking", "@tech_support", "@channel") stays a handle.

A handle is read as a person's when, cut into its parts at dots, underscores, hyphens, digits and changes of case
("ArohaTeWhata" -> Aroha, Te, Whata):

- a part is a given name of the lists (:func:`~redaction.text.given_names.is_given_name`: "dale", "emma"), or a
  name the gazetteer holds at some strength that is no English word ("oconnor", "kowalski", "kev");
- or a part is written as people's user names are: an initial before a surname ("jsmith", "dkowalski"), a given name
  before an initial ("sarahb"), or a given name run into a surname ("tombrown", "priyasharma").

- or the handle has a name's shape and its words are no English words: "first.last" or "first_last"
  ("kiprotich.langat", "sione_tupou92"), a rarer given name of the gazetteer and its initial ("oddny_h"), an initial
  run into a rarer surname before digits ("wkamau84").

Words alone ("garden", "support", "news", "channel": some are census surnames too) are no one's.

A handle given as an account on a platform ("follow @lily_xo", "her insta is maisie_2012", "TikTok: @jay.k") stays
a handle (:func:`platform_account`): it is redacted as one ("[HANDLE]"), which tells a reader more than a name would.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from redaction.text.english import is_english_word
from redaction.text.given_names import is_given_name
from redaction.text.surnames import is_surname

__all__ = ["handle_names_a_person", "handle_parts", "platform_account"]

# A run of capitals before a capitalised word ("BBCBreaking" -> BBC, Breaking), a capitalised or lower-case word,
# or a run of capitals.
_PART = regex.compile(r"\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+")
_STRONG = 0.5  # the gazetteer's strength from which a name that is no English word counts
_PLATFORM = regex.compile(
    r"(?i)\b(?:insta(?:gram)?|ig|tik[ ]?tok|twitter|snap(?:chat)?|facebook|fb|threads|youtube|yt|twitch|discord|roblox"
    r"|telegram|linkedin|pinterest|bluesky|mastodon|steam|xbox|psn|gamertag|follow(?:s|ed|ing|ers?)?|handle"
    r"|profile|account)\b")
_PLATFORM_WINDOW = 40


def platform_account(text: str, start: int, end: int) -> bool:
    """Whether the handle at ``text[start:end]`` is given as an account on a platform: a platform's name, "follow",
    "handle", "profile" or "account" within a few words of it."""
    return _PLATFORM.search(text, max(0, start - _PLATFORM_WINDOW), min(len(text), end + _PLATFORM_WINDOW)) is not None


def handle_parts(handle: str) -> list[str]:
    """The letter parts of ``handle`` (its ``@`` and a Discord ``#1234`` left off), cut at every other character
    and at changes of case."""
    handle = handle.lstrip("@").split("#", 1)[0]
    return [m.group() for chunk in regex.split(r"[^\p{L}]+", handle) if chunk for m in _PART.finditer(chunk)]


@lru_cache(maxsize=4096)
def _is_name_part(word: str) -> bool:
    """A given name of the lists, or a name the gazetteer holds at some strength that is no English word."""
    if len(word) < 2:
        return False
    folded = word.casefold()
    if len(folded) >= 3 and is_given_name(folded.title()):
        return True
    if is_english_word(folded):
        return False
    from redaction.gazetteer import lookup

    info = lookup(folded)
    return info is not None and not info.word and info.strength >= _STRONG


@lru_cache(maxsize=4096)
def _is_surname(word: str) -> bool:
    """A surname of the census list or one the gazetteer holds at some strength (an English word may be one: after
    an initial or a given name, "jsmith", "tombrown", it is the surname)."""
    if len(word) < 3:
        return False
    if is_surname(word):
        return True
    from redaction.gazetteer import lookup

    info = lookup(word)
    return info is not None and info.last >= _STRONG


@lru_cache(maxsize=4096)
def _is_given(word: str) -> bool:
    if len(word) < 3:
        return False
    if is_given_name(word.title()):
        return True
    if is_english_word(word):
        return False
    from redaction.gazetteer import lookup

    info = lookup(word)
    return info is not None and not info.word and info.first >= _STRONG


def _run_together(part: str) -> bool:
    """"jsmith", "dkowalski" (an initial and a surname), "sarahb" (a given name and an initial), "tombrown",
    "priyasharma" (a given name and a surname)."""
    word = part.casefold()
    if len(word) < 4 or is_english_word(word):
        return False
    if len(word) >= 5 and _is_surname(word[1:]) and not is_english_word(word[1:]) or (
            len(word) >= 6 and _is_surname(word[1:])):
        return True
    if _is_given(word[:-1]) and len(word) >= 5:
        return True
    return any(_is_given(word[:i]) and _is_surname(word[i:]) for i in range(3, len(word) - 2))


# A user name written as a first and a last name are ("kiprotich.langat", "sione_tupou92", "Keoni.Kahale"), or a
# name and its initial ("oddny_h", "tsion.k"), or an initial run into a surname ("wkamau84").
_FIRST_LAST = regex.compile(r"@?(?P<first>\p{Lu}?\p{Ll}{2,})[._](?P<last>\p{Lu}?\p{Ll}{2,})\d{0,4}")
_NAME_INITIAL = regex.compile(r"@?(?P<name>\p{Lu}?\p{Ll}{2,})[._](?P<initial>\p{L})\d{0,4}|@?(?P<initial2>\p{Ll})(?P<surname>\p{Ll}{4,})\d{1,4}")
_WEAK = 0.1  # the gazetteer's strength from which a rarer name counts in a user name of a name's shape
_VOWEL = regex.compile(r"[aeiouyáéíóúàèìòùäëïöüåæøāēīōū]", regex.IGNORECASE)


def _unlisted_word(word: str) -> bool:
    """A word no dictionary lists, with a vowel (a name of an origin the lists hold thinly: "kiprotich", "tupou")."""
    folded = word.casefold()
    return not is_english_word(folded) and _VOWEL.search(folded) is not None


def _weak_name(word: str) -> bool:
    from redaction.gazetteer import lookup

    info = lookup(word.casefold())
    return _unlisted_word(word) and info is not None and not info.word and info.strength >= _WEAK


def _shaped_as_a_name(handle: str) -> bool:
    """"first.last" or "first_last" of two words no dictionary lists; a rarer given name and its initial; an
    initial run into a rarer surname, with digits after it."""
    match = _FIRST_LAST.fullmatch(handle)
    if match is not None and _unlisted_word(match["first"]) and _unlisted_word(match["last"]):
        return True
    match = _NAME_INITIAL.fullmatch(handle)
    if match is None:
        return False
    if match["name"]:
        return len(match["name"]) >= 3 and _weak_name(match["name"])
    return _weak_name(match["surname"])


def handle_names_a_person(handle: str) -> bool:
    """Whether the user name ``handle`` is built from a person's name (see the module's docstring)."""
    parts = handle_parts(handle)
    if not parts:
        return False
    if any(part.isupper() and len(part) > 1 for part in parts) and not any(_is_given(p.casefold()) for p in parts):
        return False  # "BBCBreaking", "NHSEngland": an organisation's capitals and no given name
    return any(_is_name_part(part) or _run_together(part) for part in parts) or _shaped_as_a_name(handle)
