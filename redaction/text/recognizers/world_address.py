"""Street addresses as other countries write them: the postal tail that ends them, and the lines before it.

A UK address ends at its postcode (:class:`.address.UkAddressRecognizer`); others end at a tail of their
own country's shape, which is specific enough to anchor the whole address:

- US: "Springfield, IL 62704" (city, state code, ZIP or ZIP+4);
- Canada: "Toronto, ON M5H 1K5" (city, province code, postal code);
- Australia: "Fitzroy VIC 3065" (suburb, state code, four digits);
- India: "Gurgaon, Haryana 122001", "Bengaluru - 560001" (a state or a dash, then the six-digit PIN);
- Ireland: an Eircode ("V95 X2Y3") after a county ("Co. Clare");
- Germany, France and most of Europe: "10115 Berlin", "75002 Paris" (postcode before the town), and New
  Zealand's "Wellington 6011": only after a street line, since five digits and a word are common.

- US forces' mail: "APO AE 09413" after "Unit 6244 Box 6774", "PSC 1234, Box 5678" or "USNS Lee";
- an Irish street line with its Eircode on the same line ("34 Bishop Street R87 ANT7"), and the town after it.

From the tail, the address runs back over the comma- or line-separated parts an address has (a town,
"Apt 4B", "Suite 3300", "PO Box 1123", "House No. 12", "Sector 15") up to its street line, in any of
the layouts: "1420 Maple Ave", "55 Rue Sainte-Catherine Ouest", "12 rue de la Paix", "Hauptstraße 12",
"Friedrichstr. 45a", with a unit before the number or after the street ("Level 7 9 Howell Top", "246 Deanna
Trail Apt. 204"), New Zealand's "RD 1", or a house number alone before an unnumbered street ("70/059, Thakkar
Street"). A sentence's words before the street ("send the forms to") stay.

A UK address written on one line, its parts joined by commas before the postcode ("Unit 4, Bath Street,
Hereford HR1 2HE"), is taken whole the same way (:func:`_uk_chains`): the UK recognizer reads blocks of
lines and the town before a postcode, not a chain of parts mid-line.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.english import is_english_word
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.address_grammar import EVERYDAY_STREET_TYPES, STREET_TYPES, WORLD_STREET_TYPES
from redaction.text.recognizers.postcode import INWARD, OUTWARD
from redaction.text.recognizers.world_streets import UNIT, extend, extend_back, street_parts

# "Chapter 34, 10563 Words": a number of these is no house number
_NOT_A_HOUSE = (r"(?!(?i:chapter|section|part|page|step|year|level|room|box|week|day|grade|stage|class|table|figure|item"
                r"|question|unit|track|episode|verse|article|clause|paragraph|invoice|order|total|ref|no|number|version"
                r"|model|size|flight|bus|route|gate|platform|terminal|exit|junction|ward|bed|court|window|windows"
                r"|address|adresse|adres|adresa|anschrift|direcci[oó]n|endere[cç]o|indirizzo|osoite|the|our|my)\b)")
# Postal codes whose shape no count or year has: "105 63" (GR, SE, CZ), "00-514" (PL), "1100-053" (PT), "1016 GV" (NL),
# "01310-200" (BR). After a street line of a name and a number they need no street word ("Ermou 34, 105 63 Athens").
_DISTINCT_POSTAL = regex.compile(
    r"(?:[A-Z]{1,2}-)?(?:\d{5}-\d{3}|\d{4}-\d{3}|\d{2}-\d{3}|\d{4}[ ]?[A-Z]{2}|\d{3}[ ]\d{2})(?![\p{L}\d])")
# A postal code's field in a form, its value a postal code of any country's shape: "Zip: 94103", "Postal code: B3H 1Y5"
_POSTAL_FIELD = regex.compile(
    r"(?im)(?:^|(?<=[ \t]{2}|\t|[|;]))[ \t]*(?:zip(?:[ ]?code)?|postal[ ]?code|post[ ]?code|zip/postal[ ]code|postal/zip[ ]code"
    r"|pin[ ]?code|plz|postleitzahl|code[ ]postal|c[óo]digo[ ]postal|cap|cep|c\.p\.|eircode)[ \t]*[:\-–][ \t]*"
    r"(?-i:(?P<code>(?:[A-Z]{1,2}-)?(?:\d{5}-\d{3,4}|\d{4}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}|\d{3}[ ]\d{2}|\d{3}[ ]?\d{3}|\d{4,5}"
    r"|\d{4}[ ]?[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]\d{4}[A-Z]{3}|[AC-FHKNPRTV-Y]\d[\dW][ ]?[AC-FHKNPRTV-Y\d]{4})))"
    r"[ \t]*(?=$|[ \t]{2}|\t|[|;,])")

__all__ = ["WorldAddressRecognizer"]

_US_STATES = ("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC "
              "ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY AS FM GU MH MP PW VI").split()  # and the territories
_US_STATE_NAMES = ("(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho"
                   "|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota"
                   "|Mississippi|Missouri|Montana|Nebraska|Nevada|New[ ]Hampshire|New[ ]Jersey|New[ ]Mexico|New[ ]York"
                   "|North[ ]Carolina|North[ ]Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode[ ]Island|South[ ]Carolina"
                   "|South[ ]Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West[ ]Virginia|Wisconsin|Wyoming"
                   "|Puerto[ ]Rico|District[ ]of[ ]Columbia)")
_CA_PROVINCES = "AB BC MB NB NL NS NT NU ON PE QC SK YT".split()
_AU_STATES = "NSW VIC QLD WA SA TAS ACT NT".split()
_IN_STATES = ("Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Delhi|New Delhi|Goa|Gujarat|Haryana"
              "|Himachal Pradesh|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram"
              "|Nagaland|Odisha|Punjab|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand"
              "|West Bengal|Jammu and Kashmir|Chandigarh|Puducherry")
_TOWN = r"\p{Lu}[\p{L}'’\.\-]*(?:[ ]\p{Lu}[\p{L}'’\.\-]*){0,3}(?:-\d{1,2})?"


def _codes(codes: list[str]) -> str:
    return "(?:" + "|".join(sorted(codes, key=len, reverse=True)) + ")"


# Tails that end an address by themselves, and those that need a street line before them.
_TAILS = regex.compile(
    rf"(?<![\p{{L}}\d])(?:"
    rf"(?P<own>{_TOWN},?[ ]+(?:{_codes(_US_STATES)}|{_US_STATE_NAMES})[ ]+\d{{5}}(?:-\d{{4}})?"
    rf"|{_TOWN},?[ ]+{_codes(_CA_PROVINCES)}[ ]+[A-Z]\d[A-Z][ ]?\d[A-Z]\d"
    rf"|{_TOWN},?[ ]+{_codes(_AU_STATES)},?[ ]+\d{{4}}"
    # US forces' mail: "Unit 6244 Box 6774⏎DPO AP 45658", "PSC 1234, Box 5678⏎APO AA 12345", "USNS Lee⏎FPO AE 09413"
    rf"|(?:APO|FPO|DPO)[ ]+(?:AA|AE|AP)[ ]+\d{{5}}"
    rf"|(?:{_TOWN},[ ]*)?(?:{_IN_STATES})[ ]*[-–,]?[ ]*\d{{3}}[ ]?\d{{3}}"
    rf"|\p{{Lu}}\p{{Ll}}[\p{{L}}'’\.\-]*(?:[ ]\p{{Lu}}\p{{Ll}}[\p{{L}}'’\.\-]*){{0,2}}[ ]*[-–][ ]*\d{{6}}"  # "Pune-411001"; not "Ref TKT-713932"
    rf"|(?:Co\.?|County)[ ]\p{{Lu}}\p{{L}}+,?[ ]+[AC-FHKNPRTV-Y]\d[\dW][ ]?[AC-FHKNPRTV-Y\d]{{4}}"
    rf"|{_TOWN}(?:[ ]\d{{1,2}}W?)?,?[ ]+[AC-FHKNPRTV-Y]\d[\dW][ ]?[AC-FHKNPRTV-Y\d]{{4}})"  # "Dublin 1, D01 F5P2"
    # Europe's and Latin America's postcodes before the town: "10115", "00-001" (PL), "1100-053" (PT), "1015 CJ" (NL),
    # "111 51" (SE, CZ), "01310-100" (BR), "1010" (AT, CH, DK, NO, BE)
    rf"|(?P<after_street>(?:[A-Z]{{1,2}}-)?(?:\d{{5}}-\d{{3}}|\d{{4}}-\d{{3}}|\d{{2}}-\d{{3}}|\d{{4}}[ ]?[A-Z]{{2}}(?![\p{{L}}])|\d{{3}}[ ]\d{{2}}|\d{{4,5}})[ ]+\p{{Lu}}[\p{{L}}'’\-]+(?:[ ](?:am|an|der|sur|de|del|la|do|da|di|\p{{Lu}}[\p{{L}}'’\-]+)){{0,3}}"
    rf"(?:[ ](?:\d{{1,2}}|[A-ZÆØÅ])(?=[ ]*(?:[,.;)\n]|$)))?"  # a city's district: "110 00 Prague 1", "2200 København N"
    rf"|\p{{Lu}}[\p{{L}}'’\-]+(?:[ ]\p{{Lu}}[\p{{L}}'’\-]+)?,?[ ]+(?:\d{{4,7}}))"  # NZ "Wellington 6011", India "Jhansi 228579"
    rf")(?![\p{{L}}\d])"
)
_ONE_UNIT = (r"(?:(?i:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|bldg|building|block|plot|sector|house[ ]no|door[ ]no"
             r"|h\.?[ ]?no|level|studio|lot|shop|psc|no|erf|stand|p\.?[ ]?o\.?[ ]box|box)\.?[ ]*#?[\w\-/]+|\#[ ]?\w+(?:[\-/]\w+)*"
             # a box with its office's letters before the number (Ghana's "P.O. Box AN 1234"); South Africa's "Erf 556"
             r"|(?i:p\.?[ ]?o\.?[ ]box)[ ]+[A-Z]{1,3}[ ]\d+"
             r"|\d+(?:st|nd|rd|th)[ ]+(?i:floor)|RD[ ]\d+|(?i:rural[ ]delivery)[ ]\d+|US(?:NS|NV|S|CGC)[ ]\p{Lu}\p{L}+)")
# One unit, or two ("Unit 6244 Box 6774"); New Zealand's rural delivery "RD 1"; a forces ship "USNS Lee".
_UNIT = rf"(?:{_ONE_UNIT}(?:[ ]+{_ONE_UNIT})?)"
_LATIN_STREET_WORDS = (r"(?:rue|avenue|av\.|boulevard|bd|bvd|place|allée|chemin|impasse|quai|route|cours|via|viale|piazza"
                       r"|corso|calle|avenida|plaza|paseo|rua|travessa|largo|ulica|ul\.|straße|strasse)")
# Street names ending in their type, as German, Dutch, Nordic, Finnish, Hungarian and Czech write them:
# "Hauptstraße", "Keizersgracht", "Drottninggatan", "Kaivokatu", "Andrássy út".
_SUFFIX_TYPES = (r"straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|gracht|straat|laan|plein"
                 r"|kade|dreef|singel|steeg|markt|gatan|gata|vägen|väg|gränd|torget|gade|gaden|vej|vejen|stræde|veien|vegen|gaten|katu"
                 r"|tie|kuja"
                 r"|utca|út|ulice|třída")
_GERMAN_STREET = rf"\p{{Lu}}[\p{{L}}\-]*(?i:{_SUFFIX_TYPES})"
# A street line that names its street first and its number after, as Spain, Italy, Portugal, Brazil, Poland write it:
# "Calle Mayor 5", "Via Roma 10", "Rua Augusta 100", "ul. Marszałkowska 10/12", "Av. Paulista, 1000".
_NAME_FIRST = (r"(?:Calle|C/|Carrer|Avenida|Avda\.|Av\.|Paseo|Plaza|Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Rua|Travessa"
               r"|Praça|Alameda|Rodovia|ul\.|ulica|al\.|Aleja|aleja|plac|Plac|Rruga|Strada|Bulevardul|Calea)")
# A street line: a house number and a street name (the name's words capitalised, or a Latin street word first),
# or a German-style street name and its number.
_STREET_LINE = regex.compile(
    rf"(?:\d+[A-Za-z]?(?:[-/]\d+[A-Za-z]?)?(?:[ ]?(?:bis|ter))?,?[ ]+(?:{_LATIN_STREET_WORDS}[ ]+|\p{{Lu}})"
    rf"[\p{{L}}\d'’\.\-]*(?:[ ](?:de|del|de[ ]la|du|des|la|le|di|da|do|dos|of|the|\p{{Lu}}[\p{{L}}\d'’\.\-]*|N|S|E|W|NE|NW|SE|SW)){{0,5}}"
    rf"|{_GERMAN_STREET}[ ]+\d+[a-zA-Z]?(?:[-/]\d+[a-z]?)?"
    rf"|{_NAME_FIRST}[ ]+(?:\d+[ ])?(?:(?:de|del|de[ ]la|da|do|dos|das|di|della|dei|\p{{Lu}}[\p{{L}}'’\.\-]*)[ ]){{0,4}}"
    rf"\p{{Lu}}[\p{{L}}'’\.\-]*,?[ ]+(?:n[º°o]\.?[ ]?)?\d+[A-Za-z]?(?:[-/]\d+[A-Za-z]?)?"
    # a name, then its number, as much of Europe writes it: "Wenceslas Square 56", "Ermou 34" (before a tail only)
    rf"|(?<![\p{{L}}\d]){_NOT_A_HOUSE}\p{{Lu}}[\p{{L}}'’\.\-]*(?:[ ](?:\p{{Lu}}[\p{{L}}'’\.\-]*|de|del|di|da|van|von|der)){{0,3}}"
    rf"[ ]+\d+[A-Za-z]?(?:[-/]\d+[A-Za-z]?)?"
    rf")(?:,?[ ]+{_UNIT})?\Z"  # "246 Deanna Trail Apt. 204"
)
_TOWN_PART = regex.compile(rf"{_TOWN}")
# An Irish street line and its Eircode on one line, and the town written after it: "34 Bishop Street R87 ANT7",
# "14 O'Sharkey Street V95 D4T7 Helena Ville" (the Eircode: a routing key, a letter and two digits or "D6W", then four
# letters and digits, vowels but A and E left out).
_STREET_EIRCODE = regex.compile(
    r"(?<![\w£$.])\d+[A-Za-z]?[ ]+(?:\p{Lu}[\p{L}'’\-]*[ ]){1,3}(?:" + "|".join(STREET_TYPES) + r")\b,?[ ]+"
    r"[AC-FHKNPRTV-Y]\d[\dW][ ]?[AC-FHKNPRTV-Y\d]{4}(?![\w])(?:,?[ ]+\p{Lu}[\p{L}'’\-]+(?:[ ]\p{Lu}[\p{L}'’\-]+)?(?=[ ]*(?:$|[\n,.;)])))?",
    regex.MULTILINE)
_STREET_WORD = regex.compile(
    r"(?i:\b(?:" + "|".join(STREET_TYPES) + r"|blvd|pkwy|parkway|hwy|highway|expressway|fwy|freeway|trail|trl|cir|circle"
    r"|loop|pike|ter|turnpike|plaza|alley|marg|nagar|salai|" + "|".join((*WORLD_STREET_TYPES, *EVERYDAY_STREET_TYPES))
    + "|"
    + _LATIN_STREET_WORDS[3:-1] + r")\b"
    rf"|(?:{_SUFFIX_TYPES})(?![\p{{L}}])|{_NAME_FIRST})")
_UNIT_PART = regex.compile(_UNIT)
# An unnumbered street: capitalised words ending in a street type ("Raj Marg", "Thakkar Street"), no title first
# ("Dr Tomás Aguirre" is a person).
_UNNUMBERED_STREET = regex.compile(
    r"(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Sir|Dame|St)\b)\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*){0,3}[ ](?:"
    + "|".join((*STREET_TYPES, *WORLD_STREET_TYPES, *EVERYDAY_STREET_TYPES)) + r")\.?")
_HOUSE_NUMBER = regex.compile(r"(?<![\w\-/.])\d+[A-Za-z]?(?:[-/]\d+[A-Za-z]?)*(?:-[A-Z])?[ ]*\Z")  # at a part's end
_LETTERED_NUMBER = regex.compile(r"\d+[-/][A-Z]|\d+/\d+[A-Z]?")  # "12-B", "70/059", "27/3"; not "4471-22"
# what may stand before a house number that opens an address alone: nothing, a label's colon, a sentence's word
_OPENS_A_HOUSE_NUMBER = regex.compile(r"(?:\A|:|(?<![\p{L}])\p{Ll}+)[ \t]*\Z")
_UNIT_AT_END = regex.compile(rf"(?<![\p{{L}}\d]){_UNIT}[ ]*\Z")
_SEPARATOR = regex.compile(r"(?r)(?:,[ ]*\n?[ ]*|[ ]*\n[ ]*)\Z")
_MAX_PARTS = 5
_UK_POSTCODE = regex.compile(rf"(?<![A-Za-z0-9]){OUTWARD}[ ]{INWARD}(?![A-Za-z0-9])")
_CHAIN_SPLIT = regex.compile(r"(,[ ]*|:[ ]+|[|;][ ]*|[ \u00a0]{2,}|\t)")
_CHAIN_WORD = r"\p{Lu}[\p{L}'’\.\-]*"
_CHAIN_PART = regex.compile(
    rf"(?:\p{{Lu}}\p{{Ll}}+[ ](?:\d+[A-Za-z]?|[A-Z])"  # "Unit 4", "Caravan 6", "Flat B"
    rf"|\d+[A-Za-z]?(?:[-/]\d+)?[ ]+{_CHAIN_WORD}(?:[ ](?:{_CHAIN_WORD}|y|yr|of|on|upon|the|by)){{0,4}}"  # "14 Pyle Street"
    rf"|{_CHAIN_WORD}(?:[ ](?:{_CHAIN_WORD}|y|yr|of|on|upon|the|by|in)){{0,4}})"  # "Tump Farm", "Isle of Wight"
)
_ADDRESS_WORD = regex.compile(
    r"\d|\b(?:" + "|".join(STREET_TYPES) + r"|Farm|Cottages?|Chapel|House|Barn|Lodge|Mill|Centre|Court|Hall|Flats?|Unit|Caravan"
    r"|Plot|Site|Estate|Buildings?|Mews|Manor|Villa|Mansions)\b")
_TITLE = regex.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Dear|Re|Tel|Email|Phone|Fax)\b")


class WorldAddressRecognizer(UkPatternRecognizer):
    ENTITY = "ADDRESS"
    PATTERNS = [Pattern("postal tail", _TAILS.pattern, 0.8)]  # for Presidio's registry; find() walks back from each tail
    SCORE = 0.8

    def find(self, text: str) -> Iterator[Span]:
        for street_start, street_end, kind in street_parts(text):  # "Flat A", "The Lodge, Shere Lane": no digit
            start, end, parts = extend(text, street_start, street_end)
            if parts or kind not in _NEEDS_A_PART:
                yield Span(start, end, self.ENTITY, self.SCORE, "pattern")
        if not any(ch.isdigit() for ch in text):
            return
        for field in _POSTAL_FIELD.finditer(text):
            yield Span(field.start("code"), field.end("code"), self.ENTITY, self.SCORE, "pattern")
        for tail in _tails(text):
            distinct = tail.group("after_street") is not None and _DISTINCT_POSTAL.match(tail.group()) is not None
            opening = _address_start(text, tail.start(), street_word=tail.group("own") is None and not distinct)
            if opening is None and tail.group("after_street") is not None:
                opening = _unmarked_street_before(text, tail.start(), tail.group())
            if opening is None and tail.group("own") is None:
                continue  # "75002 Paris" alone may be anything; after a street line it ends an address
            if (tail.group("after_street") is not None and _TOWN_AND_LONG_CODE.fullmatch(tail.group())
                    and not _DIGIT.search(text, opening, tail.start())):
                continue  # "Family Court, Leeds 12345": five digits or more after a town need a numbered street
            if opening is None:
                opening = _places_opening_a_line(text, tail.start())
            start, end, _ = extend(text, opening, tail.end())
            yield Span(start, end, self.ENTITY, self.SCORE, "pattern")
        for span in _uk_chains(text):
            yield Span(extend_back(text, span.start), span.end, span.type, span.score, span.source)
        for match in _STREET_EIRCODE.finditer(text):
            yield Span(extend_back(text, match.start()), match.end(), self.ENTITY, self.SCORE, "pattern")


# Street lines the UK grammar reads too: found here only with a part beside them (the UK recognizer has them alone).
_NEEDS_A_PART = frozenset({"number_first", "lower", "plot_places"})

# A street of one word, its house number, then the postcode and town: "Bryggen 15, 5003 Bergen", "Ilica 42, 10000
# Zagreb", as Europe writes a street whose name carries no kind of street.
_UNMARKED_STREET = regex.compile(r"(?<![\p{L}\d\-'’.])(\p{Lu}\p{Ll}{2,}+)[ ]\d{1,4}[A-Za-z]?(?:[\-/]\d{1,4})?,[ ]\Z")


def _unmarked_street_before(text: str, start: int, tail: str) -> int | None:
    """Where a one-word street before the postcode and town ``tail`` at ``start`` begins, or ``None``: both the
    street's name and the town are no English words ("Windows 10, 2019 Edition", "Chapter 5, 1066 Hastings" stay)."""
    street = _UNMARKED_STREET.search(text, max(0, start - 30), start)
    town = tail.split()[-1]
    if street is None or is_english_word(street.group(1)) or is_english_word(town) or not town[:1].isupper():
        return None
    return street.start()


