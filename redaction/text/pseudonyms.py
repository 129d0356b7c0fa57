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

from redaction.text.mentions import Mention

__all__ = ["Mention", "PersonLabeller"]

_KNOWN_ROLES = {"child": "Child", "young person": "Child", "pupil": "Child", "sibling": "Child",
                "parent": "Parent", "mother": "Parent", "father": "Parent", "carer": "Parent",
                "teacher": "Teacher", "senco": "Teacher", "staff": "Teacher", "professional": "Professional",
                "clinician": "Professional", "doctor": "Professional", "officer": "Officer",
                "caseworker": "Officer"}
_ADULT_ROLES = frozenset({"Parent", "Teacher", "Professional", "Officer"})


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
    tails: set[str] = field(default_factory=set)  # how a surname written after a title ends initials ("Mr Tamang")
    greeted: bool = False
    named: bool = False  # written with a full name somewhere ("Jane Parker")

    @property
    def firsts(self) -> set[str]:
        """First initials this person is known to have (from a first name or initials they were written as)."""
        return {w[0] for w in self.given} | {f[0] for f in self.initial_forms}

    def take(self, mention: Mention) -> None:
        self.words |= mention.words
        if len(mention.words) == 1:
            self.initials |= mention.initials
        self.initial_forms |= mention.initial_forms
        self.named |= bool(mention.initial_forms)
        if mention.initials_key:
            self.initial_forms.add(mention.initials_key)
        if mention.surname_only:
            self.tails |= mention.tail_forms
        elif len(mention.words) == 1 and not mention.known_key and not mention.full_name and not mention.initials:
            self.given |= mention.words
        self.greeted |= mention.cues.greeted
        for role, weight in mention.cues.votes.items():
            self.votes[role] = self.votes.get(role, 0) + weight
        if mention.known_role:
            self.votes[mention.known_role] = self.votes.get(mention.known_role, 0) + 100
        if mention.role_hint:  # a register's or a form's word for it: stronger than a cue, weaker than the record
            self.votes[mention.role_hint] = self.votes.get(mention.role_hint, 0) + 5
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


def _ends(key: str, tail: str) -> bool:
    """Whether initials ``key`` are a first (and middle) initial before a surname's initials ``tail``."""
    return key.endswith(tail) and 1 <= len(key) - len(tail) <= 2


def _initials_owner(people: list[_Person], key: str, families: dict[str, _Person], *, sole: bool) -> _Person | None:
    candidates = [p for p in people if not p.family and key in p.initial_forms]
    if len(candidates) > 1:  # two names with the same initials: nothing tells which is meant
        return families.setdefault(f"initials:{key}", _Person(set(), family=True))
    if candidates:
        return candidates[0]
    same_word = [p for p in people if not p.family and key in p.words]
    if len(same_word) == 1:  # "NG": a surname in capitals, not initials
        return same_word[0]
    scored = []
    for person in people:
        if person.family or person.named or person.firsts and key[0] not in person.firsts:
            continue
        score = max((len(f) for f in person.tails if _ends(key, f)), default=0)
        score += any(w[0] == key[0] for w in person.given)
        if score:
            scored.append((score, person))
    best = max((score for score, _ in scored), default=0)
    top = [p for score, p in scored if score == best]
    return top[0] if len(top) == 1 and (len(scored) == 1 or not sole) else None


