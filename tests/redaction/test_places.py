"""The place gazetteer: its data file loads, and holds the places a UK case file names."""

from __future__ import annotations

import gzip

import pytest

from redaction import places


@pytest.mark.parametrize("phrase, kind", [
    ("Ullapool", "local"), ("amlwch", "local"), ("Stamford Hill", "local"), ("Tuam", "local"),
    ("Lahore", "city"), ("Kraków", "city"), ("Krakow", "city"), ("Scottsdale", "city"),
    ("Poland", "country"), ("Netherlands", "country"), ("Texas", "region"), ("Cumbria", "region"),
    ("Karnataka", "region"), ("County Tyrone", "region"),
])
def test_places_are_known(phrase: str, kind: str) -> None:
    place = places.lookup(phrase)
    assert place is not None and place.kind == kind


@pytest.mark.parametrize("phrase", ["Siobhan", "Hello", "Autism", "Tribunal", "Xqzzy"])
def test_other_words_are_not_places(phrase: str) -> None:
    assert places.lookup(phrase) is None


def test_the_data_file_is_sorted_rows_of_three_fields() -> None:
    with gzip.open(places.DATA, "rt", encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle]
    assert len(rows) > 50_000 and rows == sorted(rows, key=lambda r: (r[0], r[1], int(r[2]), r[3]))
    assert len({r[0] for r in rows}) == len(rows)  # one row a key: folded and merged at build time
    assert all(len(r) == 4 and r[1] in places.KINDS and r[2].isdigit() and len(r[3]) in (0, 2) for r in rows)


@pytest.mark.parametrize("phrase, country", [
    ("Toronto", "CA"), ("Berlin", "DE"), ("Lahore", "PK"), ("Poland", "PL"), ("Texas", "US"), ("Ullapool", "GB"),
    ("Tuam", "IE"), ("Ontario", "CA"), ("Karnataka", "IN"),
])
def test_places_know_their_country(phrase: str, country: str) -> None:
    place = places.lookup(phrase)
    assert place is not None and place.country == country
