"""Street address lines and address blocks.

Finds "14 Abbey Road", "Flat 3, 22 Wilmslow Road", "2nd Floor Jubilee House, 15 Abbey Road", then
extends a line over the town and county that follow it ("…, Barrow in Furness, Cumbria"), and takes
the short capitalised lines of a letter's address block that end at a postcode.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.english import is_english_word
from redaction.text.recognizers.address_grammar import (
    BUSINESS_UNIT,
    EVERYDAY_STREET_LINE,
    HOUSE_NAME_LINE,
    LOWER_HOUSE_NAME_LINE,
    LOWER_LINE,
    LOWER_STREET,
    STREET_ALONE,
    STREET_LINE,
    STREET_TYPES,
)
from redaction.text.recognizers.postcode import UkAnyPostcodeRecognizer
from redaction.text.recognizers.world_streets import extend, extend_back
from redaction.text.text_caches import per_text

__all__ = ["UkAddressRecognizer"]

_CAP = r"\p{Lu}[\p{L}'’\-]*"
_PLACE = rf"{_CAP}(?:[ \-](?:{_CAP}|in|on|upon|under|le|by|the|de|en))*"
_TRAILING_PLACES = regex.compile(
    rf"(?:,[ ]*\n?[ ]*|[ ]*\n[ ]*)(?!(?:Tel|Phone|Email|E-mail|Mobile|Dear|Re|Date|Ref)\b){_PLACE}"
    rf"(?=[ ]*(?:[,;.)]|\n|$|[ ]+[A-Z]{{1,2}}\d)|[ ]+(?:will|is|was|has|have|can|should|continues?)\b)"
)
# In lower-case text: a town just before a postcode (", todmorden LE9 0FZ") or on the line above it.
_LOWER_PLACE = r"\p{Ll}[\p{Ll}'’\-]*(?:[ ]\p{Ll}[\p{Ll}'’\-]*){0,2}"
_LOWER_BEFORE_POSTCODE = regex.compile(
    rf"(?r)(?<=,[ ]?|^[ \t]*)(?!(?:and|the|if|at|in|to)\b)(?:{LOWER_STREET},[ ]*)?{_LOWER_PLACE}[ ]*,?[ ]*\Z", regex.MULTILINE)
_LOWER_PLACE_LINE = regex.compile(rf"(?r)(?<=^[ \t]*)(?:\d+[a-z]?,?[ ]+)?{_LOWER_PLACE}(?:,[ ]*{_LOWER_PLACE})?[ ]*,?[ ]*\n[ \t]*(?:{_LOWER_PLACE}[ ]*,?[ ]*\n[ \t]*)?\Z", regex.MULTILINE)
_LOWER_TRAILING = regex.compile(
    r"(?:,[ ]*\n?[ ]*|[ ]*\n[ ]*)(?!(?:and|the|if|tel|dr|mrs|mr|ms|miss|email|phone|mob|she|he|we|they|it|i|you|which"
    r"|who|where|but|so|as|then|this|that|there|please|our|their|his|her)\b)\p{Ll}[\p{Ll}'’\-]*"
    # the town ends at punctuation, a line's end, a postcode, or a verb ("…, dalton-in-furness will continue")
    r"(?:[ ](?!(?:will|is|was|has|have|can|should|continues?)\b)\p{Ll}[\p{Ll}'’\-]*){0,2}"
    r"(?=[ ]*(?:[,;.)]|\n|$|[ ]+[A-Za-z]{1,2}\d)|[ ]+(?:will|is|was|has|have|can|should|continues?)\b)"
)
_BLOCK_LINE = regex.compile(rf"^[ \t]*(?:\d+[A-Za-z]?,?[ ]+)?{_CAP}(?:[ ,\-]+(?:{_CAP}|\d+[A-Za-z]?|of|in|on|upon|the|le|by)){{0,5}},?[ \t]*$", regex.MULTILINE)
_POSTCODE = UkAnyPostcodeRecognizer()
_EVERYDAY_LINE = regex.compile(EVERYDAY_STREET_LINE)
# "..., School Lane, Kendal LA9 6NN": a street without a number and a town, just before a postcode.
_STREET = "(?:" + "|".join(STREET_TYPES) + ")"
_BEFORE_POSTCODE = regex.compile(
    rf"(?r)(?:(?<=,[ ]?)|(?<=^[ \t]*)|(?<=[ \u00a0]{{2}}|\t))(?:(?:{_CAP}[ ]+){{1,3}}{_STREET},[ ]*)?{_PLACE}[ ]*,?[ ]*\Z",
    regex.MULTILINE,
)


_ADDRESS_LABEL = regex.compile(
    r"(?im)(?:(?:^|(?<=[ \t\u00a0]{2}|\t|[|;]))[ \t]*(?:(?:home|postal|current|correspondence|new|family|mailing|billing"
    r"|shipping|delivery|street|residential|permanent|registered|forwarding|return|previous|present)[ ])?"
    r"address(?:[ ]line[ ]?\d|[ ]\d|[ ]of[ ][\w ]{1,20})?[ \t]*[:\-–][ \t]*|\b(?:our|my|the[ ]family's|their|new)[ ]address[ ]is[ ]+)"
)
_CELL_END = regex.compile(r"[ \t\u00a0]{2,}|\t|[|;]|$", regex.MULTILINE)
_NOT_ADDRESS_LINE = regex.compile(r"[ \t]*(?:(?i:tel|phone|mobile|email|e-mail|dob|d\.o\.b|date|school|parent|dear|re)\b|[\p{L} ]{2,30}:)")


# A house name on its own line: one to three capitalised words (Welsh joiners allowed), no title, no label.
_HOUSE_NAME = regex.compile(
    rf"[ \t]*(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Dear|Re|To|From|Private|Confidential)\b){_CAP}(?:[ ](?:{_CAP}|y|yr)){{0,2}}[ \t,]*"
)


# Sign-offs and greetings of letters, e-mails and messages: they open a line before a name, never a house's.
_SIGN_OFF = regex.compile(
    r"(?i:(?:many[ ]|with[ ]|kind(?:est)?[ ]|best[ ]|warm(?:est)?[ ])?(?:thanks|thank[ ]you|regards|wishes)"
    r"|cheers|best|yours|sincerely|love|hi|hello|hiya|morning|afternoon|evening|ta)[ \t]*,")


@per_text(maxsize=512)  # asked by the address blocks and by the places before postcodes
def _postcodes(text: str) -> tuple[Span, ...]:
    return tuple(_POSTCODE.find(text))


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


class UkAddressRecognizer(UkPatternRecognizer):
    ENTITY = "ADDRESS"
    PATTERNS = [
        Pattern("street line", rf"(?<![\w£$.])(?P<id>{STREET_LINE})", 0.85),
        Pattern("business unit", rf"(?<![\w£$.])(?P<id>{BUSINESS_UNIT})", 0.8),
        Pattern("street line in lower case", rf"(?<![\w£$.])(?P<id>{LOWER_LINE})", 0.7),
        Pattern("street alone on a line", rf"(?m:^)[ \t]*(?P<id>{STREET_ALONE})[ \t]*,?[ \t]*(?m:$)", 0.6),
        Pattern("house name and street", rf"(?:^|(?<=(?i:address|lives[ ]at|live[ ]at|living[ ]at)[ :]+))[ \t]*(?P<id>{HOUSE_NAME_LINE})", 0.7),
        Pattern("house name and street in lower case",
                rf"(?:(?m:^)|(?<=(?i:lives[ ]at|live[ ]at|living[ ]at|address)[ :]*\n?))[ \t]*(?P<id>{LOWER_HOUSE_NAME_LINE})", 0.65),
        Pattern("street line with an everyday type", rf"(?<![\w£$.])(?P<id>{EVERYDAY_STREET_LINE})", 0.75),
        Pattern("building and floor", rf"(?<![\w])(?P<id>\d+(?:st|nd|rd|th)[ ]+Floor,?[ ]+{_CAP}[ ]{_CAP})", 0.7),
    ]
    CONTEXT = ["address", "lives at", "live at", "living at", "moved to"]

    def keep(self, pattern_name: str, found: str) -> bool:
        if pattern_name == "house name and street":
            # "Thanks, Joe Field" / "Regards, Amy Green": a sign-off or greeting before a name whose surname is a
            # street word, not a house name before its street
            return _SIGN_OFF.match(found) is None
        if pattern_name != "street line with an everyday type":
            return True
        match = _EVERYDAY_LINE.search(found)
        # "505 Tony Well", "893 Vanessa Pass" are streets; "10 Reward Points", "2 Day Pass" are not
        return match is not None and not any(is_english_word(w) for w in match.group("words").split())

    def find(self, text: str) -> Iterator[Span]:
        for span in super().find(text):
            span = self._extend_over_places(text, self._house_name_above(text, span))
            start, end, _ = extend(text, span.start, span.end)  # the units, buildings, codes of any country beside it
            yield Span(start, max(end, span.end), span.type, span.score, span.source)
        for span in (*self._blocks_ending_at_postcodes(text), *self._places_before_postcodes(text)):
            yield Span(extend_back(text, span.start), span.end, span.type, span.score, span.source)
        yield from self._address_fields(text)

    @staticmethod
    def _house_name_above(text: str, span: Span) -> Span:
        """An unnumbered street opening its line takes the house name on the line above ("Tŷ Gwyn⏎Llanfair Road")."""
        line_start = text.rfind("\n", 0, span.start) + 1
        if not text[span.start : span.start + 1].isupper() or text[line_start : span.start].strip() or line_start == 0:
            return span
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above = text[above_start : line_start - 1]
        if _HOUSE_NAME.fullmatch(above) is None:
            return span
        return Span(above_start + len(above) - len(above.lstrip()), span.end, span.type, span.score, span.source)

    @staticmethod
    def _address_fields(text: str) -> Iterator[Span]:
        """The value of an address field is an address, whatever its shape ("Address: Bryn Awel, Ruthin",
        "Address: Penrith"), including the lines it runs on to ("Address: Flat 1/1,⏎    3B Glebe Road,⏎
        Rochdale") or, when the label stands alone, the lines below it; a postcode ends it."""
        for label in _ADDRESS_LABEL.finditer(text):
            start = end = label.end()
            line_end = _line_end(text, start)
            stopped_at_gap = False
            if text[start:line_end].strip():
                end = _CELL_END.search(text, start, line_end).start()  # type: ignore[union-attr]
                stopped_at_gap = end < line_end
            for _ in range(0 if stopped_at_gap else 5):
                following = text[end + 1 : _line_end(text, end + 1)] if end < len(text) else ""
                runs_on = not text[start:end].strip() or text[start:end].rstrip().endswith(",") or following[:1] in " \t"
                if not following.strip() or not runs_on or _NOT_ADDRESS_LINE.match(following):
                    break
                end = _line_end(text, end + 1)
            postcode = next(iter(_POSTCODE.find(text[start:end])), None)
            if postcode is not None:
                end = start + postcode.start
            while end > start and text[end - 1] in " ,.;\t\n":
                end -= 1
            while start < end and text[start] in " \t\n":
                start += 1
            if end > start and any(ch.isalpha() for ch in text[start:end]):
                yield Span(start, end, "ADDRESS", 0.8, "pattern")

    @staticmethod
    def _places_before_postcodes(text: str) -> Iterator[Span]:
        for postcode in _postcodes(text):
            line_start = text.rfind("\n", 0, postcode.start) + 1
            before = _BEFORE_POSTCODE.search(text, line_start, postcode.start) or _LOWER_PLACE_LINE.search(
                text, max(0, line_start - 120), postcode.start) or _LOWER_BEFORE_POSTCODE.search(text, line_start, postcode.start)
            if before is not None:
                end = before.start() + len(before.group().rstrip(" ,\n\t"))
                if end > before.start():
                    yield Span(before.start(), end, "ADDRESS", 0.6, "pattern")

    @staticmethod
    def _extend_over_places(text: str, span: Span) -> Span:
        end = span.end
        trailing = _LOWER_TRAILING if text[span.start : span.end].islower() else _TRAILING_PLACES
        for _ in range(3):
            follow = trailing.match(text, end)
            if follow is None:
                break
            end = follow.end()
        return Span(span.start, end, span.type, span.score, span.source)

    @staticmethod
    def _blocks_ending_at_postcodes(text: str) -> Iterator[Span]:
        """A letter's address block: up to four short capitalised lines right above a postcode line."""
        for postcode in _postcodes(text):
            line_start = text.rfind("\n", 0, postcode.start) + 1
            start = postcode.start
            head = text[line_start : postcode.start]
            if head.strip() and _BLOCK_LINE.fullmatch(head.rstrip(" ,")) is None:
                continue
            if head.strip():
                start = line_start + len(head) - len(head.lstrip())
            for _ in range(4):
                if line_start == 0:
                    break
                prev_start = text.rfind("\n", 0, line_start - 1) + 1
                line = text[prev_start : line_start - 1]
                if not line.strip() or _BLOCK_LINE.fullmatch(line) is None or len(line) > 60:
                    break
                start, line_start = prev_start + len(line) - len(line.lstrip()), prev_start
            if start < postcode.start:
                end = postcode.start
                while end > start and text[end - 1] in " ,\n\t":
                    end -= 1
                if end > start:
                    yield Span(start, end, "ADDRESS", 0.6, "pattern")
