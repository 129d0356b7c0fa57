"""Give a person span the right edges: trim words that are not names, absorb the name words next to it.

A cue or the model often finds only part of a name ("Pupil: Leo" finds "Leo", the model finds
"Whitfield"), and a greedy cue may run on into the next field label ("Leo Whitfield Class: Year 5").
A leaked surname beside a redacted first name identifies the child as surely as the whole name, so:

- trim: leading and trailing words that are never names (labels, headings, days, roles), and a
  trailing word directly followed by a colon (a field label);
- absorb to the right: middle initials and name words ("Leo" -> "Leo J. Whitfield", "LEO WHITFIELD");
- absorb to the left: a name word before the span, unless it opens a sentence (where any word is
  capitalised) and is not otherwise known to be a name;
- absorb the register layout "Whitfield, Leo" when it stands as a list item or field value.

Absorbed spans keep the score and source of the span that anchored them.
"""

from __future__ import annotations

from collections.abc import Collection

import regex

from redaction.spans import Span
from redaction.text.at_a_position import at_a_position
from redaction.text.english import is_common_word, is_english_word, looks_like_a_typo
from redaction.text.general_negatives import foreign_greeting
from redaction.text.given_names import is_given_name
from redaction.text.lexicons import (
    ACRONYMS,
    CALENDAR_WORDS,
    FIELD_VALUE_STOPWORDS,
    FIRST_NAMES,
    NOT_NAMES,
    ORG_WORDS,
    ROLE_WORDS,
    TITLES,
)
from redaction.text.names import CAPS_NAME, NAME, PARTICLE, TITLE, sentence_given_name, strip_possessive
from redaction.text.text_caches import per_text

__all__ = ["absorb_neighbours", "trim_person"]

# One space: two or more (or a tab) are a table's cell gap, which separates fields, not names.
_GAP = r"[ \u00a0](?![ \t\u00a0])"
_CELL_GAP = regex.compile(r"[ \u00a0]{2,}|\t")
_WORD = regex.compile(r"[\p{L}](?:[\p{L}\p{M}'’.]|-(?=\p{L}))*")
_RIGHT = at_a_position(regex.compile(
    rf"(?P<initials>(?:{_GAP}\p{{Lu}}\.?(?=[ \u00a0]))*)(?P<gap>{_GAP})(?P<word>(?:{PARTICLE}[ \-])*(?:{NAME}|{CAPS_NAME}))"
    rf"(?=['’]s\b|['’](?!\p{{L}})|(?![\p{{L}}\p{{N}}\-]))"
))
_LEFT = regex.compile(rf"(?r)(?<![\p{{L}}\p{{N}}\-'’.])(?P<word>{NAME}|{CAPS_NAME})(?:{_GAP}\p{{Lu}}\.?)*{_GAP}\Z")
_REGISTER = regex.compile(
    rf"(?r)(?:^|(?<=[:(;|\t]|[ \u00a0]{{2}}))[ \t\u00a0]*(?P<word>{NAME}|{CAPS_NAME}),[ \t]+\Z", regex.MULTILINE
)
_REGISTER_END = regex.compile(r"[ \t\u00a0]*(?:$|[,;()\t|]|[ \u00a0]{2}|\n)")
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;•*\-–—\"“(]|\n)[ \t\u00a0]*\Z")
_LABEL_AFTER = at_a_position(regex.compile(r"[ \t\u00a0]*:"))
_TITLE = regex.compile(rf"{TITLE}\Z")
_LOG_VERBS = frozenset("Spoke Rang Met Told Saw Sent Emailed Phoned Texted Called Advised Discussed Explained Agreed "
                       "Thanked Reassured Signposted Contacted Copied Asked Visited Chased Updated Informed".split())
