"""What a column header or a form label names: the vocabulary of UK registers, exports and forms.

A header cell is normalised before it is looked up: case and surrounding punctuation go, dots vanish
("D.O.B." -> "dob", "NHS No." -> "nhs no"), underscores and camel case become spaces ("date_of_birth",
"firstName"), a bracketed hint is dropped ("Forename(s)", "DOB (dd/mm/yyyy)"). It may be qualified by
whose value it holds ("Child's surname", "Parent/carer phone", "pupil first name"); the qualifier
tells two people's name parts apart in one row or record. Kinds:

- ``SURNAME``, ``FORENAME``: parts of one person's name (a row's or record's parts are one person);
- ``PERSON``: a whole name; ``DATE_OF_BIRTH``, ``ADDRESS``, ``LOCATION`` (town), ``SCHOOL`` and the
  identifiers (``UPN``, ``ULN``, ``NHS_NUMBER``, ``NI_NUMBER``, ``POSTCODE``, ``PHONE``, ``EMAIL``,
  ``CASE_REF``): the cell is that, whatever it looks like;
- ``OTHER``: a column that holds no identifier (year group, need, review date, sex).
"""

from __future__ import annotations

from functools import lru_cache

import regex

__all__ = ["IDENTIFYING", "NAME_PARTS", "column_owner", "header_kind", "qualifier_of"]

