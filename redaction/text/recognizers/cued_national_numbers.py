"""NHS numbers, ULNs and UPNs after their own cue, however they are written: spaced or hyphenated in any
groups ("ULN 377 873 8282", "ULN 934-372-5301"), misread by a scan ("NHS no 485 777 34S6", "uln
934372530l"), or with a check digit or letter that does not hold (a typo in the record, or a number
the checksum recognizers cannot vouch for).

Without a cue a ten-digit number is only an NHS number or a ULN when its checksum holds
(:mod:`.nhs_number`, :mod:`.uln`); after "NHS no", "ULN", "UPN" and their long forms the cue says what
it is, and a wrongly written identifier identifies as well as a right one.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkCuedNationalNumberRecognizer"]

_D = r"[0-9OoIl|SB]"  # a digit, or what a scan reads it as: O/o for 0, I/l/| for 1, S for 5, B for 8
_SEP = r"[ \-.]?"
# "NHS no.", "ULN (for the apprenticeship service account):", "UPN is": what may stand between cue and number.
_ASKS = r"(?:[ ]*(?:no|num|number|#)\b\.?)?(?:[ ]*\([^)\n]{1,60}\))?[ ]*(?:is[ ]+|[:=\-–][ ]*)?"
_CUES = {
    "NHS_NUMBER": rf"\bNHS{_ASKS}|\bNHS[ ]number{_ASKS}",
    "ULN": rf"\bULN{_ASKS}|\bunique[ ]learner[ ]n(?:o|umber)\b\.?[ ]*:?[ ]*|\blearner[ ]number[ ]*:?[ ]*",
    "UPN": rf"\bUPN{_ASKS}|\bunique[ ]pupil[ ]n(?:o|umber)\b\.?[ ]*:?[ ]*",
}
# Ten digits in any grouping (3-3-4 as the NHS writes it, 4-3-3, 5-5, or none).
_TEN = rf"{_D}(?:{_SEP}{_D}){{9}}"
_SHAPES = {
    "NHS_NUMBER": _TEN,
    "ULN": _TEN,
    "UPN": rf"[A-Z]{_SEP}{_D}(?:{_SEP}{_D}){{10}}{_SEP}[0-9A-Z]",
}


class UkCuedNationalNumberRecognizer(UkPatternRecognizer):
    ENTITY = "NHS_NUMBER"
    FLAGS = regex.MULTILINE | regex.IGNORECASE
    PATTERNS = [
        Pattern(kind, rf"(?:{_CUES[kind]})(?P<id>{_SHAPES[kind]})(?![\w\-/])", 0.85) for kind in _CUES
    ]
    CONTEXT = ["nhs", "uln", "upn"]

    def find(self, text: str) -> Iterator[Span]:
        if _ANY_CUE.search(text) is None:
            return
        for pattern, compiled in self._compiled:
            for match in compiled.finditer(text):
                found = match["id"]
                if sum(ch.isdigit() for ch in found) < 8:
                    continue  # mostly letters: a word run on after the cue, not a misread number
                if not _one_way_spaced(found):
                    continue
                yield Span(match.start("id"), match.end("id"), pattern.name, pattern.score, "pattern")


_ANY_CUE = regex.compile(r"(?i)\b(?:nhs|uln|upn|unique[ ](?:learner|pupil)|learner[ ]number)\b")


def _one_way_spaced(found: str) -> bool:
    """A number uses one kind of separator ("377 873 8282", "934-372-5301"), not a run of words and
    figures ("12 - 3 4.5")."""
    separators = {ch for ch in found if ch in " -."}
    return len(separators) <= 1