_IRISH_PARTICLE = regex.compile(r"(?i:ó|ní|nic|uí|ua|mac|mc)")  # "ó súilleabháin": the particle is the name's
_INITIAL = regex.compile(r"\p{Lu}\.?|\p{Ll}\.")  # "S." or "S"; in lower case "s."
# "J.K.": a person written as joined initials ("J.-P.": a hyphenated given name's); "K.", "McG.": a surname cut to its
# initial after a given name.
_JOINED_INITIALS = regex.compile(r"(?:\p{Lu}\.){2,3}|\p{Lu}\.?-\p{Lu}\.")
_SURNAME_INITIAL = regex.compile(r"\p{Lu}(?:\p{Ll}{0,2}\p{Lu})?\.")
_LEFT_INITIALS = regex.compile(r"(?r)(?<![\p{L}\p{N}])(?:\p{Lu}\.[ \t\u00a0]?|(?![IA][ ])\p{Lu}[ \t\u00a0])+\Z")


def _is_name_word(word: str) -> bool:
    bare = strip_possessive(word).rstrip(".")
    if len(bare) < 2 or "." in bare:  # "D.O.B", "e.g.": abbreviations are not names
        return False
    if bare.islower() and bare in FIELD_VALUE_STOPWORDS:  # "rang", "spoke": a lower-case note's own words
        return False
    # "Ciao Francesca", "Muito obrigada, Joana": a greeting of another language is no name word
    if bare in NOT_NAMES or bare.capitalize() in NOT_NAMES or foreign_greeting(bare):
        return False
    return not _paperwork_acronym(bare)


def _paperwork_acronym(word: str) -> bool:
    """An acronym of SEND paperwork of three or more capitals ("the EWO, Dean Pollitt", "son Aarav DLD", "PIP -
    Orla"): a role, a service or a diagnosis beside a name, never part of it; two capitals may be initials, and a
    given name in capitals ("ASA", "MAT") stays a name word."""
    return (len(word) >= 3 and word.isupper() and word in ACRONYMS
            and word.capitalize() not in FIRST_NAMES and not is_given_name(word.capitalize()))


def _opens_with_verb(word: str) -> bool:
    """A note's opening verb the model took into a name ("Advised Roisin", "Spoke to ..."); a given name
    the gazetteer knows and no dictionary has as a word ("Sioned") is no verb, whatever its ending."""
    if word in _LOG_VERBS:
        return True
    return word.endswith("ed") and word not in FIRST_NAMES and is_english_word(word) and not _given_name(word)


def _given_name(word: str, *, any_word: bool = False) -> bool:
    """The gazetteer knows ``word`` as a given name (``any_word``: even one that is also a word, "Harmony")."""
    from redaction.gazetteer import lookup

    info = lookup(word)
    return info is not None and (any_word or not info.word) and info.first >= 0.1


def _given_name_shape(word: str) -> bool:
    """A word opening a sentence before a name that is a given name all the same: one the gazetteer knows as a
    given name and no dictionary as a word ("Remigio Teruel"), or two given-name syllables joined by a hyphen
    ("Sung-min Park", "Mei-ling Chua"; :mod:`redaction.text.syllable_names`)."""
    from redaction.text.syllable_names import is_syllable_name

    return _given_name(word) or is_syllable_name(word)


def _joined_initials(word: str) -> bool:
    return _JOINED_INITIALS.fullmatch(word) is not None and word.replace(".", "") not in ACRONYMS


# What :func:`_family_name` reads around each place the word stands: the capitalised word just before it (a
# look-behind, so it sees the text before the position it is matched at) and a sign-off just after it.
_CAPITALISED_WORD_BEFORE = regex.compile(r"(?<=\b(\p{Lu}\p{Ll}+)[ ])")
_SIGN_OFF_AFTER = regex.compile(r"[ ]+(?i:wishes|regards)")
_WORD_BOUNDARY = regex.compile(r"\b")


