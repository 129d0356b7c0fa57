"""The shapes of a UK address line, shared by the address recognizer (one concept: how a line reads).

- a numbered street: "14 Abbey Road", "14 Abbey Rd", "14 ABBEY RD", "14 abbey road" (lower case only
  with an unambiguous street type: "5 minutes walk" is no address);
- premises before it: a floor, a flat or unit ("Flat 3", "Flat 2/1", "Flat 12b", "Unit 3"), a building
  ("Jubilee House,");
- a numbered building then an unnumbered street: "8 Kelvin House, Juniper Avenue", "Flat 12b Parkhill
  Court, Duke Street";
- a business unit: "Unit 3, Conway Park Business Centre", "Unit 28, Lowfield Trading Estate", "Units 4-5,
  Kingsway Trading Estate", "Unit 7, Riverside Ind Est";
- a house name then a street: "Bryn Awel, Llanfair Road", "Tŷ Gwyn, Ffordd y Llan" (at a line's start
  or after an address cue only).
"""

from __future__ import annotations

__all__ = ["EVERYDAY_STREET_LINE", "EVERYDAY_STREET_TYPES", "WORLD_STREET_TYPES", "BUSINESS_UNIT", "HOUSE_NAME_LINE", "LOWER_HOUSE_NAME_LINE", "LOWER_LINE", "LOWER_STREET", "STREET_ALONE", "STREET_LINE", "STREET_TYPES"]

STREET_TYPES = (
    "Road Rd Street St Avenue Ave Av Lane Ln Close Cl Drive Dr Way Crescent Cres Court Ct Place Pl Gardens Gdns "
    "Terrace Terr Tce Grove Gr Walk Hill Park Pk Row Square Sq Mews Rise View Green Parade Pde Gate Vale Wharf "
    "Yard Meadow Meadows Field Fields Croft Chase Brow Bank Boulevard Broadway Circus Embankment Esplanade "
    "Promenade Approach Wynd Loke Hollow Heights Orchard Quay Wood End Ffordd Heol Stryd Lôn"
).split()
# Street types of the rest of the English-speaking world (the USPS suffixes of Publication 28, the Australian and New
# Zealand road types of AS/NZS 4819, India's marg, nagar, ganj and chowk), read only after a house number and at
# least one capitalised word ("8450 Parrish Causeway", "56 Thompson Basin", "12 Raj Marg"): alone, most are ordinary
# words or names. Words that also end ordinary phrases after a number ("10 Reward Points", "a 20 Week Extension",
# "3 Bus Route", "2 Day Pass", "5 Next Steps", "2 Bedroom Flat") are not among them.
WORLD_STREET_TYPES = (
    "Alley Alleyway Amble Anchorage Arcade Artery Basin Beach Bend Bluff Bluffs Brook Brooks Burg Burgs Bypass Byway "
    "Canyon Cape Causeway Center Centers Centre Centreway Circle Circles Circlet Circuit Cliff Cliffs Common Commons "
    "Concourse Corner Corners Courts Courtyard Cove Coves Creek Crest Cross Crossing Crossroad Crossroads Crossway "
    "Curve Dam Dell Driveway Drives Estate Estates Expressway Fairway Falls Ferry Ford Fords Forest Forge Forges Fork "
    "Forks Freeway Garden Gateway Glade Glen Glens Grange Greens Groves Gully Harbor Harbors Harbour Haven Highroad "
    "Highway Hills Inlet Interchange Island Islands Isle Junction Junctions Knoll Knolls Lake Lakes Landing Laneway "
    "Lees Link Manor Manors Meander Mount Mountain Mountains Motorway Nook Orchards Oval Overpass Parklands Parkway "
    "Parkways Pike Pine Pines Plains Plaza Port Ports Prairie Quays Radial Ramble Ramp Ranch Rapids Reserve Retreat "
    "Ridge Ridges Ridgeway Riviera River Roads Roadway Shoal Shoals Shore Shores Skyway Springs Spur Spurs Stairs "
    "Station Strand Stravenue Stream Streets Strip Summit Throughway Tollway Towers Trafficway Trail Trails Tunnel "
    "Turnpike Underpass Valley Valleys Viaduct Views Village Villages Ville Vista Walks Walkway Ways Marg Nagar Ganj "
    "Chowk Salai"
).split()
_LOWER_TYPES = ("road street avenue lane close crescent gardens terrace grove court mews square parade boulevard drive way rise "
                "row place rd ave ln dr gr cl ct cres gdns tce").split()
_BUILDING_TYPES = (
    "House Hse Court Ct Lodge Cottage Farm Mansions Building Buildings Villa Villas Hall Flats Tower Point Centre "
    "Chambers Mill Works Place Heights"
).split()
_PREMISES = (
    r"(?:Business[ ](?:Centre|Park|Village|Quarter)|(?:Trading|Industrial)[ ](?:Estate|Park)|Enterprise[ ](?:Park|Centre|Zone)"
    r"|(?:Retail|Science|Technology|Trade|Commercial|Distribution|Logistics)[ ](?:Park|Centre)"
    # written short: "Riverside Ind Est", "Moor Trad. Est.", "Kingsway Bus. Pk"
    r"|(?:Ind|Trad|Trading|Industrial)\.?[ ]Est|(?:Bus|Ind|Business|Industrial)\.?[ ]Pk"
    r"|Caravan[ ]Park|Site|Estate|Centre|Park|House|Court|Buildings|Mill|Works|Chambers)"
)


