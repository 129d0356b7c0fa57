"""What the detectors misread in a page whose values were removed: a field label, or the next field, taken for
the value of a label left empty.

Once a redaction removes the values of a form or a letter head, the page reads as labels with nothing after them
("NHS no:\\nDate dictated: 18/11/2025      Date typed: 25/11/2025", "DOB:    Ethnicity: White - Gypsy/Roma",
"Yours faithfully\\n\\nGeneral Practitioner"). The detectors, reading a label with no value as a cue still waiting
for one, take what follows for it: a label ("Date of birth:" a PERSON), the next field with its own label
("Date typed: 25/11/2025" an NHS number), the job title under a removed signature (a PERSON). The planner re-reads
the page after each removal and the verifier reads the output, so both would remove (or refuse for) a field that
the first reading saw whole and left alone. Such a hit has a shape no secret has: it opens with a field label
(capitalised words and a colon: the label is never part of a value), it is a bracketed aside brackets and all
("Setting: ■ (Year 6)": a value's span never takes in its brackets), or it is a person made of a job title only
(a role noun such as "Practitioner" or "Psychologist" after ordinary words, no title, no given name). The planner
and the verifier both leave such hits out (:meth:`redaction.pdf.matcher.Matcher.detect`), so "redacted" and
"verified" still mean the same thing; everything else the re-read finds is still removed (a removal that joins
what is left into a new identifier, "Be■trag", is no such shape). The same job title is kept when a narrow column's
false wrap runs the signer's name on into it (:func:`title_joined_by_wrap`): the name is removed by its own hit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Protocol

__all__ = ["emptied_field_artefact", "title_joined_by_wrap"]

# A field label at a hit's start: up to four words (the first capitalised or an abbreviation), then a colon.
_LABEL = re.compile(r"\s*(?:[A-Z][\w'’/().&-]*)(?:[ ](?:[\w'’/().&-]+)){0,3}[ ]?:(?=\s|$)")
LONG_ROLE = 9  # a role noun this long alone is no surname ("Headteacher", "Psychologist")
_ASIDE = re.compile(r"\([^()\n]*\)")  # a bracketed aside, brackets and all: "(Year 6)" after "Setting: ■"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@lru_cache(maxsize=1)
def _lexicons() -> tuple[frozenset[str], frozenset[str]]:
    from redaction.text.lexicons import ROLE_WORDS, TITLES

    return frozenset(ROLE_WORDS), frozenset(TITLES)


def _job_title_only(value: str) -> bool:
    """A role noun after ordinary words that are no title and no given name ("General Practitioner", "Senior
    Educational Psychologist"; not "Will Nurse"), or a long role noun alone ("Headteacher", not "Nurse" or "Judge",
    which are surnames too)."""
    from redaction.text.english import is_common_word
    from redaction.text.given_names import is_given_name

    words = _WORD.findall(value)
    if not words or len(_WORD.sub("", value).strip(" ,.\n")) > 0:
        return False
    roles, titles = _lexicons()
    if words[-1] not in roles or not words[-1][0].isupper():
        return False
    if len(words) == 1:
        return len(words[0]) >= LONG_ROLE
    return all(word not in titles and is_common_word(word.lower()) and not is_given_name(word) for word in words[:-1])


def emptied_field_artefact(text: str, start: int, end: int, type_: str) -> bool:
    """Whether the detector hit ``text[start:end]`` of type ``type_`` is a label or a following field taken for
    an emptied label's value (see the module docstring)."""
    value = text[start:end]
    if _LABEL.match(value) or _ASIDE.fullmatch(value):
        return True
    return type_ == "PERSON" and _job_title_only(value)


class _Hit(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def type(self) -> str: ...


def title_joined_by_wrap(text: str, hit: _Hit, wraps: Sequence[int], broken_hits: Iterable[_Hit]) -> bool:
    """Whether ``hit``, a person found in the unwrapped reading, is a signer's name run on into the job title on the
    line under it by a break the geometry took for a wrap (a narrow column: "Dr Andrea Muhammad-Pryce" at the
    column's edge, "Headteacher" below), while the lines as broken already give the name alone: then the name's
    own hit removes the name, and the title stays, as it does under a removed signature."""
    if hit.type != "PERSON":
        return False
    inside = [index for index in wraps if hit.start < index < hit.end]
    if len(inside) != 1 or not _job_title_only(text[inside[0] + 1:hit.end]):
        return False
    return any(other.type == "PERSON" and other.start <= hit.start and inside[0] - 1 <= other.end <= inside[0]
               for other in broken_hits)