@per_text(maxsize=4096)  # asked again for each candidate ending in the same word
def _family_name(text: str, word: str) -> bool:
    """A word the text writes after two or more different given names ("Harmony Best", "Tyler Best") is the
    family's name there, even when it is a word the trim would drop ("Best wishes")."""
    return sum(1 for name in _names_before(text, word) if name in FIRST_NAMES or _given_name(name, any_word=True)) >= 2


def _names_before(text: str, word: str) -> set[str]:
    """The capitalised words written just before ``word`` (not before "word wishes"): what the search
    ``\\b(\\p{Lu}\\p{Ll}+)[ ]WORD\\b(?![ ]+(?i:wishes|regards))`` finds, without compiling that pattern for each
    word (compiling cost more than the search) nor trying its opening class at every position: the word is
    found as a literal and read around, and as in the search, a match may not start inside the one before."""
    names: set[str] = set()
    taken = 0  # where the last match ended
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if _WORD_BOUNDARY.match(text, end) is not None and _SIGN_OFF_AFTER.match(text, end) is None:
            before = _CAPITALISED_WORD_BEFORE.match(text, at)
            if before is not None and before.start(1) >= taken:
                names.add(before.group(1))
                taken = end
        at = text.find(word, at + 1)
    return names


def _may_be_label(word: str) -> bool:
    """A word before a colon that may be a label ("Jane Smith Tel:", "Ann Lee SENCO:"): a word, a role or capitals;
    a surname before a colon is the name's ("Booking confirmed for Nout Ponci: 23 nights")."""
    return word.isupper() or word in NOT_NAMES or word in ACRONYMS or is_english_word(word)


def _keeps_last(text: str, words: list[regex.Match[str]]) -> bool:
    """The last word stays although it is no name word: a surname's initial, the family's name, a surname that is
    also a word of the trade after a given name no dictionary has as a word ("Kevin Foster wrote:"), or a word that
    is a surname after a title and a given name ("Ms Joy Sunday", "Mr Peter Winter")."""
    if len(words) < 2 or not _is_name_word(words[-2].group()):
        return False
    last = words[-1].group()
    return (_SURNAME_INITIAL.fullmatch(last) is not None
            or (last[:1].isupper() and (_family_name(text, last) or _surname_after_given_name(text, words[-2], words[-1])))
            or _titled_word_surname(text, words) or _bare_surname_initial(text, words))


_INITIAL_ENDS = regex.compile(r"[ \t]*(?:[),;\n]|\Z)")
_LOWER_INITIAL_ENDS = regex.compile(r"[ \t]*(?:[),;.:\n]|\Z)|[ ]\p{Ll}")


def _bare_surname_initial(text: str, words: list[regex.Match[str]]) -> bool:
    """"(Ruth K)", "Amy B, Tom K": a given name and its surname's initial without a full stop, closing a bracket,
    a list item or a line; in a log typed in lower case, "gemma r on leave", before a lower-case word too."""
    last, given = words[-1].group(), words[-2].group()
    if len(last) == 1 and last.islower() and given.islower() and last not in "aix":
        # a log typed in lower case: "caseworker gemma r on leave", "asked ahmed b if" (not "a", "i", a kiss "x")
        return is_given_name(given.title()) and _LOWER_INITIAL_ENDS.match(text, words[-1].end()) is not None
    if len(last) != 1 or not last.isupper() or last == "I" or _INITIAL_ENDS.match(text, words[-1].end()) is None:
        return False
    return given in FIRST_NAMES or is_given_name(given)


def _titled_word_surname(text: str, words: list[regex.Match[str]]) -> bool:
    """"Ms Joy Sunday": a title, a given name (one the gazetteer ranks at least as high as a given name as as a
    surname) and a capitalised word the gazetteer knows as a surname, though it is a day, a month or a season
    ("Sunday", "Winter"). Never a role's, an organisation's or a title's word, nor a label before a colon."""
    from redaction.gazetteer import lookup

    if len(words) != 3 or _TITLE.match(words[0].group()) is None:
        return False
    given, last = words[1].group(), strip_possessive(words[2].group())
    if not last[:1].isupper() or last.isupper() or last in _NEVER_A_SURNAME or _LABEL_AFTER.match(text, words[2].end()):
        return False
    given_info, last_info = lookup(given), lookup(last)
    if last_info is None or last_info.last < 0.5:
        return False
    return given in FIRST_NAMES or (given_info is not None and given_info.first >= 0.5
                                    and given_info.first >= given_info.last)


