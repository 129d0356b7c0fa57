"""Places and schools in words a scanner misread, digits for letters: "1ives in Lowest0ft", "Schoo1: Lionwood Juni0r",
"(City C0llege N0rwich)", "0ur Lady 0f Walsingham Cath0lic Primary".

A scan reads o as 0 and l as 1 (or |) inside words; a reader reads the word through them. Here each word of letters
with such digits among them is read back as letters, one character for one, so offsets stay (:func:`letters_reading`):
a 0 as "o" (as "O" among capitals or opening a word before a small letter), a 1 or | as "l" (as "I" among
capitals). The readers of gazetteer places and of school names then read the repaired text, and what they find
there is kept when it holds a repaired word and opens with a capital ("brother's co11ege" is no name), and a place
when it is not right after a given name or an "O'" (there it is a surname's word, "Stacey 0'Su1livan"): the rest of
the text is theirs already.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.given_names import is_given_name
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.place import PlaceNameRecognizer
from redaction.text.recognizers.school import UkSchoolRecognizer

__all__ = ["OcrWordsRecognizer", "letters_reading"]

# A word of letters with a misread digit among them: two letters or more, and a 0, 1 or | beside a letter.
# (or a short word of a name in lower case: "0ur Lady 0f Walsingham")
# An Irish "O'" read as "0'" opens the word it belongs to ("0'Su1livan" is O'Sullivan, no place "Sullivan").
_MISREAD_WORD = regex.compile(r"(?<![\p{L}\d|'’])(?:0['’](?=\p{Lu}))?"
                              r"(?:(?=[\p{L}01|]*\p{L}[\p{L}01|]*\p{L})[\p{L}01|]*(?:\p{L}[01|]|[01|]\p{L})"
                              r"[\p{L}01|]*|[01]\p{Ll}|\p{Ll}[01])(?![\p{L}\d|])")


# Right before a place found in the repaired text: a capitalised word and a space, or a letter and an apostrophe.
_IN_A_NAME = regex.compile(r"(?:(?P<given>\p{Lu}\p{Ll}+)[ ]|\p{L}['’])\Z")


def letters_reading(text: str) -> tuple[str, list[int]]:
    """``text`` with each digit a scan misread inside a word of letters read as its letter (same length), and where."""
    chars = list(text)
    changed: list[int] = []
    for match in _MISREAD_WORD.finditer(text):
        word = match.group()
        letters = [ch for ch in word if ch.isalpha()]
        capitals = sum(ch.isupper() for ch in letters) > len(letters) / 2
        for offset, ch in enumerate(word):
            if ch not in "01|":
                continue
            after = word[offset + 1 : offset + 2]
            if ch == "0":
                meant = "O" if capitals or offset == 0 and (after.islower() or after in "'’") else "o"
            else:
                meant = "I" if capitals else "l"
            chars[match.start() + offset] = meant
            changed.append(match.start() + offset)
    return "".join(chars), changed


class OcrWordsRecognizer(UkPatternRecognizer):
    ENTITY = "LOCATION"
    PATTERNS = [Pattern("misread word", _MISREAD_WORD.pattern, 0.55)]  # for Presidio's registry

    def __init__(self) -> None:
        super().__init__()
        self._readers = (PlaceNameRecognizer(), UkSchoolRecognizer())

    def find(self, text: str) -> Iterator[Span]:
        if not any(ch in text for ch in "01|"):
            return
        repaired, changed = letters_reading(text)
        if not changed:
            return
        for reader in self._readers:
            for span in reader.find(repaired):
                if not any(span.start <= at < span.end for at in changed) or not repaired[span.start].isupper():
                    continue  # (a name in lower case is the readers' of the text as written: "brother's co11ege")
                name = _IN_A_NAME.search(repaired, max(0, span.start - 40), span.start) if span.type == "LOCATION" else None
                if name is not None and (name["given"] is None or is_given_name(name["given"])):
                    continue  # "Stacey 0'Su1livan": a surname's word, after a given name or an Irish "O'"
                yield span
