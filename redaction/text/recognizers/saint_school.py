"""A school by its saint, written without the apostrophe: "St Josephs", "st martins", "ST MARYS", "St. Annes".

Parents and OCR drop the apostrophe of "St Joseph's", and a chat drops the capitals too. :mod:`.school` reads
"St Joseph's" and "st joseph's"; without the apostrophe "St Josephs" is left to the name readers, which take it
for a person ("St" read as a title) or leave it. A reader takes it for the school: a saint's name in the
possessive is what schools, churches and parishes are called, and in SEND writing it is the school.

The word after "St"/"Saint" must be a given name or a saint's name, with the possessive "s" ("Josephs", "Marys",
"Bedes"), so "St John Ambulance", "1st child", "st andrew" (no possessive) and "St Helens", "St Albans",
"St Austell" (UK towns the gazetteer holds with many people) stay with the other readers.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.places import lookup
from redaction.spans import Span
from redaction.text.given_names import is_given_name
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["SaintSchoolRecognizer"]

# Saints British and Irish schools are named after that the given-name lists lack.
_SAINTS = frozenset(
    "Bede Aidan Cuthbert Wilfrid Wilfred Oswald Mungo Columba Kentigern Ninian Alban Swithun Dunstan Anselm Ignatius "
    "Aloysius Boniface Hilda Wulfstan Illtyd Teilo Cadoc Winefride Werburgh Etheldreda Chad Botolph Edmund Edward "
    "Benedict Dominic Ambrose Brigid Bridget Patrick Malachy Colman Kevin Brendan Columb Piran Petroc Austin "
    "Augustine Gregory Jerome Clement Bernadette Scholastica Cecilia Agnes Monica Winifred Thérèse Therese Teresa "
    "Vincent Damian Finbar Kieran Ciaran Mellitus Erkenwald Wystan Helier Sampson Bartholomew Barnabas Matthias "
    "Gabriel Raphael Michael Margaret Catherine Bernard Francis Clare Hugh Osmund Wulstan".split())
_SAINT = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<school>(?:St|ST|st|Saint|SAINT|saint)\.?[ ](?P<name>\p{L}[\p{Ll}]+|\p{Lu}+)(?<=[sS]))"
    r"(?![\p{L}\p{N}'’@])"
)
_LOCAL = frozenset({"GB", "IE", "IM", "JE", "GG"})
_TOWN = 4  # the gazetteer's population order from which "St Helens" is the town, not a school


def _saint(word: str) -> bool:
    stem = word[:-1].capitalize()
    return len(stem) >= 3 and (stem in _SAINTS or is_given_name(stem))


class SaintSchoolRecognizer(UkPatternRecognizer):
    ENTITY = "SCHOOL"
    PATTERNS = [Pattern("saint's school without its apostrophe", _SAINT.pattern, 0.7)]  # for Presidio's registry
    SCORE = 0.7  # as "St Joseph's": above a person reader's reading of "St" as a title

    def find(self, text: str) -> Iterator[Span]:
        for match in _SAINT.finditer(text):
            school = match.group("school")
            if not _saint(match.group("name")):
                continue
            place = lookup(school.title())
            if place is not None and place.kind == "local" and place.country in _LOCAL and place.population_order >= _TOWN:
                continue  # "St Helens", "St Albans": the town
            yield Span(match.start("school"), match.end("school"), self.ENTITY, self.SCORE, "pattern")
