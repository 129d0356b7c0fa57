"""The ways one case's identifiers are written in a document, as labelled segments."""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.text_corpus.case import Case, Person
from benchmarks.text_corpus.render import Segment

__all__ = ["fields_for"]

_KNOWN_PEOPLE = {"child", "mother", "father", "sibling"}


def _date(day: dt.date, rng: random.Random) -> str:
    return rng.choice([
        day.strftime("%d/%m/%Y"), day.strftime("%d.%m.%Y"), f"{day.day} {day.strftime('%B %Y')}",
        f"{day.day}{_suffix(day.day)} {day.strftime('%B %Y')}", day.isoformat(), day.strftime("%d %b %Y"),
        f"{day.strftime('%B')} {day.day}, {day.year}", day.strftime("%d/%m/%y"),
    ])


def _suffix(day: int) -> str:
    return "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _person_forms(key: str, p: Person) -> dict[str, list[Segment]]:
    entity = p.role if p.role in _KNOWN_PEOPLE else None
    def seg(text: str) -> Segment:
        return Segment(text, "PERSON", entity, key)
    return {
        key: [seg(p.full)],
        f"{key}.first": [seg(p.first)],
        f"{key}.last": [seg(p.last)],
        f"{key}.title": [Segment(p.title + " "), seg(p.last)],
        f"{key}.tfull": [Segment(p.title + " "), seg(p.full)],
        f"{key}.poss": [seg(p.first), Segment("'s")],
        f"{key}.caps": [seg(p.full.upper())],
        f"{key}.reg": [seg(f"{p.last.upper()}, {p.first}")],
        f"{key}.init": [seg(f"{p.first[0]}. {p.last}")],
        f"{key}.lastposs": [Segment(p.title + " "), seg(p.last), Segment("'s")],
        f"{key}.mid": [seg(f"{p.first} {_middle(p)}. {p.last}")],
        f"{key}.email": [Segment(_email(p), "EMAIL")],
    }


def _middle(p: Person) -> str:
    return "JKMRT"[len(p.first) % 5]


def _email(p: Person) -> str:
    user = f"{p.first}.{p.last}".lower().replace(" ", "").replace("'", "")
    return f"{user}@council.example.gov.uk".encode("ascii", "ignore").decode()


def fields_for(case: Case, rng: random.Random) -> dict[str, list[Segment]]:
    f: dict[str, list[Segment]] = {}
    for key in ("child", "sibling", "mother", "father", "teacher", "senco", "officer", "doctor", "psychologist"):
        f.update(_person_forms(key, getattr(case, key)))
    he = "he" if case.child.first in _male_names() else "she"
    f["he"] = [Segment(he)]
    f["He"] = [Segment(he.capitalize())]
    f["his"] = [Segment("his" if he == "he" else "her")]
    f["him"] = [Segment("him" if he == "he" else "her")]
    f["His"] = [Segment("His" if he == "he" else "Her")]
    f["son"] = [Segment("son" if he == "he" else "daughter")]
    f["school"] = [Segment(case.school, "SCHOOL", "school")]
    f["school.short"] = [Segment(case.school_short, "SCHOOL", "school")]
    f["school.email"] = [Segment(f"{case.senco.first[0].lower()}.{case.senco.last.lower().replace(' ', '').replace(chr(39), '')}@{case.school_domain}".encode("ascii", "ignore").decode(), "EMAIL")]
    f["school.office"] = [Segment(f"office@{case.school_domain}", "EMAIL")]
    f["addr.street"] = [Segment(case.street, "ADDRESS", "address")]
    f["town"] = [Segment(case.town, "LOCATION", "address")]
    f["postcode"] = [Segment(case.postcode, "POSTCODE", "postcode")]
    f["addr"] = f["addr.street"] + [Segment(", ")] + f["town"] + [Segment(" ")] + f["postcode"]
    f["addr.block"] = f["addr.street"] + [Segment("\n")] + f["town"] + [Segment("\n")] + f["postcode"]
    f["phone"] = [Segment(case.phone, "PHONE", "phone")]
    f["phone2"] = [Segment(case.phone2, "PHONE")]
    f["email"] = [Segment(case.email, "EMAIL", "email")]
    f["dob"] = [Segment(_date(case.dob, rng), "DATE_OF_BIRTH", "dob")]
    f["nhs"] = [Segment(case.nhs, "NHS_NUMBER", "nhs")]
    f["ni"] = [Segment(case.ni, "NI_NUMBER", "ni")]
    f["upn"] = [Segment(case.upn, "UPN", "upn")]
    f["uln"] = [Segment(case.uln, "ULN", "uln")]
    f["school.addr"] = [Segment(case.school_street, "ADDRESS"), Segment(", "), Segment(case.town, "LOCATION", "address"),
                        Segment(" "), Segment(case.school_postcode, "POSTCODE")]
    f["ref"] = [Segment(case.ref, "CASE_REF", "ref")]
    f["tribunal_ref"] = [Segment(case.tribunal_ref, "CASE_REF")]
    f["la"] = [Segment(case.la, "NEUTRAL")]
    meeting = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randint(0, 500))
    for i in range(3):
        f[f"date{i}"] = [Segment(_date(meeting + dt.timedelta(days=rng.randint(1, 90) * (i + 1)), rng), "NEG")]
    f["money"] = [Segment(f"£{rng.randint(1, 40)},{rng.randint(100, 999)}", "NEG")]
    f["page"] = [Segment(f"Page {rng.randint(1, 3)} of {rng.randint(4, 9)}", "NEG")]
    f["age"] = [Segment(str(2024 - case.dob.year))]
    f["year"] = [Segment(str(max(1, min(11, 2024 - case.dob.year - 5))))]
    return f


def _male_names() -> set[str]:
    from benchmarks.text_corpus import pools
    return set(pools.MALE)