_VOCABULARY: dict[str, tuple[str, ...]] = {
    "SURNAME": ("surname", "last name", "lastname", "family name", "legal surname", "surname at birth",
                "second name", "sname"),
    "FORENAME": ("forename", "forenames", "first name", "first names", "firstname", "given name", "given names",
                 "preferred name", "preferred forename", "known as", "middle name", "middle names", "other names",
                 "christian name", "fname", "legal forename"),
    "PERSON": ("name", "names", "full name", "fullname", "pupil", "pupil name", "child", "child name", "learner",
               "learner name", "student", "student name", "young person", "yp", "cyp", "parent", "parent name",
               "parent/carer", "parent carer", "carer", "carer name", "contact", "contact name", "mother", "father",
               "mum", "dad", "guardian", "keyworker", "key worker", "caseworker", "case worker", "client",
               "client name", "service user", "patient", "patient name", "applicant", "appellant", "sibling",
               "siblings", "emergency contact", "next of kin", "referrer", "referred by", "person", "individual",
               "pupil/student", "child/young person", "name of child", "name of young person", "name of pupil",
               "name of parent", "name of parent/carer", "surname, forename",
               "name (surname, forename)", "lead professional", "social worker", "allocated worker", "worker",
               "consultant"),
    "DATE_OF_BIRTH": ("dob", "date of birth", "birth date", "birthdate", "born", "dob/age", "d o b", "birth",
                      "date born", "birthday", "birth dt", "b'day", "bday", "date of birth/age", "d/o/b",
                      "date and place of birth", "place and date of birth",
                      # other languages' column names: Welsh, Irish, German, French, Spanish, Italian, Portuguese,
                      # Polish, Dutch, Turkish
                      "dyddiad geni", "dáta breithe", "data breithe", "geburtsdatum", "geb datum", "date de naissance",
                      "fecha de nacimiento", "data di nascita", "data de nascimento", "data urodzenia",
                      "geboortedatum", "doğum tarihi",
                      # and the labels of the birth recognizer's other languages (round 3)
                      "dates of birth", "datum rođenja", "datum rodjenja", "dátum narodenia", "datum narození",
                      "data de naștere", "data nașterii", "дата рождения", "дата народження", "gimimo data",
                      "születési dátum", "ngày sinh", "tarikh lahir", "تاريخ الميلاد"),
    "SCHOOL": ("school", "setting", "establishment", "school/setting", "current school", "provider", "college",
               "nursery", "placement", "school name", "current setting", "education setting", "academy",
               "learning provider", "educational setting", "name of school", "school attended", "previous school"),
    "UPN": ("upn", "pupil no", "pupil number", "unique pupil number"),
    "ULN": ("uln", "learner number", "unique learner number"),
    "NHS_NUMBER": ("nhs", "nhs no", "nhs number", "nhs num", "nhsno", "nhs id"),
    "NI_NUMBER": ("ni", "ni no", "ni number", "nino", "national insurance", "national insurance number",
                  "national insurance no", "ni num"),
    "POSTCODE": ("postcode", "post code", "pcode", "post-code"),
    "ADDRESS": ("address", "home address", "address line 1", "address 1", "addr", "street", "address line",
                "current address", "home address line 1", "street address", "house", "house number"),
    "LOCATION": ("town", "city", "village", "town/city", "locality"),
    "PHONE": ("tel", "telephone", "phone", "mobile", "contact number", "tel no", "phone number", "mobile number",
              "home phone", "contact tel", "telephone number", "mob", "home tel", "work phone", "contact phone"),
    "EMAIL": ("email", "e-mail", "email address", "e-mail address", "contact email"),
    "CASE_REF": ("ref", "reference", "case id", "case ref", "id", "case no", "la ref", "hosp no", "hospital number",
                 "hospital no", "mrn", "case number", "record id", "our ref", "file ref", "ehc ref", "mis id",
                 "crn", "case reference", "ref no", "reference number", "child id", "pupil id", "ehcp ref"),
    "OTHER": ("year", "yr", "nc year", "nc yr", "yr grp", "year group", "class", "gender", "sex", "need",
              "primary need", "secondary need", "sen type", "sen status", "status", "ethnicity", "eal", "fsm", "pp",
              "notes", "comments", "comment", "review date", "date", "due", "type", "reason", "outcome", "lac",
              "cla", "attendance", "age", "key stage", "ks", "group", "date of referral", "referral date", "ehcp",
              "sen", "plan", "sen support", "provision", "hours", "funding", "band", "tutor group", "form", "m/f",
              "relationship", "language", "first language", "religion", "nationality", "action", "actions",
              "owner", "deadline", "meeting date", "date of meeting", "date of plan", "next review", "last review",
              "issue date", "date issued", "start date", "end date", "date received", "la", "local authority",
              "phase", "category", "priority", "risk", "consent", "date of consent", "updated", "last updated",
              "created", "no", "#", "number", "count", "total", "term", "role", "job title", "organisation",
              "agency", "service", "team", "diagnosis", "medication", "allergies", "support", "attendance %",
              "exclusions", "interventions", "description", "detail", "details", "summary", "cohort", "sen need",
              "ar", "ar due", "ar date", "annual review", "annual review due", "review due", "next ar", "last ar"),
}
_KIND_OF = {name: kind for kind, names in _VOCABULARY.items() for name in names}
IDENTIFYING = frozenset(_VOCABULARY) - {"OTHER"}
NAME_PARTS = frozenset({"SURNAME", "FORENAME"})
# Whose value it is: "child's surname", "parent/carer phone", "mother's first name", "pupil dob".
_QUALIFIERS = (r"child|pupil|learner|student|young[ ]person|yp|cyp|parent|carer|parent/carer|parent[ ]carer|mother"
               r"|father|mum|dad|guardian|sibling|contact|emergency[ ]contact|referrer|patient|client|applicant|person"
               r"|parent[ ]?1|parent[ ]?2|carer[ ]?1|carer[ ]?2")
_QUALIFIED = regex.compile(rf"(?P<who>{_QUALIFIERS})(?:['’]s|s['’]|s)?[ ](?P<base>.+)|(?P<base2>.+?)[ ]of[ ](?:the[ ])?(?P<who2>{_QUALIFIERS})")
# camel case, capitals run into a word included: "firstName", "NINumber" -> "NI Number", "FundingLA".
_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{Ll}{2})(?=\p{Lu}{2,}$)")
# An export's own reference column ("LearnRefNumber", "Mosaic ID", "Claim ref"): whatever names it, a column
# whose name ends in a reference word holds a record's number.
_REFERENCE_COLUMN = regex.compile(r"[\p{L} /]{2,30}[ ](?:ref|reference|ref number|ref no|reference number|id|id number)")
# A register's own name heads its number's column ("Mosaic", "RiO no", "PNC"), and so does what a register
# numbers with "no"/"number" after it ("Claim no", "Student number", "DBS cert no", "PO number").
_REGISTER_COLUMN = regex.compile(
    r"(?:mosaic|lcs|ehm|rio|pnc|cad|mrn|dbs|payroll|po|liquidlogic|carefirst|eclipse|controcc)"
    r"(?:[ ](?:no|num|number|id|ref|cert|cert no|certificate|certificate no|certificate number))?"
    r"|(?:claim|appeal|student|staff|employee|payroll|dbs|dbs cert|dbs certificate|po|purchase order|order|job"
    r"|invoice|incident|crime|log|hospital|hosp|unit|patient|tribunal|case|file|application|client|person|system"
    r"|certificate|cert|complaint|ticket|booking|tenancy|member|membership|customer)[ ](?:no|num|number|nos)"
    # other countries' personal numbers and identity papers ("PPS", "PESEL", "Passport no", "National ID")
    r"|(?:ppsn?|pesel|nie|dni|nif|bsn|cnp|personnummer|national[ ]id)(?:[ ](?:no|num|number|code|id))?"
    r"|(?:personal|id|passport|identity[ ]card|id[ ]card)[ ](?:no|num|number|code|id)"
)
_BRACKET = regex.compile(r"[ ]*\([^)]*\)[ ]*$")
_NOISE = regex.compile(r"[*#:\"'`=]+$|^[*#\"'`]+")


