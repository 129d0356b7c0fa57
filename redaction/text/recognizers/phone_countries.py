"""The countries a telephone number's neighbourhood names: how to read a number written without its prefix.

"Her mobile in Singapore is 8123 4567", "the clinic in Toronto answers on (506) 234-5678", "his Nigerian
number 0803 123 4567": a reader dials these as that country writes them. :func:`countries_near` gives the
regions (ISO 3166-1 alpha-2, libphonenumber's region codes) of the places the gazetteer finds in the
number's sentence (:class:`.place.PlaceNameRecognizer`, so "Reading is fun" names no country), of
nationalities ("Polish", "Nigerian") and of the country abbreviations people write ("US", "UAE"), nearest
first.
"""

from __future__ import annotations

import regex

from redaction.places import lookup

__all__ = ["DEMONYMS", "countries_near"]

DEMONYMS = {
    "American": "US", "Canadian": "CA", "Australian": "AU", "Kiwi": "NZ", "Irish": "IE", "Indian": "IN",
    "Pakistani": "PK", "Bangladeshi": "BD", "Sri Lankan": "LK", "Nigerian": "NG", "Ghanaian": "GH", "Kenyan": "KE",
    "Ugandan": "UG", "South African": "ZA", "Zimbabwean": "ZW", "Somali": "SO", "Eritrean": "ER", "Ethiopian": "ET",
    "Sudanese": "SD", "Egyptian": "EG", "Moroccan": "MA", "Polish": "PL", "Lithuanian": "LT", "Latvian": "LV",
    "Romanian": "RO", "Bulgarian": "BG", "Slovak": "SK", "Czech": "CZ", "Hungarian": "HU", "Portuguese": "PT",
    "Spanish": "ES", "Italian": "IT", "French": "FR", "German": "DE", "Dutch": "NL", "Belgian": "BE", "Swiss": "CH",
    "Swedish": "SE", "Norwegian": "NO", "Danish": "DK", "Finnish": "FI", "Greek": "GR", "Turkish": "TR",
    "Ukrainian": "UA", "Russian": "RU", "Iranian": "IR", "Iraqi": "IQ", "Syrian": "SY", "Afghan": "AF",
    "Jamaican": "JM", "Brazilian": "BR", "Mexican": "MX", "Filipino": "PH", "Chinese": "CN", "Japanese": "JP",
    "Korean": "KR", "Vietnamese": "VN", "Malaysian": "MY", "Singaporean": "SG", "Emirati": "AE", "Saudi": "SA",
}
_ABBREVIATIONS = {"US": "US", "USA": "US", "U.S.": "US", "UAE": "AE", "UK": "GB", "NZ": "NZ", "HK": "HK", "KSA": "SA"}
_WORDS = regex.compile(
    r"(?<![\p{L}])(?:" + "|".join(sorted((regex.escape(w) for w in (*DEMONYMS, *_ABBREVIATIONS)), key=len, reverse=True))
    + r")(?![\p{L}])"
)
_BEFORE = 100  # characters of the number's sentence read before it
_AFTER = 40


def countries_near(text: str, start: int, end: int) -> tuple[str, ...]:
    """Regions named in the sentence around ``text[start:end]``, nearest first (none: an empty tuple)."""
    left = max(0, start - _BEFORE, text.rfind("\n", 0, start) + 1)
    line_end = text.find("\n", end)
    right = min(len(text), end + _AFTER, line_end if line_end >= 0 else len(text))
    found: list[tuple[int, str]] = []
    for word in _WORDS.finditer(text, left, right):
        surface = word.group()
        found.append((_distance(word.start(), word.end(), start, end), DEMONYMS.get(surface) or _ABBREVIATIONS[surface]))
    for span in _PLACES.find(text[left:right]):
        place = lookup(text[left + span.start : left + span.end])
        if place is not None and place.country:
            found.append((_distance(left + span.start, left + span.end, start, end), place.country))
    return tuple(dict.fromkeys(region for _, region in sorted(found)))


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return b_start - a_end if a_end <= b_start else a_start - b_end


class _LazyPlaces:
    """The place recognizer, made on first use (it is cheap; the gazetteer it reads loads lazily too)."""

    def __init__(self) -> None:
        self._recognizer: object | None = None

    def find(self, text: str):  # type: ignore[no-untyped-def]
        if self._recognizer is None:
            from redaction.text.recognizers.place import PlaceNameRecognizer

            self._recognizer = PlaceNameRecognizer()
        return self._recognizer.find(text)  # type: ignore[attr-defined]


_PLACES = _LazyPlaces()
