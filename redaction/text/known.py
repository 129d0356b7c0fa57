"""The case's own known identifiers, found in every variant, whatever the model says.

``known`` maps a span type to the case record's strings, e.g. ``{"PERSON": ["Ella Hughes"],
"PHONE": ["07700 900123"]}``. A key may carry a role after a colon (``"PERSON:child"``), which the
anonymiser uses for its labels ("Child 1"). Each string expands to the ways case notes write it:

- names: full, "Hughes, Ella", "HUGHES, Ella", "E. Hughes", "E Hughes", "Ella H", "HUGHES E", initials
  as minutes write them ("EH", "E.H.", "AMB" for Akosua Mensah-Bonsu, "BMcC" for Bernie McCann; never
  an acronym such as "LA"), first name alone, surname alone, nicknames of common given names, any case,
  with or without accents ("Yıldız", "YILDIZ", "Yildiz") and apostrophes ("O'Halloran", "OHalloran"),
  hyphen or space ("Mensah-Bonsu", "Mensah Bonsu") (a name that is also an English word alone only when
  written as a name, or in a lower-case text), with a title before and a possessive after;
- phone numbers, NHS numbers, ULNs, NI numbers, UPNs, references: the same characters in any spacing
  (``+44 (0)7700-900-123``), postcodes with or without the space;
- addresses: the whole line and each part ("15 Abbey Road", "Abbey Road", "Barrow in Furness"), with
  street and building words written in full or abbreviated ("Rd", "St", "Ave", "Ct", "Hse"), any case;
- dates of birth: any layout of the same day (dates are compared, not strings).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from redaction.spans import SPAN_TYPES, Span
from redaction.text.date_words import find_date_words, ocr_digits
from redaction.text.dates import DATE_SPACED_REGEX, MONTHS, parse_date
from redaction.text.english import is_common_word, is_english_word
from redaction.text.errors import KnownIdentifierError
from redaction.text.known_forms import EVERYDAY_SHORT, RunTogether, WordForms, diminutives
from redaction.text.known_numbers import KnownNumbers, number_variants
from redaction.text.lexicons import (
    ACRONYMS,
    ENGLISH_WORD_NAMES,
    NICKNAMES,
    NOT_NAMES,
    NON_IDENTIFYING_PLACES,
    SCHOOL_GENERIC_WORDS,
    TITLES,
)
from redaction.text.names import TITLE, strip_possessive
from redaction.text.recognizers.initials import INITIALS_TOKEN, in_person_context
from redaction.text.recognizers.phone import national_digits
from redaction.text.recognizers.postcode import INWARD, OUTWARD
from redaction.text.written_forms import plain_form

__all__ = ["KnownEntry", "KnownMatcher", "parse_known"]

KnownMapping = Mapping[str, Sequence[str]]
_ALIASES = {"NAME": "PERSON", "NICKNAME": "PERSON", "DOB": "DATE_OF_BIRTH", "NHS": "NHS_NUMBER",
            "NI": "NI_NUMBER", "NINO": "NI_NUMBER", "REF": "CASE_REF", "TELEPHONE": "PHONE"}
# Street and building words and their usual short forms, matched either way ("Abbey Rd" for "Abbey Road").
_STREET_FORMS = [("Road", "Rd"), ("Street", "St", "Str"), ("Avenue", "Ave", "Av"), ("Lane", "Ln"), ("Close", "Cl"),
                 ("Drive", "Dr"), ("Crescent", "Cres"), ("Gardens", "Gdns"), ("Square", "Sq"), ("Place", "Pl"),
                 ("Terrace", "Terr", "Tce"), ("Grove", "Gr", "Grv"), ("Court", "Ct"), ("House", "Hse"), ("Park", "Pk"),
                 ("Parade", "Pde"), ("Mount", "Mt"), ("Apartment", "Apt"), ("Saint", "St"), ("North", "N"),
                 ("South", "S"), ("East", "E"), ("West", "W"), ("Upper", "Upr"), ("Lower", "Lwr"),
                 ("Cottage", "Cott", "Cotts"), ("Cottages", "Cotts"), ("Buildings", "Bldgs"), ("Estate", "Est"),
                 ("Green", "Grn"), ("Heights", "Hts"), ("Yard", "Yd"), ("Walk", "Wlk"), ("Boulevard", "Blvd"),
                 ("Farm", "Fm"), ("Flat", "Flt")]
_STREET_WORD = {form.casefold(): forms for forms in _STREET_FORMS for form in forms}
_CAPITAL_PARTICLES = frozenset({"Ó", "Ní", "Nic", "Uí", "Ua", "Mac", "Van", "Von", "De", "Da", "Di", "Du", "Le", "La", "Al",
                                "El", "Dos", "Das", "Del", "Della", "Der", "Den", "Ter", "Ten", "Bin", "Binti", "Ibn"})
# Letters that lose their accent in capitals or plain typing ("Yıldız" -> "YILDIZ", "Yildiz").
_PLAIN = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "s"}
_SCHOOL_TYPE = {"School", "Academy", "Primary", "Nursery", "College", "Infants", "Infant", "Junior",
                "Juniors", "Secondary", "High", "Grammar", "C", "of", "E", "CE", "CofE", "RC", "and", "&"}


@dataclass(frozen=True, slots=True)
class KnownEntry:
    """One string of the case record: its span type, an optional role, and the value itself."""

    type: str
    value: str
    role: str | None = None

    @property
    def key(self) -> str:
        return f"{self.type}:{self.value.casefold()}"


def parse_known(known: KnownMapping | None) -> tuple[KnownEntry, ...]:
    """Validate the caller's mapping; a clear error names the bad key or value."""
    if not known:
        return ()
    if not isinstance(known, Mapping):
        raise KnownIdentifierError(f"known identifiers must be an object of lists, not {type(known).__name__}")
    entries = []
    for raw_key, values in known.items():
        if not isinstance(raw_key, str):
            raise KnownIdentifierError(f"known identifier type must be a string, not {raw_key!r}")
        kind, _, role = raw_key.partition(":")
        kind = _ALIASES.get(kind.strip().upper(), kind.strip().upper())
        if kind not in SPAN_TYPES:
            raise KnownIdentifierError(f"unknown known-identifier type {raw_key!r}; use one of {', '.join(SPAN_TYPES)}")
        if isinstance(values, str) or not isinstance(values, Sequence):
            raise KnownIdentifierError(f"known identifiers of {raw_key!r} must be a list of strings")
        for value in values:
            if not isinstance(value, str):
                raise KnownIdentifierError(f"known identifier of {raw_key!r} is not a string: {value!r}")
            if value.strip():
                entries.append(KnownEntry(kind, " ".join(value.split()), role.strip().lower() or None))
    return tuple(entries)


def _letter(ch: str) -> str:
    """One character as a regex that also matches its unaccented form and its other apostrophes."""
    if ch in "'’`":
        return r"(?:['’`]|[ ](?=\p{Lu}))?"  # "O'Connell", "OConnell", "O Connell"
    if ch == "-":
        return r"[\-\s]?"
    plain = _PLAIN.get(ch) or "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    if plain and plain != ch:
        return f"(?:{regex.escape(ch)}|{regex.escape(plain)})"
    return regex.escape(ch)


_GAP = r"(?:\s*-\s*|\s+)"  # between words: any whitespace (line breaks included) or a hyphen ("Heol-y-Nant")


def _literal(text: str) -> str:
    """``text`` as a regex: any run of spaces matches any whitespace (line breaks included) or a hyphen,
    accented letters match their plain forms, apostrophes any apostrophe or none, a hyphen a hyphen, a space
    or nothing."""
    return _GAP.join("".join(_letter(ch) for ch in part) for part in text.split())


