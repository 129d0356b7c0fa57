"""A name a scan misread: a letter read as a digit ("Ke1ly", "0liver", "Danie1", "Wi11iam", "Ro5ie"), "m" read as
"rn" ("Ernrna", "Hurnphreys"), "l" read as a capital I inside a word ("WiIliams").

A reader of an OCR'd letter reads "Ke1ly Marsh" as Kelly Marsh: the misread word, folded back the ways a scan
misreads (1 as l or i, 0 as o, 5 as s, rn as m, I inside a word as l), is a given name or a surname of the lists.
A word of ordinary writing never carries a digit between its letters, so a folded word with a digit is a name when
it is one of the lists (a short name that is also a word, "Wi11" for "Will", stays: a scan misreads the word as
often); a word whose only misreading is "rn" or "I" counts only when the word as written is neither an English
word nor a name ("Bernard", "Stern", "McIntyre" are what they say) and the folded word is no dictionary word.
Widening then takes in the rest of the name ("Ke1ly" + "Marsh"); the negatives still read the span. A saint's name
("St Ceci1ia's") is a school's or a church's, no one's.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import product

import regex

from redaction.spans import Span
from redaction.text.english import is_common_word, is_english_word
from redaction.text.given_names import is_given_name
from redaction.text.lexicons import NOT_NAMES
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.surnames import is_surname

__all__ = ["OcrNameRecognizer", "ocr_readings"]

# A capitalised word (or one a 0, 1 or 5 opens for its capital) of letters and the digits a scan puts for letters,
# standing alone (not inside a code, an address or a handle), with a possessive left outside.
_WORD = regex.compile(
    r"(?<![\p{L}\p{N}@./_\-#£$&])(?P<w>[\p{Lu}015][\p{L}015]*\p{L}[\p{L}015]*|[\p{Lu}015][\p{L}015]*[015])"
    r"(?=['’]s\b|(?![\p{L}\p{N}@_/\-]|\.\p{L}))")
_MISREAD = regex.compile(r"[015]|rn|(?<=\p{Ll})I(?=\p{Ll})|(?<=^\p{Lu})I(?=\p{Ll})")
_SAINT_BEFORE = regex.compile(r"\b(?:St|ST|Saint|SAINT|5t)\.?[ ]\Z")
_SCORE = 0.85
_MAX_READINGS = 16


def ocr_readings(word: str) -> list[str]:
    """The words a scan may have misread as ``word`` (itself left out), capitalised: "Ke1ly" -> Kelly, Keily;
    "Ernrna" -> Emrna, Ernma, Emma."""
    parts: list[tuple[str, ...]] = []
    at = 0
    for match in _MISREAD.finditer(word):
        parts.append((word[at:match.start()],))
        seen = match.group()
        parts.append({"1": ("l", "i"), "0": ("o",), "5": ("s",), "rn": ("rn", "m"), "I": ("l",)}[seen])
        at = match.end()
    parts.append((word[at:],))
    readings = []
    for chosen in product(*parts):
        reading = "".join(chosen)
        reading = reading[:1].upper() + reading[1:]
        if reading != word and reading not in readings:
            readings.append(reading)
        if len(readings) >= _MAX_READINGS:
            break
    return readings


def _a_listed_name(word: str) -> bool:
    return word not in NOT_NAMES and (is_given_name(word) or is_surname(word))


def _names_before_words(reading: str, *, digit: bool) -> bool:
    """A reading that is also a dictionary word, taken for the name: one the gazetteer holds as a given name and
    no word ("John"), or, misread with a digit, a given name of five letters or more ("Mo1ly", "Juni0r"; not
    "Wi11")."""
    from redaction.gazetteer import lookup

    info = lookup(reading)
    if info is not None and not info.word and info.first >= 0.5:
        return True
    return digit and len(reading) >= 5 and is_given_name(reading)


def read_back(word: str) -> str | None:
    """The name a scan misread as ``word``, or ``None`` (see the module's rules)."""
    if not _MISREAD.search(word) or sum(ch.isalpha() for ch in word) < 3:
        return None
    digit = any(ch.isdigit() for ch in word)
    if not digit and (is_english_word(word) or _a_listed_name(word) or word.isupper()):
        return None  # "Bernard", "Stern", "McIntyre", "CORNER": as written
    for reading in ocr_readings(word):
        if any(ch.isdigit() for ch in reading) or not _a_listed_name(reading):
            continue
        if not is_common_word(reading.lower()) or _names_before_words(reading, digit=digit):
            return reading
    return None


class OcrNameRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("misread name", _WORD.pattern, _SCORE)]  # for Presidio's registry; find() reads back

    def find(self, text: str) -> Iterator[Span]:
        if not any(ch in text for ch in "015") and "rn" not in text and "I" not in text:
            return
        for match in _WORD.finditer(text):
            if _SAINT_BEFORE.search(text, max(0, match.start() - 7), match.start()) is not None:
                continue  # "St Ceci1ia's RC Primary": a saint's name, the school's or the church's
            if read_back(match["w"]) is not None:
                yield Span(match.start("w"), match.end("w"), "PERSON", _SCORE, "pattern")
