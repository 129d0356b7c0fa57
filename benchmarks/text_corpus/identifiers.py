"""Valid UK identifiers for the corpus, made from their published rules (so checksums pass)."""

from __future__ import annotations

import random

from benchmarks.text_corpus import pools
from redaction.text.recognizers.nhs_number import nhs_check_digit
from redaction.text.recognizers.uln import uln_is_valid
from redaction.text.recognizers.upn import upn_check_letter

__all__ = ["case_ref", "dfe_number", "hospital_number", "nhs_number", "ni_number", "phone", "postcode", "uln", "upn"]

_LA_CODES = [909, 928, 940, 941, 888, 857, 925, 381, 201, 316, 352, 873]
_POST_AREAS = ["LA", "CA", "NN", "LE", "PE", "BB", "HX", "BD", "M", "L", "B", "S", "DL", "TS", "LN", "NG"]
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def nhs_number(rng: random.Random) -> str:
    while True:
        first = "".join(str(rng.randint(0, 9)) for _ in range(9))
        check = nhs_check_digit(first)
        if check is not None and first[0] != "0":
            digits = first + str(check)
            return rng.choice([
                f"{digits[:3]} {digits[3:6]} {digits[6:]}", digits, f"{digits[:3]}-{digits[3:6]}-{digits[6:]}",
                f"{digits[:3]}  {digits[3:6]}  {digits[6:]}", f"{digits[:4]} {digits[4:7]} {digits[7:]}",
                " ".join(digits[i : i + 2] for i in range(0, 10, 2)), f"{digits[:3]}.{digits[3:6]}.{digits[6:]}",
                f"{digits[:3]} {digits[3:6]}{digits[6:]}", f"{digits[:5]} {digits[5:]}",
            ])


def uln(rng: random.Random) -> str:
    while True:
        digits = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(9))
        if uln_is_valid(digits):
            return digits


def upn(rng: random.Random) -> str:
    body = f"{rng.choice(_LA_CODES)}{rng.randint(1000, 9999)}{rng.randint(10, 23)}{rng.randint(0, 999):03d}"
    return upn_check_letter(body) + body


def ni_number(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    if first + second in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
        first, second = "J", "H"
    digits = f"{rng.randint(0, 999999):06d}"
    suffix = rng.choice("ABCD")
    return rng.choice([f"{first}{second} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}", f"{first}{second}{digits}{suffix}"])


def postcode(rng: random.Random, *, spaced: bool = True) -> str:
    area = rng.choice(_POST_AREAS)
    outward = f"{area}{rng.randint(1, 19)}"
    inward = f"{rng.randint(0, 9)}{rng.choice(_INWARD_LETTERS)}{rng.choice(_INWARD_LETTERS)}"
    return f"{outward} {inward}" if spaced else f"{outward}{inward}"


def phone(rng: random.Random) -> str:
    """Ofcom's drama ranges (and ordinary-looking numbers) in every common layout."""
    tail3, tail4 = f"{rng.randint(0, 999):03d}", f"{rng.randint(0, 999):03d}"
    layouts = [
        f"07700 900{tail3}", f"07700900{tail3}", f"07700 900 {tail3}", f"07700-900-{tail3}",
        f"+44 7700 900{tail3}", f"+44 (0)7700 900{tail3}", f"01632 960{tail3}", f"(01632) 960{tail3}",
        f"020 7946 0{tail4}", f"0113 496 0{tail4}", f"0161 496 0{tail4}", f"+44 (0)20 7946 0{tail4}",
        f"0118 496 0{tail4}", f"01632960{tail3}", f"0300 123 {rng.randint(1000, 9999)}",
        f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
        # Scottish, Welsh, Northern Irish and north-west geographic numbers, and other spacings.
        f"0141 496 0{tail4}", f"0151 496 0{tail4}", f"0131 496 0{tail4}", f"0151 666 {rng.randint(1000, 9999)}",
        f"029 2018 0{tail4}", f"028 9649 6{tail4}", f"0141-496-0{tail4}", f"(0141) 496 0{tail4}",
        f"07700 900 {tail3}", f"07700.900.{tail3}", f"+44 141 496 0{tail4}",
        f"0044 7700 900{tail3}", f"01632  960{tail3}", f"0800 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
    ]
    return rng.choice(layouts)


def case_ref(rng: random.Random) -> str:
    year = rng.randint(2019, 2025)
    return rng.choice([
        f"EHC/{year}/{rng.randint(0, 99999):05d}", f"SEN-{year}-{rng.randint(0, 9999):04d}",
        f"EH{rng.randint(100, 999)}/{year % 100}/{rng.randint(0, 99999):05d}",
        f"CSC/{rng.randint(1000, 9999)}/{rng.randint(100, 999)}", f"LA{rng.randint(10, 99)}/EHC/{rng.randint(10000, 99999)}",
        f"{rng.choice(pools.LA_PREFIXES)}{rng.randint(1000000, 9999999)}",
        f"{rng.choice(pools.LA_PREFIXES)}/EHC/{rng.randint(1000, 9999)}",
        f"{rng.choice(pools.LA_PREFIXES)}-SEN-{rng.randint(10000, 99999)}",
        f"{year}/EHCNA/{rng.randint(100, 9999)}",
    ])


def hospital_number(rng: random.Random) -> str:
    """Local hospital (patient) numbers: a letter or three and six to eight digits."""
    return rng.choice([f"{rng.choice('ABDHKMRS')}{rng.randint(1000000, 9999999)}", f"RX{rng.choice('NHL')}{rng.randint(100000, 999999)}",
                       f"{rng.randint(10000000, 99999999)}", f"K{rng.randint(100000, 999999)}"])


def dfe_number(rng: random.Random) -> str:
    """A school's DfE establishment number: LA code / four digits (``886/3415``), sometimes unspaced."""
    la, est = rng.choice(_LA_CODES), rng.randint(1000, 7999)
    return rng.choice([f"{la}/{est}", f"{la}{est}", f"{la} {est}", f"{la}-{est}"])
