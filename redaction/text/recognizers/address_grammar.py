"""The shapes of a UK address line, shared by the address recognizer (one concept: how a line reads).

- a numbered street: "14 Abbey Road", "14 Abbey Rd", "14 ABBEY RD", "14 abbey road" (lower case only
  with an unambiguous street type: "5 minutes walk" is no address);
- premises before it: a floor, a flat or unit ("Flat 3", "Flat 2/1", "Flat 12b", "Unit 3"), a building
  ("Jubilee House,");
- a numbered building then an unnumbered street: "8 Kelvin House, Juniper Avenue", "Flat 12b Parkhill
  Court, Duke Street";
- a business unit: "Unit 3, Conway Park Business Centre", "Unit 28, Lowfield Trading Estate";
- a house name then a street: "Bryn Awel, Llanfair Road", "Tŷ Gwyn, Ffordd y Llan" (at a line's start
  or after an address cue only).
"""

from __future__ import annotations

__all__ = ["BUSINESS_UNIT", "HOUSE_NAME_LINE", "LOWER_HOUSE_NAME_LINE", "LOWER_LINE", "LOWER_STREET", "STREET_ALONE", "STREET_LINE", "STREET_TYPES"]

STREET_TYPES = (
    "Road Rd Street St Avenue Ave Av Lane Ln Close Cl Drive Dr Way Crescent Cres Court Ct Place Pl Gardens Gdns "
    "Terrace Terr Tce Grove Gr Walk Hill Park Pk Row Square Sq Mews Rise View Green Parade Pde Gate Vale Wharf "
    "Yard Meadow Meadows Field Fields Croft Chase Brow Bank Boulevard Broadway Circus Embankment Esplanade "
    "Promenade Approach Wynd Loke Hollow Heights Orchard Quay Wood End Ffordd Heol Stryd Lôn"
).split()
_LOWER_TYPES = ("road street avenue lane close crescent gardens terrace grove court mews square parade boulevard drive way rise "
                "row place rd ave ln dr gr cl ct cres gdns tce").split()
_BUILDING_TYPES = (
    "House Hse Court Ct Lodge Cottage Farm Mansions Building Buildings Villa Villas Hall Flats Tower Point Centre "
    "Chambers Mill Works Place Heights"
).split()
_PREMISES = (
    r"(?:Business[ ]Centre|Business[ ]Park|Trading[ ]Estate|Industrial[ ]Estate|Enterprise[ ](?:Park|Centre)"
    r"|Retail[ ]Park|Science[ ]Park|Estate|Centre|Park|House|Court|Buildings|Mill|Works|Chambers)"
)


def _either_case(words: list[str]) -> str:
    """Each word as written ("Road") or in capitals ("ROAD"), longest first."""
    forms = sorted({w for word in words for w in (word, word.upper())}, key=len, reverse=True)
    return "(?:" + "|".join(forms) + ")"


_STREET = _either_case(STREET_TYPES)
_BUILDING = _either_case(_BUILDING_TYPES)
_CAP = r"\p{Lu}[\p{L}'’\-]*"
_SEP = r"(?:[ ]|[ ]?\n[ ]?)"  # a line may wrap inside an address
_NUMBER = r"\d+[A-Za-z]?(?:[\-–]\d+[A-Za-z]?)?"
_FLAT = r"(?:(?i:Flat|Apartment|Apt\.?|Unit|Room|Suite)(?:[ ]+|[ ]?\n[ ]?)\d+(?:/\d+)?[A-Za-z]?)"
_FLOOR = r"(?:\d+(?:st|nd|rd|th)[ ]+Floor,?[ ]+)"
# "St Bees's" is a saint, not a street; "Hollins St. The ..." is a street before a new sentence.
_NOT_SAINT = r"(?!(?<=\bSt)\.?[ ]+(?!(?:The|A|An|I|We|He|She|They|It|This|Her|His|My|Our|Please)\b)\p{Lu}\p{Ll})"
_STREET_NAME = rf"(?:{_CAP}{_SEP}){{0,3}}{_STREET}\b{_NOT_SAINT}"
_NAMED_BUILDING = rf"(?:{_CAP}[ ](?:{_CAP}[ ])?{_BUILDING}\b)"

STREET_LINE = (
    rf"{_FLOOR}?(?:{_FLAT},?[ ]+)?(?:{_NAMED_BUILDING},?[ ]+)?{_NUMBER},?{_SEP}{_STREET_NAME}"
    rf"|(?:{_NUMBER}|{_FLAT})[ ]+{_NAMED_BUILDING},?{_SEP}{_STREET_NAME}"
)
BUSINESS_UNIT = rf"{_FLAT},?{_SEP}(?:{_CAP}{_SEP}){{1,3}}{_PREMISES.replace('[ ]', _SEP)}\b"
_LOWER_WORD = r"(?!(?:and|a|the|of|to|in|on|at|for|with|or|by|from|my|our|your|his|her)\b)\p{Ll}[\p{Ll}'’\-]*"
# "an hour's drive", "2 minutes walk": a number of these is no house number.
_NOT_AFTER_NUMBER = r"(?!(?:minutes?|mins?|hours?|hrs?|miles?|days?|weeks?|months?|years?|times?|sessions?|more|or|of)\b)"
_LOWER_STREET = rf"(?:{_LOWER_WORD}{_SEP}){{1,3}}(?:{'|'.join(_LOWER_TYPES)})\b(?!['’])"
_LOWER_BUILDING = r"(?:court|house|lodge|buildings|centre|park|estate|cottage|farm|hall|mill|point|tower)"
LOWER_LINE = (
    rf"(?:(?:flat|unit)[ ]+\d+(?:/\d+)?[a-z]?,?[ ]+)?\d+[a-z]?[ ]+{_NOT_AFTER_NUMBER}{_LOWER_STREET}"
    # "63 wellington house, elmwood drive"
    rf"|\d+[a-z]?[ ]+(?:{_LOWER_WORD}[ ]){{1,2}}{_LOWER_BUILDING},?{_SEP}{_LOWER_STREET}"
    # "flat 17b lochside court, parkside grove", "unit 21, conway park business centre"
    rf"|(?:flat|unit|apartment)[ ]+\d+(?:/\d+)?[a-z]?,?{_SEP}(?:\d+[a-z]?[ ]+)?(?:{_LOWER_WORD}{_SEP}){{1,3}}"
    rf"(?:court|house|lodge|buildings|centre|park|estate)\b(?:,[ ]+{_LOWER_STREET})?"
)
# Welsh names put the street type first: "Ffordd y Llan", "Heol Eglwys".
_WELSH_STREET = rf"(?:Ffordd|Heol|Stryd|Lôn)(?:[ ](?:y|yr|{_CAP})){{1,3}}"
HOUSE_NAME_LINE = (
    rf"{_CAP}(?:[ ](?:{_CAP}|y|yr|an|na|the))?(?:[ ]{_CAP})?,[ ]+"
    rf"(?:(?:{_CAP}[ ]){{1,3}}{_STREET}\b{_NOT_SAINT}|{_WELSH_STREET})"
)
# In lower case, a house name then its street, at a line's start or after "live at": "cartref, priory drive".
LOWER_STREET = _LOWER_STREET
LOWER_HOUSE_NAME_LINE = rf"{_LOWER_WORD}(?:[ ]{_LOWER_WORD})?,[ ]+{_LOWER_STREET}"
# An unnumbered street alone on its line, as in an address block under a house name.
STREET_ALONE = rf"(?:(?:{_CAP}[ ]){{1,3}}{_STREET}\b{_NOT_SAINT}|{_WELSH_STREET})"
