"""A fictional family and the people around it, drawn from the corpus pools; the case record it
yields is what the vault would hold as the case's known identifiers."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from benchmarks.text_corpus import identifiers as ids
from benchmarks.text_corpus import pools

__all__ = ["Case", "Person", "make_case"]

_STREET_TYPES = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent", "Gardens", "Terrace", "Grove", "Way", "Court"]
_SCHOOL_FORMS = ["{s} Primary School", "{s} Academy", "{s} Community Primary School", "{s} Infant School",
                 "{s} High School", "{s} Special School", "St {saint}'s C of E Primary School",
                 "St {saint}'s RC Primary School", "Little {s} Nursery", "{s} Junior School", "{s} Community College"]


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    title: str
    role: str  # child, mother, father, teacher, senco, officer, doctor, psychologist, sibling
    middle: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def whole(self) -> str:
        """The name as a form records it, middle name included."""
        return f"{self.first} {self.middle} {self.last}" if self.middle else self.full


@dataclass
class Case:
    child: Person
    sibling: Person
    mother: Person
    father: Person
    teacher: Person
    senco: Person
    officer: Person
    doctor: Person
    psychologist: Person
    school: str
    school_short: str
    school_domain: str
    street: str
    town: str
    postcode: str
    phone: str
    phone2: str
    email: str
    dob: dt.date
    nhs: str
    ni: str
    upn: str
    uln: str
    ref: str
    tribunal_ref: str
    la: str
    school_street: str = ""
    school_postcode: str = ""
    hospital_no: str = ""
    dfe: str = ""
    office: str = ""  # a professional's business address ("Unit 3, Conway Park Business Centre")
    others: list[Person] = field(default_factory=list)  # people outside the family: attendees, classmates
    extra: dict[str, str] = field(default_factory=dict)

    def known(self) -> dict[str, list[str]]:
        """The case record: what the vault knows about the family (not the professionals)."""
        return {
            "PERSON:child": [self.child.whole],
            "PERSON:parent": [self.mother.full, self.father.full],
            "PERSON": [self.sibling.full],
            "ADDRESS": [f"{self.street}, {self.town}"],
            "POSTCODE": [self.postcode],
            "PHONE": [self.phone],
            "EMAIL": [self.email],
            "SCHOOL": [self.school],
            "DATE_OF_BIRTH": [self.dob.isoformat()],
            "NHS_NUMBER": [self.nhs],
            "UPN": [self.upn],
            "ULN": [self.uln],
            "NI_NUMBER": [self.ni],
            "CASE_REF": [self.ref],
        }


def _person(rng: random.Random, role: str, *, last: str | None = None, female: bool | None = None,
            used: set[str] | None = None) -> Person:
    """One person; ``used`` holds the names already given in this case, so two unrelated people never
    share a first name or a surname by accident (the family shares its surname on purpose)."""
    used = set() if used is None else used
    female = rng.random() < 0.5 if female is None else female
    first = rng.choice([n for n in (pools.FEMALE if female else pools.MALE) if n not in used])
    title = rng.choice(["Mrs", "Ms", "Miss"]) if female else "Mr"
    if role in ("doctor", "psychologist"):
        title = "Dr"
    last = last or rng.choice([n for n in pools.SURNAMES if n not in used])
    used.update((first, last))
    middle = rng.choice(pools.MIDDLE) if role == "child" and rng.random() < 0.3 else ""
    return Person(first, last, title, role, middle)


def _street(rng: random.Random) -> str:
    """A home address line in one of the shapes UK addresses take (number, flat, building, house name)."""
    road = f"{rng.choice(pools.STREET_STEMS)} {rng.choice(_STREET_TYPES)}"
    number = rng.choice([str(rng.randint(1, 180)), f"{rng.randint(1, 60)}{rng.choice('AB')}"])
    shape = rng.random()
    if shape < 0.55:
        return f"{number} {road}"
    if shape < 0.68:
        return f"Flat {rng.randint(1, 12)}, {number} {road}"
    if shape < 0.76:
        return f"Flat {rng.randint(0, 3)}/{rng.randint(1, 3)}, {number} {road}"
    if shape < 0.86:
        return f"Flat {rng.randint(1, 20)}{rng.choice(['', 'a', 'b'])} {rng.choice(pools.BUILDINGS)} Court, {road}"
    if shape < 0.93:
        return f"{rng.choice(pools.HOUSE_NAMES)}, {road}"
    return f"{rng.randint(1, 90)} {rng.choice(pools.BUILDINGS)} House, {road}"


def _others(rng: random.Random, used: set[str], count: int) -> list[Person]:
    """People outside the family, with names no one else in the case has."""
    out = []
    for _ in range(count):
        first = rng.choice([n for n in pools.EXTRA_FIRST + pools.FEMALE + pools.MALE if n not in used])
        last = rng.choice([n for n in pools.EXTRA_SURNAMES + pools.SURNAMES if n not in used])
        used.update((first, last))
        out.append(Person(first, last, rng.choice(["Mrs", "Ms", "Mr", "Dr", "Miss"]), "other"))
    return out


def make_case(rng: random.Random) -> Case:
    family = rng.choice(pools.SURNAMES)
    used = {family}
    child = _person(rng, "child", last=family, used=used)
    stem = rng.choice(pools.SCHOOL_STEMS)
    school = rng.choice(_SCHOOL_FORMS).format(s=stem, saint=rng.choice(pools.SAINTS))
    short = school.split(" Primary")[0].split(" Academy")[0].split(" C of E")[0].split(" RC")[0]
    short = short.replace(" Infant School", "").replace(" High School", "").replace(" Special School", "")
    short = short.replace(" Junior School", "").replace(" Community College", "").replace(" Nursery", "")
    domain = stem.lower().replace(" ", "") + rng.choice([".sch.uk", ".cumbria.sch.uk", "-academy.org.uk", ".northants.sch.uk"])
    mother = _person(rng, "mother", last=family if rng.random() < 0.7 else None, female=True, used=used)
    father = _person(rng, "father", last=family, female=False, used=used)
    street = _street(rng)
    email_user = rng.choice([f"{mother.first}.{mother.last}", f"{mother.first[0]}{mother.last}{rng.randint(70, 99)}",
                             f"{mother.first}_{family}", f"{father.first}.{family}{rng.randint(1, 9)}"]).lower()
    email_user = email_user.replace(" ", "").replace("'", "")
    email = f"{email_user}@{rng.choice(['gmail.com', 'hotmail.co.uk', 'outlook.com', 'btinternet.com', 'yahoo.co.uk'])}"
    sibling = _person(rng, "sibling", last=family, used=used)
    staff = {role: _person(rng, role, used=used) for role in ("teacher", "senco", "officer", "doctor", "psychologist")}
    return Case(
        child=child,
        sibling=sibling,
        mother=mother,
        father=father,
        teacher=staff["teacher"],
        senco=staff["senco"],
        officer=staff["officer"],
        doctor=staff["doctor"],
        psychologist=staff["psychologist"],
        school=school,
        school_short=short,
        school_domain=domain,
        street=street,
        town=rng.choice(pools.TOWNS),
        postcode=ids.postcode(rng, spaced=rng.random() < 0.85),
        phone=ids.phone(rng),
        phone2=ids.phone(rng),
        email=email.encode("ascii", "ignore").decode(),
        dob=dt.date(rng.randint(2008, 2021), rng.randint(1, 12), rng.randint(1, 28)),
        nhs=ids.nhs_number(rng),
        ni=ids.ni_number(rng),
        upn=ids.upn(rng),
        uln=ids.uln(rng),
        ref=ids.case_ref(rng),
        tribunal_ref=f"EH{rng.randint(100, 999)}/{rng.randint(19, 25)}/{rng.randint(0, 99999):05d}",
        la=rng.choice(pools.LA_NAMES),
        school_street=f"{rng.choice(pools.STREET_STEMS)} {rng.choice(['Road', 'Lane', 'Street', 'Avenue'])}",
        school_postcode=ids.postcode(rng),
        hospital_no=ids.hospital_number(rng),
        dfe=ids.dfe_number(rng),
        office=f"Unit {rng.randint(1, 30)}, {rng.choice(pools.BUSINESS_PARKS)}",
        others=_others(rng, used, 8),
    )
