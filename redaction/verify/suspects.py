"""The reviewer's list: what a redacted output still holds that could identify someone.

``suspects_of(output, regions)`` is the second reader's suspects for a redacted output, its own
replacements (``regions``) left out, as JSON-able :class:`~redaction.verify.Suspect` rows; findings
(what blocks release) are the caller's to act on first, so they are not repeated here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from redaction.verify.types import Suspect

__all__ = ["suspects_json", "suspects_of"]


def suspects_of(output: str, regions: Sequence[tuple[int, int]] = (), *,
                known: Mapping[str, Sequence[str]] | None = None, reader: Any = None) -> list[Suspect]:
    from redaction.verify.reader import second_reader

    return (reader or second_reader()).read(output, known=known, ignore=regions).suspects


def suspects_json(suspects: Sequence[Suspect]) -> list[dict[str, Any]]:
    return [suspect.to_json() for suspect in suspects]
