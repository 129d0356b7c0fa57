"""A case's known numbers (phones, NHS numbers, ULNs, UPNs, references) as writers change them beyond spacing, which
:mod:`.known`'s patterns already allow: spoken or written in words ("oh seven seven double oh nine ..."), a digit
short, a digit slipped or two swapped, a landline without its area code ("496 0123" for 0113 496 0123), +44 or 0044
before a mobile. Only a known number is looked for, so a tolerance here cannot redact a number nobody knows; it is
bounded by length: one slip in a number of ten digits or more, none below.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from redaction.text.known_forms import edit_distance

__all__ = ["KnownNumbers", "spoken_digits"]

_DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1", "two": "2", "three": "3",
                "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_REPEAT = {"double": 2, "triple": 3, "treble": 3}
_DIGIT_WORD = "|".join(sorted(_DIGIT_WORDS, key=len, reverse=True))
# Eight or more digits in words, each maybe doubled or tripled ("double oh"), or figures among them.
_SPOKEN = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}])(?:(?:double|triple|treble)[ ]+)?(?:{_DIGIT_WORD}|\d)"
    rf"(?:[ ,\-]+(?:(?:double|triple|treble)[ ]+)?(?:{_DIGIT_WORD}|\d)){{6,}}(?![\p{{L}}\p{{N}}])")
_STEP = regex.compile(rf"(?i)(?:(?P<times>double|triple|treble)[ ]+)?(?P<digit>{_DIGIT_WORD}|\d)")


def spoken_digits(text: str) -> Iterator[tuple[int, int, str]]:
    """Each run of seven or more digits said in words, with its offsets and its digits ("oh seven seven double
    oh nine" -> "077009"); a run with no word in it (figures alone) is not one."""
    for match in _SPOKEN.finditer(text):
        run = match.group()
        if not regex.search(r"\p{L}", run) or not regex.search(rf"(?i)(?<!\p{{L}})(?:{_DIGIT_WORD})(?!\p{{L}})", run):
            continue
        digits = "".join((_DIGIT_WORDS.get(step["digit"].casefold()) or step["digit"]) * _REPEAT.get(
            (step["times"] or "").casefold(), 1) for step in _STEP.finditer(run))
        if len(digits) >= 7:
            yield match.start(), match.end(), digits


# A run of figures as numbers are written: groups joined by spaces, hyphens, dots, slashes or brackets,
# maybe after +44 / 0044 and a "(0)".
_NUMBER = regex.compile(r"(?<![\p{L}\p{N}])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?)?\(?\d(?:[\s\-./()]{0,3}\d){5,15}(?![\p{N}])"
                        r"(?![\p{L}])")


def _national(digits: str) -> str:
    """Digits with a UK country code read as the national number ("447700900123" -> "07700900123")."""
    for code in ("0044", "44"):
        if digits.startswith(code) and len(digits) >= len(code) + 9:
            rest = digits[len(code):]
            return rest if rest.startswith("0") else "0" + rest
    return digits


class KnownNumbers:
    """The known numbers, by their digits; :meth:`find` gives each run of figures or digit words in a text that
    is one of them written with a slip."""

    def __init__(self, numbers: Iterable[tuple[object, str, str]]) -> None:
        """``numbers``: (owner, span type, the number as the record writes it)."""
        self._numbers: list[tuple[object, str, str]] = []
        for owner, kind, value in numbers:
            digits = "".join(ch for ch in value if ch.isdigit())
            if kind == "PHONE":
                digits = _national(digits)
            if len(digits) >= 7 and len(digits) >= sum(ch.isalnum() for ch in value) - 1:
                self._numbers.append((owner, kind, digits))

    def __bool__(self) -> bool:
        return bool(self._numbers)

    def find(self, text: str) -> Iterator[tuple[int, int, str, object]]:
        """(start, end, span type, owner) of each slipped, cut or spoken known number."""
        for match in _NUMBER.finditer(text):
            written = "".join(ch for ch in match.group() if ch.isdigit())
            start = match.start() + (1 if match.group().startswith("(") and ")" not in match.group() else 0)
            for owner, kind, digits in self._numbers:
                if self._same(written, digits, kind):
                    yield start, match.end(), kind, owner
                    break
        for start, end, said in spoken_digits(text):
            for owner, kind, digits in self._numbers:
                if self._same(said, digits, kind):
                    yield start, end, kind, owner
                    break

    @staticmethod
    def _same(written: str, digits: str, kind: str) -> bool:
        if kind == "PHONE":
            written = _national(written)
            # a landline without its area code: the subscriber's six to eight digits after a 01/02 code
            if digits[:2] in ("01", "02") and 6 <= len(written) <= 8 and written[0] != "0" \
                    and digits.endswith(written) and 3 <= len(digits) - len(written) <= 5:
                return True
        if written == digits:
            return True
        return len(digits) >= 10 and len(written) >= 9 and edit_distance(written, digits, 1) <= 1


_GROUPS = regex.compile(r"\p{L}+|\p{N}+")
_OUTWARD = regex.compile(r"(?i)^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d)([A-Z]{2})$")


def number_variants(kind: str, value: str) -> list[str]:
    """Regex variants of a known record number beyond its spacing (which :mod:`.known` already allows):

    - a reference with its letters in front dropped or re-spaced, or a number group's leading zeros dropped
      ("2025/00417", "EHC 2025 00417", "EHC/2025/417" for EHC/2025/00417; "48213" is known.py's own);
    - an NI number without its suffix letter ("QQ123456" for QQ123456C), as payroll and older forms write it;
    - a postcode's outward code alone or with its sector ("LS12", "LS12 3" for LS12 3QT), in capitals, when the
      outward code has two letters or four characters ("B12" is as often a vitamin, "M1" a motorway).
    """
    sep = r"[\s\-./()]{0,4}"
    variants: list[str] = []
    if kind == "CASE_REF":
        groups = _GROUPS.findall(value)
        def group(text: str) -> str:
            if text.isdigit() and text.startswith("0") and len(text) > 1:
                return f"0*{regex.escape(text.lstrip('0') or '0')}"  # "00417" written "417"
            return regex.escape(text)
        body = sep.join(group(g) for g in groups)
        if body != sep.join(regex.escape(g) for g in groups):
            variants.append(f"(?i:{body})")
        first_digits = next((i for i, g in enumerate(groups) if g.isdigit()), None)
        if first_digits:  # letters in front dropped: what is left has a digit group of four or more
            rest = groups[first_digits:]
            if sum(len(g) for g in rest if g.isdigit()) >= 6 and len(rest) > 1:
                variants.append(f"(?i:{sep.join(group(g) for g in rest)})")
    elif kind == "NI_NUMBER":
        chars = "".join(ch for ch in value if ch.isalnum()).upper()
        if regex.fullmatch(r"[A-Z]{2}\d{6}[A-D]", chars):
            variants.append(f"(?i:{sep.join(regex.escape(ch) for ch in chars[:-1])})")
    elif kind == "POSTCODE":
        parts = _OUTWARD.match(value.strip())
        if parts is not None and (len(parts[1]) >= 4 or parts[1][1:2].isalpha()):
            outward = parts[1].upper()
            spaced = r"[ ]?".join(regex.escape(ch) for ch in outward)
            # not the outward code of another full postcode ("LS12 4AB"), nor a sector of another ("LS12 4")
            variants.append(f"{spaced}(?:[ ]+{parts[2]}(?![A-Za-z\\d])|(?![ ]*\\d(?:[A-Za-z]{{2}})?(?![A-Za-z\\d])))")
    return variants
