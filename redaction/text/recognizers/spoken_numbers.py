"""Numbers that are not written as digits: read aloud (voicemail and call transcripts) or misread by OCR.

Spoken: "oh seven seven double oh nine hundred three one two", "oh one nine one, four nine six, oh three two
two", "plus three five one, nine one two ...", "nine hunner" (Scots); a run of digit words (and digits) read
as the digits it says ("double"/"triple" repeat the next one, "hundred" after a digit is two noughts) is a
phone number when it says a UK number's first digit and length (a partial one too: seven digits or more
after "oh"), or nine digits or more after "plus". A postcode spelt out, letter by letter with its digits as
words or digits ("D D four, eight J F", "S W 1 A 2 A A"), is one when the letters and digits it says make a
postcode.

OCR'd: a scan's text has letters for digits ("O151 496 O2l8", "46l4 767 62l", "485O57441", "L9 lEP"). A word
made only of digits and the letters OCR confuses with them (O o l I |), with a real digit in it, is read as
digits, and the phone, NHS number, ULN and postcode recognizers run on that reading; what they find there
with a confused letter in it is found here, at the same place in the text (the reading keeps every offset).
A text with no digit beside such a letter is not read again.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.nhs_number import UkNhsNumberRecognizer
from redaction.text.recognizers.phone import UkPhoneRecognizer, national_digits
from redaction.text.recognizers.postcode import INWARD, OUTWARD, UkAnyPostcodeRecognizer
from redaction.text.recognizers.uln import UkUlnRecognizer

__all__ = ["OcrNumberRecognizer", "SpokenNumberRecognizer", "spoken_digits"]

_DIGIT_OF = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "nil": "0", "one": "1", "two": "2", "three": "3",
             "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_ONE = r"(?:oh|o|zero|nought|nil|one|two|three|four|five|six|seven|eight|nine)(?!\p{L})"
_WORD = rf"(?:(?:double|triple)[ \-]?{_ONE}|{_ONE}|hundred|hunner|\d{{1,5}})"
_GAP = r"(?:[ ]?[,\-][ ]?|[ ]{1,3}|\.\.\.[ ]?)"
_SPOKEN_PHONE = regex.compile(
    rf"(?<![\p{{L}}\d])(?i:(?P<plus>plus{_GAP})?{_WORD}(?:{_GAP}{_WORD}){{5,}})(?![\p{{L}}\d])")
# A postcode spelt out: capital letters alone and digits (as words or digits), five to seven of them.
_LETTER_OR_DIGIT = rf"(?:[A-Z]|(?i:{_ONE})|\d)"
_SPOKEN_POSTCODE = regex.compile(
    rf"(?<![\p{{L}}\d])(?:[A-Z]{_GAP}){{1,2}}{_LETTER_OR_DIGIT}(?:{_GAP}{_LETTER_OR_DIGIT}){{2,4}}(?![\p{{L}}\d])")
_TOKEN = regex.compile(rf"(?i:(?P<times>double|triple)[ \-]?(?P<what>{_ONE})|(?P<one>{_ONE})|(?P<hundred>hundred|hunner)"
                       r"|(?P<digits>\d+)|(?P<plus>plus))|(?P<letter>[A-Z])")
_POSTCODE = regex.compile(OUTWARD + INWARD)
_PREFILTER = regex.compile(r"(?i:\b(?:oh|zero|double)\b|plus[ ,]+(?:one|two|three|four|five|six|seven|eight|nine)\b)"
                           r"|\b[A-Z][ ,]+[A-Z][ ,]+(?:\d|[a-z]+)\b")  # the letters of a spelt postcode in capitals


def spoken_digits(spoken: str) -> str:
    """The digits a spoken number says ("oh seven double oh nine hundred" -> "0700900")."""
    out: list[str] = []
    for token in _TOKEN.finditer(spoken):
        if token["times"]:
            out.append(_DIGIT_OF[token["what"].lower()] * (2 if token["times"].lower() == "double" else 3))
        elif token["one"]:
            out.append(_DIGIT_OF[token["one"].lower()])
        elif token["hundred"]:
            if out:  # "nine hundred": two noughts after the digit; alone it says nothing
                out.append("00")
        elif token["digits"]:
            out.append(token["digits"])
    return "".join(out)


def _words(spoken: str) -> int:
    return sum(1 for t in _TOKEN.finditer(spoken) if t["one"] or t["times"])


class SpokenNumberRecognizer(UkPatternRecognizer):
    """Phone numbers and postcodes read aloud (see the module's docstring)."""

    ENTITY = "PHONE"
    PATTERNS = [Pattern("spoken phone", _SPOKEN_PHONE.pattern, 0.8),
                Pattern("spelt postcode", _SPOKEN_POSTCODE.pattern, 0.8)]

    def find(self, text: str) -> Iterator[Span]:
        if _PREFILTER.search(text) is None:
            return
        for match in _SPOKEN_PHONE.finditer(text):
            surface = match.group()
            digits = spoken_digits(surface)
            if _words(surface) < 4:  # digits typed with a word or two between them are the phone recognizer's
                continue
            if match["plus"] and 9 <= len(digits) <= 15:
                yield Span(match.start(), match.end(), "PHONE", 0.8, "pattern")
            elif digits.startswith("0") and len(digits) in range(7, 12) and digits[1:2] in ("1", "2", "3", "7", "8"):
                yield Span(match.start(), match.end(), "PHONE", 0.8, "pattern")
        for match in _SPOKEN_POSTCODE.finditer(text):
            letters = "".join(t["letter"] or _DIGIT_OF.get((t["one"] or "").lower(), "") or (t["digits"] or "")
                              for t in _TOKEN.finditer(match.group()))
            if _POSTCODE.fullmatch(letters):
                yield Span(match.start(), match.end(), "POSTCODE", 0.8, "pattern")


_CONFUSED = "OolI|"
_READ_AS_DIGIT = str.maketrans(_CONFUSED, "00111")
_OCR_PREFILTER = regex.compile(r"\d[OolI|]|[OolI|]\d")
# A word of digits and confusable letters, with at least one real digit; and a postcode's inward part whose digit is
# a confused letter after an outward part ("L9 lEP").
_OCR_WORD = regex.compile(r"(?<![\p{L}\d|])[\dOolI|]*\d[\dOolI|]*(?![\p{L}\d|])")
_OCR_INWARD = regex.compile(r"(?<=(?<![\p{L}\d])[A-Z]{1,2}[\dOlI|][A-Z\dOlI|]?[ ])[lI|O](?=[A-Z]{2}(?![\p{L}\d]))")
_OCR_OUTWARD = regex.compile(r"(?<=(?<![\p{L}\d])[A-Z]{1,2})[\dOlI|]{1,2}(?=[ ][\dOlI|][A-Z]{2}(?![\p{L}\d]))")


def ocr_reading(text: str) -> tuple[str, list[int]]:
    """The text with each confused letter in a word of digits read as its digit (same length), and where."""
    chars = list(text)
    changed: list[int] = []
    for match in _OCR_WORD.finditer(text):
        if any(ch in _CONFUSED for ch in match.group()):
            for i in range(match.start(), match.end()):
                if text[i] in _CONFUSED:
                    chars[i] = text[i].translate(_READ_AS_DIGIT)
                    changed.append(i)
    for match in _OCR_OUTWARD.finditer(text):
        if any(ch in _CONFUSED for ch in match.group()) and any(ch.isdigit() for ch in match.group()):
            for i in range(match.start(), match.end()):
                if text[i] in _CONFUSED:
                    chars[i] = text[i].translate(_READ_AS_DIGIT)
                    changed.append(i)
    for match in _OCR_INWARD.finditer("".join(chars)):
        chars[match.start()] = text[match.start()].translate(_READ_AS_DIGIT)
        changed.append(match.start())
    return "".join(chars), changed


class OcrNumberRecognizer(UkPatternRecognizer):
    """Phone numbers, NHS numbers, ULNs and postcodes with OCR's letters for digits (see the module's docstring)."""

    ENTITY = "PHONE"
    PATTERNS = [Pattern("ocr word", _OCR_WORD.pattern, 0.6)]

    def __init__(self) -> None:
        super().__init__()
        self._readers = (UkPhoneRecognizer(), UkNhsNumberRecognizer(), UkUlnRecognizer(), UkAnyPostcodeRecognizer())

    def find(self, text: str) -> Iterator[Span]:
        if _OCR_PREFILTER.search(text) is None:
            return
        read, changed = ocr_reading(text)
        if not changed:
            return
        for reader in self._readers:
            for span in reader.find(read):
                if any(span.start <= i < span.end for i in changed):
                    if span.type == "PHONE" and len(national_digits(read[span.start : span.end])) < 10:
                        continue
                    yield Span(span.start, span.end, span.type, span.score, "pattern")
