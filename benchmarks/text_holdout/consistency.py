"""Self-checks of a labelled document: every gold span is well formed and consistently labelled.

``problems(doc)`` lists what is wrong (empty when the document is sound). It catches the mistakes a
hand labeller makes: a checksum-invalid number, a label padded with spaces or a possessive, a name
labelled once and left bare elsewhere, overlapping labels, a ``*`` span that is not a variant of any
known value, or a literal known value left without its ``*``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator

from benchmarks.text_holdout.checks import (
    is_nhs_number,
    is_ni_number,
    is_postcode,
    is_uln,
    is_upn,
)
from benchmarks.text_holdout.markup import Gold, HoldoutDocument

__all__ = ["parse_date", "parse_day_month", "problems"]

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
# Welsh month names (Ionawr ... Rhagfyr), for birth dates in Welsh-medium documents; no prefix clashes
_MONTHS |= {m: i for i, m in enumerate(
    ["ion", "chw", "maw", "ebr", "mai", "meh", "gor", "aws", "med", "hyd", "tac", "rha"], start=1)}
_NUMERIC = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?(?: of)?[\s\-]+([A-Za-z]{3,9})\.?,?[\s\-]+(\d{2}|\d{4})")
_MONTH_DAY = re.compile(r"([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})")
_COMPACT = re.compile(r"(\d{2})(\d{2})(\d{2})")
_PARTIAL = re.compile(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([A-Za-z]{3,9})|([A-Za-z]{3,9}) (\d{1,2})(?:st|nd|rd|th)?")
_TITLE = re.compile(r"(?:Mr|Mrs|Miss|Ms|Mx|Dr|Prof|Judge|Cllr|Revd|Sir|Dame)\.?\s", re.IGNORECASE)


def _year(text: str) -> int:
    year = int(text)
    return year if year >= 100 else 2000 + year if year < 40 else 1900 + year


def _month(word: str) -> int | None:
    return _MONTHS.get(word[:3].lower())


def parse_date(text: str) -> dt.date | None:
    """The date written in ``text`` (UK day-first numeric forms, ISO, month names), or ``None``."""
    text = text.strip()
    try:
        if m := _ISO.fullmatch(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _NUMERIC.fullmatch(text):
            return dt.date(_year(m[3]), int(m[2]), int(m[1]))
        if (m := _DAY_MONTH.fullmatch(text)) and (month := _month(m[2])):
            return dt.date(_year(m[3]), month, int(m[1]))
        if (m := _MONTH_DAY.fullmatch(text)) and (month := _month(m[1])):
            return dt.date(int(m[3]), month, int(m[2]))
        if m := _COMPACT.fullmatch(text):
            return dt.date(_year(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def parse_day_month(text: str) -> tuple[int, int] | None:
    """A birthday written without its year ("3rd of May", "May 3rd"), as (month, day), or ``None``."""
    m = _PARTIAL.fullmatch(text.strip())
    if m is None:
        return None
    day, word = (m[1], m[2]) if m[1] else (m[4], m[3])
    month = _month(word)
    try:
        return (month, dt.date(2000, month, int(day)).day) if month else None
    except ValueError:
        return None


_NANP = re.compile(r"(?:1[\s.\-]?)?\(?[2-9]\d\d\)?[\s.\-]?[2-9]\d\d[\s.\-]\d{4}")


def _phone_ok(text: str) -> bool:
    digits = re.sub(r"\D", "", text.replace("(0)", ""))
    if text.startswith(("+", "00")) and not digits.startswith(("44", "0044")):
        return 8 <= len(digits.removeprefix("00")) <= 15  # a number abroad, in international form
    if _NANP.fullmatch(text):  # a US or Canadian number as dialled there: (415) 555-0134, 604.555.0192
        return True
    if digits.startswith("44"):
        digits = "0" + digits[2:]
    return digits.startswith("0") and len(digits) in (10, 11)


_VALID: dict[str, Callable[[str], bool]] = {
    "NHS_NUMBER": is_nhs_number,
    "ULN": is_uln,
    "UPN": is_upn,
    "NI_NUMBER": is_ni_number,
    "POSTCODE": is_postcode,
    "PHONE": _phone_ok,
    "EMAIL": lambda t: re.fullmatch(r"[\w.+'\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", t, re.IGNORECASE) is not None,
    "DATE_OF_BIRTH": lambda t: parse_date(t) is not None or parse_day_month(t) is not None,
    # a reference has a digit; a social-media handle (labelled CASE_REF by the fourth set) may not
    "CASE_REF": lambda t: any(c.isdigit() for c in t) or re.fullmatch(r"\w+(?:[._]\w+)+", t) is not None,
}


def _alnum(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def _fold(text: str) -> str:
    """Case- and accent-folded ("Zielińska" and "ZIELINSKA" alike)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ł", "l").replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"[^\w'\-]+", _fold(text).replace("'s ", " ")) if len(w) > 1}


def _is_variant(gold: Gold, surface: str, values: list[str]) -> bool:
    """Whether ``surface`` is plausibly a written variant of one of the known ``values``."""
    if gold.type in {"DATE_OF_BIRTH", "DATE"}:
        if (partial := parse_day_month(surface)) is not None:  # "the 3rd of May" for a known 2015-05-03
            return partial in {(d.month, d.day) for v in values if (d := parse_date(v)) is not None}
        return parse_date(surface) in {parse_date(v) for v in values}
    if gold.type == "PHONE":
        return _alnum(surface.replace("(0)", "")).removeprefix("44").lstrip("0") in {
            _alnum(v.replace("(0)", "")).removeprefix("44").lstrip("0") for v in values}
    initials = {"".join(w[0] for w in re.split(r"[\s\-]+", v)).upper() for v in values}
    if gold.type == "PERSON" and surface.replace(".", "") in initials:
        return True
    if gold.type in {"PERSON", "SCHOOL", "ADDRESS", "LOCATION"}:
        words = _words(surface)
        known_words = set().union(*(_words(v) | _words(v.replace("-", " ")) for v in values))
        return bool(words & known_words)
    return any(_alnum(surface) in _alnum(v) or _alnum(v) in _alnum(surface) for v in values)


def _overlaps(regions: list[tuple[int, int, str]]) -> Iterator[str]:
    regions = sorted(regions)
    for (_, e1, a), (s2, _, b) in itertools.pairwise(regions):
        if s2 < e1:
            yield f"labels overlap: {a} and {b}"


def problems(doc: HoldoutDocument) -> list[str]:
    """Everything inconsistent in ``doc``; empty when its labels can be trusted."""
    text = doc.text
    found: list[str] = []
    labelled = [(g.start, g.end, f"{g.type} {text[g.start:g.end]!r}") for g in doc.gold]
    labelled += [(s, e, f"NEG {text[s:e]!r}") for s, e in doc.negatives]
    labelled += [(s, e, f"NEUTRAL {text[s:e]!r}") for s, e in doc.neutral]
    found += _overlaps(labelled)
    known_by_type: dict[str, list[str]] = {}
    for key, values in doc.known.items():
        known_by_type.setdefault(key.split(":")[0], []).extend(values)
    for g in doc.gold:
        surface = text[g.start:g.end]
        if re.search(r"['’]s$", surface) and g.type == "PERSON":
            found.append(f"PERSON {surface!r} includes a possessive")
        if g.type == "PERSON" and _TITLE.match(surface):
            found.append(f"PERSON {surface!r} includes a title (label the name only)")
        if not (surface[0].isalnum() or surface[0] in "+(") or not (surface[-1].isalnum() or surface[-1] in ".)"):
            found.append(f"{g.type} {surface!r} starts or ends with punctuation")
        check = _VALID.get(g.type)
        if check is not None and not g.typo and not check(surface):
            found.append(f"{g.type} {surface!r} is not a valid {g.type}")
        if g.typo and check is not None and check(surface):
            found.append(f"{g.type} {surface!r} is marked as a typo but is valid")
        values = known_by_type.get(g.type, [])
        if g.entity and not _is_variant(g, surface, values):
            found.append(f"{g.type} {surface!r} is marked '*' but matches no known {g.type} value")
        if not g.entity and any(_alnum(surface) == _alnum(v) for v in values):
            found.append(f"{g.type} {surface!r} equals a known value but is not marked '*'")
    for key in doc.known:
        if not any(g.entity and g.type == key.split(":")[0] for g in doc.gold):
            found.append(f"known {key} has no '*' occurrence in the text")
    found += _bare_repeats(doc, labelled)
    return found


def _bare_repeats(doc: HoldoutDocument, labelled: list[tuple[int, int, str]]) -> Iterator[str]:
    """Another occurrence of a gold surface (whole word; any case for names) that carries no label at all."""
    text, reported = doc.text, set()
    surfaces = {(g.type, text[g.start:g.end]) for g in doc.gold}
    # each part of a person's name too ("Kowalczyk" alone after "Zofia Kowalczyk")
    surfaces |= {("PERSON", part) for kind, name in list(surfaces) if kind == "PERSON"
                 for part in re.split(r"[\s,.]+", name) if len(part) >= 4 and part[0].isupper()}
    for kind, surface in sorted(surfaces):
        if len(surface) < 3:
            continue
        flags = re.IGNORECASE if kind == "PERSON" and len(surface) >= 4 else 0
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text, flags):
            inside = all(any(s <= i < e for s, e, _ in labelled) for i in range(m.start(), m.end()) if text[i].isalnum())
            if (surface, m.start()) not in reported and not inside:
                reported.add((surface, m.start()))
                line = text.count("\n", 0, m.start()) + 1
                yield f"{kind} {surface!r} appears unlabelled at text line {line}"
