"""Consistent labels within one output: every mention of a person gets the same label, and only theirs.

All the mentions of one output are labelled together, in three passes:

1. people from the case record: each known entry is a person, and an entry whose words all belong to
   exactly one fuller entry ("Leo" beside "Leo Whitfield") is that person;
2. people from full names found in the text ("Leo Whitfield", "WHITFIELD, Leo", "Amina Rahman");
3. each partial mention ("Leo", "Mrs Hughes", "S. Whitfield") joins the one person it can be: the
   name word must be theirs, an initial must fit their other names, an adult's title (Mr, Mrs, Ms,
   Miss, Dr) rules out a child, and a gendered title or role rules out the other gender. A partial
   mention that fits nobody is a new person; one that still fits several (two adults sharing a
   surname with nothing to tell them apart) gets a family label ("Family 1"), never one of theirs.

A person's role comes from the case record's key (``"PERSON:child"``) or from the directional cues
of :mod:`.roles`: the role with a strict majority of the votes wins, otherwise the label is neutral
("Person 1"). Parents are lettered ("Parent A"), everyone else numbered by role ("Child 1").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import regex

from redaction.text.known import initials_of_name
from redaction.text.lexicons import FIELD_VALUE_STOPWORDS, TITLES
from redaction.text.names import PARTICLE, strip_possessive
from redaction.text.recognizers.initials import INITIALS
from redaction.text.roles import MentionCues

__all__ = ["Mention", "PersonLabeller"]

_KNOWN_ROLES = {"child": "Child", "young person": "Child", "pupil": "Child", "sibling": "Child",
                "parent": "Parent", "mother": "Parent", "father": "Parent", "carer": "Parent",
                "teacher": "Teacher", "senco": "Teacher", "staff": "Teacher", "professional": "Professional",
                "clinician": "Professional", "doctor": "Professional", "officer": "Officer",
                "caseworker": "Officer"}
_ADULT_ROLES = frozenset({"Parent", "Teacher", "Professional", "Officer"})
_NAME_WORD = regex.compile(r"[\p{L}][\p{L}\p{M}'’\-]*\.?")
_INITIALS = regex.compile(rf"{INITIALS}(?:['’]s)?")
_PARTICLE = regex.compile(rf"{PARTICLE}")


@dataclass(frozen=True)  # no slots: the cached properties live in the instance dict
class Mention:
    """One PERSON span: its surface, the known entry it matched (if any) and its context cues."""

    surface: str
    cues: MentionCues
    known_key: str | None = None
    known_words: tuple[str, ...] = ()
    known_role: str | None = None
    full_name: str | None = None  # the whole name when the text gives it elsewhere (a register row's cells)

    @cached_property
    def words(self) -> frozenset[str]:
        if self.initials_key:
            return frozenset()
        own = _name_words(self.surface)
        return own | _name_words(self.full_name) if self.full_name else own

    @cached_property
    def initials_key(self) -> str | None:
        """"JS", "J.S.", "BMcC's": initials standing for a person, as one key ("js", "bmcc")."""
        if self.full_name or _INITIALS.fullmatch(self.surface) is None:
            return None
        return strip_possessive(self.surface).replace(".", "").casefold()

    @cached_property
    def initial_forms(self) -> frozenset[str]:
        """The initials this mention's full name is abbreviated to ("Jane Parker" -> "jp")."""
        name = self.full_name or self.surface
        words = [w.rstrip(".") for w in _NAME_WORD.findall(name) if w.rstrip(".") not in TITLES]
        if len(words) < 2:
            return frozenset()
        return frozenset(f.replace(".", "").casefold() for f in initials_of_name(words))

    @cached_property
    def initials(self) -> frozenset[str]:
        return frozenset(w[0].casefold() for w in _NAME_WORD.findall(self.surface)
                         if len(w.rstrip(".")) == 1 and w[0].isupper())


def _name_words(surface: str) -> frozenset[str]:
    words = [strip_possessive(w.rstrip(".")) for w in _NAME_WORD.findall(surface)]
    if surface.islower():  # a name typed in lower case ("wanjiru okafor"): every word but particles and stop words
        return frozenset(w for w in words if len(w) > 1 and not _PARTICLE.fullmatch(w) and w not in FIELD_VALUE_STOPWORDS)
    # Lower-case particles ("de", "van der") are part of a surname, not a name word of their own.
    return frozenset(w.casefold() for w in words if len(w) > 1 and w not in TITLES and not w.islower())


@dataclass
class _Person:
    words: set[str]
    keys: set[str] = field(default_factory=set)
    votes: dict[str, int] = field(default_factory=dict)
    genders: dict[str, int] = field(default_factory=dict)
    adult: bool = False
    family: bool = False
    initials: set[str] = field(default_factory=set)
    initial_forms: set[str] = field(default_factory=set)  # "jp", "jmp": how minutes may abbreviate them
    given: set[str] = field(default_factory=set)  # words written alone without a title ("Caoimhin")
    surnames: set[str] = field(default_factory=set)  # words written alone after a title ("Mr Tamang")

    def take(self, mention: Mention) -> None:
        self.words |= mention.words
        if len(mention.words) == 1:
            self.initials |= mention.initials
        self.initial_forms |= mention.initial_forms
        if mention.initials_key:
            self.initial_forms.add(mention.initials_key)
        if len(mention.words) == 1 and not mention.known_key:
            (self.surnames if mention.cues.adult else self.given).update(mention.words)
        for role, weight in mention.cues.votes.items():
            self.votes[role] = self.votes.get(role, 0) + weight
        if mention.known_role:
            self.votes[mention.known_role] = self.votes.get(mention.known_role, 0) + 100
        if mention.cues.gender:
            self.genders[mention.cues.gender] = self.genders.get(mention.cues.gender, 0) + 1
        self.adult |= mention.cues.adult

    @property
    def gender(self) -> str | None:
        if len(self.genders) != 1:
            return None
        return next(iter(self.genders))

    def role(self) -> str:
        votes = dict(self.votes)
        if self.adult and votes.get("Child", 0) < 100:
            votes.pop("Child", None)
        if not votes:
            return "Person"
        role, best = max(votes.items(), key=lambda kv: kv[1])
        return role if best > sum(votes.values()) - best else "Person"