def _either_case(words: list[str]) -> str:
    """Each word as written ("Road") or in capitals ("ROAD"), longest first (then alphabetical: the same pattern in
    every process, so redaction.pattern_cache finds it compiled)."""
    forms = sorted({w for word in words for w in (word, word.upper())}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(forms) + ")"


_STREET = _either_case(STREET_TYPES)
_BUILDING = _either_case(_BUILDING_TYPES)
_CAP = r"\p{Lu}[\p{L}'’\-]*"
_SEP = r"(?:[ ]|[ ]?\n[ ]?)"  # a line may wrap inside an address
_NUMBER = r"\d+[A-Za-z]?(?:[\-–]\d+[A-Za-z]?)?"
# "Flat 3", "Flat 2/1", "Units 4-5", "Flat B", and a Traveller site's "Plot 4" or a caravan park's "Pitch 12"
_FLAT = (r"(?:(?i:Flat|Apartment|Apt\.?|Units?|Room|Suite|Studio|Level|Plot|Pitch)(?:[ ]+|[ ]?\n[ ]?)"
         r"(?:\d+(?:/\d+|(?<=Units[ ]\d+)[\-–]\d+)?[A-Za-z]?|(?<=(?i:Flat|Apartment|Apt\.?)[ ])[A-H](?![\p{L}\p{N}])))")
# A unit written after its street, on the same line: "4547 James Spurs Apt. 949", "8450 Parrish Causeway Suite 416".
_UNIT_AFTER = r"(?:,?[ ](?:Apt\.?|Apartment|Suite|Ste\.?|Unit|\#)[ ]?\d+[A-Za-z]?\b)"
_WORLD_STREET = "(?:" + "|".join(sorted(WORLD_STREET_TYPES, key=len, reverse=True)) + ")"
# Street types that are also everyday words after a number ("10 Reward Points", "2 Day Pass"): a street only when the
# words before them are no English words ("505 Tony Well", "893 Vanessa Pass"; see UkAddressRecognizer.keep).
EVERYDAY_STREET_TYPES = ("Flat Flats Top Round Path Pass Line Run Well Wells Points Point Extension Extensions Pathway "
                         "Route Steps Loop Trace Track Camp Key Keys Spring Fall Curve Bottom Branch Divide Lodge "
                         "Mission Union Unions Club Land Light Lights Plain Wall").split()
_EVERYDAY_STREET = "(?:" + "|".join(sorted(EVERYDAY_STREET_TYPES, key=len, reverse=True)) + ")"
# "1 Webb Drive⏎RD 4": New Zealand's rural delivery number after a street whose type read as "RD"
_RD_AFTER = r"(?:(?<=\nRD)[ ]\d+\b)"
_FLOOR = r"(?:\d+(?:st|nd|rd|th)[ ]+Floor,?[ ]+)"
# "St Bees's" is a saint, not a street; "Hollins St. The ..." is a street before a new sentence.
_NOT_SAINT = r"(?!(?<=\bSt)\.?[ ]+(?!(?:The|A|An|I|We|He|She|They|It|This|Her|His|My|Our|Please)\b)\p{Lu}\p{Ll})"
# a street's words: capitalised, or a compass point or an ordinal ("402 W. 5th Ave.", "12 E 42nd Street")
# a type with no name before it is a street only right after its number and before no capitalised word or number:
# "15 Road Cones", "3 Park Benches", "Section 4, Lane 2" are none
_STREET_NAME = (rf"(?:(?:(?:{_CAP}|[NSEW]\.|[NSEW](?=[ ]\d)|(?<!\b(?:19|20)\d\d[ ])\d+(?:st|nd|rd|th)){_SEP}){{1,3}}{_STREET}\b{_NOT_SAINT}"
                rf"|(?<=\d[A-Za-z]?[ ]){_STREET}\b(?![ ]+(?:\p{{Lu}}\p{{Ll}}|\d)){_NOT_SAINT})")
_NAMED_BUILDING = rf"(?:{_CAP}[ ](?:{_CAP}[ ])?{_BUILDING}\b)"

STREET_LINE = (
    # the world's street types: a house number (a unit's number before it: "0/54", "Level 7 9") and capitalised words
    rf"(?:{_FLAT},?{_SEP})?(?:\d+/)?{_NUMBER},?[ ](?:{_CAP}[ ]){{1,3}}{_WORLD_STREET}\b(?![\-'’]){_UNIT_AFTER}?"
    rf"|{_FLOOR}?(?:{_FLAT},?{_SEP})?(?:{_NAMED_BUILDING},?[ ]+)?{_NUMBER},?{_SEP}{_STREET_NAME}(?:{_UNIT_AFTER}|{_RD_AFTER})?"
    rf"|(?:{_NUMBER}|{_FLAT})[ ]+{_NAMED_BUILDING},?{_SEP}{_STREET_NAME}"
    # a flat on its line, its unnumbered street on the next: "Studio 8⏎Haynes Oval", "Flat 28j⏎Pearce Spur"
    rf"|{_FLAT}[ ]?\n[ ]?(?:{_CAP}[ ]){{1,3}}(?:{_STREET}|{_WORLD_STREET})\b(?![\-'’]){_NOT_SAINT}"
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

# A house number, capitalised words and an everyday street type ("505 Tony Well"): the recognizer keeps it only when
# the words are no English words.
EVERYDAY_STREET_LINE = (
    rf"(?:{_FLAT},?{_SEP})?(?:\d+/)?{_NUMBER},?[ ](?P<words>(?:{_CAP}[ ]){{1,2}}){_EVERYDAY_STREET}\b(?![\-'’]){_UNIT_AFTER}?"
)
