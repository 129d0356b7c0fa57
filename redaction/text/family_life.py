"""Words of families' lives that a name reader takes for a person or a place: negatives with their reasons.

:mod:`redaction.text.named_things` knows programmes, charities, brands, medicines and festivals. Case notes and
parents' messages also name, with a capital or in a language the model does not know:

- **religious and cultural practice** (:data:`_PRACTICE`): prayers, places and schools of worship, rites, dress
  and food of faiths and cultures ("Taraweeh", "Jummah", "the Gurdwara", "Langar", "cheder", "a lehenga",
  "Mehndi"): a family's practice is shared with millions and names no one;
- **holiday islands and resorts abroad** (:data:`_HOLIDAY_PLACES`) that the places gazetteer lacks ("Lanzarote",
  "Tenerife", "the Algarve", "Disneyland Paris"): a family's holiday, nobody's address, unless a residence cue
  comes before ("lives in Tenerife");
- **equipment and aids** by maker or product name (:data:`_EQUIPMENT`: "Lycra suit", "Stannah stairlift",
  "Kaye walker", "Leckey chair"), which the equipment's word after it makes a thing;
- **a relative's word with an honorific** ("Dadi-ma", "Nani-ji", "Obaa-chan", "Dada-ji"): a kin word of another
  language (:data:`redaction.text.lexicons.KIN_WORDS`) joined to a term of respect, or written with a hyphen.

The lists were written for this project from general knowledge of UK families' faiths, holidays and equipment, not
from the misses of any set. A word of them that is also an English word counts only with its capital, and none
counts after a title ("Mrs Langar" is somebody).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from redaction.spans import Span
from redaction.text.lexicons import KIN_WORDS
from redaction.text.names import TITLE, strip_possessive
from redaction.text.text_caches import per_text

__all__ = ["why_family_life"]

_PRACTICE = """
Taraweeh|Tarawih|Jummah|Jumu'ah|Jummah prayers|Juma prayers|Salat|Namaz|Iftar|Suhoor|Sehri|Madrasah|Madrassah
|Madrassa|Madrasa|Masjid|Gurdwara|Gurudwara|Mandir|Shul|Cheder|Heder|Yeshiva|Langar|Kirtan|Puja|Pooja|Aarti|Satsang
|Shabbos|Havdalah|Kiddush|Seder|Bar Mitzvah|Bat Mitzvah|Bar mitzvah|Bat mitzvah|Quran|Qur'an|Koran|Hifz|Torah
|Guru Granth Sahib|Bhagavad Gita|Nikah|Mehndi|Mehendi|Walima|Aqiqah|Lehenga|Salwar|Salwar Kameez|Shalwar Kameez
|Kameez|Hijab|Niqab|Abaya|Jilbab|Kippah|Yarmulke|Kirpan|Patka|Dastar|Saree|Dupatta|Kurta|Rangoli
|Raksha Bandhan|Durga Puja|Karva Chauth|Lohri|Gurpurab|Bandi Chhor Divas|Mawlid|Ashura|Muharram|Laylat al-Qadr
|Shavuot|Simchat Torah|Tisha B'Av|Ganesh Chaturthi|Janmashtami|Onam|Pongal|Thaipusam|Vesak|Wesak|Obon|Kwanzaa
|Orthodox Easter|Whitsun|Pentecost|Epiphany|Lent|Ash Wednesday|Advent|Nativity|Christingle|Harvest Festival
|First Holy Communion|Holy Communion|Confirmation|Baptism|Christening|Sunday School|Mass|Imam|Granthi|Rabbi
|Hajj|Umrah|Zakat|Halal|Kosher|Jhatka
"""

_HOLIDAY_PLACES = """
Lanzarote|Tenerife|Gran Canaria|Fuerteventura|Canary Islands|the Canaries|Majorca|Mallorca|Menorca|Minorca
|Balearics|Balearic Islands|Algarve|the Algarve|Costa del Sol|Costa Blanca|Costa Brava|Costa Dorada|Salou
|Magaluf|Crete|Zante|Zakynthos|Kefalonia|Cephalonia|Kos|Corfu|Santorini|Mykonos|Halkidiki|Madeira
|Sardinia|Sicily|Lake Garda|Tuscany|Amalfi Coast|Côte d'Azur|Cote d'Azur|Dordogne|Normandy
|Disneyland|Disneyland Paris|Disney World|Walt Disney World|Legoland Florida|Cancun|Cancún|Phuket|Goa
|Maldives|Mauritius|Bali|Antalya|Dalaman|Bodrum|Marmaris|Sharm el-Sheikh|Sharm|Hurghada|Lapland
"""

_EQUIPMENT = """
Lycra|Stannah|Leckey|Kaye|Rifton|Otto Bock|Ottobock|Jenx|R82|Hi-Lo|Theraposture|Invacare|Quickie|Panthera|Tomato
|Firefly|GoTo Seat|Upsee|Tumble Forms|Squiggles|Mygo|Smirthwaite|Bambach|Pegasus|Sunrise Medical|Permobil
|Closomat|Phonak|Oticon|Cochlear|Nucleus|Roger|Widex|Signia|Tobii|Eyegaze|Grid Pad|GridPad|Proloquo|Lightwriter
"""

# The words after an equipment maker's name that make it the equipment ("a Kaye walker", "Lycra suit").
_EQUIPMENT_WORD = regex.compile(
    r"[ \u00a0\-]+(?i:suit|vest|splints?|walkers?|frames?|chairs?|seat(?:ing)?|stander|standing[ ]frame|stairlift"
    r"|hoist|sling|bed|cot|wheelchair|buggy|pushchair|trike|tricycle|bike|car[ ]seat|toilet|commode|bath|hearing[ ]aids?"
    r"|aids?|pen|mic(?:rophone)?|system|implant|processor|device|talker|insoles|boots|AFOs?|gaiters|helmet|trolley)\b")

_ENGLISH_WORDS = frozenset(  # with their capital only: the lower-case word is everyday English
    "Mass Lent Advent Confirmation Baptism Christening Halal Kosher Roger Firefly Tomato Pegasus Sunrise "
    "Quickie Squiggles Nucleus Cochlear Harvest Festival Epiphany Nativity Pentecost Whitsun".split())
_HONORIFIC = regex.compile(r"[\-‐ ]?(?:ji|jee|ma|maa|jaan|jan|chan|san|sama|ni|nan|bhai|ben)", regex.IGNORECASE)
_TITLE_BEFORE = regex.compile(rf"(?i:{TITLE})\.?[ \u00a0]+\Z")
_EDGE_L, _EDGE_R = r"(?<![\p{L}\p{N}\-'’])", r"(?![\p{L}\p{N}\-]|['’]\p{L}{2})"


def _terms(block: str) -> list[str]:
    return [t.strip() for t in block.replace("\n", "").split("|") if t.strip()]


@lru_cache(maxsize=1)
def _patterns() -> dict[str, tuple[regex.Pattern[str], regex.Pattern[str]]]:
    """Per list: the terms that are no English word match in any case; those that are, only as written."""
    out = {}
    for kind, block in (("practice", _PRACTICE), ("holiday", _HOLIDAY_PLACES), ("equipment", _EQUIPMENT)):
        terms = sorted(_terms(block), key=len, reverse=True)
        # A holiday place counts only as written ("KOS" in capitals is somebody's initials or a staff code).
        loose = [regex.escape(t) for t in terms if t not in _ENGLISH_WORDS and kind != "holiday"]
        strict = [regex.escape(t) for t in terms if t in _ENGLISH_WORDS or kind == "holiday"] or ["(?!)"]
        loose = loose or ["(?!)"]
        out[kind] = (regex.compile(rf"{_EDGE_L}(?i:{'|'.join(loose)}){_EDGE_R}"),
                     regex.compile(rf"{_EDGE_L}(?:{'|'.join(strict)}){_EDGE_R}"))
    return out


@per_text(maxsize=512)
def _ranges(text: str) -> dict[str, tuple[tuple[int, int], ...]]:
    found: dict[str, tuple[tuple[int, int], ...]] = {}
    for kind, (loose, strict) in _patterns().items():
        ranges = []
        for pattern in (loose, strict):
            for m in pattern.finditer(text):
                if _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None:
                    continue
                end = m.end()
                if kind == "equipment":  # the maker's name and the equipment's word after it
                    word = _EQUIPMENT_WORD.match(text, m.end())
                    if word is None:
                        continue
                    end = word.end()
                ranges.append((m.start(), end))
        found[kind] = tuple(ranges)
    return found


_RESIDENCE_BEFORE = regex.compile(
    r"(?i:\b(?:lives?|living|lived|born|moved|moving|move|settled|resident|based|address|grew[ ]up|house|home)\b"
    r"[^.;:!?\n]{0,12}?\b(?:to|in|from|at|on)[ ]+)\Z")
_KIN_LOWER = frozenset(w.casefold() for w in KIN_WORDS)


def _honoured_kin(surface: str) -> bool:
    """A kin word with an honorific joined to it ("Dadi-ma", "Nani-ji", "Dada-ji") or split by a hyphen
    ("Obaa-chan" for "Obaachan")."""
    if surface.replace("-", "").replace("‐", "").casefold() in _KIN_LOWER:
        return "-" in surface or "‐" in surface
    for m in _HONORIFIC.finditer(surface):
        if m.end() == len(surface) and m.start() > 1 and surface[: m.start()].casefold() in _KIN_LOWER:
            return True
    return False


def why_family_life(text: str, span: Span) -> str | None:
    """Why a person or place candidate is a word of a family's faith, holiday, equipment or kin, or ``None``."""
    if span.type not in ("PERSON", "LOCATION", "SCHOOL"):
        return None
    surface = text[span.start : span.end]
    surface = strip_possessive(surface)
    end = span.start + len(surface)
    if _honoured_kin(surface) and _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is None:
        return "a relative's word of another language with its honorific ('Dadi-ma', 'Nani-ji')"
    ranges = _ranges(text)
    inside = next((kind for kind, rs in ranges.items() if any(s <= span.start and end <= e for s, e in rs)), None)
    if inside == "practice":
        return "a word of religious or cultural practice ('Taraweeh', 'the Gurdwara', 'a lehenga')"
    if inside == "equipment":
        return "an equipment maker's or product's name before the equipment ('a Kaye walker', 'Lycra suit')"
    if inside == "holiday" and _RESIDENCE_BEFORE.search(text[max(0, span.start - 60) : span.start]) is None:
        return "a holiday island or resort abroad: a trip, no one's address"
    return None
