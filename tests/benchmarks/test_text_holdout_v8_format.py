"""The eighth hold-out set parses with the first set's loader, every label passes the same self-checks, and it is
fresh text: no passage, identifier or full name shared with the first, second, fourth, fifth, sixth and seventh sets
or the general-English sets (``pii_general_v2`` to ``_v4``), nor between its two halves. Two authors wrote it in
halves (documents 01-24 and 25-48), neither reading the other's; the counts are per document over the whole set, so
every test but the numbering one also holds for either half alone. The benchmark prints its tables only
(``--summary``; the set is kept back) and refuses to list its misses.

The checks every hand-written set shares (labels pass the self-checks, ``--summary`` prints no text, a kept-back set's
misses are refused, halves share nothing) run for this set in ``test_hand_written_sets.py``."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.text_holdout import LATER_TYPES
from benchmarks.text_holdout import load
from benchmarks.text_holdout.freshness import literal_known, shared_identifiers, shared_passages
from kept_back_sets import SEND_OFFICIAL_WORDING, named_sets
from redaction.spans import SPAN_TYPES

EIGHTH_SET = REPO / "benchmarks" / "text_holdout_v8"
DOCS = load(EIGHTH_SET / "documents")
EARLIER = named_sets("text_holdout", "text_holdout_v2", "text_holdout_v4", "text_holdout_v5", "text_holdout_v6",
                     "text_holdout_v7", "pii_general_v2", "pii_general_v3", "pii_general_v4")
# As in the fourth to seventh sets, the kinds the detector learnt later are labelled as the types the sets already had:
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
    """None of the sixth or seventh set's genres: a speech and language therapy discharge, an annual review
    invitation with its reply slip, a transport appeal, a hospital school report, a Northern Ireland short breaks
    panel, an EP consultation record, a sensory profile, a parent carer forum survey export, a mediation
    certificate, a college transition plan, a tribunal hearing notice, a seizure-diary export, a text-reminder log, a
    child in need plan, a church youth club incident note, an interpreted home visit, a Welsh tribunal
    acknowledgement, a Scottish child's plan, ClassDojo messages, an OCR'd DLA letter, a Blue Badge application, a
    Zoom webinar transcript, a special care dental referral and a young carer's assessment: each at least once."""
    genres = " ".join(d.genre for d in DOCS)
    for kind in ("salt_discharge", "ar_invitation", "transport_appeal", "hospital_school", "short_breaks_panel",
                 "ep_consultation", "sensory_profile", "pcf_survey", "mediation_certificate", "college_transition",
                 "tribunal_hearing_notice", "seizure_diary", "sms_reminder", "child_in_need", "youth_club",
                 "interpreted_home_visit", "welsh_tribunal", "girfec", "classdojo", "dla_award", "blue_badge",
                 "zoom_webinar", "dental_referral", "young_carer"):
        assert kind in genres, kind


def test_the_genres_of_the_second_half_are_all_there() -> None:
    """The second author's 24, none of the sixth or seventh set's (two, a Scottish child's plan and a special care
    dental referral, are kinds the first half also has, written apart by another hand)."""
    genres = " ".join(d.genre for d in DOCS[24:])
    for kind in ("advice_line_call_note", "draft_plan_covering_letter", "residential_weekend_log",
                 "early_years_senif_request", "health_visitor_review", "physiotherapy_home_programme",
                 "camhs_crisis_line_note", "young_carers_group_signup", "alternative_provision_timetable",
                 "school_trip_risk_assessment", "team_around_family_action_log", "foster_carer_diary",
                 "ni_sendist_appeal_form", "scottish_girfec_childs_plan", "welsh_bilingual_newsletter_piece",
                 "interpreted_meeting_note", "caseworker_slack_chat", "special_care_dental_referral",
                 "childrens_continuing_care_checklist", "youth_club_whatsapp_group",
                 "leisure_library_pass_application_ocr", "police_liaison_missing_found_note",
                 "faith_leader_reference_letter", "charity_wheelchair_grant_application",
                 "special_care_dental_referral_hospital_team"):
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




def test_no_passage_identifier_or_person_is_shared_with_the_earlier_sets() -> None:
    """Fresh text: no run of eight words (official wording aside), no identifier value, no full name in common with
    the first, second, fourth, fifth, sixth and seventh hand-written sets or the general-English sets
    (``pii_general_v2``, ``_v3`` and ``_v4``)."""
    assert shared_passages(DOCS, EARLIER, SEND_OFFICIAL_WORDING) == {}
    assert shared_identifiers(DOCS, EARLIER) == set()
