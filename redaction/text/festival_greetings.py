"""A festival's greeting is no one: "Happy Hanukkah", "Merry Christmas", "Happy Eid", "Blessed Ramadan", "Happy New
Year", "Happy Diwali to all our members". Cards, notices, newsletters and group chats open and close so; a model
reads the two capitalised words as a given name and a surname ("Merry" and "Christmas" are both in the lists).

A PERSON candidate is the greeting when its words are a greeting word (and the festival words after it), or the
greeting word alone with the festival right after it; the festivals are those of the named-things list
(:data:`redaction.text.named_things.NAMED_THINGS`) and the calendar's holidays written here.
"""

from __future__ import annotations

import regex

from redaction.spans import Span

__all__ = ["why_festival_greeting"]

_GREETING = r"(?:Happy|Merry|Blessed|Joyous|Joyful|Peaceful|Warm|Season's|Seasons)"
_FESTIVAL = (
    r"(?:Christmas|Xmas|Easter|New[ ]Year|Holidays|Hanukkah|Chanukah|Channukah|Eid|Eid[ ]al-Fitr|Eid[ ]al-Adha|Eid[ ]Mubarak"
    r"|Ramadan|Diwali|Deepavali|Holi|Navratri|Vaisakhi|Baisakhi|Passover|Pesach|Purim|Rosh[ ]Hashanah|Sukkot|Nowruz"
    r"|Lunar[ ]New[ ]Year|Chinese[ ]New[ ]Year|Tet|Onam|Pongal|Kwanzaa|Thanksgiving|Halloween|Midsummer|Juneteenth"
    r"|Hogmanay|St[ ]Patrick['’]s[ ]Day|Independence[ ]Day|Mother['’]s[ ]Day|Father['’]s[ ]Day|Greetings)"
)
_WHOLE = regex.compile(rf"{_GREETING}(?:[ ]{_FESTIVAL})?")
_FESTIVAL_AFTER = regex.compile(rf"[ ]{_FESTIVAL}(?![\p{{L}}\p{{N}}])")
_GREETING_BEFORE = regex.compile(rf"{_GREETING}[ ]\Z")


def why_festival_greeting(text: str, span: Span) -> str | None:
    """Why a PERSON candidate is a festival's greeting, or a festival after its greeting, or ``None``."""
    if span.type != "PERSON":
        return None
    surface = text[span.start : span.end]
    greeting = _WHOLE.fullmatch(surface) is not None and (
        " " in surface or _FESTIVAL_AFTER.match(text, span.end) is not None)
    festival = (regex.fullmatch(_FESTIVAL, surface) is not None
                and _GREETING_BEFORE.search(text, max(0, span.start - 12), span.start) is not None)
    if greeting or festival:
        return "a festival's greeting ('Happy Hanukkah', 'Merry Christmas'), no one"
    return None
