"""The noisy style: documents typed in a hurry, as real notes and messages are.

Applied segment by segment while a document is rendered, so every gold span is recorded on the text as
it finally reads. Per document, one of:

- ``lower``: everything in lower case (texts, quick notes), digits untouched;
- ``sloppy``: typos in ordinary words (a letter dropped, doubled or swapped), spaces doubled or lost
  after punctuation, sentences opened in lower case, names sometimes typed in lower case, numbers
  spaced oddly;
- both at once.

Identifiers never get typos (a misspelt name is a different name; the case record could not match it),
and tricky negatives keep their spelling so the benchmark can still tell whether they survived.
"""

from __future__ import annotations

import random

from benchmarks.text_corpus.render import Segment

__all__ = ["Noise"]

_NAME_TYPES = frozenset({"PERSON", "ADDRESS", "SCHOOL", "LOCATION", "EMAIL"})
_NUMBER_TYPES = frozenset({"PHONE", "NHS_NUMBER"})


def _initials(text: str) -> bool:
    """Initials ("JP", "BMcC", "B.O.") are typed as initials even in a lower-case note."""
    letters = text.replace(".", "")
    return len(letters) <= 5 and letters[:1].isupper() and sum(ch.isupper() for ch in letters) >= 2


class Noise:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        mode = rng.choice(["lower", "sloppy", "sloppy", "both"])
        self.lower = mode in ("lower", "both")
        self.sloppy = mode in ("sloppy", "both")

    def __call__(self, segment: Segment) -> Segment:
        text, kind = segment.text, segment.type
        if kind is None:
            text = self._plain(text)
        elif kind in _NAME_TYPES and not _initials(text):
            if self.lower or (self.sloppy and kind == "PERSON" and self.rng.random() < 0.15):
                text = text.lower()
        elif kind in _NUMBER_TYPES and self.sloppy and self.rng.random() < 0.3:
            text = text.replace(" ", self.rng.choice(["  ", ""]))
        elif kind in ("NEG", "DATE_OF_BIRTH") and self.lower:
            text = text.lower()
        if text == segment.text:
            return segment
        return Segment(text, segment.type, segment.entity, segment.person)

    def _plain(self, text: str) -> str:
        if self.sloppy:
            text = self._typed_in_a_hurry(text)
        return text.lower() if self.lower else text

    def _typed_in_a_hurry(self, text: str) -> str:
        rng = self.rng
        out: list[str] = []
        for word in text.split(" "):
            if len(word) >= 5 and word.isalpha() and word.islower() and rng.random() < 0.05:
                i = rng.randint(1, len(word) - 3)
                word = rng.choice([word[:i] + word[i + 1] + word[i] + word[i + 2 :], word[:i] + word[i + 1 :],
                                   word[:i] + word[i] + word[i:]])
            out.append(word)
        joined = ""
        for i, word in enumerate(out):
            if i:
                after_stop = joined.endswith((".", ",", ";", ":"))
                roll = rng.random()
                joined += "" if after_stop and roll < 0.05 else "  " if roll < 0.08 else " "
                if joined.endswith(". ") and word[:1].isupper() and rng.random() < 0.2:
                    word = word[:1].lower() + word[1:]
            joined += word
        return joined