# Every tail holds a digit and none runs over a line break, so only the lines with a digit are searched: the
# same tails, without trying the towns' capitals of every other line (half the recognizer's time).
_DIGIT = regex.compile(r"\d")
_TOWN_AND_LONG_CODE = regex.compile(r"\p{Lu}[^\d]*[ ]\d{5,7}")


def _tails(text: str) -> Iterator[regex.Match[str]]:
    position = 0
    while (digit := _DIGIT.search(text, position)) is not None:
        line_start = text.rfind("\n", 0, digit.start()) + 1
        line_end = text.find("\n", digit.start())
        line_end = len(text) if line_end < 0 else line_end
        yield from _TAILS.finditer(text, line_start, line_end)
        position = line_end + 1


def _uk_chains(text: str) -> Iterator[Span]:
    """A UK address written on one line before its postcode, its parts joined by commas: "Unit 4, Bath Street,
    Hereford HR1 2HE", "Caravan 6, Tump Farm, Kings Caple, Hereford HR1 4UB". From the postcode back, every
    part that an address has (a unit, a numbered street, a street, a building or a place of a few
    capitalised words) joins it, up to a label, a title or a sentence's words; it is an address when one
    part names a unit, a number or a kind of street or building."""
    for postcode in _UK_POSTCODE.finditer(text):
        line_start = text.rfind("\n", 0, postcode.start()) + 1
        head = text[line_start : postcode.start()].rstrip(" ,")
        pieces = _CHAIN_SPLIT.split(head)  # parts, with the separator after each between them
        parts, separators = pieces[0::2], [*pieces[1::2], ""]
        taken: list[str] = []
        for part, separator in zip(reversed(parts), reversed(separators)):
            stripped = part.strip()
            if separator.startswith(":"):
                break  # "Address: 6 Bury Old Road", "Parent: Elif Drummond, …": a label is no part of it
            if not _CHAIN_PART.fullmatch(stripped) or _TITLE.search(stripped):
                street = _STREET_LINE.search(stripped)  # "post info to 4 Station Cottages": the sentence's words stay
                if street is not None and not _TITLE.search(street.group()):
                    taken.append(street.group())
                break
            taken.append(stripped)
        if len(taken) < 2 or not any(_ADDRESS_WORD.search(p) for p in taken):
            continue
        start = line_start + head.rfind(taken[-1])
        yield Span(start, line_start + len(head), "ADDRESS", 0.75, "pattern")