def _fits(person: _Person, mention: Mention, word: str) -> bool:
    if person.family:
        return False
    others = person.words - {word}
    if mention.initials and others and not all(any(w.startswith(i) for w in others) for i in mention.initials):
        return False
    if mention.cues.adult and person.role() == "Child":
        return False
    gender = person.gender
    return not (mention.cues.gender and gender and gender != mention.cues.gender)


class PersonLabeller:
    """Labels for all the person mentions of one output, in text order."""

    def __init__(self) -> None:
        self._counters: dict[str, int] = {}

    def labels(self, mentions: Sequence[Mention]) -> list[str]:
        people: list[_Person] = []
        owner: dict[int, _Person] = {}
        by_key: dict[str, _Person] = {}
        # 1. the case record's people, fuller entries first
        known = sorted({(m.known_key, m.known_words) for m in mentions if m.known_key}, key=lambda kw: -len(kw[1]))
        for key, words in known:
            assert key is not None
            wider = [p for p in people if p.keys and set(words) <= p.words]
            person = wider[0] if len(wider) == 1 else _Person(set(words))
            if person not in people:
                people.append(person)
            person.keys.add(key)
            by_key[key] = person
        for index, mention in enumerate(mentions):
            if mention.known_key:
                owner[index] = by_key[mention.known_key]
                owner[index].take(mention)
        # 2. full names found in the text
        for index, mention in enumerate(mentions):
            words = mention.words
            if index in owner or len(words) < 2:
                continue
            same = [p for p in people if len(p.words) >= 2 and (words <= p.words or p.words <= words)]
            exact = [p for p in same if p.words == words]
            person = exact[0] if exact else same[0] if len(same) == 1 else None
            if person is None:
                person = _Person(set())
                people.append(person)
            owner[index] = person
            person.take(mention)
        # 3. partial mentions
        families: dict[str, _Person] = {}
        for index, mention in enumerate(mentions):
            if index in owner:
                continue
            if mention.initials_key and (person := self._by_initials(people, mention, families)) is not None:
                owner[index] = person
                person.take(mention)
                continue
            words = mention.words
            word = next(iter(words)) if len(words) == 1 else ""
            candidates = [p for p in people if word and word in p.words and _fits(p, mention, word)]
            if len(candidates) > 1 and mention.cues.adult:  # "Mrs Hughes": the adult among the Hugheses
                adults = [p for p in candidates if p.adult or p.role() in _ADULT_ROLES]
                candidates = adults or candidates
            if not candidates and word and mention.cues.greeted and not mention.cues.adult:
                # "Hi Nuala" after "To: N. Van der Merwe": the one person known only by that initial
                candidates = [p for p in people if not p.family and len(p.words) == 1 and word[0] in p.initials]
                candidates = candidates if len(candidates) == 1 else []
            if len(candidates) > 1:
                person = families.setdefault(word, _Person({word}, family=True))
            elif candidates:
                person = candidates[0]
            else:
                person = _Person(set())
                people.append(person)
            owner[index] = person
            person.take(mention)
        return self._labelled(mentions, owner)

    @staticmethod
    def _by_initials(people: list[_Person], mention: Mention, families: dict[str, _Person]) -> _Person:
        """Initials ("JS", "J.S.") join the one person they abbreviate; initials nobody's name explains are
        a person of their own, whom every later mention of the same initials joins."""
        key = mention.initials_key
        assert key is not None
        candidates = [p for p in people if not p.family and key in p.initial_forms]
        if len(candidates) > 1:  # two names with the same initials: nothing tells which is meant
            return families.setdefault(f"initials:{key}", _Person(set(), family=True))
        if candidates:
            return candidates[0]
        same_word = [p for p in people if not p.family and key in p.words]
        if len(same_word) == 1:  # "NG": a surname in capitals, not initials
            return same_word[0]
        # Known by one name only ("Present: Caoimhin; Mr Tamang" then "CO said", "MT agreed"): initials
        # join the one such person whose first name opens them or whose surname closes them.
        partial = [p for p in people if not p.family and not p.initial_forms
                   and (any(w[0] == key[0] for w in p.given) or any(w[0] == key[-1] for w in p.surnames))]
        if len(partial) == 1:
            return partial[0]
        person = _Person(set())
        people.append(person)
        return person

    def _labelled(self, mentions: Sequence[Mention], owner: dict[int, _Person]) -> list[str]:
        names: dict[int, str] = {}
        out = []
        for index in range(len(mentions)):
            person = owner[index]
            if id(person) not in names:
                role = "Family" if person.family else person.role()
                number = self._counters[role] = self._counters.get(role, 0) + 1
                names[id(person)] = f"Parent {chr(64 + number)}" if role == "Parent" and number <= 26 else f"{role} {number}"
            out.append(names[id(person)])
        return out

    @staticmethod
    def known_role(role: str | None) -> str | None:
        return _KNOWN_ROLES.get(role or "", role.title() if role else None)
