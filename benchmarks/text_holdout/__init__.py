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

# The kinds the detector learnt after the first sets were written (issue 9 item 2): every SEND hold-out set labels
# them as the types the sets already had (CASE_REF for other ids, NHS_NUMBER for CHI and H&C numbers), so the
# figures compare across sets.
LATER_TYPES = frozenset({"ACCOUNT_NUMBER", "CHI_NUMBER", "HC_NUMBER", "HOSPITAL_NUMBER", "SOCIAL_CARE_ID",
                         "SOCIAL_HANDLE", "SORT_CODE", "VEHICLE_REGISTRATION"})

__all__ = ["DOCUMENTS", "LATER_TYPES", "Gold", "HoldoutDocument", "HoldoutFormatError", "load", "parse_document", "problems"]

DOCUMENTS = Path(__file__).resolve().parent / "documents"


def load(folder: Path = DOCUMENTS) -> list[HoldoutDocument]:
    """Every ``*.txt`` document of ``folder``, in file-name order."""
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise HoldoutFormatError(f"no documents in {folder}")
    return [parse_document(path) for path in paths]
