"""North American and Australian street addresses written on one line in lower case, as chat and forum posts write
them: "send it to 1600 pennsylvania ave nw washington dc 20500", "im at 42 oak st apt 3 springfield il 62704",
"88 king st w toronto on m5h 1a1", "3/14 smith st fitzroy vic 3065".

:mod:`.world_address` anchors an address on its country's postal tail written with capitals ("Springfield, IL
62704"); in lower case the state code is an ordinary word ("in", "or", "me", "ok"), and only the whole shape tells:
a house number, street words ending in a street type (and a direction or a unit), a town of one to three words,
the state's or province's code and the ZIP, postal code or four-digit postcode that belongs to it. Nothing shorter
is taken: a street alone in lower case ("42 oak st") is left to the street readers.
"""

from __future__ import annotations


from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.address_grammar import STREET_TYPES, WORLD_STREET_TYPES

__all__ = ["LowerCaseAddressRecognizer"]

_TYPES = "|".join(sorted({t.lower() for t in (*STREET_TYPES, *WORLD_STREET_TYPES)} | {"blvd", "pkwy", "hwy", "cres"},
                         key=lambda t: (-len(t), t)))
_US = ("al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or "
       "pa pr ri sc sd tn tx ut vt va wa wv wi wy").split()
_CA = "ab bc mb nb nl ns nt nu on pe qc sk yt".split()
_AU = "nsw vic qld wa sa tas act nt".split()
_WORDS = r"[a-z][a-z'’\.\-]*"
_STREET = (rf"\d+[a-z]?(?:[-/]\d+[a-z]?)?[ ]+(?:{_WORDS}[ ]+){{1,4}}?(?:{_TYPES})\.?"
           r"(?:[ ]+(?:n|s|e|w|ne|nw|se|sw|north|south|east|west))?"
           r"(?:,?[ ]+(?:apt|apartment|unit|suite|ste|#)\.?[ ]*#?[a-z0-9\-]+)?")
_TOWN = rf"{_WORDS}(?:[ ]+{_WORDS}){{0,2}}"
_LOWER_ADDRESS = (
    rf"(?<![\p{{L}}\d])(?:(?:unit|apt|flat)[ ]+(?:[a-z]?\d+[a-z]?|[a-z]),?[ ]+)?{_STREET},?[ ]+{_TOWN},?[ ]+"
    rf"(?:(?:{'|'.join(sorted(_US, key=len, reverse=True))})[ ]+\d{{5}}(?:-\d{{4}})?"
    rf"|(?:{'|'.join(sorted(_CA, key=len, reverse=True))})[ ]+[a-z]\d[a-z][ ]?\d[a-z]\d"
    rf"|(?:{'|'.join(sorted(_AU, key=len, reverse=True))})[ ]+\d{{4}})(?![\p{{L}}\d])"
)


class LowerCaseAddressRecognizer(UkPatternRecognizer):
    ENTITY = "ADDRESS"
    PATTERNS = [Pattern("lower-case one-line address", _LOWER_ADDRESS, 0.75)]