_NEVER_A_SURNAME = TITLES | ROLE_WORDS | ORG_WORDS | ACRONYMS


_NEXT_CAPITALISED = regex.compile(r"[ 	 ]+\p{Lu}")


def _surname_after_given_name(text: str, given: regex.Match[str], last: regex.Match[str]) -> bool:
    """``last`` ("Foster", "Carpenter") is the surname of ``given`` ("Kevin"): ``given`` is a given name and
    no word, ``last`` a surname the gazetteer knows well, joined by one space, and no capitalised word runs on
    after it ("Kevin Foster Carer" is a name and a role)."""
    from redaction.gazetteer import lookup

    word = last.group()
    if not word[1:].islower() or text[given.end():last.start()] != " " or _NEXT_CAPITALISED.match(text, last.end()):
        return False
    if word in CALENDAR_WORDS:  # "Mrs Taylor Monday morning": a day; a titled word-surname is _titled_word_surname's
        return False
    info = lookup(word)
    return info is not None and info.last >= 0.6 and _given_name(given.group())


def _lower_verb(word: str, *, model: bool) -> bool:
    """A lower-case word the model ran on into after a name typed in lower case: a mistyped word ("shevchenko
    descrbed") or, after the model's name, an inflected dictionary word ("brandon copes better")."""
    if not word.islower():
        return False
    if len(word) >= 6 and word.endswith(("s", "d", "ing")) and looks_like_a_typo(word) and not is_common_word(word):
        return True  # a verb's ending: "sarpong" is one letter from a word too, but no verb mistyped
    return model and word.endswith(("s", "ed", "ing")) and is_common_word(word)


_PREMISES_WORDS = frozenset("Flat Apartment Apt Unit Units Plot Pitch Suite Studio Room Block".split())
_PREMISES_NUMBER = regex.compile(r"[ ]+(?:\d|[A-H](?![\p{L}\p{N}]))")


def _opens_an_address_line(text: str, word: regex.Match[str]) -> bool:
    """"Mr Tom Lee⏎Plot 7, ...": a premises word opening the next line with its number starts the address."""
    return (word.group() in _PREMISES_WORDS and text[max(0, word.start() - 8) : word.start()].rstrip(" \t").endswith("\n")
            and _PREMISES_NUMBER.match(text, word.end()) is not None)


_ASKING = frozenset("Will Can May Shall Could Would Should Must Did Does Do".split())


def _asks_or_cites(text: str, word: regex.Match[str]) -> bool:
    """A sentence's opening modal in a question ("Will Thompson attend?", "Can Thompson come?") or a citation's
    "See" ("See Thompson (2019)") the model took into a name; "Will Kowalczyk came in" keeps its given name."""
    if _SENTENCE_START.search(text, max(0, word.start() - 3), word.start()) is None:
        return False
    if word.group() == "See":
        return True
    if word.group() not in _ASKING:
        return False
    stop = _SENTENCE_END.search(text, word.end())
    return stop is not None and stop.group() == "?"


