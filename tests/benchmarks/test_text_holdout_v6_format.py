"""The sixth hold-out set parses with the first set's loader, every label passes the same self-checks, and it is fresh
text: no passage, identifier or full name shared with the first, second, fourth and fifth sets or the general-English
sets. Two authors wrote it in halves (documents 01-24 and 25-48), neither reading the other's. The benchmark prints its
tables only (``--summary``; the set is kept back) and refuses to list its misses.

The checks every hand-written set shares (labels pass the self-checks, ``--summary`` prints no text, a kept-back set's
misses are refused, halves share nothing) run for this set in ``test_hand_written_sets.py``."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.text_holdout import LATER_TYPES
from benchmarks.text_holdout import load
from benchmarks.text_holdout.freshness import literal_known, shared_identifiers, shared_passages
from kept_back_sets import named_sets
from redaction.spans import SPAN_TYPES

SIXTH_SET = REPO / "benchmarks" / "text_holdout_v6"
DOCS = load(SIXTH_SET / "documents")
EARLIER = named_sets("text_holdout", "text_holdout_v2", "text_holdout_v4", "text_holdout_v5", "pii_general_v2",
                     "pii_general_v3")
# As in the fourth and fifth sets, the kinds the detector learnt later are labelled as the types the sets already had:
# CASE_REF for other ids, NHS_NUMBER for CHI and H&C numbers, so the figures compare across sets.
IDENTIFIER_TYPES = set(SPAN_TYPES) - {"DATE", "TERM"} - LATER_TYPES


def test_documents_are_numbered_01_to_48_without_gaps_or_repeats() -> None:
    numbers = [int(d.id.split("-")[0]) for d in DOCS]
    assert numbers == list(range(1, 49)), numbers


def test_the_set_has_the_size_and_spread_the_brief_asks_for() -> None:
    assert len(DOCS) == 48
    assert all(1100 <= len(d.text.encode()) <= 2300 for d in DOCS), [
        (d.id, len(d.text.encode())) for d in DOCS if not 1100 <= len(d.text.encode()) <= 2300]
    assert len({d.genre for d in DOCS}) == len(DOCS)  # one genre per document
    types = Counter(g.type for d in DOCS for g in d.gold)
    assert sum(types.values()) >= 1400
    assert sum(types.values()) >= 25 * len(DOCS)  # dense: about 28 a document
    assert set(types) == IDENTIFIER_TYPES, set(types) ^ IDENTIFIER_TYPES
    assert min(types.values()) >= 3, types
    assert types["PERSON"] < 0.7 * sum(types.values())
    assert types["DATE_OF_BIRTH"] >= len(DOCS)  # plenty of birth dates, full and partial
    assert sum(len(d.negatives) for d in DOCS) >= 12 * len(DOCS)
    with_known = [d for d in DOCS if d.known]
    assert len(with_known) >= 2 * len(DOCS) // 3
    starred = [g for d in with_known for g in d.gold if g.entity is not None]
    assert len(starred) >= 5 * len(DOCS)
    assert {g.type for g in starred} >= {"PERSON", "DATE_OF_BIRTH", "ADDRESS", "POSTCODE", "PHONE", "SCHOOL",
                                        "NHS_NUMBER", "NI_NUMBER", "UPN", "ULN", "CASE_REF"}


def test_the_genres_the_brief_names_are_all_there() -> None:
    """E-mails, chats, call notes, plans, minutes, tribunal papers, clinic letters, reports, registers, case notes,
    Scottish, Northern Irish and Welsh papers, scans, voicemails, forms, transport and bullying logs, a letter from
    abroad: each at least once."""
    genres = " ".join(d.genre for d in DOCS)
    for kind in ("email", "whatsapp", "sms", "call_note", "ehc_plan", "annual_review", "tribunal", "clinic_letter",
                 "salt", "ep_report", "school_report", "nursery", "register", "social_care", "scottish", "ni_ea",
                 "welsh", "ocr", "voicemail", "direct_payment", "transport", "bullying", "abroad"):
        assert kind in genres, kind


def test_partial_birthdays_and_irregular_spans_are_there() -> None:
    """Birth dates without a year ("she'll be 11 on the 3rd of May") and numbers read out in words or garbled by OCR."""
    from benchmarks.text_holdout.consistency import parse_date, parse_day_month

    births = [d.text[g.start:g.end] for d in DOCS for g in d.gold if g.type == "DATE_OF_BIRTH" and not g.typo]
    assert sum(parse_date(b) is None and parse_day_month(b) is not None for b in births) >= 10
    assert sum(g.typo for d in DOCS for g in d.gold) >= 5


def test_known_blocks_are_accepted_and_mostly_spelt_otherwise_in_the_text() -> None:
    from redaction.text import parse_known

    counts = {d.id: (len(parse_known(d.known)), sum(map(len, d.known.values()))) for d in DOCS if d.known}
    assert all(parsed == given for parsed, given in counts.values()), counts
    starred, literal = literal_known(DOCS)  # case, accents, spacing, possessives, initials, other layouts
    assert literal < starred / 2, (literal, starred)


# Wording any set may share because the real paperwork does: statute, regulation and guidance titles, the tribunal's
# title, the statutory headings of a plan. Everything else must be new.
_BOILERPLATE = re.compile(
    r"(section \d+\w*(\(\d+\))? of )?the (children and families|children) act (2014|1989)"
    r"|first-tier tribunal \(health, education and social care chamber\)\s+special educational needs and disability"
    r"|(the )?special educational needs and disability regulations( 2014)?"
    r"|(the )?education \(additional support for learning\) \(scotland\) act 2004(, section \d+)?"
    r"|(the )?education \(northern ireland\) order 1996"
    r"|(the )?additional learning needs and education tribunal \(wales\) act 2018"
    r"|(request for )?(an? )?education, health and care (needs assessment|plan)"
    r"|(section a: )?the views, interests and aspirations of the child and (her|his|their) parents",
    re.IGNORECASE)


def test_no_passage_identifier_or_person_is_shared_with_the_earlier_sets() -> None:
    """Fresh text: no run of eight words (official wording aside), no identifier value, no full name in common with
    the first, second, fourth and fifth hand-written sets or the general-English sets."""
    assert shared_passages(DOCS, EARLIER, _BOILERPLATE) == {}
    assert shared_identifiers(DOCS, EARLIER) == set()