def _normalised(name: str) -> str:
    name = _CAMEL.sub(" ", name.strip())
    name = name.replace("_", " ").replace(".", " ").casefold()
    name = _NOISE.sub("", name.strip())
    if name != "forename(s)" and "(" in name:
        name = _BRACKET.sub("", name) or name
    name = name.replace("forename(s)", "forenames").replace("name(s)", "names")
    name = " ".join(name.split())
    return "dob" if name == "d o b" else name


_BORN_ABBREVIATED = regex.compile(r"[ \t\"']*[bB]\.[ \t\"']*")


@lru_cache(maxsize=4096)
def header_kind(name: str, *, qualified: bool = True) -> str | None:
    """The kind of value a header cell or form label names, or ``None`` when it names nothing we know;
    ``qualified=False`` takes only the vocabulary's own names (for headers flattened to single spaces, where
    "learner pupil no" must read as two columns, not a learner's pupil)."""
    normal = _normalised(name)
    if not normal or len(normal) > 40:
        return None
    if _BORN_ABBREVIATED.fullmatch(name) is not None:
        return "DATE_OF_BIRTH"  # "Name | b. | Review": genealogy's and registers' "b." (born) heads the births
    if normal in _KIND_OF:
        return _KIND_OF[normal]
    if _REGISTER_COLUMN.fullmatch(normal):
        return "CASE_REF"
    if not qualified:
        return None
    match = _QUALIFIED.fullmatch(normal)
    if match is not None:
        base = match["base"] or match["base2"]
        kind = _KIND_OF.get(base)
        if kind is None and base in ("name", "full name", "names"):
            return "PERSON"
        return kind
    if _REFERENCE_COLUMN.fullmatch(normal):
        return "CASE_REF"
    return None


def qualifier_of(name: str) -> str:
    """Whose value a label holds ("child's surname" -> "child"; "" when unqualified)."""
    qualified = _QUALIFIED.fullmatch(_normalised(name))
    if qualified is None:
        return ""
    return (qualified["who"] or qualified["who2"] or "").replace(" ", "")


_CHILD = frozenset({"child", "pupil", "learner", "student", "young person", "yp", "cyp", "patient", "pupil name",
                    "child name", "learner name", "student name", "name of child", "name of young person",
                    "name of pupil", "child/young person", "pupil/student", "youngperson"})
_ADULT = frozenset({"parent", "carer", "parent/carer", "parent carer", "parentcarer", "mother", "father", "mum",
                    "dad", "guardian", "contact", "emergency contact", "emergencycontact", "referrer", "applicant",
                    "parent name", "carer name", "parent1", "parent2", "carer1", "carer2", "name of parent",
                    "name of parent/carer", "next of kin", "keyworker", "key worker", "caseworker", "case worker",
                    "social worker", "lead professional", "allocated worker", "appellant", "contact name", "worker",
                    "consultant"})


def column_owner(name: str) -> str | None:
    """Whose name a column or label holds: "child" ("Pupil", "Child's surname"), "adult" ("Parent/carer
    name", "Mother's forename", "Keyworker"), or ``None`` when it does not say."""
    normal = _normalised(name)
    who = qualifier_of(name)
    if normal in _CHILD or who in _CHILD:
        return "child"
    if normal in _ADULT or who in _ADULT:
        return "adult"
    return None