def _address_literal(text: str) -> str:
    """An address with each street or building word in full or short form ("Rd" or "Road", "Rd."), and its
    parts joined by a comma, a line break or nothing ("14 Leighton Rd Kentish Town")."""
    words = []
    for word in text.split():
        bare = word.rstrip(",")
        forms = _STREET_WORD.get(bare.rstrip(".").casefold())
        words.append("(?:" + "|".join(f"{_literal(f)}\\.?" for f in forms) + ")" if forms else _literal(bare))
        if bare != word:
            words[-1] += r"\s*,?"
    return _GAP.join(words)


_PREFIXED = regex.compile(r"(?:Mc|Mac|O['’])(?=\p{Lu})|(?:mc|mac)(?=\p{Ll}{3})")


def _initial_letters(part: str) -> tuple[str, str, str]:
    """A name part's initial plain ("M"), styled ("McC") and split ("MC") for "McCann"; a lower-case part
    that opens with Mc or Mac ("mcallister") is read as McAllister."""
    prefix = _PREFIXED.match(part) if not part.islower() or part[:2] in ("mc", "ma") else None
    if prefix is None:
        return part[0].upper(), part[0] if not part.islower() else part[0], part[0].upper()
    head = part[: prefix.end()].replace("'", "").replace("’", "")
    head = head[:1].upper() + head[1:].lower()
    after = part[prefix.end()].upper()
    return part[0].upper(), head + after, part[0].upper() + after


def initials_of_name(words: list[str]) -> set[str]:
    """How minutes abbreviate a person: "Ella Hughes" -> EH, E.H.; "Akosua Mensah-Bonsu" -> AMB, AM, A.M.B.;
    "Bernie McCann" -> BMcC, BM, BMC; "Liesl van der Merwe" -> LVdM, LvdM, LM; "Hollie-Mae Donnelly-Prys" -> HMDP,
    HDP (a hyphenated first name gives one initial)."""
    parts = [p for w in words for p in w.split("-") if p]
    letters = [_initial_letters(p) for p in parts]
    # Where the surname starts ("Ciarán Seosamh Ó Súilleabháin": at Ó): initials may leave the middle names out.
    surname = next((i for i, w in enumerate(words[1:], 1) if w[:1].islower() or w in _CAPITAL_PARTICLES), len(words) - 1)
    surname_parts = len([p for w in words[surname:] for p in w.split("-") if p])
    plain = [p for p, _, _ in letters]
    styled = [s for _, s, _ in letters]
    split = [s for _, _, s in letters]
    forms = {"".join(plain), "".join(styled), "".join(split), plain[0] + plain[-1], styled[0] + styled[-1]}
    forms |= {".".join(f) + "." for f in ("".join(plain), plain[0] + plain[-1], "".join(split))}
    first_parts = len([p for p in words[0].split("-") if p])
    if len(words) > 1 and len(parts) - surname_parts > 0:
        # "CÓS" for Ciarán Seosamh Ó Súilleabháin, "HDP" for Hollie-Mae Donnelly-Prys: one first initial, then the surname's
        forms |= {plain[0] + "".join(plain[-surname_parts:]), styled[0] + "".join(styled[-surname_parts:])}
        forms.add(".".join(plain[0] + "".join(plain[-surname_parts:])) + ".")
    if first_parts > 1 and len(parts) > first_parts:
        forms |= {plain[0] + "".join(plain[first_parts:]), styled[0] + "".join(styled[first_parts:])}
    capitals = [c for c in "".join(styled) if c.isupper()]  # "LVdM" dotted as "L.V.M.": the capitals only
    forms |= {"".join(capitals), ".".join(capitals) + "."}
    return {f for f in forms if len(f.replace(".", "")) >= 2}


def _guarded_initials(name: str) -> set[str]:
    words = [w for w in name.replace(",", " ").split() if w.rstrip(".") not in TITLES]
    return {f for f in initials_of_name(words) if _is_acronym(f)} if len(words) > 1 else set()


def _is_acronym(initials: str) -> bool:
    return initials.replace(".", "").upper() in ACRONYMS


def _word(text: str, *, any_case: bool) -> str:
    """A single-word variant: any case, or (for English-word names) only as a name is written."""
    if any_case:
        return f"(?i:{_literal(text)})"
    return f"(?:{_literal(text[:1].upper() + text[1:])}|{_literal(text.upper())})"


# A given name the record may leave out between first name and surname: a capitalised word or an initial.
_MIDDLE_NAME = (r"(?!(?:Year|Yr|DOB|NHS|UPN|ULN|School|Class|Age|Male|Female|Date|Tel|Mob|Address)(?![\p{L}]))"
                r"(?:\p{Lu}[\p{Ll}'’\-]+|\p{Lu}{2,}|\p{Lu}\.?)")


def _spaced(chars: str) -> str:
    return r"[\s\-./()]{0,4}".join(regex.escape(ch) for ch in chars)


# What a scan's OCR reads a character of a number as (and back): 0/O, 1/l/I, 5/S, 8/B, 2/Z.
_OCR_TWINS = {"0": "0Oo", "o": "0Oo", "1": "1lIi|", "l": "1lIi|", "i": "1lIi|", "5": "5Ss", "s": "5Ss",
              "8": "8B", "b": "8B", "2": "2Zz", "z": "2Zz", "6": "6bG", "9": "9gq"}


def _spaced_ocr(chars: str) -> str:
    """A record number in any spacing, each character also as OCR misreads it ("L879579515684" as
    "L8795795l5684", "B67O361518509")."""
    sep = r"[\s\-./()]{0,4}"
    return sep.join(f"[{regex.escape(_OCR_TWINS[ch.lower()])}]" if ch.lower() in _OCR_TWINS else regex.escape(ch)
                    for ch in chars)


def _email_variants(address: str) -> list[str]:
    """An e-mail as written, and re-spaced or spelt out against harvesting ("fran . dirollo @ gmail . com",
    "fran.dirollo at gmail dot com", "fran.dirollo[at]gmail.com")."""
    local, _, domain = address.partition("@")
    if not domain:
        return [f"(?i:{regex.escape(address)})"]
    at = r"(?:\s*@\s*|\s*[\[(]\s*at\s*[\])]\s*|\s+at\s+)"
    dot = r"(?:\s*\.\s*|\s*[\[(]\s*dot\s*[\])]\s*|\s+dot\s+)"
    def dotted(part: str) -> str:
        return dot.join(regex.escape(piece) for piece in part.split("."))
    # broken over a line anywhere, as a narrow column or a forwarded message wraps it ("aga.kacz⏎marczyk@...")
    wrapped = r"(?:[ \t]*\n[ \t>]*)?".join(regex.escape(ch) for ch in address)
    variants = [f"(?i:{regex.escape(address)})", f"(?i:{dotted(local)}{at}{dotted(domain)})", f"(?i:{wrapped})"]
    if len(local) >= 8 and regex.search(r"[.\d_\-]", local):
        # the address's own part alone, as a handle or a user name ("gosia.zawadzka84"): when no word is that
        variants.append(f"(?i:{regex.escape(local)})(?![@\\w])")
    return variants


