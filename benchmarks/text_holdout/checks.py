"""Validation rules for the UK identifiers the hold-out documents contain (``uk-identifiers.md``).

Written from the published rules, independently of ``redaction/text``: the format test uses them to
prove every gold NHS number, ULN, UPN, NI number and postcode is well formed, so a miss is the
detector's and never a typo in the set. (A gold span marked ``!`` is a deliberate typo in the source
document, e.g. a mistyped NHS number after an "NHS no" label: still an identifier, exempt from these.)
"""

from __future__ import annotations

import re

__all__ = [
    "LA_CODES",
    "is_nhs_number",
    "is_ni_number",
    "is_postcode",
    "is_uln",
    "is_upn",
    "upn_check_letter",
]

# Real local-authority numbers (DfE LA codes) the documents use.
LA_CODES = {
    "202": "Camden", "209": "Lewisham", "210": "Southwark", "330": "Birmingham", "341": "Liverpool",
    "352": "Manchester", "356": "Stockport", "358": "Trafford", "373": "Sheffield", "380": "Bradford",
    "383": "Leeds", "801": "Bristol", "886": "Kent", "926": "Norfolk",
    # and those the second set (text_holdout_v2) uses, Welsh authorities among them
    "204": "Hackney", "211": "Tower Hamlets", "331": "Coventry", "336": "Wolverhampton", "391": "Newcastle upon Tyne",
    "394": "Sunderland", "806": "Middlesbrough", "810": "Kingston upon Hull", "831": "Derby", "861": "Stoke-on-Trent",
    "874": "Peterborough", "879": "Plymouth", "890": "Blackpool", "894": "Telford and Wrekin", "925": "Lincolnshire",
    "929": "Northumberland", "661": "Gwynedd", "670": "Swansea",
}

_UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"  # A-Z without I, O, S: 23 letters for the remainder mod 23


def _digits(value: str) -> str:
    return re.sub(r"[\s\-]", "", value)


def is_nhs_number(value: str) -> bool:
    digits = _digits(value)
    if not re.fullmatch(r"\d{10}", digits):
        return False
    check = 11 - sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1))) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def is_uln(value: str) -> bool:
    digits = _digits(value)
    if not re.fullmatch(r"[1-9]\d{9}", digits):
        return False
    return sum(int(d) * w for d, w in zip(digits, range(10, 0, -1))) % 11 == 10


def upn_check_letter(body: str) -> str:
    """The check letter for the 12 characters after it (LA, establishment, year, serial)."""
    values = [int(c) if c.isdigit() else _UPN_LETTERS.index(c) for c in body]
    return _UPN_LETTERS[sum(v * w for v, w in zip(values, range(2, 14))) % 23]


def is_upn(value: str) -> bool:
    upn = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]\d{11}[0-9A-Z]", upn) or upn[1:4] not in LA_CODES:
        return False
    if upn[12].isalpha() and upn[12] not in _UPN_LETTERS:
        return False
    return upn[0] == upn_check_letter(upn[1:])


_NI = re.compile(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\s?(\d{2})\s?(\d{2})\s?(\d{2})\s?([A-D])")


def is_ni_number(value: str) -> bool:
    match = _NI.fullmatch(value.strip().upper())
    return match is not None and match[1] + match[2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


_OUTWARD = (
    r"[A-PR-UWYZ][0-9]{1,2}"
    r"|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}"
    r"|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]"
)
_POSTCODE = re.compile(rf"(?:{_OUTWARD}) ?[0-9][ABD-HJLNP-UW-Z]{{2}}|GIR ?0AA")


def is_postcode(value: str) -> bool:
    return _POSTCODE.fullmatch(value.strip().upper()) is not None
