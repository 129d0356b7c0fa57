"""A row's own label before a date that names another event than a birth.

A register row with no header is read as a name beside a date of birth ("SMITH, Jo   12/03/2015"); a form's
row flattened from a PDF holds its labels in the row itself ("Signed  Lan Tran      Date  06/01/2026",
"Pupil  Kai Osei   Review  12/03/2025"): there the cell right before the date says whose date it is, and a date
labelled "Date", "Signed" or "Review" is the signature's or the meeting's, not the person's birth.
"""

from __future__ import annotations

import regex

__all__ = ["names_another_date"]

_EVENT_LABEL = regex.compile(
    r"(?i)(?:date(?:[ ]+(?!of[ ]+birth\b)\p{L}+)*|dated|signed|signature|review(?:[ ]+date)?|meeting|appointment"
    r"|received|issued|sent|completed|updated|printed|submitted|start(?:ed|[ ]+date)?|end(?:ed|[ ]+date)?|due"
    r"|deadline|today|visit|seen)[ ]*[:.]?")
_BIRTH = regex.compile(r"(?i)birth|d\.?[ ]?o\.?[ ]?b|born")


def names_another_date(label: str) -> bool:
    """Whether ``label`` (a cell's text right before a date) names a date that is not a birth's."""
    label = label.strip(" \t|,;")
    return _EVENT_LABEL.fullmatch(label) is not None and _BIRTH.search(label) is None
