"""Identifier-shaped tokens, by shape and checksum alone (no model, no word lists of the redactor).

Each rule says whether a hit is *sure* (a finding: a checksum-valid health number, an NI number, a
full postcode, an e-mail address, a social-media handle or profile path, a vehicle registration, a
sort code or account number after its cue) or only *shaped* (a suspect: a long digit run, a code
mixing letters and digits, a sort-code or account-number shape with no cue, a URL with an id in it).
A check-letter-valid UPN, a checksum-valid ULN, and any token with four digits or more after an
identifier's own word (a hospital or social-care system's, a case or appeal reference) are sure.

Health numbers are ten digits with the NHS modulus-11 check digit, which CHI (Scotland) and H&C
(Northern Ireland) numbers share: CHI numbers open with a date of birth (DDMMYY), H&C numbers lie in
320 000 001-399 999 999, the rest are NHS numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

__all__ = ["Shape", "looks_like_date", "shapes"]


@dataclass(frozen=True, slots=True)
class Shape:
    type: str
    start: int
    end: int
    sure: bool


_TEN_DIGITS = re.compile(r"(?<![\d\-/.])\d(?:[ \t.\-]{0,3}\d){9}(?![\d\-/]|\.\d)")  # written any way
_NINO = re.compile(
    r"(?<![A-Za-z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ|bg|gb|kn|nk|nt|tn|zz)[A-CEGHJ-PR-TW-Za-ceghj-pr-tw-z][A-CEGHJ-NPR-TW-Za-ceghj-npr-tw-z]"
    r"[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?[A-Da-d](?![A-Za-z0-9])")
_POSTCODE = re.compile(
    r"(?<![A-Za-z0-9])(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?) ?\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])",
    re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+'-])[\w.+'-]*\w@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+")
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@]|\.[A-Za-z])")
_SOCIAL = re.compile(
    r"(?:https?://)?(?:[a-z0-9-]+\.)*(?:facebook|fb|instagram|twitter|x|tiktok|linkedin|youtube|snapchat|threads|"
    r"pinterest|reddit|tumblr|vk|wa)\.(?:com|me|net)/(?!\s)[^\s)\]>\"']+", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)[^\s)\]>\"']+", re.IGNORECASE)
_VEHICLE = re.compile(r"(?<![A-Za-z0-9])[A-HJ-PR-Y][A-HJ-PR-Y](?:0[2-9]|[1-2]\d|5[1-9]|[6-7]\d) ?[A-HJ-PR-Z]{3}(?![A-Za-z0-9])")
_SORT_CODE = re.compile(r"(?<![\d\-])\d{2}-\d{2}-\d{2}(?![\d\-])")
_SORT_CUE = re.compile(r"sort[\s\-]*code|\bs/c\b", re.IGNORECASE)
_ACCOUNT = re.compile(r"(?<![\d\-])\d{8}(?![\d\-])")
_ACCOUNT_CUE = re.compile(r"\b(?:account|acc(?:t)?|a/c|bank)\b", re.IGNORECASE)
_VEHICLE_CUE = re.compile(r"\b(?:car|van|vehicle|reg(?:istration)?|number plate|plate|vrn|taxi)\b", re.IGNORECASE)
_DIGIT_RUN = re.compile(r"(?<![\w])\d(?:[ \-]?\d){7,}(?![\w])")
_CODE = re.compile(r"(?<![\w/])(?=[\w/\-]*\d)(?=[\w/\-]*[A-Za-z])[A-Za-z0-9]+(?:[/\-][A-Za-z0-9]+)*(?![\w/])")
_ORDINARY_CODE = re.compile(r"(?i)(?:ks|y|year|p|s|q|v|t|a|b|c|d|e|f|g|h|l|m|n|w|x|r)\d{1,3}|\d{1,2}(?:am|pm|st|nd|rd|th|s|yrs?|mins?|hrs?|kg|g|cm|mm|m|ml|km|mg|k|x)|\d{2,4}s|\d{1,2}:\d{2}")
_CUE_REACH = 40
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_FORMS = re.compile(
    rf"(?i)\W*(?:\d{{1,2}}\s*[/.\-\s]\s*\d{{1,2}}\s*[/.\-\s]\s*\d{{2,4}}|\d{{4}}\s*[/.\-]\s*\d{{1,2}}\s*[/.\-]\s*\d{{1,2}}|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?[\s/.\-]*{_MONTH}[\s/.\-,]*\d{{2,4}}|{_MONTH}[\s/.\-]*\d{{1,2}}(?:st|nd|rd|th)?[\s,/.\-]*\d{{2,4}}|"
    rf"\d{{1,2}}(?:st|nd|rd|th)\W{{0,2}}\d{{4}}|\d{{4}}\s*[/\-]\s*\d{{2,4}})\W*")
_UPN = re.compile(r"(?<![A-Za-z0-9])[A-HJ-NP-RT-Z]\d{11}[0-9A-HJ-NP-RT-Z](?![A-Za-z0-9])")
_UPN_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ"
_ULN = re.compile(r"(?<![\d\-/.])[1-9]\d{9}(?![\d\-/]|\.\d)")
# An identifier's own word before it: "Appeal no: EH545/22/59479", "Mosaic ID 4471203", "MRN RXH1234567".
_ID_CUES = (
    ("HOSPITAL_NUMBER", r"hospital(?:\s+(?:no|number|id))?|hosp\.?\s*no|mrn|rtx|k\s*number|patient\s+(?:no|number|id)"),
    ("SOCIAL_CARE_ID", r"mosaic|lcs|liquidlogic|eclipse|carefirst|ehm|frameworki|azeus|protocol|"
                       r"(?:person|client|child|pupil|case|family|system)\s+id|id\s*(?:no|number)?"),
    ("NHS_NUMBER", r"nhs"),
    ("CASE_REF", r"ref(?:erence)?|case\s*(?:no|number)|appeal\s*(?:no|number)?|claim\s*(?:no|number)?|file\s*(?:no|number)|"
                 r"our\s+ref|your\s+ref|tribunal\s+ref"),
)
_ID_CUE = re.compile(r"(?i)\b(?:" + "|".join(f"(?P<{kind}>{cue})" for kind, cue in _ID_CUES) + r")\b[\s.:#()\-]*(?:no\.?|number)?[\s.:#]*$")
# A reference's shape: letters, then a run of four digits or more ("NLC-SEN-13733", "LA48/EHC/26684").
_REFERENCE = re.compile(r"(?<![\w/\-])[A-Z]{2,6}\d{0,3}(?:[/\-][A-Z0-9]{1,6})*[/\-]\d{4,}(?:[/\-][A-Z0-9]{1,6})*(?![\w/\-])")
_ID_TOKEN = re.compile(r"(?<![\w/])(?=[\w/\-]*\d{4})[A-Za-z0-9]+(?:[/\-][A-Za-z0-9]+)*(?![\w/])")


def shapes(text: str) -> Iterator[Shape]:
    """Every identifier-shaped token of ``text``; overlapping hits are the caller's to resolve."""
    yield from _health_numbers(text)
    yield from (Shape("NI_NUMBER", m.start(), m.end(), True) for m in _NINO.finditer(text))
    yield from (Shape("POSTCODE", m.start(), m.end(), _postcode_sure(m.group())) for m in _POSTCODE.finditer(text))
    yield from (Shape("EMAIL_ADDRESS", m.start(), m.end(), True) for m in _EMAIL.finditer(text)
                if m.group().rsplit(".", 1)[-1].isalpha())
    yield from (Shape("SOCIAL_HANDLE", m.start(), m.end(), True) for m in _HANDLE.finditer(text))
    social = [(m.start(), m.end()) for m in _SOCIAL.finditer(text)]
    yield from (Shape("URL", s, e, True) for s, e in social)
    for match in _URL.finditer(text):
        if not any(s <= match.start() < e for s, e in social) and _url_has_id(match.group()):
            yield Shape("URL", match.start(), match.end(), False)
    for match in _VEHICLE.finditer(text):
        yield Shape("VEHICLE_REGISTRATION", match.start(), match.end(), _cue(text, match.start(), _VEHICLE_CUE))
    for match in _SORT_CODE.finditer(text):
        sure = _cue(text, match.start(), _SORT_CUE)
        if sure or not looks_like_date(match.group()):
            yield Shape("SORT_CODE", match.start(), match.end(), sure)
    for match in _ACCOUNT.finditer(text):
        yield Shape("ACCOUNT_NUMBER", match.start(), match.end(), _cue(text, match.start(), _ACCOUNT_CUE))
    for match in _UPN.finditer(text):
        if _upn_valid(match.group()):
            yield Shape("UPN", match.start(), match.end(), True)
    for match in _ULN.finditer(text):
        if sum(int(d) * w for d, w in zip(match.group(), range(10, 0, -1))) % 11 == 10:
            yield Shape("ULN", match.start(), match.end(), True)
    for match in _ID_TOKEN.finditer(text):
        cue = _ID_CUE.search(text, max(0, match.start() - _CUE_REACH), match.start())
        if cue is not None and not looks_like_date(match.group()):
            yield Shape(cue.lastgroup or "CASE_REF", match.start(), match.end(), True)
    for match in _REFERENCE.finditer(text):
        if sum(c.isdigit() for c in match.group()) >= 5 and not looks_like_date(match.group()):
            yield Shape("CASE_REF", match.start(), match.end(), True)
    for match in _DIGIT_RUN.finditer(text):
        if not looks_like_date(match.group()):
            yield Shape("NUMBER", match.start(), match.end(), False)
    for match in _CODE.finditer(text):
        token = match.group()
        if sum(c.isdigit() for c in token) >= 3 and len(token) >= 6 and not _ordinary(token):
            yield Shape("CODE", match.start(), match.end(), False)


