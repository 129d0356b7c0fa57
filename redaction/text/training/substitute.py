"""Every person's name in a document swapped for names from the pool, the same way every time it recurs.

A word of a PERSON segment is mapped by its case-folded form, so "Kerry Rahimi", "Miss Rahimi",
"RAHIMI, Kerry" and "kerry" stay one person under new names, written in the case the original was
("RAHIMI" -> "NGUYEN"). The last word of a several-word name (or the part before a comma) is drawn as a
surname, the others as given names; a lone word after a title is a surname. Initials ("JP", "F.") and
titles are kept. So the model sees the generator's and the hand-written documents' contexts with names
of every origin in them, and cannot learn the few hundred names those documents hold.
"""

from __future__ import annotations

import random

import regex

from redaction.text.training.pool import Pool
from redaction.text.training.segments import Labelled, Segment

__all__ = ["substitute_names"]

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*")
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "cllr", "judge", "master", "mstr"}
_PARTICLES = ("van {}", "van der {}", "van den {}", "de {}", "De {}", "ten {}", "von {}", "di {}", "Di {}", "da {}",
              "dos {}", "du {}", "le {}", "al-{}", "Al-{}", "el-{}", "bin {}", "ibn {}", "ap {}", "ab {}", "O'{}",
              "Mac {}", "Ní {}", "Ó {}", "St {}", "La {}")
_TITLE_BEFORE = regex.compile(r"(?i)\b(?:mr|mrs|ms|miss|mx|dr|prof|judge|cllr)\.?\s*$")


def _is_initials(word: str, segment_words: int) -> bool:
    letters = word.replace(".", "")
    return len(letters) <= 1 or (segment_words == 1 and letters.isupper() and len(letters) <= 4)


def _roles(doc: Labelled) -> dict[str, str]:
    """Folded word -> "f" or "l", from the names of several words first, then lone words."""
    roles: dict[str, str] = {}
    lone: list[tuple[str, str]] = []
    previous = ""
    for segment in doc.segments:
        if segment.kind == "PERSON":
            words = [w for w in _WORD.findall(segment.text) if w.casefold().rstrip(".") not in _TITLES]
            if "," in segment.text:
                head, _, tail = segment.text.partition(",")
                for word in _WORD.findall(head):
                    roles.setdefault(word.casefold(), "l")
                for word in _WORD.findall(tail):
                    roles.setdefault(word.casefold(), "f")
            elif len(words) > 1:
                for word in words[:-1]:
                    roles.setdefault(word.casefold(), "f")
                roles.setdefault(words[-1].casefold(), "l")
            elif words:
                lone.append((words[0].casefold(), "l" if _TITLE_BEFORE.search(previous) else "f"))
        previous = segment.text
    for key, role in lone:
        roles.setdefault(key, role)
    return roles


def _cased(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old.islower():
        return new.lower()
    return new


def substitute_names(doc: Labelled, pool: Pool, rng: random.Random) -> Labelled:
    roles = _roles(doc)
    family = pool.family(rng)
    mapping: dict[str, str] = {}

    def new_name(key: str) -> str:
        if key not in mapping:
            group = family if rng.random() < 0.5 else pool.family(rng)
            role = roles.get(key, "f")
            name = pool.name(rng, role, group)
            if role == "l" and "-" in key and rng.random() < 0.5:  # double-barrelled stays double-barrelled
                name = f"{name}-{pool.name(rng, 'l', pool.family(rng))}"
            elif role == "l" and rng.random() < 0.06:  # a surname with its particle: "ten Pas", "al-Amin"
                name = rng.choice(_PARTICLES).format(name)
            mapping[key] = name
        return mapping[key]

    segments = []
    for segment in doc.segments:
        if segment.kind != "PERSON":
            segments.append(segment)
            continue
        count = len(_WORD.findall(segment.text))

        def swap(match: regex.Match[str]) -> str:
            word = match.group()
            if word.casefold().rstrip(".") in _TITLES or _is_initials(word, count):
                return word
            return _cased(new_name(word.casefold()), word)

        segments.append(Segment(_WORD.sub(swap, segment.text), "PERSON"))
    return Labelled(doc.id, tuple(segments))