def _person_variants(name: str, *, lower: bool = False) -> list[str]:
    words = [w for w in name.replace(",", " ").split() if w.rstrip(".") not in {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"}]
    if not words:
        return []
    first = words[0]
    # A surname may open with a particle: "de Souza", "van der Merwe", "al-Hashimi", "Ó Súilleabháin".
    particle = next((i for i, w in enumerate(words[1:], 1) if w[:1].islower() or w in _CAPITAL_PARTICLES), len(words) - 1)
    last = " ".join(words[particle:]) if len(words) > 1 else words[-1]
    middles = words[1:particle]
    firsts = [first, *NICKNAMES.get(first.casefold(), ()), *_short_forms(first), *diminutives(first)]
    variants = {f"(?i:{_literal(' '.join(words))})"}
    singles = {w for w in words if not w[:1].islower()} | set(firsts) | {last}
    for part in words:
        if "-" in part:
            singles.update(p for p in part.split("-") if len(p) > 2)
    if len(words) > 1:
        # A surname with a particle is also run together ("DiRollo" for "Di Rollo", "VanDerMerwe").
        joined = last.replace(" ", "") if " " in last else None
        if joined:
            variants.add(f"(?i:{_literal(first)}\\s+{_literal(joined)})")
            variants.add(_word(joined, any_case=True))
        # Middle names the record leaves out ("Adam Yasin Mahmoud", "Ciarán Seosamh O'Halloran"), and after a
        # register's "SURNAME, First" ("O'CONNOR, Aoife Bridget"): one or two capitalised words. One variant for
        # every form of the first name (the same matches as one each: the longest at a place wins), as the
        # middle-name words are half a record's pattern, and compiling it the most of a new record's cost.
        any_first = "(?i:(?:" + "|".join(dict.fromkeys(_literal(f) for f in firsts)) + "))"
        variants.add(f"{any_first}[ ]+(?:{_MIDDLE_NAME}[ ]+){{1,2}}(?i:{_literal(last)})")
        variants.add(f"(?i:{_literal(last)}),[ ]*{any_first}(?:[ ]+{_MIDDLE_NAME}){{1,2}}(?![\\p{{L}}])")
        for f in firsts:
            variants.add(f"(?i:{_literal(f + ' ' + last)})")
            variants.add(f"(?i:{_literal(last)},\\s*{_literal(f)})")
            variants.add(f"(?i:{_literal(f)}\\s+{regex.escape(last[0])}\\.?)(?![\\p{{L}}])")
            # "SZYMAŃSKA Łukasz": a register's surname first, without the comma
            variants.add(f"(?i:{_literal(last)}\\s+{_literal(f)})(?![\\p{{L}}])")
            for middle in middles:  # "Leo J. Whitfield"
                variants.add(f"(?i:{_literal(f)}\\s+{regex.escape(middle[0])}\\.?\\s+{_literal(last)})")
        if middles:  # every given name by its initial: "M. L. Bevan", "ML Bevan" for Mei Ling Bevan
            given = r"\s*".join(f"{regex.escape(w[0].upper())}\\." if i < len(middles) else f"{regex.escape(w[0].upper())}\\.?"
                                for i, w in enumerate([first, *middles]))
            loose = "".join(regex.escape(w[0].upper()) for w in [first, *middles])
            variants.add(rf"(?:{given}|{loose})\s+(?i:{_literal(last)})")
        initial = f"(?i:{regex.escape(first[0])})"  # "J. Kerr", "j. kerr" in a note typed in lower case
        variants.add(rf"{initial}\.?\s?{_word(last, any_case=lower or last.casefold() not in ENGLISH_WORD_NAMES)}")
        # "YILMAZ D", "Yilmaz, D.": the surname then the initial, as registers write it.
        variants.add(rf"(?i:{_literal(last)}),?\s+{regex.escape(first[0].upper())}\.?(?![\p{{L}}])")
        # "Mrs K-S" for Mrs Kaur-Sandhu, "Mr M." for Mr Mahmood: after a title, the surname's initials
        parts = [p for p in last.replace(" ", "-").split("-") if p]
        heads = [p[0].upper() for p in parts]
        forms = {"-".join(heads), "".join(heads), ".".join(heads) + "."} if len(heads) > 1 else {heads[0]}
        variants.add(rf"{TITLE}\s+(?:{'|'.join(regex.escape(f) for f in forms)})\.?(?![\p{{L}}\p{{N}}])")
        if len(heads) > 1 and "-" in last:  # "O S-J", "O.S-J.", "OS-J" for Oliver Smith-Jones: the hyphen marks them
            hyphened = r"\.?-".join(regex.escape(h) for h in heads)
            variants.add(rf"{regex.escape(first[0].upper())}\.?[ ]?{hyphened}\.?(?![\p{{L}}\p{{N}}])")
        # "Abu Zainab", "Umm Yusuf": a parent named after the child (a teknonym), the given name after Abu or Umm
        variants.add(rf"(?:(?i:abu|abou|umm|ummu|oum)|Um|Om)[ \-]+{any_first}")
        # accents optional ("COS" for "CÓS")
        variants.update(_literal(form) + r"(?![\p{L}])" for form in initials_of_name(words) if not _is_acronym(form))
    own = {p.casefold() for w in words for p in [w, *w.split("-")]} | {last.casefold()}
    for single in singles:
        # A short form that is an everyday word ("Art", "Pat", "Dot", "Max") only as a name is written, lower-case
        # text or not: "art lessons", "max 20 minutes" (the record's own words keep their any-case reading).
        everyday = single.casefold() not in own and (
            is_common_word(single) or single.casefold() in EVERYDAY_SHORT)
        variants.add(_word(single, any_case=(lower or single.casefold() not in ENGLISH_WORD_NAMES) and len(single) > 2
                           and not everyday) + (r"(?!\.?:?[ ]*\d)" if everyday and len(single) <= 5 else ""))
    return sorted(variants, key=len, reverse=True)


_CALENDAR = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split())


def _short_forms(first: str) -> list[str]:
    """A long given name cut short as families and notes do ("Bev" for Beverley, "Haru" for Haruto, "Olu" for
    Oluwaseun): its first three and four letters, for a name of six letters or more, unless the cut is a word,
    a month's or a day's abbreviation, a role or an acronym."""
    if len(first) < 6 or not first.isalpha():
        return []
    forms = []
    for size in (3, 4):
        cut = first[:size]
        if cut.casefold() in _CALENDAR or is_english_word(cut) or cut.capitalize() in NOT_NAMES or cut.upper() in ACRONYMS:
            continue
        forms.append(cut)
    return forms


_FLAT_WORD = r"(?:Flat|Flt\.?|Apartment|Apt\.?|Unit)"
_FLAT_PART = regex.compile(r"(?i)(?:Flat|Flt\.?|Apartment|Apt\.?|Unit)\s*(?P<flat>\d+[A-Za-z]?)")
_NUMBERED_PART = regex.compile(r"(?P<house>\d+[A-Za-z]?)\s*,?\s+(?P<street>\D.+)")


def _address_variants(address: str) -> list[str]:
    variants = {f"(?i:{_address_literal(address)})"}
    parts = [p.strip() for p in regex.split(r"\s*[,\n]\s*", address)]
    for part in parts:
        if not part or part.lower() in NON_IDENTIFYING_PLACES:
            continue
        number = regex.match(r"(?i:Flat|Apartment|Apt\.?|Unit)?\s*\d+(?:/\d+)?[A-Za-z]?,?\s+(.+)", part)
        for form in {part, number.group(1) if number else part}:
            variants.add(f"(?i:{_address_literal(form)})")
    variants.update(_house_number_variants(parts))
    return sorted(variants, key=len, reverse=True)


def _house_number_variants(parts: list[str]) -> set[str]:
    """A house number written otherwise: "No. 31 Larch Grove", "31, LARCH GROVE"; and a flat's number moved
    ("6/5 Alder Ct", "5 Alder Court (Flat 6)", "5 Alder Ct, Apt 6", "Apt 6, 5 Alder Court" for Flat 6, 5 Alder
    Court), the flat word any of Flat, Apartment, Apt, Unit."""
    variants: set[str] = set()
    flat = next((m for p in parts if (m := _FLAT_PART.fullmatch(p)) is not None), None)
    for part in parts:
        numbered = _NUMBERED_PART.fullmatch(part)
        if numbered is None:
            continue
        house, street = regex.escape(numbered["house"]), _address_literal(numbered["street"])
        variants.add(rf"(?i:(?:No\.?\s*)?{house}\s*,?\s+{street})")
        # the house alone by its number after a word of going or being there ("a visit to no. 14", "lives at
        # number 14"): "no." or "number" before the known number, not a count, a time or a list's item
        variants.add(rf"(?<=(?i:\b(?:at|to|from|visit|visited|outside|opposite|round|lives?|living)[ ]+))"
                     rf"(?i:no\.?|number|num\.?)[ ]*{house}(?![\p{{L}}\p{{N}}]|[.:/]\d|[ ]*(?:%|am|pm))")
        if flat is not None:
            number = regex.escape(flat["flat"])
            variants.add(rf"(?i:{number}\s*/\s*{house}\s*,?\s+{street})")
            variants.add(rf"(?i:{_FLAT_WORD}\s*{number}\s*[,/]?\s*{house}\s*,?\s+{street})")
            variants.add(rf"(?i:{house}\s*,?\s+{street}\s*(?:,\s*|\(\s*){_FLAT_WORD}\s*{number}\)?)")
    return variants


# How a school's church or kind is written: "Church of England" / "C of E" / "CE" / "CofE", "RC" ...
_SCHOOL_SPELLINGS = (
    ("Church of England", "C of E", "C. of E.", "CE", "C.E.", "CofE"),
    ("Roman Catholic", "RC", "R.C.", "Catholic"),
    ("Voluntary Aided", "VA"),
    ("Voluntary Controlled", "VC"),
    ("Saint", "St", "St."),
    ("and", "&"),
)
# Words naming a school's kind, after its name ("Ravenscourt College" for Ravenscourt Specialist College).
_SCHOOL_KIND = _SCHOOL_TYPE | {"Specialist", "Special", "Community", "Catholic", "Church", "Federation", "Free", "Studio",
                               "Secondary", "Sixth", "Form", "Centre", "Unit", "School's", "Academy's", "College's"}
# Welsh and Gaelic words a school's name opens with, left out in short ("Bro Morgannwg" for Ysgol Gymraeg Bro Morgannwg).
_SCHOOL_OPENING = {"Ysgol", "Sgoil", "Scoil", "Gaelscoil", "Bun-sgoil", "Gymraeg", "Cymraeg", "Gynradd", "Uwchradd",
                   "Feithrin", "Meithrin", "Gyfun", "Arbennig", "Ghàidhlig", "Gàidhlig"}
_SCHOOL_PLAIN = {"of", "the", "and", "&", "The", "Of", "And"}


def _school_spellings(school: str) -> set[str]:
    forms = {school}
    for spellings in _SCHOOL_SPELLINGS:
        for form in list(forms):
            for spelling in spellings:
                padded = f" {form} "
                if f" {spelling} " in padded:
                    forms.update(padded.replace(f" {spelling} ", f" {other} ").strip() for other in spellings)
    return forms


def _school_variants(school: str, *, lower: bool = False) -> list[str]:
    forms = _school_spellings(school)
    variants = set()
    core: list[str] = []
    for form in forms:
        words = form.split()
        variants.add(f"(?i:{_literal(form)})")
        while len(words) > 1 and words[-1] in _SCHOOL_TYPE:  # "Moseley C of E Primary School" -> ... "Moseley"
            words.pop()
            variants.add(f"(?i:{_literal(' '.join(words))})")
        # "St Bede's" for St Bede's Catholic Primary School: its kind words dropped while a distinctive word stays
        while len(words) > 1 and words[-1] in _SCHOOL_KIND | SCHOOL_GENERIC_WORDS and any(
                w not in SCHOOL_GENERIC_WORDS and w not in _SCHOOL_KIND and w not in {"St", "Saint", "St."} for w in words[:-1]):
            words.pop()
            common = [is_common_word(strip_possessive(w)) for w in words]
            variants.add(_word(" ".join(words), any_case=lower or not (all(common) if len(words) > 1 else any(common))))
        opening = list(words)
        while len(opening) > 1 and opening[0] in _SCHOOL_OPENING:
            opening.pop(0)
        if opening != words and not all(is_common_word(w) for w in opening):
            variants.add(f"(?i:{_literal(' '.join(opening))})")
        core = [w for w in words if w not in SCHOOL_GENERIC_WORDS and w not in _SCHOOL_TYPE and w not in {"St", "Saint", "St."}]
    if core:  # the distinctive words alone ("Brambleside"), in lower case too unless they are dictionary words
        # (of two words or more, unless all are: "sandal magna")
        common = [is_common_word(w) for w in core]
        name = _word(" ".join(core), any_case=lower or not (all(common) if len(core) > 1 else any(common)))
        variants.add(name)
        # then a kind word: "Ravenscourt College", "Fernhill Academy"
        kinds = "|".join(regex.escape(k) for k in sorted(_SCHOOL_KIND - {"of", "and", "&", "C", "E"}, key=len, reverse=True))
        variants.add(f"(?:{name})(?:[ ]+(?:{kinds}))+")
    saint = regex.match(r"(?:St\.?|Saint)[ ]+(\p{Lu})\p{Ll}+['’]s?(?![\p{L}])", school)
    if saint is not None:  # "St M's" for St Michael's: the saint by an initial, in speech and notes
        variants.add(rf"St\.?[ ]?{saint[1]}['’]s(?![\p{{L}}])")
    acronym = "".join(w[0] for w in school.replace("-", " ").split() if w not in _SCHOOL_PLAIN and w[:1].isupper())
    if len(acronym) >= 3 and acronym.upper() not in ACRONYMS:  # "QEGS" for Queen Elizabeth's Grammar School
        variants.add(regex.escape(acronym))
    return sorted(variants, key=len, reverse=True)


def _variants(entry: KnownEntry, *, lower: bool = False) -> list[str]:
    """The regex variants of one entry; ``lower``: for a text written in lower case, where a name that is
    also a word ("Grace", "Lakeside") can only be told by its letters."""
    value = entry.value
    if entry.type == "PERSON":
        names = person_names(value)
        if len(names) == 1:
            return _person_variants(value, lower=lower)
        return sorted({v for name in names for v in _person_variants(name, lower=lower)}, key=len, reverse=True)
    if entry.type == "ADDRESS":
        return _address_variants(value)
    if entry.type == "SCHOOL":
        return _school_variants(value, lower=lower)
    if entry.type == "PHONE":
        digits = national_digits(value)
        if len(digits) >= 6 and digits.startswith("0"):
            return [rf"(?:(?:\+|00)44[\s.\-]*(?:\(0\)[\s.\-]*)?\(?|\(?0){_spaced(digits[1:])}{_EXTENSION}"]
        return [_spaced(digits or value)]
    if entry.type in ("DATE_OF_BIRTH", "DATE"):
        return [] if parse_date(value) else [f"(?i:{_literal(value)})"]  # a real date is matched by its day
    if entry.type in ("POSTCODE", "NHS_NUMBER", "ULN", "NI_NUMBER", "UPN", "CASE_REF", "HOSPITAL_NUMBER", "CHI_NUMBER",
                      "HC_NUMBER", "SOCIAL_CARE_ID", "VEHICLE_REGISTRATION", "SORT_CODE", "ACCOUNT_NUMBER"):
        chars = "".join(ch for ch in value if ch.isalnum())
        variants = [f"(?i:{_spaced(chars)})"]
        if sum(ch.isdigit() for ch in chars) >= 6:  # long enough that a misread character cannot make another's
            variants.append(f"(?i:{_spaced_ocr(chars)})")
        if entry.type == "CASE_REF":  # its distinctive number alone ("LAC number: 774102" for LAC-774102)
            variants += [regex.escape(run) for run in regex.findall(r"\d{5,}", value) if run != value]
        variants += number_variants(entry.type, value)
        return variants
    if entry.type == "EMAIL":
        return _email_variants(value)
    return [f"(?i:{_literal(value)})" if lower or value.casefold() not in ENGLISH_WORD_NAMES else _word(value, any_case=False)]


# A phone's extension after it ("0113 496 0732 ext. 214", "x214"): part of the number that reaches the person.
_EXTENSION = r"(?:[ ]*,?[ ]*(?i:ext\.?|extn\.?|extension|x)[ ]*\d{1,5}(?!\d))?"


@dataclass(frozen=True, slots=True)
class KnownMatch:
    span: Span
    entry: KnownEntry
    # The record's surname after another given name: a relative, or the entry named otherwise. Weaker evidence of
    # whose name it is than the entry's own written forms (one of two Whitfields written in full is that one).
    relative: bool = False


_MONTH_WORD = (r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
               r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![\p{L}])\.?")
_DAY_NUMBER = r"(?:0?[1-9]|[12]\d|3[01])(?i:st|nd|rd|th)?(?!\d)"
# A day and month written out with no year after them ("4th Nov", "the 4th of November", "November 4th"): a known
# date of birth's day and month so written are its birthday. Numbers alone ("4/11") are scores as often as dates.
_DAY_AND_MONTH = regex.compile(
    rf"(?<![\w/.\-])(?:(?P<day>{_DAY_NUMBER})(?:[ ]+of)?[ ]+(?P<month>{_MONTH_WORD})"
    rf"|(?P<month2>{_MONTH_WORD})[ ]+(?:the[ ]+)?(?P<day2>{_DAY_NUMBER}))"
    r"(?![\p{L}\d]|[ ,/.\-]*(?:19|20)\d\d|[ ,/.\-]*'\d\d)"
)


def _month_of(name: str) -> int:
    return [m[:3].lower() for m in MONTHS].index(name.strip(".")[:3].lower()) + 1


# A date may follow a dotted cue with no space ("d.o.b.27th october 2018"), not a number's dot.
_ANY_DATE = regex.compile(rf"(?<![\w/\-]|\d\.){DATE_SPACED_REGEX}(?![\w/\-]|\.\d)")


class KnownMatcher:
    """Every variant of every entry, compiled once: one alternation per entry. Dates are found by what day
    they denote, so a known date of birth is found in any layout (``08-Dec-2014``, ``8.12.14``)."""

    def __init__(self, entries: Sequence[KnownEntry]) -> None:
        self.entries = tuple(entries)
        self._compiled = self._compile(lower=False)
        self._compiled_lower: list[tuple[KnownEntry, regex.Pattern[str]]] | None = None
        self._dates = [(entry, day) for entry in self.entries
                       if entry.type in ("DATE_OF_BIRTH", "DATE") and (day := parse_date(entry.value)) is not None]
        # Initials that are also an acronym ("CP", "GP") count only where the words around make them a person.
        self._guarded = {form: entry for entry in self.entries if entry.type == "PERSON"
                         for form in _guarded_initials(entry.value)}
        # A known person by the given name's initial alone, beside another person ("a visit with K and Mrs Asante")
        self._lone: dict[str, KnownEntry] = {}
        for entry in self.entries:
            words = [w for w in entry.value.split() if w.rstrip(".") not in TITLES] if entry.type == "PERSON" else []
            if len(words) > 1 and words[0][:1].isupper() and words[0][:1] not in "AIO":
                self._lone.setdefault(words[0][0], entry)
        self._name_words = {_fold(p) for entry in self.entries if entry.type == "PERSON"
                            for w in entry.value.split() for p in [w, *w.split("-")]}
        # A record's surname after another given name is a relative or the same person named otherwise ("Sam
        # Bennett" beside Yuki Bennett, "Bev Yeo" for Beverley Yeo, "Desmond McKeown" for Dessie McKeown).
        self._surnames: dict[str, list[KnownEntry]] = {}
        for entry in self.entries:
            if entry.type == "PERSON":
                for surname in (s for name in person_names(entry.value) for s in _surnames(name)):
                    self._surnames.setdefault(_fold(surname), []).append(entry)
        # the names' words, and a school's or an address's own words, with a typing slip ("Brookfeild High",
        # "Larche Grove"): one scan of the text for both
        self._words = WordForms([*_name_words(self.entries),
                                 *((entry, word, False) for entry, word in _place_words(self.entries))])
        self._runs = RunTogether(_people(self.entries), _given_forms(self.entries))
        self._numbers = KnownNumbers((entry, entry.type, entry.value) for entry in self.entries
                                     if entry.type in ("PHONE", "NHS_NUMBER", "ULN", "CHI_NUMBER", "HC_NUMBER"))
        # A record's given name before another surname: the person named otherwise ("Caoimhe McGrath" on school
        # records for Caoimhe Nic Craith, a Gaelic form, a name at birth), or another person of that name.
        self._given: dict[str, KnownEntry] = {}
        for entry in self.entries:
            words = [w for w in entry.value.split() if w.rstrip(".") not in TITLES] if entry.type == "PERSON" else []
            if len(words) > 1 and len(words[0]) >= 3 and words[0].isalpha() and not is_english_word(words[0]) \
                    and words[0].casefold() not in ENGLISH_WORD_NAMES:
                self._given.setdefault(_fold(words[0]), entry)
        self._given_then_surname = regex.compile(
            r"(?<![\p{L}\p{N}])(?P<given>(?i:" + "|".join(sorted(map(regex.escape, self._given), key=len, reverse=True))
            + r"))(?:[ ]+(?P<more>\p{Lu}[\p{L}'’\-]+)){1,2}(?![\p{L}\p{N}])") if self._given else None
        self._relatives = regex.compile(
            r"(?<![\p{L}\p{N}])(?P<given>\p{Lu}[\p{Ll}'’\-]+|\p{Lu}\.)(?:[ ]+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’\-]+))?[ ]+"
            r"(?P<surname>(?i:" + "|".join(sorted((regex.escape(k) for k in self._surnames), key=len, reverse=True))
            + r"))(?![\p{L}\p{N}])") if self._surnames else None

    def _compile(self, *, lower: bool) -> list[tuple[KnownEntry, regex.Pattern[str]]]:
        compiled = []
        hosts = _nickname_hosts(self.entries)
        for entry in [*self.entries, *_address_postcodes(self.entries)]:
            variants = _variants(entry, lower=lower)
            if entry in hosts:  # a listed nickname with the person's surname: "Gosia Z", "T-R B", "Aga Kaczmarczyk"
                variants = sorted({*variants, *_nickname_with_surname(entry.value, hosts[entry])}, key=len, reverse=True)
            if not variants:
                continue
            title = rf"(?:{TITLE}\s+)?" if entry.type == "PERSON" else ""
            # A possessive; typed without its apostrophe ("tadhgs mum") in a lower-case text or before a relation.
            possessive = r"(?:['’]s\b|['’](?![\p{L}])|s(?=[ ]+(?:mum|mam|mom|dad|nan|gran|sister|brother|teacher)\b)" \
                + (r"|s" if lower else "") + ")?" if entry.type in ("PERSON", "SCHOOL", "LOCATION") else ""
            body = "|".join(f"(?:{v})" for v in variants)
            pattern = rf"(?<![\p{{L}}\p{{N}}@])(?P<id>{title}(?:{body}))(?:{possessive})(?![\p{{L}}\p{{N}}])"
            # POSIX: the longest variant at a position wins ("Little Queensgate Nursery", not "Little Queensgate").
            compiled.append((entry, regex.compile(pattern, regex.POSIX)))
        return compiled

    def find(self, text: str) -> Iterator[KnownMatch]:
        """Every variant in ``text``, and in its plain form (:mod:`.written_forms`: full-width characters,
        invisible format characters and letter-spacing undone), mapped back to the original offsets; and in
        the text with its accents dropped (a record's "Lăcătuș" written "LĂCĂTUŞ", with another cedilla, or a
        record's "Lacatus" written with accents)."""
        yield from self._find(text)
        unaccented = _unaccented(text)
        if unaccented != text:
            yield from self._find(unaccented)
        plain = plain_form(text)
        if plain is not None:
            for match in self._find(plain.text):
                start, end = plain.span(match.span.start, match.span.end)
                yield KnownMatch(Span(start, end, match.span.type, match.span.score, "known"), match.entry, match.relative)

    def _find(self, text: str) -> Iterator[KnownMatch]:
        if self._dates:
            yield from self._find_other_dates(text)
            for match in _ANY_DATE.finditer(text):
                if sum(ch.isdigit() for ch in match.group()) < 3:
                    continue  # "March 2015" names a month, not the known day
                day = parse_date(match.group())
                for entry, known_day in self._dates:
                    if day == known_day:
                        yield KnownMatch(Span(match.start(), match.end(), entry.type, 1.0, "known"), entry)
            for match in _DAY_AND_MONTH.finditer(text):  # "her party on 4th Nov": the birthday without its year
                day_of_month = int("".join(ch for ch in match["day"] or match["day2"] if ch.isdigit()))
                month = _month_of(match["month"] or match["month2"])
                for entry, known_day in self._dates:
                    if entry.type == "DATE_OF_BIRTH" and (known_day.day, known_day.month) == (day_of_month, month):
                        yield KnownMatch(Span(match.start(), match.end(), entry.type, 1.0, "known"), entry)
        if self._guarded:
            for match in INITIALS_TOKEN.finditer(text):
                owner = self._guarded.get(match["id"])
                if owner is not None and (in_person_context(text, match.start("id"), match.end("id"))
                                          or _after_their_name(text, match.start("id"), match["id"], owner.value)):
                    yield KnownMatch(Span(match.start("id"), match.end("id"), "PERSON", 1.0, "known"), owner)
        for match in _LONE_INITIAL.finditer(text) if self._lone else ():
            owner = self._lone.get(match["id"])
            if owner is None or _CAPITALISED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue  # "Key Stage K", "Plan K": a letter naming a thing
            after = _AND_A_PERSON.match(text, match.end())
            before = _A_PERSON_AND.search(text, max(0, match.start() - 40), match.start())
            if any(m is not None and (m["title"] or _fold(m["name"]) in self._name_words)
                   for m in (after, before)):
                yield KnownMatch(Span(match.start(), match.end(), "PERSON", 1.0, "known"), owner)
        if self._words:
            for start, end, word_owner in self._words.find(text):
                word_entry: KnownEntry = word_owner  # type: ignore[assignment]
                yield KnownMatch(Span(start, end, word_entry.type, 1.0, "known"), word_entry)
        if self._numbers:  # "07700 90012", "496 0123" for 0113 496 0123, "oh seven seven double oh nine ..."
            for start, end, kind, number_owner in self._numbers.find(text):
                yield KnownMatch(Span(start, end, kind, 1.0, "known"), number_owner)  # type: ignore[arg-type]
        if self._runs:  # "jamesokafor", "okafor.j", "s.hugheslloyd@outlook.com"
            for start, end, run_owner, email in self._runs.find(text):
                owner_entry: KnownEntry = run_owner  # type: ignore[assignment]
                if email:
                    yield KnownMatch(Span(start, end, "EMAIL", 1.0, "known"), KnownEntry("EMAIL", text[start:end]))
                else:
                    yield KnownMatch(Span(start, end, "PERSON", 1.0, "known"), owner_entry)
        for match in self._given_then_surname.finditer(text) if self._given_then_surname is not None else ():
            given_owner = self._given.get(_fold(match["given"]))
            end = match.end("given")
            for word, (_, word_end) in zip(match.captures("more"), match.spans("more"), strict=True):
                bare = regex.sub(r"['’]s?$", "", word)  # the span stops before a possessive, as the other forms do
                if not _a_surname_word(bare):
                    break
                end = word_end - (len(word) - len(bare))
                if bare != word:
                    break  # "Leo Whitfield's new TA": a possessive ends the name
            if _CAPITALISED_NEXT.match(text, match.end()):
                continue  # a run of capitalised words ("Iolo Gynllun Datblygu Unigol"): a title, not a name
            if given_owner is not None and end > match.end("given"):
                yield KnownMatch(Span(match.start(), end, "PERSON", 1.0, "known"), given_owner, relative=True)
        for match in self._relatives.finditer(text, overlapped=True) if self._relatives is not None else ():
            if _a_given_name(text, match.start("given"), match["given"]):
                # Every entry with that surname: which of them (if any) it is, nothing here says.
                for entry in self._surnames[_fold(match["surname"])]:
                    yield KnownMatch(Span(match.start(), match.end(), "PERSON", 1.0, "known"), entry, relative=True)
        patterns = self._compiled
        if _written_in_lower_case(text):
            if self._compiled_lower is None:
                self._compiled_lower = self._compile(lower=True)
            patterns = self._compiled_lower
        for entry, compiled in patterns:
            for match in compiled.finditer(text, overlapped=False):
                start, end = match.span("id")
                if end > start:
                    if entry.type == "ADDRESS":
                        end = _with_post_town(text, _with_hyphened_rest(text, end))
                    yield KnownMatch(Span(start, end, entry.type, 1.0, "known"), entry)


    def _find_other_dates(self, text: str) -> Iterator[KnownMatch]:
        """A known date written in words or another language's month, read from a scan with letters for
        digits, or a known birthday as day and month in figures after a birthday cue ("birthday 14/3")."""
        for start, end, (day, month, year) in find_date_words(text):
            for entry, known_day in self._dates:
                if (known_day.day, known_day.month) == (day, month) and (
                        known_day.year == year or (year is None and entry.type == "DATE_OF_BIRTH")):
                    yield KnownMatch(Span(start, end, entry.type, 1.0, "known"), entry)
        fixed = ocr_digits(text)
        if fixed != text:
            for match in _ANY_DATE.finditer(fixed):
                read = parse_date(match.group())
                for entry, known_day in self._dates:
                    if read == known_day and fixed[match.start():match.end()] != text[match.start():match.end()]:
                        yield KnownMatch(Span(match.start(), match.end(), entry.type, 1.0, "known"), entry)
        for match in _NUMERIC_DATE.finditer(text):  # "03/14/2011": a US form, read so when the UK reading is none
            if int(match["a"]) > 12 or match["a"].lstrip("0") == match["b"].lstrip("0"):
                continue
            uk = parse_date(match.group())
            us = parse_date(f"{match['b']}/{match['a']}/{match['y']}")
            for entry, known_day in self._dates:
                # "04/03/2014" for a birth on 3 April 2014: read in US order only when the UK reading is no
                # date, or is another day of the same year and month pair (a date of birth, written the US way)
                if us == known_day and (uk is None or (entry.type == "DATE_OF_BIRTH" and _BIRTH_CUE_BEFORE.search(
                        text, max(0, match.start() - 30), match.start()) is not None)):
                    yield KnownMatch(Span(match.start(), match.end(), entry.type, 1.0, "known"), entry)
        for match in _ORDINAL_OF_ORDINAL.finditer(text):  # "the 3rd of the 4th": a birthday, day and month
            for entry, known_day in self._dates:
                if entry.type == "DATE_OF_BIRTH" and (known_day.day, known_day.month) == (int(match["d"]), int(match["m"])):
                    yield KnownMatch(Span(match.start(), match.end(), entry.type, 1.0, "known"), entry)
        for match in _BIRTHDAY_FIGURES.finditer(text):
            for entry, known_day in self._dates:
                if entry.type == "DATE_OF_BIRTH" and (known_day.day, known_day.month) == (int(match["d"]), int(match["m"])):
                    yield KnownMatch(Span(match.start("date"), match.end("date"), entry.type, 1.0, "known"), entry)


# A day and month in figures is a score as often as a date; after a birthday cue it is the birthday.
_BIRTHDAY_FIGURES = regex.compile(
    r"(?i:birthday|b['’]?day|born|d\.?o\.?b\.?|date of birth)[\s:\-–]{0,3}(?:(?:is|was|on)[ ]+)?(?:the[ ]+)?"
    r"(?P<date>(?P<d>0?[1-9]|[12]\d|3[01])[/.](?P<m>0?[1-9]|1[0-2]))(?![/.]?\d)")
_BIRTH_CUE_BEFORE = regex.compile(r"(?i:\bbirthday|\bb['’]?day|\bborn|\bd\.?o\.?b\b\.?|\bbirth)[^\n\d]{0,25}\Z")
# A capital letter standing alone as a word (not "A", "I", a grade "B+", "K." opening an initial-and-surname).
_LONE_INITIAL = regex.compile(r"(?<![\p{L}\p{N}'’.\-/&])(?P<id>\p{Lu})(?![\p{L}\p{N}'’+\-/&]|\.\p{L}|\.?[ ]\p{Lu}\p{Ll})")
# ... coordinated with a person: before "and Mrs Asante" / "and Afua", after "Mrs Asante and"
# (a title and a name, or a known name's word: the person the letter is beside), after a word in lower case
_AND_A_PERSON = regex.compile(rf"[ ]+(?:and|&)[ ]+(?P<title>{TITLE}\.?[ ]+)?(?P<name>\p{{Lu}}[\p{{Ll}}'’\-]+)")
_A_PERSON_AND = regex.compile(rf"(?P<title>{TITLE}\.?[ ]+)?(?P<name>\p{{Lu}}[\p{{Ll}}'’\-]+)[ ]+(?:and|&)[ ]+\Z")
_CAPITALISED_BEFORE = regex.compile(r"\p{Lu}[\p{L}]*[ ]+\Z")
_ORDINAL_OF_ORDINAL = regex.compile(
    r"(?<![\w/.\-])(?P<d>0?[1-9]|[12]\d|3[01])(?i:st|nd|rd|th)[ ]+of[ ]+the[ ]+(?P<m>0?[1-9]|1[0-2])(?i:st|nd|rd|th)"
    r"(?:[ ,]+(?:19|20)\d\d)?(?![\w])")
_NUMERIC_DATE = regex.compile(r"(?<![\w/.\-])(?P<a>\d{1,2})[/.\-](?P<b>\d{1,2})[/.\-](?P<y>(?:19|20)?\d\d)(?![\w/\-]|\.\d)")
_HYPHENED_REST = regex.compile(r"(?:-\p{L}+){1,3}(?![\p{L}\p{N}])")


def _with_hyphened_rest(text: str, end: int) -> int:
    """"Stoke" in a record written "Stoke-on-Trent": the rest of a hyphened place name after a match."""
    if end and text[end - 1].isalpha():
        rest = _HYPHENED_REST.match(text, end)
        if rest is not None:
            return rest.end()
    return end


_POSTCODE_IN = regex.compile(rf"(?<![A-Za-z0-9])(?i:{OUTWARD})[ ]?(?i:{INWARD})(?![A-Za-z0-9])")


def _address_postcodes(entries: Sequence[KnownEntry]) -> list[KnownEntry]:
    """The postcode inside a known address, matched as a known postcode of its own ("HX7 8AB", "hx78ab" for
    "Bramble Cottage, 2 Mill Lane, Hebden Bridge HX7 8AB"), unless the record lists it already."""
    listed = {entry.key for entry in entries}
    found = [KnownEntry("POSTCODE", match.group()) for entry in entries if entry.type == "ADDRESS"
             for match in _POSTCODE_IN.finditer(entry.value)]
    return [entry for entry in dict.fromkeys(found) if entry.key not in listed]


def _nickname_hosts(entries: Sequence[KnownEntry]) -> dict[KnownEntry, str]:
    """A one-word name listed after a person's full name under the same key ("Małgorzata Zawadzka | Gosia") is
    that person's nickname: it takes their surname."""
    hosts: dict[KnownEntry, str] = {}
    last: dict[str | None, str] = {}
    for entry in entries:
        if entry.type != "PERSON":
            continue
        words = [w for w in entry.value.replace(",", " ").split() if w.rstrip(".") not in TITLES]
        if len(words) > 1:
            particle = next((i for i, w in enumerate(words[1:], 1) if w[:1].islower() or w in _CAPITAL_PARTICLES),
                            len(words) - 1)
            last[entry.role] = " ".join(words[particle:])
        elif len(words) == 1 and entry.role in last:
            hosts[entry] = last[entry.role]
    return hosts


def _nickname_with_surname(nickname: str, surname: str) -> list[str]:
    """"Gosia Zawadzka", "Gosia Z.", "Zawadzka, Gosia", "ZAWADZKA Gosia": the few forms a nickname takes with the
    surname (not every variant of a full name: compiling those is most of a record's cost)."""
    nick, last = _literal(nickname), _literal(surname)
    return [f"(?i:{nick}\\s+{last})", f"(?i:{nick})\\s+{regex.escape(surname[0].upper())}\\.?(?![\\p{{L}}])",
            f"(?i:{last},?\\s+{nick})(?![\\p{{L}}])"]


def _place_words(entries: Sequence[KnownEntry]) -> Iterator[tuple[KnownEntry, str]]:
    """The distinctive words of each known school and address, five letters or more: not a street, building,
    school-kind or generic word, nor a place too large to identify anyone ("Brookfield", "Larch", "Hexham")."""
    for entry in entries:
        if entry.type not in ("SCHOOL", "ADDRESS"):
            continue
        for word in regex.findall(r"\p{L}[\p{L}'’]*", entry.value):
            bare = regex.sub(r"['’]s$", "", word)
            if len(bare) < 5 or bare.casefold() in _STREET_WORD or bare in _SCHOOL_KIND or bare in SCHOOL_GENERIC_WORDS \
                    or bare in _SCHOOL_OPENING or bare.casefold() in NON_IDENTIFYING_PLACES or bare.casefold() == "saint":
                continue
            yield entry, bare


def _people(entries: Sequence[KnownEntry]) -> Iterator[tuple[object, list[str]]]:
    """Each known person's name as its words, titles left out, for :class:`RunTogether`."""
    for entry in entries:
        if entry.type == "PERSON":
            for name in person_names(entry.value):
                yield entry, [w.strip(".,'’") for w in name.split() if w.rstrip(".") not in TITLES]


def _given_forms(entries: Sequence[KnownEntry]) -> dict[object, list[str]]:
    """Each known person's given name's other forms: nicknames, short forms, other languages' diminutives."""
    forms: dict[object, list[str]] = {}
    for entry in entries:
        words = [w for w in entry.value.split() if w.rstrip(".") not in TITLES] if entry.type == "PERSON" else []
        if len(words) > 1:
            first = words[0]
            forms[entry] = [*NICKNAMES.get(first.casefold(), ()), *_short_forms(first), *diminutives(first)]
    return forms


def _name_words(entries: Sequence[KnownEntry]) -> Iterator[tuple[object, str, bool]]:
    """Each word of each known name (a hyphened surname's halves too), with whether it is a given name."""
    for entry in entries:
        if entry.type != "PERSON":
            continue
        words = list(dict.fromkeys(w.strip(".'’") for name in person_names(entry.value)
                                   for w in name.replace(",", " ").split() if w.rstrip(".") not in TITLES))
        for i, word in enumerate(words):
            yield entry, word, i == 0
            if "-" in word:
                for part in word.split("-"):
                    yield entry, part, False


_POSTCODE_AHEAD = r"[ ]*,?[ ]*[A-Z]{1,2}\d[A-Z\d]?(?:[ ]*\d[A-Z]{2})?(?![\w])"
_PLACE_WORD = r"\p{Lu}[\p{L}'’\-]*(?![\p{L}\p{N}'’\-])"
_PLACE_PART = rf"{_PLACE_WORD}(?:[ ]+(?:/[ ]+)?{_PLACE_WORD}){{0,2}}"
# After a record's address, the parts it left out: a post town or county on the next comma or line ("Moseley,
# Birmingham", "Navenby,\nLincoln", "Gorseinon\nAbertawe / Swansea"), or a town before the postcode on the
# same line ("Kentish Town London NW5 2QE"), or a postcode's outward code ("Fazakerley, L10").
_POST_TOWN = regex.compile(
    rf"(?:[ ]*,[ ]*\n?[ ]*|[ ]*\n[ ]*)(?P<part>{_PLACE_PART})(?=[ ]*(?:,|\n|\Z|[ ]{{2}}|{_POSTCODE_AHEAD}))(?![ ]*:)"
    rf"|[ ]+(?P<part>{_PLACE_PART})(?={_POSTCODE_AHEAD})"
    r"|[ ]*,[ ]*(?P<part>[A-Z]{1,2}\d[A-Z\d]?)(?![\w])"
)


def _with_post_town(text: str, end: int) -> int:
    """Where a known address ends once the town, county or outward code after it is taken in (two parts at
    most; a label such as "Phone:" or a role word such as "Parents" is not a place)."""
    for _ in range(2):
        after = _POST_TOWN.match(text, end)
        if after is None or any(w in NOT_NAMES for w in after["part"].split()):
            break
        end = after.end("part")
    return end


_MAIDEN = regex.compile(r"\s*[(,]?\s*\b(?i:née|nee|né|formerly|previously|born|maiden name:?)\s+(?P<other>[^()]+?)\)?\s*$")


def person_names(value: str) -> list[str]:
    """A known name with a name at birth or a former married name ("Sarah Holroyd née Whitaker", "Sarah
    Holroyd (formerly Whitaker)"): the name, and the given names with the other surname ("Sarah Whitaker")."""
    maiden = _MAIDEN.search(value)
    if maiden is None:
        return [value]
    current = value[:maiden.start()].strip()
    words = current.split()
    if len(words) < 2:
        return [current or value]
    return [current, " ".join([*words[:-1], maiden["other"].strip()])]


def _surnames(name: str) -> list[str]:
    """A person's surname as the record writes it, unaccented (matched on unaccented text too): the words
    after the first, from a particle on ("dos Santos"); none for a one-word name or an English-word surname
    ("Brown", "Hope": "Ella Brown" alone is not enough to make every "X Brown" a relative)."""
    words = [w for w in name.replace(",", " ").split() if w.rstrip(".") not in TITLES]
    if len(words) < 2:
        return []
    particle = next((i for i, w in enumerate(words[1:], 1) if w[:1].islower() or w in _CAPITAL_PARTICLES), len(words) - 1)
    surname = " ".join(words[particle:])
    if surname.casefold() in ENGLISH_WORD_NAMES or is_common_word(surname) or len(surname) < 3:
        return []
    return [_unaccented(surname)]


def _fold(text: str) -> str:
    return " ".join(_unaccented(text).casefold().split())


_SENTENCE_OPENING = regex.compile(r"(?:^|[.!?:;]\s*|\n\s*|[\-–•*]\s*)\Z")


def _a_given_name(text: str, start: int, word: str) -> bool:
    """Whether the capitalised word before a record's surname is a given name: not a title, role or other
    word of :data:`NOT_NAMES`, and not an ordinary word opening a sentence ("Then Bennett said")."""
    bare = word.rstrip(".")
    if bare in NOT_NAMES or bare.capitalize() in NOT_NAMES or bare.upper() in ACRONYMS:
        return False
    if len(bare) > 1 and is_common_word(bare):
        return _SENTENCE_OPENING.search(text, max(0, start - 3), start) is None
    return True


_CAPITALISED_NEXT = regex.compile(r"[ ]+\p{Lu}")


def _a_surname_word(word: str) -> bool:
    """Whether a capitalised word after a record's given name may be a surname: no English word ("Said",
    "Year"), role, label or acronym."""
    bare = word.strip("'’-")
    return not (bare in NOT_NAMES or bare.capitalize() in NOT_NAMES or bare.upper() in ACRONYMS
                or is_english_word(bare.lower()) or (bare.isupper() and len(bare) <= 4))


def _unaccented(text: str) -> str:
    """``text`` with each accented letter as its base letter, one character for one (offsets hold)."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
            continue
        plain = _PLAIN.get(ch) or unicodedata.normalize("NFD", ch)[0]
        out.append(plain if len(plain) == 1 else ch)
    return "".join(out)


_WORDS = regex.compile(r"\p{L}+")
_NAME_THEN_BRACKET = regex.compile(r"(?r)(?P<name>\p{L}[\p{L}'’\-]*(?:[ ]\p{L}[\p{L}'’\-]*){1,3})[ ]*\(\Z")


def _after_their_name(text: str, start: int, initials: str, owner: str = "") -> bool:
    """"Ifan Tiwari (IT)": initials in brackets right after the name they abbreviate are that person's; so are
    the record's initials after the record's first name ("Arjun (A.R.P.)" for Arjun Ramaswamy-Pillai)."""
    before = _NAME_THEN_BRACKET.search(text, max(0, start - 60), start)
    if before is None:
        first = regex.search(r"(?P<name>\p{L}+)[ ]*\(\Z", text[max(0, start - 40):start])
        return bool(first and owner and first["name"].casefold() == owner.split()[0].casefold())
    words = before["name"].split()
    if owner and _fold(words[-1]) == _fold(owner.split()[0]):
        return True
    return any(initials in initials_of_name(words[i:]) for i in range(len(words) - 1))


def _written_in_lower_case(text: str) -> bool:
    """A text typed without capitals (a message, a quick note): under 2% of its words are capitalised
    (initials, codes and other words in capitals do not count)."""
    words = _WORDS.findall(text)
    capitalised = sum(1 for w in words if w[0].isupper() and not w.isupper())
    return len(words) > 8 and capitalised < 0.02 * len(words)


@lru_cache(maxsize=256)
def matcher_for(entries: tuple[KnownEntry, ...]) -> KnownMatcher:
    """Matchers are cached: a batch of one case's documents compiles its variants once."""
    return KnownMatcher(entries)