def _merge_titled_parents(people: list[_Person], owner: dict[int, _Person]) -> None:
    """"his mother Bernie" and "Mrs Cholmondeley" in one letter, neither given more of a name: the one
    mother known by her first name alone and the one woman known by a title and surname alone, with no
    other role, are one person (the same for a father and "Mr ..."). A titled surname that is the child's
    ("Ms Ahmadzai" in a review of Kinga Ahmadzai) is a parent; with no mother or father named by role, the
    one adult known by a first name alone and no role ("Ewelina is her appointee") is that parent."""
    children = {w for p in people if p.role() == "Child" for w in p.words}
    for gender in ("F", "M"):
        titled = [p for p in people if p.tails and not p.given and not p.named and not p.greeted
                  and p.gender == gender and set(p.votes) <= {"Parent"}]
        if len(titled) != 1:
            continue
        gone = titled[0]
        if gone.words & children:
            gone.votes["Parent"] = gone.votes.get("Parent", 0) + 1
        single = [p for p in people if p.given and not p.tails and not p.named and not p.family and p.role() != "Child"]
        named = [p for p in single if p.gender == gender and p.role() == "Parent"]
        if not named and gone.words & children and len(single) == 1 and not single[0].votes \
                and single[0].gender in (None, gender):
            named = single
        if len(named) == 1:
            into = named[0]
            into.words |= gone.words
            for role, weight in gone.votes.items():
                into.votes[role] = into.votes.get(role, 0) + weight
            for index, person in owner.items():
                if person is gone:
                    owner[index] = into


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
            name = mention.words
            if index in owner or len(name) < 2:
                continue
            same = [p for p in people if len(p.words) >= 2 and (name <= p.words or p.words <= name)]
            exact = [p for p in same if p.words == name]
            found = exact[0] if exact else same[0] if len(same) == 1 else None
            if found is None:
                found = _Person(set())
                people.append(found)
            owner[index] = found
            found.take(mention)
        # 3. partial mentions, then initials (once every name they may abbreviate is known)
        families: dict[str, _Person] = {}
        for index, mention in enumerate(mentions):
            if index not in owner and not mention.initials_key:
                owner[index] = self._by_word(people, mention, families)
                owner[index].take(mention)
        self._by_initials(people, mentions, owner, families)
        _merge_titled_parents(people, owner)
        return self._labelled(mentions, owner)

    @staticmethod
    def _by_word(people: list[_Person], mention: Mention, families: dict[str, _Person]) -> _Person:
        words = mention.words
        word = next(iter(words)) if len(words) == 1 else ""
        if word.endswith("s") and mention.surface.islower() and not any(word in p.words for p in people):
            word = word[:-1]  # "tuğbas mum": a possessive typed without its apostrophe
        candidates = [p for p in people if word and word in p.words and _fits(p, mention, word)]
        if len(candidates) > 1 and mention.cues.adult:  # "Mrs Hughes": the adult among the Hugheses
            adults = [p for p in candidates if p.adult or p.role() in _ADULT_ROLES]
            candidates = adults or candidates
        if not candidates and word and mention.cues.greeted and not mention.cues.adult:
            # "Hi Nuala" after "To: N. Van der Merwe": the one person known only by that initial
            candidates = [p for p in people if not p.family and len(p.words) == 1 and word[0] in p.initials]
            candidates = candidates if len(candidates) == 1 else []
        if len(candidates) > 1:
            return families.setdefault(word, _Person({word}, family=True))
        if candidates:
            return candidates[0]
        person = _Person(set())
        people.append(person)
        return person

    @staticmethod
    def _by_initials(people: list[_Person], mentions: Sequence[Mention], owner: dict[int, _Person],
                     families: dict[str, _Person]) -> None:
        """Initials ("JS", "J.S.") join the one person they abbreviate. Known by one name only ("Present:
        Caoimhin; Mr McGlinchey" then "CO said", "DMcG agreed"), they join the one person whose first name
        opens them or whose surname closes them (the longer the surname's part, the surer), never one whose
        first initial is known to be another; the surest are joined first, so each join narrows the next.
        Initials nobody's name explains are a person of their own, whom every mention of them joins."""
        pending = [i for i, m in enumerate(mentions) if i not in owner]
        sole = True  # first only initials that one person alone could be; then the likeliest of several
        while pending:
            progress = False
            for index in list(pending):
                key = mentions[index].initials_key
                assert key is not None
                person = _initials_owner(people, key, families, sole=sole)
                if person is not None:
                    owner[index] = person
                    person.take(mentions[index])
                    pending.remove(index)
                    progress = True
            if not progress and not sole:
                break
            sole = progress
        by_key: dict[str, _Person] = {}
        for index in pending:
            key = mentions[index].initials_key
            assert key is not None
            person = by_key.get(key) or next((p for p in by_key.values() if key in p.initial_forms), None)
            if person is None:
                person = by_key[key] = _Person(set())
                # "GMT" is also written "G.T.", "KAÓS" "K.Ó.S.": without a middle initial, or only first and last
                person.initial_forms |= {key[:i] + key[i + 1 :] for i in range(1, len(key) - 1)} if len(key) > 2 else set()
                people.append(person)
            owner[index] = person
            person.take(mentions[index])

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
