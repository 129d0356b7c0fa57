"""The names gazetteer: names of many origins are found (with and without diacritics), ordinary words are not."""

from __future__ import annotations

import gzip
import re

import pytest

from redaction import gazetteer
from redaction.gazetteer import DATA, fold, is_name, lookup, strength_of


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        # British, Irish, Scottish
        ("Oliver", "first"), ("Hughes", "last"), ("Siobhán", "first"), ("Siobhan", "first"), ("O'Connor", "last"),
        ("Niamh", "first"), ("Ruaridh", "first"), ("MacLeod", "last"),
        # Welsh (some only through the hand list)
        ("Dafydd", "first"), ("Gethin", "first"), ("Angharad", "first"), ("Ffion", "first"), ("Mabli", "first"),
        ("Tegid", "first"), ("Lleucu", "first"), ("Cadwaladr", "last"), ("Llywelyn", "first"),
        # Polish, Lithuanian, Romanian, Ukrainian, Bulgarian, Czech and Slovak
        ("Łukasz", "first"), ("Lukasz", "first"), ("Wiśniewski", "last"), ("Wisniewski", "last"),
        ("Jurgita", "first"), ("Popescu", "last"), ("Ionuț", "first"), ("Oksana", "first"),
        ("Kovalenko", "last"), ("Dimitrov", "last"), ("Dvořák", "last"),
        # South Asian
        ("Priya", "first"), ("Patel", "last"), ("Mohammed", "first"), ("Chaudhry", "last"), ("Begum", "last"),
        ("Perera", "last"), ("Gurung", "last"), ("Thapa", "last"),
        # African and Caribbean
        ("Oluwaseun", "first"), ("Okafor", "last"), ("Kwame", "first"), ("Mensah", "last"), ("Warsame", "last"),
        ("Hodan", "first"), ("Tesfaye", "last"), ("Tendai", "first"), ("Moyo", "last"), ("Otieno", "last"),
        # Middle East, Turkey, Iran, Afghanistan
        ("Yılmaz", "last"), ("Yilmaz", "last"), ("Mehmet", "first"), ("Fatemeh", "first"), ("Rashid", "first"), ("Jean-Pierre", "first"),
        # East and South-East Asia
        ("Nguyen", "last"), ("Thanh", "first"), ("Xiaoling", "first"), ("Chua", "last"), ("Ng", "last"),
        # Western Europe and the Americas
        ("Zoë", "first"), ("Luís", "first"), ("João", "first"), ("Giuseppe", "first"), ("Müller", "last"),
        ("Siiri", "first"), ("Mehrudin", "first"),
    ],
)
def test_names_of_many_origins_are_found(word: str, kind: str) -> None:
    info = lookup(word)
    assert info is not None, word
    assert (info.first if kind == "first" else info.last) > 0
    assert info.countries and all(re.fullmatch(r"[A-Z]{2}", c) for c in info.countries)


@pytest.mark.parametrize(
    "word",
    [
        # function words
        "the", "The", "and", "of", "with", "from", "this", "that", "there", "because", "which", "would",
        # months that are not given names, and days
        "January", "February", "September", "October", "November", "December", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday",
        # SEND vocabulary
        "school", "School", "tribunal", "autism", "SENCO", "EHCP", "CAMHS", "provision", "therapy",
        "assessment", "review", "plan", "annual", "support", "teacher", "parent", "paediatrician",
        "outcomes", "dyslexia", "reception", "nursery",
        # noise shapes
        "x", "Hn", "aaaaaa", "12345", "",
    ],
)
def test_ordinary_words_are_not_names(word: str) -> None:
    assert lookup(word) is None
    assert not is_name(word, words=True)


@pytest.mark.parametrize("word", ["Will", "Rose", "Hope", "Grace", "May", "June", "Sunday", "Smith", "Faith"])
def test_names_that_are_english_words_are_found_and_flagged(word: str) -> None:
    info = lookup(word)
    assert info is not None and info.word
    assert info.strength >= 0.5  # kept only because it is a common name somewhere
    assert not is_name(word) and is_name(word, words=True)


@pytest.mark.parametrize("word", ["Gethin", "Oluwaseun", "Nguyen", "Łukasz"])
def test_names_that_are_not_words_need_no_flag(word: str) -> None:
    info = lookup(word)
    assert info is not None and not info.word and is_name(word)


def test_strength_orders_common_above_rare_names() -> None:
    common, rare = lookup("Mohammed"), lookup("Mabli")
    assert common is not None and rare is not None
    assert common.strength > 0.9 > 0.2 > rare.strength
    assert is_name("Mohammed", min_strength=0.9) and not is_name("Mabli", min_strength=0.5)
    assert strength_of(1, 1) == 1.0 and strength_of(0, 0) == 0.0
    assert strength_of(1000, 1) < strength_of(1000, 4) <= strength_of(1000, 20) == strength_of(1000, 6)


@pytest.mark.parametrize(
    ("word", "key"),
    [("Zoë", "zoe"), ("ŁUKASZ", "lukasz"), ("O’Connor", "oconnor"), ("Ørsted", "orsted"), ("ＧＥＴＨＩＮ", "gethin"),
     ("Jean‐Pierre", "jean-pierre"), ("Straße", "strasse")],
)
def test_keys_fold_case_marks_and_compatibility_forms(word: str, key: str) -> None:
    assert fold(word) == key


def test_the_data_file_is_compact_and_names_its_sources() -> None:
    assert DATA.stat().st_size < 5_000_000
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        header = handle.readline()
    assert "names-dataset 3.3.1" in header and "Apache-2.0" in header
    assert (DATA.parent / "LICENSE-names-dataset.txt").read_text().startswith(" " * 33 + "Apache License")
    assert gazetteer.size() > 300_000
    assert 0 < gazetteer.memory_bytes() < 150_000_000


def test_the_data_lines_are_in_key_order_as_the_table_bisects_them() -> None:
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        keys = [line.split("\t", 1)[0] for line in handle if not line.startswith("#")]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    assert all(key.isprintable() and "\t" not in key for key in keys)  # so each line sorts as its key does


@pytest.mark.parametrize("word", ["aabakken", "zzik", "Zoë"])
def test_the_first_and_last_names_and_their_neighbours_are_found_exactly(word: str) -> None:
    info = lookup(word)
    assert info is not None and info.key == fold(word)
    assert lookup(word + "\tx") is None and lookup(fold(word) + "zzzz") is None
