"""The ways one case's identifiers are written in a document, as labelled segments."""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.text_corpus import pools
from benchmarks.text_corpus.case import Case, Person
from benchmarks.text_corpus.exports import export_fields
from benchmarks.text_corpus.formats import abbreviated, date_text
from benchmarks.text_corpus.render import Segment
from benchmarks.text_corpus.rows import minutes_fields, register

__all__ = ["fields_for", "initials"]

_KNOWN_PEOPLE = {"child", "mother", "father", "sibling"}
_date = date_text


def initials(p: Person, rng: random.Random) -> str:
    """Initials as minutes write them: "JP", "BMcC" (McCann), "LVdM" (van der Merwe), "AMB" (Mensah-Bonsu)."""
    parts = [p.first, *([p.middle] if p.middle and rng.random() < 0.5 else [])]
    out = "".join(w[0] for w in parts)
    for word in p.last.replace("-", " ").split():
        if word.startswith(("Mc", "Mac")) and len(word) > 3 and word[2 if word.startswith("Mc") else 3].isupper():
            out += word[: word.index(next(c for c in word[1:] if c.isupper())) + 1]
        elif word[:1].islower() or word in ("Van", "De", "Dos", "Ní", "Ó"):
            out += word[0] if rng.random() < 0.5 else word[0].upper()
        else:
            out += word[0]
    return out.upper() if rng.random() < 0.15 and len(out) < 4 else out


def _person_forms(key: str, p: Person, rng: random.Random) -> dict[str, list[Segment]]:
    entity = p.role if p.role in _KNOWN_PEOPLE else None
    def seg(text: str) -> Segment:
        return Segment(text, "PERSON", entity, key)
    dotted = "".join(f"{c}." for c in initials(p, rng) if c.isupper())
    return {
        f"{key}.whole": [seg(p.whole)],
        f"{key}.last.caps": [seg(p.last.upper())],
        f"{key}.surinit": [seg(f"{p.last.upper()} {p.first[0]}")],
        f"{key}.initials": [seg(initials(p, rng))],
        f"{key}.dotted": [seg(dotted)],
        f"{key}.lower": [seg(p.full.lower())],
        f"{key}.first.lower": [seg(p.first.lower())],
        f"{key}.capsfirst": [seg(f"{p.last.upper()} {p.first}")],
        f"{key}.lastfirst": [seg(f"{p.last}, {p.first}")],
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
        f.update(_person_forms(key, getattr(case, key), rng))
    for index, other in enumerate(case.others):
        f.update(_person_forms(f"other{index}", other, rng))
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
    f["addr.abbr"] = [Segment(abbreviated(case.street), "ADDRESS", "address")]
    f["addr.caps"] = [Segment(rng.choice([case.street, abbreviated(case.street)]).upper(), "ADDRESS", "address")]
    f["addr.road"] = [Segment(case.street.rsplit(", ", 1)[-1].lstrip("0123456789AB "), "ADDRESS", "address")]
    f["town"] = [Segment(case.town, "LOCATION", "address")]
    f["postcode"] = [Segment(case.postcode, "POSTCODE", "postcode")]
    f["addr"] = f["addr.street"] + [Segment(", ")] + f["town"] + [Segment(" ")] + f["postcode"]
    f["addr.block"] = f["addr.street"] + [Segment("\n")] + f["town"] + [Segment("\n")] + f["postcode"]
    # An address field that runs on over the next lines, indented under its value.
    pad = "\n" + " " * rng.choice([0, 4, 9, 15])
    f["addr.multi"] = []
    for part in case.street.split(", "):
        f["addr.multi"] += [Segment(part, "ADDRESS", "address"), Segment("," + pad)]
    f["addr.multi"] += f["town"] + [Segment(pad)] + f["postcode"]
    f["town.caps"] = [Segment(case.town.upper(), "LOCATION", "address")]
    f["office"] = [Segment(case.office, "ADDRESS"), Segment(", "), Segment(rng.choice(pools.TOWNS), "LOCATION")]
    f["hosp"] = [Segment(case.hospital_no, "CASE_REF")]
    f["dfe"] = [Segment(case.dfe, "SCHOOL")]
    f["phone"] = [Segment(case.phone, "PHONE", "phone")]
    f["phone2"] = [Segment(case.phone2, "PHONE")]
    f["email"] = [Segment(case.email, "EMAIL", "email")]
    f["dob"] = [Segment(_date(case.dob, rng), "DATE_OF_BIRTH", "dob")]
    f["dob2"] = [Segment(_date(case.dob, rng), "DATE_OF_BIRTH", "dob")]
    cue = rng.choice(["DOB ", "D.O.B. ", "d.o.b ", "born ", "Date of birth: ", "Birth date ", "DoB: ", "b. "])
    f["dob.label"] = [Segment(cue)] + f["dob2"]
    sibling_born = dt.date(case.dob.year + rng.choice([-3, -2, 2, 3]), rng.randint(1, 12), rng.randint(1, 28))
    f["sibling.dob"] = [Segment(_date(sibling_born, rng), "DATE_OF_BIRTH")]
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
    f.update(minutes_fields(case, rng, lambda key: f[f"{key}.initials"]))
    f["register"] = register(case, rng)
    f.update(export_fields(case, rng))
    f["money"] = [Segment(f"£{rng.randint(1, 40)},{rng.randint(100, 999)}", "NEG")]
    f["page"] = [Segment(f"Page {rng.randint(1, 3)} of {rng.randint(4, 9)}", "NEG")]
    f["age"] = [Segment(str(2024 - case.dob.year))]
    f["year"] = [Segment(str(max(1, min(11, 2024 - case.dob.year - 5))))]
    return f


def _male_names() -> set[str]:
    from benchmarks.text_corpus import pools
    return set(pools.MALE)