def trim_person(text: str, span: Span) -> Span | None:
    """``span`` without non-name words at either edge; ``None`` when no name word is left. A span running
    over a table's cell gap ("S. Delacroix   Post-16 Officer") keeps its first cell with a name in it."""
    gap = _CELL_GAP.search(text, span.start, span.end)
    if gap is not None:
        head = trim_person(text, Span(span.start, gap.start(), span.type, span.score, span.source)) if gap.start() > span.start else None
        return head or trim_person(text, Span(gap.end(), span.end, span.type, span.score, span.source))
    words = list(_WORD.finditer(text, span.start, span.end))
    while words and (not (_is_name_word(words[0].group()) or _TITLE.match(words[0].group())
                          or _joined_initials(words[0].group())
                          or (_IRISH_PARTICLE.fullmatch(words[0].group()) and len(words) > 1)
                          or (_INITIAL.fullmatch(words[0].group()) and len(words) > 1))
                     or (len(words) > 1 and _opens_with_verb(words[0].group()))
                     or (len(words) > 1 and _asks_or_cites(text, words[0]))):
        words.pop(0)
    while words and not _keeps_last(text, words) and (
        not (_is_name_word(words[-1].group()) or _joined_initials(words[-1].group()))
        or (len(words) > 1 and _LABEL_AFTER.match(text, words[-1].end()) and _may_be_label(words[-1].group()))
        or text.startswith("-", words[-1].end())  # "Post-16": a word joined to a number is no name
        or (len(words) > 1 and _lower_verb(words[-1].group(), model=span.source == "model"))
        or (len(words) > 1 and _opens_an_address_line(text, words[-1]))
    ):
        words.pop()
    names = [w for w in words if not _TITLE.match(w.group())
             and (len(w.group().rstrip(".")) > 1 or _joined_initials(w.group()))]
    if not names:
        return None
    start, end = words[0].start(), words[-1].end()
    if text[end - 1] == "." and not _INITIAL.fullmatch(text, words[-1].start(), end) and not (
            _joined_initials(words[-1].group()) or (len(words) > 1 and _SURNAME_INITIAL.fullmatch(words[-1].group()))):
        end -= 1  # a sentence's full stop, not an initial's
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.type, span.score, span.source)


_SENTENCE_END = regex.compile(r"[.!?\n]")


def _given_before_surname(text: str, word: str, start: int, end: int) -> bool:
    """"Will Thompson joined late": a word that is also a given name, opening a sentence before a one-word name
    that is no English word, in a sentence that asks nothing ("Will Thompson attend?" is a question)."""
    surname = strip_possessive(text[start:end])
    if not surname.replace("-", "").replace("’", "").replace("'", "").isalpha() or is_english_word(surname):
        return False
    if not sentence_given_name(word):
        return False
    stop = _SENTENCE_END.search(text, end)
    return stop is None or stop.group() != "?"


def absorb_neighbours(text: str, span: Span, *, known_names: Collection[str] = ()) -> Span:
    """``span`` widened over the name words beside it (see the module's rules)."""
    start, end = span.start, span.end
    for _ in range(3):
        right = _RIGHT.match(text, end)
        if right is None or not _is_name_word(right["word"]) or _LABEL_AFTER.match(text, right.end()):
            break
        end = right.end()
    for _ in range(2):
        left = _LEFT.search(text, max(0, start - 60), start)
        if left is None or left["word"] in TITLES:
            break
        opens_sentence = _SENTENCE_START.search(text, max(0, left.start() - 3), left.start()) is not None
        # "Will Thompson joined late", "May Lindqvist has": a word-name opening a sentence before a surname
        word_name = opens_sentence and _given_before_surname(text, left["word"], start, end)
        if not (_is_name_word(left["word"]) or word_name and left["word"] in CALENDAR_WORDS):
            break
        if (opens_sentence and left["word"] not in FIRST_NAMES and left["word"].casefold() not in known_names
                and not word_name and not _given_name_shape(left["word"])):
            break
        start = left.start()
    initials = _LEFT_INITIALS.search(text, max(0, start - 12), start)
    if initials is not None:
        start = initials.start()
    register = _REGISTER.search(text, max(0, start - 60), start)
    if register is not None and _is_name_word(register["word"]) and _REGISTER_END.match(text, end):
        start = register.start("word")
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.type, span.score, span.source)
