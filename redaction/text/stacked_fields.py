"""A form's labels stacked above its values, as text drawn out of a PDF reads: the label column first, then the
value column ("Name\\nDate of birth\\nOur ref\\nJo Bloggs\\n12/03/2014\\nJB/2291/EHC"). The k-th value line is the
k-th label's value.

A block is two or more consecutive lines that are each a label the table vocabulary knows (a trailing colon
allowed), then, after blank lines at most, as many lines that are no label. A value is taken only when its shape
agrees with its label: a date for a birth date's label (a year or more before the text's latest other date: a form's
own date is recent), a code for a reference's. A block whose values do not line up (an empty field, a value over two
lines) gives a slot the wrong line, and the shape check then refuses it. With one value line fewer than labels (two at
least) and a first label that names no field's value ("Learner details"), that first line was the block's heading.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.text.code_shape import code_shaped
from redaction.text.table_vocabulary import header_kind
from redaction.text.text_caches import per_text

__all__ = ["stacked_values"]

_LABEL_END = regex.compile(r"[ \t]*[:\-–]?[ \t]*$")
_MOST = 12  # labels in one block


def _label(line: str) -> str | None:
    stripped = _LABEL_END.sub("", line.strip())
    if not stripped or len(stripped) > 40 or any(ch.isdigit() for ch in stripped):
        return None
    return header_kind(stripped)


@per_text(maxsize=256)
def stacked_values(text: str) -> tuple[tuple[str, int, int], ...]:
    """(kind, start, end) of each value a stacked block gives a birth date's or a reference's label: a reference
    when it is shaped like a code, a birth date as written (the birth recognizer reads it as a date)."""
    if text.count("\n") < 3:
        return ()
    lines: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    found: list[tuple[str, int, int]] = []
    i = 0
    while i < len(lines):
        kinds: list[str] = []
        j = i
        while j < len(lines) and len(kinds) < _MOST and lines[j][1].strip() and (kind := _label(lines[j][1])):
            kinds.append(kind)
            j += 1
        if len(kinds) < 2 or not {"DATE_OF_BIRTH", "CASE_REF"} & set(kinds):
            i = max(j, i + 1)
            continue
        while j < len(lines) and not lines[j][1].strip():
            j += 1
        values = lines[j : j + len(kinds)]
        if len(values) == len(kinds) and all(v.strip() and _label(v) is None for _, v in values):
            found.extend(_typed(kinds, values))
        elif kinds[0] == "OTHER":
            # one value fewer than labels, the first of which names no field's value: it was the block's heading
            # ("Learner details\nSurname\nForename\nDate of birth\nAdeyemi\nTola\n2014-09-30")
            n = next((k for k, (_, v) in enumerate(values) if not v.strip() or _label(v) is not None), len(values))
            if n == len(kinds) - 1 >= 2:
                found.extend(_typed(kinds[1:], values[:n]))
        i = j
    return tuple(found)


def _typed(kinds: list[str], values: list[tuple[int, str]]) -> Iterator[tuple[str, int, int]]:
    for kind, (start, line) in zip(kinds, values, strict=True):
        value = line.strip()
        if kind == "DATE_OF_BIRTH" or kind == "CASE_REF" and " " not in value and code_shaped(value):
            at = start + line.index(value)
            yield kind, at, at + len(value)
