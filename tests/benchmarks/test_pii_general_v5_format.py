"""The fifth general-English PII set (``benchmarks/pii_general_v5``) parses with the hold-out loader, every label
passes the same self-checks, it has the size and spread of a general-English measuring set (names of many origins and
forms, street addresses of many countries, phone numbers of many countries in international and national layouts,
e-mail, locations, hard negatives shaped like identifiers), it shares no passage, identifier or full name with
any earlier hand-written set (every ``text_holdout*`` SEND set and every earlier ``pii_general*`` set, found by
folder so a set added later is compared too), and the benchmark scores it with ``--summary`` only.

Two authors write it in halves (documents g5-01 to g5-20 and g5-21 to g5-40), neither reading the other's, so the
counts below scale with the number of documents present: the test passes on the first half alone and on the whole
set.

Only its genres and layouts are checked here: its other format checks run in ``test_set_formats.py`` over its
specification in ``tests/set_specs.py``, the checks every hand-written set shares in ``test_hand_written_sets.py``."""

from __future__ import annotations

import re

from kept_back_sets import gold_surfaces, set_documents

DOCS = set_documents("pii_general_v5")
N = len(DOCS)


def _surfaces(kind: str) -> list[str]:
    return gold_surfaces(DOCS, kind)


def test_phone_numbers_in_the_layouts_of_many_countries() -> None:
    """The national layouts the brief names (country codes and the international share run in
    ``test_set_formats.py``)."""
    phones = _surfaces("PHONE")
    assert any(re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}", p) for p in phones)  # US as dialled there
    assert any(re.fullmatch(r"\d{3}\.\d{3}\.\d{4}", p) for p in phones)  # US with dots
    assert any(re.fullmatch(r"\(0\d\) \d{4} \d{4}", p) for p in phones)  # Australian landline
    assert any(re.fullmatch(r"04\d\d ?\d{3} ?\d{3}", p) for p in phones)  # Australian mobile
    assert any(re.fullmatch(r"07700 ?900 ?\d{3}", p) for p in phones)  # UK mobile
    assert any(re.fullmatch(r"0\d \d\d \d\d \d\d \d\d", p) for p in phones)  # French national layout
    assert any(re.fullmatch(r"08\d \d{3} \d{4}", p) for p in phones)  # Irish mobile
    assert any(re.fullmatch(r"07\d\d \d{3} \d{3}", p) for p in phones)  # Kenyan mobile


def test_street_addresses_of_many_countries() -> None:
    addresses = " ".join(_surfaces("ADDRESS"))
    for country_mark in (r"\b[A-Z]{2} \d{5}\b",              # US state and ZIP
                         r"\b[A-Z]\d[A-Z] \d[A-Z]\d\b",       # Canadian postal code
                         r"\b(NSW|QLD|VIC|WA|SA) \d{4}\b",    # Australian state and postcode
                         r"\b[A-Z]\d\d [A-Z0-9]{4}\b",        # Irish Eircode
                         r"\b\d{6}\b",                        # Indian PIN or Singapore postal code
                         r"(straße|str\.) \d+\w?\b.*?\d{5}\b", # German street and PLZ
                         r"\b\d{5} [A-Z][a-z]",               # German PLZ or Spanish código postal before the town
                         r"\bP\.? ?O\.? Box \d+"):            # a post-office box (Kenya, Jamaica, the Gulf)
        assert re.search(country_mark, addresses, re.IGNORECASE), country_mark
    assert len(_surfaces("POSTCODE")) >= N // 5  # UK addresses keep their postcode apart, as in the earlier sets
