"""Redact, read back, and go again with what the read found (as ``_joint`` texts).

A name can become visible only once its neighbours are replaced, the literal checks read forms the
detectors do not (letter-spaced, zero-width characters), and the second reader sees what the first
missed. So what the read-back (:func:`~redaction.formats._reread.reread`) finds outside the
replacements is added as a term and the whole joint text redacted again, at most ``ROUNDS`` times: the
known identifiers always, the second reader's findings when detection is on (with ``detect`` off the
caller asked for its identifiers only, and the findings are reported instead). The caller's final,
independent verification of the written file decides on what is left.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from redaction.formats._joint import JointResult, JointText, known_for_text
from redaction.formats._reread import ReadCache, Reread, reread
from redaction.verify import ENCODED

__all__ = ["ROUNDS", "Rounds", "redact_in_rounds"]

ROUNDS = 3


@dataclass
class Rounds:
    result: JointResult
    known: dict[str, list[str]]  # what the last round removed: the caller's known, terms and additions
    added: list[str]  # terms the read-back added
    rounds: int
    reading: Reread  # the last round's read-back


def redact_in_rounds(joint: JointText, *, redactor: object, known: Mapping[str, Sequence[str]] | None,
                     terms: Sequence[str], detect: bool, texts_of: Callable[[JointResult], Iterable[tuple[str, str]]],
                     labels: Iterable[str] = (), reader: object = None, cache: ReadCache | None = None) -> Rounds:
    added: list[str] = []
    extra = set(labels)
    for number in range(1, ROUNDS + 1):
        current = known_for_text(known, [*terms, *added])
        result = joint.redact(redactor, known=current, detect=detect)  # type: ignore[arg-type]
        reading = reread(texts_of(result), known=current, labels=result.labels | extra, reader=reader, cache=cache)
        found = [*reading.refused, *(reading.findings if detect else [])]
        fresh = [p.surface for p in found if p.type != ENCODED and p.surface and p.surface not in added]
        if not found or not fresh or number == ROUNDS:
            break
        added.extend(dict.fromkeys(fresh))
    return Rounds(result, current, added, number, reading)
