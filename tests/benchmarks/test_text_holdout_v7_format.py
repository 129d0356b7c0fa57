"""The seventh hold-out set parses with the first set's loader, every label passes the same self-checks, and it is
fresh text: no passage, identifier or full name shared with the first, second, fourth, fifth and sixth sets or the
general-English sets, nor between its two halves. Two authors wrote it in halves (documents 01-24 and 25-48), neither
reading the other's; the counts are per document over the whole set. The benchmark prints its tables only
(``--summary``; the set is kept back) and refuses to list its misses.

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

SEVENTH_SET = REPO / "benchmarks" / "text_holdout_v7"
DOCS = load(SEVENTH_SET / "documents")
EARLIER = named_sets("text_holdout", "text_holdout_v2", "text_holdout_v4", "text_holdout_v5", "text_holdout_v6",
                     "pii_general_v2", "pii_general_v3")
# As in the fourth to sixth sets, the kinds the detector learnt later are labelled as the types the sets already had:
# CASE_REF for other ids, NHS_NUMBER for CHI and H&C numbers, so the figures compare across sets.
IDENTIFIER_TYPES = set(SPAN_TYPES) - {"DATE", "TERM"} - LATER_TYPES
FULL_SET = 48


def test_documents_are_numbered_from_01_without_gaps_or_repeats() -> None:
    """01-24 by the first author, 25-48 by the second."""
    numbers = [int(d.id.split("-")[0]) for d in DOCS]
    assert numbers == list(range(1, FULL_SET + 1)), numbers


def test_the_set_has_the_size_and_spread_the_brief_asks_for() -> None:
    assert all(1100 <= len(d.text.encode()) <= 2300 for d in DOCS), [
        (d.id, len(d.text.encode())) for d in DOCS if not 1100 <= len(d.text.encode()) <= 2300]
    assert len({d.genre for d in DOCS}) == len(DOCS)  # one genre per document
    types = Counter(g.type for d in DOCS for g in d.gold)
    assert sum(types.values()) * FULL_SET >= 1400 * len(DOCS)  # 1,400 over the 48 documents: about 30 a document
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


def test_the_genres_of_the_first_half_are_all_there() -> None:
    """None of the sixth set's genres: a school-refusal diary, a Teams transcript, a safeguarding chronology, an SEN
    panel spreadsheet, an assess-plan-do-review plan, a provision map, a CAMHS referral, dyslexia, hearing and vision
    reports, an ADOS letter, an audiology letter, a respite handover, a one-page profile, home education, an
    admissions appeal, exclusion panel minutes, a personal budget, a forum post, Instagram DMs, an MP's casework, an
    Ombudsman complaint, a Scottish ASN reference and a looked-after child's PEP: each at least once."""
    genres = " ".join(d.genre for d in DOCS)
    for kind in ("diary", "teams", "chronology", "panel_csv", "apdr", "provision_map", "camhs_referral", "dyslexia",
                 "deaf", "qtvi", "ados", "audiology", "respite", "one_page_profile", "home_education",
                 "admissions_appeal", "exclusion", "personal_budget", "forum", "instagram", "mp_", "lgsco",
                 "asn_tribunal", "pep"):
        assert kind in genres, kind


def test_partial_birthdays_and_irregular_spans_are_there() -> None:
    """Birth dates without a year ("she'll be 11 on the 3rd of May") and numbers read out in words or garbled."""
    from benchmarks.text_holdout.consistency import parse_date, parse_day_month

    births = [d.text[g.start:g.end] for d in DOCS for g in d.gold if g.type == "DATE_OF_BIRTH" and not g.typo]
    assert sum(parse_date(b) is None and parse_day_month(b) is not None for b in births) * FULL_SET >= 10 * len(DOCS)
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
    r"(section \d+\w*(\(\d+\))? of )?the (children and families|children|education) act (2014|1989|1996)"
    r"|first-tier tribunal \(health, education and social care chamber\)\s+special educational needs and disability"
    r"|(the )?special educational needs and disability regulations( 2014)?"
    r"|(the )?education \(additional support for learning\) \(scotland\) act 2004(, section \d+)?"
    r"|(the )?additional support needs tribunals? for scotland"
    r"|((under )?article \d+ of )?(the )?education \(northern ireland\) order 1996"
    r"|(the )?local government and social care ombudsman"
    r"|(request for )?(an? )?education, health and care (needs assessment|plan)"
    r"|(section a: )?the views, interests and aspirations of the child and (her|his|their) parents",
    re.IGNORECASE)


def test_no_passage_identifier_or_person_is_shared_with_the_earlier_sets() -> None:
    """Fresh text: no run of eight words (official wording aside), no identifier value, no full name in common with
    the first, second, fourth, fifth and sixth hand-written sets or the general-English sets."""
    assert shared_passages(DOCS, EARLIER, _BOILERPLATE) == {}
    assert shared_identifiers(DOCS, EARLIER) == set()
