"""Consistent labels within one output: every mention of a person gets the same label.

People are grouped by their name words ("Mrs Hughes" and "Ella Hughes" share "hughes"; a known
identifier's variants all belong to its entry). A group's role comes from the case record's key
(``"PERSON:child"``) or, failing that, from the words around its mentions ("her son …", "SENCo").
Parents are lettered ("Parent A"), everyone else numbered by role ("Child 1", "Teacher 2").
"""

from __future__ import annotations

import regex

from redaction.text.lexicons import TITLES

__all__ = ["PersonLabeller", "role_from_context"]

_ROLE_CUES = {
    "Child": r"\b(?:son|daughter|child|pupil|student|learner|boy|girl|grandson|granddaughter|young person|DOB|date of birth|year \d+|aged? \d+|attends)\b",
    "Parent": r"\b(?:[Mm]um|[Mm]other|[Dd]ad|[Ff]ather|parents?|[Cc]arer|[Ss]tepdad|[Ss]tepmum|Mam)\b",
    "Teacher": r"\b(?:teacher|SENCo|SENCO|headteacher|head teacher|deputy head|TA|teaching assistant|tutor|form tutor)\b",
    "Professional": r"\b(?:Dr|paediatrician|consultant|psychologist|therapist|nurse|GP|clinician|OT|SALT|EP)\b",
    "Officer": r"(?i:\b(?:case officer|caseworker|SEN officer|co-?ordinator|officer|social worker|manager)\b)",
}
# Case matters for "Parent" ("Parent Partnership Service" is an organisation, not a parent).
_COMPILED = {role: regex.compile(cue if role == "Parent" else f"(?i:{cue})") for role, cue in _ROLE_CUES.items()}
_KNOWN_ROLES = {"child": "Child", "young person": "Child", "pupil": "Child", "parent": "Parent",
                "mother": "Parent", "father": "Parent", "carer": "Parent", "teacher": "Teacher",
                "senco": "Teacher", "staff": "Teacher", "professional": "Professional",
                "clinician": "Professional", "officer": "Officer", "caseworker": "Officer"}


def role_from_context(text: str, start: int, end: int) -> str | None:
    before, after = text[max(0, start - 45) : start], text[end : end + 30]
    scores = {role: len(c.findall(before)) * 2 + len(c.findall(after)) for role, c in _COMPILED.items()}
    role, score = max(scores.items(), key=lambda kv: kv[1])
    return role if score else None


def _words(surface: str) -> frozenset[str]:
    words = regex.findall(r"[\p{L}'’\-]+", surface)
    return frozenset(
        regex.sub(r"['’]s?$", "", w).casefold() for w in words if w.rstrip(".") not in TITLES and len(w.rstrip(".")) > 1
    )


class PersonLabeller:
    """Assigns each person mention a label, consistently within one output."""

    def __init__(self) -> None:
        self._groups: list[tuple[frozenset[str], str | None]] = []  # (name words, known key)
        self._roles: list[dict[str, int]] = []
        self._labels: dict[int, str] = {}
        self._counters: dict[str, int] = {}

    def group_of(self, surface: str, known_key: str | None) -> int:
        words = _words(surface)
        for index, (group_words, group_key) in enumerate(self._groups):
            if known_key is not None and group_key == known_key:
                return index
            if known_key is None and words and (words <= group_words or group_words <= words):
                if words > group_words:
                    self._groups[index] = (words, group_key)
                return index
        self._groups.append((words, known_key))
        self._roles.append({})
        return len(self._groups) - 1

    def vote(self, group: int, role: str | None, weight: int = 1) -> None:
        if role:
            self._roles[group][role] = self._roles[group].get(role, 0) + weight

    def label(self, group: int) -> str:
        if group not in self._labels:
            votes = self._roles[group]
            role = max(votes, key=votes.__getitem__) if votes else "Person"
            number = self._counters[role] = self._counters.get(role, 0) + 1
            self._labels[group] = f"Parent {chr(64 + number)}" if role == "Parent" and number <= 26 else f"{role} {number}"
        return self._labels[group]

    @staticmethod
    def known_role(role: str | None) -> str | None:
        return _KNOWN_ROLES.get(role or "", role.title() if role else None)