def _address_start(text: str, end: int, *, street_word: bool = False) -> int | None:
    """Where the address whose tail starts at ``end`` begins: at its street line (or the unit, box or house
    number that stands for one), over the towns and units between; ``None`` when none comes before the tail.
    ``street_word``: the street line must name a kind of street ("Road", "rue", "-straße"), as a tail that
    is only a number and a word ("10115 Berlin") needs more than "12345 Total" before it."""
    start, unit_start, street_start = end, None, None
    for _ in range(_MAX_PARTS):
        part = _previous_part(text, start)
        if part is None:
            return street_start if unit_start is None else unit_start
        part_start, part_end = part
        stripped = text[part_start:part_end].strip()
        if _UNIT_PART.fullmatch(stripped) or UNIT.fullmatch(stripped):  # "Apt 4B", "TC 15/1123": it goes on above
            start = unit_start = part_start + text[part_start:part_end].index(stripped[0])
            continue
        line = _STREET_LINE.search(text, part_start, part_end)
        if line is not None and (not street_word or _STREET_WORD.search(line.group()) is not None):
            before = _UNIT_AT_END.search(text, part_start, line.start())  # "Level 7 9 Howell Top"
            if before is not None and any(ch.isdigit() for ch in before.group()):  # not "The flat is Rua ..."
                return before.start()
            above = _previous_part(text, line.start())
            unit = _UNIT_AT_END.search(text, *above) if above is not None else None
            return unit.start() if unit is not None else line.start()  # "Unit 7, 14 Smith Street"
        unit = _UNIT_AT_END.search(text, part_start, part_end)
        if unit is not None:  # "PO Box 1123, Darwin NT 0801", "House No. 12, Sector 15, ..."
            return unit.start()
        number: regex.Match[str] | None = _HOUSE_NUMBER.search(text, part_start, part_end)
        if number is not None and (
                (street_start is None and _LETTERED_NUMBER.fullmatch(number.group().strip()) is None)
                or not _OPENS_A_HOUSE_NUMBER.search(text, part_start, number.start())):
            number = None  # "Case 45-B, Family Court, Leeds 12345": a label's number
        if number is not None:  # "70/059, Thakkar Street, Tenali-213473"
            return number.start()
        if _TOWN_PART.fullmatch(stripped):
            start = part_start + text[part_start:part_end].index(stripped[0])
            if _UNNUMBERED_STREET.fullmatch(stripped) is not None:  # a street: "Raj Marg, South Dumdum-351720"
                street_start = start
            continue
        return street_start if unit_start is None else unit_start
    return street_start if unit_start is None else unit_start


_PLACES_LINE = regex.compile(
    r"(?:^|(?<=:[ \t]*))[ \t]*((?:\p{Lu}[\p{L}'’\-]*(?:[ ](?:\p{Lu}[\p{L}'’\-]*|na|an|de|la|y|yr|of|on|upon))*,[ ]*){1,3})\Z",
    regex.MULTILINE)


def _places_opening_a_line(text: str, start: int) -> int:
    """Where a tail of its own shape starts once the places before it on its line are taken, when they open the line
    (or follow a label): "⟦Cnoc na Gréine, Ballyvaughan, ⟧Co. Clare, V94 K2T3"."""
    line_start = text.rfind("\n", 0, start) + 1
    found = _PLACES_LINE.search(text, line_start, start)
    return found.start(1) if found is not None else start


def _previous_part(text: str, start: int) -> tuple[int, int] | None:
    """The comma- or line-separated part of an address right before ``start``, or ``None``."""
    separator = _SEPARATOR.search(text, max(0, start - 4), start)
    if separator is None:
        return None
    part_end = separator.start()
    part_start = max(text.rfind(",", 0, part_end), text.rfind("\n", 0, part_end)) + 1
    if not text[part_start:part_end].strip():
        return None
    return part_start, part_end
