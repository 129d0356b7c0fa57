"""Checks that a later hold-out set is fresh text: no passage, identifier or full name taken from an earlier set.

``shingles(text, boilerplate)`` is every run of eight words of ``text`` once the ``boilerplate`` wording (statute
names and the like, which real paperwork shares) is cut out; ``surfaces(docs, kinds)`` the gold surfaces of those
types, folded to lower-case letters and digits, to compare two sets' identifiers and people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from benchmarks.text_holdout.markup import HoldoutDocument

__all__ = ["NUMBER_TYPES", "literal_known", "shared_identifiers", "shared_passages", "shingles", "surfaces"]


def shingles(text: str, boilerplate: re.Pattern[str], n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", boilerplate.sub(" | ", text).casefold())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def surfaces(docs: Iterable[HoldoutDocument], kinds: set[str], *, full_names_only: bool = False) -> set[str]:
    """Gold surfaces of ``kinds``; with ``full_names_only``, only those of two words or more ("Amara Okafor")."""
    found = set()
    for doc in docs:
        for g in doc.gold:
            surface = doc.text[g.start:g.end]
            if g.type in kinds and (not full_names_only or re.search(r"\w\w+\s+\w\w+", surface)):
                found.add(re.sub(r"\W", "", surface).casefold())
    return found


def literal_known(docs: Iterable[HoldoutDocument]) -> tuple[int, int]:
    """How many ``*`` occurrences there are, and how many of them are written exactly as their known block gives."""
    starred = literal = 0
    for doc in docs:
        values = {v for vs in doc.known.values() for v in vs}
        for g in doc.gold:
            if g.entity is not None:
                starred += 1
                literal += doc.text[g.start:g.end] in values
    return starred, literal


NUMBER_TYPES = {"NHS_NUMBER", "NI_NUMBER", "UPN", "ULN", "CASE_REF", "PHONE", "EMAIL", "POSTCODE"}


def shared_passages(docs: list[HoldoutDocument], earlier: list[HoldoutDocument],
                    boilerplate: re.Pattern[str]) -> dict[str, list[str]]:
    """Per document of ``docs``, the eight-word runs it shares with any of ``earlier`` (only those that share)."""
    seen = set().union(*(shingles(d.text, boilerplate) for d in earlier))
    shared = {doc.id: sorted(" ".join(s) for s in shingles(doc.text, boilerplate) & seen) for doc in docs}
    return {k: v for k, v in shared.items() if v}


def shared_identifiers(docs: list[HoldoutDocument], earlier: list[HoldoutDocument]) -> set[str]:
    """Identifier values, full names of people and document ids found in both ``docs`` and ``earlier``."""
    return ((surfaces(docs, NUMBER_TYPES) & surfaces(earlier, NUMBER_TYPES))
            | (surfaces(docs, {"PERSON"}, full_names_only=True) & surfaces(earlier, {"PERSON"}, full_names_only=True))
            | ({d.id for d in docs} & {d.id for d in earlier}))
