"""Known identifiers read with OCR errors ("Thornbwy", "07700 9O0461"): approximate matching.

OCR of a phone photo misreads a letter or two in a long word far more often than it misses the
word. The PDF matcher's OCR folding (0/o, 1/l/i, 5/s...) catches the look-alike confusions; this
adds edit distance on the same matching keys (case, spacing and punctuation dropped), with a budget
growing with the key's length, so a name misread in two places is still boxed. Short keys (under
five characters) are matched exactly only: at that length an edit reaches ordinary words.
Over-matching is the safe direction here: a neighbouring word boxed costs readability, a missed
identifier costs a family.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from redaction.pdf.matcher import Hit, Target, normalise

__all__ = ["edit_budget", "fuzzy_hits"]

_FOLD = str.maketrans("olizsbgq|", "011258991")  # as redaction.pdf.matcher folds OCR text
MIN_FUZZY_KEY = 5


def edit_budget(length: int) -> int:
    if length < MIN_FUZZY_KEY:
        return 0
    return 1 if length < 8 else 2 if length < 14 else 3


def _key_with_offsets(text: str) -> tuple[str, list[int]]:
    characters: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        for piece in normalise(char):
            characters.append(piece)
            offsets.append(index)
    return "".join(characters).translate(_FOLD), offsets


def fuzzy_hits(text: str, targets: Iterable[Target]) -> list[Hit]:
    """Approximate occurrences of ``targets`` in ``text`` (offsets into ``text``), exact ones included."""
    key, offsets = _key_with_offsets(text)
    if not key:
        return []
    hits = []
    for target in targets:
        budget = edit_budget(len(target.key))
        if budget == 0:
            continue
        wanted = regex.escape(target.key.translate(_FOLD))
        pattern = regex.compile(f"(?:{wanted}){{e<={budget}}}", regex.ENHANCEMATCH)
        position = 0
        while position < len(key):
            match = pattern.search(key, position)
            if match is None or match.end() <= match.start():
                break
            hits.append(Hit(offsets[match.start()], offsets[match.end() - 1] + 1, target.type, "fuzzy"))
            position = match.end()
    return hits