def looks_like_date(token: str) -> bool:
    """A date in any usual written form ("02 / 06 / 2024", "28-mar-2025", "27OCT2024"), or a school
    year ("2023/24"): a date is not an identifier here (dates of birth are the redactor's)."""
    if not _DATE_FORMS.fullmatch(token):
        return False
    numbers = [int(n) for n in re.findall(r"\d+", token)]
    if len(numbers) == 3 and not any(c.isalpha() for c in token):  # all digits: a day and a month must fit
        small = [n for n in numbers if n < 100]
        return len(small) >= 2 and min(small[:2]) <= 12 and max(small[:2]) <= 31 or numbers[0] > 999
    return True


def _upn_valid(upn: str) -> bool:
    """The DfE's unique pupil number: a check letter, then twelve characters weighted 2-13, mod 23."""
    def value(char: str) -> int:
        return int(char) if char.isdigit() else _UPN_ALPHABET.index(char)

    total = sum(value(c) * w for c, w in zip(upn[1:], range(2, 14), strict=True))
    return _UPN_ALPHABET[total % 23] == upn[0]


def _health_numbers(text: str) -> Iterator[Shape]:
    for match in _TEN_DIGITS.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if digits[0] == "0" or not _mod11(digits):
            continue  # a first digit 0 is a telephone number
        if 320 <= int(digits[:3]) <= 399:
            kind = "HC_NUMBER"
        elif _ddmmyy(digits[:6]):
            kind = "CHI_NUMBER"
        else:
            kind = "NHS_NUMBER"
        yield Shape(kind, match.start(), match.end(), True)


def _mod11(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9]) and len(set(digits)) > 1


def _ddmmyy(six: str) -> bool:
    try:
        date(2000 + int(six[4:]), int(six[2:4]), int(six[:2]))
    except ValueError:
        return False
    return True


def _postcode_sure(token: str) -> bool:
    """A postcode written in capitals with its space is sure; in lower case or run together it could be a
    code of another kind, so it is only shaped."""
    return token.isupper() or (" " in token and any(c.isupper() for c in token))


def _cue(text: str, start: int, cue: re.Pattern[str]) -> bool:
    return bool(cue.search(text, max(0, start - _CUE_REACH), start))


def _url_has_id(url: str) -> bool:
    """A URL is worth a look when its path or query carries a number of five digits or more, or a
    token mixing letters and digits (``/profile/ab12cd34``, ``?id=48213``)."""
    path = url.split("/", 3)[3] if url.count("/") >= 3 else ""
    return bool(re.search(r"\d{5,}|[A-Za-z]+\d+[A-Za-z]+\d*", path))


def _ordinary(token: str) -> bool:
    return bool(_ORDINARY_CODE.fullmatch(token)) or looks_like_date(token)
