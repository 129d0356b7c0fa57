"""Redact, read back, and go again with what the read found (as ``_joint`` texts).

A name can become visible only once its neighbours are replaced, and the literal checks read forms
the detectors do not (letter-spaced, zero-width characters). So what the read-back finds outside
the replacements is added as a term and the whole joint text redacted again, at most ``ROUNDS``
times; the caller's final, independent verification decides on what is left.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from redaction.formats._joint import JointResult, JointText, known_for_text
from redaction.formats._reread import Reading, reread

__all__ = ["ROUNDS", "Rounds", "redact_in_rounds"]

ROUNDS = 3


@dataclass
class Rounds:
    result: JointResult
    known: dict[str, list[str]]  # what the last round removed: the caller's known, terms and additions
    added: list[str]  # terms the read-back added
    rounds: int
    reading: Reading  # the last round's read-back


def redact_in_rounds(joint: JointText, *, redactor: object, known: Mapping[str, Sequence[str]] | None,
                     terms: Sequence[str], detect: bool, texts_of: Callable[[JointResult], Iterable[tuple[str, str]]],
                     labels: Iterable[str] = ()) -> Rounds:
    added: list[str] = []
    extra = set(labels)
    for number in range(1, ROUNDS + 1):
        current = known_for_text(known, [*terms, *added])
        result = joint.redact(redactor, known=current, detect=detect)  # type: ignore[arg-type]
        reading = reread(texts_of(result), known=current, labels=result.labels | extra, redactor=redactor,  # type: ignore[arg-type]
                         detect=detect)
        fresh = [f.text for f in reading.findings if not f.type.startswith("encoded:") and f.text not in added]
        if not reading.findings or not fresh or number == ROUNDS:
            break
        added.extend(dict.fromkeys(fresh))
    return Rounds(result, current, added, number, reading)
