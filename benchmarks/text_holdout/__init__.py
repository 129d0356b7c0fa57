"""Independent hand-written, hand-labelled UK SEND documents for judging text redaction (see README.md).

``load()`` returns every document in ``documents/`` as a :class:`HoldoutDocument`: the plain text, gold
identifier spans with offsets, tricky negatives, neutral regions and the ``known`` block (the shape the
``vault redact jsonl`` command takes). ``problems(doc)`` lists any inconsistency in a document's labels.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.text_holdout.consistency import problems
from benchmarks.text_holdout.markup import (
    Gold,
    HoldoutDocument,
    HoldoutFormatError,
    parse_document,
)

__all__ = ["DOCUMENTS", "Gold", "HoldoutDocument", "HoldoutFormatError", "load", "parse_document", "problems"]

DOCUMENTS = Path(__file__).resolve().parent / "documents"


def load(folder: Path = DOCUMENTS) -> list[HoldoutDocument]:
    """Every ``*.txt`` document of ``folder``, in file-name order."""
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise HoldoutFormatError(f"no documents in {folder}")
    return [parse_document(path) for path in paths]
